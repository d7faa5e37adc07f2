// Help for `pmdesk meeting …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  meeting: {
    en: "the quarterly building representatives' meeting 楼长会: attendees, minutes, action items (HY)",
    zh: '每季度楼长会：出席人、会议纪要、整改事项（HY）',
    rules: ['R-803'],
    examples: [
      'pmdesk meeting new --date 2026-10-15 --attendees 张丽,李强,王建国 --minutes "征求意见" --action "修复B栋门禁;工程部;2026-10-30"',
      'pmdesk meeting act HY-2026-0001 --action 1',
    ],
  },
  'meeting new': {
    en: "record a building representatives' meeting; each action item's date becomes a deadline (report due)",
    zh: '记录楼长会；每项整改事项的日期成为期限（见 report due）',
    rules: ['R-803', 'R-002'],
    examples: [
      'pmdesk meeting new --date 2026-10-15 --attendees 张丽,李强,王建国 --minutes "征求意见：门禁、绿化" --action "修复B栋门禁;工程部;2026-10-30"',
      'pmdesk meeting new --date 2026-10-15 --attendees 张丽,王建国 --minutes "无整改事项"',
    ],
    options: {
      '--date': { en: 'the day it was held', zh: '召开日期' },
      '--attendees': { en: 'who attended, comma-separated', zh: '出席人，逗号分隔' },
      '--minutes': { en: 'the minutes', zh: '会议纪要' },
      '--action': {
        en: 'an action item "text;owner;YYYY-MM-DD" (repeatable; the owner is required)',
        zh: '整改事项“事项;负责人;YYYY-MM-DD”（可重复；负责人必填）',
      },
    },
  },
  'meeting act': {
    en: 'an action item done; the meeting closes with its last one',
    zh: '整改事项完成；最后一项完成后会议记录关闭',
    rules: ['R-803'],
    examples: ['pmdesk meeting act HY-2026-0001 --action 1', 'pmdesk meeting act HY-2026-0001 --action 2 --note "门禁已更换"'],
    options: {
      '--action': { en: 'the action item number (1, 2, …)', zh: '整改事项序号（1、2 …）' },
      '--note': { en: 'what was done', zh: '完成情况' },
    },
  },
} satisfies HelpBundle;
