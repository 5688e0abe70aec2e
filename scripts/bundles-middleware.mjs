// Dev-server / test-runner middleware that serves the one-file bundles under
// /__bundles__/ (built in memory on first request, with the same code as `npm run build`),
// and their sizes at /__bundles__/sizes.json. The bundle tests load them from there, so
// they need no earlier build and never read a stale dist/. A middleware, not a plugin:
// it answers before the server's transforms, so the bytes are exactly the bundle's.
import { buildBundles } from './bundles.mjs';

export const BUNDLES_PATH = '/__bundles__/';

export function bundlesMiddleware() {
  let built;
  return async (context, next) => {
    if (!context.path.startsWith(BUNDLES_PATH)) return next();
    built ??= buildBundles();
    const results = await built;
    const name = context.path.slice(BUNDLES_PATH.length);
    if (name === 'sizes.json') {
      context.type = 'application/json';
      context.body = JSON.stringify(results.map(({ code: _code, ...size }) => size));
      return undefined;
    }
    const result = results.find((r) => r.file === name);
    if (!result) return next();
    context.type = 'text/javascript';
    context.body = result.code;
    return undefined;
  };
}
