// Help for `pmdesk patrol …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

const CHECKS_EN = 'clean | closed (doors, windows) | utilities-off (water, power) | no-leak | facilities';
const CHECKS_ZH = 'clean 卫生 | closed 门窗关闭 | utilities-off 水电关闭 | no-leak 无渗漏 | facilities 设施完好';

export default {
  patrol: {
    en: 'vacant-unit and public-area patrols (XC)',
    zh: '空置房及公共区域巡查（XC）',
    rules: ['R-1100', 'R-1101'],
    examples: ['pmdesk patrol plan --month 2026-10', 'pmdesk patrol record --unit A-1-101 --ok'],
  },
  'patrol plan': {
    en: "the month's plan: every vacant and unsold unit once, spread over the working days; a morning and an afternoon public-area round each working day; each item a deadline; planning twice adds nothing",
    zh: '制定月度巡查计划：每套空置房和未售房巡查一次，均匀分布在当月工作日；每个工作日上午、下午各巡查一次公共区域；每项都有完成时限；重复制定不会重复添加',
    rules: ['R-1100', 'R-1101', 'R-002'],
    examples: ['pmdesk patrol plan', 'pmdesk patrol plan --month 2026-11'],
    options: {
      '--month': { en: 'the month to plan, YYYY-MM (default this month, from today)', zh: '计划月份 YYYY-MM（默认本月，从今天起）' },
    },
  },
  'patrol record': {
    en: "record a patrol: a unit's patrol of this month, or a public place in the current round; a finding with --repair opens a linked repair order",
    zh: '登记巡查结果：空置房本月的巡查，或公共区域本次巡查中的一个部位；发现问题加 --repair 即生成关联的维修单',
    rules: ['R-1100', 'R-1101', 'R-500'],
    examples: [
      'pmdesk patrol record --unit A-1-101 --ok',
      'pmdesk patrol record --public 地下车库 --finding "B2 消防栓漏水" --check no-leak --repair',
    ],
    options: {
      '--unit': { en: 'a vacant or unsold unit', zh: '空置房或未售房房号' },
      '--public': { en: "a public place of the profile's list (patrol.publicPlaces)", zh: '公共区域部位（取自 profile 的 patrol.publicPlaces）' },
      '--ok': { en: 'everything in order', zh: '一切正常' },
      '--finding': { en: 'what was found', zh: '发现的问题' },
      '--check': { en: `which checks failed, comma-separated: ${CHECKS_EN}`, zh: `不合格的检查项，逗号分隔：${CHECKS_ZH}` },
      '--repair': { en: 'open a repair order for the finding', zh: '将问题转为维修单' },
    },
  },
  'patrol resolve': {
    en: 'a finding that became no repair order was dealt with (findings with one close with their repair)',
    zh: '未转维修单的问题已处理完毕（已转维修单的随维修完成而关闭）',
    rules: ['R-1100', 'R-1101'],
    examples: ['pmdesk patrol resolve XC-2026-0003 --note "已通知保洁清理"', 'pmdesk patrol resolve XC-2026-0010 --note "工程部已关闭水阀"'],
    options: {
      '--note': { en: 'how it was dealt with', zh: '处理结果' },
    },
  },
  'patrol sheet': {
    en: 'print the vacant-unit patrol record sheet of a month',
    zh: '打印某月的空置房巡查记录表',
    rules: ['R-1100', 'R-902'],
    examples: ['pmdesk patrol sheet --month 2026-10 --out 空置房巡查记录表.html', 'pmdesk patrol sheet --month 2026-10 --format pdf --out 巡查.pdf'],
    options: {
      '--month': { en: 'YYYY-MM (default this month)', zh: '月份 YYYY-MM（默认本月）' },
      '--format': { en: 'html or pdf', zh: 'html 或 pdf' },
      '--out': { en: 'write to this file (0600)', zh: '写入此文件（权限 0600）' },
    },
  },
} satisfies HelpBundle;
