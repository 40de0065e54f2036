import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { checkResultToReply } from '../src/checker/render.js';

const checker = createDraftChecker({ llm: null });

describe('check result rendered as a reply card', () => {
  it('a blocked English draft becomes a danger card highlighting the number, with clause and rewrite', () => {
    const text = 'Hi John, please add my WhatsApp +86 186 1234 5678 for the price list.';
    const reply = checkResultToReply(checker.checkLocal(text), text);
    expect(reply.kind).toBe('check');
    expect(reply.lang).toBe('en');
    expect(reply.card!.tone).toBe('danger');
    const h = reply.card!.quoted!.highlights;
    expect(h.length).toBeGreaterThan(0);
    expect(h.some((x) => text.slice(x.start, x.end).includes('186 1234 5678'))).toBe(true);
    expect(reply.card!.fields!.some((f) => f.value.includes('「'))).toBe(true);
    expect(reply.card!.body).toMatch(/Suggested rewrite/);
    expect(reply.text).toMatch(/Do not send/);
    expect(reply.text).toMatch(/Trade Assurance/);
  });

  it('a Chinese draft gets a Chinese card and text', () => {
    const text = '您好，加我微信 abc_12345 详聊';
    const reply = checkResultToReply(checker.checkLocal(text), text);
    expect(reply.lang).toBe('zh');
    expect(reply.card!.title).toMatch(/请勿发送/);
    expect(reply.text).toMatch(/建议改写/);
    expect(reply.text).toMatch(/国际站/);
  });

  it('a clean draft is an ok card without rewrite', () => {
    const text = 'The MOQ is 500 pieces and lead time is 15 days.';
    const reply = checkResultToReply(checker.checkLocal(text), text);
    expect(reply.card!.tone).toBe('ok');
    expect(reply.card!.body).toBeUndefined();
    expect(reply.text).toMatch(/OK to send/);
  });
});
