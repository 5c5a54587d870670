// skimlight's background: the service worker in Chromium, the event page in Firefox (an ES
// module in both). It owns the wasm scanner: a page's content script cannot instantiate
// WebAssembly under a strict CSP, so the content script sends text here and gets the
// annotations back. It also injects the content scripts on demand (activeTab: no host
// permission), keeps the badge, and registers the content scripts of "always highlight" sites.
import * as glue from './pkg/skimlight.js';
import { init, scanHere } from './lib/skimlight.js';
import { sitePattern } from './sites.js';

const api = globalThis.browser || globalThis.chrome;
const CONTENT_JS = ['vendor/Readability.js', 'vendor/Readability-readerable.js', 'lib/skimlight-content.js', 'article.js', 'content.js'];
const CONTENT_CSS = ['lib/skimlight.css'];
const ALWAYS = 'skimlight-always';

/** Scan text with the wasm (loaded once per background lifetime, from the extension's files). */
async function scan(text, options) {
  await init({ glue, wasmUrl: api.runtime.getURL('pkg/skimlight_bg.wasm') });
  const raw = await scanHere(text, options || null);
  // Chromium's messages are JSON: a typed array would arrive as an object with numeric keys
  return { ...raw, spans: Array.from(raw.spans), sentences: Array.from(raw.sentences) };
}

/** Is the controller in the tab's top frame already? (false on pages we may not script) */
async function injected(tabId) {
  const [res] = await api.scripting.executeScript({ target: { tabId }, func: () => !!globalThis.__skimlight });
  return !!(res && res.result);
}

async function inject(tabId) {
  if (await injected(tabId)) return;
  await api.scripting.insertCSS({ target: { tabId }, files: CONTENT_CSS });
  await api.scripting.executeScript({ target: { tabId }, files: CONTENT_JS });
}

/** Ask the tab's controller (content.js); its answers come as {ok, value} or {ok: false, error}. */
async function tell(tabId, message) {
  const reply = await api.tabs.sendMessage(tabId, message, { frameId: 0 });
  if (!reply) throw new Error('skimlight is not in this page');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The tab's highlight state, or null when skimlight is not in the page. */
async function stateOf(tabId) {
  try {
    return await tell(tabId, { type: 'state' });
  } catch {
    return null;
  }
}

/**
 * Turn highlighting on or off in a tab (on: true/false), or flip it (on: undefined).
 * `reopen`: the popup was opened; highlight unless the user switched it off in this page.
 */
async function setTab(tabId, on, { reopen = false } = {}) {
  let state = await stateOf(tabId);
  if (on === undefined) on = !(state && state.on);
  if (reopen && state && (state.on || state.switchedOff)) return state;
  if (!on) return state ? tell(tabId, { type: 'off' }) : { on: false };
  if (!state) await inject(tabId);
  return tell(tabId, { type: 'on' });
}

function badge(tabId, text) {
  api.action.setBadgeText({ tabId, text }).catch(() => {});
  api.action.setBadgeBackgroundColor({ tabId, color: '#1f2328' }).catch(() => {});
}

/** Register the content scripts of the sites the user chose to always highlight (and granted). */
async function syncSites() {
  const { sites = [] } = await api.storage.sync.get('sites');
  const matches = new Set();
  for (const origin of sites) {
    const pattern = sitePattern(origin);
    if (await api.permissions.contains({ origins: [pattern] })) matches.add(pattern);
  }
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [ALWAYS] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [ALWAYS] });
  if (matches.size) {
    await api.scripting.registerContentScripts([{
      id: ALWAYS, matches: [...matches], js: [...CONTENT_JS, 'content-auto.js'], css: CONTENT_CSS, runAt: 'document_idle',
    }]);
  }
}

async function handle(message, sender) {
  switch (message && message.type) {
    case 'scan':
      return scan(String(message.text), message.options);
    case 'status': // from a content script: its highlight count
      if (sender.tab) badge(sender.tab.id, message.on ? String(message.total) : '');
      return true;
    case 'set-tab': // from the popup
      return setTab(message.tabId, message.on, { reopen: !!message.reopen });
    case 'sync-sites':
      await syncSites();
      return true;
    default:
      throw new Error(`skimlight: unknown message ${JSON.stringify(message && message.type)}`);
  }
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // only our own pages and content scripts (never a web page: externally_connectable is unset)
  if (sender.id !== api.runtime.id) return false;
  handle(message, sender).then(
    (value) => sendResponse({ ok: true, value }),
    (err) => sendResponse({ ok: false, error: String((err && err.message) || err) }),
  );
  return true; // the response is asynchronous
});

api.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-highlights' && tab && tab.id !== undefined) setTab(tab.id).catch(() => {});
});

// A new page in the tab: its highlights are gone, so is the count.
api.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') badge(tabId, '');
});

api.runtime.onInstalled.addListener(() => { syncSites().catch(() => {}); });
api.runtime.onStartup.addListener(() => { syncSites().catch(() => {}); });
api.permissions.onRemoved.addListener(async ({ origins = [] }) => {
  // revoked from the browser's own settings: forget the site too
  const { sites = [] } = await api.storage.sync.get('sites');
  const left = sites.filter((s) => !origins.some((o) => o === sitePattern(s) || o === '*://*/*'));
  if (left.length !== sites.length) await api.storage.sync.set({ sites: left });
  await syncSites();
});

// what tests and the devtools console can call (`self.skimlight.setTab(id)` in the worker)
globalThis.skimlight = { setTab, scan, syncSites };
