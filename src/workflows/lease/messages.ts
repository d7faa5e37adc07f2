import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Leases 租赁 and 撤租.
export default {
  'err.leaseTerm': {
    en: 'the term ends ({to}) before or on the day it starts ({from}): check --from and --to',
    zh: '租期结束日（{to}）不晚于开始日（{from}）：请核对 --from 与 --to',
  },
  'err.leaseOverlap': {
    en: 'unit {code} already has lease {no} for {from} – {to}: leases on a unit cannot overlap',
    zh: '房号 {code} 已有租赁 {no}（{from} 至 {to}）：同一房屋的租期不能重叠',
  },
  'err.tenantHolds': {
    en: 'resident {id} ({name}) is registered on {unit} as {role}: a tenant cannot also hold the unit',
    zh: '住户 {id}（{name}）已以“{role}”身份登记在 {unit}：不能同时作为租户',
  },
  'err.leaseNotDue': {
    en: 'lease {no} runs to {to}: to end it before, say so with --early (撤租 early)',
    zh: '租赁 {no} 租期至 {to}：提前撤租请加 --early',
  },
  'err.meterReading': {
    en: '--{flag}: "{value}" is not a meter reading (digits, up to 3 decimals)',
    zh: '--{flag}：“{value}”不是有效的表读数（数字，最多三位小数）',
  },
  'err.reminded': { en: '{no}: the reminder was already given', zh: '{no}：已提醒过' },
  'err.within': { en: '--{flag}: "{value}" is not a number of days such as 30d', zh: '--{flag}：“{value}”不是天数（如 30d）' },
  'err.voidActiveLease': {
    en: 'lease {no} is in force: end it with `pmdesk unit lease-end {unit}` (撤租) before voiding',
    zh: '租赁 {no} 尚在租期：请先用 `pmdesk unit lease-end {unit}` 撤租再作废',
  },
  'lease.filed': {
    en: '{no} filed: {unit} leased to {tenant}, {from} – {to}{rent}; reminder due {remind}',
    zh: '{no} 已备案：{unit} 出租给 {tenant}，租期 {from} 至 {to}{rent}；到期提醒日 {remind}',
  },
  'lease.rent': { en: ', rent {rent} yuan/month', zh: '，月租 {rent} 元' },
  'lease.ended': { en: '{no}: the lease of {unit} ended on {at}; the unit is {status}', zh: '{no}：{unit} 已于 {at} 撤租，房屋现为“{status}”' },
  'lease.endedEarly': {
    en: '{no}: the lease of {unit} ended early on {at}; the unit is {status}',
    zh: '{no}：{unit} 已于 {at} 提前撤租，房屋现为“{status}”',
  },
  'lease.tenantsEnded': { en: 'tenants ended on the unit: {names}', zh: '租户已迁出：{names}' },
  'lease.keysOut': { en: 'keys of the unit still out — get them back: {keys}', zh: '该房屋仍有借出的钥匙，请收回：{keys}' },
  'lease.noKeysOut': { en: 'no key of the unit is out', zh: '该房屋无借出的钥匙' },
  'lease.reminded': { en: '{no}: reminder given (the lease ends {to})', zh: '{no}：已提醒（租期至 {to}）' },
  'lease.form': { en: 'Lease filing form', zh: '租赁备案登记表' },
  'lease.f.owner': { en: 'Owner', zh: '业主' },
  'lease.f.tenant': { en: 'Tenant', zh: '承租人' },
  'lease.f.term': { en: 'Term', zh: '租期' },
  'lease.f.rent': { en: 'Monthly rent (yuan)', zh: '月租金（元）' },
  'lease.f.agencyFee': { en: 'Agency fee (yuan)', zh: '中介服务费（元）' },
  'lease.f.ended': { en: 'Lease ended (撤租)', zh: '撤租日期' },
  'lease.f.meters': { en: 'Meters at 撤租 (water / electricity / gas)', zh: '撤租时水电煤读数' },
  'lease.f.signOwner': { en: 'Owner', zh: '业主签字' },
  'lease.f.signTenant': { en: 'Tenant', zh: '承租人签字' },
  'csv.tenant': { en: 'tenant', zh: '承租人' },
  'csv.leaseFrom': { en: 'from', zh: '租期起' },
  'csv.leaseTo': { en: 'to', zh: '租期止' },
  'csv.rent': { en: 'rent_fen', zh: '月租金（分）' },
  'csv.agencyFee': { en: 'agency_fee_fen', zh: '中介费（分）' },
  'csv.ended': { en: 'ended_at', zh: '撤租时间' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of leases. */
export const words: WordTables = {
  lease: {
    status: { active: { en: 'active', zh: '租赁中' }, ended: { en: 'ended', zh: '已退租' } },
    meter: { water: { en: 'water', zh: '水表' }, electricity: { en: 'electricity', zh: '电表' }, gas: { en: 'gas', zh: '燃气表' } },
  },
};
