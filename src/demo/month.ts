// A month of desk activity for `pmdesk demo`, through the workflows' own
// commands (the same code a clerk runs), each at its own event time (--at):
// handovers with defects, renovations with fees and inspections, complaints of
// every class with their follow-ups, suggestions and praise, repairs free and
// paid, help requests, visitors and the reception log, key loans, notices (one
// worked through by phone), small lending. Volumes are
// per ~600 units and scale with the estate; a large estate (20,000 units) over 10 years
// makes quality.md's "Scale" numbers: ≈ 250,000 repairs, 60,000 complaints, 30,000
// renovations, 400,000 visits, 100,000 key movements.
import { refuse, Refusal } from '../core/errors.js';
import { atLocal, formatInstant } from '../core/time.js';
import { addDays } from '../core/calendar.js';
import { demoIdNumber, demoName, demoPhone } from './rules.js';
import { listUnits } from '../workflows/registry/store-units.js';
import { residentsOfUnit } from '../workflows/registry/store-residents.js';
import type { Io } from '../core/io.js';
import type { DB } from '../core/store/db.js';
import * as checkin from '../workflows/checkin/usecases.js';
import * as renovate from '../workflows/renovate/usecases.js';
import * as complaint from '../workflows/complaint/usecases.js';
import * as repair from '../workflows/repair/usecases.js';
import * as visit from '../workflows/visit/usecases.js';
import * as keys from '../workflows/keys/usecases.js';
import * as followup from '../workflows/followup/usecases.js';
import * as lend from '../workflows/lend/usecases.js';
import * as notice from '../workflows/notice/usecases.js';
import * as patrol from '../workflows/patrol/usecases.js';
import * as survey from '../workflows/survey/usecases.js';
import { roundsOf, unitPatrolsOf } from '../workflows/patrol/store.js';
import { hooksWithStatus } from '../workflows/keys/store.js';

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Run a step at an event time; a refusal (e.g. a state already moved on) is skipped, as a clerk would. */
function at<T>(io: Io, when: string, fn: (io: Io) => Promise<T>): Promise<T | undefined>;
function at<T>(io: Io, when: string, fn: (io: Io) => T): T | undefined;
function at<T>(io: Io, when: string, fn: (io: Io) => T | Promise<T>): T | Promise<T | undefined> | undefined {
  try {
    const out = fn({ ...io, at: when, nowEnv: when });
    if (out instanceof Promise)
      return out.catch((e) => {
        if (e instanceof Refusal) return undefined;
        throw e;
      });
    return out;
  } catch (e) {
    if (e instanceof Refusal) return undefined;
    throw e;
  }
}

