// WCAG AA: the page's own text on every category's highlight, and the tooltip's text, reach a
// contrast of 4.5:1, on a light page and on a dark one (the theme follows the page's computed
// background). Measured on the colours the browser computes, not on the CSS source.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

const PAGES = {
  light: { background: '#ffffff', color: '#222222' },
  'light, grey text': { background: '#fafafa', color: '#404040' },
  dark: { background: '#121212', color: '#e8e8e8' },
  'dark, blue-grey': { background: '#1e2430', color: '#d0d6e0' },
};

for (const [name, colours] of Object.entries(PAGES)) {
  test(`contrast on a ${name} page`, async () => {
    const { page, errors } = await open(b.context, `${b.base}/tests/fixtures/article-page.html`);
    const r = await page.evaluate(async ({ background, color }) => {
      const l = document.createElement('link');
      l.rel = 'stylesheet'; l.href = '/www/skimlight.css'; document.head.appendChild(l);
      await new Promise((res) => { l.onload = res; });
      document.body.style.background = background;
      document.body.style.color = color;
      for (const el of document.querySelectorAll('header, footer, a')) { el.style.background = background; el.style.color = color; }
      const { highlight, CATEGORIES } = await import('/www/skimlight.js');
      const root = document.querySelector('article');
      await highlight(root, { categories: CATEGORIES });
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b2]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b2);
      };
      const ratio = (a, c) => { const [x, y] = [lum(rgb(a)), lum(rgb(c))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const out = { theme: root.getAttribute('data-skimlight-theme'), marks: {} };
      for (const c of CATEGORIES) {
        const m = root.querySelector(`mark[data-category="${c}"]`);
        if (!m) continue;
        const cs = getComputedStyle(m);
        out.marks[c] = ratio(cs.color, cs.backgroundColor);
      }
      // the tooltip, shown on a highlight
      const m = root.querySelector('mark[data-category="person"]');
      m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      const tip = document.querySelector('[role="tooltip"]');
      const ts = getComputedStyle(tip);
      out.tooltip = ratio(ts.color, ts.backgroundColor);
      return out;
    }, colours);
    assert.equal(r.theme, name.startsWith('dark') ? 'dark' : 'light');
    assert.ok(Object.keys(r.marks).length >= 7, `categories seen: ${Object.keys(r.marks)}`);
    for (const [c, v] of Object.entries(r.marks)) assert.ok(v >= 4.5, `${name}: ${c} text contrast ${v.toFixed(2)}`);
    assert.ok(r.tooltip >= 4.5, `${name}: tooltip contrast ${r.tooltip.toFixed(2)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
