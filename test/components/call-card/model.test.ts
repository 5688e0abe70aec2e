import { expect } from '@open-wc/testing';
import { parseEvent, type Workitem } from '../../../src/cil/index.js';
import type { WorkitemEntry } from '../../../src/store/state.js';
import {
  allowedActions,
  dtmfKeys,
  dtmfPlatform,
  hasCapability,
  validateDtmf,
} from '../../../components/call-card/call-actions.js';
import {
  changedVariables,
  overwritesShareRecord,
  parseVariableSpec,
  selectVariables,
} from '../../../components/call-card/call-variables.js';
import {
  learnStandardReasons,
  wrapupReasonOptions,
} from '../../../components/call-card/wrapup-reasons.js';
import { cardTimer, elapsed, otherParty } from '../../../components/call-card/workitem-view.js';

/** A workitem as the parser makes it from a wire payload. */
function workitem(fields: Record<string, unknown>): Workitem {
  const result = parseEvent('workitemConnect', {
    id: 'w1',
    state: 'Active',
    channelId: 'voice_5000',
    ...fields,
  });
  if (!result.ok || result.value.name !== 'workitemConnect') throw new Error('bad sample');
  return result.value.workitem;
}

function entry(state: Workitem['state'], times: Partial<WorkitemEntry> = {}): WorkitemEntry {
  const item = workitem({ state });
  return {
    id: item.id,
    state,
    workitem: item,
    lastEvent: 'workitemConnect',
    createdAt: 1_000,
    connectedAt: null,
    pausedAt: null,
    wrapupAt: null,
    ...times,
  };
}

describe('call card: other party', () => {
  it('an incoming call: ani is the caller', () => {
    const item = workitem({
      direction: 'Incoming',
      ani: '+41 44 111',
      participants: [{ address: '+41 44 111' }, { address: '5001' }],
    });
    expect(otherParty(item)).to.deep.equal({ address: '+41 44 111', source: 'ani' });
  });

  it('an outgoing call with one participant: ani is the called address (toAddress)', () => {
    const item = workitem({
      direction: 'Outgoing',
      ani: '+41 44 222',
      participants: [{ address: '5001' }],
    });
    expect(otherParty(item)).to.deep.equal({ address: '+41 44 222', source: 'ani' });
  });

  it('an outgoing call with two participants: ani is the agent (fromAddress), the other participant is shown', () => {
    const item = workitem({
      direction: 'Outgoing',
      ani: '5001',
      participants: [{ address: '5001' }, { address: '+41 44 222' }],
    });
    expect(otherParty(item)).to.deep.equal({ address: '+41 44 222', source: 'participants' });
  });

  it('no ani: an outgoing call falls back to the dialed number, anything else is absent', () => {
    expect(
      otherParty(workitem({ direction: 'Outgoing', ctiData: { dialedNumber: '0800' } })),
    ).to.deep.equal({ address: '0800', source: 'dialedNumber' });
    expect(otherParty(workitem({ direction: 'Incoming', ani: '  ' }))).to.deep.equal({
      address: null,
      source: 'none',
    });
  });
});

describe('call card: timers', () => {
  it('ringing and dialing since creation, talking since connectedAt, held since the pause, wrap-up since it began', () => {
    expect(cardTimer(entry('Offered'))).to.deep.equal({ phase: 'ringing', since: 1_000 });
    expect(cardTimer(entry('Initiated'))).to.deep.equal({ phase: 'dialing', since: 1_000 });
    expect(cardTimer(entry('Active', { connectedAt: 2_000 }))).to.deep.equal({
      phase: 'talking',
      since: 2_000,
    });
    expect(cardTimer(entry('Paused', { connectedAt: 2_000, pausedAt: 3_000 }))).to.deep.equal({
      phase: 'held',
      since: 3_000,
    });
    expect(cardTimer(entry('Wrapup', { wrapupAt: 4_000 }))).to.deep.equal({
      phase: 'wrapup',
      since: 4_000,
    });
    expect(cardTimer(entry('Ended'))).to.equal(null);
    expect(cardTimer(entry('EndedTransferred'))).to.equal(null);
  });

  it('never negative: a clock behind the server counts from zero', () => {
    expect(elapsed(5_000, 4_000)).to.equal(0);
    expect(elapsed(5_000, 7_500)).to.equal(2_500);
    expect(elapsed(5_000, Number.NaN)).to.equal(0);
  });
});

