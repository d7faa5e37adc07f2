import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk visit` and `pmdesk shift`.
export default {
  'visit.followup': { en: 'follow-up {no} scheduled (R-804)', zh: '已安排回访 {no}（R-804）' },
  'err.termNotService': {
    en: '--term-from/--term-to: only a service entry has a contract term (R-804)',
    zh: '--term-from/--term-to：只有服务类记录有合同期限（R-804）',
  },
  'err.termBoth': { en: 'a special service needs both --term-from and --term-to', zh: '特约服务须同时填写 --term-from 和 --term-to' },
  'err.termOrder': { en: 'the term ends ({to}) before it starts ({from})', zh: '合同结束日期（{to}）早于开始日期（{from}）' },
  'err.noCompany': {
    en: 'unit {unit} has no registered company: tell the visitor the company is not in this building (R-601)',
    zh: '{unit} 没有登记的公司：请告知访客该公司不在本楼（R-601）',
  },
  'err.shiftHours': {
    en: '--hours {value} is not a shift length: give hours between 1 and {max} (e.g. --hours 12)',
    zh: '--hours {value} 不是有效的班次时长：请填写 1 到 {max} 之间的小时数（如 --hours 12）',
  },
  'err.notAfterSales': {
    en: '{no} is not an after-sales entry: only `visit log --category after-sales` opens a repair contact slip (R-410)',
    zh: '{no} 不是售后类值班记录：只有 `visit log --category after-sales` 才生成物业返修联系单（R-410）',
  },
  'err.handedAlready': { en: '{no} was passed to after-sales at {at}', zh: '{no} 已于 {at} 移交售后' },
  'err.handoffBeforeEntry': { en: 'the hand-off time {at} is before the entry at {entry}', zh: '移交时间 {at} 早于登记时间 {entry}' },
  'err.passOrFail': { en: 'give --pass or --fail (one of them)', zh: '请给出 --pass 或 --fail（二选一）' },
  'err.notHandedYet': {
    en: '{no} has not been passed to after-sales yet: `pmdesk visit handoff {no}` first (R-410)',
    zh: '{no} 尚未移交售后：请先 `pmdesk visit handoff {no}`（R-410）',
  },
  'err.reacceptedAlready': { en: '{no} passed its second acceptance at {at}', zh: '{no} 已于 {at} 通过二次验收' },
  'visit.afterSales': {
    en: '{no} logged: repair contact slip to after-sales by {due} (R-410)',
    zh: '已登记 {no}：物业返修联系单须在 {due} 前移交开发商售后（R-410）',
  },
  'visit.handedOff': { en: '{no}: passed to after-sales; second acceptance next (R-410)', zh: '{no}：已移交售后，待二次验收（R-410）' },
  'visit.reaccept.pass': { en: '{no}: second acceptance passed; closed (R-410)', zh: '{no}：二次验收合格，已关闭（R-410）' },
  'visit.reaccept.fail': {
    en: '{no}: second acceptance failed; stays open — re-accept once after-sales has redone it (R-410)',
    zh: '{no}：二次验收不合格，保持未结——售后返修后再次验收（R-410）',
  },
  'visit.in': { en: '{no}: visitor in (resident contacted: {confirmed})', zh: '{no}：访客已登记（已联系住户确认：{confirmed}）' },
  'visit.state': { en: '{no}: {status}', zh: '{no}：{status}' },
  'visit.created': { en: '{no} logged; created {created}', zh: '已登记 {no}；已生成 {created}' },
  'shift.title': { en: 'Shift handover {from} → {to} at {at}', zh: '交接班 {from} → {to}，{at}' },
  'shift.openLog': { en: 'Open reception-log entries ({n})', zh: '未结值班记录（{n}）' },
  'shift.visitorsIn': { en: 'Visitors still in ({n})', zh: '尚未离开的访客（{n}）' },
  'shift.keysOut': { en: 'Keys out ({n})', zh: '借出未还的钥匙（{n}）' },
  'shift.deadlines': { en: 'Due before {until} ({n})', zh: '{until} 前到期（{n}）' },
  'csv.entry': { en: 'entry', zh: '类型' },
  'csv.category': { en: 'category', zh: '类别' },
  'csv.purpose': { en: 'purpose', zh: '事由' },
  'csv.out': { en: 'out', zh: '离开时间' },
  'visitCategory.after-sales': { en: 'after-sales', zh: '售后' },
  'visitCategory.repair': { en: 'repair', zh: '报修' },
  'visitCategory.complaint': { en: 'complaint', zh: '投诉' },
  'visitCategory.service': { en: 'service', zh: '服务' },
  'visitCategory.praise': { en: 'praise', zh: '表扬' },
  'visitCategory.suggestion': { en: 'suggestion', zh: '建议' },
  'visitCategory.other': { en: 'other', zh: '其它' },
  // Issue 18: the printed record of a visitor or a reception-log entry.
  'visit.form.slip': { en: 'visitor and reception record', zh: '来访登记表' },
  'visit.f.entry': { en: 'Entry', zh: '类型' },
  'visit.f.name': { en: 'Name', zh: '姓名' },
  'visit.f.id': { en: 'ID', zh: '证件' },
  'visit.f.phone': { en: 'Phone', zh: '电话' },
  'visit.f.unit': { en: 'Unit', zh: '房号' },
  'visit.f.purpose': { en: 'Purpose', zh: '事由' },
  'visit.f.description': { en: 'Matter', zh: '内容' },
  'visit.f.out': { en: 'Left at', zh: '离开时间' },
  'visit.f.status': { en: 'Status', zh: '状态' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of visits and the reception log. */
export const words: WordTables = {
  visit: {
    status: {
      in: { en: 'in', zh: '在访' },
      out: { en: 'left', zh: '已离开' },
      open: { en: 'open', zh: '未结' },
      closed: { en: 'closed', zh: '已结案' },
    },
    category: {
      'after-sales': { en: 'after-sales', zh: '售后' },
      repair: { en: 'repair', zh: '报修' },
      complaint: { en: 'complaint', zh: '投诉' },
      service: { en: 'service', zh: '服务' },
      praise: { en: 'praise', zh: '表扬' },
      suggestion: { en: 'suggestion', zh: '建议' },
      other: { en: 'other', zh: '其它' },
    },
    entry: { visitor: { en: 'visitor', zh: '访客' }, log: { en: 'log', zh: '值班记录' } },
    channel: {
      visit: { en: 'visit', zh: '来访' },
      phone: { en: 'phone', zh: '电话' },
      letter: { en: 'letter', zh: '来信' },
      other: { en: 'other', zh: '其他' },
    },
    result: { pass: { en: 'pass', zh: '合格' }, fail: { en: 'fail', zh: '不合格' } },
  },
};
