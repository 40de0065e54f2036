import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "What makes a video low quality?" asks for the criteria behind a kind the briefing only names (非低质视频, 潜力品); the
// criteria ask (rules/ask/asks.yaml) knew "what counts as" and "判定标准" but not "what makes a …", so the task line was
// quoted as if it answered. Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('what makes a thing one of a named kind asks for its criteria', () => {
  it('what makes a video low quality or a product a potential product is declined, in English', () => {
    const video = faq.askLocal('what makes a video low-quality in the growth guide?');
    expect(video.declined).toBe(true);
    expect(video.answer).toMatch(/the criteria behind that/);
    expect(faq.askLocal("What exactly makes a listing a 'potential product' for the newbie task?").declined).toBe(true);
  });

  it('the Chinese wording of the same ask was and stays declined', () => {
    expect(faq.askLocal('新手任务里什么样的视频才算低质视频？').declined).toBe(true);
  });

  it('a kind the briefing defines is still answered', () => {
    expect(faq.askLocal('which apps count as non-platform chat tools?').answer).toMatch(/Whatsapp|WhatsApp/);
  });
});
