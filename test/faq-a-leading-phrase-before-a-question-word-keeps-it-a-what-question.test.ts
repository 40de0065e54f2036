import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

const analyzer = new QuestionAnalyzer(loadAskRules(join(__dirname, '..', 'rules'))!);
const types = (q: string) => analyzer.analyze(q).types;

describe('a phrase naming the topic before the question word ("In 1+N, what is…") does not make it yes/no', () => {
  it('what / which / who after "in", "on", "for", "about"', () => {
    expect(types("In '1+N', what is the 1 and what is the N?")).not.toContain('yesno');
    expect(types('On the Pay slide, what does GPI mean?')).not.toContain('yesno');
    expect(types('For the live hiring, who can sign up?')).not.toContain('yesno');
    expect(types('About the SNS share, which formats are there?')).not.toContain('yesno');
  });

  it('a yes/no after the same kind of phrase stays yes/no', () => {
    expect(types('For the green factory, is there an application fee?')).toContain('yesno');
    expect(types('In the FollowMe challenge, can we submit old videos?')).toContain('yesno');
  });
});
