// Inputs: article files of every kind Parley reads (text, news pages, corpus files) as articles.
export { metaFromFileName } from './file-name.js';
export { INPUT_FORMATS, inputExtensions, inputFormatOf } from './formats.js';
export { articleFromHtml } from './html.js';
export { type MetaTable, readMetaTable, withMeta } from './manifest-csv.js';
export { listInputFiles, readInputFile } from './read.js';
export { ArticleRecordSchema, articleFromRecord, articlesFromCorpus } from './records.js';
export type { ArticleInput, InputFormat } from './types.js';
