// Help for `pmdesk repair …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  repair: {
    en: 'repairs and help requests (BX)',
    zh: '报修与求助（BX）',
    rules: ['R-500', 'R-501', 'R-502', 'R-503', 'R-504', 'R-505'],
    examples: [
      'pmdesk repair new --unit A-1-101 --reporter 张伟 --phone 13812345678 --desc "厨房水龙头漏水" --kind plumbing',
      'pmdesk repair list --open --overdue',
    ],
  },
  'repair new': {
    en: 'log a repair for a unit or a public place; a help request with --help',
    zh: '登记报修（房号或公共部位）；用 --help <kind> 登记求助',
    rules: ['R-500', 'R-502', 'R-505'],
    examples: [
      'pmdesk repair new --unit A-1-101 --location 厨房 --reporter 张伟 --phone 13812345678 --desc "水龙头漏水" --kind plumbing',
      'pmdesk repair new --unit B-2-1203 --help flood --reporter 李娜 --phone 13912345678 --desc "楼上漏水，天花板滴水"',
    ],
    options: {
      '--unit': { en: 'the unit', zh: '房号' },
      '--public': { en: 'a public place instead of a unit', zh: '公共部位（代替房号）' },
      '--location': { en: 'where in the unit or place', zh: '房内或现场的具体位置' },
      '--reporter': { en: 'who reported it', zh: '报修人' },
      '--phone': { en: 'their phone', zh: '报修人电话' },
      '--desc': { en: 'what is wrong', zh: '故障情况' },
      '--kind': {
        en: 'plumbing | electrical | door-window | wall-floor | appliance | public-facility | other (profile repair.kinds)',
        zh: '维修类别：plumbing | electrical | door-window | wall-floor | appliance | public-facility | other（见 profile repair.kinds）',
      },
      '--urgency': { en: 'normal | urgent | emergency', zh: 'normal | urgent | emergency（一般/紧急/特急）' },
      '--help': {
        en: 'a help request: first-aid | security | flood | fire | other (an emergency, R-505); alone: this help',
        zh: '求助：first-aid | security | flood | fire | other（按特急处理，R-505）；不带值时显示本帮助',
      },
      '--help-kind': { en: 'the same as --help <kind>', zh: '同 --help <kind>' },
      '--agreed': {
        en: 'an agreed later time replaces the same-day / 7-day deadline (R-502)',
        zh: '与业主约定的较晚时间，代替当天/7 天的完成时限（R-502）',
      },
      '--large': { en: 'a larger repair: within 7 days (R-502)', zh: '较大维修：7 天内完成（R-502）' },
    },
  },
  'repair dispatch': {
    en: 'assign a technician and materials (work order); answers a help request',
    zh: '派工：指定维修工和领用材料（维修单）；求助即视为已响应',
    rules: ['R-501', 'R-505'],
    examples: [
      'pmdesk repair dispatch BX-2026-0001 --tech 刘师傅 --materials "水龙头阀芯 1 个"',
      'pmdesk repair dispatch BX-2026-0002 --tech 陈师傅 --agreed "2026-03-07 09:00"',
    ],
    options: {
      '--tech': { en: 'technician', zh: '维修工' },
      '--materials': { en: 'materials requisitioned', zh: '领用材料' },
      '--agreed': {
        en: 'a later time agreed with the owner: the new completion deadline (R-502)',
        zh: '与业主约定的较晚时间，作为新的完成时限（R-502）',
      },
    },
  },
  'repair quote': {
    en: 'paid work: the quote; with --consent the owner agrees and work starts',
    zh: '有偿维修报价；加 --consent 表示业主同意，开始施工',
    rules: ['R-501'],
    examples: ['pmdesk repair quote BX-2026-0001 --amount 80', 'pmdesk repair quote BX-2026-0001 --consent'],
    options: {
      '--amount': { en: 'the quote in yuan', zh: '报价（元）' },
      '--item': {
        en: 'an item of the profile price list (repair.priceList) instead of --amount',
        zh: '价目表（profile repair.priceList）中的项目，代替 --amount',
      },
      '--consent': { en: 'the owner consents to the quote', zh: '业主同意报价' },
    },
  },
  'repair complete': {
    en: 'record completion: time (--at), comment, amount paid, receipt number',
    zh: '记录完工：时间（--at）、业主意见、收费金额和收据号',
    rules: ['R-502'],
    examples: [
      'pmdesk repair complete BX-2026-0001 --paid 80 --receipt SJ-000123 --comment "维修及时，满意"',
      'pmdesk repair complete BX-2026-0002 --at "2026-03-02 16:40" --comment "已修好" --no-signed',
    ],
    options: {
      '--paid': { en: 'amount paid (paid work)', zh: '实收金额（有偿维修）' },
      '--receipt': { en: 'the receipt number the desk issued', zh: '客服中心开具的收据号' },
      '--comment': { en: "the owner's comment", zh: '业主意见' },
      '--no-signed': { en: 'the owner did not sign', zh: '业主未签字' },
    },
  },
  'repair log': {
    en: 'the daily repair log: the requests of a day (default today) or a month',
    zh: '日常维修记录表：某天（默认今天）或某月的报修',
    rules: ['R-500'],
    examples: ['pmdesk repair log --date 2026-03-02', 'pmdesk repair log --month 2026-03 --format pdf --out 维修记录-2026-03.pdf'],
    options: {
      '--date': { en: 'this day', zh: '指定日期' },
      '--month': { en: 'this month', zh: '指定月份' },
      '--format': { en: 'table | json | html | pdf', zh: '输出格式：table | json | html | pdf' },
      '--out': { en: 'write html/pdf to this file (created 0600)', zh: '将 html/pdf 写入此文件（新建，权限 0600）' },
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
    },
  },
  'repair list': {
    options: {
      '--kind': { en: 'only this kind', zh: '仅此维修类别' },
      '--tech': { en: 'only this technician', zh: '仅此维修工' },
      '--urgency': { en: 'normal | urgent | emergency', zh: '仅此紧急程度：normal | urgent | emergency' },
      '--repeat': { en: 'only repeats (R-504)', zh: '仅重复报修（R-504）' },
      '--help-kind': { en: 'only help requests of this kind (R-505)', zh: '仅此类求助（R-505）' },
    },
  },
} satisfies HelpBundle;
