// Help for `pmdesk complaint …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  complaint: {
    en: 'complaints, suggestions and praise (TS, JY)',
    zh: '投诉、建议与表扬（TS、JY）',
    rules: ['R-400', 'R-401', 'R-402', 'R-404', 'R-405', 'R-407'],
    examples: [
      'pmdesk complaint new --name 张伟 --unit A-1-101 --phone 13812345678 --channel phone --about 保洁部 --desc "楼道垃圾两天未清运"',
      'pmdesk complaint list --open --class important',
    ],
  },
  'complaint new': {
    en: 'record a complaint, suggestion or praise: TS-… or JY-…',
    zh: '登记投诉、建议或表扬：生成 TS-… 或 JY-… 单号',
    rules: ['R-400'],
    examples: [
      'pmdesk complaint new --name 张伟 --unit A-1-101 --phone 13812345678 --channel phone --place "1栋2单元楼道" --about 保洁部 --desc "楼道垃圾两天未清运" --request "当天清理干净"',
      'pmdesk complaint new --type suggestion --name 李娜 --unit B-2-1203 --channel letter --about 绿化 --desc "建议在儿童游乐区加装遮阳棚"',
    ],
    options: {
      '--type': {
        en: 'complaint | suggestion | praise (default complaint)',
        zh: 'complaint | suggestion | praise（投诉/建议/表扬，默认 complaint）',
      },
      '--name': { en: 'who complains', zh: '投诉人（反映人）姓名' },
      '--unit': { en: 'their unit', zh: '其房号' },
      '--phone': { en: 'their phone', zh: '其联系电话' },
      '--channel': { en: 'visit | phone | letter | other', zh: 'visit | phone | letter | other（来访/来电/来信/其他）' },
      '--place': { en: 'where it happened', zh: '事发地点' },
      '--about': { en: 'the person or department complained about (or the subject)', zh: '被投诉的人员或部门（或所涉事项）' },
      '--desc': { en: 'what happened', zh: '事情经过' },
      '--request': { en: 'what they ask for', zh: '投诉人的要求' },
    },
  },
  'complaint classify': {
    en: 'grade it and record the required reports; opens the handling deadline',
    zh: '定级并记录按规定上报的对象；开始计算处理时限',
    rules: ['R-401', 'R-402'],
    examples: [
      'pmdesk complaint classify TS-2026-0042 --class important --cause "保洁不及时"',
      'pmdesk complaint classify TS-2026-0043 --class invalid --invalid-kind developer --cause "外墙渗水（房屋质量）"',
    ],
    options: {
      '--class': { en: 'major | important | minor | invalid', zh: 'major | important | minor | invalid（重大/重要/轻微/无效）' },
      '--invalid-kind': { en: 'developer | external | unreasonable (invalid only)', zh: 'developer | external | unreasonable（仅用于无效投诉）' },
      '--cause': { en: 'cause, for the monthly analysis', zh: '投诉原因，用于月度分析' },
    },
  },
  'complaint respond': {
    en: 'record feedback to the complainant (first feedback within 24 h)',
    zh: '记录对投诉人的答复（首次答复须在 24 小时内）',
    rules: ['R-402'],
    examples: [
      'pmdesk complaint respond TS-2026-0042 --note "已电话致歉，告知今天下午清运"',
      'pmdesk complaint respond TS-2026-0043 --note "已告知转售后部处理" --at "2026-03-02 16:30"',
    ],
    options: {
      '--note': { en: 'what they were told', zh: '告知投诉人的内容' },
    },
  },
  'complaint assign': {
    en: 'hand it to a department with the method and the promised date',
    zh: '派给责任部门，记录处理措施和承诺完成日期',
    rules: ['R-404'],
    examples: [
      'pmdesk complaint assign TS-2026-0042 --dept 保洁部 --method "加派人手，每日清运两次" --promise 2026-03-05',
      'pmdesk complaint assign TS-2026-0044 --dept 工程部 --method "更换电梯门感应器" --promise "2026-03-06 18:00"',
    ],
    options: {
      '--dept': { en: 'department', zh: '责任部门' },
      '--method': { en: 'how it will be handled', zh: '处理措施' },
      '--promise': { en: 'promised completion date', zh: '承诺完成日期' },
    },
  },
  'complaint resolve': {
    en: 'record the result; schedules the follow-up within 3 days',
    zh: '记录处理结果；安排 3 天内回访',
    rules: ['R-404', 'R-405'],
    examples: [
      'pmdesk complaint resolve TS-2026-0042 --result "垃圾已清运，改为每日清运两次"',
      'pmdesk complaint resolve TS-2026-0044 --result "电梯门感应器已更换，运行正常" --at "2026-03-04 15:00"',
    ],
    options: {
      '--result': { en: 'what was done', zh: '处理结果' },
    },
  },
  'complaint verify': {
    en: "the desk's check of the result",
    zh: '客服中心验证处理结果',
    rules: ['R-404'],
    examples: ['pmdesk complaint verify TS-2026-0042', 'pmdesk complaint verify TS-2026-0044 --clerk 王芳'],
  },
  'complaint adopt': {
    en: 'suggestions: adopted or not; --told once the resident was phoned',
    zh: '建议：采纳与否；已电话告知住户时加 --told',
    rules: ['R-407'],
    examples: [
      'pmdesk complaint adopt JY-2026-0007 --adopted --note "下月起在南门增设快递柜"',
      'pmdesk complaint adopt JY-2026-0008 --not-adopted --note "涉及公共部位改造，须业主大会表决" --told',
    ],
    options: {
      '--adopted': { en: 'adopted', zh: '采纳' },
      '--not-adopted': { en: 'not adopted', zh: '不采纳' },
      '--note': { en: 'why', zh: '理由' },
      '--told': { en: 'the resident has been told (closes it)', zh: '已告知住户（同时关闭记录）' },
    },
  },
  'complaint told': {
    en: 'suggestions and praise: the resident was told / thanked; closes it',
    zh: '建议和表扬：已告知住户或向其致谢，关闭记录',
    rules: ['R-407'],
    examples: ['pmdesk complaint told JY-2026-0007', 'pmdesk complaint told JY-2026-0009 --at "2026-03-10 10:00"'],
  },
  'complaint extend': {
    en: 'a new handling deadline, approved before the old one passes (minor: dept manager; important, major: GM)',
    zh: '处理超时延期：须在原时限前由部门经理（轻微）或总经理（重要、重大）批准',
    rules: ['R-408', 'R-402', 'R-106'],
    examples: [
      'pmdesk complaint extend TS-2026-0042 --until 2026-03-10 --approved-by 陈总 --reason "需厂家更换配件"',
      'pmdesk complaint extend TS-2026-0045 --until "2026-03-08 18:00" --approved-by 刘经理 --reason "等待材料到货"',
    ],
    options: {
      '--until': { en: 'the new deadline (after the old one)', zh: '新的处理时限（须晚于原时限）' },
      '--approved-by': { en: 'who approved it: a roster member with the role the class needs', zh: '批准人：名册中具有相应角色的人员' },
      '--reason': { en: 'why it cannot be handled in time', zh: '不能按时处理的原因' },
    },
  },
  'complaint developer': {
    en: 'hand a housing-quality complaint (invalid, developer) to the developer: the form, reply due in 7 days',
    zh: '房屋质量类投诉（无效—开发商）移交开发商协商：生成记录表，开发商答复期限 7 天',
    rules: ['R-409', 'R-401'],
    examples: [
      'pmdesk complaint developer TS-2026-0043 --issue "外墙渗水，需开发商安排维修"',
      'pmdesk complaint developer TS-2026-0047 --issue "阳台地面开裂（房屋质量）" --at "2026-03-03 09:30"',
    ],
    options: {
      '--issue': { en: 'the issue put to the developer', zh: '需与开发商协商的问题' },
    },
  },
  'complaint developer-reply': {
    en: "record the developer's reply; then tell the complainant and verify",
    zh: '登记开发商答复；随后告知投诉人并验证结果',
    rules: ['R-409', 'R-404'],
    examples: [
      'pmdesk complaint developer-reply TS-2026-0043 --reply "开发商同意本周五前完成外墙防水维修"',
      'pmdesk complaint developer-reply TS-2026-0047 --reply "已安排施工队复查" --at "2026-03-08 15:00"',
    ],
    options: {
      '--reply': { en: "the developer's reply", zh: '开发商的答复' },
    },
  },
  'complaint list': {
    options: {
      '--class': { en: 'major | important | minor | invalid', zh: '仅此级别：major | important | minor | invalid' },
      '--kind': { en: 'complaint | suggestion | praise', zh: '仅此类型：complaint | suggestion | praise' },
    },
  },
} satisfies HelpBundle;
