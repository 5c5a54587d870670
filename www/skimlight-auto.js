// skimlight-auto.js: one tag on a reading site highlights its article.
//
//   <script type="module" src=".../skimlight-auto.js" data-root="article"
//           data-categories="person,organization,place,quote"></script>
//
// data- attributes: root (CSS selector, default "article, main, body"), categories (comma list),
// theme (light | dark | auto), worker ("false" to scan on the main thread), live ("true" to
// highlight content the page adds later), mode ("highlights" for the no-mutation mode), css
// ("false" to bring your own styles; by default skimlight.css next to this file is linked once).
// Fires `skimlight:done` on the document with the result, or `skimlight:error` ({error, name,
// message}) when it cannot highlight; then the page is left exactly as it was.
import { highlight } from './skimlight.js';

function ownScript() {
  const me = import.meta.url;
  for (const s of document.querySelectorAll('script[type="module"][src]')) {
    if (new URL(s.getAttribute('src'), document.baseURI).href === me) return s;
  }
  return null;
}

function options(script) {
  const d = (script && script.dataset) || {};
  const opts = {};
  if (d.categories) opts.categories = d.categories.split(',').map((c) => c.trim()).filter(Boolean);
  if (d.theme) opts.theme = d.theme;
  if (d.worker === 'false') opts.worker = false;
  if (d.live === 'true' || d.live === '') opts.live = true;
  if (d.mode) opts.mode = d.mode; // 'highlights': paint with the CSS Custom Highlight API, no DOM change
  return { opts, rootSelector: d.root || 'article, main, body', css: d.css !== 'false' };
}

/** Link skimlight.css once; gives back the element it added, if any. */
function linkStyles() {
  const href = new URL('./skimlight.css', import.meta.url).href;
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) return null;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.appendChild(link);
  return link;
}

async function run() {
  const script = ownScript();
  const { opts, rootSelector, css } = options(script);
  const root = document.querySelector(rootSelector);
  if (!root) {
    console.warn(`skimlight: no element matches data-root="${rootSelector}"`);
    return;
  }
  const link = css ? linkStyles() : null;
  let result;
  try {
    result = await highlight(root, opts);
  } catch (error) {
    // the page stays as it was (a policy that forbids WebAssembly: error.name
    // 'SkimlightBlockedError'); the site hears of it, nothing is thrown at it
    if (link) link.remove();
    document.dispatchEvent(new CustomEvent('skimlight:error', { detail: { error, name: error.name, message: error.message } }));
    return;
  }
  document.dispatchEvent(new CustomEvent('skimlight:done', { detail: result }));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => { run(); }, { once: true });
else run();
