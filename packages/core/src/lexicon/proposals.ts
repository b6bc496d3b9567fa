import type { ProposalCategory, Stance } from '../contract/types.js';
import { textTable } from '../text/tables.js';
import { REPORTING_VERBS } from './cues.js';

/**
 * THE proposal lexicons: every stance cue, proposal concept and helper word list lives here, so
 * coverage grows in one place. Words are lemmas; multi-word entries are space-separated lemmas.
 * The stance cues follow CAMEO's families: propose / appeal / demand / express intent (03x, 02x,
 * 10x) become `proposes`; agree / accept / endorse (05x, 08x) `supports`; reject / refuse /
 * oppose (12x) `rejects`.
 */

/** How a cue reaches what is proposed. */
export type CueShape =
  /** a verb followed by its object, infinitive or clause ("proposed holding ...", "ruled out X") */
  | 'verb'
  /** an adjective of readiness or openness before "to"/"about" ("ready to offer ...", "open to X") */
  | 'adjective'
  /** a noun whose complement is the proposal ("offer of Moscow", "push for a deal", "goal is to ...") */
  | 'noun';

/** One stance cue: its lemmas, the stance it expresses, and whether a bare "it"/"the idea" may point back. */
export interface StanceCue {
  words: string[];
  stance: Stance;
  shape: CueShape;
  /** A refusal or endorsement with no object of its own attaches to the proposal just mentioned. */
  anaphoric: boolean;
  /** Strong cues keep an object even when it names no known concept ("suggested that they walk ..."). */
  strong: boolean;
  /**
   * Bound cues name no proposal of their own, only a known concept or the proposal just named:
   * what one praises or criticises is as often a person or a record as a proposal.
   */
  bound: boolean;
}

type CueSpec = [
  phrase: string,
  shape: CueShape,
  flags?: 'anaphoric' | 'strong' | 'anaphoric strong' | 'anaphoric bound',
];

