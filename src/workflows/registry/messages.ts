import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// Registry (§1): init, units, residents, CSV import.
export default {
  'err.noUnit': {
    en: 'no unit {code}: check the code (`pmdesk unit list`) or add it (`pmdesk unit add`)',
    zh: '没有房号 {code}：请核对（`pmdesk unit list`）或先添加（`pmdesk unit add`）',
  },
  'err.unitExists': { en: 'unit {code} already exists: see `pmdesk unit show {code}`', zh: '房号 {code} 已存在：参见 `pmdesk unit show {code}`' },
  'err.noResident': {
    en: 'no resident "{value}": use the id shown by `pmdesk resident list`',
    zh: '没有住户“{value}”：请用 `pmdesk resident list` 显示的编号',
  },
  'err.ambiguousResident': {
    en: 'several residents are called "{value}" (ids {ids}): give the id',
    zh: '有多位住户名为“{value}”（编号 {ids}）：请给出编号',
  },
  'err.residentConflict': {
    en: 'this document number already belongs to resident {id} ({name}): check the number',
    zh: '该证件号码已属于住户 {id}（{name}）：请核对号码',
  },
  'err.residentExists': { en: 'resident {id} is already registered on unit {unit}', zh: '住户 {id} 已登记在房号 {unit}' },
  'err.invalid': { en: '{message}', zh: '{message}' },
  'err.importRefused': {
    en: 'the file was refused, nothing was imported: {n} problem(s) — fix these lines and import again:',
    zh: '文件被拒绝，未导入任何数据：共 {n} 处问题，请修改以下各行后重新导入：',
  },
  'err.fileRead': { en: 'cannot read {file}: check the path', zh: '无法读取 {file}：请检查路径' },
  'err.csvSyntax': { en: '{file} is not a valid CSV file: {message}', zh: '{file} 不是有效的 CSV 文件：{message}' },
  'err.csvEmpty': { en: '{file} is empty: it needs a header row and at least one row', zh: '{file} 是空文件：需要表头行和至少一行数据' },
  'err.csvExtraCells': {
    en: '{file} line {line}: column {column} has a value but the header names only {columns} columns; name the column or remove it',
    zh: '{file} 第 {line} 行：第 {column} 列有内容，但表头只有 {columns} 列；请给该列加表头或删除它',
  },
  'imp.line': { en: 'line {line}, {field}: {message}', zh: '第 {line} 行，{field}：{message}' },
  'imp.unknownColumn': { en: 'unknown column "{column}" (known: {known})', zh: '未知列“{column}”（可用：{known}）' },
  'imp.duplicateColumn': { en: 'column "{column}" appears twice', zh: '列“{column}”重复' },
  'imp.missingColumn': { en: 'required column {column} is missing', zh: '缺少必需的列 {column}' },
  'imp.unitCode': {
    en: '"{value}" is not a unit code (1–32 letters, digits, Chinese characters or -)',
    zh: '“{value}”不是有效房号（1–32 个字母、数字、汉字或 -）',
  },
  'imp.text': { en: 'must be 1–{max} characters without control characters', zh: '须为 1–{max} 个字符，且不含控制字符' },
  'imp.floor': { en: '"{value}" is not a floor number (-10 to 300)', zh: '“{value}”不是楼层（-10 到 300）' },
  'imp.area': { en: '"{value}" is not an area in m² (a positive number, at most 2 decimals)', zh: '“{value}”不是面积（平方米，正数，最多两位小数）' },
  'imp.choice': { en: '"{value}" is not one of: {choices}', zh: '“{value}”不是以下之一：{choices}' },
  'imp.idNumber': { en: 'not a valid mainland ID number ({why})', zh: '不是有效的居民身份证号（{why}）' },
  'imp.creditCode': { en: 'not a valid unified social credit code', zh: '不是有效的统一社会信用代码' },
  'imp.document': { en: 'not a valid document number (5–20 letters or digits)', zh: '不是有效的证件号码（5–20 位字母或数字）' },
  'imp.required': { en: 'is required', zh: '不能为空' },
  'imp.phone': { en: '"{value}" is not a mainland mobile or landline number', zh: '“{value}”不是大陆手机或固定电话号码' },
  'imp.duplicateRow': { en: 'unit {value} already appears on line {other}', zh: '房号 {value} 已在第 {other} 行出现' },
  'imp.unitDiffers': {
    en: 'unit {value} already exists with different data: change it with `pmdesk unit edit`',
    zh: '房号 {value} 已存在且数据不同：请用 `pmdesk unit edit` 修改',
  },
  'imp.noUnit': { en: 'unit {value} is not registered: import the units first', zh: '房号 {value} 未登记：请先导入房屋' },
  'imp.sameDocument': { en: 'the same document number has a different name on line {other}', zh: '同一证件号码在第 {other} 行姓名不同' },
  'imp.residentConflict': {
    en: 'document already registered to resident {id} ({name}) or with another role on this unit',
    zh: '证件已登记为住户 {id}（{name}），或在该房号下身份不同',
  },
  'imp.residentDiffers': {
    en: 'resident {id} is already registered with phone {old}, the file says {new}: change it with `pmdesk resident edit {id} --phone … --reason …`',
    zh: '住户 {id} 已登记的电话为 {old}，文件中为 {new}：请用 `pmdesk resident edit {id} --phone … --reason …` 修改',
  },
  'imp.done': {
    en: '{file}: {rows} rows ({encoding}), {added} added, {changed} corrected, {unchanged} already there',
    zh: '{file}：{rows} 行（{encoding}），新增 {added}，更正 {changed}，已存在 {unchanged}',
  },
  'imp.empty': {
    en: '{file}: nothing to import (a header and no rows); nothing was written',
    zh: '{file}：没有可导入的行（只有表头），未写入任何内容',
  },
  'imp.nothing': {
    en: '{file}: {rows} rows ({encoding}), no differences with the registry: nothing written',
    zh: '{file}：{rows} 行（{encoding}），与登记信息无差异：未写入任何数据',
  },
  'imp.difference': { en: 'line {line}, {subject}, {field}: {old} → {new}', zh: '第 {line} 行，{subject}，{field}：{old} → {new}' },
  'err.importDiffers': {
    en: 'the file differs from the registry in {n} field(s), nothing was written — check them and import again with --apply:',
    zh: '文件与登记信息有 {n} 处不同，未写入任何数据——请核对后加 --apply 重新导入：',
  },
  'imp.residentId': { en: '"{value}" is not the id of a registered resident', zh: '“{value}”不是已登记住户的编号' },
  'imp.progress': { en: 'importing', zh: '导入中' },

  'init.created': { en: 'created {db} (schema {to}) for {estate}', zh: '已创建 {db}（结构版本 {to}），小区：{estate}' },
  'init.upgraded': {
    en: 'upgraded {db} from schema {from} to {to}; backup: {backup}',
    zh: '已将 {db} 从结构版本 {from} 升级到 {to}；备份：{backup}',
  },
  'init.createdUnnamed': {
    en: 'created {db} (schema {to}); the estate has no name yet: `pmdesk init --estate <name>`',
    zh: '已创建 {db}（结构版本 {to}）；小区尚未命名：`pmdesk init --estate <小区名称>`',
  },
  'init.currentUnnamed': {
    en: '{db} is up to date (schema {to}); the estate has no name yet: `pmdesk init --estate <name>`',
    zh: '{db} 已是最新（结构版本 {to}）；小区尚未命名：`pmdesk init --estate <小区名称>`',
  },
  'init.current': { en: '{db} is up to date (schema {to}), estate: {estate}', zh: '{db} 已是最新（结构版本 {to}），小区：{estate}' },

  'unit.added': { en: 'unit {code} added ({status})', zh: '已添加房号 {code}（{status}）' },
  'unit.residents': { en: 'Residents', zh: '住户' },
  'unit.keys': { en: 'Keys', zh: '钥匙' },
  'unit.records': { en: 'Records', zh: '相关单据' },
  'unit.history': { en: 'Status history', zh: '状态变化' },
  corrected: { en: '{who} corrected: {changes} (old values in `pmdesk audit`)', zh: '{who} 已更正：{changes}（原值见 `pmdesk audit`）' },
  'resident.ended': { en: 'resident {id} {name} left {unit} on {until} (history kept)', zh: '住户 {id} {name} 已于 {until} 迁出 {unit}（历史保留）' },
  'err.noChange': { en: 'nothing to change for {what}: give a new value', zh: '{what} 没有要修改的内容：请给出新值' },
  'err.dateFuture': {
    en: '--{flag}: {value} is after today ({today}): a date that has not come cannot be recorded',
    zh: '--{flag}：{value} 晚于今天（{today}）：不能登记尚未到来的日期',
  },
  'err.roleWhichUnit': {
    en: 'resident {id} is on units {units}: say on which with --unit',
    zh: '住户 {id} 登记在 {units}：请用 --unit 指明哪套房屋',
  },
  'err.notOnUnit': {
    en: 'resident {id} ({name}) is not registered on {unit}: see `pmdesk unit show {unit}`',
    zh: '住户 {id}（{name}）不在房号 {unit} 名下：参见 `pmdesk unit show {unit}`',
  },
  'unitStatus.unsold': { en: 'unsold', zh: '未售' },
  'unitStatus.vacant': { en: 'vacant', zh: '空置' },
  'unitStatus.handed-over': { en: 'handed over', zh: '已交房' },
  'unitStatus.renovating': { en: 'renovating', zh: '装修中' },
  'unitStatus.occupied': { en: 'occupied', zh: '已入住' },
  'unitStatus.leased': { en: 'leased', zh: '出租' },
  'life.notHandedOver': {
    en: 'unit {code} is {status}: it has not been handed over yet (`pmdesk checkin start {code}`)',
    zh: '房号 {code} 当前为“{status}”：尚未交房（先办理 `pmdesk checkin start {code}`）',
  },
  'life.renovating': {
    en: 'unit {code} is being renovated: finish the renovation first (`pmdesk renovate list --unit {code}`)',
    zh: '房号 {code} 正在装修：请先完成装修验收（`pmdesk renovate list --unit {code}`）',
  },
  'life.leased': {
    en: 'unit {code} is leased: end the lease first (`pmdesk unit lease-end {code}`)',
    zh: '房号 {code} 已出租：请先撤租（`pmdesk unit lease-end {code}`）',
  },
  'life.leaseOverlaps': {
    en: 'unit {code} is already leased: a lease cannot overlap the current one (`pmdesk lease list --unit {code}`)',
    zh: '房号 {code} 已出租：租期不能与现有租赁重叠（`pmdesk lease list --unit {code}`）',
  },
  'life.notLeased': {
    en: 'unit {code} is {status}, not leased: there is no lease to end',
    zh: '房号 {code} 当前为“{status}”，未出租：没有可撤的租赁',
  },
  'life.alreadyOccupied': { en: 'unit {code} is already occupied', zh: '房号 {code} 已入住' },
  'life.nobodyIn': {
    en: 'unit {code} is {status}: nobody has moved in, so nobody can move out',
    zh: '房号 {code} 当前为“{status}”：无人入住，无法迁出',
  },
  'life.sameStatus': { en: 'unit {code} is already {status}', zh: '房号 {code} 已是“{status}”' },
  'err.beforeLast': {
    en: 'unit {code} last changed at {last}: an event at {at} would come before it; check --date',
    zh: '房号 {code} 最近一次变动在 {last}：{at} 早于该时间，请核对 --date',
  },
  'life.done': { en: '{code}: {from} → {to} ({event}, {at})', zh: '{code}：{from} → {to}（{event}，{at}）' },
  'event.move-in': { en: 'move-in', zh: '入住登记' },
  'event.move-out': { en: 'move-out', zh: '迁出' },
  'event.lease': { en: 'lease filed', zh: '出租备案' },
  'event.lease-end': { en: 'lease ended', zh: '撤租' },
  'event.status': { en: 'status set', zh: '直接设置状态' },
  'event.checkin': { en: 'handover', zh: '交房' },
  'event.renovation': { en: 'renovation', zh: '装修' },
  'event.resident-in': { en: 'resident registered', zh: '住户登记' },
  'event.resident-out': { en: 'resident left', zh: '住户迁出' },
  'col.event': { en: 'Event', zh: '事项' },
  'col.detail': { en: 'Detail', zh: '说明' },
  'err.endBeforeSince': { en: 'the end {at} is before the resident came ({since})', zh: '迁出时间 {at} 早于登记时间（{since}）' },
  'resident.added': { en: 'resident {id} {name} registered on {unit}', zh: '已登记住户 {id} {name}，房号 {unit}' },

  'col.code': { en: 'Code', zh: '房号' },
  'col.building': { en: 'Building', zh: '楼栋' },
  'col.floor': { en: 'Floor', zh: '楼层' },
  'col.area': { en: 'Area m²', zh: '面积㎡' },
  'col.id': { en: 'Id', zh: '编号' },
  'col.name': { en: 'Name', zh: '姓名' },
  'col.role': { en: 'Role', zh: '身份' },
  'col.idNumber': { en: 'ID number', zh: '证件号码' },
  'col.phone': { en: 'Phone', zh: '电话' },
  'col.units': { en: 'Units', zh: '房号' },
  'col.since': { en: 'Since', zh: '起始' },
  'err.demoWritten': {
    en: '{file} is a demo database, but commands have written to it since it was made: pmdesk will not delete it; pass another --db (or remove it yourself)',
    zh: '{file} 是演示数据库，但生成后已有命令写入数据：pmdesk 不会删除它；请用 --db 指定其他文件（或自行删除）',
  },
  'err.demoExists': {
    en: '{file} exists and is not a demo database: pass another --db',
    zh: '{file} 已存在且不是演示数据库：请用 --db 指定其他文件',
  },
  'demo.done': {
    en: 'demo estate in {db}: {units} units, {residents} residents, activity of {month}',
    zh: '演示小区已建于 {db}：{units} 套房屋，{residents} 位住户，{month} 的业务',
  },
  'demo.next': {
    en: 'next (the demo has a staff roster, R-106: act as one of it): pmdesk --db {db} --clerk {clerk} report due · pmdesk --db {db} --clerk {clerk} report monthly --month {month} --format html --out report.html',
    zh: '接下来（演示小区有人员名册，R-106：请以名册中的人员操作）：pmdesk --db {db} --clerk {clerk} report due · pmdesk --db {db} --clerk {clerk} report monthly --month {month} --format html --out report.html',
  },
  'id.format': { en: '18 digits, the last may be X', zh: '应为 18 位，末位可为 X' },
  'id.region': { en: 'bad region code', zh: '地区码错误' },
  'id.birth': { en: 'impossible birth date', zh: '出生日期不存在' },
  'id.check': { en: 'check digit does not match', zh: '校验码不符' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of the registry (units and residents). */
export const words: WordTables = {
  unit: {
    status: {
      unsold: { en: 'unsold', zh: '未售' },
      vacant: { en: 'vacant', zh: '空置' },
      'handed-over': { en: 'handed over', zh: '已交房' },
      renovating: { en: 'renovating', zh: '装修中' },
      occupied: { en: 'occupied', zh: '已入住' },
      leased: { en: 'leased', zh: '出租' },
    },
    event: {
      'move-in': { en: 'move-in', zh: '入住' },
      lease: { en: 'lease', zh: '出租' },
      'lease-end': { en: 'lease ended', zh: '退租' },
      'move-out': { en: 'move-out', zh: '迁出' },
    },
  },
  resident: {
    role: {
      owner: { en: 'owner', zh: '业主' },
      'co-owner': { en: 'co-owner', zh: '联名业主' },
      tenant: { en: 'tenant', zh: '租户' },
      company: { en: 'company', zh: '公司' },
      agent: { en: 'agent', zh: '代理人' },
    },
  },
};
