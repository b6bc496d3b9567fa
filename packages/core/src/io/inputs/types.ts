import type { ArticleFields } from '../meta.js';

/** One article as an input gives it: its text (normalised), its id, and what is known about it. */
export interface ArticleInput extends ArticleFields {
  /** The article id: the file name without its extension, a record's `id`, else {@link articleId}. */
  id: string;
  /** The article text in Parley's one form (`normaliseArticleText`): spans index into it. */
  text: string;
  /** Where it came from, for messages: the file, and the line of a corpus record (`corpus.jsonl:12`). */
  origin: string;
}

/** One kind of input file: which names it has and how its bytes become articles. */
export interface InputFormat {
  id: 'text' | 'html' | 'jsonl' | 'json';
  /** File name endings (lower case, with the dot). */
  extensions: readonly string[];
  /** Whether a folder given as input contributes its files of this kind (`.json` must be named). */
  inFolders: boolean;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  description: string;
  /**
   * The articles of one file.
   * @throws InputError naming the file (and line) when an article cannot be read
   */
  read(path: string, bytes: Uint8Array): ArticleInput[];
}
