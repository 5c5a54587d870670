// skimlight's controller in a page (a classic content script, in the extension's isolated
// world). It finds the article with @mozilla/readability, highlights it with the shim
// (lib/skimlight-content.js: globalThis.skimlight) and answers the popup. It never loads the
// wasm: text goes to the background, which scans it and sends the annotations back.
(() => {
  'use strict';
  if (globalThis.__skimlight) return; // injected twice (the toolbar, then an "always" script)
  const api = globalThis.browser || globalThis.chrome;
  const sl = globalThis.skimlight;
  const DEFAULTS = { categories: sl.DEFAULT_CATEGORIES, scope: 'article', live: true, paintOnly: [] };
  const ENTITY_CATEGORIES = ['person', 'organization', 'place', 'misc'];
  const FIGURE_CATEGORIES = ['money', 'percent', 'number', 'date'];
  const FIGURES_SENT = 50; // per category (the popup lists 30)
  const clip = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

  let settings = null;
  let root = null; // the highlighted element
  let result = null; // the shim's {counts, entities, quotes, annotations}
  let articleFound = false;
  let pending = null; // the highlight in progress
  let switchedOff = false; // the user turned it off in this page: reopening the popup keeps it off

  async function loadSettings() {
    const s = await api.storage.sync.get(DEFAULTS);
    return {
      categories: Array.isArray(s.categories) ? s.categories : DEFAULTS.categories,
      scope: s.scope === 'page' ? 'page' : 'article',
      live: s.live !== false,
      paintOnly: Array.isArray(s.paintOnly) ? s.paintOnly : [],
    };
  }

  function scanInBackground(text, options) {
    return api.runtime.sendMessage({ type: 'scan', text, options }).then((reply) => {
      if (!reply || !reply.ok) throw new Error((reply && reply.error) || 'skimlight: no answer from the scanner');
      return reply.value;
    });
  }

  function applyVisibility() {
    if (!root) return;
    const show = new Set(settings.categories);
    for (const c of sl.CATEGORIES) sl.setCategoryVisible(root, c, show.has(c));
  }

  function report() {
    const show = new Set(settings ? settings.categories : []);
    let total = 0;
    if (result) for (const c of show) total += result.counts[c] || 0;
    api.runtime.sendMessage({ type: 'status', on: !!result, total }).catch(() => {});
  }

  /** What the popup shows: the switch, counts, entities by mentions, quotes by speaker. */
  function state() {
    const base = {
      on: !!result, busy: !!pending, switchedOff, origin: location.origin, host: location.hostname,
      scope: settings ? settings.scope : DEFAULTS.scope, article: articleFound,
    };
    if (!result) return { ...base, counts: {}, entities: [], quotes: [], sources: [], figures: [], figureCounts: {} };
    const entities = [];
    result.entities.forEach((e, id) => {
      // after live updates: one entry per name (several scans may have named it, `ids`), and
      // none for a name no longer on the page
      if (e.ids && (e.ids[0] !== id || !e.mentions)) return;
      if (ENTITY_CATEGORIES.includes(e.category)) entities.push({ id: e.ids || [id], name: e.name, category: e.category, mentions: e.mentions, role: e.role });
    });
    entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    const groups = new Map();
    for (const a of result.annotations) {
      if (a.category !== 'quote') continue;
      const key = a.speaker || '';
      if (!groups.has(key)) groups.set(key, { speaker: a.speaker || null, role: a.role || null, quotes: [] });
      const text = a.text.replace(/\s+/g, ' ').trim();
      groups.get(key).quotes.push({ id: a.id, text: clip(text, 110) });
    }
    // the figures with their values and sentences, in text order (the popup groups them; it
    // lists the first ones of each category and counts the rest, so a long page sends no more)
    const figures = [];
    const figureCounts = Object.fromEntries(FIGURE_CATEGORIES.map((c) => [c, 0]));
    for (const a of result.annotations) {
      if (!FIGURE_CATEGORIES.includes(a.category) || ++figureCounts[a.category] > FIGURES_SENT) continue;
      const sentence = (a.sentence || a.text).replace(/\s+/g, ' ').trim();
      figures.push({ id: a.id, category: a.category, text: a.text.replace(/\s+/g, ' ').trim(), value: a.value || null, sentence: clip(sentence, 200) });
    }
    const quotes = [...groups.values()].sort((a, b) =>
      (a.speaker === null) - (b.speaker === null) || b.quotes.length - a.quotes.length);
    const sources = (result.sources || []).map((x) => ({
      speaker: x.speaker, role: x.role, quotes: x.quotes, words: x.words, share: x.share, ids: x.ids,
      gender: x.gender || null, genderBasis: x.genderBasis || null,
    }));
    return { ...base, counts: { ...result.counts }, entities, quotes, sources, figures, figureCounts };
  }

  /** The article's report (what `skimlight report` prints), for the popup's exports. */
  function exported(message) {
    if (!result) throw new Error('Switch highlighting on to export.');
    const format = ['markdown', 'csv', 'json'].includes(message.format) ? message.format : 'markdown';
    const title = (document.title || location.hostname).trim();
    const text = sl.reportOf(result, { format, gender: !!message.gender, title: `skimlight report: ${title}` });
    // a file name from the title, cut at a word within 60 characters
    const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    const base = (slug.length > 60 ? slug.slice(0, 61).replace(/-[^-]*$/, '') : slug) || 'article';
    return { text, filename: `skimlight-${base}.${format === 'markdown' ? 'md' : format}` };
  }

  async function on() {
    switchedOff = false;
    if (pending) return pending;
    if (result) return state();
    pending = (async () => {
      settings = await loadSettings();
      const article = settings.scope === 'article' ? globalThis.skimlightFindArticle(document) : null;
      articleFound = !!article;
      root = article || document.body;
      const mode = settings.paintOnly.includes(location.hostname) ? 'highlights' : 'marks';
      const options = {
        categories: sl.CATEGORIES, // all of them, shown or hidden by the popup's toggles at once
        mode, live: settings.live, worker: false, scan: scanInBackground,
        onUpdate: (r) => { if (result) { result = r; report(); } },
      };
      result = await sl.highlight(root, options);
      applyVisibility();
      report();
      return state();
    })();
    try {
      return await pending;
    } catch (err) {
      off();
      throw err;
    } finally {
      pending = null;
    }
  }

  function off() {
    if (root) sl.unhighlight(root);
    root = null;
    result = null;
    report();
    return state();
  }

  async function rehighlight() {
    if (!result && !pending) return;
    if (pending) await pending.catch(() => {});
    off();
    await on();
  }

  function reveal(message) {
    if (!root || !result) return false;
    if (message.entity !== undefined) {
      const ids = [].concat(message.entity);
      return sl.reveal(root, (a) => ids.includes(a.entity));
    }
    return sl.reveal(root, (a) => a.id === message.id);
  }

  async function handle(message) {
    switch (message && message.type) {
      case 'state': return state();
      case 'on': return on();
      case 'off': switchedOff = true; return off();
      case 'reveal': return reveal(message);
      case 'export': return exported(message);
      case 'rehighlight': await rehighlight(); return state();
      default: throw new Error(`skimlight: unknown message ${JSON.stringify(message && message.type)}`);
    }
  }

  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id) return false;
    handle(message).then(
      (value) => sendResponse({ ok: true, value }),
      (err) => sendResponse({ ok: false, error: String((err && err.message) || err) }),
    );
    return true;
  });

  // the categories apply at once, in every tab (showing or hiding, no rescan); the popup asks
  // for a 'rehighlight' after changing what needs one (scope, live, paint only)
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !settings) return;
    if (changes.categories) {
      settings.categories = Array.isArray(changes.categories.newValue) ? changes.categories.newValue : DEFAULTS.categories;
      applyVisibility();
      report();
    }
  });

  // single-page apps: a navigation that replaced the article is highlighted again
  const page = () => location.href.replace(/#.*$/, '');
  let lastPage = page();
  const afterNavigation = () => {
    if (page() === lastPage) return; // a jump to an anchor is not a new article
    lastPage = page();
    if (!result || pending) return;
    setTimeout(() => {
      if (result && !pending && (!root.isConnected || settings.scope === 'article')) rehighlight().catch(() => {});
    }, 400);
  };
  if (globalThis.navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', afterNavigation);
  } else {
    addEventListener('popstate', afterNavigation);
  }

  globalThis.__skimlight = { on, off, state };
})();
