// Fails fast, with one actionable line, when no Chrome/Chromium is installed:
// web-test-runner's own error is a long stack trace that hides the fix.
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const found = findChrome();
if (!found || !existsSync(found)) {
  console.error(
    'No Chrome/Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
