// `profile show` / `profile set`: the estate's settings over the shipped defaults,
// every change audit-logged. A change under `calendar.` (a year's days,
// closed days) recomputes the open deadlines it touches (R-0A2).
import { profileOverrides, setProfileValue } from './store/profile.js';
import { importedYears } from './store/calendar.js';
import { checkSetting, defaultProfile, getAt, mergeProfile, resolvePath } from './profile.js';
import { legacyCalendar, loadCalendar } from './calendar-data.js';
import { recomputeDeadlines, type DeadlineChange } from './recompute.js';
import { read, write } from './session.js';
import type { Io } from './io.js';

export function profileShow(io: Io) {
  return read(io, (s) => ({ profile: s.profile, overrides: profileOverrides(s.db) }));
}

export function profileSet(io: Io, key: string, raw: string) {
  return write(io, (s) => {
    const { key: canonical, value } = checkSetting(key, raw);
    const path = resolvePath(s.profile, canonical) ?? canonical.split('.');
    const old = getAt(s.profile, path);
    const before = path[0] === 'calendar' ? s.calendar() : undefined;
    setProfileValue(s.db, canonical, value);
    s.audit({ subject: 'profile', action: 'set', field: canonical, old: old ?? null, new: value });
    let changes: DeadlineChange[] | undefined;
    if (before) {
      const after = loadCalendar(mergeProfile(profileOverrides(s.db)), importedYears(s.db));
      changes = recomputeDeadlines(s, before, after, [legacyCalendar(before)]);
    }
    return { key: canonical, old: old ?? null, value, default: getAt(defaultProfile(), path) ?? null, ...(changes ? { changes } : {}) };
  });
}
