import type { Span } from '../contract/types.js';
import type { ActorDraft } from '../extract/types.js';
import type { Mention } from '../mentions/types.js';
import type { ParsedText } from '../text/types.js';
import type { Resolution } from './types.js';

const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/**
 * Groups mentions into actors: a mention joins the earlier actor whose name ends with the same word.
 * @example resolveActors(parsed, findMentions(parsed)).actors.map((a) => a.label)
 */
export function resolveActors(_parsed: ParsedText, mentions: Mention[]): Resolution {
  const actors: ActorDraft[] = [];
  const bySurname = new Map<string, ActorDraft>();
  for (const m of mentions) {
    const key = surname(m.text);
    let actor = bySurname.get(key);
    if (!actor) {
      actor = {
        id: `a${actors.length}`,
        label: m.text,
        type: m.type,
        aliases: [],
        affiliations: [],
        mentionSpans: [],
      };
      actors.push(actor);
      bySurname.set(key, actor);
    }
    if (m.text.length > actor.label.length) actor.label = m.text;
    if (!actor.aliases.includes(m.text)) actor.aliases.push(m.text);
    actor.mentionSpans.push(m.span);
  }
  const inside = (outer: Span, inner: Span) => inner[0] >= outer[0] && inner[1] <= outer[1];
  const actorsIn = (span: Span) => actors.filter((a) => a.mentionSpans.some((s) => inside(span, s)));
  const actorAt = (span: Span) => actorsIn(span)[0];
  return { actors, actorsIn, actorAt, speakerAt: actorAt };
}
