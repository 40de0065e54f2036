import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('the asks fire on their wordings and not on look-alikes', () => {
  it('what will be added later', () => {
    expect(trips('future-additions', '绿色工厂的行业标准将来还会增加哪些？')).toBe(true);
    expect(trips('future-additions', 'Which currencies will be added later to the global account?')).toBe(true);
    expect(trips('future-additions', '1+N标准现在包括哪些行业？')).toBe(false);
  });

  it('what a new version added (多了, 少了)', () => {
    expect(trips('change-from-before', '新版新手任务和原来的比少了哪一项？')).toBe(true);
    expect(trips('change-from-before', '新手任务要做哪几项？')).toBe(false);
  });
});

describe('declined where the briefing does not say', () => {
  it('which industries the N standards will add later', () => {
    expect(faq.askLocal('团体标准的行业标准以后还会新增哪些行业？').declined).toBe(true);
  });

  it('what the gold-supplier course gained over an earlier version', () => {
    expect(faq.askLocal('金品3.0官方课和2.0版比，多了哪些内容？').declined).toBe(true);
  });
});

describe('answered where a line says', () => {
  it('which industries the standards being built cover', () => {
    const a = faq.askLocal('正在建立的行业标准有哪些？');
    expect(a.declined).toBe(false);
  });

  it('which newcomer task was dropped (the line marks the change)', () => {
    const a = faq.askLocal('新手任务和以前比少了哪一项？');
    expect(a.declined).toBe(false);
  });
});
