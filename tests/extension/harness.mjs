// Chromium with the unpacked extension (extension/dist/chromium), for the extension tests and
// the README screenshots. The toolbar button is pressed through the DevTools protocol
// (Extensions.triggerAction, like a user's click: it grants activeTab and opens the popup).
import { join } from 'node:path';
import { start, ROOT } from '../e2e/browser.mjs';

export const DIST = join(ROOT, 'extension', 'dist');
export const EXT = join(DIST, 'chromium');

export async function startWithExtension() {
  const b = await start({ args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--enable-unsafe-extension-debugging'] });
  let [sw] = b.context.serviceWorkers();
  if (!sw) sw = await b.context.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;

  /** Press the toolbar button for the tab showing `page`. */
  async function clickToolbar(page) {
    const cdp = await b.context.browser().newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
      const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    } finally {
      await cdp.detach();
    }
  }

  /** The extension's id for the tab showing `page` (its URL is readable once activeTab is granted). */
  function tabIdOf(page) {
    return sw.evaluate(async (url) => {
      const t = (await chrome.tabs.query({})).find((x) => x.url === url);
      return t ? t.id : null;
    }, page.url());
  }

  /** The popup for a tab, opened as a page of its own (a toolbar popup is not a Playwright page). */
  async function openPopup(tabId, { colorScheme } = {}) {
    const popup = await b.context.newPage();
    const errors = [];
    popup.on('pageerror', (e) => errors.push(String(e)));
    if (colorScheme) await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('#main:not([hidden])', { timeout: 30000 });
    return { popup, errors };
  }

  return { ...b, sw, id, clickToolbar, tabIdOf, openPopup };
}
