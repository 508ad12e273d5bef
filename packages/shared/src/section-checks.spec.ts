import * as Y from 'yjs';
import {
  ageOn,
  checkKey,
  complianceChecks,
  gateFailures,
  goalMeasurability,
  serviceGaps,
  serviceMinutes,
} from './section-checks';
import {
  addGoal,
  addService,
  readStructure,
  removeRecord,
  type GoalRecord,
  type SectionStructure,
  type ServiceRecord,
} from './doc';

const goal = (over: Partial<GoalRecord>): GoalRecord => ({
  id: 'g',
  position: 1,
  area: 'fine_motor',
  baseline: 'copies 2 words',
  condition: 'given a slant board',
  behavior: 'copies a 5-word sentence legibly',
  criterion: 'in 4 of 5 trials',
  timeframe: 'by the annual review',
  measurement: 'work samples',
  reporting: 'each grading period',
  objectives: [],
  description: null,
  provenance: null,
  ...over,
});

const service = (over: Partial<ServiceRecord>): ServiceRecord => ({
  id: 's',
  position: 1,
  model: 'direct_pull_out',
  frequency: 1,
  period: 'week',
  minutes: 30,
  grouping: 'individual',
  location: 'OT room',
  provider: 'ot',
  startDate: '2026-09-01',
  endDate: null,
  ...over,
});

/** A structure with a complete service and an area of need chosen. */
const complete = (structure: SectionStructure): SectionStructure => ({
  ...structure,
  services: [service({})],
  areasOfNeed: structure.areasOfNeed.map((a, i) => ({ ...a, selected: i === 0 })),
});

describe('goal measurability', () => {
  it('accepts a complete goal with a numeric criterion', () => {
    expect(goalMeasurability(goal({}))).toEqual({ measurable: true, reasons: [] });
  });

  it('says why a goal is not measurable', () => {
    expect(goalMeasurability(goal({ criterion: 'with good effort', condition: '' })).reasons).toEqual([
      'missing_condition',
      'criterion_not_measurable',
    ]);
    expect(goalMeasurability(goal({ baseline: 'copies [[baseline_words]] words' })).reasons).toEqual([
      'unfilled_blank',
    ]);
    expect(goalMeasurability(goal({ criterion: null, timeframe: ' ' })).reasons).toEqual([
      'missing_criterion',
      'missing_timeframe',
    ]);
  });
});

describe('service minutes', () => {
  it('adds weekly and monthly rows into totals per week and per month', () => {
    const total = serviceMinutes([service({}), service({ frequency: 2, period: 'month', minutes: 60 })]);
    expect(total.counted).toBe(2);
    expect(total.perWeek).toBe(58);
    expect(total.perMonth).toBe(250);
  });

  it('leaves out incomplete rows and names what a row lacks', () => {
    expect(serviceMinutes([service({ minutes: null })])).toEqual({ perWeek: 0, perMonth: 0, counted: 0 });
    expect(serviceGaps(service({ location: '', provider: null, startDate: null }))).toEqual([
      'location',
      'provider',
      'startDate',
    ]);
  });
});

