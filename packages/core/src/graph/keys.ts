/** Lower-case ASCII slug of a name, for node keys ("Volodymyr Zelenskyy" -> "volodymyr-zelenskyy"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** Normalised form used to match names across articles (case, accents and punctuation ignored). */
export function nameKey(name: string): string {
  return slugify(name.replace(/^the\s+/i, '')).replace(/-/g, ' ');
}

export const articleKey = (id: string) => `article:${id}`;
export const statementKey = (article: string, n: number) => `statement:${article}:${n}`;
