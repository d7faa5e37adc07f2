import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk notice` (R-1000, R-1001).
export default {
  'err.noticeAudience': {
    en: '--audience "{value}" is not an audience: give estate, building:A[,B] or units:A-1-101[,A-1-102]',
    zh: '--audience “{value}”不是有效的通知对象：请填写 estate（全小区）、building:A[,B]（楼栋）或 units:A-1-101[,A-1-102]（房号）',
  },
  'err.noticeNoUnit': {
    en: 'no unit {units} in the registry: check the codes (`pmdesk unit list`)',
    zh: '登记中没有房号 {units}：请核对（`pmdesk unit list`）',
  },
  'err.noticeNoBuilding': {
    en: 'no unit of building {buildings} in the registry: check the building (`pmdesk unit list`)',
    zh: '登记中没有楼栋 {buildings} 的房屋：请核对楼栋（`pmdesk unit list`）',
  },
  'err.noticeExpiresPast': { en: '--expires {expires} has already passed: give a later date', zh: '--expires {expires} 已过：请填写以后的日期' },
  'err.noticeEventNeeded': {
    en: 'a written notice needs --event <date> (what it announces): it goes in the mailboxes one day ahead (R-1000)',
    zh: '书面通知须填写 --event <日期>（所通知事项的日期）：须提前一天投入信报箱（R-1000）',
  },
  'err.noticeEventPast': {
    en: '--event {event} is not after today: a written notice is delivered one day ahead (R-1000); use a public or phone notice',
    zh: '--event {event} 不晚于今天：书面通知须提前一天发放（R-1000）；请改用公示或电话通知',
  },
  'err.noticeNotApproved': {
    en: '{no} is not approved yet: the project manager approves before posting (`pmdesk notice approve {no} --approved-by <name>`, R-1001)',
    zh: '{no} 尚未审批：通知张贴前须经项目经理审阅（`pmdesk notice approve {no} --approved-by <姓名>`，R-1001）',
  },
  'err.noticeNobody': {
    en: 'the audience of {no} ({audience}) has no resident in the registry: nobody to notify; void it or register the residents',
    zh: '{no} 的通知对象（{audience}）在登记中没有住户：无人可通知；请作废或先登记住户',
  },
  'err.noticeNotPhone': {
    en: '{no} is a {kind} notice: calls are logged on phone notices only',
    zh: '{no} 是 {kind} 通知：只有电话通知才登记通话',
  },
  'err.noticeNotAudience': {
    en: '{name} is not in the audience of {no} ({audience}): check the resident (`pmdesk notice pending {no}`)',
    zh: '{name} 不在 {no} 的通知对象（{audience}）中：请核对住户（`pmdesk notice pending {no}`）',
  },
  'err.noticeReached': { en: '{name} was already reached for {no} at {at}', zh: '{name} 已于 {at} 接到 {no} 的通知' },
  'err.noticeLate': {
    en: 'a call at {at} is too late: phone notices are made before {before} (R-1001); typing in a paper record, give --at with the time of the call',
    zh: '{at} 通话太晚：电话通知须在 {before} 前进行（R-1001）；补录纸质记录请用 --at 填写实际通话时间',
  },
  'err.noticeCallBeforePost': {
    en: 'the call is before {no} was posted ({posted}): check --at',
    zh: '通话时间早于 {no} 的发布时间（{posted}）：请核对 --at',
  },
  'err.noticeNotPosted': {
    en: '{no} is {status}: post it first (`pmdesk notice post {no}`)',
    zh: '{no} 状态为 {status}：请先发布（`pmdesk notice post {no}`）',
  },
  'notice.created': {
    en: '{no}: {kind} notice "{title}" drafted; to approve: pmdesk notice approve {no} --approved-by <name>',
    zh: '{no}：{kind}通知“{title}”已起草；待审批：pmdesk notice approve {no} --approved-by <姓名>',
  },
  'notice.due': { en: 'to be posted by {due}', zh: '须于 {due} 前发布' },
  'notice.approved': { en: '{no}: approved by {by}', zh: '{no}：已由 {by} 审批' },
  'notice.posted': {
    en: '{no}: posted to {size} residents ({units} units); expires {expires}',
    zh: '{no}：已发布，通知对象 {size} 位住户（{units} 户）；有效期至 {expires}',
  },
  'notice.called': {
    en: '{no}: {name} {phone} — {outcome}; reached {reached}/{size} ({rate})',
    zh: '{no}：{name} {phone} — {outcome}；已通知 {reached}/{size}（{rate}）',
  },
  'notice.flagged': {
    en: 'the number is flagged dead on the resident: `notice pending` marks it ✗ until the registry holds another phone',
    zh: '该号码已标记为无效：在登记中更正电话之前，`notice pending` 以 ✗ 标出',
  },
  'notice.pendingTitle': {
    en: '{no}: reached {reached}/{size} ({rate}, target {target}); still to reach {n}',
    zh: '{no}：已通知 {reached}/{size}（{rate}，目标 {target}）；尚未通知 {n}',
  },
  'notice.nonePending': { en: 'everyone is reached', zh: '已全部通知到' },
  'notice.expired': { en: 'taken down and archived: {list}', zh: '已撤下存档：{list}' },
  'notice.noneExpired': { en: 'nothing to take down', zh: '没有需要撤下的通知' },
  'notice.kind.public': { en: 'public', zh: '公示' },
  'notice.kind.written': { en: 'written', zh: '书面' },
  'notice.kind.phone': { en: 'phone', zh: '电话' },
  'notice.outcome.reached': { en: 'reached', zh: '已接通' },
  'notice.outcome.no-answer': { en: 'no answer', zh: '无人接听' },
  'notice.outcome.dead-number': { en: 'dead number', zh: '号码无效' },
  'notice.col.name': { en: 'Name', zh: '姓名' },
  'notice.col.phone': { en: 'Phone', zh: '电话' },
  'notice.col.attempts': { en: 'Tries', zh: '次数' },
  'notice.col.last': { en: 'Last', zh: '上次结果' },
  'notice.form.public': { en: 'Notice', zh: '通知' },
  'notice.form.slip': { en: 'Notice', zh: '通知' },
  'notice.form.calls': { en: 'Notice call record', zh: '通知事项记录表' },
  'notice.f.to': { en: 'To the residents', zh: '尊敬的各位业主/住户' },
  'notice.f.unit': { en: 'Unit', zh: '房号' },
  'notice.f.from': { en: 'Property service centre', zh: '物业服务中心' },
  'notice.f.period': { en: 'Posted {from} – {to}', zh: '张贴期限：{from} 至 {to}' },
  'notice.f.event': { en: 'Date of the event', zh: '事项日期' },
  'notice.f.approvedBy': { en: 'Approved by', zh: '审批人' },
  'notice.f.outcome': { en: 'Outcome', zh: '通知结果' },
  'notice.f.at': { en: 'Time', zh: '通知时间' },
  'notice.f.rate': { en: 'Reached {reached} of {size}', zh: '已通知 {reached} / {size}' },
  'notice.f.signClerk': { en: 'Clerk', zh: '通知人签名' },
  'notice.f.voided': { en: 'VOID', zh: '已作废' },
  'csv.title': { en: 'title', zh: '标题' },
  'csv.audience': { en: 'audience', zh: '通知对象' },
  'csv.urgent': { en: 'urgent', zh: '紧急' },
  'csv.approvedBy': { en: 'approved_by', zh: '审批人' },
  'csv.posted': { en: 'posted', zh: '发布时间' },
  'csv.expires': { en: 'expires', zh: '有效期至' },
  'csv.reached': { en: 'reached', zh: '已通知' },
  'csv.audienceCount': { en: 'audience_size', zh: '通知人数' },
  'rep.notices': { en: 'Notices (R-1000, R-1001)', zh: '通知（R-1000、R-1001）' },
  'rep.notices.posted': { en: 'posted', zh: '发布' },
  'rep.notices.public': { en: 'public', zh: '公示通知' },
  'rep.notices.written': { en: 'written', zh: '书面通知' },
  'rep.notices.phone': { en: 'phone', zh: '电话通知' },
  'rep.notices.urgent': { en: 'urgent', zh: '紧急通知' },
  'rep.notices.urgentOnTime': { en: 'urgent posted within 30 min', zh: '紧急通知 30 分钟内发布' },
  'rep.notices.urgentLate': { en: 'urgent late', zh: '紧急通知超时' },
  'rep.notices.expired': { en: 'taken down', zh: '到期撤下' },
  'rep.notices.calls': { en: 'calls made', zh: '电话次数' },
  'rep.notices.deadNumbers': { en: 'dead numbers found', zh: '发现无效号码' },
  'rep.notices.audience': { en: 'residents to reach', zh: '应通知住户' },
  'rep.notices.reached': { en: 'residents reached', zh: '已通知住户' },
  'rep.notices.completionRate': { en: 'completion rate', zh: '完成率' },
  'rep.notices.targetRate': { en: 'target', zh: '目标完成率' },
  'rep.notices.meetingTarget': { en: 'notices at target', zh: '达标通知' },
  'rep.notices.belowTarget': { en: 'notices below target', zh: '未达标通知' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of notices. */
export const words: WordTables = {
  notice: {
    status: {
      draft: { en: 'draft', zh: '草稿' },
      approved: { en: 'approved', zh: '已审批' },
      posted: { en: 'posted', zh: '已发布' },
      expired: { en: 'expired', zh: '已撤下' },
    },
    kind: { public: { en: 'public', zh: '公示' }, written: { en: 'written', zh: '书面' }, phone: { en: 'phone', zh: '电话' } },
    // R-1000: whom a notice is for — the estate, buildings (`building:A,B`) or units (`units:A-1-101`).
    audience: { estate: { en: 'the whole estate', zh: '全小区' }, building: { en: 'buildings', zh: '楼栋' }, units: { en: 'units', zh: '房号' } },
    outcome: {
      reached: { en: 'reached', zh: '已接通' },
      'no-answer': { en: 'no answer', zh: '无人接听' },
      'dead-number': { en: 'dead number', zh: '号码无效' },
    },
  },
};
