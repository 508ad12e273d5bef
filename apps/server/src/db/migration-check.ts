import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';

const migrationsDir = resolve(__dirname, '../../../../prisma/migrations');

/** The migrations this version of the code knows, oldest first. */
export function knownMigrations(): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Refuses to start on a database that lacks a migration, with the command that fixes it. */
export async function assertMigrated(prisma: PrismaClient): Promise<void> {
  if (!existsSync(migrationsDir)) return;
  const expected = knownMigrations();
  let applied: string[] = [];
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = rows.map((r) => r.migration_name);
  } catch {
    applied = [];
  }
  const missing = expected.filter((name) => !applied.includes(name));
  if (missing.length > 0) {
    throw new Error(`The database lacks migrations ${missing.join(', ')}: run \`npm run migrate\` first`);
  }
}
