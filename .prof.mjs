var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/i18n/core.ts
var core_default;
var init_core = __esm({
  "src/i18n/core.ts"() {
    "use strict";
    core_default = {
      "err.noDb": {
        en: "no database at {db}: run `pmdesk init --estate <name>` first, or pass --db / PMDESK_DB",
        zh: "\u6570\u636E\u5E93 {db} \u4E0D\u5B58\u5728\uFF1A\u8BF7\u5148\u8FD0\u884C `pmdesk init --estate <\u540D\u79F0>`\uFF0C\u6216\u7528 --db / PMDESK_DB \u6307\u5B9A"
      },
      "err.schemaNewer": {
        en: "database {db} has schema version {version}, newer than this pmdesk knows ({known}): upgrade pmdesk",
        zh: "\u6570\u636E\u5E93 {db} \u7684\u7ED3\u6784\u7248\u672C {version} \u6BD4\u672C\u7A0B\u5E8F\u6240\u77E5\u7684 ({known}) \u66F4\u65B0\uFF1A\u8BF7\u5347\u7EA7 pmdesk"
      },
      "err.busy": {
        en: "the database is busy (another clerk is writing): try again in a moment",
        zh: "\u6570\u636E\u5E93\u6B63\u5FD9\uFF08\u53E6\u4E00\u4F4D\u540C\u4E8B\u6B63\u5728\u5199\u5165\uFF09\uFF1A\u8BF7\u7A0D\u540E\u518D\u8BD5"
      },
      "err.usage": { en: "{message} (see `pmdesk {command} --help`)", zh: "{message}\uFF08\u53C2\u89C1 `pmdesk {command} --help`\uFF09" },
      "err.internal": {
        en: "unexpected error: {message} (run again with PMDESK_DEBUG=1 for details)",
        zh: "\u610F\u5916\u9519\u8BEF\uFF1A{message}\uFF08\u8BBE\u7F6E PMDESK_DEBUG=1 \u91CD\u65B0\u8FD0\u884C\u53EF\u67E5\u770B\u8BE6\u60C5\uFF09"
      },
      "err.datetime": {
        en: '--{flag}: "{value}" is not a valid date/time; use YYYY-MM-DD or YYYY-MM-DDTHH:mm (estate time) or add an offset like +08:00',
        zh: "--{flag}\uFF1A\u201C{value}\u201D\u4E0D\u662F\u6709\u6548\u7684\u65E5\u671F\u65F6\u95F4\uFF1B\u8BF7\u7528 YYYY-MM-DD \u6216 YYYY-MM-DDTHH:mm\uFF08\u5C0F\u533A\u672C\u5730\u65F6\u95F4\uFF09\uFF0C\u6216\u5E26\u65F6\u533A\u5982 +08:00"
      },
      "err.now": {
        en: 'PMDESK_NOW="{value}" is not a valid date/time; use e.g. 2026-09-30T10:00:00+08:00',
        zh: "PMDESK_NOW=\u201C{value}\u201D\u4E0D\u662F\u6709\u6548\u7684\u65E5\u671F\u65F6\u95F4\uFF1B\u4F8B\u5982 2026-09-30T10:00:00+08:00"
      },
      "err.month": { en: '--month: "{value}" is not a month; use YYYY-MM', zh: "--month\uFF1A\u201C{value}\u201D\u4E0D\u662F\u6708\u4EFD\uFF1B\u8BF7\u7528 YYYY-MM" },
      "err.money": {
        en: '--{flag}: "{value}" is not an amount in yuan; use e.g. 12 or 12.50 (at most 2 decimals)',
        zh: "--{flag}\uFF1A\u201C{value}\u201D\u4E0D\u662F\u91D1\u989D\uFF08\u5143\uFF09\uFF1B\u4F8B\u5982 12 \u6216 12.50\uFF08\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF09"
      },
      "err.idNumber": {
        en: "--{flag}: {value} is not a valid mainland ID number ({why}); check the 18 digits and the last character",
        zh: "--{flag}\uFF1A{value} \u4E0D\u662F\u6709\u6548\u7684\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\uFF08{why}\uFF09\uFF1B\u8BF7\u6838\u5BF9 18 \u4F4D\u53F7\u7801\u53CA\u672B\u4F4D\u6821\u9A8C\u7801"
      },
      "err.creditCode": {
        en: "--{flag}: {value} is not a valid unified social credit code (18 characters, GB 32100 check character)",
        zh: "--{flag}\uFF1A{value} \u4E0D\u662F\u6709\u6548\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF0818 \u4F4D\uFF0CGB 32100 \u6821\u9A8C\u4F4D\uFF09"
      },
      "err.document": {
        en: "--{flag}: {value} is not a valid document number (5\u201320 letters or digits)",
        zh: "--{flag}\uFF1A{value} \u4E0D\u662F\u6709\u6548\u7684\u8BC1\u4EF6\u53F7\u7801\uFF085\u201320 \u4F4D\u5B57\u6BCD\u6216\u6570\u5B57\uFF09"
      },
      "err.phone": {
        en: '--{flag}: "{value}" is not a phone number; use a mainland mobile (13812345678) or a landline (021-62345678)',
        zh: "--{flag}\uFF1A\u201C{value}\u201D\u4E0D\u662F\u7535\u8BDD\u53F7\u7801\uFF1B\u8BF7\u7528\u5927\u9646\u624B\u673A\u53F7\uFF0813812345678\uFF09\u6216\u56FA\u5B9A\u7535\u8BDD\uFF08021-62345678\uFF09"
      },
      "err.recordNo": {
        en: '"{value}" is not a record number; use the form TS-2026-0042',
        zh: "\u201C{value}\u201D\u4E0D\u662F\u5355\u53F7\uFF1B\u683C\u5F0F\u5982 TS-2026-0042"
      },
      "err.noRecord": {
        en: "no record {no}: check the number (`pmdesk {group} list`)",
        zh: "\u6CA1\u6709\u5355\u53F7 {no} \u7684\u8BB0\u5F55\uFF1A\u8BF7\u6838\u5BF9\u5355\u53F7\uFF08`pmdesk {group} list`\uFF09"
      },
      "err.wrongType": {
        en: "{no} is not a {group} record: use `pmdesk {other} show {no}`",
        zh: "{no} \u4E0D\u662F{group}\u8BB0\u5F55\uFF1A\u8BF7\u7528 `pmdesk {other} show {no}`"
      },
      "err.state": {
        en: "{no} is {status}: it cannot go to {to}; allowed next: {allowed}",
        zh: "{no} \u5F53\u524D\u72B6\u6001\u4E3A {status}\uFF0C\u4E0D\u80FD\u8F6C\u4E3A {to}\uFF1B\u53EF\u8FDB\u884C\u7684\u4E0B\u4E00\u6B65\uFF1A{allowed}"
      },
      "err.voided": { en: "{no} is voided: nothing more can be done with it", zh: "{no} \u5DF2\u4F5C\u5E9F\uFF0C\u4E0D\u80FD\u518D\u64CD\u4F5C" },
      "err.required": {
        en: "missing --{flag}: give it on the command line (or run at a terminal without --yes to be asked)",
        zh: "\u7F3A\u5C11 --{flag}\uFF1A\u8BF7\u5728\u547D\u4EE4\u884C\u7ED9\u51FA\uFF08\u6216\u5728\u7EC8\u7AEF\u4E2D\u4E0D\u52A0 --yes \u8FD0\u884C\u4EE5\u4FBF\u63D0\u793A\u8F93\u5165\uFF09"
      },
      "err.choice": { en: '--{flag}: "{value}" is not one of {choices}', zh: "--{flag}\uFF1A\u201C{value}\u201D\u4E0D\u662F {choices} \u4E4B\u4E00" },
      "err.text": {
        en: "--{flag}: text must be 1\u2013{max} characters without control characters",
        zh: "--{flag}\uFF1A\u6587\u5B57\u987B\u4E3A 1\u2013{max} \u4E2A\u5B57\u7B26\uFF0C\u4E14\u4E0D\u542B\u63A7\u5236\u5B57\u7B26"
      },
      "err.integer": { en: '--{flag}: "{value}" is not a whole number from {min} to {max}', zh: "--{flag}\uFF1A\u201C{value}\u201D\u4E0D\u662F {min} \u5230 {max} \u4E4B\u95F4\u7684\u6574\u6570" },
      "err.reasonRequired": { en: "--reason is required: say why", zh: "\u5FC5\u987B\u7528 --reason \u8BF4\u660E\u539F\u56E0" },
      "err.unmaskReason": {
        en: "--unmask needs --reason <why> (it is written to the audit log)",
        zh: "--unmask \u9700\u8981 --reason <\u539F\u56E0>\uFF08\u4F1A\u8BB0\u5165\u5BA1\u8BA1\u65E5\u5FD7\uFF09"
      },
      "err.notImplemented": {
        en: "`pmdesk {command}` is not available in this version yet",
        zh: "\u672C\u7248\u672C\u6682\u4E0D\u652F\u6301 `pmdesk {command}`"
      },
      "err.outExists": { en: "--out {file} already exists: choose another file name", zh: "--out {file} \u5DF2\u5B58\u5728\uFF1A\u8BF7\u6362\u4E00\u4E2A\u6587\u4EF6\u540D" },
      "err.format": { en: '--format: "{value}" is not one of {choices}', zh: "--format\uFF1A\u201C{value}\u201D\u4E0D\u662F {choices} \u4E4B\u4E00" },
      "err.cancelled": { en: "cancelled: nothing was written", zh: "\u5DF2\u53D6\u6D88\uFF1A\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9" },
      "err.noForm": { en: "{no} has no printable form", zh: "{no} \u6CA1\u6709\u53EF\u6253\u5370\u7684\u8868\u5355" },
      "err.pdfOut": { en: "PDF needs --out <file>", zh: "PDF \u9700\u8981 --out <\u6587\u4EF6>" },
      "ask.confirm": { en: "Write this?", zh: "\u786E\u8BA4\u5199\u5165\uFF1F" },
      "ask.summary": { en: "pmdesk {command}, about to be written:", zh: "pmdesk {command}\uFF0C\u5373\u5C06\u5199\u5165\uFF1A" },
      "ask.optional": { en: "(optional, Enter to skip)", zh: "\uFF08\u53EF\u4E0D\u586B\uFF0C\u56DE\u8F66\u8DF3\u8FC7\uFF09" },
      "ask.none": { en: "(none)", zh: "\uFF08\u65E0\uFF09" },
      "ask.someoneElse": { en: "someone else (type the name)", zh: "\u5176\u4ED6\u4EBA\uFF08\u8F93\u5165\u59D3\u540D\uFF09" },
      "role.owner": { en: "owner", zh: "\u4E1A\u4E3B" },
      "role.co-owner": { en: "co-owner", zh: "\u8054\u540D\u4E1A\u4E3B" },
      "role.tenant": { en: "tenant", zh: "\u79DF\u6237" },
      "role.company": { en: "company", zh: "\u516C\u53F8" },
      "role.agent": { en: "agent", zh: "\u4EE3\u7406\u4EBA" },
      "word.yes": { en: "yes", zh: "\u662F" },
      "word.no": { en: "no", zh: "\u5426" },
      "word.none": { en: "(none)", zh: "\uFF08\u65E0\uFF09" },
      "word.overdue": { en: "overdue", zh: "\u5DF2\u903E\u671F" },
      "word.late": { en: "late", zh: "\u903E\u671F\u5B8C\u6210" },
      "word.due": { en: "due", zh: "\u5F85\u529E" },
      "word.done": { en: "done", zh: "\u5DF2\u5B8C\u6210" },
      "word.rows": { en: "{n} rows", zh: "\u5171 {n} \u884C" },
      "list.newest": { en: "newest {n} of {total} \xB7 all: --json or --csv \xB7 fewer: --unit --month --overdue", zh: "\u6700\u65B0 {n} \u6761\uFF0C\u5171 {total} \u6761 \xB7 \u5168\u90E8\uFF1A--json \u6216 --csv \xB7 \u7F29\u5C0F\uFF1A--unit --month --overdue" },
      "col.no": { en: "No.", zh: "\u5355\u53F7" },
      "col.type": { en: "Type", zh: "\u7C7B\u578B" },
      "col.status": { en: "Status", zh: "\u72B6\u6001" },
      "col.unit": { en: "Unit", zh: "\u623F\u53F7" },
      "col.created": { en: "Created", zh: "\u767B\u8BB0\u65F6\u95F4" },
      "col.due": { en: "Due", zh: "\u671F\u9650" },
      "col.what": { en: "What", zh: "\u4E8B\u7531" },
      "col.rule": { en: "Rule", zh: "\u89C4\u5219" },
      "col.step": { en: "Step", zh: "\u73AF\u8282" },
      "col.doneAt": { en: "Done", zh: "\u5B8C\u6210\u65F6\u95F4" },
      "col.state": { en: "State", zh: "\u60C5\u51B5" },
      "col.at": { en: "Time", zh: "\u65F6\u95F4" },
      "col.clerk": { en: "Clerk", zh: "\u7ECF\u529E\u4EBA" },
      "col.event": { en: "Event", zh: "\u4E8B\u4EF6" },
      "col.subject": { en: "Subject", zh: "\u5BF9\u8C61" },
      "col.action": { en: "Action", zh: "\u64CD\u4F5C" },
      "col.change": { en: "Change", zh: "\u53D8\u66F4" },
      "void.done": { en: "{no} voided: {reason}", zh: "{no} \u5DF2\u4F5C\u5E9F\uFF1A{reason}" },
      "show.timeline": { en: "Timeline", zh: "\u7ECF\u8FC7" },
      "show.deadlines": { en: "Deadlines", zh: "\u671F\u9650" },
      "list.empty": { en: "nothing to show", zh: "\u6CA1\u6709\u8BB0\u5F55" }
    };
  }
});

// src/i18n/registry.ts
var registry_default;
var init_registry = __esm({
  "src/i18n/registry.ts"() {
    "use strict";
    registry_default = {
      "err.noUnit": { en: "no unit {code}: check the code (`pmdesk unit list`) or add it (`pmdesk unit add`)", zh: "\u6CA1\u6709\u623F\u53F7 {code}\uFF1A\u8BF7\u6838\u5BF9\uFF08`pmdesk unit list`\uFF09\u6216\u5148\u6DFB\u52A0\uFF08`pmdesk unit add`\uFF09" },
      "err.unitExists": { en: "unit {code} already exists: see `pmdesk unit show {code}`", zh: "\u623F\u53F7 {code} \u5DF2\u5B58\u5728\uFF1A\u53C2\u89C1 `pmdesk unit show {code}`" },
      "err.noResident": { en: 'no resident "{value}": use the id shown by `pmdesk resident list`', zh: "\u6CA1\u6709\u4F4F\u6237\u201C{value}\u201D\uFF1A\u8BF7\u7528 `pmdesk resident list` \u663E\u793A\u7684\u7F16\u53F7" },
      "err.ambiguousResident": { en: 'several residents are called "{value}" (ids {ids}): give the id', zh: "\u6709\u591A\u4F4D\u4F4F\u6237\u540D\u4E3A\u201C{value}\u201D\uFF08\u7F16\u53F7 {ids}\uFF09\uFF1A\u8BF7\u7ED9\u51FA\u7F16\u53F7" },
      "err.residentConflict": { en: "this document number already belongs to resident {id} ({name}): check the number", zh: "\u8BE5\u8BC1\u4EF6\u53F7\u7801\u5DF2\u5C5E\u4E8E\u4F4F\u6237 {id}\uFF08{name}\uFF09\uFF1A\u8BF7\u6838\u5BF9\u53F7\u7801" },
      "err.residentExists": { en: "resident {id} is already registered on unit {unit}", zh: "\u4F4F\u6237 {id} \u5DF2\u767B\u8BB0\u5728\u623F\u53F7 {unit}" },
      "err.invalid": { en: "{message}", zh: "{message}" },
      "err.importRefused": { en: "the file was refused, nothing was imported: {n} problem(s) \u2014 fix these lines and import again:", zh: "\u6587\u4EF6\u88AB\u62D2\u7EDD\uFF0C\u672A\u5BFC\u5165\u4EFB\u4F55\u6570\u636E\uFF1A\u5171 {n} \u5904\u95EE\u9898\uFF0C\u8BF7\u4FEE\u6539\u4EE5\u4E0B\u5404\u884C\u540E\u91CD\u65B0\u5BFC\u5165\uFF1A" },
      "err.fileRead": { en: "cannot read {file}: check the path", zh: "\u65E0\u6CD5\u8BFB\u53D6 {file}\uFF1A\u8BF7\u68C0\u67E5\u8DEF\u5F84" },
      "err.csvSyntax": { en: "{file} is not a valid CSV file: {message}", zh: "{file} \u4E0D\u662F\u6709\u6548\u7684 CSV \u6587\u4EF6\uFF1A{message}" },
      "err.csvEmpty": { en: "{file} is empty: it needs a header row and at least one row", zh: "{file} \u662F\u7A7A\u6587\u4EF6\uFF1A\u9700\u8981\u8868\u5934\u884C\u548C\u81F3\u5C11\u4E00\u884C\u6570\u636E" },
      "imp.line": { en: "line {line}, {field}: {message}", zh: "\u7B2C {line} \u884C\uFF0C{field}\uFF1A{message}" },
      "imp.unknownColumn": { en: 'unknown column "{column}" (known: {known})', zh: "\u672A\u77E5\u5217\u201C{column}\u201D\uFF08\u53EF\u7528\uFF1A{known}\uFF09" },
      "imp.duplicateColumn": { en: 'column "{column}" appears twice', zh: "\u5217\u201C{column}\u201D\u91CD\u590D" },
      "imp.missingColumn": { en: "required column {column} is missing", zh: "\u7F3A\u5C11\u5FC5\u9700\u7684\u5217 {column}" },
      "imp.unitCode": { en: '"{value}" is not a unit code (1\u201332 letters, digits, Chinese characters or -)', zh: "\u201C{value}\u201D\u4E0D\u662F\u6709\u6548\u623F\u53F7\uFF081\u201332 \u4E2A\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u6C49\u5B57\u6216 -\uFF09" },
      "imp.text": { en: "must be 1\u2013{max} characters without control characters", zh: "\u987B\u4E3A 1\u2013{max} \u4E2A\u5B57\u7B26\uFF0C\u4E14\u4E0D\u542B\u63A7\u5236\u5B57\u7B26" },
      "imp.floor": { en: '"{value}" is not a floor number (-10 to 300)', zh: "\u201C{value}\u201D\u4E0D\u662F\u697C\u5C42\uFF08-10 \u5230 300\uFF09" },
      "imp.area": { en: '"{value}" is not an area in m\xB2 (a positive number, at most 2 decimals)', zh: "\u201C{value}\u201D\u4E0D\u662F\u9762\u79EF\uFF08\u5E73\u65B9\u7C73\uFF0C\u6B63\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF09" },
      "imp.choice": { en: '"{value}" is not one of: {choices}', zh: "\u201C{value}\u201D\u4E0D\u662F\u4EE5\u4E0B\u4E4B\u4E00\uFF1A{choices}" },
      "imp.idNumber": { en: "not a valid mainland ID number ({why})", zh: "\u4E0D\u662F\u6709\u6548\u7684\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\uFF08{why}\uFF09" },
      "imp.creditCode": { en: "not a valid unified social credit code", zh: "\u4E0D\u662F\u6709\u6548\u7684\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801" },
      "imp.document": { en: "not a valid document number (5\u201320 letters or digits)", zh: "\u4E0D\u662F\u6709\u6548\u7684\u8BC1\u4EF6\u53F7\u7801\uFF085\u201320 \u4F4D\u5B57\u6BCD\u6216\u6570\u5B57\uFF09" },
      "imp.required": { en: "is required", zh: "\u4E0D\u80FD\u4E3A\u7A7A" },
      "imp.phone": { en: '"{value}" is not a mainland mobile or landline number', zh: "\u201C{value}\u201D\u4E0D\u662F\u5927\u9646\u624B\u673A\u6216\u56FA\u5B9A\u7535\u8BDD\u53F7\u7801" },
      "imp.duplicateRow": { en: "unit {value} already appears on line {other}", zh: "\u623F\u53F7 {value} \u5DF2\u5728\u7B2C {other} \u884C\u51FA\u73B0" },
      "imp.unitDiffers": { en: "unit {value} already exists with different data: change it with `pmdesk unit edit`", zh: "\u623F\u53F7 {value} \u5DF2\u5B58\u5728\u4E14\u6570\u636E\u4E0D\u540C\uFF1A\u8BF7\u7528 `pmdesk unit edit` \u4FEE\u6539" },
      "imp.noUnit": { en: "unit {value} is not registered: import the units first", zh: "\u623F\u53F7 {value} \u672A\u767B\u8BB0\uFF1A\u8BF7\u5148\u5BFC\u5165\u623F\u5C4B" },
      "imp.sameDocument": { en: "the same document number has a different name on line {other}", zh: "\u540C\u4E00\u8BC1\u4EF6\u53F7\u7801\u5728\u7B2C {other} \u884C\u59D3\u540D\u4E0D\u540C" },
      "imp.residentConflict": { en: "document already registered to resident {id} ({name}) or with another role on this unit", zh: "\u8BC1\u4EF6\u5DF2\u767B\u8BB0\u4E3A\u4F4F\u6237 {id}\uFF08{name}\uFF09\uFF0C\u6216\u5728\u8BE5\u623F\u53F7\u4E0B\u8EAB\u4EFD\u4E0D\u540C" },
      "imp.done": { en: "{file}: {rows} rows ({encoding}), {added} added, {unchanged} already there", zh: "{file}\uFF1A{rows} \u884C\uFF08{encoding}\uFF09\uFF0C\u65B0\u589E {added}\uFF0C\u5DF2\u5B58\u5728 {unchanged}" },
      "imp.progress": { en: "importing", zh: "\u5BFC\u5165\u4E2D" },
      "init.created": { en: "created {db} (schema {to}) for {estate}", zh: "\u5DF2\u521B\u5EFA {db}\uFF08\u7ED3\u6784\u7248\u672C {to}\uFF09\uFF0C\u5C0F\u533A\uFF1A{estate}" },
      "init.upgraded": { en: "upgraded {db} from schema {from} to {to}; backup: {backup}", zh: "\u5DF2\u5C06 {db} \u4ECE\u7ED3\u6784\u7248\u672C {from} \u5347\u7EA7\u5230 {to}\uFF1B\u5907\u4EFD\uFF1A{backup}" },
      "init.current": { en: "{db} is up to date (schema {to}), estate: {estate}", zh: "{db} \u5DF2\u662F\u6700\u65B0\uFF08\u7ED3\u6784\u7248\u672C {to}\uFF09\uFF0C\u5C0F\u533A\uFF1A{estate}" },
      "unit.added": { en: "unit {code} added ({status})", zh: "\u5DF2\u6DFB\u52A0\u623F\u53F7 {code}\uFF08{status}\uFF09" },
      "unit.residents": { en: "Residents", zh: "\u4F4F\u6237" },
      "unit.keys": { en: "Keys", zh: "\u94A5\u5319" },
      "unit.records": { en: "Records", zh: "\u76F8\u5173\u5355\u636E" },
      "unit.history": { en: "Status history", zh: "\u72B6\u6001\u53D8\u5316" },
      "resident.added": { en: "resident {id} {name} registered on {unit}", zh: "\u5DF2\u767B\u8BB0\u4F4F\u6237 {id} {name}\uFF0C\u623F\u53F7 {unit}" },
      "col.code": { en: "Code", zh: "\u623F\u53F7" },
      "col.building": { en: "Building", zh: "\u697C\u680B" },
      "col.floor": { en: "Floor", zh: "\u697C\u5C42" },
      "col.area": { en: "Area m\xB2", zh: "\u9762\u79EF\u33A1" },
      "col.id": { en: "Id", zh: "\u7F16\u53F7" },
      "col.name": { en: "Name", zh: "\u59D3\u540D" },
      "col.role": { en: "Role", zh: "\u8EAB\u4EFD" },
      "col.idNumber": { en: "ID number", zh: "\u8BC1\u4EF6\u53F7\u7801" },
      "col.phone": { en: "Phone", zh: "\u7535\u8BDD" },
      "col.units": { en: "Units", zh: "\u623F\u53F7" },
      "col.since": { en: "Since", zh: "\u8D77\u59CB" },
      "err.demoExists": { en: "{file} exists and is not a demo database: pass another --db", zh: "{file} \u5DF2\u5B58\u5728\u4E14\u4E0D\u662F\u6F14\u793A\u6570\u636E\u5E93\uFF1A\u8BF7\u7528 --db \u6307\u5B9A\u5176\u4ED6\u6587\u4EF6" },
      "demo.done": { en: "demo estate in {db}: {units} units, {residents} residents, activity of {month}", zh: "\u6F14\u793A\u5C0F\u533A\u5DF2\u5EFA\u4E8E {db}\uFF1A{units} \u5957\u623F\u5C4B\uFF0C{residents} \u4F4D\u4F4F\u6237\uFF0C{month} \u7684\u4E1A\u52A1" },
      "demo.next": { en: "next: pmdesk --db {db} report due \xB7 pmdesk --db {db} report monthly --month {month} --format html --out report.html", zh: "\u63A5\u4E0B\u6765\uFF1Apmdesk --db {db} report due \xB7 pmdesk --db {db} report monthly --month {month} --format html --out report.html" },
      "id.format": { en: "18 digits, the last may be X", zh: "\u5E94\u4E3A 18 \u4F4D\uFF0C\u672B\u4F4D\u53EF\u4E3A X" },
      "id.region": { en: "bad region code", zh: "\u5730\u533A\u7801\u9519\u8BEF" },
      "id.birth": { en: "impossible birth date", zh: "\u51FA\u751F\u65E5\u671F\u4E0D\u5B58\u5728" },
      "id.check": { en: "check digit does not match", zh: "\u6821\u9A8C\u7801\u4E0D\u7B26" }
    };
  }
});

// src/i18n/admin.ts
var admin_default;
var init_admin = __esm({
  "src/i18n/admin.ts"() {
    "use strict";
    admin_default = {
      "err.profileKey": { en: 'no profile setting "{key}": see `pmdesk profile show`', zh: "\u6CA1\u6709\u914D\u7F6E\u9879\u201C{key}\u201D\uFF1A\u53C2\u89C1 `pmdesk profile show`" },
      "err.profileType": { en: "{key} must be a {type} (non-negative for numbers)", zh: "{key} \u5FC5\u987B\u662F {type}\uFF08\u6570\u5B57\u4E0D\u80FD\u4E3A\u8D1F\uFF09" },
      "err.profileFen": { en: "{key} is an amount in fen (\u5206): a whole number, e.g. 100000 for 1000 yuan", zh: "{key} \u4EE5\u5206\u4E3A\u5355\u4F4D\uFF1A\u987B\u4E3A\u6574\u6570\uFF0C\u4F8B\u5982 1000 \u5143\u5199 100000" },
      "err.profileRate": { en: "{key} is a rate from 0 to 1 (e.g. 0.3 for 30%)", zh: "{key} \u662F 0 \u5230 1 \u4E4B\u95F4\u7684\u6BD4\u4F8B\uFF08\u5982 0.3 \u8868\u793A 30%\uFF09" },
      "err.profileDeadline": { en: '{key}: "{value}" is not a deadline; use e.g. 24h, 10min, same-day, 2d, 1w, 5wd, 1mo, 1-2mo', zh: "{key}\uFF1A\u201C{value}\u201D\u4E0D\u662F\u671F\u9650\uFF1B\u4F8B\u5982 24h\u300110min\u3001same-day\u30012d\u30011w\u30015wd\u30011mo\u30011-2mo" },
      "err.profileTimezone": { en: '"{value}" is not a time zone; use e.g. Asia/Shanghai', zh: "\u201C{value}\u201D\u4E0D\u662F\u65F6\u533A\uFF1B\u4F8B\u5982 Asia/Shanghai" },
      "err.profileYear": { en: '{key}: give {"holidays":["YYYY-MM-DD",\u2026],"workdays":[\u2026]} (dates as YYYY-MM-DD)', zh: '{key}\uFF1A\u683C\u5F0F\u4E3A {"holidays":["YYYY-MM-DD",\u2026],"workdays":[\u2026]}' },
      "err.profileFile": { en: "cannot read the profile {file}: it must be a JSON file like data/profile.default.json", zh: "\u65E0\u6CD5\u8BFB\u53D6\u914D\u7F6E\u6587\u4EF6 {file}\uFF1A\u987B\u4E3A\u4E0E data/profile.default.json \u76F8\u540C\u683C\u5F0F\u7684 JSON \u6587\u4EF6" },
      "err.atFuture": { en: "--at {at} is in the future (now is {now}): give the time the event happened", zh: "--at {at} \u665A\u4E8E\u5F53\u524D\u65F6\u95F4\uFF08{now}\uFF09\uFF1A\u8BF7\u586B\u5199\u4E8B\u4EF6\u5B9E\u9645\u53D1\u751F\u7684\u65F6\u95F4" },
      "err.schemaOlder": { en: "database {db} has schema version {version}; this pmdesk needs {known}: run `pmdesk init` to upgrade it (a backup is taken first)", zh: "\u6570\u636E\u5E93 {db} \u7684\u7ED3\u6784\u7248\u672C\u4E3A {version}\uFF0C\u672C\u7A0B\u5E8F\u9700\u8981 {known}\uFF1A\u8BF7\u8FD0\u884C `pmdesk init` \u5347\u7EA7\uFF08\u4F1A\u5148\u5907\u4EFD\uFF09" },
      "profile.set": { en: "{key}: {old} \u2192 {value}", zh: "{key}\uFF1A{old} \u2192 {value}" },
      "due.none": { en: "nothing due today, nothing overdue", zh: "\u4ECA\u5929\u6CA1\u6709\u5230\u671F\u4E8B\u9879\uFF0C\u4E5F\u6CA1\u6709\u903E\u671F\u4E8B\u9879" },
      "due.overdue": { en: "Overdue ({n})", zh: "\u5DF2\u903E\u671F\uFF08{n}\uFF09" },
      "due.more": { en: "\u2026 and {n} more (all of them: pmdesk report due --json)", zh: "\u2026\u2026\u53E6\u6709 {n} \u9879\uFF08\u5168\u90E8\uFF1Apmdesk report due --json\uFF09" },
      "due.today": { en: "Due today ({n})", zh: "\u4ECA\u65E5\u5230\u671F\uFF08{n}\uFF09" },
      "export.done": { en: "wrote {rows} rows to {out}", zh: "\u5DF2\u5199\u51FA {rows} \u884C\u5230 {out}" },
      "backup.done": { en: "backup written to {file} ({bytes} bytes)", zh: "\u5907\u4EFD\u5DF2\u5199\u5165 {file}\uFF08{bytes} \u5B57\u8282\uFF09" },
      "doc.fk": { en: "{n} broken references", zh: "{n} \u5904\u5F15\u7528\u5931\u6548" },
      "doc.schema": { en: "schema version {version}", zh: "\u7ED3\u6784\u7248\u672C {version}" },
      "doc.chainOk": { en: "{n} audit rows, chain unbroken", zh: "\u5BA1\u8BA1\u65E5\u5FD7 {n} \u884C\uFF0C\u94FE\u5B8C\u6574" },
      "doc.chainBroken": { en: "audit row {id} was changed outside pmdesk (hash chain broken)", zh: "\u5BA1\u8BA1\u65E5\u5FD7\u7B2C {id} \u884C\u88AB\u7A0B\u5E8F\u5916\u4FEE\u6539\uFF08\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF09" },
      "doc.ledger": { en: "{n} ledger problems", zh: "\u8D26\u76EE\u95EE\u9898 {n} \u5904" },
      "doc.states": { en: "{n} records with an inconsistent void state", zh: "{n} \u6761\u8BB0\u5F55\u4F5C\u5E9F\u72B6\u6001\u4E0D\u4E00\u81F4" },
      "doc.calOk": { en: "working-day calendar covers {year}", zh: "\u5DE5\u4F5C\u65E5\u5386\u5DF2\u8986\u76D6 {year} \u5E74" },
      "doc.calNext": { en: "working-day calendar covers {year} but not {next}: add it with `pmdesk profile set calendar.years.{next} \u2026` once the State Council publishes it", zh: "\u5DE5\u4F5C\u65E5\u5386\u8986\u76D6 {year} \u5E74\uFF0C\u4F46\u672A\u8986\u76D6 {next} \u5E74\uFF1A\u56FD\u52A1\u9662\u516C\u5E03\u540E\u8BF7\u7528 `pmdesk profile set calendar.years.{next} \u2026` \u8865\u5145" },
      "doc.calMissing": { en: "working-day calendar does not cover {year}: deadlines treat it as Mon\u2013Fri; add the year with `pmdesk profile set calendar.years.{year} \u2026` or update pmdesk", zh: "\u5DE5\u4F5C\u65E5\u5386\u672A\u8986\u76D6 {year} \u5E74\uFF1A\u671F\u9650\u6309\u5468\u4E00\u81F3\u5468\u4E94\u8BA1\u7B97\uFF1B\u8BF7\u7528 `pmdesk profile set calendar.years.{year} \u2026` \u8865\u5145\u6216\u5347\u7EA7\u7A0B\u5E8F" },
      "doc.ok": { en: "all checks passed", zh: "\u5168\u90E8\u68C0\u67E5\u901A\u8FC7" },
      "doc.failed": { en: "problems found", zh: "\u53D1\u73B0\u95EE\u9898" },
      "csv.code": { en: "code", zh: "\u623F\u53F7" },
      "csv.building": { en: "building", zh: "\u697C\u680B" },
      "csv.floor": { en: "floor", zh: "\u697C\u5C42" },
      "csv.area": { en: "area", zh: "\u9762\u79EF" },
      "csv.status": { en: "status", zh: "\u72B6\u6001" },
      "csv.id": { en: "id", zh: "\u7F16\u53F7" },
      "csv.name": { en: "name", zh: "\u59D3\u540D" },
      "csv.role": { en: "role", zh: "\u8EAB\u4EFD" },
      "csv.id_type": { en: "id_type", zh: "\u8BC1\u4EF6\u7C7B\u578B" },
      "csv.id_number": { en: "id_number", zh: "\u8BC1\u4EF6\u53F7\u7801" },
      "csv.phone": { en: "phone", zh: "\u7535\u8BDD" },
      "csv.unit": { en: "unit", zh: "\u623F\u53F7" },
      "csv.at": { en: "at", zh: "\u65F6\u95F4" },
      "csv.entered_at": { en: "entered_at", zh: "\u5F55\u5165\u65F6\u95F4" },
      "csv.clerk": { en: "clerk", zh: "\u7ECF\u529E\u4EBA" },
      "csv.subject": { en: "subject", zh: "\u5BF9\u8C61" },
      "csv.action": { en: "action", zh: "\u64CD\u4F5C" },
      "csv.field": { en: "field", zh: "\u5B57\u6BB5" },
      "csv.old": { en: "old", zh: "\u539F\u503C" },
      "csv.new": { en: "new", zh: "\u65B0\u503C" },
      "csv.no": { en: "no", zh: "\u5355\u53F7" },
      "csv.type": { en: "type", zh: "\u7C7B\u578B" },
      "csv.created": { en: "created", zh: "\u53D1\u751F\u65F6\u95F4" },
      "csv.entered": { en: "entered", zh: "\u5F55\u5165\u65F6\u95F4" },
      "csv.updated": { en: "updated", zh: "\u66F4\u65B0\u65F6\u95F4" },
      "csv.due": { en: "due", zh: "\u671F\u9650" },
      "csv.voided": { en: "voided", zh: "\u4F5C\u5E9F" },
      "csv.void_reason": { en: "void_reason", zh: "\u4F5C\u5E9F\u539F\u56E0" },
      "csv.item": { en: "item", zh: "\u9879\u76EE" },
      "csv.direction": { en: "direction", zh: "\u6536\u652F" },
      "csv.amount": { en: "amount", zh: "\u91D1\u989D" },
      "csv.receipt_no": { en: "receipt_no", zh: "\u6536\u636E\u53F7" },
      "rep.monthly.title": { en: "{estate} \u2014 monthly desk report", zh: "{estate} \u5BA2\u670D\u4E2D\u5FC3\u6708\u5EA6\u62A5\u8868" },
      "rep.monthly.subtitle": { en: "month {month} \xB7 generated {at}", zh: "\u6708\u4EFD {month} \xB7 \u751F\u6210\u4E8E {at}" },
      "rep.units.title": { en: "{estate} \u2014 house-status table (R-103)", zh: "{estate} \u623F\u5C4B\u52A8\u6001\u8868" },
      "rep.units": { en: "House status (R-103)", zh: "\u623F\u5C4B\u52A8\u6001\uFF08R-103\uFF09" },
      "rep.units.total": { en: "units: {n}", zh: "\u623F\u5C4B\u603B\u6570\uFF1A{n}" },
      "rep.units.changes": { en: "Status changes in the month", zh: "\u672C\u6708\u72B6\u6001\u53D8\u5316" },
      "rep.checkins": { en: "Handovers (\xA72)", zh: "\u4EA4\u623F\uFF08\xA72\uFF09" },
      "rep.renovations": { en: "Renovations (R-308)", zh: "\u88C5\u4FEE\u7EDF\u8BA1\uFF08R-308\uFF09" },
      "rep.complaints": { en: "Complaints (R-407)", zh: "\u6295\u8BC9\u6C47\u603B\uFF08R-407\uFF09" },
      "rep.complaints.byClass": { en: "By class", zh: "\u6309\u7B49\u7EA7" },
      "rep.complaints.byDept": { en: "By department", zh: "\u6309\u90E8\u95E8" },
      "rep.complaints.byCause": { en: "By cause", zh: "\u6309\u539F\u56E0" },
      "rep.suggestions": { en: "Suggestions and praise (R-407)", zh: "\u5EFA\u8BAE\u4E0E\u8868\u626C\uFF08R-407\uFF09" },
      "rep.repairs": { en: "Repairs (R-506)", zh: "\u7EF4\u4FEE\u7EDF\u8BA1\uFF08R-506\uFF09" },
      "rep.followups": { en: "Follow-ups (\xA78)", zh: "\u56DE\u8BBF\uFF08\xA78\uFF09" },
      "rep.followups.line": { en: "due in the month {due}: on time {onTime}, late {late}, overdue {overdue}; done {done}", zh: "\u672C\u6708\u5E94\u56DE\u8BBF {due}\uFF1A\u6309\u65F6 {onTime}\uFF0C\u903E\u671F\u5B8C\u6210 {late}\uFF0C\u5DF2\u903E\u671F {overdue}\uFF1B\u5DF2\u5B8C\u6210 {done}" },
      "rep.keys": { en: "Keys (\xA77)", zh: "\u94A5\u5319\uFF08\xA77\uFF09" },
      "rep.visits": { en: "Visits and reception log (\xA76)", zh: "\u6765\u8BBF\u4E0E\u503C\u73ED\u8BB0\u5F55\uFF08\xA76\uFF09" },
      "rep.visits.byCategory": { en: "Reception log by category", zh: "\u503C\u73ED\u8BB0\u5F55\u6309\u7C7B\u522B" },
      "rep.kpis": { en: "Key figures", zh: "\u4E3B\u8981\u6307\u6807" },
      "rep.repeats": { en: "Repeats", zh: "\u91CD\u590D\u4E8B\u9879" },
      "rep.item": { en: "Item", zh: "\u9879\u76EE" },
      "rep.value": { en: "Value", zh: "\u6570\u503C" },
      "rep.count": { en: "Count", zh: "\u6570\u91CF" },
      "rep.about": { en: "About", zh: "\u4E8B\u9879" },
      "rep.kind": { en: "Kind", zh: "\u7C7B\u522B" },
      "rep.source": { en: "Source", zh: "\u6765\u6E90" },
      "rep.done": { en: "Done", zh: "\u5DF2\u56DE\u8BBF" },
      "kpi.repairTimelinessRate": { en: "repair timeliness = on time {num} / completed {den} = {pct}", zh: "\u7EF4\u4FEE\u53CA\u65F6\u7387 = \u6309\u65F6\u5B8C\u6210 {num} / \u5B8C\u6210 {den} = {pct}" },
      "kpi.complaintRatePer100Units": { en: "complaints per 100 units = complaints\xD7100 {num} / units {den} = {pct}", zh: "\u767E\u6237\u6295\u8BC9\u7387 = \u6295\u8BC9\u6570\xD7100 {num} / \u6237\u6570 {den} = {pct}" },
      "kpi.complaintOnTimeRate": { en: "complaints handled within deadline = {num} / {den} = {pct}", zh: "\u6295\u8BC9\u5904\u7406\u53CA\u65F6\u7387 = {num} / {den} = {pct}" },
      "kpi.complaintFollowupRate": { en: "complaint follow-up rate = followed up {num} / complaints {den} = {pct}", zh: "\u6295\u8BC9\u56DE\u8BBF\u7387 = \u5DF2\u56DE\u8BBF {num} / \u6295\u8BC9 {den} = {pct}" },
      "kpi.repairFollowupRate": { en: "repair follow-up rate = followed up {num} / completed {den} = {pct}", zh: "\u7EF4\u4FEE\u56DE\u8BBF\u7387 = \u5DF2\u56DE\u8BBF {num} / \u5B8C\u6210 {den} = {pct}" },
      "kpi.satisfactionRate": { en: "satisfaction = satisfied or basically satisfied {num} / follow-ups {den} = {pct}", zh: "\u6EE1\u610F\u7387 = \u6EE1\u610F\u53CA\u57FA\u672C\u6EE1\u610F {num} / \u56DE\u8BBF {den} = {pct}" },
      "kpi.answered24h": { en: "first feedback within 24 h = {num} / {den} = {pct}", zh: "24 \u5C0F\u65F6\u5185\u9996\u6B21\u56DE\u590D = {num} / {den} = {pct}" },
      "kpi.handledOnTime": { en: "handled within deadline = {num} / {den} = {pct}", zh: "\u671F\u9650\u5185\u5904\u7406 = {num} / {den} = {pct}" },
      "unitStatus.unsold": { en: "unsold", zh: "\u672A\u552E" },
      "unitStatus.vacant": { en: "vacant", zh: "\u7A7A\u7F6E" },
      "unitStatus.handed-over": { en: "handed over", zh: "\u5DF2\u4EA4\u623F" },
      "unitStatus.renovating": { en: "renovating", zh: "\u88C5\u4FEE\u4E2D" },
      "unitStatus.occupied": { en: "occupied", zh: "\u5DF2\u5165\u4F4F" },
      "unitStatus.leased": { en: "leased", zh: "\u51FA\u79DF" },
      "class.major": { en: "major", zh: "\u91CD\u5927" },
      "class.important": { en: "important", zh: "\u91CD\u8981" },
      "class.minor": { en: "minor", zh: "\u8F7B\u5FAE" },
      "class.invalid": { en: "invalid", zh: "\u65E0\u6548" },
      "class.unclassified": { en: "not yet classified", zh: "\u672A\u5206\u7EA7" },
      "sat.satisfied": { en: "satisfied", zh: "\u6EE1\u610F" },
      "sat.basic": { en: "basically satisfied", zh: "\u57FA\u672C\u6EE1\u610F" },
      "sat.unsatisfied": { en: "unsatisfied", zh: "\u4E0D\u6EE1\u610F" },
      "rep.checkins.started": { en: "started", zh: "\u65B0\u5F00\u4EA4\u623F\u5355" },
      "rep.checkins.completed": { en: "handed over", zh: "\u5B8C\u6210\u4EA4\u623F" },
      "rep.checkins.defects": { en: "defects recorded", zh: "\u9A8C\u623F\u95EE\u9898" },
      "rep.checkins.defectsClosed": { en: "defects fixed", zh: "\u95EE\u9898\u5DF2\u4FEE\u590D" },
      "rep.checkins.defectsOpen": { en: "defects open", zh: "\u95EE\u9898\u672A\u4FEE\u590D" },
      "rep.renovations.applications": { en: "applications", zh: "\u88C5\u4FEE\u7533\u8BF7" },
      "rep.renovations.approvals": { en: "approvals", zh: "\u6279\u51C6" },
      "rep.renovations.rejections": { en: "rejections", zh: "\u4E0D\u6279\u51C6" },
      "rep.renovations.active": { en: "active sites (now)", zh: "\u5728\u65BD\u5DE5\uFF08\u5F53\u524D\uFF09" },
      "rep.renovations.inspectionsDone": { en: "inspections done", zh: "\u5DE1\u67E5\u6B21\u6570" },
      "rep.renovations.inspectionsRequired": { en: "inspections required", zh: "\u5E94\u5DE1\u67E5\u6B21\u6570" },
      "rep.renovations.inspectionsMissed": { en: "inspections missed or late", zh: "\u6F0F\u67E5\u6216\u8FDF\u67E5" },
      "rep.renovations.violations": { en: "violations", zh: "\u8FDD\u89C4" },
      "rep.renovations.acceptances": { en: "acceptances", zh: "\u9A8C\u6536\u5408\u683C" },
      "rep.renovations.receivedFen": { en: "received (yuan)", zh: "\u6536\u53D6\uFF08\u5143\uFF09" },
      "rep.renovations.refundedFen": { en: "refunded (yuan)", zh: "\u9000\u8FD8\uFF08\u5143\uFF09" },
      "rep.renovations.deductedFen": { en: "deducted (yuan)", zh: "\u6263\u9664\uFF08\u5143\uFF09" },
      "rep.renovations.heldFen": { en: "deposits held at month end (yuan)", zh: "\u6708\u672B\u6301\u6709\u62BC\u91D1\uFF08\u5143\uFF09" },
      "rep.complaints.total": { en: "complaints", zh: "\u6295\u8BC9\u603B\u6570" },
      "rep.complaints.escalated": { en: "escalated after a month (R-403)", zh: "\u8D85\u6708\u5347\u7EA7\uFF08R-403\uFF09" },
      "rep.suggestions.suggestions": { en: "suggestions", zh: "\u5EFA\u8BAE" },
      "rep.suggestions.praise": { en: "praise", zh: "\u8868\u626C" },
      "rep.suggestions.adopted": { en: "adopted", zh: "\u91C7\u7EB3" },
      "rep.suggestions.notAdopted": { en: "not adopted", zh: "\u672A\u91C7\u7EB3" },
      "rep.suggestions.told": { en: "resident told", zh: "\u5DF2\u56DE\u590D\u4F4F\u6237" },
      "rep.repairs.requests": { en: "requests", zh: "\u62A5\u4FEE" },
      "rep.repairs.completed": { en: "completed", zh: "\u5B8C\u6210" },
      "rep.repairs.onTime": { en: "completed on time", zh: "\u6309\u65F6\u5B8C\u6210" },
      "rep.repairs.late": { en: "completed late", zh: "\u903E\u671F\u5B8C\u6210" },
      "rep.repairs.paidCount": { en: "paid repairs", zh: "\u6709\u507F\u7EF4\u4FEE" },
      "rep.repairs.paidRevenueFen": { en: "paid revenue (yuan)", zh: "\u6709\u507F\u6536\u5165\uFF08\u5143\uFF09" },
      "rep.repairs.emergencies": { en: "help requests / emergencies", zh: "\u6C42\u52A9/\u7D27\u6025" },
      "rep.repairs.public": { en: "public areas", zh: "\u516C\u5171\u90E8\u4F4D" },
      "rep.keys.lent": { en: "lent", zh: "\u501F\u51FA" },
      "rep.keys.returned": { en: "returned", zh: "\u5F52\u8FD8" },
      "rep.keys.overdue": { en: "overdue now", zh: "\u5F53\u524D\u903E\u671F\u672A\u8FD8" },
      "rep.keys.entrusted": { en: "entrusted", zh: "\u4E1A\u4E3B\u6258\u7BA1" },
      "rep.keys.released": { en: "released to owners", zh: "\u4EA4\u8FD8\u4E1A\u4E3B" },
      "rep.keys.lost": { en: "lost", zh: "\u9057\u5931" },
      "rep.visits.visitors": { en: "visitors", zh: "\u8BBF\u5BA2" },
      "report.written": { en: "written: {files}", zh: "\u5DF2\u5199\u51FA\uFF1A{files}" },
      "err.outDir": { en: "--out {dir} must be a directory for CSV sections (or end the name with .csv for one file)", zh: "--out {dir} \u987B\u4E3A\u76EE\u5F55\uFF08\u6309\u7248\u5757\u8F93\u51FA CSV\uFF09\uFF0C\u6216\u4EE5 .csv \u7ED3\u5C3E\u8F93\u51FA\u5355\u4E2A\u6587\u4EF6" }
    };
  }
});

