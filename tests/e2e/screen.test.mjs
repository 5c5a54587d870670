// A long article is painted around the screen first: the text near the viewport is scanned and
// highlighted before the whole text is, and those early highlights are replaced in one task by
// the whole scan's (which links "Lavrov" to "Sergei Lavrov" across the article). The result and
// the DOM are the whole scan's, exactly; unhighlight at any moment gives the page back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, tryPage } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

// about 160,000 characters: the seed's paragraphs again and again, names varied
const build = () => {
  const out = document.getElementById('output');
  out.textContent = '';
  const people = ['Sergei Lavrov', 'Angela Merkel', 'Ban Ki-moon', 'William Hague', 'Olaf Scholz'];
  for (let i = 0; i < 900; i++) {
    const p = document.createElement('p');
    const who = people[i % people.length];
    p.textContent = `On March ${1 + (i % 28)}, ${who} told reporters in Geneva that NATO had spent $${i + 1} million, up ${i % 40} percent. `
      + `"We will not accept this," ${who.split(' ').pop()} said, adding that the United Nations must act.`;
    out.appendChild(p);
  }
  return out;
};

test('a long article: the screen is highlighted first, then the whole scan replaces it, exactly', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async (buildSrc) => {
    const { highlight, annotate, collectText, unhighlight } = await import('/www/skimlight.js');
    const out = (0, eval)(`(${buildSrc})`)();
    const html = out.innerHTML;
    const { text } = collectText(out);
    // what the early paint shows, read when it is marked
    let early = null;
    new PerformanceObserver((list) => {
      if (early || !list.getEntries().some((e) => e.name === 'skimlight:first-screen')) return;
      early = [...out.querySelectorAll('mark[data-skimlight-id]')].map((m) => Number(m.dataset.skimlightId));
    }).observe({ type: 'mark' });
    const res = await highlight(out);
    const marks = [...out.querySelectorAll('mark[data-skimlight-id]')];
    const want = (await annotate(text)).filter((a) => a.category !== 'misc');
    const got = res.annotations.map((a) => [a.start, a.end, a.category, a.description]);
    // each annotation's pieces, joined, are its text
    const byId = new Map();
    for (const m of marks) if (m.dataset.skimlightId) byId.set(m.dataset.skimlightId, (byId.get(m.dataset.skimlightId) || '') + m.textContent);
    const texts = res.annotations.every((a) => byId.get(String(a.id)) === a.text.replace(/\n/g, ''));
    unhighlight(out);
    return {
      length: text.length, early, got, want: want.map((a) => [a.start, a.end, a.category, a.description]),
      negative: marks.filter((m) => Number(m.dataset.skimlightId) < 0).length, texts,
      restored: out.innerHTML === html,
    };
  }, build.toString());
  assert.ok(r.length > 150000, `${r.length} characters`);
  assert.ok(r.early && r.early.length > 10, `early highlights on screen: ${r.early && r.early.length}`);
  assert.ok(r.early.every((id) => id < 0), 'what is painted first is the early scan');
  assert.deepEqual(r.got, r.want, 'the result is the whole scan');
  assert.equal(r.negative, 0, 'no early highlight is left');
  assert.ok(r.texts, 'every highlight wraps its text');
  assert.ok(r.restored, 'unhighlight gives the DOM back exactly');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a long article unhighlighted while its screen is painted first is given back exactly', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async (buildSrc) => {
    const { highlight, unhighlight } = await import('/www/skimlight.js');
    const out = (0, eval)(`(${buildSrc})`)();
    const html = out.innerHTML;
    let seen = 0;
    new PerformanceObserver((list) => {
      if (!list.getEntries().some((e) => e.name === 'skimlight:first-screen')) return;
      seen = out.querySelectorAll('mark[data-skimlight-id]').length;
      unhighlight(out); // the reader switches it off at once
    }).observe({ type: 'mark' });
    const res = await highlight(out);
    await new Promise((r) => setTimeout(r, 300));
    return { seen, left: out.querySelectorAll('mark').length, restored: out.innerHTML === html, empty: res.annotations.length };
  }, build.toString());
  assert.ok(r.seen > 0, 'the early highlights were there');
  assert.equal(r.left, 0);
  assert.ok(r.restored, 'the DOM is the page\'s own again');
  assert.equal(r.empty, 0, 'the superseded highlight resolves empty');
  assert.deepEqual(errors, []);
  await page.close();
});

