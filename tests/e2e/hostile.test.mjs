// Hostile page text stays text: names, quotes and speakers that hold markup and script
// (<img onerror>, </mark>, <script>, javascript: URLs, right-to-left overrides, a very long
// word). The highlight leaves the text as it was, creates no element but its marks and its
// tooltip, runs nothing, and the tooltip (default and renderTooltip's) shows text only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, tryPage } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

const LINES = [
  '“<img src=x onerror="window.__pwned=1">, and that is final,” said Sergei Lavrov on Monday.',
  'Lavrov</mark><script>window.__pwned=2</script> met John Smith in Geneva for $5 million.',
  '“javascript:window.__pwned=3 is not a name,” Smith told reporters in Paris.',
  '\u202EvorvaL iegreS\u202C and Philippe \u202EKirsch\u202C spoke at the United Nations on March 9.',
  `Angela Merkel wrote ${'A'.repeat(3000)}b in Berlin, and “<b onmouseover=window.__pwned=4>hover</b> me,” she said.`,
];

/** In the page: the try page's output filled with one paragraph per line, as text. */
function fill(lines) {
  const out = document.getElementById('output');
  out.textContent = '';
  for (const l of lines) {
    const p = document.createElement('p');
    p.textContent = l;
    out.appendChild(p);
  }
  return out;
}

for (const mode of ['marks', 'highlights']) {
  test(`hostile text stays text (${mode})`, async () => {
    const { page, errors } = await tryPage(b.context, b.base);
    await page.evaluate(`window.__fill = ${fill}`);
    const r = await page.evaluate(async ({ lines, mode }) => {
      const { highlight, unhighlight } = await import('/www/skimlight.js');
      const out = window.__fill(lines);
      const text = out.textContent;
      const before = out.innerHTML;
      const custom = [];
      const res = await highlight(out, {
        mode,
        renderTooltip: (a, tip) => { custom.push(tip.textContent); return false; }, // keep the default text
      });
      const foreign = [...out.querySelectorAll('*')].filter((el) => el.tagName !== 'P' && !el.matches('mark[data-skimlight-id]')).map((el) => el.tagName);
      const sameText = out.textContent === text;
      const names = res.entities.map((e) => e.name).concat(res.quotes.map((q) => q.speaker || ''));
      unhighlight(out);
      return { n: res.annotations.length, foreign, sameText, restored: out.innerHTML === before, pwned: window.__pwned || null, names };
    }, { lines: LINES, mode });
    assert.ok(r.n >= 8, `found ${r.n}`);
    assert.deepEqual(r.foreign, [], 'no element but the marks');
    assert.ok(r.sameText, 'the text is unchanged while highlighted');
    assert.ok(r.restored, 'unhighlight restores the DOM exactly');
    assert.equal(r.pwned, null, 'nothing ran');
    assert.ok(r.names.includes('Sergei Lavrov'), r.names.join(' | '));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the tooltip shows a quote with markup and its speaker as text', async () => {
  const { page } = await tryPage(b.context, b.base);
  await page.evaluate(`window.__fill = ${fill}`);
  await page.evaluate(async (lines) => {
    const { highlight } = await import('/www/skimlight.js');
    await highlight(window.__fill(lines));
  }, LINES);
  for (const sel of ['#output mark.skimlight-quote >> nth=0', '#output mark.skimlight-person >> nth=0', '#output mark.skimlight-quote >> nth=-1']) {
    await page.hover(sel, { position: { x: 3, y: 3 } });
    const tip = page.locator('[role="tooltip"]');
    await tip.waitFor();
    const t = await tip.evaluate((el) => ({ children: el.children.length, text: el.textContent, width: el.getBoundingClientRect().width }));
    assert.equal(t.children, 0, 'the tooltip holds text only');
    assert.ok(t.text.length > 0);
    assert.ok(t.width <= 600, `the tooltip stays narrow: ${t.width}px`);
  }
  assert.equal(await page.evaluate(() => window.__pwned || null), null);
  await page.close();
});
