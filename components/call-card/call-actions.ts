/**
 * Which actions a call card offers, and the DTMF characters of each platform. Pure
 * functions, unit-tested.
 *
 * @module
 */
import type { Workitem } from '../../src/cil/index.js';
import type { Flavour } from '../../src/cil/index.js';
import { isEnded } from './workitem-view.js';

/** The requests a call card sends (names from the reference). */
export type CardAction =
  | 'directTransfer'
  | 'singleStepConference'
  | 'dialOrConsult'
  | 'sendDtmf'
  | 'updateWorkitemData'
  | 'setWrapupReason';

/** Every card action, in the order the card shows them. */
export const CARD_ACTIONS: readonly CardAction[] = [
  'directTransfer',
  'singleStepConference',
  'dialOrConsult',
  'sendDtmf',
  'updateWorkitemData',
  'setWrapupReason',
];

/**
 * The workitem `capabilities` ("list of actions that can be carried out") that allow
 * each action. The reference does not list the values; b+s Connects passes on the
 * Finesse dialog actions (`TRANSFER_SST`, `CONFERENCE_SST`, `CONSULT_CALL`,
 * `SEND_DTMF`, `UPDATE_CALL_DATA`, and `UPDATE_WRAP_UP` in wrap-up). The request's own
 * name is accepted too. Compared without regard to case.
 */
export const ACTION_CAPABILITIES: Readonly<Record<CardAction, readonly string[]>> = {
  directTransfer: ['TRANSFER_SST', 'DIRECTTRANSFER'],
  singleStepConference: ['CONFERENCE_SST', 'SINGLESTEPCONFERENCE'],
  dialOrConsult: ['CONSULT_CALL', 'DIALORCONSULT'],
  sendDtmf: ['SEND_DTMF', 'SENDDTMF'],
  updateWorkitemData: ['UPDATE_CALL_DATA', 'UPDATEWORKITEMDATA'],
  setWrapupReason: ['UPDATE_WRAP_UP', 'SETWRAPUPREASON'],
};

/** What the `is…Enabled` requests answered for a workitem; `undefined` while not known. */
export interface EnabledAnswers {
  /** `isSendDtmfEnabled()`. */
  readonly sendDtmf?: boolean | undefined;
  /** `isUpdateWorkitemDataEnabled(channelId, workitemId)`. */
  readonly updateWorkitemData?: boolean | undefined;
}

/** Whether the workitem's capabilities include one that allows `action`. */
export function hasCapability(workitem: Workitem, action: CardAction): boolean {
  const wanted = ACTION_CAPABILITIES[action];
  return workitem.capabilities.some((capability) =>
    wanted.includes(capability.trim().toUpperCase()),
  );
}

/**
 * The actions a card offers for a workitem: those its capabilities allow, DTMF only
 * when `isSendDtmfEnabled` said yes, and data editing only when
 * `isUpdateWorkitemDataEnabled` said yes for this workitem. Nothing for an ended
 * workitem or one without a channel (every request names the channel).
 */
export function allowedActions(
  workitem: Workitem,
  enabled: EnabledAnswers,
): ReadonlySet<CardAction> {
  const allowed = new Set<CardAction>();
  if (isEnded(workitem.state) || workitem.channelId === undefined) return allowed;
  for (const action of CARD_ACTIONS) {
    if (!hasCapability(workitem, action)) continue;
    if (action === 'sendDtmf' && enabled.sendDtmf !== true) continue;
    if (action === 'updateWorkitemData' && enabled.updateWorkitemData !== true) continue;
    allowed.add(action);
  }
  return allowed;
}

/** The DTMF character set of a platform: CCE `0-9 * # A-D`, CCX `0-9 * #`. */
export type DtmfPlatform = 'CCE' | 'CCX';

/**
 * The DTMF platform: CCE when the store knows the flavour is CCE, or a
 * `voice_<peripheral_id>` channel other than CCX's `voice_-1` says so; otherwise the
 * smaller CCX set (CCX itself, and WxCC, for which the reference names no set).
 */
export function dtmfPlatform(flavour: Flavour | null, channelId: string | undefined): DtmfPlatform {
  if (flavour === 'CCE') return 'CCE';
  if (flavour !== null) return 'CCX';
  return channelId !== undefined && /^voice_\d+$/.test(channelId) ? 'CCE' : 'CCX';
}

const CCX_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
// A telephone keypad's rows, with A–D as a fourth column, as on a DTMF keypad.
const CCE_KEYS = [
  '1',
  '2',
  '3',
  'A',
  '4',
  '5',
  '6',
  'B',
  '7',
  '8',
  '9',
  'C',
  '*',
  '0',
  '#',
  'D',
] as const;

/** The keypad of a platform, row by row (on CCE, A–D form a fourth column). */
export function dtmfKeys(platform: DtmfPlatform): readonly string[] {
  return platform === 'CCE' ? CCE_KEYS : CCX_KEYS;
}

/** The platform's characters as the reference writes them: `0-9 * # A-D` or `0-9 * #`. */
export function dtmfCharacterSet(platform: DtmfPlatform): string {
  return platform === 'CCE' ? '0-9 * # A-D' : '0-9 * #';
}

/** Outcome of {@link validateDtmf}. */
export type DtmfCheck =
  | { readonly ok: true; readonly dtmf: string }
  | { readonly ok: false; readonly reason: 'empty' }
  | { readonly ok: false; readonly reason: 'invalid'; readonly invalid: readonly string[] };

/**
 * Checks a DTMF string for a platform. Spaces are ignored and `a`–`d` read as
 * `A`–`D` (on CCE); anything else outside the platform's set is reported, each
 * character once, in the order typed.
 */
export function validateDtmf(input: string, platform: DtmfPlatform): DtmfCheck {
  const compact = input.replace(/\s+/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const normalised =
    platform === 'CCE' ? compact.replace(/[a-d]/g, (c) => c.toUpperCase()) : compact;
  const allowed = new Set(dtmfKeys(platform));
  const invalid = [...new Set([...normalised].filter((c) => !allowed.has(c)))];
  if (invalid.length > 0) return { ok: false, reason: 'invalid', invalid };
  return { ok: true, dtmf: normalised };
}
