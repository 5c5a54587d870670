// skimlight's popup. Opening it (the toolbar button, or Alt+Shift+K) highlights the tab unless
// the user switched it off in this page; the switch turns it off and on. Lists come from the
// page's controller (content.js); settings live in storage.sync.
import { CATEGORIES, DEFAULT_CATEGORIES, genderShares } from './lib/skimlight.js';
import { sitePattern } from './sites.js';

const api = globalThis.browser || globalThis.chrome;
const LABELS = {
  person: 'People', organization: 'Organizations', place: 'Places', misc: 'Other names',
  date: 'Dates', number: 'Numbers', money: 'Money', percent: 'Percentages', quote: 'Quotes',
};
const ENTITY_CATEGORIES = ['person', 'organization', 'place', 'misc'];
const FIGURE_CATEGORIES = ['money', 'percent', 'number', 'date'];
const DEFAULTS = { categories: DEFAULT_CATEGORIES, scope: 'article', live: true, paintOnly: [], sites: [], gender: false };
const BASIS = { pronoun: 'the pronouns the article uses', title: 'a title', 'first name': 'first-name statistics' };
const LIST_LIMIT = 30;

const $ = (id) => document.getElementById(id);
let tabId = null;
let state = null;
let settings = null;

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

async function background(message) {
  const reply = await api.runtime.sendMessage(message);
  if (!reply || !reply.ok) throw new Error(reply ? reply.error : 'no answer from skimlight');
  return reply.value;
}

async function page(message) {
  const reply = await api.tabs.sendMessage(tabId, message, { frameId: 0 });
  if (!reply || !reply.ok) throw new Error(reply ? reply.error : 'skimlight is not in this page');
  return reply.value;
}

