import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../src/core/log.js';
import { ConfigError, loadConfig } from '../src/config/index.js';

describe('log masking hides contact details and credentials', () => {
  it.each([
    ['call +86 186 1234 5678 now', '+86 186 1234 5678'],
    ['mobile 18612345678', '18612345678'],
    ['office 010-6543-2100', '010-6543-2100'],
    ['US (555) 123-4567', '(555) 123-4567'],
    ['mail buyer.one@example.com', 'buyer.one@example.com'],
    ['token xoxb-1234-5678-abcdef', 'xoxb-1234-5678-abcdef'],
    ['key sk-abcdefghijklmnop', 'sk-abcdefghijklmnop'],
    ['Authorization: Bearer abc.def.ghi123', 'abc.def.ghi123'],
    ['password=hunter2hunter2', 'hunter2hunter2'],
    ['{"apiKey":"k-123456789"}', 'k-123456789'],
    ['OPENAI_BASE_URL https://user:pw-secret@llm.example.com/v1', 'user:pw-secret'],
    ['postgres://haili:s3cret@db.internal:5432/haili', 'haili:s3cret'],
  ])('%s', (line, secret) => {
    expect(redact(line)).not.toContain(secret);
  });
});

describe('log masking leaves infrastructure readable', () => {
  it.each([
    'Haili is running: console at http://127.0.0.1:33215/',
    'listening on http://[::1]:3000',
    'applied 20261128130212_init,20261128135400_nudge_claimable_partial_index',
    'since 2026-11-30T11:19:44.455Z',
    'due 2022-05-12 23:59 (2022/05/12)',
    'at src/server/http.ts:123:45',
    'pid 17970 took 12345678 ms, version 1.13.16, ip 10.0.0.12 port 5432',
    'case c683f1e1-3ef2-487b-9a9d-cf4db8fc9742',
    'SLACK_BOT_TOKEN: Slack did not accept the bot token',
    'postgres://db.internal:5432/haili',
  ])('%s', (line) => {
    expect(redact(line)).toBe(line);
  });

  it('the logger masks nested fields too', () => {
    const lines: string[] = [];
    const log = createLogger('info', (l) => lines.push(l));
    log.info('started', { url: 'http://127.0.0.1:3000', names: '20261128130212_init', detail: { who: 'a@b.example', phones: ['+86 186 1234 5678'] } });
    const out = JSON.parse(lines[0]!);
    expect(out.url).toBe('http://127.0.0.1:3000');
    expect(out.names).toBe('20261128130212_init');
    expect(JSON.stringify(out.detail)).not.toMatch(/a@b\.example|186 1234/);
  });
});

describe('credentials in URLs never reach an error line', () => {
  it('a bad OPENAI_BASE_URL with user:password@ is named without the password', () => {
    let err: unknown;
    try {
      loadConfig({ OPENAI_BASE_URL: 'ftp://admin:hunter2@llm.example.com/v1' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/^OPENAI_BASE_URL:/);
    expect((err as Error).message).not.toContain('hunter2');
  });
});
