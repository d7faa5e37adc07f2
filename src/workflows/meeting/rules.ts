// 楼长会 the quarterly building representatives' meeting (R-803, seed 000 第13條 每季度召開一次樓長會).
// Pure: the record's machine and how an action item `"text;owner;date"` is read.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

/** A meeting HY: `open` while an action item is open, `closed` once all are done (none: closed at once). */
export const MEETING_MACHINE: Machine = {
  type: 'meeting',
  next: { open: ['closed'] },
  verbs: { closed: 'meeting act' },
};

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = { group: 'meeting', types: ['meeting'], final: ['closed', 'voided'], gist: ['heldOn', 'attendees'] };

export interface Action {
  text: string;
  owner: string;
  due: string; // local YYYY-MM-DD
}

/**
 * `--action "text;owner;YYYY-MM-DD"` (a full-width ； too): the three parts, or what is wrong —
 * `text`, `owner` (missing: R-803 action items have owners) or `date`.
 */
export function parseAction(raw: string): { action: Action } | { bad: 'text' | 'owner' | 'date' } {
  const [text = '', owner = '', due = '', ...rest] = raw.split(/[;；]/).map((x) => x.trim());
  if (!text || rest.length) return { bad: 'text' };
  // "text;YYYY-MM-DD": the owner left out.
  if (!owner || (/^\d{4}-\d{2}-\d{2}$/.test(owner) && !due)) return { bad: 'owner' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) return { bad: 'date' };
  return { action: { text, owner, due } };
}

/** Attendees `a,b,c` (，、 too): the names, without repeats. */
export function parseNames(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,，、]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}
