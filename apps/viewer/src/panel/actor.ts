import { actorTimeline } from '@parley/core/analysis';
import {
  affiliationsOf,
  membersOf,
  stancesOf,
  statementsMentioning,
  statementsReportedBy,
  statementsSaidBy,
} from '../graph/index.js';
import { type Child, h } from '../ui/dom.js';
import { pathSection } from './path.js';
import { asGraph, contradictionsSection, timelineSection } from './time.js';
import type { NodeOf, NodePanel, PanelContext } from './types.js';
import { field, header, links, list, section, stanceRows, statementSection, timeParts } from './widgets.js';

function actorBody(ctx: PanelContext, node: string, attr: NodeOf<'actor'>): Child[] {
  const g = ctx.graph;
  const said = statementsSaidBy(g, node);
  const stanceRowsOf = stanceRows(ctx, stancesOf(g, node));
  const mentioned = statementsMentioning(g, node);
  const reported = statementsReportedBy(g, node);
  const aliases = (attr.aliases ?? []).filter((a) => a !== attr.label);
  return [
    header(ctx, node, attr.label, `actor · ${attr.type}`, attr.title),
    h(
      'dl',
      { className: 'fields' },
      field('Aliases', aliases.length ? aliases.join(', ') : null),
      field('Mentions', String(attr.mentions ?? 0)),
      field('Affiliations', ...links(ctx, affiliationsOf(g, node))),
      membersOf(g, node).length ? field('Members', ...links(ctx, membersOf(g, node))) : null,
    ),
    statementSection(ctx, 'Statements', said, 'No statement attributed to this actor yet.'),
    section('Proposals', stanceRowsOf.length, list(stanceRowsOf, 'No stance on a proposal.')),
    contradictionsSection(timeParts(ctx), node),
    timelineSection(timeParts(ctx), actorTimeline(asGraph(g), node)),
    reported.length ? statementSection(ctx, 'Reported', reported, '') : null,
    statementSection(ctx, 'Mentioned in', mentioned, 'No statement mentions this actor.'),
    pathSection(ctx, node),
  ];
}

/** The panel of an actor node. */
export const actorPanel: NodePanel<'actor'> = { kind: 'actor', render: actorBody };
