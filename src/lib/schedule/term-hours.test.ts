import { describe, expect, it } from 'vitest';
import { formatDuration, groupByTerm, nextSession } from './term-hours.ts';

const s = (eventId: string, termName: string, minutes: number, audience: ('ect' | 'mentor')[], extra: { repeatOf?: string; cancelled?: boolean; endUtc?: string } = {}) => ({
  key: `cohorts/c/${eventId}`,
  eventId,
  repeatOf: extra.repeatOf,
  term: { id: termName, name: termName },
  minutes,
  audience,
  cancelled: extra.cancelled ?? false,
  endUtc: extra.endUtc ?? '2026-01-01T00:00:00Z',
});

describe('sessions by term', () => {
  const groups = groupByTerm([
    s('c1', 'Autumn term 2026', 60, ['ect']),
    s('c1-repeat', 'Autumn term 2026', 60, ['ect'], { repeatOf: 'c1' }),
    s('conf', 'Autumn term 2026', 390, ['ect', 'mentor']),
    s('c2', 'Spring term 2027', 60, ['ect'], { cancelled: true }),
    s('c2-repeat', 'Spring term 2027', 60, ['ect'], { repeatOf: 'c2' }),
    s('m1', 'Spring term 2027', 45, ['mentor']),
  ]);

  it('keeps terms in order with every session listed', () => {
    expect(groups.map((g) => [g.name, g.sessions.length])).toEqual([
      ['Autumn term 2026', 3],
      ['Spring term 2027', 3],
    ]);
  });

  it('counts the hours each role commits, one date per session, cancelled dates left out', () => {
    expect(groups.map((g) => g.minutes)).toEqual([
      { ect: 450, mentor: 390 },
      { ect: 60, mentor: 45 },
    ]);
  });
});

describe('durations and the next session', () => {
  it.each([
    [450, '7 hours 30 minutes'],
    [60, '1 hour'],
    [45, '45 minutes'],
    [0, 'no sessions'],
  ])('%i minutes reads "%s"', (minutes, words) => {
    expect(formatDuration(minutes)).toBe(words);
  });

  it('is the first session not yet finished that goes ahead', () => {
    const list = [s('a', 't', 60, ['ect'], { endUtc: '2026-10-06T16:00:00Z' }), s('b', 't', 60, ['ect'], { endUtc: '2026-10-08T16:00:00Z', cancelled: true }), s('c', 't', 60, ['ect'], { endUtc: '2026-10-13T16:00:00Z' })];
    expect(nextSession(list, Date.parse('2026-10-06T15:30:00Z'))?.eventId).toBe('a');
    expect(nextSession(list, Date.parse('2026-10-07T00:00:00Z'))?.eventId).toBe('c');
    expect(nextSession(list, Date.parse('2026-12-01T00:00:00Z'))).toBeUndefined();
  });
});
