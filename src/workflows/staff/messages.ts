import type { Bundle } from '../../i18n/types.js';
import type { WordTables } from '../../core/words.js';

// The staff roster.
export default {
  'err.clerkNotOnRoster': {
    en: 'clerk "{clerk}" is not an active member of the staff roster: pass --clerk (or PMDESK_CLERK) with one of: {names}',
    zh: '经办人“{clerk}”不在人员名册（或已离职）：请用 --clerk（或 PMDESK_CLERK）指定以下之一：{names}',
  },
  'err.staffExists': { en: '{name} is already on the roster: see `pmdesk staff list`', zh: '{name} 已在人员名册中：参见 `pmdesk staff list`' },
  'err.noStaff': {
    en: 'no active member "{name}" on the roster: see `pmdesk staff list`',
    zh: '人员名册中没有在职人员“{name}”：参见 `pmdesk staff list`',
  },
  'err.leaveBeforeSince': {
    en: '{name} joined on {since}: the leaving date cannot be before it',
    zh: '{name} 于 {since} 入职：离职日期不能早于入职',
  },
  'staff.added': { en: '{name} added to the roster ({role})', zh: '已将 {name} 加入人员名册（{role}）' },
  'staff.left': { en: '{name} left on {date} (kept on file)', zh: '{name} 已于 {date} 离职（记录保留）' },
  'staff.empty': {
    en: 'nobody on the roster: anyone may act; add the first member with `pmdesk staff add`',
    zh: '人员名册为空：任何人均可操作；用 `pmdesk staff add` 添加第一位人员',
  },
  'staff.role': { en: 'Role', zh: '岗位' },
  'staff.dept': { en: 'Dept', zh: '部门' },
  'staff.areas': { en: 'Areas', zh: '负责区域' },
  'staff.since': { en: 'Since', zh: '入职' },
  'staff.left.col': { en: 'Left', zh: '离职' },
} satisfies Bundle;

/** Issue 18: the words of every closed list of the staff roster. */
export const words: WordTables = {
  staff: {
    role: {
      manager: { en: 'project manager', zh: '项目经理' },
      supervisor: { en: 'desk supervisor', zh: '客服主管' },
      officer: { en: 'desk officer', zh: '客服管理员' },
      reception: { en: 'reception', zh: '前台' },
      technician: { en: 'technician', zh: '维修工' },
      gm: { en: 'general manager', zh: '总经理' },
      'dept-manager': { en: 'department manager', zh: '部门经理' },
    },
  },
};
