/**
 * Generates `custom-elements.json` from the JSDoc on the elements (`npm run analyze`).
 * The manifest describes the elements, so it reads only the folders that hold elements
 * or what they are built from: `src/cil`, `src/store` and `src/simulator` define none
 * (their API is documented by their TypeScript declarations).
 */
export default {
  globs: ['components/**/*.ts', 'src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', 'src/cil/**', 'src/store/**', 'src/simulator/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer reads files concurrently, so module order varied from run to run and
      // the manifest check failed at random: modules are sorted by path.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
