/** The `i`-th test article: three sentences (a direct quote, an indirect statement, an addressee), distinct for every `i`. */
export function testArticle(i: number): string;

/** News-style text of at least `kb` KB: short attributed sentences, a paragraph every five. */
export function longArticle(kb: number, seed?: number): string;
