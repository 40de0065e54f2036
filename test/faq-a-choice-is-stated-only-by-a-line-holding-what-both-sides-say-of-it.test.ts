import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAlternativeRules, offeredAlternatives } from '../src/faq/alternatives.js';

const faq = createPolicyFaq({ llm: null });
const rules = loadAlternativeRules(join(__dirname, '..', 'rules', 'ask', 'alternatives.yaml'))!;

describe('a Chinese choice put as two questions ("…吗？还是…")', () => {
  it('offers the clause before the question mark as the first side', () => {
    const sides = offeredAlternatives('直播带岗可以招仓库打包员吗？还是只能招业务员', rules);
    expect(sides).not.toBeNull();
    expect(sides![0]).toContain('打包员');
  });

  it('leaves an English "…? or is X enough" to the yes/no reading (no sides)', () => {
    expect(offeredAlternatives('Do they need screenshots before they punish? or is a complaint enough', rules)).toBeNull();
  });
});

describe('a choice whose sides share what is said of them ("A审核还是B审核")', () => {
  it('is declined when the lines name both alternatives but never say which one does it', () => {
    // the standard was written by Alibaba with the standards institute; nothing says who reviews an application
    const a = faq.askLocal('绿色工厂的认证申请，最后是阿里来审批，还是中标院那边审批？');
    expect(a.declined).toBe(true);
  });

  it('is declined when the only word a line shares with a side is the question\'s own subject', () => {
    // 智联 is the subject named before the choice; no line says where the CVs arrive
    expect(faq.askLocal('智联直播带岗收到的简历是推送到我们的邮箱，还是在智联后台查看？').declined).toBe(true);
    // the streamer is Zhilian's gold streamer; whether staff or contracted is nowhere
    expect(faq.askLocal('智联直播带岗的主播是智联自己的员工，还是智联外包的主播？').declined).toBe(true);
  });
});

describe('choices the briefing does answer still get their answer', () => {
  it('a side held with the word both sides share ("分享到…", "在…APP上播")', () => {
    const sns = faq.askLocal('SNS的内容是分享到LinkedIn还是分享到微博？');
    expect(sns.declined).toBe(false);
    expect(sns.answer).toMatch(/Linkedin/i);
    const app = faq.askLocal('智联带岗直播是在智联招聘APP上播，还是在阿里巴巴APP上播？');
    expect(app.declined).toBe(false);
    expect(app.answer).toContain('智联招聘APP');
  });

  it('a bank the line names, the other not', () => {
    const a = faq.askLocal('全球收款账户是在花旗银行开，还是在汇丰银行开？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('花旗银行');
  });
});
