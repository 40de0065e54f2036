import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a fee or price named as the offence in a yes/no', () => {
  it('proposes no figure, so the yes/no is answered from the rule', () => {
    expect(faq.askLocal('Does the platform wait for buyer complaints before acting on fake shipping fees?').declined).toBe(false);
    expect(faq.askLocal('Is the platform just relying on buyers to report fake shipping fees, or does it check by itself?').declined).toBe(false);
  });

  it('while a fee the yes/no proposes is still looked for in the lines', () => {
    expect(faq.askLocal('Is there a fee to open the global account?').declined).toBe(false);
    expect(faq.askLocal('FollowMe挑战赛有报名费吗？').declined).toBe(true);
  });
});
