export { decodeArticle, InputError, MAX_ARTICLE_BYTES } from './article-text.js';
export { type AtomicWriteData, writeChunksAtomic, writeFileAtomic } from './write.js';
