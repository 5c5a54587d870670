import { start } from '../tests/e2e/browser.mjs';
const b = await start();
const text = '/bench/out/article-1mb.txt';
for (const q of process.argv.slice(2)) {
  const page = await b.context.newPage();
  await page.goto(`${b.base}/www/bench/page.html?mode=skimlight&text=${text}&${q}`);
  await page.waitForFunction(() => window.__result, null, { timeout: 120000 });
  const r = await page.evaluate(() => window.__result);
  await page.close();
  const m = r.marks || {};
  const base = m['collect-start'];
  const rel = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v - base]));
  console.log(q, Math.round(r.ms), 'first', Math.round(r.first_screen_ms), 'longest', Math.round(r.longest_task_ms), 'n>50', r.long_tasks, JSON.stringify(rel));
}
await b.close();
