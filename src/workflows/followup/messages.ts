import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk followup`.
export default {
  'followup.none': { en: 'no follow-ups open', zh: '没有待回访事项' },
  'followup.done': {
    en: '{no} recorded for {source} ({satisfaction}); {source} is now {status}',
    zh: '已记录回访 {no}（{source}，{satisfaction}）；{source} 当前状态 {status}',
  },
  'followup.reopened': { en: 'unsatisfied: {source} reopened (R-802)', zh: '不满意：{source} 已重新打开（R-802）' },
  'followup.form.title': { en: 'Follow-up record', zh: '回访记录表' },
  'followup.f.unit': { en: 'Unit', zh: '房号' },
  'followup.f.source': { en: 'About', zh: '回访事项' },
  'followup.f.when': { en: 'Date', zh: '回访时间' },
  'followup.f.method': { en: 'Method', zh: '回访方式' },
  'followup.f.satisfaction': { en: 'Satisfaction', zh: '满意程度' },
  'followup.f.note': { en: 'Shortcomings, suggestions', zh: '不足与建议' },
  'followup.f.signResident': { en: "Resident's confirmation", zh: '住户确认' },
  'followup.f.signClerk': { en: 'Followed up by', zh: '回访人' },
  'col.source': { en: 'Source', zh: '来源单号' },
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
