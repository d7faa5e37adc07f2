// Help for `pmdesk keys …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  keys: {
    en: 'the key cabinet (YS)',
    zh: '钥匙管理（YS）',
    rules: ['R-700', 'R-701', 'R-702', 'R-703', 'R-704', 'R-705', 'R-706', 'R-707'],
    examples: ['pmdesk keys where A-1-101', 'pmdesk keys out --overdue'],
  },
  'keys add': {
    en: 'register a key set in the cabinet',
    zh: '钥匙入柜登记',
    rules: ['R-700'],
    examples: [
      'pmdesk keys add A-1-101 --kind door --count 3 --custody developer',
      'pmdesk keys add B-2-1203 --kind mailbox --count 2 --custody unsold --hook K0120',
    ],
    options: {
      '--kind': { en: 'door | mailbox | other', zh: 'door | mailbox | other（门钥匙/信箱钥匙/其他）' },
      '--count': { en: 'number of keys', zh: '钥匙把数' },
      '--custody': {
        en: 'developer | entrusted | unsold | public',
        zh: 'developer | entrusted | unsold | public（开发商移交/业主托管/未售房/公共部位）',
      },
      '--hook': { en: 'hook number (default K0001, K0002, …)', zh: '挂钩号（默认依次为 K0001、K0002……）' },
    },
  },
  'keys entrust': {
    en: 'an owner leaves keys with the desk',
    zh: '业主托管钥匙（留钥匙）',
    rules: ['R-701'],
    examples: [
      'pmdesk keys entrust A-1-102 --owner 张伟 --count 2',
      'pmdesk keys entrust B-2-1203 --owner 李娜 --count 1 --kind mailbox --hook K0088',
    ],
    options: {
      '--owner': { en: 'the owner', zh: '业主' },
      '--count': { en: 'number of keys', zh: '钥匙把数' },
      '--kind': { en: 'door | mailbox | other (default door)', zh: 'door | mailbox | other（默认 door）' },
      '--hook': { en: 'hook number', zh: '挂钩号' },
    },
  },
  'keys lend': {
    en: "lend a key set (staff or a renovation's manager); due back in 3 days",
    zh: '借出钥匙（员工或装修负责人），3 天内归还',
    rules: ['R-702', 'R-704'],
    examples: [
      'pmdesk keys lend K0001 --to 刘强 --phone 13912345678 --reason "入户检修水管"',
      'pmdesk keys lend A-1-102:door --to 陈刚 --phone 13712345678 --reason "装修进场" --contractor ZX-2026-0003',
    ],
    options: {
      '--to': { en: 'borrower', zh: '借用人' },
      '--phone': { en: 'borrower phone', zh: '借用人电话' },
      '--reason': { en: 'why', zh: '借用原因' },
      '--count': { en: 'how many keys (default all)', zh: '借出把数（默认全部）' },
      '--contractor': { en: 'the renovation (ZX-…) a contractor borrows for', zh: '装修单位借用时填装修单号（ZX-…）' },
    },
  },
  'keys return': {
    en: 'return a loan: count checked; a contractor loan closes once inspected',
    zh: '归还钥匙：核对数量；装修单位借用须验房合格才结单',
    rules: ['R-703'],
    examples: ['pmdesk keys return YS-2026-0012', 'pmdesk keys return YS-2026-0013 --inspection pass'],
    options: {
      '--count': { en: 'keys returned (default: as lent)', zh: '归还把数（默认与借出相同）' },
      '--inspection': { en: 'pass | fail (contractor loans)', zh: '验房结果 pass | fail（装修单位借用）' },
      '--note': { en: 'explains a count that does not match', zh: '数量不符时的说明' },
    },
  },
  'keys release': {
    en: 'hand a key set to the owner: identity verified, or a confirming call',
    zh: '钥匙交业主：核验身份；非业主本人领取须先致电业主确认',
    rules: ['R-705'],
    examples: ['pmdesk keys release K0001 --to 张伟', 'pmdesk keys release A-1-102:door --to 张小明 --verified-by-call'],
    options: {
      '--to': { en: 'who collects', zh: '领取人' },
      '--verified-by-call': { en: 'the owner was called and confirmed', zh: '已致电业主并得到确认' },
    },
  },
  'keys lost': {
    en: 'a key set lost or damaged',
    zh: '钥匙丢失或损坏登记',
    rules: ['R-706'],
    examples: ['pmdesk keys lost K0003 --by 刘强', 'pmdesk keys lost A-1-102:mailbox --by 陈刚 --lock-changed'],
    options: {
      '--by': { en: 'who lost it', zh: '丢失人' },
      '--lock-changed': { en: "the lock was changed (with the owner's consent)", zh: '已换锁（经业主同意）' },
    },
  },
  'keys where': {
    en: 'where is every key of a unit',
    zh: '查询某房号全部钥匙的去向',
    rules: ['R-707'],
    examples: ['pmdesk keys where A-1-101', 'pmdesk keys where B-2-1203 --json'],
  },
  'keys register': {
    en: 'print the entrust register',
    zh: '打印业主留钥匙登记表',
    rules: ['R-701', 'R-902'],
    examples: ['pmdesk keys register --out 留钥匙登记表.html', 'pmdesk keys register A-1-102 --format pdf --out A-1-102-留钥匙登记表.pdf'],
    options: {
      '--format': { en: 'html or pdf', zh: 'html 或 pdf' },
      '--out': { en: 'write to this new file (0600)', zh: '写入新文件（权限 0600）' },
      '--force': {
        en: 'replace an existing file (never the database or its backups)',
        zh: '覆盖已存在的文件（数据库及其备份除外）',
      },
    },
  },
  'keys out': {
    en: 'what is out right now; --overdue: out more than 3 days',
    zh: '当前借出未还的钥匙；--overdue 只列超过 3 天未还的',
    rules: ['R-707', 'R-704'],
    examples: ['pmdesk keys out', 'pmdesk keys out --overdue'],
    options: {
      '--overdue': { en: 'only overdue loans', zh: '仅逾期未还' },
    },
  },
} satisfies HelpBundle;
