import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A domain on the link rule's lists (file shares, messengers, shorteners) is a link even when its ending is not one of
// the common ones that mark a bare domain ("we.tl", WeTransfer's short links); ordinary words joined by a dot are not.
describe('a listed share or messenger domain counts whatever its ending', () => {
  it.each(['All the photos: we.tl/t-Qm82LkdP', 'catalogue here we.tl/t-2kD9aa, expires in 7 days'])('flags %s', (t) =>
    expect(checker.checkLocal(t).leak).toBe(true),
  );
  it.each(['Ready to ship.It takes 7 days by sea, all in the Trade Assurance order.', 'Colours e.g. red, blue, i.e. the standard ones.'])(
    'passes %s',
    (t) => expect(checker.checkLocal(t).leak).toBe(false),
  );
});
