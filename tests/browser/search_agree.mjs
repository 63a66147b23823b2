// The client folds a query as the index folded the texts: for every word of
// tests/search/words.tsv (the list tests/unit/search_terms_test.cpp checks on
// the C++ side), the search script in chromium must give the listed loose
// key, and split a sentence into the same words as ICU's word breaker.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite, launchBrowser, siteArg, tally } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const rows = fs.readFileSync(path.join(here, '../search/words.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/en/search/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.portalSearch, { timeout: 10000 });
  const folded = await page.evaluate((words) => words.map((w) => window.portalSearch.fold(w)), rows.map((r) => r[1]));
  rows.forEach(([lang, word, loose], i) => t.check(`${lang} ${word} → ${loose}`, folded[i] === loose, `the client gives ${folded[i]}`));
  t.check('the list is not empty', rows.length >= 30);
  // The same sentence the C++ test splits.
  const words = await page.evaluate(() => window.portalSearch.words('Қазақстан мен Түркия, 1991 ж. — «Түркі әлемі»!').map((w) => w.word));
  t.check('the client splits words as ICU does', JSON.stringify(words) === JSON.stringify(['Қазақстан', 'мен', 'Түркия', '1991', 'ж', 'Түркі', 'әлемі']), JSON.stringify(words));
} finally {
  await browser.close();
  await server.close();
}
t.finish();
