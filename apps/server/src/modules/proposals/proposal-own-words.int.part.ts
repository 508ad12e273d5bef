import { fieldsFromParentWords } from '@iep/shared';
import { asView, completeFields, proposalApi, storedGoals } from '../../test/proposals-kit';
import { sectionPerTest } from '../../test/section-scene';
import { type Session, type TestApp } from '../../test/test-app';

const words = {
  what: 'Button his coat by himself before recess',
  when: 'By the spring break',
  howWeKnow: 'He goes out to recess with his coat buttoned most days',
};

describe('a goal proposed in the parent’s own words', () => {
  const scene = sectionPerTest();
  let app: TestApp;
  let ot: Session;
  let parent: Session;
  let sectionId: string;
  let p: ReturnType<typeof proposalApi>;

  beforeEach(async () => {
    ({
      app,
      sectionId,
      as: { ot, parent },
    } = scene());
    p = proposalApi(app);
  });

  const propose = async () => {
    const reply = await p.create(parent, sectionId, { kind: 'new_goal', fields: {}, parentWords: words });
    expect(reply.status).toBe(201);
    return asView(reply);
  };

  it('is stored as the parent wrote it, with no rationale asked for, and waits for the OT’s goal fields', async () => {
    const view = await propose();
    expect(view.parentWords).toEqual(words);
    expect(view.rationale).toBe('');
    expect(view.missingFields).not.toContain('rationale');
    expect(view.missingFields).toEqual(expect.arrayContaining(['area', 'baseline', 'behavior']));
    // Accepting it as it is would make an empty goal: refused until the OT writes the fields.
    const bare = await p.accept(ot, view.id);
    expect(bare.status).toBe(409);
    expect(bare.body).toMatchObject({ error: { code: 'PROPOSAL_INCOMPLETE' } });
    expect(await storedGoals(app, sectionId)).toEqual([]);
  });

  it('becomes a goal with the fields the OT wrote from the words, pre-filled from them; the words stay', async () => {
    const view = await propose();
    const prefilled = fieldsFromParentWords(words);
    expect(prefilled).toMatchObject({ behavior: words.what, timeframe: words.when, criterion: words.howWeKnow });
    const fields = {
      ...prefilled,
      area: 'self_care',
      baseline: completeFields.baseline,
      condition: completeFields.condition,
      behavior: 'Mateo will button his coat independently',
      criterion: 'on 4 of 5 school days',
      measurement: completeFields.measurement,
    };
    const accepted = await p.acceptWith(ot, view.id, { fields });
    expect(accepted.status).toBe(200);
    expect(asView(accepted)).toMatchObject({ status: 'accepted', parentWords: words, fields });
    const goals = await storedGoals(app, sectionId);
    expect(goals).toEqual([
      expect.objectContaining({
        area: 'self_care',
        behavior: 'Mateo will button his coat independently',
        timeframe: words.when,
        criterion: 'on 4 of 5 school days',
      }),
    ]);
    const audit = await app.prisma.client.auditEvent.findFirstOrThrow({
      where: { sectionId, action: 'proposal.accepted' },
    });
    expect(audit.detail).toMatchObject({ fromOwnWords: true });
  });

  it('keeps the old API: structured proposals are accepted as proposed, never rewritten on acceptance', async () => {
    const plain = asView(
      await p.create(parent, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'Recess' }),
    );
    expect(plain.parentWords).toBeNull();
    const rewritten = await p.acceptWith(ot, plain.id, { fields: { ...completeFields, behavior: 'Something else' } });
    expect(rewritten.status).toBe(400);
    expect(rewritten.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await p.accept(ot, plain.id)).status).toBe(200);
  });

  it('refuses own words that say nothing, or own words for a change to an existing goal', async () => {
    for (const body of [
      { kind: 'new_goal', fields: {}, parentWords: { what: '   ' } },
      { kind: 'new_goal', fields: {}, parentWords: { what: 'x'.repeat(1001) } },
      { kind: 'change_goal', targetGoalId: 'g1', fields: {}, parentWords: words },
    ]) {
      const reply = await p.create(parent, sectionId, body);
      expect({ status: reply.status, body: reply.body }).toMatchObject({
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED' } },
      });
    }
  });
});
