// skimlight.js: the page shim. An ES module with no dependencies and no build step.
//
//   import { highlight, unhighlight, annotate } from './skimlight.js';
//   const result = await highlight(rootElement, options); // result.counts per category
//   unhighlight(rootElement);                             // restores the DOM exactly
//   const annotations = await annotate(text);            // UTF-16 offsets
//
// All language work happens in Rust (../pkg/, loaded relative to this file unless
// `options.pkgUrl` says otherwise). This file only walks text nodes, wraps matches in
// <mark> elements with splitText (never innerHTML) and shows one shared tooltip.

const NO_LINK = 0xffffffff;
const PREFIX = 'skimlight';
// Our own marks and tooltip are found by these attributes, whatever class prefix a site picks.
const MARK = 'mark[data-skimlight-id]';
const TOOLTIP = '[data-skimlight-tooltip]';
export const CATEGORIES = ['person', 'organization', 'place', 'misc', 'date', 'number', 'money', 'percent', 'quote'];
/** Shown by default: every category but `misc` (nationalities and the like). */
export const DEFAULT_CATEGORIES = CATEGORIES.filter((c) => c !== 'misc');

/** Elements whose text is never highlighted (configurable with `options.skip`). */
export const DEFAULT_SKIP = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
  '[contenteditable]:not([contenteditable="false"])', '[aria-hidden="true"]', '[hidden]',
  MARK, TOOLTIP,
].join(',');

// The tags of DEFAULT_SKIP, upper case as `tagName` gives them in HTML documents.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP', 'svg', 'SVG', 'math', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO']);

// Elements that start a new block of text: their words never fuse with their neighbours'.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'IMG', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'VIDEO', 'AUDIO',
  'IFRAME', 'OPTION', 'LEGEND', 'TIME_BLOCK',
]);

let engine = null; // Promise<{glue, scanner, categories}>

/**
 * A failure the page can act on, told apart by `name`: 'SkimlightBlockedError' when the page's
 * Content-Security-Policy forbids WebAssembly here (`directive` says what the policy lacks);
 * 'SkimlightTimeoutError' when a scan ran past its time budget (`budget`, ms) and its worker
 * was stopped.
 */
export class SkimlightError extends Error {
  constructor(name, message, details = {}) {
    super(message);
    this.name = name;
    Object.assign(this, details);
  }
}

let workerBlocked = null; // why `new Worker` was refused, for the error that follows

/** The named error for a wasm compilation the page's policy refused, else `err` itself. */
function blockedError(err) {
  const text = String((err && err.message) || err);
  // Chromium: "Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval'
  // is not an allowed source of script in the following Content Security Policy directive";
  // Firefox: "call to WebAssembly.instantiate() blocked by CSP"
  if (!/Content Security Policy|blocked by CSP|wasm-unsafe-eval|unsafe-eval/i.test(text)) return err;
  const directive = "script-src 'wasm-unsafe-eval'";
  const worker = workerBlocked ? ` (its worker-src refused the scanner's worker too: ${workerBlocked})` : '';
  return new SkimlightError('SkimlightBlockedError',
    `skimlight: this page's Content-Security-Policy forbids WebAssembly: its script-src needs 'wasm-unsafe-eval'${worker}`,
    { directive, cause: err });
}

// User Timing marks ("skimlight:scan", ...) show each phase in the browser's performance panel.
function mark(name) {
  if (globalThis.performance && performance.mark) performance.mark(`skimlight:${name}`);
}

/**
 * Load and instantiate the wasm scanner once. `pkgUrl` is the folder holding the
 * wasm-pack output (`skimlight.js` + `skimlight_bg.wasm`), default `../pkg/` next to this file.
 * Where dynamic import() is not allowed (a service worker), pass the glue module itself:
 * `init({glue, wasmUrl})` with `import * as glue from '.../pkg/skimlight.js'`. `module`: the
 * wasm compiled already (a WebAssembly.Module), which is then not fetched.
 */
export function init(options = {}) {
  if (!engine) {
    engine = (async () => {
      mark('init-start');
      let glue, wasm;
      if (options.glue) {
        // the glue module imported by the caller (an extension's service worker cannot import())
        glue = options.glue;
        wasm = new URL(options.wasmUrl || 'skimlight_bg.wasm', options.pkgUrl || import.meta.url);
      } else {
        glue = await importGlue(options.pkgUrl);
        wasm = wasmUrl(options.pkgUrl);
      }
      try {
        // a module compiled already (the page's thread compiles it while the worker starts)
        await glue.default({ module_or_path: options.module || await wasmSource(wasm) });
      } catch (err) {
        throw blockedError(err);
      }
      mark('wasm-ready');
      const scanner = new glue.Scanner();
      mark('scanner-ready');
      return { glue, scanner, categories: glue.categories() };
    })();
    engine.catch(() => { engine = null; }); // a failed load may be retried
  }
  return engine;
}

/**
 * The wasm-bindgen glue module in the folder `pkgUrl`, else `../pkg/` next to this file (a
 * literal path, so bundlers such as Vite, webpack and Rollup find it, and `wasmUrl` the wasm).
 * A second import of the same module is the same module: the worker imports it early.
 */
export function importGlue(pkgUrl) {
  if (pkgUrl) return import(new URL('skimlight.js', new URL(pkgUrl, import.meta.url)).href);
  return import('../pkg/skimlight.js');
}

/** Where the wasm is: in the folder `pkgUrl`, else `../pkg/` next to this file. */
function wasmUrl(pkgUrl) {
  if (pkgUrl) return new URL('skimlight_bg.wasm', new URL(pkgUrl, import.meta.url));
  return new URL('../pkg/skimlight_bg.wasm', import.meta.url);
}

/** A URL for the browser; the file's bytes under Node, whose fetch cannot read file: URLs. */
async function wasmSource(url) {
  const isNode = typeof process !== 'undefined' && process.versions && process.versions.node;
  if (isNode && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url);
  }
  return url;
}

function publishedDate(doc) {
  if (!doc) return undefined;
  const meta = doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"]');
  const time = doc.querySelector('article time[datetime], time[datetime][pubdate], time[datetime]');
  const raw = (meta && meta.getAttribute('content')) || (time && time.getAttribute('datetime')) || '';
  return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : undefined;
}

function scanOptions(options, doc) {
  const published = options.published !== undefined ? options.published : publishedDate(doc);
  return published ? { published } : null;
}

/** What a scan gives back, as plain transferable data (the same in a worker and here). */
// Per-annotation strings travel as one string joined by SEP: one string crosses postMessage
// far faster than tens of thousands of small ones.
const SEP = '\u0001';

function extract(result) {
  const n = result.length;
  const descriptions = new Array(n);
  for (let k = 0; k < n; k++) descriptions[k] = result.describe(k);
  const values = result.values().map((v) => (v == null ? '' : v));
  // page text could hold SEP itself: then the strings go as arrays
  const safe = !descriptions.some((d) => d.includes(SEP));
  return { spans: result.spans(), sentences: result.sentences(), entities: result.entities(), quotes: result.quotes(),
    values: safe ? values.join(SEP) : values, descriptions: safe ? descriptions.join(SEP) : descriptions };
}

/** Scan in this thread (the worker calls this too, with the module the page compiled). */
export async function scanHere(text, scanOpts, pkgUrl, module) {
  const { scanner, categories } = await init({ pkgUrl, module });
  const result = scanner.scan(text, scanOpts);
  try {
    return { ...extract(result), categories };
  } finally {
    result.free();
  }
}

// ---------------------------------------------------------------- the worker

let worker = null; // {w, pending: Map<id, {resolve, reject}>, seq, ready: its module, sentModule}
let workerBroken = false;
let compiled = null; // the wasm compiled on this thread for the worker: {url, module: Promise<Module | null>}

/**
 * Compile the wasm here while the worker starts, and hand the worker the module: its start
 * (a thread, two scripts) and the download and compilation then overlap instead of following
 * each other. Any failure (a policy that forbids WebAssembly on the page, a server that sends
 * the wasm with another type and no way to read it) gives null: the worker then loads the wasm
 * itself, as it did alone, and reports what goes wrong.
 */
function compileForWorker(pkgUrl) {
  const url = wasmUrl(pkgUrl);
  if (!compiled || compiled.url !== url.href) {
    compiled = { url: url.href, module: (async () => {
      if (typeof WebAssembly === 'undefined' || typeof fetch !== 'function') return null;
      if (url.protocol === 'file:') return null;
      try {
        if (WebAssembly.compileStreaming) return await WebAssembly.compileStreaming(fetch(url));
      } catch (err) {
        if (!(err instanceof TypeError)) return null; // (a wrong MIME type is a TypeError)
      }
      try {
        const res = await fetch(url);
        return res.ok ? await WebAssembly.compile(await res.arrayBuffer()) : null;
      } catch {
        return null;
      }
    })() };
  }
  return compiled.module;
}

