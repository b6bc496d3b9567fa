import { createRequire } from 'node:module';
import { EXPORT_FORMAT_SPECS, formatChoices, InputError } from '@parley/core';
import { Command, CommanderError, Option } from 'commander';
import { ZodError } from 'zod';
import { BuildArgs, runBuild } from './commands/build.js';
import { ExportArgs, runExport } from './commands/export.js';
import { ImportArgs, runImport } from './commands/import.js';
import { ParseArgs, runParse } from './commands/parse.js';
import { RebuildArgs, runRebuild } from './commands/rebuild.js';

/** The export formats for help text, from the registry ("GraphML, GEXF, contract JSON, CSV (nodes.csv and edges.csv)"). */
function exportKinds(): string {
  return EXPORT_FORMAT_SPECS.map((f) =>
    f.tables.length > 1
      ? `${f.label} (${f.tables.map((t) => `${t}.${f.extension}`).join(' and ')})`
      : f.label,
  ).join(', ');
}

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Turns a validation or input failure into one readable line. */
function describe(error: unknown): string {
  if (error instanceof ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
  }
  if (error instanceof InputError || error instanceof Error) return error.message;
  return String(error);
}

function program(): Command {
  const cli = new Command('parley')
    .description(
      'Parley: knowledge graphs of who said what, and who proposed or rejected what, from news articles.',
    )
    .version(version, '-v, --version')
    .exitOverride()
    .showHelpAfterError();
  cli
    .command('build')
    .description(
      'extract every article and write one graph; to a graph folder (<folder>/graph.json) the article texts ' +
        'are stored in it and listed in its manifest.json. Inputs: .txt (id = file name; outlet_YYYY-MM-DD_slug ' +
        'names give outlet and date), .html/.htm news pages (main text and metadata), .jsonl corpora (one ' +
        '{text, title?, date?, publisher?, url?, id?} per line) and, named explicitly, .json files',
    )
    .argument('<inputs...>', 'article files (.txt, .html, .jsonl, .json) or folders of them')
    .requiredOption('-o, --out <path>', 'graph file to write, e.g. graphs/<name>/graph.json')
    .option('-n, --name <name>', 'graph name (default: the output folder name)')
    .option('--meta <csv>', 'CSV with a file (or id) column and title, date, publisher, url for the articles')
    .option('--no-layout', 'skip the ForceAtlas2 layout')
    .option('-j, --jobs <n>', 'extract on n worker threads (default: the cores less one, at least 1)')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      await runBuild(BuildArgs.parse({ inputs, ...opts }), console.log);
    });
  cli
    .command('rebuild')
    .description(
      "re-extract a graph folder's stored articles when the extractor version changed (or --force), keeping " +
        'ids, titles, dates and publishers; the previous graph is kept as graph.json.bak',
    )
    .argument('<folders...>', 'graph folders, e.g. graphs/<name>')
    .option('-f, --force', 'rebuild even when up to date')
    .option('--no-layout', 'skip the ForceAtlas2 layout')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (folders: string[], opts: Record<string, unknown>) => {
      await runRebuild(RebuildArgs.parse({ folders, ...opts }), console.log);
    });
  cli
    .command('export')
    .description(`write a graph.json as ${exportKinds()}`)
    .argument('<graph>', 'the graph.json to export')
    .requiredOption('-f, --format <format>', formatChoices())
    .requiredOption(
      '-o, --out <path>',
      'file to write; for a format of several tables (csv) a folder, or <base>.csv for <base>.nodes.csv and <base>.edges.csv',
    )
    .option('-q, --quiet', 'print nothing on success')
    .action(async (graph: string, opts: Record<string, unknown>) => {
      await runExport(ExportArgs.parse({ graph, ...opts }), console.log);
    });
  cli
    .command('import')
    .description(
      'store a built graph in a database: a SQLite file (created when missing) or PostgreSQL; a graph folder ' +
        'brings its article texts (articles/<id>.txt) along',
    )
    .argument('<graph>', 'a graph.json, or a graph folder (<folder>/graph.json and <folder>/articles/)')
    .addOption(
      new Option('-d, --database <location>', 'a SQLite file (e.g. graphs/parley.db) or a postgres:// URL')
        .env('PARLEY_DATABASE_URL')
        .makeOptionMandatory(),
    )
    .option(
      '-n, --name <name>',
      "name of the stored graph (default: the graph's own name, else its folder's)",
    )
    .option('--replace', 'replace a stored graph of that name (else that is an error)')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (source: string, opts: Record<string, unknown>) => {
      await runImport(ImportArgs.parse({ source, ...opts }), console.log);
    });
  cli
    .command('parse')
    .description(
      'tokenize, tag and parse a .txt article, or re-annotate a .conllu file on its own tokens (UPOS, ' +
        'XPOS, LEMMA, HEAD, DEPREL); writes CoNLL-U',
    )
    .argument('<file>', 'a .txt article or a .conllu file')
    .option('-f, --format <format>', 'output format: conllu', 'conllu')
    .option('-o, --out <path>', 'file to write (default: standard output)')
    .action(async (file: string, opts: Record<string, unknown>) => {
      await runParse(ParseArgs.parse({ file, ...opts }), (text) => process.stdout.write(text));
    });
  return cli;
}

/**
 * Runs the `parley` command line and resolves to its exit code (0 ok, 1 failure, 2 usage error).
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    console.error(`parley: ${describe(error)}`);
    return error instanceof ZodError ? 2 : 1;
  }
}
