import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftChecker } from '../src/checker/index.js';
import { createDetector } from '../src/checker/detect.js';
import { loadRules } from '../src/checker/rules.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });
const rules = loadRules('rules/detection');
const detector = createDetector(rules);

// Round 36's English false alarms, as a structure: the classifier alone warned on drafts whose rep says the talk stays
// here (checker.yaml classifierUnless, KEPT_HERE), and a rule did on "I'll keep all updates in this thread". The rules'
// own findings still decide over the same words: a contact given beside "let's keep it here" still leaks.
describe('a classifier-only warning yields to the rep keeping the talk here', () => {
  it('the classifier alone would warn on an engineer added to this chat, and the keep-here words stop it', () => {
    const text = "I'll add our engineer to this same chat so he can explain the wiring on WhatsApp-style voice notes here";
    expect(detector.detect(text).classifierVetoed).toBe(true);
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
    expect(r.explain.join('\n')).toMatch(/keeps the talk here/);
  });

  it('a draft with no keep-here words is not vetoed', () => {
    expect(detector.detect('Can you send me the drawings by Friday?').classifierVetoed).toBe(false);
  });

  itPassesAndStillLeaks(
    checker,
    [
      ['the buyer\'s app wished for, and the talk kept on Alibaba', 'Would be great to talk on Line like you proposed, but we must keep it on Alibaba 🙏'],
      ['a manager looped into this conversation', 'Let me loop my QC manager into this conversation so she can answer the coating question.'],
      ['all updates kept in this thread', "I'll keep all the shipping updates in this thread, no need for any other app."],
      ['a colleague pulled into this chat, in Chinese', '我把工程师拉进这个对话，他直接在这里回答您'],
    ],
    [
      ['keep it here, or a messenger and a local number', "Let's keep it here — or just WhatsApp me on 0551234567 if faster."],
      ['talk kept on Alibaba, but a WeChat id too', '我们还是在阿里上沟通吧，不过你也可以加我微信 wxid_abc123'],
      ['an engineer added here, or his number elsewhere', "I'll add our engineer to this same chat, or he can WhatsApp you from +44 7700 900123"],
      ['a group chat elsewhere is no "this chat"', 'I will add my engineer to our WhatsApp group chat, send me your number'],
    ],
  );

  it('an invalid classifierUnless pattern is refused when the detector is built, with the pattern named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-rules-'));
    for (const f of readdirSync('rules/detection')) copyFileSync(join('rules/detection', f), join(dir, f));
    const yaml = readFileSync(join(dir, 'checker.yaml'), 'utf8').replace(/^classifierUnless: .*$/m, "classifierUnless: ['(unclosed']");
    // the whole line is replaced, whatever names it lists, so the file really holds the bad pattern
    expect(yaml).toContain("classifierUnless: ['(unclosed']");
    writeFileSync(join(dir, 'checker.yaml'), yaml);
    expect(() => createDetector(loadRules(dir))).toThrow(/bad regex .*\(unclosed/);
  });
});
