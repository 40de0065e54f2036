import { describe, expect, it } from 'vitest';
import { LiteralScanner, prunedRegex } from '../src/checker/literals.js';
import { createDraftChecker } from '../src/checker/index.js';

// Speed work on the local checker answers "can this rule or alternative match at all?" from one read of the literal
// scan, and marks a scan state's literals once per text. These prove the answers stay the regexes' own.

const matchesOf = (re: RegExp | null, s: string) => (re ? [...s.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0]]) : []);

describe('a pruned regex cut by one read of the scan', () => {
  const re = /加我(?:微信|扣扣)|\bwhats\s?app\b|telegram|(?:发|传)你.{0,4}视频/g;
  const scanner = new LiteralScanner();
  const pruned = prunedRegex(re, scanner);

  it('finds every match the whole regex finds, whichever alternatives the draft holds', () => {
    for (const s of ['请加我微信 lily', 'my whats app is here', 'telegram or whatsapp', '发你一段视频，加我扣扣', 'on telegram: @x']) {
      const hits = scanner.scan(s);
      expect(matchesOf(pruned.pick(hits), s), s).toEqual(matchesOf(re, s));
      expect(matchesOf(re, s).length, s).toBeGreaterThan(0);
    }
  });

  it('is skipped (null) only for drafts that hold none of the alternatives', () => {
    for (const s of ['thank you for your inquiry', '加我们的旺旺', 'what app do you use', 'tele gram']) {
      expect(pruned.pick(scanner.scan(s)), s).toBeNull();
      expect(matchesOf(re, s), s).toEqual([]);
    }
  });
});

describe('a long list of alternatives cut group by group', () => {
  // 40 words and two alternatives that require nothing the scan knows (digits, any letter): groups of the list the
  // draft lacks keep only those two.
  const words = Array.from({ length: 40 }, (_, k) => `word${String.fromCharCode(97 + (k % 26))}${k}x`);
  const re = new RegExp([...words.slice(0, 20), '\\d{3}-\\d{4}', ...words.slice(20), '[a-z]{2}@[a-z]{2}'].join('|'), 'g');
  const scanner = new LiteralScanner();
  const pruned = prunedRegex(re, scanner);
  it('keeps exactly the matches of the whole regex', () => {
    for (const s of ['call 555-1234 now', 'worda0x and wordo14x', 'wordv21x', 'ab@cd', 'nothing here', 'wordn39x 555-1234 xy@zz', '']) {
      expect(matchesOf(pruned.pick(scanner.scan(s)), s), s).toEqual(matchesOf(re, s));
    }
    expect(matchesOf(re, 'call 555-1234 now')).toEqual([[5, '555-1234']]);
    expect(matchesOf(re, 'wordv21x')).toEqual([[0, 'wordv21x']]);
  });
});

describe('the literal scan', () => {
  it('gives the same hits for a text whatever was scanned before it', () => {
    const lits = ['whatsapp', 'app', 'v信', '微信', 'wei信', 'a微', '信', 'qq号', 'number', ' '];
    const fresh = () => {
      const sc = new LiteralScanner();
      for (const l of lits) sc.id(l);
      return sc;
    };
    const texts = ['加v信 abc', 'my whatsapp number', '微信号 wei信 a微', 'qq号码 12345', '', 'xyz', '加v信 abc'];
    const shared = fresh();
    for (const t of texts) {
      const own = fresh().scan(t);
      expect([...shared.scan(t)], t).toEqual([...own]);
      // and through the shared buffer the recognizers read
      expect([...shared.hitsOf({ s: t })], t).toEqual([...own]);
    }
  });

  it('follows a Latin literal into a Chinese one ("v信", "wei信") and not elsewhere', () => {
    const sc = new LiteralScanner();
    const v = sc.id('v信');
    const wei = sc.id('wei信');
    const plain = sc.id('信');
    const f = sc.scan('加v信');
    expect([f[v], f[wei], f[plain]]).toEqual([1, 0, 1]);
    const h = sc.scan('加wei信吧');
    expect([h[v], h[wei], h[plain]]).toEqual([0, 1, 1]);
    const g = sc.scan('微信 v 信');
    expect([g[v], g[wei], g[plain]]).toEqual([0, 0, 1]);
  });

  it('refuses a set registered after its first scan (it would never be marked)', () => {
    const sc = new LiteralScanner();
    sc.id('a');
    sc.id('b');
    sc.scan('ab');
    expect(() => sc.set(['a', 'b'])).toThrow(/after the first scan/);
  });
});

describe('rules skipped by one read', () => {
  const checker = createDraftChecker({ llm: null });
  it('still catch what their patterns catch, and pass look-alikes', () => {
    // Pattern rules whose every pattern needs a word the draft lacks are skipped whole; these drafts hold the words.
    for (const leak of ['Please send me your WhatsApp number so we can talk there.', '方便的话加我微信 lily_2023 详聊。', 'Pay the deposit directly to our company account outside Alibaba, it is cheaper.']) {
      expect(checker.checkLocal(leak).verdict, leak).not.toBe('pass');
    }
    for (const fine of ['Thank you for your inquiry about our LED strip lights.', 'Lead time is 15 days after deposit via Trade Assurance.', '您好，感谢询价，可以通过信用保障下单。']) {
      expect(checker.checkLocal(fine).verdict, fine).toBe('pass');
    }
  });
});
