import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A name written in mixed case with two capitals or more (RoHS) is an acronym as GPI is: the lines of the one section
// holding it answer, though the wording around it keeps the section ranking unsure. And a yes/no proposing several of a
// thing against a line limiting it to a single one ("测试只针对单一材质") is a no (polarity.yaml `several`).
const faq = createPolicyFaq({ llm: null });

describe('a mixed-case acronym finds its service; several against a single one is a no', () => {
  it('finds the RoHS lines by the name', () => {
    const a = faq.askLocal('which company runs the RoHS testing offer?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/南德|TÜV/);
  });

  it('answers no to several at once where the line allows a single one', () => {
    const en = faq.askLocal('Could the RoHS service check multiple materials in a single order?');
    expect(en.declined).toBe(false);
    expect(en.answer).toMatch(/^No\b/);
    expect(en.answer).toMatch(/single material/);
    const zh = faq.askLocal('RoHS测试可以同时测好几种材质吗');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toMatch(/^不/);
  });

  it('a name in capitals held by several lines is not taken on its own (SGS names a verification package, not an issuer)', () => {
    expect(faq.askLocal('can SGS issue our green factory certificate?').answer).not.toMatch(/^Yes/);
  });
});
