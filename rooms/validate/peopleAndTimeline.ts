import { PERSON_IDS, PersonSchema, TimelineEventSchema, type Person, type PersonId, type TimelineEvent } from '../schema';
import type { House } from './house';
import { parsed } from './problems';

/** People: each entry parses, and everyone the schema names has one. */
export function parsePeople(input: unknown[], problems: string[]): House['people'] {
  const people = {} as Record<PersonId, Person>;
  input.forEach((p, i) => {
    const person = parsed(PersonSchema, p, `rooms/people.ts: [${i}].`, problems);
    if (person) people[person.id] = person;
  });
  for (const id of PERSON_IDS) if (!people[id]) problems.push(`rooms/people.ts: missing: no entry for "${id}"`);
  return people;
}

/** The timeline: each event parses and names exhibits that exist; oldest first. */
export function parseTimeline(input: unknown[], exhibits: House['exhibits'], problems: string[]): TimelineEvent[] {
  const timeline: TimelineEvent[] = [];
  input.forEach((e, i) => {
    const event = parsed(TimelineEventSchema, e, `rooms/timeline.ts: [${i}].`, problems);
    if (!event) return;
    event.exhibits.forEach((x, j) => {
      if (!exhibits[x]) problems.push(`rooms/timeline.ts: [${i}].exhibits[${j}]: no exhibit "${x}"`);
    });
    timeline.push(event);
  });
  return timeline.sort((a, b) => a.date.localeCompare(b.date));
}
