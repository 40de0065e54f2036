import { args, loadConfig } from './main.js';

const HELP = `haili serve: start Haili on HAILI_HOST:HAILI_PORT (default 127.0.0.1:3000)

Applies database migrations, serves the web console at / and /healthz, connects Slack and DingTalk
when configured, and runs the reminder engine. SIGTERM/SIGINT drain in-flight work and exit 0.`;

export async function runServe(argv: string[]): Promise<number> {
  const { values } = args(argv, {});
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const config = loadConfig();
  const { startHaili } = await import('../app.js');
  const haili = await startHaili({ config });
  process.stdout.write(`Haili is running: console at ${haili.url}/ (database: ${haili.db.engine})\n`);
  return new Promise<number>((resolve) => {
    let signalled = false;
    const shutdown = (signal: string) => {
      if (signalled) return;
      signalled = true;
      process.stdout.write(`${signal} received: finishing in-flight work…\n`);
      haili.stop().then(
        () => resolve(0),
        (err: Error) => {
          process.stderr.write(`haili: shutdown error: ${err.message}\n`);
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
}