/** `pkgUrl` as the worker must read it (relative to this file, not to the page). */
function absolutePkgUrl(pkgUrl) {
  return pkgUrl ? String(new URL(pkgUrl, import.meta.url)) : undefined;
}

function getWorker(pkgUrl) {
  if (worker) return worker;
  let w;
  try {
    w = new Worker(new URL('./skimlight-worker.js', import.meta.url), { type: 'module', name: 'skimlight' });
  } catch (err) {
    // a page's worker-src refuses it (thrown at once in Chromium): scan on this thread
    workerBroken = true;
    workerBlocked = String((err && err.message) || err);
    throw err;
  }
  worker = { w, pending: new Map(), seq: 0, ready: compileForWorker(pkgUrl), sentModule: false };
  // the worker fetches the glue while the wasm compiles here
  w.postMessage({ prepare: true, pkgUrl: absolutePkgUrl(pkgUrl) });
  // a worker-src that refuses it is reported as a policy violation (Chromium), then the worker
  // fails: the reason is kept for the error that says what the page's policy forbids
  const doc = globalThis.document;
  const onViolation = (e) => {
    if (e.effectiveDirective === 'worker-src' || e.violatedDirective === 'worker-src') workerBlocked = `worker-src refused ${e.blockedURI}`;
  };
  if (doc) doc.addEventListener('securitypolicyviolation', onViolation);
  const settled = () => { if (doc) doc.removeEventListener('securitypolicyviolation', onViolation); };
  const failAll = (why) => {
    settled();
    workerBroken = true;
    for (const p of worker.pending.values()) p.reject(new Error(why));
    worker.pending.clear();
    w.terminate();
    worker = null;
  };
  w.onmessage = (e) => {
    settled();
    const p = worker && worker.pending.get(e.data.id);
    if (!p) return;
    worker.pending.delete(e.data.id);
    if (e.data.error) {
      p.reject(e.data.name === 'SkimlightBlockedError'
        ? new SkimlightError(e.data.name, e.data.error, { directive: e.data.directive })
        : new Error(e.data.error));
    }
    else p.resolve(e.data.result);
  };
  w.onerror = (e) => { e.preventDefault && e.preventDefault(); failAll(`skimlight worker failed: ${e.message || 'load error'}`); };
  return worker;
}

/**
 * A scan's time budget in ms: `options.timeout`, else a generous 3 s plus 1 s per 100,000
 * characters (the scanner reads several million a second; its first scan also compiles it).
 */
function budgetFor(text, options) {
  return options.timeout > 0 ? options.timeout : 3000 + Math.ceil(text.length / 100);
}

function scanInWorker(text, scanOpts, pkgUrl, budget) {
  const wk = getWorker(pkgUrl);
  const id = ++wk.seq;
  return new Promise((resolve, reject) => {
    // a scan that runs away is stopped: the worker is terminated (every scan it held fails
    // the same way) and the next scan starts a fresh one
    const timer = setTimeout(() => {
      const err = new SkimlightError('SkimlightTimeoutError',
        `skimlight: the scan of ${text.length} characters took over ${budget} ms and was stopped`, { budget });
      for (const p of wk.pending.values()) p.reject(err);
      wk.pending.clear();
      wk.w.terminate();
      if (worker === wk) worker = null;
    }, budget);
    const done = (f) => (v) => { clearTimeout(timer); f(v); };
    wk.pending.set(id, { resolve: done(resolve), reject: done(reject) });
    const message = { id, text, scanOptions: scanOpts, pkgUrl: absolutePkgUrl(pkgUrl) };
    // (in order: every scan waits for the one compilation, the first takes its module along)
    wk.ready.then((module) => {
      if (!wk.pending.has(id)) return; // stopped already
      if (module && !wk.sentModule) {
        message.module = module;
        wk.sentModule = true;
      }
      wk.w.postMessage(message);
    });
  });
}

/**
 * Scan `text` off the main thread when a module worker is available (`options.worker !== false`),
 * else here. A worker that cannot start (a page's CSP, an old browser) falls back to this thread.
 */
async function scanText(text, scanOpts, options) {
  if (typeof options.scan === 'function') return options.scan(text, scanOpts);
  if (options.worker !== false && typeof Worker !== 'undefined' && !workerBroken) {
    try {
      return await scanInWorker(text, scanOpts, options.pkgUrl, budgetFor(text, options));
    } catch (err) {
      if (!workerBroken) throw err; // a real scan error, not a missing worker
    }
  }
  return scanHere(text, scanOpts, options.pkgUrl);
}

/** Decode a scan into annotation objects (UTF-16 offsets into `text`). */
function decode(raw, text) {
  const out = new Array(raw.spans.length / 4);
  decodeInto(raw, text, strings(raw), out, 0, out.length);
  return { annotations: out, entities: raw.entities, quotes: raw.quotes };
}

/** decode() in slices of `sliceMs` of script time, for a page's main thread; null once `alive()` is false. */
async function decodeSliced(raw, text, sliceMs, alive) {
  const n = raw.spans.length / 4, out = new Array(n), parts = strings(raw);
  let t0 = performance.now();
  for (let k = 0; k < n; k += 1000) {
    decodeInto(raw, text, parts, out, k, Math.min(n, k + 1000));
    if (performance.now() - t0 > sliceMs && k + 1000 < n) {
      await yieldToMain();
      if (!alive()) return null;
      t0 = performance.now();
    }
  }
  return { annotations: out, entities: raw.entities, quotes: raw.quotes };
}

/** A scan's per-annotation strings: they travel joined by SEP (see extract). */
function strings(raw) {
  const split = (x) => (Array.isArray(x) ? x : x.split(SEP));
  return { descriptions: split(raw.descriptions), values: split(raw.values) };
}

/** Decode annotations [from, to) of a scan into `out`. */
function decodeInto(raw, text, { descriptions, values }, out, from, to) {
  const { spans, sentences, entities, quotes, categories } = raw;
  for (let i = 4 * from, k = from; k < to; i += 4, k++) {
    const start = spans[i], end = spans[i + 1], category = categories[spans[i + 2]], link = spans[i + 3];
    const a = { start, end, category, text: text.slice(start, end), description: descriptions[k] };
    if (category === 'quote') {
      const q = link !== NO_LINK ? quotes[link] : null;
      a.quote = link;
      a.speaker = q ? q.speaker : null;
      a.role = q ? q.role : null;
      a.speakerEntity = q ? q.speakerEntity : null;
      a.speakerStart = q ? q.speakerStart : null;
      a.speakerEnd = q ? q.speakerEnd : null;
    } else if (link !== NO_LINK) {
      const e = entities[link];
      a.entity = link;
      a.name = e.name;
      a.mentions = e.mentions;
      if (e.role) a.role = e.role;
    }
    if (values[k]) a.value = values[k];
    // a figure's sentence (a scan from an older worker or `scan` option may have none)
    if (sentences && sentences[2 * k] !== NO_LINK) a.sentence = text.slice(sentences[2 * k], sentences[2 * k + 1]);
    out[k] = a;
  }
}

/**
 * Scan plain text without a DOM. Resolves to `[{start, end, category, text, description, ...}]`
 * with UTF-16 offsets (`text.slice(start, end)` is the match), sorted by start.
 * Options: `published`, `pkgUrl`, `worker` (default true: scan in a Web Worker when possible),
 * `timeout`, `scan` (see highlight).
 */
export async function annotate(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError('skimlight.annotate: text must be a string');
  return decode(await scanText(text, scanOptions(options, null), options), text).annotations;
}

// ---------------------------------------------------------------- collecting text

function isBlock(el) {
  if (BLOCK_TAGS.has(el.tagName)) return true;
  // custom elements may be blocks through CSS: ask the browser only for those
  if (el.tagName.includes('-') && el.ownerDocument.defaultView) {
    const d = el.ownerDocument.defaultView.getComputedStyle(el).display;
    return d !== 'inline' && d !== 'contents';
  }
  return false;
}

const LINE_BREAK = /[\n\r]/;
const LINE_BREAKS = /[\n\r]/g;

