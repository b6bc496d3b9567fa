import { trainAttribution } from './attribution/train.js';

/** A training command: `pnpm train <name> [args]`. */
export interface TrainCommand {
  name: string;
  /** One line for `pnpm train --help`. */
  summary: string;
  run(args: string[]): Promise<void> | void;
}

/** Every training command, one entry each (each model's trainer adds its own line). */
export const commands: TrainCommand[] = [
  {
    name: 'attribution',
    summary: 'attribution tagger on polnear/fit [--cv K] [--epochs N] [--min-count N] [--min-weight W]',
    run: trainAttribution,
  },
];
