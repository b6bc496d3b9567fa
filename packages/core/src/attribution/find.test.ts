import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import type { StatementDraft } from './types.js';

/** The statements of a short text, each as the text of its speaker, cue and content. */
function statementsOf(text: string) {
  const x = extractArticle(text, { id: 't' });
  const slice = (s: [number, number] | null | undefined) => (s ? text.slice(s[0], s[1]) : null);
  return x.statements.map((s: StatementDraft) => ({
    speaker: slice(s.speakerSpan),
    cue: slice(s.cueSpan),
    lemma: s.cue,
    content: s.text,
    mode: s.mode,
    speakers: s.speakers.length,
    reporters: (s.reporterSpans ?? []).map(slice),
    addressee: slice(s.addresseeSpan),
    sentence: s.sentence,
    fragments: s.fragments?.map(slice) ?? null,
    spanOk: (s.fragments ?? [s.span]).map(slice).join(' ') === s.text,
  }));
}

const find = (text: string, cue: string) => statementsOf(text).find((s) => s.cue === cue);

describe('findStatements: constructions', () => {
  it('takes a direct quote after the cue', () => {
    const s = find('The minister said: "We will not give up."', 'said');
    expect(s).toMatchObject({
      speaker: 'The minister',
      content: '"We will not give up."',
      mode: 'direct',
      lemma: 'say',
    });
  });

  it('takes indirect speech with "that", dropping the time before it', () => {
    const s = find('The mayor said on Monday that the bridge would reopen next spring.', 'said');
    expect(s).toMatchObject({
      speaker: 'The mayor',
      content: 'that the bridge would reopen next spring',
      mode: 'indirect',
    });
  });

  it('takes a mixed quote', () => {
    const s = find('The union warned that the strike would be "long and painful" for everyone.', 'warned');
    expect(s).toMatchObject({
      speaker: 'The union',
      mode: 'mixed',
      content: 'that the strike would be "long and painful" for everyone',
    });
  });

  it('inverts quote-first attribution and keeps the relative clause out', () => {
    const s = find('"Prices keep rising," said Maria, 41, who runs a bakery.', 'said');
    expect(s).toMatchObject({ speaker: 'Maria', content: '"Prices keep rising,"', mode: 'direct' });
  });

  it('takes the quote before "he told supporters in ...", not what follows', () => {
    const s = find('"We have come a long way," he told supporters in Leeds on Monday.', 'told');
    expect(s).toMatchObject({
      speaker: 'he',
      content: '"We have come a long way,"',
      addressee: 'supporters in Leeds',
    });
  });

  it('continues a quote into the next sentence without a cue', () => {
    const text = '"We are ready," the coach said. "The players know what to do."';
    const s = find(text, 'said');
    // one statement, two fragments: the frame "the coach said." is no part of what was said
    expect(s?.fragments).toEqual(['"We are ready,"', '"The players know what to do."']);
    expect(s?.content).toBe('"We are ready," "The players know what to do."');
    expect(s?.mode).toBe('direct');
  });

  it('gives consecutive quotes by different speakers one statement each, either punctuation', () => {
    const cases: [string, string, string][] = [
      [
        'The mayor said "the bridge will reopen." Councillor Tom Reyes said "never."',
        '"the bridge will reopen."',
        '"never."',
      ],
      [
        'The mayor said "the bridge will reopen". Councillor Tom Reyes said "never".',
        '"the bridge will reopen"',
        '"never"',
      ],
    ];
    for (const [text, first, second] of cases) {
      expect(statementsOf(text).map((s) => [s.speaker, s.content])).toEqual([
        ['The mayor', first],
        ['Councillor Tom Reyes', second],
      ]);
    }
  });

  it('does not read "think tank" as a cue', () => {
    expect(statementsOf('A Chicago think tank published a report on rail fares on Monday.')).toEqual([]);
  });

  it('does not carry a speaker into a quote that has its own', () => {
    const text = '"We are ready," the coach said. "We are not," the captain replied.';
    const all = statementsOf(text);
    expect(all.map((s) => [s.speaker, s.content])).toEqual([
      ['the coach', '"We are ready,"'],
      ['the captain', '"We are not,"'],
    ]);
  });

  it('runs a quote over several sentences', () => {
    const text = 'She said: "The plan failed. Nobody wanted it. We start again."';
    expect(find(text, 'said')?.content).toBe('"The plan failed. Nobody wanted it. We start again."');
  });

  it('reads "according to X" before and after the clause', () => {
    expect(
      find('Sales fell by half last year, according to the trade ministry.', 'according to'),
    ).toMatchObject({
      speaker: 'the trade ministry',
      content: 'Sales fell by half last year',
      lemma: 'according to',
    });
    expect(find('According to the report, the dam was never inspected.', 'According to')).toMatchObject({
      speaker: 'the report',
      content: 'the dam was never inspected',
    });
  });

  it('reads "X told Y that ..." with Y as the audience', () => {
    const s = find('The general told reporters that the troops would stay.', 'told');
    expect(s).toMatchObject({
      speaker: 'The general',
      addressee: 'reporters',
      content: 'that the troops would stay',
    });
  });

  it('gives coordinated speakers one statement with two speakers', () => {
    const s = find(
      'Chancellor Olaf Berg and President Anna Novak have both said the talks could resume.',
      'said',
    );
    expect(s).toMatchObject({ speaker: 'Chancellor Olaf Berg and President Anna Novak', speakers: 2 });
  });

  it('shares a subject between two verbs and splits their contents', () => {
    const all = statementsOf('Novak insisted that the vote was fair, and said observers had found no fraud.');
    expect(all.map((s) => [s.speaker, s.cue, s.content])).toEqual([
      ['Novak', 'insisted', 'that the vote was fair'],
      ['Novak', 'said', 'observers had found no fraud'],
    ]);
  });

  it('finds a subject far from its verb across an apposition', () => {
    const s = find(
      'Jan Kowalski, a senior adviser to the prime minister since 2019, told the BBC that talks had stalled.',
      'told',
    );
    expect(s).toMatchObject({
      speaker: 'Jan Kowalski',
      addressee: 'the BBC',
      content: 'that talks had stalled',
    });
  });

  it('takes pronouns and descriptions as speakers', () => {
    expect(find('Asked about the deal, he replied that it was dead.', 'replied')?.speaker).toBe('he');
    expect(find('The Russian leader said the offer stood.', 'said')?.speaker).toBe('The Russian leader');
  });

  it('keeps trailing circumstances out of the content', () => {
    expect(
      find('The senator said the bill was dead in an interview with local radio.', 'said')?.content,
    ).toBe('the bill was dead');
    expect(find('Officials said the border would reopen Tuesday.', 'said')?.content).toBe(
      'the border would reopen',
    );
  });

  it('chains a statement to the sources and outlet that carried it', () => {
    const text =
      'The president proposed a summit in Vienna, two officials familiar with the call told Reuters.';
    const all = statementsOf(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      speaker: 'The president',
      content: 'a summit in Vienna',
      reporters: ['two officials familiar with the call', 'Reuters'],
    });
  });

  it('chains "..., the newspaper reported" to the statement it reports', () => {
    const all = statementsOf('The minister said that prices would fall, the Daily Mail reported.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      speaker: 'The minister',
      content: 'that prices would fall',
      reporters: ['the Daily Mail'],
    });
  });

  it('reads multi-word cues as one lemma', () => {
    expect(find('The government ruled out new taxes.', 'ruled out')?.lemma).toBe('rule out');
    expect(find('Unions called for a general strike.', 'called for')?.lemma).toBe('call for');
    expect(find('The company declined to comment on the report.', 'declined to comment')?.lemma).toBe(
      'decline to comment',
    );
  });

  it('ignores participles used as adjectives and cues inside quotations', () => {
    expect(statementsOf('The so-called experts met the proposed deadline.')).toEqual([]);
    const all = statementsOf('"They said it was over," she recalled.');
    expect(all.map((s) => s.cue)).toEqual(['recalled']);
  });

  it('keeps every span slicing the text it claims, with non-ASCII text before it', () => {
    const text = 'Zoë Müller — la présidente — said “ça suffit” on Friday. 😀 "Go," said Tom.';
    const all = statementsOf(text);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.spanOk).toBe(true);
  });
});

describe('findStatements: bounded reach on run-on text', () => {
  // one "sentence" of a thousand cues without punctuation: each cue reaches a bounded window, so
  // contents and reporter chains stay short instead of growing with the text (quadratic output)
  const names = ['Donald Trump', 'Vladimir Putin', 'Karoline Leavitt'];
  const text = Array.from({ length: 1000 }, (_, i) => `${names[i % 3]} said he told her that`).join(' ');
  const statements = statementsOf(text);

  it('still finds the nested statements, each with a bounded content and at most four reporters', () => {
    expect(statements.length).toBeGreaterThan(500);
    for (const s of statements) {
      expect(s.spanOk).toBe(true);
      expect(s.content.length).toBeLessThan(2000);
      expect(s.reporters.length).toBeLessThanOrEqual(4);
    }
    expect(statements.some((s) => s.reporters.length > 0)).toBe(true);
  });
});
