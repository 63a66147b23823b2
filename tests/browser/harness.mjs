// Shared by the browser tests: a static file server for a built site on
// loopback, Debian's headless chromium driven by puppeteer-core (never a
// downloaded browser), the list of a site's pages, and a test tally that ends
// with the plain "N passed, N failed" line CTest's log is read by.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.bib': 'text/plain; charset=utf-8', '.ris': 'text/plain; charset=utf-8',
};

/// Serves `root` on 127.0.0.1 at a free port, as a plain static host would:
/// `/x/` → `/x/index.html`, unknown paths → 404 with `/404.html`; like GitHub
/// Pages, every file may be cached for ten minutes (so the style sheet and the
/// fonts are fetched once per browser, not once per page).
export async function serveSite(root) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      const nf = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': types['.html'] });
      res.end(fs.existsSync(nf) ? fs.readFileSync(nf) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'max-age=600' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/// Debian's chromium, headless, with the flags this closed network needs.
export async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'portal-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => { await close(); fs.rmSync(userDataDir, { recursive: true, force: true }); };
  return browser;
}

/// Every `.html` file under `root`, as site paths (`/en/papers/x/`).
export function sitePages(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        let rel = '/' + path.relative(root, p).split(path.sep).join('/');
        if (rel.endsWith('/index.html')) rel = rel.slice(0, -'index.html'.length);
        out.push(rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

/// The kind of a page from its path: `home`, `papers`, `paper`, `topics`,
/// `topic`, `timeline`, `timeline-page`, `authors`, `author`, `search`, `papers-filter`,
/// `root`, `404`, or the first segment after the language.
export function pageKind(sitePath) {
  if (sitePath === '/') return 'root';
  if (sitePath === '/404.html') return '404';
  const parts = sitePath.split('/').filter(Boolean);
  if (parts.length === 1) return 'home';
  const section = parts[1];
  // The paper list's filter pages: /L/papers/topic/<id>/, /L/papers/oldest-first/ …
  if (section === 'papers' && (parts.length === 4 || parts[2] === 'oldest-first')) return 'papers-filter';
  const singular = { papers: 'paper', topics: 'topic', authors: 'author', timeline: 'timeline-page' };
  return parts.length === 2 ? section : (singular[section] || section);
}

/// A test tally: `check(name, ok, detail)` records one result and prints a
/// failure at once; `finish()` prints "N passed, N failed" and exits 1 on any
/// failure.
export function tally() {
  let passed = 0, failed = 0;
  return {
    check(name, ok, detail = '') {
      if (ok) passed++;
      else { failed++; console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`); }
      return ok;
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed || passed === 0 ? 1 : 0);
    },
  };
}

/// The site folder named on the command line, which must hold a built site.
export function siteArg(index = 2) {
  const dir = process.argv[index];
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`usage: node ${path.basename(process.argv[1])} SITE_DIR (a built site; got ${dir})`);
    process.exit(2);
  }
  return path.resolve(dir);
}
