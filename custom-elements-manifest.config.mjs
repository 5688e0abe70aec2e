/**
 * Generates `custom-elements.json` from the JSDoc on the elements (`npm run analyze`).
 * The manifest describes the elements, so it reads only the folders that hold elements
 * or what they are built from: `src/cil`, `src/store` and `src/simulator` define none
 * (their API is documented by their TypeScript declarations).
 */
/**
 * Leaves private members out: the manifest describes what users of an element may
 * touch (attributes, properties, methods, events, parts), not its internals.
 */
function omitPrivateMembers() {
  const isPrivate = (member) => member.privacy === 'private' || member.name?.startsWith('#');
  return {
    name: 'omit-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (Array.isArray(declaration.members)) {
            declaration.members = declaration.members.filter((member) => !isPrivate(member));
          }
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts', 'src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.styles.ts',
    'src/cil/**',
    'src/store/**',
    'src/simulator/**',
    // Of the shared element code only the base class describes elements (the attributes,
    // CSS properties and parts every element inherits); the rest is helpers and strings.
    'components/internal/!(connects-element).ts',
    'components/internal/i18n/**',
  ],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [omitPrivateMembers()],
};
