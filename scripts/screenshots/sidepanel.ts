/**
 * Screenshots of each side panel state, Today's row menu and the Prepare brief, from the
 * built extension in Chromium, into docs/: `npm run build:chrome && npx tsx
 * scripts/screenshots/sidepanel.ts`. The states (invented people only) are the ones the
 * end-to-end accessibility check runs axe-core over, set up by tests/e2e/sidepanel-states.ts.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchRapport, ROOT } from '../../tests/e2e/harness';
import {
  ALWAYS_WORKING,
  importThroughOptions,
  openPanelInState,
  PANEL_STATES,
  statesBackup,
  writeSettings,
} from '../../tests/e2e/sidepanel-states';

const DOCS = path.join(ROOT, 'docs');
/** States shown in dark as well as light. */
const DARK_TOO = new Set(['known', 'today']);

const rapport = await launchRapport();
try {
  await writeSettings(rapport, ALWAYS_WORKING);
  await importThroughOptions(rapport, statesBackup(Date.now()));
  for (const [i, state] of PANEL_STATES.entries()) {
    const panel = await openPanelInState(rapport, state, 950_000 + i);
    await shoot(panel, `sidepanel-${state.name}.png`);
    if (state.name === 'known') {
      // The coach in full: every verdict with its evidence, then the style figures.
      await panel.getByRole('region', { name: 'Style' }).waitFor();
      await panel.getByRole('region', { name: 'Coach' }).screenshot({
        path: path.join(DOCS, 'sidepanel-coach.png'),
      });
      console.log('wrote docs/sidepanel-coach.png');
    }
    if (DARK_TOO.has(state.name)) {
      await panel.emulateMedia({ colorScheme: 'dark' });
      await shoot(panel, `sidepanel-${state.name}-dark.png`);
    }
    await panel.close();
  }

  // Today with a row's menu open: where to write, snooze, stop.
  const today = PANEL_STATES.find((s) => s.name === 'today')!;
  const menu = await openPanelInState(rapport, today, 951_000);
  await menu.getByRole('button', { name: 'More for Lena Park: follow-up due' }).click();
  await menu.getByRole('textbox', { name: 'Snooze until' }).fill('next Thursday');
  await menu.getByText(/^Thu /).waitFor();
  await shoot(menu, 'sidepanel-today-menu.png');
  await menu.close();

  // Prepare: the brief before the meeting with Ines, one screen, printable.
  const brief = await rapport.openExtensionPage('prepare.html?person=demo-ines');
  await brief.setViewportSize({ width: 900, height: 760 });
  await brief.getByRole('region', { name: 'Suggested agenda' }).waitFor();
  await shoot(brief, 'prepare.png');
  await brief.close();
} finally {
  await rapport.close();
}

async function shoot(page: Page, name: string): Promise<void> {
  // What the rep sees on opening the panel: the first screenful.
  await page.screenshot({ path: path.join(DOCS, name) });
  console.log(`wrote docs/${name}`);
}
