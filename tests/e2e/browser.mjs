// Shared helpers for the browser tests: a local server and Debian's Chromium via playwright-core.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Start the static server on a free port and Chromium; returns {base, context, close}. */
export async function start({ args = [], headless = true } = {}) {
  const server = await serve({ port: 0, root: ROOT });
  const base = `http://127.0.0.1:${server.address().port}`;
  const tmp = join(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const profile = mkdtempSync(join(tmp, 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless, args: [...FLAGS, ...args], viewport: { width: 1280, height: 900 },
  });
  return {
    base,
    context,
    async close() {
      await context.close().catch(() => {});
      await new Promise((r) => server.close(r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Open a page and collect its console errors and page errors. */
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { page, errors };
}

/** The try page, loaded and with its sample text un-highlighted, for tests that highlight it themselves. */
export async function tryPage(context, base) {
  const { page, errors } = await open(context, `${base}/www/try.html`);
  await page.waitForSelector('html[data-skimlight="ready"]');
  await page.evaluate(async () => {
    const { unhighlight } = await import('/www/skimlight.js');
    unhighlight(document.getElementById('output'));
  });
  return { page, errors };
}
