/** Generates `custom-elements.json` from the JSDoc on the elements (`npm run analyze`). */
export default {
  globs: ['components/**/*.ts', 'src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', 'src/simulator/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
};
