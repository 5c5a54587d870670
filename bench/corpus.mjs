// The benchmark text: English news, at least 1 MB. Taken from the gold sets' texts when
// ../shared/data/dev is present (measurement only; nothing ships), else from the seed article
// and the project's own test sentences.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

function devTexts() {
  const dir = join(ROOT, '..', 'shared', 'data', 'dev');
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const t = JSON.parse(line).text;
        if (typeof t === 'string' && t.length > 200) out.push(t);
      } catch { /* not JSON: skip */ }
    }
  }
  return out;
}

function ownTexts() {
  // the seed article as the demo shows it, paragraph by paragraph
  const html = readFileSync(join(ROOT, 'www', 'index.html'), 'utf8');
  const paras = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
  return [paras.join('\n')];
}

/** Text of at least `size` UTF-16 units, whole documents joined by blank lines. */
export function corpus(size = 1_000_000) {
  const docs = devTexts();
  const source = docs.length ? 'dev gold texts' : 'seed article';
  const pool = docs.length ? docs : ownTexts();
  let text = '';
  for (let i = 0; text.length < size; i++) text += pool[i % pool.length] + '\n\n';
  return { text, source };
}