// src/i18n/workflows.ts
var workflows_default;
var init_workflows = __esm({
  "src/i18n/workflows.ts"() {
    "use strict";
    workflows_default = {
      "group.init": { en: "create or upgrade the database (idempotent)", zh: "\u521B\u5EFA\u6216\u5347\u7EA7\u6570\u636E\u5E93\uFF08\u53EF\u91CD\u590D\u6267\u884C\uFF09" },
      "group.demo": { en: "create a demo estate with a month of desk activity and print its report", zh: "\u521B\u5EFA\u6F14\u793A\u5C0F\u533A\u53CA\u4E00\u4E2A\u6708\u7684\u524D\u53F0\u4E1A\u52A1\uFF0C\u5E76\u8F93\u51FA\u6708\u62A5" },
      "group.unit": { en: "units (\u623F\u5C4B): import, add, list, show", zh: "\u623F\u5C4B\uFF1A\u5BFC\u5165\u3001\u6DFB\u52A0\u3001\u5217\u8868\u3001\u67E5\u770B" },
      "group.resident": { en: "residents (\u4F4F\u6237): import, add, list, show", zh: "\u4F4F\u6237\uFF1A\u5BFC\u5165\u3001\u6DFB\u52A0\u3001\u5217\u8868\u3001\u67E5\u770B" },
      "group.profile": { en: "estate profile: fees, deadlines, coverage, seasons, holidays", zh: "\u5C0F\u533A\u914D\u7F6E\uFF1A\u6536\u8D39\u3001\u671F\u9650\u3001\u56DE\u8BBF\u6BD4\u4F8B\u3001\u5B63\u8282\u3001\u8282\u5047\u65E5" },
      "group.checkin": { en: "unit handover \u4EA4\u623F/\u5165\u4F19 (JF)", zh: "\u4EA4\u623F/\u5165\u4F19\uFF08JF\uFF09" },
      "group.renovate": { en: "renovation permits \u88C5\u4FEE (ZX)", zh: "\u88C5\u4FEE\u7BA1\u7406\uFF08ZX\uFF09" },
      "group.complaint": { en: "complaints, suggestions, praise \u6295\u8BC9/\u5EFA\u8BAE/\u8868\u626C (TS, JY)", zh: "\u6295\u8BC9/\u5EFA\u8BAE/\u8868\u626C\uFF08TS\u3001JY\uFF09" },
      "group.repair": { en: "repairs and help requests \u62A5\u4FEE/\u6C42\u52A9 (BX)", zh: "\u62A5\u4FEE/\u6C42\u52A9\uFF08BX\uFF09" },
      "group.visit": { en: "visitors and the reception log \u6765\u8BBF/\u503C\u73ED\u8BB0\u5F55 (LF)", zh: "\u6765\u8BBF\u767B\u8BB0\u4E0E\u503C\u73ED\u8BB0\u5F55\uFF08LF\uFF09" },
      "group.shift": { en: "shift handover \u4EA4\u63A5\u73ED: open items carried over", zh: "\u4EA4\u63A5\u73ED\uFF1A\u672A\u7ED3\u4E8B\u9879\u79FB\u4EA4" },
      "group.keys": { en: "the key cabinet \u94A5\u5319 (YS)", zh: "\u94A5\u5319\u7BA1\u7406\uFF08YS\uFF09" },
      "group.followup": { en: "follow-ups \u56DE\u8BBF (HF)", zh: "\u56DE\u8BBF\uFF08HF\uFF09" },
      "group.notice": { en: "notices \u901A\u77E5 (TZ)", zh: "\u901A\u77E5\uFF08TZ\uFF09" },
      "group.patrol": { en: "vacant-unit and public-area patrols \u5DE1\u67E5 (XC)", zh: "\u7A7A\u7F6E\u623F\u4E0E\u516C\u5171\u533A\u57DF\u5DE1\u67E5\uFF08XC\uFF09" },
      "group.survey": { en: "satisfaction surveys \u6EE1\u610F\u5EA6\u8C03\u67E5 (DC)", zh: "\u6EE1\u610F\u5EA6\u8C03\u67E5\uFF08DC\uFF09" },
      "group.lend": { en: "small lending \u501F\u7528 (JD)", zh: "\u7269\u54C1\u501F\u7528\uFF08JD\uFF09" },
      "group.report": { en: "reports: due, monthly, units", zh: "\u62A5\u8868\uFF1A\u5230\u671F\u4E8B\u9879\u3001\u6708\u62A5\u3001\u623F\u5C4B\u52A8\u6001" },
      "group.export": { en: "CSV export for spreadsheets", zh: "\u5BFC\u51FA CSV \u4F9B\u7535\u5B50\u8868\u683C\u4F7F\u7528" },
      "group.audit": { en: "the audit log (all, or one record)", zh: "\u5BA1\u8BA1\u65E5\u5FD7\uFF08\u5168\u90E8\u6216\u67D0\u4E00\u5355\u636E\uFF09" },
      "group.backup": { en: "online backup of the database to a file", zh: "\u5728\u7EBF\u5907\u4EFD\u6570\u636E\u5E93\u5230\u6587\u4EF6" },
      "group.doctor": { en: "check the database: integrity, audit chain, ledger, calendar", zh: "\u68C0\u67E5\u6570\u636E\u5E93\uFF1A\u5B8C\u6574\u6027\u3001\u5BA1\u8BA1\u94FE\u3001\u8D26\u76EE\u3001\u65E5\u5386" },
      "group.completion": { en: "shell completion script", zh: "Shell \u81EA\u52A8\u8865\u5168\u811A\u672C" },
      "verb.list": { en: "list records", zh: "\u5217\u51FA\u5355\u636E" },
      "verb.show": { en: "show a record, its timeline and deadlines", zh: "\u67E5\u770B\u5355\u636E\u53CA\u5176\u7ECF\u8FC7\u548C\u671F\u9650" },
      "verb.print": { en: "print its form (HTML or PDF)", zh: "\u6253\u5370\u8868\u5355\uFF08HTML \u6216 PDF\uFF09" },
      "verb.void": { en: "void a wrong record, with a reason (R-001)", zh: "\u4F5C\u5E9F\u9519\u8BEF\u5355\u636E\u5E76\u8BF4\u660E\u539F\u56E0\uFF08R-001\uFF09" },
      "type.checkin": { en: "checkin", zh: "\u4EA4\u623F" },
      "type.renovation": { en: "renovation", zh: "\u88C5\u4FEE" },
      "type.complaint": { en: "complaint", zh: "\u6295\u8BC9" },
      "type.suggestion": { en: "suggestion", zh: "\u5EFA\u8BAE" },
      "type.repair": { en: "repair", zh: "\u62A5\u4FEE" },
      "type.visit": { en: "visit", zh: "\u6765\u8BBF" },
      "type.keyMove": { en: "key loan", zh: "\u94A5\u5319\u501F\u7528" },
      "type.followup": { en: "follow-up", zh: "\u56DE\u8BBF" },
      "type.notice": { en: "notice", zh: "\u901A\u77E5" },
      "type.patrol": { en: "patrol", zh: "\u5DE1\u67E5" },
      "type.survey": { en: "survey", zh: "\u8C03\u67E5" },
      "type.lending": { en: "lending", zh: "\u501F\u7528" },
      "next.soonest": { en: "due soonest: {no} {step} {due}", zh: "\u6700\u8FD1\u5230\u671F\uFF1A{no} {step} {due}" },
      "next.overdue": { en: "{n} overdue (pmdesk report due)", zh: "\u5DF2\u903E\u671F {n} \u9879\uFF08pmdesk report due\uFF09" },
      "next.complaint.new": { en: "next: pmdesk complaint classify {no} --class major|important|minor|invalid", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk complaint classify {no} --class major|important|minor|invalid" },
      "next.complaint.classified": { en: "next: pmdesk complaint respond {no} --note \u2026 \xB7 pmdesk complaint assign {no} --dept \u2026 --method \u2026 --promise YYYY-MM-DD", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk complaint respond {no} --note \u2026 \xB7 pmdesk complaint assign {no} --dept \u2026 --method \u2026 --promise YYYY-MM-DD" },
      "next.complaint.assigned": { en: "next: pmdesk complaint resolve {no} --result \u2026", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk complaint resolve {no} --result \u2026" },
      "next.complaint.reopened": { en: "next: pmdesk complaint assign {no} --dept \u2026 --method \u2026 --promise YYYY-MM-DD", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk complaint assign {no} --dept \u2026 --method \u2026 --promise YYYY-MM-DD" },
      "next.complaint.resolved": { en: "next: pmdesk complaint verify {no} \xB7 pmdesk followup due", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk complaint verify {no} \xB7 pmdesk followup due" },
      "next.repair.new": { en: "next: pmdesk repair dispatch {no} --tech \u2026", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk repair dispatch {no} --tech \u2026" },
      "next.repair.dispatched": { en: "next: pmdesk repair complete {no} \xB7 paid work: pmdesk repair quote {no} --amount \u2026", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk repair complete {no} \xB7 \u6709\u507F\uFF1Apmdesk repair quote {no} --amount \u2026" },
      "next.repair.quoted": { en: "next: pmdesk repair quote {no} --consent (when the owner agrees)", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk repair quote {no} --consent\uFF08\u4E1A\u4E3B\u540C\u610F\u540E\uFF09" },
      "next.repair.in-progress": { en: "next: pmdesk repair complete {no} --paid \u2026 --receipt \u2026", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk repair complete {no} --paid \u2026 --receipt \u2026" },
      "next.repair.reopened": { en: "next: pmdesk repair dispatch {no} --tech \u2026", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk repair dispatch {no} --tech \u2026" },
      "next.checkin.open": { en: "next: pmdesk checkin show {no} (what is still missing)", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk checkin show {no}\uFF08\u67E5\u770B\u5C1A\u7F3A\u4E8B\u9879\uFF09" },
      "next.renovation.applied": { en: "next: pmdesk renovate doc {no} <doc>\u2026", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk renovate doc {no} <\u8D44\u6599>\u2026" },
      "next.renovation.reviewing": { en: "next: pmdesk renovate approve {no} \xB7 pmdesk renovate reject {no} --reason \u2026", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk renovate approve {no} \xB7 pmdesk renovate reject {no} --reason \u2026" },
      "next.renovation.approved": { en: "next: pmdesk renovate pay {no}", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk renovate pay {no}" },
      "next.renovation.active": { en: "next: pmdesk renovate inspect {no} --ok", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk renovate inspect {no} --ok" },
      "next.renovation.stopped": { en: "next: pmdesk renovate inspect {no} --ok (re-inspection)", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk renovate inspect {no} --ok\uFF08\u590D\u67E5\uFF09" },
      "next.renovation.accepted": { en: "next: pmdesk renovate refund {no}", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk renovate refund {no}" },
      "next.keyMove.open": { en: "next: pmdesk keys return {no}", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk keys return {no}" },
      "next.keyMove.inspecting": { en: "next: pmdesk keys return {no} --inspection pass|fail", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk keys return {no} --inspection pass|fail" },
      "next.visit.in": { en: "next: pmdesk visit out {no}", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk visit out {no}" },
      "next.visit.open": { en: "next: pmdesk visit close {no} (when solved)", zh: "\u4E0B\u4E00\u6B65\uFF1Apmdesk visit close {no}\uFF08\u89E3\u51B3\u540E\uFF09" }
    };
  }
});

// src/i18n/checkin.ts
var checkin_default;
var init_checkin = __esm({
  "src/i18n/checkin.ts"() {
    "use strict";
    checkin_default = {
      "err.unitUnsold": { en: "unit {unit} is unsold: only a sold unit is handed over", zh: "{unit} \u672A\u552E\uFF1A\u53EA\u6709\u5DF2\u552E\u623F\u5C4B\u624D\u80FD\u4EA4\u623F" },
      "err.secondCheckin": { en: "unit {unit} already has handover {no} ({status}): see `pmdesk checkin show {no}`", zh: "{unit} \u5DF2\u6709\u4EA4\u623F\u5355 {no}\uFF08{status}\uFF09\uFF1A\u53C2\u89C1 `pmdesk checkin show {no}`" },
      "err.unitNotVacant": { en: "unit {unit} is {status}, not waiting for handover", zh: "{unit} \u5F53\u524D\u4E3A {status}\uFF0C\u4E0D\u5728\u5F85\u4EA4\u623F\u72B6\u6001" },
      "err.noOwners": { en: "unit {unit} has no registered owner: add one with `pmdesk resident add --role owner \u2026`", zh: "{unit} \u6CA1\u6709\u767B\u8BB0\u4E1A\u4E3B\uFF1A\u8BF7\u5148\u7528 `pmdesk resident add --role owner \u2026` \u767B\u8BB0" },
      "err.notOwnerOf": { en: "{name} is not a registered owner of {unit}", zh: "{name} \u4E0D\u662F {unit} \u7684\u767B\u8BB0\u4E1A\u4E3B" },
      "err.unknownDoc": { en: '"{doc}" is not a handover document; this handover needs: {docs}', zh: "\u201C{doc}\u201D\u4E0D\u662F\u4EA4\u623F\u8D44\u6599\uFF1B\u672C\u6B21\u4EA4\u623F\u9700\u8981\uFF1A{docs}" },
      "err.docNotNeeded": { en: '"{doc}" is not needed for this handover; it needs: {docs}', zh: "\u672C\u6B21\u4EA4\u623F\u4E0D\u9700\u8981\u201C{doc}\u201D\uFF1B\u9700\u8981\uFF1A{docs}" },
      "err.meter": { en: '--{flag}: "{value}" is not a meter reading (a number, up to 3 decimals)', zh: "--{flag}\uFF1A\u201C{value}\u201D\u4E0D\u662F\u8868\u5E95\u6570\uFF08\u6570\u5B57\uFF0C\u6700\u591A\u4E09\u4F4D\u5C0F\u6570\uFF09" },
      "err.checkinMissing": { en: "{no} cannot be completed: {n} item(s) missing (see `pmdesk checkin show {no}`):", zh: "{no} \u4E0D\u80FD\u5B8C\u6210\u4EA4\u623F\uFF1A\u7F3A\u5C11 {n} \u9879\uFF08\u53C2\u89C1 `pmdesk checkin show {no}`\uFF09\uFF1A" },
      "checkin.state": { en: "{no}: {status}; missing: {missing}", zh: "{no}\uFF1A{status}\uFF1B\u5C1A\u7F3A\uFF1A{missing}" },
      "checkin.defect": { en: "defect recorded: repair {repair} due {due} (R-202)", zh: "\u5DF2\u8BB0\u5F55\u95EE\u9898\uFF1A\u7EF4\u4FEE\u5355 {repair}\uFF0C\u671F\u9650 {due}\uFF08R-202\uFF09" },
      "checkin.completed": { en: "{no} completed: unit handed over; owner file opened; keys released: {keys}", zh: "{no} \u4EA4\u623F\u5B8C\u6210\uFF1A\u623F\u5C4B\u5DF2\u4EA4\u4ED8\uFF0C\u4E1A\u4E3B\u6863\u6848\u5DF2\u5EFA\u7ACB\uFF1B\u5DF2\u79FB\u4EA4\u94A5\u5319\uFF1A{keys}" },
      "checkin.form.inspection": { en: "Handover inspection form", zh: "\u623F\u5C4B\u9A8C\u6536\u4EA4\u63A5\u8868" },
      "checkin.form.keyReceipt": { en: "Key receipt", zh: "\u94A5\u5319\u7B7E\u6536\u4E66" },
      "checkin.f.unit": { en: "Unit", zh: "\u623F\u53F7" },
      "checkin.f.owners": { en: "Owners", zh: "\u4E1A\u4E3B" },
      "checkin.f.date": { en: "Date", zh: "\u65E5\u671F" },
      "checkin.f.meters": { en: "Meter readings", zh: "\u6C34\u7535\u7164\u5E95\u6570" },
      "checkin.f.water": { en: "Water", zh: "\u6C34\u8868" },
      "checkin.f.electricity": { en: "Electricity", zh: "\u7535\u8868" },
      "checkin.f.gas": { en: "Gas", zh: "\u71C3\u6C14\u8868" },
      "checkin.f.defects": { en: "Defects found in the joint inspection", zh: "\u9A8C\u623F\u53D1\u73B0\u7684\u95EE\u9898" },
      "checkin.f.location": { en: "Location", zh: "\u4F4D\u7F6E" },
      "checkin.f.problem": { en: "Problem", zh: "\u95EE\u9898" },
      "checkin.f.repair": { en: "Repair order / due", zh: "\u7EF4\u4FEE\u5355 / \u671F\u9650" },
      "checkin.f.doorKeys": { en: "Door keys", zh: "\u95E8\u94A5\u5319" },
      "checkin.f.mailboxKeys": { en: "Mailbox keys", zh: "\u4FE1\u7BB1\u94A5\u5319" },
      "checkin.f.keysLeft": { en: "Left with the desk", zh: "\u6258\u7BA1\u4E8E\u5BA2\u670D\u4E2D\u5FC3" },
      "checkin.f.handed": { en: "Also handed over: resident handbook, owners' covenant, renovation rules", zh: "\u540C\u65F6\u79FB\u4EA4\uFF1A\u300A\u4F4F\u6237\u624B\u518C\u300B\u300A\u4E1A\u4E3B\u516C\u7EA6\u300B\u300A\u88C5\u4FEE\u7BA1\u7406\u89C4\u5B9A\u300B" },
      "checkin.f.signOwner": { en: "Owner's signature", zh: "\u4E1A\u4E3B\u7B7E\u5B57" },
      "checkin.f.signClerk": { en: "Desk", zh: "\u5BA2\u670D\u4E2D\u5FC3" },
      "checkin.f.signEngineer": { en: "Engineering", zh: "\u5DE5\u7A0B\u90E8" },
      "checkin.f.copies": { en: "3 copies: owner, desk, engineering", zh: "\u4E00\u5F0F\u4E09\u4EFD\uFF1A\u4E1A\u4E3B\u3001\u5BA2\u670D\u4E2D\u5FC3\u3001\u5DE5\u7A0B\u90E8\u5404\u4E00\u4EFD" },
      "checkin.v.absent": { en: " (absent)", zh: "\uFF08\u672A\u5230\u573A\uFF09" },
      "checkin.v.ok": { en: "ok", zh: "\u5DF2\u6838" },
      "checkin.v.recordedMissing": { en: "missing (recorded)", zh: "\u7F3A\uFF08\u5DF2\u767B\u8BB0\uFF09" },
      "checkin.v.open": { en: "-", zh: "-" },
      "checkin.v.completed": { en: "Completed", zh: "\u5B8C\u6210\u65F6\u95F4" },
      "checkin.v.documents": { en: "Documents and forms", zh: "\u8D44\u6599\u4E0E\u7B7E\u7F72" },
      "checkin.v.item": { en: "Item", zh: "\u9879\u76EE" },
      "checkin.v.missing": { en: "Still missing: {items}", zh: "\u5C1A\u7F3A\uFF1A{items}" },
      "checkin.v.ready": { en: "Nothing missing: `pmdesk checkin complete {no}`", zh: "\u8D44\u6599\u9F50\u5168\uFF1A`pmdesk checkin complete {no}`" }
    };
  }
});

// src/i18n/keys.ts
var keys_default;
var init_keys = __esm({
  "src/i18n/keys.ts"() {
    "use strict";
    keys_default = {
      "err.noKey": { en: 'no key set "{key}": use the hook number or <unit>:<kind> (`pmdesk keys where <unit>`)', zh: "\u6CA1\u6709\u94A5\u5319\u201C{key}\u201D\uFF1A\u8BF7\u7528\u6302\u94A9\u53F7\u6216 <\u623F\u53F7>:<\u7C7B\u522B>\uFF08`pmdesk keys where <\u623F\u53F7>`\uFF09" },
      "err.ambiguousKey": { en: '"{key}" matches several key sets ({hooks}): give the hook number', zh: "\u201C{key}\u201D\u5BF9\u5E94\u591A\u5957\u94A5\u5319\uFF08{hooks}\uFF09\uFF1A\u8BF7\u7ED9\u51FA\u6302\u94A9\u53F7" },
      "err.hook": { en: 'hook "{hook}" must be 1\u201316 letters, digits or -', zh: "\u6302\u94A9\u53F7\u201C{hook}\u201D\u987B\u4E3A 1\u201316 \u4F4D\u5B57\u6BCD\u3001\u6570\u5B57\u6216 -" },
      "err.hookTaken": { en: "hook {hook} is already used", zh: "\u6302\u94A9\u53F7 {hook} \u5DF2\u88AB\u4F7F\u7528" },
      "err.keyNotIn": { en: "key {hook} is not in the cabinet ({status}): held by {holder}", zh: "\u94A5\u5319 {hook} \u4E0D\u5728\u67DC\u4E2D\uFF08{status}\uFF09\uFF1A\u6301\u6709\u4EBA {holder}" },
      "err.keyGone": { en: "key {hook} is {status}: it is no longer the desk's to record", zh: "\u94A5\u5319 {hook} \u7684\u72B6\u6001\u4E3A {status}\uFF1A\u5DF2\u4E0D\u7531\u5BA2\u670D\u4E2D\u5FC3\u4FDD\u7BA1" },
      "err.notManager": { en: "only the responsible person of {no} ({manager}) may borrow keys for a contractor (R-702)", zh: "\u65BD\u5DE5\u5355\u4F4D\u53EA\u80FD\u7531 {no} \u7684\u8D1F\u8D23\u4EBA\uFF08{manager}\uFF09\u501F\u7528\u94A5\u5319\uFF08R-702\uFF09" },
      "err.otherUnit": { en: "renovation {no} is for another unit", zh: "\u88C5\u4FEE\u5355 {no} \u4E0D\u662F\u8BE5\u623F\u53F7\u7684" },
      "err.countTooHigh": { en: "key set {hook} has only {count} keys", zh: "\u94A5\u5319 {hook} \u53EA\u6709 {count} \u628A" },
      "err.countMismatch": { en: "{no}: {out} keys lent, {back} returned ({diff} missing): check again, or record it with --note", zh: "{no}\uFF1A\u501F\u51FA {out} \u628A\uFF0C\u5F52\u8FD8 {back} \u628A\uFF08\u5DEE {diff} \u628A\uFF09\uFF1A\u8BF7\u6838\u5BF9\uFF0C\u6216\u7528 --note \u8BF4\u660E\u540E\u767B\u8BB0" },
      "err.notCheckedIn": { en: "the owner of {unit} has not checked in: do the handover first (`pmdesk checkin start {unit}`, R-705)", zh: "{unit} \u4E1A\u4E3B\u5C1A\u672A\u529E\u7406\u5165\u4F19\uFF1A\u8BF7\u5148\u4EA4\u623F\uFF08`pmdesk checkin start {unit}`\uFF0CR-705\uFF09" },
      "err.releaseCall": { en: "{to} is not a registered owner of {unit}: call the owner to confirm and add --verified-by-call (R-705)", zh: "{to} \u4E0D\u662F {unit} \u7684\u767B\u8BB0\u4E1A\u4E3B\uFF1A\u8BF7\u81F4\u7535\u4E1A\u4E3B\u786E\u8BA4\u540E\u52A0 --verified-by-call\uFF08R-705\uFF09" },
      "keys.added": { en: "key set {hook} ({kind} \xD7{count}, {custody}) for {unit}", zh: "\u5DF2\u767B\u8BB0\u94A5\u5319 {hook}\uFF08{kind} \xD7{count}\uFF0C{custody}\uFF09\uFF0C\u623F\u53F7 {unit}" },
      "keys.ack": { en: "the owner acknowledged: the desk is not responsible for property inside the unit (R-701)", zh: "\u4E1A\u4E3B\u5DF2\u786E\u8BA4\uFF1A\u5BA2\u670D\u4E2D\u5FC3\u4E0D\u5BF9\u5BA4\u5185\u8D22\u7269\u8D1F\u8D23\uFF08R-701\uFF09" },
      "keys.lent": { en: "{no}: lent to {borrower}, due back {due}", zh: "{no}\uFF1A\u5DF2\u501F\u7ED9 {borrower}\uFF0C\u5E94\u4E8E {due} \u524D\u5F52\u8FD8" },
      "keys.state": { en: "{no}: {status}", zh: "{no}\uFF1A{status}" },
      "keys.none": { en: "no key out", zh: "\u6CA1\u6709\u501F\u51FA\u7684\u94A5\u5319" },
      "keys.form.loan": { en: "Key loan register", zh: "\u94A5\u5319\u501F\u7528\u767B\u8BB0\u8868" },
      "csv.hook": { en: "hook", zh: "\u6302\u94A9\u53F7" },
      "csv.borrower": { en: "borrower", zh: "\u501F\u7528\u4EBA" },
      "csv.reason": { en: "reason", zh: "\u4E8B\u7531" },
      "csv.count": { en: "count", zh: "\u6570\u91CF" },
      "csv.returned": { en: "returned", zh: "\u5F52\u8FD8\u65F6\u95F4" },
      "col.hook": { en: "Hook", zh: "\u6302\u94A9" },
      "col.kind": { en: "Kind", zh: "\u7C7B\u522B" },
      "col.count": { en: "Count", zh: "\u6570\u91CF" },
      "col.custody": { en: "Custody", zh: "\u4FDD\u7BA1\u7C7B\u578B" },
      "col.holder": { en: "Holder", zh: "\u6301\u6709\u4EBA" },
      "keys.form.entrust": { en: "Owners' key entrust register", zh: "\u4E1A\u4E3B\u7559\u94A5\u5319\u767B\u8BB0\u8868" },
      "keys.entrust.note": { en: "The owner acknowledges that the desk keeps the keys only and is not responsible for property inside the unit (R-701).", zh: "\u4E1A\u4E3B\u786E\u8BA4\uFF1A\u5BA2\u670D\u4E2D\u5FC3\u4EC5\u4EE3\u4E3A\u4FDD\u7BA1\u94A5\u5319\uFF0C\u4E0D\u5BF9\u5BA4\u5185\u8D22\u7269\u8D1F\u8D23\uFF08R-701\uFF09\u3002" },
      "keys.entrust.owner": { en: "Owner", zh: "\u4E1A\u4E3B" },
      "keys.entrust.sign": { en: "Owner's signature", zh: "\u4E1A\u4E3B\u7B7E\u540D" }
    };
  }
});

// src/i18n/complaint.ts
var complaint_default;
var init_complaint = __esm({
  "src/i18n/complaint.ts"() {
    "use strict";
    complaint_default = {
      "err.invalidKindOnly": { en: "--invalid-kind goes with --class invalid only", zh: "--invalid-kind \u53EA\u7528\u4E8E --class invalid" },
      "err.promisePast": { en: "--promise {promise} is in the past: give the promised completion date", zh: "--promise {promise} \u5DF2\u8FC7\uFF1A\u8BF7\u586B\u5199\u627F\u8BFA\u5B8C\u6210\u65E5\u671F" },
      "err.notSuggestion": { en: "{no} is praise, not a suggestion: close it with `pmdesk complaint told {no}`", zh: "{no} \u662F\u8868\u626C\u800C\u975E\u5EFA\u8BAE\uFF1A\u8BF7\u7528 `pmdesk complaint told {no}` \u7ED3\u6848" },
      "err.adoptChoice": { en: "give --adopted or --not-adopted (one of them)", zh: "\u8BF7\u7ED9\u51FA --adopted \u6216 --not-adopted\uFF08\u4E8C\u9009\u4E00\uFF09" },
      "complaint.created": { en: "{no} recorded ({kind}); first feedback due {due}", zh: "\u5DF2\u767B\u8BB0 {no}\uFF08{kind}\uFF09\uFF0C\u9996\u6B21\u56DE\u590D\u671F\u9650 {due}" },
      "complaint.createdJY": { en: "{no} recorded ({kind})", zh: "\u5DF2\u767B\u8BB0 {no}\uFF08{kind}\uFF09" },
      "complaint.apologise": { en: "remember: apologise to the complainant (R-400)", zh: "\u63D0\u793A\uFF1A\u8BF7\u5411\u6295\u8BC9\u4EBA\u81F4\u6B49\uFF08R-400\uFF09" },
      "complaint.thank": { en: "remember: thank the resident (R-400)", zh: "\u63D0\u793A\uFF1A\u8BF7\u5411\u4F4F\u6237\u81F4\u8C22\uFF08R-400\uFF09" },
      "complaint.state": { en: "{no}: {status}{due}", zh: "{no}\uFF1A{status}{due}" },
      "complaint.escalated": { en: "escalated to major after one month (R-403): {nos}", zh: "\u8D85\u8FC7\u4E00\u4E2A\u6708\u672A\u89E3\u51B3\uFF0C\u5DF2\u5347\u7EA7\u4E3A\u91CD\u5927\u6295\u8BC9\uFF08R-403\uFF09\uFF1A{nos}" },
      "complaint.form.title": { en: "Complaint handling record", zh: "\u6295\u8BC9\u5904\u7406\u8BB0\u5F55\u8868" },
      "complaint.form.titleSuggestion": { en: "Suggestion / praise record", zh: "\u5EFA\u8BAE / \u8868\u626C\u8BB0\u5F55\u8868" },
      "complaint.f.time": { en: "Received", zh: "\u53D7\u7406\u65F6\u95F4" },
      "complaint.f.channel": { en: "Channel", zh: "\u53D7\u7406\u65B9\u5F0F" },
      "complaint.f.complainant": { en: "Name / unit / phone", zh: "\u59D3\u540D / \u623F\u53F7 / \u7535\u8BDD" },
      "complaint.f.place": { en: "Place", zh: "\u5730\u70B9" },
      "complaint.f.about": { en: "About (person or department)", zh: "\u88AB\u6295\u8BC9\u5BF9\u8C61" },
      "complaint.f.desc": { en: "What happened", zh: "\u4E8B\u60C5\u7ECF\u8FC7" },
      "complaint.f.request": { en: "Asks for", zh: "\u6295\u8BC9\u4EBA\u8981\u6C42" },
      "complaint.f.class": { en: "Class / reported to", zh: "\u7B49\u7EA7 / \u5DF2\u62A5\u544A" },
      "complaint.f.handling": { en: "Department / method / promised", zh: "\u5904\u7406\u90E8\u95E8 / \u65B9\u5F0F / \u627F\u8BFA\u5B8C\u6210" },
      "complaint.f.result": { en: "Result", zh: "\u5904\u7406\u7ED3\u679C" },
      "complaint.f.deadlines": { en: "Deadlines", zh: "\u65F6\u9650" },
      "complaint.f.signClerk": { en: "Received by", zh: "\u53D7\u7406\u4EBA" },
      "complaint.f.signSupervisor": { en: "Verified by", zh: "\u9A8C\u8BC1\u4EBA" },
      "complaint.f.signManager": { en: "Project manager", zh: "\u9879\u76EE\u7ECF\u7406" },
      "complaint.kind.complaint": { en: "complaint", zh: "\u6295\u8BC9" },
      "complaint.kind.suggestion": { en: "suggestion", zh: "\u5EFA\u8BAE" },
      "complaint.kind.praise": { en: "praise", zh: "\u8868\u626C" },
      "complaint.forward.after-sales": { en: "after-sales", zh: "\u8F6C\u552E\u540E" },
      "complaint.forward.external-body": { en: "the responsible outside body", zh: "\u8054\u7CFB\u76F8\u5173\u8D23\u4EFB\u5355\u4F4D" },
      "complaint.by.project-manager": { en: "by the project manager", zh: "\u7531\u9879\u76EE\u7ECF\u7406\u56DE\u8BBF" },
      "complaint.byShort.project-manager": { en: "PM", zh: "\u9879\u76EE\u7ECF\u7406" },
      "complaint.v.escalated": { en: "escalated to major: still open a month after intake (R-403)", zh: "\u53D7\u7406\u4E00\u4E2A\u6708\u4ECD\u672A\u89E3\u51B3\uFF0C\u5DF2\u81EA\u52A8\u5347\u7EA7\u4E3A\u91CD\u5927\u6295\u8BC9\uFF08R-403\uFF09" },
      "complaint.v.repeat": { en: "repeat: the unit complained about this before (R-406)", zh: "\u91CD\u590D\u6295\u8BC9\uFF08R-406\uFF09" },
      "complaint.f.verified": { en: "Verified by the desk", zh: "\u9A8C\u8BC1\u65F6\u95F4" },
      "complaint.f.followupBy": { en: "Follow-up", zh: "\u56DE\u8BBF" },
      "complaint.f.adopted": { en: "Adopted", zh: "\u662F\u5426\u91C7\u7EB3" },
      "complaint.f.told": { en: "Resident told", zh: "\u5DF2\u7535\u8BDD\u544A\u77E5\u4F4F\u6237" },
      "csv.channel": { en: "channel", zh: "\u53D7\u7406\u65B9\u5F0F" },
      "csv.about": { en: "about", zh: "\u88AB\u6295\u8BC9\u5BF9\u8C61" },
      "csv.class": { en: "class", zh: "\u7B49\u7EA7" },
      "csv.dept": { en: "department", zh: "\u90E8\u95E8" },
      "csv.resolved": { en: "resolved", zh: "\u89E3\u51B3\u65F6\u95F4" },
      "csv.escalated": { en: "escalated", zh: "\u5DF2\u5347\u7EA7" }
    };
  }
});

// src/i18n/followup.ts
var followup_default;
var init_followup = __esm({
  "src/i18n/followup.ts"() {
    "use strict";
    followup_default = {
      "followup.none": { en: "no follow-ups open", zh: "\u6CA1\u6709\u5F85\u56DE\u8BBF\u4E8B\u9879" },
      "followup.done": { en: "{no} recorded for {source} ({satisfaction}); {source} is now {status}", zh: "\u5DF2\u8BB0\u5F55\u56DE\u8BBF {no}\uFF08{source}\uFF0C{satisfaction}\uFF09\uFF1B{source} \u5F53\u524D\u72B6\u6001 {status}" },
      "followup.reopened": { en: "unsatisfied: {source} reopened (R-802)", zh: "\u4E0D\u6EE1\u610F\uFF1A{source} \u5DF2\u91CD\u65B0\u6253\u5F00\uFF08R-802\uFF09" },
      "followup.form.title": { en: "Follow-up record", zh: "\u56DE\u8BBF\u8BB0\u5F55\u8868" },
      "followup.f.unit": { en: "Unit", zh: "\u623F\u53F7" },
      "followup.f.source": { en: "About", zh: "\u56DE\u8BBF\u4E8B\u9879" },
      "followup.f.when": { en: "Date", zh: "\u56DE\u8BBF\u65F6\u95F4" },
      "followup.f.method": { en: "Method", zh: "\u56DE\u8BBF\u65B9\u5F0F" },
      "followup.f.satisfaction": { en: "Satisfaction", zh: "\u6EE1\u610F\u7A0B\u5EA6" },
      "followup.f.note": { en: "Shortcomings, suggestions", zh: "\u4E0D\u8DB3\u4E0E\u5EFA\u8BAE" },
      "followup.f.signResident": { en: "Resident's confirmation", zh: "\u4F4F\u6237\u786E\u8BA4" },
      "followup.f.signClerk": { en: "Followed up by", zh: "\u56DE\u8BBF\u4EBA" },
      "col.source": { en: "Source", zh: "\u6765\u6E90\u5355\u53F7" }
    };
  }
});

// src/i18n/visit.ts
var visit_default;
var init_visit = __esm({
  "src/i18n/visit.ts"() {
    "use strict";
    visit_default = {
      "err.noCompany": { en: "unit {unit} has no registered company: tell the visitor the company is not in this building (R-601)", zh: "{unit} \u6CA1\u6709\u767B\u8BB0\u7684\u516C\u53F8\uFF1A\u8BF7\u544A\u77E5\u8BBF\u5BA2\u8BE5\u516C\u53F8\u4E0D\u5728\u672C\u697C\uFF08R-601\uFF09" },
      "err.shiftHours": { en: "--hours {value} is not a shift length: give hours between 1 and {max} (e.g. --hours 12)", zh: "--hours {value} \u4E0D\u662F\u6709\u6548\u7684\u73ED\u6B21\u65F6\u957F\uFF1A\u8BF7\u586B\u5199 1 \u5230 {max} \u4E4B\u95F4\u7684\u5C0F\u65F6\u6570\uFF08\u5982 --hours 12\uFF09" },
      "visit.in": { en: "{no}: visitor in (resident contacted: {confirmed})", zh: "{no}\uFF1A\u8BBF\u5BA2\u5DF2\u767B\u8BB0\uFF08\u5DF2\u8054\u7CFB\u4F4F\u6237\u786E\u8BA4\uFF1A{confirmed}\uFF09" },
      "visit.state": { en: "{no}: {status}", zh: "{no}\uFF1A{status}" },
      "visit.created": { en: "{no} logged; created {created}", zh: "\u5DF2\u767B\u8BB0 {no}\uFF1B\u5DF2\u751F\u6210 {created}" },
      "shift.title": { en: "Shift handover {from} \u2192 {to} at {at}", zh: "\u4EA4\u63A5\u73ED {from} \u2192 {to}\uFF0C{at}" },
      "shift.openLog": { en: "Open reception-log entries ({n})", zh: "\u672A\u7ED3\u503C\u73ED\u8BB0\u5F55\uFF08{n}\uFF09" },
      "shift.visitorsIn": { en: "Visitors still in ({n})", zh: "\u5C1A\u672A\u79BB\u5F00\u7684\u8BBF\u5BA2\uFF08{n}\uFF09" },
      "shift.keysOut": { en: "Keys out ({n})", zh: "\u501F\u51FA\u672A\u8FD8\u7684\u94A5\u5319\uFF08{n}\uFF09" },
      "shift.deadlines": { en: "Due before {until} ({n})", zh: "{until} \u524D\u5230\u671F\uFF08{n}\uFF09" },
      "csv.entry": { en: "entry", zh: "\u7C7B\u578B" },
      "csv.category": { en: "category", zh: "\u7C7B\u522B" },
      "csv.purpose": { en: "purpose", zh: "\u4E8B\u7531" },
      "csv.out": { en: "out", zh: "\u79BB\u5F00\u65F6\u95F4" },
      "visitCategory.after-sales": { en: "after-sales", zh: "\u552E\u540E" },
      "visitCategory.repair": { en: "repair", zh: "\u62A5\u4FEE" },
      "visitCategory.complaint": { en: "complaint", zh: "\u6295\u8BC9" },
      "visitCategory.service": { en: "service", zh: "\u670D\u52A1" },
      "visitCategory.praise": { en: "praise", zh: "\u8868\u626C" },
      "visitCategory.suggestion": { en: "suggestion", zh: "\u5EFA\u8BAE" },
      "visitCategory.other": { en: "other", zh: "\u5176\u5B83" }
    };
  }
});

// src/i18n/repair.ts
var repair_default;
var init_repair = __esm({
  "src/i18n/repair.ts"() {
    "use strict";
    repair_default = {
      "err.repairWhere": { en: "give either --unit <code> or --public <place> (\u516C\u5171\u90E8\u4F4D)", zh: "\u8BF7\u7ED9\u51FA --unit <\u623F\u53F7> \u6216 --public <\u516C\u5171\u90E8\u4F4D>\uFF08\u4E8C\u9009\u4E00\uFF09" },
      "err.helpUrgency": { en: "--help requests are emergencies: drop --urgency or use --urgency emergency (R-505)", zh: "\u6C42\u52A9\uFF08--help\uFF09\u5C5E\u4E8E\u7D27\u6025\u4E8B\u9879\uFF1A\u8BF7\u53BB\u6389 --urgency \u6216\u4F7F\u7528 --urgency emergency\uFF08R-505\uFF09" },
      "err.agreedPast": { en: "--agreed {agreed} is not after the report: give the agreed later time", zh: "--agreed {agreed} \u4E0D\u665A\u4E8E\u62A5\u4FEE\u65F6\u95F4\uFF1A\u8BF7\u586B\u5199\u7EA6\u5B9A\u7684\u65F6\u95F4" },
      "err.priceItem": { en: '--item "{item}" is not in the price list ({items}); use --amount', zh: "--item\u201C{item}\u201D\u4E0D\u5728\u4EF7\u76EE\u8868\u4E2D\uFF08{items}\uFF09\uFF1B\u8BF7\u7528 --amount" },
      "err.paidRequired": { en: "{no} is paid work quoted at {amount} yuan: give --paid <yuan> --receipt <no>", zh: "{no} \u4E3A\u6709\u507F\u7EF4\u4FEE\uFF0C\u62A5\u4EF7 {amount} \u5143\uFF1A\u8BF7\u7ED9\u51FA --paid <\u5143> --receipt <\u6536\u636E\u53F7>" },
      "err.receiptRequired": { en: "--paid needs --receipt <number> (the receipt the desk issued, R-502)", zh: "--paid \u9700\u8981 --receipt <\u6536\u636E\u53F7>\uFF08\u524D\u53F0\u5F00\u5177\u7684\u6536\u636E\uFF0CR-502\uFF09" },
      "err.noConsent": { en: "{no} has no owner consent for the quote: run `pmdesk repair quote {no} --consent` first (R-501)", zh: "{no} \u5C1A\u65E0\u4E1A\u4E3B\u5BF9\u62A5\u4EF7\u7684\u540C\u610F\uFF1A\u8BF7\u5148\u8FD0\u884C `pmdesk repair quote {no} --consent`\uFF08R-501\uFF09" },
      "err.noQuote": { en: "{no} is not paid work: record the quote and the owner's consent first with `pmdesk repair quote {no} --amount <yuan> --consent`, or complete without --paid (R-501)", zh: "{no} \u4E0D\u662F\u6709\u507F\u7EF4\u4FEE\uFF1A\u8BF7\u5148\u7528 `pmdesk repair quote {no} --amount <\u5143> --consent` \u8BB0\u5F55\u62A5\u4EF7\u548C\u4E1A\u4E3B\u540C\u610F\uFF0C\u6216\u4E0D\u5E26 --paid \u5B8C\u6210\uFF08R-501\uFF09" },
      "err.quoteAmount": { en: "give the quote: --amount <yuan> or --item <price-list item> (R-501)", zh: "\u8BF7\u7ED9\u51FA\u62A5\u4EF7\uFF1A--amount <\u5143> \u6216 --item <\u4EF7\u76EE\u8868\u9879\u76EE>\uFF08R-501\uFF09" },
      "err.priceValue": { en: 'the price list item "{item}" is not an amount in fen: fix it with `pmdesk profile set repair.priceList \u2026`', zh: "\u4EF7\u76EE\u8868\u9879\u76EE\u201C{item}\u201D\u4E0D\u662F\u4EE5\u5206\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF1A\u8BF7\u7528 `pmdesk profile set repair.priceList \u2026` \u4FEE\u6B63" },
      "err.amountOrItem": { en: "give either --amount <yuan> or --item <price-list item>, not both", zh: "--amount <\u5143> \u4E0E --item <\u4EF7\u76EE\u8868\u9879\u76EE> \u53EA\u80FD\u7ED9\u4E00\u4E2A" },
      "err.agreedDone": { en: "{no} is already completed: an agreed time can only be set before completion", zh: "{no} \u5DF2\u5B8C\u6210\uFF1A\u7EA6\u5B9A\u65F6\u95F4\u53EA\u80FD\u5728\u5B8C\u6210\u524D\u8BBE\u5B9A" },
      "err.completeBeforeReport": { en: "{no} was reported at {reported}: the completion time (--at) cannot be earlier", zh: "{no} \u7684\u62A5\u4FEE\u65F6\u95F4\u4E3A {reported}\uFF1A\u5B8C\u6210\u65F6\u95F4\uFF08--at\uFF09\u4E0D\u80FD\u65E9\u4E8E\u62A5\u4FEE\u65F6\u95F4" },
      "err.dateOrMonth": { en: "give either --date <YYYY-MM-DD> or --month <YYYY-MM>, not both", zh: "--date <YYYY-MM-DD> \u4E0E --month <YYYY-MM> \u53EA\u80FD\u7ED9\u4E00\u4E2A" },
      "repair.log.title": { en: "Daily repair log", zh: "\u65E5\u5E38\u7EF4\u4FEE\u8BB0\u5F55\u8868" },
      "repair.log.heading": { en: "Daily repair log {period}", zh: "\u65E5\u5E38\u7EF4\u4FEE\u8BB0\u5F55\u8868 {period}" },
      "repair.col.time": { en: "Time", zh: "\u65F6\u95F4" },
      "repair.col.done": { en: "Completed / on time", zh: "\u5B8C\u6210\u65F6\u95F4 / \u662F\u5426\u53CA\u65F6" },
      "repair.col.sign": { en: "Desk", zh: "\u7ECF\u529E" },
      "repair.f.agreed": { en: "Agreed time", zh: "\u7EA6\u5B9A\u65F6\u95F4" },
      "repair.f.repeat": { en: "Repeat (R-504)", zh: "\u91CD\u590D\u7EF4\u4FEE\uFF08R-504\uFF09" },
      "repair.v.repeat": { en: "repeat: {n}th of this kind in the unit", zh: "\u91CD\u590D\uFF1A\u672C\u6237\u540C\u7C7B\u7B2C {n} \u6B21" },
      "repair.v.repeatShort": { en: "repeat", zh: "\u91CD\u590D" },
      "repair.v.help": { en: "help", zh: "\u6C42\u52A9" },
      "repair.v.voided": { en: "voided", zh: "\u5DF2\u4F5C\u5E9F" },
      "repair.v.onTime": { en: "on time", zh: "\u53CA\u65F6" },
      "repair.created": { en: "{no} logged, due {due}", zh: "\u5DF2\u767B\u8BB0 {no}\uFF0C\u671F\u9650 {due}" },
      "repair.done": { en: "{no}: {status}", zh: "{no}\uFF1A{status}" },
      "repair.form.title": { en: "Repair work order", zh: "\u7EF4\u4FEE\u5355" },
      "repair.form.copy1": { en: "copy 1 \u2014 desk", zh: "\u7B2C\u4E00\u8054 \u5BA2\u670D\u4E2D\u5FC3\u5B58\u6863" },
      "repair.form.copy2": { en: "copy 2 \u2014 technician", zh: "\u7B2C\u4E8C\u8054 \u7EF4\u4FEE\u4EBA\u5458" },
      "repair.f.unit": { en: "Unit / place", zh: "\u623F\u53F7 / \u90E8\u4F4D" },
      "repair.f.reporter": { en: "Reported by", zh: "\u62A5\u4FEE\u4EBA" },
      "repair.f.phone": { en: "Phone", zh: "\u8054\u7CFB\u7535\u8BDD" },
      "repair.f.time": { en: "Reported at", zh: "\u62A5\u4FEE\u65F6\u95F4" },
      "repair.f.desc": { en: "Problem", zh: "\u62A5\u4FEE\u5185\u5BB9" },
      "repair.f.kind": { en: "Kind / urgency", zh: "\u7C7B\u522B / \u7D27\u6025\u7A0B\u5EA6" },
      "repair.f.tech": { en: "Technician", zh: "\u7EF4\u4FEE\u4EBA\u5458" },
      "repair.f.materials": { en: "Materials", zh: "\u9886\u7528\u6750\u6599" },
      "repair.f.paid": { en: "Paid / free", zh: "\u6709\u507F / \u65E0\u507F" },
      "repair.f.amount": { en: "Amount (yuan) / receipt", zh: "\u91D1\u989D\uFF08\u5143\uFF09/ \u6536\u636E\u53F7" },
      "repair.f.completed": { en: "Completed at", zh: "\u5B8C\u6210\u65F6\u95F4" },
      "repair.f.comment": { en: "Owner's comment", zh: "\u4E1A\u4E3B\u610F\u89C1" },
      "repair.f.signOwner": { en: "Owner's signature", zh: "\u4E1A\u4E3B\u7B7E\u540D" },
      "repair.f.signTech": { en: "Technician's signature", zh: "\u7EF4\u4FEE\u4EBA\u5458\u7B7E\u540D" },
      "repair.f.signDesk": { en: "Desk", zh: "\u5BA2\u670D\u7ECF\u529E" },
      "repair.paid": { en: "paid", zh: "\u6709\u507F" },
      "repair.free": { en: "free", zh: "\u65E0\u507F" },
      "csv.kind": { en: "kind", zh: "\u7C7B\u522B" },
      "csv.urgency": { en: "urgency", zh: "\u7D27\u6025\u7A0B\u5EA6" },
      "csv.public": { en: "public_place", zh: "\u516C\u5171\u90E8\u4F4D" },
      "csv.reporter": { en: "reporter", zh: "\u62A5\u4FEE\u4EBA" },
      "csv.description": { en: "description", zh: "\u5185\u5BB9" },
      "csv.tech": { en: "technician", zh: "\u7EF4\u4FEE\u4EBA\u5458" },
      "csv.completed": { en: "completed", zh: "\u5B8C\u6210\u65F6\u95F4" },
      "csv.onTime": { en: "on_time", zh: "\u662F\u5426\u53CA\u65F6" }
    };
  }
});

// src/i18n/renovate.ts
var renovate_default;
var init_renovate = __esm({
  "src/i18n/renovate.ts"() {
    "use strict";
    renovate_default = {
      "err.notHandedOver": { en: "unit {unit} is {status}: a renovation needs a handed-over unit (R-300); do the checkin first", zh: "{unit} \u5F53\u524D\u4E3A {status}\uFF1A\u88C5\u4FEE\u987B\u5728\u4EA4\u623F\u4E4B\u540E\uFF08R-300\uFF09\uFF0C\u8BF7\u5148\u529E\u7406\u4EA4\u623F" },
      "err.renovationOpen": { en: "unit {unit} already has renovation {no} ({status}): finish it (`pmdesk renovate show {no}`) or void it first", zh: "{unit} \u5DF2\u6709\u88C5\u4FEE\u5355 {no}\uFF08{status}\uFF09\uFF1A\u8BF7\u5148\u529E\u7ED3\uFF08`pmdesk renovate show {no}`\uFF09\u6216\u4F5C\u5E9F" },
      "err.deductChoice": { en: "give either --amount <yuan> --reason <text> or --lost-permit, not both", zh: "\u8BF7\u7ED9\u51FA --amount <\u5143> --reason <\u539F\u56E0> \u6216 --lost-permit\uFF0C\u4E8C\u8005\u4E0D\u53EF\u540C\u65F6" },
      "err.endBeforeStart": { en: "--end {end} is before --start {start}", zh: "--end {end} \u65E9\u4E8E --start {start}" },
      "err.renovationDocNotNeeded": { en: '"{doc}" is not needed for this scope; needed: {docs}', zh: "\u8BE5\u65BD\u5DE5\u8303\u56F4\u4E0D\u9700\u8981\u201C{doc}\u201D\uFF1B\u9700\u8981\uFF1A{docs}" },
      "err.renovationNotActive": { en: "renovation {no} is {status}: keys are lent for approved or active sites only", zh: "\u88C5\u4FEE\u5355 {no} \u5F53\u524D\u4E3A {status}\uFF1A\u4EC5\u5DF2\u6279\u51C6\u6216\u65BD\u5DE5\u4E2D\u7684\u88C5\u4FEE\u53EF\u501F\u94A5\u5319" },
      "err.noPass": { en: "no worker pass {pass}: passes look like ZX-2026-0003-P02 (`pmdesk renovate show <no>`)", zh: "\u6CA1\u6709\u51FA\u5165\u8BC1 {pass}\uFF1A\u683C\u5F0F\u5982 ZX-2026-0003-P02\uFF08`pmdesk renovate show <\u5355\u53F7>`\uFF09" },
      "err.passNotActive": { en: "pass {pass} is {status}", zh: "\u51FA\u5165\u8BC1 {pass} \u5F53\u524D\u4E3A {status}" },
      "err.inspectChoice": { en: "give --ok or --violation <text> (one of them)", zh: "\u8BF7\u7ED9\u51FA --ok \u6216 --violation <\u5185\u5BB9>\uFF08\u4E8C\u9009\u4E00\uFF09" },
      "err.acceptChoice": { en: "give --pass or --fail --reason <text>", zh: "\u8BF7\u7ED9\u51FA --pass \u6216 --fail --reason <\u539F\u56E0>" },
      "err.refundBeforeAccept": { en: "{no} is {status}: deposits are refunded after the acceptance passes (`pmdesk renovate accept {no} --pass`, R-307)", zh: "{no} \u5F53\u524D\u4E3A {status}\uFF1A\u9A8C\u6536\u5408\u683C\u540E\u624D\u80FD\u9000\u8FD8\u62BC\u91D1\uFF08`pmdesk renovate accept {no} --pass`\uFF0CR-307\uFF09" },
      "err.deductTooMuch": { en: "only {held} yuan is held", zh: "\u4EC5\u6301\u6709\u62BC\u91D1 {held} \u5143" },
      "renovate.state": { en: "{no}: {status}{extra}", zh: "{no}\uFF1A{status}{extra}" },
      "renovate.missing": { en: "missing: {docs}", zh: "\u7F3A\uFF1A{docs}" },
      "renovate.permitIssued": { en: "permit {permit}", zh: "\u65BD\u5DE5\u8BB8\u53EF\u8BC1 {permit}" },
      "renovate.hotWorkIssued": { en: "hot-work permit {permit}", zh: "\u52A8\u706B\u8BB8\u53EF\u8BC1 {permit}" },
      "renovate.item.permit-fee": { en: "permit fee", zh: "\u65BD\u5DE5\u8BB8\u53EF\u8BC1\u5DE5\u672C\u8D39" },
      "renovate.item.maintenance-fee": { en: "maintenance fee", zh: "\u7EF4\u62A4\u8D39" },
      "renovate.item.deposit-owner": { en: "owner deposit", zh: "\u4E1A\u4E3B\u88C5\u4FEE\u4FDD\u8BC1\u91D1" },
      "renovate.item.deposit-contractor": { en: "contractor deposit", zh: "\u65BD\u5DE5\u5355\u4F4D\u88C5\u4FEE\u4FDD\u8BC1\u91D1" },
      "renovate.item.pass-fee": { en: "pass fee", zh: "\u65BD\u5DE5\u8BC1\u5DE5\u672C\u8D39" },
      "renovate.item.pass-deposit": { en: "pass deposit", zh: "\u65BD\u5DE5\u8BC1\u62BC\u91D1" },
      "renovate.item.lost-pass": { en: "lost pass", zh: "\u9057\u5931\u65BD\u5DE5\u8BC1" },
      "renovate.item.lost-permit": { en: "lost permit", zh: "\u9057\u5931\u65BD\u5DE5\u8BB8\u53EF\u8BC1" },
      "renovate.item.unreturned-pass": { en: "pass not returned", zh: "\u65BD\u5DE5\u8BC1\u672A\u9000\u56DE" },
      "renovate.dir.received": { en: "received", zh: "\u6536\u53D6" },
      "renovate.dir.refunded": { en: "refunded", zh: "\u9000\u8FD8" },
      "renovate.dir.deducted": { en: "deducted", zh: "\u6263\u9664" },
      "renovate.pass": { en: "pass {pass} issued, valid until {until}{fee}", zh: "\u5DF2\u53D1\u51FA\u5165\u8BC1 {pass}\uFF0C\u6709\u6548\u671F\u81F3 {until}{fee}" },
      "renovate.passFee": { en: "; pass fee and deposit collected", zh: "\uFF1B\u5DF2\u6536\u5DE5\u672C\u8D39\u53CA\u62BC\u91D1" },
      "renovate.sums": { en: "received {received} \xB7 refunded {refunded} \xB7 deducted {deducted} \xB7 held {held} (yuan)", zh: "\u6536\u53D6 {received} \xB7 \u9000\u8FD8 {refunded} \xB7 \u6263\u9664 {deducted} \xB7 \u6301\u6709\u62BC\u91D1 {held}\uFF08\u5143\uFF09" },
      "renovate.form.application": { en: "Renovation application and approval form", zh: "\u88C5\u4FEE\u7533\u8BF7\u5BA1\u6279\u8868" },
      "renovate.form.permit": { en: "Construction permit", zh: "\u65BD\u5DE5\u8BB8\u53EF\u8BC1" },
      "renovate.form.hotWork": { en: "Hot-work permit", zh: "\u52A8\u706B\u8BB8\u53EF\u8BC1" },
      "renovate.f.hotWorkRules": { en: "Hot work only by certified operators, with an extinguisher at hand and a fire watch; stop at {stop}.", zh: "\u52A8\u706B\u4F5C\u4E1A\u987B\u7531\u6301\u8BC1\u4EBA\u5458\u64CD\u4F5C\uFF0C\u73B0\u573A\u914D\u5907\u706D\u706B\u5668\u5E76\u6709\u4E13\u4EBA\u76D1\u62A4\uFF1B{stop} \u524D\u505C\u6B62\u4F5C\u4E1A\u3002" },
      "renovate.f.operatorCert": { en: "Operator certificate checked", zh: "\u64CD\u4F5C\u4EBA\u5458\u4E0A\u5C97\u8BC1\u5DF2\u67E5\u9A8C" },
      "renovate.form.pass": { en: "Worker pass", zh: "\u65BD\u5DE5\u4EBA\u5458\u51FA\u5165\u8BC1" },
      "renovate.form.notice": { en: "Rectification notice", zh: "\u6574\u6539\u901A\u77E5\u5355" },
      "renovate.form.slip": { en: "Release slip", zh: "\u7269\u54C1\u653E\u884C\u6761" },
      "renovate.f.unit": { en: "Unit", zh: "\u623F\u53F7" },
      "renovate.f.owner": { en: "Owner", zh: "\u4E1A\u4E3B" },
      "renovate.f.contractor": { en: "Contractor / licence", zh: "\u65BD\u5DE5\u5355\u4F4D / \u8425\u4E1A\u6267\u7167" },
      "renovate.f.manager": { en: "Responsible person", zh: "\u65BD\u5DE5\u8D1F\u8D23\u4EBA" },
      "renovate.f.scope": { en: "Scope", zh: "\u88C5\u4FEE\u9879\u76EE" },
      "renovate.f.period": { en: "Planned period", zh: "\u65BD\u5DE5\u671F\u9650" },
      "renovate.f.conditions": { en: "Conditions", zh: "\u5BA1\u6279\u610F\u89C1" },
      "renovate.f.review": { en: "Review: structure, plumbing/gas, electrical, facade", zh: "\u5BA1\u6838\uFF1A\u7ED3\u6784\u3001\u7ED9\u6392\u6C34/\u71C3\u6C14\u3001\u5F3A\u5F31\u7535\u3001\u5916\u7ACB\u9762" },
      "renovate.f.rules": { en: "Work stops at {stop}; debris out {debrisFrom}\u2013{debrisTo} to the assigned spot; goods lift and routes only.", zh: "\u65BD\u5DE5\u65F6\u95F4\u81F3 {stop} \u6B62\uFF1B\u88C5\u4FEE\u5783\u573E {debrisFrom}\u2013{debrisTo} \u6E05\u8FD0\u81F3\u6307\u5B9A\u5730\u70B9\uFF1B\u4EC5\u9650\u4F7F\u7528\u8D27\u68AF\u53CA\u6307\u5B9A\u901A\u9053\u3002" },
      "renovate.f.name": { en: "Name", zh: "\u59D3\u540D" },
      "renovate.f.idNumber": { en: "ID number", zh: "\u8EAB\u4EFD\u8BC1\u53F7" },
      "renovate.f.valid": { en: "Valid until", zh: "\u6709\u6548\u671F\u81F3" },
      "renovate.f.violation": { en: "Violation", zh: "\u8FDD\u89C4\u4E8B\u9879" },
      "renovate.f.deadline": { en: "Rectify by", zh: "\u6574\u6539\u671F\u9650" },
      "renovate.f.stopWork": { en: "Stop work", zh: "\u505C\u5DE5\u6574\u987F" },
      "renovate.f.items": { en: "Goods", zh: "\u653E\u884C\u7269\u54C1" },
      "renovate.f.signOwner": { en: "Owner", zh: "\u4E1A\u4E3B\u7B7E\u5B57" },
      "renovate.f.signContractor": { en: "Contractor", zh: "\u65BD\u5DE5\u5355\u4F4D\u7B7E\u5B57" },
      "renovate.f.signDesk": { en: "Desk / approved by", zh: "\u5BA2\u670D\u4E2D\u5FC3 / \u5BA1\u6279\u4EBA" },
      "renovate.f.signGuard": { en: "Guard", zh: "\u95E8\u5C97" },
      "csv.contractor": { en: "contractor", zh: "\u65BD\u5DE5\u5355\u4F4D" },
      "csv.manager": { en: "responsible_person", zh: "\u8D1F\u8D23\u4EBA" },
      "csv.scope": { en: "scope", zh: "\u88C5\u4FEE\u9879\u76EE" },
      "csv.start": { en: "start", zh: "\u5F00\u5DE5\u65E5\u671F" },
      "csv.end": { en: "end", zh: "\u5B8C\u5DE5\u65E5\u671F" },
      "csv.held": { en: "deposit_held", zh: "\u6301\u6709\u62BC\u91D1" }
    };
  }
});

// src/i18n/help.ts
var help_default;
var init_help = __esm({
  "src/i18n/help.ts"() {
    "use strict";
    help_default = {
      "help.topics": {
        en: "Topics: deadlines, statuses, masking, csv, profile, exit-codes \u2014 `pmdesk help <topic>`; `pmdesk help <command>` for a command.",
        zh: "\u4E3B\u9898\uFF1Adeadlines\uFF08\u671F\u9650\uFF09\u3001statuses\uFF08\u72B6\u6001\uFF09\u3001masking\uFF08\u9690\u79C1\u906E\u76D6\uFF09\u3001csv\u3001profile\uFF08\u914D\u7F6E\uFF09\u3001exit-codes\uFF08\u9000\u51FA\u7801\uFF09\u2014\u2014`pmdesk help <\u4E3B\u9898>`\uFF1B\u547D\u4EE4\u5E2E\u52A9\u7528 `pmdesk help <\u547D\u4EE4>`\u3002"
      },
      "help.rules": { en: "Rules:", zh: "\u4F9D\u636E\u89C4\u5219\uFF1A" },
      "help.examples": { en: "Examples:", zh: "\u793A\u4F8B\uFF1A" },
      "help.footer": {
        en: 'Environment: PMDESK_NOW (ISO datetime taken as "now"), PMDESK_DEBUG=1 (traces).\nExit codes: 0 success \xB7 2 input refused \xB7 1 anything else.\n`pmdesk help <topic>`: deadlines, statuses, masking, csv, profile, exit-codes.',
        zh: "\u73AF\u5883\u53D8\u91CF\uFF1APMDESK_NOW\uFF08\u5F53\u4F5C\u201C\u73B0\u5728\u201D\u7684 ISO \u65F6\u95F4\uFF09\uFF0CPMDESK_DEBUG=1\uFF08\u663E\u793A\u8C03\u7528\u6808\uFF09\u3002\n\u9000\u51FA\u7801\uFF1A0 \u6210\u529F \xB7 2 \u8F93\u5165\u88AB\u62D2\u7EDD \xB7 1 \u5176\u4ED6\u9519\u8BEF\u3002\n`pmdesk help <\u4E3B\u9898>`\uFF1Adeadlines\u3001statuses\u3001masking\u3001csv\u3001profile\u3001exit-codes\u3002"
      },
      "help.helpOption": { en: "show this help", zh: "\u663E\u793A\u672C\u5E2E\u52A9" },
      "help.versionOption": { en: "print the version", zh: "\u663E\u793A\u7248\u672C\u53F7" },
      "help.title.Usage": { en: "Usage:", zh: "\u7528\u6CD5\uFF1A" },
      "help.title.Options": { en: "Options:", zh: "\u9009\u9879\uFF1A" },
      "help.title.Commands": { en: "Commands:", zh: "\u547D\u4EE4\uFF1A" },
      "help.title.Arguments": { en: "Arguments:", zh: "\u53C2\u6570\uFF1A" },
      "help.title.Global Options": { en: "Global options:", zh: "\u5168\u5C40\u9009\u9879\uFF1A" },
      "help.unknown": { en: 'no help topic or command "{topic}"', zh: "\u6CA1\u6709\u540D\u4E3A\u201C{topic}\u201D\u7684\u5E2E\u52A9\u4E3B\u9898\u6216\u547D\u4EE4" },
      "help.deadlines": {
        en: `Deadlines (domain.md \xA70a). Every deadline is computed from the event time and the rule, in estate time (Asia/Shanghai):
  within N hours/minutes   event + N            (R-402 report an important complaint: 1 h)
  the same day             23:59:59 that day    (R-502 small repair)
  within N days            23:59:59 of date+N   (R-402 handle a minor complaint: 2 days)
  within N working days    23:59:59 of the N-th working day after the event date (R-301 review: 5;
                           public holidays and make-up workdays \u8C03\u4F11 count as the State Council sets them)
  between 1 and 2 months   window opens date+1 month, due 23:59:59 of date+2 months (R-503 public repair follow-up)
Overdue: now is past the due time and the step is not done. Late: done after the due time (counts as missed).
\`pmdesk report due\` lists what is overdue and due today; \`--at\` records when something really happened (R-005).
Rules and numbers live in the profile: \`pmdesk profile show\`.`,
        zh: `\u671F\u9650\uFF08domain.md \xA70a\uFF09\u3002\u6240\u6709\u671F\u9650\u90FD\u6309\u4E8B\u4EF6\u65F6\u95F4\u548C\u89C4\u5219\u8BA1\u7B97\uFF0C\u4F7F\u7528\u5C0F\u533A\u65F6\u533A\uFF08Asia/Shanghai\uFF09\uFF1A
  N \u5C0F\u65F6/\u5206\u949F\u5185      \u4E8B\u4EF6\u65F6\u95F4 + N             \uFF08R-402 \u91CD\u8981\u6295\u8BC9\u4E0A\u62A5\uFF1A1 \u5C0F\u65F6\uFF09
  \u5F53\u5929               \u5F53\u5929 23:59:59            \uFF08R-502 \u5C0F\u4FEE\uFF09
  N \u5929\u5185             \u4E8B\u4EF6\u65E5\u671F + N \u5929\u7684 23:59:59\uFF08R-402 \u8F7B\u5FAE\u6295\u8BC9\u5904\u7406\uFF1A2 \u5929\uFF09
  N \u4E2A\u5DE5\u4F5C\u65E5\u5185       \u4E8B\u4EF6\u65E5\u671F\u540E\u7B2C N \u4E2A\u5DE5\u4F5C\u65E5\u7684 23:59:59\uFF08R-301 \u88C5\u4FEE\u5BA1\u6279\uFF1A5 \u4E2A\u5DE5\u4F5C\u65E5\uFF1B\u6CD5\u5B9A\u8282\u5047\u65E5\u4E0E\u8C03\u4F11\u6309\u56FD\u52A1\u9662\u5B89\u6392\uFF09
  1 \u81F3 2 \u4E2A\u6708\u4E4B\u95F4    \u4E8B\u4EF6\u65E5\u671F + 1 \u4E2A\u6708\u5F00\u59CB\uFF0C\u4E8B\u4EF6\u65E5\u671F + 2 \u4E2A\u6708\u7684 23:59:59 \u622A\u6B62\uFF08R-503 \u516C\u5171\u90E8\u4F4D\u7EF4\u4FEE\u56DE\u8BBF\uFF09
\u5DF2\u903E\u671F\uFF1A\u5F53\u524D\u65F6\u95F4\u5DF2\u8FC7\u671F\u9650\u4E14\u672A\u5B8C\u6210\u3002\u903E\u671F\u5B8C\u6210\uFF1A\u5B8C\u6210\u65F6\u95F4\u665A\u4E8E\u671F\u9650\uFF08\u6309\u672A\u8FBE\u6807\u7EDF\u8BA1\uFF09\u3002
\`pmdesk report due\` \u5217\u51FA\u5DF2\u903E\u671F\u548C\u4ECA\u65E5\u5230\u671F\u7684\u4E8B\u9879\uFF1B\`--at\` \u8BB0\u5F55\u4E8B\u60C5\u5B9E\u9645\u53D1\u751F\u7684\u65F6\u95F4\uFF08R-005\uFF09\u3002
\u89C4\u5219\u4E0E\u6570\u503C\u5728\u914D\u7F6E\u4E2D\uFF1A\`pmdesk profile show\`\u3002`
      },
      "help.statuses": {
        en: `Record states (domain.md \xA70b); a command the state does not allow is refused (exit 2) and names what is allowed next.
  checkin JF      open \u2192 completed
  renovation ZX   applied \u2192 reviewing \u2192 approved \u2192 active \u2192 accepted \u2192 closed; rejected; stopped (back to active)
  complaint TS    new \u2192 classified \u2192 assigned \u2192 resolved \u2192 verified \u2192 closed; reopened (unsatisfied follow-up)
  suggestion JY   new \u2192 adopted / not-adopted \u2192 closed
  repair BX       new \u2192 dispatched \u2192 quoted \u2192 in-progress \u2192 completed \u2192 closed; reopened
  visit LF        visitor in \u2192 out; log entry open \u2192 closed
  key loan YS     open \u2192 returned (\u2192 inspecting) \u2192 closed
  follow-up HF    due \u2192 done; skipped
Any record can be voided with a reason (\`pmdesk <group> void <no> --reason \u2026\`, R-001); nothing is deleted.`,
        zh: `\u5355\u636E\u72B6\u6001\uFF08domain.md \xA70b\uFF09\uFF1B\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u7684\u64CD\u4F5C\u4F1A\u88AB\u62D2\u7EDD\uFF08\u9000\u51FA\u7801 2\uFF09\uFF0C\u5E76\u63D0\u793A\u53EF\u8FDB\u884C\u7684\u4E0B\u4E00\u6B65\u3002
  \u4EA4\u623F JF      open \u2192 completed
  \u88C5\u4FEE ZX      applied \u2192 reviewing \u2192 approved \u2192 active \u2192 accepted \u2192 closed\uFF1Brejected\uFF1Bstopped\uFF08\u6574\u6539\u540E\u56DE\u5230 active\uFF09
  \u6295\u8BC9 TS      new \u2192 classified \u2192 assigned \u2192 resolved \u2192 verified \u2192 closed\uFF1Breopened\uFF08\u56DE\u8BBF\u4E0D\u6EE1\u610F\uFF09
  \u5EFA\u8BAE JY      new \u2192 adopted / not-adopted \u2192 closed
  \u62A5\u4FEE BX      new \u2192 dispatched \u2192 quoted \u2192 in-progress \u2192 completed \u2192 closed\uFF1Breopened
  \u6765\u8BBF LF      \u8BBF\u5BA2 in \u2192 out\uFF1B\u503C\u73ED\u8BB0\u5F55 open \u2192 closed
  \u94A5\u5319\u501F\u7528 YS  open \u2192 returned\uFF08\u2192 inspecting\uFF09\u2192 closed
  \u56DE\u8BBF HF      due \u2192 done\uFF1Bskipped
\u4EFB\u4F55\u5355\u636E\u90FD\u53EF\u8BF4\u660E\u539F\u56E0\u540E\u4F5C\u5E9F\uFF08\`pmdesk <\u7C7B\u522B> void <\u5355\u53F7> --reason \u2026\`\uFF0CR-001\uFF09\uFF1B\u4E0D\u5220\u9664\u4EFB\u4F55\u8BB0\u5F55\u3002`
      },
      "help.masking": {
        en: `Personal data (R-004, \u4E25\u683C\u4E3A\u4E1A\u4E3B\u4FDD\u5BC6). ID numbers and phones are masked everywhere \u2014 tables, JSON, CSV, forms:
110105********1234, 138****5678. Add \`--unmask --reason "<why>"\` to see them in full; the clerk, the time and the
reason are written to the audit log (\`pmdesk audit\`). The database, its backups and exported files are readable
only by their owner (mode 0600). pmdesk never uses the network.`,
        zh: `\u4E2A\u4EBA\u4FE1\u606F\uFF08R-004\uFF0C\u4E25\u683C\u4E3A\u4E1A\u4E3B\u4FDD\u5BC6\uFF09\u3002\u8EAB\u4EFD\u8BC1\u53F7\u548C\u7535\u8BDD\u5728\u8868\u683C\u3001JSON\u3001CSV\u3001\u8868\u5355\u4E2D\u4E00\u5F8B\u906E\u76D6\uFF1A110105********1234\u3001138****5678\u3002
\u9700\u8981\u5B8C\u6574\u4FE1\u606F\u65F6\u52A0 \`--unmask --reason "<\u539F\u56E0>"\`\uFF1B\u7ECF\u529E\u4EBA\u3001\u65F6\u95F4\u548C\u539F\u56E0\u4F1A\u8BB0\u5165\u5BA1\u8BA1\u65E5\u5FD7\uFF08\`pmdesk audit\`\uFF09\u3002
\u6570\u636E\u5E93\u3001\u5907\u4EFD\u548C\u5BFC\u51FA\u6587\u4EF6\u4EC5\u6240\u6709\u8005\u53EF\u8BFB\uFF08\u6743\u9650 0600\uFF09\u3002pmdesk \u4ECE\u4E0D\u8054\u7F51\u3002`
      },
      "help.csv": {
        en: `CSV files. Import (\`unit import\`, \`resident import\`): a header row in English or Chinese (code/\u623F\u53F7, \u2026), UTF-8 with or
without BOM, or GB18030 (Excel on Chinese Windows) \u2014 detected. One bad row refuses the whole file and lists every bad
line. Export (\`pmdesk export <type>\`): headers in the chosen language, \`--bom\` for Excel (UTF-8 BOM, CRLF), cells
starting with = + - @ are prefixed so a spreadsheet never runs them, personal data masked unless --unmask.`,
        zh: `CSV \u6587\u4EF6\u3002\u5BFC\u5165\uFF08\`unit import\`\u3001\`resident import\`\uFF09\uFF1A\u8868\u5934\u53EF\u7528\u82F1\u6587\u6216\u4E2D\u6587\uFF08code/\u623F\u53F7\u2026\u2026\uFF09\uFF0CUTF-8\uFF08\u53EF\u5E26 BOM\uFF09\u6216 GB18030
\uFF08\u4E2D\u6587\u7248 Excel \u53E6\u5B58\u7684\u683C\u5F0F\uFF09\u5747\u53EF\u81EA\u52A8\u8BC6\u522B\u3002\u4EFB\u4F55\u4E00\u884C\u6709\u8BEF\u5219\u6574\u4E2A\u6587\u4EF6\u4E0D\u5BFC\u5165\uFF0C\u5E76\u5217\u51FA\u6BCF\u4E00\u5904\u9519\u8BEF\u884C\u3002
\u5BFC\u51FA\uFF08\`pmdesk export <\u7C7B\u578B>\`\uFF09\uFF1A\u8868\u5934\u968F\u8BED\u8A00\uFF0C\`--bom\` \u4F9B Excel \u4F7F\u7528\uFF08UTF-8 BOM\uFF0CCRLF\uFF09\uFF0C\u4EE5 = + - @ \u5F00\u5934\u7684\u5355\u5143\u683C\u4F1A\u52A0\u524D\u7F00\u4EE5\u9632\u516C\u5F0F\u6CE8\u5165\uFF0C
\u4E2A\u4EBA\u4FE1\u606F\u9ED8\u8BA4\u906E\u76D6\u3002`
      },
      "help.profile": {
        en: `The estate profile holds every default number of the manuals: fees (in fen), deadlines (24h, same-day, 2d, 5wd,
1-2mo\u2026), follow-up coverage, targets, renovation seasons and hours, holidays. \`pmdesk profile show\` prints it;
\`pmdesk profile set <key> <value>\` changes one value (audit-logged), e.g.
  pmdesk profile set fees.permitFeeFen 3000
  pmdesk profile set deadlines.R-307.refund 7wd
  pmdesk profile set calendar.years.2027 '{"holidays":["2027-01-01"],"workdays":[]}'`,
        zh: `\u5C0F\u533A\u914D\u7F6E\u4FDD\u5B58\u624B\u518C\u4E2D\u7684\u6240\u6709\u9ED8\u8BA4\u6570\u503C\uFF1A\u6536\u8D39\uFF08\u5355\u4F4D\uFF1A\u5206\uFF09\u3001\u671F\u9650\uFF0824h\u3001same-day\u30012d\u30015wd\u30011-2mo\u2026\u2026\uFF09\u3001\u56DE\u8BBF\u6BD4\u4F8B\u3001\u76EE\u6807\u3001
\u88C5\u4FEE\u5B63\u8282\u4E0E\u65F6\u95F4\u3001\u8282\u5047\u65E5\u3002\`pmdesk profile show\` \u67E5\u770B\uFF1B\`pmdesk profile set <\u952E> <\u503C>\` \u4FEE\u6539\u4E00\u9879\uFF08\u8BB0\u5165\u5BA1\u8BA1\u65E5\u5FD7\uFF09\uFF0C\u4F8B\u5982\uFF1A
  pmdesk profile set fees.permitFeeFen 3000
  pmdesk profile set deadlines.R-307.refund 7wd
  pmdesk profile set calendar.years.2027 '{"holidays":["2027-01-01"],"workdays":[]}'`
      },
      "help.exit-codes": {
        en: `Exit codes: 0 success \xB7 2 the input was refused (usage, validation, unknown record, a transition the state does not
allow) and nothing was written \xB7 1 anything else (doctor found a problem, the database stayed busy). With --json an
error is {"error":{"code":"E_\u2026","message":"\u2026"}} on stderr. Scripts and cron jobs: add --yes (no prompts).`,
        zh: `\u9000\u51FA\u7801\uFF1A0 \u6210\u529F \xB7 2 \u8F93\u5165\u88AB\u62D2\u7EDD\uFF08\u7528\u6CD5\u3001\u6821\u9A8C\u3001\u5355\u636E\u4E0D\u5B58\u5728\u3001\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u7684\u64CD\u4F5C\uFF09\uFF0C\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9 \xB7 1 \u5176\u4ED6\uFF08doctor \u53D1\u73B0\u95EE\u9898\u3001\u6570\u636E\u5E93\u6301\u7EED\u7E41\u5FD9\uFF09\u3002
\u4F7F\u7528 --json \u65F6\u9519\u8BEF\u4EE5 {"error":{"code":"E_\u2026","message":"\u2026"}} \u8F93\u51FA\u5230\u6807\u51C6\u9519\u8BEF\u3002\u811A\u672C\u548C\u5B9A\u65F6\u4EFB\u52A1\u8BF7\u52A0 --yes\uFF08\u4E0D\u63D0\u793A\uFF09\u3002`
      }
    };
  }
});

// src/i18n/index.ts
function pickLang(flag, env) {
  const v = flag ?? env.PMDESK_LANG;
  if (v) return v.toLowerCase().startsWith("zh") ? "zh" : "en";
  return (env.LC_ALL || env.LANG || "").toLowerCase().startsWith("zh") ? "zh" : "en";
}
function translator(lang) {
  return (key, params = {}) => {
    const entry = ALL[key];
    const text6 = entry ? entry[lang] : key;
    return text6.replace(/\{(\w+)\}/g, (m, name) => {
      if (!(name in params)) return m;
      const v = params[name];
      return typeof v === "string" && ALL[v] ? ALL[v][lang] : String(v);
    });
  };
}
var BUNDLES, ALL;
var init_i18n = __esm({
  "src/i18n/index.ts"() {
    "use strict";
    init_core();
    init_registry();
    init_admin();
    init_workflows();
    init_checkin();
    init_keys();
    init_complaint();
    init_followup();
    init_visit();
    init_repair();
    init_renovate();
    init_help();
    BUNDLES = [core_default, registry_default, admin_default, workflows_default, checkin_default, keys_default, complaint_default, followup_default, visit_default, repair_default, renovate_default, help_default];
    ALL = Object.assign(/* @__PURE__ */ Object.create(null), ...BUNDLES);
  }
});

// src/domain/errors.ts
function refuse(code, key, params = {}, details = []) {
  throw new Refusal(code, key, params, details);
}
var Refusal;
var init_errors = __esm({
  "src/domain/errors.ts"() {
    "use strict";
    Refusal = class extends Error {
      constructor(code, key, params = {}, details = []) {
        super(`${code}: ${key}`);
        this.code = code;
        this.key = key;
        this.params = params;
        this.details = details;
        this.name = "Refusal";
      }
      code;
      key;
      params;
      details;
    };
  }
});

// src/domain/identity.ts
function idCheckChar(body17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}
function idNumberProblem(raw) {
  const s = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return "id.format";
  if (s[0] === "0") return "id.region";
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return "id.birth";
  if (idCheckChar(s) !== s[17]) return "id.check";
  return null;
}
function normalizeIdNumber(raw, flag = "id-number") {
  const problem = idNumberProblem(raw);
  if (problem) refuse("E_VALUE", "err.idNumber", { flag, value: mask(raw), why: problem });
  return raw.trim().toUpperCase();
}
function isCreditCode(raw) {
  const s = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(s[i]) * USCC_WEIGHTS[i];
  const c = (31 - sum % 31) % 31;
  return USCC_CHARS[c] === s[17];
}
function normalizeCreditCode(raw, flag = "licence") {
  if (!isCreditCode(raw)) refuse("E_VALUE", "err.creditCode", { flag, value: raw });
  return raw.trim().toUpperCase();
}
function normalizeDocument(idType, raw, flag = "id-number") {
  const s = raw.trim().toUpperCase();
  switch (idType) {
    case "id":
      return normalizeIdNumber(s, flag);
    case "company":
      return normalizeCreditCode(s, flag);
    default:
      if (!/^[A-Z0-9]{5,20}$/.test(s)) refuse("E_VALUE", "err.document", { flag, value: mask(s) });
      return s;
  }
}
function normalizePhone(raw, flag = "phone") {
  let s = String(raw).trim().replace(/[\s()]/g, "");
  s = s.replace(/^(\+86|0086)-?/, "");
  const digits = s.replace(/-/g, "");
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  const landline = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/.test(s) || /^[2-9]\d{6,7}$/.test(s);
  if (landline) return s;
  refuse("E_VALUE", "err.phone", { flag, value: raw });
}
function mask(value) {
  if (value == null || value === "") return "";
  const s = String(value);
  if (s.length >= 15) return s.slice(0, 6) + "*".repeat(s.length - 10) + s.slice(-4);
  if (s.length > 6) return s.slice(0, 2) + "*".repeat(s.length - 4) + s.slice(-2);
  return "*".repeat(s.length);
}
function maskPhone(value) {
  if (value == null || value === "") return "";
  const s = String(value);
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  const m = /^(0\d{2,3}-?)(\d+)(.*)$/.exec(s);
  if (m) return m[1] + "*".repeat(Math.max(0, m[2].length - 4)) + m[2].slice(-4) + m[3];
  return "*".repeat(Math.max(0, s.length - 4)) + s.slice(-4);
}
var ID_WEIGHTS, ID_CHECK, USCC_CHARS, USCC_WEIGHTS, ID_TYPES;
var init_identity = __esm({
  "src/domain/identity.ts"() {
    "use strict";
    init_errors();
    ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    ID_CHECK = "10X98765432";
    USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    ID_TYPES = ["id", "passport", "hk-macau", "taiwan", "company"];
  }
});

// src/store/db.ts
import Database from "better-sqlite3";
import fs from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
function migrationsDir() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  const candidates = [path2.join(here, "migrations"), path2.join(here, "..", "src", "store", "migrations")];
  const found = candidates.find((d) => fs.existsSync(d));
  if (!found) throw new Error(`migrations folder not found near ${here}`);
  return found;
}
function migrations() {
  const dir = migrationsDir();
  return fs.readdirSync(dir).filter((f) => /^\d{3}_.*\.sql$/.test(f)).sort().map((f, i) => {
    const version = Number(f.slice(0, 3));
    if (version !== i + 1) throw new Error(`migration ${f} is out of sequence`);
    return { version, name: f, sql: fs.readFileSync(path2.join(dir, f), "utf8") };
  });
}
function latestVersion() {
  latest ??= fs.readdirSync(migrationsDir()).filter((f) => /^\d{3}_.*\.sql$/.test(f)).length;
  return latest;
}
function createPrivateFile(file) {
  fs.mkdirSync(path2.dirname(path2.resolve(file)), { recursive: true, mode: 448 });
  fs.closeSync(fs.openSync(file, "wx", 384));
}
function openDb(file, opts = {}) {
  const exists = fs.existsSync(file);
  if (!exists) {
    if (!opts.create) throw new Refusal("E_NO_DB", "err.noDb", { db: file });
    createPrivateFile(file);
  }
  const db2 = new Database(file);
  db2.pragma("journal_mode = WAL");
  db2.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db2.pragma("foreign_keys = ON");
  db2.pragma("synchronous = NORMAL");
  if (opts.migrate) migrate(db2, file, opts);
  else if (!opts.noCheck) {
    const v = schemaVersion(db2);
    const latest2 = latestVersion();
    if (v !== latest2) {
      if (v > latest2) {
        db2.close();
        throw new Refusal("E_SCHEMA", "err.schemaNewer", { db: file, version: v, known: latest2 });
      }
      db2.close();
      throw new Refusal("E_SCHEMA", "err.schemaOlder", { db: file, version: v, known: latest2 });
    }
  }
  return db2;
}
function schemaVersion(db2) {
  return db2.pragma("user_version", { simple: true });
}
function migrate(db2, file, opts = {}) {
  const from = schemaVersion(db2);
  const all = migrations();
  const target = opts.upTo ?? all.length;
  if (from > all.length) {
    db2.close();
    throw new Refusal("E_SCHEMA", "err.schemaNewer", { db: file, version: from, known: all.length });
  }
  if (from >= target) return { from, to: from, backup: null };
  let backup = null;
  if (from > 0) {
    const stamp = (opts.now?.() ?? (/* @__PURE__ */ new Date()).toISOString()).replace(/[^0-9]/g, "").slice(0, 14);
    backup = `${file}.v${from}-${stamp}.bak`;
    if (fs.existsSync(backup)) fs.rmSync(backup);
    createPrivateFile(backup);
    db2.prepare("VACUUM INTO ?").run(backup);
  }
  for (const m of all.slice(from, target)) {
    db2.transaction(() => {
      if (schemaVersion(db2) >= m.version) return;
      db2.exec(m.sql);
      db2.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: target, backup };
}
function inTx(db2, fn) {
  return db2.transaction(fn).immediate();
}
function stmt(db2, sql) {
  let m = cache.get(db2);
  if (!m) cache.set(db2, m = /* @__PURE__ */ new Map());
  let st = m.get(sql);
  if (!st) m.set(sql, st = db2.prepare(sql));
  return st;
}
var BUSY_TIMEOUT_MS, latest, cache;
var init_db = __esm({
  "src/store/db.ts"() {
    "use strict";
    init_errors();
    BUSY_TIMEOUT_MS = 5e3;
    cache = /* @__PURE__ */ new WeakMap();
  }
});

// src/store/profile.ts
function profileOverrides(db2) {
  const rows = stmt(db2, `SELECT key, value FROM profile ORDER BY key`).all();
  return rows.map((r) => ({ key: r.key, value: JSON.parse(r.value) }));
}
var init_profile = __esm({
  "src/store/profile.ts"() {
    "use strict";
    init_db();
  }
});

// src/store/audit.ts
import { createHash } from "node:crypto";
function text(v) {
  if (v === void 0 || v === null) return null;
  return typeof v === "string" ? v : JSON.stringify(v);
}
function hashOf(prev, r) {
  const body = JSON.stringify([r.at, r.entered_at, r.clerk, r.subject, r.action, r.field, r.old, r.new]);
  return createHash("sha256").update(prev).update("").update(body).digest("hex");
}
function appendAudit(db2, e) {
  const last = stmt(db2, `SELECT hash FROM audit ORDER BY id DESC LIMIT 1`).get();
  const prev = last?.hash ?? GENESIS;
  const row = {
    at: e.at,
    entered_at: e.enteredAt,
    clerk: e.clerk,
    subject: e.subject,
    action: e.action,
    field: e.field ?? null,
    old: text(e.old),
    new: text(e.new)
  };
  stmt(
    db2,
    `INSERT INTO audit(at, entered_at, clerk, subject, action, field, old, new, prev_hash, hash)
     VALUES (@at, @entered_at, @clerk, @subject, @action, @field, @old, @new, @prev, @hash)`
  ).run({ ...row, prev, hash: hashOf(prev, row) });
}
var GENESIS;
var init_audit = __esm({
  "src/store/audit.ts"() {
    "use strict";
    init_db();
    GENESIS = "0".repeat(64);
  }
});

// src/domain/time.ts
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
function tzOffset(ms, tz) {
  if (FIXED[tz] !== void 0 && ms >= FIXED_SINCE) return FIXED[tz];
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(tz, f);
  }
  const p = {};
  for (const part of f.formatToParts(ms)) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1e3) * 1e3) / 6e4);
}
function fromLocal(local, tz) {
  const guess = Date.parse(`${local.replace(" ", "T")}Z`);
  let ms = guess - tzOffset(guess, tz) * 6e4;
  ms = guess - tzOffset(ms, tz) * 6e4;
  return ms;
}
function zoned(t, tz) {
  const ms = typeof t === "number" ? t : typeof t === "string" ? Date.parse(t) : t.getTime();
  return dayjs(ms).utcOffset(tzOffset(ms, tz));
}
function realDate(y, m, d) {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
function parseInstant(input, tz, opts = {}) {
  const s = String(input).trim();
  const flag = opts.flag ?? "at";
  const abs = ABS_RE.exec(s);
  const loc = abs ? null : LOCAL_RE.exec(s);
  const m = abs ?? loc;
  if (!m) refuse("E_VALUE", "err.datetime", { flag, value: s });
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => x === void 0 ? void 0 : Number(x));
  if (!realDate(y, mo, d) || (h ?? 0) > 23 || (mi ?? 0) > 59 || (se ?? 0) > 59) refuse("E_VALUE", "err.datetime", { flag, value: s });
  if (abs) return formatInstant(Date.parse(s), tz);
  if (h === void 0 && opts.endOfDay) return atLocal(`${m[1]}-${m[2]}-${m[3]}`, "23:59:59", tz);
  return atLocal(`${m[1]}-${m[2]}-${m[3]}`, `${m[4] ?? "00"}:${m[5] ?? "00"}:${m[6] ?? "00"}`, tz);
}
function atLocal(date, time, tz) {
  return formatInstant(fromLocal(`${date} ${time}`, tz), tz);
}
function formatInstant(t, tz) {
  return zoned(t, tz).format(ISO_FMT);
}
function localDate(t, tz) {
  return zoned(t, tz).format("YYYY-MM-DD");
}
function addMonths(date, n) {
  return dayjs.utc(date).add(n, "month").format("YYYY-MM-DD");
}
function monthRange(month, tz) {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) refuse("E_VALUE", "err.month", { value: month });
  const first = `${m[1]}-${m[2]}-01`;
  return { from: atLocal(first, "00:00:00", tz), to: atLocal(addMonths(first, 1), "00:00:00", tz) };
}
var ISO_FMT, LOCAL_RE, ABS_RE, formatters, FIXED, FIXED_SINCE;
var init_time = __esm({
  "src/domain/time.ts"() {
    "use strict";
    init_errors();
    dayjs.extend(utc);
    ISO_FMT = "YYYY-MM-DDTHH:mm:ssZ";
    LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
    ABS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
    formatters = /* @__PURE__ */ new Map();
    FIXED = { "Asia/Shanghai": 480, "Asia/Chongqing": 480, "Asia/Harbin": 480, "Asia/Hong_Kong": 480, "Asia/Macau": 480, "Asia/Taipei": 480, PRC: 480 };
    FIXED_SINCE = Date.UTC(1992, 0, 1);
  }
});

// src/domain/calendar.ts
function parseDate(d) {
  return /* @__PURE__ */ new Date(`${d}T00:00:00Z`);
}
function fmtDate(dt) {
  return dt.toISOString().slice(0, 10);
}
function addDays(date, n) {
  const dt = parseDate(date);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fmtDate(dt);
}
function isWorkingDay(date, cal) {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const dow = parseDate(date).getUTCDay();
  return dow !== 0 && dow !== 6;
}
function addWorkingDays(date, n, cal) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`working days must be a positive integer: ${n}`);
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}
var init_calendar = __esm({
  "src/domain/calendar.ts"() {
    "use strict";
  }
});

// src/domain/deadline.ts
function parseSpec(spec) {
  const s = spec.trim().toLowerCase();
  let m;
  if (s === "same-day") return { unit: "sameDay" };
  if (m = /^(\d+)min$/.exec(s)) return { unit: "minutes", n: Number(m[1]) };
  if (m = /^(\d+)h$/.exec(s)) return { unit: "minutes", n: Number(m[1]) * 60 };
  if (m = /^(\d+)wd$/.exec(s)) return { unit: "workingDays", n: Number(m[1]) };
  if (m = /^(\d+)d$/.exec(s)) return { unit: "days", n: Number(m[1]) };
  if (m = /^(\d+)w$/.exec(s)) return { unit: "days", n: Number(m[1]) * 7 };
  if (m = /^(\d+)-(\d+)mo$/.exec(s)) return { unit: "monthWindow", from: Number(m[1]), to: Number(m[2]) };
  if (m = /^(\d+)mo$/.exec(s)) return { unit: "months", n: Number(m[1]) };
  throw new Error(`unknown deadline spec "${spec}" (use e.g. 24h, 10min, same-day, 2d, 1w, 5wd, 1mo, 1-2mo)`);
}
function endOf(date, tz) {
  return atLocal(date, "23:59:59", tz);
}
function computeDue(eventAt, spec, cal, tz) {
  const sp = typeof spec === "string" ? parseSpec(spec) : spec;
  const date = localDate(eventAt, tz);
  switch (sp.unit) {
    case "minutes":
      return { dueAt: formatInstant(Date.parse(eventAt) + sp.n * 6e4, tz), opensAt: null };
    case "sameDay":
      return { dueAt: endOf(date, tz), opensAt: null };
    case "days":
      return { dueAt: endOf(addDays(date, sp.n), tz), opensAt: null };
    case "workingDays":
      return { dueAt: endOf(addWorkingDays(date, sp.n, cal), tz), opensAt: null };
    case "months":
      return { dueAt: endOf(addMonths(date, sp.n), tz), opensAt: null };
    case "monthWindow": {
      return { dueAt: endOf(addMonths(date, sp.to), tz), opensAt: atLocal(addMonths(date, sp.from), "00:00:00", tz) };
    }
  }
}
var init_deadline = __esm({
  "src/domain/deadline.ts"() {
    "use strict";
    init_calendar();
    init_time();
  }
});

// src/app/paths.ts
import fs2 from "node:fs";
import path3 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function packageRoot() {
  if (root) return root;
  let dir = path3.dirname(fileURLToPath2(import.meta.url));
  for (; ; ) {
    if (fs2.existsSync(path3.join(dir, "package.json")) && fs2.existsSync(path3.join(dir, "data"))) return root = dir;
    const up = path3.dirname(dir);
    if (up === dir) throw new Error("pmdesk package root not found");
    dir = up;
  }
}
function dataFile(name) {
  return path3.join(packageRoot(), "data", name);
}
var root;
var init_paths = __esm({
  "src/app/paths.ts"() {
    "use strict";
  }
});

// src/app/profile.ts
import fs3 from "node:fs";
function defaultProfile() {
  defaults ??= JSON.parse(fs3.readFileSync(dataFile("profile.default.json"), "utf8"));
  return structuredClone(defaults);
}
function resolvePath(obj, key) {
  const segs = key.split(".");
  const out2 = [];
  let node = obj;
  let i = 0;
  while (i < segs.length) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return null;
    let found = -1;
    for (let j = segs.length; j > i; j--) {
      if (Object.prototype.hasOwnProperty.call(node, segs.slice(i, j).join("."))) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (OPEN_MAPS.includes(out2.join("."))) return [...out2, segs.slice(i).join(".")];
      return null;
    }
    const k = segs.slice(i, found).join(".");
    out2.push(k);
    node = node[k];
    i = found;
  }
  return out2;
}
function setAt(obj, p, value) {
  let node = obj;
  for (const k of p.slice(0, -1)) node = node[k];
  node[p[p.length - 1]] = value;
}
function mergeProfile(overrides) {
  const p = defaultProfile();
  for (const o of overrides) {
    const path6 = resolvePath(p, o.key);
    if (path6) setAt(p, path6, o.value);
  }
  return p;
}
var defaults, OPEN_MAPS;
var init_profile2 = __esm({
  "src/app/profile.ts"() {
    "use strict";
    init_errors();
    init_deadline();
    init_paths();
    OPEN_MAPS = ["calendar.years", "repair.priceList"];
  }
});

// src/app/calendar.ts
import { createRequire } from "node:module";
function packageData() {
  cached ??= createRequire(import.meta.url)("chinese-days/dist/chinese-days.json");
  return cached;
}
function loadCalendar(profile) {
  const data = packageData();
  const holidays = new Set(Object.keys(data.holidays));
  const workdays = new Set(Object.keys(data.workdays));
  const years = new Set([...holidays].map((d) => Number(d.slice(0, 4))));
  for (const [year, y] of Object.entries(profile.calendar.years ?? {})) {
    years.add(Number(year));
    for (const d of y.holidays ?? []) holidays.add(d);
    for (const d of y.workdays ?? []) workdays.add(d);
  }
  for (const d of profile.calendar.closedDays ?? []) {
    holidays.add(d);
    workdays.delete(d);
  }
  return { holidays, workdays, years };
}
var cached;
var init_calendar2 = __esm({
  "src/app/calendar.ts"() {
    "use strict";
  }
});

// src/app/session.ts
function resolveNow(io2, tz) {
  if (io2.nowEnv) {
    try {
      return parseInstant(io2.nowEnv, tz, { flag: "PMDESK_NOW" });
    } catch {
      refuse("E_VALUE", "err.now", { value: io2.nowEnv });
    }
  }
  return formatInstant(Date.now(), tz);
}
function makeSession(io2, db2) {
  const cached2 = io2.db === db2 ? reused.get(db2) : void 0;
  const profile = cached2?.profile ?? mergeProfile(profileOverrides(db2));
  if (io2.db === db2 && !cached2) reused.set(db2, { profile });
  const tz = profile.estate.timezone || "Asia/Shanghai";
  const now = resolveNow(io2, tz);
  const at = io2.at ? parseInstant(io2.at, tz, { flag: "at" }) : now;
  if (Date.parse(at) > Date.parse(now) + 6e4) refuse("E_VALUE", "err.atFuture", { at, now });
  let cal;
  const s = {
    io: io2,
    db: db2,
    profile,
    tz,
    now,
    at,
    calendar: () => {
      if (cal) return cal;
      const c = io2.db === db2 ? reused.get(db2) : void 0;
      cal = c?.cal ?? loadCalendar(profile);
      if (c) c.cal = cal;
      return cal;
    },
    due(ruleKey, from) {
      const spec = profile.deadlines[ruleKey];
      if (!spec) throw new Error(`profile has no deadline ${ruleKey}`);
      return computeDue(from, spec, s.calendar(), tz);
    },
    audit(e) {
      appendAudit(db2, { ...e, at: e.at ?? at, enteredAt: now, clerk: io2.clerk });
    }
  };
  return s;
}
function write(io2, fn) {
  const db2 = io2.db ?? openDb(io2.dbFile);
  try {
    const s = makeSession(io2, db2);
    return db2.inTransaction ? db2.transaction(() => fn(s))() : inTx(db2, () => fn(s));
  } finally {
    if (!io2.db) db2.close();
  }
}
function read(io2, fn) {
  const db2 = io2.db ?? openDb(io2.dbFile);
  try {
    return fn(makeSession(io2, db2));
  } finally {
    if (!io2.db) db2.close();
  }
}
var reused;
var init_session = __esm({
  "src/app/session.ts"() {
    "use strict";
    init_db();
    init_profile();
    init_audit();
    init_errors();
    init_time();
    init_deadline();
    init_profile2();
    init_calendar2();
    reused = /* @__PURE__ */ new WeakMap();
  }
});

// src/domain/numbers.ts
function formatNo(prefix, year, seq) {
  if (!Number.isInteger(seq) || seq < 1) throw new Error(`bad sequence ${seq}`);
  return `${prefix}-${year}-${String(seq).padStart(4, "0")}`;
}
function parseNo(input) {
  const m = NO_RE.exec(String(input).trim());
  if (!m) refuse("E_NUMBER", "err.recordNo", { value: input });
  const prefix = m[1].toUpperCase();
  return { no: `${prefix}-${m[2]}-${m[3]}`, prefix, year: Number(m[2]), seq: Number(m[3]) };
}
var PREFIXES, NO_RE;
var init_numbers = __esm({
  "src/domain/numbers.ts"() {
    "use strict";
    init_errors();
    PREFIXES = {
      checkin: "JF",
      renovation: "ZX",
      complaint: "TS",
      suggestion: "JY",
      repair: "BX",
      visit: "LF",
      keyMove: "YS",
      followup: "HF",
      notice: "TZ",
      patrol: "XC",
      survey: "DC",
      lending: "JD"
    };
    NO_RE = /^([A-Za-z]{2})-(\d{4})-(\d{4,})$/;
  }
});

// src/domain/registry.ts
function checkText(v, max) {
  return v.length >= 1 && v.length <= max && !CONTROL.test(v);
}
var UNIT_STATUSES, STATUS_ZH, STATUS_LABEL_ZH, CONTROL;
var init_registry2 = __esm({
  "src/domain/registry.ts"() {
    "use strict";
    init_identity();
    init_errors();
    UNIT_STATUSES = ["unsold", "vacant", "handed-over", "renovating", "occupied", "leased"];
    STATUS_ZH = { \u672A\u552E: "unsold", \u7A7A\u7F6E: "vacant", \u5DF2\u4EA4\u623F: "handed-over", \u88C5\u4FEE\u4E2D: "renovating", \u5DF2\u5165\u4F4F: "occupied", \u51FA\u79DF: "leased" };
    STATUS_LABEL_ZH = Object.fromEntries(Object.entries(STATUS_ZH).map(([k, v]) => [v, k]));
    CONTROL = /[\u0000-\u001f\u007f]/;
  }
});

// src/domain/checkin.ts
function requiredDocs(owners2, absent) {
  const docs = [];
  for (const o of owners2) {
    if (o.role === "company") {
      docs.push("company-letter", "agent-id");
      continue;
    }
    docs.push(`owner-id:${o.id}`);
    if (absent.includes(o.id)) docs.push(`poa:${o.id}`);
    if (o.minor) docs.push(`household-register:${o.id}`);
  }
  docs.push("handover-certificate", "fees-cleared");
  return [...new Set(docs)];
}
function requiredForms(keysLeft) {
  return ["contact-form", "fire-agreement", "key-receipt", "inspection-form", ...keysLeft > 0 ? ["key-custody"] : []];
}
function missing(c) {
  const out2 = c.docs.filter((d) => !c.have.has(`doc:${d}`)).map((d) => `doc:${d}`);
  if (!c.meters) out2.push("meters");
  if (!c.keys) out2.push("keys");
  out2.push(...c.forms.filter((f) => !c.have.has(`form:${f}`)).map((f) => `form:${f}`));
  return out2;
}
function isMinor(idNumber, idType, onDate) {
  if (idType !== "id" || !idNumber || idNumber.length !== 18) return false;
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const y = Number(onDate.slice(0, 4)) - Number(birth.slice(0, 4));
  const hadBirthday = onDate.slice(5) >= birth.slice(5);
  return (hadBirthday ? y : y - 1) < 18;
}
function meterReading(v) {
  return /^\d{1,9}(\.\d{1,3})?$/.test(v.trim());
}
var CHECKIN_MACHINE, FORMS, PLAIN_DOCS;
var init_checkin2 = __esm({
  "src/domain/checkin.ts"() {
    "use strict";
    CHECKIN_MACHINE = { type: "checkin", next: { open: ["completed"] }, verbs: { completed: "checkin complete" } };
    FORMS = ["contact-form", "fire-agreement", "key-receipt", "inspection-form", "key-custody"];
    PLAIN_DOCS = ["company-letter", "agent-id", "handover-certificate", "fees-cleared"];
  }
});

// src/store/checkin.ts
function insertCheckin(db2, recordId, owners2, absent) {
  stmt(db2, `INSERT INTO checkins(record_id, owners, absent) VALUES (?, ?, ?)`).run(recordId, JSON.stringify(owners2), JSON.stringify(absent));
}
function getCheckin(db2, recordId) {
  return stmt(db2, `SELECT * FROM checkins WHERE record_id = ?`).get(recordId);
}
function updateCheckin(db2, recordId, f) {
  for (const [k, v] of Object.entries(f)) {
    if (!["water", "electricity", "gas", "door_keys", "mailbox_keys", "keys_left", "completed_at", "absent"].includes(k)) throw new Error(k);
    stmt(db2, `UPDATE checkins SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}
function tick(db2, recordId, item, missing2, at) {
  stmt(db2, `INSERT INTO checkin_items(record_id, item, missing, at) VALUES (?, ?, ?, ?) ON CONFLICT(record_id, item) DO UPDATE SET missing = excluded.missing, at = excluded.at`).run(
    recordId,
    item,
    missing2 ? 1 : 0,
    at
  );
}
function items(db2, recordId) {
  return stmt(db2, `SELECT item, missing, at FROM checkin_items WHERE record_id = ? ORDER BY item`).all(recordId);
}
function addDefect(db2, d) {
  stmt(db2, `INSERT INTO checkin_defects(record_id, location, description, large, repair_id) VALUES (?, ?, ?, ?, ?)`).run(d.recordId, d.location, d.description, d.large ? 1 : 0, d.repairId);
}
function defects(db2, recordId) {
  return stmt(
    db2,
    `SELECT d.location, d.description, d.large, r.no AS repair_no, r.status AS repair_status,
            (SELECT due_at FROM deadlines WHERE record_id = r.id AND step = 'complete') AS due_at
       FROM checkin_defects d JOIN records r ON r.id = d.repair_id WHERE d.record_id = ? ORDER BY d.id`
  ).all(recordId);
}
function otherCheckin(db2, unitId) {
  return stmt(db2, `SELECT no, status FROM records WHERE unit_id = ? AND type = 'checkin' AND voided = 0 LIMIT 1`).get(unitId);
}
function checkinMonth(db2, from, to) {
  const started = stmt(db2, `SELECT COUNT(*) AS n FROM records WHERE type = 'checkin' AND voided = 0 AND event_at >= ? AND event_at < ?`).get(from, to).n;
  const completed = stmt(db2, `SELECT COUNT(*) AS n FROM checkins c JOIN records r ON r.id = c.record_id WHERE r.voided = 0 AND c.completed_at >= ? AND c.completed_at < ?`).get(from, to).n;
  const d = stmt(
    db2,
    `SELECT COUNT(*) AS defects, COALESCE(SUM(rp.status IN ('completed','closed')), 0) AS closed
       FROM checkin_defects cd JOIN records r ON r.id = cd.record_id JOIN records rp ON rp.id = cd.repair_id
      WHERE r.voided = 0 AND rp.event_at >= ? AND rp.event_at < ?`
  ).get(from, to);
  return { started, completed, defects: d.defects, defectsClosed: d.closed };
}
var init_checkin3 = __esm({
  "src/store/checkin.ts"() {
    "use strict";
    init_db();
  }
});

// src/store/residents.ts
function getResident(db2, id) {
  return stmt(db2, `SELECT * FROM residents WHERE id = ?`).get(id);
}
function findByName(db2, name) {
  return stmt(db2, `SELECT * FROM residents WHERE name = ? ORDER BY id`).all(name);
}
function linkOf(db2, unitId, residentId) {
  return stmt(db2, `SELECT role FROM unit_residents WHERE unit_id = ? AND resident_id = ?`).get(unitId, residentId);
}
function residentsOfUnit(db2, unitId) {
  return stmt(
    db2,
    `SELECT r.*, ur.role, ur.since FROM unit_residents ur JOIN residents r ON r.id = ur.resident_id
        WHERE ur.unit_id = ? ORDER BY CASE ur.role WHEN 'owner' THEN 0 WHEN 'co-owner' THEN 1 WHEN 'company' THEN 2 ELSE 3 END, r.id`
  ).all(unitId);
}
var init_residents = __esm({
  "src/store/residents.ts"() {
    "use strict";
    init_db();
  }
});

// src/store/units.ts
function getUnit(db2, code) {
  return stmt(db2, `SELECT * FROM units WHERE code = ?`).get(code);
}
function getUnitById(db2, id) {
  return stmt(db2, `SELECT * FROM units WHERE id = ?`).get(id);
}
function setUnitStatus(db2, unit, status, at, clerk, recordId = null) {
  stmt(db2, `UPDATE units SET status = ?, updated_at = ? WHERE id = ?`).run(status, at, unit.id);
  stmt(db2, `INSERT INTO unit_history(unit_id, at, old_status, new_status, record_id, clerk) VALUES (?, ?, ?, ?, ?, ?)`).run(
    unit.id,
    at,
    unit.status,
    status,
    recordId,
    clerk
  );
}
var init_units = __esm({
  "src/store/units.ts"() {
    "use strict";
    init_db();
  }
});

// src/store/records.ts
function nextSeq(db2, prefix, year) {
  const row = stmt(
    db2,
    `INSERT INTO sequences(prefix, year, last) VALUES (?, ?, 1)
       ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1 RETURNING last`
  ).get(prefix, year);
  return row.last;
}
function insertRecord(db2, r) {
  const info = stmt(
    db2,
    `INSERT INTO records(no, type, status, unit_id, event_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(r.no, r.type, r.status, r.unitId, r.eventAt, r.createdAt, r.createdAt);
  return Number(info.lastInsertRowid);
}
function getRecord(db2, no) {
  return stmt(db2, `${SELECT} WHERE r.no = ?`).get(no);
}
function getRecordById(db2, id) {
  return stmt(db2, `${SELECT} WHERE r.id = ?`).get(id);
}
function setStatus(db2, id, status, at) {
  stmt(db2, `UPDATE records SET status = ?, updated_at = ? WHERE id = ?`).run(status, at, id);
}
function touch(db2, id, at) {
  stmt(db2, `UPDATE records SET updated_at = ? WHERE id = ?`).run(at, id);
}
function whereOf(f) {
  const where2 = ["r.type = ?"];
  const args = [f.type];
  if (f.status) {
    where2.push("r.status = ?");
    args.push(f.status);
  }
  if (f.open) {
    where2.push("r.voided = 0");
    if (f.finalStates?.length) {
      where2.push(`r.status NOT IN (${f.finalStates.map(() => "?").join(",")})`);
      args.push(...f.finalStates);
    }
  }
  if (f.overdueAt) {
    where2.push(`r.voided = 0 AND EXISTS (SELECT 1 FROM deadlines d WHERE d.record_id = r.id AND d.done_at IS NULL AND d.cancelled = 0 AND d.due_at < ?)`);
    args.push(f.overdueAt);
  }
  if (f.unitId !== void 0) {
    where2.push("r.unit_id = ?");
    args.push(f.unitId);
  }
  if (f.from) {
    where2.push("r.event_at >= ?");
    args.push(f.from);
  }
  if (f.to) {
    where2.push("r.event_at < ?");
    args.push(f.to);
  }
  return { where: where2.join(" AND "), args };
}
function listRecords(db2, f) {
  const { where: where2, args } = whereOf(f);
  if (f.newest !== void 0) return stmt(db2, `${SELECT} WHERE ${where2} ORDER BY r.event_at DESC, r.id DESC LIMIT ${Math.floor(f.newest)}`).all(...args).reverse();
  return stmt(db2, `${SELECT} WHERE ${where2} ORDER BY r.event_at, r.id`).all(...args);
}
function countRecords(db2, f) {
  const { where: where2, args } = whereOf(f);
  return stmt(db2, `SELECT COUNT(*) AS n FROM records r WHERE ${where2}`).get(...args).n;
}
function addEvent(db2, e) {
  stmt(db2, `INSERT INTO events(record_id, kind, event_at, entered_at, clerk, data) VALUES (?, ?, ?, ?, ?, ?)`).run(
    e.recordId,
    e.kind,
    e.eventAt,
    e.enteredAt,
    e.clerk,
    JSON.stringify(e.data ?? {})
  );
}
function setDeadline(db2, d) {
  const cur = stmt(db2, `SELECT * FROM deadlines WHERE record_id = ? AND step = ?`).get(d.recordId, d.step);
  if (!cur) {
    stmt(db2, `INSERT INTO deadlines(record_id, step, rule, opens_at, due_at) VALUES (?, ?, ?, ?, ?)`).run(
      d.recordId,
      d.step,
      d.rule,
      d.opensAt,
      d.dueAt
    );
    return;
  }
  if (d.tightest && Date.parse(cur.due_at) <= Date.parse(d.dueAt) && !cur.cancelled && !cur.done_at) return;
  stmt(db2, `UPDATE deadlines SET rule = ?, opens_at = ?, due_at = ?, done_at = NULL, cancelled = 0 WHERE id = ?`).run(
    d.rule,
    d.opensAt,
    d.dueAt,
    cur.id
  );
}
function completeDeadline(db2, recordId, step, doneAt) {
  const info = stmt(db2, `UPDATE deadlines SET done_at = ? WHERE record_id = ? AND step = ? AND done_at IS NULL AND cancelled = 0`).run(doneAt, recordId, step);
  return info.changes > 0;
}
function cancelDeadline(db2, recordId, step) {
  stmt(db2, `UPDATE deadlines SET cancelled = 1 WHERE record_id = ? AND step = ? AND done_at IS NULL`).run(recordId, step);
}
function listDeadlines(db2, recordId) {
  return stmt(db2, `SELECT * FROM deadlines WHERE record_id = ? ORDER BY due_at, id`).all(recordId);
}
function lastEventData(db2, recordId, kind8) {
  const row = stmt(db2, `SELECT data FROM events WHERE record_id = ? AND kind = ? ORDER BY id DESC LIMIT 1`).get(recordId, kind8);
  return row ? JSON.parse(row.data) : null;
}
var SELECT;
var init_records = __esm({
  "src/store/records.ts"() {
    "use strict";
    init_db();
    SELECT = `SELECT r.*, u.code AS unit_code,
  (SELECT MIN(d.due_at) FROM deadlines d WHERE d.record_id = r.id AND d.done_at IS NULL AND d.cancelled = 0) AS next_due
  FROM records r LEFT JOIN units u ON u.id = r.unit_id`;
  }
});

// src/domain/states.ts
function canMove(machine, from, to) {
  return (machine.next[from] ?? []).includes(to);
}
function assertMove(machine, no, from, to) {
  if (from === "voided") refuse("E_STATE", "err.voided", { no });
  if (canMove(machine, from, to)) return;
  const allowed = (machine.next[from] ?? []).map((s) => machine.verbs?.[s] ?? s);
  refuse("E_STATE", "err.state", { no, status: from, to, allowed: allowed.length ? allowed.join(", ") : "-" });
}
var init_states = __esm({
  "src/domain/states.ts"() {
    "use strict";
    init_errors();
  }
});

// src/store/ledger.ts
function addLedger(db2, e) {
  if (!Number.isSafeInteger(e.amountFen) || e.amountFen < 0) throw new Error(`ledger amount must be non-negative fen: ${e.amountFen}`);
  stmt(
    db2,
    `INSERT INTO ledger(record_id, item, direction, amount_fen, at, receipt_no, clerk, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(e.recordId, e.item, e.direction, e.amountFen, e.at, e.receiptNo ?? null, e.clerk, e.enteredAt);
}
function ledgerOf(db2, recordId) {
  return stmt(db2, `SELECT * FROM ledger WHERE record_id = ? ORDER BY at, id`).all(recordId);
}
var init_ledger = __esm({
  "src/store/ledger.ts"() {
    "use strict";
    init_db();
  }
});

// src/app/loop.ts
function createRecord(s, r) {
  const eventAt = r.eventAt ?? s.at;
  const year = Number(eventAt.slice(0, 4));
  const no = formatNo(r.prefix, year, nextSeq(s.db, r.prefix, year));
  const id = insertRecord(s.db, { no, type: r.type, status: r.status, unitId: r.unitId, eventAt, createdAt: s.now });
  addEvent(s.db, { recordId: id, kind: r.kind ?? "created", eventAt, enteredAt: s.now, clerk: s.io.clerk, data: r.data });
  s.audit({ subject: no, action: "create", field: "status", old: null, new: r.status, at: eventAt });
  return getRecordById(s.db, id);
}
function loadRecord(s, input, types, group) {
  const { no } = parseNo(input);
  const r = getRecord(s.db, no);
  if (!r) refuse("E_NOT_FOUND", "err.noRecord", { no, group });
  if (!types.includes(r.type)) refuse("E_NOT_FOUND", "err.wrongType", { no, group, other: GROUP_OF_TYPE[r.type] ?? r.type });
  return r;
}
function addEvent2(s, r, kind8, data, eventAt = s.at) {
  if (r.voided) refuse("E_STATE", "err.voided", { no: r.no });
  addEvent(s.db, { recordId: r.id, kind: kind8, eventAt, enteredAt: s.now, clerk: s.io.clerk, data });
  touch(s.db, r.id, s.now);
}
function move(s, r, machine, to, kind8, data, eventAt = s.at) {
  if (r.voided) refuse("E_STATE", "err.voided", { no: r.no });
  assertMove(machine, r.no, r.status, to);
  setStatus(s.db, r.id, to, s.now);
  addEvent(s.db, { recordId: r.id, kind: kind8, eventAt, enteredAt: s.now, clerk: s.io.clerk, data: { ...data, from: r.status, to } });
  s.audit({ subject: r.no, action: kind8, field: "status", old: r.status, new: to, at: eventAt });
  return { ...r, status: to, updated_at: s.now };
}
function openDeadline(s, r, step, ruleKey, from, opts = {}) {
  const due = s.due(ruleKey, from);
  setDeadline(s.db, { recordId: r.id, step, rule: ruleKey, opensAt: due.opensAt, dueAt: due.dueAt, tightest: opts.tightest });
  return due.dueAt;
}
function openDeadlineAt(s, r, step, rule, dueAt) {
  setDeadline(s.db, { recordId: r.id, step, rule, opensAt: null, dueAt });
}
function closeDeadline(s, r, step, doneAt = s.at) {
  return completeDeadline(s.db, r.id, step, doneAt);
}
function dropDeadline(s, r, step) {
  cancelDeadline(s.db, r.id, step);
}
function post(s, r, e) {
  addLedger(s.db, { recordId: r.id, item: e.item, direction: e.direction, amountFen: e.amountFen, at: e.at ?? s.at, receiptNo: e.receiptNo, clerk: s.io.clerk, enteredAt: s.now });
  s.audit({ subject: r.no, action: `ledger.${e.direction}`, field: e.item, old: null, new: e.amountFen });
}
function correct(s, subject, field, oldValue, newValue) {
  if (oldValue === newValue) return;
  s.audit({ subject, action: "correct", field, old: oldValue, new: newValue });
}
var GROUP_OF_TYPE;
var init_loop = __esm({
  "src/app/loop.ts"() {
    "use strict";
    init_errors();
    init_numbers();
    init_states();
    init_records();
    init_ledger();
    GROUP_OF_TYPE = {
      checkin: "checkin",
      renovation: "renovate",
      complaint: "complaint",
      suggestion: "complaint",
      repair: "repair",
      visit: "visit",
      keyMove: "keys",
      followup: "followup",
      notice: "notice",
      patrol: "patrol",
      survey: "survey",
      lending: "lend"
    };
  }
});

// src/domain/money.ts
function parseYuan(input, flag = "amount") {
  const s = String(input).trim();
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) refuse("E_VALUE", "err.money", { flag, value: s });
  const fen = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return assertFen(fen);
}
function assertFen(n) {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer amount of fen: ${n}`);
  return n;
}
function formatFen(fen) {
  assertFen(fen);
  const sign2 = fen < 0 ? "-" : "";
  const a = Math.abs(fen);
  return `${sign2}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}
var init_money = __esm({
  "src/domain/money.ts"() {
    "use strict";
    init_errors();
  }
});

// src/domain/input.ts
function text2(v, flag, max = 500) {
  const t = (v ?? "").trim();
  if (!checkText(t, max)) refuse("E_VALUE", "err.text", { flag, max });
  return t;
}
function choice(v, flag, choices, dflt) {
  if (v === void 0) {
    if (dflt !== void 0) return dflt;
    refuse("E_USAGE", "err.required", { flag });
  }
  if (!choices.includes(v)) refuse("E_VALUE", "err.choice", { flag, value: v, choices: choices.join(" ") });
  return v;
}
var init_input = __esm({
  "src/domain/input.ts"() {
    "use strict";
    init_errors();
    init_registry2();
  }
});

// src/domain/followup.ts
function sampled(k, rate) {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer: ${k}`);
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  const r = Math.round(rate * 1e4);
  const ceil = (x) => Math.ceil(x / 1e4);
  return ceil(k * r) > ceil((k - 1) * r);
}
var SATISFACTION, METHODS;
var init_followup2 = __esm({
  "src/domain/followup.ts"() {
    "use strict";
    SATISFACTION = ["satisfied", "basic", "unsatisfied"];
    METHODS = ["phone", "visit"];
  }
});

// src/domain/repair.ts
function completionRule(f) {
  if (f.agreed) return "R-502.agreed";
  if (f.source === "checkin-defect") return f.size === "large" ? "R-202.defect.large" : "R-202.defect.small";
  return f.size === "large" ? "R-502.large" : "R-502.small";
}
function followupPlan(f) {
  if (f.source === "checkin-defect") return { ruleKeys: ["R-202.followup"], coverage: null, sampleClass: null, reason: "R-202" };
  if (f.help === "first-aid") return { ruleKeys: ["R-505.first-aid-followup"], coverage: null, sampleClass: null, reason: "R-505" };
  if (f.publicPlace) return { ruleKeys: ["R-503.public"], coverage: f.reworked ? null : "repairPublic", sampleClass: f.reworked ? null : "public", reason: "R-503" };
  const ruleKeys = ["R-503.household"];
  if (f.completedDate === f.reportedDate) ruleKeys.push("R-503.same-day");
  if (f.agreedAt && Date.parse(f.completedAt) <= Date.parse(f.agreedAt)) ruleKeys.push("R-503.agreed");
  return { ruleKeys, coverage: f.reworked ? null : "repairHousehold", sampleClass: f.reworked ? null : "household", reason: f.reworked ? "R-802" : "R-503" };
}
function afterFollowup(status, satisfaction) {
  if (satisfaction === "unsatisfied") return status === "completed" || status === "closed" ? "reopened" : null;
  if (SATISFACTION_CLOSES.includes(satisfaction)) return status === "completed" ? "closed" : null;
  return null;
}
function isRepeat(count2) {
  return count2 >= REPEAT_THRESHOLD;
}
function helpUrgency(help, urgency) {
  if (!help) return urgency ?? "normal";
  if (urgency === void 0 || urgency === "emergency") return "emergency";
  return "conflict";
}
var URGENCIES, HELP_KINDS, SATISFACTION_CLOSES, REPAIR_MACHINE, REPEAT_THRESHOLD;
var init_repair2 = __esm({
  "src/domain/repair.ts"() {
    "use strict";
    URGENCIES = ["normal", "urgent", "emergency"];
    HELP_KINDS = ["first-aid", "security", "flood", "fire", "other"];
    SATISFACTION_CLOSES = ["satisfied", "basic"];
    REPAIR_MACHINE = {
      type: "repair",
      next: {
        new: ["dispatched", "completed"],
        dispatched: ["quoted", "in-progress", "completed"],
        quoted: ["in-progress"],
        // R-501: paid work waits for the owner's consent
        "in-progress": ["completed"],
        completed: ["closed", "reopened"],
        reopened: ["dispatched", "completed"],
        closed: ["reopened"]
      },
      verbs: {
        dispatched: "repair dispatch",
        quoted: "repair quote",
        "in-progress": "repair quote --consent",
        completed: "repair complete",
        closed: "followup record",
        reopened: "followup record (unsatisfied)"
      }
    };
    REPEAT_THRESHOLD = 3;
  }
});

// src/store/repairs.ts
function insertRepair(db2, r) {
  stmt(
    db2,
    `INSERT INTO repairs(record_id, source, kind, urgency, size, public_place, location, reporter, phone, description, agreed_at)
     VALUES (@record_id, @source, @kind, @urgency, @size, @public_place, @location, @reporter, @phone, @description, @agreed_at)`
  ).run(r);
}
function updateRepair(db2, recordId, fields) {
  for (const [k, v] of Object.entries(fields)) {
    if (!FIELDS.includes(k)) throw new Error(`not a repair field: ${k}`);
    stmt(db2, `UPDATE repairs SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}
function setRepairExtra(db2, recordId, f) {
  for (const [k, v] of Object.entries(f)) {
    if (!["help", "reported_at", "quote_fen", "consent_at", "signed"].includes(k)) throw new Error(`not a repair field: ${k}`);
    stmt(db2, `UPDATE repairs SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}
function getRepairFull(db2, recordId) {
  return stmt(db2, `SELECT * FROM repairs WHERE record_id = ?`).get(recordId);
}
function sameKindPosition(db2, unitId, kind8, eventAt, recordId) {
  return stmt(
    db2,
    `SELECT COUNT(*) AS n FROM records r INDEXED BY records_unit JOIN repairs p ON p.record_id = r.id
        WHERE r.unit_id = ? AND r.type = 'repair' AND p.kind = ? AND r.voided = 0
          AND (r.event_at < ? OR (r.event_at = ? AND r.id <= ?))`
  ).get(unitId, kind8, eventAt, eventAt, recordId).n;
}
function completionRank(db2, recordId, publicRepair, from, completedAt) {
  return stmt(
    db2,
    `SELECT COUNT(*) AS n FROM repairs p INDEXED BY repairs_completed JOIN records r ON r.id = p.record_id
        WHERE r.voided = 0 AND p.completed_at >= ? AND (p.completed_at < ? OR (p.completed_at = ? AND p.record_id <= ?))
          AND (p.public_place IS NOT NULL) = ? AND p.source <> 'checkin-defect' AND COALESCE(p.help, '') <> 'first-aid'`
  ).get(from, completedAt, completedAt, recordId, publicRepair ? 1 : 0).n;
}
function repairMonth(db2, from, to) {
  return stmt(
    db2,
    `SELECT COUNT(*) AS requests, COALESCE(SUM(p.urgency = 'emergency'), 0) AS emergencies, COALESCE(SUM(p.public_place IS NOT NULL), 0) AS public
       FROM records r JOIN repairs p ON p.record_id = r.id WHERE r.type = 'repair' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ?`
  ).get(from, to);
}
function repairCompletions(db2, from, to) {
  return stmt(
    db2,
    `SELECT COUNT(*) AS completed,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at <= d.due_at), 0) AS onTime,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at > d.due_at), 0) AS late,
            COALESCE(SUM(p.paid = 1), 0) AS paidCount
       FROM repairs p JOIN records r ON r.id = p.record_id
       LEFT JOIN deadlines d ON d.record_id = r.id AND d.step = 'complete'
      WHERE r.voided = 0 AND p.completed_at >= ? AND p.completed_at < ?`
  ).get(from, to);
}
function repairRevenue(db2, from, to) {
  return stmt(
    db2,
    `SELECT COALESCE(SUM(CASE l.direction WHEN 'received' THEN l.amount_fen ELSE -l.amount_fen END), 0) AS fen
         FROM ledger l INDEXED BY ledger_at JOIN records r ON r.id = l.record_id WHERE r.type = 'repair' AND l.at >= ? AND l.at < ?`
  ).get(from, to).fen;
}
function repairRepeats(db2, from, to) {
  return stmt(
    db2,
    `WITH m AS (SELECT DISTINCT r.unit_id, p.kind FROM records r INDEXED BY records_type_event JOIN repairs p ON p.record_id = r.id
                 WHERE r.type = 'repair' AND r.event_at >= @from AND r.event_at < @to AND r.voided = 0 AND r.unit_id IS NOT NULL)
     SELECT * FROM (
       SELECT u.code AS unit, m.kind,
              (SELECT COUNT(*) FROM records r INDEXED BY records_unit JOIN repairs p ON p.record_id = r.id
                WHERE r.unit_id = m.unit_id AND r.type = 'repair' AND p.kind = m.kind AND r.voided = 0 AND r.event_at < @to) AS count
         FROM m JOIN units u ON u.id = m.unit_id)
     WHERE count >= 3 ORDER BY count DESC, unit`
  ).all({ from, to });
}
function completionDeadline(db2, recordId) {
  return stmt(db2, `SELECT due_at, done_at FROM deadlines WHERE record_id = ? AND step = 'complete'`).get(recordId);
}
var FIELDS;
var init_repairs = __esm({
  "src/store/repairs.ts"() {
    "use strict";
    init_db();
    FIELDS = ["kind", "urgency", "size", "public_place", "location", "tech", "materials", "amount_fen", "paid", "receipt_no", "agreed_at", "completed_at", "comment"];
  }
});

// src/store/links.ts
function link(db2, recordId, linkedId, rel) {
  stmt(db2, `INSERT INTO record_links(record_id, linked_id, rel) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`).run(recordId, linkedId, rel);
}
var init_links = __esm({
  "src/store/links.ts"() {
    "use strict";
    init_db();
  }
});

// src/store/followups.ts
function insertFollowup(db2, f) {
  stmt(db2, `INSERT INTO followups(record_id, source_id, reason) VALUES (?, ?, ?)`).run(f.recordId, f.sourceId, f.reason);
}
function getFollowup(db2, recordId) {
  return stmt(db2, `SELECT * FROM followups WHERE record_id = ?`).get(recordId);
}
function openFollowupOf(db2, sourceId) {
  return stmt(
    db2,
    `SELECT f.record_id, r.no FROM followups f JOIN records r ON r.id = f.record_id
      WHERE f.source_id = ? AND r.status = 'due' AND r.voided = 0 ORDER BY r.id DESC LIMIT 1`
  ).get(sourceId);
}
function recordFollowupResult(db2, recordId, r) {
  stmt(db2, `UPDATE followups SET method = ?, satisfaction = ?, note = ?, done_at = ? WHERE record_id = ?`).run(r.method, r.satisfaction, r.note, r.doneAt, recordId);
}
function dueFollowups(db2) {
  return stmt(
    db2,
    `SELECT hf.no, hf.status, u.code AS unit_code, src.no AS source_no, src.type AS source_type, f.reason, d.due_at, d.opens_at, c.class AS source_class
       FROM records hf JOIN followups f ON f.record_id = hf.id JOIN records src ON src.id = f.source_id
       LEFT JOIN units u ON u.id = hf.unit_id
       LEFT JOIN deadlines d ON d.record_id = hf.id AND d.step = 'followup'
       LEFT JOIN complaints c ON c.record_id = src.id
      WHERE hf.type = 'followup' AND hf.status = 'due' AND hf.voided = 0
      ORDER BY d.due_at IS NULL, d.due_at, hf.id`
  ).all();
}
function followupOfRecord(db2, recordId) {
  return stmt(
    db2,
    `SELECT f.*, r.no AS source_no, c.class AS source_class FROM followups f JOIN records r ON r.id = f.source_id
       LEFT JOIN complaints c ON c.record_id = r.id WHERE f.record_id = ?`
  ).get(recordId);
}
var init_followups = __esm({
  "src/store/followups.ts"() {
    "use strict";
    init_db();
  }
});

// src/app/followups.ts
function scheduleFollowup(s, source, o) {
  const open = openFollowupOf(s.db, source.id);
  if (open) {
    const hf2 = getRecordById(s.db, open.record_id);
    openDeadline(s, hf2, "followup", o.ruleKey, o.from, { tightest: true });
    return getRecordById(s.db, hf2.id);
  }
  const hf = createRecord(s, { type: "followup", prefix: PREFIXES.followup, status: "due", unitId: source.unit_id, eventAt: o.from, data: { source: source.no, reason: o.reason } });
  insertFollowup(s.db, { recordId: hf.id, sourceId: source.id, reason: o.reason });
  link(s.db, source.id, hf.id, "followup");
  openDeadline(s, hf, "followup", o.ruleKey, o.from);
  return getRecordById(s.db, hf.id);
}
var init_followups2 = __esm({
  "src/app/followups.ts"() {
    "use strict";
    init_numbers();
    init_followups();
    init_links();
    init_records();
    init_loop();
  }
});

// src/app/records.ts
function recordJson(s, r, kind8, unmask = false) {
  const base = {
    no: r.no,
    type: r.type,
    status: r.status,
    unit: r.unit_code,
    createdAt: r.event_at,
    enteredAt: r.created_at,
    updatedAt: r.updated_at,
    dueAt: r.voided || kind8?.final.includes(r.status) ? null : r.next_due,
    overdue: !r.voided && !kind8?.final.includes(r.status) && r.next_due !== null && r.next_due < s.now,
    voided: !!r.voided
  };
  if (r.voided) base.voidReason = r.void_reason;
  return kind8?.detail ? { ...base, ...kind8.detail(s, r, unmask) } : base;
}
function readFresh(io2, kind8, fn) {
  if (!kind8.refresh) return read(io2, fn);
  return write(io2, (s) => {
    kind8.refresh(s);
    return fn(s);
  });
}
function listOf(io2, kind8, o) {
  return listPage(io2, kind8, o).rows;
}
function listPage(io2, kind8, o, newest) {
  return readFresh(io2, kind8, (s) => {
    let from = o.from ? parseInstant(o.from, s.tz, { flag: "from" }) : void 0;
    let to = o.to ? parseInstant(o.to, s.tz, { flag: "to", endOfDay: true }) : void 0;
    if (o.month) ({ from, to } = monthRange(o.month, s.tz));
    let unitId;
    if (o.unit) {
      const u = getUnit(s.db, o.unit.trim());
      if (!u) refuse("E_NOT_FOUND", "err.noUnit", { code: o.unit });
      unitId = u.id;
    }
    const filters = Object.entries(kind8.listFilters ?? {}).filter(([opt]) => o[opt] !== void 0);
    const page = filters.length ? void 0 : newest;
    let out2 = [];
    let total = 0;
    for (const type of kind8.types) {
      const f = { type, status: o.status, open: o.open, finalStates: kind8.final, overdueAt: o.overdue ? s.now : void 0, unitId, from, to: to && !o.month ? bump(to) : to };
      for (const r of listRecords(s.db, { ...f, newest: page })) out2.push(recordJson(s, r, kind8));
      if (page !== void 0) total += countRecords(s.db, f);
    }
    if (filters.length) out2 = out2.filter((r) => filters.every(([opt, field]) => String(r[field] ?? "") === String(o[opt])));
    if (page === void 0) total = out2.length;
    out2.sort((a, b) => a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
    return { rows: newest !== void 0 ? out2.slice(-newest) : out2, total };
  });
}
function bump(to) {
  return new Date(Date.parse(to) + 1e3).toISOString();
}
var init_records2 = __esm({
  "src/app/records.ts"() {
    "use strict";
    init_errors();
    init_time();
    init_money();
    init_records();
    init_ledger();
    init_links();
    init_units();
    init_loop();
    init_session();
  }
});

// src/app/registry.ts
function requireUnit(s, code) {
  const u = getUnit(s.db, String(code).trim());
  if (!u) refuse("E_NOT_FOUND", "err.noUnit", { code });
  return u;
}
function resolveResident(s, text6, unitId) {
  const v = String(text6).trim();
  if (/^\d+$/.test(v)) {
    const r = getResident(s.db, Number(v));
    if (!r) refuse("E_NOT_FOUND", "err.noResident", { value: v });
    return r;
  }
  let found = findByName(s.db, v);
  if (unitId !== void 0 && found.length > 1) found = found.filter((r) => linkOf(s.db, unitId, r.id));
  if (found.length === 1) return found[0];
  if (!found.length) refuse("E_NOT_FOUND", "err.noResident", { value: v });
  refuse("E_AMBIGUOUS", "err.ambiguousResident", { value: v, ids: found.map((r) => r.id).join(", ") });
}
var init_registry3 = __esm({
  "src/app/registry.ts"() {
    "use strict";
    init_errors();
    init_registry2();
    init_db();
    init_units();
    init_residents();
    init_profile();
    init_session();
    init_profile2();
    init_identity();
  }
});

// src/render/html.ts
var html_exports = {};
__export(html_exports, {
  renderForms: () => renderForms
});
import fs4 from "node:fs";
import path4 from "node:path";
import { Eta } from "eta";
function engine() {
  eta ??= new Eta({ views: path4.join(packageRoot(), "templates"), autoEscape: true, cache: true });
  return eta;
}
function renderForms(forms, ctx) {
  const e = engine();
  const body = forms.map((f) => {
    const file = path4.join(packageRoot(), "templates", "forms", `${f.template}.eta`);
    if (!fs4.existsSync(file)) throw new Error(`template not found: ${file}`);
    return `<section class="form">
${e.render(`./forms/${f.template}`, { ...f.data, title: f.title, lang: ctx.lang, t: ctx.t, estate: ctx.estate })}
</section>`;
  }).join("\n");
  return e.render("./layout", { title: forms.map((f) => f.title).join(" / "), lang: ctx.lang, body });
}
var eta;
var init_html = __esm({
  "src/render/html.ts"() {
    "use strict";
    init_paths();
  }
});

// src/render/htmltree.ts
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENT[e.toLowerCase()] ?? m;
  });
}
function parseHtml(html) {
  const root2 = { tag: "root", cls: [], children: [] };
  const stack = [root2];
  const re = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|([^<]+)/gi;
  let m;
  let skip = 0;
  while (m = re.exec(html)) {
    const top = stack[stack.length - 1];
    if (m[5] !== void 0) {
      if (!skip && m[5].trim()) top.children.push({ tag: "#text", cls: [], text: decode(m[5].replace(/\s+/g, " ")), children: [] });
      continue;
    }
    if (!m[2]) continue;
    const tag = m[2].toLowerCase();
    if (["style", "script", "head", "title"].includes(tag)) {
      skip += m[1] ? -1 : 1;
      continue;
    }
    if (skip) continue;
    if (m[1]) {
      const i = stack.map((n) => n.tag).lastIndexOf(tag);
      if (i > 0) stack.length = i;
      continue;
    }
    const cls = /class\s*=\s*"([^"]*)"/i.exec(m[3])?.[1].split(/\s+/).filter(Boolean) ?? [];
    const node = { tag, cls, children: [] };
    top.children.push(node);
    if (!VOID.has(tag) && !m[4]) stack.push(node);
  }
  return root2;
}
function textOf(n) {
  if (n.tag === "#text") return n.text ?? "";
  if (n.tag === "br") return "\n";
  return n.children.map(textOf).join("").replace(/[ \t]+\n/g, "\n");
}
var VOID, ENT;
var init_htmltree = __esm({
  "src/render/htmltree.ts"() {
    "use strict";
    VOID = /* @__PURE__ */ new Set(["br", "meta", "hr", "img", "input", "link", "col"]);
    ENT = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
  }
});

// src/render/pdf.ts
var pdf_exports = {};
__export(pdf_exports, {
  docToPdf: () => docToPdf,
  htmlToPdf: () => htmlToPdf
});
import { createRequire as createRequire2 } from "node:module";
import path5 from "node:path";
function fonts() {
  const req = createRequire2(import.meta.url);
  const dir = path5.join(path5.dirname(req.resolve("@embedpdf/fonts-sc")), "..", "fonts");
  return { regular: path5.join(dir, "NotoSansHans-Regular.otf"), bold: path5.join(dir, "NotoSansHans-Medium.otf") };
}
async function newDoc(title) {
  const { default: PDFDocument } = await import("pdfkit");
  const doc3 = new PDFDocument({ size: "A4", margin: 42, info: { Title: title, Producer: "pmdesk" } });
  const f = fonts();
  doc3.registerFont("body", f.regular);
  doc3.registerFont("bold", f.bold);
  doc3.font("body");
  const chunks = [];
  doc3.on("data", (c) => chunks.push(c));
  const done = new Promise((resolve2) => doc3.on("end", () => resolve2(Buffer.concat(chunks))));
  return { doc: doc3, done };
}
function ensure(doc3, h) {
  if (doc3.y + h > doc3.page.height - doc3.page.margins.bottom) doc3.addPage();
}
function drawTable(doc3, head, rows, opts = {}) {
  const fs6 = opts.fontSize ?? 9;
  const cols = Math.max(head?.length ?? 0, ...rows.map((r) => r.length), 1);
  const total = width(doc3);
  doc3.fontSize(fs6);
  const natural = Array.from(
    { length: cols },
    (_, i) => Math.max(total * 0.08, ...[head ?? [], ...rows].map((r) => Math.min(doc3.widthOfString(String(r[i] ?? "")) + 10, total * 0.6)))
  );
  const scale = total / natural.reduce((a, b) => a + b, 0);
  const w = natural.map((x) => x * scale);
  const x0 = doc3.page.margins.left;
  const drawRow = (cells, header) => {
    doc3.font(header ? "bold" : "body").fontSize(fs6);
    const h = Math.max(...cells.map((c, i) => doc3.heightOfString(String(c ?? ""), { width: w[i] - 8 }))) + 8;
    ensure(doc3, h);
    let x = x0;
    const y = doc3.y;
    cells.forEach((c, i) => {
      if (header || opts.headerCol && i === 0) doc3.rect(x, y, w[i], h).fillAndStroke("#eeeeee", "#000000").fillColor("#000000");
      else doc3.rect(x, y, w[i], h).stroke();
      doc3.text(String(c ?? ""), x + 4, y + 4, { width: w[i] - 8 });
      x += w[i];
    });
    doc3.x = x0;
    doc3.y = y + h;
  };
  if (head) drawRow(head, true);
  for (const r of rows) drawRow(Array.from({ length: cols }, (_, i) => r[i] ?? ""), false);
  doc3.font("body");
  doc3.moveDown(0.5);
}
async function docToPdf(d) {
  const { doc: doc3, done } = await newDoc(d.title);
  doc3.font("bold").fontSize(16).text(d.title, { align: "center" });
  doc3.font("body").fontSize(10).text(d.subtitle, { align: "center" }).moveDown();
  for (const s of d.sections) {
    ensure(doc3, 60);
    doc3.font("bold").fontSize(12).text(s.title).moveDown(0.3);
    doc3.font("body").fontSize(9);
    for (const l of s.lines ?? []) doc3.text(l);
    if (s.lines?.length) doc3.moveDown(0.3);
    for (const t of s.tables) {
      if (t.title) doc3.font("bold").fontSize(10).text(t.title).font("body");
      drawTable(doc3, t.head, t.rows.map((r) => r.map((c) => c === null ? "" : String(c))));
    }
    doc3.moveDown(0.5);
  }
  doc3.end();
  return done;
}
async function htmlToPdf(html, title) {
  const { doc: doc3, done } = await newDoc(title);
  const root2 = parseHtml(html);
  let first = true;
  const walk = (n) => {
    if (n.tag === "#text") {
      const t = (n.text ?? "").trim();
      if (t) doc3.font("body").fontSize(10).text(t);
      return;
    }
    switch (n.tag) {
      case "section":
        if (!first) doc3.addPage();
        first = false;
        n.children.forEach(walk);
        return;
      case "h1":
        doc3.font("bold").fontSize(16).text(textOf(n).trim(), { align: "center" }).font("body").moveDown(0.3);
        return;
      case "h2":
      case "h3":
        doc3.font("bold").fontSize(12).text(textOf(n).trim()).font("body").moveDown(0.2);
        return;
      case "table": {
        const trs = [];
        const collect = (x) => x.tag === "tr" ? trs.push(x) : x.children.forEach(collect);
        collect(n);
        const cells = (tr) => tr.children.filter((c) => c.tag === "td" || c.tag === "th");
        const firstRow = trs[0] ? cells(trs[0]) : [];
        const headRow = firstRow.length > 0 && firstRow.every((c) => c.tag === "th");
        const body = (headRow ? trs.slice(1) : trs).map((tr) => cells(tr).map((c) => textOf(c).trim()));
        const headerCol = !headRow && trs.some((tr) => cells(tr)[0]?.tag === "th");
        drawTable(doc3, headRow ? firstRow.map((c) => textOf(c).trim()) : null, body, { fontSize: 10, headerCol });
        return;
      }
      case "div":
        if (n.cls.includes("signatures")) {
          const parts = n.children.filter((c) => c.tag !== "#text").map((c) => textOf(c).trim());
          ensure(doc3, 60);
          doc3.moveDown(1.5);
          const w = width(doc3) / Math.max(parts.length, 1);
          const y = doc3.y;
          parts.forEach((p, i) => {
            const x = doc3.page.margins.left + i * w;
            doc3.moveTo(x + 4, y).lineTo(x + w - 8, y).stroke();
            doc3.fontSize(10).text(p, x + 4, y + 4, { width: w - 12 });
          });
          doc3.x = doc3.page.margins.left;
          doc3.y = y + 40;
          return;
        }
        if (n.cls.some((c) => ["meta", "estate", "copies"].includes(c)) || n.children.every((c) => c.tag === "#text" || c.tag === "span" || c.tag === "br" || c.tag === "b" || c.tag === "strong")) {
          const t = (n.cls.includes("meta") ? n.children.map((c) => textOf(c).trim()).filter(Boolean).join("    ") : textOf(n)).trim();
          if (t) doc3.font("body").fontSize(n.cls.includes("copies") ? 8 : 10).text(t, { align: n.cls.includes("estate") ? "center" : n.cls.includes("copies") ? "right" : "left" }).moveDown(0.2);
          return;
        }
        n.children.forEach(walk);
        return;
      case "p":
      case "li": {
        const t = textOf(n).trim();
        if (t) doc3.font("body").fontSize(10).text(n.tag === "li" ? `\u2022 ${t}` : t).moveDown(0.2);
        return;
      }
      default:
        n.children.forEach(walk);
    }
  };
  walk(root2);
  doc3.end();
  return done;
}
var width;
var init_pdf = __esm({
  "src/render/pdf.ts"() {
    "use strict";
    init_htmltree();
    width = (doc3) => doc3.page.width - doc3.page.margins.left - doc3.page.margins.right;
  }
});

// src/app/repair.ts
var repair_exports = {};
__export(repair_exports, {
  REPAIR_MACHINE: () => REPAIR_MACHINE,
  addEvent: () => addEvent2,
  complete: () => complete,
  createRepair: () => createRepair,
  dispatch: () => dispatch,
  dropDeadline: () => dropDeadline,
  kind: () => kind,
  monthlySection: () => monthlySection,
  newRepair: () => newRepair,
  onFollowup: () => onFollowup,
  quote: () => quote,
  repairLog: () => repairLog
});
import fs5 from "node:fs";
function createRepair(s, n) {
  if (!n.description?.trim()) refuse("E_USAGE", "err.required", { flag: "desc" });
  const size = n.size ?? "small";
  const urgency = n.help ? "emergency" : n.urgency ?? "normal";
  const r = createRecord(s, {
    type: "repair",
    prefix: PREFIXES.repair,
    status: "new",
    unitId: n.unitId,
    eventAt: n.eventAt,
    data: { description: n.description, source: n.source ?? "desk", from: n.from?.no, urgency, help: n.help ?? void 0 }
  });
  insertRepair(s.db, {
    record_id: r.id,
    source: n.source ?? "desk",
    kind: n.kind ?? "other",
    urgency,
    size,
    public_place: n.publicPlace ?? null,
    location: n.location ?? null,
    reporter: n.reporter ?? null,
    phone: n.phone ?? null,
    description: n.description.trim(),
    agreed_at: n.agreedAt ?? null
  });
  setRepairExtra(s.db, r.id, { help: n.help ?? null, reported_at: r.event_at });
  if (n.from) link(s.db, n.from.id, r.id, n.rel ?? "created");
  if (urgency === "emergency") openDeadline(s, r, "answer", "R-505.answer", r.event_at);
  const rule = completionRule({ source: n.source ?? "desk", size, agreed: !!n.agreedAt });
  if (n.agreedAt) openDeadlineAt(s, r, "complete", rule, n.agreedAt);
  else openDeadline(s, r, "complete", rule, r.event_at);
  return getRecordById(s.db, r.id);
}
function newRepair(io2, o) {
  return write(io2, (s) => {
    if (!!o.unit === !!o.public) refuse("E_USAGE", "err.repairWhere");
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const kinds = s.profile.repair?.kinds ?? ["other"];
    const dflt = o.public && kinds.includes("public-facility") ? "public-facility" : kinds.includes("other") ? "other" : kinds[0];
    const kind8 = choice(o.kind, "kind", kinds, dflt);
    const help = o.help === void 0 ? null : choice(o.help, "help", HELP_KINDS);
    if (o.urgency !== void 0) choice(o.urgency, "urgency", URGENCIES);
    const urgency = helpUrgency(help, o.urgency);
    if (urgency === "conflict") refuse("E_VALUE", "err.helpUrgency");
    const agreedAt = o.agreed ? parseInstant(o.agreed, s.tz, { flag: "agreed" }) : null;
    if (agreedAt && agreedAt <= s.at) refuse("E_VALUE", "err.agreedPast", { agreed: agreedAt });
    const r = createRepair(s, {
      unitId: unit?.id ?? null,
      publicPlace: o.public ? text2(o.public, "public", 100) : null,
      location: o.location ? text2(o.location, "location", 100) : null,
      description: text2(o.desc, "desc"),
      reporter: text2(o.reporter, "reporter", 64),
      phone: normalizePhone(o.phone ?? "", "phone"),
      kind: kind8,
      urgency,
      help,
      size: o.large ? "large" : "small",
      agreedAt,
      source: "desk"
    });
    return repairJson(s, r);
  });
}
function agree(s, r, raw) {
  const agreedAt = parseInstant(raw, s.tz, { flag: "agreed" });
  if (agreedAt <= s.at) refuse("E_VALUE", "err.agreedPast", { agreed: agreedAt });
  const d = getRepairFull(s.db, r.id);
  if (d.completed_at) refuse("E_STATE", "err.agreedDone", { no: r.no });
  correct(s, r.no, "agreedAt", d.agreed_at, agreedAt);
  updateRepair(s.db, r.id, { agreed_at: agreedAt });
  openDeadlineAt(s, r, "complete", completionRule({ source: d.source, size: d.size, agreed: true }), agreedAt);
}
function dispatch(io2, no, o) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["repair"], "repair");
    const tech = text2(o.tech, "tech", 64);
    const materials = o.materials ? text2(o.materials, "materials") : null;
    const moved = move(s, r, REPAIR_MACHINE, "dispatched", "dispatch", { tech, materials, agreed: o.agreed });
    updateRepair(s.db, r.id, { tech, materials });
    if (o.agreed) agree(s, moved, o.agreed);
    closeDeadline(s, r, "answer");
    return repairJson(s, moved);
  });
}
function quote(io2, no, o) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["repair"], "repair");
    const d = getRepairFull(s.db, r.id);
    if (o.item !== void 0 && o.amount !== void 0) refuse("E_USAGE", "err.amountOrItem");
    let amountFen = null;
    if (o.item !== void 0) {
      const list = s.profile.repair?.priceList ?? {};
      if (!Object.prototype.hasOwnProperty.call(list, o.item)) refuse("E_VALUE", "err.priceItem", { item: o.item, items: Object.keys(list).join(" ") || "-" });
      amountFen = list[o.item];
      if (!Number.isSafeInteger(amountFen) || amountFen < 0) refuse("E_VALUE", "err.priceValue", { item: o.item });
    } else if (o.amount !== void 0) amountFen = parseYuan(o.amount, "amount");
    let cur = r;
    if (r.status === "quoted") {
      if (amountFen !== null && amountFen !== d.quote_fen) {
        correct(s, r.no, "quoteFen", d.quote_fen, amountFen);
        setRepairExtra(s.db, r.id, { quote_fen: amountFen });
        addEvent2(s, r, "requote", { amountFen, item: o.item });
      }
    } else {
      if (amountFen === null) {
        if (REPAIR_MACHINE.next[r.status]?.includes("quoted")) refuse("E_USAGE", "err.quoteAmount", { no: r.no });
        amountFen = 0;
      }
      cur = move(s, r, REPAIR_MACHINE, "quoted", "quote", { amountFen, item: o.item });
      setRepairExtra(s.db, r.id, { quote_fen: amountFen });
    }
    if (o.consent) {
      cur = move(s, cur, REPAIR_MACHINE, "in-progress", "consent", { amountFen: amountFen ?? d.quote_fen });
      setRepairExtra(s.db, r.id, { consent_at: s.at });
    }
    return repairJson(s, cur);
  });
}
function complete(io2, no, o) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["repair"], "repair");
    const d = getRepairFull(s.db, r.id);
    if (s.at < r.event_at) refuse("E_VALUE", "err.completeBeforeReport", { no: r.no, reported: r.event_at });
    const paidFen = o.paid !== void 0 ? parseYuan(o.paid, "paid") : null;
    const receipt = o.receipt === void 0 ? null : text2(o.receipt, "receipt", 64) || null;
    if (r.status === "quoted") refuse("E_STATE", "err.noConsent", { no: r.no });
    if (paidFen !== null && d.quote_fen === null) refuse("E_STATE", "err.noQuote", { no: r.no });
    if (d.quote_fen !== null && paidFen === null) refuse("E_USAGE", "err.paidRequired", { no: r.no, amount: formatFen(d.quote_fen) });
    if (paidFen !== null && receipt === null) refuse("E_USAGE", "err.receiptRequired");
    const comment = o.comment ? text2(o.comment, "comment") : null;
    const moved = move(s, r, REPAIR_MACHINE, "completed", "complete", { paidFen, receipt, comment, signed: o.signed !== false });
    updateRepair(s.db, r.id, { completed_at: s.at, comment, paid: paidFen !== null ? 1 : 0, amount_fen: paidFen, receipt_no: receipt });
    setRepairExtra(s.db, r.id, { signed: o.signed === false ? 0 : 1 });
    if (paidFen) post(s, r, { item: "repair-fee", direction: "received", amountFen: paidFen, receiptNo: receipt });
    closeDeadline(s, r, "complete");
    closeDeadline(s, r, "answer");
    const reworked = closeDeadline(s, r, "rework");
    scheduleRepairFollowup(s, getRecordById(s.db, r.id), reworked);
    return repairJson(s, moved);
  });
}
function scheduleRepairFollowup(s, r, reworked) {
  const d = getRepairFull(s.db, r.id);
  const completedAt = d.completed_at;
  const plan = followupPlan({
    source: d.source,
    publicPlace: d.public_place,
    help: d.help,
    reportedDate: localDate(d.reported_at ?? r.event_at, s.tz),
    completedDate: localDate(completedAt, s.tz),
    agreedAt: d.agreed_at,
    completedAt,
    reworked
  });
  if (plan.coverage) {
    const rate = Number(s.profile.coverage?.[plan.coverage] ?? 1);
    const { from } = monthRange(localDate(completedAt, s.tz).slice(0, 7), s.tz);
    const k = completionRank(s.db, r.id, plan.sampleClass === "public", from, completedAt);
    if (!sampled(k, rate)) return;
  }
  for (const ruleKey of plan.ruleKeys) scheduleFollowup(s, r, { ruleKey, from: completedAt, reason: plan.reason });
}
function onFollowup(s, source, result) {
  if (source.voided) return;
  const to = afterFollowup(source.status, result.satisfaction);
  if (to === "closed") move(s, source, REPAIR_MACHINE, "closed", "close", { followup: result.followupNo, satisfaction: result.satisfaction });
  if (to === "reopened") {
    const r = move(s, source, REPAIR_MACHINE, "reopened", "reopen", { followup: result.followupNo, satisfaction: result.satisfaction });
    const d = getRepairFull(s.db, r.id);
    openDeadline(s, r, "rework", completionRule({ source: d.source, size: d.size, agreed: false }), s.at);
  }
}
async function repairLog(io2, o) {
  if (o.date && o.month) refuse("E_USAGE", "err.dateOrMonth");
  const format = o.format ?? (io2.json ? "json" : "table");
  if (!["table", "json", "html", "pdf"].includes(format)) refuse("E_USAGE", "err.format", { value: format, choices: "table json html pdf" });
  if (o.out && fs5.existsSync(o.out)) refuse("E_FILE", "err.outExists", { file: o.out });
  if (format === "pdf" && !o.out) refuse("E_USAGE", "err.pdfOut");
  const { period, estate } = read(io2, (s) => {
    if (o.month) {
      monthRange(o.month, s.tz);
      return { period: o.month, estate: s.profile.estate.name };
    }
    const day = o.date ? localDate(parseInstant(o.date, s.tz, { flag: "date" }), s.tz) : localDate(s.now, s.tz);
    return { period: day, estate: s.profile.estate.name };
  });
  const rows = listOf(io2, kind, o.month ? { month: o.month } : { from: period, to: period });
  const result = { period, count: rows.length, rows };
  if (format === "table" || format === "json") return { ...result, format };
  const { renderForms: renderForms2 } = await Promise.resolve().then(() => (init_html(), html_exports));
  const html = renderForms2([{ template: "repair-log", title: io2.t("repair.log.title"), data: { period, rows } }], { lang: io2.lang, t: io2.t, estate });
  if (format === "pdf") {
    const { htmlToPdf: htmlToPdf2 } = await Promise.resolve().then(() => (init_pdf(), pdf_exports));
    const pdf = await htmlToPdf2(html, `${io2.t("repair.log.title")} ${period}`);
    fs5.writeFileSync(o.out, pdf, { mode: 384, flag: "wx" });
    return { period, count: rows.length, format, out: o.out, bytes: pdf.length };
  }
  if (o.out) fs5.writeFileSync(o.out, html, { mode: 384, flag: "wx" });
  return { period, count: rows.length, format, out: o.out ?? null, bytes: Buffer.byteLength(html), html: o.out ? void 0 : html };
}
function repairJson(s, r) {
  return recordJson(s, getRecordById(s.db, r.id), kind);
}
function detail(s, r, unmask) {
  const d = getRepairFull(s.db, r.id);
  if (!d) return {};
  const dl = listDeadlines(s.db, r.id).find((x) => x.step === "complete");
  const onTime = dl?.done_at ? dl.done_at <= dl.due_at : null;
  const position = r.unit_id && !r.voided ? sameKindPosition(s.db, r.unit_id, d.kind, r.event_at, r.id) : 0;
  return {
    kind: d.kind,
    urgency: d.urgency,
    help: d.help,
    public: d.public_place,
    location: d.location,
    description: d.description,
    reporter: d.reporter,
    phone: d.phone == null ? null : unmask ? d.phone : maskPhone(d.phone),
    source: d.source,
    size: d.size,
    tech: d.tech,
    materials: d.materials,
    paid: d.quote_fen !== null || !!d.paid,
    // 有偿: quoted or paid
    quoteFen: d.quote_fen,
    consentAt: d.consent_at,
    amountFen: d.amount_fen ?? 0,
    receiptNo: d.receipt_no,
    agreedAt: d.agreed_at,
    completedAt: d.completed_at,
    comment: d.comment,
    signed: d.completed_at ? !!d.signed : null,
    onTime,
    repeat: isRepeat(position),
    sameKindCount: position
  };
}
function monthlySection(s, from, to) {
  const m = repairMonth(s.db, from, to);
  const c = repairCompletions(s.db, from, to);
  return {
    requests: m.requests,
    public: m.public,
    emergencies: m.emergencies,
    completed: c.completed,
    onTime: c.onTime,
    late: c.late,
    paidCount: c.paidCount,
    paidRevenueFen: repairRevenue(s.db, from, to),
    repeats: repairRepeats(s.db, from, to)
  };
}
var kind;
var init_repair3 = __esm({
  "src/app/repair.ts"() {
    "use strict";
    init_errors();
    init_numbers();
    init_money();
    init_identity();
    init_input();
    init_time();
    init_followup2();
    init_repair2();
    init_repairs();
    init_links();
    init_records();
    init_loop();
    init_followups2();
    init_kinds();
    init_records2();
    init_registry3();
    init_session();
    kind = {
      ...KINDS.repair,
      detail,
      listFilters: { kind: "kind", tech: "tech", urgency: "urgency", helpKind: "help", repeat: "repeat" },
      exportColumns: {
        header: ["csv.kind", "csv.urgency", "csv.public", "csv.reporter", "csv.phone", "csv.description", "csv.tech", "csv.amount", "csv.receipt_no", "csv.completed", "csv.onTime"],
        // Streaming export (quality.md: 250,000 rows): two indexed lookups per row, no repeat count.
        row: (s, r, unmask) => {
          const d = getRepairFull(s.db, r.id);
          if (!d) return [];
          const dl = completionDeadline(s.db, r.id);
          const onTime = dl?.done_at ? dl.done_at <= dl.due_at : null;
          const phone = d.phone == null ? null : unmask ? d.phone : maskPhone(d.phone);
          return [d.kind, d.urgency, d.public_place, d.reporter, phone, d.description, d.tech, d.amount_fen ? formatFen(d.amount_fen) : "", d.receipt_no, d.completed_at, onTime === null ? "" : onTime ? "yes" : "no"];
        }
      },
      print(s, r, unmask) {
        const d = detail(s, r, unmask);
        const data = { no: r.no, unit: r.unit_code, createdAt: r.event_at, ...d, amount: d.amountFen ? formatFen(d.amountFen) : d.quoteFen ? formatFen(d.quoteFen) : "" };
        return [1, 2].map((copy) => ({ template: "repair-work-order", title: s.io.t("repair.form.title"), data: { ...data, copy } }));
      }
    };
  }
});

// src/domain/keys.ts
function hookName(n) {
  return `K${String(n).padStart(4, "0")}`;
}
function parseKeyRef(ref) {
  const s = ref.trim();
  const i = s.lastIndexOf(":");
  if (i > 0 && KEY_KINDS.includes(s.slice(i + 1))) return { unit: s.slice(0, i), kind: s.slice(i + 1) };
  return { hook: s };
}
var KEY_KINDS, CUSTODY, LOAN_MACHINE, LOST_MACHINE;
var init_keys2 = __esm({
  "src/domain/keys.ts"() {
    "use strict";
    KEY_KINDS = ["door", "mailbox", "other"];
    CUSTODY = ["developer", "entrusted", "unsold", "public"];
    LOAN_MACHINE = {
      type: "keyMove",
      next: { open: ["returned"], returned: ["inspecting", "closed"], inspecting: ["closed"] },
      verbs: { returned: "keys return", inspecting: "keys return --inspection fail", closed: "keys return --inspection pass" }
    };
    LOST_MACHINE = {
      type: "keyMove",
      next: { open: ["closed"], returned: ["closed"], inspecting: ["closed"] },
      verbs: { closed: "keys lost" }
    };
  }
});

// src/store/keys.ts
function nextHookNumber(db2) {
  return stmt(db2, `SELECT COUNT(*) + 1 AS n FROM key_sets`).get().n;
}
function insertKeySet(db2, k) {
  return Number(
    stmt(db2, `INSERT INTO key_sets(hook, unit_id, kind, count, custody, status, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'in', ?, ?, ?)`).run(
      k.hook,
      k.unitId,
      k.kind,
      k.count,
      k.custody,
      k.owner ?? null,
      k.at,
      k.at
    ).lastInsertRowid
  );
}
function keySetByHook(db2, hook) {
  return stmt(db2, `${SELECT2} WHERE k.hook = ?`).get(hook);
}
function keySetsOf(db2, unitId, kind8) {
  if (kind8) return stmt(db2, `${SELECT2} WHERE k.unit_id = ? AND k.kind = ? ORDER BY k.hook`).all(unitId, kind8);
  return stmt(db2, `${SELECT2} WHERE k.unit_id = ? ORDER BY k.hook`).all(unitId);
}
function keySetById(db2, id) {
  return stmt(db2, `${SELECT2} WHERE k.id = ?`).get(id);
}
function updateKeySet(db2, id, f, at) {
  for (const [k, v] of Object.entries(f)) {
    if (!["status", "holder", "count", "custody"].includes(k)) throw new Error(k);
    stmt(db2, `UPDATE key_sets SET ${k} = ?, updated_at = ? WHERE id = ?`).run(v, at, id);
  }
}
function logKey(db2, e) {
  stmt(db2, `INSERT INTO key_log(key_set_id, at, action, who, count, note, record_id, clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    e.keySetId,
    e.at,
    e.action,
    e.who ?? null,
    e.count ?? null,
    e.note ?? null,
    e.recordId ?? null,
    e.clerk
  );
}
function keyLog(db2, keySetId) {
  return stmt(db2, `SELECT at, action, who, count, note, clerk FROM key_log WHERE key_set_id = ? ORDER BY at, id`).all(keySetId);
}
function insertLoan(db2, l) {
  stmt(db2, `INSERT INTO key_loans(record_id, key_set_id, borrower, phone, reason, count_out, contractor_no) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    l.record_id,
    l.key_set_id,
    l.borrower,
    l.phone,
    l.reason,
    l.count_out,
    l.contractor_no
  );
}
function getLoan(db2, recordId) {
  return stmt(db2, `SELECT * FROM key_loans WHERE record_id = ?`).get(recordId);
}
function updateLoan(db2, recordId, f) {
  for (const [k, v] of Object.entries(f)) {
    if (!["count_back", "inspection", "returned_at"].includes(k)) throw new Error(k);
    stmt(db2, `UPDATE key_loans SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}
function openLoanOf(db2, keySetId) {
  return stmt(
    db2,
    `SELECT r.no, l.borrower FROM key_loans l JOIN records r ON r.id = l.record_id WHERE l.key_set_id = ? AND r.status IN ('open','returned','inspecting') AND r.voided = 0 LIMIT 1`
  ).get(keySetId);
}
function keysOut(db2) {
  return stmt(
    db2,
    `SELECT r.no, k.hook, u.code AS unit, k.kind, l.borrower, l.phone, r.status, r.event_at AS lent_at, l.contractor_no,
            (SELECT due_at FROM deadlines d WHERE d.record_id = r.id AND d.step = 'return' AND d.done_at IS NULL AND d.cancelled = 0) AS due_at
       FROM key_loans l JOIN records r ON r.id = l.record_id JOIN key_sets k ON k.id = l.key_set_id LEFT JOIN units u ON u.id = k.unit_id
      WHERE r.status IN ('open','returned','inspecting') AND r.voided = 0
      ORDER BY due_at IS NULL, due_at`
  ).all();
}
function keysMonth(db2, from, to) {
  const rows = stmt(db2, `SELECT action, COUNT(*) AS n FROM key_log WHERE at >= ? AND at < ? GROUP BY action`).all(from, to);
  return Object.fromEntries(rows.map((r) => [r.action, r.n]));
}
function entrustRegister(db2, unitId) {
  return stmt(
    db2,
    `SELECT k.hook, u.code AS unit, k.kind, k.count, k.owner, k.status, l.at, l.clerk
       FROM key_sets k LEFT JOIN units u ON u.id = k.unit_id JOIN key_log l ON l.key_set_id = k.id AND l.action = 'entrust'
      WHERE k.custody = 'entrusted' AND (? IS NULL OR k.unit_id = ?) ORDER BY l.at, k.hook`
  ).all(unitId, unitId);
}
var SELECT2;
var init_keys3 = __esm({
  "src/store/keys.ts"() {
    "use strict";
    init_db();
    SELECT2 = `SELECT k.*, u.code AS unit_code FROM key_sets k LEFT JOIN units u ON u.id = k.unit_id`;
  }
});

// src/domain/renovation.ts
function requiredDocs2(scope, gas, emissions) {
  const docs = [...BASE_DOCS];
  if (scope.includes("hot-work") || scope.includes("structure")) docs.push("fire-approval");
  if (gas) docs.push("gas-approval");
  if (emissions) docs.push("env-approval");
  return docs;
}
function feesAtPayment(f, unpaidPasses) {
  const out2 = [
    { item: "permit-fee", amountFen: f.permitFeeFen },
    { item: "maintenance-fee", amountFen: f.maintenanceFeeFen },
    { item: "deposit-owner", amountFen: f.renovationDepositOwnerFen },
    { item: "deposit-contractor", amountFen: f.renovationDepositContractorFen }
  ];
  for (let i = 0; i < unpaidPasses; i++) out2.push({ item: "pass-fee", amountFen: f.workerPassFeeFen }, { item: "pass-deposit", amountFen: f.workerPassDepositFen });
  return out2;
}
function ledgerSums(entries) {
  let receivedFen = 0;
  let refundedFen = 0;
  let deductedFen = 0;
  let refundableIn = 0;
  for (const e of entries) {
    if (e.direction === "received") {
      receivedFen += e.amountFen;
      if (REFUNDABLE.includes(e.item)) refundableIn += e.amountFen;
    } else if (e.direction === "refunded") refundedFen += e.amountFen;
    else deductedFen += e.amountFen;
  }
  return { receivedFen, refundedFen, deductedFen, heldFen: refundableIn - refundedFen - deductedFen };
}
function inspectionSlots(from, to, seasons, perDay, maxDays = 400) {
  const out2 = [];
  for (let day = from, i = 0; day <= to && i < maxDays; day = addDays(day, 1), i++) {
    const [, patrolEnd] = seasonOf(day, seasons).patrol;
    if (perDay >= 1) out2.push({ step: `inspect-${day}-am`, date: day, time: "12:00:00" });
    if (perDay >= 2) out2.push({ step: `inspect-${day}-pm`, date: day, time: `${patrolEnd}:00` });
  }
  return out2;
}
function slotOf(localTime) {
  return localTime < "12:00:00" ? "am" : "pm";
}
function passStatus(status, expiresAt, nowMs) {
  return status === "active" && Date.parse(expiresAt) < nowMs ? "expired" : status;
}
function refundSplit(ownerDepositFen, heldFen) {
  const held = Math.max(0, heldFen);
  const ownerFen = Math.min(ownerDepositFen, held);
  return { ownerFen, contractorFen: held - ownerFen };
}
function seasonOf(date, seasons) {
  const md = date.slice(5);
  for (const s of Object.values(seasons)) {
    const inside = s.from <= s.to ? md >= s.from && md <= s.to : md >= s.from || md <= s.to;
    if (inside) return s;
  }
  return Object.values(seasons)[0];
}
var SCOPES, BASE_DOCS, ALL_DOCS, RENOVATION_MACHINE, REFUNDABLE;
var init_renovation = __esm({
  "src/domain/renovation.ts"() {
    "use strict";
    init_calendar();
    SCOPES = ["structure", "plumbing", "electrical", "facade", "hot-work"];
    BASE_DOCS = ["owner-proof", "drawings", "contract", "licence", "qualification", "manager-id", "guarantee"];
    ALL_DOCS = [...BASE_DOCS, "fire-approval", "gas-approval", "env-approval"];
    RENOVATION_MACHINE = {
      type: "renovation",
      next: {
        applied: ["reviewing", "rejected"],
        reviewing: ["approved", "rejected"],
        approved: ["active"],
        active: ["stopped", "accepted"],
        stopped: ["active"],
        accepted: ["closed"]
      },
      verbs: { reviewing: "renovate doc", approved: "renovate approve", rejected: "renovate reject", active: "renovate pay", stopped: "renovate inspect --stop-work", accepted: "renovate accept --pass", closed: "renovate refund" }
    };
    REFUNDABLE = ["deposit-owner", "deposit-contractor", "pass-deposit"];
  }
});

// src/store/renovations.ts
function insertRenovation(db2, r) {
  stmt(
    db2,
    `INSERT INTO renovations(record_id, owner, contractor, licence, qualification, manager_name, manager_id, manager_phone, scope, gas, emissions, start_date, end_date)
     VALUES (@record_id, @owner, @contractor, @licence, @qualification, @manager_name, @manager_id, @manager_phone, @scope, @gas, @emissions, @start_date, @end_date)`
  ).run(r);
}
function getRenovation(db2, recordId) {
  return stmt(db2, `SELECT * FROM renovations WHERE record_id = ?`).get(recordId);
}
function updateRenovation(db2, recordId, f) {
  for (const [k, v] of Object.entries(f)) {
    if (!["conditions", "reject_reason", "permit_no", "prev_unit_status", "accepted_at"].includes(k)) throw new Error(k);
    stmt(db2, `UPDATE renovations SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}
function addDoc(db2, recordId, doc3, at) {
  stmt(db2, `INSERT INTO renovation_docs(record_id, doc, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`).run(recordId, doc3, at);
}
function docsOf(db2, recordId) {
  return stmt(db2, `SELECT doc FROM renovation_docs WHERE record_id = ?`).all(recordId).map((d) => d.doc);
}
function insertPass(db2, p) {
  stmt(db2, `INSERT INTO worker_passes(record_id, pass_no, name, id_number, status, issued_at, expires_at, fee_paid) VALUES (?, ?, ?, ?, 'active', ?, ?, ?)`).run(
    p.record_id,
    p.pass_no,
    p.name,
    p.id_number,
    p.issued_at,
    p.expires_at,
    p.fee_paid
  );
}
function passesOf(db2, recordId) {
  return stmt(db2, `SELECT * FROM worker_passes WHERE record_id = ? ORDER BY id`).all(recordId);
}
function passByNo(db2, passNo) {
  return stmt(db2, `SELECT * FROM worker_passes WHERE pass_no = ?`).get(passNo);
}
function updatePass(db2, id, f) {
  for (const [k, v] of Object.entries(f)) {
    if (!["status", "fee_paid"].includes(k)) throw new Error(k);
    stmt(db2, `UPDATE worker_passes SET ${k} = ? WHERE id = ?`).run(v, id);
  }
}
function addInspection(db2, i) {
  stmt(db2, `INSERT INTO renovation_inspections(record_id, at, result, violation, deadline, stop_work, notice_no, clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    i.recordId,
    i.at,
    i.result,
    i.violation,
    i.deadline,
    i.stopWork ? 1 : 0,
    i.noticeNo,
    i.clerk
  );
}
function inspectionsOf(db2, recordId) {
  return stmt(db2, `SELECT at, result, violation, deadline, stop_work, notice_no FROM renovation_inspections WHERE record_id = ? ORDER BY at, id`).all(recordId);
}
function addSlip(db2, recordId, slipNo, items2, at) {
  stmt(db2, `INSERT INTO release_slips(record_id, slip_no, items, at) VALUES (?, ?, ?, ?)`).run(recordId, slipNo, items2, at);
}
function slipsOf(db2, recordId) {
  return stmt(db2, `SELECT slip_no, items, at FROM release_slips WHERE record_id = ? ORDER BY id`).all(recordId);
}
function settleMissedInspections(db2, recordId, at) {
  stmt(db2, `UPDATE deadlines SET done_at = ? WHERE record_id = ? AND step LIKE 'inspect-%' AND done_at IS NULL AND cancelled = 0 AND due_at <= ?`).run(at, recordId, at);
}
function cancelInspections(db2, recordId, after) {
  stmt(db2, `UPDATE deadlines SET cancelled = 1 WHERE record_id = ? AND step LIKE 'inspect-%' AND done_at IS NULL AND due_at > ?`).run(recordId, after);
}
function renovationMonth(db2, from, to) {
  const count2 = (sql, ...args) => stmt(db2, sql).get(...args).n;
  return {
    applications: count2(`SELECT COUNT(*) AS n FROM records WHERE type = 'renovation' AND voided = 0 AND event_at >= ? AND event_at < ?`, from, to),
    approvals: count2(`SELECT COUNT(*) AS n FROM events e JOIN records r ON r.id = e.record_id WHERE r.type = 'renovation' AND e.kind = 'approve' AND e.event_at >= ? AND e.event_at < ?`, from, to),
    rejections: count2(`SELECT COUNT(*) AS n FROM events e JOIN records r ON r.id = e.record_id WHERE r.type = 'renovation' AND e.kind = 'reject' AND e.event_at >= ? AND e.event_at < ?`, from, to),
    active: count2(`SELECT COUNT(*) AS n FROM records WHERE type = 'renovation' AND voided = 0 AND status IN ('active','stopped')`),
    inspectionsDone: count2(`SELECT COUNT(*) AS n FROM renovation_inspections WHERE at >= ? AND at < ?`, from, to),
    inspectionsRequired: count2(`SELECT COUNT(*) AS n FROM deadlines d INDEXED BY deadlines_due JOIN records r ON r.id = d.record_id WHERE r.type = 'renovation' AND d.step LIKE 'inspect-%' AND d.cancelled = 0 AND d.due_at >= ? AND d.due_at < ?`, from, to),
    inspectionsMissed: count2(`SELECT COUNT(*) AS n FROM deadlines d INDEXED BY deadlines_due JOIN records r ON r.id = d.record_id WHERE r.type = 'renovation' AND d.step LIKE 'inspect-%' AND d.cancelled = 0 AND d.due_at >= ? AND d.due_at < ? AND (d.done_at IS NULL OR d.done_at > d.due_at)`, from, to),
    violations: count2(`SELECT COUNT(*) AS n FROM renovation_inspections WHERE result = 'violation' AND at >= ? AND at < ?`, from, to),
    acceptances: count2(`SELECT COUNT(*) AS n FROM renovations WHERE accepted_at >= ? AND accepted_at < ?`, from, to)
  };
}
function renovationMoney(db2, from, to) {
  return stmt(
    db2,
    `SELECT COALESCE(SUM(CASE WHEN l.direction = 'received' THEN l.amount_fen END), 0) AS receivedFen,
            COALESCE(SUM(CASE WHEN l.direction = 'refunded' THEN l.amount_fen END), 0) AS refundedFen,
            COALESCE(SUM(CASE WHEN l.direction = 'deducted' THEN l.amount_fen END), 0) AS deductedFen
       FROM ledger l INDEXED BY ledger_at JOIN records r ON r.id = l.record_id WHERE r.type = 'renovation' AND l.at >= ? AND l.at < ?`
  ).get(from, to);
}
function heldAt(db2, at) {
  return stmt(
    db2,
    `SELECT COALESCE(SUM(CASE WHEN l.direction = 'received' AND l.item IN ('deposit-owner','deposit-contractor','pass-deposit') THEN l.amount_fen
                                WHEN l.direction IN ('refunded','deducted') THEN -l.amount_fen ELSE 0 END), 0) AS n
         FROM ledger l JOIN records r ON r.id = l.record_id WHERE r.type = 'renovation' AND l.at < ?`
  ).get(at).n;
}
function openRenovationOfUnit(db2, unitId) {
  return stmt(
    db2,
    `SELECT no, status FROM records WHERE unit_id = ? AND type = 'renovation' AND voided = 0 AND status NOT IN ('closed','rejected') ORDER BY id DESC LIMIT 1`
  ).get(unitId);
}
var init_renovations = __esm({
  "src/store/renovations.ts"() {
    "use strict";
    init_db();
  }
});

// src/app/renovate.ts
var renovate_exports = {};
__export(renovate_exports, {
  accept: () => accept,
  apply: () => apply,
  approve: () => approve,
  contractorFor: () => contractorFor,
  deduct: () => deduct,
  doc: () => doc,
  inspect: () => inspect,
  kind: () => kind2,
  ledger: () => ledger,
  monthlySection: () => monthlySection2,
  onVoid: () => onVoid,
  pay: () => pay,
  refund: () => refund,
  reject: () => reject,
  releaseSlip: () => releaseSlip,
  workerAdd: () => workerAdd,
  workerLost: () => workerLost,
  workerReturn: () => workerReturn
});
function load(s, no) {
  const r = loadRecord(s, no, ["renovation"], "renovate");
  return { r, d: getRenovation(s.db, r.id) };
}
function missingDocs(s, r, d) {
  const have = new Set(docsOf(s.db, r.id));
  return requiredDocs2(JSON.parse(d.scope), !!d.gas, !!d.emissions).filter((x) => !have.has(x));
}
function contractorFor(s, no) {
  const { no: n } = parseNo(no);
  const r = getRecord(s.db, n);
  if (!r || r.type !== "renovation") refuse("E_NOT_FOUND", "err.noRecord", { no: n, group: "renovate" });
  if (!["approved", "active", "stopped"].includes(r.status)) refuse("E_STATE", "err.renovationNotActive", { no: r.no, status: r.status });
  const d = getRenovation(s.db, r.id);
  return { no: r.no, unitId: r.unit_id, managerName: d.manager_name, managerPhone: d.manager_phone, status: r.status };
}
function apply(io2, unitCode, o) {
  return write(io2, (s) => {
    const unit = requireUnit(s, unitCode);
    const open = openRenovationOfUnit(s.db, unit.id);
    if (open) refuse("E_EXISTS", "err.renovationOpen", { unit: unit.code, no: open.no, status: open.status });
    if (!["handed-over", "occupied", "leased"].includes(unit.status)) refuse("E_STATE", "err.notHandedOver", { unit: unit.code, status: unit.status });
    const scope = (o.scope ?? "").split(",").map((x) => x.trim()).filter(Boolean);
    for (const x of scope) if (!SCOPES.includes(x)) refuse("E_VALUE", "err.choice", { flag: "scope", value: x, choices: SCOPES.join(",") });
    const start2 = parseInstant(o.start ?? "", s.tz, { flag: "start" }).slice(0, 10);
    const end = parseInstant(o.end ?? "", s.tz, { flag: "end" }).slice(0, 10);
    if (end < start2) refuse("E_VALUE", "err.endBeforeStart", { start: start2, end });
    const r = createRecord(s, { type: "renovation", prefix: PREFIXES.renovation, status: "applied", unitId: unit.id, data: { contractor: o.contractor, scope } });
    insertRenovation(s.db, {
      record_id: r.id,
      owner: o.owner ? text3(o.owner, "owner", 64) : null,
      contractor: text3(o.contractor, "contractor", 100),
      licence: normalizeCreditCode(o.licence ?? "", "licence"),
      qualification: o.qualification ? text3(o.qualification, "qualification", 100) : null,
      manager_name: text3(o.managerName, "manager-name", 64),
      manager_id: normalizeIdNumber(o.managerId ?? "", "manager-id"),
      manager_phone: normalizePhone(o.managerPhone ?? "", "manager-phone"),
      scope: JSON.stringify(scope),
      gas: o.gas ? 1 : 0,
      emissions: o.emissions ? 1 : 0,
      start_date: start2,
      end_date: end
    });
    return view(s, r);
  });
}
function doc(io2, no, docs) {
  return write(io2, (s) => {
    const { r, d } = load(s, no);
    if (r.status !== "applied") refuse("E_STATE", "err.state", { no: r.no, status: r.status, to: "applied", allowed: "-" });
    const need = requiredDocs2(JSON.parse(d.scope), !!d.gas, !!d.emissions);
    for (const x of docs) {
      if (!ALL_DOCS.includes(x)) refuse("E_VALUE", "err.choice", { flag: "doc", value: x, choices: need.join(" ") });
      if (!need.includes(x)) refuse("E_VALUE", "err.renovationDocNotNeeded", { doc: x, docs: need.join(" ") });
      addDoc(s.db, r.id, x, s.at);
    }
    addEvent2(s, r, "doc", { docs });
    let cur = r;
    if (!missingDocs(s, r, d).length) {
      cur = move(s, r, RENOVATION_MACHINE, "reviewing", "complete-file", {});
      openDeadline(s, cur, "review", "R-301.review", s.at);
    }
    return view(s, cur);
  });
}
function approve(io2, no, o) {
  return write(io2, (s) => {
    const { r } = load(s, no);
    const moved = move(s, r, RENOVATION_MACHINE, "approved", "approve", { conditions: o.conditions });
    updateRenovation(s.db, r.id, { conditions: o.conditions ? text3(o.conditions, "conditions", 1e3) : null });
    closeDeadline(s, r, "review");
    return view(s, moved);
  });
}
function reject(io2, no, o) {
  return write(io2, (s) => {
    const { r } = load(s, no);
    const reason = text3(o.reason, "reason", 1e3);
    const moved = move(s, r, RENOVATION_MACHINE, "rejected", "reject", { reason });
    updateRenovation(s.db, r.id, { reject_reason: reason });
    closeDeadline(s, r, "review");
    return view(s, moved);
  });
}
function fees(s) {
  return s.profile.fees;
}
function pay(io2, no, o) {
  return write(io2, (s) => {
    const { r, d } = load(s, no);
    const moved = move(s, r, RENOVATION_MACHINE, "active", "pay", {});
    const unpaid = passesOf(s.db, r.id).filter((p) => !p.fee_paid);
    for (const f of feesAtPayment(fees(s), unpaid.length)) post(s, r, { item: f.item, direction: "received", amountFen: f.amountFen, receiptNo: o.receipt ?? null });
    for (const p of unpaid) updatePass(s.db, p.id, { fee_paid: 1 });
    const permit = `${r.no}-XK`;
    updateRenovation(s.db, r.id, { permit_no: permit });
    if (hotWork(d)) addEvent2(s, moved, "hot-work-permit", { permit: hotWorkPermitNo(r.no) });
    const unit = getUnitById(s.db, r.unit_id);
    updateRenovation(s.db, r.id, { prev_unit_status: unit.status });
    if (unit.status !== "renovating") setUnitStatus(s.db, unit, "renovating", s.at, s.io.clerk, r.id);
    planInspections(s, moved, d);
    return { ...view(s, moved), permit, hotWorkPermit: hotWork(d) ? hotWorkPermitNo(r.no) : null };
  });
}
function hotWork(d) {
  return JSON.parse(d.scope).includes("hot-work");
}
function hotWorkPermitNo(no) {
  return `${no}-DH`;
}
function planInspections(s, r, d) {
  const today = localDate(s.at, s.tz);
  const from = today > d.start_date ? today : d.start_date;
  const perDay = Number(s.profile.renovation.inspectionsPerDay ?? 2);
  for (const slot of inspectionSlots(from, d.end_date, s.profile.renovation.seasons, perDay)) {
    const due = atLocal(slot.date, slot.time, s.tz);
    if (Date.parse(due) > Date.parse(s.at)) openDeadlineAt(s, r, slot.step, "R-304", due);
  }
}
function workerAdd(io2, no, o) {
  return write(io2, (s) => {
    const { r, d } = load(s, no);
    if (!["approved", "active", "stopped", "reviewing", "applied"].includes(r.status) || r.voided) refuse("E_STATE", "err.state", { no: r.no, status: r.status, to: "worker", allowed: "-" });
    const passes = passesOf(s.db, r.id);
    const passNo = `${r.no}-P${String(passes.length + 1).padStart(2, "0")}`;
    const valid = Number(s.profile.renovation.workerPassValidDays ?? 90);
    const expires = atLocal(addDays(localDate(s.at, s.tz), valid) < d.end_date ? addDays(localDate(s.at, s.tz), valid) : d.end_date, "23:59:59", s.tz);
    const paidNow = r.status === "active" || r.status === "stopped";
    insertPass(s.db, { record_id: r.id, pass_no: passNo, name: text3(o.name, "name", 64), id_number: normalizeIdNumber(o.idNumber ?? "", "id-number"), issued_at: s.at, expires_at: expires, fee_paid: paidNow ? 1 : 0 });
    if (paidNow) {
      post(s, r, { item: "pass-fee", direction: "received", amountFen: fees(s).workerPassFeeFen });
      post(s, r, { item: "pass-deposit", direction: "received", amountFen: fees(s).workerPassDepositFen });
    }
    addEvent2(s, r, "worker-add", { pass: passNo, name: o.name });
    return { no: r.no, pass: passNo, expiresAt: expires, feeCollected: paidNow };
  });
}
function loadPass(s, passNo) {
  const p = passByNo(s.db, passNo.trim());
  if (!p) refuse("E_NOT_FOUND", "err.noPass", { pass: passNo });
  return { p, r: getRecordById(s.db, p.record_id) };
}
function workerReturn(io2, passNo) {
  return write(io2, (s) => {
    const { p, r } = loadPass(s, passNo);
    if (p.status !== "active") refuse("E_STATE", "err.passNotActive", { pass: p.pass_no, status: p.status });
    updatePass(s.db, p.id, { status: "returned" });
    if (p.fee_paid) post(s, r, { item: "pass-deposit", direction: "refunded", amountFen: fees(s).workerPassDepositFen });
    addEvent2(s, r, "worker-return", { pass: p.pass_no });
    return { pass: p.pass_no, status: "returned", ...sums(s, r) };
  });
}
function workerLost(io2, passNo) {
  return write(io2, (s) => {
    const { p, r } = loadPass(s, passNo);
    if (p.status !== "active") refuse("E_STATE", "err.passNotActive", { pass: p.pass_no, status: p.status });
    updatePass(s.db, p.id, { status: "lost" });
    post(s, r, { item: "lost-pass", direction: "deducted", amountFen: fees(s).lostPassFen });
    addEvent2(s, r, "worker-lost", { pass: p.pass_no });
    return { pass: p.pass_no, status: "lost", ...sums(s, r) };
  });
}
function inspect(io2, no, o) {
  return write(io2, (s) => {
    const { r } = load(s, no);
    if (!["active", "stopped"].includes(r.status) || r.voided) refuse("E_STATE", "err.state", { no: r.no, status: r.status, to: "inspect", allowed: RENOVATION_MACHINE.verbs?.active ?? "-" });
    if (!!o.ok === !!o.violation) refuse("E_USAGE", "err.inspectChoice");
    const day = localDate(s.at, s.tz);
    closeDeadline(s, r, `inspect-${day}-${slotOf(s.at.slice(11, 19))}`);
    let cur = r;
    if (o.ok) {
      addInspection(s.db, { recordId: r.id, at: s.at, result: "ok", violation: null, deadline: null, stopWork: false, noticeNo: null, clerk: s.io.clerk });
      for (const n of inspectionsOf(s.db, r.id)) if (n.notice_no) closeDeadline(s, r, `rectify-${n.notice_no}`);
      if (r.status === "stopped") cur = move(s, r, RENOVATION_MACHINE, "active", "resume", {});
      else addEvent2(s, r, "inspect", { result: "ok" });
      return view(s, cur);
    }
    const violation = text3(o.violation, "violation", 500);
    const deadline = o.deadline ? parseInstant(o.deadline, s.tz, { flag: "deadline", endOfDay: true }) : null;
    const noticeNo = `${r.no}-N${String(inspectionsOf(s.db, r.id).filter((i) => i.notice_no).length + 1).padStart(2, "0")}`;
    addInspection(s.db, { recordId: r.id, at: s.at, result: "violation", violation, deadline, stopWork: !!o.stopWork, noticeNo, clerk: s.io.clerk });
    if (deadline) openDeadlineAt(s, r, `rectify-${noticeNo}`, "R-305", deadline);
    if (o.stopWork && r.status === "active") cur = move(s, r, RENOVATION_MACHINE, "stopped", "stop-work", { notice: noticeNo, violation });
    else addEvent2(s, r, "violation", { notice: noticeNo, violation });
    return { ...view(s, cur), notice: noticeNo };
  });
}
function releaseSlip(io2, no, o) {
  return write(io2, (s) => {
    const { r } = load(s, no);
    if (!["approved", "active", "stopped", "accepted"].includes(r.status) || r.voided) refuse("E_STATE", "err.state", { no: r.no, status: r.status, to: "release", allowed: "-" });
    const slip = `${r.no}-F${String(slipsOf(s.db, r.id).length + 1).padStart(2, "0")}`;
    addSlip(s.db, r.id, slip, text3(o.items, "items", 500), s.at);
    addEvent2(s, r, "release", { slip });
    return { no: r.no, slip };
  });
}
function accept(io2, no, o) {
  return write(io2, (s) => {
    const { r } = load(s, no);
    if (!!o.pass === !!o.fail) refuse("E_USAGE", "err.acceptChoice");
    if (o.fail) {
      if (!["active", "stopped"].includes(r.status) || r.voided) refuse("E_STATE", "err.state", { no: r.no, status: r.status, to: "accepted", allowed: "-" });
      addEvent2(s, r, "accept-fail", { reason: text3(o.reason, "reason", 500) });
      return view(s, r);
    }
    const moved = move(s, r, RENOVATION_MACHINE, "accepted", "accept", {});
    updateRenovation(s.db, r.id, { accepted_at: s.at });
    cancelInspections(s.db, r.id, s.at);
    settleMissedInspections(s.db, r.id, s.at);
    openDeadline(s, moved, "refund", "R-307.refund", s.at);
    return view(s, moved);
  });
}
function refund(io2, no, o) {
  return write(io2, (s) => {
    const { r, d } = load(s, no);
    if (r.status !== "accepted") refuse("E_STATE", "err.refundBeforeAccept", { no: r.no, status: r.status });
    for (const p of passesOf(s.db, r.id)) if (p.status === "active" && p.fee_paid) post(s, r, { item: "unreturned-pass", direction: "deducted", amountFen: fees(s).workerPassDepositFen });
    const before = sums(s, r);
    const f = fees(s);
    const deductedFromDeposits = ledgerOf(s.db, r.id).filter((l) => l.direction === "deducted" && l.item !== "unreturned-pass").reduce((a, l) => a + l.amount_fen, 0);
    const { ownerFen: ownerBack, contractorFen: contractorBack } = refundSplit(f.renovationDepositOwnerFen, before.heldFen);
    if (ownerBack) post(s, r, { item: "deposit-owner", direction: "refunded", amountFen: ownerBack, receiptNo: o.receipt ?? null });
    if (contractorBack) post(s, r, { item: "deposit-contractor", direction: "refunded", amountFen: contractorBack, receiptNo: o.receipt ?? null });
    const moved = move(s, r, RENOVATION_MACHINE, "closed", "refund", { ownerBack, contractorBack, deductedFromDeposits });
    closeDeadline(s, r, "refund");
    const unit = getUnitById(s.db, r.unit_id);
    if (unit.status === "renovating") setUnitStatus(s.db, unit, d.prev_unit_status && d.prev_unit_status !== "renovating" ? d.prev_unit_status : "handed-over", s.at, s.io.clerk, r.id);
    return { ...view(s, moved), ...sums(s, r) };
  });
}
function deduct(io2, no, o) {
  return write(io2, (s) => {
    const { r } = load(s, no);
    if (r.voided || ["closed", "rejected", "applied", "reviewing", "approved"].includes(r.status)) refuse("E_STATE", "err.state", { no: r.no, status: r.status, to: "deduct", allowed: "-" });
    if (o.lostPermit && o.amount !== void 0) refuse("E_USAGE", "err.deductChoice");
    const amountFen = o.lostPermit ? fees(s).lostPermitFen : parseYuan(o.amount ?? "", "amount");
    if (amountFen > sums(s, r).heldFen) refuse("E_VALUE", "err.deductTooMuch", { held: (sums(s, r).heldFen / 100).toFixed(2) });
    if (o.lostPermit) {
      post(s, r, { item: "lost-permit", direction: "deducted", amountFen });
      addEvent2(s, r, "permit-lost", { reason: o.reason?.trim() || null });
    } else post(s, r, { item: `damage: ${text3(o.reason, "reason", 200)}`, direction: "deducted", amountFen });
    return { no: r.no, ...sums(s, r) };
  });
}
function sums(s, r) {
  return ledgerSums(ledgerOf(s.db, r.id).map((l) => ({ item: l.item, direction: l.direction, amountFen: l.amount_fen })));
}
function ledger(io2, no) {
  return read(io2, (s) => {
    const { r } = load(s, no);
    return {
      entries: ledgerOf(s.db, r.id).map((l) => ({ item: l.item, direction: l.direction, amountFen: l.amount_fen, at: l.at, receiptNo: l.receipt_no })),
      ...sums(s, r)
    };
  });
}
function onVoid(s, r) {
  cancelInspections(s.db, r.id, s.now);
  dropDeadline(s, r, "review");
  const d = getRenovation(s.db, r.id);
  const unit = r.unit_id ? getUnitById(s.db, r.unit_id) : void 0;
  if (d?.permit_no && unit?.status === "renovating") setUnitStatus(s.db, unit, d.prev_unit_status && d.prev_unit_status !== "renovating" ? d.prev_unit_status : "handed-over", s.at, s.io.clerk, r.id);
}
function view(s, r) {
  return recordJson(s, getRecordById(s.db, r.id), kind2);
}
function detail2(s, r, unmask) {
  const d = getRenovation(s.db, r.id);
  if (!d) return {};
  return {
    owner: d.owner,
    contractor: d.contractor,
    licence: d.licence,
    qualification: d.qualification,
    managerName: d.manager_name,
    managerId: unmask ? d.manager_id : mask(d.manager_id),
    managerPhone: unmask ? d.manager_phone : maskPhone(d.manager_phone),
    scope: JSON.parse(d.scope),
    gas: !!d.gas,
    emissions: !!d.emissions,
    start: d.start_date,
    end: d.end_date,
    missingDocs: r.status === "applied" ? missingDocs(s, r, d) : [],
    conditions: d.conditions,
    rejectReason: d.reject_reason,
    permit: d.permit_no,
    hotWorkPermit: d.permit_no && hotWork(d) ? hotWorkPermitNo(r.no) : null,
    passes: passesOf(s.db, r.id).map((p) => ({ no: p.pass_no, name: p.name, status: passStatus(p.status, p.expires_at, Date.parse(s.now)), expiresAt: p.expires_at })),
    inspections: inspectionsOf(s.db, r.id).length,
    acceptedAt: d.accepted_at,
    ...sums(s, r)
  };
}
function monthlySection2(s, from, to) {
  return { ...renovationMonth(s.db, from, to), ...renovationMoney(s.db, from, to), heldFen: heldAt(s.db, to) };
}
var text3, kind2;
var init_renovate2 = __esm({
  "src/app/renovate.ts"() {
    "use strict";
    init_errors();
    init_numbers();
    init_money();
    init_identity();
    init_input();
    init_calendar();
    init_time();
    init_renovation();
    init_renovations();
    init_ledger();
    init_units();
    init_records();
    init_loop();
    init_kinds();
    init_registry3();
    init_records2();
    init_session();
    text3 = (v, flag, max = 200) => text2(v, flag, max);
    kind2 = {
      ...KINDS.renovate,
      detail: detail2,
      onVoid,
      exportColumns: {
        header: ["csv.contractor", "csv.manager", "csv.phone", "csv.scope", "csv.start", "csv.end", "csv.held"],
        row: (s, r, unmask) => {
          const d = detail2(s, r, unmask);
          return [d.contractor, d.managerName, d.managerPhone, d.scope.join(" "), d.start, d.end, (d.heldFen / 100).toFixed(2)];
        }
      },
      print(s, r, unmask) {
        const d = detail2(s, r, unmask);
        const rv = s.profile.renovation;
        const rules = { stop: rv.workStops, debrisFrom: rv.debrisWindow?.[0], debrisTo: rv.debrisWindow?.[1] };
        const base = { no: r.no, unit: r.unit_code, createdAt: r.event_at, status: r.status, ...d, rules };
        const forms = [{ template: "renovate-application", title: s.io.t("renovate.form.application"), data: base }];
        if (d.permit) forms.push({ template: "renovate-permit", title: s.io.t("renovate.form.permit"), data: base });
        if (d.hotWorkPermit) forms.push({ template: "renovate-hotwork", title: s.io.t("renovate.form.hotWork"), data: base });
        for (const p of passesOf(s.db, r.id).filter((x) => x.status === "active"))
          forms.push({ template: "renovate-pass", title: s.io.t("renovate.form.pass"), data: { ...base, pass: { no: p.pass_no, name: p.name, idNumber: unmask ? p.id_number : mask(p.id_number), expiresAt: p.expires_at } } });
        for (const n of inspectionsOf(s.db, r.id).filter((x) => x.notice_no))
          forms.push({ template: "renovate-notice", title: s.io.t("renovate.form.notice"), data: { ...base, notice: n } });
        for (const sl of slipsOf(s.db, r.id)) forms.push({ template: "renovate-slip", title: s.io.t("renovate.form.slip"), data: { ...base, slip: sl } });
        return forms;
      }
    };
  }
});

// src/app/keys.ts
var keys_exports = {};
__export(keys_exports, {
  addKeys: () => addKeys,
  entrust: () => entrust,
  findKey: () => findKey,
  giveBack: () => giveBack,
  keySetJson: () => keySetJson,
  kind: () => kind3,
  lend: () => lend,
  lost: () => lost,
  monthlySection: () => monthlySection3,
  out: () => out,
  register: () => register,
  release: () => release,
  releaseDeveloperKeys: () => releaseDeveloperKeys,
  residentsOfUnit: () => residentsOfUnit,
  where: () => where
});
function count(v, flag) {
  const t = (v ?? "").trim();
  if (!/^\d{1,3}$/.test(t) || Number(t) < 1) refuse("E_VALUE", "err.integer", { flag, value: t, min: 1, max: 999 });
  return Number(t);
}
function keySetJson(k) {
  return { hook: k.hook, unit: k.unit_code ?? null, kind: k.kind, count: k.count, custody: k.custody, status: k.status, holder: k.holder, owner: k.owner, updatedAt: k.updated_at };
}
function findKey(s, ref) {
  const p = parseKeyRef(ref);
  if ("hook" in p) {
    const k = keySetByHook(s.db, p.hook);
    if (!k) refuse("E_NOT_FOUND", "err.noKey", { key: ref });
    return k;
  }
  const unit = requireUnit(s, p.unit);
  const sets = keySetsOf(s.db, unit.id, p.kind).filter((k) => k.status !== "lost");
  if (!sets.length) refuse("E_NOT_FOUND", "err.noKey", { key: ref });
  if (sets.length > 1) refuse("E_AMBIGUOUS", "err.ambiguousKey", { key: ref, hooks: sets.map((k) => k.hook).join(", ") });
  return sets[0];
}
function addSet(s, o) {
  const hook = o.hook?.trim() || hookName(nextHookNumber(s.db));
  if (!/^[A-Za-z0-9-]{1,16}$/.test(hook)) refuse("E_VALUE", "err.hook", { hook });
  if (keySetByHook(s.db, hook)) refuse("E_EXISTS", "err.hookTaken", { hook });
  const id = insertKeySet(s.db, { hook, unitId: o.unitId, kind: o.kind, count: o.count, custody: o.custody, owner: o.owner, at: s.at });
  logKey(s.db, { keySetId: id, at: s.at, action: o.custody === "entrusted" ? "entrust" : "add", who: o.owner ?? null, count: o.count, clerk: s.io.clerk });
  s.audit({ subject: `key:${hook}`, action: "add", field: "custody", new: o.custody });
  return keySetById(s.db, id);
}
function addKeys(io2, unitCode, o) {
  return write(io2, (s) => {
    const unit = requireUnit(s, unitCode);
    return keySetJson(addSet(s, { unitId: unit.id, kind: choice(o.kind, "kind", KEY_KINDS), count: count(o.count, "count"), custody: choice(o.custody, "custody", CUSTODY), hook: o.hook }));
  });
}
function entrust(io2, unitCode, o) {
  return write(io2, (s) => {
    const unit = requireUnit(s, unitCode);
    const owner = text4(o.owner, "owner", 64);
    const k = addSet(s, { unitId: unit.id, kind: o.kind ? choice(o.kind, "kind", KEY_KINDS) : "door", count: count(o.count, "count"), custody: "entrusted", hook: o.hook, owner });
    logKey(s.db, { keySetId: k.id, at: s.at, action: "acknowledge", who: owner, note: "R-701: the desk is not responsible for property inside the unit", clerk: s.io.clerk });
    return { ...keySetJson(k), acknowledged: true };
  });
}
function lend(io2, ref, o) {
  return write(io2, (s) => {
    const k = findKey(s, ref);
    const to = text4(o.to, "to", 64);
    const phone = normalizePhone(o.phone ?? "", "phone");
    const reason = text4(o.reason, "reason");
    if (k.status !== "in") {
      const loan = openLoanOf(s.db, k.id);
      refuse("E_STATE", "err.keyNotIn", { hook: k.hook, status: k.status, holder: loan ? `${loan.borrower} (${loan.no})` : k.holder ?? "-" });
    }
    let contractorNo = null;
    if (o.contractor) {
      const c = contractorFor(s, o.contractor);
      if (c.managerName !== to) refuse("E_VALUE", "err.notManager", { no: c.no, manager: c.managerName });
      if (c.unitId !== null && k.unit_id !== null && c.unitId !== k.unit_id) refuse("E_VALUE", "err.otherUnit", { no: c.no });
      contractorNo = c.no;
    }
    const n = o.count ? count(o.count, "count") : k.count;
    if (n > k.count) refuse("E_VALUE", "err.countTooHigh", { hook: k.hook, count: k.count });
    const r = createRecord(s, { type: "keyMove", prefix: PREFIXES.keyMove, status: "open", unitId: k.unit_id, data: { hook: k.hook, to, reason, contractor: contractorNo } });
    insertLoan(s.db, { record_id: r.id, key_set_id: k.id, borrower: to, phone, reason, count_out: n, contractor_no: contractorNo });
    updateKeySet(s.db, k.id, { status: "out", holder: to }, s.at);
    logKey(s.db, { keySetId: k.id, at: s.at, action: "lend", who: to, count: n, recordId: r.id, clerk: s.io.clerk });
    openDeadline(s, r, "return", "R-704.key-return", r.event_at);
    return loanView(s, r);
  });
}
function giveBack(io2, no, o) {
  return write(io2, (s) => {
    let r = loadRecord(s, no, ["keyMove"], "keys");
    const l = getLoan(s.db, r.id);
    const k = keySetById(s.db, l.key_set_id);
    const inspection = o.inspection === void 0 ? null : choice(o.inspection, "inspection", ["pass", "fail"]);
    if (r.status === "open") {
      const back = o.count === void 0 ? l.count_out : Number.parseInt(o.count, 10);
      if (!Number.isInteger(back) || back < 0 || String(back) !== String(o.count ?? back)) refuse("E_VALUE", "err.integer", { flag: "count", value: o.count, min: 0, max: 999 });
      if (back !== l.count_out && !o.note?.trim()) refuse("E_VALUE", "err.countMismatch", { no: r.no, out: l.count_out, back, diff: l.count_out - back });
      r = move(s, r, LOAN_MACHINE, "returned", "return", { count: back, note: o.note?.trim() });
      updateLoan(s.db, r.id, { count_back: back, returned_at: s.at });
      closeDeadline(s, r, "return");
      updateKeySet(s.db, k.id, { status: "in", holder: null, ...back !== l.count_out ? { count: k.count - (l.count_out - back) } : {} }, s.at);
      logKey(s.db, { keySetId: k.id, at: s.at, action: "return", who: l.borrower, count: back, note: o.note?.trim() ?? null, recordId: r.id, clerk: s.io.clerk });
    } else if (r.status !== "inspecting") {
      refuse("E_STATE", "err.state", { no: r.no, status: r.status, to: "returned", allowed: "-" });
    }
    if (l.contractor_no) {
      if (inspection === "pass") r = move(s, r, LOAN_MACHINE, "closed", "inspect", { inspection });
      else if (r.status === "returned") r = move(s, r, LOAN_MACHINE, "inspecting", "inspect", { inspection });
      else if (inspection === "fail") addEvent2(s, r, "inspect", { inspection });
      if (inspection) {
        updateLoan(s.db, r.id, { inspection });
        logKey(s.db, { keySetId: k.id, at: s.at, action: "inspect", note: inspection, recordId: r.id, clerk: s.io.clerk });
      }
    } else if (r.status === "returned") r = move(s, r, LOAN_MACHINE, "closed", "close", {});
    return loanView(s, r);
  });
}
function release(io2, ref, o) {
  return write(io2, (s) => {
    const k = findKey(s, ref);
    if (k.status !== "in") refuse("E_STATE", "err.keyNotIn", { hook: k.hook, status: k.status, holder: k.holder ?? "-" });
    const to = text4(o.to, "to", 64);
    if (k.unit_id !== null) {
      const unit = getUnitById(s.db, k.unit_id);
      const c = otherCheckin(s.db, unit.id);
      const checkedIn = c ? c.status === "completed" : !["unsold", "vacant"].includes(unit.status);
      if (!checkedIn) refuse("E_STATE", "err.notCheckedIn", { unit: unit.code });
      const owners2 = residentsOfUnit(s.db, unit.id).filter((r) => ["owner", "co-owner", "company", "agent"].includes(r.role));
      const isOwner = owners2.some((r) => r.name === to || String(r.id) === to);
      if (!isOwner && !o.verifiedByCall) refuse("E_VALUE", "err.releaseCall", { to, unit: unit.code });
      if (!isOwner) logKey(s.db, { keySetId: k.id, at: s.at, action: "call", who: to, note: "owner called to confirm (R-705)", clerk: s.io.clerk });
    }
    releaseSet(s, k, to, null);
    return keySetJson(keySetById(s.db, k.id));
  });
}
function releaseSet(s, k, to, recordId) {
  updateKeySet(s.db, k.id, { status: "released", holder: to }, s.at);
  logKey(s.db, { keySetId: k.id, at: s.at, action: "release", who: to, count: k.count, recordId, clerk: s.io.clerk });
  s.audit({ subject: `key:${k.hook}`, action: "release", field: "status", old: k.status, new: "released" });
}
function releaseDeveloperKeys(s, unitId, owner, recordId) {
  const out2 = [];
  for (const k of keySetsOf(s.db, unitId)) {
    if (k.custody !== "developer" || k.status !== "in") continue;
    releaseSet(s, k, owner, recordId);
    out2.push(k.hook);
  }
  return out2;
}
function lost(io2, ref, o) {
  return write(io2, (s) => {
    const k = findKey(s, ref);
    const by = text4(o.by, "by", 64);
    if (k.status === "lost" || k.status === "released") refuse("E_STATE", "err.keyGone", { hook: k.hook, status: k.status });
    const loan = openLoanOf(s.db, k.id);
    if (loan) {
      const r = loadRecord(s, loan.no, ["keyMove"], "keys");
      closeDeadline(s, r, "return");
      move(s, r, LOST_MACHINE, "closed", "lost", { by, lockChanged: !!o.lockChanged });
    }
    updateKeySet(s.db, k.id, { status: "lost", holder: by }, s.at);
    logKey(s.db, { keySetId: k.id, at: s.at, action: "lost", who: by, note: o.lockChanged ? "lock changed" : "lock not yet changed", clerk: s.io.clerk });
    s.audit({ subject: `key:${k.hook}`, action: "lost", field: "status", old: k.status, new: "lost" });
    return { ...keySetJson(keySetById(s.db, k.id)), lockChanged: !!o.lockChanged };
  });
}
function where(io2, unitCode) {
  return read(io2, (s) => {
    const unit = requireUnit(s, unitCode);
    return keySetsOf(s.db, unit.id).map((k) => ({ ...keySetJson(k), loan: openLoanOf(s.db, k.id)?.no ?? null, log: keyLog(s.db, k.id) }));
  });
}
function out(io2, o) {
  return read(
    io2,
    (s) => keysOut(s.db).map((x) => ({ no: x.no, hook: x.hook, unit: x.unit, kind: x.kind, borrower: x.borrower, phone: x.phone ? maskPhone(x.phone) : null, status: x.status, lentAt: x.lent_at, dueAt: x.due_at, overdue: !!x.due_at && x.due_at < s.now, contractor: x.contractor_no })).filter((x) => !o.overdue || x.overdue)
  );
}
function loanView(s, r) {
  return recordJson(s, getRecordById(s.db, r.id), kind3);
}
function detail3(s, r, unmask) {
  const l = getLoan(s.db, r.id);
  if (!l) return {};
  const k = keySetById(s.db, l.key_set_id);
  return {
    hook: k.hook,
    kind: k.kind,
    count: l.count_out,
    countBack: l.count_back,
    custody: k.custody,
    keyStatus: k.status,
    borrower: l.borrower,
    phone: l.phone == null ? null : unmask ? l.phone : maskPhone(l.phone),
    reason: l.reason,
    contractor: l.contractor_no,
    inspection: l.inspection,
    returnedAt: l.returned_at
  };
}
function monthlySection3(s, from, to) {
  const m = keysMonth(s.db, from, to);
  const overdue = keysOut(s.db).filter((x) => x.due_at && x.due_at < s.now).length;
  return { lent: m.lend ?? 0, returned: m.return ?? 0, overdue, entrusted: m.entrust ?? 0, released: m.release ?? 0, lost: m.lost ?? 0 };
}
async function register(io2, unitCode, o) {
  const format = o.format ?? "html";
  if (!["html", "pdf"].includes(format)) refuse("E_USAGE", "err.format", { value: format, choices: "html pdf" });
  if (format === "pdf" && !o.out) refuse("E_USAGE", "err.pdfOut");
  const { entries, estate } = read(io2, (s) => ({
    entries: entrustRegister(s.db, unitCode ? requireUnit(s, unitCode).id : null),
    estate: s.profile.estate.name
  }));
  const { renderForms: renderForms2 } = await Promise.resolve().then(() => (init_html(), html_exports));
  const html = renderForms2([{ template: "keys-entrust", title: io2.t("keys.form.entrust"), data: { entries } }], { lang: io2.lang, t: io2.t, estate });
  const fs6 = await import("node:fs");
  if (format === "pdf") {
    const { htmlToPdf: htmlToPdf2 } = await Promise.resolve().then(() => (init_pdf(), pdf_exports));
    fs6.writeFileSync(o.out, await htmlToPdf2(html, io2.t("keys.form.entrust")), { mode: 384 });
    return { entries: entries.length, out: o.out };
  }
  if (o.out) fs6.writeFileSync(o.out, html, { mode: 384 });
  return { entries: entries.length, out: o.out ?? null, html: o.out ? void 0 : html };
}
var text4, kind3;
var init_keys4 = __esm({
  "src/app/keys.ts"() {
    "use strict";
    init_errors();
    init_numbers();
    init_identity();
    init_input();
    init_keys2();
    init_keys3();
    init_units();
    init_residents();
    init_checkin3();
    init_records();
    init_loop();
    init_renovate2();
    init_kinds();
    init_registry3();
    init_records2();
    init_session();
    text4 = (v, flag, max = 200) => text2(v, flag, max);
    kind3 = {
      ...KINDS.keys,
      detail: detail3,
      exportColumns: {
        header: ["csv.hook", "csv.kind", "csv.borrower", "csv.phone", "csv.reason", "csv.count", "csv.returned"],
        row: (s, r, unmask) => {
          const d = detail3(s, r, unmask);
          return [d.hook, d.kind, d.borrower, d.phone, d.reason, d.count, d.returnedAt];
        }
      },
      print(s, r, unmask) {
        return [{ template: "keys-loan", title: s.io.t("keys.form.loan"), data: { no: r.no, unit: r.unit_code, createdAt: r.event_at, ...detail3(s, r, unmask) } }];
      }
    };
  }
});

// src/app/checkin.ts
var checkin_exports = {};
__export(checkin_exports, {
  complete: () => complete2,
  defect: () => defect,
  doc: () => doc2,
  keys: () => keys,
  kind: () => kind4,
  meter: () => meter,
  monthlySection: () => monthlySection4,
  sign: () => sign,
  start: () => start
});
function owners(c) {
  return JSON.parse(c.owners);
}
function state(s, r) {
  const c = getCheckin(s.db, r.id);
  const absent = JSON.parse(c.absent);
  const docs = requiredDocs(owners(c), absent);
  const forms = requiredForms(c.keys_left);
  const items2 = items(s.db, r.id);
  const have = new Set(items2.filter((i) => !i.missing).map((i) => i.item));
  const meters = c.water !== null && c.electricity !== null && c.gas !== null;
  const keys2 = c.door_keys !== null && c.mailbox_keys !== null;
  return { c, absent, docs, forms, items: items2, missing: missing({ docs, forms, have, meters, keys: keys2 }) };
}
function start(io2, unitCode, o) {
  return write(io2, (s) => {
    const unit = requireUnit(s, unitCode);
    if (unit.status === "unsold") refuse("E_STATE", "err.unitUnsold", { unit: unit.code });
    const other = otherCheckin(s.db, unit.id);
    if (other) refuse("E_STATE", "err.secondCheckin", { unit: unit.code, no: other.no, status: other.status });
    if (unit.status !== "vacant") refuse("E_STATE", "err.unitNotVacant", { unit: unit.code, status: unit.status });
    const registered = residentsOfUnit(s.db, unit.id).filter((r2) => OWNER_ROLES.includes(r2.role));
    if (!registered.length) refuse("E_STATE", "err.noOwners", { unit: unit.code });
    const day = localDate(s.at, s.tz);
    const list = registered.map((r2) => ({ id: r2.id, name: r2.name, role: r2.role, minor: isMinor(r2.id_number, r2.id_type, day) }));
    const present = (o.owner ?? []).map((x) => resolveResident(s, x, unit.id));
    const absent = (o.absent ?? []).map((x) => resolveResident(s, x, unit.id));
    for (const p of [...present, ...absent]) if (!list.some((l) => l.id === p.id)) refuse("E_VALUE", "err.notOwnerOf", { name: p.name, unit: unit.code });
    if (!present.length) refuse("E_USAGE", "err.required", { flag: "owner" });
    const absentIds = list.filter((l) => l.role !== "company" && !present.some((p) => p.id === l.id)).map((l) => l.id);
    const r = createRecord(s, { type: "checkin", prefix: PREFIXES.checkin, status: "open", unitId: unit.id, data: { owners: present.map((p) => p.name), absent: absentIds } });
    insertCheckin(s.db, r.id, list, absentIds);
    return view2(s, r);
  });
}
function doc2(io2, no, docs, o) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["checkin"], "checkin");
    const st = state(s, r);
    for (const raw of docs) {
      const d = raw.trim();
      const [name, who] = d.split(":");
      let item = d;
      if (who !== void 0) {
        if (!["owner-id", "poa", "household-register"].includes(name)) refuse("E_VALUE", "err.unknownDoc", { doc: d, docs: st.docs.join(" ") });
        const res = resolveResident(s, who, r.unit_id ?? void 0);
        item = `${name}:${res.id}`;
      } else if (!PLAIN_DOCS.includes(d)) refuse("E_VALUE", "err.unknownDoc", { doc: d, docs: st.docs.join(" ") });
      if (!st.docs.includes(item)) refuse("E_VALUE", "err.docNotNeeded", { doc: d, docs: st.docs.join(" ") });
      tick(s.db, r.id, `doc:${item}`, !!o.missing, s.at);
    }
    addEvent2(s, r, o.missing ? "doc-missing" : "doc", { docs });
    return view2(s, r);
  });
}
function meter(io2, no, o) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["checkin"], "checkin");
    const f = {};
    for (const k of ["water", "electricity", "gas"]) {
      const v = o[k];
      if (v === void 0) refuse("E_USAGE", "err.required", { flag: k });
      if (!meterReading(v)) refuse("E_VALUE", "err.meter", { flag: k, value: v });
      f[k] = v.trim();
    }
    updateCheckin(s.db, r.id, f);
    addEvent2(s, r, "meter", f);
    return view2(s, r);
  });
}
function defect(io2, no, o) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["checkin"], "checkin");
    if (r.voided) refuse("E_STATE", "err.voided", { no: r.no });
    const location = (o.location ?? "").trim();
    const description = (o.desc ?? "").trim();
    if (!checkText(location, 100)) refuse("E_VALUE", "err.text", { flag: "location", max: 100 });
    if (!checkText(description, 500)) refuse("E_VALUE", "err.text", { flag: "desc", max: 500 });
    const repair = createRepair(s, { unitId: r.unit_id, location, description, size: o.large ? "large" : "small", source: "checkin-defect", from: r, rel: "defect", kind: "other" });
    addDefect(s.db, { recordId: r.id, location, description, large: !!o.large, repairId: repair.id });
    addEvent2(s, r, "defect", { location, description, large: !!o.large, repair: repair.no });
    return { ...view2(s, r), repair: repair.no, repairDueAt: getRecordById(s.db, repair.id).next_due };
  });
}
function keys(io2, no, o) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["checkin"], "checkin");
    const n = (v, flag) => {
      if (v === void 0) refuse("E_USAGE", "err.required", { flag });
      if (!/^\d{1,2}$/.test(v.trim())) refuse("E_VALUE", "err.integer", { flag, value: v, min: 0, max: 99 });
      return Number(v);
    };
    const f = { door_keys: n(o.door, "door"), mailbox_keys: n(o.mailbox, "mailbox"), keys_left: o.left === void 0 ? 0 : n(o.left, "left") };
    updateCheckin(s.db, r.id, f);
    addEvent2(s, r, "keys", f);
    return view2(s, r);
  });
}
function sign(io2, no, forms) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["checkin"], "checkin");
    for (const f of forms) {
      if (!FORMS.includes(f)) refuse("E_VALUE", "err.choice", { flag: "form", value: f, choices: FORMS.join(" ") });
      tick(s.db, r.id, `form:${f}`, false, s.at);
    }
    addEvent2(s, r, "sign", { forms });
    return view2(s, r);
  });
}
function complete2(io2, no) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["checkin"], "checkin");
    if (r.status === "open") {
      const st = state(s, r);
      const names = new Map(owners(st.c).map((o) => [String(o.id), o.name]));
      const label = (item) => item.replace(/:(\d+)$/, (_m, id) => `:${names.get(id) ?? id}`);
      if (st.missing.length) refuse("E_STATE", "err.checkinMissing", { no: r.no, n: st.missing.length }, st.missing.map(label));
    }
    const moved = move(s, r, CHECKIN_MACHINE, "completed", "complete", {});
    updateCheckin(s.db, r.id, { completed_at: s.at });
    const unit = getUnitById(s.db, r.unit_id);
    setUnitStatus(s.db, unit, "handed-over", s.at, s.io.clerk, r.id);
    s.audit({ subject: `unit:${unit.code}`, action: "handover", field: "status", old: unit.status, new: "handed-over" });
    const main = owners(getCheckin(s.db, r.id))[0];
    const released = releaseDeveloperKeys(s, unit.id, main?.name ?? "", r.id);
    addEvent2(s, moved, "owner-file", { owners: owners(getCheckin(s.db, r.id)).map((o) => o.name), keysReleased: released });
    return { ...view2(s, moved), keysReleased: released };
  });
}
function view2(s, r) {
  return recordJson(s, getRecordById(s.db, r.id), kind4);
}
function detail4(s, r) {
  const c = getCheckin(s.db, r.id);
  if (!c) return {};
  const st = state(s, r);
  const names = new Map(owners(c).map((o) => [String(o.id), o.name]));
  const label = (item) => item.replace(/:(\d+)$/, (_m, id) => `:${names.get(id) ?? id}`);
  return {
    owners: owners(c),
    absent: st.absent,
    documents: st.docs.map((d) => ({ doc: label(d), checked: st.items.some((i) => i.item === `doc:${d}` && !i.missing), missing: st.items.some((i) => i.item === `doc:${d}` && !!i.missing) })),
    forms: st.forms.map((f) => ({ form: f, signed: st.items.some((i) => i.item === `form:${f}`) })),
    meters: { water: c.water, electricity: c.electricity, gas: c.gas },
    keys: { door: c.door_keys, mailbox: c.mailbox_keys, left: c.keys_left },
    defects: defects(s.db, r.id).map((d) => ({ location: d.location, description: d.description, large: !!d.large, repair: d.repair_no, repairStatus: d.repair_status, dueAt: d.due_at })),
    missing: r.status === "open" ? st.missing.map(label) : [],
    completedAt: c.completed_at
  };
}
function monthlySection4(s, from, to) {
  const m = checkinMonth(s.db, from, to);
  return { ...m, defectsOpen: m.defects - m.defectsClosed };
}
var OWNER_ROLES, kind4;
var init_checkin4 = __esm({
  "src/app/checkin.ts"() {
    "use strict";
    init_errors();
    init_numbers();
    init_time();
    init_registry2();
    init_checkin2();
    init_checkin3();
    init_residents();
    init_units();
    init_records();
    init_loop();
    init_repair3();
    init_keys4();
    init_kinds();
    init_registry3();
    init_records2();
    init_session();
    OWNER_ROLES = ["owner", "co-owner", "company"];
    kind4 = {
      ...KINDS.checkin,
      detail: (s, r) => detail4(s, r),
      print(s, r) {
        const d = detail4(s, r);
        const base = { no: r.no, unit: r.unit_code, createdAt: r.event_at, ...d };
        return [
          { template: "checkin-inspection", title: s.io.t("checkin.form.inspection"), data: base },
          { template: "checkin-key-receipt", title: s.io.t("checkin.form.keyReceipt"), data: base }
        ];
      }
    };
  }
});

// src/domain/complaint.ts
function jyMachine(kind8) {
  return kind8 === "praise" ? PRAISE_MACHINE : SUGGESTION_MACHINE;
}
function classDeadlines(c) {
  return { report: `R-402.report.${c}`, handle: `R-402.handle.${c}` };
}
function forwardTo(invalidKind) {
  return invalidKind === "developer" ? "after-sales" : invalidKind === "external" ? "external-body" : null;
}
function isRepeat2(count2) {
  return count2 >= 2;
}
function effectiveClass(chosen, escalated) {
  return escalated && chosen !== "invalid" ? "major" : chosen;
}
function escalates(cls) {
  return cls !== "invalid" && cls !== "major";
}
function followupBy(cls) {
  return cls === "major" ? "project-manager" : null;
}
var KINDS2, CHANNELS, CLASSES, INVALID_KINDS, COMPLAINT_MACHINE, SUGGESTION_MACHINE, PRAISE_MACHINE, REPORT_TO;
var init_complaint2 = __esm({
  "src/domain/complaint.ts"() {
    "use strict";
    KINDS2 = ["complaint", "suggestion", "praise"];
    CHANNELS = ["visit", "phone", "letter", "other"];
    CLASSES = ["major", "important", "minor", "invalid"];
    INVALID_KINDS = ["developer", "external", "unreasonable"];
    COMPLAINT_MACHINE = {
      type: "complaint",
      next: {
        new: ["classified"],
        classified: ["assigned", "resolved"],
        assigned: ["resolved"],
        resolved: ["verified", "reopened"],
        verified: ["closed", "reopened"],
        reopened: ["assigned"]
      },
      verbs: { classified: "complaint classify", assigned: "complaint assign", resolved: "complaint resolve", verified: "complaint verify", closed: "followup record", reopened: "followup record (unsatisfied)" }
    };
    SUGGESTION_MACHINE = {
      type: "suggestion",
      next: { new: ["adopted", "not-adopted"], adopted: ["closed"], "not-adopted": ["closed"] },
      verbs: { adopted: "complaint adopt --adopted", "not-adopted": "complaint adopt --not-adopted", closed: "complaint told" }
    };
    PRAISE_MACHINE = {
      type: "suggestion",
      next: { new: ["closed"] },
      verbs: { closed: "complaint told" }
    };
    REPORT_TO = {
      major: "quality-dept,general-manager",
      important: "supervisor,project-manager",
      minor: "project-manager",
      invalid: "project-manager"
    };
  }
});

// src/store/complaints.ts
function insertComplaint(db2, c) {
  stmt(
    db2,
    `INSERT INTO complaints(record_id, kind, channel, name, phone, place, about, description, request)
     VALUES (@record_id, @kind, @channel, @name, @phone, @place, @about, @description, @request)`
  ).run(c);
}
function getComplaint(db2, recordId) {
  return stmt(db2, `SELECT * FROM complaints WHERE record_id = ?`).get(recordId);
}
function updateComplaint(db2, recordId, fields) {
  for (const [k, v] of Object.entries(fields)) {
    if (!FIELDS2.includes(k)) throw new Error(`not a complaint field: ${k}`);
    stmt(db2, `UPDATE complaints SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}
function escalationsDue(db2, now) {
  return stmt(
    db2,
    `SELECT r.id, d.due_at, c.class FROM deadlines d JOIN records r ON r.id = d.record_id JOIN complaints c ON c.record_id = r.id
      WHERE d.step = 'escalate' AND d.done_at IS NULL AND d.cancelled = 0 AND d.due_at < ? AND r.voided = 0`
  ).all(now);
}
function sameAboutCount(db2, unitId, about) {
  return stmt(db2, `SELECT COUNT(*) AS n FROM records r INDEXED BY records_unit JOIN complaints c ON c.record_id = r.id WHERE r.unit_id = ? AND c.about = ? AND r.voided = 0 AND r.type = 'complaint'`).get(unitId, about).n;
}
function complaintMonth(db2, from, to) {
  return stmt(
    db2,
    `SELECT COUNT(*) AS total,
            COALESCE(SUM(c.class = 'major'), 0) AS major, COALESCE(SUM(c.class = 'important'), 0) AS important,
            COALESCE(SUM(c.class = 'minor'), 0) AS minor, COALESCE(SUM(c.class = 'invalid'), 0) AS invalid,
            COALESCE(SUM(c.class IS NULL), 0) AS unclassified, COALESCE(SUM(c.escalated), 0) AS escalated
       FROM records r JOIN complaints c ON c.record_id = r.id
      WHERE r.type = 'complaint' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ?`
  ).get(from, to);
}
function complaintGroups(db2, column, from, to) {
  if (!["dept", "cause", "about"].includes(column)) throw new Error(column);
  return stmt(
    db2,
    `SELECT c.${column} AS key, COUNT(*) AS n FROM records r JOIN complaints c ON c.record_id = r.id
      WHERE r.type = 'complaint' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ? AND c.${column} IS NOT NULL
      GROUP BY c.${column} ORDER BY n DESC`
  ).all(from, to);
}
function complaintRepeats(db2, from, to) {
  return stmt(
    db2,
    `WITH m AS (SELECT DISTINCT r.unit_id, c.about FROM records r INDEXED BY records_type_event JOIN complaints c ON c.record_id = r.id
                 WHERE r.type = 'complaint' AND r.event_at >= @from AND r.event_at < @to AND r.voided = 0 AND r.unit_id IS NOT NULL)
     SELECT * FROM (SELECT u.code AS unit, m.about,
              (SELECT COUNT(*) FROM records r INDEXED BY records_unit JOIN complaints c ON c.record_id = r.id
                WHERE r.unit_id = m.unit_id AND r.type = 'complaint' AND c.about = m.about AND r.voided = 0 AND r.event_at < @to) AS count
         FROM m JOIN units u ON u.id = m.unit_id) WHERE count >= 2 ORDER BY count DESC, unit`
  ).all({ from, to });
}
function suggestionMonth(db2, from, to) {
  return stmt(
    db2,
    `SELECT COALESCE(SUM(c.kind = 'suggestion'), 0) AS suggestions, COALESCE(SUM(c.kind = 'praise'), 0) AS praise,
            COALESCE(SUM(c.adopted = 1), 0) AS adopted, COALESCE(SUM(c.adopted = 0), 0) AS notAdopted, COALESCE(SUM(c.told_at IS NOT NULL), 0) AS told
       FROM records r JOIN complaints c ON c.record_id = r.id
      WHERE r.type = 'suggestion' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ?`
  ).get(from, to);
}
function resolutionRank(db2, recordId, from, resolvedAt) {
  return stmt(
    db2,
    `SELECT COUNT(*) AS n FROM complaints c INDEXED BY complaints_resolved JOIN records r ON r.id = c.record_id
        WHERE c.resolved_at IS NOT NULL AND c.resolved_at >= ? AND (c.resolved_at < ? OR (c.resolved_at = ? AND c.record_id <= ?))
          AND c.kind = 'complaint' AND r.voided = 0`
  ).get(from, resolvedAt, resolvedAt, recordId).n;
}
var FIELDS2;
var init_complaints = __esm({
  "src/store/complaints.ts"() {
    "use strict";
    init_db();
    FIELDS2 = ["class", "invalid_kind", "reported_to", "cause", "dept", "method", "promise_at", "result", "resolved_at", "verified_at", "escalated", "adopted", "told_at"];
  }
});

// src/store/reports.ts
function unitStatusAt(db2, at) {
  return stmt(
    db2,
    `SELECT status, COUNT(*) AS n FROM (
       SELECT COALESCE(
         (SELECT h.new_status FROM unit_history h WHERE h.unit_id = u.id AND h.at < @at ORDER BY h.at DESC, h.id DESC LIMIT 1),
         (SELECT h.old_status FROM unit_history h WHERE h.unit_id = u.id AND h.at >= @at ORDER BY h.at, h.id LIMIT 1),
         u.status) AS status
       FROM units u WHERE u.created_at < @at)
     GROUP BY status ORDER BY status`
  ).all({ at });
}
function unitChanges(db2, from, to) {
  return stmt(
    db2,
    `SELECT u.code, h.at, h.old_status, h.new_status, r.no FROM unit_history h JOIN units u ON u.id = h.unit_id
       LEFT JOIN records r ON r.id = h.record_id WHERE h.at >= ? AND h.at < ? ORDER BY h.at, h.id`
  ).all(from, to);
}
function unitCount(db2, at) {
  return stmt(db2, `SELECT COUNT(*) AS n FROM units WHERE created_at < ?`).get(at).n;
}
function stepTimeliness(db2, type, stepLike, from, to, now) {
  return stmt(
    db2,
    `SELECT COUNT(*) AS due,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at <= d.due_at), 0) AS onTime,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at > d.due_at), 0) AS late,
            COALESCE(SUM(d.done_at IS NULL AND d.due_at < @now), 0) AS overdue
       FROM deadlines d INDEXED BY deadlines_due JOIN records r ON r.id = d.record_id
      WHERE d.due_at >= @from AND d.due_at < @to AND d.cancelled = 0 AND r.voided = 0 AND r.type = @type AND d.step LIKE @step`
  ).get({ type, step: stepLike, from, to, now });
}
function followupsDone(db2, from, to) {
  return stmt(
    db2,
    `SELECT s.type AS source_type, f.satisfaction, COUNT(*) AS n FROM followups f
       JOIN records hf ON hf.id = f.record_id JOIN records s ON s.id = f.source_id
      WHERE f.done_at >= ? AND f.done_at < ? AND hf.voided = 0 AND f.satisfaction IS NOT NULL
      GROUP BY s.type, f.satisfaction`
  ).all(from, to);
}
var init_reports = __esm({
  "src/store/reports.ts"() {
    "use strict";
    init_db();
  }
});

// src/app/complaint.ts
var complaint_exports = {};
__export(complaint_exports, {
  SYSTEM_CLERK: () => SYSTEM_CLERK,
  TYPES: () => TYPES,
  adopt: () => adopt,
  assign: () => assign,
  classify: () => classify,
  createComplaint: () => createComplaint,
  escalate: () => escalate,
  kind: () => kind5,
  monthlySection: () => monthlySection5,
  newComplaint: () => newComplaint,
  onFollowup: () => onFollowup2,
  resolve: () => resolve,
  respond: () => respond,
  told: () => told,
  verify: () => verify
});
function escalate(s) {
  const out2 = [];
  for (const c of escalationsDue(s.db, s.now)) {
    const r = getRecordById(s.db, c.id);
    closeDeadline(s, r, "escalate", c.due_at);
    if (!escalates(c.class)) continue;
    updateComplaint(s.db, c.id, { class: "major", escalated: 1 });
    addEvent(s.db, { recordId: r.id, kind: "escalated", eventAt: c.due_at, enteredAt: s.now, clerk: SYSTEM_CLERK, data: { from: c.class, to: "major", rule: "R-403" } });
    touch(s.db, r.id, s.now);
    appendAudit(s.db, { at: c.due_at, enteredAt: s.now, clerk: SYSTEM_CLERK, subject: r.no, action: "escalate", field: "class", old: c.class, new: "major" });
    out2.push(r.no);
  }
  return out2;
}
function createComplaint(s, c) {
  const isComplaint = c.kind === "complaint";
  const r = createRecord(s, {
    type: isComplaint ? "complaint" : "suggestion",
    prefix: isComplaint ? PREFIXES.complaint : PREFIXES.suggestion,
    status: "new",
    unitId: c.unitId,
    eventAt: c.eventAt,
    data: { kind: c.kind, channel: c.channel, about: c.about, from: c.from?.no }
  });
  insertComplaint(s.db, { record_id: r.id, kind: c.kind, channel: c.channel, name: c.name, phone: c.phone, place: c.place, about: c.about, description: c.description, request: c.request });
  if (isComplaint) {
    openDeadline(s, r, "feedback", "R-402.feedback", r.event_at);
    openDeadline(s, r, "escalate", "R-403.escalate", r.event_at);
  }
  return getRecordById(s.db, r.id);
}
function newComplaint(io2, o) {
  return write(io2, (s) => {
    escalate(s);
    const kind8 = choice(o.type, "type", KINDS2, "complaint");
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const r = createComplaint(s, {
      kind: kind8,
      channel: choice(o.channel, "channel", CHANNELS),
      name: text5(o.name, "name", 64),
      unitId: unit?.id ?? null,
      phone: o.phone ? normalizePhone(o.phone) : null,
      place: o.place ? text5(o.place, "place", 100) : null,
      about: text5(o.about, "about", 100),
      description: text5(o.desc, "desc"),
      request: o.request ? text5(o.request, "request") : null
    });
    return { ...view3(s, r), reminder: kind8 === "complaint" ? "apologise" : "thank" };
  });
}
function classify(io2, no, o) {
  return write(io2, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ["complaint"], "complaint");
    const chosen = choice(o.class, "class", CLASSES);
    const cls = effectiveClass(chosen, !!getComplaint(s.db, r.id)?.escalated);
    const invalidKind = cls === "invalid" ? choice(o.invalidKind, "invalid-kind", INVALID_KINDS) : null;
    if (cls !== "invalid" && o.invalidKind) refuse("E_USAGE", "err.invalidKindOnly");
    const moved = move(s, r, COMPLAINT_MACHINE, "classified", "classify", { class: cls, invalidKind, reportedTo: REPORT_TO[cls], forward: forwardTo(invalidKind) });
    updateComplaint(s.db, r.id, { class: cls, invalid_kind: invalidKind, reported_to: REPORT_TO[cls], cause: o.cause ? text5(o.cause, "cause", 100) : null });
    const d = classDeadlines(cls);
    if (cls === "invalid") dropDeadline(s, r, "escalate");
    openDeadline(s, r, "report", d.report, r.event_at);
    closeDeadline(s, r, "report");
    openDeadline(s, r, "handle", d.handle, r.event_at);
    return view3(s, moved);
  });
}
function respond(io2, no, o) {
  return write(io2, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ["complaint"], "complaint");
    if (r.voided) refuse("E_STATE", "err.voided", { no: r.no });
    addEvent2(s, r, "respond", { note: text5(o.note, "note") });
    closeDeadline(s, r, "feedback");
    return view3(s, r);
  });
}
function assign(io2, no, o) {
  return write(io2, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ["complaint"], "complaint");
    const dept = text5(o.dept, "dept", 64);
    const method = text5(o.method, "method");
    const promise = parseInstant(o.promise ?? "", s.tz, { flag: "promise", endOfDay: true });
    if (promise < s.at) refuse("E_VALUE", "err.promisePast", { promise });
    const moved = move(s, r, COMPLAINT_MACHINE, "assigned", "assign", { dept, method, promise });
    updateComplaint(s.db, r.id, { dept, method, promise_at: promise });
    openDeadlineAt(s, r, "promise", "R-404", promise);
    return view3(s, moved);
  });
}
function resolve(io2, no, o) {
  return write(io2, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ["complaint"], "complaint");
    const result = text5(o.result, "result");
    const moved = move(s, r, COMPLAINT_MACHINE, "resolved", "resolve", { result });
    updateComplaint(s.db, r.id, { result, resolved_at: s.at });
    closeDeadline(s, r, "handle");
    closeDeadline(s, r, "promise");
    closeDeadline(s, r, "rework");
    dropDeadline(s, r, "escalate");
    const rate = Number(s.profile.coverage?.complaint ?? 1);
    const k = rate >= 1 ? 1 : resolutionRank(s.db, r.id, monthRange(localDate(s.at, s.tz).slice(0, 7), s.tz).from, s.at);
    if (sampled(k, rate)) scheduleFollowup(s, moved, { ruleKey: "R-405.followup", from: s.at, reason: "R-405" });
    return view3(s, moved);
  });
}
function verify(io2, no) {
  return write(io2, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ["complaint"], "complaint");
    let moved = move(s, r, COMPLAINT_MACHINE, "verified", "verify", {});
    updateComplaint(s.db, r.id, { verified_at: s.at });
    const last = lastEventData(s.db, r.id, "followup-result");
    if (last && last.satisfaction !== "unsatisfied") moved = move(s, moved, COMPLAINT_MACHINE, "closed", "close", { followup: "satisfied" });
    return view3(s, moved);
  });
}
function onFollowup2(s, source, result) {
  if (source.voided) return;
  if (source.type === "suggestion") return;
  addEvent2(s, source, "followup-result", { satisfaction: result.satisfaction, followup: result.followupNo });
  if (result.satisfaction === "unsatisfied") {
    if (["resolved", "verified"].includes(source.status)) {
      const r = move(s, source, COMPLAINT_MACHINE, "reopened", "reopen", { followup: result.followupNo });
      const c = getComplaint(s.db, r.id);
      openDeadline(s, r, "rework", classDeadlines(c.class ?? "important").handle, s.at);
      if (escalates(c.class) && !c.escalated) openDeadline(s, r, "escalate", "R-403.escalate", r.event_at);
    }
    return;
  }
  if (source.status === "verified") move(s, source, COMPLAINT_MACHINE, "closed", "close", { followup: result.followupNo });
}
function adopt(io2, no, o) {
  return write(io2, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ["suggestion"], "complaint");
    const c = getComplaint(s.db, r.id);
    if (c.kind !== "suggestion") refuse("E_STATE", "err.notSuggestion", { no: r.no });
    if (!!o.adopted === !!o.notAdopted) refuse("E_USAGE", "err.adoptChoice");
    const to = o.adopted ? "adopted" : "not-adopted";
    let moved = move(s, r, jyMachine(c.kind), to, "adopt", { note: text5(o.note, "note") });
    updateComplaint(s.db, r.id, { adopted: o.adopted ? 1 : 0 });
    if (o.told) moved = tell(s, moved);
    return view3(s, moved);
  });
}
function tell(s, r) {
  const c = getComplaint(s.db, r.id);
  const moved = move(s, r, jyMachine(c.kind), "closed", "told", {});
  updateComplaint(s.db, r.id, { told_at: s.at });
  return moved;
}
function told(io2, no) {
  return write(io2, (s) => {
    escalate(s);
    return view3(s, tell(s, loadRecord(s, no, ["suggestion"], "complaint")));
  });
}
function view3(s, r) {
  const fresh = getRecordById(s.db, r.id);
  return recordJson(s, fresh, kind5);
}
function detail5(s, r, unmask) {
  const c = getComplaint(s.db, r.id);
  if (!c) return {};
  const count2 = r.unit_id && c.kind === "complaint" ? sameAboutCount(s.db, r.unit_id, c.about) : 0;
  return {
    kind: c.kind,
    channel: c.channel,
    name: c.name,
    phone: c.phone == null ? null : unmask ? c.phone : maskPhone(c.phone),
    place: c.place,
    about: c.about,
    description: c.description,
    request: c.request,
    class: c.class,
    invalidKind: c.invalid_kind,
    forwardTo: forwardTo(c.invalid_kind),
    reportedTo: c.reported_to,
    cause: c.cause,
    dept: c.dept,
    method: c.method,
    promiseAt: c.promise_at,
    result: c.result,
    resolvedAt: c.resolved_at,
    verifiedAt: c.verified_at,
    escalated: !!c.escalated,
    followupBy: c.kind === "complaint" ? followupBy(c.class) : null,
    adopted: c.adopted === null ? null : !!c.adopted,
    toldAt: c.told_at,
    repeat: isRepeat2(count2)
  };
}
function monthlySection5(s, from, to, name) {
  if (name === "suggestions") return suggestionMonth(s.db, from, to);
  const m = complaintMonth(s.db, from, to);
  const fb = stepTimeliness(s.db, "complaint", "feedback", from, to, s.now);
  const h = stepTimeliness(s.db, "complaint", "handle", from, to, s.now);
  const rate = (num, den) => ({ value: den > 0 ? Math.round(num / den * 1e4) / 1e4 : null, num, den });
  return {
    total: m.total,
    byClass: { major: m.major, important: m.important, minor: m.minor, invalid: m.invalid, unclassified: m.unclassified },
    byDept: Object.fromEntries(complaintGroups(s.db, "dept", from, to).map((g) => [g.key, g.n])),
    byCause: Object.fromEntries(complaintGroups(s.db, "cause", from, to).map((g) => [g.key, g.n])),
    answered24h: rate(fb.onTime, fb.due),
    handledOnTime: rate(h.onTime, h.due),
    escalated: m.escalated,
    repeats: complaintRepeats(s.db, from, to)
  };
}
var text5, TYPES, SYSTEM_CLERK, kind5;
var init_complaint3 = __esm({
  "src/app/complaint.ts"() {
    "use strict";
    init_errors();
    init_numbers();
    init_identity();
    init_input();
    init_time();
    init_followup2();
    init_complaint2();
    init_complaints();
    init_audit();
    init_records();
    init_reports();
    init_loop();
    init_followups2();
    init_kinds();
    init_registry3();
    init_session();
    init_records2();
    text5 = (v, flag, max = 1e3) => text2(v, flag, max);
    TYPES = ["complaint", "suggestion"];
    SYSTEM_CLERK = "system";
    kind5 = {
      ...KINDS.complaint,
      detail: detail5,
      refresh: (s) => void escalate(s),
      listFilters: { class: "class", kind: "kind" },
      exportColumns: {
        header: ["csv.kind", "csv.channel", "csv.name", "csv.phone", "csv.about", "csv.description", "csv.class", "csv.dept", "csv.resolved", "csv.escalated"],
        row: (s, r, unmask) => {
          const d = detail5(s, r, unmask);
          return [d.kind, d.channel, d.name, d.phone, d.about, d.description, d.class, d.dept, d.resolvedAt, d.escalated ? "yes" : ""];
        }
      },
      print(s, r, unmask) {
        const d = detail5(s, r, unmask);
        const deadlines = listDeadlines(s.db, r.id).map((x) => ({ step: x.step, rule: x.rule, dueAt: x.due_at, doneAt: x.done_at }));
        return [{ template: "complaint-record", title: s.io.t(d.kind === "complaint" ? "complaint.form.title" : "complaint.form.titleSuggestion"), data: { no: r.no, unit: r.unit_code, createdAt: r.event_at, status: r.status, ...d, deadlines } }];
      }
    };
  }
});

