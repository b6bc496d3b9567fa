import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import { parseText } from '../text/parse.js';
import { ProposalContext } from './context.js';
import { type CueSite, treePhrase } from './structure.js';

/** The tree label of the cue at `word` (with `last` words after it in the cue), in a one-sentence text. */
function labelAt(text: string, word: string, shape: CueSite['shape'] = 'verb', extra = 0): string | null {
  const parsed = parseText(text);
  const ctx = new ProposalContext(parsed, { actors: [], speakerAt: () => undefined } as never, []);
  const first = parsed.tokens.findIndex((t) => t.text === word);
  return treePhrase(ctx, { first, last: first + extra, shape })?.label ?? null;
}

describe('treePhrase', () => {
  it('reads an infinitive with its object, without "to" or the auxiliaries', () => {
    expect(labelAt('Pence vowed to repeal the Affordable Care Act.', 'vowed')).toBe(
      'Repeal the Affordable Care Act',
    );
  });

  it('keeps the doer of an infinitive clause after "call for"', () => {
    expect(labelAt('Trump called for Ginsburg to resign.', 'called', 'verb', 1)).toBe('Ginsburg to resign');
  });

  it('reads a noun phrase without its determiner, relative clause or coordinated act', () => {
    expect(
      labelAt('The senator proposed a ban on assault weapons, which the House rejected.', 'proposed'),
    ).toBe('Ban on assault weapons');
    expect(
      labelAt(
        'Pence is calling for a special prosecutor to investigate Clinton and to shut the charity.',
        'calling',
        'verb',
        1,
      ),
    ).toBe('Special prosecutor to investigate Clinton');
  });

  it('reads the infinitive of a noun cue and of an adjective cue', () => {
    expect(labelAt('Obama unveiled his plan to close the prison at Guantanamo Bay.', 'plan', 'noun')).toBe(
      'Close the prison at Guantanamo Bay',
    );
    expect(labelAt('The mayor is ready to cut the sales tax.', 'ready', 'adjective', 1)).toBe(
      'Cut the sales tax',
    );
  });

  it('finds nothing in a reading, a bare verb or a vague object', () => {
    expect(labelAt('He suggested the dispute is a simple misunderstanding.', 'suggested')).toBeNull();
    expect(labelAt('They want to act.', 'want')).toBeNull();
    expect(labelAt('She proposed something.', 'proposed')).toBeNull();
    expect(labelAt('They agreed on the terms.', 'agreed', 'verb', 1)).toBeNull();
  });
});

describe('proposals read from structure', () => {
  it('finds a proposal no concept names, with its holder', () => {
    const x = extractArticle('Senator Ann Bell proposed a ban on plastic bags.', { id: 'structure' });
    const name = (id: string) => x.actors.find((a) => a.id === id)?.label;
    expect(x.proposals.map((p) => [p.label, p.stances.map((s) => `${name(s.actor)} ${s.stance}`)])).toEqual([
      ['Ban on plastic bags', ['Ann Bell proposes']],
    ]);
  });
});

describe('possessed proposals and short forms', () => {
  const stancesOf = (text: string) => {
    const x = extractArticle(text, { id: 'pointer' });
    const name = (id: string) => x.actors.find((a) => a.id === id)?.label;
    return x.proposals.map((p) => [p.label, p.stances.map((s) => `${name(s.actor)} ${s.stance}`).sort()]);
  };

  it('gives a possessed proposal noun to its possessor, also inside another stance', () => {
    expect(
      stancesOf(
        "Mayor Ann Bell's parking plan was announced. Councilman Tom Reyes rejected the parking plan.",
      ),
    ).toEqual([['Parking plan', ['Ann Bell proposes', 'Councilman Tom Reyes rejects']]]);
  });

  it('binds a bare possessed noun to the proposal just named', () => {
    expect(
      stancesOf(
        'Senator Ann Bell proposed a ban on plastic bags. Her proposal drew applause from Tom Reyes.',
      ),
      // each evidence statement is one stance: the proposal and her repeating it
    ).toEqual([['Ban on plastic bags', ['Ann Bell proposes', 'Ann Bell proposes']]]);
  });

  it("merges a headline's short form into the body's longer label", () => {
    expect(
      stancesOf(
        'Trump Proposes Border Wall\n\nDonald Trump proposed a border wall along the Mexican frontier.',
      ),
    ).toEqual([
      ['Border wall along the Mexican frontier', ['Donald Trump proposes', 'Donald Trump proposes']],
    ]);
  });
});

