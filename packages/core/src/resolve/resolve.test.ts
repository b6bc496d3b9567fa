import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/index.js';
import { parseText } from '../text/index.js';
import { resolveActors } from './resolve.js';

const resolve = (text: string) => {
  const parsed = parseText(text);
  return { text, resolution: resolveActors(parsed, findMentions(parsed)) };
};
const labels = (text: string) => resolve(text).resolution.actors.map((a) => a.label);
/** The actor a speaker lookup gives for the first whole-word occurrence of `phrase`. */
function speaker(text: string, phrase: string) {
  const { resolution } = resolve(text);
  const at = text.search(new RegExp(`\\b${phrase.replace(/[.]/g, '\\.')}\\b`));
  return resolution.speakerAt([at, at + phrase.length]);
}

describe('one actor per entity', () => {
  it('joins full name, surname, title and possessive, with every form as alias', () => {
    const { resolution } = resolve("President Donald Trump spoke. Trump's aides agreed, and Trump left.");
    const people = resolution.actors.filter((a) => a.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ label: 'Donald Trump', title: 'President' });
    expect(people[0]!.aliases).toEqual(
      expect.arrayContaining(['Donald Trump', 'President Donald Trump', 'Trump']),
    );
  });

  it('joins a surname seen before the full name', () => {
    expect(
      labels('Merz said yes. Later, German Chancellor Friedrich Merz said no.').filter(
        (l) => l !== 'Germany',
      ),
    ).toEqual(['Friedrich Merz']);
  });

  it('joins spelling variants of a surname', () => {
    const { resolution } = resolve('Volodymyr Zelenskyy arrived. Zelensky spoke first.');
    expect(resolution.actors.map((a) => a.label)).toEqual(['Volodymyr Zelenskyy']);
    expect(resolution.actors[0]!.aliases).toContain('Zelensky');
  });

  it('keeps people apart who share only a first name', () => {
    expect(labels('Paul Ryan met Paul Dewar. Ryan spoke.')).toEqual(['Paul Ryan', 'Paul Dewar']);
  });

  it('joins an acronym to the organisation it spells', () => {
    expect(labels('The International Criminal Court ruled. The ICC said more.')).toEqual([
      'International Criminal Court',
    ]);
  });

  it('joins a country, its demonym and an acting capital', () => {
    const { resolution } = resolve(
      'Ukraine was ready. Ukrainian troops held. The offer was met with caution by Kyiv.',
    );
    expect(resolution.actors).toHaveLength(1);
    expect(resolution.actors[0]).toMatchObject({ label: 'Ukraine', type: 'country' });
    expect(resolution.actors[0]!.aliases).toEqual(expect.arrayContaining(['Ukraine', 'Ukrainian', 'Kyiv']));
  });

  it('does not make an actor of a place that only locates', () => {
    expect(labels('John Smith met officials in Geneva and in Moscow.')).toEqual(['John Smith']);
  });
});

describe('titles and affiliations', () => {
  it('creates the country of a nationality and links the person to it', () => {
    const { resolution } = resolve('Russian Foreign Minister Sergey Lavrov said no.');
    const [lavrov, russia] = [
      resolution.actors.find((a) => a.type === 'person')!,
      resolution.actors.find((a) => a.type === 'country')!,
    ];
    expect(lavrov).toMatchObject({ label: 'Sergey Lavrov', title: 'Foreign Minister' });
    expect(russia.label).toBe('Russia');
    expect(lavrov.affiliations).toEqual([russia.id]);
  });

  it("does not create a country for an organisation's nationality", () => {
    expect(labels('The Greek Orthodox Church said no.')).toEqual(['Greek Orthodox Church']);
  });
});

