#!/usr/bin/env node
// Check the highlighter on a folder of saved pages (default ../shared/pages), one line a page:
// text unchanged while highlighted, unhighlight restores the DOM exactly, nothing marked inside
// skipped elements, no page error, and the longest main-thread task during the highlight.
//   node tools/check_pages.mjs [DIR]
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { start } from '../tests/e2e/browser.mjs';
import { serve } from './serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = resolve(process.argv[2] || join(ROOT, '..', 'shared', 'pages'));
if (!existsSync(dir)) {
  console.error(`check-pages: no folder ${dir}`);
  process.exit(2);
}
const pages = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();

// Serve the page folder at /pages/ and the repository at /: each page gets the shim injected
// from the same origin, without any of the page's own remote resources (the network is closed).
const server = await serve({ port: 0, root: ROOT, mounts: { '/pages/': dir } });
const base = `http://127.0.0.1:${server.address().port}`;
const b = await start();
let failed = 0;
try {
  for (const name of pages) {
    const page = await b.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e).slice(0, 120)));
    // block everything that is not ours: saved pages point at their publishers' servers
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    await page.goto(`${base}/pages/${encodeURIComponent(name)}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    errors.length = 0; // the page's own scripts fail without their servers: only our window counts
    const r = await page.evaluate(async () => {
      let longest = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
      const { highlight, unhighlight, DEFAULT_SKIP } = await import('/www/skimlight.js');
      const root = document.body;
      // a page whose own scripts keep changing it cannot be compared before/after
      const first = root.innerHTML;
      await new Promise((r) => setTimeout(r, 300));
      const before = root.innerHTML;
      const stable = first === before;
      const text = root.textContent;
      const t = performance.now();
      const res = await highlight(root);
      const ms = performance.now() - t;
      await new Promise((r) => setTimeout(r, 50));
      const sameText = root.textContent === text;
      // the page's own skipped elements (our marks and tooltip are in DEFAULT_SKIP too)
      const pageSkip = DEFAULT_SKIP.split(',').filter((x) => !x.includes('data-skimlight')).join(',');
      const inside = [...root.querySelectorAll('mark.skimlight')].filter((m) => m.parentElement.closest(pageSkip)).length;
      unhighlight(root);
      const tip = document.querySelector('.skimlight-tooltip');
      if (tip) tip.remove();
      return { n: res.annotations.length, ms: Math.round(ms), sameText, restored: !stable || root.innerHTML === before, stable, inside, longest: Math.round(longest), chars: text.length };
    });
    const ok = r.sameText && r.restored && r.inside === 0 && errors.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(22)} ${String(r.chars).padStart(8)} chars ${String(r.n).padStart(5)} highlights ${String(r.ms).padStart(5)} ms, longest task ${r.longest} ms` +
      `${r.stable ? '' : ' (the page changes itself: exact restore not checked)'}${r.sameText ? '' : ', TEXT CHANGED'}${r.restored ? '' : ', NOT RESTORED'}${r.inside ? `, ${r.inside} marks in skipped elements` : ''}${errors.length ? `, errors: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
} finally {
  await b.close();
  server.close();
}
console.log(`${pages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
