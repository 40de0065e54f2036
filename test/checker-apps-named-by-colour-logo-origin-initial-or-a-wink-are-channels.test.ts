import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A messaging app named without its name: its colour, its logo, the country it comes from, its initial with its number
// (Q号), or a wink ("你懂的") beside a description. With an invitation, an id or "are you on" it is a channel.
describe('apps named by colour, logo, origin, initial or a wink', () => {
  it.each([
    'Let us move to the purple app, my id is jade_bags21',
    'Find me on the app with the little bird logo, handle jade.bags',
    'the Japanese green chat app works for me too, ID jade_jp88',
    'Are you on the blue paper-plane app? it is much faster there',
    '黄色那个聊天软件上加我，名字 jade',
    '你懂的，绿色那个，同号',
    'Q号：3301 2287 45',
    '扣号 3301228745，上班时间在线',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'The purple version of the bag is sold out, the green one ships tomorrow.',
    'Our smart lock is set up in its own app with the blue icon, the manual is attached here.',
    '你懂的，这款质量确实好，价格我在这里报给您',
    '绿色那个款库存不多了，要的话今天在信保下单',
    'Q号码牌 is our product name, 30x40cm, MOQ 500.',
    'The paper-plane model kit comes in blue and white, 200 pcs per carton.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
