import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the next chat completion does: a JSON answer, raw text, an HTTP error, or silence (optionally a late answer). */
export type CompletionBehaviour =
  | { kind: 'json'; body: unknown }
  | { kind: 'raw'; content: string }
  | { kind: 'status'; code: number }
  | { kind: 'hang'; ms?: number; late?: string };

/** Loopback OpenAI-compatible server (POST /v1/chat/completions) whose replies each test chooses. */
export class FakeOpenAI {
  behaviour: CompletionBehaviour = { kind: 'status', code: 500 };
  readonly requests: { messages: { role: string; content: string }[] }[] = [];
  baseURL = '';
  private server: Server | null = null;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
          res.writeHead(404).end();
          return;
        }
        this.requests.push(JSON.parse(raw));
        const b = this.behaviour;
        // Each answer closes its connection: a kept-alive socket the server drops after 5 idle seconds (a slow CI
        // machine between two tests) would turn the next test's answer into a reset, i.e. "no answer".
        const send = (content: string) => res.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(completion(content)));
        if (b.kind === 'json') send(JSON.stringify(b.body));
        else if (b.kind === 'raw') send(b.content);
        else if (b.kind === 'status') res.writeHead(b.code, { 'content-type': 'application/json', connection: 'close' }).end('{"error":{"message":"boom"}}');
        else if (b.ms !== undefined) setTimeout(() => !res.destroyed && send(b.late ?? '{}'), b.ms);
        // else: never answers; the client must time out
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.baseURL = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = null;
  }
}

function completion(content: string) {
  return {
    id: 'cmpl-test',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** A loopback OpenAI server for one test file: started before its tests, its request log emptied before each. */
export function useFakeOpenAI(): FakeOpenAI {
  const fake = new FakeOpenAI();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });
  return fake;
}