// src/app/followup.ts
var followup_exports = {};
__export(followup_exports, {
  FOLLOWUP_MACHINE: () => FOLLOWUP_MACHINE,
  followupDue: () => followupDue,
  kind: () => kind6,
  recordFollowup: () => recordFollowup,
  skipFollowup: () => skipFollowup
});
async function followupDue(io2, o) {
  const { escalate: escalate2 } = await Promise.resolve().then(() => (init_complaint3(), complaint_exports));
  return write(io2, (s) => {
    escalate2(s);
    const endOfToday = atLocal(addDays(localDate(s.now, s.tz), 1), "00:00:00", s.tz);
    const rows = dueFollowups(s.db).map((f) => ({
      no: f.no,
      source: f.source_no,
      sourceType: f.source_type,
      unit: f.unit_code,
      reason: f.reason,
      by: followupBy(f.source_class),
      // R-405: major complaints are followed up by the project manager
      opensAt: f.opens_at,
      dueAt: f.due_at,
      overdue: !!f.due_at && f.due_at < s.now,
      dueToday: !!f.due_at && f.due_at >= s.now && f.due_at < endOfToday
    }));
    const order = (r) => r.overdue ? 0 : r.dueToday ? 1 : 2;
    const sorted = rows.sort((a, b) => order(a) - order(b) || String(a.dueAt).localeCompare(String(b.dueAt)));
    return o.today ? sorted.filter((r) => r.overdue || r.dueToday) : sorted;
  });
}
async function recordFollowup(io2, sourceNo, o) {
  const { no } = parseNo(sourceNo);
  if (!o.method || !METHODS.includes(o.method)) refuse("E_VALUE", "err.choice", { flag: "method", value: o.method ?? "", choices: METHODS.join(" ") });
  if (!o.satisfaction || !SATISFACTION.includes(o.satisfaction))
    refuse("E_VALUE", "err.choice", { flag: "satisfaction", value: o.satisfaction ?? "", choices: SATISFACTION.join(" ") });
  for (const [flag, v] of [["note", o.note], ["shortcomings", o.shortcomings], ["suggestions", o.suggestions]])
    if (v !== void 0 && !checkText(v.trim(), 1e3)) refuse("E_VALUE", "err.text", { flag, max: 1e3 });
  const probe = read(io2, (s) => {
    let src = getRecord(s.db, no);
    if (src?.type === "followup") src = getRecordById(s.db, getFollowup(s.db, src.id).source_id);
    return src ? { type: src.type } : null;
  });
  if (!probe) refuse("E_NOT_FOUND", "err.noRecord", { no, group: "followup" });
  const mod = await HOOKS[probe.type]?.();
  const hook = mod?.onFollowup;
  return write(io2, (s) => {
    mod?.kind?.refresh?.(s);
    let source = getRecord(s.db, no);
    if (source.type === "followup") source = getRecordById(s.db, getFollowup(s.db, source.id).source_id);
    if (source.voided) refuse("E_STATE", "err.voided", { no: source.no });
    const open = openFollowupOf(s.db, source.id);
    let hf;
    if (open) hf = getRecordById(s.db, open.record_id);
    else {
      hf = createRecord(s, { type: "followup", prefix: PREFIXES.followup, status: "due", unitId: source.unit_id, data: { source: source.no, reason: "by-hand" } });
      insertFollowup(s.db, { recordId: hf.id, sourceId: source.id, reason: "by-hand" });
      link(s.db, source.id, hf.id, "followup");
    }
    const data = { method: o.method, satisfaction: o.satisfaction, note: o.note?.trim(), shortcomings: o.shortcomings?.trim(), suggestions: o.suggestions?.trim(), confirmed: !!o.confirmed };
    move(s, hf, FOLLOWUP_MACHINE, "done", "followup", data);
    const note = [o.note, o.shortcomings && `shortcomings: ${o.shortcomings}`, o.suggestions && `suggestions: ${o.suggestions}`].filter(Boolean).join(" | ") || null;
    recordFollowupResult(s.db, hf.id, { method: o.method, satisfaction: o.satisfaction, note, doneAt: s.at });
    closeDeadline(s, hf, "followup");
    hook?.(s, source, { satisfaction: o.satisfaction, followupNo: hf.no });
    const after = getRecordById(s.db, source.id);
    return { no: hf.no, source: source.no, sourceStatus: after.status, method: o.method, satisfaction: o.satisfaction, reopened: after.status === "reopened" };
  });
}
function skipFollowup(io2, no, reason) {
  if (!reason?.trim()) refuse("E_USAGE", "err.reasonRequired");
  return write(io2, (s) => {
    const r = getRecord(s.db, parseNo(no).no);
    if (!r || r.type !== "followup") refuse("E_NOT_FOUND", "err.noRecord", { no, group: "followup" });
    move(s, r, FOLLOWUP_MACHINE, "skipped", "skip", { reason: reason.trim() });
    closeDeadline(s, r, "followup");
    return { no: r.no, status: "skipped" };
  });
}
var FOLLOWUP_MACHINE, HOOKS, kind6;
var init_followup3 = __esm({
  "src/app/followup.ts"() {
    "use strict";
    init_errors();
    init_followup2();
    init_complaint2();
    init_numbers();
    init_calendar();
    init_time();
    init_registry2();
    init_followups();
    init_records();
    init_links();
    init_loop();
    init_kinds();
    init_session();
    FOLLOWUP_MACHINE = {
      type: "followup",
      next: { due: ["done", "skipped"] },
      verbs: { done: "followup record", skipped: "followup skip" }
    };
    HOOKS = {
      complaint: () => Promise.resolve().then(() => (init_complaint3(), complaint_exports)),
      suggestion: () => Promise.resolve().then(() => (init_complaint3(), complaint_exports)),
      repair: () => Promise.resolve().then(() => (init_repair3(), repair_exports))
    };
    kind6 = {
      ...KINDS.followup,
      detail(s, r) {
        const f = followupOfRecord(s.db, r.id);
        if (!f) return {};
        return { source: f.source_no, reason: f.reason, by: followupBy(f.source_class), method: f.method, satisfaction: f.satisfaction, note: f.note, doneAt: f.done_at };
      },
      print(s, r) {
        const f = followupOfRecord(s.db, r.id);
        return [{ template: "followup-record", title: s.io.t("followup.form.title"), data: { no: r.no, unit: r.unit_code, source: f?.source_no, reason: f?.reason, method: f?.method, satisfaction: f?.satisfaction, note: f?.note, doneAt: f?.done_at } }];
      }
    };
  }
});

