import { expect } from '@open-wc/testing';
import { runJob } from './jobs.js';

interface DemoStart {
  readonly id: number;
  readonly url: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface PageReport {
  /** Whether the `ready` check held within the time given. */
  readonly ready: boolean;
  readonly elements: readonly { tag: string; status: string | null; text: string }[];
  readonly size: {
    scrollWidth: number;
    scrollHeight: number;
    innerWidth: number;
    innerHeight: number;
  };
  readonly violations: readonly { id: string; impact: string; help: string; targets: string[] }[];
  readonly errors: readonly string[];
  readonly screenshot: string;
}

/**
 * Runs in the page: true once every Connects element there shows live data. Each
 * element's live-data mark, across shadow roots.
 */
const liveEverywhere = `() => {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName.startsWith('CONNECTS-') && el.tagName !== 'CONNECTS-STORE-PROVIDER' && customElements.get(el.localName)) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  if (all.length === 0) return false;
  const live = {
    'CONNECTS-WALLBOARD': (el) => el.shadowRoot.querySelector('[data-kpi="calls"] [part="kpi-value"]')?.textContent.trim().match(/^\\d+$/),
    'CONNECTS-QUEUE-BOARD': (el) => el.shadowRoot.querySelector('[data-queue-id]'),
    'CONNECTS-QUEUE-CHART': (el) => el.shadowRoot.querySelector('canvas'),
    'CONNECTS-AGENT-STATE': (el) => el.hasAttribute('state') && el.getAttribute('state') !== 'Unknown',
    'CONNECTS-CALL-CARD': (el) => el.shadowRoot.querySelector('[part~="card"]'),
  };
  return all.every((el) => el.getAttribute('status') === 'enabled' && (!live[el.tagName] || live[el.tagName](el)));
}`;

const open = (payload: Record<string, unknown>) => runJob<PageReport>('e2e-page', payload);

describe('the demo, end to end (npm start, headless Chromium)', function () {
  this.timeout(600_000);
  let server: DemoStart;

  before(async () => {
    server = await runJob<DemoStart>('demo-start', {
      portTaken: false,
    });
    expect(server.url, server.stdout + server.stderr).to.be.a('string');
  });
  after(async () => {
    if (server) await runJob('demo-stop', { id: server.id });
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`/ at ${width}×${height}: the wallboard with live data in every element, no scrolling, no axe violations`, async () => {
      const report = await open({
        url: server.url,
        width,
        height,
        name: `wallboard-${width}x${height}`,
        ready: liveEverywhere,
      });
      expect(report.errors).to.deep.equal([]);
      expect(report.ready, JSON.stringify(report.elements.map((e) => [e.tag, e.status]))).to.equal(
        true,
      );
      const tags = report.elements.map((e) => e.tag);
      expect(tags).to.include.members(['connects-wallboard']);
      expect(report.size.scrollHeight, 'page height').to.be.at.most(report.size.innerHeight);
      expect(report.size.scrollWidth, 'page width').to.be.at.most(report.size.innerWidth);
      expect(report.violations, JSON.stringify(report.violations, null, 1)).to.deep.equal([]);
    });
  }

  it('/demo/agent.html: agent state, a call on the call card, the board, with live data; no axe violations', async () => {
    const report = await open({
      url: `${server.url}demo/agent.html`,
      width: 1400,
      height: 1000,
      name: 'agent',
      // A call for the call card: offered from the control panel, as a person would.
      ready: `() => {
        const offer = [...document.querySelectorAll('#controls button')].find((b) => b.textContent.trim() === 'Offer a call');
        if (offer && !window.__offered) { window.__offered = true; offer.click(); }
        return (${liveEverywhere})();
      }`,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.ready, JSON.stringify(report.elements.map((e) => [e.tag, e.status]))).to.equal(
      true,
    );
    expect(report.elements.map((e) => e.tag)).to.include.members(['connects-agent-state']);
    expect(report.violations, JSON.stringify(report.violations, null, 1)).to.deep.equal([]);
  });
});
