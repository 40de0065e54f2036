import { describe, expect, it } from 'vitest';
import { LlmClient } from '../src/llm/client.js';
import { createPolicyFaq, answerToReply } from '../src/faq/index.js';
import { useFakeOpenAI } from './fakes/fake-openai.js';

const fake = useFakeOpenAI();

// one FAQ per client timeout: building it (model, line index) is the slow part on a loaded machine, not the call;
// the default is the client's own so a busy CI box does not turn a grounded reply into a timeout
const built = new Map<number, ReturnType<typeof createPolicyFaq>>();
const faqWith = (timeoutMs = 8000) => {
  let faq = built.get(timeoutMs);
  if (!faq) {
    faq = createPolicyFaq({ llm: new LlmClient({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'test-model', timeoutMs }) });
    built.set(timeoutMs, faq);
  }
  return faq;
};

const QUESTION = 'How much does withdrawing to the legal representative cost?';

describe('LLM phrasing is accepted only when grounded in the retrieved sections', () => {
  it('accepts a grounded reply and cites the section it used', async () => {
    fake.behaviour = {
      kind: 'json',
      body: { answer: 'It costs 0.3%, paid in CNY to the legal representative, usually within 4 hours.', sectionIds: ['pay.withdraw-legal-rep'] },
    };
    const a = await faqWith().ask(QUESTION);
    expect(a.stage).toBe('llm');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0.3%');
    expect(a.sources).toEqual(['pay.withdraw-legal-rep']);
    expect(a.citations[0]?.quote.length).toBeGreaterThan(0);
    // the model saw the prompt, the selected briefing lines and only the retrieved sections
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.messages[0]!.content).toMatch(/ONLY the policy material/);
    const payload = JSON.parse(fake.requests[0]!.messages[1]!.content) as { lines: { zh: string; sectionId: string }[] };
    expect(payload.lines.some((l) => l.sectionId === 'pay.withdraw-legal-rep' && l.zh.includes('0.3%'))).toBe(true);
    expect(fake.requests[0]!.messages[1]!.content).toContain('pay.withdraw-legal-rep');
    expect(fake.requests[0]!.messages[1]!.content).not.toContain('followme.rewards');
    expect(answerToReply(a).kind).toBe('answer');
  });

  it('rejects a reply citing a section that was not retrieved', async () => {
    fake.behaviour = { kind: 'json', body: { answer: 'It costs 0.3%.', sectionIds: ['followme.rewards'] } };
    const a = await faqWith().ask(QUESTION);
    expect(a.stage).toBe('extractive');
    expect(a.sources).toEqual(['pay.withdraw-legal-rep']);
    expect(a.answer).not.toBe('It costs 0.3%.');
  });

  it('replaces a reply that invents a figure with the extractive answer', async () => {
    fake.behaviour = { kind: 'json', body: { answer: 'It costs 0.5% with a 20 yuan minimum.', sectionIds: ['pay.withdraw-legal-rep'] } };
    const a = await faqWith().ask(QUESTION);
    expect(a.stage).toBe('extractive');
    expect(a.answer).toContain('0.3%');
    expect(a.answer).not.toContain('0.5%');
  });

  it('falls back to the extractive answer on a timeout', async () => {
    fake.behaviour = { kind: 'hang', ms: 1500, late: '{"answer":"late","sectionIds":["pay.withdraw-legal-rep"]}' };
    const a = await faqWith(200).ask(QUESTION);
    expect(a.stage).toBe('extractive');
    expect(a.answer).toContain('0.3%');
  });

  it('falls back on nonsense JSON and on HTTP 500', async () => {
    fake.behaviour = { kind: 'raw', content: 'Sure! The fee is 0.3%.' };
    expect((await faqWith().ask(QUESTION)).stage).toBe('extractive');
    fake.behaviour = { kind: 'status', code: 500 };
    const a = await faqWith().ask(QUESTION);
    expect(a.stage).toBe('extractive');
    expect(a.answer).toContain('0.3%');
  });

  it('honours a model decline, but never asks the model to rescue a question retrieval could not answer', async () => {
    fake.behaviour = { kind: 'json', body: { answer: 'The policy does not say.', sectionIds: ['pay.withdraw-legal-rep'], declined: true } };
    const declined = await faqWith().ask(QUESTION);
    expect(declined.declined).toBe(true);
    expect(declined.stage).toBe('llm');
    expect(declined.suggestions.length).toBeGreaterThan(0);

    fake.requests.length = 0;
    const unknown = await faqWith().ask('What is the VAT rate for selling to Germany?');
    expect(unknown.declined).toBe(true);
    expect(fake.requests).toHaveLength(0);
  });

  it('answers in Chinese through the same checks', async () => {
    fake.behaviour = { kind: 'json', body: { answer: '法定代表人提现收费0.3%，只支持人民币。', sectionIds: ['pay.withdraw-legal-rep'] } };
    const a = await faqWith().ask('法人提现要多少手续费');
    expect(a.lang).toBe('zh');
    expect(a.stage).toBe('llm');
    expect(a.answer).toContain('0.3%');
  });
});
