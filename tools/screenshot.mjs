#!/usr/bin/env node
// Screenshot the demo with a tooltip open, for the README: node tools/screenshot.mjs [out.png]
import { start, open } from '../tests/e2e/browser.mjs';

const out = process.argv[2] || 'docs/demo.png';
const b = await start();
try {
  const { page } = await open(b.context, `${b.base}/www/index.html`);
  await page.setViewportSize({ width: 1200, height: 820 });
  await page.waitForSelector('html[data-skimlight="ready"]');
  await page.evaluate(() => window.scrollTo(0, 420));
  await page.locator('#article mark.skimlight-quote').first().hover({ position: { x: 60, y: 6 } });
  await page.waitForTimeout(150);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await b.close();
}
