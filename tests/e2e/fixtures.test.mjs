// The page-safety checks on fixtures the project writes itself (tests/fixtures): what real
// article pages contain, and a page of 100,000 text nodes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

test('a hard page: right matches, nothing in skipped elements, text and DOM intact, layout unchanged', async () => {
  const { page, errors } = await open(b.context, `${b.base}/tests/fixtures/hard-page.html`);
  const r = await page.evaluate(async () => {
    const l = document.createElement('link');
    l.rel = 'stylesheet'; l.href = '/www/skimlight.css'; document.head.appendChild(l);
    await new Promise((res) => { l.onload = res; });
    const { highlight, unhighlight, DEFAULT_SKIP } = await import('/www/skimlight.js');
    const root = document.getElementById('story');
    const html = root.innerHTML, text = root.textContent;
    const flex = [...document.querySelectorAll('.flex span')].map((s) => s.getBoundingClientRect().left);
    const lineTops = [...root.querySelectorAll('p')].map((p) => Math.round(p.getBoundingClientRect().height));
    const res = await highlight(root);
    const marks = [...root.querySelectorAll('mark.skimlight')];
    const pageSkip = DEFAULT_SKIP.split(',').filter((x) => !x.includes('data-skimlight')).join(',');
    const inSkipped = marks.filter((m) => m.parentElement.closest(pageSkip)).length;
    const byText = (t) => res.annotations.filter((a) => a.text === t).map((a) => a.category);
    const out = {
      sameText: root.textContent === text,
      inSkipped,
      scholz: byText('Olaf Scholz'), macron: byText('Emmanuel Macron'), merkel: byText('Angela Merkel'),
      hidalgo: byText('Anne Hidalgo'), france: byText('France'), pct: byText('12%'), money: byText('$1.2 billion'),
      boris: res.annotations.filter((a) => a.text.includes('Boris')).length,
      quoteLink: !!root.querySelector('#quote-link mark.skimlight-quote') && root.querySelector('#quote-link').parentElement.tagName === 'P',
      flexSame: [...document.querySelectorAll('.flex span')].map((s) => s.getBoundingClientRect().left).every((x, i) => Math.abs(x - flex[i]) < 0.5),
      heightsSame: [...root.querySelectorAll('p')].map((p) => Math.round(p.getBoundingClientRect().height)).every((h, i) => h === lineTops[i]),
      rtlMarks: root.querySelectorAll('p[dir="rtl"] mark').length,
    };
    unhighlight(root);
    out.restored = root.innerHTML === html;
    return out;
  });
  assert.ok(r.sameText, 'the text changed');
  assert.equal(r.inSkipped, 0, 'marks inside skipped elements');
  assert.equal(r.boris, 0, 'text in script, style, form fields, code, pre, svg, hidden or editable content was scanned');
  assert.deepEqual(r.scholz, ['person'], 'a name split over inline elements');
  assert.deepEqual(r.macron, ['person'], 'a name across nested spans');
  assert.deepEqual(r.merkel, ['person'], 'a name split letter by letter over inline elements');
  assert.deepEqual(r.hidalgo, ['person']);
  assert.deepEqual(r.france, ['place'], 'table cells are separate blocks');
  assert.deepEqual(r.pct, ['percent']);
  assert.deepEqual(r.money, ['money']);
  assert.ok(r.quoteLink, 'the link inside the quote is wrapped inside, never moved');
  assert.ok(r.flexSame, 'a flex layout moved');
  assert.ok(r.heightsSame, 'a paragraph changed height');
  assert.ok(r.rtlMarks >= 1, 'right-to-left text: the figure is highlighted');
  assert.ok(r.restored, 'unhighlight did not restore the DOM');
  assert.deepEqual(errors, []);
  await page.close();
});

test('100,000 text nodes: highlighted and restored exactly (timings logged, not asserted)', async () => {
  const { page, errors } = await open(b.context, `${b.base}/www/try.html`);
  await page.waitForSelector('html[data-skimlight="ready"]');
  const r = await page.evaluate(async () => {
    const { highlight, unhighlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    unhighlight(out);
    out.replaceChildren();
    const words = ['Angela Merkel', 'met', 'Olaf Scholz', 'in', 'Berlin', 'on', 'Monday', 'and', 'paid', '$5', 'million.'];
    for (let p = 0; p < 2000; p++) {
      const para = document.createElement('p');
      for (let i = 0; i < 50; i++) {
        const s = document.createElement('span');
        s.textContent = words[i % words.length] + ' ';
        para.appendChild(s);
      }
      out.appendChild(para);
    }
    let nodes = 0;
    const w = document.createTreeWalker(out, NodeFilter.SHOW_TEXT);
    while (w.nextNode()) nodes++;
    const html = out.innerHTML;
    let longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
    const t = performance.now();
    const res = await highlight(out);
    const ms = performance.now() - t;
    await new Promise((r) => setTimeout(r, 100));
    unhighlight(out);
    return { nodes, n: res.annotations.length, ms, longest, restored: out.innerHTML === html };
  });
  assert.equal(r.nodes, 100000);
  assert.ok(r.n > 10000, `only ${r.n} highlights`);
  assert.ok(r.restored);
  assert.deepEqual(errors, []);
  console.log(`# 100k text nodes: ${r.n} highlights in ${Math.round(r.ms)} ms, longest task ${Math.round(r.longest)} ms`);
  await page.close();
});
