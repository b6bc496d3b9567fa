// Short, distinct news-style articles for ingest tests, written for these tests (no real text).

const PEOPLE = [
  'Anna Kowalski',
  'Boris Ivanov',
  'Carla Mendes',
  'Dmitri Orlov',
  'Elena Petrova',
  'Farid Haddad',
  'Greta Lindqvist',
  'Hiro Tanaka',
  'Ines Duarte',
  'Jonas Weber',
];
const CITIES = ['Geneva', 'Vienna', 'Oslo', 'Ankara', 'Doha', 'Helsinki', 'Riga'];

/**
 * The `i`-th test article: three sentences with a direct quote, an indirect statement and
 * an addressee, different for every `i` (names, places and numbers vary).
 */
export function testArticle(i: number): string {
  const a = PEOPLE[i % PEOPLE.length]!;
  const b = PEOPLE[(i * 3 + 1) % PEOPLE.length]!;
  const city = CITIES[i % CITIES.length]!;
  return [
    `${a} met ${b} in ${city} on Monday for round ${i} of the talks.`,
    `"We will keep talking until plan ${i} is agreed," ${a} said after the meeting.`,
    `${b} told reporters that offer number ${i} was "not enough" and that a ceasefire had to come first.`,
    '',
  ].join('\n');
}
