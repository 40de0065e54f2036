import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('a promised outcome is asked only where a topic promises in its own words', () => {
  it('trips on a guarantee asked in either language, and not on asking what a service does', () => {
    expect(trips('guarantee', '直播带岗能保证招到人吗？')).toBe(true);
    expect(trips('guarantee', 'Is it guaranteed that the stream brings us candidates?')).toBe(true);
    expect(trips('guarantee', 'does the recruiting stream guarantee we hire someone?')).toBe(true);
    expect(trips('guarantee', '直播带岗是怎么安排的？')).toBe(false);
  });

  it('declines whether the recruiting stream guarantees a hire', () => {
    expect(faq.askLocal('直播带岗能保证招到人吗？').declined).toBe(true);
    expect(faq.askLocal('Will the free recruiting stream guarantee we fill the job?').declined).toBe(true);
  });

  it('still answers where the topic says it secures something (保障)', () => {
    expect(faq.askLocal('Pay收款安全有保障吗？').declined).toBe(false);
  });
});

describe('people counted in slang are people', () => {
  it('answers how many folks or ppl answered the survey with its respondents', () => {
    for (const q of ['how many ppl answered the survey on social content?', 'the social media survey - how many folks answered it?']) {
      const a = faq.askLocal(q);
      expect(a.declined).toBe(false);
      expect(a.answer).toContain('102');
    }
  });
});

describe('a deposit is no promise', () => {
  it('does not trip on 保证金', () => {
    expect(trips('guarantee', '开通要交保证金吗？保证金是多少？')).toBe(false);
  });
});
