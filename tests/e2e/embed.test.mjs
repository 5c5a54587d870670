// The one-tag embed: skimlight-auto.js on a reading-site page, also under a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

for (const [name, query] of [['plain', ''], ['strict CSP (script-src self + wasm-unsafe-eval, style-src self)', '?csp=strict']]) {
  test(`one script tag highlights the article (${name})`, async () => {
    const { page, errors } = await open(b.context, `${b.base}/www/embed.html${query}`);
    const violations = [];
    await page.exposeFunction('__violation', (v) => violations.push(v));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.waitForSelector('article mark.skimlight-quote', { timeout: 20000 });
    const r = await page.evaluate(() => {
      const c = {};
      for (const m of document.querySelectorAll('article mark.skimlight')) c[m.dataset.category] = (c[m.dataset.category] || 0) + 1;
      return { c, header: document.querySelectorAll('header mark.skimlight').length, css: getComputedStyle(document.querySelector('mark.skimlight-person')).backgroundColor };
    });
    for (const cat of ['person', 'organization', 'place', 'date', 'money', 'percent', 'quote']) assert.ok(r.c[cat] > 0, `${cat}: ${JSON.stringify(r.c)}`);
    assert.equal(r.c.number, undefined, 'data-categories leaves numbers out');
    assert.equal(r.header, 0, 'only the data-root element is highlighted');
    assert.notEqual(r.css, 'rgba(0, 0, 0, 0)', 'the stylesheet was linked');
    await page.hover('article mark.skimlight-quote >> nth=0', { position: { x: 30, y: 5 } });
    assert.match(await page.locator('[role="tooltip"]').textContent(), /^Quote · Sergei Lavrov/);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('filter, onDone and renderTooltip hooks', async () => {
  const { page } = await open(b.context, `${b.base}/www/try.html`);
  await page.waitForSelector('html[data-skimlight="ready"]');
  const r = await page.evaluate(async () => {
    const { highlight, unhighlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    unhighlight(out);
    let done = null;
    const res = await highlight(out, {
      filter: (a) => a.category !== 'place',
      onDone: (x) => { done = x; },
      renderTooltip: (a, tip) => { tip.textContent = `custom ${a.category}`; },
    });
    return { places: out.querySelectorAll('mark.skimlight-place').length, same: done === res, total: res.annotations.length };
  });
  assert.equal(r.places, 0);
  assert.ok(r.same);
  assert.ok(r.total > 0);
  await page.hover('#output mark.skimlight >> nth=0');
  assert.match(await page.locator('[role="tooltip"]').textContent(), /^custom /);
  await page.close();
});
