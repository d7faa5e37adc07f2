// Help for `pmdesk staff …`: purpose, rule ids, two examples, option texts, in both languages.
import type { HelpBundle } from '../../i18n/commands/types.js';

export default {
  staff: {
    en: 'the staff roster: once anyone is on it, --clerk must name an active member',
    zh: '人员名册：名册中有人后，--clerk 必须是在职人员',
    rules: ['R-106'],
    examples: ['pmdesk staff list', 'pmdesk --clerk 王敏 staff add --name 刘强 --role technician --dept 工程部'],
  },
  'staff add': {
    en: 'add a member: name, role, department, building areas looked after',
    zh: '添加人员：姓名、岗位、部门、负责的楼栋区域',
    rules: ['R-106', 'R-803'],
    examples: [
      'pmdesk staff add --name 王敏 --role reception --dept 客服中心',
      'pmdesk staff add --name 陈刚 --role supervisor --dept 客服中心 --areas A,B',
    ],
    options: {
      '--name': { en: 'name, as --clerk will give it', zh: '姓名（即 --clerk 所填）' },
      '--role': {
        en: 'manager, supervisor, officer, reception, technician, gm or dept-manager',
        zh: 'manager、supervisor、officer、reception、technician、gm 或 dept-manager（项目经理、客服主管、客服管理员、前台、维修工、总经理、部门经理）',
      },
      '--dept': { en: 'department', zh: '部门' },
      '--areas': { en: 'building areas looked after, comma-separated (R-803)', zh: '负责的楼栋区域，逗号分隔（R-803）' },
    },
  },
  'staff list': {
    en: 'the roster (active members; --all with those who left)',
    zh: '人员名册（在职人员；--all 含已离职）',
    rules: ['R-106'],
    examples: ['pmdesk staff list --role technician', 'pmdesk --json staff list --all'],
    options: {
      '--all': { en: 'also those who left', zh: '包括已离职人员' },
      '--role': { en: 'only this role', zh: '只列此岗位' },
    },
  },
  'staff leave': {
    en: 'a member leaves: kept on file, no longer accepted as --clerk',
    zh: '人员离职：记录保留，不再可作为 --clerk',
    rules: ['R-106', 'R-001'],
    examples: ['pmdesk staff leave 刘强', 'pmdesk staff leave 刘强 --date 2026-09-15'],
    options: { '--date': { en: 'the day they left (default today)', zh: '离职日期（默认今天）' } },
  },
} satisfies HelpBundle;
