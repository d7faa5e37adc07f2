// §0a deadline arithmetic: the examples of the table, through the real calendar.
import { describe, expect, it } from 'vitest';
import { computeDue, monthlyDue, parseSpec, tightest } from '../../src/core/deadline.js';
import { addWorkingDays, isWorkingDay } from '../../src/core/calendar.js';
import { loadCalendar } from '../../src/core/calendar-data.js';
import { defaultProfile } from '../../src/core/profile.js';

const tz = 'Asia/Shanghai';
const cal = loadCalendar(defaultProfile());
const ev = '2026-09-30T10:00:00+08:00'; // Wednesday

describe('§0a deadline table (event 2026-09-30 Wed 10:00)', () => {
  it('within 1 hour → event + 1 h', () => {
    expect(computeDue(ev, '1h', cal, tz).dueAt).toBe('2026-09-30T11:00:00+08:00');
  });
  it('within N minutes → event + N min (R-505 10 minutes)', () => {
    expect(computeDue(ev, '10min', cal, tz).dueAt).toBe('2026-09-30T10:10:00+08:00');
  });
  it('the same day → end of the event date', () => {
    expect(computeDue(ev, 'same-day', cal, tz).dueAt).toBe('2026-09-30T23:59:59+08:00');
  });
  it('within 2 days → end of the date 2 calendar days after', () => {
    expect(computeDue(ev, '2d', cal, tz).dueAt).toBe('2026-10-02T23:59:59+08:00');
  });
  it('within 5 working days → 2026-10-13 (Oct 1–7 holiday, Oct 10 Sat make-up workday)', () => {
    expect(computeDue(ev, '5wd', cal, tz).dueAt).toBe('2026-10-13T23:59:59+08:00');
  });
  it('between 1 and 2 months → opens 2026-10-30, due 2026-11-30 end of day', () => {
    const d = computeDue(ev, '1-2mo', cal, tz);
    expect(d.opensAt).toBe('2026-10-30T00:00:00+08:00');
    expect(d.dueAt).toBe('2026-11-30T23:59:59+08:00');
  });
  it('within a week → as within 7 days', () => {
    expect(computeDue(ev, '1w', cal, tz).dueAt).toBe('2026-10-07T23:59:59+08:00');
  });
  it('an event typed with another offset is converted to estate time first', () => {
    expect(computeDue('2026-09-30T02:00:00Z', 'same-day', cal, tz).dueAt).toBe('2026-09-30T23:59:59+08:00');
  });
  it('the tightest of several deadlines applies (cli.md: same-day repair followed up in 24 h, not 3 days)', () => {
    const a = computeDue(ev, '3d', cal, tz);
    const b = computeDue(ev, '24h', cal, tz);
    expect(tightest([a, b]).dueAt).toBe('2026-10-01T10:00:00+08:00');
  });
  it('refuses an unknown spec', () => {
    expect(() => parseSpec('soon')).toThrow(/unknown deadline spec/);
  });
});

describe('working days (mainland calendar, chinese-days data)', () => {
  it('knows 2024–2026 holidays and make-up workdays', () => {
    expect(isWorkingDay('2024-02-12', cal)).toBe(false); // Spring Festival 2024
    expect(isWorkingDay('2024-02-04', cal)).toBe(true); // Sunday make-up workday
    expect(isWorkingDay('2025-10-08', cal)).toBe(false); // National Day + Mid-Autumn 2025
    expect(isWorkingDay('2025-09-28', cal)).toBe(true); // Sunday make-up workday
    expect(isWorkingDay('2026-10-10', cal)).toBe(true); // Saturday make-up workday
    expect(isWorkingDay('2026-10-05', cal)).toBe(false);
  });
  it('R-0A1: a year outside the data is provisional: its statutory holidays from the law, no make-up workday', () => {
    expect(cal.years.has(2027)).toBe(false);
    expect(isWorkingDay('2027-01-01', cal)).toBe(false); // a Friday; New Year's Day by law
    expect(addWorkingDays('2026-12-31', 1, cal)).toBe('2027-01-04');
    expect(isWorkingDay('2027-03-01', cal)).toBe(true); // a Monday, no festival
  });
  it('takes a year and closed days from the estate profile', () => {
    const p = defaultProfile();
    p.calendar.years['2027'] = { holidays: ['2027-01-01'], workdays: [] };
    p.calendar.closedDays = ['2026-12-31'];
    const c = loadCalendar(p);
    expect(c.years.has(2027)).toBe(true);
    expect(isWorkingDay('2027-01-01', c)).toBe(false);
    expect(addWorkingDays('2026-12-30', 1, c)).toBe('2027-01-04');
  });
});

describe('estate time zones', () => {
  it('the fixed +08:00 fast path agrees with ICU for mainland zones', async () => {
    const { tzOffset } = await import('../../src/core/time.js');
    for (const ms of [Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1), Date.UTC(2030, 2, 10)]) {
      const icu = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', timeZoneName: 'longOffset' }).format(ms);
      expect(icu).toMatch(/GMT\+08:00/);
      expect(tzOffset(ms, 'Asia/Shanghai')).toBe(480);
    }
  });
  it('other zones follow ICU, daylight saving included', async () => {
    const { parseInstant } = await import('../../src/core/time.js');
    expect(parseInstant('2026-07-01T12:00', 'Europe/Berlin')).toBe('2026-07-01T12:00:00+02:00');
    expect(parseInstant('2026-01-01T12:00', 'Europe/Berlin')).toBe('2026-01-01T12:00:00+01:00');
    expect(computeDue('2026-03-28T10:00:00+01:00', '1d', cal, 'Europe/Berlin').dueAt).toBe('2026-03-29T23:59:59+02:00');
  });
});

describe('monthly report due days (R-103 by the 5th, R-407 by the 25th of the month after)', () => {
  it('end of that day of the next month, a short month ending it earlier, a year turning', () => {
    expect(monthlyDue('2026-09', 5, 'Asia/Shanghai')).toBe('2026-10-05T23:59:59+08:00');
    expect(monthlyDue('2026-09', 25, 'Asia/Shanghai')).toBe('2026-10-25T23:59:59+08:00');
    expect(monthlyDue('2027-01', 31, 'Asia/Shanghai')).toBe('2027-02-28T23:59:59+08:00');
    expect(monthlyDue('2028-01', 30, 'Asia/Shanghai')).toBe('2028-02-29T23:59:59+08:00');
    expect(monthlyDue('2026-12', 5, 'Asia/Shanghai')).toBe('2027-01-05T23:59:59+08:00');
    expect(monthlyDue('2026-12', 5, 'Europe/Berlin')).toBe('2027-01-05T23:59:59+01:00');
  });
});
