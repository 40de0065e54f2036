import { describe, expect, it } from 'vitest';
import { answerToReply, createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq();

describe('answerToReply renders the answer with where it comes from', () => {
  it('an answer becomes an info card with the figure, the section title and the quoted line', () => {
    const reply = answerToReply(faq.askLocal('对公提现手续费多少'));
    expect(reply.kind).toBe('answer');
    expect(reply.lang).toBe('zh');
    expect(reply.card?.tone).toBe('info');
    expect(reply.card?.body).toContain('0.125%');
    expect(reply.text).toContain('0.125%');
    expect(reply.text).toMatch(/来源：境内对公提现/);
    const quoted = reply.card?.fields?.find((f) => f.label === '原文');
    expect(quoted?.value).toMatch(/0\.125%|对公/);
  });

  it('the quoted line holds the figure the answer states, and Show source replays "source <section>"', () => {
    const reply = answerToReply(faq.askLocal('对公提现手续费多少'));
    // The ranker's line here is the slide heading "7 境内对公提现", which holds no figure of the answer.
    const quoted = reply.card?.fields?.find((f) => f.label === '原文')?.value ?? '';
    expect(quoted).toMatch(/^「.*」$/);
    expect(quoted).toContain('0.125%');
    expect(reply.card?.actions).toEqual([{ id: 'reroute', label: '查看原文', value: 'source pay.withdraw-corporate' }]);
    expect(reply.card?.footer).not.toMatch(/行|line/);
  });

  it('a decline becomes a warning card with the closest topics, in English for English askers', () => {
    const reply = answerToReply(faq.askLocal('What is the VAT rate for Germany?'));
    expect(reply.card?.tone).toBe('warning');
    expect(reply.lang).toBe('en');
    expect(reply.card?.title).toBe('Not covered by the policy');
    expect(reply.text).toContain('rulechannel.alibaba.com');
    expect(reply.card?.fields?.some((f) => f.label === 'Closest topics')).toBe(true);
  });
});
