/**
 * `charts` on the queue board with the chart element loaded (as the full bundle and
 * `components/index.ts` do): the board shows `<connects-queue-chart>` under its queues,
 * on its store and with its selection, order and stale limit.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/queue-chart/connects-queue-chart.js';
import type { ConnectsQueueChart } from '../../../components/queue-chart/connects-queue-chart.js';
import { mountBoard, queue, root } from './board-helpers.js';

const STATS = { callsInQueue: 2, agentsReady: 3, agentsNotReady: 1, agentsTalkingInbound: 2 };

function charts(el: HTMLElement): ConnectsQueueChart[] {
  return [...root(el).querySelectorAll<ConnectsQueueChart>('connects-queue-chart')];
}

/** The rows of a chart's text alternative. */
function tableRows(chart: ConnectsQueueChart): string[] {
  return [...(chart.shadowRoot?.querySelectorAll('table[part="table"] tbody tr') ?? [])].map(
    (row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

describe('<connects-queue-board charts>', function () {
  this.timeout(120_000);

  it('shows the charts it names under the queues, on its store, with its selection, order and stale limit', async () => {
    const board = await mountBoard(
      { charts: 'agents trend', queues: 'Sales, Billing', sort: 'name', 'stale-after': '30' },
      { height: '900px' },
    );
    await board.queues('ENABLED', [
      queue('q1', STATS, 'Normal', 'Sales'),
      queue('q2', STATS, 'Normal', 'Support'),
      queue('q3', STATS, 'Normal', 'Billing'),
    ]);
    const { el, store } = board;
    const [agents, trend] = charts(el);
    expect(charts(el).map((chart) => chart.kind)).to.deep.equal(['agents', 'trend']);
    for (const chart of [agents!, trend!]) {
      expect(chart.store).to.equal(store);
      expect(chart.queues).to.equal('Sales, Billing');
      expect(chart.sort).to.equal('name');
      expect(chart.staleAfter).to.equal(30);
    }
    // Two queues named: the trend shows the totals, not one of them.
    expect(trend!.queue).to.equal(undefined);
    // The agents chart shows the board's queues in the board's order.
    await waitUntil(() => tableRows(agents!).length === 2, 'the agents chart has not drawn');
    expect(tableRows(agents!).map((row) => row.split(' ')[0])).to.deep.equal(['Billing', 'Sales']);
    // Under the queues, taking room of their own.
    const viewport = root(el).querySelector('.viewport')!.getBoundingClientRect();
    const section = root(el).querySelector('[part="charts"]')!.getBoundingClientRect();
    expect(section.height).to.be.greaterThan(0);
    expect(section.top).to.be.at.least(viewport.bottom);
    expect(section.bottom).to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
  });

  it('a selection of one queue gives the trend that queue; no charts without the attribute', async () => {
    const board = await mountBoard({ charts: 'trend, bogus, trend', queues: 'Sales' });
    await board.queues('ENABLED', [queue('q1', STATS, 'Normal', 'Sales')]);
    expect(charts(board.el).map((chart) => chart.kind)).to.deep.equal(['trend']);
    expect(charts(board.el)[0]!.queue).to.equal('Sales');
    board.el.removeAttribute('charts');
    await board.settle();
    expect(charts(board.el)).to.have.length(0);
    expect(root(board.el).querySelector('[part="charts"]')).to.equal(null);
  });

  it('passes axe with its charts', async () => {
    const board = await mountBoard({ charts: 'agents trend' }, { height: '900px' });
    await board.queues('ENABLED', [queue('q1', STATS, 'Normal', 'Sales')]);
    await waitUntil(() => tableRows(charts(board.el)[0]!).length === 1, 'no chart drawn');
    await expect(board.el).to.be.accessible();
  });
});
