import { trainAttribution } from './attribution/train.js';
import type { TrainCommand } from './command.js';
import { entitiesCommand } from './entities/train.js';
import { trainParserCommand } from './syntax/train-parser.js';
import { trainSyntax } from './syntax/train-syntax.js';

export type { TrainCommand } from './command.js';

/** Every training command, one entry each (each model's trainer adds its own line). */
export const commands: TrainCommand[] = [
  entitiesCommand,
  {
    name: 'syntax',
    summary: 'UPOS tagger and lemma table from EWT train + GUM train docs (models/syntax/)',
    run: trainSyntax,
  },
  {
    name: 'parser',
    summary: 'labelled dependency parser on EWT train [--epochs N] [--limit N] [--dev] (models/syntax/)',
    run: trainParserCommand,
  },
  {
    name: 'attribution',
    summary: 'attribution tagger on polnear/fit [--cv K] [--epochs N] [--min-count N] [--min-weight W]',
    run: trainAttribution,
  },
];
