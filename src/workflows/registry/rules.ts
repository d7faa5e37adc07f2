// §1 registry: the columns of the unit and resident CSV files (cli.md "Names
// the contract fixes"), the values they accept in English or Chinese, and the
// row checks of. Pure: a row in, a value or a list of problems out.
import { checkText } from '../../core/input.js';
import { ID_TYPES, idNumberProblem, isCreditCode, normalizePhone, type IdType } from '../../core/identity.js';
import { Refusal } from '../../core/errors.js';
import { CORE_WORDS, findCode, type Words } from '../../core/words.js';
import { words } from './messages.js';

export const UNIT_STATUSES = ['unsold', 'vacant', 'handed-over', 'renovating', 'occupied', 'leased'] as const;
export const ROLES = ['owner', 'co-owner', 'tenant', 'company', 'agent'] as const;

export const UNIT_COLUMNS: Record<string, string[]> = {
  code: ['code', '房号'],
  building: ['building', '楼栋'],
  floor: ['floor', '楼层'],
  area: ['area', '面积'],
  status: ['status', '状态'],
};
export const RESIDENT_COLUMNS: Record<string, string[]> = {
  id: ['id', '编号'], // `export residents` writes the resident's id: it names whom a row corrects (R-105)
  name: ['name', '姓名'],
  role: ['role', '身份'],
  id_type: ['id_type', '证件类型'],
  id_number: ['id_number', '证件号码'],
  phone: ['phone', '电话'],
  unit: ['unit', '房号'],
};

const STATUS_ZH: Record<string, string> = {
  未售: 'unsold',
  空置: 'vacant',
  已交房: 'handed-over',
  装修中: 'renovating',
  已入住: 'occupied',
  出租: 'leased',
};
const ROLE_ZH: Record<string, string> = {
  业主: 'owner',
  联名业主: 'co-owner',
  共有人: 'co-owner',
  租户: 'tenant',
  公司: 'company',
  单位: 'company',
  代理人: 'agent',
  代办人: 'agent',
};
const IDTYPE_ZH: Record<string, string> = {
  身份证: 'id',
  居民身份证: 'id',
  护照: 'passport',
  港澳通行证: 'hk-macau',
  回乡证: 'hk-macau',
  台胞证: 'taiwan',
  台湾居民来往大陆通行证: 'taiwan',
  统一社会信用代码: 'company',
  营业执照: 'company',
};

export const STATUS_LABEL_ZH = Object.fromEntries(Object.entries(STATUS_ZH).map(([k, v]) => [v, k]));
export const ROLE_LABEL_ZH: Record<string, string> = { owner: '业主', 'co-owner': '联名业主', tenant: '租户', company: '公司', agent: '代理人' };

/** A problem found in one field: an i18n key and its parameters. */
export interface Problem {
  field: string;
  key: string;
  params?: Record<string, unknown>;
}

/** Map a header row to field names; unknown or missing required columns are problems. */
export function mapHeader(
  header: string[],
  columns: Record<string, string[]>,
  required: string[],
): { index: Record<string, number>; problems: Problem[] } {
  const index: Record<string, number> = {};
  const problems: Problem[] = [];
  header.forEach((h, i) => {
    const name = h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    const field = Object.keys(columns).find((f) => columns[f].some((c) => c.toLowerCase() === name));
    if (!field)
      problems.push({
        field: h,
        key: 'imp.unknownColumn',
        params: {
          column: h,
          known: Object.values(columns)
            .map((c) => c.join('/'))
            .join(', '),
        },
      });
    else if (field in index) problems.push({ field: h, key: 'imp.duplicateColumn', params: { column: h } });
    else index[field] = i;
  });
  for (const f of required) if (!(f in index)) problems.push({ field: f, key: 'imp.missingColumn', params: { column: columns[f].join('/') } });
  return { index, problems };
}

export { checkText };

export const UNIT_CODE_RE = /^[A-Za-z0-9\p{Script=Han}-]{1,32}$/u;

export interface UnitValue {
  code: string;
  building: string | null;
  floor: number | null;
  areaCenti: number | null;
  status: string;
}

/** A cell: the code, a Chinese name the developers' files use, or the list's words (what an export in either language holds, issue 18). */
function pick(map: Record<string, string>, allowed: readonly string[], raw: string, words?: Words): string | null {
  const v = raw.trim();
  if ((allowed as readonly string[]).includes(v.toLowerCase())) return v.toLowerCase();
  if (Object.hasOwn(map, v)) return map[v]; // not "toString" & co.
  const code = words ? findCode(words, v) : undefined;
  return code && allowed.includes(code) ? code : null;
}

export function unitStatus(raw: string): string | null {
  return pick(STATUS_ZH, UNIT_STATUSES, raw, words.unit.status);
}
export function residentRole(raw: string): string | null {
  return pick(ROLE_ZH, ROLES, raw, words.resident.role);
}
export function idType(raw: string): IdType | null {
  return pick(IDTYPE_ZH, ID_TYPES, raw, CORE_WORDS.core.idType) as IdType | null;
}