// src/domain/visit.ts
function createsRecord(category) {
  if (category === "repair") return "repair";
  if (category === "complaint") return "complaint";
  if (category === "suggestion") return "suggestion";
  if (category === "praise") return "praise";
  return null;
}
var CATEGORIES, VISIT_MACHINE;
var init_visit2 = __esm({
  "src/domain/visit.ts"() {
    "use strict";
    CATEGORIES = ["after-sales", "repair", "complaint", "service", "praise", "suggestion", "other"];
    VISIT_MACHINE = {
      type: "visit",
      next: { in: ["out"], open: ["closed"] },
      verbs: { out: "visit out", closed: "visit close" }
    };
  }
});

// src/store/visits.ts
function insertVisit(db2, v) {
  stmt(
    db2,
    `INSERT INTO visits(record_id, entry, category, name, id_type, id_number, phone, purpose, description, confirmed)
     VALUES (@record_id, @entry, @category, @name, @id_type, @id_number, @phone, @purpose, @description, @confirmed)`
  ).run(v);
}
function getVisit(db2, recordId) {
  return stmt(db2, `SELECT * FROM visits WHERE record_id = ?`).get(recordId);
}
function setVisitOut(db2, recordId, at) {
  stmt(db2, `UPDATE visits SET out_at = ? WHERE record_id = ?`).run(at, recordId);
}
function unitHasCompany(db2, unitId) {
  return !!stmt(db2, `SELECT 1 FROM unit_residents WHERE unit_id = ? AND role = 'company' LIMIT 1`).get(unitId);
}
function visitMonth(db2, from, to) {
  const visitors = stmt(db2, `SELECT COUNT(*) AS n FROM records r JOIN visits v ON v.record_id = r.id WHERE r.type = 'visit' AND r.voided = 0 AND v.entry = 'visitor' AND r.event_at >= ? AND r.event_at < ?`).get(from, to).n;
  const rows = stmt(
    db2,
    `SELECT v.category, COUNT(*) AS n FROM records r JOIN visits v ON v.record_id = r.id
      WHERE r.type = 'visit' AND r.voided = 0 AND v.entry = 'log' AND r.event_at >= ? AND r.event_at < ? GROUP BY v.category`
  ).all(from, to);
  return { visitors, byCategory: Object.fromEntries(rows.map((r) => [r.category, r.n])) };
}
var init_visits = __esm({
  "src/store/visits.ts"() {
    "use strict";
    init_db();
  }
});

