import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { THEMES } from '../../../components/internal/theme.js';
import { ConnectsStore } from '../../../src/store/connects-store.js';
import type { TestConnectsElement } from './test-element.js';
import './test-element.js';

const token = (el: Element, name: string) =>
  getComputedStyle(el).getPropertyValue(`--_connects-${name}`).trim();

describe('theme from the system colour scheme', () => {
  let store: ConnectsStore;
  beforeEach(() => {
    store = new ConnectsStore();
    store.markSourceNotFound();
  });
  afterEach(async () => {
    store.dispose();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('without a theme attribute, follows prefers-color-scheme; an attribute overrides it', async () => {
    const el = await fixture<TestConnectsElement>(
      html`<test-connects-element .store=${store}></test-connects-element>`,
    );
    await emulateMedia({ colorScheme: 'light' });
    expect(el.hasAttribute('effective-theme')).to.equal(false);
    expect(token(el, 'surface')).to.equal(THEMES.light.surface);
    await emulateMedia({ colorScheme: 'dark' });
    expect(token(el, 'surface')).to.equal(THEMES.dark.surface);
    expect(token(el, 'critical')).to.equal(THEMES.dark.critical);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(token(el, 'surface')).to.equal(THEMES.light.surface);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the not-found screen passes axe in the system's ${scheme} scheme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await fixture<TestConnectsElement>(
        html`<test-connects-element .store=${store}></test-connects-element>`,
      );
      expect(token(el, 'surface')).to.equal(THEMES[scheme].surface);
      await expect(el).to.be.accessible();
    });
  }
});
