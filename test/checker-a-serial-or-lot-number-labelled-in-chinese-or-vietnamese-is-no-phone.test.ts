import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A number a label names a device's serial (序列号, 流水号, 串号, 机身号) or a lot or product code in Vietnamese (mã lô,
// mã seri, mã sản phẩm) is that thing's number, even where its digits look like a mobile. The same digits after a call
// word are still a phone.
describe('a serial or lot number labelled in Chinese or Vietnamese is no phone', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['zh: a serial problem, call my phone', '机身号有问题的话请打我手机 13956781234'],
      ['vi: the lot shipped, call me on my number', 'Mã lô đã gửi rồi, anh gọi em số 0987 654 321 nhé'],
    ],
    [
      ['zh: the inverter board\'s serial', '逆变器型号 SUN-5K，主控板序列号 13956781234，请核对'],
      ['zh: a meter\'s running number', '电表出厂编号：18812345678，已贴在外壳上'],
      ['vi: the lot code of the batch checked', 'Giá cà phê 6,2 USD/kg. Mã lô 0987 654 321 đã kiểm định độ ẩm.'],
    ],
  );
});
