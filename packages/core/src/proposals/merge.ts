import { NATION_CONCEPTS } from '../lexicon/proposals.js';
import { categoryOf } from './category.js';
import type { Concept } from './concepts.js';
import type { ProposalContext } from './context.js';
import { type Holding, statementAt } from './holders.js';
import { proposalKey } from './key.js';
import type { Trigger } from './triggers.js';
import type { ProposalDraft, StanceDraft } from './types.js';

/** One stance found in the text, before proposals are merged. */
export interface Finding {
  trigger: Trigger;
  holding: Holding;
  /** What is proposed, or `null` when the object only points back ("the idea", "it"). */
  concept: Concept | null;
}

/**
 * A vague mention ("Air support", "a meeting in the capital of ...") takes the label of the precise
 * proposal of the same concept closest before it in the article, else closest after it.
 */
function resolvePartials(found: Finding[]): void {
  found.forEach((f, n) => {
    if (!f.concept?.partial) return;
    const id = f.concept.id;
    const full = (g: Finding) => g.concept && !g.concept.partial && g.concept.id === id;
    const variants = new Set(found.filter(full).map((g) => g.concept!.label));
    const shares = (g: Finding) => full(g) && g.holding.actors.some((a) => f.holding.actors.includes(a));
    // a force with no provider: with several ("U.S. troops", "European troops"), only one its actors hold
    const pick = variants.size > 1 && NATION_CONCEPTS.has(id) ? shares : full;
    const before = found.slice(0, n).findLast(pick);
    const after = found.slice(n + 1).find(pick);
    const target = before ?? after;
    if (target?.concept) f.concept = target.concept;
  });
}

/** Statements about a finding: its evidence and every statement whose content holds its object. */
function aboutStatements(ctx: ProposalContext, f: Finding): number[] {
  const out = new Set<number>();
  if (f.holding.statement !== null) out.add(f.holding.statement);
  for (const at of [f.trigger.from, f.trigger.first]) {
    if (at >= ctx.tokens.length) continue;
    const n = statementAt(ctx, at);
    if (n !== null) out.add(n);
  }
  return [...out];
}

function stancesOf(ctx: ProposalContext, f: Finding): StanceDraft[] {
  const { trigger: t } = f;
  const from = Math.min(t.first, t.from);
  const to = Math.max(t.last + 1, t.to);
  const span = ctx.span(from, to);
  return f.holding.actors.map((a) => ({
    actor: a.id,
    stance: t.stance,
    statement: f.holding.statement,
    span,
  }));
}

/**
 * Merges findings into proposals: one per canonical label, stances gathered in text order, one
 * stance per actor, stance and sentence.
 * @example mergeFindings(ctx, findings).map((p) => p.label)
 */
export function mergeFindings(ctx: ProposalContext, found: Finding[]): ProposalDraft[] {
  resolvePartials(found);
  const byKey = new Map<string, ProposalDraft>();
  const seen = new Set<string>();
  for (const f of found) {
    if (!f.concept) continue;
    const key = proposalKey(f.concept.label);
    let p = byKey.get(key);
    if (!p) {
      const sentence = ctx.parsed.sentences[f.trigger.sentence]!;
      p = {
        label: f.concept.label,
        // concepts name the diplomatic categories; any other proposal is placed by its label's words
        category: f.concept.category === 'other' ? categoryOf(f.concept.label) : f.concept.category,
        text: ctx.text.slice(sentence.start, sentence.end),
        span:
          f.trigger.to > f.trigger.from
            ? ctx.span(f.trigger.from, f.trigger.to)
            : ctx.span(f.trigger.first, f.trigger.last + 1),
        stances: [],
        statements: [],
      };
      byKey.set(key, p);
    }
    for (const st of stancesOf(ctx, f)) {
      const id = `${key}|${st.actor}|${st.stance}|${f.trigger.sentence}`;
      if (seen.has(id)) continue;
      seen.add(id);
      p.stances.push(st);
    }
    for (const n of aboutStatements(ctx, f)) if (!p.statements.includes(n)) p.statements.push(n);
  }
  return mergeShortForms([...byKey.values()]);
}

const LABEL_GLUE = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'in', 'on', 'with', 'and', 'by', 'at']);

/** A label's content words, lower-cased, a plural "s" dropped ("Special Prosecutor" → special, prosecutor). */
function contentWords(label: string): string[] {
  return label
    .toLowerCase()
    .split(/[^\p{L}\p{N}$.]+/u)
    .map((w) => w.replace(/\.$/, '').replace(/(?<=\p{L}{3})s$/u, ''))
    .filter((w) => w && !LABEL_GLUE.has(w));
}

/**
 * A short label whose every content word the longer label of another proposal of the article holds
 * (a headline's "Special Prosecutor", the body's "Special prosecutor to investigate Clinton") is that
 * proposal: its stances and statements join the longer one, which keeps its label.
 * @example mergeShortForms(drafts).map((p) => p.label)
 */
export function mergeShortForms(drafts: ProposalDraft[]): ProposalDraft[] {
  const words = new Map(drafts.map((p) => [p, contentWords(p.label)]));
  const absorbed = new Set<ProposalDraft>();
  for (const short of drafts) {
    const mine = words.get(short)!;
    if (mine.length === 0 || mine.length > 4) continue;
    const longer = drafts
      .filter((p) => p !== short && !absorbed.has(p) && words.get(p)!.length > mine.length)
      .filter((p) => mine.every((w) => words.get(p)!.includes(w)))
      .sort((a, b) => words.get(a)!.length - words.get(b)!.length)[0];
    if (!longer) continue;
    absorbed.add(short);
    for (const st of short.stances) {
      const same = (x: StanceDraft) =>
        x.actor === st.actor && x.stance === st.stance && x.span[0] === st.span[0];
      if (!longer.stances.some(same)) longer.stances.push(st);
    }
    for (const n of short.statements) if (!longer.statements.includes(n)) longer.statements.push(n);
  }
  return drafts.filter((p) => !absorbed.has(p));
}
