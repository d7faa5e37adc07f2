// Help for `pmdesk checkin …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  checkin: {
    en: 'unit handover and move-in (JF)',
    zh: '交房/入伙（JF）',
    rules: ['R-200', 'R-201', 'R-202', 'R-203', 'R-205'],
    examples: ['pmdesk checkin start A-1-101 --owner 张伟', 'pmdesk checkin complete JF-2026-0001'],
  },
  'checkin start': {
    en: 'open a handover (JF) for a sold unit not yet handed over',
    zh: '为已售未交房的房屋开立交房单（JF）',
    rules: ['R-200'],
    examples: ['pmdesk checkin start A-1-101 --owner 张伟', 'pmdesk checkin start A-1-101 --owner 张伟 --absent 李娜'],
    options: {
      '--owner': { en: 'owners present (id or name)', zh: '到场业主（住户编号或姓名）' },
      '--absent': { en: 'joint owners not present (their power of attorney is required)', zh: '未到场的联名业主（须提供其公证委托书）' },
    },
  },
  'checkin doc': {
    en: 'tick documents checked: owner-id:<resident> poa:<resident> company-letter agent-id household-register:<resident> handover-certificate fees-cleared',
    zh: '登记已核验资料：owner-id:<住户>（业主身份证）poa:<住户>（公证委托书）company-letter（委托公函）agent-id（代理人身份证）household-register:<住户>（户口本）handover-certificate（交楼证明）fees-cleared（房款及费用已结清）',
    rules: ['R-200'],
    examples: [
      'pmdesk checkin doc JF-2026-0001 owner-id:张伟 handover-certificate fees-cleared',
      'pmdesk checkin doc JF-2026-0001 poa:李娜 --missing',
    ],
    options: {
      '--missing': { en: 'record them as missing', zh: '登记为缺件' },
    },
  },
  'checkin meter': {
    en: 'record the water, electricity and gas meter readings',
    zh: '登记水、电、燃气表底数',
    rules: ['R-201'],
    examples: [
      'pmdesk checkin meter JF-2026-0001 --water 12.5 --electricity 305 --gas 8.2',
      'pmdesk --at 2026-05-12T10:20 checkin meter JF-2026-0002 --water 0 --electricity 0 --no-gas',
    ],
    options: {
      '--water': { en: 'water meter reading', zh: '水表底数' },
      '--electricity': { en: 'electricity meter reading', zh: '电表底数' },
      '--gas': { en: 'gas meter reading ("none" when the unit has no gas meter)', zh: '燃气表底数（没有燃气表填“无”）' },
      '--no-gas': { en: 'the unit has no gas meter: no gas reading', zh: '该房屋没有燃气表，不登记燃气表底数' },
    },
  },
  'checkin defect': {
    en: 'a defect found in the joint inspection: becomes a repair order',
    zh: '登记验房发现的问题，自动生成维修单',
    rules: ['R-201', 'R-202'],
    examples: [
      'pmdesk checkin defect JF-2026-0001 --location 主卧窗户 --desc 窗框密封条脱落',
      'pmdesk checkin defect JF-2026-0001 --location 卫生间 --desc 地漏排水慢 --large',
    ],
    options: {
      '--location': { en: 'where', zh: '位置' },
      '--desc': { en: 'what', zh: '问题描述' },
      '--large': { en: 'a larger defect: within 7 days (else the same day)', zh: '较大问题：7 天内修复（否则当天修复）' },
    },
  },
  'checkin keys': {
    en: 'keys handed over, counts signed for',
    zh: '登记交付的钥匙数量（业主签收）',
    rules: ['R-203'],
    examples: ['pmdesk checkin keys JF-2026-0001 --door 3 --mailbox 2', 'pmdesk checkin keys JF-2026-0001 --door 3 --mailbox 2 --left 1'],
    options: {
      '--door': { en: 'door keys', zh: '入户门钥匙数' },
      '--mailbox': { en: 'mailbox keys', zh: '信报箱钥匙数' },
      '--left': { en: 'keys left with the desk (needs the key-custody form)', zh: '留存客服中心的钥匙数（须签钥匙托管书 key-custody）' },
    },
  },
  'checkin sign': {
    en: 'forms signed: contact-form fire-agreement key-receipt inspection-form key-custody',
    zh: '登记已签文件：contact-form（住户联络资料登记表）fire-agreement（防火协议书）key-receipt（钥匙签收书）inspection-form（验收交接表）key-custody（钥匙托管书）',
    rules: ['R-203'],
    examples: [
      'pmdesk checkin sign JF-2026-0001 contact-form fire-agreement key-receipt inspection-form',
      'pmdesk checkin sign JF-2026-0001 key-custody',
    ],
  },
  'checkin complete': {
    en: 'finish the handover (unit handed-over), or list what is missing',
    zh: '办结交房（房屋转为已交房）；资料不全时拒绝并列出缺项',
    rules: ['R-205', 'R-200', 'R-203'],
    examples: ['pmdesk checkin complete JF-2026-0001', 'pmdesk --at 2026-05-12T11:30 checkin complete JF-2026-0002'],
  },
} satisfies HelpBundle;
