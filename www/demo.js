// The demo page: highlight the article, wire the legend (per-category toggles with counts).
import { highlight, unhighlight, setCategoryVisible } from './skimlight.js';

const article = document.getElementById('article');
const status = document.getElementById('status');
const legend = document.getElementById('legend');
const toggleAll = document.getElementById('toggle-all');
let on = false;

async function run() {
  const t0 = performance.now();
  const result = await highlight(article);
  on = true;
  const ms = Math.round(performance.now() - t0);
  for (const button of legend.querySelectorAll('button[data-category]')) {
    const c = button.dataset.category;
    button.querySelector('.count').textContent = String(result.counts[c] || 0);
    setCategoryVisible(article, c, button.getAttribute('aria-pressed') === 'true');
  }
  const people = result.entities.filter((e) => e.category === 'person').length;
  status.textContent = `${result.annotations.length} highlights, ${people} people, ${result.quotes.length} quotes, in ${ms} ms.`;
  toggleAll.textContent = 'Remove highlights';
  document.documentElement.dataset.skimlight = 'ready';
}

legend.addEventListener('click', (e) => {
  const button = e.target.closest('button[data-category]');
  if (!button) return;
  const visible = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(visible));
  if (on) setCategoryVisible(article, button.dataset.category, visible);
});

toggleAll.addEventListener('click', () => {
  if (on) {
    unhighlight(article);
    on = false;
    toggleAll.textContent = 'Highlight again';
    status.textContent = 'Highlights removed; the article is exactly as it was.';
  } else {
    run();
  }
});

run().catch((err) => {
  status.textContent = `Could not load skimlight: ${err.message}`;
  document.documentElement.dataset.skimlight = 'error';
  console.error(err);
});
