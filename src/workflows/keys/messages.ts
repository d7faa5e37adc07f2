import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk keys`.
export default {
  'err.noKey': {
    en: 'no key set "{key}": use the hook number or <unit>:<kind> (`pmdesk keys where <unit>`)',
    zh: '没有钥匙“{key}”：请用挂钩号或 <房号>:<类别>（`pmdesk keys where <房号>`）',
  },
  'err.ambiguousKey': { en: '"{key}" matches several key sets ({hooks}): give the hook number', zh: '“{key}”对应多套钥匙（{hooks}）：请给出挂钩号' },
  'err.hook': { en: 'hook "{hook}" must be 1–16 letters, digits or -', zh: '挂钩号“{hook}”须为 1–16 位字母、数字或 -' },
  'err.hookTaken': { en: 'hook {hook} is already used', zh: '挂钩号 {hook} 已被使用' },
  'err.keyNotIn': { en: 'key {hook} is not in the cabinet ({status}): held by {holder}', zh: '钥匙 {hook} 不在柜中（{status}）：持有人 {holder}' },
  'err.keyGone': { en: "key {hook} is {status}: it is no longer the desk's to record", zh: '钥匙 {hook} 的状态为 {status}：已不由客服中心保管' },
  'err.notManager': {
    en: 'only the responsible person of {no} ({manager}) may borrow keys for a contractor (R-702)',
    zh: '施工单位只能由 {no} 的负责人（{manager}）借用钥匙（R-702）',
  },
  'err.otherUnit': { en: 'renovation {no} is for another unit', zh: '装修单 {no} 不是该房号的' },
  'err.countTooHigh': { en: 'key set {hook} has only {count} keys', zh: '钥匙 {hook} 只有 {count} 把' },
  'err.countMismatch': {
    en: '{no}: {out} keys lent, {back} returned ({diff} missing): check again, or record it with --note',
    zh: '{no}：借出 {out} 把，归还 {back} 把（差 {diff} 把）：请核对，或用 --note 说明后登记',
  },
  'err.notCheckedIn': {
    en: 'the owner of {unit} has not checked in: do the handover first (`pmdesk checkin start {unit}`, R-705)',
    zh: '{unit} 业主尚未办理入伙：请先交房（`pmdesk checkin start {unit}`，R-705）',
  },
  'err.releaseCall': {
    en: '{to} is not a registered owner of {unit}: call the owner to confirm and add --verified-by-call (R-705)',
    zh: '{to} 不是 {unit} 的登记业主：请致电业主确认后加 --verified-by-call（R-705）',
  },
  'keys.added': { en: 'key set {hook} ({kind} ×{count}, {custody}) for {unit}', zh: '已登记钥匙 {hook}（{kind} ×{count}，{custody}），房号 {unit}' },
  'keys.ack': {
    en: 'the owner acknowledged: the desk is not responsible for property inside the unit (R-701)',
    zh: '业主已确认：客服中心不对室内财物负责（R-701）',
  },
  'keys.lent': { en: '{no}: lent to {borrower}, due back {due}', zh: '{no}：已借给 {borrower}，应于 {due} 前归还' },
  'keys.state': { en: '{no}: {status}', zh: '{no}：{status}' },
  'keys.none': { en: 'no key out', zh: '没有借出的钥匙' },
  'keys.form.loan': { en: 'Key loan register', zh: '钥匙借用登记表' },
  'csv.hook': { en: 'hook', zh: '挂钩号' },
  'csv.borrower': { en: 'borrower', zh: '借用人' },
  'csv.reason': { en: 'reason', zh: '事由' },
  'csv.count': { en: 'count', zh: '数量' },
  'csv.returned': { en: 'returned', zh: '归还时间' },
  'keys.f.dueBack': { en: 'Due back by', zh: '应还时间' },
  'col.hook': { en: 'Hook', zh: '挂钩' },
  'col.kind': { en: 'Kind', zh: '类别' },
  'col.count': { en: 'Count', zh: '数量' },
  'col.custody': { en: 'Custody', zh: '保管类型' },
  'col.holder': { en: 'Holder', zh: '持有人' },
  'keys.form.entrust': { en: "Owners' key entrust register", zh: '业主留钥匙登记表' },
  'keys.entrust.note': {
    en: 'The owner acknowledges that the desk keeps the keys only and is not responsible for property inside the unit (R-701).',
    zh: '业主确认：客服中心仅代为保管钥匙，不对室内财物负责（R-701）。',
  },
  'keys.entrust.owner': { en: 'Owner', zh: '业主' },
  'keys.entrust.sign': { en: "Owner's signature", zh: '业主签名' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of keys. */
export const words: WordTables = {
  keyMove: {
    status: {
      open: { en: 'lent', zh: '借出' },
      returned: { en: 'returned', zh: '已归还' },
      inspecting: { en: 'inspecting', zh: '待查验' },
      closed: { en: 'closed', zh: '已结束' },
    },
    kind: {
      door: { en: 'door', zh: '门钥匙' },
      mailbox: { en: 'mailbox', zh: '信箱钥匙' },
      other: { en: 'other', zh: '其他钥匙' },
    },
    custody: {
      developer: { en: 'developer', zh: '开发商' },
      entrusted: { en: 'entrusted by the owner', zh: '业主委托' },
      unsold: { en: 'unsold', zh: '未售' },
      public: { en: 'public', zh: '公共' },
    },
    inspection: { pass: { en: 'pass', zh: '合格' }, fail: { en: 'fail', zh: '不合格' } },
    keyStatus: {
      in: { en: 'on the hook', zh: '在柜' },
      out: { en: 'lent', zh: '借出' },
      released: { en: 'released', zh: '已交付' },
      lost: { en: 'lost', zh: '遗失' },
    },
  },
};