/** check one unit row (fields already mapped by name). */
export function checkUnit(row: Record<string, string | undefined>): { value?: UnitValue; problems: Problem[] } {
  const problems: Problem[] = [];
  const code = (row.code ?? '').trim();
  if (!UNIT_CODE_RE.test(code)) problems.push({ field: 'code', key: 'imp.unitCode', params: { value: code } });
  const building = (row.building ?? '').trim() || null;
  if (building !== null && !checkText(building, 32)) problems.push({ field: 'building', key: 'imp.text', params: { max: 32 } });
  let floor: number | null = null;
  const f = (row.floor ?? '').trim();
  if (f) {
    if (!/^-?\d{1,3}$/.test(f) || Number(f) < -10 || Number(f) > 300) problems.push({ field: 'floor', key: 'imp.floor', params: { value: f } });
    else floor = Number(f);
  }
  let areaCenti: number | null = null;
  const a = (row.area ?? '').trim();
  if (a) {
    const m = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(a);
    if (!m || Number(a) <= 0) problems.push({ field: 'area', key: 'imp.area', params: { value: a } });
    else areaCenti = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  }
  const s = (row.status ?? '').trim();
  const status = s ? unitStatus(s) : 'vacant';
  if (!status) problems.push({ field: 'status', key: 'imp.choice', params: { value: s, choices: UNIT_STATUSES.join(' ') } });
  if (problems.length) return { problems };
  return { value: { code, building, floor, areaCenti, status: status! }, problems };
}

export interface ResidentValue {
  name: string;
  role: string;
  idType: IdType;
  idNumber: string | null;
  phone: string | null;
  unit: string;
}

/** check one resident row. */
export function checkResident(row: Record<string, string | undefined>): { value?: ResidentValue; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = (row.name ?? '').trim();
  if (!checkText(name, 64)) problems.push({ field: 'name', key: 'imp.text', params: { max: 64 } });
  const r = (row.role ?? '').trim();
  const role = residentRole(r);
  if (!role) problems.push({ field: 'role', key: 'imp.choice', params: { value: r, choices: ROLES.join(' ') } });
  const t = (row.id_type ?? '').trim();
  const type = t ? idType(t) : 'id';
  if (!type) problems.push({ field: 'id_type', key: 'imp.choice', params: { value: t, choices: ID_TYPES.join(' ') } });
  const idNumber: string | null = (row.id_number ?? '').trim().toUpperCase() || null;
  if (type && idNumber) {
    if (type === 'id') {
      const why = idNumberProblem(idNumber);
      if (why) problems.push({ field: 'id_number', key: 'imp.idNumber', params: { why } });
    } else if (type === 'company') {
      if (!isCreditCode(idNumber)) problems.push({ field: 'id_number', key: 'imp.creditCode' });
    } else if (!/^[A-Z0-9]{5,20}$/.test(idNumber)) problems.push({ field: 'id_number', key: 'imp.document' });
  } else if (type && !idNumber) problems.push({ field: 'id_number', key: 'imp.required' });
  let phone: string | null = null;
  const p = (row.phone ?? '').trim();
  if (p) {
    try {
      phone = normalizePhone(p);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      problems.push({ field: 'phone', key: 'imp.phone', params: { value: p } });
    }
  }
  const unit = (row.unit ?? '').trim();
  if (!UNIT_CODE_RE.test(unit)) problems.push({ field: 'unit', key: 'imp.unitCode', params: { value: unit } });
  if (problems.length) return { problems };
  return { value: { name, role: role!, idType: type!, idNumber, phone, unit }, problems };
}

// ── R-104: a unit's life ──────────────────────────────────────────────────
export const LIFE_EVENTS = ['move-in', 'lease', 'lease-end', 'move-out'] as const;
export type LifeEvent = (typeof LIFE_EVENTS)[number];

/** Where each life event may start, and where it leads (`lease-end` goes back to the status before the lease). */
export const LIFE: Record<LifeEvent, { from: readonly string[]; to: string | null }> = {
  'move-in': { from: ['handed-over'], to: 'occupied' },
  lease: { from: ['handed-over', 'occupied'], to: 'leased' },
  'lease-end': { from: ['leased'], to: null },
  'move-out': { from: ['occupied'], to: 'vacant' },
};

/**
 * the status a life event leads to from `status`, or why it makes no sense
 * (an i18n key: a unit never handed over cannot be lived in or leased; nobody moves
 * in while it is renovated; a leased unit's lease ends first …). `handedOver`: the
 * unit was handed over once — vacant again after a move-out, it may be moved
 * into or leased again.
 */
export function lifeStep(event: LifeEvent, status: string, beforeLease?: string | null, handedOver = false): { to: string } | { why: string } {
  const rule = LIFE[event];
  const again = status === 'vacant' && handedOver && (event === 'move-in' || event === 'lease');
  if (rule.from.includes(status) || again) {
    if (rule.to) return { to: rule.to };
    return { to: beforeLease === 'occupied' || beforeLease === 'vacant' ? beforeLease : 'handed-over' };
  }
  if (event === 'move-out' && status !== 'leased') return { why: 'life.nobodyIn' };
  if (event === 'lease-end') return { why: 'life.notLeased' };
  if (status === 'unsold' || status === 'vacant') return { why: 'life.notHandedOver' };
  if (status === 'renovating') return { why: 'life.renovating' };
  if (status === 'leased') return { why: event === 'lease' ? 'life.leaseOverlaps' : 'life.leased' };
  return { why: 'life.alreadyOccupied' };
}
