// `profile show` / `profile set`: the estate's settings over the shipped defaults,
// every change audit-logged.
import { profileOverrides, setProfileValue } from './store/profile.js';
import { checkSetting, defaultProfile, getAt, resolvePath } from './profile.js';
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
    setProfileValue(s.db, canonical, value);
    s.audit({ subject: 'profile', action: 'set', field: canonical, old: old ?? null, new: value });
    return { key: canonical, old: old ?? null, value, default: getAt(defaultProfile(), path) ?? null };
  });
}
