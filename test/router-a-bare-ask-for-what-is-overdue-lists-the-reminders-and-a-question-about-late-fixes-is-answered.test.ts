import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A whole message asking what is late or due ("anything overdue?", "有逾期的吗") looks at the tracked cases; a
 * policy question that merely mentions a late fix ("what happens if my fix is overdue?", "逾期整改会怎样？") is
 * still answered. The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a bare ask for what is overdue lists the reminders', () => {
  it.each(['anything overdue?', 'Anything overdue for us??', "what's overdue", 'any cases past due?', 'anything due today?', '有逾期的吗？', '还有过期的没', '有没有到期的'])(
    '%s',
    async (text) => {
      expect(await kinds(text)).toEqual(['reminder']);
    },
  );
});

describe('a question about late fixes is answered', () => {
  it.each(['What happens if my fix is overdue?', '逾期整改会怎样？', '整改过期了还能补救吗'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  });
});
