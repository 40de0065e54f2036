/**
 * What encoding a CSV file is in, decided from its bytes. Excel saves "CSV" in the system code page, which on
 * Chinese Windows is GBK; "CSV UTF-8" adds a BOM; "Unicode text" is UTF-16LE with a BOM. Decoding GBK as UTF-8
 * would import mojibake silently, so a file is decoded only when its encoding is certain, else refused.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Detected = { encoding: CsvEncoding } | { error: string };

export const UNKNOWN_ENCODING =
  'the file is not UTF-8, UTF-16 or GBK/GB18030 text; in Excel choose "Save as: CSV UTF-8" and import again (文件编码无法识别，请另存为“CSV UTF-8”后重新导入)';

function nulShare(bytes: Uint8Array, parity: 0 | 1, sample: number): number {
  let zeros = 0;
  let n = 0;
  for (let i = parity; i < sample; i += 2, n++) if (bytes[i] === 0) zeros++;
  return n ? zeros / n : 0;
}

export function detectCsvEncoding(bytes: Uint8Array): Detected {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  // UTF-16 without a BOM: ASCII text (the header) has a NUL in every other byte, on one side only.
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample >= 8) {
    const odd = nulShare(bytes, 1, sample);
    const even = nulShare(bytes, 0, sample);
    if (odd > 0.4 && even < 0.05) return { encoding: 'utf-16le' };
    if (even > 0.4 && odd < 0.05) return { encoding: 'utf-16be' };
  }
  if (isUtf8(bytes)) return { encoding: 'utf-8' };
  // Not UTF-8: accept GB18030 (a superset of GBK and GB2312) only if every byte decodes and it reads as Chinese text.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  if (!text.includes('\ufffd') && !text.includes('\u0000') && /[\u4e00-\u9fff]/.test(text)) return { encoding: 'gb18030' };
  return { error: UNKNOWN_ENCODING };
}

/** Decodes in slices so the text of a large file is produced as the parser asks for it, not all at once. */
export async function* decodeChunks(bytes: Uint8Array, encoding: CsvEncoding, sliceBytes = 256 * 1024): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let off = 0; off < buf.length; off += sliceBytes) {
    const s = decoder.write(buf.subarray(off, off + sliceBytes));
    if (s) yield s;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/** A whole file's text in its detected encoding (BOM stripped), or the reason it cannot be read. For files checked at once. */
export function decodeCsvText(bytes: Uint8Array): { text: string } | { error: string } {
  const d = detectCsvEncoding(bytes);
  if ('error' in d) return d;
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), d.encoding, { stripBOM: true }) };
}
