import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's number asked for so the rep's side can talk to, reach or send to the buyer on it, in Gulf Arabic ("يكلمك",
// "أتواصل معك", "أرسل لك") and in Hindi/Urdu typed in Latin letters ("apna number de dein"). An order or shipping word
// in the next sentence does not excuse the call; "here it does not take big files" is the pretext, not a stay. A
// courier's or driver's call, an order number asked, and a refusal pass.
describe('the buyer\'s number asked to talk or send there, in Arabic or Roman Urdu, is a leak', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['Arabic: your mobile? the sales head wants to talk to you about the freight price', 'ممكن رقم جوالك؟ مسؤول المبيعات يبي يكلمك عن سعر الشحن'],
      ['Arabic: your number so I reach you directly about the shipment', 'لو سمحت رقم جوالك عشان أتواصل معك بخصوص شحنة الزيت'],
      ['Arabic: your number, I send you the catalogue, here does not take big files', 'ممكن رقمك؟ أبغى أرسل لك الكتالوج، هنا ما يقبل الملفات الكبيرة'],
      ['Roman Urdu: give your number, I send the video on WhatsApp', 'Sir apna number de dijiye, main WhatsApp pe photos bhej dunga'],
      ['Roman Hindi: what is your WhatsApp', 'aapka whatsapp number kya hai ji?'],
      ['Roman Urdu: tell me your email', 'Bhai apni email bata do, price list wahan aa jayegi'],
    ],
    [
      ['Arabic: the driver calls you on delivery', 'السائق يحتاج رقم جوالك عشان يتصل بك عند التوصيل'],
      ['Arabic: the order number, I send you the invoice', 'ممكن رقم الطلب؟ أرسل لك الفاتورة'],
      ['Arabic: we talk here only, I send you the catalogue', 'نتواصل هنا فقط، ممكن أرسل لك الكتالوج'],
      ['Roman Urdu: your order number for tracking', 'Apna order number bata dijiye, main tracking check karta hoon'],
      ['Roman Urdu: the courier needs your phone for delivery', 'Courier wale ko apna phone number de dein delivery ke liye'],
      ['Roman Urdu: we cannot share numbers, talk here', 'Hum number share nahi kar sakte, Alibaba allowed nahi karta, yahin baat karein'],
    ],
  );
});
