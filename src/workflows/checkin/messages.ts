import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk checkin`.
export default {
  'err.unitUnsold': { en: 'unit {unit} is unsold: only a sold unit is handed over', zh: '{unit} 未售：只有已售房屋才能交房' },
  'err.secondCheckin': {
    en: 'unit {unit} already has handover {no} ({status}): see `pmdesk checkin show {no}`',
    zh: '{unit} 已有交房单 {no}（{status}）：参见 `pmdesk checkin show {no}`',
  },
  'err.unitNotVacant': { en: 'unit {unit} is {status}, not waiting for handover', zh: '{unit} 当前为 {status}，不在待交房状态' },
  'err.noOwners': {
    en: 'unit {unit} has no registered owner: add one with `pmdesk resident add --role owner …`',
    zh: '{unit} 没有登记业主：请先用 `pmdesk resident add --role owner …` 登记',
  },
  'err.notOwnerOf': { en: '{name} is not a registered owner of {unit}', zh: '{name} 不是 {unit} 的登记业主' },
  'err.unknownDoc': { en: '"{doc}" is not a handover document; this handover needs: {docs}', zh: '“{doc}”不是交房资料；本次交房需要：{docs}' },
  'err.docNotNeeded': { en: '"{doc}" is not needed for this handover; it needs: {docs}', zh: '本次交房不需要“{doc}”；需要：{docs}' },
  'err.gasRequired': {
    en: 'missing --{flag}: give it on the command line; a unit without a gas meter: --no-gas (R-201)',
    zh: '缺少 --{flag}：请在命令行给出；没有燃气表的房屋用 --no-gas（R-201）',
  },
  'checkin.noGas': { en: 'no gas meter', zh: '无燃气表' },
  'err.meter': {
    en: '--{flag}: "{value}" is not a meter reading (a number, up to 3 decimals)',
    zh: '--{flag}：“{value}”不是表底数（数字，最多三位小数）',
  },
  'err.checkinMissing': {
    en: '{no} cannot be completed: {n} item(s) missing (see `pmdesk checkin show {no}`):',
    zh: '{no} 不能完成交房：缺少 {n} 项（参见 `pmdesk checkin show {no}`）：',
  },
  'checkin.state': { en: '{no}: {status}; missing: {missing}', zh: '{no}：{status}；尚缺：{missing}' },
  'checkin.completedNoKeys': {
    en: '{no} completed: unit handed over; owner file opened; no keys were held to release',
    zh: '{no} 交房完成：房屋已交付，业主档案已建立；没有需移交的钥匙',
  },
  'checkin.stateReady': { en: '{no}: {status}; nothing missing', zh: '{no}：{status}；资料齐全' },
  'checkin.defect': { en: 'defect recorded: repair {repair} due {due} (R-202)', zh: '已记录问题：维修单 {repair}，期限 {due}（R-202）' },
  'checkin.completed': {
    en: '{no} completed: unit handed over; owner file opened; keys released: {keys}',
    zh: '{no} 交房完成：房屋已交付，业主档案已建立；已移交钥匙：{keys}',
  },
  'checkin.form.inspection': { en: 'Handover inspection form', zh: '房屋验收交接表' },
  'checkin.form.keyReceipt': { en: 'Key receipt', zh: '钥匙签收书' },
  'checkin.f.unit': { en: 'Unit', zh: '房号' },
  'checkin.f.owners': { en: 'Owners', zh: '业主' },
  'checkin.f.date': { en: 'Date', zh: '日期' },
  'checkin.f.meters': { en: 'Meter readings', zh: '水电煤底数' },
  'checkin.f.water': { en: 'Water', zh: '水表' },
  'checkin.f.electricity': { en: 'Electricity', zh: '电表' },
  'checkin.f.gas': { en: 'Gas', zh: '燃气表' },
  'checkin.f.defects': { en: 'Defects found in the joint inspection', zh: '验房发现的问题' },
  'checkin.f.location': { en: 'Location', zh: '位置' },
  'checkin.f.problem': { en: 'Problem', zh: '问题' },
  'checkin.f.repair': { en: 'Repair order / due', zh: '维修单 / 期限' },
  'checkin.f.doorKeys': { en: 'Door keys', zh: '门钥匙' },
  'checkin.f.mailboxKeys': { en: 'Mailbox keys', zh: '信箱钥匙' },
  'checkin.f.keysLeft': { en: 'Left with the desk', zh: '托管于客服中心' },
  'checkin.f.handed': {
    en: "Also handed over: resident handbook, owners' covenant, renovation rules",
    zh: '同时移交：《住户手册》《业主公约》《装修管理规定》',
  },
  'checkin.f.signOwner': { en: "Owner's signature", zh: '业主签字' },
  'checkin.f.signClerk': { en: 'Desk', zh: '客服中心' },
  'checkin.f.signEngineer': { en: 'Engineering', zh: '工程部' },
  'checkin.f.copies': { en: '3 copies: owner, desk, engineering', zh: '一式三份：业主、客服中心、工程部各一份' },
  'checkin.v.absent': { en: ' (absent)', zh: '（未到场）' },
  'checkin.v.ok': { en: 'ok', zh: '已核' },
  'checkin.v.recordedMissing': { en: 'missing (recorded)', zh: '缺（已登记）' },
  'checkin.v.open': { en: '-', zh: '-' },
  'checkin.v.completed': { en: 'Completed', zh: '完成时间' },
  'checkin.v.documents': { en: 'Documents and forms', zh: '资料与签署' },
  'checkin.v.item': { en: 'Item', zh: '项目' },
  'checkin.v.missing': { en: 'Still missing: {items}', zh: '尚缺：{items}' },
  'checkin.v.ready': { en: 'Nothing missing: `pmdesk checkin complete {no}`', zh: '资料齐全：`pmdesk checkin complete {no}`' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of handovers. */
/** the documents checked at a handover. */
const doc = {
  'owner-id': { en: "owner's ID", zh: '业主身份证' },
  poa: { en: 'power of attorney', zh: '公证委托书' },
  'company-letter': { en: 'company letter', zh: '委托公函' },
  'agent-id': { en: "agent's ID", zh: '代理人身份证' },
  'household-register': { en: 'household register', zh: '户口本' },
  'handover-certificate': { en: 'handover certificate', zh: '交楼证明' },
  'fees-cleared': { en: 'fees cleared', zh: '房款及费用已结清' },
};
/** the forms signed at the handover. */
const form = {
  'contact-form': { en: 'contact form', zh: '住户联络资料登记表' },
  'fire-agreement': { en: 'fire agreement', zh: '防火协议书' },
  'key-receipt': { en: 'key receipt', zh: '钥匙签收书' },
  'inspection-form': { en: 'inspection form', zh: '验收交接表' },
  'key-custody': { en: 'key custody', zh: '钥匙托管书' },
};
export const words: WordTables = {
  checkin: {
    status: { open: { en: 'open', zh: '办理中' }, completed: { en: 'completed', zh: '已交房' } },
    // the documents checked (`owner-id:王伟` names whose), and the forms signed.
    doc,
    docs: doc,
    form,
  },
};
