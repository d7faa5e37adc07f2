import type { Bundle } from './types.js';

// `pmdesk help <topic>`: what a clerk needs to know, in both languages.
export default {
  'help.topics': {
    en: 'Topics: deadlines, statuses, masking, csv, profile, exit-codes — `pmdesk help <topic>`; `pmdesk help <command>` for a command; `pmdesk help R-402` for a rule, `pmdesk help rules [--search <word>]` for all of them.',
    zh: '主题：deadlines（期限）、statuses（状态）、masking（隐私遮盖）、csv、profile（配置）、exit-codes（退出码）——`pmdesk help <主题>`；命令帮助用 `pmdesk help <命令>`；规则原文用 `pmdesk help R-402`，全部规则用 `pmdesk help rules [--search <词>]`。',
  },
  'help.rules': { en: 'Rules:', zh: '依据规则：' },
  'help.examples': { en: 'Examples:', zh: '示例：' },
  'help.footer': {
    en: 'Environment: PMDESK_NOW (ISO datetime taken as "now"), PMDESK_DEBUG=1 (traces).\nExit codes: 0 success · 2 input refused · 1 anything else.\n`pmdesk help <topic>`: deadlines, statuses, masking, csv, profile, exit-codes; `pmdesk help R-…`: a rule.',
    zh: '环境变量：PMDESK_NOW（当作“现在”的 ISO 时间），PMDESK_DEBUG=1（显示调用栈）。\n退出码：0 成功 · 2 输入被拒绝 · 1 其他错误。\n`pmdesk help <主题>`：deadlines、statuses、masking、csv、profile、exit-codes；`pmdesk help R-…`：规则原文。',
  },
  'help.helpOption': { en: 'show this help', zh: '显示本帮助' },
  'help.versionOption': { en: 'print the version', zh: '显示版本号' },
  'help.title.Usage': { en: 'Usage:', zh: '用法：' },
  'help.title.Options': { en: 'Options:', zh: '选项：' },
  'help.title.Commands': { en: 'Commands:', zh: '命令：' },
  'help.title.Arguments': { en: 'Arguments:', zh: '参数：' },
  'help.title.Global Options': { en: 'Global options:', zh: '全局选项：' },
  'help.usage.options': { en: '[options]', zh: '[选项]' },
  'help.usage.command': { en: '[command]', zh: '[命令]' },
  'help.usage.commandWord': { en: 'command', zh: '命令' },
  'help.helpCommand': { en: 'show the help of a command', zh: '显示某个命令的帮助' },
  'help.extra.choices': { en: 'choices: ', zh: '可选：' },
  'help.extra.default': { en: 'default: ', zh: '默认：' },
  'help.extra.preset': { en: 'preset: ', zh: '预设：' },
  'help.extra.env': { en: 'env: ', zh: '环境变量：' },
  'help.noRule': { en: 'no rule {id}; `pmdesk help rules` lists them all', zh: '没有规则 {id}；`pmdesk help rules` 列出全部规则' },
  'help.noRuleFound': { en: 'no rule mentions "{search}"', zh: '没有规则提到“{search}”' },
  'help.unknown': { en: 'no help topic or command "{topic}"', zh: '没有名为“{topic}”的帮助主题或命令' },
  'help.deadlines': {
    en: `Deadlines (\`pmdesk help R-002\`). Every deadline is computed from the event time and the rule, in estate time (Asia/Shanghai):
  within N hours/minutes   event + N            (R-402 report an important complaint: 1 h)
  the same day             23:59:59 that day    (R-502 small repair)
  within N days            23:59:59 of date+N   (R-402 handle a minor complaint: 2 days)
  within N working days    23:59:59 of the N-th working day after the event date (R-301 review: 5;
                           public holidays and make-up workdays 调休 count as the State Council sets them)
  between 1 and 2 months   window opens date+1 month, due 23:59:59 of date+2 months (R-503 public repair follow-up)
A year without its State Council notice is provisional (R-0A1): its statutory holidays come from the law,
no make-up workday is assumed, and a deadline counted over it is marked * (\`pmdesk calendar show\`).
Overdue: now is past the due time and the step is not done. Late: done after the due time (counts as missed).
\`pmdesk report due\` lists what is overdue and due today; \`--at\` records when something really happened (R-005).
Rules and numbers live in the profile: \`pmdesk profile show\`.`,
    zh: `期限（\`pmdesk help R-002\`）。所有期限都按事件时间和规则计算，使用小区时区（Asia/Shanghai）：
  N 小时/分钟内      事件时间 + N             （R-402 重要投诉上报：1 小时）
  当天               当天 23:59:59            （R-502 小修）
  N 天内             事件日期 + N 天的 23:59:59（R-402 轻微投诉处理：2 天）
  N 个工作日内       事件日期后第 N 个工作日的 23:59:59（R-301 装修审批：5 个工作日；法定节假日与调休按国务院安排）
  1 至 2 个月之间    事件日期 + 1 个月开始，事件日期 + 2 个月的 23:59:59 截止（R-503 公共部位维修回访）
尚无国务院放假通知的年份为暂定（R-0A1）：法定节假日按放假办法推算，不假设调休上班，按其计算的期限标 *（\`pmdesk calendar show\`）。
已逾期：当前时间已过期限且未完成。逾期完成：完成时间晚于期限（按未达标统计）。
\`pmdesk report due\` 列出已逾期和今日到期的事项；\`--at\` 记录事情实际发生的时间（R-005）。
规则与数值在配置中：\`pmdesk profile show\`。`,
  },
  'help.statuses': {
    en: `Record states; a command the state does not allow is refused (exit 2) and names what is allowed next.
  checkin JF      open → completed
  renovation ZX   applied → reviewing → approved → active → accepted → closed; rejected; stopped (back to active)
  complaint TS    new → classified → assigned → resolved → verified → closed; reopened (unsatisfied follow-up)
  suggestion JY   new → adopted / not-adopted → closed
  repair BX       new → dispatched → quoted → in-progress → completed → closed; reopened
  visit LF        visitor in → out; log entry open → closed
  key loan YS     open → returned (→ inspecting) → closed
  follow-up HF    due → done; skipped
  lease ZL        active → ended (\`unit lease-end\`, 撤租)
Any record can be voided with a reason (\`pmdesk <group> void <no> --reason …\`, R-001); nothing is deleted.`,
    zh: `单据状态；当前状态不允许的操作会被拒绝（退出码 2），并提示可进行的下一步。
  交房 JF      open → completed
  装修 ZX      applied → reviewing → approved → active → accepted → closed；rejected；stopped（整改后回到 active）
  投诉 TS      new → classified → assigned → resolved → verified → closed；reopened（回访不满意）
  建议 JY      new → adopted / not-adopted → closed
  报修 BX      new → dispatched → quoted → in-progress → completed → closed；reopened
  来访 LF      访客 in → out；值班记录 open → closed
  钥匙借用 YS  open → returned（→ inspecting）→ closed
  回访 HF      due → done；skipped
  租赁 ZL      active → ended（\`unit lease-end\` 撤租）
任何单据都可说明原因后作废（\`pmdesk <类别> void <单号> --reason …\`，R-001）；不删除任何记录。`,
  },
  'help.masking': {
    en: `Personal data (R-004, 严格为业主保密). ID numbers and phones are masked everywhere — tables, JSON, CSV, forms:
110105********1234, 138****5678. Add \`--unmask --reason "<why>"\` to see them in full; the clerk, the time and the
reason are written to the audit log (\`pmdesk audit\`). The database, its backups and exported files are readable
only by their owner (mode 0600). pmdesk never uses the network.`,
    zh: `个人信息（R-004，严格为业主保密）。身份证号和电话在表格、JSON、CSV、表单中一律遮盖：110105********1234、138****5678。
需要完整信息时加 \`--unmask --reason "<原因>"\`；经办人、时间和原因会记入审计日志（\`pmdesk audit\`）。
数据库、备份和导出文件仅所有者可读（权限 0600）。pmdesk 从不联网。`,
  },
  'help.csv': {
    en: `CSV files. Import (\`unit import\`, \`resident import\`): a header row in English or Chinese (code/房号, …), UTF-8 with or
without BOM, or GB18030 (Excel on Chinese Windows) — detected. One bad row refuses the whole file and lists every bad
line. Export (\`pmdesk export <type>\`): headers in the chosen language, \`--bom\` for Excel (UTF-8 BOM, CRLF), cells
starting with = + - @ are prefixed so a spreadsheet never runs them, personal data masked unless --unmask.`,
    zh: `CSV 文件。导入（\`unit import\`、\`resident import\`）：表头可用英文或中文（code/房号……），UTF-8（可带 BOM）或 GB18030
（中文版 Excel 另存的格式）均可自动识别。任何一行有误则整个文件不导入，并列出每一处错误行。
导出（\`pmdesk export <类型>\`）：表头随语言，\`--bom\` 供 Excel 使用（UTF-8 BOM，CRLF），以 = + - @ 开头的单元格会加前缀以防公式注入，
个人信息默认遮盖。`,
  },
  'help.profile': {
    en: `The estate profile holds every default number of the manuals: fees (in fen), deadlines (24h, same-day, 2d, 5wd,
1-2mo…), follow-up coverage, targets, renovation seasons and hours, holidays. \`pmdesk profile show\` prints it;
\`pmdesk profile set <key> <value>\` changes one value (audit-logged), e.g.
  pmdesk profile set fees.permitFeeFen 3000
  pmdesk profile set deadlines.R-307.refund 7wd
  pmdesk profile set calendar.years.2027 '{"holidays":["2027-01-01"],"workdays":[]}'`,
    zh: `小区配置保存手册中的所有默认数值：收费（单位：分）、期限（24h、same-day、2d、5wd、1-2mo……）、回访比例、目标、
装修季节与时间、节假日。\`pmdesk profile show\` 查看；\`pmdesk profile set <键> <值>\` 修改一项（记入审计日志），例如：
  pmdesk profile set fees.permitFeeFen 3000
  pmdesk profile set deadlines.R-307.refund 7wd
  pmdesk profile set calendar.years.2027 '{"holidays":["2027-01-01"],"workdays":[]}'`,
  },
  'help.exit-codes': {
    en: `Exit codes: 0 success · 2 the input was refused (usage, validation, unknown record, a transition the state does not
allow) and nothing was written · 1 anything else (doctor found a problem, the database stayed busy). With --json an
error is {"error":{"code":"E_…","message":"…"}} on stderr. Scripts and cron jobs: add --yes (no prompts).`,
    zh: `退出码：0 成功 · 2 输入被拒绝（用法、校验、单据不存在、当前状态不允许的操作），未写入任何内容 · 1 其他（doctor 发现问题、数据库持续繁忙）。
使用 --json 时错误以 {"error":{"code":"E_…","message":"…"}} 输出到标准错误。脚本和定时任务请加 --yes（不提示）。`,
  },
} satisfies Bundle;
