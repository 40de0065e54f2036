import type { Rng } from './rng.js';

export const PRODUCTS = ['LED strip lights', 'silicone baking mats', 'stainless steel water bottles', 'bamboo cutting boards', 'yoga mats', 'phone cases', 'solar panels', 'hair extensions', 'kids backpacks', 'ceramic mugs', 'office chairs', 'cotton T-shirts', 'bluetooth earbuds', 'pet beds', 'quartz tiles', 'LiFePO4 batteries', 'rattan baskets', 'kitchen knives', 'PVC banners', 'smart watches'];
export const PRODUCTS_ZH = ['LED灯带', '硅胶烘焙垫', '不锈钢水杯', '竹砧板', '瑜伽垫', '手机壳', '太阳能板', '假发', '儿童书包', '陶瓷杯', '办公椅', '纯棉T恤', '蓝牙耳机', '宠物床', '石英砖', '磷酸铁锂电池', '藤编篮', '厨房刀具', '广告横幅', '智能手表'];
export const NAMES = ['Anna', 'John', 'Maria', 'Ahmed', 'Carlos', 'Priya', 'Tom', 'Olga', 'Kenji', 'Fatima', 'David', 'Lucas', 'Sofia', 'Mohammed', 'Emma'];
export const SELLERS = ['Bob Wong', 'Lily Chen', 'Tony Lee', 'Sunny Zhang', 'Grace Liu', 'Kevin Wu', 'Cindy Huang', 'Jack Ma', 'Amy Zhou', 'Leo Sun'];
export const COMPANIES = ['Shenzhen Bright Lighting Co., Ltd.', 'Yiwu Happy Home Trading Co.', 'Ningbo Ocean Tools Ltd.', 'Guangzhou Star Hair Co.', 'Xiamen Green Stone Co.'];
export const COUNTRIES = ['Bahrain', 'Germany', 'Brazil', 'Nigeria', 'the USA', 'India', 'Vietnam', 'Mexico', 'the UAE', 'Poland'];