const CUES: Record<Stance, CueSpec[]> = {
  proposes: [
    ['propose', 'verb', 'strong'],
    ['suggest', 'verb', 'strong'],
    ['offer', 'verb'],
    ['float', 'verb', 'strong'],
    ['put forward', 'verb', 'strong'],
    ['push for', 'verb'],
    ['press for', 'verb'],
    ['call for', 'verb'],
    ['urge', 'verb'],
    ['demand', 'verb'],
    ['seek', 'verb'],
    ['want', 'verb'],
    ['plan', 'verb'],
    ['eye', 'verb'],
    ['prepare for', 'verb'],
    ['recommend', 'verb', 'strong'],
    ['advance', 'verb'],
    ['advocate', 'verb'],
    ['insist on', 'verb'],
    ['broker', 'verb'],
    ['press', 'verb'],
    ['vow', 'verb'],
    ['pledge', 'verb'],
    ['threaten', 'verb'],
    ['nominate', 'verb', 'strong'],
    ['introduce', 'verb'],
    ['unveil', 'verb'],
    ['outline', 'verb'],
    ['call on', 'verb'],
    ['ask for', 'verb'],
    ['request', 'verb'],
    ['advocate for', 'verb'],
    ['argue for', 'verb'],
    ['campaign for', 'verb'],
    ['lobby for', 'verb'],
    ['ready to', 'adjective'],
    ['willing to', 'adjective'],
    ['prepared to', 'adjective'],
    ['offer', 'noun', 'strong'],
    ['proposal', 'noun', 'strong'],
    ['suggestion', 'noun', 'strong'],
    ['plan', 'noun'],
    ['push for', 'noun'],
    ['call for', 'noun'],
    ['demand for', 'noun'],
    ['bid', 'noun'],
    ['effort', 'noun'],
    ['determination', 'noun'],
    ['goal', 'noun'],
    ['aim', 'noun'],
    ['request', 'noun'],
    ['call', 'noun'],
    ['vow', 'noun'],
    ['pledge', 'noun'],
    ['promise', 'noun'],
    ['nomination', 'noun', 'strong'],
    ['attempt', 'noun'],
  ],
  supports: [
    ['agree to', 'verb', 'anaphoric'],
    ['agree on', 'verb', 'anaphoric'],
    ['accept', 'verb', 'anaphoric'],
    ['support', 'verb', 'anaphoric'],
    ['back', 'verb', 'anaphoric'],
    ['endorse', 'verb', 'anaphoric'],
    ['welcome', 'verb', 'anaphoric'],
    ['promise', 'verb'],
    ['favor', 'verb', 'anaphoric'],
    ['favour', 'verb', 'anaphoric'],
    ['embrace', 'verb', 'anaphoric'],
    ['approve', 'verb', 'anaphoric'],
    ['commit to', 'verb'],
    ['praise', 'verb', 'anaphoric bound'],
    ['hail', 'verb', 'anaphoric bound'],
    ['commend', 'verb', 'anaphoric bound'],
    ['applaud', 'verb', 'anaphoric bound'],
    ['laud', 'verb', 'anaphoric bound'],
    ['champion', 'verb', 'anaphoric bound'],
    ['adopt', 'verb', 'anaphoric'],
    ['vote for', 'verb', 'anaphoric'],
    ['sign on to', 'verb', 'anaphoric'],
    ['vouch for', 'verb', 'anaphoric'],
    ['stand behind', 'verb', 'anaphoric'],
    ['encourage by', 'verb', 'anaphoric'],
    ['open to', 'adjective'],
    ['support for', 'noun', 'anaphoric'],
    ['backing for', 'noun', 'anaphoric'],
    ['endorsement of', 'noun', 'anaphoric'],
    ['approval of', 'noun', 'anaphoric'],
  ],
  rejects: [
    ['reject', 'verb', 'anaphoric'],
    ['rule out', 'verb', 'anaphoric'],
    ['refuse', 'verb', 'anaphoric'],
    ['oppose', 'verb', 'anaphoric'],
    ['say no to', 'verb', 'anaphoric'],
    ['dismiss', 'verb', 'anaphoric'],
    ['veto', 'verb', 'anaphoric'],
    ['resist', 'verb', 'anaphoric'],
    ['demur', 'verb', 'anaphoric'],
    ['denounce', 'verb', 'anaphoric bound'],
    ['block', 'verb', 'anaphoric'],
    ['turn down', 'verb', 'anaphoric'],
    ['object to', 'verb', 'anaphoric'],
    ['balk at', 'verb', 'anaphoric'],
    ['vote against', 'verb', 'anaphoric'],
    ['protest against', 'verb', 'anaphoric'],
    ['fight against', 'verb', 'anaphoric bound'],
    ['criticize', 'verb', 'anaphoric bound'],
    ['criticise', 'verb', 'anaphoric bound'],
    ['condemn', 'verb', 'anaphoric bound'],
    ['slam', 'verb', 'anaphoric bound'],
    ['blast', 'verb', 'anaphoric bound'],
    ['rip', 'verb', 'anaphoric bound'],
    ['scuttle', 'verb', 'anaphoric'],
    ['quash', 'verb', 'anaphoric'],
    ['torpedo', 'verb', 'anaphoric'],
    ['defeat', 'verb', 'anaphoric bound'],
    ['kill', 'verb', 'anaphoric bound'],
    ['bar', 'verb', 'anaphoric'],
    ['take issue with', 'verb', 'anaphoric'],
    ['take aim at', 'verb', 'anaphoric bound'],
    ['lukewarm about', 'adjective', 'anaphoric'],
    ['critical of', 'adjective', 'anaphoric bound'],
    ['against', 'adjective', 'anaphoric bound'],
    ['criticism of', 'noun', 'anaphoric bound'],
    ['skeptical about', 'adjective', 'anaphoric'],
    ['skeptical of', 'adjective', 'anaphoric'],
    ['opposed to', 'adjective', 'anaphoric'],
    ['resistance to', 'noun', 'anaphoric'],
    ['opposition to', 'noun', 'anaphoric'],
    ['rejection of', 'noun', 'anaphoric'],
    ['refusal', 'noun', 'anaphoric'],
  ],
};

