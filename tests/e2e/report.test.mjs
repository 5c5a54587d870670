// reportOf()/report() in the shim write what `skimlight report` prints, byte for byte
// (Markdown, CSV; JSON as the same object), for the same text: the extension's exports and
// the CLI cannot drift apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, start, tryPage } from './browser.mjs';

const CLI = join(ROOT, 'target', 'release', 'skimlight');
// the seed article, as the recognizer cases hold it (a Rust string literal that is valid JSON)
const SEED = JSON.parse(/pub const SEED: &str = ("(?:[^"\\]|\\.)*");/.exec(readFileSync(join(ROOT, 'tests', 'cases', 'mod.rs'), 'utf8'))[1]);
const TEXTS = {
  seed: SEED,
  genders: '"We will rebuild," said Maria Lopez, the mayor. "It took years," she added.\n'
    + '"Prices are up," said German Chancellor Paul Weber. "Nobody knows," said Jordan Reyes.\n'
    + '"It is done," Mrs. Kato said. "We are hiring," said the company\'s chairman, Lee Park.',
  // markup, pipes, a spreadsheet formula, astral characters before the offsets, no speaker
  hostile: '\u{1F600} "<img src=x onerror=alert(1)> | [x](javascript:y) **bold** =HYPERLINK(1),\u00a0ok," said John Smith on Monday.\n'
    + '"=SUM(A1:A9) is what we paid: $5 million,"\u2003a source said. It rose 12.5% in 2023.\n"Unbalanced, said nobody.\n'
    + '=2 billion dollars, @twelve percent and -HYPERLINK went missing in 2020.',
  empty: '',
};

function cli(args, input) {
  return execFileSync(CLI, ['report', ...args, '-'], { input, encoding: 'utf8' });
}

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

test('the shim reports each text exactly as skimlight report does', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  for (const [name, text] of Object.entries(TEXTS)) {
    const got = await page.evaluate(async (text) => {
      const { report } = await import('/www/skimlight.js');
      const title = 'skimlight report: standard input';
      return {
        md: await report(text, { title }),
        mdGender: await report(text, { title, gender: true }),
        csv: await report(text, { format: 'csv', gender: true }),
        csvPlain: await report(text, { format: 'csv' }),
        json: await report(text, { format: 'json', gender: true }),
      };
    }, text);
    assert.equal(got.md, cli([], text), `${name}: Markdown`);
    assert.equal(got.mdGender, cli(['--gender'], text), `${name}: Markdown with genders`);
    assert.equal(got.csv, cli(['--csv', '--gender'], text), `${name}: CSV with genders`);
    assert.equal(got.csvPlain, cli(['--csv'], text), `${name}: CSV`);
    assert.deepEqual(JSON.parse(got.json), JSON.parse(cli(['--json', '--gender'], text)), `${name}: JSON`);
  }
  assert.deepEqual(errors, []);
});

test('a highlight() result reports the page: figures with their sentences, sources with genders', async () => {
  const { page, errors } = await tryPage(b.context, b.base);
  const r = await page.evaluate(async (text) => {
    const { highlight, reportOf } = await import('/www/skimlight.js');
    const out = document.getElementById('output');
    out.textContent = '';
    for (const line of text.split('\n')) out.appendChild(Object.assign(document.createElement('p'), { textContent: line }));
    const res = await highlight(out);
    return { sources: res.sources, money: res.annotations.find((a) => a.category === 'money'),
      data: reportOf(res, { format: 'data', gender: true }), csv: reportOf(res, { format: 'csv' }) };
  }, TEXTS.genders + '\nThe plan costs $3 billion, officials said.');
  const maria = r.sources.find((s) => s.speaker === 'Maria Lopez');
  assert.equal(maria.gender, 'female');
  assert.equal(maria.genderBasis, 'pronoun');
  assert.equal(r.sources.find((s) => s.speaker === 'Jordan Reyes').gender, null);
  assert.equal(r.money.sentence, 'The plan costs $3 billion, officials said.');
  assert.deepEqual(r.data.figures.find((f) => f.label === 'MONEY'),
    { text: '$3 billion', label: 'MONEY', value: '3000000000 USD', sentence: 'The plan costs $3 billion, officials said.' });
  assert.ok(r.data.gender_shares.female > 0 && r.data.gender_shares.male > 0);
  // without the text, no offsets: the page's text is not the reader's
  assert.ok(r.csv.includes('\r\nfigure,$3 billion,MONEY,3000000000 USD,"The plan costs $3 billion, officials said.",,,,,\r\n'), r.csv);
  assert.deepEqual(errors, []);
});
