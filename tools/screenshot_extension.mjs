#!/usr/bin/env node
// Screenshots of the real extension build for the README (run `make extension` first):
//   node tools/screenshot_extension.mjs [docs]  ->  docs/extension-popup.png, docs/extension-popup-dark.png,
//                                                  docs/extension-page.png
import { join } from 'node:path';
import { open } from '../tests/e2e/browser.mjs';
import { startWithExtension } from '../tests/extension/harness.mjs';

const dir = process.argv[2] || 'docs';
const b = await startWithExtension();
try {
  const { page } = await open(b.context, `${b.base}/tests/fixtures/article-page.html`);
  await page.setViewportSize({ width: 1100, height: 760 });
  await b.clickToolbar(page);
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  const tabId = await b.tabIdOf(page);
  for (const scheme of ['light', 'dark']) {
    // the dark one with the estimated genders on; both with the figures open
    await b.sw.evaluate((on) => chrome.storage.sync.set({ gender: on }), scheme === 'dark');
    const { popup } = await b.openPopup(tabId, { colorScheme: scheme });
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.click('details:has([data-list="figures"]) summary');
    await popup.evaluate(() => { for (const d of document.querySelectorAll('details:has([data-list="quote"])')) d.open = false; });
    const out = join(dir, scheme === 'light' ? 'extension-popup.png' : 'extension-popup-dark.png');
    await popup.screenshot({ path: out, fullPage: true });
    console.log(`wrote ${out}`);
    await popup.close();
  }
  await b.sw.evaluate(() => chrome.storage.sync.set({ gender: false }));
  await page.bringToFront();
  await page.locator('article mark.skimlight-person', { hasText: 'Sarah Okafor' }).hover();
  await page.waitForTimeout(150);
  const out = join(dir, 'extension-page.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await b.close();
}
