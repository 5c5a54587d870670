#!/usr/bin/env node
// Assemble the npm package in dist/npm from the release wasm (pkg/) and the shim (www/):
//   lib/  skimlight.js, skimlight-worker.js, skimlight-auto.js, skimlight.css, skimlight.d.ts
//   pkg/  skimlight.js (wasm-bindgen glue), skimlight_bg.wasm
// then `npm pack` it. Run by `make package` after `make build`.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'dist', 'npm');
const version = /^version = "(.*)"$/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];

if (!existsSync(join(ROOT, 'pkg', 'skimlight_bg.wasm'))) throw new Error('run `make build` first: pkg/ is missing');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'lib'), { recursive: true });
mkdirSync(join(OUT, 'pkg'), { recursive: true });
for (const f of ['skimlight.js', 'skimlight-worker.js', 'skimlight-auto.js', 'skimlight.css', 'skimlight.d.ts']) {
  cpSync(join(ROOT, 'www', f), join(OUT, 'lib', f));
}
for (const f of ['skimlight.js', 'skimlight_bg.wasm']) cpSync(join(ROOT, 'pkg', f), join(OUT, 'pkg', f));
cpSync(join(ROOT, 'npm', 'README.md'), join(OUT, 'README.md'));
cpSync(join(ROOT, 'LICENSE'), join(OUT, 'LICENSE'));
const pkg = {
  name: 'skimlight',
  version,
  description: 'Article highlighter: people, organizations, places, figures and attributed quotes, in WebAssembly',
  license: 'MIT',
  type: 'module',
  main: './lib/skimlight.js',
  module: './lib/skimlight.js',
  types: './lib/skimlight.d.ts',
  exports: {
    '.': { types: './lib/skimlight.d.ts', default: './lib/skimlight.js' },
    './auto': './lib/skimlight-auto.js',
    './worker': './lib/skimlight-worker.js',
    './skimlight.css': './lib/skimlight.css',
    './package.json': './package.json',
  },
  files: ['lib/', 'pkg/skimlight.js', 'pkg/skimlight_bg.wasm', 'README.md', 'LICENSE'],
  sideEffects: ['./lib/skimlight-auto.js', '*.css'],
  keywords: ['highlight', 'named-entity-recognition', 'ner', 'quotes', 'wasm', 'webassembly', 'news', 'fact-checking'],
  engines: { node: '>=18' },
};
writeFileSync(join(OUT, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', join(ROOT, 'dist')], { cwd: OUT }).toString().trim().split('\n').pop();
console.log(join(ROOT, 'dist', tgz));
