// Renders public/icon/<size>.png from scripts/assets/icon.svg with Debian's Chromium, so
// the store icons come from one vector source. Run: npx tsx scripts/assets/render-icons.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(path.join(ROOT, 'scripts/assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
