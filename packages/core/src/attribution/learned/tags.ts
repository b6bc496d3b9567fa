/**
 * The tag set of the learned attribution tagger: BIO over PolNeAR's three roles. A token is
 * outside any attribution, or begins / continues a source, cue or content span.
 */
export const TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

/** The role of a tag index: 0 none, 1 source, 2 cue, 3 content. */
export const roleOf = (tag: number): number => (tag + 1) >> 1;
/** Whether a tag index begins a span. */
export const begins = (tag: number): boolean => tag > 0 && tag % 2 === 1;
/** The tag index of a role (1..3) beginning (`b`) or inside a span. */
export const tagOf = (role: number, b: boolean): number => (role === 0 ? 0 : role * 2 - (b ? 1 : 0));

export const ROLE_NONE = 0;
export const ROLE_SOURCE = 1;
export const ROLE_CUE = 2;
export const ROLE_CONTENT = 3;
