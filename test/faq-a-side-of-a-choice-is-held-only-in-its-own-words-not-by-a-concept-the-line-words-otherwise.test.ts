import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// "打电话" and "邮件" are both contact channels to the glossary; the line "邮件/拍档会对预警商家进行一对一提醒" names
// e-mail, so it states neither a phone call nor a DingTalk message
describe('a choice between two channels the line does not name is declined', () => {
  it('a phone call or DingTalk for the one-on-one reminder', () => {
    const a = faq.askLocal('拍档提醒预警商家时，是打电话还是发钉钉？');
    expect(a.declined).toBe(true);
    expect(a.answer).toContain('哪一种');
  });

  it('the same asked after the reminder', () => {
    expect(faq.askLocal('预警商家会收到一对一提醒，是打电话还是发钉钉？').declined).toBe(true);
  });
});

describe('a side the line names in its own words is still answered', () => {
  it('e-mail or a phone call: the line names e-mail', () => {
    const a = faq.askLocal('拍档一对一提醒预警商家，是发邮件还是打电话？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('邮件');
  });
});
