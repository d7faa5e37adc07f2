// Help for `pmdesk lend …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  lend: {
    en: 'small lending at the desk: umbrellas, trolleys, tools, against a deposit (JD)',
    zh: '物品借用：雨伞、手推车、工具等，凭押金借出（JD）',
    rules: ['R-1300', 'R-003'],
    examples: ['pmdesk lend out --item umbrella --to 陈女士 --phone 13800001234', 'pmdesk lend count --on-hand umbrella=18 --cash 40'],
  },
  'lend out': {
    en: 'lend an item of the profile list (lend.items) against its deposit; due back in 3 days (profile)',
    zh: '借出物品（配置 lend.items 所列），收取押金；默认 3 天内归还（可在配置中修改）',
    rules: ['R-1300', 'R-003', 'R-004'],
    examples: [
      'pmdesk lend out --item umbrella --to 陈女士 --phone 13800001234 --deposit 20',
      'pmdesk lend out --item 手推车 --to 刘先生 --phone 13900002222 --unit A-1-101 --count 2',
    ],
    options: {
      '--item': {
        en: 'item key or name (umbrella, 雨伞, trolley, toolkit …)',
        zh: '物品代号或名称（umbrella/雨伞、trolley/手推车、toolkit/工具箱 …）',
      },
      '--to': { en: 'borrower', zh: '借用人' },
      '--phone': { en: 'borrower phone (masked in lists)', zh: '借用人电话（列表中脱敏显示）' },
      '--deposit': {
        en: 'deposit received, yuan (default and only accepted amount: the profile deposit × count)',
        zh: '收取押金（元）；默认且只接受配置押金 × 数量',
      },
      '--count': { en: 'how many (default 1)', zh: '数量（默认 1）' },
      '--unit': { en: "the borrower's unit, if a resident", zh: '借用人房号（住户时填写）' },
    },
  },
  'lend back': {
    en: 'the item is back: checked; deposit refunded, or kept when damaged (all, or --keep)',
    zh: '归还物品：检查是否完好；完好全额退押金，损坏则扣留押金（全部或 --keep 指定金额）',
    rules: ['R-1300', 'R-003'],
    examples: ['pmdesk lend back JD-2026-0001', 'pmdesk lend back JD-2026-0002 --damaged --keep 10 --note 伞骨折断一根'],
    options: {
      '--damaged': { en: 'returned damaged: the deposit is kept (seed 004 §4.2)', zh: '归还时损坏：押金不予退还（借用规程 4.2）' },
      '--keep': { en: 'with --damaged: keep only this much, yuan; the rest refunded', zh: '配合 --damaged：只扣留该金额（元），其余退还' },
      '--note': { en: 'what was found', zh: '检查情况说明' },
    },
  },
  'lend count': {
    en: 'daily count: on hand + out = stock per item, deposits held = deposits of loans out; differences named',
    zh: '每日盘点：各物品在库 + 借出 = 总数，押金余额 = 未还借用押金之和；列出所有不符',
    rules: ['R-1300', 'R-003'],
    examples: ['pmdesk lend count', 'pmdesk lend count --on-hand umbrella=18,trolley=4 --cash 60 --json'],
    options: {
      '--on-hand': { en: 'what was counted at the desk, item=n,…', zh: '前台实点在库数量，格式 物品=数量,…' },
      '--cash': { en: 'deposit cash counted at the desk, yuan', zh: '前台实点押金现金（元）' },
    },
  },
} satisfies HelpBundle;
