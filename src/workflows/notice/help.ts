// Help for `pmdesk notice …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  notice: {
    en: 'notices to residents: public, written, phone (TZ)',
    zh: '通知：公示、书面、电话通知（TZ）',
    rules: ['R-1000', 'R-1001'],
    examples: [
      'pmdesk notice new --kind public --title 停水通知 --body "10月10日9:00-17:00停水" --audience building:A',
      'pmdesk notice pending TZ-2026-0003',
    ],
  },
  'notice new': {
    en: 'draft a notice for an audience; urgent ones are due posted within 30 minutes',
    zh: '起草通知并指定通知对象；紧急通知须在 30 分钟内发布',
    rules: ['R-1000', 'R-1001'],
    examples: [
      'pmdesk notice new --kind public --title 停水通知 --body "10月10日9:00-17:00停水" --audience building:A --expires 2026-10-10',
      'pmdesk notice new --kind written --title 电梯检修 --body "请提前安排出行" --audience units:A-1-101,A-1-102 --event 2026-10-12',
    ],
    options: {
      '--kind': { en: 'public | written | phone', zh: 'public | written | phone（公示 / 书面 / 电话）' },
      '--title': { en: 'title', zh: '标题' },
      '--body': { en: 'text of the notice', zh: '通知正文' },
      '--audience': {
        en: 'estate | building:A[,B] | units:A-1-101[,…] (resolved to residents at posting)',
        zh: 'estate（全小区）| building:A[,B]（楼栋）| units:A-1-101[,…]（房号）；发布时按登记确定住户',
      },
      '--urgent': { en: 'urgent: to be posted within 30 minutes of now (or --at)', zh: '紧急：须在收到消息（现在或 --at）后 30 分钟内发布' },
      '--expires': {
        en: 'taken down after this date (default: posting + profile notice.keepDays)',
        zh: '有效期至（默认：发布日 + 配置 notice.keepDays 天）',
      },
      '--event': { en: 'written: the date of what it announces (delivered one day ahead)', zh: '书面通知：所通知事项的日期（须提前一天发放）' },
    },
  },
  'notice approve': {
    en: 'the project manager approves the notice before posting',
    zh: '项目经理审阅批准通知（张贴前）',
    rules: ['R-1001'],
    examples: [
      'pmdesk notice approve TZ-2026-0001 --approved-by 赵经理',
      'pmdesk notice approve TZ-2026-0002 --approved-by 赵经理 --at "2026-10-08 09:10"',
    ],
    options: { '--approved-by': { en: 'who approved (the project manager)', zh: '审批人（项目经理）' } },
  },
  'notice post': {
    en: 'post an approved notice: its audience resolved to the residents registered now',
    zh: '发布已审批的通知：按当前登记确定应通知的住户',
    rules: ['R-1000', 'R-1001'],
    examples: ['pmdesk notice post TZ-2026-0001', 'pmdesk notice post TZ-2026-0002 --at "2026-10-08 09:25"'],
  },
  'notice call': {
    en: 'log a call of a phone notice with its outcome; before 21:00 unless urgent',
    zh: '登记电话通知的通话结果；须在 21:00 前（紧急通知除外）',
    rules: ['R-1000', 'R-1001', 'R-004'],
    examples: [
      'pmdesk notice call TZ-2026-0003 --resident 王伟 --outcome reached',
      'pmdesk notice call TZ-2026-0003 --resident 2 --outcome dead-number --at "2026-10-08 19:40" --note 空号',
    ],
    options: {
      '--resident': { en: 'resident id or name (in the audience)', zh: '住户编号或姓名（须在通知对象中）' },
      '--outcome': { en: 'reached | no-answer | dead-number', zh: 'reached | no-answer | dead-number（已接通 / 无人接听 / 号码无效）' },
      '--note': { en: 'note', zh: '备注' },
    },
  },
  'notice pending': {
    en: 'who is still to be reached, masked phones, soonest first; the completion rate against its target',
    zh: '尚未通知到的住户（电话脱敏，先未拨打者）；完成率与目标',
    rules: ['R-1001', 'R-004'],
    examples: ['pmdesk notice pending TZ-2026-0003', 'pmdesk notice pending TZ-2026-0003 --json'],
    options: {
      '--unmask': { en: 'show phones in full (with --reason, audit-logged)', zh: '显示完整电话（须填写 --reason，记入审计日志）' },
      '--reason': { en: 'why the phones are shown in full', zh: '显示完整电话的原因' },
    },
  },
  'notice expire': {
    en: 'take down and archive the notices past their expiry (safe to run from cron)',
    zh: '撤下并存档已过有效期的通知（可由定时任务运行）',
    rules: ['R-1000'],
    examples: ['pmdesk notice expire', 'pmdesk notice expire --json'],
  },
} satisfies HelpBundle;
