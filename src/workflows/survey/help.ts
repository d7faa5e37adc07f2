// Help for `pmdesk survey …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

const AREAS_EN =
  'power water fire-security cleaning landscaping public-facilities repair attitude overall (or 供电 供水 消防治安 卫生 绿化 公共设施 维修服务 服务态度 总体)';
const AREAS_ZH =
  '供电 供水 消防治安 卫生 绿化 公共设施 维修服务 服务态度 总体（或 power water fire-security cleaning landscaping public-facilities repair attitude overall）';

export default {
  survey: {
    en: "owners' satisfaction surveys, at least one a year (DC)",
    zh: '业主意见（满意度）调查，每年至少一次（DC）',
    rules: ['R-1200', 'R-804'],
    examples: ['pmdesk survey new --title "2026年度业主满意度调查"', 'pmdesk survey report DC-2026-0001'],
  },
  'survey new': {
    en: 'start a survey (at least one a year: doctor and report due say when there is none)',
    zh: '开始一次业主意见调查（每年至少一次：doctor 和 report due 会提示本年尚未调查）',
    rules: ['R-1200'],
    examples: ['pmdesk survey new --title "2026年度业主满意度调查"', 'pmdesk survey new --title "2027年上半年专题调查" --year 2027'],
    options: {
      '--title': { en: 'its title', zh: '调查名称' },
      '--year': { en: 'the year it counts for, YYYY (default this year)', zh: '所属年度 YYYY（默认本年）' },
    },
  },
  'survey return': {
    en: "enter a unit's return: a score 1–5 for each of the nine areas answered, and a comment; one return per unit",
    zh: '录入一户的问卷：九个项目各评 1–5 分（未填的可省略），附意见；每户一份',
    rules: ['R-1200'],
    examples: [
      'pmdesk survey return DC-2026-0001 --unit A-1-101 --scores power=5,water=4,cleaning=3,overall=4 --comment "电梯经常坏"',
      'pmdesk survey return DC-2026-0001 --unit B-2-1203 --scores 供电=5,供水=5,卫生=2,维修服务=3',
    ],
    options: {
      '--unit': { en: 'the unit that returned it', zh: '交回问卷的房号' },
      '--scores': { en: `area=score (1–5), comma-separated; areas: ${AREAS_EN}`, zh: `项目=分数（1–5），逗号分隔；项目：${AREAS_ZH}` },
      '--comment': { en: "the owner's comments", zh: '业主意见' },
    },
  },
  'survey report': {
    en: 'returns and response rate, overall and per-area satisfaction (4–5 satisfied), common complaints, action items for areas under target',
    zh: '调查结果：回收份数与回收率、总满意率与分项满意率（4–5 分为满意）、共性意见、低于目标项目的整改项',
    rules: ['R-1200'],
    examples: ['pmdesk survey report DC-2026-0001', 'pmdesk survey report DC-2026-0001 --format pdf --out 满意度调查.pdf'],
    options: {
      '--format': { en: 'table | json | csv | html | pdf', zh: 'table | json | csv | html | pdf' },
      '--out': { en: 'write to this file (0600)', zh: '写入此文件（权限 0600）' },
      '--bom': { en: 'CSV with a byte-order mark (older Excel)', zh: 'CSV 加 BOM（旧版 Excel）' },
    },
  },
  'survey close': {
    en: 'close a survey: results final; every area under its target an action item with owner and deadline; follow-ups of 30 % of the returns within a month',
    zh: '结束调查：结果定稿；低于目标的项目生成整改项（责任部门、期限）；抽取 30% 的回卷户在一个月内回访',
    rules: ['R-1200', 'R-804', 'R-801'],
    examples: ['pmdesk survey close DC-2026-0001', 'pmdesk survey close DC-2026-0002 --at "2026-12-20 17:00"'],
  },
  'survey act': {
    en: 'an action item done; the survey closes with the last one',
    zh: '整改项完成；最后一项完成后调查关闭',
    rules: ['R-1200'],
    examples: [
      'pmdesk survey act DC-2026-0001 --area cleaning --note "增加保洁频次"',
      'pmdesk survey act DC-2026-0001 --area 维修服务 --note "维修响应改为2小时内"',
    ],
    options: {
      '--area': { en: 'the area of the action item', zh: '整改项目' },
      '--note': { en: 'what was done', zh: '整改措施' },
    },
  },
} satisfies HelpBundle;