// src/app/visit.ts
var visit_exports = {};
__export(visit_exports, {
  kind: () => kind7,
  monthlySection: () => monthlySection6,
  visitClose: () => visitClose,
  visitIn: () => visitIn,
  visitLog: () => visitLog,
  visitOut: () => visitOut
});
function visitIn(io2, o) {
  return write(io2, (s) => {
    const unit = requireUnit(s, o.unit ?? "");
    if (s.profile.estate.kind === "commercial" && !unitHasCompany(s.db, unit.id)) refuse("E_NOT_FOUND", "err.noCompany", { unit: unit.code });
    const idType = o.idType ?? "id";
    if (!ID_TYPES.includes(idType)) refuse("E_VALUE", "err.choice", { flag: "id-type", value: idType, choices: ID_TYPES.join(" ") });
    const idNumber = normalizeDocument(idType, o.idNumber ?? "", "id-number");
    const r = createRecord(s, { type: "visit", prefix: PREFIXES.visit, status: "in", unitId: unit.id, data: { entry: "visitor", purpose: o.purpose } });
    insertVisit(s.db, {
      record_id: r.id,
      entry: "visitor",
      category: null,
      name: text2(o.name, "name", 64),
      id_type: idType,
      id_number: idNumber,
      phone: o.phone ? normalizePhone(o.phone) : null,
      purpose: text2(o.purpose, "purpose"),
      description: null,
      confirmed: o.confirmed ? 1 : 0
    });
    return view4(s, r);
  });
}
function visitOut(io2, no) {
  return write(io2, (s) => {
    const r = loadRecord(s, no, ["visit"], "visit");
    const moved = move(s, r, VISIT_MACHINE, "out", "out", {});
    setVisitOut(s.db, r.id, s.at);
    return view4(s, moved);
  });
}
function visitLog(io2, o) {
  return write(io2, (s) => {
    escalate(s);
    const category = o.category ?? "";
    if (!CATEGORIES.includes(category)) refuse("E_VALUE", "err.choice", { flag: "category", value: category, choices: CATEGORIES.join(" ") });
    const description = text2(o.desc, "desc");
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const phone = o.phone ? normalizePhone(o.phone) : null;
    const name = o.name ? text2(o.name, "name", 64) : null;
    const creates = createsRecord(category);
    const channel = o.channel ?? "visit";
    if (!CHANNELS.includes(channel)) refuse("E_VALUE", "err.choice", { flag: "channel", value: channel, choices: CHANNELS.join(" ") });
    if ((creates === "complaint" || creates === "suggestion" || creates === "praise") && !name) refuse("E_USAGE", "err.required", { flag: "name" });
    if (creates === "repair" && !unit && !o.public) refuse("E_USAGE", "err.repairWhere");
    const log = createRecord(s, { type: "visit", prefix: PREFIXES.visit, status: "open", unitId: unit?.id ?? null, data: { entry: "log", category } });
    insertVisit(s.db, { record_id: log.id, entry: "log", category, name, id_type: null, id_number: null, phone, purpose: null, description, confirmed: 0 });
    let created = null;
    if (creates === "repair") {
      created = createRepair(s, { unitId: unit?.id ?? null, publicPlace: o.public ?? null, description, reporter: name, phone, source: "visit", from: log, rel: "created" });
    } else if (creates) {
      created = createComplaint(s, {
        kind: creates,
        channel,
        name,
        unitId: unit?.id ?? null,
        phone,
        place: null,
        about: o.about ? text2(o.about, "about", 100) : category,
        description,
        request: null,
        from: log
      });
      link(s.db, log.id, created.id, "created");
    }
    let cur = log;
    if (created || o.solved) cur = move(s, log, VISIT_MACHINE, "closed", "close", { created: created?.no });
    return { ...view4(s, cur), created: created?.no ?? null };
  });
}
function visitClose(io2, no, o) {
  return write(io2, (s) => view4(s, move(s, loadRecord(s, no, ["visit"], "visit"), VISIT_MACHINE, "closed", "close", { note: o.note })));
}
function view4(s, r) {
  return recordJson(s, getRecordById(s.db, r.id), kind7);
}
function detail6(s, r, unmask) {
  const v = getVisit(s.db, r.id);
  if (!v) return {};
  return {
    entry: v.entry,
    category: v.category,
    name: v.name,
    idType: v.id_type,
    idNumber: v.id_number == null ? null : unmask ? v.id_number : mask(v.id_number),
    phone: v.phone == null ? null : unmask ? v.phone : maskPhone(v.phone),
    purpose: v.purpose,
    description: v.description,
    confirmed: !!v.confirmed,
    outAt: v.out_at
  };
}
function monthlySection6(s, from, to) {
  return visitMonth(s.db, from, to);
}
var kind7;
var init_visit3 = __esm({
  "src/app/visit.ts"() {
    "use strict";
    init_errors();
    init_numbers();
    init_identity();
    init_input();
    init_visit2();
    init_visits();
    init_links();
    init_records();
    init_loop();
    init_repair3();
    init_complaint3();
    init_complaint2();
    init_kinds();
    init_registry3();
    init_records2();
    init_session();
    kind7 = {
      ...KINDS.visit,
      detail: detail6,
      exportColumns: {
        header: ["csv.entry", "csv.category", "csv.name", "csv.id_number", "csv.phone", "csv.purpose", "csv.description", "csv.out"],
        row: (s, r, unmask) => {
          const d = detail6(s, r, unmask);
          return [d.entry, d.category, d.name, d.idNumber, d.phone, d.purpose, d.description, d.outAt];
        }
      }
    };
  }
});

