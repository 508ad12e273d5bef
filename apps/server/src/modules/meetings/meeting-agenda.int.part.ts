import type { MeetingState } from '@iep/shared';
import { asView, completeFields, proposalApi } from '../../test/proposals-kit';
import { sectionPerTest, type SectionScene } from '../../test/section-scene';
import { api, type Session, type TestApp } from '../../test/test-app';

describe('meeting agenda and summary from comments and proposals', () => {
  const scene = sectionPerTest();
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let sectionId: string;
  let post: SectionScene['post'];
  let thread: SectionScene['thread'];
  beforeEach(() => {
    ({
      post,
      thread,
      app,
      sectionId,
      as: { ot, teacher, parent },
    } = scene());
  });

  const schedule = async (): Promise<MeetingState> =>
    (
      await post(ot, `/api/sections/${sectionId}/meetings`, {
        scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
        invitedUserIds: [],
      })
    ).body as MeetingState;
  const meetingAs = async (session: Session, id: string): Promise<MeetingState> =>
    (await api(app, `/api/meetings/${id}`, { token: session.token })).body as MeetingState;

  it('puts a parent’s open thread, other open team threads and open proposals on the agenda, never a staff-only thread', async () => {
    const fromParent = await thread(parent, { body: 'Can we practise buttons at home?' });
    const fromTeacher = await thread(teacher, {
      part: 'presentLevels',
      quote: 'slow handwriting',
      body: 'Is this still true?',
    });
    await thread(ot, { visibility: 'staff', body: 'Staff only: caseload note' });
    const proposal = asView(
      await proposalApi(app).create(parent, sectionId, {
        kind: 'new_goal',
        fields: completeFields,
        rationale: 'He wants to dress himself',
      }),
    );
    await post(ot, `/api/threads/${fromParent.id}/comments`, { body: 'Yes, let us talk about it', mentions: [] });

    const meeting = await schedule();
    for (const session of [parent, ot]) {
      const agenda = (await meetingAs(session, meeting.id)).agenda;
      expect(agenda).toEqual(
        expect.arrayContaining([
          {
            key: `parent_input:${fromParent.id}`,
            kind: 'parent_input',
            title: 'Can we practise buttons at home?',
            part: 'parentConcerns',
            state: 'answered',
          },
          {
            key: `thread:${fromTeacher.id}`,
            kind: 'thread',
            title: 'slow handwriting',
            part: 'presentLevels',
            state: 'open',
          },
          {
            key: `proposal:${proposal.id}`,
            kind: 'proposal',
            title: completeFields.behavior,
            part: 'goals',
            state: 'open',
          },
        ]),
      );
      expect(JSON.stringify(agenda)).not.toContain('caseload');
    }
  });

  it('records in the summary’s decisions the proposal accepted and the team thread resolved during the meeting, not a staff-only one', async () => {
    const open = await thread(parent, { body: 'Can we practise buttons at home?' });
    const staffOnly = await thread(ot, { visibility: 'staff', body: 'Staff only: caseload note' });
    const p = proposalApi(app);
    const accepted = asView(
      await p.create(teacher, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'Independence' }),
    );
    const rejected = asView(
      await p.create(teacher, sectionId, {
        kind: 'new_goal',
        fields: { ...completeFields, behavior: 'Mateo will tie his shoes' },
        rationale: 'Later',
      }),
    );

    const meeting = await schedule();
    expect((await post(ot, `/api/meetings/${meeting.id}/start`)).status).toBe(200);
    // Rejected first: accepting would supersede the other proposal for the same area.
    expect((await p.reject(ot, rejected.id, { reason: 'Next year' })).status).toBe(200);
    expect((await p.accept(ot, accepted.id)).status).toBe(200);
    expect((await post(ot, `/api/threads/${open.id}/resolve`)).status).toBe(200);
    expect((await post(ot, `/api/threads/${staffOnly.id}/resolve`)).status).toBe(200);
    const ended = (await post(ot, `/api/meetings/${meeting.id}/end`)).body as MeetingState;

    expect(ended.summary?.decisions).toEqual([
      { kind: 'proposal_rejected', title: 'Mateo will tie his shoes' },
      { kind: 'proposal_accepted', title: completeFields.behavior },
      { kind: 'thread_resolved', title: 'Can we practise buttons at home?' },
    ]);
    expect(ended.summary?.open.map((i) => i.key)).not.toContain(`parent_input:${open.id}`);
  });
});