/** Stance cues by the lemma of their first word, longest first so "push for" wins over "push". */
export const STANCE_CUES: Map<string, StanceCue[]> = (() => {
  const byFirst = new Map<string, StanceCue[]>();
  for (const [stance, specs] of Object.entries(CUES) as [Stance, CueSpec[]][]) {
    for (const [phrase, shape, flags = ''] of specs) {
      const words = phrase.split(' ');
      const cue: StanceCue = {
        words,
        stance,
        shape,
        anaphoric: flags.includes('anaphoric'),
        strong: flags.includes('strong'),
        bound: flags.includes('bound'),
      };
      const list = byFirst.get(words[0]!) ?? [];
      list.push(cue);
      list.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(words[0]!, list);
    }
  }
  return byFirst;
})();

/** Cues whose holders would provide the thing themselves, so their nationality names it. */
export const OWN_CUES = new Set([
  'want',
  'ready to',
  'willing to',
  'prepared to',
  'offer',
  'pledge',
  'promise',
  'plan',
  'commit to',
]);

/** Nouns that predicate a proposal of their subject ("air power was an option"): `supports`. */
export const OPTION_NOUNS = new Set(['option', 'possibility', 'priority', 'solution']);

/**
 * Verbs that report speech or thought, whose subject holds the stance of the clause they govern:
 * the cue lexicon's reporting verbs less the one-word stance cues, which take a proposal as their
 * object instead ("proposed a summit", "rejected the plan").
 */
export const SAY_VERBS: ReadonlySet<string> = new Set(
  [...REPORTING_VERBS].filter((lemma) => !STANCE_CUES.get(lemma)?.some((cue) => cue.words.length === 1)),
);

/** Verbs that pass their subject on to the verb after "to" ("decided to press", "helped broker"). */
export const CATENATIVE_VERBS = new Set([
  'decide',
  'try',
  'seek',
  'continue',
  'begin',
  'start',
  'help',
  'hope',
  'mean',
  'intend',
  'aim',
  'move',
  'need',
  'have',
  'appear',
  'seem',
  'become',
  'grow',
  'remain',
  'get',
]);

/** Negators that flip a stance ("nobody rejected" supports, "will not be on the ground" rejects). */
export const NEGATORS = new Set(['not', "n't", 'never', 'nobody', 'no one', 'neither', 'nor']);

/** Modals that turn "X could take place ..." or "boots will not be ..." into a position. */
export const MODALS = new Set(['could', 'would', 'should', 'must', 'will', 'may', 'might', 'can', 'shall']);

/** Nouns that only stand for a proposal already named ("the idea", "the president's efforts"). */
export const ANAPHORIC_NOUNS = new Set([
  'it',
  'this',
  'that',
  'idea',
  'plan',
  'proposal',
  'offer',
  'suggestion',
  'effort',
  'demand',
  'move',
  'step',
  'initiative',
  'request',
  'proposition',
  'bill',
  'legislation',
  'amendment',
  'measure',
  'package',
  'motion',
  'nominee',
  'nomination',
  'compromise',
  'pledge',
  'promise',
  'attempt',
  'one',
  'them',
  'these',
  'those',
]);

/** Wrapper nouns whose complement is the real proposal ("the opportunity for direct talks"). */
export const WRAPPER_NOUNS = new Set([
  'opportunity',
  'possibility',
  'idea',
  'prospect',
  'option',
  'plan',
  'proposal',
  'measure',
  'step',
  'notion',
  'concept',
  'chance',
  'prospect',
  'mechanic',
  'detail',
  'term',
  'kind',
  'form',
  'use',
]);

/** Heads too vague to be a proposal on their own ("urged a strong stand", "help them with things"). */
export const VAGUE_HEADS = new Set([
  'stand',
  'stance',
  'record',
  'contender',
  'candidate',
  'position',
  'approach',
  'line',
  'action',
  'thing',
  'way',
  'step',
  'measure',
  'figure',
  'comment',
  'relief',
  'it',
  'them',
  'that',
  'this',
  'something',
  'anything',
  'more',
  'much',
  // words said or thought, offered or suggested without proposing a course of action
  'assessment',
  'view',
  'opinion',
  'explanation',
  'analysis',
  'insight',
  'apology',
  'condolence',
  'thought',
  'prayer',
  'criticism',
  'praise',
  'testimony',
  'evidence',
  'account',
  'answer',
  'response',
  'reason',
  'detail',
  'example',
  'statement',
  'remark',
  'estimate',
  'prediction',
  'forecast',
  'glimpse',
  'perspective',
  'thanks',
  'congratulations',
  'word',
  'race',
  'sign',
  'hint',
]);

