// The Firefox build of the extension in a real Firefox (Debian's firefox-esr, headless, over
// WebDriver BiDi; see tests/e2e/firefox.mjs): the real Alt+Shift+K opens the real panel and highlights
// the tab, the same highlights as Chromium's build on the same page; the tooltip, the panel's
// counts and lists, the on/off command, "Always highlight on this site" on an origin with a
// port, and no request leaving the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from '../e2e/browser.mjs';
import { startWithExtension } from './harness.mjs';
import { startFirefox } from '../e2e/firefox.mjs';

let ff;
before(async () => { ff = await startFirefox(); });
after(async () => { if (ff) await ff.close(); });

const ARTICLE = '/tests/fixtures/article-page.html?csp=nowasm';
const marksIn = () => [...document.querySelectorAll('mark[data-skimlight-id]')].map((m) => ({
  category: m.dataset.category, text: m.textContent, id: m.dataset.skimlightId, inArticle: !!m.closest('article'),
}));

async function openTab(path) {
  const page = await ff.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${ff.base}${path}`);
  await page.bringToFront();
  return { page, errors };
}

test('Alt+Shift+K opens the panel and highlights the article as in Chromium; the tooltip, the panel\'s counts, the on/off command', async () => {
  const { page, errors } = await openTab(ARTICLE);
  const before = await page.evaluate(() => document.body.innerHTML);
  await ff.press('Alt+Shift+K');
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('[data-skimlight-theme]'));
  const marks = await page.evaluate(marksIn);
  assert.ok(marks.length > 20, `${marks.length} marks`);
  assert.deepEqual(marks.filter((m) => !m.inArticle), [], 'the article only');

  // the same highlights as the Chromium build on the same page
  const cr = await startWithExtension();
  try {
    const { page: crPage } = await open(cr.context, `${cr.base}${ARTICLE}`);
    await cr.clickToolbar(crPage);
    await crPage.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
    await crPage.waitForFunction(() => document.querySelector('[data-skimlight-theme]'));
    const crMarks = await crPage.evaluate(marksIn);
    assert.deepEqual(marks.map((m) => [m.category, m.text]), crMarks.map((m) => [m.category, m.text]));
  } finally {
    await cr.close();
  }

  // the page's tooltip
  await page.hover('mark[data-category="person"]');
  await page.waitForSelector('[role="tooltip"]:not([hidden])');
  assert.match(await page.$eval('[role="tooltip"]:not([hidden])', (t) => t.textContent), /^Person · /);

  // the panel: its counts are the page's highlights, its lists the article's names and sources
  const items = await ff.panel('Sources');
  assert.ok(items, 'the panel is open');
  const ids = (c) => new Set(marks.filter((m) => m.category === c).map((m) => m.id)).size;
  for (const [c, label] of [['person', 'People'], ['money', 'Money'], ['percent', 'Percentages'], ['date', 'Dates'], ['quote', 'Quotes']]) {
    const box = items.find((x) => x.role === 'checkbutton' && x.name.startsWith(`${label} `));
    assert.ok(box, `${label} in the panel`);
    assert.equal(box.name, `${label} ${ids(c)} found`);
  }
  const names = items.filter((x) => x.role === 'pushbutton').map((x) => x.name);
  assert.ok(names.some((n) => n.startsWith('Andy Fillmore Mayor')), names.join(' | '));
  assert.ok(names.some((n) => /^Andy Fillmore Mayor 3 quotes, \d+ words, [\d.]+%$/.test(n)), 'the sources');
  assert.ok(items.some((x) => x.role === 'summary' && /^Figures \(\d+\)$/.test(x.name)), 'the figures');
  assert.ok(['Copy Markdown', 'Download CSV', 'Download JSON'].every((n) => names.includes(n)), 'the exports');
  assert.ok(items.some((x) => x.role === 'switch' && x.name === 'Highlight this tab' && x.checked), 'the switch is on');
  // a download from the panel: the JSON report of the page
  await ff.pressInPanel('pushbutton', 'Download JSON');
  const file = join(ff.downloads, 'skimlight-harbour-deal-approved-after-months-of-talks-the-coastal.json');
  // (Firefox creates the file before it has written it: wait until it holds the whole report)
  const whole = () => { try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; } };
  let report = null;
  for (let i = 0; i < 150 && !(report = whole()); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(existsSync(file), `downloaded: ${readdirSync(ff.downloads).join(', ')}`);
  assert.ok(report, 'the downloaded report is whole JSON');
  assert.deepEqual(report.figures.filter((f) => f.label === 'MONEY').map((f) => [f.text, f.value]),
    [['$240 million', '240000000 USD'], ['$96 million', '96000000 USD']]);
  assert.equal(report.quotes.length, ids('quote'));
  await ff.closePanel();

  // the on/off command, without the panel
  await ff.press('Alt+Shift+L');
  await page.waitForFunction(() => !document.querySelector('mark[data-skimlight-id]'));
  assert.equal(await page.evaluate(() => document.body.innerHTML), before, 'off gives the page back exactly');
  await ff.press('Alt+Shift+L');
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  assert.equal((await page.evaluate(marksIn)).length, marks.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Always highlight on this site" works on an origin with a port (Firefox\'s match patterns have none)', async () => {
  const { page, errors } = await openTab(`${ARTICLE}&always`);
  assert.match(ff.base, /:\d+$/, 'the test server has a port');
  await ff.press('Alt+Shift+K');
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  await ff.panel('Always highlight on this site');
  await ff.pressInPanel('checkbutton', 'Always highlight on this site');
  const on = await ff.panel('will highlight');
  assert.ok(on.some((x) => x.role === 'checkbutton' && x.name.startsWith('Always highlight') && x.checked), 'checked');
  assert.ok(on.some((x) => x.name === 'skimlight will highlight 127.0.0.1 as you open its pages.'), on.map((x) => x.name).join(' | '));
  await ff.closePanel();

  // a new load of the page is highlighted with nobody asking
  await page.reload();
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  assert.ok((await page.evaluate(marksIn)).length > 20);
  // an origin of the same host on another port the user did not choose stays as it is
  // (the permission covers the host: the content script checks the origin)
  const other = await ff.browser.newPage();
  const origin = new URL(ff.base);
  const server2 = await (await import('../../tools/serve.mjs')).serve({ port: 0, root: (await import('../e2e/browser.mjs')).ROOT });
  try {
    await other.goto(`http://${origin.hostname}:${server2.address().port}${ARTICLE}`);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await other.evaluate(() => document.querySelectorAll('mark').length), 0);
  } finally {
    await other.close();
    await new Promise((r) => server2.close(r));
  }

  // and off again: the next load is left alone
  await page.bringToFront();
  await ff.press('Alt+Shift+K');
  await ff.panel('Always highlight on this site');
  await ff.pressInPanel('checkbutton', 'Always highlight on this site');
  await ff.panel('is highlighted only when you ask');
  await ff.closePanel();
  await page.reload();
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox sent no request off the machine', () => {
  assert.deepEqual(ff.asked, []);
});