describe('the compliance checks', () => {
  function doc(build: (d: Y.Doc) => void) {
    const d = new Y.Doc();
    build(d);
    return readStructure(d);
  }

  it('flags each gap with the place to fix it', () => {
    const { structure, issues } = doc((d) => {
      addGoal(d, { behavior: 'buttons a coat', criterion: 'sometimes' });
      addService(d);
    });
    const items = complianceChecks(
      {
        structure,
        issues,
        parentConcernsText: '',
        meetingDate: '2026-12-01',
        annualReviewDate: '2028-01-01',
        dateOfBirth: '2012-01-15',
      },
      '2026-11-22',
    );
    const byCode = Object.fromEntries(items.map((i) => [i.code, i]));
    expect(byCode.goal_measurable).toMatchObject({ ok: false, target: expect.stringMatching(/^goals\/.+\/baseline$/) });
    expect(byCode.service_complete).toMatchObject({
      ok: false,
      details: { gaps: ['frequency', 'minutes', 'location', 'provider', 'startDate'] },
    });
    expect(byCode.parent_concerns_present).toMatchObject({ ok: false, target: 'parentConcerns' });
    expect(byCode.annual_review_within_year).toMatchObject({ ok: false });
    expect(byCode.transition_goals_present).toMatchObject({ ok: false, details: { age: 14 } });
  });

  it('passes a complete section and asks no transition goals of a younger student', () => {
    const { structure, issues } = doc(() => undefined);
    const items = complianceChecks(
      {
        structure: complete(structure),
        issues,
        parentConcernsText: 'He tires when writing.',
        meetingDate: '2026-12-01',
        annualReviewDate: '2027-12-01',
        dateOfBirth: '2017-03-14',
      },
      '2026-11-22',
    );
    expect(items.every((i) => i.ok)).toBe(true);
    expect(items.map((i) => i.code)).not.toContain('transition_goals_present');
  });

  it('flags no services, no areas of need and a goal without how progress is measured and reported', () => {
    const { structure, issues } = doc(() => undefined);
    const base = { issues, parentConcernsText: 'x', meetingDate: null, annualReviewDate: null, dateOfBirth: null };
    const empty = complianceChecks({ ...base, structure }, '2026-11-22');
    expect(empty.find((i) => i.code === 'services_present')).toMatchObject({ ok: false, target: 'services' });
    expect(empty.find((i) => i.code === 'areas_of_need_present')).toMatchObject({ ok: false, target: 'areasOfNeed' });
    const withGoal = complianceChecks(
      { ...base, structure: { ...complete(structure), goals: [goal({ measurement: ' ', reporting: null })] } },
      '2026-11-22',
    );
    expect(withGoal.find((i) => i.code === 'goal_progress_reporting')).toMatchObject({
      ok: false,
      target: 'goals/g/measurement',
      details: { missing: ['measurement', 'reporting'] },
    });
    expect(withGoal.find((i) => i.code === 'services_present')?.ok).toBe(true);
  });

  it('flags open proposals and suggestions and a family review unanswered past its date, only from record facts', () => {
    const { structure, issues } = doc(() => undefined);
    const base = {
      structure: complete(structure),
      issues,
      parentConcernsText: 'x',
      meetingDate: null,
      annualReviewDate: null,
      dateOfBirth: null,
    };
    expect(complianceChecks(base, '2026-11-22').map((i) => i.code)).not.toContain('proposals_resolved');
    const review = { deliveredAt: '2026-11-01T10:00:00.000Z', respondBy: '2026-11-20', respondedAt: null };
    const items = complianceChecks(
      { ...base, record: { openProposals: 2, openSuggestions: 0, familyReview: review } },
      '2026-11-22',
    );
    const byCode = Object.fromEntries(items.map((i) => [i.code, i]));
    expect(byCode.proposals_resolved).toMatchObject({ ok: false, details: { open: 2 } });
    expect(byCode.suggestions_resolved).toMatchObject({ ok: true });
    expect(byCode.family_review_answered).toMatchObject({ ok: false, details: { respondBy: '2026-11-20' } });
    const inTime = complianceChecks({ ...base, record: { openProposals: 0, familyReview: review } }, '2026-11-20');
    expect(inTime.find((i) => i.code === 'family_review_answered')?.ok).toBe(true);
    const answered = { ...review, respondedAt: '2026-11-21T09:00:00.000Z' };
    const late = complianceChecks({ ...base, record: { openProposals: 0, familyReview: answered } }, '2026-11-22');
    expect(late.find((i) => i.code === 'family_review_answered')?.ok).toBe(true);
  });

  it('lets a recorded reason clear a failing check at the gate, by the check’s key', () => {
    const items = [
      { code: 'services_present' as const, ok: false, target: 'services' },
      { code: 'parent_concerns_present' as const, ok: false, target: 'parentConcerns' },
      { code: 'goal_measurable' as const, ok: true, target: 'goals/g/criterion' },
    ];
    expect(gateFailures(items, new Set(['services_present:services'])).map(checkKey)).toEqual([
      'parent_concerns_present:parentConcerns',
    ]);
  });

  it('lists a stored value that fails its schema as a field to fix', () => {
    const { structure, issues } = doc((d) => {
      const id = addService(d);
      d.getMap<Y.Map<unknown>>('services').get(id)?.set('minutes', -5);
    });
    const items = complianceChecks(
      { structure, issues, parentConcernsText: 'x', meetingDate: null, annualReviewDate: null, dateOfBirth: null },
      '2026-11-22',
    );
    expect(items.find((i) => i.code === 'field_valid')).toMatchObject({
      ok: false,
      target: expect.stringMatching(/^services\/.+\/minutes$/),
    });
  });

  it('leaves removed goals and services out: a half-filled goal removed no longer fails the section', () => {
    const by = { at: '2026-12-01T10:00:00.000Z', by: { id: 'u1', name: 'Olivia Torres' } };
    const input = (structure: SectionStructure, issues: ReturnType<typeof readStructure>['issues']) => ({
      structure: complete(structure),
      issues,
      parentConcernsText: 'x',
      meetingDate: '2026-12-01',
      annualReviewDate: '2027-12-01',
      dateOfBirth: '2017-03-14',
    });
    const before = doc((d) => {
      addGoal(d, { timeframe: '' });
      const bad = addService(d);
      d.getMap<Y.Map<unknown>>('services').get(bad)?.set('minutes', -5);
    });
    const failing = complianceChecks(input(before.structure, before.issues), '2026-11-22');
    expect(failing.filter((i) => !i.ok).map((i) => i.code)).toEqual(
      expect.arrayContaining(['goal_measurable', 'field_valid']),
    );
    const after = doc((d) => {
      const half = addGoal(d, { timeframe: '' });
      const bad = addService(d);
      d.getMap<Y.Map<unknown>>('services').get(bad)?.set('minutes', -5);
      removeRecord(d, 'goals', half, by);
      removeRecord(d, 'services', bad, by);
    });
    expect(after.structure.goals).toEqual([]);
    expect(after.issues).toEqual([]);
    const items = complianceChecks(input(after.structure, after.issues), '2026-11-22');
    expect(items.filter((i) => !i.ok)).toEqual([]);
  });

  it('counts age in whole years on the meeting date', () => {
    expect(ageOn('2012-12-02', '2026-12-01')).toBe(13);
    expect(ageOn('2012-12-01', '2026-12-01')).toBe(14);
  });
});
