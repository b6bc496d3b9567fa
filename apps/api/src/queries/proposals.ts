import { fold } from '@parley/core/normalize';
import type { z } from 'zod';
import type { ProposalListQuery } from '../schemas/params.js';
import type { ProposalProfile, ProposalSummary } from '../schemas/views.js';
import type { GraphIndex } from '../store/graph-index.js';
import { type Page, pageOf } from './page.js';

type ListQuery = z.output<typeof ProposalListQuery>;

/** Proposals by category and words, those with most stances first. */
export function listProposals(index: GraphIndex, q: ListQuery): Page<ProposalSummary> {
  const words = q.q ? fold(q.q).split(/\s+/) : [];
  const matches = index.allProposalSummaries().filter((p) => {
    if (q.category && p.category !== q.category) return false;
    const text = words.length ? fold(`${p.label} ${p.text}`) : '';
    return words.every((w) => text.includes(w));
  });
  return pageOf(matches, q.limit, q.offset, (s) => s);
}

/** One proposal: who proposed, supported and rejected it, with evidence, and the statements about it. */
export function proposalProfile(index: GraphIndex, key: string): ProposalProfile {
  return {
    ...index.proposalSummary(key),
    stances: index.stances(key),
    statements: (index.byProposal.get(key) ?? []).map((i) => index.statement(i)),
  };
}
