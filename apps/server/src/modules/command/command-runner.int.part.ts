import type { AuditAction } from '@iep/shared';
import { CommandRunner } from './command-runner';
import type { CommandScope } from './command-effects';
import { appPerFile, newWorld, type World } from '../../test/factories';
import type { TestApp } from '../../test/test-app';

/**
 * The pipeline's own promise, on the real store: a command's change, its audit rows and its
 * notifications land together or not at all, and nothing is published for a command that failed.
 */
const app = appPerFile();

function scopeOf(world: World): CommandScope {
  const mateo = world.students.Mateo;
  return {
    actorId: world.users.ot,
    actorRole: 'ot',
    studentId: mateo.studentId,
    sectionId: mateo.sectionId,
    ip: '127.0.0.9',
  };
}

/** What a command in these tests leaves behind: the renamed person, its audit rows, its notifications. */
async function traces(test: TestApp, world: World, action: AuditAction) {
  const prisma = test.prisma.client;
  const [user, audits, notifications] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: world.users.teacher } }),
    prisma.auditEvent.findMany({ where: { action, sectionId: world.students.Mateo.sectionId } }),
    prisma.notification.findMany({ where: { userId: world.users.teacher, sectionId: world.students.Mateo.sectionId } }),
  ]);
  return { name: user.name, audits, notifications };
}

/** A command touching all three: a write, an audit row, a notification, and an event after commit. */
function command(world: World, action: AuditAction, newName: string, published: string[], fail: boolean) {
  return app()
    .running.app.get(CommandRunner)
    .commit(scopeOf(world), async (fx) => {
      await fx.tx.user.update({ where: { id: world.users.teacher }, data: { name: newName } });
      await fx.audit(action, { newName });
      await fx.notify([
        {
          userId: world.users.teacher,
          kind: 'mention',
          sectionId: world.students.Mateo.sectionId,
          actorId: world.users.ot,
        },
      ]);
      fx.publish(() => published.push(newName));
      if (fail) throw new Error('the command fails after its writes');
      return newName;
    });
}

describe('CommandRunner', () => {
  it('rolls back the change, its audit rows and its notifications together when the command throws, and publishes nothing', async () => {
    const world = await newWorld(app());
    const before = await traces(app(), world, 'section.version_saved');
    const published: string[] = [];

    await expect(
      command(world, 'section.version_saved', 'Renamed in a failed command', published, true),
    ).rejects.toThrow('the command fails after its writes');

    const after = await traces(app(), world, 'section.version_saved');
    expect(after.name).toBe(before.name);
    expect(after.audits).toHaveLength(0);
    expect(after.notifications).toHaveLength(before.notifications.length);
    expect(published).toEqual([]);
  });

  it('commits the change with its scoped audit row and notification, and publishes only after the work is done', async () => {
    const world = await newWorld(app());
    const published: string[] = [];
    let publishedDuringWork: number | undefined;

    const result = await app()
      .running.app.get(CommandRunner)
      .commit(scopeOf(world), async (fx) => {
        await fx.tx.user.update({ where: { id: world.users.teacher }, data: { name: 'Renamed and committed' } });
        await fx.audit('section.transition', { step: 1 });
        await fx.notify([
          {
            userId: world.users.teacher,
            kind: 'mention',
            sectionId: world.students.Mateo.sectionId,
            actorId: world.users.ot,
          },
        ]);
        fx.publish(() => published.push('event'));
        publishedDuringWork = published.length;
        return 'done';
      });

    expect(result).toBe('done');
    expect(publishedDuringWork).toBe(0);
    expect(published).toEqual(['event']);
    const after = await traces(app(), world, 'section.transition');
    expect(after.name).toBe('Renamed and committed');
    expect(after.notifications).toHaveLength(1);
    expect(after.audits).toHaveLength(1);
    expect(after.audits[0]).toMatchObject({
      actorId: world.users.ot,
      actorRole: 'ot',
      studentId: world.students.Mateo.studentId,
      sectionId: world.students.Mateo.sectionId,
      ip: '127.0.0.9',
      detail: { step: 1 },
    });
  });

  it('keeps a committed change and its other listeners when one listener throws after the commit', async () => {
    const world = await newWorld(app());
    const published: string[] = [];
    await app()
      .running.app.get(CommandRunner)
      .commit(scopeOf(world), async (fx) => {
        await fx.tx.user.update({ where: { id: world.users.teacher }, data: { name: 'Kept despite a listener' } });
        fx.publish(() => {
          throw new Error('a listener fails');
        });
        fx.publish(() => published.push('second listener'));
      });
    expect(published).toEqual(['second listener']);
    expect((await traces(app(), world, 'section.read')).name).toBe('Kept despite a listener');
  });
});