/** Does `el`'s computed white-space show line breaks as line breaks (pre, pre-wrap, pre-line)? */
function keepsBreaks(el, view, cache) {
  if (!el || el.nodeType !== 1 || !view || !view.getComputedStyle) return false;
  let keep = cache.get(el);
  if (keep === undefined) {
    const ws = view.getComputedStyle(el).whiteSpace || '';
    keep = ws.startsWith('pre') || ws === 'break-spaces';
    cache.set(el, keep);
  }
  return keep;
}

/**
 * Walk the text under `root` into one string with an offset map. A block boundary becomes
 * "\n" in the string (and belongs to no node), so "Paris</p><p>London" never fuses.
 */
export function collectText(root, skip = DEFAULT_SKIP) {
  const nodes = [];
  const starts = [];
  let text = '';
  let pendingBreak = false;
  const TEXT = 3, ELEMENT = 1;
  let node = root.firstChild;
  if (!node) return { text, nodes, starts };
  const doc = root.ownerDocument || root;
  const view = doc.defaultView;
  const kept = new Map(); // element -> does its white-space keep line breaks?
  // Selector matching on every element of a 100,000-node page is a long task of its own: with
  // the default list, an element whose tag is not skipped and that has no attributes at all
  // cannot match, so most elements never reach `matches`.
  const enter = skip === DEFAULT_SKIP
    ? (el) => !SKIP_TAGS.has(el.tagName) && (!el.hasAttributes() || !el.matches(skip))
    : (el) => !el.matches(skip);
  for (;;) {
    let descend = false;
    if (node.nodeType === TEXT) {
      let data = node.data;
      if (data.length) {
        if (pendingBreak && text.length) text += '\n';
        pendingBreak = false;
        nodes.push(node);
        starts.push(text.length);
        // a line break in the HTML source is a space on screen (unless white-space keeps it):
        // the scanner reads "\n" as a paragraph break, so it gets what the reader sees
        if (LINE_BREAK.test(data) && !keepsBreaks(node.parentNode, view, kept)) data = data.replace(LINE_BREAKS, ' ');
        text += data;
      }
    } else if (node.nodeType === ELEMENT) {
      const block = isBlock(node);
      if (block) pendingBreak = true;
      if (enter(node)) descend = !!node.firstChild;
      else pendingBreak = pendingBreak || block;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // climb until a next sibling exists
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node !== root && node.nodeType === ELEMENT && isBlock(node)) pendingBreak = true;
    }
    if (node === root) break;
    node = node.nextSibling;
  }
  return { text, nodes, starts };
}

// ---------------------------------------------------------------- theme

function parseRgb(c) {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+%?))?\)/.exec(c || '');
  if (!m) return null;
  let a = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  return { r: +m[1], g: +m[2], b: +m[3], a };
}

/** 'dark' when the page behind `root` is dark (its computed background), else 'light'. */
export function pageTheme(root) {
  const view = root.ownerDocument && root.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let el = root.nodeType === 1 ? root : root.parentElement; el; el = el.parentElement) {
    const c = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (c && c.a > 0.5) {
      const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      const lum = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
      return lum < 0.2 ? 'dark' : 'light';
    }
  }
  // no background anywhere: the canvas is dark only if the page opted into a dark color-scheme
  const scheme = view.getComputedStyle(root.ownerDocument.documentElement).colorScheme || '';
  const prefersDark = view.matchMedia && view.matchMedia('(prefers-color-scheme: dark)').matches;
  return scheme.includes('dark') && (prefersDark || !scheme.includes('light')) ? 'dark' : 'light';
}

// ---------------------------------------------------------------- wrapping

const states = new WeakMap(); // root -> state of its highlight

/** Resolve after the browser has rendered a frame (so the layout we caused is paid for). */
function nextFrame(doc) {
  const view = doc.defaultView;
  if (!view || typeof view.requestAnimationFrame !== 'function' || doc.visibilityState === 'hidden') return yieldToMain();
  return new Promise((r) => view.requestAnimationFrame(() => setTimeout(r, 0)));
}

function yieldToMain() {
  if (globalThis.scheduler && typeof globalThis.scheduler.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((r) => setTimeout(r, 0));
}

function makeMark(doc, ann, first, prefix) {
  const m = doc.createElement('mark');
  m.className = `${prefix} ${prefix}-${ann.category}`;
  m.setAttribute('data-category', ann.category);
  m.setAttribute('data-skimlight-id', String(ann.id));
  if (ann.entity !== undefined) m.setAttribute('data-entity', String(ann.entity));
  if (ann.category === 'quote' && ann.speakerEntity != null) m.setAttribute('data-speaker', String(ann.speakerEntity));
  if (first) m.setAttribute('tabindex', '-1');
  return m;
}

/**
 * Wrap the annotations that fall in one text node. `segs` partition [0, node.length) into
 * segments with the chain of annotations (outermost first) covering each. The original Text
 * node keeps the first piece, so references the page holds stay valid.
 */
function wrapNode(doc, node, segs, firstPiece, record, prefix, start) {
  const pieces = [];
  let cur = node;
  for (let i = 0; i < segs.length; i++) {
    let next = null;
    if (i < segs.length - 1) next = cur.splitText(segs[i].e - segs[i].s);
    pieces.push(cur);
    cur = next;
  }
  record.push({ node, pieces });
  const group = (a, b, depth) => {
    let i = a;
    while (i < b) {
      const ann = segs[i].anns[depth];
      let j = i + 1;
      while (j < b && segs[j].anns[depth] === ann) j++;
      if (ann !== undefined) {
        // the piece where the annotation starts, whatever order the nodes are wrapped in
        const isFirst = !firstPiece.has(ann.id) && (start === undefined || start + segs[i].s <= ann.start);
        if (isFirst) firstPiece.add(ann.id);
        const mark = makeMark(doc, ann, isFirst, prefix);
        pieces[i].parentNode.insertBefore(mark, pieces[i]);
        for (let k = i; k < j; k++) mark.appendChild(pieces[k]);
        group(i, j, depth + 1);
      }
      i = j;
    }
  };
  group(0, pieces.length, 0);
}

/** Split annotations over text nodes: yields {node, segs} in document order (lazily, so the
 * planning is sliced along with the wrapping). */
function* plan(nodes, starts, anns) {
  // anns sorted by start asc, end desc (outer first); sweep over nodes
  let ai = 0;
  const active = []; // annotations that started before the current node and may still cover it
  for (let n = 0; n < nodes.length; n++) {
    const ns = starts[n], ne = ns + nodes[n].data.length;
    for (let i = active.length - 1; i >= 0; i--) if (active[i].end <= ns) active.splice(i, 1);
    while (ai < anns.length && anns[ai].start < ne) {
      if (anns[ai].end > ns) active.push(anns[ai]);
      ai++;
    }
    const here = active.filter((a) => a.start < ne && a.end > ns);
    if (!here.length) continue;
    const cuts = new Set([0, ne - ns]);
    for (const a of here) {
      cuts.add(Math.max(0, a.start - ns));
      cuts.add(Math.min(ne - ns, a.end - ns));
    }
    const pts = [...cuts].sort((x, y) => x - y);
    const segs = [];
    for (let i = 0; i + 1 < pts.length; i++) {
      const s = pts[i], e = pts[i + 1];
      const cover = here.filter((a) => a.start - ns <= s && a.end - ns >= e); // already outer-first
      segs.push({ s, e, anns: cover });
    }
    yield { node: nodes[n], segs, start: ns };
  }
}

/**
 * The text nodes on screen, as a range [a, b) of `nodes` (document order), found by binary
 * search on their boxes (layout is clean before the first mark); null when there is no screen
 * or too little text to bother.
 */
function onScreen(nodes, doc) {
  const view = doc.defaultView;
  const h = view && view.innerHeight;
  if (!h || nodes.length < 64) return null;
  const box = (k) => {
    const el = nodes[k].parentElement;
    return el && typeof el.getBoundingClientRect === 'function' ? el.getBoundingClientRect() : null;
  };
  const search = (pred) => {
    let lo = 0, hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = box(mid);
      if (r && pred(r)) hi = mid; else lo = mid + 1;
    }
    return lo;
  };
  const a = search((r) => r.bottom >= 0);
  const b = search((r) => r.top > h);
  return b > a && (a > 0 || b < nodes.length) ? [a, b] : null;
}

/** A text this long is painted around the screen first (a scan of 100,000 characters takes
 * about as long as a frame budget allows). */
const EARLY_CHARS = 100000;

/**
 * Scan and wrap the blocks on screen and a margin around them (whole blocks), paint them, and
 * give back `{range, records}` (the screen's node range and the wraps to undo once the whole
 * text is scanned); null when there is no screen to paint first. The early highlights have
 * negative ids: they are never in the result.
 */
