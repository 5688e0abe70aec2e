import { expect } from '@open-wc/testing';
import { shownEscalation, hasThresholds } from '../../../components/internal/thresholds.js';
import {
  PageCycle,
  pageCapacity,
  pageCount,
  pageRange,
} from '../../../components/queue-board/paging.js';
import { RenderGate, type GateTimers } from '../../../components/internal/render-gate.js';
import { isSelected, parseQueueSelection } from '../../../components/internal/selection.js';
import {
  DEFAULT_SORT,
  formatSort,
  parseSort,
  sortRows,
  toggleSort,
} from '../../../components/internal/sorting.js';
import { computeTrend } from '../../../components/queue-board/trend.js';
import { queueState } from './queue-fixtures.js';

const NOW = 1_700_000_000_000;

describe('queue board logic', () => {
  describe('shown escalation', () => {
    it('shows the reported level when no rule is set', () => {
      const shown = shownEscalation(queueState('a', { level: 'Warn' }), {}, NOW);
      expect(shown).to.deep.equal({ level: 'Warn', reported: 'Warn', raisedBy: [] });
      expect(shownEscalation(queueState('b'), {}, NOW).level).to.equal(null);
      expect(hasThresholds({})).to.equal(false);
      expect(hasThresholds({ warnCalls: Number.NaN, criticalWait: -1 })).to.equal(false);
      expect(hasThresholds({ warnCalls: 0 })).to.equal(true);
    });

    it('raises the level by the wait rules and names the rule', () => {
      const queue = queueState('a', { level: 'Normal', since: NOW - 45_000 });
      const thresholds = { warnWait: 30, criticalWait: 60 };
      expect(shownEscalation(queue, thresholds, NOW)).to.deep.equal({
        level: 'Warn',
        reported: 'Normal',
        raisedBy: ['warn-wait'],
      });
      expect(shownEscalation(queue, thresholds, NOW + 15_000).raisedBy).to.deep.equal([
        'critical-wait',
      ]);
      expect(shownEscalation(queue, thresholds, NOW - 20_000).level).to.equal('Normal');
    });

    it('raises the level by the calls rules; both rules of the level are named', () => {
      const queue = queueState('a', {
        level: 'Normal',
        since: NOW - 100_000,
        counters: { callsInQueue: 5 },
      });
      expect(
        shownEscalation(queue, { criticalCalls: 5, criticalWait: 90, warnCalls: 1 }, NOW),
      ).to.deep.equal({
        level: 'Critical',
        reported: 'Normal',
        raisedBy: ['critical-wait', 'critical-calls'],
      });
    });

    it('never lowers the reported level', () => {
      const queue = queueState('a', { level: 'Critical', counters: { callsInQueue: 0 } });
      const shown = shownEscalation(queue, { warnCalls: 10, criticalCalls: 20 }, NOW);
      expect(shown).to.deep.equal({ level: 'Critical', reported: 'Critical', raisedBy: [] });
      const warn = queueState('b', { level: 'Warn', counters: { callsInQueue: 3 } });
      expect(shownEscalation(warn, { warnCalls: 1 }, NOW).raisedBy).to.deep.equal([]);
    });

    it('a counter the source does not report raises nothing; no wait is no wait rule', () => {
      const queue: ReturnType<typeof queueState> = {
        ...queueState('a'),
        statistics: { startTimeOfLongestCallInQueue: null },
      };
      expect(shownEscalation(queue, { warnCalls: 0, warnWait: 0 }, NOW).level).to.equal(null);
    });

    it('a start time in the future (clock skew) counts as no wait yet', () => {
      const queue = queueState('a', { level: 'Normal', since: NOW + 5_000 });
      expect(shownEscalation(queue, { warnWait: 0.5 }, NOW).level).to.equal('Normal');
      expect(shownEscalation(queue, { warnWait: 0 }, NOW).level).to.equal('Warn');
    });
  });

  describe('sorting', () => {
    const rows = [
      { id: 'a', level: 'Normal', since: null, calls: 0, name: 'Billing' },
      { id: 'b', level: 'Critical', since: NOW - 10_000, calls: 4, name: 'support 2' },
      { id: 'c', level: 'Warn', since: NOW - 50_000, calls: 2, name: 'Support 10' },
      { id: 'd', level: 'Critical', since: NOW - 90_000, calls: 4, name: 'accounts' },
      { id: 'e', level: undefined, since: null, calls: undefined, name: 'Zeta' },
    ].map((spec, index) => {
      const queue = queueState(spec.id, {
        name: spec.name,
        ...(spec.level ? { level: spec.level as 'Normal' } : {}),
        since: spec.since,
        counters: spec.calls === undefined ? {} : { callsInQueue: spec.calls },
      });
      const stats =
        spec.calls === undefined ? { startTimeOfLongestCallInQueue: spec.since } : queue.statistics;
      const full = { ...queue, statistics: stats };
      return { queue: full, escalation: shownEscalation(full, {}, NOW), index };
    });
    const ids = (sorted: readonly { queue: { id: string } }[]) => sorted.map((r) => r.queue.id);

    it('defaults to the worst level first, then the longest wait', () => {
      expect(ids(sortRows(rows, DEFAULT_SORT))).to.deep.equal(['d', 'b', 'c', 'a', 'e']);
    });

    it('sorts by name (numbers in names in numeric order) and by a statistic', () => {
      expect(ids(sortRows(rows, parseSort('name')))).to.deep.equal(['d', 'a', 'b', 'c', 'e']);
      expect(ids(sortRows(rows, parseSort('name desc')))).to.deep.equal(['e', 'c', 'b', 'a', 'd']);
      // Equal counts keep arrival order; a queue that does not report it sorts last.
      expect(ids(sortRows(rows, parseSort('callsInQueue')))).to.deep.equal([
        'b',
        'd',
        'c',
        'a',
        'e',
      ]);
      expect(ids(sortRows(rows, parseSort('callsInQueue asc')))).to.deep.equal([
        'a',
        'c',
        'b',
        'd',
        'e',
      ]);
      expect(ids(sortRows(rows, parseSort('startTimeOfLongestCallInQueue')))).to.deep.equal([
        'd',
        'c',
        'b',
        'a',
        'e',
      ]);
    });

    it('reads, writes and toggles the sort attribute', () => {
      expect(parseSort('CALLSINQUEUE ascending')).to.deep.equal({
        key: 'callsInQueue',
        direction: 'ascending',
      });
      expect(parseSort('nonsense')).to.equal(DEFAULT_SORT);
      expect(parseSort(null)).to.equal(DEFAULT_SORT);
      expect(formatSort({ key: 'name', direction: 'ascending' })).to.equal('name asc');
      const byName = toggleSort(DEFAULT_SORT, 'name');
      expect(byName).to.deep.equal({ key: 'name', direction: 'ascending' });
      expect(toggleSort(byName, 'name').direction).to.equal('descending');
      expect(toggleSort(byName, 'agentsReady').direction).to.equal('descending');
    });

    it('leaves its input alone', () => {
      const before = ids(rows);
      sortRows(rows, parseSort('name'));
      expect(ids(rows)).to.deep.equal(before);
    });
  });

  describe('selection', () => {
    it('selects by id or by name in any case; blank selects all', () => {
      const selection = parseQueueSelection(' Sales , 5001,,');
      expect([...(selection ?? [])]).to.deep.equal(['Sales', '5001']);
      expect(isSelected(queueState('5001'), selection)).to.equal(true);
      expect(isSelected(queueState('x', { name: 'SALES' }), selection)).to.equal(true);
      expect(isSelected(queueState('x', { name: 'Support' }), selection)).to.equal(false);
      expect(parseQueueSelection('  ,  ')).to.equal(null);
      expect(isSelected(queueState('x'), parseQueueSelection(undefined))).to.equal(true);
    });
  });

  describe('trend', () => {
    const series = (values: readonly (number | null)[]) => ({
      times: values.map((_, i) => i * 10_000),
      values,
    });

    it('rising, falling and steady from a fitted line', () => {
      expect(computeTrend(series([0, 1, 2, 3, 4]))?.direction).to.equal('rising');
      expect(computeTrend(series([6, 5, 4, 3, 1]))?.direction).to.equal('falling');
      expect(computeTrend(series([2, 2, 3, 2, 2]))?.direction).to.equal('steady');
      // One spike in the middle does not make a trend.
      expect(computeTrend(series([1, 1, 9, 1, 1]))?.direction).to.equal('steady');
      expect(computeTrend(series([0, 1, 2, 3, 4]))?.change).to.equal(4);
    });

    it('looks only at the window and skips unknown samples', () => {
      const long = series([...Array<number>(30).fill(10), 0, 0, 0, 0]);
      expect(computeTrend(long, { windowMs: 30_000 })?.direction).to.equal('steady');
      expect(computeTrend(long, { windowMs: 60_000 })?.direction).to.equal('falling');
      expect(computeTrend(series([null, 1, null, 2, 3]))?.samples).to.equal(3);
    });

    it('gives no trend from too little history', () => {
      expect(computeTrend(undefined)).to.equal(null);
      expect(computeTrend(series([]))).to.equal(null);
      expect(computeTrend(series([1, 2]))).to.equal(null);
      expect(computeTrend(series([null, null, null, 4]))).to.equal(null);
    });

    it('draws the sparkline inside its box', () => {
      const trend = computeTrend(series([0, 2, 4]), { width: 40, height: 10 });
      expect(trend?.points).to.equal('0,9 20,5 40,1');
      expect(computeTrend(series([0, 0, 0]), { width: 40, height: 10 })?.points).to.equal(
        '0,9 20,9 40,9',
      );
    });
  });

  describe('paging', () => {
    it('counts what fits and the pages it takes', () => {
      expect(pageCapacity(300, 40)).to.equal(7);
      expect(pageCapacity(300, 40, 3)).to.equal(21);
      expect(pageCapacity(10, 40)).to.equal(1);
      expect(pageCapacity(300, 0)).to.equal(Number.POSITIVE_INFINITY);
      expect(pageCount(20, 7)).to.equal(3);
      expect(pageCount(7, 7)).to.equal(1);
      expect(pageCount(0, 7)).to.equal(1);
      expect(pageCount(20, Number.POSITIVE_INFINITY)).to.equal(1);
      expect(pageRange(20, 7, 2)).to.deep.equal({ start: 14, end: 20, page: 2 });
      expect(pageRange(20, 7, 9)).to.deep.equal({ start: 14, end: 20, page: 2 });
      expect(pageRange(5, 7, 1)).to.deep.equal({ start: 0, end: 5, page: 0 });
    });

    it('turns every page-seconds, wraps, and holds while paused', () => {
      const cycle = new PageCycle();
      expect(cycle.tick(0, 3, 10)).to.equal(false);
      expect(cycle.tick(9_000, 3, 10)).to.equal(false);
      expect(cycle.tick(10_000, 3, 10)).to.equal(true);
      expect(cycle.page).to.equal(1);
      cycle.setPaused(true);
      expect(cycle.tick(40_000, 3, 10)).to.equal(false);
      expect(cycle.page).to.equal(1);
      cycle.setPaused(false);
      // A full period after the pause ends.
      expect(cycle.tick(41_000, 3, 10)).to.equal(false);
      expect(cycle.tick(50_000, 3, 10)).to.equal(false);
      expect(cycle.tick(51_000, 3, 10)).to.equal(true);
      expect(cycle.page).to.equal(2);
      expect(cycle.tick(61_000, 3, 10)).to.equal(true);
      expect(cycle.page).to.equal(0);
    });

    it('returns to the first page when everything fits, and clamps a page that went away', () => {
      const cycle = new PageCycle();
      cycle.show(2);
      expect(cycle.tick(0, 2, 10)).to.equal(true);
      expect(cycle.page).to.equal(0);
      cycle.show(1);
      expect(cycle.tick(0, 1, 10)).to.equal(true);
      expect(cycle.page).to.equal(0);
      cycle.show(1);
      expect(cycle.tick(0, 3, 0)).to.equal(false);
      expect(cycle.tick(100_000, 3, 0)).to.equal(false);
    });
  });

  describe('render gate', () => {
    class ManualTimers implements GateTimers {
      time = 1000;
      pending: { at: number; callback: () => void }[] = [];
      now() {
        return this.time;
      }
      setTimeout(callback: () => void, ms: number) {
        const entry = { at: this.time + ms, callback };
        this.pending.push(entry);
        return entry;
      }
      clearTimeout(handle: unknown) {
        this.pending = this.pending.filter((entry) => entry !== handle);
      }
      advance(ms: number) {
        this.time += ms;
        for (const entry of [...this.pending]) {
          if (entry.at <= this.time) {
            this.pending = this.pending.filter((e) => e !== entry);
            entry.callback();
          }
        }
      }
    }

    it('lets the first change after a quiet spell through, coalesces a flood', () => {
      const timers = new ManualTimers();
      let wakes = 0;
      const gate = new RenderGate(() => (wakes += 1), timers);
      expect(gate.admit()).to.equal(true);
      gate.rendered();
      let admitted = 0;
      for (let i = 0; i < 100; i += 1) {
        timers.advance(2);
        if (gate.admit()) {
          admitted += 1;
          gate.rendered();
        }
      }
      expect(admitted).to.equal(0);
      expect(timers.pending.length).to.equal(1);
      timers.advance(50);
      expect(wakes).to.equal(1);
      expect(gate.admit()).to.equal(true);
      gate.rendered();
      timers.advance(5_000);
      expect(gate.admit()).to.equal(true);
    });

    it('follows max-updates-per-second, and a bad value means the default', () => {
      const timers = new ManualTimers();
      const gate = new RenderGate(() => undefined, timers);
      gate.maxPerSecond = 10;
      gate.rendered();
      timers.advance(99);
      expect(gate.admit()).to.equal(true);
      gate.maxPerSecond = Number.NaN;
      expect(gate.maxPerSecond).to.equal(4);
      gate.maxPerSecond = -3;
      expect(gate.maxPerSecond).to.equal(4);
    });

    it('a cancelled gate wakes nobody', () => {
      const timers = new ManualTimers();
      let wakes = 0;
      const gate = new RenderGate(() => (wakes += 1), timers);
      gate.rendered();
      expect(gate.admit()).to.equal(false);
      gate.cancel();
      timers.advance(1000);
      expect(wakes).to.equal(0);
      expect(gate.isHolding).to.equal(false);
    });
  });
});
