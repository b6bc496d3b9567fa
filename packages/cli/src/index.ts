export { type BuildSummary, runBuild } from './commands/build.js';
export { main } from './main.js';
