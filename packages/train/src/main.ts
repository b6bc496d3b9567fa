#!/usr/bin/env node
import { commands } from './commands.js';

const [name, ...args] = process.argv.slice(2);
const command = commands.find((c) => c.name === name);
if (!command) {
  const list = commands.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`).join('\n');
  console.error(`usage: pnpm train <model> [options]\n\nmodels:\n${list || '  (none yet)'}`);
  process.exit(name && name !== '--help' ? 2 : 0);
}
await command.run(args);
