// The paper pages and every page of the paper list (its filter pages too) are
// valid HTML: the Nu HTML checker (vnu-jar from npm, run on Debian's Java)
// reports no error on any of them.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { sitePages, siteArg, pageKind, tally } from './harness.mjs';

const root = siteArg();
const t = tally();
const vnu = createRequire(import.meta.url)('vnu-jar');
const pages = sitePages(root).filter((p) => ['paper', 'papers', 'papers-filter'].includes(pageKind(p)));
t.check('the site has paper and paper list pages', pages.length > 0);
const files = pages.map((p) => path.join(root, p.endsWith('/') ? p + 'index.html' : p));
let report;
try {
  report = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  report = e.stderr || e.stdout;  // vnu exits 1 when it finds errors and writes JSON to stderr
}
const messages = JSON.parse(report || '{"messages":[]}').messages || [];
for (const f of files) {
  const mine = messages.filter((m) => m.url && decodeURI(m.url).endsWith(f));
  t.check(`${path.relative(root, f)} is valid HTML`, mine.length === 0,
    mine.map((m) => `${m.lastLine}:${m.firstColumn || ''} ${m.message}`).join('; '));
}
const unplaced = messages.filter((m) => !files.some((f) => m.url && decodeURI(m.url).endsWith(f)));
t.check('the checker reported nothing else', unplaced.length === 0, JSON.stringify(unplaced.slice(0, 3)));
t.finish();
