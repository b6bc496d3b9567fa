import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build.js';
import { EXPORT_FORMAT_SPECS, EXPORT_FORMATS, exportFormat, formatChoices } from './formats.js';

describe('the export format registry', () => {
  it('lists each format once with a media type, an extension and at least one table', () => {
    expect(new Set(EXPORT_FORMATS).size).toBe(EXPORT_FORMAT_SPECS.length);
    for (const f of EXPORT_FORMAT_SPECS) {
      expect(f.mediaType).toMatch(/^[a-z]+\/[a-z+.-]+$/);
      expect(f.extension).toMatch(/^[a-z]+$/);
      expect(f.tables.length).toBeGreaterThan(0);
    }
    expect(formatChoices()).toBe('graphml, gexf, json or csv');
  });

  it('writes every table of every format', () => {
    const graph = buildGraph([], { name: 'empty' });
    for (const f of EXPORT_FORMAT_SPECS) {
      for (const table of f.tables) {
        const text = [...exportFormat(f.id).write(graph, table)].join('');
        expect(text.length, `${f.id} ${table}`).toBeGreaterThan(0);
      }
    }
  });
});
