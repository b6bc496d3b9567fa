import { createHash } from 'node:crypto';
import { attributeStatements } from '../attribution/index.js';
import type { StatementDraft } from '../attribution/types.js';
import { findMentions } from '../mentions/index.js';
import { findProposals } from '../proposals/index.js';
import type { ProposalDraft } from '../proposals/types.js';
import { resolveActors } from '../resolve/index.js';
import { parseText } from '../text/index.js';
import type { ArticleMeta, Extraction } from './types.js';

/** Every actor id a statement or a proposal's stance names. */
function referencedActors(statements: StatementDraft[], proposals: ProposalDraft[]): Set<string> {
  return new Set([
    ...statements.flatMap((s) => [...s.speakers, ...s.reportedBy, ...s.addressedTo, ...s.mentions]),
    ...proposals.flatMap((p) => p.stances.map((st) => st.actor)),
  ]);
}

/** The article's label: its title, else its first line, shortened. */
function articleLabel(text: string, meta: ArticleMeta): string {
  const first = meta.title ?? text.trim().split(/\r?\n/, 1)[0] ?? meta.id;
  return first.length > 120 ? `${first.slice(0, 117)}...` : first || meta.id;
}

/**
 * Turns one article into actors, statements and proposals, running each pipeline stage once:
 * text → mentions → resolve → attribution → proposals.
 * @param text the article exactly as read from its file (offsets index into it)
 * @param meta at least the article id (file name without `.txt`)
 * @example
 * const extraction = extractArticle(fs.readFileSync('a.txt', 'utf8'), { id: 'a' });
 * extraction.statements[0]?.text;
 */
export function extractArticle(text: string, meta: ArticleMeta): Extraction {
  const parsed = parseText(text);
  const resolution = resolveActors(parsed, findMentions(parsed));
  const statements = attributeStatements(parsed, resolution);
  const proposals = findProposals(parsed, resolution, statements);
  resolution.settle(referencedActors(statements, proposals));
  return {
    article: {
      ...meta,
      label: articleLabel(text, meta),
      chars: text.length,
      sha256: createHash('sha256').update(text).digest('hex'),
    },
    actors: resolution.actors,
    statements,
    proposals,
  };
}
