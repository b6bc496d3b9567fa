export {
  articleFingerprint,
  decodeArticle,
  duplicateKey,
  InputError,
  MAX_ARTICLE_BYTES,
  normaliseArticleText,
  readArticleFile,
  readArticleFileSync,
} from './article-text.js';
export { type AtomicWriteData, writeChunksAtomic, writeFileAtomic } from './write.js';
