// End-to-end tests of the demo in headless Chromium, on the RELEASE wasm package in pkg/
// (a broken wasm-opt shows only here). Run: node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

async function demo() {
  const { page, errors } = await open(b.context, `${b.base}/www/index.html`);
  await page.waitForSelector('html[data-skimlight="ready"]', { timeout: 20000 });
  return { page, errors };
}

test('the demo highlights every category and loads without errors', async () => {
  const { page, errors } = await demo();
  const counts = await page.evaluate(() => {
    const c = {};
    for (const m of document.querySelectorAll('#article mark.skimlight')) c[m.dataset.category] = (c[m.dataset.category] || 0) + 1;
    return c;
  });
  for (const cat of ['person', 'organization', 'place', 'date', 'number', 'money', 'percent', 'quote']) {
    assert.ok(counts[cat] > 0, `no ${cat} highlighted: ${JSON.stringify(counts)}`);
  }
  const people = await page.$$eval('#article mark.skimlight-person', (ms) => ms.map((m) => m.textContent));
  for (const name of ['Sergei Lavrov', 'Lavrov', 'Ban Ki-moon', 'William Hague', 'Philippe Kirsch']) {
    assert.ok(people.includes(name), `${name} not highlighted as a person: ${people}`);
  }
  const legend = await page.$eval('button[data-category="quote"] .count', (e) => e.textContent);
  assert.equal(legend, '4');
  assert.deepEqual(errors, []);
  await page.close();
});

test('hovering a highlight shows the right tooltip; Escape closes it', async () => {
  const { page } = await demo();
  await page.hover('#article p mark.skimlight-person >> nth=0');
  const tip = page.locator('[role="tooltip"]');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), /^Person · Sergei Lavrov, Russian Foreign Minister · 3 mentions/);
  // the other mentions of the same person are outlined
  assert.ok(await page.locator('#article mark.skimlight-linked').count() >= 1);
  const q = page.locator('#article mark.skimlight-quote').first();
  await q.hover({ position: { x: 40, y: 6 } });
  assert.equal(await tip.textContent(), 'Quote · Sergei Lavrov, Russian Foreign Minister');
  // the tooltip never covers the highlight it describes
  const [tb, qb] = [await tip.boundingBox(), await q.boundingBox()];
  assert.ok(tb.y >= qb.y + qb.height - 1 || tb.y + tb.height <= qb.y + 1, `tooltip ${JSON.stringify(tb)} covers ${JSON.stringify(qb)}`);
  const money = page.locator('#article mark.skimlight-money').first();
  await money.hover();
  assert.equal(await tip.textContent(), 'Money · 1100000000 USD');
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  await page.close();
});

test('keyboard focus shows the tooltip and arrows move between highlights', async () => {
  const { page } = await demo();
  await page.focus('#article mark.skimlight[tabindex="0"]');
  const tip = page.locator('[role="tooltip"]');
  await tip.waitFor({ state: 'visible' });
  const first = await tip.textContent();
  await page.keyboard.press('ArrowRight');
  const second = await tip.textContent();
  assert.notEqual(first, second);
  assert.equal(await page.locator('#article mark.skimlight[tabindex="0"]').count(), 1, 'one tab stop, not one per highlight');
  await page.close();
});

test('a category toggle hides its highlights', async () => {
  const { page } = await demo();
  const bg = () => page.$eval('#article mark.skimlight-person', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(await bg(), 'rgba(0, 0, 0, 0)');
  await page.click('button[data-category="person"]');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  assert.equal(await page.getAttribute('button[data-category="person"]', 'aria-pressed'), 'false');
  await page.click('button[data-category="person"]');
  assert.notEqual(await bg(), 'rgba(0, 0, 0, 0)');
  await page.close();
});

test('the text is unchanged while highlighted and unhighlight restores the DOM exactly', async () => {
  const { page } = await demo();
  const r = await page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const original = new DOMParser().parseFromString(html, 'text/html').getElementById('article');
    const article = document.getElementById('article');
    const sameText = article.textContent === original.textContent;
    const nodesBefore = [];
    const walker = document.createTreeWalker(original, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodesBefore.push(walker.currentNode.nodeName);
    const { unhighlight, highlight } = await import('/www/skimlight.js');
    unhighlight(article);
    const restored = article.innerHTML === original.innerHTML;
    const nodesAfter = [];
    const w2 = document.createTreeWalker(article, NodeFilter.SHOW_ALL);
    while (w2.nextNode()) nodesAfter.push(w2.currentNode.nodeName);
    // a second highlight call never double-wraps
    const one = await highlight(article);
    const n1 = article.querySelectorAll('mark.skimlight').length;
    await highlight(article);
    const n2 = article.querySelectorAll('mark.skimlight').length;
    const nested = article.querySelectorAll('mark.skimlight-person mark.skimlight-person').length;
    return { sameText, restored, sameNodes: nodesBefore.join() === nodesAfter.join(), n1, n2, nested, total: one.annotations.length,
      attrs: article.getAttribute('class') };
  });
  assert.ok(r.sameText, 'page text changed while highlighted');
  assert.ok(r.restored, 'innerHTML differs after unhighlight');
  assert.ok(r.sameNodes, 'node structure differs after unhighlight (text nodes not merged back)');
  assert.equal(r.n1, r.n2);
  assert.equal(r.nested, 0);
  await page.close();
});