describe('call card: allowed actions', () => {
  const active = workitem({
    capabilities: [
      'HOLD',
      'TRANSFER_SST',
      'CONFERENCE_SST',
      'SEND_DTMF',
      'UPDATE_CALL_DATA',
      'CONSULT_CALL',
    ],
  });

  it('follows the capabilities, and the is…Enabled answers for DTMF and data', () => {
    expect([...allowedActions(active, {})]).to.deep.equal([
      'directTransfer',
      'singleStepConference',
      'dialOrConsult',
    ]);
    expect([...allowedActions(active, { sendDtmf: true, updateWorkitemData: true })]).to.deep.equal(
      ['directTransfer', 'singleStepConference', 'dialOrConsult', 'sendDtmf', 'updateWorkitemData'],
    );
    expect(allowedActions(active, { sendDtmf: false }).has('sendDtmf')).to.equal(false);
  });

  it('an enabled answer without the capability allows nothing', () => {
    const held = workitem({ state: 'Paused', capabilities: ['RETRIEVE', 'DROP'] });
    expect(allowedActions(held, { sendDtmf: true, updateWorkitemData: true }).size).to.equal(0);
  });

  it('nothing for an ended workitem or one without a channel', () => {
    const ended = workitem({ state: 'Ended', capabilities: ['TRANSFER_SST'] });
    expect(allowedActions(ended, {}).size).to.equal(0);
    const noChannel = workitem({ channelId: undefined, capabilities: ['TRANSFER_SST'] });
    expect(allowedActions(noChannel, {}).size).to.equal(0);
  });

  it('capabilities compare without case; the request name is accepted too', () => {
    expect(hasCapability(workitem({ capabilities: ['transfer_sst'] }), 'directTransfer')).to.equal(
      true,
    );
    expect(
      hasCapability(workitem({ capabilities: ['setWrapupReason'] }), 'setWrapupReason'),
    ).to.equal(true);
    expect(hasCapability(workitem({ capabilities: ['TRANSFER'] }), 'directTransfer')).to.equal(
      false,
    );
  });
});

describe('call card: DTMF per platform', () => {
  it('CCE takes 0-9 * # A-D', () => {
    expect(validateDtmf('0123456789*#ABCD', 'CCE')).to.deep.equal({
      ok: true,
      dtmf: '0123456789*#ABCD',
    });
    expect(validateDtmf('12 ab', 'CCE')).to.deep.equal({ ok: true, dtmf: '12AB' });
    expect(validateDtmf('12E+E', 'CCE')).to.deep.equal({
      ok: false,
      reason: 'invalid',
      invalid: ['E', '+'],
    });
  });

  it('CCX takes 0-9 * # only', () => {
    expect(validateDtmf('0123456789*#', 'CCX')).to.deep.equal({ ok: true, dtmf: '0123456789*#' });
    expect(validateDtmf('1A', 'CCX')).to.deep.equal({
      ok: false,
      reason: 'invalid',
      invalid: ['A'],
    });
    expect(validateDtmf('1a', 'CCX')).to.deep.equal({
      ok: false,
      reason: 'invalid',
      invalid: ['a'],
    });
    expect(validateDtmf('   ', 'CCX')).to.deep.equal({ ok: false, reason: 'empty' });
  });

  it('the platform: the store flavour, else the channel id (voice_-1 is CCX)', () => {
    expect(dtmfPlatform('CCE', 'voice_-1')).to.equal('CCE');
    expect(dtmfPlatform('CCX', 'voice_5000')).to.equal('CCX');
    expect(dtmfPlatform('WxCC', 'telephony')).to.equal('CCX');
    expect(dtmfPlatform(null, 'voice_5000')).to.equal('CCE');
    expect(dtmfPlatform(null, 'voice_-1')).to.equal('CCX');
    expect(dtmfPlatform(null, undefined)).to.equal('CCX');
    expect(dtmfKeys('CCE')).to.have.length(16);
    expect(dtmfKeys('CCX')).to.not.include('A');
  });
});

