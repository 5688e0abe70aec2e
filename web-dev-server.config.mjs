import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundlesMiddleware } from './scripts/bundles-middleware.mjs';

/** Serves the demo wallboard, compiling TypeScript on the fly. */
export default {
  port: 8000,
  open: false,
  watch: true,
  appIndex: 'demo/index.html',
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    // The one-file bundles, built in memory: /__bundles__/connects-wallboard.js.
    bundlesMiddleware(),
    // The demo lives in demo/; a newcomer opens the server's root.
    (context, next) => {
      if (context.path === '/') {
        context.redirect(`/demo/${context.search}`); // keep ?flavour=… options
        return undefined;
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
