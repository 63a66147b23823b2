// Measures what one search query transfers, from headless chromium's network
// log (every finished request, the page's and its workers'; bodies counted
// from the served files), for the portal's own
// search page and for Pagefind over the same built site. Each query runs in a
// fresh page with the cache off, as a first visit would. Besides the bytes the
// test server sent (it does not compress), it prints what a host that gzips
// would send (each fetched file gzipped at level 6; Pagefind's files are
// compressed already). Usage: node bench/search_measure.mjs SITE_DIR [--pagefind]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveSite, launchBrowser } from '../tests/browser/harness.mjs';

const site = path.resolve(process.argv[2]);
const withPagefind = process.argv.includes('--pagefind');
const queries = [
  ['kk', 'Қазақстан ынтымақтастық'], ['kk', 'Qazaqstan'], ['kk', 'мадениет'],
  ['ru', 'Казахстан сотрудничество'], ['ru', 'культуры'], ['ru', 'Kazakhstan'],
  ['tr', 'Kazakistan işbirliği'], ['tr', 'kultur egitim'],
  ['en', 'Kazakhstan cooperation'], ['en', 'Turkic world'],
];

const server = await serveSite(site);
const browser = await launchBrowser();

/// Runs `action` in a fresh page; returns {requests, bytes, gzip} of what it
/// fetched: response bodies as sent (the test server sends each file as it is,
/// uncompressed), and each file gzipped as a compressing host would send it.
/// Puppeteer's request events also see requests made by workers (Pagefind
/// searches in a worker), which a page's own CDP network log does not.
async function measure(action, keep = () => true) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const done = [];
  page.on('requestfinished', (r) => done.push({ url: r.url() }));
  await action(page);
  await new Promise((ok) => setTimeout(ok, 300));
  await page.close();
  let bytes = 0, gzip = 0, requests = 0;
  for (const r of done) {
    if (!r.url || !keep(r.url)) continue;
    requests++;
    const file = path.join(site, decodeURIComponent(new URL(r.url).pathname));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
    const body = fs.readFileSync(file);  // the test server sends files as they are
    bytes += body.length;
    gzip += zlib.gzipSync(body, { level: 6 }).length;
  }
  return { requests, bytes, gzip };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const line = (engine, lang, q, m, results) =>
  console.log(`${engine.padEnd(9)} ${lang}  ${q.padEnd(26)} ${String(m.requests).padStart(4)} req ${kb(m.bytes)} kB sent ${kb(m.gzip)} kB gzip  ${results}`);

const ours = (u) => /\/assets\/search\.js$|\/search-index\//.test(u);
let worst = 0;
for (const [lang, q] of queries) {
  let count = '';
  const m = await measure(async (page) => {
    await page.goto(`${server.url}/${lang}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0 ||
      /\D/.test(document.getElementById('search-status').textContent.slice(-1)), { timeout: 30000 });
    await new Promise((ok) => setTimeout(ok, 500));
    count = await page.$eval('#search-status', (e) => e.textContent);
  }, ours);
  worst = Math.max(worst, m.bytes);
  line('portal', lang, q, m, count);
}
console.log(`portal: the largest query transferred ${kb(worst).trim()} kB (script and index files, first 10 results)`);

if (withPagefind) {
  // A page at the site root that loads Pagefind's API and shows 10 results' data.
  // One per language: Pagefind picks its index by the page's lang.
  for (const [lang] of queries)
    fs.writeFileSync(path.join(site, `pagefind-bench-${lang}.html`), `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>pf</title><p id="out"></p></html>`);
  const pf = (u) => /\/pagefind\//.test(u);
  let pfWorst = 0;
  for (const [lang, q] of queries) {
    let count = 0;
    const m = await measure(async (page) => {
      await page.goto(`${server.url}/pagefind-bench-${lang}.html`, { waitUntil: 'load' });
      count = await page.evaluate(async (query) => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        return search.results.length;
      }, q);
    }, pf);
    pfWorst = Math.max(pfWorst, m.bytes);
    line('pagefind', lang, q, m, `${count} results`);
  }
  console.log(`pagefind: the largest query transferred ${kb(pfWorst).trim()} kB (script, wasm, index chunks, first 10 fragments)`);
}
await browser.close();
await server.close();
