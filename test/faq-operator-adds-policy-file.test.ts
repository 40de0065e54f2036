import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const rules = resolve(dirname(fileURLToPath(import.meta.url)), '../rules');
const dirs: string[] = [];
function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'haili-rules-'));
  dirs.push(dir);
  cpSync(rules, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('operators extend the knowledge with YAML only', () => {
  it('answers from a newly dropped-in policy file without code changes', () => {
    const dir = copyRules();
    writeFileSync(
      join(dir, 'policy', 'sample-policy.yaml'),
      `topic: sample-policy
title: 样品政策
titleEn: Sample policy
sections:
  - id: samples.refund
    title: 样品费退还
    titleEn: Sample fee refunds
    aliases: [样品费, 退样品费, sample fee, refund the sample]
    text: ["样品费在买家下大货订单后退还"]
    textEn: The sample fee is refunded once the buyer places a bulk order.
    facts: { when: 下大货订单后 }
    answer: 样品费在买家下大货订单后退还。
    answerEn: The sample fee is refunded after the buyer places a bulk order.
`,
    );
    const faq = createPolicyFaq({ rulesDir: dir });
    const a = faq.askLocal('样品费能退吗？');
    expect(a.declined).toBe(false);
    expect(a.sources).toEqual(['samples.refund']);
    expect(faq.askLocal('will you refund the sample fee?', { lang: 'en' }).answer).toContain('bulk order');
    // and the stock knowledge does not know it
    expect(createPolicyFaq().askLocal('样品费能退吗？').sources).not.toContain('samples.refund');
  });

  it('rejects a malformed policy file at load, naming the file', () => {
    const dir = copyRules();
    writeFileSync(join(dir, 'policy', 'broken.yaml'), 'topic: broken\ntitle: 坏\ntitleEn: Broken\nsections:\n  - id: Not A Valid Id\n    title: x\n');
    expect(() => createPolicyFaq({ rulesDir: dir })).toThrow(/broken\.yaml/);
  });

  it('rejects a section whose intents are not glossary concepts', () => {
    const dir = copyRules();
    writeFileSync(
      join(dir, 'policy', 'bad-intent.yaml'),
      `topic: bad-intent
title: 坏
titleEn: Bad
sections:
  - id: bad.intent
    title: 坏
    titleEn: Bad
    intents: [no-such-concept]
    text: ["样品费"]
    textEn: x
    answer: x
    answerEn: x
`,
    );
    expect(() => createPolicyFaq({ rulesDir: dir })).toThrow(/unknown glossary intents: no-such-concept/);
  });

  it('rejects duplicate section ids across files', () => {
    const dir = copyRules();
    cpSync(join(dir, 'policy', 'briefing.yaml'), join(dir, 'policy', 'briefing-copy.yaml'));
    expect(() => createPolicyFaq({ rulesDir: dir })).toThrow(/duplicate section id briefing\.about/);
  });
});