async function paintScreenFirst(state, text, nodes, starts) {
  const { root, options, doc } = state;
  const range = onScreen(nodes, doc);
  if (!range) return null;
  const [a, b] = range;
  // whole blocks (a block boundary is "\n"), 3,000 characters of margin each side
  const from = text.lastIndexOf('\n', Math.max(0, starts[a] - 3000)) + 1;
  const nl = text.indexOf('\n', Math.min(text.length, starts[b - 1] + nodes[b - 1].data.length + 3000));
  const to = nl < 0 ? text.length : nl;
  const first = (pos) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] >= pos) hi = mid; else lo = mid + 1; }
    return lo;
  };
  const a0 = first(from), b0 = first(to);
  if (b0 <= a0) return null;
  const s = starts[a0], e = starts[b0 - 1] + nodes[b0 - 1].data.length;
  const piece = text.slice(s, e);
  const raw = await scanText(piece, scanOptions(options, doc), options);
  if (states.get(root) !== state) return null;
  const keep = typeof options.filter === 'function' ? options.filter : () => true;
  const anns = decode(raw, piece).annotations.filter((x) => state.show.has(x.category) && keep(x));
  anns.forEach((x, i) => { x.start += s; x.end += s; x.id = -1 - i; });
  const records = [], ranges = [];
  if (state.mode === 'highlights') {
    // ranges in the highlight registry (no DOM change), dropped when the whole scan's come in
    for (const ann of anns) {
      const r = { range: rangeOf(doc, nodes, starts, ann), ann };
      ranges.push(r);
      state.ranges.push(r);
      state.rangeAnn.set(r.range, r);
      state.registry[ann.category].add(r.range);
    }
  } else {
    state.observing = false;
    for (const w of plan(nodes.slice(a0, b0), starts.slice(a0, b0), anns)) {
      if (w.node.parentNode) wrapNode(doc, w.node, w.segs, new Set(), records, state.prefix, w.start);
    }
    // (in state.records too, so that an unhighlight meanwhile joins these text nodes back)
    state.records.push(...records);
    flushObserver(state);
  }
  await nextFrame(doc);
  mark('first-screen');
  return { range, records, ranges, screen: [starts[a], starts[b - 1] + nodes[b - 1].data.length] };
}

/** A DOM range over annotation `ann` of the joined text. */
function rangeOf(doc, nodes, starts, ann) {
  const range = doc.createRange();
  range.setStart(...locate(nodes, starts, ann.start, false));
  range.setEnd(...locate(nodes, starts, ann.end, true));
  return range;
}

/** Take the early scan's ranges out of the highlight registry. */
function dropRanges(state, ranges) {
  const gone = new Set(ranges);
  for (const r of ranges) state.registry[r.ann.category].delete(r.range);
  state.ranges = state.ranges.filter((r) => !gone.has(r));
}

/** Join each wrapped text node's pieces back into the original node (where the page left them side by side). */
function joinPieces(records) {
  for (const { node, pieces } of records) {
    let data = '';
    let intact = true;
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0 && pieces[i - 1].nextSibling !== pieces[i]) intact = false;
      data += pieces[i].data;
    }
    if (!intact) continue;
    node.data = data;
    for (let i = 1; i < pieces.length; i++) pieces[i].remove();
  }
}

/** Undo some wraps (`records` of wrapNode): their marks unwrapped, their text nodes joined back. */
function unwrapRecords(state, records) {
  const marks = new Set();
  for (const { pieces } of records) {
    for (const p of pieces) {
      for (let el = p.parentNode; el && el.nodeType === 1 && el.matches(MARK); el = el.parentNode) marks.add(el);
    }
  }
  for (const m of marks) {
    const p = m.parentNode;
    if (!p) continue;
    while (m.firstChild) p.insertBefore(m.firstChild, m);
    p.removeChild(m);
  }
  joinPieces(records);
  const gone = new Set(records);
  state.records = state.records.filter((r) => !gone.has(r));
}

/** The wrapping work with the screen's nodes first (then a `{screen: true}` marker), then the
 * rest in document order: a long article shows its highlights where the reader is at once. */
function* screenFirst(nodes, starts, anns, range) {
  if (!range) {
    yield* plan(nodes, starts, anns);
    return;
  }
  const [a, b] = range;
  yield* plan(nodes.slice(a, b), starts.slice(a, b), anns);
  yield { screen: true };
  yield* plan(nodes.slice(0, a), starts.slice(0, a), anns);
  yield* plan(nodes.slice(b), starts.slice(b), anns);
}

/** Locate UTF-16 offset `pos` of the joined text: [text node, offset in it]. */
function locate(nodes, starts, pos, isEnd) {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < pos || (!isEnd && starts[mid] === pos)) lo = mid; else hi = mid - 1;
  }
  return [nodes[lo], Math.min(Math.max(pos - starts[lo], 0), nodes[lo].data.length)];
}

/** Mode 'highlights': more ranges than this are kept in the registry only near the viewport. */
const WINDOW_RANGES = 2000;

/**
 * Mode 'highlights': the whole scan's ranges, made in slices, then registered. The early scan's
 * ranges go and these come in one task (nothing flickers). The browser's work for the ranges in
 * a highlight registry grows with all of them, at every change of it (20,000 ranges: a 200 ms
 * task of its own), so a long text keeps in the registry only the ranges of the blocks near the
 * viewport (an IntersectionObserver adds and removes them as the reader scrolls); the screen's
 * are registered at once.
 */
async function registerRanges(state, nodes, starts, anns, early, sliceMs) {
  const { root, doc } = state;
  const made = [];
  let t = performance.now();
  for (let i = 0; i < anns.length; i++) {
    made.push({ range: rangeOf(doc, nodes, starts, anns[i]), ann: anns[i] });
    if ((i & 255) === 255 && performance.now() - t > sliceMs) {
      await yieldToMain();
      if (states.get(root) !== state) return null;
      t = performance.now();
    }
  }
  await yieldToMain();
  if (states.get(root) !== state) return null;
  if (early) dropRanges(state, early.ranges);
  for (const r of made) {
    state.ranges.push(r);
    state.rangeAnn.set(r.range, r);
  }
  const view = doc.defaultView;
  if (made.length <= WINDOW_RANGES || !view || typeof view.IntersectionObserver !== 'function') {
    for (const r of made) state.registry[r.ann.category].add(r.range);
  } else {
    let screen = early && early.screen;
    if (!screen) {
      const on = onScreen(nodes, doc);
      screen = on ? [starts[on[0]], starts[on[1] - 1] + nodes[on[1] - 1].data.length] : [0, 0];
    }
    for (const r of made) if (r.ann.end > screen[0] && r.ann.start < screen[1]) state.registry[r.ann.category].add(r.range);
    if (!await windowRanges(state, made, sliceMs)) return null;
  }
  mark('wrap-end');
  return anns;
}

/**
 * Keep `ranges` in the highlight registry while their blocks are within two screens of the
 * viewport (the blocks observed in slices); false when the highlight was superseded meanwhile.
 */
async function windowRanges(state, ranges, sliceMs) {
  const view = state.doc.defaultView;
  const byBlock = new Map(); // element holding a range's start -> its ranges
  for (const r of ranges) {
    const n = r.range.startContainer;
    const el = n.nodeType === 1 ? n : n.parentElement;
    if (!el) continue;
    let list = byBlock.get(el);
    if (!list) byBlock.set(el, (list = []));
    list.push(r);
  }
  const io = new view.IntersectionObserver((entries) => {
    for (const e of entries) {
      for (const r of byBlock.get(e.target) || []) {
        if (e.isIntersecting && !r.gone) state.registry[r.ann.category].add(r.range);
        else state.registry[r.ann.category].delete(r.range);
      }
    }
  }, { rootMargin: '200% 0px' });
  state.cleanup.push(() => io.disconnect());
  let t = performance.now(), k = 0;
  for (const el of byBlock.keys()) {
    io.observe(el);
    if ((++k & 127) === 0 && performance.now() - t > sliceMs) {
      await yieldToMain();
      if (states.get(state.root) !== state) return false;
      t = performance.now();
    }
  }
  return true;
}

/**
 * Scan the not yet highlighted text under `container` and render what it finds into `state`:
 * marks (default), or ranges of the CSS Custom Highlight API (mode 'highlights'). Used for the
 * whole root and, in live mode, for content the page adds later. Returns the new annotations,
 * or null when the highlight was superseded meanwhile.
 */
