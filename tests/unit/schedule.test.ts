import { describe, expect, it } from 'vitest';
import { sampleSchedule } from './fixtures/sample-schedule.ts';

describe('building the schedule', () => {
  const schedule = sampleSchedule();
  const event = (id: string) => schedule.session(`cohorts/cohort-a/${id}`)!;

  it('turns London wall times into the right UTC instants in summer and winter', () => {
    expect(event('bst-clinic')).toMatchObject({ startUtc: '2026-10-20T15:00:00Z', endUtc: '2026-10-20T16:00:00Z' });
    expect(event('gmt-clinic')).toMatchObject({ startUtc: '2026-11-03T16:00:00Z', endUtc: '2026-11-03T17:00:00Z' });
    // The day after the clocks go forward in 2027.
    expect(event('conference').startUtc).toBe('2027-03-29T08:00:00Z');
  });

  it('makes UIDs only from cohort id, event id and host', () => {
    expect(event('bst-clinic').uid).toBe('cohort-a/bst-clinic@handbook.example.org');
  });

  it('links a cancelled session and its repeat both ways', () => {
    expect(schedule.alternativesOf(event('gmt-clinic')).map((e) => e.eventId)).toEqual(['gmt-clinic-repeat']);
    expect(schedule.alternativesOf(event('gmt-clinic-repeat')).map((e) => e.eventId)).toEqual(['gmt-clinic']);
    expect(event('bst-clinic').alternatives).toEqual([]);
  });

  it('marks sessions before the build date as past', () => {
    expect(event('gmt-clinic').past).toBe(true);
    expect(event('gmt-clinic-repeat').past).toBe(false);
    expect(sampleSchedule({ today: '2026-10-20' }).session('cohorts/cohort-a/bst-clinic')!.past).toBe(false);
  });

  it('takes sequence and modified time from the publication lock, with defaults for new sessions', () => {
    expect(event('gmt-clinic')).toMatchObject({ sequence: 2, modified: '2026-11-05T09:30:00Z' });
    expect(event('bst-clinic')).toMatchObject({ sequence: 0, modified: '1970-01-01T00:00:00Z' });
  });

  it('counts a repeat and its original once when saying what each role is offered', () => {
    const [cohort] = schedule.cohorts;
    expect(cohort!.offered.ect).toEqual({ clinic: 2, conference: 1 });
    expect(cohort!.offered.mentor).toEqual({ conference: 1 });
  });

  it('puts each session in its school term, and joins in-person sessions to their venue', () => {
    expect(schedule.events.map((e) => e.term.name)).toEqual(['Autumn term 2026', 'Autumn term 2026', 'Autumn term 2026', 'Summer term 2027']);
    expect(event('conference').venue?.name).toBe('The Centre');
    expect(event('conference').minutes).toBe(390);
  });

  it('lists every session earliest first and groups them by programme year', () => {
    expect(schedule.events.map((e) => e.eventId)).toEqual(['bst-clinic', 'gmt-clinic', 'gmt-clinic-repeat', 'conference']);
    expect(schedule.cohorts[0]!.years.map((y) => [y.name, y.events.length])).toEqual([
      ['Year 1', 4],
      ['Year 2', 0],
    ]);
  });

  it('gives the same result whatever the machine time zone', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      const auckland = JSON.stringify(sampleSchedule().events);
      process.env.TZ = 'America/New_York';
      const newYork = JSON.stringify(sampleSchedule().events);
      expect(auckland).toBe(newYork);
      expect(auckland).toBe(JSON.stringify(schedule.events));
    } finally {
      process.env.TZ = original;
    }
  });
});
