import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk repair`.
export default {
  'err.repairWhere': { en: 'give either --unit <code> or --public <place> (公共部位)', zh: '请给出 --unit <房号> 或 --public <公共部位>（二选一）' },
  'err.helpUrgency': {
    en: '--help requests are emergencies: drop --urgency or use --urgency emergency (R-505)',
    zh: '求助（--help）属于紧急事项：请去掉 --urgency 或使用 --urgency emergency（R-505）',
  },
  'err.agreedPast': {
    en: '--agreed {agreed} is not after the report: give the agreed later time',
    zh: '--agreed {agreed} 不晚于报修时间：请填写约定的时间',
  },
  'err.priceItem': {
    en: '--item "{item}" is not in the price list ({items}); use --amount',
    zh: '--item“{item}”不在价目表中（{items}）；请用 --amount',
  },
  'err.paidRequired': {
    en: '{no} is paid work quoted at {amount} yuan: give --paid <yuan> --receipt <no>',
    zh: '{no} 为有偿维修，报价 {amount} 元：请给出 --paid <元> --receipt <收据号>',
  },
  'err.receiptRequired': {
    en: '--paid needs --receipt <number> (the receipt the desk issued, R-502)',
    zh: '--paid 需要 --receipt <收据号>（前台开具的收据，R-502）',
  },
  'err.noConsent': {
    en: '{no} has no owner consent for the quote: run `pmdesk repair quote {no} --consent` first (R-501)',
    zh: '{no} 尚无业主对报价的同意：请先运行 `pmdesk repair quote {no} --consent`（R-501）',
  },
  'err.noQuote': {
    en: "{no} is not paid work: record the quote and the owner's consent first with `pmdesk repair quote {no} --amount <yuan> --consent`, or complete without --paid (R-501)",
    zh: '{no} 不是有偿维修：请先用 `pmdesk repair quote {no} --amount <元> --consent` 记录报价和业主同意，或不带 --paid 完成（R-501）',
  },
  'err.quoteAmount': {
    en: 'give the quote: --amount <yuan> or --item <price-list item> (R-501)',
    zh: '请给出报价：--amount <元> 或 --item <价目表项目>（R-501）',
  },
  'err.priceValue': {
    en: 'the price list item "{item}" is not an amount in fen: fix it with `pmdesk profile set repair.priceList …`',
    zh: '价目表项目“{item}”不是以分为单位的金额：请用 `pmdesk profile set repair.priceList …` 修正',
  },
  'err.amountOrItem': {
    en: 'give either --amount <yuan> or --item <price-list item>, not both',
    zh: '--amount <元> 与 --item <价目表项目> 只能给一个',
  },
  'err.agreedDone': {
    en: '{no} is already completed: an agreed time can only be set before completion',
    zh: '{no} 已完成：约定时间只能在完成前设定',
  },
  'err.completeBeforeReport': {
    en: '{no} was reported at {reported}: the completion time (--at) cannot be earlier',
    zh: '{no} 的报修时间为 {reported}：完成时间（--at）不能早于报修时间',
  },
  'err.dateOrMonth': {
    en: 'give either --date <YYYY-MM-DD> or --month <YYYY-MM>, not both',
    zh: '--date <YYYY-MM-DD> 与 --month <YYYY-MM> 只能给一个',
  },
  'repair.log.title': { en: 'Daily repair log', zh: '日常维修记录表' },
  'repair.log.heading': { en: 'Daily repair log {period}', zh: '日常维修记录表 {period}' },
  'repair.col.time': { en: 'Time', zh: '时间' },
  'repair.col.done': { en: 'Completed / on time', zh: '完成时间 / 是否及时' },
  'repair.col.sign': { en: 'Desk', zh: '经办' },
  'repair.f.agreed': { en: 'Agreed time', zh: '约定时间' },
  'repair.f.repeat': { en: 'Repeat (R-504)', zh: '重复维修（R-504）' },
  'repair.v.repeat': { en: 'repeat: {n}th of this kind in the unit', zh: '重复：本户同类第 {n} 次' },
  'repair.v.repeatShort': { en: 'repeat', zh: '重复' },
  'repair.v.help': { en: 'help', zh: '求助' },
  'repair.v.voided': { en: 'voided', zh: '已作废' },
  'repair.v.onTime': { en: 'on time', zh: '及时' },
  'repair.created': { en: '{no} logged, due {due}', zh: '已登记 {no}，期限 {due}' },
  'repair.done': { en: '{no}: {status}', zh: '{no}：{status}' },
  'repair.form.title': { en: 'Repair work order', zh: '维修单' },
  'repair.form.copy1': { en: 'copy 1 — desk', zh: '第一联 客服中心存档' },
  'repair.form.copy2': { en: 'copy 2 — technician', zh: '第二联 维修人员' },
  'repair.f.unit': { en: 'Unit / place', zh: '房号 / 部位' },
  'repair.f.reporter': { en: 'Reported by', zh: '报修人' },
  'repair.f.phone': { en: 'Phone', zh: '联系电话' },
  'repair.f.time': { en: 'Reported at', zh: '报修时间' },
  'repair.f.desc': { en: 'Problem', zh: '报修内容' },
  'repair.f.kind': { en: 'Kind / urgency', zh: '类别 / 紧急程度' },
  'repair.f.tech': { en: 'Technician', zh: '维修人员' },
  'repair.f.materials': { en: 'Materials', zh: '领用材料' },
  'repair.f.paid': { en: 'Paid / free', zh: '有偿 / 无偿' },
  'repair.f.amount': { en: 'Amount (yuan) / receipt', zh: '金额（元）/ 收据号' },
  'repair.f.completed': { en: 'Completed at', zh: '完成时间' },
  'repair.f.comment': { en: "Owner's comment", zh: '业主意见' },
  'repair.f.signOwner': { en: "Owner's signature", zh: '业主签名' },
  'repair.f.signTech': { en: "Technician's signature", zh: '维修人员签名' },
  'repair.f.signDesk': { en: 'Desk', zh: '客服经办' },
  'repair.paid': { en: 'paid', zh: '有偿' },
  'repair.free': { en: 'free', zh: '无偿' },
  'csv.kind': { en: 'kind', zh: '类别' },
  'csv.urgency': { en: 'urgency', zh: '紧急程度' },
  'csv.public': { en: 'public_place', zh: '公共部位' },
  'csv.reporter': { en: 'reporter', zh: '报修人' },
  'csv.description': { en: 'description', zh: '内容' },
  'csv.tech': { en: 'technician', zh: '维修人员' },
  'csv.completed': { en: 'completed', zh: '完成时间' },
  'csv.onTime': { en: 'on_time', zh: '是否及时' },
} satisfies Bundle;

/** what a help request 求助 is about. */
const HELP_KIND = {
  'first-aid': { en: 'first aid', zh: '急救' },
  security: { en: 'security', zh: '治安' },
  flood: { en: 'flood', zh: '水浸' },
  fire: { en: 'fire', zh: '火警' },
  other: { en: 'other', zh: '其他' },
};

/** Issue 18: the words of every closed list of repairs. */
export const words: WordTables = {
  repair: {
    status: {
      new: { en: 'new', zh: '新报修' },
      dispatched: { en: 'dispatched', zh: '已派工' },
      quoted: { en: 'quoted', zh: '已报价' },
      'in-progress': { en: 'in progress', zh: '维修中' },
      completed: { en: 'completed', zh: '已完工' },
      reopened: { en: 'reopened', zh: '返修' },
      closed: { en: 'closed', zh: '已结案' },
    },
    urgency: {
      normal: { en: 'normal', zh: '一般' },
      urgent: { en: 'urgent', zh: '紧急' },
      emergency: { en: 'emergency', zh: '特急' },
    },
    helpKind: HELP_KIND,
    help: HELP_KIND,
    kind: {
      plumbing: { en: 'plumbing', zh: '水管' },
      electrical: { en: 'electrical', zh: '电路' },
      'door-window': { en: 'doors and windows', zh: '门窗' },
      'wall-floor': { en: 'walls and floors', zh: '墙地面' },
      appliance: { en: 'appliance', zh: '电器' },
      'public-facility': { en: 'public facility', zh: '公共设施' },
      other: { en: 'other', zh: '其他' },
    },
    source: {
      desk: { en: 'desk', zh: '客服中心' },
      'checkin-defect': { en: 'handover defect', zh: '交房验房问题' },
      visit: { en: 'reception log', zh: '值班记录' },
      patrol: { en: 'patrol', zh: '巡查' },
    },
    size: { small: { en: 'small', zh: '小修' }, large: { en: 'large', zh: '大修' } },
  },
};
