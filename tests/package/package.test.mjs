// The packed npm tarball, installed into fresh projects: annotate from Node, and a Vite app
// that imports it and highlights a page in headless Chromium (bundlers must find the .wasm).
// Needs `make package` first (make test-package does both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, start } from '../e2e/browser.mjs';
import { serve } from '../../tools/serve.mjs';

const version = /^version = "(.*)"$/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const TARBALL = join(ROOT, 'dist', `skimlight-${version}.tgz`);
const WORK = join(ROOT, '.tmp', 'package-test');

function project(name, pkg) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', ...pkg }, null, 2));
  // the tarball has no dependencies: this install needs no network
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', TARBALL], { cwd: dir, stdio: 'pipe' });
  return dir;
}

before(() => {
  assert.ok(existsSync(TARBALL), `${TARBALL} missing: run make package`);
});

test('the tarball holds the wasm, the glue, the shim, the CSS, the auto script and the types', () => {
  const files = execFileSync('tar', ['tzf', TARBALL]).toString().split('\n');
  for (const f of ['lib/skimlight.js', 'lib/skimlight-worker.js', 'lib/skimlight-auto.js', 'lib/skimlight.css',
    'lib/skimlight.d.ts', 'pkg/skimlight.js', 'pkg/skimlight_bg.wasm', 'README.md', 'LICENSE', 'package.json']) {
    assert.ok(files.includes(`package/${f}`), `${f} not in the tarball`);
  }
});

test('the TypeScript declarations declare exactly what the module exports', () => {
  const js = readFileSync(join(ROOT, 'www', 'skimlight.js'), 'utf8');
  const dts = readFileSync(join(ROOT, 'www', 'skimlight.d.ts'), 'utf8');
  const exported = [...js.matchAll(/^export (?:async )?(?:function|const) (\w+)/gm)].map((m) => m[1]).sort();
  const declared = [...dts.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(declared, exported);
});

test('annotate from Node through the installed package', () => {
  const dir = project('node-app', {});
  writeFileSync(join(dir, 'main.js'), `
    import { annotate } from 'skimlight';
    const text = '"We will rebuild the bridge," said Mayor Anne Hidalgo on Monday in Paris, at a cost of \\u20ac1.2 billion.';
    const a = await annotate(text);
    console.log(JSON.stringify(a.map((x) => [x.category, x.text, x.speaker || null])));
  `);
  const out = JSON.parse(execFileSync('node', ['main.js'], { cwd: dir }).toString());
  const has = (c, t) => out.some(([cat, text]) => cat === c && text === t);
  assert.ok(has('person', 'Anne Hidalgo'), JSON.stringify(out));
  assert.ok(has('place', 'Paris'));
  assert.ok(has('date', 'Monday'));
  assert.ok(has('money', '\u20ac1.2 billion'));
  assert.ok(out.some(([c, , s]) => c === 'quote' && s === 'Anne Hidalgo'));
});

test('a Vite app imports the package, finds the wasm and highlights a page', async () => {
  const dir = project('vite-app', { scripts: {} });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>vite app</title>
    <script type="module" src="./main.js"></script></head>
    <body><article><p>"We will rebuild the bridge by spring," said Mayor Anne Hidalgo on Monday in Paris.</p></article></body></html>`);
  writeFileSync(join(dir, 'main.js'), `
    import { highlight } from 'skimlight';
    import 'skimlight/skimlight.css';
    highlight(document.querySelector('article')).then((r) => { document.documentElement.dataset.done = JSON.stringify(r.counts); },
      (e) => { document.documentElement.dataset.done = 'error: ' + e.message; });
  `);
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: dir, stdio: 'pipe' });
  const assets = readdirSync(join(dir, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm emitted: ${assets}`);
  const server = await serve({ port: 0, root: join(dir, 'dist') });
  const b = await start();
  try {
    const page = await b.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 20000 });
    const done = await page.evaluate(() => document.documentElement.dataset.done);
    assert.ok(!done.startsWith('error'), done);
    const counts = JSON.parse(done);
    assert.ok(counts.person >= 1 && counts.place >= 1 && counts.quote >= 1, done);
    assert.equal(await page.locator('article mark.skimlight-person').first().textContent(), 'Anne Hidalgo');
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
    await new Promise((r) => server.close(r));
  }
});

after(() => rmSync(WORK, { recursive: true, force: true }));
