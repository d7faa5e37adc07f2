// Issue 17 item 6: every key of data/profile.default.json is either read by a rule or
// refused by `profile set` (saying so) — never accepted to change nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSetting, unreadSetting } from '../../src/core/profile.js';
import { Refusal } from '../../src/core/errors.js';

const defaults = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/profile.default.json'), 'utf8'));

/** Leaf keys as `profile set` takes them (deadlines."R-402.feedback" is one key). */
function leaves(node: any, prefix: string[] = []): Array<[string, unknown]> {
  return Object.entries(node).flatMap(([k, v]) => {
    const key = [...prefix, k];
    if (key.join('.') === 'calendar.years' || key.join('.') === 'repair.priceList') return [[key.join('.'), v] as [string, unknown]];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? leaves(v, key) : [[key.join('.'), v] as [string, unknown]];
  });
}

// What reads each accepted key (kept by hand: a new key must be added here or to UNREAD_SETTINGS).
const READ_BY: Record<string, string> = {
  language: 'the language when --lang, PMDESK_LANG and LANG say nothing (issue 18)',
  'estate.name': 'forms, reports',
  'estate.timezone': 'every due time (§0a)',
  'estate.kind': 'visit: commercial estates need a company',
  'estate.since': 'the years typed dates may fall in (R-005, issue 16)',
  'calendar.years': 'working days (R-0A1, R-0A2)',
  'calendar.closedDays': 'working days (§0a)',
  deadlines: 'every deadline (R-002)',
  'coverage.complaint': 'R-405 follow-up sampling',
  'coverage.repairHousehold': 'R-503/R-801 sampling',
  'coverage.repairPublic': 'R-503/R-801 sampling',
  'coverage.firstAid': 'R-505/R-801 sampling (test/cli/repair.test.ts)',
  'coverage.checkinDefect': 'R-202/R-801 sampling (test/cli/repair.test.ts)',
  fees: 'R-302 renovation fees',
  'renovation.': 'R-304 inspections, passes, seasons, forms',
  'repair.': 'R-501 kinds, R-504 price list',
  'shift.hours': 'R-602 handover window',
  'targets.repairTimelinessRate': 'R-900 monthly report: KPI pass/miss (test/cli/report.test.ts)',
  'targets.complaintOnTimeRate': 'R-900 monthly report: KPI pass/miss',
  'reports.houseStatusDueDay': 'R-103 house-status table due day in report due (test/cli/report.test.ts)',
  'reports.complaintSummaryDueDay': 'R-407 complaint summary due day in report due (test/cli/report.test.ts)',
  'targets.satisfactionRate': 'R-900 monthly report: KPI pass/miss (test/cli/report.test.ts)',
  'lend.': 'R-1300 items lent, stock, deposits',
  'notice.': 'R-1001 phone calls before, R-1000 how long a public notice stays up',
  'targets.noticeCompletionRate': 'R-1001 completion rate target',
  'coverage.help': 'R-804 help requests 求助 sampled at completion (test/cli/coverage.test.ts)',
  'coverage.specialService': 'R-804 special services sampled at logging (test/cli/coverage.test.ts)',
  'coverage.otherService': 'R-804 other services sampled at closing (test/cli/coverage.test.ts)',
  'followup.directorVisitsPerYear': "R-803 the director's yearly visits (test/cli/followup-plan.test.ts)",
  'coverage.survey': 'R-804 survey follow-ups sampled at close (test/cli/survey.test.ts)',
  'survey.': 'R-1200 per-area targets and action-item owners (test/cli/survey.test.ts)',
  'patrol.': 'R-1100 units per month, R-1101 public places and round times (test/cli/patrol.test.ts)',
};

describe('issue 17 item 6: profile keys nothing reads', () => {
  const keys = leaves(defaults);
  it('walks every key of the defaults', () => {
    expect(keys.length).toBeGreaterThan(50);
  });
  it.each(keys.map(([k, v]) => [k, v]))('%s is read by a rule or refused', (key, value) => {
    const readBy = Object.entries(READ_BY).find(([k]) => key === k || key.startsWith(k.endsWith('.') ? k : `${k}.`));
    // Open maps are set one entry at a time.
    const sample: Record<string, [string, string]> = {
      'calendar.years': ['calendar.years.2027', '{"holidays":["2027-01-01"],"workdays":[]}'],
      'repair.priceList': ['repair.priceList', '{"换门锁":8000}'],
    };
    const [k, raw] = sample[key as string] ?? [key as string, typeof value === 'string' ? value : JSON.stringify(value)];
    const set = () => checkSetting(k, raw);
    if (unreadSetting(key as string)) {
      expect(readBy, `${key} is listed both as read and as unread`).toBeUndefined();
      expect(set).toThrow(Refusal);
      try {
        set();
      } catch (e) {
        expect((e as Refusal).key).toBe('err.profileUnread');
      }
    } else {
      expect(readBy, `${key}: nothing is known to read it — wire it or add it to UNREAD_SETTINGS`).toBeDefined();
      expect(set).not.toThrow();
    }
  });
  it('reports.* due days are whole days of the month, 1 to 31 (R-103, R-407)', () => {
    expect(checkSetting('reports.houseStatusDueDay', '3')).toEqual({ key: 'reports.houseStatusDueDay', value: 3 });
    for (const bad of ['0', '32', '2.5', '"x"']) expect(() => checkSetting('reports.complaintSummaryDueDay', bad)).toThrow(Refusal);
  });
  it('coverage.firstAid and coverage.checkinDefect are read (R-505, R-202 sampled by R-801), so accepted', () => {
    expect(() => checkSetting('coverage.firstAid', '0')).not.toThrow();
    expect(() => checkSetting('coverage.checkinDefect', '0.5')).not.toThrow();
  });
});

describe('R-1300: the lending items are an open map checked by shape', () => {
  it('a new item with name, stock and deposit is accepted; a broken one refused', () => {
    expect(checkSetting('lend.items.ladder', '{"name":"梯子","stock":1,"depositFen":5000}').key).toBe('lend.items.ladder');
    expect(checkSetting('lend.items.umbrella.stock', '30').value).toBe(30);
    for (const [k, v] of [
      ['lend.items.ladder', '{"name":"梯子","stock":1.5,"depositFen":5000}'],
      ['lend.items.ladder', '{"name":"梯子","stock":1}'],
      ['lend.items.umbrella.depositFen', '-1'],
      ['lend.items.bad key', '{"name":"x","stock":1,"depositFen":0}'],
    ])
      expect(() => checkSetting(k, v), `${k} ${v}`).toThrow(Refusal);
  });
});
