import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';
import { joinSpacedHan } from '../src/faq/index.js';

// A code-mixed question often puts a space after every word ("预警 email 是 从 哪个 邮箱 address 发出来的?"). Its asks
// (which mailbox, which star level, an agenda title) are worded unspaced in the rules, so the question is read without
// the spaces between two Chinese characters. A space between two long runs of an unspaced Chinese question sets a remark
// apart and is kept.
const { declined, answered: answer } = faqAsserts();

describe('a question spaced word by word is read as unspaced Chinese', () => {
  it('joins the words of a question spaced word by word, keeping Latin spacing', () => {
    expect(joinSpacedHan('预警 email 是 从 哪个 邮箱 address 发出来的?')).toBe('预警 email 是从哪个邮箱 address 发出来的?');
    expect(joinSpacedHan('3星 商家 具体 有 什么 权益 benefits?')).toBe('3星商家具体有什么权益 benefits?');
  });

  it('keeps a space that parts the clauses of an unspaced question', () => {
    expect(joinSpacedHan('FollowMe这期话题招稿是几号到几号 要排拍摄档期')).toBe('FollowMe这期话题招稿是几号到几号 要排拍摄档期');
    expect(joinSpacedHan('星等级评定开启 一定要30天内完成新手任务吗 超了就不行?')).toBe('星等级评定开启 一定要30天内完成新手任务吗 超了就不行?');
  });

  it('declines a spaced ask for a sending address, a star level the briefing gives no benefits for, or an agenda title', () => {
    declined('预警 email 是 从 哪个 邮箱 address 发出来的?');
    declined('预警 商家 收到 的 email 是 哪个 邮箱 发 的?');
    declined('2星 商家 能 享受 哪些 权益?');
    declined('讲师使用规则 那part 具体 说了 什么?');
  });

  it('still answers spaced questions the briefing answers', () => {
    expect(answer('全球 收款 账户 支持 哪些 币种?')).toMatch(/USD/);
    expect(answer('对公 提现 收费 是 多少 %?')).toMatch(/0\.125%/);
  });
});
