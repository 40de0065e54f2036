import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * CSV rows are pasted from spreadsheets and chat windows, cut anywhere: quotes left open, quotes inside bare cells
 * ('3/4" pipe'), Windows line ends, binary bytes. The reader must never throw, and rows it can read are still checked.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];
const FILLER_ROWS = 'Title,Variant,Price USD,Unit,MOQ\nCeramic Mug 350ml,White,2.40,Piece,50\nCeramic Mug 350ml,Black,2.60,Piece,50\nCeramic Mug 350ml,Thank you card,0.01,Piece,50\n';

describe('CSV pastes that are not clean CSV', () => {
  it('a quote left open at the end of the paste still reads the rows before it', () => {
    expect(kinds(FILLER_ROWS + 'Ceramic Mug 350ml,"Gift box')).toContain('sku_filler');
  });

  it('a quote inside a bare cell is text, and the filler row is still found', () => {
    const text = FILLER_ROWS.replace('Ceramic Mug 350ml,White', 'Ceramic Mug 350ml,White 3/4" rim').replace(/Ceramic Mug 350ml/g, '"Ceramic Mug 350ml"x');
    expect(() => checker.check(text)).not.toThrow();
    expect(kinds(FILLER_ROWS.replace('White', 'White 3/4" rim'))).toContain('sku_filler');
  });

  it('Windows line ends read like Unix ones', () => {
    expect(checker.check(FILLER_ROWS.replace(/\n/g, '\r\n')).findings).toEqual(checker.check(FILLER_ROWS).findings);
  });

  it('random quotes, delimiters and control bytes after a header never throw', () => {
    const alphabet = ['"', ',', ';', '\t', '\n', '\r', ' ', 'a', '1', '2.5', '$', 'pcs', '\u0000', '\uFFFD', '""'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 3000; i++) {
      let text = 'Title,Price,MOQ\n';
      const n = Math.floor(next() * 24);
      for (let j = 0; j < n; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      const r = checker.check(text);
      expect(['ok', 'risk']).toContain(r.verdict);
    }
  });
});