// mode 'highlights' on the same long article: the screen's ranges are registered first, the
// whole scan's replace them, and only the ranges near the viewport are kept in the registry
// (the browser's work at each change of a registry grows with all its ranges); scrolling brings
// the others in.
test('mode highlights: screen first, then the whole scan, registered near the viewport as the reader scrolls', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async (buildSrc) => {
    const { highlight, annotate, collectText, unhighlight } = await import('/www/skimlight.js');
    const out = (0, eval)(`(${buildSrc})`)();
    const html = out.innerHTML;
    const { text, nodes, starts } = collectText(out);
    const registered = () => [...CSS.highlights.values()].flatMap((h) => [...h]);
    let early = null;
    new PerformanceObserver((list) => {
      if (early || !list.getEntries().some((e) => e.name === 'skimlight:first-screen')) return;
      early = registered().length;
    }).observe({ type: 'mark' });
    const res = await highlight(out, { mode: 'highlights' });
    const want = (await annotate(text)).filter((a) => a.category !== 'misc');
    // the ranges of the result's annotations on screen, and those registered there
    const locate = (pos, isEnd) => {
      let k = 0;
      while (k + 1 < starts.length && (starts[k + 1] < pos || (!isEnd && starts[k + 1] === pos))) k++;
      return [nodes[k], Math.min(Math.max(pos - starts[k], 0), nodes[k].data.length)];
    };
    const visible = (range) => [...range.getClientRects()].some((x) => x.bottom > 0 && x.top < innerHeight && x.width > 0);
    const key = (range) => `${starts[nodes.indexOf(range.startContainer)] + range.startOffset}:${starts[nodes.indexOf(range.endContainer)] + range.endOffset}`;
    const onScreen = () => {
      const wantKeys = new Set();
      for (const a of res.annotations) {
        const range = document.createRange();
        range.setStart(...locate(a.start, false));
        range.setEnd(...locate(a.end, true));
        if (visible(range)) wantKeys.add(key(range));
      }
      const got = new Set(registered().filter(visible).map(key));
      return { want: wantKeys.size, missing: [...wantKeys].filter((k) => !got.has(k)).length, extra: [...got].filter((k) => !wantKeys.has(k)).length };
    };
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))));
    await frames();
    const top = onScreen();
    const total = registered().length;
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await frames();
    const middle = onScreen();
    unhighlight(out);
    return {
      length: text.length, early, total, anns: res.annotations.length, top, middle,
      same: JSON.stringify(res.annotations.map((a) => [a.start, a.end, a.category])) === JSON.stringify(want.map((a) => [a.start, a.end, a.category])),
      left: registered().length, restored: out.innerHTML === html,
    };
  }, build.toString());
  assert.ok(r.length > 150000, `${r.length} characters`);
  assert.ok(r.early > 10, `ranges registered at the first screen: ${r.early}`);
  assert.ok(r.same, 'the result is the whole scan');
  assert.ok(r.anns > 2000 && r.total > 10 && r.total < r.anns, `registered ${r.total} of ${r.anns}`);
  for (const [where, s] of [['top', r.top], ['middle', r.middle]]) {
    assert.ok(s.want > 10, `${where}: ${s.want} highlights on screen`);
    assert.equal(s.missing, 0, `${where}: every highlight on screen is registered (${JSON.stringify(s)})`);
    assert.equal(s.extra, 0, `${where}: no early or stray range on screen (${JSON.stringify(s)})`);
  }
  assert.equal(r.left, 0, 'unhighlight empties the registry');
  assert.ok(r.restored, 'the DOM was never touched');
  assert.deepEqual(errors, []);
  await page.close();
});
