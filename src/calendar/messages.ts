import type { Bundle } from '../i18n/types.js';

// The working-day calendar (R-0A1, R-0A2): calendar show / import / recompute, the
// provisional mark on deadlines, and the recompute lines of profile set.
export default {
  'fest.newYear': { en: "New Year's Day", zh: '元旦' },
  'fest.spring': { en: 'Spring Festival', zh: '春节' },
  'fest.qingming': { en: 'Qingming', zh: '清明节' },
  'fest.labour': { en: 'Labour Day', zh: '劳动节' },
  'fest.dragonBoat': { en: 'Dragon Boat Festival', zh: '端午节' },
  'fest.midAutumn': { en: 'Mid-Autumn Festival', zh: '中秋节' },
  'fest.national': { en: 'National Day', zh: '国庆节' },
  'fest.profile': { en: '(profile)', zh: '（配置）' },

  'wd.sun': { en: 'Sun', zh: '周日' },
  'wd.mon': { en: 'Mon', zh: '周一' },
  'wd.tue': { en: 'Tue', zh: '周二' },
  'wd.wed': { en: 'Wed', zh: '周三' },
  'wd.thu': { en: 'Thu', zh: '周四' },
  'wd.fri': { en: 'Fri', zh: '周五' },
  'wd.sat': { en: 'Sat', zh: '周六' },

  'cal.official.package': {
    en: '{year}: official — the State Council notice, shipped with pmdesk (law of {law})',
    zh: '{year} 年：正式 —— 国务院放假安排，随程序提供（{law} 年版放假办法）',
  },
  'cal.official.imported': {
    en: '{year}: official — the notice imported from {file} by {by} at {at} (law of {law})',
    zh: '{year} 年：正式 —— 放假通知由 {by} 于 {at} 从 {file} 导入（{law} 年版放假办法）',
  },
  'cal.official.profile': {
    en: '{year}: official — days given in the profile (calendar.years.{year})',
    zh: '{year} 年：正式 —— 配置中给出的日期（calendar.years.{year}）',
  },
  'cal.provisional': {
    en: '{year}: PROVISIONAL — no State Council notice yet. Statutory holidays computed from the law of {law}; weekends rest; bridging days and make-up workdays unknown (none assumed). When the notice is out: pmdesk calendar import <file>',
    zh: '{year} 年：暂定 —— 尚无国务院放假通知。法定节假日按 {law} 年版放假办法推算；周末休息；调休和补班日期未知（未作假设）。通知公布后：pmdesk calendar import <文件>',
  },
  'cal.holidays': { en: 'Holidays ({n})', zh: '放假（{n} 天）' },
  'cal.workdays': { en: 'Make-up workdays ({n})', zh: '调休上班（{n} 天）' },
  'cal.noWorkdays': { en: 'Make-up workdays: none', zh: '调休上班：无' },
  'cal.closed': { en: "The estate's own closed days: {days}", zh: '本项目自定休息日：{days}' },
  'cal.openProvisional': {
    en: '{n} open deadlines rest on provisional days',
    zh: '{n} 项未完成的期限按暂定日历计算',
  },
  'col.date': { en: 'date', zh: '日期' },
  'col.weekday': { en: 'day', zh: '星期' },
  'col.festival': { en: 'festival', zh: '节日' },

  'cal.imported': {
    en: '{year}: imported ({holidays} holidays, {workdays} make-up workdays; was {was})',
    zh: '{year} 年：已导入（放假 {holidays} 天，调休上班 {workdays} 天；原为{was}）',
  },
  'cal.src.package': { en: 'the shipped notice', zh: '程序自带的通知' },
  'cal.src.imported': { en: 'an earlier import', zh: '此前导入的通知' },
  'cal.src.profile': { en: 'the profile', zh: '配置中的日期' },
  'cal.src.provisional': { en: 'provisional', zh: '暂定日历' },
  'cal.warning': { en: 'warning: {message}', zh: '注意：{message}' },
  'cal.warn.festival': {
    en: '{date} is given as {festival}, but the law puts no {festival} day in that run of rest days: check the date',
    zh: '{date} 标为{festival}，但按放假办法该段假期内没有{festival}：请核对日期',
  },
  'cal.warn.unconnected': {
    en: '{date} is a holiday next to no statutory holiday: check the date',
    zh: '{date} 放假，但前后连续的休息日中没有法定节假日：请核对日期',
  },
  'cal.warn.missing': {
    en: '{date} ({festival}) is a statutory holiday by law but is not among the holidays',
    zh: '{date}（{festival}）依法放假，但不在放假日期中',
  },
  'cal.warn.weekdayWorkday': {
    en: '{date} is a make-up workday but falls on a weekday (already a working day)',
    zh: '{date} 标为调休上班，但本来就是工作日（周一至周五）',
  },
  'cal.changes': { en: 'Open deadlines recomputed ({n}):', zh: '已重新计算的未完成期限（{n} 项）：' },
  'cal.noChanges': { en: 'no open deadline changed', zh: '没有未完成的期限受影响' },
  'cal.change': { en: '{no} {step} {old} → {new}{mark}', zh: '{no} {step} {old} → {new}{mark}' },
  'cal.stillProvisional': { en: ' (still provisional)', zh: '（仍为暂定）' },
  'cal.nowOfficial': { en: ' (now official)', zh: '（现为正式）' },

  'cal.legend': {
    en: '* computed over provisional days (a year without its State Council notice): see `pmdesk calendar show`',
    zh: '* 按暂定日历计算（该年尚无国务院放假通知）：参见 `pmdesk calendar show`',
  },
  'cal.assumed': {
    en: '* {step}: provisional — assumed holidays {days}; make-up workdays of {years} unknown',
    zh: '* {step}：暂定 —— 假定放假 {days}；{years} 年的调休上班日期未知',
  },
  'cal.assumedNone': {
    en: '* {step}: provisional — no holiday assumed in its window, but the make-up workdays of {years} are unknown',
    zh: '* {step}：暂定 —— 期间未假定节假日，但 {years} 年的调休上班日期未知',
  },
  'due.provisional': {
    en: '* {n} open deadlines were computed over provisional days; import the notice: pmdesk calendar import <file>',
    zh: '* {n} 项未完成的期限按暂定日历计算；请导入放假通知：pmdesk calendar import <文件>',
  },

  'cal.err.year': { en: 'the year must be from {first} to {last}: "{year}"', zh: '年份须在 {first} 至 {last} 之间：“{year}”' },
  'cal.err.read': { en: 'cannot read {file}: {cause}', zh: '无法读取 {file}：{cause}' },
  'cal.err.format': {
    en: 'not a holiday notice: give an iCalendar file (.ics) or JSON {"year":2027,"holidays":[…],"workdays":[…]}',
    zh: '不是放假通知：请提供 iCalendar 文件（.ics）或 JSON {"year":2027,"holidays":[…],"workdays":[…]}',
  },
  'cal.err.json': {
    en: 'the JSON must be {"year":2027,"holidays":["2027-01-01",…],"workdays":[…]}',
    zh: 'JSON 格式须为 {"year":2027,"holidays":["2027-01-01",…],"workdays":[…]}',
  },
  'cal.err.date': { en: '{where}: "{value}" is not a date (YYYY-MM-DD)', zh: '{where}：“{value}”不是日期（YYYY-MM-DD）' },
  'cal.err.otherYear': { en: '{where}: {date} is not in {year}', zh: '{where}：{date} 不在 {year} 年' },
  'cal.err.noHolidays': { en: 'the notice for {year} lists no holidays', zh: '{year} 年的通知中没有放假日期' },
  'cal.err.both': { en: '{date} is given both as a holiday and as a make-up workday', zh: '{date} 同时被标为放假和调休上班' },
  'cal.err.notAllDay': {
    en: '{where}: not an all-day event (a notice gives whole days: DTSTART;VALUE=DATE:YYYYMMDD)',
    zh: '{where}：不是全天事件（放假通知以整天计：DTSTART;VALUE=DATE:YYYYMMDD）',
  },
  'cal.err.noStart': { en: '{where}: no DTSTART', zh: '{where}：缺少 DTSTART' },
  'cal.err.range': { en: '{where}: DTEND is not after DTSTART', zh: '{where}：DTEND 不晚于 DTSTART' },
  'cal.err.empty': { en: 'the file holds no all-day events', zh: '文件中没有全天事件' },
  'cal.recomputed': { en: 'open deadlines checked against the calendar in force', zh: '已按现行日历核对全部未完成期限' },

  'doc.calProvisional': {
    en: 'the working-day calendar of {year} is provisional (no State Council notice): deadlines assume the statutory holidays only; import the notice: pmdesk calendar import <file>',
    zh: '{year} 年工作日历为暂定（尚无国务院放假通知）：期限仅按法定节假日计算；请导入通知：pmdesk calendar import <文件>',
  },
  'doc.calNextProvisional': {
    en: 'working-day calendar covers {year}; {next} is provisional until its State Council notice is imported: pmdesk calendar import <file>',
    zh: '工作日历已覆盖 {year} 年；{next} 年在导入国务院放假通知前为暂定：pmdesk calendar import <文件>',
  },
} satisfies Bundle;
