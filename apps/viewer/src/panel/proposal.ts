import { proposalTimeline } from '@parley/core/analysis';
import { sidesOf, statementsAbout } from '../graph/index.js';
import { type Child, h } from '../ui/dom.js';
import { asGraph, contradictionsSection, timelineSection } from './time.js';
import type { NodeOf, NodePanel, PanelContext } from './types.js';
import { header, list, section, stanceRows, statementSection, timeParts } from './widgets.js';

function proposalBody(ctx: PanelContext, node: string, attr: NodeOf<'proposal'>): Child[] {
  const g = ctx.graph;
  const sides = sidesOf(g, node);
  const supporters = stanceRows(ctx, [...sides.proposes, ...sides.supports]);
  const opponents = stanceRows(ctx, sides.rejects);
  const about = statementsAbout(g, node);
  return [
    header(ctx, node, attr.label, `proposal · ${attr.category}`),
    h('p', { className: 'evidence' }, attr.text),
    section('Supporters', supporters.length, list(supporters, 'Nobody supports it yet.')),
    section('Opponents', opponents.length, list(opponents, 'Nobody rejects it yet.')),
    timelineSection(timeParts(ctx), proposalTimeline(asGraph(g), node)),
    contradictionsSection(timeParts(ctx), node),
    statementSection(ctx, 'Statements about it', about, 'None.'),
  ];
}

/** The panel of a proposal node. */
export const proposalPanel: NodePanel<'proposal'> = { kind: 'proposal', render: proposalBody };
