// A scan that runs away is stopped: past its time budget the worker is terminated, highlight()
// rejects with SkimlightTimeoutError, the page is exactly as it was, and the next highlight
// (with a fresh worker) works. The slow scanner is tests/fixtures/slow-pkg, a test build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

test('a runaway scan is stopped at its budget and the page is left as it was', async () => {
  // (a page that has not scanned yet: the shim's worker starts with the slow scanner)
  const { page, errors } = await open(b.context, `${b.base}/tests/fixtures/article-page.html`);
  const r = await page.evaluate(async () => {
    const { highlight, SkimlightError } = await import('/www/skimlight.js');
    const out = document.querySelector('article');
    out.insertAdjacentText('afterbegin', 'RUNAWAY text. ');
    const before = document.body.innerHTML;
    const t = performance.now();
    let error = null;
    try {
      await highlight(out, { pkgUrl: '/tests/fixtures/slow-pkg/', timeout: 800, live: true });
    } catch (e) {
      error = { name: e.name, message: e.message, budget: e.budget, named: e instanceof SkimlightError };
    }
    const ms = performance.now() - t;
    const same = document.body.innerHTML === before;
    // the page keeps working: a new scan with the real scanner, in a fresh worker
    out.firstChild.remove();
    const res = await highlight(out);
    return { error, ms, same, after: res.annotations.length, marks: out.querySelectorAll('mark').length };
  });
  assert.ok(r.error, 'highlight() rejected');
  assert.equal(r.error.name, 'SkimlightTimeoutError');
  assert.ok(r.error.named);
  assert.equal(r.error.budget, 800);
  assert.ok(r.ms >= 780 && r.ms < 5000, `stopped after ${Math.round(r.ms)} ms`);
  assert.ok(r.same, 'the page is exactly as it was');
  assert.ok(r.after >= 3 && r.marks >= 3, `the next highlight works: ${r.after}`);
  assert.deepEqual(errors, []);
  await page.close();
});
