// Live pages (content added later is highlighted, nothing twice) and the no-mutation mode
// (CSS Custom Highlight API: the page's DOM is not touched; tooltips by hit-testing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, tryPage } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

test('live mode highlights added content once and leaves done content alone', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async () => {
    const { highlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    const updates = [];
    await highlight(out, { live: true, liveDelay: 50, onUpdate: (x) => updates.push(x.counts.person) });
    const before = out.querySelectorAll('mark.skimlight').length;
    const p = document.createElement('p');
    p.textContent = 'Later, Angela Merkel flew to Madrid on Friday.';
    out.appendChild(p);
    // an infinite-scroll page adds a block inside a wrapper
    const div = document.createElement('div');
    div.innerHTML = '<section><p>Olaf Scholz met Emmanuel Macron in Berlin.</p></section>';
    out.appendChild(div);
    await new Promise((r) => setTimeout(r, 800));
    const marks = [...out.querySelectorAll('mark.skimlight')];
    return {
      before, after: marks.length,
      added: [...p.querySelectorAll('mark.skimlight'), ...div.querySelectorAll('mark.skimlight')].map((m) => m.textContent),
      nested: out.querySelectorAll('mark.skimlight-person mark.skimlight, mark.skimlight-place mark.skimlight').length,
      updates,
    };
  });
  for (const t of ['Angela Merkel', 'Madrid', 'Friday', 'Olaf Scholz', 'Emmanuel Macron', 'Berlin']) assert.ok(r.added.includes(t), JSON.stringify(r));
  assert.equal(r.after, r.before + r.added.length, 'earlier highlights untouched, none doubled');
  assert.equal(r.nested, 0);
  assert.ok(r.updates.length >= 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('live mode follows a single-page-app navigation: the new view is highlighted, the old one let go', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async () => {
    const { highlight, unhighlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    const updates = [];
    await highlight(out, { live: true, liveDelay: 50, onUpdate: (x) => updates.push(x) });
    const firstView = out.querySelectorAll('mark.skimlight').length;
    // the app swaps the whole view, as routers do, and changes the address without a load
    history.pushState({}, '', '?view=2');
    const view = document.createElement('article');
    view.innerHTML = '<h2>Second story</h2><p>"We are ready," said Jacinda Ardern in Wellington on Tuesday.</p>';
    out.replaceChildren(view);
    await new Promise((r) => setTimeout(r, 600));
    // then re-renders one text in place, as a framework updating a binding does
    view.querySelector('h2').firstChild.data = 'Second story, updated in Auckland';
    await new Promise((r) => setTimeout(r, 600));
    const marks = [...out.querySelectorAll('mark.skimlight')].map((m) => m.textContent);
    const text = out.textContent;
    unhighlight(out);
    return {
      firstView, marks, text, after: out.textContent, left: out.querySelectorAll('mark').length,
      updates: updates.length, url: location.search,
      counted: Object.values(updates.at(-1).counts).reduce((a, b) => a + b, 0),
      listed: updates.at(-1).annotations.length,
      people: updates.at(-1).entities.filter((e, i) => e.category === 'person' && e.mentions && e.ids[0] === i).map((e) => e.name),
      // the numbers annotations carry still index the entities
      indexed: updates.at(-1).annotations.every((a) => a.entity === undefined || updates.at(-1).entities[a.entity].name === a.name),
    };
  });
  assert.ok(r.firstView > 0);
  for (const t of ['Jacinda Ardern', 'Wellington', 'Tuesday', 'Auckland']) assert.ok(r.marks.includes(t), JSON.stringify(r.marks));
  assert.equal(r.after, r.text, 'unhighlight after the navigation restores the text');
  assert.equal(r.left, 0);
  assert.equal(r.url, '?view=2');
  assert.ok(r.updates >= 2, `onUpdate after each change (${r.updates})`);
  // what the result reports is what the page shows: the first view's highlights are gone
  assert.equal(r.counted, r.marks.length, JSON.stringify(r));
  assert.equal(r.listed, r.marks.length);
  assert.deepEqual(r.people, ['Jacinda Ardern']);
  assert.ok(r.indexed, 'annotation.entity indexes entities');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a long article is highlighted where the reader is first; every highlight keeps one stop at its start', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async () => {
    const { highlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    out.replaceChildren();
    for (let i = 0; i < 400; i++) {
      const p = document.createElement('p');
      p.dataset.i = String(i);
      p.textContent = i === 200
        ? '"It will hold," said Angela Merkel in Berlin. "It will hold for years," she added later in Paris.'
        : `Paragraph ${i}: Olaf Scholz met Emmanuel Macron in Berlin on Friday, and 12% of voters agreed.`;
      out.appendChild(p);
    }
    out.querySelector('[data-i="200"]').scrollIntoView({ block: 'center' });
    const order = [];
    const mo = new MutationObserver((records) => {
      for (const rec of records) for (const n of rec.addedNodes) if (n.nodeName === 'MARK') order.push(Number(n.closest('p').dataset.i));
    });
    mo.observe(out, { childList: true, subtree: true });
    await highlight(out, { charsPerFrame: 3000 });
    mo.disconnect();
    // each highlight: exactly one mark with a tabindex, its first piece in document order
    const byId = new Map();
    for (const m of out.querySelectorAll('mark.skimlight')) {
      const id = m.dataset.skimlightId;
      if (!byId.has(id)) byId.set(id, []);
      byId.get(id).push(m);
    }
    let stops = true;
    for (const marks of byId.values()) {
      const withStop = marks.filter((m) => m.hasAttribute('tabindex'));
      if (withStop.length !== 1 || withStop[0] !== marks[0]) stops = false;
    }
    return { first: order.slice(0, 10), n: order.length, stops, firstStop: out.querySelector('mark[tabindex="0"]').closest('p').dataset.i };
  });
  assert.ok(r.first.every((i) => i > 185 && i < 215), `first marks on screen: ${r.first}`);
  assert.ok(r.n > 1000);
  assert.ok(r.stops, 'one tab stop per highlight, at its start');
  assert.equal(r.firstStop, '0', 'keyboard navigation starts at the top of the article');
  assert.deepEqual(errors, []);
  await page.close();
});

