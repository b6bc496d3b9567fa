import { describe, expect, it } from 'vitest';
import { parseText } from '../text/index.js';
import { findMentions } from './find.js';
import type { Mention } from './types.js';

const mentionsOf = (text: string) => findMentions(parseText(text));
const named = (text: string) => mentionsOf(text).filter((m) => m.form !== 'pronoun');
const find = (ms: Mention[], text: string) => ms.find((m) => m.text === text);

describe('names with titles and affiliations', () => {
  it('splits a title from the name and keeps both', () => {
    const m = find(
      named('Press Secretary Karoline Leavitt told reporters the talks went well.'),
      'Press Secretary Karoline Leavitt',
    );
    expect(m).toMatchObject({
      form: 'name',
      type: 'person',
      name: 'Karoline Leavitt',
      title: 'Press Secretary',
    });
  });

  it('reads a demonym before a title as the affiliation', () => {
    const m = find(
      named('Russian Foreign Minister Sergey Lavrov spoke on Friday.'),
      'Russian Foreign Minister Sergey Lavrov',
    );
    expect(m?.title).toBe('Foreign Minister');
    expect(m?.affiliation).toMatchObject({ text: 'Russian', type: 'country', country: 'RUS' });
  });

  it('reads a possessive country before a name as the affiliation, with the whole phrase', () => {
    const m = find(named("He met Russia's Vladimir Putin in Alaska."), 'Vladimir Putin');
    expect(m?.affiliation?.country).toBe('RUS');
    expect(m?.phrase).toBe("Russia's Vladimir Putin");
  });

  it('takes lower-case titles and the organisation before them', () => {
    const m = find(
      named('The deal was praised by Facebook co-founder Mark Zuckerberg on Monday.'),
      'Mark Zuckerberg',
    );
    expect(m?.title).toBe('co-founder');
    expect(m?.affiliation?.text).toBe('Facebook');
  });

  it('takes "of the" organisation after a name as its affiliation', () => {
    const m = find(named('The seat went to Claudia Mo of the Civic Party.'), 'Claudia Mo');
    expect(m?.affiliation).toMatchObject({ text: 'Civic Party', type: 'organization' });
  });

  it('reads an appositive title and nationality', () => {
    const m = find(
      named('Ivan Petrov, a Russian deputy representative to the United Nations, said no.'),
      'Ivan Petrov',
    );
    expect(m).toMatchObject({ title: 'deputy representative' });
    expect(m?.affiliation?.country).toBe('RUS');
  });

  it('keeps hyphenated names whole', () => {
    expect(named('Voters backed Lee Cheuk-yan and Kim Jong-un was silent.').map((m) => m.text)).toEqual(
      expect.arrayContaining(['Lee Cheuk-yan', 'Kim Jong-un']),
    );
  });

  it('knows gender from a first name or a title', () => {
    const ms = named('Mary Smith met Mr Jones.');
    expect(find(ms, 'Mary Smith')?.gender).toBe('f');
    expect(find(ms, 'Mr Jones')?.gender).toBe('m');
  });
});

describe('organisations, media and countries', () => {
  it('types outlets, organisations and acronyms', () => {
    const ms = named('Officials told Fox News and The Hill that NATO and the Labour Party agreed.');
    expect(find(ms, 'Fox News')?.type).toBe('media');
    expect(find(ms, 'NATO')?.type).toBe('organization');
    expect(find(ms, 'Labour Party')?.type).toBe('organization');
    expect(ms.find((m) => m.name === 'The Hill')?.type).toBe('media');
  });

  it('joins "of" and "for" inside organisation names', () => {
    const ms = named('A grant came from the University of Texas and the Ministry of Culture and Sports.');
    expect(ms.map((m) => m.text)).toEqual(
      expect.arrayContaining(['University of Texas', 'Ministry of Culture and Sports']),
    );
  });

  it('finds countries by name, short name and demonym', () => {
    const ms = named('The U.S. and France spoke, and Ukrainian troops moved.');
    expect(find(ms, 'U.S.')?.country).toBe('USA');
    expect(find(ms, 'France')?.country).toBe('FRA');
    expect(find(ms, 'Ukrainian')).toMatchObject({ form: 'demonym', country: 'UKR', modifier: true });
  });

  it('makes a capital a country only when it acts', () => {
    const ms = named('Leaders met in Kyiv. The plan was rejected by Kyiv, and Moscow said no.');
    const kyiv = ms.filter((m) => m.text === 'Kyiv');
    expect(kyiv.map((m) => m.locative)).toEqual([true, false]);
    expect(find(ms, 'Moscow')).toMatchObject({ country: 'RUS', locative: false });
  });

  it('reads plural demonyms as groups', () => {
    expect(find(named('The Europeans and Afghans were told.'), 'Afghans')).toMatchObject({
      form: 'group',
      type: 'group',
    });
  });
});