/** Words ending an object phrase: a new clause, a condition, a purpose or a relative clause starts. */
export const OBJECT_STOPS = new Set([
  'but',
  'while',
  'although',
  'though',
  'because',
  'since',
  'if',
  'unless',
  'until',
  'after',
  'before',
  'when',
  'who',
  'which',
  'whose',
  'where',
  'whereas',
  'instead',
  'despite',
  'amid',
  'so',
  'than',
]);

/** Nouns naming a meeting: their presence makes a place a venue and a date a timing. */
export const MEETING_NOUNS = new Set([
  'summit',
  'meeting',
  'meet',
  'talk',
  'negotiation',
  'conference',
  'encounter',
  'sit-down',
]);

/** Verbs after a modal that foresee a meeting ("could take place", "will convene"); "be" + participle counts too. */
export const HOLD_VERBS = new Set(['take place', 'happen', 'occur', 'convene', 'begin', 'start']);

/** Label heads of meeting words ("talks" → "Talks", "meet" → "Meeting"). */
export const MEETING_HEADS = textTable<string>({
  summit: 'Summit',
  meet: 'Meeting',
  meeting: 'Meeting',
  talk: 'Talks',
  negotiation: 'Negotiations',
  conference: 'Conference',
  encounter: 'Meeting',
});

/** Concepts that are forces: "X will not be on the ground" refuses them. */
export const FORCE_CONCEPTS = new Set(['troops', 'air-support', 'force', 'airstrikes', 'no-fly-zone']);

/** Concepts whose label names who provides them; a vague mention must not land on another nation's. */
export const NATION_CONCEPTS = new Set(['troops', 'air-support', 'airstrikes', 'sanction']);

/** Concepts a bare "an agreement" can stand for, once the article has named them. */
export const DEAL_CONCEPTS = new Set(['peace-deal', 'ceasefire']);

/** Time units of a timing ("in two weeks", "next month"). */
export const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'weekend', 'hour']);

/** Words that group people under a name ("European nations", "U.S. officials", "Obama administration"). */
export const GROUP_NOUNS = new Set([
  'nation',
  'country',
  'leader',
  'official',
  'administration',
  'government',
  'ally',
  'force',
  'capital',
  'team',
  'diplomat',
  'negotiator',
  'chief',
  'minister',
  'state',
  'power',
  'people',
  'authority',
  'military',
  'army',
  'troop',
  'delegation',
  'camp',
  'campaign',
  'aide',
]);

/** Titles dropped from labels ("Mr. Assad's planes" → "Assad's planes"). */
export const LABEL_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

/**
 * One proposal concept: words that signal it, its category, and how its label is written.
 * `label` templates use `{nation}` (who provides it), `{place}`, `{time}`, `{to}` (recipient or
 * beneficiary), `{member}`/`{org}` (membership), `{mod}` (a modifier word) and `{head}`.
 */
export interface ConceptSpec {
  id: string;
  category: ProposalCategory;
  /** Lemma sequences; any one signals the concept. */
  words: string[];
  label: string;
}