export function phone(r: Rng): string {
  const kind = r.int(0, 7);
  switch (kind) {
    case 0: case 1: case 2: {
      const n = r.pick(['13', '15', '17', '18', '19']) + r.digits(9);
      return r.pick([`+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, `+86-${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`, n, `0086 ${n}`, `(+86)${n}`, `86${n}`]);
    }
    case 3: return `+1 ${r.pick(['415', '646', '213', '305'])} ${r.int(200, 899)} ${r.digits(4)}`;
    case 4: return `+44 7${r.digits(3)} ${r.digits(6)}`;
    case 5: return `+91 ${r.pick(['98', '99', '97'])}${r.digits(3)} ${r.digits(5)}`;
    case 6: return `+971 5${r.int(0, 8)} ${r.digits(3)} ${r.digits(4)}`;
    default: return `+55 11 9${r.digits(4)}-${r.digits(4)}`;
  }
}
export function cnMobile(r: Rng): string {
  return r.pick(['13', '15', '18', '19']) + r.digits(9);
}
export function handle(r: Rng): string {
  const base = r.pick(['lily', 'tony', 'sunny', 'grace', 'kevin', 'amy', 'leo', 'jack', 'cindy', 'sales']);
  return r.pick([`${base}_${r.digits(3)}`, `${base}${r.digits(4)}`, `${base}.trade${r.digits(2)}`, `${base}_factory${r.digits(1)}`, `wxid_${r.digits(6)}`]);
}
export function email(r: Rng): string {
  const local = r.pick(['sales', 'lily.chen', 'tony', 'export01', 'grace_liu', 'info', 'bob.wong']);
  const domain = r.pick(['gmail.com', 'qq.com', '163.com', 'hotmail.com', 'outlook.com', 'bright-light.com', 'yeah.net', 'foxmail.com', 'yahoo.com']);
  return `${local}${r.chance(0.4) ? r.digits(2) : ''}@${domain}`;
}
export const MSG_EN = ['WhatsApp', 'WeChat', 'Skype', 'Telegram', 'Viber', 'Line', 'QQ', 'whatsapp', 'wechat'];
export const MSG_ZH = ['微信', 'WhatsApp', 'QQ', 'Skype', '微信', 'whatsapp'];

// ---- disguises -------------------------------------------------------------------------------------------
const ZH_NUM = '零一二三四五六七八九';
const FIN_NUM = '零壹贰叁肆伍陆柒捌玖';
const EN_NUM = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CIRCLED = '⓪①②③④⑤⑥⑦⑧⑨';
const BOLD = ['𝟎', '𝟏', '𝟐', '𝟑', '𝟒', '𝟓', '𝟔', '𝟕', '𝟖', '𝟗'];
const fw = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const mapDigits = (s: string, f: (d: number) => string) => s.replace(/\d/g, (d) => f(Number(d)));

export type PhoneDisguise = (p: string, r: Rng) => string;
export const PHONE_DISGUISES_A: PhoneDisguise[] = [
  (p) => p.replace(/\D/g, '').split('').join(' '),
  (p) => mapDigits(p.replace(/^\+/, ''), (d) => ZH_NUM[d]!).replace(/一/g, '幺'),
  (p) => fw(p),
  (p) => p.replace(/(\d)(?=\d)/g, '$1\u200b'),
  (p, r) => p.replace(/\D/g, '').replace(/(\d{3,4})(?=\d)/g, `$1${r.pick(['🌸', '⭐', '-', '.', '~'])}`),
  (p) => p.replace(/\D/g, '').split('').map((d) => EN_NUM[Number(d)]).join(' '),
  (p) => { const d = p.replace(/\D/g, ''); return d.slice(0, d.length - 8) + '****' + d.slice(-4); },
];
export const PHONE_DISGUISES_B: PhoneDisguise[] = [
  (p) => mapDigits(p, (d) => CIRCLED[d]!),
  (p) => mapDigits(p.replace(/\D/g, ''), (d) => `${d}\ufe0f\u20e3`),
  (p) => mapDigits(p.replace(/\D/g, ''), (d) => BOLD[d]!),
  (p) => mapDigits(p.replace(/^\+/, ''), (d) => FIN_NUM[d]!),
  (p) => p.replace(/\D/g, '').replace(/(\d)(?=\d)/g, '$1 . '),
  (p) => { const d = p.replace(/\D/g, ''); return `${d.slice(0, 3)}xxxx${d.slice(-4)}`; },
  (p) => p.replace(/\D/g, '').split('').map((d, i) => (i % 2 ? EN_NUM[Number(d)] : d)).join(' '),
];
export type NameDisguise = (n: string, r: Rng) => string;
const HOMO: Record<string, string> = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х' };
export const NAME_DISGUISES_A: NameDisguise[] = [
  (n) => n.split('').join(' '),
  (n) => n.replace(/[aeocp]/g, (c) => HOMO[c]!),
  (n) => (/what/i.test(n) ? 'wh@ts app' : /we/i.test(n) ? 'V信' : n.split('').join('.')),
  (n) => fw(n),
];
export const NAME_DISGUISES_B: NameDisguise[] = [
  (n) => n.replace(/[aeo]/gi, (c) => HOMO[c.toLowerCase()]!).toUpperCase(),
  (n) => n.split('').join('-'),
  (n) => (/what/i.test(n) ? 'whats app' : /we/i.test(n) ? 'vx' : n.split('').join('_')),
  (n) => n.split('').join('\u200b'),
];
export const EMAIL_DISGUISES_A = [
  (e: string) => e.replace('@', ' at ').replace(/\.(?=[a-z]+$)/, ' dot '),
  (e: string) => e.replace('@', '(at)'),
  (e: string) => e.replace('@', '#'),
];
export const EMAIL_DISGUISES_B = [
  (e: string) => e.replace('@', '[at]').replace(/\.(?=[a-z]+$)/, '[dot]'),
  (e: string) => e.replace('@', '艾特').replace(/\.(?=[a-z]+$)/, '点'),
  (e: string) => fw(e),
];
