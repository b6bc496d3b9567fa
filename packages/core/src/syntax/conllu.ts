/** One syntactic word of a CoNLL-U sentence (multiword token ranges are kept apart). */
export interface ConlluWord {
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

/** A multiword token ("don't" over the words "do" and "n't"). */
export interface ConlluRange {
  from: number;
  to: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  /** `# key = value` comments (sent_id, text, newdoc id, newpar ...), in order. */
  comments: [string, string][];
  words: ConlluWord[];
  ranges: ConlluRange[];
  /** The document it belongs to (the last `# newdoc id` seen). */
  doc: string;
}

/**
 * Parses a CoNLL-U file. Empty nodes (ids like `8.1`) are dropped; multiword tokens are kept as
 * ranges beside their words.
 * @throws Error naming the line of a malformed row
 */
export function parseConllu(src: string, name = 'conllu'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let doc = '';
  let current: ConlluSentence | null = null;
  const lines = src.split(/\r?\n/);
  const flush = () => {
    if (current?.words.length) sentences.push(current);
    current = null;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      flush();
      return;
    }
    current ??= { comments: [], words: [], ranges: [], doc };
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(line);
      if (!m) return;
      const key = m[1]!;
      if (key === 'newdoc id') {
        doc = m[2]!;
        current.doc = doc;
      }
      current.comments.push([key, m[2]!]);
      return;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${name}:${i + 1}: expected 10 columns, got ${cols.length}`);
    const [id, form, lemma, upos, xpos, feats, head, deprel, , misc] = cols as [string, ...string[]];
    if (id.includes('.')) return;
    if (id.includes('-')) {
      const [from, to] = id.split('-').map(Number);
      current.ranges.push({ from: from!, to: to!, form: form!, misc: misc! });
      return;
    }
    current.words.push({
      id: Number(id),
      form: form!,
      lemma: lemma!,
      upos: upos!,
      xpos: xpos!,
      feats: feats!,
      head: head === '_' ? -1 : Number(head),
      deprel: deprel!,
      misc: misc!,
    });
  });
  flush();
  return sentences;
}

/** A `# key = value` comment of a sentence, if present. */
export const comment = (s: ConlluSentence, key: string) => s.comments.find(([k]) => k === key)?.[1];

/** Writes sentences back as CoNLL-U (comments, ranges and words in order). */
export function formatConllu(sentences: ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const [k, v] of s.comments) out.push(`# ${k} = ${v}`);
    for (const w of s.words) {
      const range = s.ranges.find((r) => r.from === w.id);
      if (range)
        out.push(
          [`${range.from}-${range.to}`, range.form, '_', '_', '_', '_', '_', '_', '_', range.misc].join('\t'),
        );
      out.push(
        [
          w.id,
          w.form,
          w.lemma,
          w.upos,
          w.xpos,
          w.feats,
          w.head < 0 ? '_' : w.head,
          w.deprel,
          '_',
          w.misc,
        ].join('\t'),
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
