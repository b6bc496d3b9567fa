/** Generational suffixes after a surname ("John G. Roberts Jr."), as `nameWords` gives them. */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);
