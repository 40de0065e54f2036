import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A site in a line that names the buyer's print, box, label or shipping mark ("your carton print file shows www.…",
// "side mark will read www.… as you requested") is artwork the buyer orders, read back for approval. The rep's own site named before it, or a visit, is still a link.
describe("the buyer's own site printed on their goods", () => {
  it.each([
    'Your carton print file shows www.greenleafkitchen.co.uk under the logo — confirming we will print it like that.',
    'Your brand URL on the 彩盒 bottom: www.nordicnest.se 对吗? 我们 proof 已经 update',
    '您的包装盒上印的网址 www.happyhome.de 对吗？我们按这个打样',
    'The hang tag proof has your site www.urbanpet.com.au on the back, please approve.',
    'Carton side mark will read www.bellacasa.it as you requested, black ink.',
    'Please confirm the shipping mark: logo on top, www.fitgear.com.au on the side panel.',
    '外箱唛头：Logo + www.nordhome.dk，请确认',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    "We'll print your logo and our website www.hengda-tools.com on the carton.",
    'For more designs visit www.hengda-tools.com, your logo can be printed on any of them.',
    'Please confirm: our business card on the box lid shows www.hengda-tools.com for reorders.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});
