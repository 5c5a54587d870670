// The page benchmark: build an article from the benchmark text, highlight it, and record the
// total time and the longest main-thread task (PerformanceObserver 'longtask' entries).
import { highlight, annotate, collectText } from '../skimlight.js';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') || 'skimlight';
const article = document.getElementById('article');
let longest = 0;
const longTasks = []; // [start ms since navigation, duration ms]
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) { longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); longest = Math.max(longest, e.duration); }
}).observe({ type: 'longtask', buffered: true });
// Long Animation Frames (Chromium): what a long frame spent in script, ours or not, and in the
// browser's own style, layout and paint, so a long task can be told ours or the page's layout
let frames = [];
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const ours = e.scripts.filter((x) => /skimlight/.test(x.sourceURL || '')).reduce((n, x) => n + x.duration, 0);
      const script = e.scripts.reduce((n, x) => n + x.duration, 0);
      const render = e.renderStart ? e.startTime + e.duration - e.renderStart : 0;
      frames.push({ duration: Math.round(e.duration), ours: Math.round(ours), script: Math.round(script), render: Math.round(render) });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

function build(text) {
  const frag = document.createDocumentFragment();
  for (const para of text.split(/\n+/)) {
    if (!para.trim()) continue;
    const p = document.createElement('p');
    p.textContent = para;
    frag.appendChild(p);
  }
  article.appendChild(frag);
}

/** The shim's User Timing marks, as milliseconds since navigation start. */
function phases() {
  return Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('skimlight:'))
    .map((m) => [m.name.slice(10), Math.round(m.startTime)]));
}

const settle = () => new Promise((r) => setTimeout(r, 100));

async function run() {
  if (mode === 'startup') {
    // time origin = navigation start: fetch + compile + instantiate + scanner + first highlight
    build('"We will rebuild the bridge by spring," said Mayor Anne Hidalgo on Monday in Paris, where the city will spend 1.2 billion euros.');
    await highlight(article);
    return { startup_ms: performance.now(), marks: phases() };
  }
  const text = await (await fetch(params.get('text'))).text();
  build(text);
  await annotate('warm up'); // start the worker (or the wasm here) before timing
  await settle();
  longest = 0;
  longTasks.length = 0;
  if (mode === 'skimlight') {
    const t = performance.now();
    // tuning knobs for experiments: ?sliceMs=8&charsPerFrame=12000
    const knobs = {};
    for (const k of ['sliceMs', 'charsPerFrame']) if (params.has(k)) knobs[k] = Number(params.get(k));
    if (params.has('render')) knobs.mode = params.get('render');
    frames = [];
    const r = await highlight(article, knobs);
    const ms = performance.now() - t;
    await settle();
    // the longest stretch of our own script in a frame, and the longest frame's rendering
    const ourLongest = frames.reduce((n, f) => Math.max(n, f.ours), 0);
    const renderLongest = frames.reduce((n, f) => Math.max(n, f.render), 0);
    const marks = phases();
    const firstScreen = marks['first-screen'] !== undefined ? marks['first-screen'] - t : ms;
    return { ms, first_screen_ms: firstScreen, longest_task_ms: longest, long_tasks: longTasks.length, long_task_list: longTasks.filter(([, d]) => d > 50), highlights: r.annotations.length, chars: text.length, marks,
      our_longest_script_ms: ourLongest, longest_render_ms: renderLongest, long_frames: frames.filter((f) => f.duration > 50) };
  }
  // mark.js: wrap the very same ranges skimlight finds; its offsets count text without block
  // separators, so map our offsets through the node list
  const { text: joined, nodes, starts } = collectText(article);
  const anns = await annotate(joined);
  const plain = [];
  let acc = 0;
  const plainStart = nodes.map((n) => { const s = acc; acc += n.data.length; return s; });
  const toPlain = (pos) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= pos) lo = mid; else hi = mid - 1; }
    return plainStart[lo] + Math.min(pos - starts[lo], nodes[lo].data.length);
  };
  for (const a of anns) if (a.category !== 'misc' && a.category !== 'quote') plain.push({ start: toPlain(a.start), length: toPlain(a.end) - toPlain(a.start) });
  await settle();
  longest = 0;
  longTasks.length = 0;
  const t = performance.now();
  await new Promise((done) => new window.Mark(article).markRanges(plain, { done }));
  const ms = performance.now() - t;
  await settle();
  return { ms, longest_task_ms: longest, long_tasks: longTasks.length, ranges: plain.length, chars: text.length };
}

run().then((r) => { window.__result = r; }, (e) => { window.__result = { error: String(e && e.stack || e) }; });
