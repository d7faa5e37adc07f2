// Human view of `checkin show` (§2): owners, documents, meter readings
// and defects with their repair orders, keys and forms,
// and what still blocks completion; then the common deadlines and timeline.
import type { Io } from '../../core/io.js';
import { fields, table } from '../../formats/table.js';
import { code, recordView, shown } from '../../records/views.js';
import { say } from '../../core/words.js';
import type { ShowJson } from '../../records/usecases.js';
import type { CheckinDetail } from './usecases.js';
import { minute } from '../../formats/when.js';

export function showView(json: ShowJson, io: Io): string {
  const t = io.t;
  if (!json.documents) return recordView(json, io); // not a checkin (e.g. a voided record without detail)
  const r = json as ShowJson & CheckinDetail;
  // The owners too, so the timeline names them (`未到场 李娜`, not an id).
  const common = {
    no: r.no,
    type: r.type,
    status: r.status,
    unit: r.unit,
    createdAt: r.createdAt,
    deadlines: r.deadlines,
    timeline: r.timeline,
    owners: r.owners,
  };
  const base = recordView(common, io);
  const cut = base.indexOf('\n\n');
  const tail = cut < 0 ? '' : base.slice(cut); // deadlines and timeline
  const absent = new Set<number>(r.absent ?? []);
  const owners = (r.owners ?? []).map((o) => `${o.name}${absent.has(o.id) ? t('checkin.v.absent') : ''}`).join('、');
  const mark = (ok: boolean, miss: boolean) => (ok ? t('checkin.v.ok') : miss ? t('checkin.v.recordedMissing') : t('checkin.v.open'));
  const out = [
    fields([
      [t('col.no'), r.no],
      [t('col.type'), t('type.checkin')],
      [t('col.status'), code(io, 'status', r.status, r.type)],
      [t('col.unit'), r.unit ?? ''],
      [t('col.created'), minute(r.createdAt)],
      [t('checkin.f.owners'), owners],
      [t('checkin.f.water'), r.meters.water ?? ''],
      [t('checkin.f.electricity'), r.meters.electricity ?? ''],
      [t('checkin.f.gas'), r.meters.noGas ? t('checkin.noGas') : (r.meters.gas ?? '')],
      [t('checkin.f.doorKeys'), r.keys.door ?? ''],
      [t('checkin.f.mailboxKeys'), r.keys.mailbox ?? ''],
      [t('checkin.f.keysLeft'), r.keys.left],
      ...(r.completedAt ? ([[t('checkin.v.completed'), minute(r.completedAt)]] as Array<[string, unknown]>) : []),
    ]),
    '',
    t('checkin.v.documents'),
    table(
      [{ head: t('checkin.v.item') }, { head: t('col.state') }],
      [
        ...r.documents.map((d) => [item(io, d.doc), mark(d.checked, d.missing)]),
        ...r.forms.map((f) => [item(io, `form:${f.form}`), mark(f.signed, false)]),
      ],
    ),
  ];
  if (r.defects.length) {
    out.push('', t('checkin.f.defects'));
    out.push(
      table(
        [
          { head: t('checkin.f.location') },
          { head: t('checkin.f.problem') },
          { head: t('col.no') },
          { head: t('col.status') },
          { head: t('col.due') },
        ],
        r.defects.map((d) => [d.location, d.description, d.repair, code(io, 'status', d.repairStatus, 'repair'), minute(d.dueAt)]),
      ),
    );
  }
  if (r.status === 'open')
    out.push(
      '',
      r.missing.length
        ? t('checkin.v.missing', { items: r.missing.map((m) => item(io, m)).join(t('word.comma')) })
        : t('checkin.v.ready', { no: r.no }),
    );
  return out.join('\n') + tail;
}

/** A document (`owner-id:王伟`, `doc:owner-id:王伟`) or a form (`form:contact-form`) in the clerk's words (issue 18.2). */
function item(io: Io, d: string): string {
  return d.startsWith('form:') ? say(io.t, 'checkin', 'form', d.slice(5)) : shown(io, 'doc', d.replace(/^doc:/, ''), new Map(), 'checkin');
}
