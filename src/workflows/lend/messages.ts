import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk lend` (R-1300).
export default {
  'err.lendItem': {
    en: '--item "{value}" is not an item the desk lends; give one of: {choices} (profile lend.items)',
    zh: '--item “{value}”不是可借用的物品；请填写其中之一：{choices}（配置项 lend.items）',
  },
  'err.lendNoneLeft': {
    en: 'only {left} {item} left to lend ({stock} in stock, {out} out), {n} asked: wait for one to come back or add stock (profile lend.items)',
    zh: '{item}仅剩 {left} 件可借（共 {stock} 件，借出 {out} 件），要借 {n} 件：请等归还后再借，或在配置 lend.items 中增加数量',
  },
  'err.lendDeposit': {
    en: 'the deposit for {n} {item} is {deposit} yuan, not {given}: give --deposit {deposit} or leave it out (profile lend.items.{key}.depositFen)',
    zh: '{n} 件{item}的押金为 {deposit} 元，不是 {given} 元：请填写 --deposit {deposit} 或不填（配置项 lend.items.{key}.depositFen）',
  },
  'err.lendBackTwice': {
    en: '{no} was already returned on {at}: a loan is returned once (see `pmdesk lend show {no}`)',
    zh: '{no} 已于 {at} 归还：每笔借用只能归还一次（见 `pmdesk lend show {no}`）',
  },
  'err.lendKeepUndamaged': {
    en: '--keep is only for a damaged item: add --damaged, or leave --keep out to refund the whole deposit',
    zh: '--keep 仅用于物品损坏：请加上 --damaged，或去掉 --keep 全额退还押金',
  },
  'err.lendKeepTooMuch': {
    en: '--keep {keep} is more than the deposit {deposit} yuan: keep at most the deposit',
    zh: '--keep {keep} 超过押金 {deposit} 元：最多扣留全部押金',
  },
  'err.lendOnHand': {
    en: '--on-hand: "{value}" is not item=count; give e.g. --on-hand umbrella=18,trolley=4 (items: {choices})',
    zh: '--on-hand：“{value}”不是“物品=数量”；例如 --on-hand 雨伞=18,手推车=4（物品：{choices}）',
  },
  'lend.out': {
    en: '{no}: {count} {item} lent to {borrower}, deposit {deposit} yuan received; due back by {due}',
    zh: '{no}：{item} {count} 件借给 {borrower}，收押金 {deposit} 元；应于 {due} 前归还',
  },
  'lend.back': {
    en: '{no}: returned; deposit refunded {refunded} yuan, kept {kept} yuan',
    zh: '{no}：已归还；退还押金 {refunded} 元，扣留 {kept} 元',
  },
  'lend.backDamaged': { en: '(damaged)', zh: '（物品损坏）' },
  'lend.count.title': { en: 'Lending count at {at}', zh: '借用物品与押金盘点（{at}）' },
  'lend.count.deposits': {
    en: 'deposits held (ledger) {held} yuan; deposits of loans still out {open} yuan',
    zh: '账面押金余额 {held} 元；未还借用应有押金 {open} 元',
  },
  'lend.count.cash': { en: 'cash counted {cash} yuan', zh: '实点押金现金 {cash} 元' },
  'lend.count.ok': { en: 'balanced: items and deposits agree', zh: '账实相符：物品与押金一致' },
  'lend.count.diffs': {
    en: '{n} difference(s): the supervisor finds the cause (seed 004 §4.3)',
    zh: '发现 {n} 处不符：由部门主管查找原因（借用规程 4.3）',
  },
  'lend.diff.onHand': { en: '{name}: should be {expected} on hand, {found} counted', zh: '{name}：应在库 {expected} 件，实点 {found} 件' },
  'lend.diff.out': { en: '{name}: {found} out but only {expected} in stock', zh: '{name}：借出 {found} 件，但库存只有 {expected} 件' },
  'lend.diff.unlisted': {
    en: '{name}: {found} out, but the item is no longer in the profile',
    zh: '{name}：借出 {found} 件，但该物品已不在配置中',
  },
  'lend.diff.deposits': {
    en: 'deposits: the ledger holds {found} yuan, the loans out account for {expected} yuan',
    zh: '押金：账面余额 {found} 元，未还借用应有 {expected} 元',
  },
  'lend.diff.cash': { en: 'cash: {found} yuan counted, {expected} yuan should be held', zh: '现金：实点 {found} 元，应有 {expected} 元' },
  'lend.col.item': { en: 'Item', zh: '物品' },
  'lend.col.stock': { en: 'Stock', zh: '总数' },
  'lend.col.out': { en: 'Out', zh: '借出' },
  'lend.col.onHand': { en: 'On hand', zh: '应在库' },
  'lend.col.counted': { en: 'Counted', zh: '实点' },
  'lend.col.diff': { en: 'Diff', zh: '差异' },
  'lend.form.slip': { en: 'Lending slip', zh: '物品借用登记单' },
  'lend.f.item': { en: 'Item', zh: '借用物品' },
  'lend.f.count': { en: 'Count', zh: '数量' },
  'lend.f.borrower': { en: 'Borrower', zh: '借用人' },
  'lend.f.deposit': { en: 'Deposit (yuan)', zh: '押金（元）' },
  'lend.f.lentAt': { en: 'Lent at', zh: '借出时间' },
  'lend.f.dueAt': { en: 'Due back by', zh: '应还时间' },
  'lend.f.returnedAt': { en: 'Returned at', zh: '归还时间' },
  'lend.f.condition': { en: 'Condition on return', zh: '归还检查' },
  'lend.f.intact': { en: 'intact', zh: '完好' },
  'lend.f.damaged': { en: 'damaged', zh: '破损' },
  'lend.f.refunded': { en: 'Deposit refunded (yuan)', zh: '退还押金（元）' },
  'lend.f.kept': { en: 'Deposit kept (yuan)', zh: '扣留押金（元）' },
  'lend.f.signBorrower': { en: 'Borrower', zh: '借用人签名' },
  'lend.f.signClerk': { en: 'Desk clerk', zh: '经办人签名' },
  'lend.f.voided': { en: 'VOID', zh: '已作废' },
  'csv.deposit': { en: 'deposit', zh: '押金' },
  'csv.damaged': { en: 'damaged', zh: '损坏' },
  'csv.kept': { en: 'kept', zh: '扣留押金' },
  'rep.lending': { en: 'Lending (R-1300)', zh: '物品借用（R-1300）' },
  'rep.lending.loans': { en: 'loans', zh: '借出笔数' },
  'rep.lending.itemsLent': { en: 'items lent', zh: '借出件数' },
  'rep.lending.returns': { en: 'returns', zh: '归还笔数' },
  'rep.lending.damaged': { en: 'returned damaged', zh: '归还时损坏' },
  'rep.lending.overdue': { en: 'overdue (at month end or now)', zh: '逾期未还（月末或当前）' },
  'rep.lending.receivedFen': { en: 'deposits received', zh: '收取押金' },
  'rep.lending.refundedFen': { en: 'deposits refunded', zh: '退还押金' },
  'rep.lending.keptFen': { en: 'deposits kept (damage)', zh: '扣留押金（损坏）' },
  'rep.lending.heldFen': { en: 'deposits held at month end', zh: '月末押金余额' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of lendings. */
export const words: WordTables = {
  lending: { status: { lent: { en: 'lent', zh: '借出' }, returned: { en: 'returned', zh: '已归还' } } },
};
