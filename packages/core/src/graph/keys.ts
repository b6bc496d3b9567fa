/** Graph key of an article node. */
export const articleKey = (id: string) => `article:${id}`;
/** Graph key of the n-th statement of an article. */
export const statementKey = (article: string, n: number) => `statement:${article}:${n}`;
