import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadConfig } from './config';
import { DEMO_LOGINS, DEMO_OTA, DEMO_PASSWORD } from './db/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const running = await createApp(config);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const lines = [
    `IEP workspace is running at http://${shown}:${running.port}`,
    `API docs: http://${shown}:${running.port}/api/docs`,
  ];
  if (config.seedDemo) {
    lines.push(
      `Demo logins (password ${DEMO_PASSWORD}): ${[...DEMO_LOGINS.map((l) => l.email), DEMO_OTA.email].join(', ')}`,
    );
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: storing open documents and closing the database…\n`);
    running
      .close()
      .then(() => process.exit(0))
      .catch((err: Error) => {
        process.stderr.write(`Shutdown failed: ${err.message}\n`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: Error) => {
  process.stderr.write(`Could not start: ${err.message}\n`);
  process.exit(1);
});
