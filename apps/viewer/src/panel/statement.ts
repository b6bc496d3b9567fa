import { fetchArticleText, fetchStatementSentences } from '../api/index.js';
import {
  articleKey,
  audiencesOf,
  mentionsOf,
  proposalsOfStatement,
  reportersOf,
  speakersOf,
} from '../graph/index.js';
import { type Child, h, replaceChildren } from '../ui/dom.js';
import { type MarkedParagraph, markWithin, paragraphAround } from './paragraph.js';
import type { NodeOf, NodePanel, PanelContext } from './types.js';
import { field, header, links, nodeLink, QUOTED, section } from './widgets.js';

/**
 * Where a statement came from, cut for highlighting: its article paragraph when the server sends
 * article text, else its sentence from the statements endpoint, else null.
 */
async function sourceOf(
  ctx: PanelContext,
  key: string,
  attr: NodeOf<'statement'>,
): Promise<MarkedParagraph | null> {
  const article = await fetchArticleText(ctx.graphName, attr.article);
  if (article && article.text.slice(attr.span[0], attr.span[1]) === attr.text) {
    return paragraphAround(article.text, attr.span);
  }
  const sentence = (await fetchStatementSentences(ctx.graphName, attr.article)).get(key);
  return sentence ? markWithin(sentence, attr.text) : null;
}

/** The statement's source paragraph or sentence with its span marked; fetched lazily, inert text only. */
function sourceBlock(ctx: PanelContext, key: string, attr: NodeOf<'statement'>): HTMLElement {
  const box = h(
    'blockquote',
    { className: 'source loading', attrs: { 'data-testid': 'source' } },
    'Loading source…',
  );
  void sourceOf(ctx, key, attr).then((source) => {
    box.classList.remove('loading');
    if (source) {
      replaceChildren(
        box,
        source.before,
        h('mark', { className: 'source-highlight' }, source.marked),
        source.after,
      );
    } else {
      replaceChildren(
        box,
        h('mark', { className: 'source-highlight' }, attr.text),
        h(
          'span',
          { className: 'muted source-note' },
          ` (sentence ${attr.sentence + 1}; source text unavailable)`,
        ),
      );
    }
  });
  return box;
}

function statementBody(ctx: PanelContext, node: string, attr: NodeOf<'statement'>): Child[] {
  const g = ctx.graph;
  const article = articleKey(attr.article);
  const speakers = speakersOf(g, node).map((l) => g.getNodeAttribute(l.node, 'label'));
  const title = `${speakers.join(' and ') || 'Unattributed'} · ${attr.cue}`;
  return [
    header(ctx, node, title, `statement · ${attr.mode}`),
    h('q', { className: QUOTED.test(attr.text) ? 'quote-full has-quotes' : 'quote-full' }, attr.text),
    h(
      'dl',
      { className: 'fields' },
      field('Speaker', ...links(ctx, speakersOf(g, node))),
      field('Cue', attr.cue),
      field('Mode', attr.mode),
      field('Reported by', ...links(ctx, reportersOf(g, node))),
      field('Addressed to', ...links(ctx, audiencesOf(g, node))),
      field('Mentions', ...links(ctx, mentionsOf(g, node))),
      field('About', ...links(ctx, proposalsOfStatement(g, node))),
      field('Article', g.hasNode(article) ? nodeLink(ctx, article) : attr.article),
    ),
    section('Source', null, sourceBlock(ctx, node, attr)),
  ];
}

/** The panel of a statement node. */
export const statementPanel: NodePanel<'statement'> = { kind: 'statement', render: statementBody };
