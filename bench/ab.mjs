#!/usr/bin/env node
// Old and new wasm builds scanned alternately in one process, on the same 1 MB text, so the
// machine's phases hit both alike: `node bench/ab.mjs OLD_PKG_DIR [NEW_PKG_DIR] [ROUNDS]`.
// Prints each round's warm scan time and the ratio of the medians.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus } from './corpus.mjs';

const [oldDir, newDir = new URL('../pkg', import.meta.url).pathname, rounds = '7'] = process.argv.slice(2);
if (!oldDir) {
  console.error('usage: node bench/ab.mjs OLD_PKG_DIR [NEW_PKG_DIR] [ROUNDS]');
  process.exit(2);
}

async function load(dir) {
  const glue = await import(pathToFileURL(resolve(dir, 'skimlight.js')).href + `?${dir}`);
  glue.initSync({ module: readFileSync(resolve(dir, 'skimlight_bg.wasm')) });
  const scanner = new glue.Scanner();
  return (text) => {
    const r = scanner.scan(text, null);
    const n = r.spans().length + r.entities().length + r.quotes().length + r.values().length;
    r.free();
    return n;
  };
}

const { text } = corpus(1_000_000);
const builds = [['old', await load(oldDir)], ['new', await load(newDir)]];
const times = { old: [], new: [] };
for (const [, scan] of builds) for (let i = 0; i < 5; i++) scan(text); // warm: V8's top tier
for (let r = 0; r < Number(rounds); r++) {
  for (const [name, scan] of r % 2 ? [...builds].reverse() : builds) {
    const t = performance.now();
    scan(text);
    times[name].push(performance.now() - t);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
console.log(`old ms: ${fmt(times.old)} (median ${median(times.old).toFixed(1)})`);
console.log(`new ms: ${fmt(times.new)} (median ${median(times.new).toFixed(1)})`);
console.log(`old/new: ${(median(times.old) / median(times.new)).toFixed(2)}x`);
