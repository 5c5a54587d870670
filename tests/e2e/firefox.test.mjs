// The embed and the API in Firefox (Debian's firefox-esr, headless, over WebDriver BiDi): the one
// tag under a strict CSP, the tooltip, the worker, highlights mode and unhighlight giving the
// page back, as the Chromium tests check them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFirefox } from './firefox.mjs';

let ff;
before(async () => { ff = await startFirefox({ extension: false }); });
after(async () => { if (ff) await ff.close(); });

async function openPage(path) {
  const page = await ff.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${ff.base}${path}`);
  return { page, errors };
}

test('Firefox: one script tag highlights the article under a strict CSP, with its tooltip', async () => {
  const { page, errors } = await openPage('/www/embed.html?csp=strict');
  await page.waitForSelector('article mark.skimlight-quote', { timeout: 30000 });
  const c = await page.evaluate(() => {
    const n = {};
    for (const m of document.querySelectorAll('article mark.skimlight')) n[m.dataset.category] = (n[m.dataset.category] || 0) + 1;
    return n;
  });
  for (const cat of ['person', 'organization', 'place', 'date', 'money', 'percent', 'quote']) assert.ok(c[cat] > 0, `${cat}: ${JSON.stringify(c)}`);
  await page.hover('article mark.skimlight-person');
  await page.waitForSelector('[role="tooltip"]:not([hidden])');
  assert.match(await page.$eval('[role="tooltip"]', (t) => t.textContent), /^Person · /);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox: highlight() in a worker and in highlights mode, the report, and unhighlight giving the DOM back', async () => {
  const { page, errors } = await openPage('/www/try.html');
  await page.waitForSelector('html[data-skimlight="ready"]', { timeout: 30000 });
  const r = await page.evaluate(async () => {
    const sl = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    sl.unhighlight(out);
    const before = out.innerHTML;
    const marks = await sl.highlight(out);
    const counts = { ...marks.counts };
    const md = sl.reportOf(marks, { title: 't' });
    sl.unhighlight(out);
    const restored = out.innerHTML === before;
    const painted = await sl.highlight(out, { mode: 'highlights' });
    const api = !!(window.CSS && CSS.highlights && CSS.highlights.has('skimlight-person'));
    const untouched = out.innerHTML === before;
    sl.unhighlight(out);
    return { counts, md, restored, painted: painted.annotations.length, api, untouched };
  });
  assert.ok(r.counts.person > 0 && r.counts.quote > 0, JSON.stringify(r.counts));
  assert.match(r.md, /^# t\n\n## Sources\n/);
  assert.ok(r.restored, 'unhighlight restores the DOM exactly');
  assert.ok(r.painted > 0);
  assert.ok(r.api, 'Firefox 153 has the CSS Custom Highlight API: highlights mode paints with it');
  assert.ok(r.untouched, 'highlights mode leaves the DOM alone');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox: no request off the machine', () => {
  assert.deepEqual(ff.asked, []);
});
