/**
 * Names written with letters outside Latin-1 come out whole and can speak (issue 12: the old
 * tokenizer cut "Recep Tayyip Erdoğan" to "Recep Tayyip Erdo" and lost his statement).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';

const labels = (text: string) => extractArticle(text, { id: 't' }).actors.map((a) => a.label);

describe('extractArticle on international names', () => {
  it('keeps "Recep Tayyip Erdoğan" whole and gives him his statement', () => {
    const text = 'Recep Tayyip Erdoğan said Turkey would not back the plan.';
    const x = extractArticle(text, { id: 't' });
    const erdogan = x.actors.find((a) => a.label === 'Recep Tayyip Erdoğan');
    expect(erdogan).toBeDefined();
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]!.text).toContain('Turkey would not back the plan');
    expect(x.statements[0]!.speakers).toEqual([erdogan!.id]);
  });

  it('finds "Maroš Šefčovič" and "Radosław Sikorski" whole', () => {
    expect(labels('Maroš Šefčovič, the EU trade commissioner, said talks would resume.')).toContain(
      'Maroš Šefčovič',
    );
    expect(labels('Poland’s foreign minister, Radosław Sikorski, said the border was safe.')).toContain(
      'Radosław Sikorski',
    );
  });
});
