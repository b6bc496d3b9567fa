export { decodeArticle, InputError, MAX_ARTICLE_BYTES } from './article-text.js';
export { writeFileAtomic } from './write.js';
