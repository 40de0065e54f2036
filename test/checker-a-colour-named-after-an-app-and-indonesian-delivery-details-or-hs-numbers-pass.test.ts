import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A colour named after an app ("微信绿、支付宝蓝、抖音黑", "WhatsApp green (mint)") is the goods' colour, and in Indonesian
// the number word said of the delivery details or the customs code ("nama penerima, alamat lengkap, kode pos dan nomor
// HP", "nomor HS 3926.90.99 … ongkir") is order talk (FAQ 二). The app or the number asked for as the rep's channel is
// still a leak.
describe('a colour named after an app, Indonesian delivery details and HS numbers', () => {
  it.each([
    '这款手机支架颜色有微信绿、支付宝蓝、抖音黑三种（哈哈我们内部这么叫）',
    'It comes in black, white and WhatsApp green (mint), which one do you prefer?',
    'Untuk pengiriman, mohon kirim nama penerima, alamat lengkap, kode pos dan nomor HP ya kak',
    'Kak, nomor HS 3926.90.99, harga sudah termasuk ongkir sesuai di pesanan',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    '有微信吗？',
    '加我微信，蓝色的那个',
    'add me on WhatsApp, the green app',
    'Kak, boleh minta nomor WA kakak? biar gampang kirim katalog',
    'mohon kirim nomor HP ya kak',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});
