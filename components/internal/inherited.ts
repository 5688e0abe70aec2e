/**
 * Attributes an element takes from itself or its nearest ancestor, across shadow
 * roots: `lang` (the language) and `theme`. One observer on the document tells every
 * element when an ancestor's changes.
 *
 * @module
 */

/** The themes an element (or an ancestor) can ask for with `theme="…"`. */
export type ThemeName = 'light' | 'dark' | 'high-contrast';

const THEMES: readonly string[] = ['light', 'dark', 'high-contrast'];

/**
 * The value of `name` on `element` or its nearest ancestor that has it (non-empty),
 * walking out of shadow roots to their hosts; `undefined` when none has it.
 */
export function inheritedAttribute(element: Element, name: string): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value !== null && value.trim() !== '') return value.trim();
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * The language tag for `element`: its own `lang` or its nearest ancestor's, then the
 * document's, then the browser's, then English.
 */
export function resolveLanguageTag(element: Element): string {
  return (
    inheritedAttribute(element, 'lang') ??
    nonEmpty(element.ownerDocument?.documentElement?.lang) ??
    nonEmpty(globalThis.navigator?.languages?.[0]) ??
    nonEmpty(globalThis.navigator?.language) ??
    'en'
  );
}

/** The theme asked for by `element` or its nearest ancestor; `undefined`: follow the system. */
export function resolveTheme(element: Element): ThemeName | undefined {
  const value = inheritedAttribute(element, 'theme');
  return value !== undefined && THEMES.includes(value) ? (value as ThemeName) : undefined;
}

function nonEmpty(value: string | undefined | null): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` when a `lang` or `theme` attribute changes anywhere in the light
 * DOM of the document. One observer for the page, alive only while someone watches.
 * Returns the function that stops watching.
 */
export function watchInheritedAttributes(onChange: () => void): () => void {
  const entry = () => onChange();
  watchers.add(entry);
  if (!observer && typeof MutationObserver === 'function') {
    observer = new MutationObserver(() => {
      for (const watcher of [...watchers]) watcher();
    });
    observer.observe(document, {
      attributes: true,
      attributeFilter: ['lang', 'theme'],
      subtree: true,
    });
  }
  return () => {
    watchers.delete(entry);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
