/**
 * The one place that knows request results come in two shapes: the bare value the
 * reference documents (nothing, a reason-code array, a boolean), or the envelope
 * `{ success, response, error }` other b+s versions resolve with.
 *
 * @module
 */
import { describeThrown } from '../cil/describe-thrown.js';

/** A request result with the envelope taken off: the value, or why the request failed. */
export type UnwrappedCilResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Longest error text kept from an envelope; a guard against runaway payloads. */
const MAX_MESSAGE_LENGTH = 500;

/** Said when an envelope reports failure without a usable text. */
const GENERIC_FAILURE = 'the request reported success: false without an error text';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH)}…`;
}

/** The error text of a failed envelope: a string, an object's `message`, or a generic text. */
function failureMessage(error: unknown): string {
  if (typeof error === 'string' && error.trim() !== '') return clip(error);
  if (isRecord(error) || error instanceof Error) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message.trim() !== '') return clip(message);
  }
  return GENERIC_FAILURE;
}

/**
 * Normalises a request result. An object with a boolean `success` field is an
 * envelope: `success: false` is a failure with its `error` text, `success: true`
 * yields `response`. Anything else is the value itself. Never throws, even for
 * objects whose getters do.
 */
export function unwrapCilResult(value: unknown): UnwrappedCilResult {
  try {
    if (!isRecord(value) || typeof value.success !== 'boolean') return { ok: true, value };
    if (value.success) return { ok: true, value: value.response };
    return { ok: false, message: failureMessage(value.error) };
  } catch (error) {
    return {
      ok: false,
      message: `the result could not be read: ${describeThrown(error)}`,
    };
  }
}
