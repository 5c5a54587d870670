#!/usr/bin/env node
// Screenshots of the saved pages' articles highlighted, to read them as a reader would (issue
// 21's "look at the pages"). A saved page without its publisher's scripts and styles often
// shows nothing, so each article is shown as reader mode shows it: the text the extension
// extracts (.tmp/eval-pages/texts.jsonl, made by `make eval-pages`), one paragraph a line, in a
// plain page with the shim's stylesheet; highlighted, scrolled to SCREEN screens down (default
// 0), one highlight hovered. The viewport goes to .tmp/shots/NAME.png, every highlight's
// category and text to .tmp/shots/NAME.txt. Run `make build` and `make eval-pages` first.
//   node tools/screenshot_pages.mjs [--screen N] [NAME-SUBSTRING ...]
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start } from '../tests/e2e/browser.mjs';
import { serve } from './serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const texts = join(ROOT, '.tmp', 'eval-pages', 'texts.jsonl');
if (!existsSync(texts)) {
  console.error(`screenshot-pages: no ${texts} (run make eval-pages first)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const at = args.indexOf('--screen');
const screen = at >= 0 ? Number(args.splice(at, 2)[1]) : 0;
const docs = readFileSync(texts, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((d) => args.length === 0 || args.some((o) => d.id.includes(o)));
const out = join(ROOT, '.tmp', 'shots');
mkdirSync(out, { recursive: true });
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
for (const d of docs) {
  const paragraphs = d.text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  writeFileSync(join(out, `${d.id}.html`), `<!doctype html><meta charset="utf-8"><title>${esc(d.id)}</title>
<link rel="stylesheet" href="/www/skimlight.css">
<style>body{font:17px/1.6 Georgia,serif;max-width:46em;margin:2em auto;color:#222}</style>
<article>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>`);
}

const server = await serve({ port: 0, root: ROOT });
const base = `http://127.0.0.1:${server.address().port}`;
const b = await start();
try {
  for (const d of docs) {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${base}/.tmp/shots/${encodeURIComponent(d.id)}.html`, { waitUntil: 'load' });
    const list = await page.evaluate(async (screen) => {
      const { highlight } = await import('/www/skimlight.js');
      const root = document.querySelector('article');
      await highlight(root);
      await new Promise((r) => setTimeout(r, 100));
      window.scrollTo(0, screen * window.innerHeight);
      return [...root.querySelectorAll('mark.skimlight')].map((m) => `${[...m.classList].filter((c) => c !== 'skimlight').join(' ')}\t${m.textContent}`);
    }, screen);
    writeFileSync(join(out, `${d.id}.txt`), list.join('\n') + '\n');
    const inView = page.locator('mark.skimlight').filter({ visible: true });
    const n = await inView.count();
    for (let k = 0; k < n; k++) {
      const box = await inView.nth(k).boundingBox();
      if (box && box.y > 100 && box.y < 700) {
        await inView.nth(k).hover({ timeout: 2000 }).catch(() => {});
        break;
      }
    }
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, `${d.id}.png`) });
    console.log(`${d.id}: ${list.length} highlights -> .tmp/shots/${d.id}.png`);
    await page.close();
  }
} finally {
  await b.close();
  server.close();
}