async function scanAndRender(container, state) {
  const { root, options, doc } = state;
  mark('collect-start');
  const { text, nodes, starts } = collectText(container, options.skip || DEFAULT_SKIP);
  if (!text.trim()) return [];
  // a long article: the text around the screen is scanned and painted first (the reader waits
  // for that, not for the whole text), then replaced by the whole scan's highlights
  const early = text.length > EARLY_CHARS ? await paintScreenFirst(state, text, nodes, starts) : null;
  if (states.get(root) !== state) return null;
  mark('scan-start');
  const raw = await scanText(text, scanOptions(options, doc), options);
  if (states.get(root) !== state) return null;
  // receiving a large result is a task of its own: decode in the next one
  if (text.length > 100000) await yieldToMain();
  if (states.get(root) !== state) return null;
  mark('decode-start');
  const sliceMs = options.sliceMs || 8;
  const decoded = await decodeSliced(raw, text, sliceMs, () => states.get(root) === state);
  if (!decoded) return null;
  // one id space per root: later scans (live mode) continue the numbering
  const entityBase = state.entities.length, quoteBase = state.quotes.length;
  state.entities.push(...decoded.entities);
  state.quotes.push(...decoded.quotes);
  const keep = typeof options.filter === 'function' ? options.filter : () => true;
  const anns = decoded.annotations.filter((a) => state.show.has(a.category) && keep(a));
  for (const a of anns) {
    a.id = state.anns.length;
    state.anns.push(a);
    if (a.entity !== undefined) a.entity += entityBase;
    if (a.speakerEntity != null) a.speakerEntity += entityBase;
    if (a.quote !== undefined && a.quote !== NO_LINK) a.quote += quoteBase;
  }
  mark('wrap-start');
  if (state.mode === 'highlights') return registerRanges(state, nodes, starts, anns, early, sliceMs);
  // the early highlights go and the whole scan's come in their place in one task (no frame
  // between them: nothing flickers)
  if (early) unwrapRecords(state, early.records);
  const work = screenFirst(nodes, starts, anns, early ? early.range : onScreen(nodes, doc));
  let atScreen = !early; // (with early highlights on screen, no yield before the screen is done again)
  // Two budgets keep every main-thread task short: our own script time per slice, and the
  // amount of text whose layout we invalidate per frame (re-laying out a paragraph re-shapes
  // all its text, so wrapping a whole 1 MB article in one frame costs the browser hundreds of
  // milliseconds of layout at the next paint).
  const charsPerFrame = options.charsPerFrame || 12000;
  let t0 = performance.now();
  let chars = 0;
  state.observing = false; // our own mutations are not new content
  for (const w of work) {
    if (w.screen) {
      // what the reader sees is done: let it paint before the rest
      flushObserver(state);
      await nextFrame(doc);
      if (states.get(root) !== state) return null;
      if (!early) mark('first-screen');
      atScreen = true;
      t0 = performance.now();
      chars = 0;
      continue;
    }
    if (!w.node.parentNode) continue; // the page removed it meanwhile
    chars += w.node.data.length;
    wrapNode(doc, w.node, w.segs, state.firstPiece, state.records, state.prefix, w.start);
    const overFrame = chars > charsPerFrame;
    if (atScreen && (overFrame || performance.now() - t0 > sliceMs)) {
      flushObserver(state);
      await (overFrame ? nextFrame(doc) : yieldToMain());
      if (states.get(root) !== state) return null; // unhighlighted meanwhile
      t0 = performance.now();
      if (overFrame) chars = 0;
    }
  }
  flushObserver(state);
  mark('wrap-end');
  return anns;
}

/** Drop the mutation records our own wrapping produced, then listen to the page again. */
function flushObserver(state) {
  if (state.observer) state.observer.takeRecords();
  state.observing = true;
}

/** Live mode: highlight what the page adds (debounced), never what was already done. */
function follow(state) {
  const { root, options } = state;
  const View = root.ownerDocument.defaultView;
  if (!View || !View.MutationObserver) return;
  let pending = new Set();
  let timer = null;
  const skip = options.skip || DEFAULT_SKIP;
  const run = async () => {
    timer = null;
    const batch = [...pending].filter((n) => n.isConnected && root.contains(n));
    pending = new Set();
    // the outermost added nodes only; a text node is scanned through its parent element
    const tops = batch.filter((n) => !batch.some((o) => o !== n && o.contains(n)));
    for (const n of tops) {
      const el = n.nodeType === 1 ? n : n.parentElement;
      if (!el || (el !== root && el.closest(skip))) continue;
      const added = await scanAndRender(el, state);
      if (added === null) return;
    }
    // what the page shows now: content the page removed (a view swapped by a router) no longer counts
    const result = liveResult(state);
    state.counts = result.counts;
    if (typeof options.onUpdate === 'function') options.onUpdate(result);
  };
  state.observer = new View.MutationObserver((records) => {
    if (!state.observing) return;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && n.matches && n.matches(`${MARK}, ${TOOLTIP}`)) continue;
        if (n.nodeType === 1 || n.nodeType === 3) pending.add(n);
      }
      if (r.type === 'characterData' && r.target.parentNode && !r.target.parentNode.closest(MARK)) pending.add(r.target);
    }
    if (pending.size && !timer) timer = setTimeout(run, options.liveDelay || 200);
  });
  state.observer.observe(root, { childList: true, subtree: true, characterData: true });
  state.observing = true;
  state.cleanup.push(() => { state.observer.disconnect(); if (timer) clearTimeout(timer); });
}

/** A count of 0 for every category. */
function zeroCounts() {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
}

function resultOf(state) {
  return { counts: { ...state.counts }, entities: state.entities, quotes: state.quotes, annotations: state.anns, sources: sourcesOf(state.anns, state.entities) };
}

/**
 * Who the article quotes, as `skimlight report` counts it: per speaker its role, quotes, words
 * quoted (pieces with a letter or a digit) and share of all quoted words in percent (one
 * decimal), most words first; the quotes without a speaker in one last entry, `speaker: null`.
 * With `entities` (the result's), a person's estimated gender: `gender` 'female', 'male' or
 * null, `genderBasis` 'pronoun', 'title' or 'first name' (what the estimate rests on).
 */
export function sourcesOf(annotations, entities = []) {
  const by = new Map();
  let total = 0;
  for (const a of annotations) {
    if (a.category !== 'quote') continue;
    const key = a.speaker || '';
    if (!by.has(key)) by.set(key, { speaker: a.speaker || null, role: null, quotes: 0, words: 0, share: 0, gender: null, genderBasis: null, ids: [] });
    const s = by.get(key);
    const words = quotedWords(a.text);
    const e = speakerOf(a, entities);
    s.quotes++;
    s.words += words;
    s.role = s.role || a.role || (e && e.role) || null;
    if (!s.gender) ({ gender: s.gender, genderBasis: s.genderBasis } = estimate(e));
    s.ids.push(a.id);
    total += words;
  }
  const out = [...by.values()];
  for (const s of out) s.share = percent(s.words, total);
  const named = out.filter((s) => s.speaker !== null)
    .sort((a, b) => b.words - a.words || b.quotes - a.quotes || (a.speaker < b.speaker ? -1 : 1));
  return named.concat(out.filter((s) => s.speaker === null));
}

/**
 * The quoted words' shares by the speakers' estimated gender, in percent (one decimal), as
 * `skimlight report --gender` counts them: `{female, male, unknown}` (unattributed quotes and
 * organizations count as unknown). `sources`: what sourcesOf gives (with the entities).
 */
export function genderShares(sources) {
  const words = { female: 0, male: 0, unknown: 0 };
  let total = 0;
  for (const x of sources) {
    words[x.gender === 'female' || x.gender === 'male' ? x.gender : 'unknown'] += x.words;
    total += x.words;
  }
  return { female: percent(words.female, total), male: percent(words.male, total), unknown: percent(words.unknown, total) };
}

// Unicode White_Space, as Rust's split_whitespace splits
const WS = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const collapse = (s) => s.split(WS).filter(Boolean).join(' ');
const quotedWords = (s) => s.split(WS).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const percent = (n, total) => (total ? Math.round((n * 1000) / total) / 10 : 0);
const speakerOf = (a, entities) => (a.speakerEntity != null && entities[a.speakerEntity]) || null;
// the speaker's estimate, a person's only: {gender, genderBasis}, both null when there is none
const estimate = (e) => (e && e.category === 'person' && e.gender ? e : { gender: null, genderBasis: null });

