/**
 * The wrap-up reason picker's list, following the reference (updateWorkitemData,
 * setWrapupReason): "When a custom Wrap-Up reason is set using the Integration API,
 * the new value is automatically added as selected to the list of available Wrap-Up
 * reasons in the gadget. When a different reason is manually selected from the list
 * or set via the Integration API, the previously custom set reason is removed from
 * the list." Pure functions, unit-tested.
 *
 * The list comes from `getReasonCodeList(<channel>, 'Wrapup')`, fetched again when the
 * reason changes. A gadget may list the custom reason itself while it is set; so a
 * label counts as a standard reason only once a list fetched while another reason
 * was set contains it. Anything else is shown only while it is the current reason.
 *
 * @module
 */

/** One entry of the picker. */
export interface WrapupReasonOption {
  /** The reason's name (what `setWrapupReason` sends and `wrapUpReason` carries). */
  readonly label: string;
  /** Whether it is the call's current `wrapUpReason`. */
  readonly selected: boolean;
  /** Whether it is a custom reason, listed only because it is set. */
  readonly custom: boolean;
}

function clean(label: string | undefined | null): string | undefined {
  return typeof label === 'string' && label.trim() !== '' ? label : undefined;
}

/**
 * The standard reasons known after a fetch: those known before, plus every label of
 * `listed` except the one that was the current reason when the list was fetched
 * (it may be a custom reason the gadget lists while it is set).
 */
export function learnStandardReasons(
  known: ReadonlySet<string>,
  listed: readonly string[],
  currentAtFetch: string | undefined,
): ReadonlySet<string> {
  const current = clean(currentAtFetch);
  let learned: Set<string> | undefined;
  for (const label of listed) {
    if (clean(label) === undefined || label === current || known.has(label)) continue;
    learned ??= new Set(known);
    learned.add(label);
  }
  return learned ?? known;
}

/**
 * The picker's entries: the listed reasons that are standard (or current), each once,
 * in list order; the current reason added at the end, selected, when the list lacks it.
 */
export function wrapupReasonOptions(
  listed: readonly string[],
  standard: ReadonlySet<string>,
  currentReason: string | undefined,
): readonly WrapupReasonOption[] {
  const current = clean(currentReason);
  const options: WrapupReasonOption[] = [];
  const seen = new Set<string>();
  for (const label of listed) {
    if (clean(label) === undefined || seen.has(label)) continue;
    const isStandard = standard.has(label);
    if (!isStandard && label !== current) continue;
    seen.add(label);
    options.push({ label, selected: label === current, custom: !isStandard });
  }
  if (current !== undefined && !seen.has(current)) {
    options.push({ label: current, selected: true, custom: !standard.has(current) });
  }
  return options;
}