describe('call card: variables', () => {
  const cti = {
    callVariable1: 'CH-1',
    callVariable3: '',
    callVariable10: 'ten',
    'user.Intent': 'billing',
    'user.Segment': 'Gold',
    queueName: 'Sales',
  };

  it('default: every call variable and ECC variable present, call variables in numeric order', () => {
    const rows = selectVariables(cti, parseVariableSpec(null));
    expect(rows.map((row) => [row.key, row.value])).to.deep.equal([
      ['callVariable1', 'CH-1'],
      ['callVariable3', ''],
      ['callVariable10', 'ten'],
      ['user.Intent', 'billing'],
      ['user.Segment', 'Gold'],
    ]);
  });

  it('named keys in the given order with labels; a named key the call lacks is shown absent', () => {
    const specs = parseVariableSpec(
      'user.Intent=Anliegen, callVariable2 = Kundennr., queueName, callVariable1',
    );
    const rows = selectVariables(cti, specs);
    expect(rows.map((row) => [row.key, row.label, row.value, row.editable])).to.deep.equal([
      ['user.Intent', 'Anliegen', 'billing', true],
      ['callVariable2', 'Kundennr.', null, true],
      ['queueName', null, 'Sales', false],
      ['callVariable1', null, 'CH-1', true],
    ]);
  });

  it('a label given after a wildcard still applies, and each key shows once', () => {
    const rows = selectVariables(
      cti,
      parseVariableSpec('user.*, user.Segment=Segment, user.Intent'),
    );
    expect(rows.map((row) => [row.key, row.label])).to.deep.equal([
      ['user.Intent', null],
      ['user.Segment', 'Segment'],
    ]);
  });

  it('an edit sends only changed editable values, as strings', () => {
    const rows = selectVariables(cti, parseVariableSpec('callVariable1, callVariable2, queueName'));
    expect(
      changedVariables(rows, { callVariable1: 'CH-1', callVariable2: '42', queueName: 'x' }),
    ).to.deep.equal({ callVariable2: '42' });
    expect(changedVariables(rows, { callVariable2: '' })).to.deep.equal({});
  });

  it('the share-record variable is recognised', () => {
    expect(overwritesShareRecord({ callVariable10: 'x' }, 'callVariable10')).to.equal(true);
    expect(overwritesShareRecord({ callVariable1: 'x' }, 'callVariable10')).to.equal(false);
    expect(overwritesShareRecord({ callVariable1: 'x' }, null)).to.equal(false);
  });
});

describe('call card: wrap-up reasons', () => {
  const standardList = ['Sale', 'Information', 'Complaint'];

  it('a custom reason set through the API appears selected, and disappears when another is chosen', () => {
    let standard = learnStandardReasons(new Set(), standardList, '');
    expect(wrapupReasonOptions(standardList, standard, '').map((o) => o.label)).to.deep.equal(
      standardList,
    );
    // Set through the API: the list (fetched again) may or may not name it.
    const withCustom = [...standardList, 'Escalated to legal'];
    standard = learnStandardReasons(standard, withCustom, 'Escalated to legal');
    const options = wrapupReasonOptions(withCustom, standard, 'Escalated to legal');
    expect(options.at(-1)).to.deep.equal({
      label: 'Escalated to legal',
      selected: true,
      custom: true,
    });
    expect(options.filter((o) => o.selected)).to.have.length(1);
    expect(wrapupReasonOptions(standardList, standard, 'Escalated to legal').at(-1)).to.deep.equal({
      label: 'Escalated to legal',
      selected: true,
      custom: true,
    });
    // Another reason chosen: gone at once, even from a list fetched while it was set.
    const after = wrapupReasonOptions(withCustom, standard, 'Sale');
    expect(after.map((o) => o.label)).to.deep.equal(standardList);
    expect(after.find((o) => o.selected)?.label).to.equal('Sale');
  });

  it('blank and repeated labels are skipped', () => {
    const standard = learnStandardReasons(new Set(), ['A', '', 'A', ' '], undefined);
    expect(wrapupReasonOptions(['A', '', 'A'], standard, undefined)).to.deep.equal([
      { label: 'A', selected: false, custom: false },
    ]);
  });

  it('a standard reason already set at the first fetch stays listed once learned', () => {
    let standard = learnStandardReasons(new Set(), standardList, 'Sale');
    expect(wrapupReasonOptions(standardList, standard, 'Sale').map((o) => o.label)).to.deep.equal(
      standardList,
    );
    standard = learnStandardReasons(standard, standardList, 'Information');
    expect(standard.has('Sale')).to.equal(true);
  });
});
