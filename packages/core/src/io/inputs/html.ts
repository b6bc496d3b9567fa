import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkArticleText, decodeText, InputError } from '../article-text.js';
import { definedFields, toIsoDate } from '../meta.js';
import { metaFromFileName } from './file-name.js';
import { fileArticleId } from './text.js';
import type { ArticleInput, InputFormat } from './types.js';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

/** Page furniture that is never the article: menus, sidebars, footers, forms. */
const FURNITURE =
  'nav, aside, footer, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/** The `content` of the first `<meta>` with one of these `property`/`name`/`itemprop` values. */
function metaContent(doc: Doc, names: string[]): string | undefined {
  for (const name of names) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = doc.querySelector(`meta[${attr}="${name}" i]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

/** Objects of a JSON-LD value, `@graph` lists flattened. */
function* ldObjects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* ldObjects(v);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    yield obj;
    if (obj['@graph']) yield* ldObjects(obj['@graph']);
  }
}

/** The page's JSON-LD `NewsArticle` (or any `*Article` / `BlogPosting`), if it has one that parses. */
function ldArticle(doc: Doc): Record<string, unknown> | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')) as El[]) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is the page's problem, not a reason to refuse the page
    }
    for (const obj of ldObjects(data)) {
      const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
      if (types.some((t) => /Article$|^BlogPosting$/.test(t))) return obj;
    }
  }
  return undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const ldName = (v: unknown) => str(v) ?? str((v as { name?: unknown } | undefined)?.name);

/** Title, date, outlet and address from the page's metadata: Open Graph, article:*, JSON-LD, `<title>`. */
function pageMeta(doc: Doc) {
  const ld = ldArticle(doc);
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim();
  const date =
    toIsoDate(metaContent(doc, ['article:published_time', 'datePublished', 'pubdate', 'publishdate'])) ??
    toIsoDate(str(ld?.datePublished)) ??
    toIsoDate(metaContent(doc, ['dc.date.issued', 'dc.date', 'date', 'parsely-pub-date'])) ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  return {
    title: metaContent(doc, ['og:title', 'twitter:title']) ?? str(ld?.headline),
    date,
    publisher: metaContent(doc, ['og:site_name', 'application-name']) ?? ldName(ld?.publisher),
    url: [canonical, metaContent(doc, ['og:url']), str(ld?.url)].find((u) => u && /^https?:\/\//i.test(u)),
  };
}

/** The article's paragraphs: the text of each block element not inside another one, blanks collapsed. */
function paragraphs(root: El): string[] {
  const blocks = Array.from(root.querySelectorAll(BLOCKS)) as El[];
  const chosen = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
  const texts = (chosen.length > 0 ? chosen : [root]).map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  return texts.filter((t) => t !== '');
}

/**
 * An article from a news page: its main text found by Mozilla's Readability (menus, footers and
 * asides left out), one paragraph per line with a blank line between, the title first; title, date,
 * outlet and address from the page's metadata, else from the file name.
 * @throws InputError when the page has no readable text
 * @example articleFromHtml('page.html', html).date // '2024-03-05' from article:published_time
 */
export function articleFromHtml(origin: string, html: string): Omit<ArticleInput, 'id'> {
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  const pageTitle = str(document.title);
  for (const el of Array.from(document.querySelectorAll(FURNITURE)) as El[]) el.remove();
  const main = new Readability(document, { serializer: (el) => el as unknown as El }).parse();
  const body = main?.content ? paragraphs(main.content as unknown as El) : [];
  if (body.length === 0) throw new InputError(`${origin}: the page has no readable article text`);
  const title = (meta.title ?? str(main?.title) ?? pageTitle)?.replace(/\s+/g, ' ');
  const lines = title && body[0] !== title ? [title, ...body] : body;
  const text = checkArticleText(origin, lines.join('\n\n'));
  const fields = { ...meta, title, date: meta.date ?? toIsoDate(str(main?.publishedTime)) };
  return { text, origin, ...definedFields(fields) };
}

/** HTML pages: the main text and the page's own metadata. */
export const htmlFormat: InputFormat = {
  id: 'html',
  extensions: ['.html', '.htm'],
  inFolders: true,
  maxBytes: 20 * 1024 * 1024,
  description: 'a news page: main text by Readability; title, date, outlet, URL from its metadata',
  read(path, bytes) {
    const id = fileArticleId(path);
    const page = articleFromHtml(path, decodeText(path, bytes));
    return [{ id, ...metaFromFileName(id), ...page }];
  },
};
