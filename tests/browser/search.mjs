// Search, end to end in chromium over the fixture site: queries in each of
// the four languages and in both scripts (Latin for Cyrillic text and back),
// Kazakh typed on a Russian keyboard, Turkish without its letters, inflected
// Russian, the deep link of a result to its section, the filters, ?q= on load
// and the back button, the no-result message, fallback titles, a run with the
// keyboard alone, the page without JavaScript, and no overflow on a phone.
import { serveSite, launchBrowser, siteArg, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
const settle = () => new Promise((ok) => setTimeout(ok, 400));

/// The results a search page shows once the status stops saying "searching".
async function results(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status').textContent;
    return s && !/…$/.test(s) && (document.querySelectorAll('.search-result').length > 0 || !/\d/.test(s) || /^0/.test(s));
  }, { timeout: 10000 }).catch(() => {});
  await settle();
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent,
    items: [...document.querySelectorAll('.search-result')].map((li) => {
      const a = li.querySelector('.result-title a');
      const title = li.querySelector('.result-title a span');
      return {
        href: a.getAttribute('href'), url: a.href, title: a.textContent, titleLang: title.getAttribute('lang'),
        fallback: li.querySelector('.result-title .fallback-note')?.textContent || '',
        kind: li.querySelector('.result-kind').textContent,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
        excerpt: li.querySelector('.result-excerpt')?.textContent || '',
      };
    }),
  }));
}

