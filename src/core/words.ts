// Issue 18 point 2: every closed value has its words. A code (stable, what --json and
// the database hold) is shown in the clerk's language and typed either way: the code or
// its Chinese word (`--channel 电话`). One table of words per closed list; a workflow keeps
// its tables in its messages.ts (plain data, so bundles may load lazily), the lists every
// record shares live here. Tables are grouped by scope: a record type (`complaint`), or a
// name of a registry (`unit`, `staff`); `core` is every scope's fallback.
import type { Lang, T } from './io.js';
import { refuse } from './errors.js';

export type Words = Record<string, { en: string; zh: string }>;
/** scope → list name → the words of each code. */
export type WordTables = Record<string, Record<string, Words>>;

/** The translator key of a code's words (i18n/index.ts merges every table under these keys). */
export function wordKey(scope: string, list: string, code: string): string {
  return `w.${scope}.${list}.${code}`;
}

/** A code in the clerk's language, looked up in its scope, then in `core`; an unknown code is shown as is. */
export function say(t: T, scope: string, list: string, code: unknown): string {
  if (code === null || code === undefined) return '';
  if (typeof code !== 'string' || !code) return String(code);
  for (const s of [scope, 'core']) {
    const k = wordKey(s, list, code);
    const v = t(k);
    if (v !== k) return v;
  }
  return code;
}

/** A code's words from one table (the code itself when the table lacks it). */
export function word(list: Words, code: string, lang: Lang): string {
  return list[code]?.[lang] ?? code;
}

/**
 * What a clerk typed for a closed list: the code, its Chinese word or its English word
 * (case and surrounding blanks ignored). Anything else is refused (exit 2) in one line
 * that lists the accepted words.
 */
export function parseWord(list: Words, input: string, flag: string): string {
  const code = findCode(list, input);
  if (code !== undefined) return code;
  refuse('E_VALUE', 'err.word', { flag, value: input, ...acceptedWords(list) });
}

/** The code a typed value names in a table, or undefined. */
export function findCode(list: Words, input: string): string | undefined {
  const v = input.trim();
  if (Object.hasOwn(list, v)) return v;
  const lower = v.toLowerCase();
  for (const [code, w] of Object.entries(list)) if (code.toLowerCase() === lower || w.zh === v || w.en.toLowerCase() === lower) return code;
  return undefined;
}

/** The accepted words of a list, each with its code: `来访(visit) 电话(phone) …`. */
export function acceptedWords(list: Words): { words: string } {
  return {
    words: Object.entries(list)
      .map(([code, w]) => `${w.zh}(${code})`)
      .join(' '),
  };
}

// ── Lists every record shares ─────────────────────────────────────────────
/** A state every record may end in (R-000: void, never delete). */
const status: Words = { voided: { en: 'voided', zh: '已作废' } };

/** which way a ledger entry moved money. */
const direction: Words = {
  received: { en: 'received', zh: '收取' },
  refunded: { en: 'refunded', zh: '退还' },
  deducted: { en: 'deducted', zh: '扣除' },
};

/** what a ledger entry is for (the items the workflows post). */
const item: Words = {
  'permit-fee': { en: 'permit fee', zh: '施工许可证工本费' },
  'maintenance-fee': { en: 'maintenance fee', zh: '维护费' },
  'deposit-owner': { en: 'owner deposit', zh: '业主装修保证金' },
  'deposit-contractor': { en: 'contractor deposit', zh: '施工单位装修保证金' },
  'pass-fee': { en: 'pass fee', zh: '施工证工本费' },
  'pass-deposit': { en: 'pass deposit', zh: '施工证押金' },
  'lost-pass': { en: 'lost pass', zh: '遗失施工证' },
  'lost-permit': { en: 'lost permit', zh: '遗失施工许可证' },
  'unreturned-pass': { en: 'pass not returned', zh: '施工证未退回' },
  'agency-fee': { en: 'agency fee', zh: '代理费' },
  'lend-deposit': { en: 'lending deposit', zh: '借用押金' },
  'lend-deposit-void': { en: 'lending deposit (voided)', zh: '借用押金（作废退还）' },
  'repair-fee': { en: 'repair fee', zh: '维修费' },
};

/** a document's type (identity.ts ID_TYPES). */
const idType: Words = {
  id: { en: 'ID card', zh: '居民身份证' },
  passport: { en: 'passport', zh: '护照' },
  'hk-macau': { en: 'HK/Macau permit', zh: '港澳居民来往内地通行证' },
  taiwan: { en: 'Taiwan permit', zh: '台湾居民来往大陆通行证' },
  company: { en: 'credit code', zh: '统一社会信用代码' },
};

/** R-1101: a patrol round's half of the day. */
const half: Words = { am: { en: 'morning', zh: '上午' }, pm: { en: 'afternoon', zh: '下午' } };

/** §0a: the name of a deadline (its step); dated and numbered steps are worded by stepWord. */
const step: Words = {
  review: { en: 'review', zh: '审核' },
  followup: { en: 'follow-up', zh: '回访' },
  handoff: { en: 'hand-off to after-sales', zh: '移交售后' },
  refund: { en: 'refund', zh: '退押金' },
  answer: { en: 'answer', zh: '响应' },
  complete: { en: 'completion', zh: '完工' },
  'developer-reply': { en: "developer's reply", zh: '开发商答复' },
  escalate: { en: 'escalation', zh: '升级' },
  feedback: { en: 'feedback', zh: '反馈' },
  handle: { en: 'handling', zh: '处理' },
  patrol: { en: 'patrol', zh: '巡查' },
  post: { en: 'posting', zh: '张贴' },
  report: { en: 'report', zh: '上报' },
  return: { en: 'return', zh: '归还' },
  rework: { en: 'rework', zh: '返工' },
  reminder: { en: 'reminder', zh: '到期提醒' },
  end: { en: 'lease end', zh: '租期届满' },
  promise: { en: 'promised date', zh: '承诺时限' },
  expire: { en: 'taking down', zh: '撤下' },
};