// ---------------------------------------------------------------- reports

const LABELS = { person: 'PERSON', organization: 'ORG', place: 'PLACE', misc: 'MISC', date: 'DATE', number: 'NUMBER', money: 'MONEY', percent: 'PERCENT', quote: 'QUOTE' };
const TITLES = { person: 'Person', organization: 'Organization', place: 'Place', misc: 'Other name', date: 'Date', number: 'Number', money: 'Money', percent: 'Percent', quote: 'Quote' };
const inline = (s) => collapse(s).replace(/[\\*_`[\]<>#]/g, '\\$&');
const cell = (s) => inline(s).replace(/\|/g, '\\|');
const csvField = (s) => {
  const formula = /^[=@\t\r]/.test(s) || /^[+-](?![\d.$])/.test(s);
  const f = formula ? `'${s}` : s;
  return /[,"\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f;
};
const genderText = (g) => (g.gender ? `${g.gender} (${g.genderBasis})` : 'unknown');

/**
 * What `skimlight report` gives for a text, from a result (highlight()'s, or annotate()'s
 * annotations with `entities`): `format` 'markdown' (default), 'csv' or 'json' (a string;
 * 'data' for the object), `title`, `gender` (show the estimated genders; default false) and
 * `text` (the scanned text: JSON and CSV then give code-point `start`/`end`, as the CLI does).
 * The same bytes as the CLI for the same text (tests/e2e/report.test.mjs).
 */
export function reportOf(result, options = {}) {
  const annotations = result.annotations || [], entities = result.entities || [];
  const gender = !!options.gender, text = typeof options.text === 'string' ? options.text : null;
  const cp = (() => {
    // UTF-16 offset -> code points, for offsets in increasing order mostly: one forward walk
    let u = 0, c = 0;
    return (to) => {
      if (to < u) u = c = 0;
      for (; u < to; u++, c++) if ((text.charCodeAt(u) & 0xfc00) === 0xd800 && (text.charCodeAt(u + 1) & 0xfc00) === 0xdc00) u++;
      return c;
    };
  })();
  const quotes = [], figures = [];
  for (const a of annotations) {
    if (a.category === 'quote') {
      const e = speakerOf(a, entities), g = estimate(e);
      quotes.push({ speaker: a.speaker || null, role: a.role || (e && e.role) || null, gender: g.gender,
        genderBasis: g.genderBasis, text: collapse(a.text), start: a.start, end: a.end });
    } else if (!['person', 'organization', 'place', 'misc'].includes(a.category)) {
      figures.push({ text: collapse(a.text), label: LABELS[a.category], category: a.category, value: a.value || null,
        sentence: collapse(a.sentence || a.text), start: a.start, end: a.end });
    }
  }
  const offsets = (r) => (text === null ? {} : { start: cp(r.start), end: cp(r.end) });
  const all = sourcesOf(annotations, entities);
  const sources = all.filter((x) => x.speaker !== null), none = all.find((x) => x.speaker === null) || null;
  const { female: women, male: men, unknown } = genderShares(all);
  // one row per entity (a live result lists a name once per scan: its first `ids` stands for them)
  const names = entities.filter((e, i) => !e.ids || (e.ids[0] === i && e.mentions > 0))
    .map((e) => ({ name: e.name, label: LABELS[e.category], category: e.category, mentions: e.mentions }))
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const format = options.format || 'markdown';
  if (format === 'json' || format === 'data') {
    const source = (x) => ({ speaker: x.speaker, role: x.role, quotes: x.quotes, words: x.words, share: x.share,
      ...(gender ? { gender: x.gender, gender_basis: x.genderBasis } : {}) });
    const data = {
      sources: sources.map(source), unattributed: none && source(none),
      quotes: quotes.map((q) => ({ speaker: q.speaker, role: q.role, text: q.text, ...offsets(q) })),
      figures: figures.map((f) => ({ text: f.text, label: f.label, value: f.value, sentence: f.sentence, ...offsets(f) })),
      names: names.map((n) => ({ name: n.name, label: n.label, mentions: n.mentions })),
      ...(gender ? { gender_shares: { female: women, male: men, unknown } } : {}),
    };
    return format === 'data' ? data : JSON.stringify(data, null, 2);
  }
  if (format === 'csv') {
    const head = ['kind', 'text', 'label', 'value', 'sentence', 'speaker', 'role', 'mentions', 'start', 'end'];
    const rows = [gender ? head.concat('gender', 'gender_basis') : head];
    const at = (r) => { const o = offsets(r); return text === null ? ['', ''] : [String(o.start), String(o.end)]; };
    for (const q of quotes) rows.push(['quote', q.text, 'QUOTE', '', '', q.speaker || '', q.role || '', '', ...at(q),
      ...(gender ? [q.gender || 'unknown', q.genderBasis || ''] : [])]);
    for (const f of figures) rows.push(['figure', f.text, f.label, f.value || '', f.sentence, '', '', '', ...at(f), ...(gender ? ['', ''] : [])]);
    for (const n of names) rows.push(['name', n.name, n.label, '', '', '', '', String(n.mentions), '', '', ...(gender ? ['', ''] : [])]);
    return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
  }
  if (format !== 'markdown') throw new TypeError(`skimlight.reportOf: unknown format ${JSON.stringify(format)} (markdown, csv, json, data)`);
  let md = `# ${cell(options.title || 'skimlight report')}\n\n## Sources\n\n`;
  if (!all.length) md += 'No quotes.\n';
  else {
    md += gender ? '| speaker | role | gender (estimate) | quotes | words quoted | share |\n|---|---|---|---|---|---|\n'
      : '| speaker | role | quotes | words quoted | share |\n|---|---|---|---|---|\n';
    for (const x of sources.concat(none || [])) {
      md += `| ${x.speaker === null ? '(unattributed)' : cell(x.speaker)} | ${x.role ? cell(x.role) : ''} |${gender ? ` ${genderText(x)} |` : ''} ${x.quotes} | ${x.words} | ${x.share.toFixed(1)}% |\n`;
    }
    if (gender) md += `\nQuoted words by estimated gender: women ${women.toFixed(1)}%, men ${men.toFixed(1)}%, unknown ${unknown.toFixed(1)}%.\n`;
  }
  md += '\n## Quotes\n\n';
  if (!quotes.length) md += 'No quotes.\n';
  for (const q of quotes) {
    const who = q.speaker ? `**${inline(q.speaker)}**${q.role ? ` (${inline(q.role)})` : ''}` : '*(unattributed)*';
    md += `- ${who}: ${inline(q.text)}\n`;
  }
  md += '\n## Figures\n';
  if (!figures.length) md += '\nNo figures.\n';
  for (const c of ['money', 'percent', 'number', 'date']) {
    const rows = figures.filter((f) => f.category === c);
    if (!rows.length) continue;
    md += `\n### ${TITLES[c]}\n\n| figure | value | sentence |\n|---|---|---|\n`;
    for (const f of rows) md += `| ${cell(f.text)} | ${f.value ? cell(f.value) : ''} | ${cell(f.sentence)} |\n`;
  }
  md += '\n## Names\n\n';
  if (!names.length) md += 'No names.\n';
  else {
    md += '| name | category | mentions |\n|---|---|---|\n';
    for (const n of names) md += `| ${cell(n.name)} | ${TITLES[n.category]} | ${n.mentions} |\n`;
  }
  return md;
}

/** Scan `text` and report it as `skimlight report` does (options: reportOf's and annotate's). */
export async function report(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError('skimlight.report: text must be a string');
  const { annotations, entities } = decode(await scanText(text, scanOptions(options, null), options), text);
  return reportOf({ annotations, entities }, { ...options, text });
}

/**
 * Live mode's result: the annotations still on the page (the page may have removed some, as a
 * single-page app does on navigation) and their counts. `entities` and `quotes` stay indexed as
 * the annotations' `entity`, `speakerEntity` and `quote` numbers say; an entity's `mentions` are
 * counted on the page (0 once its text is gone), and since each scan of added content names its
 * own entities, `ids` lists every entity number of the same category and name (the first one
 * stands for the group). Ranges of removed text are dropped from the highlight registry.
 */
function liveResult(state) {
  const alive = new Set();
  if (state.mode === 'highlights') {
    state.ranges = state.ranges.filter((r) => {
      const { range, ann } = r;
      const on = !range.collapsed && state.root.contains(range.startContainer);
      if (on) alive.add(ann.id);
      else {
        state.registry[ann.category].delete(range);
        r.gone = true; // (not registered again as the reader scrolls)
      }
      return on;
    });
  } else {
    for (const m of state.root.querySelectorAll(`${MARK}[data-skimlight-id]`)) alive.add(Number(m.getAttribute('data-skimlight-id')));
  }
  const annotations = state.anns.filter((a) => alive.has(a.id));
  const counts = zeroCounts();
  const key = (e) => `${e.category}\u0001${e.name}`;
  const groups = new Map(); // category + name -> {mentions, ids}
  for (const a of annotations) {
    counts[a.category]++;
    if (a.entity === undefined) continue;
    const k = key(state.entities[a.entity]);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { mentions: 0, ids: [] }));
    g.mentions++;
    if (!g.ids.includes(a.entity)) g.ids.push(a.entity);
  }
  for (const g of groups.values()) g.ids.sort((x, y) => x - y);
  const entities = state.entities.map((e) => {
    const g = groups.get(key(e));
    return { ...e, mentions: g ? g.mentions : 0, ids: g ? g.ids : [] };
  });
  return { counts, entities, quotes: state.quotes, annotations, sources: sourcesOf(annotations, entities) };
}

