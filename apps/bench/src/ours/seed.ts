// Bench-only seeding, run in a child process against a fresh (migrated) PGlite directory before our
// server starts: bench users, students, plans and OT sections, every user on every team as an OT.
// It uses the server's own built Prisma client and password hashing (apps/server/dist).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

export const BENCH_PASSWORD = 'bench-Keystroke-Fanout-2026';
export const benchEmail = (i: number): string => `bench-user-${i}@bench.invalid`;

interface Row {
  id: string;
}
interface CreateDelegate {
  create(args: { data: Record<string, unknown> }): Promise<Row>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<unknown>;
  findMany(args: { where: Record<string, unknown>; select: { id: true } }): Promise<Row[]>;
}
interface BenchPrisma {
  district: CreateDelegate;
  school: CreateDelegate;
  user: CreateDelegate;
  student: CreateDelegate;
  teamMembership: CreateDelegate;
  plan: CreateDelegate;
  otSection: CreateDelegate;
}
interface ServerModules {
  PrismaService: new (config: unknown) => { client: BenchPrisma; close(): Promise<void> };
  loadConfig: () => unknown;
  hashPassword: (password: string) => Promise<string>;
}

function serverModules(serverDist: string): ServerModules {
  const serverRequire = createRequire(resolve(serverDist, 'main.js'));
  const load = (path: string): Record<string, unknown> =>
    serverRequire(resolve(serverDist, path)) as Record<string, unknown>;
  return {
    PrismaService: load('db/prisma.service.js').PrismaService as ServerModules['PrismaService'],
    loadConfig: load('config.js').loadConfig as ServerModules['loadConfig'],
    hashPassword: load('modules/auth/auth.service.js').hashPassword as ServerModules['hashPassword'],
  };
}

async function main(): Promise<void> {
  const [serverDist, usersArg, sectionsArg] = process.argv.slice(2);
  if (!serverDist) throw new Error('usage: seed <server dist> <users> <sections>');
  const users = Number(usersArg);
  const sections = Number(sectionsArg);
  const mods = serverModules(serverDist);
  const prisma = new mods.PrismaService(mods.loadConfig());
  const db = prisma.client;
  try {
    const passwordHash = await mods.hashPassword(BENCH_PASSWORD);
    const district = await db.district.create({ data: { name: 'Bench district' } });
    const school = await db.school.create({ data: { districtId: district.id, name: 'Bench school' } });
    const userIds: string[] = [];
    for (let i = 0; i < users; i++) {
      const user = await db.user.create({
        data: { email: benchEmail(i), name: `Bench user ${i}`, passwordHash, locale: 'en' },
      });
      userIds.push(user.id);
    }
    const sectionIds: string[] = [];
    for (let s = 0; s < sections; s++) {
      const student = await db.student.create({
        data: {
          schoolId: school.id,
          firstName: 'Bench',
          lastName: `Student ${s}`,
          dateOfBirth: new Date('2015-01-01'),
          grade: '3',
        },
      });
      await db.teamMembership.createMany({
        data: userIds.map((userId) => ({ studentId: student.id, userId, role: 'ot' })),
      });
      const plan = await db.plan.create({
        data: { studentId: student.id, kind: 'iep', annualReviewDate: new Date(Date.now() + 365 * 86_400_000) },
      });
      const section = await db.otSection.create({ data: { planId: plan.id } });
      sectionIds.push(section.id);
    }
    process.stdout.write(`${JSON.stringify({ sectionIds })}\n`);
  } finally {
    await prisma.close();
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`bench seed failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}
