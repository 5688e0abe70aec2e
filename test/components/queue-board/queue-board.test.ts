import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CIL_EVENT_NAMES } from '../../../src/cil/index.js';
import { ConnectsStore } from '../../../src/store/index.js';
import { RecordingCil, flushMicrotasks } from '../../store/helpers.js';
import {
  T0,
  ago,
  mountBoard,
  queue,
  root,
  serverAhead,
  shownIds,
  gateTimers,
  statText,
  ticker,
} from './board-helpers.js';

const FULL = {
  callsInQueue: 3,
  agentsReady: 2,
  agentsNotReady: 1,
  agentsTalkingInbound: 4,
  agentsTalkingOutbound: 0,
  agentsTalkingInternal: 1,
  agentsWrapUpReady: 1,
  agentsWrapUpNotReady: 0,
};

function row(el: HTMLElement, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[data-queue-id="${id}"]`);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

function condition(el: HTMLElement): string | undefined {
  return root(el).querySelector<HTMLElement>('[part="condition"]')?.dataset.condition;
}

describe('<connects-queue-board>', () => {
  describe('dataStates on screen', () => {
    it('ENABLED shows every queue with its statistics; -1 counters show a dash read as "not available"', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [
        queue('q1', { ...FULL, startTimeOfLongestCallInQueue: ago(T0, 65) }, 'Warn', 'Sales'),
        queue('q2', { callsInQueue: 0, agentsReady: -1 }, 'Normal', 'Support'),
      ]);
      const { el } = board;
      expect(el.getAttribute('status')).to.equal('enabled');
      expect(shownIds(el).sort()).to.deep.equal(['q1', 'q2']);
      expect(statText(el, 'q1', 'callsInQueue')).to.equal('3');
      expect(statText(el, 'q1', 'agentsTalkingInbound')).to.equal('4');
      expect(statText(el, 'q1', 'agentsWrapUpNotReady')).to.equal('0');
      expect(statText(el, 'q1', 'startTimeOfLongestCallInQueue')).to.equal('1:05');
      // No call waits: the wait is blank. Not reported: a dash, never -1.
      expect(statText(el, 'q2', 'startTimeOfLongestCallInQueue')).to.equal('');
      expect(statText(el, 'q2', 'agentsReady')).to.equal('–');
      expect(statText(el, 'q2', 'agentsNotReady')).to.equal('–');
      const text = row(el, 'q2').textContent ?? '';
      expect(text).to.contain('not available');
      expect(text).not.to.match(/-1|NaN|undefined/);
    });

    it('ADDED inserts, UPDATED replaces, DELETED removes, DISABLED shows logged out, ENABLED again shows the set', async () => {
      const board = await mountBoard({ sort: 'name' });
      const { el } = board;
      await board.queues('ENABLED', [queue('a', { callsInQueue: 1 })]);
      await board.queues('ADDED', [queue('b', { callsInQueue: 2 })]);
      expect(shownIds(el)).to.deep.equal(['a', 'b']);
      await board.queues('UPDATED', [queue('a', { callsInQueue: 7 })]);
      expect(statText(el, 'a', 'callsInQueue')).to.equal('7');
      await board.queues('DELETED', [{ id: 'a' }]);
      expect(shownIds(el)).to.deep.equal(['b']);
      await board.queues('DISABLED');
      expect(el.getAttribute('status')).to.equal('disabled');
      expect(condition(el)).to.equal('disabled');
      expect(shownIds(el)).to.deep.equal([]);
      await board.queues('ENABLED', [queue('c', { callsInQueue: 0 })]);
      expect(el.getAttribute('status')).to.equal('enabled');
      expect(shownIds(el)).to.deep.equal(['c']);
    });

    it('a repeated ENABLED (as a hidden integration sees it) changes nothing on screen', async () => {
      const board = await mountBoard();
      const data = [queue('a', { callsInQueue: 1 }), queue('b', { callsInQueue: 2 })];
      await board.queues('ENABLED', data);
      const before = root(board.el).querySelector('tbody')?.innerHTML;
      await board.queues('ENABLED', data);
      expect(root(board.el).querySelector('tbody')?.innerHTML).to.equal(before);
    });
  });

  describe('escalation', () => {
    it('shows the level by colour class, shape, word and data-escalation', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [
        queue('n', { callsInQueue: 0 }, 'Normal'),
        queue('w', { callsInQueue: 2 }, 'Warn'),
        queue('c', { callsInQueue: 5 }, 'Critical'),
      ]);
      const { el } = board;
      for (const [id, level, word] of [
        ['n', 'Normal', 'Normal'],
        ['w', 'Warn', 'Warning'],
        ['c', 'Critical', 'Critical'],
      ] as const) {
        const r = row(el, id);
        expect(r.dataset.escalation).to.equal(level);
        expect(r.classList.contains(`level-${level.toLowerCase()}`)).to.equal(true);
        const badge = r.querySelector('[part="escalation"]');
        expect(badge?.textContent?.trim()).to.equal(word);
        expect(badge?.querySelector('svg')).to.exist;
      }
      // Worst first by default.
      expect(shownIds(el)).to.deep.equal(['c', 'w', 'n']);
      // Weight differs too.
      const weight = (id: string) =>
        Number(
          getComputedStyle(row(el, id).querySelector('[part="escalation"]') as Element).fontWeight,
        );
      expect(weight('c')).to.be.greaterThan(weight('w'));
      expect(weight('w')).to.be.greaterThan(weight('n'));
    });

    it('client thresholds raise the level, never lower it, and say which rule raised it', async () => {
      const board = await mountBoard({ 'warn-calls': '2', 'critical-wait': '90' });
      await board.queues('ENABLED', [
        queue('a', { callsInQueue: 3 }, 'Normal'),
        queue('b', { callsInQueue: 0 }, 'Critical'),
        queue('c', { callsInQueue: 1, startTimeOfLongestCallInQueue: ago(T0, 80) }, 'Normal'),
      ]);
      const { el } = board;
      expect(row(el, 'a').dataset.escalation).to.equal('Warn');
      const why = row(el, 'a').querySelector<HTMLElement>('.raised')?.title ?? '';
      expect(why).to.contain('calls in queue ≥ 2');
      expect(why).to.contain('Normal');
      expect(row(el, 'b').dataset.escalation).to.equal('Critical');
      expect(row(el, 'b').querySelector('.raised')).to.equal(null);
      expect(row(el, 'c').dataset.escalation).to.equal('Normal');
      // Ten seconds later the wait rule is reached, on the tick alone.
      await board.advance(10_000);
      expect(row(el, 'c').dataset.escalation).to.equal('Critical');
      expect(row(el, 'c').querySelector<HTMLElement>('.raised')?.title).to.contain(
        'longest wait ≥ 1:30',
      );
    });

    it('announces a change to Critical once through a polite live region', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [queue('a', { callsInQueue: 1 }, 'Normal', 'Sales')]);
      const region = root(board.el).querySelector('[aria-live="polite"]');
      expect(region?.textContent?.trim()).to.equal('');
      await board.queues('UPDATED', [queue('a', { callsInQueue: 5 }, 'Critical', 'Sales')]);
      const said = region?.textContent;
      expect(said).to.contain('Sales');
      expect(said).to.contain('critical');
      let changes = 0;
      const observer = new MutationObserver(() => (changes += 1));
      observer.observe(region as Node, { subtree: true, childList: true, characterData: true });
      await board.queues('UPDATED', [queue('a', { callsInQueue: 6 }, 'Critical', 'Sales')]);
      await board.advance(1000);
      observer.disconnect();
      expect(changes).to.equal(0);
    });
  });

  describe('timers', () => {
    it('the longest wait counts on the shared ticker, from the store clock', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [
        queue('a', { callsInQueue: 1, startTimeOfLongestCallInQueue: ago(T0, 59) }),
      ]);
      const { el } = board;
      expect(statText(el, 'a', 'startTimeOfLongestCallInQueue')).to.equal('0:59');
      const renders = el.renders;
      await board.advance(1000);
      expect(statText(el, 'a', 'startTimeOfLongestCallInQueue')).to.equal('1:00');
      // The timer text is written on the tick, without a render.
      expect(el.renders).to.equal(renders);
      board.el.staleAfter = 1e9;
      await board.advance(3600_000);
      expect(statText(el, 'a', 'startTimeOfLongestCallInQueue')).to.equal('1:01:00');
    });

    it('uses the skew-corrected server clock, and never counts below zero', async () => {
      const board = await mountBoard();
      // The contact centre's clock is two minutes ahead of this PC.
      board.cil.emit('agentStateChange', serverAhead(T0, 120_000));
      await board.queues('ENABLED', [
        queue('a', { callsInQueue: 1, startTimeOfLongestCallInQueue: ago(T0 + 120_000, 30) }),
        queue('b', { callsInQueue: 1, startTimeOfLongestCallInQueue: ago(T0 + 125_000, 0) }),
      ]);
      expect(board.store.getState().clock.offsetMs).to.equal(120_000);
      // Without the correction this would read 2:30.
      expect(statText(board.el, 'a', 'startTimeOfLongestCallInQueue')).to.equal('0:30');
      expect(statText(board.el, 'b', 'startTimeOfLongestCallInQueue')).to.equal('0:00');
    });
  });

  describe('trend', () => {
    it('shows rising, steady or falling from the store history, drawn as an SVG sparkline', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [
        queue('up', { callsInQueue: 0 }),
        queue('flat', { callsInQueue: 2 }),
        queue('down', { callsInQueue: 9 }),
      ]);
      expect(
        row(board.el, 'up').querySelector<HTMLElement>('[part="trend"]')?.dataset.trend,
      ).to.equal('none');
      for (let i = 1; i <= 6; i += 1) {
        board.clock.time += 10_000;
        board.cil.emit('queueDataUpdate', {
          event: 'queueDataUpdate',
          dataState: 'UPDATED',
          queueData: [queue('up', { callsInQueue: i })],
        });
        board.cil.emit('queueDataUpdate', {
          event: 'queueDataUpdate',
          dataState: 'UPDATED',
          queueData: [queue('down', { callsInQueue: 9 - i })],
        });
        await board.settle();
      }
      const trend = (id: string) => row(board.el, id).querySelector<HTMLElement>('[part="trend"]');
      expect(trend('up')?.dataset.trend).to.equal('rising');
      expect(trend('flat')?.dataset.trend).to.equal('steady');
      expect(trend('down')?.dataset.trend).to.equal('falling');
      expect(trend('up')?.title).to.contain('Rising');
      // The line climbs: y grows downwards in SVG.
      const ys = (trend('up')?.querySelector('svg polyline')?.getAttribute('points') ?? '')
        .split(' ')
        .map((point) => Number(point.split(',')[1]));
      expect(ys.length).to.be.greaterThan(2);
      expect(ys[0]).to.be.greaterThan(ys[ys.length - 1] as number);
      expect(trend('up')?.textContent).to.contain('↗');
    });
  });

  describe('totals', () => {
    it('shows true totals, and leaves agent columns empty with an explanation', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [
        queue('a', { ...FULL, callsInQueue: 2, startTimeOfLongestCallInQueue: ago(T0, 30) }),
        queue('b', { ...FULL, callsInQueue: 3, startTimeOfLongestCallInQueue: ago(T0, 95) }),
      ]);
      const { el } = board;
      expect(statText(el, 'totals', 'callsInQueue')).to.equal('5');
      expect(statText(el, 'totals', 'startTimeOfLongestCallInQueue')).to.equal('1:35');
      const totals = root(el).querySelector('[data-totals]') as HTMLElement;
      expect(totals.querySelector('[data-stat="agentsReady"]')).to.equal(null);
      const mark = totals.querySelector<HTMLElement>('.note-mark');
      expect(mark?.tabIndex).to.equal(0);
      const tip = root(el).getElementById(mark?.getAttribute('aria-describedby') ?? '');
      expect(tip?.textContent).to.contain('head count');
      expect(getComputedStyle(tip as Element).display).to.equal('none');
      mark?.focus();
      expect(getComputedStyle(tip as Element).display).to.equal('block');
    });

    it('totals-agents="sum" shows the sums, labelled as sums over queues', async () => {
      const board = await mountBoard({ 'totals-agents': 'sum' });
      await board.queues('ENABLED', [queue('a', FULL), queue('b', { ...FULL, agentsReady: 5 })]);
      const totals = root(board.el).querySelector('[data-totals]') as HTMLElement;
      expect(statText(board.el, 'totals', 'agentsReady')).to.equal('7');
      const cell = totals.querySelector('[data-stat="agentsReady"]')?.closest('.sum');
      expect(cell?.textContent).to.contain('Σ');
      expect(cell?.textContent).to.contain('Sum over queues');
    });

    it('are the totals of the queues shown when a selection is set', async () => {
      const board = await mountBoard({ queues: 'a' });
      await board.queues('ENABLED', [
        queue('a', { callsInQueue: 2 }),
        queue('b', { callsInQueue: 3 }),
      ]);
      expect(statText(board.el, 'totals', 'callsInQueue')).to.equal('2');
    });
  });

  describe('sorting and selection', () => {
    const data = [
      queue('a', { callsInQueue: 1, agentsReady: 5 }, 'Normal', 'Billing'),
      queue('b', { callsInQueue: 4, agentsReady: 1 }, 'Critical', 'Accounts'),
      queue('c', { callsInQueue: 2, agentsReady: 3 }, 'Warn', 'Claims'),
    ];

    it('sorts by the sort attribute', async () => {
      const board = await mountBoard({ sort: 'agentsReady asc' });
      await board.queues('ENABLED', data);
      expect(shownIds(board.el)).to.deep.equal(['b', 'c', 'a']);
      board.el.sort = 'name';
      await board.settle();
      expect(shownIds(board.el)).to.deep.equal(['b', 'a', 'c']);
    });

    it('sorts by clicking a column header, with aria-sort', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', data);
      const header = (label: string) =>
        [...root(board.el).querySelectorAll('thead th')].find((th) =>
          th.textContent?.includes(label),
        ) as HTMLElement;
      header('Queue').querySelector('button')?.click();
      await board.settle();
      expect(shownIds(board.el)).to.deep.equal(['b', 'a', 'c']);
      expect(header('Queue').getAttribute('aria-sort')).to.equal('ascending');
      expect(board.el.getAttribute('sort')).to.equal('name asc');
      header('Queue').querySelector('button')?.click();
      await board.settle();
      expect(shownIds(board.el)).to.deep.equal(['c', 'a', 'b']);
      expect(header('Queue').getAttribute('aria-sort')).to.equal('descending');
      expect(header('Calls in queue').getAttribute('aria-sort')).to.equal('none');
    });

    it('sorts by pressing Enter on a column header', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', data);
      const button = [...root(board.el).querySelectorAll<HTMLButtonElement>('thead button')].find(
        (b) => b.textContent?.includes('Ready') && !b.textContent.includes('Not'),
      ) as HTMLButtonElement;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await board.settle();
      expect(shownIds(board.el)).to.deep.equal(['a', 'c', 'b']);
      expect(button.closest('th')?.getAttribute('aria-sort')).to.equal('descending');
    });

    it('shows only the queues named by id or name', async () => {
      const board = await mountBoard({ queues: 'claims, a' });
      await board.queues('ENABLED', data);
      expect(shownIds(board.el).sort()).to.deep.equal(['a', 'c']);
      board.el.queues = 'nothing like it';
      await board.settle();
      expect(condition(board.el)).to.equal('empty');
    });

    it('fires connects-queue-select on click and on Enter', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', data);
      const name = row(board.el, 'c').querySelector<HTMLButtonElement>('.queue-name');
      setTimeout(() => row(board.el, 'c').querySelector('td')?.click());
      const clicked = await oneEvent(document, 'connects-queue-select');
      expect(clicked.detail.queueId).to.equal('c');
      expect(clicked.composed).to.equal(true);
      name?.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const chosen = await oneEvent(board.el, 'connects-queue-select');
      expect(chosen.detail.queueId).to.equal('c');
    });
  });

  describe('names from events', () => {
    it('renders queue names with HTML or script in them as text', async () => {
      const board = await mountBoard({ layout: 'tiles' });
      const name =
        '<img src=x onerror="window.__boardPwned=1"><script>window.__boardPwned=1</script>';
      await board.queues('ENABLED', [queue('x', { callsInQueue: 1 }, 'Normal', name)]);
      const r = row(board.el, 'x');
      expect(r.querySelector('img, script')).to.equal(null);
      expect(r.querySelector('.queue-name')?.textContent).to.equal(name);
      expect((window as { __boardPwned?: number }).__boardPwned).to.equal(undefined);
    });
  });

  describe('paging', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      queue(`q${String(i).padStart(2, '0')}`, { callsInQueue: i }, 'Normal'),
    );

    it('pages through queues that do not fit a fixed height, rendering only the page shown', async () => {
      const board = await mountBoard({ sort: 'name', 'page-seconds': '5' }, { height: '320px' });
      await board.queues('ENABLED', many);
      const { el } = board;
      const pager = () =>
        root(el).querySelector('[part="pager"]')?.textContent?.replace(/\s+/g, ' ');
      const first = shownIds(el);
      expect(first.length).to.be.greaterThan(0);
      expect(first.length).to.be.lessThan(12);
      const pages = Math.ceil(12 / first.length);
      expect(pager()).to.contain(`1 / ${pages}`);
      expect(pager()).to.contain(`Page 1 of ${pages}`);
      // Nothing cut off: every row shown lies inside the board.
      const bottom = el.getBoundingClientRect().bottom;
      for (const r of root(el).querySelectorAll('tbody tr'))
        expect(r.getBoundingClientRect().bottom).to.be.at.most(bottom + 0.5);
      for (let i = 0; i < 5; i += 1) await board.advance(1000);
      expect(pager()).to.contain(`2 / ${pages}`);
      expect(shownIds(el)[0]).to.equal(`q${String(first.length).padStart(2, '0')}`);
    });

    it('holds the page while the pointer or focus is inside', async () => {
      const board = await mountBoard({ 'page-seconds': '2' }, { height: '320px' });
      await board.queues('ENABLED', many);
      const { el } = board;
      const pager = () => root(el).querySelector('[part="pager"]')?.textContent ?? '';
      el.dispatchEvent(new PointerEvent('pointerenter'));
      await board.settle();
      for (let i = 0; i < 4; i += 1) await board.advance(1000);
      expect(pager()).to.contain('1 /');
      expect(pager()).to.contain('paused');
      el.dispatchEvent(new PointerEvent('pointerleave'));
      root(el).querySelector<HTMLButtonElement>('.queue-name')?.focus();
      for (let i = 0; i < 4; i += 1) await board.advance(1000);
      expect(pager()).to.contain('1 /');
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 3; i += 1) await board.advance(1000);
      expect(pager()).to.contain('2 /');
    });

    it('pages tiles too, and stops paging when the board grows', async () => {
      const board = await mountBoard({ layout: 'tiles' }, { height: '400px' });
      await board.queues('ENABLED', many);
      const { el } = board;
      expect(shownIds(el).length).to.be.lessThan(12);
      expect(root(el).querySelector('[part="pager"]')).to.exist;
      el.style.height = '6000px';
      await waitUntil(() => shownIds(el).length === 12, 'all tiles shown');
      expect(root(el).querySelector('[part="pager"]')).to.equal(null);
    });

    /**
     * The page shown fills the viewport: every row lies inside it, and the room left
     * under the rows could not take another row (of the tallest rendered); tiles come
     * in whole grid rows. Returns the rows shown.
     */
    function expectPageFits(el: HTMLElement): number {
      const viewport = root(el).querySelector<HTMLElement>('.viewport');
      if (!viewport) throw new Error('no viewport');
      const rows = [...root(el).querySelectorAll<HTMLElement>('[part~="row"]')];
      expect(rows.length).to.be.greaterThan(0);
      const bottom = viewport.getBoundingClientRect().bottom;
      for (const r of rows) expect(r.getBoundingClientRect().bottom).to.be.at.most(bottom + 0.5);
      const extent = Math.max(...rows.map((r) => r.getBoundingClientRect().height));
      const content = root(el).querySelector<HTMLElement>('table, .tiles');
      if (!content) throw new Error('no table or tiles');
      const style = getComputedStyle(content);
      const gap =
        content.localName === 'table'
          ? parseFloat(style.borderSpacing.split(' ')[1] ?? '0')
          : parseFloat(style.rowGap);
      const left = bottom - content.getBoundingClientRect().bottom;
      expect(left, 'room for another row left empty').to.be.lessThan(extent + gap);
      if (content.localName === 'ul') {
        const columns = style.gridTemplateColumns.split(' ').length;
        const lines = new Set(rows.map((r) => Math.round(r.getBoundingClientRect().top))).size;
        expect(columns).to.be.greaterThan(1);
        expect(rows.length, 'whole rows of tiles').to.equal(columns * lines);
      }
      return rows.length;
    }

    for (const layout of ['table', 'tiles'] as const) {
      it(`a fixed-height board (${layout}) shows as many rows as fit, and measures again on resize`, async () => {
        const wide = document.createElement('div');
        wide.style.width = '900px';
        document.body.append(wide);
        try {
          const queues = Array.from({ length: 40 }, (_, i) =>
            queue(`q${String(i).padStart(2, '0')}`, FULL, 'Normal'),
          );
          const board = await mountBoard({ layout }, { height: '520px' });
          wide.append(board.el.parentElement ?? board.el);
          await board.queues('ENABLED', queues);
          const { el } = board;
          const small = expectPageFits(el);
          expect(small).to.be.lessThan(40);
          el.style.height = '900px';
          await waitUntil(() => shownIds(el).length > small, 'more rows after growing');
          await board.settle();
          const large = expectPageFits(el);
          expect(large).to.be.lessThan(40);
          const pager = root(el).querySelector('[part="pager"]')?.textContent ?? '';
          expect(pager).to.contain(`1 / ${Math.ceil(40 / large)}`);
        } finally {
          wide.remove();
        }
      });
    }

    it('a board without a fixed height shows every queue', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', many);
      expect(shownIds(board.el).length).to.equal(12);
    });
  });

  describe('stale data', () => {
    it('marks every number stale after stale-after seconds without a queue event, and clears on the next', async () => {
      const board = await mountBoard({ 'stale-after': '120' });
      await board.queues('ENABLED', [queue('a', { callsInQueue: 2 })]);
      const { el } = board;
      await board.advance(119_000);
      expect(el.hasAttribute('stale')).to.equal(false);
      await board.advance(61_000);
      expect(el.stale).to.equal(true);
      expect(el.hasAttribute('stale')).to.equal(true);
      const notice = root(el).querySelector('[part="stale"]');
      expect(notice?.textContent).to.contain('No update for 3 minutes');
      expect(root(el).querySelector('.viewport')?.classList.contains('stale')).to.equal(true);
      // The numbers stay readable.
      expect(statText(el, 'a', 'callsInQueue')).to.equal('2');
      await board.queues('UPDATED', [queue('a', { callsInQueue: 2 })]);
      expect(el.hasAttribute('stale')).to.equal(false);
      expect(root(el).querySelector('[part="stale"]')).to.equal(null);
    });

    it('is not stale while logged out (no queue data is expected)', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [queue('a', { callsInQueue: 2 })]);
      await board.queues('DISABLED');
      await board.advance(600_000);
      expect(board.el.hasAttribute('stale')).to.equal(false);
    });
  });

  describe('condition screens', () => {
    it('waiting, not found, CCX, logged out and no queues', async () => {
      const waiting = await mountBoard({}, { store: new ConnectsStore() });
      expect(condition(waiting.el)).to.equal('waiting');
      expect(waiting.el.getAttribute('status')).to.equal('waiting');
      waiting.store.markSourceNotFound();
      await waiting.settle();
      expect(condition(waiting.el)).to.equal('not-found');
      expect(waiting.el.getAttribute('status')).to.equal('not-found');

      const ccx = await mountBoard(
        {},
        { store: new ConnectsStore(new RecordingCil().api, { flavour: 'CCX' }) },
      );
      expect(condition(ccx.el)).to.equal('unavailable');
      expect(ccx.el.getAttribute('status')).to.equal('unavailable');

      const board = await mountBoard();
      await board.queues('ENABLED', []);
      expect(condition(board.el)).to.equal('empty');
      await board.queues('DISABLED');
      expect(condition(board.el)).to.equal('disabled');
    });
  });

  describe('rendering cost', () => {
    it('renders a flood at most max-updates-per-second times; the first change after a quiet spell at once', async () => {
      const board = await mountBoard(
        { 'max-updates-per-second': '4' },
        { tag: 'gated-queue-board' },
      );
      const { el } = board;
      const update = async (calls: number) => {
        board.cil.emit('queueDataUpdate', {
          event: 'queueDataUpdate',
          dataState: 'UPDATED',
          queueData: [queue('a', { callsInQueue: calls })],
        });
        await flushMicrotasks();
        await el.updateComplete;
      };
      // A quiet spell, then ENABLED: shown at once.
      gateTimers.advance(10_000);
      await board.queues('ENABLED', [queue('a', { callsInQueue: 0 })]);
      expect(statText(el, 'a', 'callsInQueue')).to.equal('0');
      // A flood within the same quarter second: nothing more is rendered...
      const before = el.renders;
      for (let calls = 1; calls <= 60; calls += 1) await update(calls);
      expect(el.renders).to.equal(before);
      expect(statText(el, 'a', 'callsInQueue')).to.equal('0');
      // ...until the interval ends: then one render shows the latest value.
      gateTimers.advance(250);
      await board.settle();
      expect(statText(el, 'a', 'callsInQueue')).to.equal('60');
      expect(el.renders).to.equal(before + 1);
      // A change after a quiet spell shows without waiting.
      gateTimers.advance(5_000);
      await update(61);
      expect(statText(el, 'a', 'callsInQueue')).to.equal('61');
    });

    it('touches only the rows whose queue changed', async () => {
      const board = await mountBoard({ sort: 'name' });
      await board.queues('ENABLED', [
        queue('a', { callsInQueue: 1 }),
        queue('b', { callsInQueue: 1 }),
        queue('c', { callsInQueue: 1 }),
      ]);
      const touched = new Set<string>();
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const node =
            record.target instanceof Element ? record.target : record.target.parentElement;
          const id = node?.closest<HTMLElement>('[data-queue-id]')?.dataset.queueId;
          if (id) touched.add(id);
        }
      });
      observer.observe(root(board.el), {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      await board.queues('UPDATED', [queue('b', { callsInQueue: 9 })]);
      observer.disconnect();
      expect([...touched]).to.deep.equal(['b']);
    });
  });

  it('a new order writes text into the rows in place: no row is moved, created or removed', async () => {
    const board = await mountBoard({ sort: 'callsInQueue desc' });
    await board.queues('ENABLED', [
      queue('a', { callsInQueue: 3 }),
      queue('b', { callsInQueue: 2 }),
      queue('c', { callsInQueue: 1 }),
    ]);
    const body = root(board.el).querySelector('tbody');
    if (!body) throw new Error('no tbody');
    const before = [...body.children];
    const moved: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) moved.push(...record.addedNodes, ...record.removedNodes);
    });
    observer.observe(body, { childList: true });
    await board.queues('UPDATED', [queue('c', { callsInQueue: 9 })]);
    observer.disconnect();
    expect(shownIds(board.el)).to.deep.equal(['c', 'a', 'b']);
    expect(statText(board.el, 'c', 'callsInQueue')).to.equal('9');
    expect(moved.filter((node) => node instanceof Element)).to.have.length(0);
    expect([...body.children]).to.deep.equal(before);
  });

  describe('a board running for weeks', () => {
    it('leaves no subscription behind after many mounts and unmounts', async () => {
      const board = await mountBoard();
      await board.queues('ENABLED', [queue('a', { callsInQueue: 1 })]);
      const { el, store } = board;
      const parent = el.parentElement as HTMLElement;
      const listeners = store.listenerCount;
      const ticks = ticker.subscribers;
      for (let i = 0; i < 50; i += 1) {
        el.remove();
        await el.updateComplete;
        parent.append(el);
        await el.updateComplete;
      }
      el.remove();
      await flushMicrotasks();
      expect(store.listenerCount).to.be.lessThan(listeners);
      expect(ticker.subscribers).to.be.lessThan(ticks);
      parent.append(el);
      await board.settle();
      expect(store.listenerCount).to.equal(listeners);
      expect(ticker.subscribers).to.equal(ticks);
      expect(statText(el, 'a', 'callsInQueue')).to.equal('1');
    });
  });

  describe('one store per cil', () => {
    it('two boards on one cil register its callbacks once', async () => {
      const cil = new RecordingCil();
      const el = await fixture<HTMLDivElement>(
        html`<div>
          <connects-queue-board .cil=${cil.api}></connects-queue-board>
          <connects-queue-board .cil=${cil.api} layout="tiles"></connects-queue-board>
        </div>`,
      );
      expect(cil.registrations.length).to.equal(CIL_EVENT_NAMES.length);
      cil.emit('queueDataUpdate', {
        event: 'queueDataUpdate',
        dataState: 'ENABLED',
        queueData: [queue('a', { callsInQueue: 4 })],
      });
      const boards = [...el.querySelectorAll('connects-queue-board')];
      await waitUntil(() => boards.every((b) => statText(b, 'a', 'callsInQueue') === '4'));
    });
  });

  describe('accessibility', () => {
    for (const layout of ['table', 'tiles']) {
      for (const theme of ['light', 'dark', 'high-contrast']) {
        it(`passes axe in ${layout} layout, ${theme} theme`, async () => {
          const board = await mountBoard({ layout, theme, 'warn-calls': '3' });
          await board.queues('ENABLED', [
            queue(
              'a',
              { ...FULL, startTimeOfLongestCallInQueue: ago(T0, 40) },
              'Critical',
              'Sales',
            ),
            queue('b', { ...FULL, callsInQueue: 0 }, 'Normal', 'Support'),
            queue('c', { ...FULL, callsInQueue: 2, agentsReady: -1 }, 'Warn', 'Claims'),
            queue('d', { callsInQueue: 4 }, 'Normal', 'Billing'),
          ]);
          await expect(board.el).to.be.accessible();
        });
      }
    }

    it('passes axe in compact density with a stale notice and the pager', async () => {
      const board = await mountBoard({ density: 'compact' }, { height: '200px' });
      await board.queues(
        'ENABLED',
        Array.from({ length: 10 }, (_, i) => queue(`q${i}`, { callsInQueue: i })),
      );
      await board.advance(200_000);
      expect(board.el.hasAttribute('stale')).to.equal(true);
      expect(root(board.el).querySelector('[part="pager"]')).to.exist;
      await expect(board.el).to.be.accessible();
    });
  });
});
