// The one-tag embed: skimlight-auto.js on a reading-site page, also under a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, tryPage } from './browser.mjs';

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
  const { page } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async () => {
    const { highlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
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

test("a site's own mark styles do not restyle ours, and a class prefix renames our classes", async () => {
  const { page } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async () => {
    const { highlight, unhighlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    const style = document.createElement('style');
    style.textContent = '#output mark { background: rgb(255, 255, 0); padding: 6px; border: 3px solid red; } .try mark { margin: 9px; }';
    document.head.appendChild(style);
    await highlight(out);
    const m = out.querySelector('mark.skimlight-person');
    const cs = getComputedStyle(m);
    const ours = { bg: cs.backgroundColor, padding: cs.paddingLeft, border: cs.borderLeftWidth, margin: cs.marginLeft };
    style.remove();
    unhighlight(out);
    await highlight(out, { classPrefix: 'sl' });
    const prefixed = { sl: out.querySelectorAll('mark.sl.sl-person').length, skimlight: out.querySelectorAll('mark.skimlight').length };
    unhighlight(out);
    return { ours, prefixed, clean: !out.querySelector('mark') };
  });
  // the site's id-qualified rule outranks ours on colour (a site may theme us), yet never on metrics
  assert.equal(r.ours.padding, '0px');
  assert.equal(r.ours.border, '0px');
  assert.equal(r.ours.margin, '0px');
  assert.ok(r.prefixed.sl > 0 && r.prefixed.skimlight === 0, JSON.stringify(r.prefixed));
  assert.ok(r.clean, 'unhighlight finds prefixed marks too');
  await page.close();
});
