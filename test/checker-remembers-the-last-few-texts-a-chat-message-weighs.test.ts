import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// A question about a quoted draft weighs the whole message, the draft and the sentence around it, then checks one of
// them for the reply: the checker remembers the last few local outcomes so that text is not checked again. The same
// result object back means no second run of the detectors and classifier.
describe('the checker remembers the last few texts', () => {
  const checker = createDraftChecker();
  const whole = '这样回可以吗：“Add me on WhatsApp 0044 7700 900123 for the catalogue”';
  const draft = 'Add me on WhatsApp 0044 7700 900123 for the catalogue';
  const frame = '这样回可以吗';

  it('returns the remembered result for any of the last texts weighed, in any order', async () => {
    const first = [whole, draft, frame].map((t) => checker.checkLocal(t));
    expect(checker.checkLocal(draft)).toBe(first[1]);
    expect(checker.checkLocal(whole)).toBe(first[0]);
    expect((await checker.check(draft)).leak).toBe(true);
    expect(await checker.check(draft)).toBe(first[1]);
  });

  it('keys on the language asked for as well as the text', () => {
    const zh = checker.checkLocal(draft, { lang: 'zh' });
    expect(zh.lang).toBe('zh');
    expect(checker.checkLocal(draft, { lang: 'en' })).not.toBe(zh);
  });

  it('forgets the oldest once more texts have been weighed', () => {
    const kept = checker.checkLocal('Please confirm the size and colour here.');
    for (let i = 0; i < 6; i++) checker.checkLocal(`Order ${i} ships on Monday.`);
    const again = checker.checkLocal('Please confirm the size and colour here.');
    expect(again).not.toBe(kept);
    expect(again).toEqual(kept);
  });
});
