import { expect } from '@open-wc/testing';
import { parseEvent, type Problem } from '../../src/cil/index.js';
import { ConnectsStore, createInitialState, reduceResult } from '../../src/store/index.js';
import { RecordingCil, wireAgentState, wireQueue, wireQueueUpdate } from './helpers.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

describe('diagnostics', () => {
  it('counts rejections by reason, keeps the last examples oldest first', () => {
    let state = createInitialState();
    const payloads: [Parameters<typeof parseEvent>[0], unknown][] = [
      ['agentStateChange', 'nope'],
      ['agentStateChange', { newState: 'Ready' }],
      ['queueDataUpdate', { dataState: 'SOMETIMES' }],
      ['workitemCreate', { state: 'Offered' }],
    ];
    payloads.forEach(([name, payload], i) => {
      state = reduceResult(state, parseEvent(name, payload), {
        now: T0 + i,
        limits: { maxDiagnosticExamples: 3 },
      });
    });
    const diagnostics = state.diagnostics;
    expect(diagnostics.rejectedTotal).to.equal(4);
    expect(diagnostics.rejected['not-an-object']).to.equal(1);
    expect(diagnostics.rejected['missing-field']).to.equal(2);
    expect(diagnostics.rejected['unknown-value']).to.equal(1);
    expect(diagnostics.examples.map((example) => example.at)).to.deep.equal([
      T0 + 1,
      T0 + 2,
      T0 + 3,
    ]);
    expect(diagnostics.examples.every((example) => example.severity === 'rejected')).to.equal(true);
  });

  it('warnings are counted by reason but not kept as examples', () => {
    const state = reduceResult(
      createInitialState(),
      parseEvent(
        'agentStateChange',
        wireAgentState('Ready', { newStateChangeTime: 'teatime', channelType: 'Pigeon' }),
      ),
      { now: T0 },
    );
    expect(state.channels.size).to.equal(1);
    expect(state.diagnostics.warningsTotal).to.equal(2);
    expect(state.diagnostics.warnings['invalid-time']).to.equal(1);
    expect(state.diagnostics.warnings['unknown-value']).to.equal(1);
    expect(state.diagnostics.examples.length).to.equal(0);
  });

  it('maxDiagnosticExamples 0 keeps counts only', () => {
    const state = reduceResult(createInitialState(), parseEvent('error', 17), {
      now: T0,
      limits: { maxDiagnosticExamples: 0 },
    });
    expect(state.diagnostics.rejectedTotal).to.equal(1);
    expect(state.diagnostics.examples.length).to.equal(0);
  });

  it('onDiagnostic hears every counted problem once', () => {
    const cil = new RecordingCil();
    const heard: Problem[] = [];
    const store = new ConnectsStore(cil.api, { onDiagnostic: (problem) => heard.push(problem) });
    cil.emit('queueDataUpdate', 'garbage');
    cil.emit('queueDataUpdate', wireQueueUpdate('UPDATED', [wireQueue('ghost')]));
    cil.emit('agentStateChange', wireAgentState('Ready', { newStateChangeTime: 'teatime' }));
    const diagnostics = store.getState().diagnostics;
    expect(heard.map((problem) => problem.reason)).to.deep.equal([
      'not-an-object',
      'unknown-queue',
      'invalid-time',
    ]);
    expect(
      diagnostics.rejectedTotal + diagnostics.anomaliesTotal + diagnostics.warningsTotal,
    ).to.equal(heard.length);
  });
});
