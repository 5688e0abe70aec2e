import { expect, fixture, html } from '@open-wc/testing';
import { THEMES, type ThemeColours } from '../../../components/internal/theme.js';
import type { ThemeName } from '../../../components/internal/inherited.js';
import { ConnectsStore } from '../../../src/store/connects-store.js';
import { ciede2000, contrast, differenceSeen, linearRgb, simulate, type Vision } from './colour.js';
import type { TestConnectsElement } from './test-element.js';
import './test-element.js';

const LEVELS = ['normal', 'warn', 'critical'] as const;
const DEFICIENCIES: readonly Vision[] = ['protanopia', 'deuteranopia', 'tritanopia'];
const MIN_DIFFERENCE = 20;
const themes = Object.entries(THEMES) as [ThemeName, ThemeColours][];

/** Every pair of levels whose difference, seen with `vision`, is below the minimum. */
function tooClose(colours: Record<string, string>, vision: Vision): string[] {
  const close: string[] = [];
  for (const [i, a] of LEVELS.entries()) {
    for (const b of LEVELS.slice(i + 1)) {
      const difference = differenceSeen(colours[a]!, colours[b]!, vision);
      if (difference < MIN_DIFFERENCE) close.push(`${a}/${b} ${difference.toFixed(1)}`);
    }
  }
  return close;
}

describe('colour math', () => {
  it('WCAG contrast: black on white is 21, a colour on itself 1', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrast('#777', '#777777')).to.equal(1);
    // #767676 is the classic lightest grey with AA on white.
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });

  it('CIEDE2000 matches Sharma, Wu & Dalal’s test data', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    ];
    for (const [a, b, expected] of pairs) {
      expect(ciede2000(a, b)).to.be.closeTo(expected, 1e-4);
      expect(ciede2000(b, a)).to.be.closeTo(expected, 1e-4);
    }
  });

  it('simulated vision keeps greys grey and moves red towards green for deuteranopia', () => {
    for (const vision of DEFICIENCIES) {
      for (const [i, channel] of simulate(linearRgb('#ffffff'), vision).entries()) {
        expect(channel, `${vision} ${i}`).to.be.closeTo(1, 1e-5);
      }
    }
    expect(differenceSeen('#d32f2f', '#388e3c', 'normal')).to.be.greaterThan(40);
    expect(differenceSeen('#d32f2f', '#388e3c', 'deuteranopia')).to.be.lessThan(20);
  });

  it('a red/green palette that only differs in hue fails the colour-blind check', () => {
    const redGreen = { normal: '#2e7d32', warn: '#f5c211', critical: '#c62828' };
    expect(tooClose(redGreen, 'normal')).to.deep.equal([]);
    expect(tooClose(redGreen, 'deuteranopia')).to.have.length.greaterThan(0);
    expect(tooClose(redGreen, 'protanopia')).to.have.length.greaterThan(0);
  });
});

describe('theme palette', () => {
  for (const [name, theme] of themes) {
    describe(name, () => {
      it('text on each escalation colour has at least 4.5:1', () => {
        for (const level of LEVELS) {
          const ratio = contrast(theme[`on-${level}`], theme[level]);
          expect(ratio, `${level}: ${ratio.toFixed(2)}`).to.be.at.least(4.5);
        }
      });

      it('text, muted text and links have at least 4.5:1 on both surfaces', () => {
        for (const surface of [theme.surface, theme['surface-raised']]) {
          for (const token of ['text', 'muted', 'accent'] as const) {
            const ratio = contrast(theme[token], surface);
            expect(ratio, `${token} on ${surface}: ${ratio.toFixed(2)}`).to.be.at.least(4.5);
          }
        }
      });

      for (const vision of ['normal', ...DEFICIENCIES] as Vision[]) {
        it(`Normal, Warn and Critical differ by CIEDE2000 ≥ ${MIN_DIFFERENCE} (${vision})`, () => {
          expect(tooClose(theme as unknown as Record<string, string>, vision)).to.deep.equal([]);
        });
      }
    });
  }
});

describe('theme tokens in the rendered element', () => {
  let store: ConnectsStore;
  beforeEach(() => (store = new ConnectsStore()));
  afterEach(() => store.dispose());

  it('each theme attribute, on the element or an ancestor, puts that theme’s values on :host', async () => {
    for (const [name, theme] of themes) {
      const wrapper = await fixture(
        html`<div theme=${name}>
          <test-connects-element .store=${store}></test-connects-element>
        </div>`,
      );
      const el = wrapper.querySelector<TestConnectsElement>('test-connects-element')!;
      await el.updateComplete;
      const style = getComputedStyle(el);
      for (const token of ['surface', 'text', 'normal', 'warn', 'critical'] as const) {
        expect(style.getPropertyValue(`--_connects-${token}`).trim(), `${name} ${token}`).to.equal(
          theme[token],
        );
      }
    }
  });

  it('the element’s own theme wins over an ancestor’s; a page’s global token wins over both', async () => {
    const wrapper = await fixture(
      html`<div theme="dark">
        <test-connects-element theme="light" .store=${store}></test-connects-element>
      </div>`,
    );
    const el = wrapper.querySelector<TestConnectsElement>('test-connects-element')!;
    await el.updateComplete;
    expect(el.getAttribute('effective-theme')).to.equal('light');
    expect(getComputedStyle(el).getPropertyValue('--_connects-surface').trim()).to.equal(
      THEMES.light.surface,
    );
    wrapper.setAttribute('style', '--connects-color-critical: #5b0000');
    expect(getComputedStyle(el).getPropertyValue('--_connects-critical').trim()).to.equal(
      '#5b0000',
    );
    el.theme = undefined;
    await el.updateComplete;
    expect(el.getAttribute('effective-theme')).to.equal('dark');
  });
});
