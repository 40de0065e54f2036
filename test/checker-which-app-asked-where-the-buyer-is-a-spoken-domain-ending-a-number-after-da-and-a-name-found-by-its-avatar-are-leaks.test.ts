import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Which app the buyer uses, asked where they are or as an English chat app in Chinese (steer.other-channel); a site's
// ending said as it sounds in Chinese (disguised-addresses.yaml TLD_SPOKEN); a number right after 打 (phone.yaml
// contact); a quoted name to search for found by its avatar or with the rep online there (search-quoted). A tool for the
// work named after it, a product, a typed order number, or a search in the Alibaba store pass. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('which app asked where the buyer is, a spoken domain ending, a number after 打, a name found by its avatar', () => {
  it('are leaks', () => {
    for (const t of [
      '您在迪拜那边用什么 messaging app 呀？',
      '你在墨西哥一般用啥软件？我下载一个',
      '我们网站是工厂拼音加点耐特，上面有客服',
      '到了机场打 0755 8812 3456 我去接您',
      "Search 'Ningbo Pump Anna' — the profile pic is a blue pump, I'm always online there",
    ]) expect(verdict(t), t).not.toBe('pass');
  });

  it('a tool for the work, a product, an order number typed or a store search passes', () => {
    for (const t of [
      '你在工厂用什么工具切割这种板材？',
      '你们那边用什么软件画图？',
      '这款耐特运动鞋有现货',
      '订单号打 2024 0511 3345 在备注里',
      "Search for 'LED panel 600x600' in our Alibaba store, I'm online here all day",
    ]) expect(verdict(t), t).toBe('pass');
  });
});
