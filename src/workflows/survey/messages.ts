import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk survey` (§12).
export default {
  'err.surveyYear': {
    en: '--year: "{value}" is not a year; use YYYY (e.g. --year 2026)',
    zh: '--year：“{value}”不是年份；请用 YYYY（如 --year 2026）',
  },
  'err.surveyClosed': {
    en: '{no} is closed: its results are final and take no more returns (start a new survey: pmdesk survey new)',
    zh: '{no} 已结束：结果已定稿，不再录入问卷（如需再调查：pmdesk survey new）',
  },
  'err.surveyEmpty': {
    en: '{no} has no return yet: enter them first (pmdesk survey return {no} …)',
    zh: '{no} 还没有录入问卷：请先录入（pmdesk survey return {no} …）',
  },
  'err.surveyReturned': {
    en: '{unit} has already returned {no}: one return per unit (R-1200)',
    zh: '{unit} 已交回 {no} 的问卷：每户只录入一份（R-1200）',
  },
  'err.surveyScores': {
    en: '--scores: "{item}" is not area=score; give e.g. --scores power=5,water=4,cleaning=3 (areas: {areas})',
    zh: '--scores：“{item}”不是“项目=分数”；请写成如 --scores 供电=5,供水=4,卫生=3（项目：{areas}）',
  },
  'err.surveyArea': {
    en: '"{item}" is not one of the nine areas: {areas} (Chinese names too: 供电 供水 消防治安 卫生 绿化 公共设施 维修服务 服务态度 总体)',
    zh: '“{item}”不是九个调查项目之一：{areas}（也可用中文：供电 供水 消防治安 卫生 绿化 公共设施 维修服务 服务态度 总体）',
  },
  'err.surveyScore': { en: '--scores: "{item}": a score is a whole number from 1 to 5', zh: '--scores：“{item}”：分数须为 1 到 5 的整数' },
  'err.surveyTwice': { en: '--scores: "{item}" is scored twice', zh: '--scores：“{item}”重复评分' },
  'err.surveyNoAction': {
    en: '{no} has no open action item for {area} (open: {open})',
    zh: '{no} 没有“{area}”的待办整改项（待办：{open}）',
  },
  'survey.created': { en: '{no}: survey "{title}" ({year}) open for returns', zh: '{no}：{year} 年调查“{title}”已开始，可录入问卷' },
  'survey.returned': { en: '{no}: return of {unit} entered ({n} so far)', zh: '{no}：已录入 {unit} 的问卷（共 {n} 份）' },
  'survey.closed': {
    en: '{no}: closed ({status}); action items: {actions}; {followups} follow-ups scheduled (R-804)',
    zh: '{no}：已结束（{status}）；整改项：{actions}；已安排回访 {followups} 户（R-804）',
  },
  'survey.acted': { en: '{no}: action item done ({status})', zh: '{no}：整改项已完成（{status}）' },
  'survey.ownerNone': { en: '(no owner in the profile)', zh: '（profile 未指定责任部门）' },
  'survey.done': { en: 'done {at}', zh: '{at} 已完成' },
  'survey.onClose': { en: 'set when the survey closes', zh: '调查结束时确定' },
  'survey.report.title': { en: 'Survey {no}: {title}', zh: '业主意见调查 {no}：{title}' },
  'survey.report.subtitle': { en: 'Year {year} · {status}', zh: '{year} 年 · {status}' },
  'survey.report.returns': { en: 'Returns', zh: '问卷回收' },
  'survey.report.response': {
    en: 'response rate = returns {num} / households (units sold) {den} = {pct}',
    zh: '回收率 = 回收份数 {num} / 住户数（已售房屋）{den} = {pct}',
  },
  'survey.report.overall': {
    en: 'overall satisfaction = scores of 4–5 {num} / scores given {den} (every area of every return) = {pct}',
    zh: '总满意率 = 4–5 分的评分 {num} / 全部评分 {den}（所有问卷的所有项目）= {pct}',
  },
  'survey.report.satisfiedMeans': {
    en: 'a score of 4 or 5 (of 1–5) counts as satisfied; an area left blank is not counted',
    zh: '评分 1–5，4 分和 5 分计为满意；未填的项目不计入',
  },
  'survey.report.areas': { en: 'Satisfaction by area (▼ under target)', zh: '分项满意率（▼ 低于目标）' },
  'survey.report.complaints': { en: 'Common complaints', zh: '共性意见' },
  'survey.report.complaintsHow': {
    en: 'the most frequent words of the {n} comments: split into words (ICU word segmenter), words of 2+ characters, common words dropped, each counted once per comment',
    zh: '{n} 条意见中出现最多的词：按词切分（ICU 分词），取两字及以上的词，去掉常用虚词，每条意见中同一词只计一次',
  },
  'survey.report.actions': { en: 'Action items (areas under target)', zh: '整改项（低于目标的项目）' },
  'survey.report.noActions': { en: 'every area answered meets its target', zh: '各项目均达到目标' },
  'survey.form.title': { en: "Owners' survey results", zh: '业主意见调查结果报告' },
  'survey.col.done': { en: 'Done', zh: '完成日期' },
  'survey.col.area': { en: 'Area', zh: '项目' },
  'survey.col.satisfied': { en: 'Satisfied', zh: '满意' },
  'survey.col.answered': { en: 'Answered', zh: '评分数' },
  'survey.col.rate': { en: 'Rate', zh: '满意率' },
  'survey.col.mean': { en: 'Mean', zh: '平均分' },
  'survey.col.target': { en: 'Target', zh: '目标' },
  'survey.col.owner': { en: 'Owner', zh: '责任部门' },
  'survey.col.word': { en: 'Word', zh: '词语' },
  'survey.col.comments': { en: 'Comments', zh: '意见条数' },
  'surveyArea.power': { en: 'power supply', zh: '供电管理' },
  'surveyArea.water': { en: 'water supply', zh: '供水管理' },
  'surveyArea.fire-security': { en: 'fire and security', zh: '消防治安管理' },
  'surveyArea.cleaning': { en: 'cleaning', zh: '卫生管理' },
  'surveyArea.landscaping': { en: 'landscaping', zh: '绿化管理' },
  'surveyArea.public-facilities': { en: 'public facilities', zh: '公共设施管理' },
  'surveyArea.repair': { en: 'repair service', zh: '维修服务' },
  'surveyArea.attitude': { en: 'service attitude', zh: '服务态度' },
  'surveyArea.overall': { en: 'overall management', zh: '总体管理' },
  'csv.survey.title': { en: 'title', zh: '调查名称' },
  'csv.survey.year': { en: 'year', zh: '年度' },
  'csv.survey.returns': { en: 'returns', zh: '回收份数' },
  'csv.survey.response': { en: 'response rate', zh: '回收率' },
  'csv.survey.satisfaction': { en: 'satisfaction', zh: '总满意率' },
  'csv.survey.closed': { en: 'closed', zh: '结束时间' },
  'rep.surveys': { en: "Owners' surveys (§12)", zh: '业主意见调查（§12）' },
  'rep.surveys.surveys': { en: 'surveys started', zh: '新开调查' },
  'rep.surveys.returns': { en: 'returns entered', zh: '录入问卷' },
  'rep.surveys.closed': { en: 'surveys closed', zh: '结束调查' },
  'rep.surveys.actionsOpen': { en: 'action items open now', zh: '当前未完成整改项' },
  'due.noSurvey': {
    en: "no owners' survey in {year} yet: at least one a year (R-1200) — pmdesk survey new --title …",
    zh: '{year} 年尚未进行业主意见调查：每年至少一次（R-1200）—— pmdesk survey new --title …',
  },
  'doc.survey': { en: "{n} owners' survey(s) in {year}", zh: '{year} 年业主意见调查 {n} 次' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of surveys. */
export const words: WordTables = {
  survey: {
    status: {
      open: { en: 'open', zh: '进行中' },
      'actions-open': { en: 'actions open', zh: '整改中' },
      closed: { en: 'closed', zh: '已结束' },
    },
    area: {
      power: { en: 'power', zh: '供电' },
      water: { en: 'water', zh: '供水' },
      'fire-security': { en: 'fire and security', zh: '消防治安' },
      cleaning: { en: 'cleaning', zh: '卫生' },
      landscaping: { en: 'landscaping', zh: '绿化' },
      'public-facilities': { en: 'public facilities', zh: '公共设施' },
      repair: { en: 'repair service', zh: '维修服务' },
      attitude: { en: 'service attitude', zh: '服务态度' },
      overall: { en: 'overall', zh: '总体' },
    },
  },
};
