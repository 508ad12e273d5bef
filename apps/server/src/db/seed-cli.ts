import { loadConfig } from '../config';
import { PrismaService } from './prisma.service';
import { seedDemo } from './seed';

async function main(): Promise<void> {
  const prisma = new PrismaService(loadConfig());
  try {
    console.log((await seedDemo(prisma.client)) ? 'seed: demo data created' : 'seed: data already present; nothing done');
  } finally {
    await prisma.close();
  }
}

void main().catch((err: Error) => {
  console.error(`seed: failed: ${err.message}`);
  process.exitCode = 1;
});
