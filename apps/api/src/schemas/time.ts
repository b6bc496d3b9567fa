import { SpanSchema, StanceSchema, TIMELINE_ENTRY_KINDS } from '@parley/core';
import { z } from 'zod';
import { ActorRefSchema, ArticleRefSchema, ProposalRefSchema, pageOf } from './views.js';

// Views of the analysis over time: timelines, contradictions, repeated quotes.

export const EvidenceViewSchema = z
  .object({
    statement: z.string().nullable().meta({ description: 'the evidence statement key, when there is one' }),
    article: ArticleRefSchema,
    date: z.string().nullable().meta({ description: "the article's date (ISO 8601), null when undated" }),
    text: z.string().meta({ description: "the statement's content, or the proposal's evidence sentence" }),
    span: SpanSchema.nullable(),
  })
  .meta({ id: 'Evidence' });

const PositionSchema = EvidenceViewSchema.extend({ stance: StanceSchema }).meta({ id: 'Position' });

export const TimelineEntrySchema = EvidenceViewSchema.extend({
  kind: z.enum(TIMELINE_ENTRY_KINDS),
  actor: ActorRefSchema,
  stance: StanceSchema.optional(),
  proposal: ProposalRefSchema.optional(),
}).meta({ id: 'TimelineEntry' });

export const TimelineSchema = pageOf(TimelineEntrySchema).meta({
  id: 'Timeline',
  description: 'by date, undated last; within an article in text order',
});

export const ContradictionSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('stance_change'),
      actor: ActorRefSchema,
      proposal: ProposalRefSchema,
      from: PositionSchema,
      to: PositionSchema,
      score: z.number(),
    }),
    z.object({
      kind: z.literal('disagreement'),
      proposal: ProposalRefSchema,
      for: z.object({ actor: ActorRefSchema, evidence: z.array(PositionSchema) }),
      against: z.object({ actor: ActorRefSchema, evidence: z.array(PositionSchema) }),
      score: z.number(),
    }),
  ])
  .meta({ id: 'Contradiction' });

export const ContradictionPageSchema = pageOf(ContradictionSchema).meta({ id: 'ContradictionPage' });

export const QuoteGroupSchema = z
  .object({
    text: z.string().meta({ description: 'the quote as first seen' }),
    speakers: z.array(ActorRefSchema),
    outlets: z.number().int().meta({ description: 'distinct outlets that carried it' }),
    occurrences: z
      .array(EvidenceViewSchema)
      .meta({ description: 'every article that carried it, first seen first' }),
  })
  .meta({ id: 'QuoteGroup' });

export const QuoteGroupPageSchema = pageOf(QuoteGroupSchema).meta({ id: 'QuoteGroupPage' });

export type EvidenceView = z.infer<typeof EvidenceViewSchema>;
export type TimelineEntryView = z.infer<typeof TimelineEntrySchema>;
export type ContradictionView = z.infer<typeof ContradictionSchema>;
export type QuoteGroupView = z.infer<typeof QuoteGroupSchema>;