async function open(page, lang, query) {
  await page.goto(`${server.url}/${lang}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  return results(page);
}

const has = (r, id) => r.items.some((i) => i.href.includes(`/papers/${id}/`));
const first = (r) => r.items[0] || { href: '', marks: [], title: '' };

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 800 });

  // Each language, each script.
  let r = await open(page, 'en', 'smart power');
  t.check('en: "smart power" finds the smart-power paper first', first(r).href.includes('/papers/alpha-smart-power/'), JSON.stringify(r.items[0]));
  t.check('en: the count is announced in a live region', /^\d+ results?$/.test(r.status), r.status);

  r = await open(page, 'kk', 'Қазақстан');
  t.check('kk: a Cyrillic query finds Kazakh text, highlighted', r.items.some((i) => i.marks.includes('Қазақстан')), JSON.stringify(r.items.map((i) => i.marks)));
  t.check('kk: the count in Kazakh', /нәтиже/.test(r.status), r.status);

  r = await open(page, 'kk', 'Qazaqstan');
  t.check('kk: the Latin query "Qazaqstan" finds the Cyrillic "Қазақстан"', r.items.some((i) => i.marks.includes('Қазақстан')), JSON.stringify(r.items.map((i) => i.marks)));

  r = await open(page, 'en', 'Nakhchivan');
  t.check('en: "Nakhchivan" finds the event', r.items.some((i) => i.href.includes('timeline/#event-nakhchivan-agreement-2009')), JSON.stringify(r.items.map((i) => i.href)));
  t.check('en: "Nakhchivan" finds the Turkish "Nahçıvan" too', r.items.some((i) => i.marks.includes('Nahçıvan')), JSON.stringify(r.items.map((i) => i.marks)));

  r = await open(page, 'en', 'Nakhichevan');
  t.check('en: "Nakhichevan" finds the Russian paper\'s section "Нахичеванское соглашение"', r.items.some((i) => i.href.endsWith('/papers/beta-turkic-council/#nakhchivan')), JSON.stringify(r.items.map((i) => i.href)));

  r = await open(page, 'ru', 'Йесеви');
  t.check('ru: the Cyrillic "Йесеви" finds the Turkish "Yesevi" section', r.items.some((i) => i.href.endsWith('/papers/epsilon-education/#yesevi')), JSON.stringify(r.items.map((i) => i.href)));

  r = await open(page, 'kk', 'мунай транзити');
  t.check('kk: Kazakh on a Russian keyboard ("мунай") finds "мұнай"', first(r).href.endsWith('/papers/delta-energy-cooperation/#oil-transit'), JSON.stringify(r.items[0]));

  r = await open(page, 'ru', 'секретариатом');
  t.check('ru: an inflected form not in the texts ("секретариатом") finds "секретариат"', has(r, 'zeta-secretariat'), JSON.stringify(r.items.map((i) => i.href)));
  t.check('ru: the count in Russian', /результат/.test(r.status), r.status);

  r = await open(page, 'tr', 'universitesi egitim');
  t.check('tr: Turkish without its letters ("universitesi egitim") finds "Üniversitesi", "eğitim"', first(r).href.includes('/papers/epsilon-education/'), JSON.stringify(r.items[0]));
  t.check('tr: the count in Turkish', /sonuç/.test(r.status), r.status);

  r = await open(page, 'en', 'Kazakhs');
  t.check('en: the last word is a prefix: "Kazakhs" finds "Kazakhstan"', r.items.length > 2, r.status);

  // The deep link of a result opens its section.
  r = await open(page, 'kk', 'мұнай');
  const target = r.items.find((i) => i.href.includes('#oil-transit'));
  if (t.check('kk: "мұнай" links to the section that matches', !!target, JSON.stringify(r.items.map((i) => i.href)))) {
    t.check('the result link is relative', target.href.startsWith('../papers/'), target.href);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="${target.href}"]`)]);
    const where = await page.evaluate(() => ({ path: location.pathname, hash: location.hash, exists: !!document.getElementById(location.hash.slice(1)) }));
    t.check('the deep link opens the paper at the section', where.path === '/kk/papers/delta-energy-cooperation/' && where.hash === '#oil-transit' && where.exists, JSON.stringify(where));
  }

  // A title shown in another language is marked.
  r = await open(page, 'kk', 'Yesevi');
  const edu = r.items.find((i) => i.href.includes('/papers/epsilon-education/'));
  t.check('kk: a paper without a Kazakh title shows its fallback with lang and a note', edu && edu.titleLang === 'ru' && /орыс/i.test(edu.fallback), JSON.stringify(edu));

  // Nothing found, in the page's language, with a hint.
  r = await open(page, 'ru', 'щъщъщ zzqqx');
  t.check('ru: nothing found, in Russian, with a hint', r.items.length === 0 && /ничего не найдено/.test(r.status) && /написание/.test(r.status), r.status);
  r = await open(page, 'kk', 'zzqqxx');
  t.check('kk: nothing found, in Kazakh', r.items.length === 0 && /табылмады/.test(r.status), r.status);

  // Filters narrow without a new query, and live in the URL.
  r = await open(page, 'en', 'Kazakhstan');
  const all = r.items.length;
  await page.select('select[name=kind]', 'event');
  r = await results(page);
  t.check('filter by kind: events only', r.items.length > 0 && r.items.length < all && r.items.every((i) => /Event/.test(i.kind)), JSON.stringify(r.items.map((i) => i.kind)));
  t.check('the filter is in the URL', (await page.evaluate(() => location.search)).includes('kind=event'));
  await page.select('select[name=kind]', 'paper');
  await page.select('select[name=lang]', '2');  // tr: the index numbers languages in site.yaml order
  r = await results(page);
  t.check('filter by the paper\'s language: Turkish papers', r.items.length > 0 && r.items.every((i) => /Turkish/.test(i.kind)), JSON.stringify(r.items.map((i) => i.kind)));
  await page.select('select[name=lang]', '');
  await page.type('input[name=from]', '2023');
  await page.$eval('input[name=from]', (e) => e.dispatchEvent(new Event('change', { bubbles: true })));
  r = await results(page);
  t.check('filter by year: from 2023', r.items.length > 0 && r.items.every((i) => +i.kind.match(/\d{4}/)[0] >= 2023), JSON.stringify(r.items.map((i) => i.kind)));
  await page.click('input[name=from]', { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.$eval('input[name=from]', (e) => e.dispatchEvent(new Event('change', { bubbles: true })));
  const ots = await page.$$eval('select[name=topic] option', (os) => os.find((o) => /Turkic States/.test(o.textContent))?.value);
  await page.select('select[name=topic]', ots);
  r = await results(page);
  t.check('filter by topic', r.items.length > 0 && r.items.length < all, `${r.items.length} of ${all}`);
  await page.goto(`${server.url}/en/search/?q=Kazakhstan&kind=event`, { waitUntil: 'load' });
  r = await results(page);
  t.check('filters from the URL on load', r.items.length > 0 && r.items.every((i) => /Event/.test(i.kind)) && (await page.$eval('select[name=kind]', (s) => s.value)) === 'event');

  // ?q= on load fills the field; a new search is a new history entry; back restores.
  await page.goto(`${server.url}/tr/search/?q=Kazakistan`, { waitUntil: 'load' });
  r = await results(page);
  t.check('?q= on load: field filled and results shown', (await page.$eval('#search-q', (i) => i.value)) === 'Kazakistan' && r.items.length > 0);
  await page.$eval('#search-q', (i) => { i.value = ''; });
  await page.focus('#search-q');
  await page.keyboard.type('Nahçıvan');
  await page.keyboard.press('Enter');
  r = await results(page);
  const submitted = await page.evaluate(() => new URLSearchParams(location.search).get('q'));
  t.check('a submitted search is in the URL', submitted === 'Nahçıvan', submitted);
  t.check('the submitted search shows its results', r.items.some((i) => i.marks.includes('Nahçıvan')), JSON.stringify(r.items.map((i) => i.marks)));
  await page.goBack();
  r = await results(page);
  t.check('the back button returns to the previous search', (await page.$eval('#search-q', (i) => i.value)) === 'Kazakistan' && r.items.length > 0, await page.evaluate(() => location.search));

  // The keyboard alone: from a paper page's header to a result.
  await page.goto(`${server.url}/ru/papers/beta-turkic-council/`, { waitUntil: 'load' });
  let focused = '';
  for (let n = 0; n < 10 && focused !== 'header-search-q'; n++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement.id);
  }
  t.check('keyboard: the header search field is reached by Tab', focused === 'header-search-q');
  await page.keyboard.type('Стамбул');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  t.check('keyboard: Enter opens the search page with the query', await page.evaluate(() => location.pathname === '/ru/search/' && new URLSearchParams(location.search).get('q') === 'Стамбул'));
  r = await results(page);
  t.check('keyboard: results for the query', has(r, 'zeta-secretariat'), JSON.stringify(r.items.map((i) => i.href)));
  focused = '';
  for (let n = 0; n < 30 && !focused.startsWith('../papers/'); n++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement.getAttribute('href') || '');
  }
  t.check('keyboard: Tab reaches the first result', focused.startsWith('../papers/'), focused);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  t.check('keyboard: Enter opens it', await page.evaluate(() => location.pathname.startsWith('/ru/papers/')));

  // No overflow on a phone with results shown.
  await open(page, 'kk', 'Қазақстан Түркия');
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  t.check('no overflow at 390 px with results', width[0] <= width[1], JSON.stringify(width));

  // Without JavaScript: the note and the lists; the header form still submits.
  const plain = await browser.newPage();
  await plain.setJavaScriptEnabled(false);
  await plain.goto(`${server.url}/en/search/?q=Kazakhstan`, { waitUntil: 'load' });
  const nojs = await plain.evaluate(() => ({
    note: getComputedStyle(document.getElementById('search-nojs')).display !== 'none',
    app: getComputedStyle(document.getElementById('search-app')).display === 'none',
    links: [...document.querySelectorAll('#search-nojs a')].map((a) => a.getAttribute('href')),
  }));
  t.check('without JavaScript: the note and the four lists', nojs.note && nojs.app && nojs.links.length === 4, JSON.stringify(nojs));
} finally {
  await browser.close();
  await server.close();
}
t.finish();
