import type { Bundle } from '../../i18n/types.js';

// Messages of `pmdesk visit` and `pmdesk shift`.
export default {
  'err.noCompany': {
    en: 'unit {unit} has no registered company: tell the visitor the company is not in this building (R-601)',
    zh: '{unit} 没有登记的公司：请告知访客该公司不在本楼（R-601）',
  },
  'err.shiftHours': {
    en: '--hours {value} is not a shift length: give hours between 1 and {max} (e.g. --hours 12)',
    zh: '--hours {value} 不是有效的班次时长：请填写 1 到 {max} 之间的小时数（如 --hours 12）',
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
} satisfies Bundle;
