import { loadConfig } from '../config';
import { PrismaService } from './prisma.service';
import { seedDemo } from './seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const prisma = new PrismaService(config);
  try {
    console.log(
      (await seedDemo(prisma.client, config.passwordCost))
        ? 'seed: demo data created'
        : 'seed: data already present; nothing done',
    );
  } finally {
    await prisma.close();
  }
}

void main().catch((err: Error) => {
  console.error(`seed: failed: ${err.message}`);
  process.exitCode = 1;
});
