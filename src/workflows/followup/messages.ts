import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk followup`.
export default {
  'followup.none': { en: 'no follow-ups open', zh: '没有待回访事项' },
  'followup.done': {
    en: '{no} recorded for {source} ({satisfaction}); {source} is now {status}',
    zh: '已记录回访 {no}（{source}，{satisfaction}）；{source} 当前状态 {status}',
  },
  'followup.donePlanned': {
    en: '{no} recorded ({satisfaction}): planned follow-up done (R-803)',
    zh: '已记录回访 {no}（{satisfaction}）：计划回访已完成（R-803）',
  },
  'followup.reopened': {
    en: '{no} recorded for {source} (unsatisfied); {source} reopened (R-802)',
    zh: '已记录回访 {no}（{source}，不满意）；{source} 已重新打开（R-802）',
  },
  'followup.form.title': { en: 'Follow-up record', zh: '回访记录表' },
  'followup.f.unit': { en: 'Unit', zh: '房号' },
  'followup.f.source': { en: 'About', zh: '回访事项' },
  'followup.f.when': { en: 'Date', zh: '回访时间' },
  'followup.f.method': { en: 'Method', zh: '回访方式' },
  'followup.f.satisfaction': { en: 'Satisfaction', zh: '满意程度' },
  'followup.f.note': { en: 'Shortcomings, suggestions', zh: '不足与建议' },
  'followup.f.signResident': { en: "Resident's confirmation", zh: '住户确认' },
  'followup.f.signClerk': { en: 'Followed up by', zh: '回访人' },
  // R-803 planned follow-ups
  'err.quarter': { en: '--quarter: "{value}" is not a quarter like 2026Q4', zh: '--quarter：“{value}”不是季度（如 2026Q4）' },
  'err.planPast': {
    en: '{quarter} is over: a plan is made for this quarter or a later one',
    zh: '{quarter} 已结束：只能为本季度或以后的季度制定计划',
  },
  'err.planNoDays': { en: '{quarter} has no working day left to plan on', zh: '{quarter} 已没有可安排的工作日' },
  'err.planAlready': {
    en: '{quarter} is already planned ({n} follow-ups): nothing added',
    zh: '{quarter} 已制定回访计划（{n} 项）：未新增任何项目',
  },
  'err.planNothing': {
    en: 'nothing to plan for {quarter}: no officer on the roster with building areas (staff add --role officer --areas …) and no director visit due',
    zh: '{quarter} 无可安排的回访：名册中没有负责楼栋区域的客服管理员（staff add --role officer --areas …），也没有主任回访',
  },
  'followup.planned': {
    en: '{quarter}: {added} follow-ups planned over {days} working days ({from} to {to})',
    zh: '{quarter}：已安排回访 {added} 项，分布在 {days} 个工作日（{from} 至 {to}）',
  },
  'followup.planned.officer': {
    en: '  {officer} (areas {areas}): {added} of {households} households',
    zh: '  {officer}（区域 {areas}）：新增 {added} 户，共 {households} 户',
  },
  'followup.planned.director': {
    en: '  director {name}: {added} visit(s) planned ({days})',
    zh: '  主任 {name}：安排登门回访 {added} 次（{days}）',
  },
  'col.source': { en: 'Source', zh: '来源单号' },
  // Issue 18: what a planned follow-up is about, in `followup due` at a terminal.
  'followup.about.planned': { en: 'quarterly household follow-up', zh: '季度住户回访' },
  'followup.upcoming': { en: 'Upcoming ({n})', zh: '即将到期（{n}）' },
  'followup.about.director': { en: "director's home visit", zh: '主任登门回访' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of follow-ups. */
export const words: WordTables = {
  followup: {
    status: {
      due: { en: 'due', zh: '待回访' },
      done: { en: 'done', zh: '已回访' },
      skipped: { en: 'skipped', zh: '未回访' },
    },
    satisfaction: {
      satisfied: { en: 'satisfied', zh: '满意' },
      basic: { en: 'basically satisfied', zh: '基本满意' },
      unsatisfied: { en: 'unsatisfied', zh: '不满意' },
    },
    method: { phone: { en: 'phone', zh: '电话' }, visit: { en: 'visit', zh: '上门' } },
  },
};
