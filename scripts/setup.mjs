// Set-up shared by `npm start`, `npm test` and `npm run bench`: installs the project's
// packages when they are missing or stale, and checks for Debian's Chromium, which the
// end-to-end tests and `npm start` drive (no browser is ever downloaded).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules/.package-lock.json');

const stale =
  !existsSync(installed) ||
  (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
if (stale) {
  // `npm ci` installs exactly what the lock lists, on every platform, and never rewrites
  // it; `npm install` is only for a checkout that has no lock yet.
  const command = existsSync(lock) ? 'npm ci' : 'npm install';
  console.log(`Rapport: installing packages (${command})…`);
  execSync(`${command} --no-fund --no-audit`, { cwd: root, stdio: 'inherit' });
}

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Rapport needs Chromium at ${chromium} to run the extension and its end-to-end tests.\n` +
      'On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'Elsewhere: install Chromium or Chrome and set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

// The tests also run the Firefox build in Debian's Firefox ESR (never a downloaded browser).
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (process.env.npm_lifecycle_event === 'pretest' && !existsSync(firefox)) {
  console.error(
    `Rapport's tests need Firefox at ${firefox} to run the Firefox build.\n` +
      'On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
      'Elsewhere: install Firefox and set FIREFOX_PATH to its executable.',
  );
  process.exit(1);
}
