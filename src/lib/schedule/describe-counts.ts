import { eventTypes, type EventType, type SessionCounts } from '../../schemas/programme.ts';

const typeNames: Record<EventType, [singular: string, plural: string]> = {
  clinic: ['clinic', 'clinics'],
  conference: ['conference', 'conferences'],
  induction: ['induction session', 'induction sessions'],
  'mentor-training': ['mentor training session', 'mentor training sessions'],
  workshop: ['workshop', 'workshops'],
};

/** "clinic" / "clinics" */
export function typeName(type: EventType, count = 1): string {
  return typeNames[type][count === 1 ? 0 : 1];
}

/** "Clinic" */
export function typeLabel(type: EventType): string {
  const name = typeNames[type][0];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** GOV.UK style writes "one" in words and other numbers as numerals. */
export function countOf(count: number, type: EventType): string {
  return `${count === 1 ? 'one' : count} ${typeName(type, count)}`;
}

/** "6 clinics and 3 conferences", in a fixed order of types; "no sessions" when empty. */
export function describeCounts(counts: SessionCounts | undefined): string {
  const parts = eventTypes.filter((type) => (counts?.[type] ?? 0) > 0).map((type) => countOf(counts![type]!, type));
  if (parts.length === 0) return 'no sessions';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Total number of sessions in a count. */
export function totalSessions(counts: SessionCounts | undefined): number {
  return eventTypes.reduce((sum, type) => sum + (counts?.[type] ?? 0), 0);
}
