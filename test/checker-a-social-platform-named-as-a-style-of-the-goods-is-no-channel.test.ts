import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A platform's name made an adjective for the look of the goods ("Instagram-worthy", "TikTok-famous", "Instagrammable",
// ins风, 小红书风格) is a style, not an account; and "id" inside a word ("rigid box", "solid oak") is no account label
// giving the name its context. The rep's own account on the same platform still leaks.
const passes: Array<[string, string]> = [
  ['Instagram-worthy, rigid box', 'The new rigid box is very \'Instagram-worthy\' — most of our cosmetic clients use it for unboxing content.'],
  ['Instagram-worthy gift box', 'Our gift box is totally Instagram-worthy, 80% of our clients use it for unboxing videos.'],
  ['TikTok-famous design, solid oak', 'Solid oak frame with a TikTok-famous ripple design, MOQ 200.'],
  ['Instagrammable', 'Pastel packaging, very Instagrammable. Sample in 5 days.'],
  ['ins风', '这款礼盒是ins风的，很多客户拿来拍开箱视频，样品5天。'],
  ['小红书风格', '杯子走小红书风格，粉色和奶白两个颜色。'],
];
const leaks: Array<[string, string]> = [
  ['style, then the rep\'s handle', 'Rigid box, Instagram-worthy finish — follow us on Instagram @glowbox_pack for more designs.'],
  ['ins风, then add me on ins', '这款礼盒是ins风的，加我ins看更多款式：glow_pack88'],
];

describe('a social platform named as a style of the goods is no channel', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