describe('no junk', () => {
  it('skips weekdays, months and sentence-initial words', () => {
    const ms = named(
      'But on Tuesday officials met. Meanwhile, in March, Allies waited. Asked why, Smith left.',
    );
    expect(ms.map((m) => m.text)).toEqual(['Smith']);
  });

  it('marks names in headings, which never create actors', () => {
    const ms = named('- Geneva floated for talks -\nJohn Smith said the talks went well.');
    expect(ms.filter((m) => m.heading).map((m) => m.text)).toEqual(['Geneva']);
  });

  it('does not take labels such as "Image:" into names', () => {
    expect(named('The team met in Washington. Image: United States Navy.').map((m) => m.text)).toContain(
      'United States Navy',
    );
  });

  it('skips events and venues', () => {
    const ms = named('Crowds gathered for Waitangi Day at Constitution Hall.');
    expect(ms.filter((m) => !m.locative).map((m) => m.text)).toEqual([]);
  });
});

describe('descriptions, anonymous sources and pronouns', () => {
  it('finds anonymous sources with their qualifiers and affiliation', () => {
    const ms = mentionsOf(
      'Three sources familiar with the talks told AFP, and a U.S. defense official agreed.',
    );
    expect(ms.filter((m) => m.form === 'anonymous').map((m) => m.text)).toEqual([
      'Three sources familiar with the talks',
      'a U.S. defense official',
    ]);
    expect(find(ms, 'a U.S. defense official')?.affiliation?.country).toBe('USA');
  });

  it('finds definite descriptions of people with their nationality', () => {
    expect(find(mentionsOf('He called the Russian leader.'), 'the Russian leader')).toMatchObject({
      form: 'description',
      title: 'leader',
      country: 'RUS',
    });
  });

  it('finds third-person pronouns with gender and number, not first-person ones', () => {
    const ms = mentionsOf('"I agree," she said, and they left with him.').filter((m) => m.form === 'pronoun');
    expect(ms.map((m) => [m.text, m.gender, m.plural])).toEqual([
      ['she', 'f', false],
      ['they', undefined, true],
      ['him', 'm', false],
    ]);
  });
});

