import type { Span } from '../contract/types.js';
import type { StatementDraft } from '../extract/types.js';
import type { Resolution } from '../resolve/types.js';
import type { ParsedText } from '../text/types.js';

/**
 * Finds statements: each quotation attributed to the name nearest a "say" in its sentence.
 * @example findStatements(parsed, resolution)
 */
export function findStatements(parsed: ParsedText, resolution: Resolution): StatementDraft[] {
  const statements: StatementDraft[] = [];
  for (const q of parsed.quotes) {
    const sentence = parsed.sentences.find((s) => s.start <= q.outer[0] && q.outer[0] < s.end);
    if (!sentence) continue;
    const cue = parsed.tokens
      .slice(sentence.tokenStart, sentence.tokenEnd)
      .find((t) => t.lemma === 'say' && (t.end <= q.outer[0] || t.start >= q.outer[1]));
    if (!cue) continue;
    const sentenceSpan: Span = [sentence.start, sentence.end];
    const speaker = resolution
      .actorsIn(sentenceSpan)
      .flatMap((a) =>
        a.mentionSpans
          .filter(
            (s) =>
              s[0] >= sentence.start && s[1] <= sentence.end && (s[1] <= q.outer[0] || s[0] >= q.outer[1]),
          )
          .map((s) => ({ a, s })),
      )
      .sort((x, y) => Math.abs(x.s[0] - cue.start) - Math.abs(y.s[0] - cue.start))[0];
    statements.push({
      span: q.inner,
      cueSpan: [cue.start, cue.end],
      speakerSpan: speaker?.s ?? null,
      text: parsed.text.slice(...q.inner),
      cue: 'say',
      mode: 'direct',
      sentence: sentence.index,
      speakers: speaker ? [speaker.a.id] : [],
      reportedBy: [],
      addressedTo: [],
      mentions: resolution.actorsIn(q.inner).map((a) => a.id),
    });
  }
  return statements;
}
