#!/usr/bin/env node
// The article text of each saved page, exactly as the extension scans it: the page is opened in
// headless Chromium (every request outside the local server refused), the extension's own
// article finder (extension/src/article.js over @mozilla/readability) picks the element, and the
// shim's collectText joins its text. One JSON line per page: {id, sha256, text, article}.
//   node tools/page_text.mjs [DIR] > pages.jsonl
// `article` is false where the finder kept the whole body (the extension does the same).
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { start } from '../tests/e2e/browser.mjs';
import { serve } from './serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

/** The pages of `dir` as [{id, sha256, text, article}], in file-name order. */
export async function pageTexts(dir) {
  const pages = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
  const scripts = [
    join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'),
    join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability-readerable.js'),
    join(ROOT, 'extension', 'src', 'article.js'),
  ].map((f) => readFileSync(f, 'utf8'));
  const server = await serve({ port: 0, root: ROOT, mounts: { '/pages/': dir } });
  const base = `http://127.0.0.1:${server.address().port}`;
  const b = await start();
  const out = [];
  try {
    for (const name of pages) {
      const page = await b.context.newPage();
      await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
      const cdp = await b.context.newCDPSession(page);
      // the page's own scripts are not run: what they would add or remove differs run to run
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(`${base}/pages/${encodeURIComponent(name)}`, { waitUntil: 'load' });
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
      const evalIn = async (expression) => {
        const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
        if (r.exceptionDetails) throw new Error(`${name}: ${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description || ''}`);
        return r.result.value;
      };
      for (const s of scripts) await evalIn(s);
      const r = await evalIn(`(async () => {
        const { collectText } = await import('${base}/www/skimlight.js');
        const found = globalThis.skimlightFindArticle(document);
        return { text: collectText(found || document.body).text, article: !!found };
      })()`);
      const id = name.replace(/\.html?$/, '');
      out.push({ id, sha256: createHash('sha256').update(r.text).digest('hex'), text: r.text, article: r.article });
      await page.close();
    }
  } finally {
    await b.close();
    await new Promise((r) => server.close(r));
  }
  return out;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const dir = resolve(process.argv[2] || join(ROOT, '..', 'shared', 'pages'));
  if (!existsSync(dir)) {
    console.error(`page_text: no folder ${dir}`);
    process.exit(2);
  }
  for (const p of await pageTexts(dir)) process.stdout.write(JSON.stringify(p) + '\n');
}
