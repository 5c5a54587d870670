// Experiments on the 1 MB page: `node bench/knobs.mjs 'charsPerFrame=40000&sliceMs=20' 'render=highlights'`
// runs the page benchmark once per query string and prints the total, the first screen, the long
// tasks (start relative to the highlight's start, duration) and the shim's phase marks. Needs
// bench/out/article-1mb.txt, which `make bench` writes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { start, ROOT } from '../tests/e2e/browser.mjs';

if (!existsSync(join(ROOT, 'bench', 'out', 'article-1mb.txt'))) {
  console.error('bench/out/article-1mb.txt is missing: run `make bench` once first');
  process.exit(1);
}
const b = await start();
try {
  for (const q of process.argv.slice(2).length ? process.argv.slice(2) : ['']) {
    const page = await b.context.newPage();
    await page.goto(`${b.base}/www/bench/page.html?mode=skimlight&text=/bench/out/article-1mb.txt&${q}`);
    await page.waitForFunction(() => window.__result, null, { timeout: 120000 });
    const r = await page.evaluate(() => window.__result);
    await page.close();
    if (r.error) throw new Error(r.error);
    const m = r.marks || {};
    const base = m['collect-start'] ?? 0;
    const phases = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v - base]));
    const long = (r.long_task_list || []).map(([at, d]) => [at - base, d]);
    console.log(`${q || '(defaults)'}: total ${Math.round(r.ms)} ms, first screen ${Math.round(r.first_screen_ms)} ms, `
      + `longest task ${Math.round(r.longest_task_ms)} ms, ${r.long_tasks} over 50 ms\n  phases ${JSON.stringify(phases)}\n  long tasks ${JSON.stringify(long)}`);
  }
} finally {
  await b.close();
}
