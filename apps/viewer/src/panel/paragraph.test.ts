import { describe, expect, it } from 'vitest';
import { markWithin, paragraphAround } from './paragraph.js';

describe('paragraphAround', () => {
  const text = 'Title line\n\nFirst paragraph. Putin said "no deal" today.\n\nLast one.';
  const start = text.indexOf('"no deal"');
  const span = [start, start + '"no deal"'.length] as const;

  it('returns the blank-line paragraph with the span cut out', () => {
    expect(paragraphAround(text, span)).toEqual({
      before: 'First paragraph. Putin said ',
      marked: '"no deal"',
      after: ' today.',
    });
  });

  it('falls back to single lines when the article has no blank lines', () => {
    const lines = text.replace(/\n\n/g, '\n');
    const at = lines.indexOf('"no deal"');
    const p = paragraphAround(lines, [at, at + 9]);
    expect(p.before).toBe('First paragraph. Putin said ');
    expect(p.after).toBe(' today.');
  });

  it('clamps spans that run past the text', () => {
    expect(paragraphAround('short', [2, 99]).marked).toBe('ort');
  });

  it('cuts very long paragraphs around the span', () => {
    const long = `${'x'.repeat(2000)}[SPAN]${'y'.repeat(2000)}`;
    const p = paragraphAround(long, [2000, 2006]);
    expect(p.marked).toBe('[SPAN]');
    expect(p.before.length).toBeLessThan(720);
    expect(p.before.startsWith('…')).toBe(true);
    expect(p.after.endsWith('…')).toBe(true);
  });
});

describe('markWithin', () => {
  it('marks the statement inside its sentence', () => {
    expect(markWithin('Putin said "no deal" today.', '"no deal"')).toEqual({
      before: 'Putin said ',
      marked: '"no deal"',
      after: ' today.',
    });
  });

  it('refuses text that is not in the sentence', () => {
    expect(markWithin('Another sentence.', 'no deal')).toBeNull();
  });
});
