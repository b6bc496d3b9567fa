import type { Mention } from '../mentions/types.js';
import type { ParsedText } from '../text/types.js';
import { antecedentOf } from './antecedents.js';
import { makeResolution } from './lookup.js';
import type { ActorFacts } from './registry.js';
import { Resolver, spanKey } from './resolver.js';
import type { Resolution } from './types.js';

/** Mentions resolved in the first pass: names that can stand on their own. */
const firstPass = (m: Mention) =>
  m.form === 'name' || m.form === 'group' || m.form === 'anonymous' || (m.form === 'demonym' && !m.modifier);

/**
 * Groups mentions into actors, one per entity: names by full name, surname and spelling variant;
 * countries by code (names, demonyms, capitals that act); organisations by name and acronym;
 * descriptions by title and nationality; pronouns by gender, number and role.
 * @example
 * const parsed = parseText('President Donald Trump met Putin. Trump said he was pleased.');
 * resolveActors(parsed, findMentions(parsed)).actors.map((a) => a.label) // ['Donald Trump', 'Putin']
 */
export function resolveActors(parsed: ParsedText, mentions: Mention[]): Resolution {
  const r = new Resolver(parsed);
  // names first, so that "Trump" early in an article can join "Donald Trump" named later
  const ordered = [
    ...mentions.filter((m) => firstPass(m) && m.type === 'person' && (m.name ?? '').includes(' ')),
    ...mentions.filter((m) => firstPass(m) && !(m.type === 'person' && (m.name ?? '').includes(' '))),
  ];
  for (const m of ordered) r.resolveName(m);
  for (const m of mentions) {
    const facts = r.byMention.get(spanKey(m.span));
    if (facts) r.remember(m, facts);
  }
  r.timeline.seal();
  for (const m of mentions) {
    if (firstPass(m)) continue;
    let facts: ActorFacts | undefined;
    if (m.form === 'pronoun') {
      facts = antecedentOf(m, r.timeline);
      if (facts && /^(it|its)$/i.test(m.text) && !r.timeline.inSentence(facts, m.sentence, m.span[0]))
        facts = undefined;
      if (facts) r.link(m, facts);
    } else if (m.form === 'description' || m.form === 'title') {
      facts = r.resolveDescription(m);
      if (facts) r.link(m, facts, [m.text]);
    } else facts = r.resolveName(m);
    if (facts) r.remember(m, facts);
  }
  r.registry.finish();
  return makeResolution(r, mentions);
}
