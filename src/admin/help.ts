// Help for `pmdesk  …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../i18n/commands/types.js';

export default {
  '': {
    en: 'pmdesk — customer-service desk of a residential or commercial estate',
    zh: 'pmdesk —— 住宅及商业物业客服中心的前台工作系统',
    rules: ['R-001', 'R-004', 'R-005'],
    examples: ['pmdesk --db /srv/pmdesk/hgjy.db --clerk 王敏 report due', 'pmdesk --lang en --json repair list --overdue'],
    options: {
      '--db': {
        en: 'the SQLite file (env PMDESK_DB; default: pmdesk.db in the user data directory)',
        zh: 'SQLite 数据库文件（环境变量 PMDESK_DB；默认为用户数据目录下的 pmdesk.db）',
      },
      '--clerk': {
        en: 'who is acting, for the audit log (env PMDESK_CLERK; default: the OS user)',
        zh: '经办人，记入审计日志（环境变量 PMDESK_CLERK；默认为系统登录用户）',
      },
      '--lang': {
        en: 'language of messages, tables and forms (env PMDESK_LANG, then LANG)',
        zh: '提示、表格和表单的语言（环境变量 PMDESK_LANG，其次 LANG）',
      },
      '--json': { en: 'machine-readable output on stdout: one JSON value', zh: '机器可读输出：标准输出只有一个 JSON 值' },
      '--at': {
        en: 'when the event happened, for records typed in later; default now',
        zh: '事情实际发生的时间，用于事后补录纸质记录；默认为当前时间',
      },
      '--yes': { en: 'never prompt; a missing required value is an error', zh: '不做任何询问；缺少必填项直接报错' },
      '--no-color': { en: 'plain output (also NO_COLOR)', zh: '纯文本输出，不带颜色（也可设环境变量 NO_COLOR）' },
    },
  },
  report: {
    en: 'reports: what is due, the monthly report, the house-status table',
    zh: '报表：到期事项、月度报表、房屋动态表',
    rules: ['R-002', 'R-900', 'R-103'],
    examples: ['pmdesk report due', 'pmdesk report monthly --month 2026-10 --format pdf --out /srv/reports/2026-10.pdf'],
  },
  'report due': {
    en: 'what is due today and what is overdue, across every workflow',
    zh: '今日到期和已逾期的事项（全部业务）',
    rules: ['R-002'],
    examples: ['pmdesk report due', 'pmdesk report due --json'],
  },
  'report monthly': {
    en: "the month's desk in numbers: handovers, renovations, complaints, KPIs",
    zh: '月度报表：房屋、交房、装修、投诉、维修、回访、钥匙、来访及考核指标',
    rules: ['R-900', 'R-901'],
    examples: ['pmdesk report monthly --month 2026-10', 'pmdesk report monthly --month 2026-10 --format csv --bom --out reports/'],
    options: {
      '--month': { en: 'the month, YYYY-MM (default: last month)', zh: '月份，格式 YYYY-MM（默认上月）' },
      '--format': {
        en: 'table | json | csv | html | pdf | xlsx (default table; json with --json; xlsx: one sheet per section)',
        zh: 'table | json | csv | html | pdf | xlsx（默认 table；加 --json 时为 json；xlsx 每个部分一张工作表）',
      },
      '--out': {
        en: 'write to a new file (0600); for csv a directory gets one file per section',
        zh: '写入新文件（权限 0600）；csv 格式给目录时每个部分一个文件',
      },
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
      '--bom': { en: 'CSV with a UTF-8 BOM, for Excel', zh: 'CSV 加 UTF-8 BOM，便于 Excel 打开' },
    },
  },
  'report units': {
    en: 'house-status table: units per status, changes in the month',
    zh: '房屋动态表：各状态房屋数及本月状态变动',
    rules: ['R-103', 'R-901'],
    examples: ['pmdesk report units', 'pmdesk report units --month 2026-10 --format html --out 房屋动态表-2026-10.html'],
    options: {
      '--month': { en: 'the month, YYYY-MM (default: last month)', zh: '月份，格式 YYYY-MM（默认上月）' },
      '--format': { en: 'table | json | csv | html | pdf | xlsx', zh: 'table | json | csv | html | pdf | xlsx' },
      '--out': { en: 'write to a new file (0600)', zh: '写入新文件（权限 0600）' },
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
      '--bom': { en: 'CSV with a UTF-8 BOM, for Excel', zh: 'CSV 加 UTF-8 BOM，便于 Excel 打开' },
    },
  },
  'report archive': {
    en: "a quarter's records per type for the archivist (due by the 10th of the next quarter) and what passes two years",
    zh: '季度档案移交清单：各类记录数（次季度 10 日前交档案员）及满两年保管期的记录',
    rules: ['R-805', 'R-002'],
    examples: ['pmdesk report archive --quarter 2026Q3', 'pmdesk report archive --quarter 2026Q3 --out 档案移交-2026Q3.txt'],
    options: {
      '--quarter': { en: 'the quarter, e.g. 2026Q3 (default: the last one over)', zh: '季度，如 2026Q3（默认上一季度）' },
      '--out': { en: 'write the list to a new file: records the hand-over once the quarter is over', zh: '写入新文件；季度结束后即记为已移交' },
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
    },
  },
  export: {
    en: 'CSV or Excel export: checkins renovations complaints repairs visits keys followups notices lending patrols surveys units residents ledger audit',
    zh: '导出 CSV 或 Excel 供表格软件使用：checkins renovations complaints repairs visits keys followups notices lending patrols surveys units residents ledger audit',
    rules: ['R-903', 'R-004'],
    examples: [
      'pmdesk export complaints --from 2026-10-01 --to 2026-10-31 --bom --out 投诉-2026-10.csv',
      'pmdesk export residents --unmask --reason 街道办人口核查 --format xlsx --out residents.xlsx',
    ],
    options: {
      '--from': { en: 'from this date', zh: '起始日期' },
      '--to': { en: 'to this date (inclusive)', zh: '截止日期（含当天）' },
      '--out': { en: 'write to this new file (created 0600) instead of stdout', zh: '写入新文件（权限 0600，文件不可已存在），不输出到标准输出' },
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
      '--unmask': {
        en: 'ID numbers and phones in full (audit-logged; needs --reason)',
        zh: '完整显示证件号和电话（记入审计日志，须同时给 --reason）',
      },
      '--reason': { en: 'why the personal data is needed unmasked', zh: '需要查看完整个人信息的原因' },
      '--bom': { en: 'UTF-8 with BOM, for Excel', zh: 'UTF-8 加 BOM，便于 Excel 打开' },
      '--encoding': { en: 'utf-8 (default) or gb18030 for old Excel / WPS', zh: 'utf-8（默认）或 gb18030（旧版 Excel / WPS）' },
      '--format': {
        en: 'csv (default) or xlsx: an Excel workbook (needs --out) whose ID, phone and record numbers stay text',
        zh: 'csv（默认）或 xlsx：Excel 工作簿（须给 --out），证件号、电话、单号等保持文本不丢位',
      },
    },
  },
  audit: {
    en: 'the audit log: everything, or the changes of one record',
    zh: '审计日志：全部变更，或某张单据的变更',
    rules: ['R-001', 'R-005'],
    examples: ['pmdesk audit TS-2026-0042', 'pmdesk audit profile --json'],
  },
  backup: {
    en: 'online backup of the database to a new file (created 0600)',
    zh: '在线备份数据库到新文件（权限 0600）',
    rules: ['R-001'],
    examples: ['pmdesk backup /mnt/backup/pmdesk-2026-11-23.db', 'pmdesk --db /srv/pmdesk/hgjy.db backup /mnt/nas/hgjy-2026-11-23.db'],
    options: {
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
    },
  },
  doctor: {
    en: 'check integrity, foreign keys, audit chain, ledger, holiday calendar',
    zh: '检查数据库完整性、外键、审计链、收支台账和节假日日历',
    rules: ['R-001', 'R-003', 'R-002'],
    examples: ['pmdesk doctor', 'pmdesk --db /srv/pmdesk/hgjy.db doctor --expect 2240113-3f9a1c2d5e6f7a8b'],
    options: {
      '--expect': {
        en: 'the audit head written down earlier (report foot, backup): the log must still extend it',
        zh: '之前记下的审计链头（月报页脚、备份）：日志须仍延续它',
      },
    },
  },
  completion: {
    en: 'print a completion script for bash, zsh or fish',
    zh: '输出 bash、zsh 或 fish 的命令补全脚本',
    rules: [],
    examples: ['pmdesk completion bash', 'pmdesk completion zsh'],
  },
  help: {
    en: 'explain a topic (deadlines, statuses, masking, csv, profile, exit-codes), a rule (R-402), the rules (rules) or a command',
    zh: '讲解主题（deadlines、statuses、masking、csv、profile、exit-codes）、规则（R-402）、全部规则（rules）或某个命令',
    rules: [],
    examples: ['pmdesk help R-402', 'pmdesk help rules --search 押金'],
    options: { '--search': { en: 'only the rules whose text has this word (either language)', zh: '只列出含有此词的规则（中英文均可）' } },
  },
} satisfies HelpBundle;