/** Does this browser have the CSS Custom Highlight API? */
function hasHighlightApi(doc) {
  const view = doc.defaultView;
  return !!(view && view.CSS && view.CSS.highlights && typeof view.Highlight === 'function');
}

/**
 * Highlight the article under `root`. Options:
 * - `categories`: the categories to show (default all but misc)
 * - `skip`: CSS selector of elements whose text is left alone (default DEFAULT_SKIP)
 * - `published`: ISO date to resolve "Monday"/"last year" (default: read from the page)
 * - `pkgUrl`: where the wasm package lives (default ../pkg/ next to this file)
 * - `tooltip`: false to disable the built-in tooltip
 * - `theme`: 'light', 'dark' or 'auto' (default: from the page's computed background)
 * - `worker`: false to scan on the main thread (default: in a Web Worker when the browser can)
 * - `timeout`: a worker scan's budget in ms (default 3 s + 1 s per 100,000 characters); past
 *   it the worker is stopped, the page is left as it was and the call rejects with a
 *   SkimlightError named 'SkimlightTimeoutError' (a main-thread scan cannot be stopped)
 * - `scan(text, scanOptions)`: scan somewhere else (an extension's service worker): resolve to
 *   what `scanHere` gives back; the wasm is then never loaded in the page
 * - `mode`: 'marks' (default: <mark> elements) or 'highlights' (the CSS Custom Highlight API:
 *   the page's DOM is not touched at all; falls back to marks where the API is missing)
 * - `live`: true to follow the page, highlighting content it adds later (debounced)
 * - `classPrefix`: class name prefix of the marks, the tooltip and the toggles (default
 *   'skimlight'; with another prefix, bring CSS for it: skimlight.css styles 'skimlight')
 * - `filter(annotation)`: return false to drop a match
 * - `onDone(result)`: called with the result when the highlight is complete
 * - `onUpdate(result)`: live mode, called after content added later was highlighted
 * - `renderTooltip(annotation, tooltipElement)`: fill the tooltip yourself (its default text is
 *   already set; return false to keep it as is)
 * Resolves to `{counts, entities, quotes, annotations, sources}` (sources: see sourcesOf). A second call on the same root first
 * removes the previous highlight, so nothing is ever wrapped twice.
 */
export async function highlight(root, options = {}) {
  if (!root || typeof root.nodeType !== 'number') throw new TypeError('skimlight.highlight: root must be a DOM node');
  if (states.has(root)) unhighlight(root);
  const doc = root.ownerDocument || root;
  const mode = options.mode === 'highlights' && hasHighlightApi(doc) ? 'highlights' : 'marks';
  const state = {
    root, doc, options, mode, show: new Set(options.categories || DEFAULT_CATEGORIES),
    prefix: /^[A-Za-z][\w-]*$/.test(options.classPrefix || '') ? options.classPrefix : PREFIX,
    records: [], anns: [], entities: [], quotes: [], cleanup: [], firstPiece: new Set(),
    ranges: [], rangeAnn: new WeakMap(), registry: {}, observer: null, observing: false,
    counts: zeroCounts(),
    rootAttrs: root.getAttribute
      ? { class: root.getAttribute('class'), 'data-skimlight-theme': root.getAttribute('data-skimlight-theme') }
      : {},
  };
  if (mode === 'highlights') {
    const view = doc.defaultView;
    for (const c of CATEGORIES) {
      state.registry[c] = new view.Highlight();
      view.CSS.highlights.set(`${state.prefix}-${c}`, state.registry[c]);
    }
    state.cleanup.push(() => { for (const c of CATEGORIES) view.CSS.highlights.delete(`${state.prefix}-${c}`); });
  }
  states.set(root, state); // a second call or an unhighlight meanwhile supersedes this one
  if (options.live) follow(state);
  let anns;
  try {
    anns = await scanAndRender(root, state);
  } catch (err) {
    // a failed scan leaves the page as it was: no observer, no highlight registry, no marks
    if (states.get(root) === state) unhighlight(root);
    throw err;
  }
  if (anns === null) return emptyResult();
  const theme = options.theme && options.theme !== 'auto' ? options.theme : pageTheme(root);
  state.theme = theme;
  if (mode === 'marks') {
    if (root.setAttribute) root.setAttribute('data-skimlight-theme', theme);
    const firstMark = root.querySelector(`${MARK}[tabindex]`);
    if (firstMark) firstMark.setAttribute('tabindex', '0');
  }
  if (anns.length > WINDOW_RANGES) {
    // (the result's summary of a long text is a task of its own)
    await yieldToMain();
    if (states.get(root) !== state) return emptyResult();
  }
  if (options.tooltip !== false) attachTooltip(root, state);
  for (const a of anns) state.counts[a.category]++;
  if (anns.length > WINDOW_RANGES) {
    await yieldToMain();
    if (states.get(root) !== state) return emptyResult();
  }
  const result = resultOf(state);
  if (typeof options.onDone === 'function') options.onDone(result);
  return result;
}

function emptyResult() {
  return { counts: zeroCounts(), entities: [], quotes: [], annotations: [], sources: [] };
}

/** Remove every highlight under `root` and give back the original text nodes. */
export function unhighlight(root) {
  const state = states.get(root);
  states.delete(root);
  if (state) for (const f of state.cleanup) f();
  const marks = root.querySelectorAll(MARK);
  const parents = new Set();
  for (const m of marks) {
    const p = m.parentNode;
    if (!p) continue;
    while (m.firstChild) p.insertBefore(m.firstChild, m);
    p.removeChild(m);
    parents.add(p);
  }
  if (state) {
    joinPieces(state.records);
  } else {
    for (const p of parents) p.normalize();
  }
  if (state && root.setAttribute) {
    // give back the root's own attributes exactly (theme and category toggles are ours)
    for (const [name, value] of Object.entries(state.rootAttrs)) {
      if (value === null) root.removeAttribute(name);
      else root.setAttribute(name, value);
    }
  }
}

/** Show or hide one category's highlights under `root` (the legend toggles use this). */
export function setCategoryVisible(root, category, visible) {
  const state = states.get(root);
  if (state && state.mode === 'highlights') {
    // the page is not touched in this mode: unregister the category's highlight instead
    const view = root.ownerDocument.defaultView;
    state.hidden = state.hidden || new Set();
    if (visible) {
      state.hidden.delete(category);
      view.CSS.highlights.set(`${state.prefix}-${category}`, state.registry[category]);
    } else {
      state.hidden.add(category);
      view.CSS.highlights.delete(`${state.prefix}-${category}`);
    }
    return;
  }
  root.classList.toggle(`${state ? state.prefix : PREFIX}-hide-${category}`, !visible);
}

/**
 * Scroll to the first highlight for which `match(annotation)` is true, focus it and flash it.
 * Returns true when one was found. (The extension's popup lists use this.)
 */