// src/app/kinds.ts
var KINDS, MODULES;
var init_kinds = __esm({
  "src/app/kinds.ts"() {
    "use strict";
    KINDS = {
      checkin: { group: "checkin", types: ["checkin"], final: ["completed", "voided"] },
      renovate: { group: "renovate", types: ["renovation"], final: ["closed", "rejected", "voided"], gist: ["contractor", "start", "end"] },
      complaint: { group: "complaint", types: ["complaint", "suggestion"], final: ["closed", "voided"], gist: ["name", "about", "description"] },
      repair: { group: "repair", types: ["repair"], final: ["closed", "voided"], gist: ["public", "location", "description"] },
      visit: { group: "visit", types: ["visit"], final: ["out", "closed", "voided"], gist: ["name", "purpose", "category", "description"] },
      keys: { group: "keys", types: ["keyMove"], final: ["closed", "voided"], gist: ["hook", "borrower", "reason"] },
      followup: { group: "followup", types: ["followup"], final: ["done", "skipped", "voided"], gist: ["source", "satisfaction"] },
      notice: { group: "notice", types: ["notice"], final: ["expired", "voided"] },
      patrol: { group: "patrol", types: ["patrol"], final: ["done", "voided"] },
      survey: { group: "survey", types: ["survey"], final: ["closed", "voided"] },
      lend: { group: "lend", types: ["lending"], final: ["returned", "closed", "voided"] }
    };
    MODULES = {
      checkin: () => Promise.resolve().then(() => (init_checkin4(), checkin_exports)),
      keys: () => Promise.resolve().then(() => (init_keys4(), keys_exports)),
      complaint: () => Promise.resolve().then(() => (init_complaint3(), complaint_exports)),
      followup: () => Promise.resolve().then(() => (init_followup3(), followup_exports)),
      visit: () => Promise.resolve().then(() => (init_visit3(), visit_exports)),
      repair: () => Promise.resolve().then(() => (init_repair3(), repair_exports)),
      renovate: () => Promise.resolve().then(() => (init_renovate2(), renovate_exports))
    };
  }
});