test('a quote containing a link is wrapped in pieces that share one id, and the link still works', async () => {
  const { page } = await demo();
  const r = await page.evaluate(() => {
    const a = document.querySelector('#article a[href*="securitycouncil"]');
    const inner = a.querySelector('mark.skimlight-quote');
    const outer = a.closest('mark.skimlight-quote');
    const id = inner && inner.dataset.skimlightId;
    const pieces = document.querySelectorAll(`#article mark.skimlight-quote[data-skimlight-id="${id}"]`).length;
    return { inner: !!inner, outerWrapsLink: !!outer, pieces, href: a.getAttribute('href'), parent: a.parentElement.tagName };
  });
  assert.ok(r.inner, 'no quote piece inside the link');
  assert.ok(!r.outerWrapsLink, 'the link was moved inside a mark');
  assert.ok(r.pieces >= 3, `expected pieces before, inside and after the link, got ${r.pieces}`);
  assert.equal(r.parent, 'P');
  // clicking the highlighted link still follows it (the page's own handler sees the click)
  await page.evaluate(() => {
    const a = document.querySelector('#article a[href*="securitycouncil"]');
    a.addEventListener('click', (e) => { e.preventDefault(); window.__clicked = a.href; });
  });
  await page.click('#article a[href*="securitycouncil"] mark');
  assert.match(await page.evaluate(() => window.__clicked), /securitycouncil/);
  await page.close();
});

test('each annotation keeps its own tooltip text (control characters in the text included)', async () => {
  const { page } = await demo();
  const r = await page.evaluate(async () => {
    const { annotate } = await import('/www/skimlight.js');
    const text = 'Angela \u0001Merkel met Olaf Scholz in Berlin on Monday and paid $5 million.';
    return (await annotate(text)).map((a) => [a.category, a.text, a.description]);
  });
  assert.ok(r.length >= 4, JSON.stringify(r));
  for (const [category, , description] of r) {
    assert.ok(description.toLowerCase().startsWith(category === 'organization' ? 'organization' : category.slice(0, 4)), JSON.stringify(r));
  }
  await page.close();
});

test('annotate returns UTF-16 offsets into the original string, lone surrogates included', async () => {
  const { page } = await demo();
  const r = await page.evaluate(async () => {
    const { annotate } = await import('/www/skimlight.js');
    const text = '\uD800 \u201CWe will win,\u201D said Sergei Lavrov \u{1F600} in Geneva, paying \u20AC5 million. \uDC00 NATO';
    const anns = await annotate(text);
    return anns.map((a) => [a.category, text.slice(a.start, a.end), a.text]);
  });
  const has = (c, t) => r.some(([cat, s]) => cat === c && s === t);
  assert.ok(has('person', 'Sergei Lavrov'), JSON.stringify(r));
  assert.ok(has('place', 'Geneva'), JSON.stringify(r));
  assert.ok(has('money', '\u20AC5 million'), JSON.stringify(r));
  assert.ok(has('organization', 'NATO'), JSON.stringify(r));
  assert.ok(r.every(([, s, t]) => s === t));
  await page.close();
});

test('the try page highlights pasted text and pasted HTML without running its scripts', async () => {
  const { page, errors } = await open(b.context, `${b.base}/www/try.html`);
  await page.waitForSelector('html[data-skimlight="ready"]');
  assert.ok(await page.locator('#output mark.skimlight-person').count() > 0);
  await page.fill('#input', '<p onclick="window.__owned=1">Angela Merkel visited <b>Paris</b> on Friday.</p><script>window.__owned=2</script><img src=x onerror="window.__owned=3">');
  await page.check('input[value="html"]');
  await page.click('#go');
  await page.waitForFunction(() => document.querySelector('#output mark.skimlight-place'));
  const r = await page.evaluate(() => ({
    owned: window.__owned, marks: [...document.querySelectorAll('#output mark.skimlight')].map((m) => m.textContent),
    handler: document.querySelector('#output p').getAttribute('onclick'),
  }));
  assert.equal(r.owned, undefined);
  assert.equal(r.handler, null);
  assert.deepEqual(r.marks, ['Angela Merkel', 'Paris', 'Friday']);
  assert.deepEqual(errors, []);
  await page.close();
});
