/**
 * Training messages for the job router that the draft and question corpora do not hold: reminder requests,
 * pasted listings, and questions that quote a draft. Seeded, so `npm run train:route` is reproducible.
 * Written from the briefing's programmes and the listing examples it shows; never from a held-out set.
 *   npx tsx corpus/routing/generate.ts   (rewrites corpus/routing/generated.jsonl)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rng, type Rng } from '../drafts/rng.js';

interface Row { id: string; text: string; job: 'question' | 'draft' | 'listing' | 'reminder' }

const r = rng(20261130);
const out: Row[] = [];
const add = (job: Row['job'], text: string) => out.push({ id: `gen-${job}-${out.length}`, text, job });

// ---------- reminder requests ----------
const product = (g: Rng) => g.pick([`P${g.int(100, 9999)}`, `${g.int(1, 9)}${g.digits(g.int(9, 12))}`, `SKU-${g.int(10, 999)}`, `产品${g.int(1, 99)}`, 'the LED panel', '那款蓝牙耳机', 'our best seller', '主推款']);
const zhDate = (g: Rng) => g.pick([`${g.int(1, 12)}月${g.int(1, 28)}日`, `${g.int(1, 12)}月${g.int(1, 28)}号`, '今天', '明天', '昨天', '前天', `${g.int(2, 9)}天后`, `${g.int(2, 9)}天前`, `下周${g.pick(['一', '二', '三', '四', '五', '六', '日'])}`, `这周${g.pick(['三', '五'])}`, `2026-${g.int(1, 12)}-${g.int(1, 28)}`, `${g.int(1, 12)}/${g.int(1, 28)}`]);
const enDate = (g: Rng) => g.pick([`${g.pick(['May', 'June', 'Dec', 'January', 'Aug'])} ${g.int(1, 28)}`, `${g.int(1, 28)} ${g.pick(['May', 'Jun', 'December', 'March'])}`, 'today', 'tomorrow', 'yesterday', `in ${g.int(2, 9)} days`, `${g.int(2, 9)} days ago`, `next ${g.pick(['Monday', 'Tuesday', 'Wednesday', 'Friday', 'week'])}`, `this ${g.pick(['Thursday', 'Friday'])}`, `2026-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`, `${g.int(1, 12)}/${g.int(1, 28)}`]);
const zhReminder = [
  (g: Rng) => `帮我记一下：${product(g)} ${g.pick(['直播带岗', '直播'])} ${zhDate(g)}直播，提醒我提前交素材`,
  (g: Rng) => `${product(g)} ${zhDate(g)}被标记待整改了，${g.pick(['提醒我', '帮我盯一下', '到时候叫我', '记一下'])}`,
  (g: Rng) => `我们${zhDate(g)}被公示了，${g.pick(['7天内要改完', '要在7天内修改'])}，${g.pick(['提醒我一下', '帮我设个提醒', '别让我忘了'])}`,
  (g: Rng) => `新店${zhDate(g)}开通的，${g.pick(['帮我跟进新手任务', '提醒我做成长任务', '新手推荐任务记得提醒我'])}`,
  (g: Rng) => `${g.pick(['提醒我', '记得提醒我', '麻烦提醒'])}${zhDate(g)}之前把${product(g)}的${g.pick(['价格', '运费', 'SKU', '起订量'])}改掉`,
  (g: Rng) => `${g.pick(['设个提醒', '加个提醒', '登记一下'])}：${g.pick(['整改', '直播素材', '违规修改', '新手任务'])} ${product(g)} ${zhDate(g)}`,
  (g: Rng) => `${zhDate(g)}收到产品诊断中心的整改通知，${product(g)}，${g.pick(['到期前提醒我', '快到期的时候提醒下', '帮我记录一下'])}`,
  (g: Rng) => `报名了直播带岗，直播定在${zhDate(g)}，${g.pick(['记得提前5天提醒我交材料', '素材截止前提醒我', '帮我记下'])}`,
];
const enReminder = [
  (g: Rng) => `${g.pick(['remind me', 'please remind me', 'can you remind me'])} to fix ${product(g)}, it was flagged ${enDate(g)}`,
  (g: Rng) => `${product(g)} got flagged for rectification ${enDate(g)} - ${g.pick(['keep track of it', 'set a reminder', 'nudge me before the deadline', "don't let me forget"])}`,
  (g: Rng) => `we were on the named violators list ${enDate(g)}, ${g.pick(['remind me to finish the fixes', 'track the 7 day fix window', 'set up a reminder please'])}`,
  (g: Rng) => `new store opened ${enDate(g)}, ${g.pick(['track the growth tasks', 'remind me about the newbie tasks', 'keep track of the 30-day tasks'])}`,
  (g: Rng) => `our live recruiting stream is on ${enDate(g)}${g.pick(['', ' for ' + product(g)])}, ${g.pick(['remind me to send the materials', 'set a reminder for the materials deadline', 'ping me before the materials are due'])}`,
  (g: Rng) => `${g.pick(['reminder:', 'note this:', 'track:'])} ${g.pick(['rectification', 'live stream materials', 'violation fix', 'growth tasks'])} ${product(g)} ${enDate(g)}`,
  (g: Rng) => `${g.pick(['set a reminder', 'remind me'])} ${enDate(g)} to ${g.pick(['update the shipping fee', 'fix the MOQ', 'remove the $0.01 SKU'])} on ${product(g)}`,
];
for (let i = 0; i < 260; i++) add('reminder', r.pick(zhReminder)(r));
for (let i = 0; i < 220; i++) add('reminder', r.pick(enReminder)(r));

// ---------- listings ----------
const goods = ['Stainless Steel Water Bottle', 'LED Panel Light 600x600', 'Cotton Tote Bag', 'Bamboo Cutting Board Set', 'Human Hair Extension', 'Quartz Floor Tiles', 'Bluetooth Earbuds TWS', 'Kraft Paper Box', 'Silicone Baking Mat', 'Roasted Cashew Nuts', 'Glass Perfume Bottle 50ml', 'Hydraulic Excavator Bucket Teeth', 'Yoga Mat TPE'];
const zhGoods = ['不锈钢保温杯', 'LED平板灯', '棉布袋', '竹砧板套装', '真人发接发', '石英石地砖', '蓝牙耳机', '牛皮纸盒', '硅胶烘焙垫', '腰果', '玻璃香水瓶', '挖掘机斗齿', '瑜伽垫'];
const units = ['Pieces', 'Sets', 'Grams', 'Square Meters', 'Boxes', 'Kilograms', 'Pairs', 'Units'];
const zhUnits = ['件', '套', '克', '平方米', '箱', '千克', '双', '个'];
const money = (g: Rng, lo: number, hi: number) => `$${(lo + g.next() * (hi - lo)).toFixed(2)}`;
function enListing(g: Rng): string {
  const u = g.pick(units);
  const a = g.int(1, 500);
  const b = a * g.int(5, 20);
  const lines = [g.pick(['Ready to Ship In Stock Fast Dispatch', '', 'Home > All Industries > Home & Garden']), `${g.pick(['2024', 'Hot Sale', 'Custom Logo', 'Wholesale'])} ${g.pick(goods)} ${g.pick(['OEM', 'High Quality', 'Eco-friendly', ''])}`];
  if (g.chance(0.5)) {
    lines.push(`${a} - ${b - 1} ${u}${g.chance(0.3) ? '' : ''}\t>=${b} ${u.slice(0, g.int(3, u.length))}${g.chance(0.5) ? '...' : ''}`);
    lines.push(`${money(g, 1, 50)}\t${money(g, 0.1, 40)}`);
  } else lines.push(`${money(g, 0.01, 5)} - ${money(g, 5, 80)}/ ${u.replace(/s$/, '')} | ${a} ${u.replace(/s$/, '')}/${u}(Min. Order)`);
  if (g.chance(0.6)) {
    lines.push(`${g.pick(['Color', 'Size', 'Style'])} :`);
    for (let k = g.int(2, 6); k > 0; k--) lines.push(`\t\t${g.pick(['Black', 'White', 'Blue 500ml', 'Large', 'Set of 3', 'Thank you card', 'Gift box', 'Brush'])}${g.chance(0.3) ? ' ...' : ''}\t${money(g, 0.01, 30)}\t-\t0\t+`);
  }
  if (g.chance(0.6)) lines.push(`Samples: ${money(g, 0.01, 60)}/${u.replace(/s$/, '')} | 1 ${u.replace(/s$/, '')} (Min. Order) Buy Samples`);
  if (g.chance(0.5)) lines.push(`Shipping ${money(g, 5, 99999)}`, `Lead time ${g.int(3, 30)} days`);
  return lines.filter(Boolean).join('\n');
}
function zhListing(g: Rng): string {
  const u = g.pick(zhUnits);
  const lines = [`商品名称：${g.pick(zhGoods)}${g.pick(['', ' 厂家直销', ' 跨境爆款'])}`];
  if (g.chance(0.6)) lines.push(`阶梯价：${g.int(1, 99)}-${g.int(100, 999)}${u} US $${(g.next() * 20).toFixed(2)}；≥${g.int(1000, 5000)}${u} US $${(g.next() * 10).toFixed(2)}`);
  else lines.push(`价格区间：$${(g.next() * 2).toFixed(2)} - $${(2 + g.next() * 30).toFixed(2)}`);
  lines.push(`最小起订量：${g.int(1, 5000)} ${u}`);
  if (g.chance(0.6)) lines.push(`SKU 规格与价格：${g.pick(['黑色', '白色', '大号', '套装'])} $${(g.next() * 20).toFixed(2)}；${g.pick(['赠品卡片', '包装袋', '小号'])} $${(g.next()).toFixed(2)}`);
  if (g.chance(0.7)) lines.push(`运费：${g.pick(['$', 'US $', ''])}${g.int(5, 50000)}${g.pick(['', ' 元', '（预估）'])}`);
  return lines.join('\n');
}
for (let i = 0; i < 200; i++) add('listing', enListing(r));
for (let i = 0; i < 160; i++) add('listing', zhListing(r));

// ---------- questions that quote a draft (question), and drafts that mention a rule (draft) ----------
const root = fileURLToPath(new URL('..', import.meta.url));
const drafts = readFileSync(`${root}drafts/train.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; lang: string });
const zhFrames = ['我们的自动回复写的是「{d}」，这样算违规吗？', '业务员给买家发了“{d}”，会被处罚吗', '签名档里放了：{d}  这个可以吗', '这样回复买家会不会被判拉线下：{d}', '「{d}」——这句话违反规则吗？第一次会怎么处理', '同事想发这段：{d}\n平台允许吗'];
const enFrames = ['Our auto-reply says "{d}". Is that off-platform, and what happens the first time?', 'Is it ok if my sales rep sends this to a buyer: "{d}"?', 'A colleague wrote "{d}" to a buyer - does that count as a violation?', 'would this get us penalized: {d}', 'Can we put this in our signature? "{d}"'];
for (let i = 0; i < 240; i++) {
  const d = r.pick(drafts);
  const frames = d.lang === 'zh' ? zhFrames : enFrames;
  add('question', r.pick(frames).replace('{d}', d.text.length > 160 ? d.text.slice(0, 160) : d.text));
}
const ruleDrafts = [
  'Sorry dear, according to Alibaba policy we cannot share WhatsApp, let us talk here.',
  '亲，平台规定不能加微信哦，我们就在阿里旺旺上沟通吧，订单走信保更安全。',
  'Hi, per platform rules all communication stays on Alibaba.com. Could you confirm the quantity?',
  'Dear, can you confirm the receiver phone number for the DHL waybill?',
  'Could you send me your company address for the proforma invoice?',
  'Do you need the test report? I uploaded it in this chat.',
  'Would you like us to ship by sea or by air?',
  'Can you place the order through Trade Assurance today?',
  'Tracking no. 1Z999AA10123456784, the parcel left our warehouse.',
  '您好，请问收货人电话是多少？快递面单需要填写。',
  '麻烦提供一下开票邮箱，我们把商业发票发到邮箱，订单号 2026113000123。',
  'Is the 500 pcs MOQ ok for you? We can offer $2.10 per piece.',
];
for (const d of ruleDrafts) add('draft', d);

// ---------- listings in the layouts reps also paste (added after the rest, so earlier rows keep their draws) ----------
// The backend edit form copied as a table (label<TAB>value, sub-tables over bare numbers), and the newer product page
// (price above its quantity, option picker rows "name · price", Samples/Shipping/Customization sections).
const r2 = rng(20261201);
const cell = (g: Rng, lo: number, hi: number) => (lo + g.next() * (hi - lo)).toFixed(2);
function zhFormListing(g: Rng): string {
  const u = g.pick(zhUnits);
  const cur = g.pick(['USD', '元', 'USD']);
  const lines = [`产品名称${g.pick(['*', ''])}\t${g.pick([...zhGoods, ...goods])}`, `计量单位${g.pick(['*', ''])}\t${u}`];
  if (g.chance(0.5)) lines.push(`价格设置\t● 根据数量设置价格\t○ 根据规格设置价格`);
  lines.push(`最小起订量${g.pick(['*', ''])}\t${g.int(1, 5000)}\t${u}`);
  if (g.chance(0.6)) {
    lines.push(`起订量（${u}）\tFOB价格（${cur}）`);
    for (let k = g.int(2, 4), q = g.int(1, 500); k > 0; k--, q *= g.int(3, 10)) lines.push(`≥${q}\t${cell(g, 0.01, 80)}`);
  } else lines.push(`价格区间（${cur}）\t${cell(g, 0.01, 5)} ~ ${cell(g, 5, 90)}`);
  lines.push(g.pick(['规格报价', '']));
  if (g.chance(0.6)) {
    lines.push(`${g.pick(['颜色', '尺寸', '型号', '插头', '表面处理'])}\t价格（${cur}）\t库存`);
    for (let k = g.int(2, 5); k > 0; k--) lines.push(`${g.pick(['Black', '白色', 'EU', 'Large', '赠品卡片', '补差价专拍', 'Grey', '60cm'])}\t${cell(g, 0.01, 60)}\t${g.pick([300, 800, 1000, 9999])}`);
  } else lines.push(`${g.pick(['颜色', '尺寸', '规格'])}\t${g.pick(['Black / White / Blue', '红色 / 蓝色', 'S / M / L'])}`);
  lines.push('物流设置', `运费模板\t${g.pick(['默认模板', '平台物流', '新手模板', '与买家协商'])}`);
  if (g.chance(0.5)) lines.push(`预估运费（${g.int(1, 500)}${u}）\t${cell(g, 5, 99999)} ${cur}`, `货值\t${cell(g, 10, 9999)} ${cur}`, `合计\t${cell(g, 20, 99999)} ${cur}`);
  if (g.chance(0.5)) lines.push('样品服务\t☑ 提供样品', `样品价格\t${cell(g, 0.01, 90)} ${cur}/${u}`, '样品起订量\t1');
  if (g.chance(0.3)) lines.push(`定制\t${g.pick(['Logo定制', '包装定制', '图案定制'])} 起订 ${g.int(100, 9999)}${u}`);
  return lines.filter(Boolean).join('\n');
}
function enNewPage(g: Rng): string {
  const u = g.pick(['pieces', 'sets', 'grams', 'square meters', 'kilograms', 'pairs']);
  const lines = [g.pick(['', 'Home & Garden / Kitchen / Bottles', 'Consumer Electronics / Speakers']), `${g.pick(goods)} ${g.pick(['Wholesale', 'Custom Logo', ''])}`, `${g.digits(1)}.${g.digits(1)} (${g.int(3, 300)} reviews) · ${g.int(10, 9999)} sold`, ''];
  if (g.chance(0.5)) {
    for (let k = g.int(2, 4), q = g.int(1, 500); k > 0; k--, q *= g.int(3, 10)) lines.push(`US$${cell(g, 0.01, 60)}`, k > 1 ? `${q} - ${q * 3 - 1} ${u}` : `>= ${q} ${u}`);
  } else lines.push(`US$${cell(g, 0.01, 5)}-${cell(g, 5, 60)}`);
  lines.push(`Min. order: ${g.int(1, 5000)} ${u}`, '');
  if (g.chance(0.5)) {
    lines.push(`${g.pick(['Color', 'Size', 'Model', 'Finish'])} (${g.int(2, 5)})  >`);
    for (let k = g.int(2, 5); k > 0; k--) lines.push(`${g.pick(['Black', 'Glossy White', 'S 10cm', '608-2RS', 'Gift pouch', 'Thank you card'])} · US $${cell(g, 0.01, 40)}`);
  } else {
    lines.push('Variations', `Total options: ${g.int(2, 4)} Color`, 'Select variations and quantity');
    for (let k = g.int(2, 4); k > 0; k--) lines.push(`${g.pick(['White', 'Black', 'Frosted', 'Cloth bag'])}\tUS$${cell(g, 0.01, 30)}\t—\t0\t+`);
  }
  if (g.chance(0.5)) lines.push('', 'Shipping', `Shipping fee: US$${cell(g, 5, 9999)} for ${g.int(1, 1000)} ${u}`, `Item subtotal (${g.int(1, 1000)} ${u})\tUS$${cell(g, 5, 9999)}`);
  if (g.chance(0.5)) lines.push('', 'Samples', `Maximum order quantity: 1 ${u.replace(/s$/, '')}`, `US$${cell(g, 0.01, 60)}`, 'Order sample');
  if (g.chance(0.4)) lines.push('', 'Customization', 'Customized logo', `Min. order: ${g.int(100, 99999)} ${u}`);
  return lines.join('\n').replace(/^\n+/, '');
}
for (let i = 0; i < 80; i++) add('listing', zhFormListing(r2));
for (let i = 0; i < 80; i++) add('listing', enNewPage(r2));

// ---------- listings pasted as one line, and price quotations drafted to a buyer (added last, own seed) ----------
// A rep pastes a listing squeezed onto one line ("1-9 sets $3,999 ; 10-49 sets $3,850 ; MOQ 1 set"); a quotation
// to a buyer has the same prices but talks to someone ("Dear Ali, ... please confirm"). The model needs both.
const r3 = rng(20261202);
function inlineListing(g: Rng): string {
  const zh = g.chance(0.5);
  const u = zh ? g.pick(zhUnits) : g.pick(['pcs', 'sets', 'pieces', 'kg', 'pairs', 'm²']);
  const cur = g.pick(['$', 'US$', 'USD ', '¥']);
  const sep = g.pick([' ; ', ' / ', ' | ', '；', ' , ', '  ']);
  const items: string[] = [];
  if (g.chance(0.5)) {
    for (let k = g.int(2, 4), q = g.int(1, 100); k > 0; k--, q *= g.int(3, 10)) items.push(k > 1 ? `${q}-${q * 3 - 1} ${u} ${cur}${cell(g, 0.01, 4000)}` : `>=${q} ${u} ${cur}${cell(g, 0.01, 4000)}`);
  } else {
    const label = zh ? g.pick(['款式：', '规格：', 'SKU：', '颜色：', '']) : g.pick(['Color: ', 'Size: ', 'SKU: ', 'Options: ', '']);
    for (let k = g.int(2, 5); k > 0; k--) items.push(`${k === 0 ? label : ''}${g.pick(['Black', 'iPhone13', '白色', 'L', '贴膜', '挂绳', 'Gift card', '说明书', 'Pro', 'EU plug'])} ${cur}${cell(g, 0.01, 90)}`);
    items[0] = `${label}${items[0]}`;
  }
  const moq = zh ? g.pick([`起订${g.int(1, 500)}${u}`, `最小起订量 ${g.int(1, 500)}${u}`, `MOQ ${g.int(1, 500)}`]) : g.pick([`MOQ ${g.int(1, 500)} ${u}`, `Min. order ${g.int(1, 500)} ${u}`, `MOQ: ${g.int(1, 500)}`]);
  const head = `${g.pick(zh ? zhGoods : goods)} ${g.chance(0.5) ? `${cur}${cell(g, 0.01, 5)}-${cur}${cell(g, 5, 90)} ` : ''}`;
  const tail = g.pick(['', zh ? ' 运费另计' : ' shipping extra', zh ? ' 海运 by sea' : ' FOB Ningbo', '']);
  return g.chance(0.5) ? `${head}${moq}${sep}${items.join(sep)}${tail}` : `${head}${items.join(sep)}${sep}${moq}${tail}`;
}
function quotationDraft(g: Rng): string {
  const zh = g.chance(0.4);
  const u = zh ? g.pick(zhUnits) : g.pick(['pcs', 'sets', 'pieces', 'kg']);
  const tiers: string[] = [];
  for (let k = g.int(2, 4), q = g.int(50, 500); k > 0; k--, q *= g.int(2, 5)) tiers.push(`${q} ${u} $${cell(g, 0.2, 60)}`);
  return zh
    ? `${g.pick(['您好', '亲', 'Hi'])}，${g.pick(zhGoods)}报价如下：${tiers.join('；')}，起订量${g.int(50, 500)}${u}，${g.pick(['您看可以吗？', '有问题随时在这里留言。', '确认后我给您做信保订单。'])}`
    : `${g.pick(['Dear', 'Hi', 'Hello'])} ${g.pick(['Ali', 'Maria', 'John', 'friend', 'Sir'])}, ${g.pick(['our price for', 'here is the quotation for', 'please see the price of'])} ${g.pick(goods)}: ${tiers.join('; ')}. MOQ ${g.int(50, 500)} ${u}. ${g.pick(['Please confirm and I will send the Trade Assurance order.', 'Let me know if you need samples.', 'Best regards.'])}`;
}
for (let i = 0; i < 80; i++) add('listing', inlineListing(r3));
for (let i = 0; i < 40; i++) add('draft', quotationDraft(r3));

// ---------- listings as a few spec fields in words, and the same facts quoted to a buyer (own seed) ----------
// "LED灯带 5米一卷 价格 2.3美元/卷 起订量 1000卷 样品免费", "单价：¥25-38\nMOQ：50套\n发货期：3天内": a rep pastes a
// listing's fields without any layout; a draft says the same to someone ("您好，…您看可以吗").
const r4 = rng(20261203);
function specListing(g: Rng): string {
  const zh = g.chance(0.6);
  const u = zh ? g.pick(zhUnits) : g.pick(['pcs', 'sets', 'rolls', 'watts', 'kg']);
  const price = zh
    ? g.pick([`价格${cell(g, 0.05, 90)}美元/${u}`, `单价：¥${g.int(1, 40)}-${g.int(41, 90)}`, `每${u}${cell(g, 0.5, 90)}元`, `价格 USD ${cell(g, 0.1, 9)}-${cell(g, 10, 30)}`])
    : g.pick([`price: USD ${cell(g, 0.1, 9)}-${cell(g, 10, 30)}`, `$${cell(g, 0.05, 90)}/${u.replace(/s$/, '')}`, `unit price ${cell(g, 0.5, 90)} USD`]);
  const moq = zh ? g.pick([`起订${g.int(1, 1000)}${u}`, `起订量 ${g.int(1, 100000)}${u}`, `MOQ：${g.int(1, 500)}${u}`]) : g.pick([`MOQ ${g.int(1, 5000)}${u}`, `Min. order ${g.int(1, 500)} ${u}`]);
  const extra = zh
    ? [g.pick(['样品免费', '样品3天', '']), g.pick(['运费到付', `运费每${u}${g.int(1, 40)}美元`, '宁波港', '']), g.pick(['交期15天', '发货期：3天内', '现货', '']), g.pick(['包装：彩盒', 'logo可定制', ''])]
    : [g.pick(['sample 3-5 days', 'free sample', '']), g.pick(['shipping by sea', `shipping $${g.int(1, 40)}/${u.replace(/s$/, '')}`, 'FOB Ningbo', '']), g.pick(['lead time 15 days', 'in stock', ''])];
  const fields = [`${g.pick(zh ? zhGoods : goods)}${g.chance(0.4) ? ' ' + g.pick(['11oz', '5米一卷', '550W 单晶', '现货', 'XL']) : ''}`, price, moq, ...extra].filter(Boolean);
  return fields.join(g.pick([' ', '\n', ', ', '，']));
}
function specQuote(g: Rng): string {
  const zh = g.chance(0.6);
  const u = zh ? g.pick(zhUnits) : g.pick(['pcs', 'sets', 'rolls']);
  return zh
    ? `${g.pick(['您好', '亲', '老板您好'])}，${g.pick(zhGoods)}价格${cell(g, 0.05, 90)}美元/${u}，起订量${g.int(50, 5000)}${u}，${g.pick(['您看可以吗？', '样品可以先寄给您。', '确认的话我给您下信保订单。'])}`
    : `${g.pick(['Hi', 'Dear', 'Hello'])} ${g.pick(['Omar', 'Lisa', 'friend'])}, ${g.pick(goods)} is $${cell(g, 0.05, 90)}/${u.replace(/s$/, '')}, MOQ ${g.int(50, 5000)} ${u}. ${g.pick(['Do you want a sample?', 'Please confirm the quantity.', 'We can ship in 15 days.'])}`;
}
for (let i = 0; i < 80; i++) add('listing', specListing(r4));
for (let i = 0; i < 40; i++) add('draft', specQuote(r4));

// ---------- the reminders already tracked, asked in free words; rule questions about the same windows; short order
// questions to a buyer (own seed, added last so earlier rows keep their draws) ----------
// "划掉整改那个", "what's still open for us this month?", "我们的违规修改还剩几天？" ask the reminder job about cases already
// tracked; "整改期多少天？" asks the briefing; "您这批货还是走上次的货代吗？" asks a buyer about an order.
const r5 = rng(20261204);
const zhKind = ['整改', '待整改产品', '违规修改', '公示那个', '新手任务', '成长任务', '直播素材', '直播带岗'];
const enKind = ['rectification', 'flagged listings', 'violation fix', 'named-list fix', 'growth tasks', 'onboarding tasks', 'live stream materials', 'live recruiting'];
const zhWhen = ['今天', '明天', '这周', '本周', '下周', '这个月', '最近', '周五前'];
const enWhen = ['today', 'tomorrow', 'this week', 'next week', 'this month', 'before Thursday', 'by Monday'];
const zhManage = [
  (g: Rng) => `${g.pick(zhKind)}${g.pick(['那个', '的事', ''])}${g.pick(['已经弄好了', '都改好了', '做完了', '搞定了'])}，${g.pick(['帮我划掉', '提醒关掉吧', '不用再提醒了', '标记完成'])}`,
  (g: Rng) => `${g.pick(['把', '帮我把'])}${g.pick(zhKind)}${g.pick(['标记为完成', '划掉', '的提醒取消', '的提醒删掉'])}`,
  (g: Rng) => `${g.pick(['过三天', '晚点', '后天', '下周一', '过两个小时'])}再提醒我${g.pick(['', '一次', g.pick(zhKind)])}`,
  (g: Rng) => `${g.pick(zhKind)}的提醒${g.pick(['推迟两天', '延后一天', '先不要了', '可以取消了'])}`,
  (g: Rng) => `${g.pick(zhWhen)}${g.pick(['有什么要到期的', '有啥要做的', '有哪些截止的', '还有什么要交的'])}${g.pick(['？', '吗', ''])}`,
  (g: Rng) => `${g.pick(['我现在有哪些提醒', '我们还有几个待办', '看一下我的提醒', '列一下我的待办', '我有什么到期的事项'])}${g.pick(['？', '', '呢'])}`,
  (g: Rng) => `${g.pick(['我们的', '我们店的', '咱们的', '我这边的'])}${g.pick(zhKind)}还${g.pick(['剩几天', '有多少天', '剩多少天'])}${g.pick(['？', ''])}`,
  (g: Rng) => `${g.pick(['我们', '我们店'])}${g.pick(zhKind)}${g.pick(['哪天截止', '几号到期', '什么时候截止'])}？`,
];
const enManage = [
  (g: Rng) => `${g.pick(['mark the', 'please mark our', 'set the'])} ${g.pick(enKind)} ${g.pick(['as done', 'done', 'as complete'])}${g.pick(['', ', all fixed', ', we finished'])}`,
  (g: Rng) => `${g.pick(['done with the', 'finished the', 'completed our'])} ${g.pick(enKind)}${g.pick(['', ' - close it', ', you can stop the reminders'])}`,
  (g: Rng) => `${g.pick(['snooze', 'snooze the', 'push back the'])} ${g.pick([...enKind, 'it', 'that'])} ${g.pick(['reminder ', ''])}${g.pick(['for 3 days', 'till Friday', 'until tomorrow', 'a week', 'for a few hours'])}`,
  (g: Rng) => `${g.pick(['remind me again', 'ping me again', 'nudge me later'])} ${g.pick(['tomorrow', 'on Monday', 'in 2 days'])}${g.pick(['', ' about the ' + g.pick(enKind)])}`,
  (g: Rng) => `${g.pick(['cancel', 'delete', 'stop', 'drop'])} the ${g.pick(enKind)} reminder${g.pick(['', ', the event was called off', ', not needed anymore'])}`,
  (g: Rng) => `${g.pick(["what's due", 'what is still open', "what's coming up", 'anything due'])} ${g.pick(enWhen)}${g.pick(['?', '', ' for us?'])}`,
  (g: Rng) => `${g.pick(['show me my reminders', 'list all my deadlines', 'what do I have on my list', 'show all open cases'])}${g.pick(['', ' pls', '?'])}`,
  (g: Rng) => `${g.pick(['how many days do we have left on our', 'how much time is left for my', 'when is our'])} ${g.pick(enKind)}${g.pick(['?', ' due?', ' deadline?'])}`,
];
for (let i = 0; i < 120; i++) add('reminder', r5.pick(zhManage)(r5));
for (let i = 0; i < 110; i++) add('reminder', r5.pick(enManage)(r5));
const ruleAsk = [
  (g: Rng) => `${g.pick(['整改期', '待整改产品的整改期', '被公示后修改的期限', '新手期', '直播素材提前'])}${g.pick(['是几天', '有多少天', '多久'])}？`,
  (g: Rng) => `${g.pick(['how many days is the', 'how long is the', 'what is the deadline for the'])} ${g.pick(['rectification window', 'fix window for named violators', 'new merchant period', 'live recruiting materials'])}?`,
  (g: Rng) => `${g.pick(['remind me,', 'remind me again:', 'remind me'])} ${g.pick(['what are the four growth tasks', 'how many days the rectification window is', 'what happens after the 14 days', 'which products get delisted'])}${g.pick(['?', ' again?'])}`,
  (g: Rng) => `提醒我一下，${g.pick(['新手任务有哪几项', '整改期是几天', '违规第二次扣几分'])}来着？`,
];
for (let i = 0; i < 60; i++) add('question', r5.pick(ruleAsk)(r5));
const buyerAsk = [
  (g: Rng) => `${g.pick(['请问', '', '麻烦问下，'])}您${g.pick(['这次', '这批货', '那边'])}${g.pick(['还是走上次的货代吗', '用哪个港口', '收货地址有变化吗', '需要几个颜色', '打算什么时候付尾款', '要不要先寄样品'])}？`,
  (g: Rng) => `${g.pick(['这次', '这批', '请问这次', '下一单'])}${g.pick(['还是用上次的包装吗', '收货人还是同一个吗', '还是走宁波港吗', '要不要加防潮包装', '唛头还和上次一样吗', '还是寄到您公司吗'])}？`,
  (g: Rng) => `${g.pick(['Will your', 'Should we use your', 'Is your'])} ${g.pick(['delivery address', 'consignee', 'shipping mark', 'forwarder'])} ${g.pick(['be the same as last time', 'stay the same as your last order', 'change for this order', 'from the last shipment'])}?`,
  (g: Rng) => `${g.pick(['Which', 'What'])} ${g.pick(['port', 'forwarder', 'carton size', 'color'])} ${g.pick(['do you prefer for this order', 'should we use this time', 'did you use last time'])}?`,
  (g: Rng) => `${g.pick(['加急的话', '走空运的话', '数量过1000的话', '要定制logo的话'])}${g.pick(['要多收5%', '单价可以降到2.1美元', '交期要多一周', '运费另算'])}，${g.pick(['您看怎么安排', '正常的话按原价', '您确认一下'])}`,
  (g: Rng) => `${g.pick(['If you order', 'For orders over', 'With express shipping'])} ${g.pick(['1000 pcs', '500 sets', 'this month'])}, ${g.pick(['we can lower the price to $2.30', 'the lead time is 10 days', 'add 5% for the rush fee'])}${g.pick(['.', ', let me know.', ''])}`,
];
for (let i = 0; i < 90; i++) add('draft', r5.pick(buyerAsk)(r5));

writeFileSync(fileURLToPath(new URL('./generated.jsonl', import.meta.url)), out.map((o) => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${out.length} messages`);
