// The benchmarks' table: every figure beside its target (from issue #15 and the
// element layer's bundle budgets), PASS or MISS, and a plain-text and Markdown rendering.

const pct = (x) => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)} %`;
const ms = (x) => `${x.toFixed(1)} ms`;
const int = (x) => Math.round(x).toLocaleString('en-US');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (x) => (x >= 100 ? `${int(x)}×` : `${x.toFixed(1)}×`);
const status = (ok) => (ok === undefined ? '' : ok ? 'PASS' : 'MISS');

/** Rows `{ group, benchmark, result, target, status }` from the collected results. */
export function tableRows(r) {
  const rows = [];
  const add = (group, benchmark, result, target = '', ok) =>
    rows.push({ group, benchmark, result, target, status: status(ok) });

  if (r.store) {
    const s = r.store;
    add(
      '1 store',
      'UPDATED on 500 queues, from the cil callback',
      `${int(s.updatedFromCil.eventsPerSecond)} events/s`,
      '≥ 1,000,000 events/s',
      s.updatedFromCil.eventsPerSecond >= 1e6,
    );
    add(
      '1 store',
      'UPDATED on 500 queues, pre-parsed (reduce + notify)',
      `${int(s.updatedPreParsed.eventsPerSecond)} events/s`,
      '≥ 1,000,000 events/s',
      s.updatedPreParsed.eventsPerSecond >= 1e6,
    );
    const heap = s.updatedFromCil.heapAfterMiB - s.updatedFromCil.heapBeforeMiB;
    add(
      '1 store',
      `heap over ${int(s.updatedFromCil.events)} UPDATED (after GC)`,
      `${heap >= 0 ? '+' : ''}${heap.toFixed(1)} MiB`,
      'flat (≤ 2 MB)',
      heap * 1.048576 <= 2,
    );
    add(
      '1 store',
      'queue ADDED/DELETED churn on 500 queues',
      `${int(s.churn.eventsPerSecond)} events/s`,
    );
    add(
      '1 store',
      'workitem lifecycle (6 events)',
      `${int(s.lifecycles.lifecyclesPerSecond)} lifecycles/s`,
    );
    add('1 store', 'ENABLED with 5,000 queues', ms(s.enabled5000.medianMs));
  }
  if (r.parse) {
    const p = r.parse;
    add(
      '1 store',
      'parser alone: UPDATED of 1 of 500 queues',
      `${int(p['UPDATED, 1 of 500 queues'].medianPerSecond)} events/s`,
    );
    add(
      '1 store',
      'parser alone: workitemConnect, every field',
      `${int(p['workitemConnect, every field'].medianPerSecond)} events/s`,
    );
  }
  const boardRows = (group, load, rate, busyTarget, withBaselines) => {
    if (!load) return;
    const b = load.board;
    add(
      group,
      `board, ${int(rate)} UPDATED/s: main thread (minus the page without it)`,
      pct(b.cost),
      `≤ ${busyTarget * 100} %`,
      b.cost <= busyTarget,
    );
    add(
      group,
      `board, ${int(rate)} UPDATED/s: frames per second`,
      b.fps.toFixed(0),
      rate >= 2000 ? '≥ 50' : '',
      rate >= 2000 ? b.fps >= 50 : undefined,
    );
    add(
      group,
      `board, ${int(rate)} UPDATED/s: renders/s, mean / p95 render`,
      `${b.rendersPerSecond.toFixed(1)}/s, ${ms(b.renderMeanMs)} / ${ms(b.renderP95Ms)}`,
    );
    add(
      group,
      `board, ${int(rate)} UPDATED/s: long tasks > 50 ms`,
      `${b.longTasks} (longest ${ms(b.longestTaskMs)})`,
    );
    if (!withBaselines) return;
    for (const [name, label] of [
      ['naive', '(a) naive, whole board per event'],
      ['hand', '(b) hand-written, changed cells per frame'],
    ]) {
      const v = load[name];
      add(
        group,
        `${label}: main thread, fps, renders/s`,
        `${pct(v.cost)}, ${v.fps.toFixed(0)} fps, ${v.rendersPerSecond.toFixed(0)}/s (mean ${ms(v.renderMeanMs)}), ${v.longTasks} long tasks`,
      );
    }
    add(
      group,
      `board vs (a): main-thread cost of (a) / board`,
      ratio(load.ratios.naiveOverBoard),
      rate >= 2000 ? '≥ 10×' : '',
      rate >= 2000 ? load.ratios.naiveOverBoard >= 10 : undefined,
    );
    add(
      group,
      `board vs (b): main-thread cost of (b) / board`,
      ratio(load.ratios.handOverBoard),
      rate >= 2000 ? '> 1× (ahead)' : '',
      rate >= 2000 ? load.ratios.handOverBoard > 1 : undefined,
    );
  };
  const restRows = (group, rest) => {
    if (!rest) return;
    add(
      group,
      `board at rest, 500 queues, ${rest.seconds} s, timers ticking: main thread`,
      pct(rest.cost),
      '≤ 1 %',
      rest.cost <= 0.01,
    );
    add(group, 'board at rest: DOM mutations per second', rest.mutationsPerSecond.toFixed(1));
  };
  boardRows('2 board', r.board?.['2000'], 2000, 0.15, true);
  boardRows('2 board', r.board?.['50'], 50, 0.03, true);
  restRows('3 at rest', r.board?.rest);
  boardRows('4 4× throttled', r.throttled?.['2000'], 2000, 0.15, true);
  boardRows('4 4× throttled', r.throttled?.['50'], 50, 0.03, true);
  restRows('4 4× throttled', r.throttled?.rest);
  if (r.chart) {
    const c = r.chart;
    add(
      'charts',
      'agents chart, 500 queues, 2,000 UPDATED/s: chart updates/s',
      c.updatesPerSecond.toFixed(2),
      '≤ 1 (its max-updates-per-second)',
      c.updatesPerSecond <= 1.1,
    );
    add(
      'charts',
      'agents chart under the flood: main thread, fps',
      `${pct(c.cost)}, ${c.fps.toFixed(0)} fps`,
    );
    add(
      'charts',
      'agents chart under the flood: Chart.instances',
      String(c.maxCharts),
      '1',
      c.maxCharts === 1,
    );
  }
  if (r.firstRender) {
    for (const f of r.firstRender) {
      const target = f.queues === 100 ? 0.05 : undefined;
      add(
        '5 first render',
        `ENABLED with ${f.queues} queues to a painted board (median of ${f.runs.length})`,
        ms(f.medianMs),
        target ? '≤ 50 ms' : '',
        target ? f.medianMs <= 50 : undefined,
      );
    }
  }
  if (r.memory) {
    const m = r.memory;
    add(
      '6 memory',
      `heap after ${int(m.events)} events, ${int(m.churn)} ADDED/DELETED, ${int(m.lifecycles)} lifecycles, ${int(m.cycles)} mounts of each element (${m.queues} queues)`,
      `${m.heapDeltaBytes >= 0 ? '+' : ''}${(m.heapDeltaBytes / 1e6).toFixed(2)} MB`,
      '≤ 2 MB',
      m.heapDeltaBytes <= 2e6,
    );
    add('6 memory', 'Chart.instances left', String(m.chartsLeft), '0', m.chartsLeft === 0);
    add(
      '6 memory',
      'store subscribers left',
      String(m.storeListenersLeft),
      '0',
      m.storeListenersLeft === 0,
    );
    add(
      '6 memory',
      'ticker listeners left',
      String(m.tickerListenersLeft),
      '0',
      m.tickerListenersLeft === 0,
    );
  }
  if (r.bundles) {
    for (const b of r.bundles) {
      add(
        '7 bundle',
        `${b.file} (${b.budget === 'core' ? 'without charts' : 'with charts'})`,
        `${kB(b.gzip)} gzip`,
        `≤ ${kB(b.limit)}`,
        b.gzip <= b.limit,
      );
    }
  }
  return rows;
}

/** The rows as an aligned plain-text table. */
export function textTable(rows) {
  const header = {
    group: '',
    benchmark: 'benchmark',
    result: 'result',
    target: 'target',
    status: '',
  };
  const keys = Object.keys(header);
  const widths = keys.map((k) =>
    Math.max(...[header, ...rows].map((row) => String(row[k]).length)),
  );
  const line = (row) =>
    keys
      .map((k, i) => String(row[k]).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The rows as a Markdown table (the README's). */
export function markdownTable(rows) {
  const out = ['| | benchmark | result | target | |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows)
    out.push(
      `| ${row.group} | ${row.benchmark} | ${row.result} | ${row.target} | ${row.status ? `**${row.status}**` : ''} |`,
    );
  return out.join('\n');
}