// src/cli/run.ts
init_i18n();
init_errors();
import os from "node:os";
import path from "node:path";

// src/cli/ask.ts
init_errors();
init_identity();

// src/cli/run.ts
function defaultDb(env) {
  if (env.PMDESK_DB) return env.PMDESK_DB;
  const base = process.platform === "win32" ? path.join(env.LOCALAPPDATA || path.join(os.homedir(), "AppData", "Local"), "pmdesk", "Data") : process.platform === "darwin" ? path.join(os.homedir(), "Library", "Application Support", "pmdesk") : path.join(env.XDG_DATA_HOME || path.join(os.homedir(), ".local", "share"), "pmdesk");
  return path.join(base, "pmdesk.db");
}
function osUser() {
  try {
    return os.userInfo().username;
  } catch {
    return "clerk";
  }
}
function makeIo(g, env = process.env) {
  if (g.lang && !["zh", "en"].includes(g.lang)) refuse("E_USAGE", "err.choice", { flag: "lang", value: g.lang, choices: "zh en" });
  const lang = pickLang(g.lang, env);
  const yes = !!g.yes;
  return {
    lang,
    t: translator(lang),
    json: !!g.json,
    yes,
    interactive: !yes && !!process.stdin.isTTY && !!process.stdout.isTTY,
    color: g.color !== false && !env.NO_COLOR && !!process.stdout.isTTY,
    clerk: (g.clerk ?? env.PMDESK_CLERK ?? osUser()).trim() || osUser(),
    dbFile: g.db ?? defaultDb(env),
    nowEnv: env.PMDESK_NOW || void 0,
    at: g.at,
    debug: env.PMDESK_DEBUG === "1",
    stdout: (s) => void process.stdout.write(s.endsWith("\n") ? s : `${s}
`),
    stderr: (s) => void process.stderr.write(s.endsWith("\n") ? s : `${s}
`)
  };
}

