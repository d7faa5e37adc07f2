// Help for `pmdesk lease …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  lease: {
    en: 'leases filed with the desk 出租备案 (ZL): file with `unit lease`, end with `unit lease-end`',
    zh: '租赁备案（ZL）：用 `unit lease` 备案，用 `unit lease-end` 撤租',
    rules: ['R-107', 'R-104'],
    examples: ['pmdesk lease list --ending-within 30d', 'pmdesk lease print ZL-2026-0001 --out 租赁备案.html'],
  },
  'lease list': {
    en: 'list leases; --ending-within 30d: those in force whose term ends within 30 days',
    zh: '租赁列表；--ending-within 30d：30 天内到期的在租租赁',
    rules: ['R-107'],
    examples: ['pmdesk lease list --ending-within 30d', 'pmdesk lease list --unit A-1-101 --json'],
    options: { '--ending-within': { en: 'in force and ending within N days (30d)', zh: '在租且 N 天内到期（如 30d）' } },
  },
  'lease remind': {
    en: 'the desk reminded owner and tenant that the lease ends soon (the reminder step is done)',
    zh: '已提醒业主和租户租期将满（完成到期提醒）',
    rules: ['R-107', 'R-002'],
    examples: ['pmdesk lease remind ZL-2026-0001', 'pmdesk lease remind ZL-2026-0001 --note 已电话通知业主与租户'],
    options: { '--note': { en: 'how they were told', zh: '提醒方式与说明' } },
  },
} satisfies HelpBundle;