/** Concepts in priority order: the first whose words occur in an object phrase names it. */
export const CONCEPTS: ConceptSpec[] = [
  {
    id: 'membership',
    category: 'membership',
    words: ['join', 'membership', 'accession', 'admission'],
    label: '{member} joining {org}',
  },
  {
    id: 'immunity',
    category: 'immunity',
    words: ['immunity', 'amnesty', 'safe passage', 'pardon'],
    label: 'Immunity for {to}',
  },
  {
    id: 'ceasefire',
    category: 'ceasefire',
    words: ['ceasefire', 'cease - fire', 'cease-fire', 'truce', 'armistice', 'halt to fighting'],
    label: 'Cease-fire in {place}',
  },
  {
    id: 'peace-deal',
    category: 'ceasefire',
    words: ['peace deal', 'peace agreement', 'peace accord', 'peace plan', 'peace settlement', 'settlement'],
    label: 'Peace deal',
  },
  {
    id: 'no-fly-zone',
    category: 'force',
    words: ['no - fly zone', 'no-fly zone', 'no fly zone'],
    label: 'No-fly zone over {place}',
  },
  {
    id: 'airstrikes',
    category: 'force',
    words: ['airstrike', 'air strike', 'air raid', 'bombing campaign'],
    label: '{nation} airstrikes',
  },
  {
    id: 'air-support',
    category: 'force',
    words: ['air support', 'air power', 'by air', 'air cover', 'air defense', 'air defence'],
    label: '{nation} air support',
  },
  {
    id: 'withdrawal',
    category: 'force',
    words: ['withdrawal', 'withdraw', 'pullout', 'pull out'],
    label: '{nation} troop withdrawal',
  },
  {
    id: 'concessions',
    category: 'other',
    words: ['concession'],
    label: '{mod} concessions',
  },
  {
    id: 'prisoner-exchange',
    category: 'other',
    words: ['prisoner exchange', 'prisoner swap', 'exchange of prisoners', 'swap of prisoners'],
    label: 'Prisoner exchange',
  },
  {
    id: 'corridor',
    category: 'aid',
    words: ['humanitarian corridor', 'safe corridor', 'humanitarian pause'],
    label: 'Humanitarian corridor in {place}',
  },
  {
    id: 'troops',
    category: 'force',
    words: [
      'troop',
      'boot',
      'soldier',
      'people on the ground',
      'peacekeeper',
      'ground force',
      'ground troop',
    ],
    label: '{nation} troops on the ground',
  },
  { id: 'force', category: 'force', words: ['force', 'deployment', 'mission'], label: '{mod} force' },
  {
    id: 'guarantee',
    category: 'guarantee',
    words: ['security guarantee', 'guarantee', 'security assurance', 'security interest', 'security pact'],
    label: '{mod} security guarantees for {to}',
  },
  {
    id: 'aid',
    category: 'aid',
    words: ['aid', 'assistance', 'weapon', 'arm', 'funding', 'loan', 'military support', 'financial support'],
    label: '{mod} aid to {to}',
  },
  {
    id: 'sanction',
    category: 'sanction',
    words: ['sanction', 'tariff', 'embargo', 'punitive measure', 'penalty'],
    label: '{nation} sanctions on {to}',
  },
  { id: 'freeze', category: 'other', words: ['freeze', 'moratorium', 'suspension'], label: '{mod} freeze' },
  { id: 'meeting', category: 'meeting', words: [...MEETING_NOUNS], label: '{head}' },
  {
    id: 'agreement',
    category: 'other',
    words: ['agreement', 'deal', 'accord', 'pact', 'treaty'],
    label: '{phrase}',
  },
];

/** Modifiers that qualify aid ("military aid", "more powerful weapons" → military). */
export const AID_KINDS = textTable<string>({
  military: 'Military',
  weapon: 'Military',
  arm: 'Military',
  financial: 'Financial',
  economic: 'Economic',
  humanitarian: 'Humanitarian',
  funding: 'Financial',
  loan: 'Financial',
});

/** Verbs whose first object is the addressee of a demand ("press Israel to freeze ..."). */
export const DIRECTIVES = new Set(['press', 'urge', 'call on']);

/** Verb cues that need the directive frame to count ("press" alone is not a stance). */
export const DIRECTIVE_ONLY = new Set(['press']);

/** Noun cues that only count with an infinitive ("effort to broker", "goal is to forge"). */
export const INFINITIVE_NOUNS = new Set([
  'effort',
  'determination',
  'goal',
  'aim',
  'bid',
  'vow',
  'pledge',
  'promise',
  'attempt',
]);

/** Concepts too general to stand alone when a more specific one was found in the same phrase. */
export const MEETING_ONLY_CONCEPTS = new Set(['meeting']);

/** Nouns after "as" that keep a place inside a proposal ("Moscow as a summit venue"). */
export const VENUE_NOUNS: ReadonlySet<string> = new Set(['venue', 'host', 'site', 'location']);

/**
 * Dependency relations a proposal label leaves out of its phrase: relative clauses, appositions,
 * asides, conditions and times ("build a wall if elected", "nominated Kim on Thursday").
 */
