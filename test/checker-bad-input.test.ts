import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

describe('bad input gets a clear result, never a crash', () => {
  it('empty and whitespace-only drafts pass with an explanation', () => {
    for (const text of ['', '   \n\t ']) {
      const r = checker.checkLocal(text);
      expect(r.verdict).toBe('pass');
      expect(r.explain.join(' ')).toMatch(/empty|为空/);
    }
  });

  it('emoji-only draft passes', () => {
    expect(checker.checkLocal('😀😀🎉🎉👍🏽👍🏽🔥'.repeat(50)).verdict).toBe('pass');
  });

  it('100 KB draft of prose with one phone number at the end still blocks', () => {
    const text = 'We make quality bags with fast delivery. '.repeat(2600) + ' WhatsApp +86 186 1234 5678';
    expect(text.length).toBeGreaterThan(100_000);
    const r = checker.checkLocal(text);
    expect(r.verdict).toBe('block');
    expect(r.findings.some((f) => f.excerpt.includes('186 1234 5678'))).toBe(true);
  });

  it('100 KB of repeated digits and separators returns a verdict', () => {
    const r = checker.checkLocal('1-2 3.4 '.repeat(13_000));
    expect(['pass', 'warn', 'block']).toContain(r.verdict);
  });

  it('binary junk with lone surrogates and control characters returns a verdict', () => {
    let junk = '';
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const r = checker.checkLocal(junk + '\ud800\u0000\u0007');
    expect(['pass', 'warn', 'block']).toContain(r.verdict);
    expect(r.textHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('right-to-left text with an embedded number is checked', () => {
    const text = '\u202eمرحبا، واتساب +971 50 123 4567 شكرا';
    const r = checker.checkLocal(text);
    expect(r.verdict).toBe('block');
    expect(r.findings[0]!.excerpt).toContain('50 123 4567');
  });

  it('mixed scripts in one draft', () => {
    const r = checker.checkLocal('Hello 您好 Привет こんにちは 안녕하세요, price 12 USD, MOQ 100.');
    expect(r.verdict).toBe('pass');
  });

  it('non-string input is treated as text', () => {
    expect(checker.checkLocal(undefined as unknown as string).verdict).toBe('pass');
  });
});