describe('names that are not people', () => {
  const actorLike = (text: string) =>
    named(text).filter((m) => m.type === 'person' && !m.locative && !m.modifier && !m.heading);

  it('drops lone sentence-initial common words but keeps a surname that acts', () => {
    const people = actorLike(
      'Dozens of protesters gathered outside. Initially, police stayed back. Zelensky said he would go.',
    ).map((m) => m.text);
    expect(people).toEqual(['Zelensky']);
  });

  it('reads a name placed by a region, or coordinated with a place, as a place', () => {
    expect(find(named('The envelope was found in Kanata, Ontario by a passerby.'), 'Kanata')?.locative).toBe(
      true,
    );
    const tampa = find(
      named('She was in Orlando in the morning and Tampa in the afternoon, aides said.'),
      'Tampa',
    );
    expect(tampa?.locative).toBe(true);
  });

  it('reads "the" before a bare multi-word name as an organisation, everywhere in the article', () => {
    const ms = named('Police said the Hells Angels had left. Hells Angels members were not charged.');
    expect(ms.filter((m) => m.text === 'Hells Angels').map((m) => m.type)).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('keeps a person after "the" when the surname stands alone elsewhere', () => {
    const m = find(named('The Jeb Bush campaign released an ad. Bush said it was fair.'), 'Jeb Bush');
    expect(m?.type).toBe('person');
    expect(m?.modifier).toBe(true);
  });

  it('splits a person run on after an organisation when the surname stands alone elsewhere', () => {
    const ms = named(
      'A student at University of Texas Arlington Amneh Jafari heard of the arrest. Jafari said it was unfair.',
    );
    const person = find(ms, 'Amneh Jafari');
    expect(person).toMatchObject({ type: 'person', phrase: 'University of Texas Arlington Amneh Jafari' });
    expect(person?.affiliation).toMatchObject({
      type: 'organization',
      text: 'University of Texas Arlington',
    });
  });

  it('reads "Secretary of Defense" as a title, not a person named "of Defense"', () => {
    const ms = named('Kasich offered the man a job as Secretary of Defense, then laughed.');
    expect(ms.some((m) => m.name === 'of Defense')).toBe(false);
    expect(find(ms, 'Secretary of Defense')).toMatchObject({ form: 'title', title: 'Secretary of Defense' });
  });

  it('takes sovereign states, not dependent territories, as countries', async () => {
    const { countryByName } = await import('../lexicon/countries.js');
    expect(countryByName('Jersey')).toBeUndefined();
    expect(countryByName('Cayman Islands')).toBeUndefined();
    expect(countryByName('Taiwan')?.code).toBe('TWN');
    expect(countryByName('France')?.code).toBe('FRA');
  });
});

describe('names typed with the entity tagger', () => {
  it('does not make wars or name-adjectives people or organisations', () => {
    const ms = named(
      'Veterans of World War II met in London. An Islamic State-inspired attack shocked Paris.',
    );
    expect(ms.filter((m) => /World War|State-inspired/.test(m.text))).toEqual([]);
  });

  it('types a place that acts as a place, not a country', () => {
    const m = find(named('Lincolnshire said it would sue the government.'), 'Lincolnshire');
    expect(m).toMatchObject({ type: 'place', place: true });
  });
});

describe('titles with "of" an organisation', () => {
  it('ends the title at the organisation and takes it as the affiliation', () => {
    const m = find(
      named('The CEO of the Refugee Council Enver Solomon said the plan was cruel.'),
      'CEO of the Refugee Council Enver Solomon',
    );
    expect(m).toMatchObject({ name: 'Enver Solomon', title: 'CEO of the Refugee Council' });
    expect(m?.affiliation).toMatchObject({ text: 'Refugee Council', type: 'organization' });
  });

  it('runs a title over further connectors and takes the last "of" as the affiliation', () => {
    const dempsey = find(
      named('Chairman of the Joint Chiefs of Staff Martin Dempsey said no.'),
      'Chairman of the Joint Chiefs of Staff Martin Dempsey',
    );
    expect(dempsey).toMatchObject({ name: 'Martin Dempsey', title: 'Chairman of the Joint Chiefs of Staff' });
    const lavrov = find(
      named('Minister of Foreign Affairs of Russia Sergey Lavrov spoke.'),
      'Minister of Foreign Affairs of Russia Sergey Lavrov',
    );
    expect(lavrov?.affiliation).toMatchObject({ type: 'country', country: 'RUS' });
  });

  it('takes no affiliation from a title whose "of" names no organisation', () => {
    const m = find(named('Secretary of State John Kerry said so.'), 'Secretary of State John Kerry');
    expect(m).toMatchObject({ name: 'John Kerry', title: 'Secretary of State' });
    expect(m?.affiliation).toBeUndefined();
  });
});

describe('credit lines and quoted titles', () => {
  it('takes no person from bylines and "follow" lines, but keeps the outlet that contributed', () => {
    const text = [
      'The senator said the bill would pass.',
      'By Jane Doe and John Roe',
      'Follow Ian Hanchett on Twitter @IanHanchett.',
      '(Reporting by Steve Holland; Editing by Mary Milliken)',
      'Reuters contributed to this report.',
    ].join('\n\n');
    const texts = named(text).map((m) => m.text);
    for (const author of ['Jane Doe', 'John Roe', 'Ian Hanchett', 'Steve Holland', 'Mary Milliken'])
      expect(texts).not.toContain(author);
    expect(texts).toContain('Reuters');
  });

  it('keeps names in sentences that only open with "By"', () => {
    const texts = named('By contrast, Daniel Hamermesh predicted that wages would fall.').map((m) => m.text);
    expect(texts).toContain('Daniel Hamermesh');
  });

  it('reads a quoted programme as media and a quoted book as no actor', () => {
    const show = find(named('Trump made similar comments on CNBC’s “Squawk Box” program.'), 'Squawk Box');
    expect(show?.type).toBe('media');
    const book = named('She signed copies of her book “Hillary Rodham” on Monday.');
    expect(book.map((m) => m.text)).not.toContain('Hillary Rodham');
    // a quoted name with no work noun beside it is still the person
    const vote = named('I wrote in “Ralph Nader” on my first ballot.');
    expect(find(vote, 'Ralph Nader')?.type).toBe('person');
  });
});
