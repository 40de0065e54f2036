import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/drafts/briefing-examples.json', import.meta.url), 'utf8')) as {
  mustBlock: string[];
  mustPass: Array<{ case: string; text: string }>;
};
const checker = createDraftChecker({ llm: null });

describe('briefing examples (买家拉线下沟通举例 and FAQ)', () => {
  it('blocks "Please add my WhatsApp +86 186 1234 5678" and points at the number the rep typed', () => {
    const text = 'Please add my WhatsApp +86 186 1234 5678';
    const r = checker.checkLocal(text);
    expect(r.verdict).toBe('block');
    expect(r.leak).toBe(true);
    expect(r.stage).toBe('rules');
    const f = r.findings[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(f.excerpt).toContain('+86 186 1234 5678');
    expect(f.clause).toMatch(/非阿里巴巴国际站|非平台内部沟通工具|Whatsapp/);
    expect(r.rewrite).not.toMatch(/186|WhatsApp/);
    expect(r.rewrite).toMatch(/Alibaba\.com/);
    expect(r.textHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(fixtures.mustBlock)('blocks briefing example %#', (text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict).toBe('block');
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('labels the signature and auto-reply examples as signature findings', () => {
    expect(checker.checkLocal(fixtures.mustBlock[1]!).findings.some((f) => f.rule === 'signature.autoreply')).toBe(true);
    expect(checker.checkLocal(fixtures.mustBlock[2]!).findings.every((f) => f.category === 'signature')).toBe(true);
  });

  it('treats "Do you have whatsapp number?" as asking for the buyer\'s contact', () => {
    expect(checker.checkLocal(fixtures.mustBlock[4]!).findings[0]!.category).toBe('ask_contact');
  });

  it.each(fixtures.mustPass.map((c) => [c.case, c.text]))('passes the allowed case: %s', (_name, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict).toBe('pass');
    expect(r.rewrite).toBeNull();
  });
});
