import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EdgeTypeSchema, EXPORT_FORMAT_SPECS, EXPORT_FORMATS, NodeKindSchema } from '@parley/core';
import { describe, expect, it } from 'vitest';

// The core README describes the code; these checks fail when the two drift apart.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const core = join(root, 'packages/core');
// Code blocks left out: their triple backticks would pair with the inline ones.
const readme = readFileSync(join(core, 'README.md'), 'utf8').replace(/```[\s\S]*?```/g, '');

/** The backticked words of a piece of text, in order. */
const ticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

/** The README's sentence that starts with `lead`, up to its full stop. */
function sentence(lead: string): string {
  const at = readme.indexOf(lead);
  expect(at, `the README says "${lead}"`).toBeGreaterThanOrEqual(0);
  return readme.slice(at + lead.length, readme.indexOf('.', at + lead.length));
}

/** Every non-test TypeScript file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the core README', () => {
  it('names every folder of packages/core/src', () => {
    const folders = readdirSync(join(core, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(10);
    const unnamed = folders.map((e) => e.name).filter((name) => !readme.includes(`\`${name}/`));
    expect(unnamed).toEqual([]);
  });

  it('names only source paths that exist', () => {
    // paths outside the repository (`../shared/...`) are absent on CI machines: not checked here
    const paths = ticked(readme).filter(
      (word) => /^[\w.-]+(\/[\w.-]+)*\/?$/.test(word) && word.includes('/') && !word.startsWith('../'),
    );
    expect(paths.length).toBeGreaterThan(20);
    const bases = [join(core, 'src'), core, root];
    const missing = paths.filter((path) => !bases.some((base) => existsSync(join(base, path))));
    expect(missing).toEqual([]);
  });

  it("lists the contract's node kinds and edge types", () => {
    const kinds = sentence('Node kinds:').replace(/\([^)]*\)/g, '');
    expect(ticked(kinds)).toEqual(NodeKindSchema.options);
    expect(ticked(sentence('Edge types:'))).toEqual(EdgeTypeSchema.options);
  });

  it("lists the registry's export formats", () => {
    const listed = sentence('graph → ')
      .split(/,\s*/)
      .map((name) => name.trim());
    expect(listed.sort()).toEqual(EXPORT_FORMAT_SPECS.map((f) => f.label).sort());
  });

  it('is right that the CLI, the API and the viewer take export formats from the registry alone', () => {
    const ids = new Set<string>(EXPORT_FORMATS);
    const readers = ['packages/cli/src', 'apps/api/src', 'apps/viewer/src'];
    const literals = readers.flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
          .flatMap((line) => [...line.matchAll(/['"`]([\w-]+)['"`]/g)].map((m) => m[1] as string))
          .filter((word) => ids.has(word))
          .map((word) => `${relative(root, file)}: '${word}'`),
      ),
    );
    // The API's default format is a registry id named once; any other literal is a second list.
    expect(literals).toEqual(["apps/api/src/schemas/params.ts: 'graphml'"]);
  });
});
