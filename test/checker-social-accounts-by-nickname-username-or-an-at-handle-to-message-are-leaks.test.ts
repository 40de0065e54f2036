import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A social account given by a nickname of its site (油管, 推上, 抖y, xhs, snap), by a username or handle word, as "on X
// as <name>", by its quoted name (公众号「…」), on a labelled line with a Chinese name, or as an @handle the buyer is told
// to message, follow or search (no site named at all: Alibaba.com has no @handles).
describe('social accounts by nickname, username, quoted name or @handle', () => {
  it.each([
    'my snapchat is jade.bags, new styles go there first',
    'our snap is hx.lamps - we post the factory every day',
    '油管上搜我们频道，频道名叫 Ningbo Bright Lamps',
    '推上私信我，@nb_lamps 那边回复快',
    '抖y 搜宁波明亮灯具，每晚直播',
    'xhs：明亮灯具官方号',
    '抖音：明亮灯具工厂店',
    '关注我们的视频号「明亮灯具」，新品每周更新',
    "We're on Pinterest as bright.lamps.nb, all new designs there",
    'Our YouTube has the assembly video, username nb.brightlamps',
    'DM me there, @brightlamps_ceo, I reply faster',
    'search @brightlampsnb and follow, you will see the whole catalogue',
    'Are you on the blue paper-plane app? I am @brightlampsnb there',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'The snap buttons are 15mm brass and the snap hook is stainless.',
    "I'll snap a photo of every carton before loading and upload it here.",
    'Price: 3000 pcs @USD 1.20, FOB Ningbo.',
    '500 sets @ 2.35 each, total 1175 USD on the Trade Assurance order.',
    'Tag us @brightlamps in your Alibaba review, thank you!',
    'Your Instagram @jade.home will be laser printed on the gift box lid.',
    '您说的公众号“明亮灯具”不是我们的，是冒充的，请注意',
    'Our account ID on Alibaba is brightlamps_nb, you can search it in the app.',
    'We ship the LINE of 2024 lamps next week, the model ID hx.200 is updated in the listing.',
    'Ins风的包装盒我们也能做，印您的logo',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
