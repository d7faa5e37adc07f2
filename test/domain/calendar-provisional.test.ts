// R-0A1: a year without its State Council notice is provisional; its statutory holidays
// come from the law in force that year, with lunar dates from the lunar library.
// Proved on the years the package knows (2004–2026): every statutory day so computed is a
// rest day in the package's data for that year.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lawOf, statutoryDays } from '../../src/core/calendar-law.js';
import { legacyCalendar, loadCalendar, packageCoverage, yearCalendar } from '../../src/core/calendar-data.js';
import { addWorkingDays, isWorkingDay, provisionalWindow } from '../../src/core/calendar.js';
import { computeDue } from '../../src/core/deadline.js';
import { defaultProfile } from '../../src/core/profile.js';

const pkg = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
const restInPackage = (d: string) => d in pkg.holidays || (weekend(d) && !(d in pkg.workdays));
const tz = 'Asia/Shanghai';

describe('R-0A1 statutory holidays by the law in force each year, against the package (2004–2026)', () => {
  const years = Array.from({ length: 23 }, (_, i) => 2004 + i);
  it.each(years)('%i: every statutory day is a rest day in the package', (year) => {
    const days = statutoryDays(year);
    const notRest = days.filter((d) => !restInPackage(d.date));
    expect(notRest).toEqual([]);
  });
  it('the law of each period: how many days and which festivals', () => {
    const count = (y: number, f: string) => statutoryDays(y).filter((d) => d.festival === f).length;
    // 2004–2007 (1999 law): 初一–初三, 1–3 May, 1–3 Oct, 1 Jan; no Qingming, Dragon Boat, Mid-Autumn
    for (const y of [2004, 2007]) {
      expect(lawOf(y)).toBe(1999);
      expect(statutoryDays(y)).toHaveLength(10);
      expect([count(y, 'spring'), count(y, 'labour'), count(y, 'qingming'), count(y, 'dragonBoat'), count(y, 'midAutumn')]).toEqual([3, 3, 0, 0, 0]);
    }
    // 2008–2013: 除夕–初二, May 1 only, Qingming, Dragon Boat, Mid-Autumn
    expect(lawOf(2008)).toBe(2007);
    expect(
      statutoryDays(2010)
        .filter((d) => d.festival === 'spring')
        .map((d) => d.date),
    ).toEqual(['2010-02-13', '2010-02-14', '2010-02-15']);
    expect(count(2010, 'labour')).toBe(1);
    // 2014–2024: 初一–初三
    expect(
      statutoryDays(2024)
        .filter((d) => d.festival === 'spring')
        .map((d) => d.date),
    ).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    // from 2025: 除夕–初三 and 1–2 May (13 days)
    expect(statutoryDays(2025)).toHaveLength(13);
    expect(
      statutoryDays(2025)
        .filter((d) => d.festival === 'spring')
        .map((d) => d.date),
    ).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
  });
  it('2027 by the law of 2024: 除夕 2027-02-05 to 初三 02-08, Qingming 04-05, Dragon Boat 06-09, Mid-Autumn 09-15', () => {
    const by = (f: string) =>
      statutoryDays(2027)
        .filter((d) => d.festival === f)
        .map((d) => d.date);
    expect(by('spring')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(by('qingming')).toEqual(['2027-04-05']);
    expect(by('labour')).toEqual(['2027-05-01', '2027-05-02']);
    expect(by('dragonBoat')).toEqual(['2027-06-09']);
    expect(by('midAutumn')).toEqual(['2027-09-15']);
    expect(by('national')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03']);
  });
});

describe('R-0A1 the calendar: package years official, later years provisional', () => {
  const cal = loadCalendar(defaultProfile());
  it('the installed package stops at 2026; 2027 is provisional with the statutory days and no make-up workday', () => {
    expect(packageCoverage().at(-1)).toBe(2026);
    expect(cal.years.has(2026)).toBe(true);
    expect(cal.years.has(2027)).toBe(false);
    expect(cal.provisionalYears?.has(2027)).toBe(true);
    const y = yearCalendar(2027, defaultProfile(), []);
    expect(y).toMatchObject({ source: 'provisional', official: false, law: 2024, workdays: [] });
    expect(isWorkingDay('2027-01-01', cal)).toBe(false);
    expect(isWorkingDay('2027-01-02', cal)).toBe(false); // a Saturday: weekends rest
  });
  it('a refund accepted 2026-12-30 (3 working days) is due 2027-01-05, provisional, assuming 1 January', () => {
    const d = computeDue('2026-12-30T16:00:00+08:00', '3wd', cal, tz);
    expect(d.dueAt).toBe('2027-01-05T23:59:59+08:00');
    expect(d.provisional).toEqual(['2027-01-01']);
    // what older versions computed (2027 counted Mon–Fri)
    expect(computeDue('2026-12-30T16:00:00+08:00', '3wd', legacyCalendar(cal), tz).dueAt).toBe('2027-01-04T23:59:59+08:00');
  });
  it('papers complete 2027-01-29 (5 working days): due after the Spring Festival holiday, 2027-02-09', () => {
    expect(addWorkingDays('2027-01-29', 5, cal)).toBe('2027-02-09');
    expect(computeDue('2027-01-29T10:00:00+08:00', '5wd', cal, tz).provisional).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  });
  it('a count over official days only is not provisional; one in a provisional month without holidays is, assuming none', () => {
    expect(computeDue('2026-09-30T10:00:00+08:00', '5wd', cal, tz).provisional).toBeNull();
    expect(provisionalWindow('2027-03-01', '2027-03-08', cal)).toEqual([]);
    expect(computeDue('2027-03-01T10:00:00+08:00', '2d', cal, tz).provisional).toBeUndefined(); // calendar days do not depend on it
  });
  it('a year the profile names is official (the older way to add a notice)', () => {
    const p = defaultProfile();
    p.calendar.years['2027'] = { holidays: ['2027-01-01'], workdays: [] };
    const c = loadCalendar(p);
    expect(c.years.has(2027)).toBe(true);
    expect(c.provisionalYears?.has(2027)).toBe(false);
    expect(isWorkingDay('2027-02-08', c)).toBe(true); // the profile said only 1 January
  });
  it('an imported notice replaces the provisional year', () => {
    const c = loadCalendar(defaultProfile(), [
      {
        year: 2027,
        holidays: [{ date: '2027-01-01', name: 'newYear' }],
        workdays: [{ date: '2027-01-02', name: 'newYear' }],
        file: 'n.json',
        format: 'json',
        importedBy: 't',
        importedAt: '2026-12-30T16:00:00+08:00',
      },
    ]);
    expect(c.provisionalYears?.has(2027)).toBe(false);
    expect(computeDue('2026-12-30T16:00:00+08:00', '3wd', c, tz)).toMatchObject({ dueAt: '2027-01-04T23:59:59+08:00', provisional: null });
  });
});
