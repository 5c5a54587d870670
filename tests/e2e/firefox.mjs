// Debian's Firefox ESR with the Firefox build of the extension (extension/dist/firefox), driven
// headless over WebDriver BiDi by puppeteer-core. Extension pages cannot be opened from BiDi, so
// the tests act as a user does: Firefox is started with --remote-allow-system-access, which lets
// BiDi run script in the browser window itself, and from there a real Alt+Shift+K goes through
// Firefox's test keyboard interface (nsITextInputProcessor) and opens the real panel. The panel
// is read the way a screen reader reads it: through the accessibility tree of the popup's
// document, and its buttons are pressed through the same tree.
// Every request Firefox would send off the machine goes to a recording proxy on loopback.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { ROOT } from './browser.mjs';
import { serve } from '../../tools/serve.mjs';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const FIREFOX_EXT = join(ROOT, 'extension', 'dist', 'firefox');

/** A proxy that answers nothing and records what was asked of it. */
function recordingProxy() {
  const asked = [];
  const proxy = createServer((req, res) => { asked.push(req.url); res.writeHead(502).end(); });
  proxy.on('connect', (req, socket) => { asked.push(`CONNECT ${req.url}`); socket.destroy(); });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve({ proxy, asked })));
}

/** Firefox with the extension installed (`extension: false`: a plain browser, for the page tests). */
export async function startFirefox({ extension: withExtension = true } = {}) {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} missing: make setup-browser installs firefox-esr`);
  const server = await serve({ port: 0, root: ROOT });
  const base = `http://127.0.0.1:${server.address().port}`;
  const { proxy, asked } = await recordingProxy();
  const port = proxy.address().port;
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const downloads = mkdtempSync(join(ROOT, '.tmp', 'firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true,
    args: ['--remote-allow-system-access'],
    // (no settings server: the browser's remote settings come from its own files)
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port, 'network.proxy.share_proxy_settings': true,
      'network.proxy.socks_remote_dns': true,
      // Firefox's own remote settings: a loopback port that answers nothing (puppeteer's default
      // is a made-up host, which would go to the proxy)
      'services.settings.server': 'http://127.0.0.1:9/v1',
      // an optional permission the panel asks for is granted without the browser's prompt
      // (the request itself still needs a user's action, as in use)
      'extensions.webextOptionalPermissionPrompts': false,
      // the panel's downloads go to a folder of the test's, without a dialog
      'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const extension = withExtension ? await browser.installExtension(FIREFOX_EXT) : null;
  const bidi = browser.connection;

  /** Run `expression` (an async function's body) in the browser window, with chrome privileges. */
  async function chrome(body, ...args) {
    const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = result.contexts[0].context;
    const r = await bidi.send('script.callFunction', {
      target: { context }, awaitPromise: true, resultOwnership: 'none',
      functionDeclaration: `async function (...args) { ${body} }`,
      arguments: args.map((v) => ({ type: 'string', value: JSON.stringify(v) })),
    });
    if (r.result.type === 'exception') throw new Error(`in the browser window: ${r.result.exceptionDetails.text}`);
    const v = r.result.result;
    return v && v.type === 'string' ? JSON.parse(v.value) : undefined;
  }

  /** Press keys together, as a user does ("Alt+Shift+K"), through the test keyboard interface. */
  function press(combo) {
    return chrome(`
      const keys = JSON.parse(args[0]).split('+');
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
      const CODES = { Alt: ['AltLeft', KeyboardEvent.DOM_VK_ALT], Shift: ['ShiftLeft', KeyboardEvent.DOM_VK_SHIFT],
        Control: ['ControlLeft', KeyboardEvent.DOM_VK_CONTROL], Tab: ['Tab', KeyboardEvent.DOM_VK_TAB], ' ': ['Space', KeyboardEvent.DOM_VK_SPACE] };
      const ev = (k) => { const [code, keyCode] = CODES[k] || ['Key' + k.toUpperCase(), k.toUpperCase().charCodeAt(0)];
        return new KeyboardEvent('', { key: k, code, keyCode }); };
      for (const k of keys) tip.keydown(ev(k));
      for (const k of keys.reverse()) tip.keyup(ev(k));
      return JSON.stringify(true);`, combo);
  }

  /**
   * The open panel as the accessibility tree has it: [{role, name, checked}] in document order,
   * once `ready(items)` holds (the tree fills in as the popup renders); null without a panel.
   */
  function panel(until = '', timeout = 15000) {
    return chrome(`
      const [until, timeout] = [JSON.parse(args[0]), JSON.parse(args[1])];
      const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
      const S = Ci.nsIAccessibleStates;
      const read = () => {
        const b = document.querySelector('browser[webextension-view-type="popup"]');
        if (!b) return null;
        const out = [];
        const walk = (a, depth) => {
          if (!a || depth > 60) return;
          const role = svc.getStringRole(a.role);
          const state = {}, extra = {};
          a.getState(state, extra);
          // (a text leaf is named by its text: the status line's, a paragraph's)
          if (a.name && role !== 'text container') out.push({ role, name: a.name, checked: !!(state.value & S.STATE_CHECKED) });
          for (let c = a.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
        };
        walk(svc.getAccessibleFor(b), 0);
        return out;
      };
      const t0 = Date.now();
      let items = read();
      while ((!items || !items.some((x) => x.name.includes(until))) && Date.now() - t0 < timeout) {
        await new Promise((r) => setTimeout(r, 100));
        items = read();
      }
      return JSON.stringify(items);`, until, timeout);
  }

  /** Press the panel's control (a button or a checkbox) whose accessible name starts with `name`. */
  function pressInPanel(role, name) {
    return chrome(`
      const [role, name] = [JSON.parse(args[0]), JSON.parse(args[1])];
      const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
      const b = document.querySelector('browser[webextension-view-type="popup"]');
      let found = null;
      const walk = (a) => {
        for (let c = a && a.firstChild; c && !found; c = c.nextSibling) {
          if (svc.getStringRole(c.role) === role && (c.name || '').startsWith(name)) found = c; else walk(c);
        }
      };
      walk(b && svc.getAccessibleFor(b));
      if (!found) throw new Error('no ' + role + ' ' + name + ' in the panel');
      found.doAction(0);
      return JSON.stringify(true);`, role, name);
  }

  /** Close the panel (Escape, as a user would). */
  function closePanel() {
    return chrome(`
      const b = document.querySelector('browser[webextension-view-type="popup"]');
      const panel = b && b.closest('panel');
      if (panel) { const hidden = new Promise((r) => panel.addEventListener('popuphidden', r, { once: true })); panel.hidePopup(); await hidden; }
      return JSON.stringify(true);`);
  }

  return {
    base, browser, extension, chrome, press, panel, pressInPanel, closePanel, asked, downloads,
    async close() {
      rmSync(downloads, { recursive: true, force: true });
      await browser.close().catch(() => {});
      await new Promise((r) => server.close(r));
      await new Promise((r) => proxy.close(r));
    },
  };
}
