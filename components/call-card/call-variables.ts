/**
 * Which call variables a card shows, with which labels, and what an edit sends.
 * Pure functions, unit-tested.
 *
 * The `variables` attribute lists what to show, separated by commas:
 * `callVariable1=Customer number, callVariable3, user.Intent=Intent, user.*`.
 * An entry is a ctiData key with an optional `=label`; `callVariable*` stands for
 * every call variable (1–10) and `user.*` for every ECC variable the call carries.
 * A key named on its own is shown even when the call does not carry it (as absent);
 * a wildcard shows only what is there. Default: `callVariable*, user.*`.
 *
 * @module
 */
import type { CtiData } from '../../src/cil/index.js';

/** One entry of the `variables` attribute. */
export interface VariableSpec {
  /** A ctiData key, `callVariable*` or `user.*`. */
  readonly key: string;
  /** The label given after `=`; `null` for the default label. */
  readonly label: string | null;
}

/** The default selection: every call variable and every ECC variable present. */
export const DEFAULT_VARIABLES = 'callVariable*, user.*';

const CALL_VARIABLE = /^callVariable([1-9]|10)$/;
const ECC_VARIABLE = /^user\.(.+)$/;
const CALL_WILDCARD = 'callVariable*';
const ECC_WILDCARD = 'user.*';

/** Parses the `variables` attribute; `null` or blank gives {@link DEFAULT_VARIABLES}. */
export function parseVariableSpec(text: string | null | undefined): readonly VariableSpec[] {
  const source =
    text === null || text === undefined || text.trim() === '' ? DEFAULT_VARIABLES : text;
  const specs: VariableSpec[] = [];
  for (const part of source.split(',')) {
    const separator = part.indexOf('=');
    const key = (separator < 0 ? part : part.slice(0, separator)).trim();
    const label = separator < 0 ? '' : part.slice(separator + 1).trim();
    if (key === '') continue;
    specs.push({ key, label: label === '' ? null : label });
  }
  return specs;
}

/** What kind of ctiData field a row shows. */
export type VariableKind =
  | { readonly type: 'call'; readonly index: number }
  | { readonly type: 'ecc'; readonly name: string }
  | { readonly type: 'other' };

/** The kind of a ctiData key: call variable n, ECC variable, or another field. */
export function variableKind(key: string): VariableKind {
  const call = CALL_VARIABLE.exec(key);
  if (call) return { type: 'call', index: Number(call[1]) };
  const ecc = ECC_VARIABLE.exec(key);
  if (ecc) return { type: 'ecc', name: ecc[1] as string };
  return { type: 'other' };
}

/** One variable row of a card. */
export interface VariableRow {
  /** The ctiData key (`callVariable3`, `user.Intent`). */
  readonly key: string;
  /** The label from the attribute; `null` for the default one. */
  readonly label: string | null;
  /** What kind of field. */
  readonly kind: VariableKind;
  /** The value; `null` when the call does not carry it. Empty strings are values. */
  readonly value: string | null;
  /** Whether `updateWorkitemData` can change it (call and ECC variables only). */
  readonly editable: boolean;
}

function callVariableKeys(): string[] {
  return Array.from({ length: 10 }, (_, i) => `callVariable${i + 1}`);
}

/**
 * The rows to show for a call's ctiData, in the order of the spec; each key once
 * (a label given anywhere wins over the default label).
 */
export function selectVariables(
  ctiData: CtiData,
  specs: readonly VariableSpec[],
): readonly VariableRow[] {
  const labels = new Map<string, string>();
  for (const spec of specs) {
    if (spec.label !== null && !spec.key.endsWith('*') && !labels.has(spec.key)) {
      labels.set(spec.key, spec.label);
    }
  }
  const rows: VariableRow[] = [];
  const seen = new Set<string>();
  const add = (key: string, mustShow: boolean): void => {
    if (seen.has(key)) return;
    const raw = Object.hasOwn(ctiData, key) ? ctiData[key] : undefined;
    const value = typeof raw === 'string' ? raw : null;
    if (value === null && !mustShow) return;
    seen.add(key);
    const kind = variableKind(key);
    rows.push({
      key,
      label: labels.get(key) ?? null,
      kind,
      value,
      editable: kind.type !== 'other',
    });
  };
  for (const spec of specs) {
    if (spec.key === CALL_WILDCARD) for (const key of callVariableKeys()) add(key, false);
    else if (spec.key === ECC_WILDCARD) {
      for (const key of Object.keys(ctiData)) if (ECC_VARIABLE.test(key)) add(key, false);
    } else add(spec.key, true);
  }
  return rows;
}

/**
 * What an edit sends with `updateWorkitemData`: the editable rows whose edited value
 * differs from the shown one, as strings (the reference: "Values have to be of type
 * string"). An edit of an absent variable to `''` is no change.
 */
export function changedVariables(
  rows: readonly VariableRow[],
  edits: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const changes: Record<string, string> = {};
  for (const row of rows) {
    if (!row.editable || !Object.hasOwn(edits, row.key)) continue;
    const edited = String(edits[row.key]);
    if (edited !== (row.value ?? '')) changes[row.key] = edited;
  }
  return changes;
}

/**
 * Whether the changes overwrite the configured share-record variable, about which
 * the reference warns: "Overwriting the configured share record variable can lead to
 * incorrect behavior of the b+s Connects."
 */
export function overwritesShareRecord(
  changes: Readonly<Record<string, string>>,
  shareRecordVariable: string | null | undefined,
): boolean {
  const key = shareRecordVariable?.trim();
  return key !== undefined && key !== '' && Object.hasOwn(changes, key);
}
