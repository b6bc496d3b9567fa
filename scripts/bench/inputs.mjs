// The input layer: how much reading an article costs by format, on the PolNeAR held-out texts.
//  - 10,000 articles as one .jsonl corpus versus as 10,000 .txt files: read time per article
//    (what a build adds per article besides extraction, which is the same text either way);
//  - the same texts as news pages (a template with navigation, JSON-LD and a footer around the
//    paragraphs): pages per second through Readability on one core (target: at least 50).
// Needs `pnpm --filter @parley/core build`. Skips with a note when ../shared is absent.
//
//   node scripts/bench/inputs.mjs [--articles 10000]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: path.resolve(root, '../shared/eval/polnear/heldout/text') },
    articles: { type: 'string', default: '10000' },
  },
});
if (!existsSync(values.dir)) {
  console.log(`inputs bench skipped: corpus not found at ${values.dir}`);
  process.exit(0);
}
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const texts = readdirSync(values.dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(values.dir, f), 'utf8'));
const n = Number(values.articles) || 10000;
const work = mkdtempSync(path.join(tmpdir(), 'parley-inputs-bench-'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// Every copy differs (its number in the first line), as a real corpus's articles do.
const article = (i) =>
  `${texts[i % texts.length].split('\n', 1)[0]} (${i})\n${texts[i % texts.length].slice(texts[i % texts.length].indexOf('\n'))}`;
const txtDir = path.join(work, 'txt');
await import('node:fs').then((fs) => fs.mkdirSync(txtDir));
const lines = [];
for (let i = 0; i < n; i++) {
  const text = article(i);
  writeFileSync(path.join(txtDir, `outlet_2016-01-01_a${String(i).padStart(5, '0')}.txt`), text);
  lines.push(JSON.stringify({ id: `a${i}`, text, date: '2016-01-01', publisher: 'outlet' }));
}
const jsonl = path.join(work, 'corpus.jsonl');
writeFileSync(jsonl, `${lines.join('\n')}\n`);

let t = cpu();
const files = await core.listInputFiles([txtDir]);
let read = 0;
for (const f of files) read += (await core.readInputFile(f)).length;
const txtSeconds = cpu() - t;
t = cpu();
const fromJsonl = (await core.readInputFile(jsonl)).length;
const jsonlSeconds = cpu() - t;

const page = (text, i) => {
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2016-01-01',
    publisher: { '@type': 'Organization', name: 'Outlet' },
  });
  const nav = Array.from({ length: 30 }, (_, k) => `<li><a href="/s/${k}">Section ${k}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Outlet</title><meta property="og:site_name" content="Outlet"><script type="application/ld+json">${ld}</script><script>window.dataLayer=[];</script></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${title}</h1>${rest.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article></main><aside><h2>Most read</h2><ul>${nav}</ul></aside><footer><p>Outlet ${i}</p></footer></body></html>`;
};
const pages = texts.map(page);
for (const html of pages.slice(0, 10)) core.articleFromHtml('warm-up', html);
t = cpu();
let kept = 0;
for (let r = 0; r < 3; r++)
  for (const html of pages) kept += core.articleFromHtml('page', html).text.length > 0 ? 1 : 0;
const htmlSeconds = cpu() - t;
rmSync(work, { recursive: true, force: true });

const perArticle = (s, k) => `${((s * 1000) / k).toFixed(3)} ms/article`;
console.log(`${read} .txt files: ${txtSeconds.toFixed(2)} CPU s, ${perArticle(txtSeconds, read)}`);
console.log(
  `one .jsonl of ${fromJsonl} articles: ${jsonlSeconds.toFixed(2)} CPU s, ${perArticle(jsonlSeconds, fromJsonl)}`,
);
const rate = kept / htmlSeconds;
console.log(
  `news pages: ${kept} in ${htmlSeconds.toFixed(2)} CPU s = ${rate.toFixed(0)} pages/s on one core (target 50)`,
);
process.exit(rate >= 50 && jsonlSeconds / fromJsonl <= txtSeconds / read ? 0 : 1);
