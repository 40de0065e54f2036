import OpenAI from 'openai';
import type { z } from 'zod';

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs?: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export type LlmOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'timeout' | 'http' | 'invalid_json' | 'schema' | 'empty'; detail: string };

/**
 * Thin wrapper over the OpenAI-compatible chat API that only ever returns schema-valid data.
 * Every failure (timeout, 5xx, nonsense JSON) becomes a typed "no answer" so callers fall back
 * to their local verdict instead of crashing or trusting garbage.
 */
export class LlmClient {
  private readonly client: OpenAI;
  readonly model: string;
  readonly timeoutMs: number;

  constructor(cfg: LlmConfig) {
    this.timeoutMs = cfg.timeoutMs ?? 8000;
    this.model = cfg.model;
    this.client = new OpenAI({
      apiKey: cfg.apiKey,
      baseURL: cfg.baseURL,
      timeout: this.timeoutMs,
      // Retries would multiply the latency budget a rep is waiting on; the local verdict is the fallback.
      maxRetries: 0,
    });
  }

  async json<S extends z.ZodTypeAny>(schema: S, messages: ChatMessage[]): Promise<LlmOutcome<z.infer<S>>> {
    let content: string | null | undefined;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const res = await this.client.chat.completions.create(
        { model: this.model, messages, temperature: 0, response_format: { type: 'json_object' } },
        { signal: abort.signal, timeout: this.timeoutMs },
      );
      content = res.choices?.[0]?.message?.content;
    } catch (err) {
      const e = err as Error;
      const timedOut = abort.signal.aborted || e.name === 'APIConnectionTimeoutError' || /timed? ?out/i.test(e.message);
      return { ok: false, reason: timedOut ? 'timeout' : 'http', detail: e.message.slice(0, 200) };
    } finally {
      clearTimeout(timer);
    }
    if (!content) return { ok: false, reason: 'empty', detail: 'no content' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(stripFences(content));
    } catch {
      return { ok: false, reason: 'invalid_json', detail: 'reply was not JSON' };
    }
    const result = schema.safeParse(parsed);
    if (!result.success) return { ok: false, reason: 'schema', detail: result.error.issues[0]?.message ?? 'schema mismatch' };
    return { ok: true, value: result.data };
  }
}

function stripFences(s: string): string {
  const m = s.trim().match(/^```(?:json)?\s*([\s\S]*?)\s*```$/);
  return m ? m[1]! : s;
}
