import { trainAttribution } from './attribution/train.js';
import type { TrainCommand } from './command.js';
import { entitiesCommand } from './entities/train.js';

export type { TrainCommand } from './command.js';

/** Every training command, one entry each (each model's trainer adds its own line). */
export const commands: TrainCommand[] = [
  entitiesCommand,
  {
    name: 'attribution',
    summary: 'attribution tagger on polnear/fit [--cv K] [--epochs N] [--min-count N] [--min-weight W]',
    run: trainAttribution,
  },
];
