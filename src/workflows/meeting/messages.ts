import type { Bundle } from '../../i18n/types.js';

// Messages of `pmdesk meeting`.
import type { WordTables } from '../../core/words.js';

export default {
  'group.meeting': { en: "building representatives' meetings 楼长会 (HY)", zh: '楼长会（HY）' },
  'type.meeting': { en: 'meeting', zh: '楼长会' },
  'meeting.recorded': {
    en: "{no}: building representatives' meeting of {date}, {n} attendees ({status})",
    zh: '{no}：{date} 楼长会，出席 {n} 人（{status}）',
  },
  'meeting.action': { en: '  action {n}: {text} — {owner}, by {due} {done}', zh: '  整改事项 {n}：{text} —— 负责人 {owner}，期限 {due} {done}' },
  'meeting.actionDone': { en: '(done)', zh: '（已完成）' },
  'err.meetingDate': { en: 'a meeting needs --date (the day it was held)', zh: '楼长会须填写 --date（召开日期）' },
  'err.meetingAttendees': { en: 'a meeting needs --attendees (names, comma-separated)', zh: '楼长会须填写 --attendees（出席人，逗号分隔）' },
  'err.meetingAction.text': {
    en: 'action {n} "{value}" is not "text;owner;YYYY-MM-DD"',
    zh: '整改事项 {n}“{value}”格式应为“事项;负责人;YYYY-MM-DD”',
  },
  'err.meetingAction.owner': {
    en: 'action {n} "{value}" has no owner: write "text;owner;YYYY-MM-DD" (R-803)',
    zh: '整改事项 {n}“{value}”缺少负责人：格式为“事项;负责人;YYYY-MM-DD”（R-803）',
  },
  'err.meetingAction.date': {
    en: 'action {n} "{value}" has no date YYYY-MM-DD: write "text;owner;YYYY-MM-DD"',
    zh: '整改事项 {n}“{value}”缺少日期 YYYY-MM-DD：格式为“事项;负责人;YYYY-MM-DD”',
  },
  'err.meetingActionBefore': { en: 'action {n} is due {due}, before the meeting ({date})', zh: '整改事项 {n} 的期限 {due} 早于会议日期 {date}' },
  'err.meetingActionNo': {
    en: '{no}: --action "{value}" is not an action item 1 to {max}',
    zh: '{no}：--action “{value}”不是第 1 至 {max} 项整改事项',
  },
  'err.meetingActionDone': { en: '{no}: action {n} is already done', zh: '{no}：整改事项 {n} 已完成' },
  // Issue 18: the printed record of a meeting.
  'meeting.form.record': { en: 'building representatives meeting record', zh: '楼长会会议记录' },
  'meeting.f.done': { en: 'Done', zh: '完成时间' },
} satisfies Bundle;

/** Issue 18.2: the meeting's closed lists in words. */
export const words: WordTables = {
  meeting: {
    status: {
      open: { en: 'actions open', zh: '行动项未完' },
      closed: { en: 'closed', zh: '已结案' },
    },
  },
};
