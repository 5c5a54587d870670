// result.sources: who the article quotes and how much, counted as `skimlight report` counts it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, tryPage } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

test('highlight() gives the sources: speakers by words quoted, roles, shares, unattributed last', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async () => {
    const { highlight } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    out.textContent = '';
    for (const line of [
      '"Nothing about this was ever explained to the families who waited."',
      '"We know that NATO has conducted an inquiry," Russian Foreign Minister Sergei Lavrov said on Monday. "It is sad," he added. "This must stop," said Ban Ki-moon.',
      '"Nobody told us anything at all about it," one resident complained.',
    ]) {
      const p = document.createElement('p');
      p.textContent = line;
      out.appendChild(p);
    }
    const res = await highlight(out);
    return { sources: res.sources, quoteIds: res.annotations.filter((a) => a.category === 'quote').map((a) => a.id) };
  });
  const rows = r.sources.map((s) => [s.speaker, s.role, s.quotes, s.words, s.share]);
  assert.deepEqual(rows, [
    ['Sergei Lavrov', 'Russian Foreign Minister', 2, 11, 33.3],
    ['one resident', null, 1, 8, 24.2],
    ['Ban Ki-moon', null, 1, 3, 9.1],
    [null, null, 1, 11, 33.3],
  ]);
  assert.deepEqual(r.sources.flatMap((s) => s.ids).sort((x, y) => x - y), r.quoteIds, 'every quote in one source');
  assert.deepEqual(errors, []);
  await page.close();
});