test('highlights mode paints without touching the DOM and still shows tooltips', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async () => {
    const { highlight, unhighlight, setCategoryVisible } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    const html = out.innerHTML;
    const res = await highlight(out, { mode: 'highlights' });
    const untouched = out.innerHTML === html && !out.querySelector('mark');
    const registered = CSS.highlights.has('skimlight-person') && CSS.highlights.get('skimlight-person').size > 0;
    setCategoryVisible(out, 'place', false);
    const placeHidden = !CSS.highlights.has('skimlight-place');
    setCategoryVisible(out, 'place', true);
    // where is the first person's text on screen?
    const walker = document.createTreeWalker(out, NodeFilter.SHOW_TEXT);
    let rect = null;
    const person = res.annotations.find((a) => a.category === 'person');
    while (walker.nextNode()) {
      const n = walker.currentNode;
      const i = n.data.indexOf(person.text);
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(n, i); range.setEnd(n, i + person.text.length);
        const b = range.getBoundingClientRect();
        rect = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        break;
      }
    }
    window.__unhl = () => { unhighlight(out); return !CSS.highlights.has('skimlight-person') && out.innerHTML === html; };
    return { untouched, registered, placeHidden, rect, person: person.text, n: res.annotations.length };
  });
  assert.ok(r.untouched, 'the DOM changed');
  assert.ok(r.registered && r.placeHidden, JSON.stringify(r));
  await page.mouse.move(r.rect.x, r.rect.y);
  const tip = page.locator('[role="tooltip"]');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), new RegExp(`^Person · ${r.person}`));
  assert.ok(await page.evaluate(() => window.__unhl()));
  assert.deepEqual(errors, []);
  await page.close();
});
