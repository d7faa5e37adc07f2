// Human view of `complaint show` (§4): intake (R-400), class and reports
// (R-401, R-402), escalation (R-403), handling (R-404), repeats (R-406),
// suggestions' adoption (R-407); then the common deadlines and timeline.
import type { Io } from '../../core/io.js';
import { fields } from '../../formats/table.js';
import { recordView } from '../../records/views.js';
import type { ShowJson } from '../../records/usecases.js';
import type { ComplaintDetail } from './usecases.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';

export function showView(json: ShowJson, io: Io): string {
  const t = io.t;
  if (!json.kind) return recordView(json, io); // no detail row
  const r = json as ShowJson & ComplaintDetail;
  const common = { no: r.no, type: r.type, status: r.status, unit: r.unit, createdAt: r.createdAt, deadlines: r.deadlines, timeline: r.timeline };
  const base = recordView(common, io);
  const cut = base.indexOf('\n\n');
  const tail = cut < 0 ? '' : base.slice(cut); // deadlines and timeline
  const pairs: Array<[string, unknown]> = [
    [t('col.no'), r.no],
    [t('col.type'), t(`complaint.kind.${r.kind}`)],
    [t('col.status'), `${say(t, r.type, 'status', r.status)}${r.voided ? '' : r.overdue ? ` (${t('word.overdue')})` : ''}`],
    [t('complaint.f.time'), minute(r.createdAt)],
    [t('complaint.f.channel'), say(t, r.type, 'channel', r.channel)],
    [t('complaint.f.complainant'), [r.name, r.unit, r.phone].filter(Boolean).join(' / ')],
  ];
  if (r.place) pairs.push([t('complaint.f.place'), r.place]);
  pairs.push([t('complaint.f.about'), `${r.about}${r.repeat ? ` [${t('complaint.v.repeat')}]` : ''}`], [t('complaint.f.desc'), r.description]);
  if (r.request) pairs.push([t('complaint.f.request'), r.request]);
  if (r.kind === 'complaint') {
    const cls = r.class ? t(`class.${r.class}`) : t('class.unclassified');
    pairs.push([
      t('complaint.f.class'),
      `${cls}${r.invalidKind ? ` (${say(t, 'complaint', 'invalidKind', r.invalidKind)}${r.forwardTo ? ` → ${t(`complaint.forward.${r.forwardTo}`)}` : ''})` : ''}${
        r.reportedTo
          ? ` · ${r.reportedTo
              .split(',')
              .map((x: string) => say(t, 'complaint', 'reportTo', x))
              .join(t('word.comma'))}`
          : ''
      }`,
    ]);
    if (r.escalated) pairs.push(['', t('complaint.v.escalated')]);
    if (r.dept) pairs.push([t('complaint.f.handling'), `${r.dept} / ${r.method ?? ''} / ${minute(r.promiseAt).slice(0, 10)}`]);
    for (const e of r.extensions ?? [])
      pairs.push([t('complaint.f.extensions'), `${minute(e.from)} → ${minute(e.to)} · ${e.approvedBy} · ${e.reason}`]);
    if (r.developer)
      pairs.push([
        t('complaint.f.developer'),
        `${r.developer.issue} (${minute(r.developer.openedAt)})${r.developer.reply ? ` → ${r.developer.reply} (${minute(r.developer.replyAt)})` : ''}`,
      ]);
    if (r.result) pairs.push([t('complaint.f.result'), `${r.result} (${minute(r.resolvedAt)})`]);
    if (r.verifiedAt) pairs.push([t('complaint.f.verified'), minute(r.verifiedAt)]);
    if (r.followupBy) pairs.push([t('complaint.f.followupBy'), t('complaint.by.project-manager')]);
  } else {
    if (r.adopted !== null) pairs.push([t('complaint.f.adopted'), r.adopted ? t('word.yes') : t('word.no')]);
    if (r.toldAt) pairs.push([t('complaint.f.told'), minute(r.toldAt)]);
  }
  return fields(pairs) + tail;
}
