// Help for `pmdesk calendar …` (R-0A1, R-0A2): purpose, rule ids, two examples, options.
import type { HelpBundle } from '../i18n/commands/types.js';

export default {
  calendar: {
    en: 'the working-day calendar: holidays and make-up workdays by year, official or provisional',
    zh: '工作日历：各年放假和调休上班日期，正式或暂定',
    rules: ['R-0A1', 'R-0A2'],
    examples: ['pmdesk calendar show 2027', 'pmdesk calendar import 2027-notice.ics'],
  },
  'calendar show': {
    en: "a year's holidays and make-up workdays, and whether they are official (shipped or imported notice) or provisional (computed from the law)",
    zh: '查看某年的放假和调休上班日期，以及是正式的（程序自带或导入的通知）还是暂定的（按放假办法推算）',
    rules: ['R-0A1'],
    examples: ['pmdesk calendar show', 'pmdesk --json calendar show 2027'],
  },
  'calendar import': {
    en: 'import a year\'s State Council notice (iCalendar .ics: all-day events, make-up workdays marked 班/补班/上班 or X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY; or JSON {"year":2027,"holidays":[…],"workdays":[…]}); recomputes the open deadlines it touches and lists each change',
    zh: '导入某年的国务院放假通知（iCalendar .ics：全天事件，调休上班以“班/补班/上班”或 X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY 标明；或 JSON {"year":2027,"holidays":[…],"workdays":[…]}）；重新计算受影响的未完成期限并逐项列出',
    rules: ['R-0A2', 'R-0A1', 'R-001'],
    examples: ['pmdesk calendar import 2027-notice.ics', 'pmdesk --clerk 王敏 calendar import 2027.json'],
  },
  'calendar recompute': {
    en: 'recompute every open working-day deadline against the calendar in force (after an upgrade) and list each change',
    zh: '按现行日历重新计算全部未完成的工作日期限（升级程序后使用），逐项列出变化',
    rules: ['R-0A2'],
    examples: ['pmdesk calendar recompute', 'pmdesk --json calendar recompute'],
  },
} satisfies HelpBundle;
