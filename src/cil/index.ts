/**
 * The b+s Connects Integration API model: enumerations, wire payloads, the `CilApi`
 * interface, the validated model and the parsers that produce it.
 *
 * @module
 */
export * from './enums.js';
export type * from './wire.js';
export type * from './cil-api.js';
export type * from './model.js';
export * from './parse.js';
export {
  MAX_COUNT,
  MAX_EXTRA_DEPTH,
  MAX_EXTRA_SIZE,
  MAX_KEYS,
  MAX_LIST_LENGTH,
  MAX_TEXT_LENGTH,
} from './parse-primitives.js';
