// The browser extension, built by `make extension`, loaded unpacked into Debian's Chromium
// (new headless mode; see harness.mjs for how the toolbar button is pressed).
// The article page is served with a CSP that forbids WebAssembly in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from '../e2e/browser.mjs';
import { startWithExtension, DIST, EXT } from './harness.mjs';

let b, sw, id, clickToolbar, tabIdOf, openPopup;
const requests = [];

before(async () => {
  b = await startWithExtension();
  ({ sw, id, clickToolbar, tabIdOf, openPopup } = b);
  b.context.on('request', (r) => requests.push(r.url()));
});
after(async () => { await b.close(); });

const marksOf = (page, selector = 'mark[data-skimlight-id]') =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((m) => ({
    category: m.dataset.category, text: m.textContent, id: m.dataset.skimlightId, entity: m.dataset.entity,
    inArticle: !!m.closest('article'),
  })), selector);

test('the build: both browsers, minimal permissions, a CSP that only adds wasm, no remote code', () => {
  for (const browser of ['chromium', 'firefox']) {
    const m = JSON.parse(readFileSync(join(DIST, browser, 'manifest.json'), 'utf8'));
    assert.equal(m.manifest_version, 3);
    assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage']);
    assert.equal(m.host_permissions, undefined, 'no host permissions');
    assert.deepEqual(m.optional_host_permissions, ['*://*/*']);
    assert.equal(m.web_accessible_resources, undefined, 'nothing exposed to pages');
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'");
    assert.ok(m.commands['toggle-highlights'] && m.commands._execute_action);
    for (const f of ['background.js', 'content.js', 'popup.html', 'pkg/skimlight_bg.wasm', 'lib/skimlight-content.js',
      'vendor/Readability.js', 'icons/icon-128.png']) assert.ok(existsSync(join(DIST, browser, f)), `${browser}: ${f}`);
    const zip = readFileSync(join(DIST, `skimlight-${browser}-${m.version}.zip`));
    assert.equal(zip.readUInt32LE(0), 0x04034b50, 'a zip archive');
    assert.ok(zip.includes(Buffer.from('manifest.json')));
    // no remote code: every script is loaded from the package; nothing fetches a remote URL
    for (const f of ['background.js', 'content.js', 'popup.js', 'popup.html']) {
      assert.doesNotMatch(readFileSync(join(DIST, browser, f), 'utf8'), /https?:\/\//, `${browser}/${f} names a remote URL`);
    }
  }
  const chromium = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8'));
  assert.deepEqual(chromium.background, { service_worker: 'background.js', type: 'module' });
  const firefox = JSON.parse(readFileSync(join(DIST, 'firefox', 'manifest.json'), 'utf8'));
  assert.deepEqual(firefox.background, { scripts: ['background.js'], type: 'module' });
  assert.ok(firefox.browser_specific_settings.gecko.id);
});

test('the toolbar button highlights the article of a page that forbids wasm; the popup lists it; off restores it', async () => {
  const { page, errors } = await open(b.context, `${b.base}/tests/fixtures/article-page.html?csp=nowasm`);
  const before = await page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.textContent }));
  await clickToolbar(page); // opens the popup, which highlights the tab
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('[data-skimlight-theme]'));
  const marks = await marksOf(page);

  // the article only: not the menu, the "most read" box, the comments or the footer
  assert.ok(marks.length > 20, `${marks.length} marks`);
  assert.deepEqual(marks.filter((m) => !m.inArticle), []);
  const has = (category, text) => marks.some((m) => m.category === category && m.text === text);
  assert.ok(has('person', 'Andy Fillmore') && has('person', 'Sarah Okafor') && has('organization', 'Maersk'));
  assert.ok(has('money', '$240 million') && has('percent', '40 percent') && has('date', 'Wednesday'));
  assert.ok(marks.some((m) => m.category === 'quote' && m.text.includes('Nobody asked the people')));
  assert.equal(await page.evaluate(() => document.body.textContent), before.text, 'the text is unchanged');

  // the page's tooltip
  await page.hover('mark[data-category="person"]');
  const tip = await page.waitForSelector('[role="tooltip"]:not([hidden])');
  assert.match(await tip.textContent(), /^Person · /);

  // the badge and the popup: counts, entities by mentions, quotes by speaker
  const tabId = await tabIdOf(page);
  assert.ok(tabId !== null);
  const badge = await sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
  const { popup, errors: popupErrors } = await openPopup(tabId);
  const count = async (c) => Number(await popup.textContent(`#categories input[data-category="${c}"] ~ .n`));
  const unique = (c) => new Set(marks.filter((m) => m.category === c).map((m) => m.id)).size;
  for (const c of ['person', 'organization', 'place', 'date', 'money', 'percent', 'quote']) {
    assert.equal(await count(c), unique(c), `${c} count`);
  }
  const visibleTotal = ['person', 'organization', 'place', 'date', 'number', 'money', 'percent', 'quote']
    .reduce((s, c) => s + unique(c), 0);
  assert.equal(badge, String(visibleTotal));
  assert.match(await popup.textContent('#status'), /highlights? in the article\./);
  const people = await popup.$$eval('[data-list="person"] button', (bs) => bs.map((x) => x.textContent));
  assert.match(people[0], /^Andy Fillmore.*×2$/, 'most mentioned first');
  assert.ok(people.some((p) => p.startsWith('Sarah Okafor')));
  const speakers = await popup.$$eval('[data-list="quote"] h3', (hs) => hs.map((h) => h.textContent));
  assert.equal(speakers[0], 'Andy Fillmore · Mayor', 'the speaker with the most quotes first, with the role');
  assert.ok(speakers.some((s) => s.startsWith('Sarah Okafor')));
  const fillmoreQuotes = await popup.$$eval('[data-list="quote"] h3 + ul', (uls) => uls[0].querySelectorAll('button').length);
  assert.equal(fillmoreQuotes, 3);
  // the sources: one row a speaker, its quotes, words and share of the quoted words
  const sources = await popup.$$eval('[data-list="sources"] button', (bs) => bs.map((x) => x.textContent));
  assert.equal(sources.length, speakers.length, sources.join(' | '));
  assert.ok(sources.some((x) => /^Andy Fillmore.*3 quotes, \d+ words, [\d.]+%$/.test(x)), sources.join(' | '));
  const shares = sources.map((x) => Number(x.match(/([\d.]+)%$/)[1]));
  assert.ok(Math.abs(shares.reduce((a, x) => a + x, 0) - 100) < 0.5, `shares add up: ${shares}`);
  // clicking a source shows its quotes one after another
  const focusedQuote = () => page.evaluate(() => document.activeElement && document.activeElement.dataset.skimlightId);
  await popup.click('[data-list="sources"] button:has-text("Andy Fillmore")');
  await page.waitForFunction(() => document.activeElement && document.activeElement.dataset.category === 'quote');
  const first = await focusedQuote();
  await popup.click('[data-list="sources"] button:has-text("Andy Fillmore")');
  await page.waitForFunction((id) => document.activeElement && document.activeElement.dataset.skimlightId !== id, first);
  assert.notEqual(await focusedQuote(), first);

  // clicking an item scrolls to its first highlight, focuses and flashes it
  await popup.click('[data-list="person"] button:has-text("Sarah Okafor")');
  await page.waitForFunction(() => document.activeElement && document.activeElement.textContent === 'Sarah Okafor'
    && document.activeElement.classList.contains('skimlight-flash'));

  // a category toggle hides at once, in the page, and persists
  await popup.uncheck('#categories input[data-category="number"]');
  await page.waitForFunction(() => document.querySelector('.skimlight-hide-number'));
  assert.ok(!(await sw.evaluate(() => chrome.storage.sync.get('categories'))).categories.includes('number'));
  await popup.check('#categories input[data-category="number"]');
  await page.waitForFunction(() => !document.querySelector('.skimlight-hide-number'));

  // the switch removes every highlight and gives the page back exactly
  await popup.click('#on');
  await popup.waitForFunction(() => !document.getElementById('on').checked && !document.getElementById('on').disabled);
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before.html);
  assert.equal(await sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId), '');
  await popup.close();

  // reopening the popup after switching off keeps the tab off
  const again = await openPopup(tabId);
  assert.equal(await again.popup.isChecked('#on'), false);
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
  await again.popup.close();

  // the keyboard shortcut's command toggles without the popup
  await sw.evaluate((t) => self.skimlight.setTab(t), tabId);
  assert.ok(await page.evaluate(() => document.querySelectorAll('mark[data-skimlight-id]').length) > 20);
  await sw.evaluate((t) => self.skimlight.setTab(t), tabId);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before.html);

  assert.deepEqual(errors, []);
  assert.deepEqual(popupErrors, []);
  await page.close();
});

