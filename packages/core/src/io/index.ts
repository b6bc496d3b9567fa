export {
  articleFingerprint,
  checkArticleText,
  decodeArticle,
  decodeText,
  duplicateKey,
  InputError,
  MAX_ARTICLE_BYTES,
  normaliseArticleText,
  readArticleFile,
  readArticleFileSync,
  readInputBytes,
} from './article-text.js';
export * from './inputs/index.js';
export { type ArticleFields, ArticleFieldsSchema, articleId, isIsoDate, toIsoDate } from './meta.js';
export { type AtomicWriteData, writeChunksAtomic, writeFileAtomic } from './write.js';
