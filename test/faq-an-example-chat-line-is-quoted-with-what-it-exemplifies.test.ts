import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a line of an example chat is quoted after the example title that says what it shows', () => {
  it('the WhatsApp-for-photos reply comes with "sending files off-platform"', () => {
    const a = faq.askLocal("I told a buyer 'add my whatsapp to get more real photos and videos' — the chat compresses pictures. Does that break the rule?");
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('线下传送文件');
    // the title comes before the chat line it labels
    expect(a.answer.indexOf('线下传送文件')).toBeLessThan(a.answer.indexOf('real photos'));
  });

  it('an auto-reply example keeps its title too', () => {
    const a = faq.askLocal('自动回复里写 please contact my wechat 这种例子属于哪一类违规？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('自动回复');
  });
});
