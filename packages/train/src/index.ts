/**
 * @parley/train: readers for the corpora in ../shared and the trainers of Parley's learned models.
 * Run `pnpm train <model>` from the repository root (see src/main.ts).
 */
export * from './corpora/gum-entities.js';
export * from './corpora/paths.js';
export * from './corpora/polnear.js';
export * from './corpora/treebanks.js';
export * from './entities/evaluate.js';
export * from './entities/train.js';
export { AveragedPerceptron } from './learn/perceptron.js';
