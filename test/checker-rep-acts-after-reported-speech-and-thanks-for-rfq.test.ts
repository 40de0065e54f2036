import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

describe('reported buyer speech ends where the rep says what they have done', () => {
  it.each([
    '您上次留的号码我加了微信，麻烦通过一下',
    '客户发的手机我已经打了，没人接，我再加个 WhatsApp 试试',
  ])('blocks: %s', (draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('block');
  });

  it.each([
    '您问我加微信可以吗？我们只用旺旺沟通，请见谅',
    '您说的型号我发了图片在这里，请查看',
  ])('passes: %s', (draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('pass');
  });
});

describe('thanking for an RFQ names the platform without keeping the files on it', () => {
  it('blocks files sent to the buyer\'s mailbox after the thanks', () => {
    expect(checker.checkLocal('Thanks for your RFQ ~ 规格书我发到你 gmail 了，请查收').verdict).toBe('block');
  });
  it('passes files kept in the chat', () => {
    expect(checker.checkLocal('Thanks for your RFQ ~ 规格书已经在阿里旺旺上发给您了，请查收').verdict).toBe('pass');
  });
});
