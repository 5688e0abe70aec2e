// `npm start`: serves the demo on the simulator and prints its address. The default
// port is 8000 (or `PORT`); when it is taken, a free port is used instead, and the
// first line says so, rather than ending in a stack trace.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const DEFAULT_PORT = 8000;

/** Resolves with `port` when it can be listened on, else with `undefined`. */
function tryPort(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(undefined);
      else reject(error);
    });
    // No host: the dev server listens on every interface, so probe the same way.
    probe.listen(port, () => {
      const { port: bound } = probe.address();
      probe.close(() => resolve(bound));
    });
  });
}

function wantedPort() {
  const text = process.env.PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${text} is not a port number (0-65535).`);
    process.exit(1);
  }
  return port;
}

async function main() {
  const wanted = wantedPort();
  let port = await tryPort(wanted);
  if (port === undefined) {
    port = await tryPort(0);
    console.log(`Port ${wanted} is in use; using port ${port} instead.`);
  }
  try {
    await startDevServer({
      config: { ...config, port, open: false },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: true,
    });
  } catch (error) {
    // Another program took the port in the moment between the probe and the start.
    console.error(`The demo server could not start on port ${port}: ${error?.message ?? error}`);
    process.exit(1);
  }
  const base = `http://localhost:${port}/`;
  console.log(`Connects Wallboard demo: ${base}`);
  console.log(`  wallboard (supervisor's TV):  ${base}`);
  console.log(`  agent's view + control panel: ${base}demo/agent.html`);
  console.log(`  store inspector (developers): ${base}demo/inspector.html`);
  console.log('Press Ctrl+C to stop.');
}

await main();
