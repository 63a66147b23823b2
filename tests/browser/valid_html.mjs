// Every page of the site named on the command line is valid HTML: the Nu HTML
// checker (vnu-jar from npm, run once over all pages on Debian's Java) reports
// no error on any of them, and none of the warnings that mark broken markup:
// obsolete presentational attributes, a bad `datetime`, a section without a
// heading.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { sitePages, siteArg, tally } from './harness.mjs';

const root = siteArg();
const t = tally();
const vnu = createRequire(import.meta.url)('vnu-jar');
const pages = sitePages(root);
t.check('the site has pages', pages.length > 0);
const files = pages.map((p) => path.join(root, p.endsWith('/') ? p + 'index.html' : p));
const forbiddenWarnings = [/is obsolete/, /Bad value .* for attribute .datetime./, /Section lacks heading/];
// vnu writes its JSON report to stderr, whether or not it found errors.
const run = spawnSync('java', ['-Xss8m', '-jar', vnu, '--format', 'json', ...files],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
t.check('the checker ran', run.status === 0 || run.status === 1, `exit ${run.status}: ${run.error || run.stdout}`);
const report = run.stderr;
const all = JSON.parse(report).messages;
const messages = all.filter((m) => m.type === 'error' || m.subType === 'fatal' ||
  (m.type === 'info' && m.subType === 'warning' && forbiddenWarnings.some((re) => re.test(m.message))));
for (const f of files) {
  const mine = messages.filter((m) => m.url && decodeURI(m.url).endsWith(f));
  t.check(`${path.relative(root, f)} is valid HTML`, mine.length === 0,
    mine.slice(0, 5).map((m) => `${m.subType || m.type} ${m.lastLine}:${m.firstColumn || ''} ${m.message}`).join('; ') +
    (mine.length > 5 ? ` (and ${mine.length - 5} more)` : ''));
}
const unplaced = messages.filter((m) => !files.some((f) => m.url && decodeURI(m.url).endsWith(f)));
t.check('the checker reported nothing else', unplaced.length === 0, JSON.stringify(unplaced.slice(0, 3)));
t.finish();
