// Fails fast, with one actionable line, when no Chrome/Chromium is installed:
// web-test-runner's own error is a long stack trace that hides the fix.
// `.ci/run` runs it too, to decide whether to install Debian's chromium.
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const found = findChrome();
if (!found || !existsSync(found)) {
  console.error(
    process.env.CHROME_PATH
      ? `CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist: set it to a Chrome/Chromium executable, or unset it to use an installed one.`
      : 'No Chrome/Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
