// How an instant is shown to a clerk: the estate-local date and minute, as the
// ISO text (which already carries the estate's offset) has them: "2026-10-01 10:00".
export function minute(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '';
}
