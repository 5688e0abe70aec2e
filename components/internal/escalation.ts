/**
 * The escalation badge: every level shown by colour, shape, word and weight together,
 * so it reads without colour (colour-blind viewers, a monochrome TV, forced colours).
 *
 * @module
 */
import { css, html, svg, type CSSResult, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EscalationLevel } from '../../src/cil/enums.js';
import type { Catalogue } from './i18n/catalogue.js';

/** How each level looks besides its colour. */
interface LevelLook {
  /** The level's word (catalogue key). */
  readonly word: 'levelNormal' | 'levelWarn' | 'levelCritical' | 'levelNone';
  /** An icon whose shape differs per level: circle, triangle, octagon. */
  readonly icon: SVGTemplateResult;
}

const LOOKS: Readonly<Record<EscalationLevel | 'none', LevelLook>> = {
  none: {
    word: 'levelNone',
    icon: svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 2"/>`,
  },
  Normal: { word: 'levelNormal', icon: svg`<circle cx="8" cy="8" r="6" fill="currentColor"/>` },
  Warn: {
    word: 'levelWarn',
    icon: svg`<path d="M8 1.5 15 14.5H1Z" fill="currentColor"/><path d="M8 6v4.2M8 11.6v1.2" stroke="var(--_connects-warn)" stroke-width="1.6"/>`,
  },
  Critical: {
    word: 'levelCritical',
    icon: svg`<path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1Z" fill="currentColor"/><path d="M8 4v5M8 10.8v1.4" stroke="var(--_connects-critical)" stroke-width="1.8"/>`,
  },
};

/** The CSS class of a level (`normal`, `warn`, `critical`, `none`). */
export function levelClass(level: EscalationLevel | null | undefined): string {
  return level ? level.toLowerCase() : 'none';
}

/** The level's word in the catalogue's language. */
export function levelWord(level: EscalationLevel | null | undefined, t: Catalogue): string {
  return t[LOOKS[level ?? 'none'].word];
}

/**
 * The badge of an escalation level: `<span part="escalation" data-level="critical">`
 * with the shape and the word; `null`/`undefined` renders the "no escalation" badge.
 * Include {@link escalationStyles} in the element's styles.
 */
export function renderEscalation(
  level: EscalationLevel | null | undefined,
  t: Catalogue,
): TemplateResult {
  const look = LOOKS[level ?? 'none'];
  return html`<span
    class="escalation ${levelClass(level)}"
    part="escalation"
    data-level=${levelClass(level)}
    ><svg class="escalation-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      ${look.icon}</svg
    ><span class="escalation-word">${t[look.word]}</span></span
  >`;
}

/** Styles of {@link renderEscalation}: colour and weight per level. */
export const escalationStyles: CSSResult = css`
  .escalation {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.5em 0.1em 0.35em;
    border-radius: var(--_connects-radius);
    border: 1px solid transparent;
    line-height: 1.3;
    white-space: nowrap;
  }
  .escalation-icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .escalation.none {
    color: var(--_connects-muted);
    font-weight: 400;
    border-color: var(--_connects-border);
  }
  .escalation.normal {
    background: var(--_connects-normal);
    color: var(--_connects-on-normal);
    font-weight: 500;
  }
  .escalation.warn {
    background: var(--_connects-warn);
    color: var(--_connects-on-warn);
    font-weight: 700;
  }
  .escalation.critical {
    background: var(--_connects-critical);
    color: var(--_connects-on-critical);
    font-weight: 800;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  :host([effective-theme='high-contrast']) .escalation {
    border-color: var(--_connects-text);
  }
  @media (forced-colors: active) {
    .escalation {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
  }
`;
