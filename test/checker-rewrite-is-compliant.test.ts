import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const { mustBlock } = JSON.parse(readFileSync(new URL('./fixtures/drafts/briefing-examples.json', import.meta.url), 'utf8')) as { mustBlock: string[] };

const drafts = [
  ...mustBlock,
  'Please add my WhatsApp +86 186 1234 5678',
  '您好，感谢询价！我们的交期是15天。加我微信 lily_2023 详聊，可以发更多实拍图。\n祝好\n王经理\n手机：13812345678',
  'Dear Ahmed,\nThe price is USD 4.20 per set, MOQ 300 sets.\nFor faster reply contact me on Skype: tony.lee_07\n\nBest regards,\nTony Lee\nEmail: tony@gmail.com',
];

describe('the suggested rewrite is itself compliant', () => {
  it.each(drafts)('rewrite of draft %# passes the checker and keeps the draft language', (text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict).not.toBe('pass');
    const rewrite = r.rewrite!;
    for (const f of r.findings) expect(rewrite.includes(f.excerpt)).toBe(false);
    const again = checker.checkLocal(rewrite);
    expect(again.verdict, JSON.stringify(again.explain)).toBe('pass');
    expect(rewrite).toMatch(r.lang === 'zh' ? /阿里巴巴国际站/ : /Alibaba\.com/);
    expect(rewrite).toMatch(/Trade Assurance/);
  });

  it('keeps the business content and the sign-off name', () => {
    const r = checker.checkLocal(drafts[drafts.length - 1]!);
    expect(r.rewrite).toMatch(/USD 4\.20 per set, MOQ 300 sets/);
    expect(r.rewrite).toMatch(/Best regards,\nTony Lee/);
    expect(r.rewrite).not.toMatch(/Skype|gmail/);
  });
});
