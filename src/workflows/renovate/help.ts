// Help for `pmdesk renovate …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  renovate: {
    en: 'renovation permits (ZX)',
    zh: '装修管理（ZX）',
    rules: ['R-300', 'R-301', 'R-302', 'R-303', 'R-304', 'R-305', 'R-306', 'R-307'],
    examples: ['pmdesk renovate list --open', 'pmdesk renovate ledger ZX-2026-0001'],
  },
  'renovate apply': {
    en: 'a renovation application; status applied until every document is in',
    zh: '受理装修申请；资料齐全前状态为 applied',
    rules: ['R-300', 'R-004'],
    examples: [
      'pmdesk renovate apply A-1-101 --owner 张伟 --contractor 上海美家装饰工程有限公司 --licence 91350100M000100Y43 --manager-name 王强 --manager-id 310115198506123411 --manager-phone 13812345678 --scope plumbing,electrical --start 2026-06-01 --end 2026-08-31',
      'pmdesk renovate apply B-2-1203 --contractor 金螳螂家装 --licence 91310115MA1K3B8L22 --qualification 建筑装饰二级 --manager-name 刘洋 --manager-id 510107198804022712 --manager-phone 13912345678 --scope structure,plumbing,hot-work --gas --start 2026-07-01 --end 2026-10-31',
    ],
    options: {
      '--contractor': { en: 'contractor company', zh: '施工单位' },
      '--licence': { en: 'business licence: unified social credit code', zh: '营业执照：统一社会信用代码' },
      '--qualification': { en: 'qualification certificate', zh: '资质证书' },
      '--manager-name': { en: 'responsible person', zh: '施工负责人姓名' },
      '--manager-id': { en: 'their ID number', zh: '负责人身份证号' },
      '--manager-phone': { en: 'their phone', zh: '负责人电话' },
      '--scope': {
        en: 'structure,plumbing,electrical,facade,hot-work',
        zh: 'structure,plumbing,electrical,facade,hot-work（结构、给排水、强弱电、外立面、动火）',
      },
      '--gas': { en: 'plumbing includes gas (gas approval needed)', zh: '给排水含燃气改动（需燃气审批）' },
      '--emissions': { en: 'work with emissions (environmental approval needed)', zh: '有排放的作业（需环保审批）' },
      '--owner': { en: 'the owner applying', zh: '申请业主' },
      '--start': { en: 'planned start', zh: '计划开工日期' },
      '--end': { en: 'planned end', zh: '计划完工日期' },
    },
  },
  'renovate doc': {
    en: 'documents received: owner-proof drawings contract licence qualification manager-id guarantee fire-approval gas-approval env-approval',
    zh: '登记收到的资料：owner-proof（业主证明）drawings（施工图纸）contract（合同）licence（营业执照）qualification（资质证书）manager-id（负责人身份证）guarantee（保证书）fire-approval（消防审批）gas-approval（燃气审批）env-approval（环保审批）；资料齐全即转入审核',
    rules: ['R-300', 'R-301'],
    examples: [
      'pmdesk renovate doc ZX-2026-0001 owner-proof drawings contract licence qualification manager-id guarantee',
      'pmdesk renovate doc ZX-2026-0002 fire-approval gas-approval',
    ],
  },
  'renovate approve': {
    en: 'approve after review, with conditions if any',
    zh: '审核通过（可附条件）',
    rules: ['R-301'],
    examples: ['pmdesk renovate approve ZX-2026-0001', 'pmdesk renovate approve ZX-2026-0002 --conditions 不得改动承重墙，空调外机按统一位置安装'],
    options: {
      '--conditions': { en: 'conditions', zh: '审批条件' },
    },
  },
  'renovate reject': {
    en: 'reject with reasons',
    zh: '审核不通过，须说明理由',
    rules: ['R-301'],
    examples: [
      'pmdesk renovate reject ZX-2026-0002 --reason 拆改承重墙，结构方案未获批准',
      'pmdesk renovate reject ZX-2026-0004 --reason 外立面改动不符合小区统一规定',
    ],
    options: {
      '--reason': { en: 'reasons', zh: '不通过的理由' },
    },
  },
  'renovate pay': {
    en: 'collect the fees due and issue the permit; the site becomes active',
    zh: '收取装修费用及押金，发放施工许可证，工地转为施工中',
    rules: ['R-302', 'R-303', 'R-003'],
    examples: ['pmdesk renovate pay ZX-2026-0001 --receipt 0012345', 'pmdesk --at 2026-05-20T14:00 renovate pay ZX-2026-0002 --receipt 0012346'],
    options: {
      '--receipt': { en: 'receipt number', zh: '收据号' },
    },
  },
  'renovate worker': {
    en: 'worker passes: add, return, lost',
    zh: '施工人员出入证：办理、退还、遗失',
    rules: ['R-303', 'R-302'],
    examples: [
      'pmdesk renovate worker add ZX-2026-0001 --name 赵建国 --id-number 340104199207160539',
      'pmdesk renovate worker return ZX-2026-0001-P01',
    ],
  },
  'renovate worker add': {
    en: 'register a worker and issue a numbered pass',
    zh: '登记施工人员并发放编号出入证',
    rules: ['R-303', 'R-302'],
    examples: [
      'pmdesk renovate worker add ZX-2026-0001 --name 赵建国 --id-number 340104199207160539',
      'pmdesk renovate worker add ZX-2026-0001 --name 钱小军 --id-number 440304197809150069',
    ],
    options: {
      '--name': { en: "worker's name", zh: '施工人员姓名' },
      '--id-number': { en: 'ID number', zh: '身份证号' },
    },
  },
  'renovate worker return': {
    en: 'pass returned: its deposit is refunded',
    zh: '出入证交回，退还出入证押金',
    rules: ['R-302', 'R-003'],
    examples: ['pmdesk renovate worker return ZX-2026-0001-P01', 'pmdesk --at 2026-08-30T17:00 renovate worker return ZX-2026-0001-P02'],
  },
  'renovate worker lost': {
    en: "pass lost: deducted from the contractor's deposit",
    zh: '出入证遗失，从施工单位装修保证金中扣款',
    rules: ['R-302'],
    examples: ['pmdesk renovate worker lost ZX-2026-0001-P02', 'pmdesk --clerk 王敏 renovate worker lost ZX-2026-0003-P01'],
  },
  'renovate inspect': {
    en: 'site inspection: --ok, or --violation with a rectification notice',
    zh: '装修巡查：--ok 合格，或 --violation 开具整改通知单',
    rules: ['R-304', 'R-305'],
    examples: ['pmdesk renovate inspect ZX-2026-0001 --ok', 'pmdesk renovate inspect ZX-2026-0001 --violation 现场未配灭火器 --deadline 2026-06-12'],
    options: {
      '--ok': { en: 'everything in order', zh: '检查合格' },
      '--violation': { en: 'what is wrong', zh: '违规事项' },
      '--deadline': { en: 'rectify by', zh: '整改期限' },
      '--stop-work': { en: 'serious: stop work until a re-inspection passes', zh: '情节严重：停工整顿，复查合格后复工' },
    },
  },
  'renovate release': {
    en: 'release slip for goods leaving the estate',
    zh: '开具物品放行条（出门条）',
    rules: ['R-306'],
    examples: [
      'pmdesk renovate release ZX-2026-0001 --items 旧木门2扇、旧马桶1个',
      'pmdesk renovate release ZX-2026-0001 --items 电锤1台、切割机1台',
    ],
    options: {
      '--items': { en: 'what', zh: '放行物品' },
    },
  },
  'renovate accept': {
    en: 'acceptance inspection on completion: --pass, or --fail with a reason',
    zh: '完工验收：--pass 合格，或 --fail 并说明原因（整改后复验）',
    rules: ['R-307'],
    examples: ['pmdesk renovate accept ZX-2026-0001 --pass', 'pmdesk renovate accept ZX-2026-0001 --fail --reason 公共走道墙面污损未修复'],
    options: {
      '--pass': { en: 'passed', zh: '验收合格' },
      '--fail': { en: 'failed: rectify and re-inspect', zh: '验收不合格：整改后复验' },
      '--reason': { en: 'why it failed', zh: '不合格原因' },
      '--despite-open': {
        en: 'accept although passes are out or rectifications open, saying why',
        zh: '尚有出入证未交回或整改未完成时仍验收，并说明原因',
      },
    },
  },
  'renovate refund': {
    en: 'pay back the deposits held, minus deductions; closes the renovation (what is still out is listed and confirmed at a terminal; --yes for scripts)',
    zh: '退还押金（扣除扣款后），装修单办结（尚未了结的事项会列出并在终端确认；脚本用 --yes）',
    rules: ['R-307', 'R-003'],
    examples: ['pmdesk renovate refund ZX-2026-0001 --receipt 0012399', 'pmdesk renovate refund ZX-2026-0001'],
    options: {
      '--receipt': { en: 'receipt number', zh: '收据号' },
    },
  },
  'renovate deduct': {
    en: 'deduct damage (or a lost permit) from the deposit',
    zh: '从装修押金中扣款（损坏赔偿或施工许可证遗失）',
    rules: ['R-302', 'R-307', 'R-003'],
    examples: ['pmdesk renovate deduct ZX-2026-0001 --amount 350 --reason 电梯轿厢壁划伤', 'pmdesk renovate deduct ZX-2026-0001 --lost-permit'],
    options: {
      '--amount': { en: 'amount in yuan', zh: '金额（元）' },
      '--reason': { en: 'what was damaged', zh: '损坏内容' },
      '--lost-permit': {
        en: 'the construction permit was lost: the profile amount (fees.lostPermitFen)',
        zh: '施工许可证遗失：按配置金额扣款（fees.lostPermitFen）',
      },
    },
  },
  'renovate ledger': {
    en: 'the money of a renovation: entries and sums',
    zh: '装修收支台账：明细与合计',
    rules: ['R-003', 'R-302'],
    examples: ['pmdesk renovate ledger ZX-2026-0001', 'pmdesk renovate ledger ZX-2026-0001 --json'],
  },
} satisfies HelpBundle;
