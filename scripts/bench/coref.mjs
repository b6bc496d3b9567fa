// Pronoun coreference on GUM's held-out documents (every fifth by name, `gumSplit`; issue 14's
// figure): for each third-person personal pronoun (he, she, they and their other forms) that GUM
// links to a person already mentioned, whether Parley's resolved antecedent (the nearest earlier
// non-pronoun mention of the actor the pronoun resolves to) is in the pronoun's gold chain.
// Unresolved pronouns count as wrong. Texts are rebuilt from the CoNLL-U words and their spacing.
// Needs `pnpm --filter @parley/core --filter @parley/train run build`.
//
//   node scripts/bench/coref.mjs [--genre news] [--verbose]
import { parseArgs } from 'node:util';

const train = await import('../../packages/train/dist/index.js');
const core = await import('../../packages/core/dist/index.js');
const { values } = parseArgs({
  options: { genre: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});

const PRONOUNS = new Set(
  'he him his himself she her hers herself they them their theirs themselves'.split(' '),
);

/** The document's text with each word's character span, and each gold mention's span and chain. */
function rebuild(sentences) {
  let text = '';
  const mentions = [];
  for (const s of sentences) {
    if (text) text += s.comments.some(([key]) => key.startsWith('newpar')) ? '\n\n' : ' ';
    const spans = [];
    const range = new Map(s.ranges.map((r) => [r.from, r]));
    for (let i = 0; i < s.words.length; i++) {
      const r = range.get(s.words[i].id);
      const unit = r ? s.words.slice(i, i + (r.to - r.from + 1)) : [s.words[i]];
      const form = r ? r.form : s.words[i].form;
      const misc = r ? r.misc : s.words[i].misc;
      const start = text.length;
      text += form;
      for (const _ of unit) spans.push([start, text.length]);
      if (!/SpaceAfter=No/.test(misc)) text += ' ';
      i += unit.length - 1;
    }
    for (const m of train.gumMentions(s)) {
      const words = s.words.slice(m.start, m.end);
      mentions.push({
        ...m,
        span: [spans[m.start][0], spans[m.end - 1][1]],
        pronoun: words.length === 1 && words[0].upos === 'PRON' && PRONOUNS.has(words[0].form.toLowerCase()),
      });
    }
  }
  return { text, mentions: mentions.sort((a, b) => a.span[0] - b.span[0]) };
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
let total = 0;
let right = 0;
let unresolved = 0;
const byDoc = [];
const docs = train.gumSplit().heldout.filter((d) => !values.genre || d.startsWith(`GUM_${values.genre}_`));
for (const doc of docs) {
  const { text, mentions } = rebuild(train.readGum(doc));
  const parsed = core.parseText(text);
  const found = core.findMentions(parsed);
  const resolution = core.resolveActors(parsed, found);
  const pronounSpans = found.filter((m) => m.form === 'pronoun').map((m) => m.span);
  const isPronoun = (span) => pronounSpans.some((p) => p[0] === span[0] && p[1] === span[1]);
  let docTotal = 0;
  let docRight = 0;
  for (const m of mentions) {
    if (!m.pronoun || m.gumType !== 'person') continue;
    const chain = mentions.filter((o) => o.chain === m.chain);
    if (!chain.some((o) => o.span[0] < m.span[0])) continue;
    docTotal++;
    const actor = resolution.actorAt(m.span);
    const antecedent = actor?.mentionSpans
      .filter((s) => s[1] <= m.span[0] && !isPronoun(s))
      .sort((a, b) => b[0] - a[0])[0];
    if (!actor) unresolved++;
    const ok = antecedent !== undefined && chain.some((o) => overlaps(o.span, antecedent));
    if (ok) docRight++;
    else if (values.verbose)
      console.log(
        `${doc} "${text.slice(m.span[0], m.span[1])}" at ${m.span[0]}: ${actor ? `${actor.label} via "${antecedent ? text.slice(...antecedent) : '-'}"` : 'unresolved'}; gold ${
          chain
            .find((o) => !o.pronoun)
            ?.span.map((x) => x)
            .join('-') ?? ''
        } "${(() => {
          const g = chain.find((o) => !o.pronoun && o.span[0] < m.span[0]);
          return g ? text.slice(g.span[0], g.span[1]) : '?';
        })()}"`,
      );
  }
  total += docTotal;
  right += docRight;
  byDoc.push(`${doc} ${docRight}/${docTotal}`);
}
console.log(`GUM held-out: ${docs.length} documents: ${docs.join(', ')}`);
console.log(byDoc.join('\n'));
console.log(
  `third-person pronouns linked to a person: ${total}; right antecedent ${right} = ${((100 * right) / Math.max(1, total)).toFixed(1)}% (target 80%); unresolved ${unresolved}`,
);