/** `survey`: this month runs the year's owners' survey (R-1200: at least one a year; the demo, one). */
export async function demoMonth(io0: Io, db: DB, month: string, r: R, scale = 1, o: { survey?: boolean } = {}): Promise<void> {
  const io: Io = { ...io0, db, clerk: io0.clerk || 'demo', json: true, yes: true, interactive: false };
  const tz = 'Asia/Shanghai';
  const days = Number(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate());
  const time = (day: number, hFrom = 8, hTo = 18) => {
    const d = `${month}-${String(Math.min(days, Math.max(1, day))).padStart(2, '0')}`;
    const h = hFrom + Math.floor(r() * (hTo - hFrom));
    return atLocal(d, `${String(h).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00`, tz);
  };
  const later = (t: string, hours: number) => formatInstant(Date.parse(t) + hours * 3_600_000, tz);
  const day = () => 1 + Math.floor(r() * (days - 3));
  const n = (k: number) => Math.max(1, Math.round(k * scale * (0.8 + r() * 0.4)));
  const phone = () => demoPhone(r);

  // Sites whose planned end falls in this month are accepted and their deposits refunded.
  const { endingIn, passesOf } = await import('../workflows/renovate/store.js');
  const nextMonth = addDays(`${month}-${String(days).padStart(2, '0')}`, 1);
  for (const e of endingIn(db, `${month}-01`, nextMonth)) {
    const t = atLocal(e.end_date, '16:00:00', tz);
    if (r() < 0.95) {
      // Workers hand their passes back before the acceptance; every fifth site keeps one out,
      // is accepted despite it (R-307, the reason recorded) and forfeits its deposit at the refund.
      const out = passesOf(db, e.id).filter((p) => p.status === 'active');
      const keep = Number(e.no.slice(-1)) % 5 === 0 ? 1 : 0;
      for (const p of out.slice(keep)) at(io, later(t, -2), (x) => renovate.workerReturn(x, p.pass_no));
      const accepted = at(io, t, (x) => renovate.accept(x, e.no, { pass: true }));
      if (!accepted) at(io, t, (x) => renovate.accept(x, e.no, { pass: true, despiteOpen: '施工方承诺交回出入证' }));
      at(io, later(t, 48), (x) => renovate.refund(x, e.no, {}));
    }
  }

  const occupied = listUnits(db, { status: 'occupied' });
  const handed = listUnits(db, { status: 'handed-over' });
  const vacant = listUnits(db, { status: 'vacant' });
  const ids = new Map(listUnits(db, {}).map((u) => [u.code, u.id]));
  const people = (code: string) => residentsOfUnit(db, ids.get(code)!);

  // Handovers (§2): most complete, some defects.
  for (let i = 0; i < n(5) && vacant.length; i++) {
    const u = vacant.splice(Math.floor(r() * vacant.length), 1)[0];
    const owners = residentsOfUnit(db, u.id).filter((x) => ['owner', 'co-owner', 'company'].includes(x.role));
    if (!owners.length) continue;
    const t0 = time(day(), 9, 15);
    const c = at(io, t0, (x) => checkin.start(x, u.code, { owner: [String(owners[0].id)] }));
    if (!c) continue;
    const absent = owners.slice(1).filter((o) => o.role !== 'company');
    const docs = [
      ...owners.filter((o) => o.role !== 'company').map((o) => `owner-id:${o.id}`),
      ...absent.map((o) => `poa:${o.id}`),
      'handover-certificate',
      'fees-cleared',
    ];
    if (owners.some((o) => o.role === 'company')) docs.push('company-letter', 'agent-id');
    const t1 = later(t0, 0.5);
    at(io, t1, (x) => checkin.doc(x, c.no, docs, {}));
    at(io, t1, (x) =>
      checkin.meter(x, c.no, { water: String(Math.floor(r() * 50)), electricity: String(Math.floor(r() * 300)), gas: String(Math.floor(r() * 20)) }),
    );
    at(io, t1, (x) => checkin.keys(x, c.no, { door: '3', mailbox: '1' }));
    for (let k = 0; k < Math.floor(r() * 3); k++) {
      const large = r() < 0.3;
      const d = at(io, later(t1, 0.2), (x) =>
        checkin.defect(x, c.no, {
          location: pick(r, ['厨房', '卫生间', '主卧', '阳台']),
          desc: pick(r, ['墙面裂缝', '水龙头漏水', '门锁松动', '插座无电']),
          large,
        }),
      );
      const fixed = later(t1, large ? 24 * (1 + r() * 5) : 3);
      if (d && fixed.slice(0, 7) === month) at(io, fixed, (x) => repair.complete(x, d.repair, { comment: '已修复' }));
    }
    at(io, later(t1, 0.5), (x) => checkin.sign(x, c.no, ['contact-form', 'fire-agreement', 'key-receipt', 'inspection-form']));
    if (r() < 0.97) at(io, later(t1, 0.6), (x) => checkin.complete(x, c.no));
  }

  // Renovations (§3): mostly units just handed over, and homes renovated again (R-300 allows
  // an occupied or leased unit); one site a unit at a time (the use-case refuses a second).
  const again = [...occupied];
  for (let i = 0; i < n(9) && (handed.length || again.length); i++) {
    const pool = handed.length && (r() < 0.5 || !again.length) ? handed : again;
    const u = pool.splice(Math.floor(r() * pool.length), 1)[0];
    const t0 = time(day(), 9, 16);
    const start = addDays(t0.slice(0, 10), 3);
    const a = at(io, t0, (x) =>
      renovate.apply(x, u.code, {
        contractor: pick(r, ['美家装饰', '安居装修', '华艺装饰']),
        licence: '91350100M000100Y43',
        managerName: demoName(r),
        managerId: demoIdNumber(r),
        managerPhone: phone(),
        scope: pick(r, ['plumbing,electrical', 'electrical', 'plumbing', 'hot-work,electrical']),
        start,
        end: addDays(start, 30 + Math.floor(r() * 30)),
      }),
    );
    if (!a) continue;
    const t1 = later(t0, 24);
    at(io, t1, (x) => renovate.doc(x, a.no, a.missingDocs));
    if (r() < 0.1) {
      at(io, later(t1, 48), (x) => renovate.reject(x, a.no, { reason: '图纸涉及拆改承重墙' }));
      continue;
    }
    at(io, later(t1, 48), (x) => renovate.approve(x, a.no, { conditions: '按图施工' }));
    at(io, later(t1, 49), (x) => renovate.workerAdd(x, a.no, { name: demoName(r), idNumber: demoIdNumber(r) }));
    at(io, later(t1, 50), (x) => renovate.pay(x, a.no, { receipt: `SJ-${Math.floor(r() * 1e6)}` }));
    // a morning and an afternoon round every day; now and then one is missed or finds a violation.
    for (let d = 0; d < 31; d++) {
      for (const slot of ['10:30:00', '15:30:00']) {
        const ti = atLocal(addDays(start, d), slot, tz);
        if (ti.slice(0, 7) !== month || r() < 0.01) continue;
        if (r() < 0.03)
          at(io, ti, (x) =>
            renovate.inspect(x, a.no, { violation: pick(r, ['现场无灭火器', '超时施工', '垃圾未按时清运']), deadline: addDays(ti.slice(0, 10), 2) }),
          );
        else at(io, ti, (x) => renovate.inspect(x, a.no, { ok: true }));
      }
    }
  }

  // Complaints, suggestions, praise (§4) and their follow-ups (§8).
  for (let i = 0; i < n(18) && occupied.length; i++) {
    const u = pick(r, occupied);
    const p = people(u.code)[0];
    const t0 = time(day());
    const c = at(io, t0, (x) =>
      complaint.newComplaint(x, {
        name: p?.name ?? demoName(r),
        unit: u.code,
        phone: p?.phone ?? phone(),
        channel: pick(r, ['visit', 'phone', 'phone', 'letter']),
        about: pick(r, ['保洁', '保安', '绿化', '维修', '停车', '噪音']),
        desc: pick(r, ['楼道未及时清扫', '夜间巡逻不到位', '草坪枯黄', '维修拖延', '车位被占', '邻居装修噪音']),
      }),
    );
    if (!c) continue;
    const cls = pick(r, ['minor', 'minor', 'important', 'important', 'major', 'invalid'] as const);
    at(io, later(t0, 0.5), (x) =>
      complaint.classify(x, c.no, {
        class: cls,
        invalidKind: cls === 'invalid' ? pick(r, ['developer', 'external', 'unreasonable']) : undefined,
        cause: pick(r, ['服务态度', '设施设备', '及时性', '服务质量']),
      }),
    );
    at(io, later(t0, r() < 0.9 ? 3 : 30), (x) => complaint.respond(x, c.no, { note: '已致歉并说明处理安排' }));
    if (cls !== 'invalid')
      at(io, later(t0, 4), (x) =>
        complaint.assign(x, c.no, {
          dept: pick(r, ['保洁部', '保安部', '工程部', '绿化部']),
          method: '现场处理',
          promise: addDays(t0.slice(0, 10), 2),
        }),
      );
    if (r() < 0.97) {
      const tr = later(t0, 24 + r() * 60);
      at(io, tr, (x) => complaint.resolve(x, c.no, { result: '已处理完毕' }));
      at(io, later(tr, 2), (x) => complaint.verify(x, c.no));
      if (r() < 0.97)
        await at(io, later(tr, 30), (x) =>
          followup.recordFollowup(x, c.no, { method: 'phone', satisfaction: r() < 0.8 ? 'satisfied' : r() < 0.6 ? 'basic' : 'unsatisfied' }),
        );
    }
  }
  for (let i = 0; i < n(4) && occupied.length; i++) {
    const u = pick(r, occupied);
    const t0 = time(day());
    const type = r() < 0.5 ? 'suggestion' : 'praise';
    const s = at(io, t0, (x) =>
      complaint.newComplaint(x, {
        type,
        name: demoName(r),
        unit: u.code,
        channel: 'visit',
        about: pick(r, ['绿化', '保安小张', '前台', '停车管理']),
        desc: type === 'praise' ? '服务热情周到' : '建议增加休息座椅',
      }),
    );
    if (!s) continue;
    if (type === 'suggestion')
      at(io, later(t0, 48), (x) => complaint.adopt(x, s.no, { adopted: r() < 0.6, notAdopted: undefined, note: '经研究', told: true }));
    else at(io, later(t0, 24), (x) => complaint.told(x, s.no));
  }

  // Repairs (§5): free and paid, help requests; completions and sampled follow-ups.
  for (let i = 0; i < n(68) && occupied.length; i++) {
    const publicRepair = r() < 0.12;
    const u = pick(r, occupied);
    const t0 = time(day(), 7, 20);
    const help = r() < 0.03 ? pick(r, ['first-aid', 'security', 'flood'] as const) : undefined;
    const b = at(io, t0, (x) =>
      repair.newRepair(x, {
        unit: publicRepair ? undefined : u.code,
        public: publicRepair ? pick(r, ['1号楼电梯厅', '地下车库', '南门', '会所']) : undefined,
        reporter: demoName(r),
        phone: phone(),
        desc: pick(r, ['水龙头漏水', '灯不亮', '门锁坏了', '墙面渗水', '下水道堵塞', '空调不制冷']),
        kind: pick(r, ['plumbing', 'electrical', 'door-window', 'wall-floor', 'appliance', publicRepair ? 'public-facility' : 'other']),
        help,
        large: r() < 0.15,
      }),
    );
    if (!b) continue;
    at(io, later(t0, help ? 0.1 : 0.5 + r()), (x) => repair.dispatch(x, b.no, { tech: pick(r, ['张师傅', '李师傅', '王师傅', '赵师傅']) }));
    const paid = !publicRepair && !help && r() < 0.25;
    const amount = String(pick(r, [30, 50, 80, 120, 200]));
    if (paid) {
      at(io, later(t0, 1), (x) => repair.quote(x, b.no, { amount }));
      if (r() < 0.9) at(io, later(t0, 1.5), (x) => repair.quote(x, b.no, { consent: true }));
    }
    if (r() < 0.98) {
      const tc = later(t0, r() < 0.93 ? 1 + r() * 4 : 30 + r() * 60);
      if (tc.slice(0, 7) !== month) continue;
      at(io, tc, (x) =>
        repair.complete(x, b.no, paid ? { paid: amount, receipt: `SJ-${Math.floor(r() * 1e6)}`, comment: '满意' } : { comment: '满意' }),
      );
    }
  }
  // The follow-ups that fell due: most done, on time or a little late.
  const due = await followup.followupDue({ ...io, nowEnv: atLocal(addDays(`${month}-${String(days).padStart(2, '0')}`, 0), '23:00:00', tz) }, {});
  for (const f of due) {
    if (!f.dueAt || f.dueAt.slice(0, 7) > month || r() < 0.02 || f.opensAt) continue;
    const t = formatInstant(Date.parse(f.dueAt) - (r() < 0.85 ? 3_600_000 * 5 : -3_600_000 * 5), tz);
    if (t.slice(0, 7) !== month) continue;
    await at(io, t, (x) =>
      followup.recordFollowup(x, f.source ?? f.no, { method: 'phone', satisfaction: r() < 0.85 ? 'satisfied' : r() < 0.7 ? 'basic' : 'unsatisfied' }),
    );
  }

  // Visitors and the reception log (§6).
  for (let i = 0; i < n(103) && occupied.length; i++) {
    const u = pick(r, occupied);
    const t0 = time(day(), 8, 21);
    const v = at(io, t0, (x) =>
      visit.visitIn(x, {
        name: demoName(r),
        idNumber: demoIdNumber(r),
        phone: phone(),
        unit: u.code,
        purpose: pick(r, ['探亲', '送货', '访友', '家政']),
        confirmed: true,
      }),
    );
    if (v && r() < 0.95) at(io, later(t0, 1 + r() * 4), (x) => visit.visitOut(x, v.no));
  }
  for (let i = 0; i < n(20); i++) {
    const u = pick(r, occupied);
    const t0 = time(day());
    const category = pick(r, ['after-sales', 'service', 'other', 'other', 'after-sales', 'repair']);
    const e = at(io, t0, (x) =>
      visit.visitLog(x, {
        category,
        desc: pick(r, ['咨询物业费', '拾到钥匙', '预约家政服务', '门窗质量问题', '阳台漏水']),
        name: demoName(r),
        unit: u?.code,
        phone: phone(),
        solved: r() < 0.7,
      }),
    );
    // an after-sales slip goes to the developer by the next working morning, then the second acceptance.
    if (e?.handoffDue) {
      const h = at(io, e.handoffDue, (x) => visit.visitHandoff(x, e.no, {}));
      if (h && r() < 0.8) at(io, later(e.handoffDue, 24 + r() * 72), (x) => visit.visitReaccept(x, e.no, { pass: true }));
    }
  }

  // Key cabinet (§7): owners entrust keys; the keys in the cabinet are lent to staff and
  // returned, a few late.
  const inCabinet = hooksWithStatus(db, ['in']);
  for (let i = 0; i < n(8) && occupied.length; i++) {
    const u = pick(r, occupied);
    const k = at(io, time(day()), (x) => keys.entrust(x, u.code, { owner: people(u.code)[0]?.name ?? demoName(r), count: '2' }));
    if (k) inCabinet.push(k.hook);
  }
  for (let i = 0; i < n(35) && inCabinet.length; i++) {
    const hook = inCabinet.splice(Math.floor(r() * inCabinet.length), 1)[0];
    const t0 = time(day() + 1);
    const l = at(io, t0, (x) =>
      keys.lend(x, hook, { to: pick(r, ['张师傅', '保洁员小王', '李师傅']), phone: phone(), reason: pick(r, ['维修', '抄表', '检查漏水']) }),
    );
    if (l && r() < 0.98) at(io, later(t0, r() < 0.9 ? 5 : 100), (x) => keys.giveBack(x, l.no, {}));
  }

  // Notices (R-1000, R-1001): estate-wide public notices approved and posted (one urgent) —
  // they reach everyone as posted; phone rounds go to the few households a job concerns
  // (seed 001 §四: the gas riser of one entrance, every floor), each resident called.
  for (let i = 0; i < 3; i++) {
    const t0 = time(day(), 9, 12);
    const urgent = i === 0;
    const nt = at(io, t0, (x) =>
      notice.newNotice(x, {
        kind: 'public',
        title: pick(r, ['停水通知', '电梯维保通知', '消防演练通知', '绿化消杀通知']),
        body: '届时请各位业主提前做好安排，给您带来不便敬请谅解。',
        audience: 'estate',
        urgent,
      }),
    );
    if (!nt) continue;
    at(io, later(t0, 0.15), (x) => notice.approve(x, nt.no, { approvedBy: '项目经理' }));
    at(io, later(t0, urgent ? 0.4 : 2), (x) => notice.post(x, nt.no));
  }
  for (let i = 0; i < n(1) && occupied.length; i++) {
    const u = pick(r, occupied);
    const riser = /^(.+-\d+-)\d+(\d\d)$/.exec(u.code);
    const codes = riser
      ? [...ids.keys()].filter((c) => c.startsWith(riser[1]) && c.endsWith(riser[2]) && /^\d{3,}$/.test(c.slice(riser[1].length)))
      : [u.code];
    const t0 = time(day(), 9, 11);
    const nt = at(io, t0, (x) =>
      notice.newNotice(x, { kind: 'phone', title: '燃气管道检修', body: '请家中留人配合入户检查。', audience: `units:${codes.join(',')}` }),
    );
    if (!nt) continue;
    at(io, later(t0, 0.2), (x) => notice.approve(x, nt.no, { approvedBy: '项目经理' }));
    at(io, later(t0, 0.5), (x) => notice.post(x, nt.no));
    const list = at(io, later(t0, 0.6), (x) => notice.pending(x, nt.no, {}));
    (list?.pending ?? []).forEach((p, j) => {
      const outcome = r() < 0.96 ? 'reached' : r() < 0.5 ? 'no-answer' : 'dead-number';
      at(io, later(t0, 1 + j / 12), (x) => notice.call(x, nt.no, { resident: String(p.resident), outcome }));
    });
  }
  at(io, time(days, 18, 19), (x) => notice.expire(x));

  // Small lending (R-1300): umbrellas, trolleys and tools against deposits; most back whole, a few damaged.
  for (let i = 0; i < n(12); i++) {
    const t0 = time(day());
    const l = at(io, t0, (x) =>
      lend.lendOut(x, { item: pick(r, ['umbrella', 'umbrella', 'umbrella', 'trolley', 'toolkit']), to: demoName(r), phone: phone() }),
    );
    if (!l || r() > 0.95) continue;
    at(io, later(t0, r() < 0.85 ? 20 : 100), (x) => lend.lendBack(x, l.no, { damaged: r() < 0.1 }));
  }

  // Patrols (§11): the month planned on the 1st; vacant units patrolled on their day (a few late or
  // missed, a few findings made repair orders, R-1100); the public rounds mostly done (R-1101).
  const planned = at(io, atLocal(`${month}-01`, '08:00:00', tz), (x) => patrol.plan(x, { month }));
  if (planned) {
    for (const u of unitPatrolsOf(db, month)) {
      if (!u.planned_date || !u.unit || r() < 0.03) continue;
      const t0 = atLocal(u.planned_date, `${10 + Math.floor(r() * 6)}:00:00`, tz);
      const finding = r() < 0.1 ? pick(r, ['窗户未关', '卫生间地漏返味', '墙面渗水', '入户门锁损坏']) : undefined;
      at(io, r() < 0.05 ? later(t0, 48) : t0, (x) =>
        patrol.recordPatrol(x, finding ? { unit: u.unit!, finding, repair: r() < 0.7 } : { unit: u.unit!, ok: true }),
      );
    }
    const places = planned.places;
    const rounds = roundsOf(db, month);
    for (let d = 1; d <= days; d++) {
      const date = `${month}-${String(d).padStart(2, '0')}`;
      for (const hour of [9, 14]) {
        // Only the planned rounds (working days); a few missed.
        if (!rounds.has(`${date} ${hour < 12 ? 'am' : 'pm'}`) || r() < 0.08) continue;
        for (const place of places) {
          const t0 = atLocal(date, `${String(hour).padStart(2, '0')}:${String(10 + (places.indexOf(place) % 10) * 5).padStart(2, '0')}:00`, tz);
          const finding = r() < 0.01 ? pick(r, ['灯不亮', '地面湿滑', '消防通道堆放杂物']) : undefined;
          at(io, t0, (x) => patrol.recordPatrol(x, finding ? { public: place, finding, repair: r() < 0.5 } : { public: place, ok: true }));
        }
      }
    }
  }

  // Owners' survey (§12), once a year (in the report's month): opened on the 3rd, returns from a sample of households, closed on the
  // 25th — its action items and follow-ups scheduled (R-1200, R-804).
  const sv = o.survey === false ? undefined : at(io, time(3), (x) => survey.newSurvey(x, { title: `${month.slice(0, 4)}年度业主满意度调查` }));
  if (sv) {
    const areas = ['power', 'water', 'fire-security', 'cleaning', 'landscaping', 'public-facilities', 'repair', 'attitude', 'overall'];
    const answered = [...occupied, ...handed].filter(() => r() < 0.3).slice(0, n(40));
    for (const u of answered) {
      const scores = areas
        .filter(() => r() < 0.9)
        .map((a) => `${a}=${Math.min(5, Math.max(1, Math.round(4.7 + (r() - 0.5) * 2 - (a === 'repair' || a === 'cleaning' ? 1 : 0))))}`)
        .join(',');
      const comment =
        r() < 0.5 ? pick(r, ['电梯经常坏，维修太慢', '楼道卫生需要加强', '绿化维护不错', '停车位紧张', '维修响应太慢', '保安服务态度好']) : undefined;
      at(io, time(4 + Math.floor(r() * 18)), (x) => survey.addReturn(x, sv.no, { unit: u.code, scores: scores || 'overall=4', comment }));
    }
    at(io, time(25, 16, 18), (x) => survey.closeSurvey(x, sv.no));
  }
}

export { refuse };
