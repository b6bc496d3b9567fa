/** A training command: `pnpm train <name> [args]`. */
export interface TrainCommand {
  name: string;
  /** One line for `pnpm train --help`. */
  summary: string;
  run(args: string[]): Promise<void> | void;
}
