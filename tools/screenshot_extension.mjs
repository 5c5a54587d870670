#!/usr/bin/env node
// Screenshots of the real extension build for the README (run `make extension` first):
//   node tools/screenshot_extension.mjs [docs]  ->  docs/extension-popup.png, docs/extension-popup-dark.png,
//                                                  docs/extension-page.png, docs/extension-popup-firefox.png
// (Chromium's popup is opened as a page; Firefox's real panel is opened with Alt+Shift+K and
// drawn with the browser window's drawSnapshot, as BiDi cannot capture it)
import { join } from 'node:path';
import { open } from '../tests/e2e/browser.mjs';
import { writeFileSync } from 'node:fs';
import { startWithExtension } from '../tests/extension/harness.mjs';
import { startFirefox } from '../tests/e2e/firefox.mjs';

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

const ff = await startFirefox();
try {
  const page = await ff.browser.newPage();
  await page.setViewport({ width: 1100, height: 760 });
  await page.goto(`${ff.base}/tests/fixtures/article-page.html`);
  await page.bringToFront();
  await ff.press('Alt+Shift+K');
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  await ff.panel('Sources');
  // the sources and the figures in view: the name lists and the quotes folded
  for (const s of ['People', 'Organizations', 'Places', 'Quotes by speaker', 'Figures']) await ff.pressInPanel('summary', s);
  await new Promise((r) => setTimeout(r, 300));
  const png = await ff.chrome(`
    const b = document.querySelector('browser[webextension-view-type="popup"]');
    const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(new DOMRect(0, 0, 360, 960), 1, 'white');
    const c = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    [c.width, c.height] = [bitmap.width, bitmap.height];
    c.getContext('2d').drawImage(bitmap, 0, 0);
    return JSON.stringify(c.toDataURL('image/png'));`);
  const out = join(dir, 'extension-popup-firefox.png');
  writeFileSync(out, Buffer.from(png.split(',')[1], 'base64'));
  console.log(`wrote ${out}`);
} finally {
  await ff.close();
}
