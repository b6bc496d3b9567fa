// Made-up news-style articles for ingest tests and benchmarks, written for them (no real text):
// distinct short articles, and long ones of a chosen size.

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
const SPEAKERS = ['Donald Trump', 'Vladimir Putin', 'Zelenskyy', 'Karoline Leavitt', 'NATO', 'the Kremlin'];

/**
 * The `i`-th test article: three sentences with a direct quote, an indirect statement and
 * an addressee, different for every `i` (names, places and numbers vary).
 * @example testArticle(0) // 'Anna Kowalski met Boris Ivanov in Geneva on Monday for round 0 of the talks.\n…'
 */
export function testArticle(i) {
  const a = PEOPLE[i % PEOPLE.length];
  const b = PEOPLE[(i * 3 + 1) % PEOPLE.length];
  const city = CITIES[i % CITIES.length];
  return [
    `${a} met ${b} in ${city} on Monday for round ${i} of the talks.`,
    `"We will keep talking until plan ${i} is agreed," ${a} said after the meeting.`,
    `${b} told reporters that offer number ${i} was "not enough" and that a ceasefire had to come first.`,
    '',
  ].join('\n');
}

/**
 * News-style text of at least `kb` KB: short attributed sentences, a paragraph every five;
 * `seed` rotates the speakers.
 * @example longArticle(64, 1).length >= 64 * 1024 // true
 */
export function longArticle(kb, seed = 0) {
  const parts = [];
  for (let i = 0, size = 0; size < kb * 1024; i++) {
    const s = `${SPEAKERS[(i + seed) % SPEAKERS.length]} said on Monday that plan ${i} was "a good start".${i % 5 === 4 ? '\n' : ' '}`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}
