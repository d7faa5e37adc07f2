import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk complaint`.
export default {
  'err.invalidKindOnly': { en: '--invalid-kind goes with --class invalid only', zh: '--invalid-kind 只用于 --class invalid' },
  'err.promisePast': {
    en: '--promise {promise} is in the past: give the promised completion date',
    zh: '--promise {promise} 已过：请填写承诺完成日期',
  },
  'err.notSuggestion': {
    en: '{no} is praise, not a suggestion: close it with `pmdesk complaint told {no}`',
    zh: '{no} 是表扬而非建议：请用 `pmdesk complaint told {no}` 结案',
  },
  'err.adoptChoice': { en: 'give --adopted or --not-adopted (one of them)', zh: '请给出 --adopted 或 --not-adopted（二选一）' },
  'err.extendNotOpen': {
    en: '{no} ({status}) has no open handling deadline to extend (R-408)',
    zh: '{no}（{status}）没有未到期的处理时限可以延期（R-408）',
  },
  'err.extendInvalid': {
    en: '{no} is an invalid complaint: it is replied to within 3 days, not extended (R-408)',
    zh: '{no} 是无效投诉：须在 3 天内答复，不能申请延期（R-408）',
  },
  'err.extendPassed': {
    en: 'the handling deadline of {no} passed at {due}: an extension is approved before it passes (R-408)',
    zh: '{no} 的处理时限 {due} 已过：延期须在时限到达前批准（R-408）',
  },
  'err.extendBefore': {
    en: '--until {until} is not after the current deadline {due}: give a later date',
    zh: '--until {until} 不晚于现有时限 {due}：请填写更晚的日期',
  },
  'err.approverRole': {
    en: '{name} is {has}: extending a complaint classed {class} needs the approval of a {role} — {names} (R-408)',
    zh: '{name} 是{has}：{class}投诉延期须由{role}批准——{names}（R-408）',
  },
  'err.approverUnknown': {
    en: '{name} is not an active member of the roster: extending a complaint classed {class} needs the approval of a {role} — {names} (R-408)',
    zh: '{name} 不在人员名册中（或已离职）：{class}投诉延期须由{role}批准——{names}（R-408）',
  },
  'complaint.noApprover': {
    en: 'no one on the roster has that role: add one with `pmdesk staff add`',
    zh: '名册中没有此角色的人员，请先用 `pmdesk staff add` 登记',
  },
  'complaint.extended': {
    en: '{no}: handling deadline {old} → {due}, approved by {by}; the original still counts as missed (R-408)',
    zh: '{no}：处理时限 {old} → {due}，批准人 {by}；原时限仍计为超时（R-408）',
  },
  'complaint.f.extensions': { en: 'Extensions', zh: '延期审批' },
  'rep.complaints.extensions': { en: 'Handling deadlines extended (R-408)', zh: '处理时限延期（R-408）' },
  'rep.col.oldDue': { en: 'old deadline', zh: '原时限' },
  'rep.col.newDue': { en: 'new deadline', zh: '新时限' },
  'rep.col.approvedBy': { en: 'approved by', zh: '批准人' },
  'rep.col.reason': { en: 'reason', zh: '原因' },
  'err.notDeveloper': {
    en: '{no} is not classified invalid of kind developer (housing quality): classify it with `--class invalid --invalid-kind developer` first (R-409)',
    zh: '{no} 未定为“无效—开发商（房屋质量）”类：请先 `complaint classify --class invalid --invalid-kind developer`（R-409）',
  },
  'err.handoffExists': { en: '{no} has already been handed to the developer (R-409)', zh: '{no} 已移交开发商协商（R-409）' },
  'err.noHandoff': {
    en: '{no} has not been handed to the developer: use `pmdesk complaint developer {no} --issue …` first (R-409)',
    zh: '{no} 尚未移交开发商：请先 `pmdesk complaint developer {no} --issue …`（R-409）',
  },
  'err.handoffReplied': { en: "the developer's reply to {no} was recorded at {at}", zh: '{no} 的开发商答复已于 {at} 登记' },
  'err.replyBeforeHandoff': { en: 'the reply time {at} is before the hand-off at {opened}', zh: '答复时间 {at} 早于移交时间 {opened}' },
  'complaint.developer': {
    en: "{no}: handed to the developer; the developer's reply is due {due} (R-409) — print the form with `pmdesk complaint print {no}`",
    zh: '{no}：已移交开发商协商，开发商答复期限 {due}（R-409）——打印记录表：`pmdesk complaint print {no}`',
  },
  'complaint.developerReply': {
    en: "{no}: the developer's reply recorded — tell the complainant, then verify the result (R-404)",
    zh: '{no}：已登记开发商答复——请告知投诉人，并验证处理结果（R-404）',
  },
  'complaint.form.developer': { en: 'Issues for negotiation with the developer', zh: '需开发商协商处理问题记录表' },
  'complaint.f.devIssue': { en: 'Issue put to the developer', zh: '需协商问题' },
  'complaint.f.devOpened': { en: 'Handed over', zh: '移交时间' },
  'complaint.f.devReplyDue': { en: 'Reply due', zh: '答复期限' },
  'complaint.f.devReply': { en: "Developer's reply", zh: '开发商答复' },
  'complaint.f.devReplyAt': { en: 'Replied', zh: '答复日期' },
  'complaint.f.signProperty': { en: 'Property management (signature)', zh: '物业公司（签字）' },
  'complaint.f.signDeveloper': { en: 'Developer (signature)', zh: '开发商（签字）' },
  'complaint.f.developer': { en: 'Developer hand-off', zh: '开发商协商' },
  'rep.complaints.developerOpen': { en: 'Open developer hand-offs (R-409)', zh: '待开发商答复的协商事项（R-409）' },
  'rep.col.issue': { en: 'issue', zh: '问题' },
  'rep.col.opened': { en: 'handed over', zh: '移交时间' },
  'rep.col.ageDays': { en: 'age (days)', zh: '已过天数' },
  'complaint.created': { en: '{no} recorded ({kind}); first feedback due {due}', zh: '已登记 {no}（{kind}），首次回复期限 {due}' },
  'complaint.createdJY': { en: '{no} recorded ({kind})', zh: '已登记 {no}（{kind}）' },
  'complaint.apologise': { en: 'remember: apologise to the complainant (R-400)', zh: '提示：请向投诉人致歉（R-400）' },
  'complaint.thank': { en: 'remember: thank the resident (R-400)', zh: '提示：请向住户致谢（R-400）' },
  'complaint.state': { en: '{no}: {status}{due}', zh: '{no}：{status}{due}' },
  'complaint.escalated': { en: 'escalated to major after one month (R-403): {nos}', zh: '超过一个月未解决，已升级为重大投诉（R-403）：{nos}' },
  'complaint.form.title': { en: 'Complaint handling record', zh: '投诉处理记录表' },
  'complaint.form.titleSuggestion': { en: 'Suggestion / praise record', zh: '建议 / 表扬记录表' },
  'complaint.f.time': { en: 'Received', zh: '受理时间' },
  'complaint.f.channel': { en: 'Channel', zh: '受理方式' },
  'complaint.f.complainant': { en: 'Name / unit / phone', zh: '姓名 / 房号 / 电话' },
  'complaint.f.place': { en: 'Place', zh: '地点' },
  'complaint.f.about': { en: 'About (person or department)', zh: '被投诉对象' },
  'complaint.f.desc': { en: 'What happened', zh: '事情经过' },
  'complaint.f.request': { en: 'Asks for', zh: '投诉人要求' },
  'complaint.f.class': { en: 'Class / reported to', zh: '等级 / 已报告' },
  'complaint.f.handling': { en: 'Department / method / promised', zh: '处理部门 / 方式 / 承诺完成' },
  'complaint.f.result': { en: 'Result', zh: '处理结果' },
  'complaint.f.deadlines': { en: 'Deadlines', zh: '时限' },
  'complaint.f.signClerk': { en: 'Received by', zh: '受理人' },
  'complaint.f.signSupervisor': { en: 'Verified by', zh: '验证人' },
  'complaint.f.signManager': { en: 'Project manager', zh: '项目经理' },
  'complaint.kind.complaint': { en: 'complaint', zh: '投诉' },
  'complaint.kind.suggestion': { en: 'suggestion', zh: '建议' },
  'complaint.kind.praise': { en: 'praise', zh: '表扬' },
  'complaint.forward.after-sales': { en: 'after-sales', zh: '转售后' },
  'complaint.forward.external-body': { en: 'the responsible outside body', zh: '联系相关责任单位' },
  'complaint.by.project-manager': { en: 'by the project manager', zh: '由项目经理回访' },
  'complaint.byShort.project-manager': { en: 'PM', zh: '项目经理' },
  'complaint.v.escalated': {
    en: 'escalated to major: still open a month after intake (R-403)',
    zh: '受理一个月仍未解决，已自动升级为重大投诉（R-403）',
  },
  'complaint.v.repeat': { en: 'repeat: the unit complained about this before (R-406)', zh: '重复投诉（R-406）' },
  'complaint.f.verified': { en: 'Verified by the desk', zh: '验证时间' },
  'complaint.f.followupBy': { en: 'Follow-up', zh: '回访' },
  'complaint.f.adopted': { en: 'Adopted', zh: '是否采纳' },
  'complaint.f.told': { en: 'Resident told', zh: '已电话告知住户' },
  'csv.channel': { en: 'channel', zh: '受理方式' },
  'csv.about': { en: 'about', zh: '被投诉对象' },
  'csv.class': { en: 'class', zh: '等级' },
  'csv.dept': { en: 'department', zh: '部门' },
  'csv.resolved': { en: 'resolved', zh: '解决时间' },
  'csv.escalated': { en: 'escalated', zh: '已升级' },
} satisfies Bundle;

const kind = {
  complaint: { en: 'complaint', zh: '投诉' },
  suggestion: { en: 'suggestion', zh: '建议' },
  praise: { en: 'praise', zh: '表扬' },
};
const channel = {
  visit: { en: 'visit', zh: '来访' },
  phone: { en: 'phone', zh: '电话' },
  letter: { en: 'letter', zh: '来信' },
  other: { en: 'other', zh: '其他' },
};
const klass = {
  major: { en: 'major', zh: '重大' },
  important: { en: 'important', zh: '重要' },
  minor: { en: 'minor', zh: '一般' },
  invalid: { en: 'invalid', zh: '无效' },
};
const invalidKind = {
  developer: { en: 'developer', zh: '开发商问题' },
  external: { en: 'external', zh: '非物业原因' },
  unreasonable: { en: 'unreasonable', zh: '不合理要求' },
};
const status = {
  new: { en: 'new', zh: '新登记' },
  classified: { en: 'classified', zh: '已定级' },
  assigned: { en: 'assigned', zh: '已派单' },
  resolved: { en: 'resolved', zh: '已处理' },
  verified: { en: 'verified', zh: '已核实' },
  reopened: { en: 'reopened', zh: '重新处理' },
  closed: { en: 'closed', zh: '已结案' },
};
const jyStatus = {
  new: { en: 'new', zh: '新登记' },
  adopted: { en: 'adopted', zh: '已采纳' },
  'not-adopted': { en: 'not adopted', zh: '未采纳' },
  closed: { en: 'closed', zh: '已结案' },
};
/** Issue 18: the words of every closed list of complaints, suggestions and praise. */
const reportTo = {
  'quality-dept': { en: 'quality department', zh: '品质部' },
  'general-manager': { en: 'general manager', zh: '总经理' },
  supervisor: { en: 'desk supervisor', zh: '客服主管' },
  'project-manager': { en: 'project manager', zh: '项目经理' },
};
export const words: WordTables = {
  // `about`: an entry of the reception log filed without --about is about its category.
  complaint: { status, kind, channel, class: klass, invalidKind, reportTo, reportedTo: reportTo, about: kind },
  suggestion: { status: jyStatus, kind, channel },
};
