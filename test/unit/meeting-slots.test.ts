import { describe, expect, it } from 'vitest';
import { daySlots, planProblem } from '../../server/src/modules/meeting/meeting-slots.js';

const plan = {
  day: '2022-11-06',
  starts: '09:00',
  ends: '12:00',
  slotMinutes: 45,
  breaks: [] as { from: string; to: string }[],
};
const iso = (slots: ReturnType<typeof daySlots>) =>
  slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()]);

describe('the slots of an expo day (Asia/Shanghai, UTC+8)', () => {
  it('lays slots back to back from the start, none past the end', () => {
    // 09:00, 09:45, 10:30, 11:15 (ends 12:00); Shanghai 09:00 is 01:00 UTC
    expect(iso(daySlots(plan))).toEqual([
      ['2022-11-06T01:00:00.000Z', '2022-11-06T01:45:00.000Z'],
      ['2022-11-06T01:45:00.000Z', '2022-11-06T02:30:00.000Z'],
      ['2022-11-06T02:30:00.000Z', '2022-11-06T03:15:00.000Z'],
      ['2022-11-06T03:15:00.000Z', '2022-11-06T04:00:00.000Z'],
    ]);
    expect(daySlots({ ...plan, ends: '11:59' })).toHaveLength(3);
  });

  it('starts again after a break that a slot would reach into', () => {
    const slots = iso(daySlots({ ...plan, breaks: [{ from: '10:00', to: '10:20' }] }));
    // 09:00-09:45; 09:45-10:30 would overlap the break: 10:20-11:05; 11:05-11:50
    expect(slots.map(([s]) => s!.slice(11, 16))).toEqual(['01:00', '02:20', '03:05']);
  });

  it('crosses midnight UTC for an early Shanghai morning', () => {
    const [first] = daySlots({ ...plan, starts: '07:00', ends: '08:00', slotMinutes: 60 });
    expect(first!.startsAt.toISOString()).toBe('2022-11-05T23:00:00.000Z');
  });

  it('names what is wrong with a plan', () => {
    expect(planProblem(plan)).toBeNull();
    expect(planProblem({ ...plan, starts: '25:00' })?.[0]).toBe('starts');
    expect(planProblem({ ...plan, ends: '08:00' })?.[0]).toBe('ends');
    expect(planProblem({ ...plan, slotMinutes: 4 })?.[0]).toBe('slotMinutes');
    expect(
      planProblem({
        ...plan,
        breaks: [
          { from: '10:00', to: '10:30' },
          { from: '10:15', to: '10:45' },
        ],
      })?.[0],
    ).toBe('breaks.1.from');
    expect(planProblem({ ...plan, breaks: [{ from: '11:00', to: '10:00' }] })?.[0]).toBe(
      'breaks.0.to',
    );
  });
});