test('popup settings: the whole page, and paint-only mode that never touches the DOM', async () => {
  const { page, errors } = await open(b.context, `${b.base}/tests/fixtures/article-page.html?csp=nowasm&settings`);
  const html = await page.evaluate(() => document.body.innerHTML);
  await clickToolbar(page);
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  const tabId = await tabIdOf(page);
  const { popup } = await openPopup(tabId);

  await popup.check('input[name="scope"][value="page"]');
  await page.waitForFunction(() => [...document.querySelectorAll('#comments mark')].some((m) => m.textContent === 'Justin Trudeau'));
  await popup.waitForFunction(() => /in the whole page\./.test(document.getElementById('status').textContent));
  await popup.check('input[name="scope"][value="article"]');
  await page.waitForFunction(() => !document.querySelector('#comments mark') && document.querySelector('article mark'));

  await popup.check('#paint');
  await page.waitForFunction(() => !document.querySelector('mark') && CSS.highlights.has('skimlight-person'));
  assert.equal(await page.evaluate(() => document.body.innerHTML), html, 'paint only: the DOM is untouched');
  const people = await popup.$$eval('[data-list="person"] button', (bs) => bs.length);
  assert.ok(people >= 3, 'the lists work in paint-only mode too');
  await popup.click('[data-list="person"] button');
  await page.waitForFunction(() => CSS.highlights.has('skimlight-flash'));
  await popup.uncheck('#paint');
  await page.waitForSelector('article mark[data-skimlight-id]');
  assert.deepEqual(await sw.evaluate(() => chrome.storage.sync.get(['scope', 'paintOnly'])), { scope: 'article', paintOnly: [] });
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test('no network request beyond the local pages and the extension\'s own files', () => {
  assert.ok(requests.length > 0);
  const foreign = requests.filter((u) => !u.startsWith(`${b.base}/`) && !u.startsWith(`chrome-extension://${id}/`) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
});

test('hostile page text stays text in the page and in the popup', async () => {
  const { page, errors } = await open(b.context, `${b.base}/tests/fixtures/hostile-page.html?csp=nowasm`);
  const text = await page.evaluate(() => document.body.textContent);
  await clickToolbar(page);
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  const r = await page.evaluate(() => ({
    foreign: [...document.querySelectorAll('article *')].filter((el) => !['H1', 'P'].includes(el.tagName) && !el.matches('mark[data-skimlight-id]')).map((el) => el.tagName),
    text: document.body.textContent, pwned: window.__pwned || null,
    quotes: [...document.querySelectorAll('mark[data-category="quote"]')].length,
  }));
  assert.deepEqual(r.foreign, [], 'no element but the marks');
  assert.equal(r.text, text, 'the text is unchanged');
  assert.equal(r.pwned, null, 'nothing ran in the page');
  assert.ok(r.quotes >= 3, `${r.quotes} quotes`);
  const { popup } = await openPopup(await tabIdOf(page));
  const lists = await popup.evaluate(() => ({
    quotes: [...document.querySelectorAll('[data-list="quote"] button')].map((x) => x.textContent),
    elements: [...document.querySelectorAll('[data-list] img, [data-list] script, [data-list] b')].length,
    pwned: window.__pwned || null,
  }));
  assert.ok(lists.quotes.some((q) => q.includes('<img src=x onerror=')), lists.quotes.join(' | '));
  assert.ok(lists.quotes.some((q) => q.includes('<b onmouseover=')), 'markup in a quote is shown as text');
  assert.equal(lists.elements, 0, 'no element made from page text');
  assert.equal(lists.pwned, null, 'nothing ran in the popup');
  await popup.close();
  assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await page.close();
});

test('the popup lists the figures with their sentences, estimates genders only when asked, and exports what the page shows', async () => {
  const { page, errors } = await open(b.context, `${b.base}/tests/fixtures/article-page.html?csp=nowasm&exports`);
  await clickToolbar(page);
  await page.waitForSelector('mark[data-skimlight-id]', { timeout: 30000 });
  const tabId = await tabIdOf(page);
  const { popup, errors: popupErrors } = await openPopup(tabId);

  // figures, by category, each with its value and its sentence; a click shows it on the page
  const money = await popup.$$eval('[data-list="figures-money"] button', (bs) => bs.map((x) => ({
    fig: x.querySelector('strong').textContent, value: (x.querySelector('.value') || {}).textContent, sentence: x.querySelector('.sentence').textContent })));
  assert.deepEqual(money.map((m) => [m.fig, m.value]), [['$240 million', '240,000,000 USD'], ['$96 million', '96,000,000 USD']]);
  assert.match(money[0].sentence, /^The city council of Halifax approved a \$240 million plan on Wednesday to rebuild the southern harbour, ending eight months of talks with the Nova Scotia government and the shipping company Maersk\.$/);
  assert.deepEqual(await popup.$$eval('[data-list="figures"] h3', (hs) => hs.map((h) => h.firstChild.textContent.trim())),
    ['Money', 'Percentages', 'Numbers', 'Dates']);
  await popup.click('details:has([data-list="figures"]) summary');
  await popup.click('[data-list="figures-percent"] button:has-text("40 percent")');
  await page.waitForFunction(() => document.activeElement && document.activeElement.textContent === '40 percent');

  // genders: off by default; on, each named source gets an estimate and the share line appears
  assert.equal(await popup.$$eval('[data-list="sources"] .gender', (x) => x.length), 0);
  assert.equal(await popup.$('[data-list="gender-shares"]'), null);
  await popup.check('#gender');
  await popup.waitForSelector('[data-list="gender-shares"]');
  const genders = await popup.$$eval('[data-list="sources"] button', (bs) => Object.fromEntries(bs.map((x) =>
    [x.querySelector('.name').textContent, x.querySelector('.gender') && [x.querySelector('.gender').textContent, x.querySelector('.gender').title]])));
  assert.deepEqual(genders['Andy Fillmore'], ['male (est.)', 'An estimate, from the pronouns the article uses']);
  assert.deepEqual(genders['Sarah Okafor'], ['female (est.)', 'An estimate, from the pronouns the article uses']);
  assert.match(await popup.textContent('[data-list="gender-shares"]'), /^Quoted words by estimated gender: women \d+(\.\d)?%, men \d+(\.\d)?%, unknown \d+(\.\d)?%\.$/);
  assert.equal((await sw.evaluate(() => chrome.storage.sync.get('gender'))).gender, true);

  // what the page shows, to check the exports against
  const shown = await page.evaluate(() => {
    const pieces = (c) => {
      const byId = new Map();
      for (const m of document.querySelectorAll(`mark[data-category="${c}"]`)) byId.set(m.dataset.skimlightId, (byId.get(m.dataset.skimlightId) || '') + m.textContent);
      return [...byId.values()].map((t) => t.replace(/\s+/g, ' ').trim());
    };
    return { quotes: pieces('quote'), money: pieces('money'), dates: pieces('date'), people: [...new Set(pieces('person'))] };
  });

  // CSV and JSON downloads
  const download = async (format) => {
    const [d] = await Promise.all([popup.waitForEvent('download'), popup.click(`#export button[data-format="${format}"]`)]);
    return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
  };
  const csv = await download('csv');
  assert.equal(csv.name, 'skimlight-harbour-deal-approved-after-months-of-talks-the-coastal.csv');
  const rows = csv.text.split('\r\n');
  assert.equal(rows[0], 'kind,text,label,value,sentence,speaker,role,mentions,start,end,gender,gender_basis');
  assert.equal(rows.filter((r) => r.startsWith('quote,')).length, shown.quotes.length);
  assert.ok(rows.some((r) => r.startsWith('figure,$240 million,MONEY,240000000 USD,"The city council of Halifax approved a $240 million plan')), csv.text);
  assert.ok(rows.some((r) => /^quote,"""Nobody asked the people who live here,""",QUOTE,,,Sarah Okafor,.*,female,pronoun$/.test(r)), csv.text);
  const json = JSON.parse((await download('json')).text);
  assert.deepEqual(json.quotes.map((q) => q.text), shown.quotes);
  assert.deepEqual(json.figures.filter((f) => f.label === 'MONEY').map((f) => f.text), shown.money);
  assert.deepEqual(json.figures.filter((f) => f.label === 'DATE').map((f) => f.text), shown.dates);
  for (const p of shown.people) assert.ok(json.names.some((n) => n.label === 'PERSON' && (n.name === p || n.name.endsWith(` ${p}`))), p);
  assert.deepEqual(Object.keys(json.figures[0]), ['text', 'label', 'value', 'sentence']);
  assert.equal(json.sources.find((s) => s.speaker === 'Sarah Okafor').gender, 'female');

  // Markdown on the clipboard
  // (the real clipboard is written; the test keeps a copy, as reading it back needs a permission
  // that Chromium cannot grant an extension's origin)
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (t) => { window.__copied = t; return write(t); };
  });
  await popup.click('#export button[data-format="markdown"]');
  await popup.waitForFunction(() => /clipboard|Markdown/.test(document.getElementById('status').textContent));
  assert.equal(await popup.textContent('#status'), 'The report is on the clipboard, as Markdown.');
  const md = await popup.evaluate(() => window.__copied);
  assert.match(md, /^# skimlight report: Harbour deal approved after months of talks · The Coastal Courier\n\n## Sources\n\n\| speaker \| role \| gender \(estimate\) \|/);
  assert.ok(md.includes('| Sarah Okafor |'), md);
  assert.ok(md.includes('| $240 million | 240000000 USD | The city council of Halifax approved'), md);

  await popup.uncheck('#gender');
  await popup.waitForFunction(() => !document.querySelector('[data-list="gender-shares"]'));
  assert.deepEqual(errors, []);
  assert.deepEqual(popupErrors, []);
  await popup.close();
  await page.close();
});
