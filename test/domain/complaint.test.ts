// Complaint rules, pure (R-401, R-402, R-403, R-405, R-406, R-407, §0b).
import { describe, expect, it } from 'vitest';
import {
  classDeadlines,
  COMPLAINT_MACHINE,
  effectiveClass,
  escalates,
  followupBy,
  forwardTo,
  isRepeat,
  jyMachine,
  PRAISE_MACHINE,
  REPORT_TO,
  SUGGESTION_MACHINE,
} from '../../src/workflows/complaint/rules.js';
import { assertMove, canMove } from '../../src/core/states.js';
import { defaultProfile } from '../../src/core/profile.js';

describe('§0b complaint states', () => {
  it('new → classified → assigned → resolved → verified → closed', () => {
    const path = ['new', 'classified', 'assigned', 'resolved', 'verified', 'closed'];
    for (let i = 1; i < path.length; i++) expect(canMove(COMPLAINT_MACHINE, path[i - 1], path[i])).toBe(true);
  });
  it('R-802: an unsatisfied follow-up reopens a resolved or verified complaint; next step is assign', () => {
    expect(canMove(COMPLAINT_MACHINE, 'resolved', 'reopened')).toBe(true);
    expect(canMove(COMPLAINT_MACHINE, 'verified', 'reopened')).toBe(true);
    expect(COMPLAINT_MACHINE.next.reopened).toEqual(['assigned']);
  });
  it('skipping a step is refused, naming the command allowed next', () => {
    expect(canMove(COMPLAINT_MACHINE, 'new', 'assigned')).toBe(false);
    expect(() => assertMove(COMPLAINT_MACHINE, 'TS-2026-0001', 'new', 'assigned')).toThrow(
      expect.objectContaining({ code: 'E_STATE', params: expect.objectContaining({ allowed: 'complaint classify' }) }),
    );
    expect(canMove(COMPLAINT_MACHINE, 'closed', 'reopened')).toBe(false);
  });
});

describe('R-407 suggestions and praise', () => {
  it('a suggestion is adopted or not before the resident is told (closed)', () => {
    expect(canMove(SUGGESTION_MACHINE, 'new', 'closed')).toBe(false);
    expect(canMove(SUGGESTION_MACHINE, 'new', 'adopted')).toBe(true);
    expect(canMove(SUGGESTION_MACHINE, 'not-adopted', 'closed')).toBe(true);
  });
  it('praise is recorded and closed', () => {
    expect(canMove(PRAISE_MACHINE, 'new', 'closed')).toBe(true);
    expect(canMove(PRAISE_MACHINE, 'new', 'adopted')).toBe(false);
    expect(jyMachine('praise')).toBe(PRAISE_MACHINE);
    expect(jyMachine('suggestion')).toBe(SUGGESTION_MACHINE);
  });
});

describe('R-402 reports and deadlines by class', () => {
  it('each class names who is told and its profile deadlines, which all exist', () => {
    expect(REPORT_TO.major).toBe('quality-dept,general-manager');
    expect(REPORT_TO.important).toBe('supervisor,project-manager');
    expect(REPORT_TO.minor).toBe('project-manager');
    const deadlines = defaultProfile().deadlines;
    for (const c of ['major', 'important', 'minor', 'invalid'] as const) {
      const d = classDeadlines(c);
      expect(deadlines[d.report], d.report).toBeTruthy();
      expect(deadlines[d.handle], d.handle).toBeTruthy();
    }
    expect(deadlines['R-402.report.important']).toBe('1h');
    expect(deadlines['R-402.handle.important']).toBe('3d');
    expect(deadlines['R-402.handle.minor']).toBe('2d');
  });
});

describe('R-401 invalid complaints are forwarded', () => {
  it('developer → after-sales, external → the outside body, unreasonable → nowhere', () => {
    expect(forwardTo('developer')).toBe('after-sales');
    expect(forwardTo('external')).toBe('external-body');
    expect(forwardTo('unreasonable')).toBeNull();
    expect(forwardTo(null)).toBeNull();
  });
});

describe('R-403 escalation', () => {
  it('valid complaints not yet major escalate (unclassified ones too); invalid and major do not', () => {
    expect(escalates(null)).toBe(true);
    expect(escalates('minor')).toBe(true);
    expect(escalates('important')).toBe(true);
    expect(escalates('major')).toBe(false);
    expect(escalates('invalid')).toBe(false);
  });
  it('an escalated complaint graded later stays major, unless found invalid', () => {
    expect(effectiveClass('minor', true)).toBe('major');
    expect(effectiveClass('invalid', true)).toBe('invalid');
    expect(effectiveClass('minor', false)).toBe('minor');
  });
});

describe('R-405 and R-406', () => {
  it('major complaints are followed up by the project manager', () => {
    expect(followupBy('major')).toBe('project-manager');
    expect(followupBy('important')).toBeNull();
  });
  it('the same matter twice or more is a repeat', () => {
    expect(isRepeat(1)).toBe(false);
    expect(isRepeat(2)).toBe(true);
  });
});
