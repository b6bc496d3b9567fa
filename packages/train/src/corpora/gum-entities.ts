import type { ConlluSentence, ConlluWord, EntityType } from '@parley/core';

/** One mention of GUM's `Entity=` brackets: word positions (0-based, end exclusive) and GUM's own type. */
export interface GumMention {
  start: number;
  end: number;
  /** GUM's entity type: person, organization, place, event, abstract, object, time, substance, ... */
  gumType: string;
  /** Wikipedia identity link, '' when none. */
  identity: string;
  /** The coreference chain (GUM's entity id, unique within a document). */
  chain: string;
}

/** A named-entity span of a sentence, in Parley's entity types. */
export interface NamedSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** A GUM sentence reduced to what the entity tagger learns from. */
export interface EntitySentence {
  doc: string;
  words: string[];
  /** Gold UPOS (for measurement and analysis; the tagger does not train on gold tags). */
  upos: string[];
  /** Whether a space follows each word in the original text. */
  spaceAfter: boolean[];
  /** Named mentions, outermost only, never overlapping (see `namedSpans`). */
  entities: NamedSpan[];
}

/** GUM's types onto Parley's: person, organization, place, event; every other named thing is 'other'. */
export function parleyType(gumType: string): EntityType {
  if (gumType === 'person' || gumType === 'organization' || gumType === 'place' || gumType === 'event')
    return gumType;
  return 'other';
}

/**
 * Reads the mentions of a sentence from the MISC column's `Entity=` brackets: `(id-type-...` opens
 * a mention, `id)` closes it, `(id-type-...)` is a one-word mention. Mentions never cross sentences in GUM.
 * @throws Error when a bracket closes a mention that was never opened
 */
export function gumMentions(sentence: ConlluSentence): GumMention[] {
  const open: { id: string; start: number; fields: string[] }[] = [];
  const mentions: GumMention[] = [];
  const close = (at: number, entry: { start: number; fields: string[] }) =>
    mentions.push({
      start: entry.start,
      end: at + 1,
      gumType: entry.fields[1] ?? '',
      identity: entry.fields[7] ?? '',
      chain: entry.fields[0] ?? '',
    });
  sentence.words.forEach((word, at) => {
    const value = /(?:^|\|)Entity=([^|]*)/.exec(word.misc)?.[1];
    if (!value) return;
    const re = /\(([^()]+)(\)?)|(\d+)\)/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      if (m[1]) {
        const fields = m[1].split('-');
        const entry = { id: fields[0]!, start: at, fields };
        if (m[2]) close(at, entry);
        else open.push(entry);
        continue;
      }
      const index = open.findLastIndex((e) => e.id === m![3]);
      if (index < 0) throw new Error(`${sentence.doc}: entity ${m[3]} closes without opening`);
      close(at, open.splice(index, 1)[0]!);
    }
  });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The word of a span whose syntactic head lies outside it (the first such word). */
export function spanHead(words: ConlluWord[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const head = words[i]!.head - 1;
    if (head < start || head >= end) return i;
  }
  return start;
}

/** Relations that end a name inside a longer mention: clauses, appositions, coordination hang off it. */
const CUT_RELATIONS = /^(acl|appos|parataxis|conj|cc|advcl|dep|list)/;
/** Punctuation that ends a name (hyphens and dashes inside names, "Zhou En-Lai", do not). */
const CUT_PUNCTUATION = /^[,;:()[\]"“”‘’«»]$/;

/** Prepositions whose phrase after a name says where or when, not which ("City Hall in New York"). */
const CUT_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'from', 'during', 'since', 'outside']);

/** Where a name ends inside a longer mention: before the first clause, apposition, separating mark or place phrase. */
function nameEnd(words: ConlluWord[], start: number, head: number, end: number): number {
  for (let i = head + 1; i < end; i++) {
    const attached = words[i]!.head - 1;
    if (CUT_PUNCTUATION.test(words[i]!.form)) return i;
    if (attached >= start && attached < end && CUT_RELATIONS.test(words[i]!.deprel)) return i;
    if (words[i]!.deprel === 'case' && CUT_PREPOSITIONS.has(words[i]!.form.toLowerCase())) {
      const phrase = words[attached];
      if (phrase && phrase.head - 1 === head && /^nmod/.test(phrase.deprel)) return i;
    }
  }
  return end;
}

/** Where a name starts: after a possessor before it ("Isaac Newton's Principia" -> "Principia"). */
function nameStart(words: ConlluWord[], start: number, head: number): number {
  for (let i = head - 1; i >= start; i--) {
    const w = words[i]!;
    if (w.deprel === 'case' && /^['’]s?$/.test(w.form)) {
      const owner = words[w.head - 1];
      if (owner && owner.head - 1 === head && owner.deprel === 'nmod:poss') return i + 1;
    }
  }
  while (start < head && /^(DET|PUNCT)$/.test(words[start]!.upos)) start++;
  return start;
}

/**
 * The named mentions of a sentence, as a news NER reads them:
 * - a mention is named when its syntactic head is a proper noun (PROPN);
 * - its span drops leading determiners and punctuation and a possessor ("Newton's Principia" ->
 *   "Principia"), and ends before the first clause, apposition, coordination, separating mark or
 *   place phrase after the head ("Smith, who said ..." -> "Smith"; "City Hall in New York" -> "City Hall");
 * - only the outermost named mention is kept ("[University of [California]]" -> the university).
 */
export function namedSpans(sentence: ConlluSentence, mentions = gumMentions(sentence)): NamedSpan[] {
  const { words } = sentence;
  const spans: NamedSpan[] = [];
  for (const m of mentions) {
    const head = spanHead(words, m.start, m.end);
    if (words[head]!.upos !== 'PROPN') continue;
    const start = nameStart(words, m.start, head);
    let end = nameEnd(words, start, head, m.end);
    while (end > head + 1 && /^(PUNCT|PART)$/.test(words[end - 1]!.upos)) end--;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ start, end, type: parleyType(m.gumType) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A GUM sentence as an `EntitySentence`. */
export function entitySentence(sentence: ConlluSentence): EntitySentence {
  return {
    doc: sentence.doc,
    words: sentence.words.map((w) => w.form),
    upos: sentence.words.map((w) => w.upos),
    spaceAfter: sentence.words.map((w) => !/(?:^|\|)SpaceAfter=No/.test(w.misc)),
    entities: namedSpans(sentence),
  };
}
