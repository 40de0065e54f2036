import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Han touching Latin ("绿色app") makes the compact view longer than its input; the scratch arrays are reused from
// draft to draft, so the second 100 KB draft of the same size once overran them and threw ERR_BUFFER_OUT_OF_BOUNDS.
describe('the checker on long drafts where Chinese touches Latin letters', () => {
  const checker = createDraftChecker({ llm: null });
  const body = '绿色app 加我 '.repeat(12_800);

  it('checks two ~100 KB drafts of the same length in a row and blocks both', () => {
    expect(checker.checkLocal(body + ' ').verdict).toBe('block');
    expect(checker.checkLocal(body + '0').verdict).toBe('block');
  });

  it('keeps finding spans inside the draft', () => {
    const text = 'x'.repeat(50_000) + '加我vx：abc_12345' + '货a'.repeat(20_000);
    const result = checker.checkLocal(text);
    expect(result.verdict).not.toBe('ok');
    for (const f of result.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});
