// §0a: instants are written ISO 8601 with the estate's offset. formatInstant and localDate
// write the wall clock directly (issue 23: no dayjs token parser per call); they must give
// exactly what dayjs gave, in fixed and daylight-saving zones, across years.
import { describe, expect, it } from 'vitest';
import { dayjs, formatInstant, localDate, tzOffset } from '../../src/core/time.js';

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Europe/London', 'Pacific/Chatham'];

describe('§0a: formatInstant and localDate write what dayjs wrote', () => {
  it('for 20,000 instants from 1960 to 2100 in six zones (offsets east and west, half hours, 12:45)', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const lo = Date.UTC(1960, 0, 1);
    const hi = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 20000; i++) {
      const ms = Math.floor(lo + rnd() * (hi - lo));
      const tz = ZONES[i % ZONES.length];
      const z = dayjs(ms).utcOffset(tzOffset(ms, tz));
      expect(formatInstant(ms, tz)).toBe(z.format('YYYY-MM-DDTHH:mm:ssZ'));
      expect(localDate(new Date(ms).toISOString(), tz)).toBe(z.format('YYYY-MM-DD'));
    }
  });
  it('an ISO string in, the estate offset out', () => {
    expect(formatInstant('2026-10-05T02:30:00Z', 'Asia/Shanghai')).toBe('2026-10-05T10:30:00+08:00');
    expect(localDate('2026-10-05T23:30:00+08:00', 'America/New_York')).toBe('2026-10-05');
    expect(formatInstant('2026-03-08T07:30:00Z', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
  });
});
