// Search, in chromium, for a word with more results than a shard keeps: the
// crowd site (the fixture plus 130 papers with the keyword "caravanserai",
// tests/search/crowd_papers.py). The count says how many there are at least,
// then exactly; "More results", with the keyboard alone, brings every one of
// them, fetching the overflow file only when the shard's run out; a filter
// sees all of them; the live region says how many are shown.
import { serveSite, launchBrowser, siteArg, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
const CROWD = 130;

/// What the page shows once the status stops saying "searching" and the list stops growing.
async function shown(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status').textContent;
    return s && !/…$/.test(s);
  }, { timeout: 10000 }).catch(() => {});
  await new Promise((ok) => setTimeout(ok, 300));
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent,
    hrefs: [...document.querySelectorAll('.search-result .result-title a')].map((a) => a.getAttribute('href')),
    more: !document.getElementById('search-more').hidden,
    focus: document.activeElement.getAttribute('href') || document.activeElement.id || '',
  }));
}

/// Tabs to the "More results" button and presses Enter; false when Tab does not reach it.
async function pressMore(page) {
  for (let n = 0; n < 200; n++) {
    if (await page.evaluate(() => document.activeElement.id === 'search-more')) {
      await page.keyboard.press('Enter');
      return true;
    }
    await page.keyboard.press('Tab');
  }
  return false;
}

const crowdIds = (hrefs) => new Set(hrefs.map((h) => (h.match(/papers\/(crowd-\d+)\//) || [])[1]).filter(Boolean));

try {
  const page = await browser.newPage();
  const fetched = [];
  page.on('request', (req) => { if (req.url().includes('/search-index/')) fetched.push(new URL(req.url()).pathname); });
  await page.goto(`${server.url}/en/search/?q=caravanserai`, { waitUntil: 'load' });
  let r = await shown(page);
  t.check('the count says at least 130 results, and 10 shown', r.status === `At least ${CROWD} results, 10 shown`, r.status);
  t.check('ten results at first, and a More results button', r.hrefs.length === 10 && r.more, JSON.stringify(r));
  t.check('no overflow file is fetched for the first page', !fetched.some((p) => p.includes('/m/')), fetched.join(' '));
  const bytes = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/search-index/') || e.name.includes('search.js'))
    .reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0));
  t.check('the query stays within 150 kB', bytes > 0 && bytes <= 150 * 1024, String(bytes));

  // The keyboard alone, from the search field: Tab to the button, Enter, again.
  await page.focus('#search-q');
  let clicks = 0, mFetchedAt = -1, focusOk = true, announced = true;
  while (r.more && clicks < 20) {
    const before = r.hrefs.length;
    if (!t.check('Tab reaches the More results button', await pressMore(page))) break;
    clicks++;
    r = await shown(page);
    if (mFetchedAt < 0 && fetched.some((p) => p.includes('/m/'))) mFetchedAt = before;
    // The first new result takes the focus (the last one when the overflow
    // brought none not shown yet); the live region counts them.
    if (r.focus !== r.hrefs[Math.min(before, r.hrefs.length - 1)]) focusOk = false;
    if (r.more && !r.status.endsWith(`, ${r.hrefs.length} shown`)) announced = false;
  }
  t.check('focus moves to the first new result each time', focusOk, r.focus);
  t.check('the live region says how many are shown', announced, r.status);
  t.check('More results brings every result', r.hrefs.length === CROWD && !r.more, `${r.hrefs.length} after ${clicks} presses`);
  t.check('no result twice', new Set(r.hrefs).size === r.hrefs.length);
  const ids = crowdIds(r.hrefs);
  t.check('every crowd paper is there', ids.size === CROWD && [...Array(CROWD).keys()].every((i) => ids.has(`crowd-${String(i).padStart(3, '0')}`)), String(ids.size));
  t.check('the overflow is fetched only once the shard\'s results run out', mFetchedAt >= 90, String(mFetchedAt));
  t.check('then the count is exact', r.status === `${CROWD} results`, r.status);

  // A filter sees the results of the overflow too: it loads them first.
  fetched.length = 0;
  await page.goto(`${server.url}/en/search/?q=caravanserai`, { waitUntil: 'load' });
  await shown(page);
  await page.select('select[name=lang]', '1');  // ru: paper i is in the (i % 4)-th of kk, ru, tr, en
  r = await shown(page);
  t.check('a filter loads the overflow', fetched.some((p) => p.includes('/m/')), fetched.join(' '));
  t.check('filtered by language: 33 Russian papers, exact', r.status === '33 results, 10 shown', r.status);
  while (r.more && (await pressMore(page))) r = await shown(page);
  const ru = [...crowdIds(r.hrefs)].map((id) => +id.slice(6));
  t.check('all 33 of them, each in Russian', ru.length === 33 && ru.every((i) => i % 4 === 1) && r.status === '33 results', `${ru.length}: ${r.status}`);

  await page.goto(`${server.url}/en/search/?q=caravanserai&from=2019&to=2019`, { waitUntil: 'load' });
  r = await shown(page);
  const y = [...crowdIds(r.hrefs)].map((id) => +id.slice(6)).sort((a, b) => a - b);
  t.check('a year filter from the URL, on every result', JSON.stringify(y) === '[19,39,59,79,99,119]' && r.status === '6 results', `${JSON.stringify(y)} ${r.status}`);

  // In the other languages.
  await page.goto(`${server.url}/ru/search/?q=caravanserai`, { waitUntil: 'load' });
  r = await shown(page);
  t.check('ru: the count in Russian', r.status === `Не менее ${CROWD} результатов, показано: 10`, r.status);
  await page.goto(`${server.url}/kk/search/?q=caravanserai`, { waitUntil: 'load' });
  r = await shown(page);
  t.check('kk: the count in Kazakh', r.status === `Кемінде ${CROWD} нәтиже, көрсетілгені: 10`, r.status);
  await page.goto(`${server.url}/tr/search/?q=caravanserai`, { waitUntil: 'load' });
  r = await shown(page);
  t.check('tr: the count in Turkish', r.status === `En az ${CROWD} sonuç, gösterilen: 10`, r.status);
  await pressMore(page);
  r = await shown(page);
  t.check('tr: after More results', r.status === `En az ${CROWD} sonuç, gösterilen: 20` && r.hrefs.length === 20, r.status);
} finally {
  await browser.close();
  await server.close();
}
t.finish();
