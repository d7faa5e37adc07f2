// The staff roster 人员名册: the roles domain.md lists, in English and Chinese.
export const STAFF_ROLES = ['manager', 'supervisor', 'officer', 'reception', 'technician', 'gm', 'dept-manager'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const ROLE_ZH: Record<string, StaffRole> = {
  项目经理: 'manager',
  管理处主任: 'manager',
  客服主管: 'supervisor',
  客服管理员: 'officer',
  前台: 'reception',
  前台接待员: 'reception',
  维修工: 'technician',
  总经理: 'gm',
  部门经理: 'dept-manager',
};
export const STAFF_ROLE_LABEL_ZH: Record<StaffRole, string> = {
  manager: '项目经理',
  supervisor: '客服主管',
  officer: '客服管理员',
  reception: '前台',
  technician: '维修工',
  gm: '总经理',
  'dept-manager': '部门经理',
};

/** A role typed in English or Chinese, or null. */
export function staffRole(raw: string): StaffRole | null {
  const v = raw.trim();
  if ((STAFF_ROLES as readonly string[]).includes(v.toLowerCase())) return v.toLowerCase() as StaffRole;
  return Object.hasOwn(ROLE_ZH, v) ? ROLE_ZH[v] : null;
}

/** Building areas looked after: "A, B，C" → ["A","B","C"] (Chinese commas too), each 1–32 characters. */
export function parseAreas(raw: string): string[] | null {
  const list = raw
    .split(/[,，、]/)
    .map((a) => a.trim())
    .filter(Boolean);
  return list.every((a) => a.length <= 32 && !/[\u0000-\u001f]/.test(a)) ? [...new Set(list)] : null;
}
