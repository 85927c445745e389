import { msg, type Message } from '../../i18n/message.js';

/**
 * The slots of an expo day: the one definition, used by the API (`Expo.meetingSlots`) and the
 * scheduler alike. Times of day are wall-clock times in Asia/Shanghai (UTC+8 all year: China
 * keeps no daylight saving), so an instant is the day's date and time less eight hours.
 */

/** A break in a day's plan, `HH:MM` in Shanghai time, [from, to). */
export interface SlotBreak {
  from: string;
  to: string;
}

/** A day's slot plan as stored in `meeting_day`. */
export interface DayPlan {
  /** `YYYY-MM-DD`. */
  day: string;
  /** `HH:MM` or `HH:MM:SS`, Shanghai time. */
  starts: string;
  ends: string;
  slotMinutes: number;
  breaks: readonly SlotBreak[];
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])(?::00)?$/;

/** Minutes after midnight of `HH:MM[:00]`, or null when it is not such a time. */
export function minutesOf(time: string): number | null {
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The instant of `minutes` after midnight of `day` in Shanghai. */
export function shanghaiInstant(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + (minutes - SHANGHAI_OFFSET_MINUTES) * 60_000);
}

/**
 * The slots of a day, in order: back to back from `starts`, each `slotMinutes` long, none past
 * `ends`; a slot that would reach into a break starts again at the break's end instead.
 */
export function daySlots(plan: DayPlan): Slot[] {
  const starts = minutesOf(plan.starts);
  const ends = minutesOf(plan.ends);
  if (starts === null || ends === null || plan.slotMinutes <= 0) return [];
  const breaks = plan.breaks
    .map((b) => ({ from: minutesOf(b.from), to: minutesOf(b.to) }))
    .filter((b): b is { from: number; to: number } => b.from !== null && b.to !== null)
    .sort((a, b) => a.from - b.from);
  const slots: Slot[] = [];
  let at = starts;
  while (at + plan.slotMinutes <= ends) {
    const end = at + plan.slotMinutes;
    const hit = breaks.find((b) => at < b.to && b.from < end);
    if (hit) {
      at = hit.to;
      continue;
    }
    slots.push({ startsAt: shanghaiInstant(plan.day, at), endsAt: shanghaiInstant(plan.day, end) });
    at = end;
  }
  return slots;
}

/**
 * What is wrong with a plan, as [field, message], or null: times `HH:MM`, `starts` before
 * `ends`, slots of 5 to 480 minutes, breaks inside the day, in order, not overlapping.
 */
export function planProblem(plan: DayPlan): [string, Message] | null {
  const starts = minutesOf(plan.starts);
  const ends = minutesOf(plan.ends);
  if (starts === null) return ['starts', msg`starts must be a time HH:MM`];
  if (ends === null) return ['ends', msg`ends must be a time HH:MM`];
  if (ends <= starts) return ['ends', msg`ends must be after starts`];
  if (!Number.isInteger(plan.slotMinutes) || plan.slotMinutes < 5 || plan.slotMinutes > 480)
    return ['slotMinutes', msg`slotMinutes must be a whole number from 5 to 480`];
  let previous = starts;
  for (const [i, b] of plan.breaks.entries()) {
    const from = minutesOf(b.from);
    const to = minutesOf(b.to);
    if (from === null) return [`breaks.${i}.from`, msg`from must be a time HH:MM`];
    if (to === null) return [`breaks.${i}.to`, msg`to must be a time HH:MM`];
    if (to <= from) return [`breaks.${i}.to`, msg`A break ends after it starts`];
    if (from < previous || to > ends)
      return [`breaks.${i}.from`, msg`Breaks lie inside the day, in order, without overlapping`];
    previous = to;
  }
  return null;
}
