// Printing a paper page keeps everything a reader folded away on screen: for
// every paper page of the site, printed to PDF by chromium (page.pdf()) with
// JavaScript on and with it off, the PDF's text (Debian's pdftotext) holds
// the text of every abstract, other-language abstract and extended abstract,
// as print shows it: the first editorial mark ([sic]) of a page is followed
// there by its explanation, which the print style writes out (generated
// content, not in the DOM's text).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveSite, launchBrowser, sitePages, siteArg, pageKind, tally } from './harness.mjs';

const root = siteArg();
const server = await serveSite(root);
const browser = await launchBrowser();
const t = tally();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-print-'));

// Text as both the DOM and pdftotext give it, compared without layout:
// compatibility forms folded (ligatures), whitespace and hyphens (line-end
// hyphenation) dropped.
const squash = (s) => s.normalize('NFKC').replace(/[\s\u00ad\u2010\u2011-]+/g, '');

try {
  const papers = sitePages(root).filter((p) => pageKind(p) === 'paper');
  t.check('the site has paper pages', papers.length > 0);
  for (const script of [true, false]) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(script);
    for (const p of papers) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      await page.emulateMediaType('print');
      const abstracts = await page.$$eval('.abstract-text', (els) => els.map((e) => {
        // The text as printed: each node's text, and an element's ::before and
        // ::after content where the print style generates some.
        const generated = (el, pseudo) => {
          const c = getComputedStyle(el, pseudo).content;
          if (!c || c === 'none' || c === 'normal') return '';
          return c.replace(/^"|"$/g, '').replace(/\\"/g, '"');
        };
        const printed = (node) => {
          if (node.nodeType === Node.TEXT_NODE) return node.nodeValue;
          if (node.nodeType !== Node.ELEMENT_NODE) return '';
          let s = generated(node, '::before');
          for (const child of node.childNodes) s += printed(child);
          return s + generated(node, '::after');
        };
        return { text: printed(e), folded: !!e.closest('details:not([open])') };
      }));
      await page.emulateMediaType(null);
      const pdf = path.join(tmp, 'page.pdf');
      fs.writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      const label = `${p} printed with JavaScript ${script ? 'on' : 'off'}`;
      t.check(`${label}: has abstracts`, abstracts.length > 0);
      abstracts.forEach((a, i) => {
        const want = squash(a.text);
        t.check(`${label}: abstract ${i + 1}${a.folded ? ' (folded on screen)' : ''} is in the PDF`,
          want.length > 0 && text.includes(want), `"${a.text.trim().slice(0, 60)}…" missing`);
      });
      // Folded again after printing (the script opens them only for print).
      const stillFolded = await page.$$eval('details.foldable:not([open])', (els) => els.length);
      const foldable = await page.$$eval('details.foldable', (els) => els.length);
      t.check(`${label}: folded sections stay folded on screen`, stillFolded === foldable);
    }
    await page.close();
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
t.finish();
