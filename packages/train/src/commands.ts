import { trainSyntax } from './syntax/train-syntax.js';

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
    name: 'syntax',
    summary: 'UPOS tagger and lemma table from EWT train + GUM train docs (models/syntax/)',
    run: trainSyntax,
  },
];