describe('pronouns', () => {
  it('resolves "he" to the nearest subject of the right gender', () => {
    const text = 'Mary Smith said that John Brown had promised Tom Jones he would come.';
    expect(speaker(text, 'he')?.label).toBe('John Brown');
  });

  it('never resolves "he" to a woman, a country or an organisation', () => {
    const text = 'Peter Hall met Mary Smith. Russia and NATO disagreed, and Mary Smith left. He stayed.';
    expect(speaker(text, 'He')?.label).toBe('Peter Hall');
  });

  it('resolves "she" by gender even when a man is nearer', () => {
    expect(speaker('Anna Berg called John Brown, and she said no.', 'she')?.label).toBe('Anna Berg');
  });

  it('resolves "it" only to an organisation or country in the same sentence', () => {
    expect(speaker('The White House said it would reply.', 'it')?.label).toBe('White House');
    expect(speaker('John Smith left. It was raining.', 'It')).toBeUndefined();
  });

  it('passes a subject pronoun over the object of an opening phrase, not over a name set before it', () => {
    const actorOf = (text: string, pronoun: string) => {
      const at = text.indexOf(pronoun);
      return resolve(text).resolution.actorAt([at, at + pronoun.length])?.label;
    };
    const opening =
      'Peter Hall was sent to London. Placed under the care of a Dr. Bailey, he was told to rest.';
    expect(actorOf(opening, ' he ')).toBe('Peter Hall');
    const dislocated = 'Peter Hall runs the team. John Brown, he is coming on board.';
    expect(actorOf(dislocated, ' he ')).toBe('John Brown');
  });

  it('resolves "they" to a group, not a person', () => {
    expect(speaker('Afghans protested, and they were heard.', 'they')?.label).toBe('Afghans');
    expect(speaker('John Smith left, and they stayed.', 'they')).toBeUndefined();
  });
});

describe("types from a name's last word", () => {
  it("makes no person of a company or of a people's or party's members", () => {
    const { resolution } = resolve(
      'Trump Restaurants LLC paid. Asian Americans voted, and Georgia Republicans stayed home.',
    );
    const typeOf = (label: string) => resolution.actors.find((a) => a.label === label)?.type;
    expect(typeOf('Trump Restaurants LLC')).toBe('organization');
    expect(resolution.actors.filter((a) => a.type === 'person').map((a) => a.label)).toEqual([]);
  });
});

