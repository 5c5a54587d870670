// The "try it" page: paste text or HTML, see it highlighted.
import { highlight, unhighlight } from './skimlight.js';

const input = document.getElementById('input');
const output = document.getElementById('output');
const status = document.getElementById('status');
const published = document.getElementById('published');

const SAMPLE = `"We will not back down," Prime Minister Jacinda Ardern said on Tuesday, adding that the government would spend NZ$1.2 billion over the next five years.
The Reserve Bank of New Zealand kept its rate at 1.75%, while unemployment fell to 4.2 per cent in Auckland and Wellington.`;
input.value = SAMPLE;

/** Paste HTML safely: parse it inert, keep only text-bearing markup, drop scripts and handlers. */
function sanitize(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script,style,link,meta,iframe,object,embed,frame,frameset,base,form,img,video,audio,source,svg,math')) el.remove();
  for (const el of doc.body.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const keep = name === 'href' ? !/^\s*(javascript|data|vbscript):/i.test(attr.value) : ['title', 'lang', 'dir'].includes(name);
      if (!keep) el.removeAttribute(attr.name);
    }
  }
  const frag = document.createDocumentFragment();
  for (const n of [...doc.body.childNodes]) frag.appendChild(document.importNode(n, true));
  return frag;
}

function render() {
  output.replaceChildren();
  const mode = document.querySelector('input[name="mode"]:checked').value;
  if (mode === 'html') {
    output.appendChild(sanitize(input.value));
  } else {
    for (const para of input.value.split(/\n\s*\n|\r?\n/)) {
      if (!para.trim()) continue;
      const p = document.createElement('p');
      p.textContent = para;
      output.appendChild(p);
    }
  }
}

async function go() {
  unhighlight(output);
  render();
  status.textContent = 'Scanning…';
  const t0 = performance.now();
  try {
    const opts = published.value ? { published: published.value } : {};
    const r = await highlight(output, opts);
    const summary = Object.entries(r.counts).filter(([, n]) => n).map(([c, n]) => `${n} ${c}`).join(', ');
    status.textContent = `${summary || 'nothing found'} (${Math.round(performance.now() - t0)} ms)`;
  } catch (err) {
    status.textContent = `Error: ${err.message}`;
  }
  document.documentElement.dataset.skimlight = 'ready';
}

document.getElementById('go').addEventListener('click', go);
go();
