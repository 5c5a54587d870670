// Pages whose Content-Security-Policy forbids WebAssembly (no 'wasm-unsafe-eval') and workers
// (worker-src 'none'), as a real saved page's does: the embed rejects with a named error that
// says what the policy lacks, fires skimlight:error, and leaves the page exactly as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

/** A page, its unhandled errors (CSP reports are console messages, not these). */
async function openPage(url) {
  const page = await b.context.newPage();
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener('skimlight:error', (e) => window.__events.push({ type: 'error', name: e.detail.name, message: e.detail.message }));
    document.addEventListener('skimlight:done', () => window.__events.push({ type: 'done' }));
  });
  await page.goto(url);
  return { page, uncaught };
}

for (const csp of ['nowasm', 'noworker']) {
  test(`highlight() rejects with SkimlightBlockedError and changes nothing (csp=${csp})`, async () => {
    const { page, uncaught } = await openPage(`${b.base}/tests/fixtures/article-page.html?csp=${csp}`);
    const r = await page.evaluate(async () => {
      const before = document.documentElement.outerHTML;
      const { highlight, SkimlightError } = await import('/www/skimlight.js');
      const root = document.querySelector('article') || document.body;
      let error = null;
      try {
        await highlight(root, { live: true, mode: 'marks' });
      } catch (e) {
        error = { name: e.name, message: e.message, directive: e.directive, named: e instanceof SkimlightError };
      }
      // (a live highlight would have watched the page: a change now must stay unmarked)
      const p = document.createElement('p');
      p.textContent = 'Sergei Lavrov said so in Moscow on Monday.';
      root.appendChild(p);
      await new Promise((r) => setTimeout(r, 600));
      const marks = document.querySelectorAll('mark').length;
      p.remove();
      return { error, same: document.documentElement.outerHTML === before, marks };
    });
    assert.ok(r.error, 'highlight() rejected');
    assert.equal(r.error.name, 'SkimlightBlockedError');
    assert.ok(r.error.named, 'a SkimlightError');
    assert.equal(r.error.directive, "script-src 'wasm-unsafe-eval'");
    assert.match(r.error.message, /Content-Security-Policy forbids WebAssembly.*'wasm-unsafe-eval'/);
    if (csp === 'noworker') assert.match(r.error.message, /worker-src/);
    assert.equal(r.marks, 0);
    assert.ok(r.same, 'the page is exactly as it was');
    assert.deepEqual(uncaught, []);
    await page.close();
  });
}

test('skimlight-auto.js fires skimlight:error and leaves the page as it was (csp=noworker)', async () => {
  const { page, uncaught } = await openPage(`${b.base}/www/embed.html?csp=noworker`);
  await page.waitForFunction(() => window.__events.length > 0, null, { timeout: 20000 });
  const r = await page.evaluate(async () => {
    const source = await (await fetch(location.pathname)).text();
    const pristine = new DOMParser().parseFromString(source, 'text/html');
    return {
      events: window.__events,
      article: document.querySelector('article').outerHTML === pristine.querySelector('article').outerHTML,
      links: document.querySelectorAll('link[rel="stylesheet"]').length === pristine.querySelectorAll('link[rel="stylesheet"]').length,
      marks: document.querySelectorAll('mark').length,
    };
  });
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].type, 'error');
  assert.equal(r.events[0].name, 'SkimlightBlockedError');
  assert.ok(r.article, 'the article is as served');
  assert.ok(r.links, 'the stylesheet the embed linked is gone again');
  assert.equal(r.marks, 0);
  assert.deepEqual(uncaught, []);
  await page.close();
});
