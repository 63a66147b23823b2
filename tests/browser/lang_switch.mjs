// The language switcher of a paper page keeps the section the reader is at:
// scrolled to a section, the link to another language carries its #fragment,
// and following it opens that section of the same paper in that language.
// Without JavaScript the links still lead to the same paper, without fragment.
import { serveSite, launchBrowser, sitePages, siteArg, pageKind, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
try {
  const papers = sitePages(root).filter((p) => pageKind(p) === 'paper' && p.startsWith('/en/'));
  t.check('the site has English paper pages', papers.length > 0);
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 800 });
  for (const p of papers) {
    // Scrolled: the last heading of the page brought to the top (room added
    // below it so that a short page can scroll that far).
    await page.goto(server.url + p, { waitUntil: 'load' });
    const target = await page.evaluate(() => {
      document.body.style.paddingBottom = '300vh';
      const all = document.querySelectorAll('main h2[id], main h3[id], main h4[id]');
      const last = all[all.length - 1];
      last.scrollIntoView();
      return last.id;
    });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const href = await page.$eval('.lang-switch a[hreflang="kk"]', (a) => a.getAttribute('href'));
    t.check(`${p}: scrolled to #${target}, the Kazakh link keeps it`, href.endsWith('#' + target), href);
    // Following it (the click scrolls back up to the switcher) opens that section in Kazakh.
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('.lang-switch a[hreflang="kk"]')]);
    const { path, hash, found } = await page.evaluate(() => ({
      path: location.pathname, hash: location.hash, found: !!document.getElementById(location.hash.slice(1)) }));
    t.check(`${p}: the Kazakh page opens at the same section`,
      path === p.replace('/en/', '/kk/') && hash === '#' + target && found, `${path}${hash}`);
    // Arrived with a fragment (a link from elsewhere): the switcher carries it.
    await page.goto(server.url + p + '#references-heading', { waitUntil: 'load' });
    const tr = await page.$eval('.lang-switch a[hreflang="tr"]', (a) => a.getAttribute('href'));
    t.check(`${p}#references-heading: the Turkish link keeps it`, tr.endsWith('#references-heading'), tr);
  }
  await page.setJavaScriptEnabled(false);
  for (const p of papers) {
    await page.goto(server.url + p + '#references-heading', { waitUntil: 'load' });
    const href = await page.$eval('.lang-switch a[hreflang="ru"]', (a) => a.getAttribute('href'));
    t.check(`${p} without JavaScript: the Russian link leads to the same paper`,
      new URL(href, server.url + p).pathname === p.replace('/en/', '/ru/'), href);
  }
} finally {
  await browser.close();
  await server.close();
}
t.finish();