function status(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

function visible() {
  return new Set(settings.categories);
}

function renderStatus() {
  if (!state.on) return status(state.busy ? 'Highlighting…' : 'Off. Switch on to highlight this page.');
  let total = 0;
  for (const c of visible()) total += state.counts[c] || 0;
  const where = state.scope === 'page' ? 'the whole page'
    : state.article ? 'the article' : 'the whole page (no article found)';
  status(`${total} highlight${total === 1 ? '' : 's'} in ${where}.`);
}

function renderCategories() {
  const list = $('categories');
  list.replaceChildren();
  const show = visible();
  for (const c of CATEGORIES) {
    const box = el('input', { type: 'checkbox', checked: show.has(c), 'data-category': c });
    box.addEventListener('change', () => setCategory(c, box.checked));
    const n = state.on ? String(state.counts[c] || 0) : '';
    list.append(el('li', {}, el('label', {}, box, el('span', { class: 'swatch', 'data-category': c }), LABELS[c],
      el('span', { class: 'n', 'aria-label': n ? `${n} found` : '' }, n))));
  }
}

/** "and 12 more" at the end of a long list. */
function addMore(ul, items) {
  if (items.length > LIST_LIMIT) ul.append(el('li', { class: 'more' }, `and ${items.length - LIST_LIMIT} more`));
}

function renderLists() {
  const lists = $('lists');
  lists.replaceChildren();
  if (!state.on) return;
  const show = visible();
  for (const c of ENTITY_CATEGORIES) {
    if (!show.has(c)) continue;
    const items = state.entities.filter((e) => e.category === c);
    const ul = el('ul', { 'data-list': c });
    for (const e of items.slice(0, LIST_LIMIT)) {
      const b = el('button', { type: 'button', title: `Show the first mention of ${e.name}` },
        el('span', {}, e.name), e.role ? el('span', { class: 'role' }, e.role) : null,
        el('span', { class: 'n', 'aria-label': `${e.mentions} mentions` }, `×${e.mentions}`));
      b.addEventListener('click', () => reveal({ entity: e.id }));
      ul.append(el('li', {}, b));
    }
    addMore(ul, items);
    const body = items.length ? ul : el('p', { class: 'empty' }, 'None found.');
    lists.append(el('details', { open: items.length > 0 }, el('summary', {}, `${LABELS[c]} `, el('span', { class: 'n' }, `(${items.length})`)), body));
  }
  if (show.has('quote') && (state.sources || []).length) {
    // who is quoted and how much: a click shows the source's quotes one after another
    const ul = el('ul', { 'data-list': 'sources' });
    for (const src of state.sources) {
      const who = src.speaker || 'Speaker not named';
      const what = `${src.quotes} quote${src.quotes === 1 ? '' : 's'}, ${src.words} words, ${src.share}%`;
      const gender = settings.gender && src.speaker
        ? el('span', { class: 'gender', title: src.gender ? `An estimate, from ${BASIS[src.genderBasis]}` : 'Nothing in the article or the name says' },
          src.gender ? `${src.gender} (est.)` : 'unknown')
        : null;
      const b = el('button', { type: 'button', class: 'source', title: `Show ${who}'s quotes one after another` },
        el('span', { class: 'who' }, el('span', { class: 'name' }, who), src.role ? el('span', { class: 'role' }, src.role) : null, gender),
        el('span', { class: 'n', 'aria-label': what }, what));
      let next = 0;
      b.addEventListener('click', () => {
        reveal({ id: src.ids[next % src.ids.length] });
        next++;
      });
      ul.append(el('li', {}, b));
    }
    const named = state.sources.filter((x) => x.speaker).length;
    const share = settings.gender ? el('p', { class: 'shares', 'data-list': 'gender-shares' }, genderLine(state.sources)) : null;
    lists.append(el('details', { open: true }, el('summary', {}, 'Sources ', el('span', { class: 'n' }, `(${named} named)`)), ul, share));
  }
  if (show.has('quote')) {
    const box = el('div', { 'data-list': 'quote' });
    for (const g of state.quotes) {
      const who = g.speaker || 'Speaker not named';
      box.append(el('h3', {}, who, g.role ? el('span', { class: 'role' }, ` · ${g.role}`) : null));
      const ul = el('ul');
      for (const q of g.quotes.slice(0, LIST_LIMIT)) {
        const b = el('button', { type: 'button', class: 'quote', title: 'Show this quote' }, q.text);
        b.addEventListener('click', () => reveal({ id: q.id }));
        ul.append(el('li', {}, b));
      }
      addMore(ul, g.quotes);
      box.append(ul);
    }
    const n = state.quotes.reduce((s, g) => s + g.quotes.length, 0);
    const body = n ? box : el('p', { class: 'empty' }, 'No quotes found.');
    lists.append(el('details', { open: n > 0 }, el('summary', {}, 'Quotes by speaker ', el('span', { class: 'n' }, `(${n})`)), body));
  }
  renderFigures(lists, show);
}

/** "Quoted words by estimated gender: women 40%, men 45%, unknown 15%" (as skimlight report counts). */
function genderLine(sources) {
  const { female, male, unknown } = genderShares(sources);
  return `Quoted words by estimated gender: women ${female}%, men ${male}%, unknown ${unknown}%.`;
}

/** Every figure with its value and sentence, by category; a click shows it on the page. */
function renderFigures(lists, show) {
  const cats = FIGURE_CATEGORIES.filter((c) => show.has(c));
  if (!cats.length) return;
  const figures = (state.figures || []).filter((f) => cats.includes(f.category));
  const count = (c) => (state.figureCounts && state.figureCounts[c]) || figures.filter((f) => f.category === c).length;
  const total = cats.reduce((n, c) => n + count(c), 0);
  const box = el('div', { 'data-list': 'figures' });
  for (const c of cats) {
    const items = figures.filter((f) => f.category === c);
    if (!items.length) continue;
    box.append(el('h3', {}, `${LABELS[c]} `, el('span', { class: 'role' }, `(${count(c)})`)));
    const ul = el('ul', { 'data-list': `figures-${c}` });
    for (const f of items.slice(0, LIST_LIMIT)) {
      const value = f.value && f.value !== f.text ? el('span', { class: 'value' }, readable(f.value)) : null;
      const b = el('button', { type: 'button', class: 'figure', title: 'Show this figure on the page' },
        el('span', { class: 'fig' }, el('strong', {}, f.text), value), el('span', { class: 'sentence' }, f.sentence));
      b.addEventListener('click', () => reveal({ id: f.id }));
      ul.append(el('li', {}, b));
    }
    if (count(c) > LIST_LIMIT) ul.append(el('li', { class: 'more' }, `and ${count(c) - LIST_LIMIT} more`));
    box.append(ul);
  }
  const body = figures.length ? box : el('p', { class: 'empty' }, 'No figures found.');
  lists.append(el('details', { open: false }, el('summary', {}, 'Figures ', el('span', { class: 'n' }, `(${total})`)), body));
}

/** A value to read: "240000000 USD" -> "240,000,000 USD" (the exports keep the plain digits). */
function readable(value) {
  return value.replace(/\d{5,}/g, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** Copy the report as Markdown, or download it as CSV or JSON. */
async function exportAs(format) {
  try {
    const { text, filename } = await page({ type: 'export', format, gender: settings.gender });
    if (format === 'markdown') {
      await navigator.clipboard.writeText(text);
      status('The report is on the clipboard, as Markdown.');
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
    el('a', { href: url, download: filename }).click();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status(`Saved ${filename}.`);
  } catch (err) {
    status(String(err.message || err), true);
  }
}

function renderSite() {
  const http = /^https?:/.test(state.origin || '');
  $('host').textContent = state.host || 'this site';
  const always = $('always');
  always.disabled = !http;
  (http ? api.permissions.contains({ origins: [sitePattern(state.origin)] }) : Promise.resolve(false)).then(
    (granted) => { always.checked = http && granted && settings.sites.includes(state.origin); },
    () => { always.checked = false; },
  );
  $('paint').checked = settings.paintOnly.includes(state.host);
  $('live').checked = settings.live;
  $('gender').checked = settings.gender;
  for (const r of document.querySelectorAll('input[name="scope"]')) r.checked = r.value === settings.scope;
}

function render() {
  $('on').disabled = false;
  $('on').checked = state.on;
  $('main').hidden = false;
  renderStatus();
  renderCategories();
  renderLists();
  renderSite();
  for (const b of document.querySelectorAll('#export button')) b.disabled = !state.on;
}

async function run(step, busyText) {
  if (busyText) status(busyText);
  $('on').disabled = true;
  try {
    state = await step();
    render();
  } catch (err) {
    $('on').disabled = false;
    status(String(err.message || err), true);
  }
}

async function setCategory(category, show) {
  const set = visible();
  if (show) set.add(category); else set.delete(category);
  settings.categories = CATEGORIES.filter((c) => set.has(c));
  await api.storage.sync.set({ categories: settings.categories }); // the page follows at once
  renderStatus();
  renderLists();
}

async function reveal(target) {
  try {
    if (!(await page({ type: 'reveal', ...target }))) status('That highlight is no longer on the page.', true);
  } catch (err) {
    status(String(err.message || err), true);
  }
}

/** Save a setting that needs the page highlighted again, then redo it. */
async function saveAndRedo(change) {
  Object.assign(settings, change);
  await api.storage.sync.set(change);
  if (state && state.on) await run(() => page({ type: 'rehighlight' }), 'Highlighting again…');
  else renderSite();
}

function wire() {
  $('on').addEventListener('change', () => {
    const on = $('on').checked;
    run(() => background({ type: 'set-tab', tabId, on }), on ? 'Highlighting…' : 'Removing the highlights…');
  });
  for (const r of document.querySelectorAll('input[name="scope"]')) {
    r.addEventListener('change', () => { if (r.checked) saveAndRedo({ scope: r.value }); });
  }
  $('live').addEventListener('change', () => saveAndRedo({ live: $('live').checked }));
  $('gender').addEventListener('change', async () => {
    settings.gender = $('gender').checked;
    await api.storage.sync.set({ gender: settings.gender });
    if (state) renderLists();
  });
  for (const b of document.querySelectorAll('#export button')) b.addEventListener('click', () => exportAs(b.dataset.format));
  $('paint').addEventListener('change', () => {
    const hosts = new Set(settings.paintOnly);
    if ($('paint').checked) hosts.add(state.host); else hosts.delete(state.host);
    saveAndRedo({ paintOnly: [...hosts] });
  });
  $('always').addEventListener('change', () => {
    const always = $('always');
    const origin = state.origin;
    const origins = [sitePattern(origin)];
    // permissions.request must be called right in the click's handler (a user gesture)
    // (the permission covers every port of the host: it is given back only when no other
    // origin of that host is still chosen)
    const others = settings.sites.some((s) => s !== origin && sitePattern(s) === origins[0]);
    const asked = always.checked ? api.permissions.request({ origins })
      : (others ? Promise.resolve() : api.permissions.remove({ origins })).then(() => false);
    asked.then(async (granted) => {
      always.checked = granted;
      const sites = new Set(settings.sites);
      if (granted) sites.add(origin); else sites.delete(origin);
      settings.sites = [...sites];
      await api.storage.sync.set({ sites: settings.sites });
      await background({ type: 'sync-sites' });
      status(granted ? `skimlight will highlight ${state.host} as you open its pages.` : `${state.host} is highlighted only when you ask.`);
    }, (err) => {
      always.checked = false;
      status(String(err.message || err), true);
    });
  });
}

async function main() {
  wire();
  const param = new URLSearchParams(location.search).get('tab'); // tests open the popup in a tab
  if (param) tabId = Number(param);
  else {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    tabId = tab ? tab.id : null;
  }
  const s = await api.storage.sync.get(DEFAULTS);
  settings = {
    categories: Array.isArray(s.categories) ? s.categories : DEFAULTS.categories,
    scope: s.scope === 'page' ? 'page' : 'article', live: s.live !== false,
    paintOnly: Array.isArray(s.paintOnly) ? s.paintOnly : [], sites: Array.isArray(s.sites) ? s.sites : [],
    gender: s.gender === true,
  };
  if (tabId === null) return status('No tab to highlight.', true);
  status('Highlighting…');
  try {
    state = await background({ type: 'set-tab', tabId, on: true, reopen: true });
    render();
  } catch {
    status('skimlight cannot run on this page (browser pages and extension stores are off limits).', true);
  }
}

if (matchMedia('(prefers-color-scheme: dark)').matches) document.documentElement.setAttribute('data-skimlight-theme', 'dark');
main();
