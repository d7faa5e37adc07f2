// Issue 18: what a record is about and whom to call on it, read from its JSON
// fields (the kind's `detail`, phones already masked, R-004). Shared by `report due`
// (admin) and `followup due` (a follow-up's source record).

/** Who to contact on a record: the first name and phone its detail has. */
const CONTACT_NAME = ['name', 'reporter', 'borrower', 'managerName', 'owner', 'tenant'];
const CONTACT_PHONE = ['phone', 'managerPhone'];

const text = (v: unknown) => (v === null || v === undefined || v === '' || typeof v === 'object' ? '' : String(v));

/** The kind's gist fields of a record's JSON, joined: "王伟 · 保洁 · 楼道未清扫". */
export function aboutOf(j: Record<string, unknown>, gist: readonly string[] = []): string {
  return gist
    .map((k) => text(j[k]))
    .filter(Boolean)
    .join(' · ');
}

/** Name and (masked, R-004) phone of a record's JSON, one a line; '' when it names nobody. */
export function contactOf(j: Record<string, unknown>): string {
  const name = CONTACT_NAME.map((k) => text(j[k])).find(Boolean) ?? '';
  const phone = CONTACT_PHONE.map((k) => text(j[k])).find(Boolean) ?? '';
  return [name, phone].filter(Boolean).join('\n');
}
