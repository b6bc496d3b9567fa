import type { ProposalDraft, StatementDraft } from '../extract/types.js';
import type { Resolution } from '../resolve/types.js';
import type { ParsedText } from '../text/types.js';

/**
 * Finds proposals (offers, demands, plans) and the stances actors take on them.
 * @example findProposals(parsed, resolution, statements)
 */
export function findProposals(
  _parsed: ParsedText,
  _resolution: Resolution,
  _statements: StatementDraft[],
): ProposalDraft[] {
  return [];
}
