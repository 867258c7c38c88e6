// Runs Mozilla's web-ext lint (the addons-linter the add-ons site runs on every upload) on
// the Firefox build, and fails on any error or warning but one: React DOM's own innerHTML
// write, which serves only `dangerouslySetInnerHTML`, a prop ESLint forbids in Rapport's code.
// Build first: `npm run build` (or `wxt build -b firefox`); `npm test` lints the build its
// end-to-end step made.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import webExt, { type LintMessage } from 'web-ext';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIREFOX_DIR = path.join(
  path.resolve(ROOT, process.env.RAPPORT_OUT_DIR || '.output'),
  'firefox-mv2',
);

/**
 * Whether a warning is React DOM setting `dangerouslySetInnerHTML`: an innerHTML assignment
 * whose minified source, just before it, is React's case for that prop reading its `__html`.
 */
function isReactsOwnInnerHtml(warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.message.includes('innerHTML'))
    return false;
  if (!warning.file || warning.line === undefined || warning.column === undefined) return false;
  const line = readFileSync(path.join(FIREFOX_DIR, warning.file), 'utf8').split('\n')[
    warning.line - 1
  ];
  const before = line?.slice(Math.max(0, warning.column - 300), warning.column - 1) ?? '';
  return before.includes('case"dangerouslySetInnerHTML":') && before.includes('.__html');
}

function describe(kind: string, m: LintMessage): string {
  const where = m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '';
  return `  ${kind} ${m.code}: ${m.message}${where}`;
}

async function main(): Promise<number> {
  if (!existsSync(path.join(FIREFOX_DIR, 'manifest.json'))) {
    console.error(`No Firefox build in ${FIREFOX_DIR}: run \`npm run build\` first.`);
    return 1;
  }
  const result = await webExt.cmd.lint(
    { sourceDir: FIREFOX_DIR, output: 'none', boring: true },
    { shouldExitProgram: false },
  );
  const allowed = result.warnings.filter(isReactsOwnInnerHtml);
  const warnings = result.warnings.filter((w) => !allowed.includes(w));
  for (const notice of result.notices) console.log(describe('notice', notice));
  if (result.errors.length || warnings.length) {
    console.error(
      `web-ext lint found ${result.errors.length} error(s) and ${warnings.length} warning(s) ` +
        `in the Firefox build (${FIREFOX_DIR}); the add-ons site would report them too:`,
    );
    for (const error of result.errors) console.error(describe('error', error));
    for (const warning of warnings) console.error(describe('warning', warning));
    return 1;
  }
  console.log(
    `web-ext lint: the Firefox build is clean (${allowed.length} innerHTML write(s) inside ` +
      `React DOM's own dangerouslySetInnerHTML allowed).`,
  );
  return 0;
}

process.exitCode = await main();
