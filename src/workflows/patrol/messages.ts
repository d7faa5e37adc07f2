import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Messages of `pmdesk patrol` (§11).
export default {
  'err.patrolPast': {
    en: '{month} is over: a plan is made for this month or a later one (--month YYYY-MM)',
    zh: '{month} 已经过去：只能为本月或以后的月份制定巡查计划（--month YYYY-MM）',
  },
  'err.patrolNoDays': {
    en: '{month} has no working day left to plan on: plan the next month (--month YYYY-MM)',
    zh: '{month} 已没有剩余工作日可安排：请为下个月制定计划（--month YYYY-MM）',
  },
  'err.patrolWhere': {
    en: 'say where: --unit <code> for a vacant or unsold unit, or --public <place> for a public area',
    zh: '请指明巡查位置：空置房或未售房用 --unit <房号>，公共区域用 --public <部位>',
  },
  'err.patrolResult': {
    en: 'say what was found: --ok when everything is in order, or --finding "<what>"',
    zh: '请填写巡查结果：一切正常用 --ok，发现问题用 --finding "<问题>"',
  },
  'err.patrolRepairOk': {
    en: '--repair and --check go with --finding, not with --ok',
    zh: '--repair 和 --check 只能与 --finding 一起使用，不能与 --ok 同用',
  },
  'err.patrolNotVacant': {
    en: '{unit} is {status}, not vacant or unsold: patrols are for vacant and unsold units (R-1100)',
    zh: '{unit} 的状态为 {status}，不是空置房或未售房：巡查只针对空置房和未售房（R-1100）',
  },
  'err.patrolPlaceDone': {
    en: '{place} is already checked in the {half} round ({no})',
    zh: '{place} 在{half}巡查（{no}）中已登记过',
  },
  'err.patrolNothingOpen': {
    en: '{no} has no open finding without a repair order (findings with one close with their repair)',
    zh: '{no} 没有未处理且未转报修的问题（已转报修的问题随维修单完成而关闭）',
  },
  'patrol.planned': {
    en: '{month}: {units} unit patrols spread over {days} working days from {from}, {rounds} public-area rounds over {places} places ({first} … {last})',
    zh: '{month}：{units} 次空置房巡查分布在 {from} 起的 {days} 个工作日，公共区域巡查 {rounds} 次（{places} 个部位）（{first} … {last}）',
  },
  'patrol.planned.already': { en: '{month} is already planned: nothing added', zh: '{month} 已制定巡查计划：未新增任何项目' },
  'patrol.recorded': { en: '{no}: {where} — {what} ({status})', zh: '{no}：{where} —— {what}（{status}）' },
  'patrol.ok': { en: 'all in order', zh: '一切正常' },
  'patrol.finding': { en: 'finding: {finding}', zh: '发现问题：{finding}' },
  'patrol.repair': { en: '; repair order {repair} opened', zh: '；已生成维修单 {repair}' },
  'patrol.resolved': { en: '{no}: {n} finding(s) resolved', zh: '{no}：已处理 {n} 个问题' },
  'patrol.round': { en: 'public-area round', zh: '公共区域巡查' },
  'patrol.half.am': { en: 'morning', zh: '上午' },
  'patrol.half.pm': { en: 'afternoon', zh: '下午' },
  'patrol.round.title': { en: 'Public-area patrol record', zh: '公共区域巡查记录' },
  'patrol.f.place': { en: 'Place', zh: '部位' },
  'patrol.sheet.title': { en: 'Vacant-unit patrol record sheet', zh: '空置房巡查记录表' },
  'patrol.f.month': { en: 'Month', zh: '月份' },
  'patrol.f.unit': { en: 'Unit', zh: '房号' },
  'patrol.f.planned': { en: 'Planned', zh: '计划日期' },
  'patrol.f.at': { en: 'Patrolled', zh: '巡查时间' },
  'patrol.f.finding': { en: 'Findings', zh: '发现问题' },
  'patrol.f.repair': { en: 'Repair order', zh: '维修单' },
  'patrol.f.sign': { en: 'Patrolled by (signature)', zh: '巡查人（签名）' },
  'patrol.f.checks': { en: 'Checks', zh: '检查项目' },
  'patrol.f.result': { en: 'Result', zh: '检查结果' },
  'patrol.f.legend': {
    en: '√ every check in order · × the checks that failed · blank: not yet patrolled',
    zh: '√ 各项正常 · × 不合格的检查项 · 空白：尚未巡查',
  },
  'patrolCheck.clean': { en: 'Clean', zh: '卫生' },
  'patrolCheck.closed': { en: 'Doors/windows closed', zh: '门窗关闭' },
  'patrolCheck.utilities-off': { en: 'Water/power off', zh: '水电关闭' },
  'patrolCheck.no-leak': { en: 'No leaks', zh: '无渗漏' },
  'patrolCheck.facilities': { en: 'Facilities intact', zh: '设施完好' },
  'csv.patrol.kind': { en: 'patrol', zh: '巡查类型' },
  'csv.patrol.plannedFor': { en: 'planned for', zh: '计划日期' },
  'csv.patrol.half': { en: 'round', zh: '班次' },
  'csv.patrol.place': { en: 'places', zh: '部位' },
  'csv.patrol.result': { en: 'result', zh: '结果' },
  'csv.patrol.failed': { en: 'failed checks', zh: '不合格项' },
  'csv.patrol.finding': { en: 'finding', zh: '发现问题' },
  'csv.patrol.repair': { en: 'repair order', zh: '维修单' },
  'csv.patrol.clerk': { en: 'patrolled by', zh: '巡查人' },
  'rep.patrols': { en: 'Patrols (§11)', zh: '巡查（§11）' },
  'rep.patrols.unitsPlanned': { en: 'unit patrols planned', zh: '空置房计划巡查' },
  'rep.patrols.unitsDone': { en: 'unit patrols done', zh: '空置房已巡查' },
  'rep.patrols.unitsMissed': { en: 'unit patrols missed (not done by the planned day)', zh: '空置房漏巡（未在计划日完成）' },
  'rep.patrols.roundsPlanned': { en: 'public-area rounds planned', zh: '公共区域计划巡查' },
  'rep.patrols.roundsDone': { en: 'public-area rounds done', zh: '公共区域已巡查' },
  'rep.patrols.roundsMissed': { en: 'public-area rounds missed (not done by their time)', zh: '公共区域漏巡（未按时完成）' },
  'rep.patrols.unplanned': { en: 'patrols outside the plan', zh: '计划外巡查' },
  'rep.patrols.findings': { en: 'findings', zh: '发现问题' },
  'rep.patrols.findingsOpen': { en: 'findings open', zh: '未处理问题' },
  'rep.patrols.findingsClosed': { en: 'findings closed', zh: '已处理问题' },
  'rep.patrols.repairs': { en: 'findings made repair orders', zh: '转维修单' },
} satisfies Bundle;

/** R-1100: the points of a unit's check (`--check`; a record's `failed` field holds them too). */
const CHECK = {
  clean: { en: 'clean', zh: '卫生' },
  closed: { en: 'doors and windows closed', zh: '门窗关闭' },
  'utilities-off': { en: 'utilities off', zh: '水电关闭' },
  'no-leak': { en: 'no leak', zh: '无渗漏' },
  facilities: { en: 'facilities intact', zh: '设施完好' },
};

/** Issue 18: the words of every closed list of patrols. */
export const words: WordTables = {
  patrol: {
    status: { planned: { en: 'planned', zh: '待巡查' }, done: { en: 'done', zh: '已巡查' } },
    check: CHECK,
    failed: CHECK,
    result: { ok: { en: 'ok', zh: '正常' }, finding: { en: 'finding', zh: '发现问题' } },
    // R-1100, R-1101: what a patrol covers — a vacant or unsold unit, or the public areas.
    kind: { unit: { en: 'unit', zh: '空置房' }, round: { en: 'public-area round', zh: '公共区域' } },
  },
};
