// Help for `pmdesk setup …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  init: {
    en: 'create or upgrade the database (idempotent; backup before an upgrade)',
    zh: '创建或升级数据库（可重复执行；升级前自动备份）',
    rules: ['R-001'],
    examples: ['pmdesk init --estate 虹港家园', 'pmdesk --db /srv/pmdesk/hgjy.db init --estate 虹港家园 --profile hgjy-profile.json'],
    options: {
      '--estate': { en: 'estate name, printed on forms and reports', zh: '小区（项目）名称，印在表单和报表上' },
      '--profile': {
        en: 'JSON file of profile settings (same shape as data/profile.default.json)',
        zh: '小区配置的 JSON 文件（格式同 data/profile.default.json）',
      },
    },
  },
  demo: {
    en: 'build a demo estate with a month of activity, then print its report',
    zh: '生成演示小区及一个月的前台业务，并输出该月报表',
    rules: ['R-900'],
    examples: ['pmdesk demo', 'pmdesk --db /tmp/demo.db demo --month 2026-10'],
    options: {
      '--month': { en: 'the month of activity, YYYY-MM (default: last month)', zh: '业务月份，格式 YYYY-MM（默认上月）' },
      '--size': {
        en: 'small (default, ≈600 units) or large (bench: 20,000 units, 10 years)',
        zh: 'small（默认，约 600 套房屋）或 large（压测用：20,000 套房屋、10 年数据）',
      },
      '--years': { en: 'years of history before the month (large: 10)', zh: '该月之前的历史年数（large 为 10）' },
    },
  },
  unit: {
    en: 'units: import, add, list, show, edit, move-in, move-out, status, history',
    zh: '房屋：导入、新增、列表、查看、更正、入住、迁出、设置状态、动态',
    rules: ['R-100', 'R-102', 'R-104'],
    examples: ['pmdesk unit import units.csv', 'pmdesk unit show A-1-101'],
  },
  'unit import': {
    en: 'load units from CSV: code, building, floor, area, status; rows that differ are listed, applied with --apply',
    zh: '从 CSV 导入房屋：房号、楼栋、楼层、面积、状态（有错行则整份不导入；与登记不同之处逐项列出，加 --apply 才更正）',
    rules: ['R-102', 'R-100', 'R-105'],
    examples: ['pmdesk unit import units.csv', 'pmdesk --clerk 王敏 unit import 房屋清单-A栋.csv --apply'],
    options: {
      '--apply': { en: 'apply the listed differences (all or nothing, each audited)', zh: '应用列出的差异（全部或全不，逐项记入审计日志）' },
    },
  },
  'unit add': {
    en: 'add one unit',
    zh: '新增一套房屋',
    rules: ['R-100'],
    examples: [
      'pmdesk unit add A-1-101 --building A --floor 1 --area 89.56',
      'pmdesk unit add B-2-1203 --building B --floor 12 --area 126.3 --status handed-over',
    ],
    options: {
      '--building': { en: 'building', zh: '楼栋' },
      '--floor': { en: 'floor', zh: '楼层' },
      '--area': { en: 'area in m², up to 2 decimals', zh: '面积（m²，最多两位小数）' },
      '--status': {
        en: 'unsold|vacant|handed-over|renovating|occupied|leased (default vacant)',
        zh: 'unsold|vacant|handed-over|renovating|occupied|leased（未售、空置、已交房、装修中、已入住、出租；默认 vacant）',
      },
    },
  },
  'unit list': {
    en: 'list units',
    zh: '房屋列表',
    rules: ['R-100'],
    examples: ['pmdesk unit list --status vacant --building A', 'pmdesk unit list --csv'],
    options: {
      '--status': { en: 'only units in this status', zh: '只列此状态的房屋' },
      '--building': { en: 'only this building', zh: '只列此楼栋' },
      '--csv': { en: 'CSV on stdout', zh: '以 CSV 输出到标准输出' },
    },
  },
  'unit show': {
    en: 'a unit: residents, keys, open records, history',
    zh: '查看房屋：住户、钥匙、未办结单据、历史',
    rules: ['R-100', 'R-004'],
    examples: ['pmdesk unit show A-1-101', 'pmdesk unit show A-1-101 --unmask --reason 业主来电核对身份'],
    options: {
      '--unmask': {
        en: 'show ID numbers and phones in full (audit-logged; needs --reason)',
        zh: '完整显示证件号和电话（记入审计日志，须同时给 --reason）',
      },
      '--reason': { en: 'why the personal data is needed unmasked', zh: '需要查看完整个人信息的原因' },
    },
  },
  'unit edit': {
    en: "correct a unit's building, floor or area; old → new in the audit log",
    zh: '更正房屋的楼栋、楼层或面积；原值与新值记入审计日志',
    rules: ['R-105', 'R-001'],
    examples: [
      'pmdesk unit edit A-1-101 --area 89.65 --reason 实测面积更正',
      'pmdesk unit edit B-2-1203 --building B --floor 12 --reason 交房清单录入错误',
    ],
    options: {
      '--building': { en: 'the right building', zh: '正确的楼栋' },
      '--floor': { en: 'the right floor', zh: '正确的楼层' },
      '--area': { en: 'the right area in m², up to 2 decimals', zh: '正确的面积（m²，最多两位小数）' },
      '--reason': { en: 'why it is corrected (required)', zh: '更正原因（必填）' },
    },
  },
  'unit move-in': {
    en: 'move-in 入住登记: the unit becomes occupied on a date, with who lives there',
    zh: '入住登记：房屋于某日变为已入住，并登记入住人',
    rules: ['R-104', 'R-103', 'R-005'],
    examples: ['pmdesk unit move-in A-1-101 --date 2026-09-12 --resident 王伟', 'pmdesk unit move-in B-2-1203 --resident 12 15'],
    options: {
      '--date': { en: 'the day they moved in (default today; not after today)', zh: '入住日期（默认今天，不能晚于今天）' },
      '--resident': { en: 'who lives there: residents registered on the unit (id or name)', zh: '入住人：该房屋名下的住户（编号或姓名）' },
    },
  },
  'unit lease': {
    en: 'file a lease 出租备案 (ZL): tenant with a checked ID and phone, term, rent, agency fee; the unit becomes leased',
    zh: '出租备案（ZL）：承租人（证件号与电话校验）、租期、租金、中介费；房屋变为出租',
    rules: ['R-107', 'R-104', 'R-003', 'R-004'],
    examples: [
      'pmdesk unit lease A-1-101 --tenant 赵磊 --id-number 320502198506124512 --phone 13712345678 --from 2026-09-01 --to 2027-08-31 --rent 3500',
      'pmdesk unit lease B-2-1203 --tenant 钱芳 --id-number 440304199211203057 --phone 13612345678 --from 2026-10-01 --to 2027-03-31 --rent 4200 --agency-fee 2100',
    ],
    options: {
      '--tenant': { en: "the tenant's name", zh: '承租人姓名' },
      '--id-type': { en: 'id|passport|hk-macau|taiwan|company (default id)', zh: 'id|passport|hk-macau|taiwan|company（证件类型，默认 id）' },
      '--id-number': { en: "the tenant's document number (validated)", zh: '承租人证件号码（校验）' },
      '--phone': { en: "the tenant's phone", zh: '承租人电话' },
      '--from': { en: 'first day of the term', zh: '租期开始日' },
      '--to': { en: 'last day of the term (reminder 30 days before)', zh: '租期结束日（提前 30 天提醒）' },
      '--rent': { en: 'monthly rent in yuan', zh: '月租金（元）' },
      '--agency-fee': { en: 'agency fee in yuan when the desk brokered it (a ledger entry)', zh: '物业代理出租时的中介服务费（元，记入台账）' },
    },
  },
  'unit lease-end': {
    en: '撤租: meters read, keys out listed, the lease and its tenants ended; the unit back to before the lease',
    zh: '撤租：抄水电煤表、列出未归还钥匙、结束租赁及租户；房屋恢复出租前状态',
    rules: ['R-104', 'R-107', 'R-105'],
    examples: [
      'pmdesk unit lease-end A-1-101 --water 132.5 --electricity 2210 --gas 88',
      'pmdesk unit lease-end A-1-101 --date 2026-09-20 --early --water 132.5 --electricity 2210 --gas 88',
    ],
    options: {
      '--date': { en: 'the day of 撤租 (default today; not after today)', zh: '撤租日期（默认今天，不能晚于今天）' },
      '--early': { en: 'the lease ends before its term (required then)', zh: '租期未满提前撤租（此时必填）' },
      '--water': { en: 'water meter reading', zh: '水表读数' },
      '--electricity': { en: 'electricity meter reading', zh: '电表读数' },
      '--gas': { en: 'gas meter reading', zh: '燃气表读数' },
    },
  },
  'unit move-out': {
    en: 'move-out: the occupied unit becomes vacant on a date',
    zh: '迁出：已入住的房屋于某日变为空置',
    rules: ['R-104', 'R-103', 'R-005'],
    examples: ['pmdesk unit move-out A-1-101 --date 2026-09-28', 'pmdesk --at 2026-09-28T16:00 unit move-out B-2-1203'],
    options: { '--date': { en: 'the day they moved out (default today; not after today)', zh: '迁出日期（默认今天，不能晚于今天）' } },
  },
  'unit status': {
    en: 'set a status that no workflow reaches, with a reason (audit-logged)',
    zh: '直接设置业务流程无法达到的状态，须说明原因（记入审计日志）',
    rules: ['R-104', 'R-001'],
    examples: [
      'pmdesk unit status A-1-102 vacant --reason 开发商售出',
      'pmdesk unit status A-1-101 handed-over --reason 纸质交房记录补录 --date 2026-07-15',
    ],
    options: {
      '--reason': { en: 'why it is set directly (required)', zh: '直接设置的原因（必填）' },
      '--date': { en: 'the day it changed (default today; not after today)', zh: '状态变化日期（默认今天，不能晚于今天）' },
    },
  },
  'unit history': {
    en: "a unit's life: every status change and every resident change, with dates",
    zh: '房屋动态：每次状态变化和住户变化及日期',
    rules: ['R-104', 'R-105', 'R-103'],
    examples: ['pmdesk unit history A-1-101', 'pmdesk --json unit history B-2-1203'],
  },
  resident: {
    en: 'residents: import, add, list, show, edit, end',
    zh: '住户：导入、登记、列表、查看、更正、迁出',
    rules: ['R-101', 'R-102', 'R-004'],
    examples: ['pmdesk resident import residents.csv', 'pmdesk resident list --unit A-1-101'],
  },
  'resident import': {
    en: 'load residents from CSV: [id,] name, role, id_type, id_number, phone, unit; differences applied with --apply',
    zh: '从 CSV 导入住户：[编号,] 姓名、身份、证件类型、证件号码、电话、房号（有错行则整份不导入；差异加 --apply 才更正）',
    rules: ['R-102', 'R-101', 'R-105', 'R-004'],
    examples: ['pmdesk resident import residents.csv', 'pmdesk --clerk 王敏 resident import 交房名单-A栋.csv --apply'],
    options: {
      '--apply': { en: 'apply the listed differences (all or nothing, each audited)', zh: '应用列出的差异（全部或全不，逐项记入审计日志）' },
    },
  },
  'resident add': {
    en: 'register a resident on a unit',
    zh: '为房屋登记住户',
    rules: ['R-101', 'R-004'],
    examples: [
      'pmdesk resident add --name 张伟 --role owner --id-number 11010519491231002X --phone 13812345678 --unit A-1-101',
      'pmdesk resident add --name 李娜 --role co-owner --id-number 320502199003081527 --phone 13912345678 --unit A-1-101',
    ],
    options: {
      '--name': { en: 'name', zh: '姓名' },
      '--role': { en: 'owner|co-owner|tenant|company|agent', zh: 'owner|co-owner|tenant|company|agent（业主、联名业主、租户、单位、代理人）' },
      '--id-type': {
        en: 'id|passport|hk-macau|taiwan|company (default id)',
        zh: 'id|passport|hk-macau|taiwan|company（身份证、护照、港澳通行证、台胞证、统一社会信用代码；默认 id）',
      },
      '--id-number': { en: 'document number', zh: '证件号码' },
      '--phone': { en: 'mobile or landline', zh: '手机或座机' },
      '--unit': { en: 'unit code', zh: '房号' },
    },
  },
  'resident list': {
    en: 'list residents (ID numbers and phones masked)',
    zh: '住户列表（证件号和电话遮盖显示）',
    rules: ['R-101', 'R-004'],
    examples: ['pmdesk resident list --unit A-1-101', 'pmdesk resident list --name 张 --csv'],
    options: {
      '--unit': { en: 'only residents of this unit', zh: '只列该房屋的住户' },
      '--name': { en: 'name contains', zh: '姓名包含' },
      '--unmask': {
        en: 'show ID numbers and phones in full (audit-logged; needs --reason)',
        zh: '完整显示证件号和电话（记入审计日志，须同时给 --reason）',
      },
      '--reason': { en: 'why the personal data is needed unmasked', zh: '需要查看完整个人信息的原因' },
      '--csv': { en: 'CSV on stdout', zh: '以 CSV 输出到标准输出' },
    },
  },
  'resident show': {
    en: 'a resident and the units they hold',
    zh: '查看住户及其名下房屋',
    rules: ['R-101', 'R-004'],
    examples: ['pmdesk resident show 12', 'pmdesk resident show 张伟 --unmask --reason 代领钥匙核对身份'],
    options: {
      '--unmask': {
        en: 'show ID numbers and phones in full (audit-logged; needs --reason)',
        zh: '完整显示证件号和电话（记入审计日志，须同时给 --reason）',
      },
      '--reason': { en: 'why the personal data is needed unmasked', zh: '需要查看完整个人信息的原因' },
    },
  },
  'resident edit': {
    en: "correct a resident's name, phone, ID or role; old → new in the audit log",
    zh: '更正住户的姓名、电话、证件或身份；原值与新值记入审计日志',
    rules: ['R-105', 'R-001', 'R-004'],
    examples: [
      'pmdesk resident edit 12 --phone 13912345678 --reason 业主来电更换手机号',
      'pmdesk resident edit 张伟 --role co-owner --unit A-1-101 --reason 房产证为联名',
    ],
    options: {
      '--name': { en: 'the right name', zh: '正确的姓名' },
      '--phone': { en: 'the right phone (mobile or landline)', zh: '正确的电话（手机或座机）' },
      '--id-type': { en: 'id|passport|hk-macau|taiwan|company', zh: 'id|passport|hk-macau|taiwan|company（证件类型）' },
      '--id-number': { en: 'the right document number (validated)', zh: '正确的证件号码（校验）' },
      '--role': { en: 'owner|co-owner|tenant|company|agent on a unit', zh: '在某套房屋的身份：owner|co-owner|tenant|company|agent' },
      '--unit': { en: 'the unit whose role changes (when they hold several)', zh: '修改身份的房号（名下有多套时必填）' },
      '--reason': { en: 'why it is corrected (required)', zh: '更正原因（必填）' },
    },
  },
  'resident end': {
    en: 'a resident leaves a unit on a date; their history stays',
    zh: '住户于某日迁出房屋（不删除，历史保留）',
    rules: ['R-105', 'R-001'],
    examples: ['pmdesk resident end 15 --unit C-1-102 --date 2026-09-20', 'pmdesk resident end 赵磊 --unit C-1-102 --reason 租户提前退租'],
    options: {
      '--unit': { en: 'the unit they leave (required)', zh: '迁出的房号（必填）' },
      '--date': { en: 'the day they left (default today; not after today)', zh: '迁出日期（默认今天，不能晚于今天）' },
      '--reason': { en: 'a note on why', zh: '迁出说明' },
    },
  },
  profile: {
    en: 'estate profile: fees, deadlines, coverage, seasons, holidays',
    zh: '小区配置：收费标准、期限、回访比例、装修季节、节假日',
    rules: ['R-002', 'R-302', 'R-801'],
    examples: ['pmdesk profile show', 'pmdesk profile set fees.permitFeeFen 3000'],
  },
  'profile show': {
    en: "the profile in effect (defaults with this estate's settings)",
    zh: '查看当前生效的配置（默认值加本小区的设置）',
    rules: ['R-002'],
    examples: ['pmdesk profile show', 'pmdesk --db /srv/pmdesk/hgjy.db profile show'],
  },
  'profile set': {
    en: 'change one setting by its dotted key (audit-logged); a calendar.… setting recomputes the open deadlines it touches',
    zh: '按键名修改一项配置（记入审计日志）；修改 calendar.… 时重新计算受影响的未完成期限',
    rules: ['R-001', 'R-002', 'R-0A2'],
    examples: ['pmdesk profile set fees.permitFeeFen 3000', 'pmdesk profile set deadlines.R-301.review 7wd'],
  },
} satisfies HelpBundle;
