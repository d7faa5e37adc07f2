import { formatInstant, type Instant } from './time.js';

export function addHours(t: Instant, hours: number, tz: string): Instant {
  return formatInstant(Date.parse(t) + hours * 3_600_000, tz);
}
