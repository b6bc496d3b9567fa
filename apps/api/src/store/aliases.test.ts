import { describe, expect, it } from 'vitest';
import { AliasIndex } from './aliases.js';

describe('AliasIndex', () => {
  const index = new AliasIndex([
    ['actor:trump', ['President Donald Trump', 'Trump']],
    ['actor:zelenskyy', ['Volodymyr Zelenskyy', 'Zelenskyy']],
    ['actor:zelensky', ['Zelensky']],
    ['actor:erdogan', ['Recep Tayyip Erdoğan']],
    ['actor:melania', ['Melania Trump']],
    ['actor:putin', ['Vladimir Putin', 'Владимир Путин']],
    ['actor:lavrov', ['Sergei Lavrov', 'Сергей Лавров']],
    ['actor:kaminski', ['Łukasz Kamiński']],
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
});
