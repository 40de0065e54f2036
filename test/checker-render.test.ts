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
    // The rewrite is its own block (copyable), with a Check again button that re-checks it.
    expect(reply.card!.rewrite!.label).toMatch(/Suggested rewrite/);
    expect(reply.card!.rewrite!.text).not.toMatch(/186|WhatsApp/);
    expect(reply.card!.actions).toEqual([{ id: 'reroute', label: 'Check again', value: `check ${reply.card!.rewrite!.text}` }]);
    // The briefing's penalty ladder, from the first warning up.
    const ladder = reply.card!.fields!.find((f) => f.label === 'Penalty ladder (briefing)')!.value;
    expect(ladder).toBe('1st time: a warning → times 2–3: 3 points deducted → from the 4th: 6 points deducted; in serious cases the shop is blocked, search-demoted, up to account closure');
    expect(reply.text).toMatch(/Do not send/);
    expect(reply.text).toMatch(/Trade Assurance/);
  });

  it('a Chinese draft gets a Chinese card and text', () => {
    const text = '您好，加我微信 abc_12345 详聊';
    const reply = checkResultToReply(checker.checkLocal(text), text);
    expect(reply.lang).toBe('zh');
    expect(reply.card!.title).toMatch(/请勿发送/);
    expect(reply.text).toMatch(/建议改写/);
    expect(reply.text).toContain('首次 警告 → 再次 扣3分/次 → ≥4次 扣6分/次');
    expect(reply.text).toMatch(/国际站/);
  });

  it('a clean draft is an ok card without rewrite', () => {
    const text = 'The MOQ is 500 pieces and lead time is 15 days.';
    const reply = checkResultToReply(checker.checkLocal(text), text);
    expect(reply.card!.tone).toBe('ok');
    expect(reply.card!.rewrite).toBeUndefined();
    expect(reply.card!.fields!.some((f) => /Penalty/.test(f.label))).toBe(false);
    expect(reply.text).toMatch(/OK to send/);
  });
});
