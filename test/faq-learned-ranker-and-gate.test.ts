import { describe, expect, it } from 'vitest';
import { createPolicyFaq, loadModel } from '../src/faq/index.js';
import { loadKnowledge } from '../src/faq/knowledge.js';
import { ModelSchema, NONE, SectionClassifier, featurize } from '../src/faq/learned.js';
import { ConceptMatcher } from '../src/faq/text.js';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const rules = resolve(dirname(fileURLToPath(import.meta.url)), '../rules');
const knowledge = loadKnowledge(rules);
const matcher = new ConceptMatcher(knowledge.glossary);

describe('learned section classifier', () => {
  const model = loadModel()!;

  it('ships a model that knows every section plus an out-of-scope class', () => {
    expect(ModelSchema.safeParse(model).success).toBe(true);
    expect(new Set(model.classes)).toEqual(new Set([...knowledge.sections.map((s) => s.id), NONE]));
  });

  it('featurises Chinese as character n-grams, English as words and character grams, and adds glossary concepts', () => {
    const f = featurize('法人提现 withdrawl fee', matcher);
    expect(f.has('h:法人提')).toBe(true);
    expect(f.has('w:withdrawl')).toBe(true);
    expect(f.has('g:<wit')).toBe(true);
    expect([...f.keys()].some((k) => k.startsWith('c:'))).toBe(true);
  });

  it('gives a misspelt English question the section its correct spelling gets', () => {
    const clf = new SectionClassifier(model, matcher);
    const top = (q: string) => {
      const p = clf.probs(q);
      return model.classes[p.indexOf(Math.max(...p))];
    };
    expect(top('legal representative withdrawl fee')).toBe(top('legal representative withdrawal fee'));
  });

  it('can be switched off, leaving BM25 and its fitted threshold to decide alone', () => {
    const off = createPolicyFaq({ model: null });
    const on = createPolicyFaq();
    for (const q of ['法人提现手续费多少', 'what is the hotline for alibaba pay']) {
      expect(off.askLocal(q).declined).toBe(false);
      expect(on.askLocal(q).sources[0]).toBe(off.askLocal(q).sources[0]);
    }
  });

  it('still declines questions about another platform the briefing never covers', () => {
    expect(createPolicyFaq().askLocal('亚马逊的虚假价格怎么处罚？').declined).toBe(true);
  });
});