describe('stances on proposals read from structure', () => {
  const stancesOf = (text: string) => {
    const x = extractArticle(text, { id: 'stances' });
    const name = (id: string) => x.actors.find((a) => a.id === id)?.label;
    return x.proposals.map((p) => [p.label, p.stances.map((s) => `${name(s.actor)} ${s.stance}`)]);
  };

  it('reads support and opposition verbs, and binds a criticism to the proposal just named', () => {
    expect(
      stancesOf(
        'Senator Ann Bell proposed a ban on plastic bags. Tom Reyes voted against the ban. Mary Cole slammed the idea.',
      ),
    ).toEqual([['Ban on plastic bags', ['Ann Bell proposes', 'Tom Reyes rejects', 'Mary Cole rejects']]]);
  });

  it('takes no proposal from what a criticism names by itself', () => {
    expect(stancesOf('Tom Reyes criticized the senator’s voting record.')).toEqual([]);
  });
});

describe('what is not a proposal, read from structure', () => {
  const labels = (text: string) => extractArticle(text, { id: 'not' }).proposals.map((p) => p.label);

  it('takes a claimed fact for no proposal, a demanded act for one', () => {
    expect(labels('Tom Reyes suggested that Ann Bell was born abroad.')).toEqual([]);
    expect(labels('Tom Reyes demanded that the council repeal the parking tax.')).toEqual([
      'Council repeal the parking tax',
    ]);
  });

  it("takes one's own intent for no proposal, an intent put to others for one", () => {
    expect(labels('Tom Reyes plans to attend the caucuses.')).toEqual([]);
    expect(labels('Tom Reyes urged the council to repeal the parking tax.')).toEqual([
      'Council to repeal the parking tax',
    ]);
  });
});

describe('obligations', () => {
  const stancesOf = (text: string) => {
    const x = extractArticle(text, { id: 'obligation' });
    const name = (id: string) => x.actors.find((a) => a.id === id)?.label;
    return x.proposals.map((p) => [p.label, p.stances.map((s) => `${name(s.actor)} ${s.stance}`)]);
  };

  it('gives "X should V" to whoever says it, and "we must V" as the act itself', () => {
    expect(stancesOf('Tom Reyes said Britain should remain in the European Union.')).toEqual([
      ['Britain to remain in the European Union', ['Tom Reyes proposes']],
    ]);
    expect(stancesOf('"We must build a wall," Ann Bell said.')).toEqual([
      ['Build a wall', ['Ann Bell proposes']],
    ]);
  });

  it('reads no obligation from a negated modal or a vague subject', () => {
    expect(stancesOf('Ann Bell said the council should not raise taxes.')).toEqual([]);
    expect(stancesOf('Ann Bell said something must change soon.')).toEqual([]);
  });
});

describe('proposal nouns with their content', () => {
  it('reads a proposal noun by what it would do, also as the object of a stance', () => {
    const x = extractArticle('Tom Reyes voted against a bill that would ban plastic bags.', {
      id: 'content',
    });
    const name = (id: string) => x.actors.find((a) => a.id === id)?.label;
    expect(x.proposals.map((p) => [p.label, p.stances.map((s) => `${name(s.actor)} ${s.stance}`)])).toEqual([
      ['Ban plastic bags', ['Tom Reyes rejects']],
    ]);
  });
});

describe('passives and suggestions', () => {
  const labels = (text: string) => extractArticle(text, { id: 'passive' }).proposals.map((p) => p.label);

  it('keeps the "be" of a passive act', () => {
    expect(labels('Voters want all immigrants in the country illegally to be deported.')).toEqual([
      'Immigrants in the country to be deported',
    ]);
  });

  it("takes neither a passive's agent nor a suggested fact for a proposal", () => {
    expect(labels('The plan is backed by significant institutional support.')).toEqual([]);
    expect(labels('Surveys suggest that even some Republicans find him unlikable.')).toEqual([]);
  });
});
