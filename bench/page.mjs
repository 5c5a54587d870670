// Browser benchmarks in headless Chromium: start-up (navigation to first highlight; the shim's
// import to its first annotation of a short text, issue 17's measure) and the
// 1 MB article page, skimlight's highlight against mark.js's markRanges on the same ranges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, ROOT } from '../tests/e2e/browser.mjs';
import { corpus } from './corpus.mjs';

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

async function measure(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__result, null, { timeout: 120000 });
  const r = await page.evaluate(() => window.__result);
  await page.close();
  if (r.error) throw new Error(r.error);
  return r;
}

export async function pageBench({ runs = 3 } = {}) {
  const out = join(ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'article-1mb.txt'), corpus(1_000_000).text.slice(0, 1_000_000));
  const b = await start();
  try {
    const startups = [];
    for (let i = 0; i < 5; i++) startups.push((await measure(b.context, `${b.base}/www/bench/page.html?mode=startup`)).startup_ms);
    const imports = [];
    for (let i = 0; i < 5; i++) {
      const r = await measure(b.context, `${b.base}/www/bench/import.html`);
      if (!(r.annotations > 0)) throw new Error(`import benchmark: no annotation (${JSON.stringify(r)})`);
      imports.push(r.import_ms);
    }
    const text = '/bench/out/article-1mb.txt';
    const sk = [], mk = [], hl = [];
    for (let i = 0; i < runs; i++) {
      sk.push(await measure(b.context, `${b.base}/www/bench/page.html?mode=skimlight&text=${text}`));
      mk.push(await measure(b.context, `${b.base}/www/bench/page.html?mode=markjs&text=${text}`));
      hl.push(await measure(b.context, `${b.base}/www/bench/page.html?mode=skimlight&render=highlights&text=${text}`));
    }
    const pick = (rs, k) => +median(rs.map((r) => r[k])).toFixed(1);
    return {
      startup_ms: +median(startups).toFixed(1),
      import_to_annotation_ms: +median(imports).toFixed(1),
      page: {
        chars: sk[0].chars,
        highlights: sk[0].highlights,
        skimlight_ms: pick(sk, 'ms'),
        skimlight_first_screen_ms: pick(sk, 'first_screen_ms'),
        skimlight_longest_task_ms: pick(sk, 'longest_task_ms'),
        skimlight_long_tasks: pick(sk, 'long_tasks'),
        skimlight_our_longest_script_ms: pick(sk, 'our_longest_script_ms'),
        skimlight_longest_render_ms: pick(sk, 'longest_render_ms'),
        highlights_ms: pick(hl, 'ms'),
        highlights_first_screen_ms: pick(hl, 'first_screen_ms'),
        highlights_longest_task_ms: pick(hl, 'longest_task_ms'),
        highlights_long_tasks: pick(hl, 'long_tasks'),
        markjs_ms: pick(mk, 'ms'),
        markjs_longest_task_ms: pick(mk, 'longest_task_ms'),
        markjs_ranges: mk[0].ranges,
      },
    };
  } finally {
    await b.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await pageBench(), null, 2));
}
