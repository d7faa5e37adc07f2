// Help for `pmdesk visit …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  visit: {
    en: 'visitors and the reception log (LF)',
    zh: '来访登记与值班记录（LF）',
    rules: ['R-600', 'R-601', 'R-602'],
    examples: [
      'pmdesk visit in --name 赵敏 --id-number 310101198805203210 --phone 13812345678 --unit A-1-101 --purpose 探亲 --confirmed',
      'pmdesk visit log --category repair --desc "卫生间地漏堵塞" --name 张伟 --unit A-1-101 --phone 13812345678',
    ],
  },
  'visit in': {
    en: 'register a visitor: ID verified and masked, whom they visit, purpose',
    zh: '来访登记：核验证件（脱敏保存）、被访房号、来访事由',
    rules: ['R-601', 'R-004'],
    examples: [
      'pmdesk visit in --name 赵敏 --id-number 310101198805203210 --phone 13812345678 --unit A-1-101 --purpose 探亲 --confirmed',
      'pmdesk visit in --name "John Smith" --id-type passport --id-number E12345678 --unit B-2-1203 --purpose 送货',
    ],
    options: {
      '--name': { en: 'visitor', zh: '来访人姓名' },
      '--id-type': { en: 'id | passport | hk-macau | taiwan (default id)', zh: '证件类型：id | passport | hk-macau | taiwan（默认 id，居民身份证）' },
      '--id-number': { en: 'document number (checked)', zh: '证件号码（会校验）' },
      '--phone': { en: 'visitor phone', zh: '来访人电话' },
      '--unit': { en: 'unit (or company) visited', zh: '被访房号（或公司）' },
      '--purpose': { en: 'purpose', zh: '来访事由' },
      '--confirmed': { en: 'the resident was contacted and confirmed', zh: '已联系住户并得到确认' },
    },
  },
  'visit out': {
    en: 'the visitor left',
    zh: '来访人离开（登记离开时间）',
    rules: ['R-601'],
    examples: ['pmdesk visit out LF-2026-0031', 'pmdesk visit out LF-2026-0032 --at "2026-03-02 17:45"'],
  },
  'visit log': {
    en: 'log a walk-in or call; repair/complaint entries create those records',
    zh: '值班记录：登记每次来访或来电；报修、投诉类自动生成对应记录',
    rules: ['R-600', 'R-602', 'R-804'],
    examples: [
      'pmdesk visit log --category repair --desc "卫生间地漏堵塞" --name 张伟 --unit A-1-101 --phone 13812345678',
      'pmdesk visit log --category service --desc "咨询停车月卡办理" --name 李娜 --unit B-2-1203 --channel phone --solved',
    ],
    options: {
      '--category': {
        en: 'after-sales | repair | complaint | service | praise | suggestion | other',
        zh: '类别：after-sales | repair | complaint | service | praise | suggestion | other（售后/报修/投诉/服务/表扬/建议/其它）',
      },
      '--desc': { en: 'what it is about', zh: '事由' },
      '--name': { en: 'who', zh: '来访或来电人' },
      '--unit': { en: 'their unit', zh: '其房号' },
      '--phone': { en: 'their phone', zh: '其电话' },
      '--public': { en: 'repair entries: a public place instead of a unit', zh: '报修类：公共部位（代替房号）' },
      '--about': { en: 'complaint entries: who or what it is about', zh: '投诉类：被投诉的人员或事项' },
      '--channel': { en: 'visit | phone | letter | other (default visit)', zh: 'visit | phone | letter | other（来访/来电/来信/其他，默认 visit）' },
      '--solved': { en: 'solved at the desk: the entry is closed', zh: '当场解决：该记录直接关闭' },
      '--term-from': {
        en: 'service entries: a paid special service starts (followed up at mid-term and at the end, R-804)',
        zh: '服务类：特约服务合同开始日期（合同中期和结束后回访，R-804）',
      },
      '--term-to': { en: 'service entries: the special service ends', zh: '服务类：特约服务合同结束日期' },
    },
  },
  'visit handoff': {
    en: "an after-sales entry's repair contact slip passed to the developer's after-sales (due 10:00 next working day)",
    zh: '售后类记录的物业返修联系单移交开发商售后（次一工作日 10:00 前）',
    rules: ['R-410', 'R-600'],
    examples: ['pmdesk visit handoff LF-2026-0040 --to "开发商售后部 李工"', 'pmdesk visit handoff LF-2026-0041 --at "2026-03-03 09:20"'],
    options: {
      '--to': { en: 'who at after-sales received it', zh: '售后接收人' },
    },
  },
  'visit reaccept': {
    en: 'the second acceptance of after-sales work: --pass closes it, --fail keeps it open',
    zh: '售后返修的二次验收：--pass 合格关闭，--fail 不合格保持未结',
    rules: ['R-410'],
    examples: ['pmdesk visit reaccept LF-2026-0040 --pass', 'pmdesk visit reaccept LF-2026-0041 --fail --note "墙面仍有渗水痕迹"'],
    options: {
      '--pass': { en: 'the work passed', zh: '验收合格' },
      '--fail': { en: 'the work failed: stays open', zh: '验收不合格：保持未结' },
      '--note': { en: 'what was found', zh: '验收情况' },
    },
  },
  'visit close': {
    en: 'close a reception-log entry once solved',
    zh: '值班记录事项解决后关闭',
    rules: ['R-602'],
    examples: ['pmdesk visit close LF-2026-0035 --note "失主已认领钱包"', 'pmdesk visit close LF-2026-0036 --note "已电话答复业主"'],
    options: {
      '--note': { en: 'how', zh: '解决情况' },
    },
  },
  shift: {
    en: 'shift handover',
    zh: '交接班',
    rules: ['R-602'],
    examples: ['pmdesk shift handover --clerk 王芳 --to 李静', 'pmdesk shift handover --clerk 王芳 --to 李静 --hours 8 --json'],
  },
  'shift handover': {
    en: 'open items carried over to the next shift, from --clerk to --to',
    zh: '交接班：未结事项移交下一班，记录交班人（--clerk）和接班人（--to）',
    rules: ['R-602'],
    examples: ['pmdesk shift handover --clerk 王芳 --to 李静', 'pmdesk shift handover --clerk 王芳 --to 李静 --hours 8'],
    options: {
      '--to': { en: 'the clerk taking over', zh: '接班人' },
      '--hours': {
        en: 'length of the next shift, for deadlines due before it ends (default: profile shift.hours, 12)',
        zh: '下一班时长，用于列出班内到期的事项（默认取 profile shift.hours，即 12）',
      },
    },
  },
} satisfies HelpBundle;
