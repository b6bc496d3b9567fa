import { describe, expect, it } from 'vitest';
import { AliasIndex } from './aliases.js';

describe('AliasIndex', () => {
  const index = new AliasIndex([
    { key: 'actor:trump', names: ['President Donald Trump', 'Trump'], statements: 1 },
    { key: 'actor:zelenskyy', names: ['Volodymyr Zelenskyy', 'Zelenskyy'], statements: 1 },
    { key: 'actor:zelensky', names: ['Zelensky'], statements: 1 },
    { key: 'actor:erdogan', names: ['Recep Tayyip Erdoğan'], statements: 1 },
    { key: 'actor:melania', names: ['Melania Trump'], statements: 1 },
    { key: 'actor:putin', names: ['Vladimir Putin', 'Владимир Путин'], statements: 1 },
    { key: 'actor:lavrov', names: ['Sergei Lavrov', 'Сергей Лавров'], statements: 1 },
    { key: 'actor:kaminski', names: ['Łukasz Kamiński'], statements: 1 },
  ]);

  it('finds an actor by any alias, ignoring case, accents and punctuation', () => {
    expect(index.find('TRUMP')).toEqual(['actor:trump']);
    expect(index.find('erdogan')).toEqual(['actor:erdogan']);
    expect(index.find('Recep Tayyip Erdogan')).toEqual(['actor:erdogan']);
  });

  it('accepts one typo in a long name, so "zelensky" finds Zelenskyy too', () => {
    expect(index.find('zelensky').sort()).toEqual(['actor:zelensky', 'actor:zelenskyy']);
    expect(index.find('Zelenskiy')).toContain('actor:zelenskyy');
  });

  it('matches part of a longer name only when no whole name does', () => {
    expect(index.find('donald trump')).toEqual(['actor:trump']);
    expect(index.find('melania')).toEqual(['actor:melania']);
    expect(index.find('macron')).toEqual([]);
  });

  it('matches names in any script by their letters: "Путин" finds Putin only', () => {
    expect(index.find('Путин')).toEqual(['actor:putin']);
    expect(index.find('сергей лавров')).toEqual(['actor:lavrov']);
    expect(index.find('Lukasz Kaminski')).toEqual(['actor:kaminski']);
  });

  it('searches with typos, prefixes and free word order, best first', () => {
    expect(index.search('putn')[0]).toBe('actor:putin');
    expect(index.search('lavrow')[0]).toBe('actor:lavrov');
    expect(index.search('Putin Vladimir')[0]).toBe('actor:putin');
    expect(index.search('mel')).toEqual(['actor:melania']);
  });

  it('gives a country actor its other names: "US" and "America" find the United States', () => {
    const countries = new AliasIndex([
      { key: 'actor:us-army', names: ['US Army'], statements: 9 },
      { key: 'actor:united-states', names: ['United States'], statements: 3 },
    ]);
    expect(countries.search('US')[0]).toBe('actor:united-states');
    expect(countries.find('America')).toEqual(['actor:united-states']);
  });
});