export function reveal(root, match) {
  const state = states.get(root);
  if (!state) return false;
  const ann = state.anns.find((a) => state.show.has(a.category) && match(a));
  if (!ann) return false;
  const { doc, prefix } = state;
  const view = doc.defaultView;
  const smooth = !(view && view.matchMedia && view.matchMedia('(prefers-reduced-motion: reduce)').matches);
  const behavior = smooth ? 'smooth' : 'auto';
  if (state.mode === 'highlights') {
    const hit = state.ranges.find((r) => r.ann === ann);
    if (!hit) return false;
    const rect = hit.range.getBoundingClientRect();
    view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior });
    const flash = new view.Highlight(hit.range);
    view.CSS.highlights.set(`${prefix}-flash`, flash);
    setTimeout(() => { if (view.CSS.highlights.get(`${prefix}-flash`) === flash) view.CSS.highlights.delete(`${prefix}-flash`); }, 1600);
    return true;
  }
  const marks = root.querySelectorAll(`${MARK}[data-skimlight-id="${ann.id}"]`);
  if (!marks.length) return false;
  const first = marks[0];
  first.scrollIntoView({ block: 'center', behavior });
  // roving tabindex: the revealed highlight becomes the keyboard's current one
  for (const m of root.querySelectorAll(`${MARK}[tabindex="0"]`)) m.setAttribute('tabindex', '-1');
  first.setAttribute('tabindex', '0');
  first.focus({ preventScroll: true });
  for (const m of marks) {
    m.classList.remove(`${prefix}-flash`);
    void m.offsetWidth; // restart the animation when revealed twice
    m.classList.add(`${prefix}-flash`);
  }
  setTimeout(() => { for (const m of marks) m.classList.remove(`${prefix}-flash`); }, 1600);
  return true;
}

// ---------------------------------------------------------------- tooltip

let tooltipEl = null;

function tooltipFor(doc) {
  if (tooltipEl && tooltipEl.ownerDocument === doc && tooltipEl.isConnected) return tooltipEl;
  tooltipEl = doc.createElement('div');
  tooltipEl.className = `${PREFIX}-tooltip`;
  tooltipEl.id = `${PREFIX}-tooltip`;
  tooltipEl.setAttribute('data-skimlight-tooltip', '');
  tooltipEl.setAttribute('role', 'tooltip');
  tooltipEl.hidden = true;
  doc.body.appendChild(tooltipEl);
  return tooltipEl;
}

/** The tooltip's text and the selector of the marks to outline with it. */
function describeAnn(ann) {
  const parts = { title: ann.description };
  if (ann.category === 'quote' && ann.speakerEntity != null) parts.linked = `[data-entity="${ann.speakerEntity}"]`;
  if (ann.entity !== undefined) {
    parts.linked = `[data-entity="${ann.entity}"], [data-speaker="${ann.entity}"]`;
  }
  return parts;
}

// How many highlighted roots of a document use the tooltip: the last one to go removes it.
const tooltipUsers = new WeakMap();

function attachTooltip(root, state) {
  const doc = root.ownerDocument;
  // made at the first hover or focus (a page that is never hovered is never added to)
  let tip = null;
  tooltipUsers.set(doc, (tooltipUsers.get(doc) || 0) + 1);
  let current = null; // the mark, or the {range, ann} hit-tested in highlights mode
  const prefix = state.prefix;
  const hiddenCat = (c) => root.classList.contains(`${prefix}-hide-${c}`) || (state.hidden && state.hidden.has(c));
  const clearLinked = () => {
    for (const el of root.querySelectorAll(`.${prefix}-linked`)) el.classList.remove(`${prefix}-linked`);
  };
  const fill = (ann) => {
    tip = tooltipFor(doc);
    const d = describeAnn(ann);
    tip.textContent = d.title; // page text goes in as text, never as HTML
    // an embedder's renderer may fill the tooltip itself (the default text stays if it returns false)
    if (typeof state.options.renderTooltip === 'function' && state.options.renderTooltip(ann, tip) !== false) {
      tip.setAttribute('data-custom', '');
    } else {
      tip.removeAttribute('data-custom');
    }
    tip.className = `${prefix}-tooltip`;
    tip.setAttribute('data-category', ann.category);
    tip.setAttribute('data-skimlight-theme', state.theme);
    tip.hidden = false;
    return d;
  };
  const show = (mark) => {
    if (hiddenCat(mark.getAttribute('data-category'))) return;
    const ann = state.anns[Number(mark.getAttribute('data-skimlight-id'))];
    if (!ann) return;
    current = mark;
    const d = fill(ann);
    mark.setAttribute('aria-describedby', tip.id);
    clearLinked();
    if (d.linked) for (const el of root.querySelectorAll(d.linked)) if (el !== mark) el.classList.add(`${prefix}-linked`);
    place(tip, mark.getClientRects(), mark.getBoundingClientRect());
  };
  const hide = () => {
    if (current && current.removeAttribute) current.removeAttribute('aria-describedby');
    current = null;
    if (tip) tip.hidden = true;
    clearLinked();
  };
  const listeners = [];
  const docKey = (e) => { if (e.key === 'Escape' && current) hide(); };
  listeners.push([doc, 'keydown', docKey]);
  if (state.mode === 'highlights') {
    // no elements to hover: hit-test the ranges under the pointer (innermost, i.e. shortest)
    let frame = 0;
    const hit = (x, y) => {
      const pos = doc.caretPositionFromPoint ? doc.caretPositionFromPoint(x, y) : null;
      const r = pos ? null : doc.caretRangeFromPoint && doc.caretRangeFromPoint(x, y);
      const node = pos ? pos.offsetNode : r && r.startContainer;
      const offset = pos ? pos.offset : r && r.startOffset;
      if (!node) return null;
      let best = null;
      // (the registered ranges only: a long text's are those near the viewport)
      const registered = function* () {
        for (const c of CATEGORIES) if (!hiddenCat(c)) for (const range of state.registry[c]) yield state.rangeAnn.get(range);
      };
      for (const h of registered()) {
        if (!h) continue;
        let inside = false;
        try { inside = h.range.isPointInRange(node, offset); } catch { inside = false; }
        if (!inside) continue;
        // the caret may sit just past the pointer: check the pointer is over the range's boxes
        const over = [...h.range.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
        if (over && (!best || h.ann.end - h.ann.start < best.ann.end - best.ann.start)) best = h;
      }
      return best;
    };
    const move = (e) => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const h = hit(e.clientX, e.clientY);
        if (!h) { if (current) hide(); return; }
        if (h === current) return;
        current = h;
        fill(h.ann);
        place(tip, h.range.getClientRects(), h.range.getBoundingClientRect());
      });
    };
    listeners.push([root, 'mousemove', move], [root, 'mouseleave', hide]);
  } else {
    const markOf = (t) => (t && t.closest ? t.closest(MARK) : null);
    const over = (e) => { const m = markOf(e.target); if (m && root.contains(m) && m !== current) show(m); };
    const out = (e) => { const m = markOf(e.target); if (m && !m.contains(e.relatedTarget) && !markOf(e.relatedTarget)) hide(); };
    const focus = (e) => { const m = markOf(e.target); if (m) show(m); };
    const blur = () => hide();
    const key = (e) => {
      if (e.key === 'Escape') { hide(); return; }
      const m = markOf(e.target);
      if (!m) return;
      const step = { ArrowRight: 1, ArrowDown: 1, n: 1, ArrowLeft: -1, ArrowUp: -1, p: -1 }[e.key];
      if (!step) return;
      const all = [...root.querySelectorAll(`${MARK}[tabindex]`)].filter((x) => !hiddenCat(x.getAttribute('data-category')));
      const i = all.indexOf(m.hasAttribute('tabindex') ? m : m.closest(`${MARK}[tabindex]`));
      const next = all[i + step];
      if (next) {
        e.preventDefault();
        for (const x of all) x.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      }
    };
    listeners.push([root, 'mouseover', over], [root, 'mouseout', out], [root, 'focusin', focus],
      [root, 'focusout', blur], [root, 'keydown', key]);
  }
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn);
  state.cleanup.push(() => {
    hide();
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
    const users = (tooltipUsers.get(doc) || 1) - 1;
    tooltipUsers.set(doc, users);
    if (!users && tooltipEl && tooltipEl.ownerDocument === doc) {
      tooltipEl.remove();
      tooltipEl = null;
    }
  });
}

/** Put the tooltip below the highlight (above when there is no room), inside the viewport. */
function place(tip, rects, box) {
  const view = tip.ownerDocument.defaultView;
  const r = rects.length ? rects[0] : box;
  tip.style.left = '0px';
  tip.style.top = '0px';
  const tw = tip.offsetWidth, th = tip.offsetHeight;
  const vw = view.innerWidth, vh = view.innerHeight;
  let left = Math.min(Math.max(4, r.left), Math.max(4, vw - tw - 4));
  let top = r.bottom + 6;
  if (top + th > vh - 4 && r.top - th - 6 >= 4) top = r.top - th - 6;
  tip.style.left = `${Math.round(left + view.scrollX)}px`;
  tip.style.top = `${Math.round(top + view.scrollY)}px`;
}
