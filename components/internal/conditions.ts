/**
 * The honest screens an element shows instead of its data: waiting (and for how
 * long), not found, no queue statistics on CCX, logged out, nothing subscribed; and
 * the stale qualifier shown beside numbers whose source has gone quiet.
 *
 * @module
 */
import { css, html, nothing, svg, type CSSResult, type TemplateResult } from 'lit';
import { formatAge, formatTimer } from './format.js';
import type { ElementLocale } from './i18n/catalogue.js';

/**
 * A condition screen:
 * - `waiting`: no b+s Connects yet;
 * - `waiting-data`: b+s Connects attached, the first data not yet arrived;
 * - `not-found`: no b+s Connects on this page;
 * - `unavailable`: the platform has no queue statistics (CCX);
 * - `disabled`: the agent is logged out; nothing stale is shown;
 * - `empty`: attached and enabled, but nothing to show (no queue subscribed).
 */
export type Condition =
  'waiting' | 'waiting-data' | 'not-found' | 'unavailable' | 'disabled' | 'empty';

/** Every condition, for tests and galleries. */
export const CONDITIONS: readonly Condition[] = [
  'waiting',
  'waiting-data',
  'not-found',
  'unavailable',
  'disabled',
  'empty',
];

/** The README section on embedding the wallboard, linked from the not-found screen. */
export const EMBEDDING_DOCS_URL = 'https://www.npmjs.com/package/connects-wallboard#embedding';

/** What a condition screen may show besides its words. */
export interface ConditionContext {
  /** Language and strings. */
  readonly locale: ElementLocale;
  /** For `waiting`: how long the element has waited, ms. */
  readonly waitedMs?: number;
  /** A title replacing the default one (e.g. "No calls" for an element's `empty`). */
  readonly title?: string;
  /** A detail line replacing the default one (e.g. an agent element's own words for `disabled`). */
  readonly detail?: string;
}

const ICONS = {
  // An hourglass: waiting.
  waiting: svg`<path d="M6 3h12M6 21h12M7 3c0 5 10 5 10 9s-10 4-10 9M17 3c0 5-10 5-10 9s10 4 10 9" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  // A plug pulled out: not found.
  missing: svg`<path d="M9 7V3M15 7V3M6 7h12v4a6 6 0 0 1-12 0ZM12 17v4M4 4l16 16" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  // A crossed-out bar chart: no statistics.
  unavailable: svg`<path d="M5 20V11M10 20V5M15 20v-7M20 20V8M3 3l18 18" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  // A door with an arrow out: logged out.
  loggedOut: svg`<path d="M14 4H5v16h9M10 12h10M17 8l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // An empty tray: nothing subscribed.
  empty: svg`<path d="M3 13h5l1.5 3h5L16 13h5M5 5h14l2 8v6H3v-6Z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`,
  // A paused clock: stale.
  stale: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v5l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
};

/**
 * Renders a condition screen: `<div part="condition" data-condition="…">` with an
 * icon, a title (announced politely) and a detail line. Include
 * {@link conditionStyles} in the element's styles.
 */
export function renderCondition(condition: Condition, context: ConditionContext): TemplateResult {
  const { t } = context.locale;
  let icon = ICONS.waiting;
  let title: string;
  let detail: string | typeof nothing = nothing;
  let extra: TemplateResult | typeof nothing = nothing;
  switch (condition) {
    case 'waiting': {
      title = t.waitingTitle;
      const waited = formatTimer(context.waitedMs, context.locale);
      if (waited !== null) {
        extra = html`<p class="condition-detail numeric" part="condition-waited">
          ${t.waitingFor(waited)}
        </p>`;
      }
      break;
    }
    case 'waiting-data':
      title = t.waitingDataTitle;
      detail = t.waitingDataDetail;
      break;
    case 'not-found':
      icon = ICONS.missing;
      title = t.notFoundTitle;
      detail = t.notFoundDetail;
      extra = html`<p class="condition-detail">
        <a part="condition-link" href=${EMBEDDING_DOCS_URL} target="_blank" rel="noopener"
          >${t.notFoundLink}</a
        >
      </p>`;
      break;
    case 'unavailable':
      icon = ICONS.unavailable;
      title = t.unavailableTitle;
      detail = t.unavailableDetail;
      break;
    case 'disabled':
      icon = ICONS.loggedOut;
      title = t.disabledTitle;
      detail = t.disabledDetail;
      break;
    case 'empty':
      icon = ICONS.empty;
      title = t.emptyTitle;
      detail = t.emptyDetail;
      break;
  }
  if (context.title !== undefined) title = context.title;
  if (context.detail !== undefined) detail = context.detail;
  return html`<div class="condition" part="condition" data-condition=${condition}>
    <svg class="condition-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${icon}
    </svg>
    <p class="condition-title" part="condition-title" role="status">${title}</p>
    ${
      detail === nothing
        ? nothing
        : html`<p class="condition-detail" part="condition-detail">${detail}</p>`
    }
    ${extra}
  </div>`;
}

/**
 * The stale qualifier: "No update for 3 minutes", with a paused-clock icon, shown
 * above numbers that stay visible. Pair it with the `stale` class on those numbers
 * (see {@link conditionStyles}).
 */
export function renderStale(ageMs: number, locale: ElementLocale): TemplateResult {
  const age = formatAge(ageMs, locale) ?? '';
  return html`<p class="stale-notice" part="stale" role="status">
    <svg class="stale-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${ICONS.stale}
    </svg>
    <span>${locale.t.staleFor(age)}</span>
  </p>`;
}

/** Styles of the condition screens and the stale qualifier. */
export const conditionStyles: CSSResult = css`
  .condition {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_connects-spacing) * 0.75);
    min-height: 8rem;
    padding: calc(var(--_connects-spacing) * 3) calc(var(--_connects-spacing) * 2);
    text-align: center;
    color: var(--_connects-text);
    background: var(--_connects-surface);
    border: 1px dashed var(--_connects-border);
    border-radius: var(--_connects-radius);
  }
  .condition-icon {
    width: 2.5rem;
    height: 2.5rem;
    color: var(--_connects-muted);
  }
  .condition-title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }
  .condition-detail {
    margin: 0;
    max-width: 40em;
    color: var(--_connects-muted);
  }
  .stale-notice {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0 0 var(--_connects-spacing);
    padding: 0.2em 0.6em;
    border: 2px dashed var(--_connects-text);
    border-radius: var(--_connects-radius);
    font-weight: 700;
    color: var(--_connects-text);
    background: var(--_connects-surface);
  }
  .stale-icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  /* Numbers whose source went quiet: still readable, visibly not live. */
  .stale {
    font-style: italic;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
`;