describe('speakerAt', () => {
  it('resolves a description to the person its nationality and title fit', () => {
    const text =
      "Trump met Russia's Vladimir Putin and Russian Foreign Minister Sergey Lavrov. He later called the Russian leader.";
    expect(speaker(text, 'the Russian leader')?.label).toBe('Vladimir Putin');
  });

  it('prefers the person over the affiliation inside a speaker phrase', () => {
    expect(
      speaker('Russian Foreign Minister Sergey Lavrov said no.', 'Russian Foreign Minister Sergey Lavrov')
        ?.label,
    ).toBe('Sergey Lavrov');
  });

  it('creates anonymous sources, descriptions and groups that have no actor yet', () => {
    const text =
      'A senior diplomat told reporters that European leaders agreed, and the prime minister said so.';
    expect(speaker(text, 'A senior diplomat')).toMatchObject({
      type: 'anonymous',
      label: 'A senior diplomat',
    });
    expect(speaker(text, 'reporters')).toMatchObject({ type: 'group', label: 'reporters' });
    expect(speaker(text, 'European leaders')).toMatchObject({ type: 'group', label: 'European leaders' });
    expect(speaker(text, 'the prime minister')).toMatchObject({ type: 'person', label: 'prime minister' });
  });

  it("makes a described source its own actor, keeping a definite one's determiner", () => {
    const text = 'The advisory panel concluded that the tax must rise. Two objectors challenged the bid.';
    expect(speaker(text, 'The advisory panel')).toMatchObject({
      type: 'anonymous',
      label: 'the advisory panel',
    });
    expect(speaker(text, 'Two objectors')).toMatchObject({ type: 'group', label: 'Two objectors' });
  });

  it('joins a definite description to the organisation named with its head word', () => {
    const text = 'The Supreme Court heard the case on Monday. The court said the law stands.';
    expect(speaker(text, 'The court')?.label).toBe('Supreme Court');
  });

  it('labels a described source without its relative clause, and never a time phrase', () => {
    const text = 'One Republican involved in the planning, who spoke on Monday, was blunt.';
    expect(speaker(text, 'One Republican involved in the planning, who')?.label).toBe(
      'One Republican involved in the planning',
    );
    expect(speaker('Tuesday morning was cold.', 'Tuesday morning')).toBeUndefined();
  });

  it('finds a known person under a surname the mention finder missed, and never makes one up', () => {
    const { resolution } = resolve(
      'Donald Trump Is Now Calling Obama The Founder Of ISIS\n\nDonald Trump spoke in Ohio on Monday.',
    );
    expect(resolution.speakerAt([0, 'Donald Trump'.length])?.label).toBe('Donald Trump');
    expect(resolution.speakerAt([0, 'Donald'.length])).toBeUndefined();
  });

  it("gives a possessor's aide named in the apposition after, not the possessor", () => {
    const text = 'Ash Carter met aides. Carter’s press secretary, Peter Cook, told the Times that it was so.';
    expect(speaker(text, 'Carter’s press secretary')?.label).toBe('Peter Cook');
  });

  it('affiliates a speaker with the other actors of its phrase, never a coordinated speaker', () => {
    const text = 'Meenakshi Ganguly of the United Nations said no. John Smith and the United Nations agreed.';
    const { resolution } = resolve(text);
    const ganguly = resolution.speakerAt([0, 'Meenakshi Ganguly of the United Nations'.length]);
    const hrw = resolution.actors.find((a) => a.label === 'United Nations');
    expect(ganguly?.label).toBe('Meenakshi Ganguly');
    expect(ganguly?.affiliations).toEqual([hrw?.id]);
    const at = text.indexOf('John Smith');
    const smith = resolution.speakerAt([at, at + 'John Smith and the United Nations'.length]);
    expect(smith?.affiliations).toEqual([]);
  });

  it('looks farther back for a speaker pronoun than for any other', () => {
    const text =
      'John Smith arrived. The rain fell. The roads closed. The trains stopped. The shops shut. Later he said no.';
    const { resolution } = resolve(text);
    const at = text.lastIndexOf('he said');
    expect(resolution.actorAt([at, at + 2])).toBeUndefined();
    expect(resolution.speakerAt([at, at + 2])?.label).toBe('John Smith');
  });

  it('makes no actor of a title-case headline that kept its full stop', () => {
    expect(
      labels('Donald Trump Is Now Calling Obama The Founder Of ISIS.\n\nDonald Trump spoke on Monday.'),
    ).toEqual(['Donald Trump']);
  });

  it('resolves a speaker "it" to the organisation of the sentence before', () => {
    const text = 'The Business Council of British Columbia opposed an increase. It recommended a freeze.';
    expect(speaker(text, 'It')?.label).toBe('Business Council of British Columbia');
  });

  it('settles: drops the actors speaker lookups made that nothing names, keeps the rest', () => {
    const text = 'Putin spoke. The advisory panel concluded that the tax must rise.';
    const { resolution } = resolve(text);
    const at = text.indexOf('The advisory panel');
    const panel = resolution.speakerAt([at, at + 'The advisory panel'.length]);
    expect(resolution.actors.map((a) => a.label)).toEqual(['Putin', 'the advisory panel']);
    resolution.settle(new Set());
    expect(resolution.actors.map((a) => a.label)).toEqual(['Putin']);
    expect(panel?.label).toBe('the advisory panel');
  });

  it('gives nothing for a phrase that names no one', () => {
    expect(speaker('The weather was fine on Tuesday.', 'on Tuesday')).toBeUndefined();
  });
});
