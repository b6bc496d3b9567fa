import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '@parley/core';
import { shared } from './paths.js';

/** One gold attribution: its content, cue and source pieces (UTF-16 offsets; source may be empty). */
export interface GoldAttribution {
  content: Span[];
  cue: Span[];
  source: Span[];
}

/** One annotated PolNeAR article. */
export interface PolnearArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Maps Unicode code point offsets (brat's) to UTF-16 offsets (JavaScript's) of one text. */
function codePointToUtf16(text: string): (cp: number) => number {
  const table: number[] = [];
  let unit = 0;
  for (const ch of text) {
    table.push(unit);
    unit += ch.length;
  }
  table.push(unit);
  return (cp) => table[Math.min(Math.max(cp, 0), table.length - 1)]!;
}

/**
 * Parses a brat standoff annotation (PolNeAR layout: T lines `Source|Cue|Content start end[;start end]`,
 * E lines `Attribution:T Content:T Cue:T Source:T`, a role may repeat as Content2, ...).
 * Attributions without content are dropped (the scorer ignores them too).
 */
export function parseBrat(ann: string, text: string): GoldAttribution[] {
  const toUnit = codePointToUtf16(text);
  const spans = new Map<string, { label: string; pieces: Span[] }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, middle] = line.split('\t');
    if (!id || !middle) continue;
    if (id.startsWith('T')) {
      const space = middle.indexOf(' ');
      const pieces = middle
        .slice(space + 1)
        .split(';')
        .map((piece) => piece.trim().split(' ').map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isFinite))
        .map(([a, b]) => [toUnit(a!), toUnit(b!)] as Span);
      spans.set(id, { label: middle.slice(0, space), pieces });
    } else if (id.startsWith('E')) {
      events.push(
        Object.fromEntries(
          middle
            .trim()
            .split(' ')
            .map((kv) => kv.split(':') as [string, string]),
        ),
      );
    }
  }
  const role = (event: Record<string, string>, name: string): Span[] =>
    Object.entries(event)
      .filter(([key]) => key.replace(/\d+$/, '') === name)
      .flatMap(([, ref]) => spans.get(ref)?.pieces ?? [])
      .sort((a, b) => a[0] - b[0]);
  return events
    .map((e) => ({ content: role(e, 'Content'), cue: role(e, 'Cue'), source: role(e, 'Source') }))
    .filter((a) => a.content.length > 0);
}

/**
 * Reads one compartment of ../shared/eval/polnear (`fit` for training; `heldout` is for measuring
 * only), articles sorted by id. Where several annotators' files exist, the alphabetically first is
 * the gold (as in the scorer).
 */
export function readPolnear(split: 'fit' | 'heldout'): PolnearArticle[] {
  const dir = shared('eval', 'polnear', split);
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const id = file.slice(0, -4);
      const ann = anns.find((a) => a.startsWith(`${id}_`));
      if (!ann) return [];
      const text = readFileSync(join(dir, 'text', file), 'utf8');
      const attributions = parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), text);
      return [{ id, text, attributions }];
    });
}

/**
 * Deterministic folds by article: article `i` (in id order) goes to fold `i % folds`, so each fold
 * mixes publishers and dates.
 */
export function foldsOf<T>(items: T[], folds: number): T[][] {
  const out: T[][] = Array.from({ length: folds }, () => []);
  items.forEach((item, i) => {
    out[i % folds]!.push(item);
  });
  return out;
}