export const PHRASE_DROP_RELATIONS: ReadonlySet<string> = new Set([
  'acl:relcl',
  'appos',
  'parataxis',
  'discourse',
  'vocative',
  'dislocated',
  'reparandum',
  'advcl',
  'obl:tmod',
  'obl:npmod',
  'nmod:tmod',
  'nsubj:outer',
  'expl',
]);

/** Verbs too light to name a course of action by themselves ("have any shot", "think about ..."). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'be',
  'have',
  'do',
  'get',
  'go',
  'say',
  'think',
  'know',
  'see',
  'make',
  'let',
  'come',
  'look',
  'lean',
  'happen',
  'try',
  'want',
  'need',
]);

/** Relations of what an action acts on: its object, complement, particle or prepositional argument. */
export const ACTION_ARGUMENTS = ['obj', 'iobj', 'xcomp', 'ccomp', 'obl', 'compound:prt'];

/** Verb cues that propose only with an infinitive or clause ("threatened to veto", not "threatened jobs"). */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set(['suggest', 'threaten']);

/**
 * Nouns that name a proposal held by their possessor ("Obama's Gitmo plan", "the senator's bill",
 * "his nominee"): the possessor proposes it, and a bare one ("his proposal") is the proposal just named.
 */
export const POINTER_NOUNS: ReadonlySet<string> = new Set([
  'plan',
  'proposal',
  'offer',
  'bill',
  'legislation',
  'amendment',
  'measure',
  'package',
  'motion',
  'resolution',
  'nominee',
  'nomination',
  'request',
  'demand',
  'idea',
  'initiative',
  'compromise',
  'budget',
  'agenda',
  'pledge',
  'promise',
  'suggestion',
  'push',
  'call',
  'reform',
  'overhaul',
]);

/** Cues of one's own intent: with a bare infinitive they tell a plan of the holder's, not a proposal. */
export const VOLITION_CUES: ReadonlySet<string> = new Set([
  'want',
  'plan',
  'seek',
  'hope',
  'intend',
  'eye',
  'ready to',
  'willing to',
  'prepared to',
  'commit to',
]);

/**
 * The general categories of a proposal no concept names, by the words of its label (lower case,
 * singular), tried in this order: the first category with a word in the label wins.
 */
export const CATEGORY_WORDS: readonly (readonly [ProposalCategory, ReadonlySet<string>])[] = [
  [
    'appointment',
    new Set([
      'nomination',
      'nominee',
      'nominate',
      'appoint',
      'appointment',
      'resign',
      'resignation',
      'confirmation',
      'successor',
      'cabinet',
      'term',
    ]),
  ],
  ['trade', new Set(['trade', 'tariff', 'import', 'export', 'free-trade', 'customs', 'nafta'])],
  [
    'spending',
    new Set([
      'tax',
      'funding',
      'fund',
      'budget',
      'spending',
      'billion',
      'million',
      'trillion',
      'subsidy',
      'deficit',
      'debt',
      'stimulus',
      'pension',
      'bailout',
      'loan',
      'grant',
      'price',
    ]),
  ],
  [
    'election',
    new Set([
      'election',
      'vote',
      'ballot',
      'primary',
      'caucus',
      'convention',
      'delegate',
      'campaign',
      'race',
      'candidacy',
      'debate',
      'recount',
      'referendum',
      'poll',
    ]),
  ],
  [
    'security',
    new Set([
      'prison',
      'detainee',
      'terrorist',
      'terrorism',
      'military',
      'army',
      'weapon',
      'nuclear',
      'missile',
      'police',
      'defense',
      'defence',
      'security',
      'intelligence',
      'surveillance',
      'strike',
      'war',
      'gun',
    ]),
  ],
  [
    'legislation',
    new Set([
      'law',
      'bill',
      'act',
      'amendment',
      'legislation',
      'statute',
      'repeal',
      'ratification',
      'treaty',
      'constitution',
    ]),
  ],
  [
    'policy',
    new Set([
      'ban',
      'wall',
      'deportation',
      'deport',
      'immigration',
      'immigrant',
      'regulation',
      'reform',
      'healthcare',
      'insurance',
      'prosecutor',
      'investigation',
      'investigate',
      'shutdown',
      'closure',
      'overhaul',
      'program',
      'programme',
      'policy',
      'plan',
      'rule',
      'limit',
      'cut',
      'moratorium',
    ]),
  ],
];
