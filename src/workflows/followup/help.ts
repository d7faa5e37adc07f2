// Help for `pmdesk followup …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  followup: {
    en: 'follow-ups (HF)',
    zh: '回访（HF）',
    rules: ['R-800', 'R-801', 'R-802'],
    examples: [
      'pmdesk followup due --today',
      'pmdesk followup record TS-2026-0042 --method phone --satisfaction satisfied --note "对处理结果满意" --confirmed',
    ],
  },
  'followup due': {
    en: 'open follow-ups, soonest first: overdue, due today, upcoming',
    zh: '待回访清单，按逾期、今天到期、即将到期排列',
    rules: ['R-801', 'R-405', 'R-503'],
    examples: ['pmdesk followup due --today', 'pmdesk followup due --json'],
    options: {
      '--today': { en: 'only overdue and due today', zh: '仅逾期和今天到期的' },
    },
  },
  'followup record': {
    en: 'record a follow-up of a complaint, repair, …; unsatisfied reopens it',
    zh: '记录投诉、维修等的回访；不满意则重新打开原记录',
    rules: ['R-800', 'R-802'],
    examples: [
      'pmdesk followup record TS-2026-0042 --method phone --satisfaction satisfied --note "对处理结果满意" --confirmed',
      'pmdesk followup record BX-2026-0001 --method visit --satisfaction unsatisfied --shortcomings "水管接口仍渗水" --suggestions "更换整段水管"',
    ],
    options: {
      '--method': { en: 'phone | visit', zh: 'phone | visit（电话/上门）' },
      '--satisfaction': { en: 'satisfied | basic | unsatisfied', zh: 'satisfied | basic | unsatisfied（满意/基本满意/不满意）' },
      '--note': { en: 'what the resident said', zh: '住户意见' },
      '--shortcomings': { en: 'shortcomings named', zh: '住户指出的不足' },
      '--suggestions': { en: 'suggestions made', zh: '住户提出的建议' },
      '--confirmed': { en: 'the resident confirmed the record', zh: '住户已确认回访记录' },
    },
  },
  'followup plan': {
    en: "plan the quarter's follow-ups: every household of each officer's building areas, spread over the working days; the director's visits",
    zh: '制定季度回访计划：每位客服管理员负责楼栋区域的每户住户，均匀分布在本季度工作日；主任登门回访',
    rules: ['R-803', 'R-801', 'R-106'],
    examples: ['pmdesk followup plan --quarter 2026Q4', 'pmdesk --json followup plan'],
    options: {
      '--quarter': { en: 'the quarter, e.g. 2026Q4 (default: this quarter)', zh: '季度，如 2026Q4（默认本季度）' },
    },
  },
  'followup skip': {
    en: 'skip a follow-up, with the reason',
    zh: '不做此次回访，须注明原因',
    rules: ['R-801'],
    examples: [
      'pmdesk followup skip HF-2026-0015 --reason "业主长期在外，电话无法接通"',
      'pmdesk followup skip HF-2026-0016 --reason "住户拒绝回访" --clerk 王芳',
    ],
    options: {
      '--reason': { en: 'why', zh: '原因' },
    },
  },
} satisfies HelpBundle;