// ../../tmp/gen/prof.mjs
init_session();
init_kinds();
init_time();

// src/report/units.ts
init_reports();
init_registry2();
function unitsSection(db2, from, to) {
  const byStatus = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0]));
  for (const r of unitStatusAt(db2, to)) byStatus[r.status] = r.n;
  const changes = unitChanges(db2, from, to).map((c) => ({ unit: c.code, at: c.at, from: c.old_status, to: c.new_status, no: c.no }));
  const changeCounts = {};
  for (const c of changes) changeCounts[`${c.from ?? ""}\u2192${c.to}`] = (changeCounts[`${c.from ?? ""}\u2192${c.to}`] ?? 0) + 1;
  return { total: unitCount(db2, to), byStatus, changes, changeCounts };
}

// ../../tmp/gen/prof.mjs
init_reports();
var db = process.argv[2];
var io = makeIo({ db }, { PMDESK_NOW: "2026-11-23T10:00:00+08:00" });
var mods = {};
for (const k of Object.keys(MODULES)) mods[k] = await MODULES[k]();
read(io, (s) => {
  const { from, to } = monthRange("2026-10", s.tz);
  const T = (name, f) => {
    const t = performance.now();
    f();
    console.log(name.padEnd(22), (performance.now() - t).toFixed(1), "ms");
  };
  const owners2 = { checkins: "checkin", renovations: "renovate", complaints: "complaint", suggestions: "complaint", repairs: "repair", keys: "keys", visits: "visit" };
  for (let round = 0; round < 2; round++) {
    console.log("round", round);
    for (const [n, o] of Object.entries(owners2)) T(n, () => mods[o].monthlySection?.(s, from, to, n));
    T("units", () => unitsSection(s.db, from, to));
    T("followupsDone", () => followupsDone(s.db, from, to));
    T("followup timeliness", () => stepTimeliness(s.db, "followup", "followup", from, to, s.now));
  }
});
