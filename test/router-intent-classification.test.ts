import { describe, expect, it } from 'vitest';
import { classify } from '../src/core/intent.js';

const plain = (text: string, flags = false) => classify(text, { isReminderCommand: false, checkerFlags: () => flags });

describe('which job a message is for', () => {
  it('explicit commands win, in both languages', () => {
    expect(plain('check Hello, add my WeChat')).toMatchObject({ job: 'check', text: 'Hello, add my WeChat', explicit: true });
    expect(plain('检查：加我微信')).toMatchObject({ job: 'check', explicit: true });
    expect(plain('ask how long is rectification?')).toMatchObject({ job: 'ask', explicit: true });
    expect(plain('help').job).toBe('help');
    expect(plain('帮助').job).toBe('help');
    expect(plain('source pay-withdrawal')).toEqual({ job: 'source', ref: 'pay-withdrawal' });
  });

  it('empty and whitespace-only messages are their own case', () => {
    expect(plain('').job).toBe('empty');
    expect(plain('  \n\t ').job).toBe('empty');
  });

  it('policy questions go to the FAQ', () => {
    expect(plain('Is asking for the buyer\'s email allowed?').job).toBe('ask');
    expect(plain('法人提现手续费是多少？').job).toBe('ask');
    expect(plain('my product was taken down with 0 points, what now?').job).toBe('ask');
    expect(plain('待整改产品多久内要整改').job).toBe('ask');
    expect(plain('Can I give my WeChat to a buyer who asks for it?', true).job).toBe('ask');
    expect(plain('可以把我的微信给买家吗？', true).job).toBe('ask');
  });

  it('drafts addressed to a buyer go to the checker, even when phrased as a question', () => {
    expect(plain('Hello, please add my wechat for more details').job).toBe('check');
    expect(plain('Do you have whatsapp number ? It is easy for us to contact you now', true).job).toBe('check');
    expect(plain('Hi Anna, thank you for your inquiry. Regards, Bob').job).toBe('check');
    expect(plain('Dear customer, can you add my WhatsApp?', true).job).toBe('check');
  });

  it('a reminder command goes to reminders', () => {
    expect(classify('tasks', { isReminderCommand: true, checkerFlags: () => false }).job).toBe('reminder');
  });

  it('a forced check (message shortcut) is always a check', () => {
    expect(classify('what is the fee?', { forceCheck: true, isReminderCommand: false, checkerFlags: () => false }).job).toBe('check');
  });
});
