// R-0A1: the statutory holidays of a year from the law (全国年节及纪念日放假办法),
// in the version in force that year, for years whose State Council notice the
// program does not have. The lunar dates (Spring Festival, Dragon Boat,
// Mid-Autumn) and the Qingming solar term come from the maintained `chinese-days`
// package's lunar conversion (no lunar table of our own). Checked 2026-12-01
// against lunar-javascript 1.7.7: the same dates for every year 1997–2099.
//
// The law's versions:
//   1999: 1 Jan; Spring Festival 初一–初三; 1–3 May; 1–3 Oct                (2000–2007)
//   2007: 1 Jan; 除夕–初二; Qingming; 1 May; Dragon Boat; Mid-Autumn; 1–3 Oct (2008–2013)
//   2013: as 2007 but Spring Festival 初一–初三                              (2014–2024)
//   2024: as 2013 but Spring Festival 除夕–初三 and 1–2 May                  (2025–)
// Only the statutory days are known; the bridging days and make-up workdays of
// each year come with its notice and are never assumed.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { addDays } from './calendar.js';

export const FESTIVALS = ['newYear', 'spring', 'qingming', 'labour', 'dragonBoat', 'midAutumn', 'national'] as const;
export type Festival = (typeof FESTIVALS)[number];

export interface StatutoryDay {
  date: string; // YYYY-MM-DD
  festival: Festival;
}

/** The years the lunar conversion covers (its table ends with lunar year 2099). */
export const LAW_YEARS = { first: 2000, last: 2099 } as const;

interface Lunar {
  getSolarDateFromLunar(lunar: string): { date: string };
  getSolarTermDate(year: number, month: number, term: string): string;
}

let lunar: Lunar | undefined;
function lunarLib(): Lunar {
  lunar ??= createRequire(import.meta.url)('chinese-days') as Lunar;
  return lunar;
}

/**
 * The same days, computed by the build (build.mjs writes dist/statutory-days.json
 * with this module): loading the lunar library costs ~20 ms, which every command
 * reaching a provisional year would pay. From src/ (tests) the library is used.
 */
let built: Record<string, StatutoryDay[]> | null | undefined;
function prebuilt(): Record<string, StatutoryDay[]> | null {
  if (built === undefined) {
    try {
      built = JSON.parse(fs.readFileSync(new URL('./statutory-days.json', import.meta.url), 'utf8')) as Record<string, StatutoryDay[]>;
    } catch {
      built = null;
    }
  }
  return built;
}

/** The version of the law in force in `year` (the year it was issued or last amended). */
export function lawOf(year: number): 1999 | 2007 | 2013 | 2024 {
  if (year >= 2025) return 2024;
  if (year >= 2014) return 2013;
  if (year >= 2008) return 2007;
  return 1999;
}

const pad = (n: number) => String(n).padStart(2, '0');
const solarOf = (year: number, month: number, day: number) => lunarLib().getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`).date;

/** R-0A1: the statutory rest days of `year` by the law in force that year, in date order. */
export function statutoryDays(year: number): StatutoryDay[] {
  if (!Number.isInteger(year) || year < LAW_YEARS.first || year > LAW_YEARS.last) throw new Error(`no statutory holidays for ${year}`);
  const table = prebuilt()?.[year];
  if (table) return table.map((d) => ({ ...d }));
  return computeStatutoryDays(year);
}

/** R-0A1 from the law and the lunar library (the build writes every year of it to dist/). */
export function computeStatutoryDays(year: number): StatutoryDay[] {
  const law = lawOf(year);
  const out: StatutoryDay[] = [];
  const add = (festival: Festival, ...dates: string[]) => {
    for (const date of dates) out.push({ date, festival });
  };
  add('newYear', `${year}-01-01`);
  const chuyi = solarOf(year, 1, 1); // 初一 of the lunar year that begins in `year`
  const eve = addDays(chuyi, -1); // 除夕: the last day of the twelfth month (29th or 30th)
  if (law === 1999 || law === 2013) add('spring', chuyi, addDays(chuyi, 1), addDays(chuyi, 2));
  else if (law === 2007) add('spring', eve, chuyi, addDays(chuyi, 1));
  else add('spring', eve, chuyi, addDays(chuyi, 1), addDays(chuyi, 2));
  if (law !== 1999) add('qingming', lunarLib().getSolarTermDate(year, 4, 'pure_brightness'));
  if (law === 1999) add('labour', `${year}-05-01`, `${year}-05-02`, `${year}-05-03`);
  else if (law === 2024) add('labour', `${year}-05-01`, `${year}-05-02`);
  else add('labour', `${year}-05-01`);
  if (law !== 1999) add('dragonBoat', solarOf(year, 5, 5));
  if (law !== 1999) add('midAutumn', solarOf(year, 8, 15));
  add('national', `${year}-10-01`, `${year}-10-02`, `${year}-10-03`);
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
