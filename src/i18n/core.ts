import type { Bundle } from './types.js';

// Errors and words shared by every command.
export default {
  'err.noDb': {
    en: 'no database at {db}: run `pmdesk init --estate <name>` first, or pass --db / PMDESK_DB',
    zh: '数据库 {db} 不存在：请先运行 `pmdesk init --estate <名称>`，或用 --db / PMDESK_DB 指定',
  },
  'err.dbNotFile': {
    en: '--db {db} is not a database file (a folder or a device): give the path of the pmdesk database',
    zh: '--db {db} 不是数据库文件（是目录或设备）：请给出 pmdesk 数据库文件的路径',
  },
  'err.dbEmpty': {
    en: '{db} is an empty file, not a pmdesk database: if it should hold your data, restore the copy made by `pmdesk backup`; `pmdesk doctor` checks it; `pmdesk init` starts a new one',
    zh: '{db} 是空文件，不是 pmdesk 数据库：如应有数据，请用 `pmdesk backup` 的备份恢复；用 `pmdesk doctor` 检查；`pmdesk init` 可新建',
  },
  'err.dbNotSqlite': {
    en: '{db} is not an SQLite database (wrong file?): check --db / PMDESK_DB, or restore the copy made by `pmdesk backup`',
    zh: '{db} 不是 SQLite 数据库（文件选错了？）：请检查 --db / PMDESK_DB，或用 `pmdesk backup` 的备份恢复',
  },
  'err.dbTruncated': {
    en: '{db} is cut short (truncated copy?): restore the copy made by `pmdesk backup`, then run `pmdesk doctor`',
    zh: '{db} 不完整（复制中断？）：请用 `pmdesk backup` 的备份恢复，然后运行 `pmdesk doctor`',
  },
  'err.dbDamaged': {
    en: '{db} is damaged: run `pmdesk doctor` to see what is wrong, and restore the copy made by `pmdesk backup`',
    zh: '{db} 已损坏：请运行 `pmdesk doctor` 查看问题，并用 `pmdesk backup` 的备份恢复',
  },
  'err.dbDamagedNow': {
    en: 'the database is damaged: run `pmdesk doctor` to see what is wrong, and restore the copy made by `pmdesk backup`',
    zh: '数据库已损坏：请运行 `pmdesk doctor` 查看问题，并用 `pmdesk backup` 的备份恢复',
  },
  'err.schemaNewer': {
    en: 'database {db} has schema version {version}, newer than this pmdesk knows ({known}): upgrade pmdesk',
    zh: '数据库 {db} 的结构版本 {version} 比本程序所知的 ({known}) 更新：请升级 pmdesk',
  },
  'err.busy': {
    en: 'the database is busy (another clerk is writing): try again in a moment',
    zh: '数据库正忙（另一位同事正在写入）：请稍后再试',
  },
  'err.usage': { en: '{message} (see `pmdesk {command} --help`)', zh: '{message}（参见 `pmdesk {command} --help`）' },
  'err.internal': {
    en: 'unexpected error: {message} (run again with PMDESK_DEBUG=1 for details)',
    zh: '意外错误：{message}（设置 PMDESK_DEBUG=1 重新运行可查看详情）',
  },
  'err.datetime': {
    en: '--{flag}: "{value}" is not a valid date/time; use YYYY-MM-DD or YYYY-MM-DDTHH:mm (estate time) or add an offset like +08:00',
    zh: '--{flag}：“{value}”不是有效的日期时间；请用 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm（小区本地时间），或带时区如 +08:00',
  },
  'err.now': {
    en: 'PMDESK_NOW="{value}" is not a valid date/time; use e.g. 2026-09-30T10:00:00+08:00',
    zh: 'PMDESK_NOW=“{value}”不是有效的日期时间；例如 2026-09-30T10:00:00+08:00',
  },
  'err.dateRange': {
    en: "--{flag}: {value} is outside the years this estate accepts ({from}–{to}; the first is the profile's estate.since)",
    zh: '--{flag}：{value} 超出本小区可接受的年份（{from}–{to}；起始年份见配置 estate.since）',
  },
  'err.profileSince': { en: 'estate.since: "{value}" is not a year from 1990 to 2100', zh: 'estate.since：“{value}”不是 1990 到 2100 之间的年份' },
  'err.profileDueDay': { en: '{key}: "{value}" is not a day of the month from 1 to 31', zh: '{key}：“{value}”不是 1 到 31 之间的日期' },
  'err.month': { en: '--month: "{value}" is not a month; use YYYY-MM', zh: '--month：“{value}”不是月份；请用 YYYY-MM' },
  'err.money': {
    en: '--{flag}: "{value}" is not an amount in yuan; use e.g. 12 or 12.50 (at most 2 decimals)',
    zh: '--{flag}：“{value}”不是金额（元）；例如 12 或 12.50（最多两位小数）',
  },
  'err.idNumber': {
    en: '--{flag}: {value} is not a valid mainland ID number ({why}); check the 18 digits and the last character',
    zh: '--{flag}：{value} 不是有效的居民身份证号（{why}）；请核对 18 位号码及末位校验码',
  },
  'err.creditCode': {
    en: '--{flag}: {value} is not a valid unified social credit code (18 characters, GB 32100 check character)',
    zh: '--{flag}：{value} 不是有效的统一社会信用代码（18 位，GB 32100 校验位）',
  },
  'err.document': {
    en: '--{flag}: {value} is not a valid document number (5–20 letters or digits)',
    zh: '--{flag}：{value} 不是有效的证件号码（5–20 位字母或数字）',
  },
  'err.phone': {
    en: '--{flag}: "{value}" is not a phone number; use a mainland mobile (13812345678) or a landline (021-62345678)',
    zh: '--{flag}：“{value}”不是电话号码；请用大陆手机号（13812345678）或固定电话（021-62345678）',
  },
  'err.recordNo': {
    en: '"{value}" is not a record number; use the form TS-2026-0042',
    zh: '“{value}”不是单号；格式如 TS-2026-0042',
  },
  'err.noRecord': {
    en: 'no record {no}: check the number (`pmdesk {group} list`)',
    zh: '没有单号 {no} 的记录：请核对单号（`pmdesk {group} list`）',
  },
  'err.wrongType': {
    en: '{no} is not a {group} record: use `pmdesk {other} show {no}`',
    zh: '{no} 不是{group}记录：请用 `pmdesk {other} show {no}`',
  },
  'err.state': {
    en: '{no} is {status}: it cannot go to {to}; allowed next: {allowed}',
    zh: '{no} 当前状态为 {status}，不能转为 {to}；可进行的下一步：{allowed}',
  },
  'err.voided': { en: '{no} is voided: nothing more can be done with it', zh: '{no} 已作废，不能再操作' },
  'err.required': {
    en: 'missing --{flag}: give it on the command line (or run at a terminal without --yes to be asked)',
    zh: '缺少 --{flag}：请在命令行给出（或在终端中不加 --yes 运行以便提示输入）',
  },
  'err.word': { en: '--{flag}: "{value}" is not one of: {words}', zh: '--{flag}：“{value}”不在可选范围内，可选：{words}' },
  'step.inspect': { en: 'inspection {month}/{day} {half}', zh: '{month}月{day}日{half}巡查' },
  'step.rectify': { en: 'rectification {no}', zh: '整改 {no}' },
  'step.action': { en: 'action: {area}', zh: '整改：{area}' },
  'err.choice': { en: '--{flag}: "{value}" is not one of {choices}', zh: '--{flag}：“{value}”不是 {choices} 之一' },
  'err.text': {
    en: '--{flag}: text must be 1–{max} characters without control characters',
    zh: '--{flag}：文字须为 1–{max} 个字符，且不含控制字符',
  },
  'err.integer': { en: '--{flag}: "{value}" is not a whole number from {min} to {max}', zh: '--{flag}：“{value}”不是 {min} 到 {max} 之间的整数' },
  'err.reasonRequired': { en: '--reason is required: say why', zh: '必须用 --reason 说明原因' },
  'err.unmaskReason': {
    en: '--unmask needs --reason <why> (it is written to the audit log)',
    zh: '--unmask 需要 --reason <原因>（会记入审计日志）',
  },
  'err.notImplemented': {
    en: '`pmdesk {command}` is not available in this version yet',
    zh: '本版本暂不支持 `pmdesk {command}`',
  },
  'err.outExists': {
    en: '{file} already exists: choose another file name, or add --force to replace it',
    zh: '{file} 已存在：请换一个文件名，或加 --force 覆盖',
  },
  'err.outDatabase': {
    en: '{file} is the database or a copy of it: pmdesk never writes over it, even with --force; choose another file name',
    zh: '{file} 是数据库本身或其备份：即使加 --force 也不会覆盖；请换一个文件名',
  },
  'err.outNotFile': {
    en: '{file} is not a regular file (a folder or a device): give the name of a file',
    zh: '{file} 不是普通文件（是目录或设备）：请给出文件名',
  },
  'err.ledgerNegative': {
    en: '{no}: this would pay out more than the record took in; nothing was written (R-003)',
    zh: '{no}：支出将超过收入，未写入任何内容（R-003）',
  },
  'err.expectHead': {
    en: '--expect: "{value}" is not an audit head; give it as printed, e.g. 2240113-3f9a1c2d5e6f7a8b (rows-hash)',
    zh: '--expect：“{value}”不是审计链头；请照打印的格式给出，例如 2240113-3f9a1c2d5e6f7a8b（行数-哈希）',
  },
  'err.outEmpty': { en: '--out needs a file name', zh: '--out 需要文件名' },
  'err.write': {
    en: 'could not write {file}: {cause}; nothing was written under that name',
    zh: '无法写入 {file}：{cause}；该文件名下未留下任何内容',
  },
  'err.stdout': {
    en: 'could not write to standard output: {cause}; the output is incomplete',
    zh: '无法写入标准输出：{cause}；输出不完整',
  },
  'cause.ENOSPC': { en: 'no space left on the disk', zh: '磁盘空间已满' },
  'cause.EROFS': { en: 'the disk is read-only', zh: '磁盘为只读' },
  'cause.ENOENT': { en: 'no such folder', zh: '文件夹不存在' },
  'cause.ENOTDIR': { en: 'a part of the path is a file, not a folder', zh: '路径中有一段是文件而不是文件夹' },
  'cause.EACCES': { en: 'permission denied', zh: '没有写入权限' },
  'cause.EISDIR': { en: 'it is a folder', zh: '这是一个文件夹' },
  'cause.EIO': { en: 'input/output error on the disk', zh: '磁盘读写错误' },
  'cause.EFBIG': { en: 'the file is too large for this disk', zh: '文件超出该磁盘允许的大小' },
  'err.format': { en: '--format: "{value}" is not one of {choices}', zh: '--format：“{value}”不是 {choices} 之一' },

  'err.requiredArg': {
    en: 'missing <{arg}>: give it on the command line (or run at a terminal without --yes to pick it)',
    zh: '缺少 <{arg}>：请在命令行给出（或在终端中不加 --yes 运行以便选择）',
  },
  'err.nothingToPick': {
    en: 'nothing to pick for <{arg}>: none is open here; give it on the command line',
    zh: '<{arg}> 没有可选的：这里没有未办结的；请在命令行给出',
  },
  'err.cancelled': { en: 'cancelled: nothing was written', zh: '已取消：未写入任何内容' },
  'err.noForm': { en: '{no} has no printable form', zh: '{no} 没有可打印的表单' },
  'err.pdfOut': { en: 'PDF needs --out <file>', zh: 'PDF 需要 --out <文件>' },
  'err.xlsxOut': { en: 'an Excel workbook needs --out <file.xlsx>', zh: 'Excel 工作簿需要 --out <文件.xlsx>' },
  'ask.confirm': { en: 'Write this?', zh: '确认写入？' },
  'ask.summary': { en: 'pmdesk {command}, about to be written:', zh: 'pmdesk {command}，即将写入：' },
  'ask.optional': { en: '(optional, Enter to skip)', zh: '（可不填，回车跳过）' },
  'ask.none': { en: '(none)', zh: '（无）' },
  'ask.someoneElse': { en: 'someone else (type the name)', zh: '其他人（输入姓名）' },
  'word.yes': { en: 'yes', zh: '是' },
  'word.no': { en: 'no', zh: '否' },
  'word.none': { en: '(none)', zh: '（无）' },
  'word.comma': { en: ', ', zh: '、' },
  'word.overdue': { en: 'overdue', zh: '已逾期' },
  'word.late': { en: 'late', zh: '逾期完成' },
  'word.due': { en: 'due', zh: '待办' },
  'word.done': { en: 'done', zh: '已完成' },
  'word.rows': { en: '{n} rows', zh: '共 {n} 行' },
  'list.newest': {
    en: 'newest {n} of {total} · all: --json or --csv · fewer: --unit --month --overdue',
    zh: '最新 {n} 条，共 {total} 条 · 全部：--json 或 --csv · 缩小：--unit --month --overdue',
  },

  'col.no': { en: 'No.', zh: '单号' },
  'col.type': { en: 'Type', zh: '类型' },
  'col.status': { en: 'Status', zh: '状态' },
  'col.unit': { en: 'Unit', zh: '房号' },
  'col.created': { en: 'Created', zh: '登记时间' },
  'col.due': { en: 'Due', zh: '期限' },
  'col.what': { en: 'What', zh: '事由' },
  'col.rule': { en: 'Rule', zh: '规则' },
  'col.month': { en: 'Month', zh: '月份' },
  'col.report': { en: 'Report', zh: '报表' },
  'col.step': { en: 'Step', zh: '环节' },
  'col.doneAt': { en: 'Done', zh: '完成时间' },
  'col.state': { en: 'State', zh: '情况' },
  'col.at': { en: 'Time', zh: '时间' },
  'col.clerk': { en: 'Clerk', zh: '经办人' },
  'col.event': { en: 'Event', zh: '事件' },
  'col.subject': { en: 'Subject', zh: '对象' },
  'col.action': { en: 'Action', zh: '操作' },
  'col.change': { en: 'Change', zh: '变更' },

  'void.done': { en: '{no} voided: {reason}', zh: '{no} 已作废：{reason}' },
  'show.timeline': { en: 'Timeline', zh: '经过' },
  'show.deadlines': { en: 'Deadlines', zh: '期限' },
  'list.empty': { en: 'nothing to show', zh: '没有记录' },
} satisfies Bundle;
