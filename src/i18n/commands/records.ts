// Help for `pmdesk <group> list|show|print|void …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from './types.js';

export default {
  '* list': {
    en: 'list records, filtered by status, unit or date',
    zh: '单据列表（可按状态、房号、日期筛选）',
    rules: ['R-000', 'R-002', 'R-004'],
    examples: ['pmdesk {group} list --open --overdue', 'pmdesk {group} list --month 2026-10 --csv'],
    options: {
      '--status': { en: 'only this status', zh: '只列此状态' },
      '--open': { en: 'only records not yet finished', zh: '只列未办结的单据' },
      '--overdue': { en: 'only records with an overdue deadline', zh: '只列已逾期的单据' },
      '--unit': { en: 'only this unit', zh: '只列该房号' },
      '--from': { en: 'event on or after this date', zh: '发生日期不早于此日' },
      '--to': { en: 'event on or before this date', zh: '发生日期不晚于此日' },
      '--month': { en: 'event in this month, YYYY-MM', zh: '发生在该月，格式 YYYY-MM' },
      '--csv': { en: 'CSV on stdout', zh: '以 CSV 输出到标准输出' },
      '--all': { en: 'every row, not only those the window holds', zh: '列出全部，不限于一屏' },
    },
  },
  '* show': {
    en: 'the record, its timeline, its deadlines, linked records',
    zh: '查看单据：处理经过、期限、关联单据',
    rules: ['R-000', 'R-002', 'R-004'],
    examples: ['pmdesk {group} show {prefix}-2026-0001', 'pmdesk {group} show {prefix}-2026-0001 --unmask --reason "业主本人来电核对"'],
    options: {
      '--unmask': {
        en: 'ID numbers and phones in full (audit-logged; needs --reason)',
        zh: '完整显示证件号和电话（记入审计日志，须同时给 --reason）',
      },
      '--reason': { en: 'why the personal data is needed unmasked', zh: '需要查看完整个人信息的原因' },
    },
  },
  '* print': {
    en: 'its printable forms, as HTML or PDF',
    zh: '打印单据表单（HTML 或 PDF）',
    rules: ['R-902', 'R-004'],
    examples: [
      'pmdesk {group} print {prefix}-2026-0001 --out {prefix}-2026-0001.html',
      'pmdesk {group} print {prefix}-2026-0001 --format pdf --out {prefix}-2026-0001.pdf',
    ],
    options: {
      '--format': { en: 'html (default) or pdf', zh: 'html（默认）或 pdf' },
      '--out': {
        en: 'write to this new file (created 0600; needed for pdf); HTML goes to stdout without it',
        zh: '写入新文件（权限 0600，pdf 必须给出）；不给时 HTML 输出到标准输出',
      },
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
      '--unmask': {
        en: 'ID numbers and phones in full (audit-logged; needs --reason)',
        zh: '完整显示证件号和电话（记入审计日志，须同时给 --reason）',
      },
      '--reason': { en: 'why the personal data is needed unmasked', zh: '需要查看完整个人信息的原因' },
    },
  },
  '* void': {
    en: 'void a wrong record with a reason (nothing is deleted)',
    zh: '作废录错的单据，须说明原因（记录不删除）',
    rules: ['R-001'],
    examples: [
      'pmdesk {group} void {prefix}-2026-0001 --reason 重复录入',
      'pmdesk --clerk 王敏 {group} void {prefix}-2026-0002 --reason 房号录错，已重新登记',
    ],
    options: {
      '--reason': { en: 'why it is void', zh: '作废原因' },
    },
  },
} satisfies HelpBundle;
