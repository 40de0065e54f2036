import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadColloquial } from '../src/faq/colloquial.js';
import { createPolicyFaq } from '../src/faq/index.js';

// Chat English drops the apostrophe ("thats fine right?", "whats the fee") and phone keyboards type it curly ("isn’t"):
// the ask rules are written with "that's", "isn't", so "my signature has my WeChat, thats ok right?" was no permission
// question and the violation line's stance answered "Yes.".
const colloquial = loadColloquial(join(process.cwd(), 'rules'))!;
const faq = createPolicyFaq({ llm: null });

describe('a contraction typed without, or with a curly, apostrophe is read as written with one', () => {
  it('reads the contraction, not a word that only looks like one', () => {
    expect(colloquial.read('thats fine right? whats the fee, dont we pay?')).toBe("that's fine right? what's the fee, don't we pay?");
    expect(colloquial.read('isn’t it Alibaba’s rule?')).toBe("isn't it Alibaba's rule?");
    expect(colloquial.read('its IM tools were fine')).toBe('its IM tools were fine');
  });

  it('a permission asked with "thats fine right?" gets no from the violation line', () => {
    const a = faq.askLocal('my email signature on inquiry replies lists my skype id. thats fine right? just a signature');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^No\b/);
  });
});