/** What happened to a record: the kind of a timeline event. */
const event: Words = {
  created: { en: 'created', zh: '登记' },
  act: { en: 'action item done', zh: '行动项完成' },
  voided: { en: 'voided', zh: '作废' },
  accept: { en: 'accepted', zh: '验收' },
  'accept-fail': { en: 'acceptance failed', zh: '验收不合格' },
  action: { en: 'action item', zh: '整改' },
  approve: { en: 'approved', zh: '批准' },
  assign: { en: 'assigned', zh: '派单' },
  call: { en: 'call', zh: '电话通知' },
  classify: { en: 'classified', zh: '定级' },
  close: { en: 'closed', zh: '结案' },
  complete: { en: 'completed', zh: '完工' },
  'complete-file': { en: 'file completed', zh: '资料齐全' },
  consent: { en: 'consented', zh: '业主同意' },
  defect: { en: 'defect', zh: '验房问题' },
  developer: { en: 'to the developer', zh: '转开发商' },
  'developer-reply': { en: "developer's reply", zh: '开发商答复' },
  dispatch: { en: 'dispatched', zh: '派工' },
  doc: { en: 'document', zh: '收取资料' },
  expire: { en: 'expired', zh: '撤下' },
  extend: { en: 'extended', zh: '延期' },
  followup: { en: 'follow-up', zh: '回访' },
  'followup-result': { en: 'follow-up result', zh: '回访结果' },
  handoff: { en: 'handed off', zh: '移交售后' },
  'hot-work-permit': { en: 'hot-work permit', zh: '动火许可' },
  inspect: { en: 'inspection', zh: '装修巡查' },
  keys: { en: 'keys', zh: '钥匙' },
  'lease-end': { en: 'lease ended', zh: '退租' },
  lost: { en: 'lost', zh: '遗失' },
  meter: { en: 'meter reading', zh: '抄表' },
  out: { en: 'left', zh: '离开' },
  'owner-file': { en: 'owner file', zh: '业主资料' },
  patrol: { en: 'patrol', zh: '巡查' },
  pay: { en: 'paid', zh: '缴费' },
  'permit-lost': { en: 'permit lost', zh: '许可证遗失' },
  post: { en: 'posted', zh: '张贴' },
  quote: { en: 'quoted', zh: '报价' },
  reaccept: { en: 'second acceptance', zh: '二次验收' },
  refund: { en: 'refunded', zh: '退款' },
  reject: { en: 'rejected', zh: '不予批准' },
  release: { en: 'goods released', zh: '物品放行' },
  remind: { en: 'reminded', zh: '提醒' },
  reopen: { en: 'reopened', zh: '重新处理' },
  requote: { en: 'quoted again', zh: '重新报价' },
  resolve: { en: 'resolved', zh: '处理完毕' },
  respond: { en: 'responded', zh: '响应' },
  resume: { en: 'resumed', zh: '复工' },
  return: { en: 'returned', zh: '归还' },
  sign: { en: 'signed', zh: '签署' },
  skip: { en: 'skipped', zh: '未回访' },
  'stop-work': { en: 'work stopped', zh: '停工整顿' },
  verify: { en: 'verified', zh: '核实' },
  violation: { en: 'violation', zh: '违规' },
  'worker-add': { en: 'worker added', zh: '办理施工证' },
  'worker-forfeit': { en: 'pass deposit kept', zh: '扣施工证押金' },
  'worker-lost': { en: 'pass lost', zh: '施工证遗失' },
  'worker-return': { en: 'pass returned', zh: '退回施工证' },
  adopt: { en: 'adoption decided', zh: '采纳决定' },
  note: { en: 'note', zh: '备注' },
  told: { en: 'resident told', zh: '已告知' },
  visit: { en: 'visit', zh: '来访' },
  lend: { en: 'lent', zh: '借出' },
};

export const CORE_WORDS: WordTables = { core: { status, direction, item, idType, half, step, event } };

/**
 * A deadline's name in the clerk's language (§0a): "refund" → 退押金, a renovation's
 * inspection slot "inspect-2026-11-17-pm" → 11月17日下午巡查, "rectify-ZG-…" → 整改 ZG-…,
 * a survey's "action-cleaning" → 整改：卫生, a meeting's "action-1" → 行动项 1.
 */
export function stepWord(t: T, step: string): string {
  const slot = /^inspect-(\d{4})-(\d{2})-(\d{2})-(am|pm)$/.exec(step);
  if (slot)
    return t('step.inspect', {
      month: Number(slot[2]),
      day: Number(slot[3]),
      half: say(t, 'core', 'half', slot[4]),
    });
  const rectify = /^rectify-(.+)$/.exec(step);
  if (rectify) return t('step.rectify', { no: rectify[1] });
  const action = /^action-(.+)$/.exec(step);
  if (action)
    return /^\d+$/.test(action[1]) ? t('step.actionItem', { n: action[1] }) : t('step.action', { area: say(t, 'survey', 'area', action[1]) });
  return say(t, 'core', 'step', step);
}

/**
 * A deadline's rule as the clerk cites it: the manual's rule id (`R-402`), not the
 * profile key behind it (`R-402.report.important`, issue 18: no internal keys on screen or paper).
 * `--json` keeps the key.
 */
export function ruleCited(rule: string | null | undefined): string {
  if (!rule) return '';
  return /^R-[0-9A-Z]+/.exec(rule)?.[0] ?? rule;
}
