// The listing check's development set, written by hand by the developer of the checker from the briefing's
// five kinds and three examples (so it is SEEN: good for regressions, not for claims). Run
// `npx tsx corpus/listings/dev.ts` to rewrite dev.jsonl.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Item { id: string; fake: boolean; kinds: string[]; layout: 'en_page' | 'zh_backend'; lang: 'en' | 'zh'; hard: boolean; text: string }
const items: Item[] = [];
const en = (id: string, fake: boolean, kinds: string[], hard: boolean, text: string) => items.push({ id, fake, kinds, layout: 'en_page', lang: 'en', hard, text });
const zh = (id: string, fake: boolean, kinds: string[], hard: boolean, text: string) => items.push({ id, fake, kinds, layout: 'zh_backend', lang: 'zh', hard, text });

// ---------------- legitimate, English page ----------------
en('en-legit-volume', false, [], false, `Custom Logo Stainless Steel Water Bottle 500ml Vacuum Insulated
100 - 499 Pieces\t500 - 1999 Pieces\t>=2000 Pieces
$3.20\t$2.85\t$2.40
Color :\t\tBlack\t$3.20\t-\t0\t+
\t\tWhite\t$3.20\t-\t0\t+
\t\tNavy Blue\t$3.35\t-\t0\t+
Samples: $8.00/Piece | 1 Piece (Min. Order) Buy Samples
Shipping $185.00
Lead time 15 days`);
en('en-legit-nuts', false, [], true, `Wholesale Roasted Salted Cashew Nuts W320 Grade Bulk
1 - 9 Kilograms\t10 - 99 Kilograms\t>=100 Kilograms
$9.80\t$8.90\t$7.60
$7.60 - $9.80/ Kilogram | 1 Kilogram/Kilograms(Min. Order)
Shipping $28.50`);
en('en-legit-bottles', false, [], true, `50ml Empty Glass Perfume Bottle with Spray Cap
10000 - 49999 Pieces\t50000 - 99999 Pieces\t>=100000 Pieces
$0.12\t$0.10\t$0.08
$0.08 - $0.12/ Piece | 10000 Pieces (Min. Order)
Shipping $420.00`);
en('en-legit-heavy', false, [], true, `Ready to Ship In Stock Fast Dispatch
Natural Granite Slab Countertop Polished G654
50 - 199 Square Meters\t>=200 Square Meters
$28.00\t$24.50
50 Square Meters Details $1,400.00
Shipping Estimated $3,650.00 (sea freight, calculated by weight)
Total $5,050.00`);
en('en-legit-bulk-moq', false, [], true, `Portland Cement 42.5 Grade Bulk Supply
$65.00 - $72.00/ Metric Ton | 500 Metric Tons (Min. Order)
500 - 4999 Metric Tons\t>=5000 Metric Tons
$72.00\t$65.00`);
en('en-legit-per-gram', false, [], true, `Raw Virgin Indian Human Hair Bulk Single Donor
100 - 999 Grams\t1000 - 4999 Grams\t>=5000 Grams
$1.65\t$1.45\t$1.25
Stretched Length:
10 inches\t12 inches\t14 inches
Samples: $2.00/Gram | 100 Grams (Min. Order)`);
en('en-legit-accessory', false, [], true, `Home > All Industries > Home & Garden > Baking & Pastry Tools
Baking Tools Accessories Pastry Set Piping Tips Scraper Spatula
$0.08 - $3.60/ Piece | 50 Piece/Pieces(Min. Order)
Style :\t\tPiping tip single\t$0.08\t-\t0\t+
\t\tPiping bag disposable\t$0.10\t-\t0\t+
\t\tPlastic scraper\t$0.15\t-\t0\t+
\t\tSilicone spatula\t$0.65\t-\t0\t+
\t\tCake turntable\t$3.60\t-\t0\t+
\t\tCoupler\t$0.09\t-\t0\t+
Samples: $5.00/Piece | 1 Piece (Min. Order)`);
en('en-legit-truncated', false, [], true, `Eco-friendly TPE Yoga Mat 6mm Double Layer ...
50 - 499 Pie...\t500 - 1999 Pie...\t>=2000 Pie...
$6.80\t$5.90\t$5.20
Color :\t\tPurple ...\t$6.80\t-\t0\t+
\t\tBlue...\t$6.80\t-\t0\t+
\t\tGreen ...\t$7.10\t-\t0\t+
Shipping US $ 96.00`);
en('en-legit-single', false, [], false, `Industrial Hydraulic Excavator Bucket Teeth 1U3302RC
$12.50/ Piece | 20 Pieces (Min. Order)
Shipping $64.00
Lead Time: 1 - 20 Pieces 7 days`);
en('en-legit-thousands', false, [], false, `LED Panel Light 600x600 40W Office Ceiling
100 - 999 Pieces\t1,000 - 4,999 Pieces\t>=5,000 Pieces
$12.90\t$11.50\t$10.20
Shipping $1,240.00`);

// ---------------- fake, English page ----------------
en('en-fake-ladder', true, ['price_ladder'], false, `Bluetooth Earbuds TWS Wireless Headphones
1 - 99 Pieces\t100 - 999 Pieces\t>=1000 Pieces
$18.00\t$15.50\t$0.99
Shipping $12.00`);
en('en-fake-ladder-noisy', true, ['price_ladder'], true, `Hot Sale Kraft Paper Box Custom Printed …
500 - 1,999 Pie...\t2,000 - 9,999 Pie...\t10,000 - 49,999 Pie...\t>=50,000 Pie...
US $ 0.85\tUS $ 0.78\tUS $ 0.70\tUS $ 0.02`);
en('en-fake-sku', true, ['sku_filler'], false, `Cotton Canvas Tote Bag with Custom Logo
$0.01 - $2.80/ Piece | 100 Pieces (Min. Order)
Color :\t\tNatural\t$2.60\t-\t0\t+
\t\tBlack\t$2.80\t-\t0\t+
\t\tRed\t$2.70\t-\t0\t+
\t\tPostage link\t$0.01\t-\t0\t+
Shipping $35.00`);
en('en-fake-sku-high', true, ['sku_filler'], true, `Silicone Baking Mat Non-stick 40x30cm
$1.20 - $999.00/ Piece | 50 Pieces (Min. Order)
Size :\t\t40x30cm\t$1.20\t-\t0\t+
\t\t42x29cm\t$1.30\t-\t0\t+
\t\t60x40cm\t$1.90\t-\t0\t+
\t\tCustom size\t$999.00\t-\t0\t+`);
en('en-fake-shipping', true, ['shipping'], false, `Ready to Ship Yoga Mat TPE 6mm
$0.10/ Piece | 1 Piece (Min. Order)
Samples: $0.01/Piece | 1 Piece (Min. Order)
1 Pieces Details $0.10
Shipping $89.00
Total $89.10`);
en('en-fake-shipping-charged', true, ['shipping'], true, `Glass Perfume Bottle 30ml
500 - 4999 Pieces\t>=5000 Pieces
$0.35\t$0.30
Shipping (published on the page): $40.00; actually charged at checkout: $260.00`);
en('en-fake-moq', true, ['moq'], false, `Custom Logo Silicone Phone Case MOQ 1 piece
1,000 - 4,999 Pieces\t>=5,000 Pieces
$0.90\t$0.80
1 Piece/Pieces (Min. Order)`);
en('en-fake-unit', true, ['price_unit'], true, `Drone with 4K Camera Foldable Quadcopter
$0.05 - $0.09/ Gram | 10 Pieces (Min. Order)
10 - 99 Pieces\t>=100 Pieces
$0.09\t$0.05`);
en('en-fake-range', true, ['price_range'], true, `Solar Panel 550W Monocrystalline
$0.01 - $98.00/ Watt | 100 Watts (Min. Order)
Shipping $45.00`);

// ---------------- legitimate, Chinese backend ----------------
zh('zh-legit-volume', false, [], false, `商品名称：不锈钢保温杯 500ml 真空双层
阶梯价：100-499件 US $3.20；500-1999件 US $2.85；≥2000件 US $2.40
最小起订量：100 件
SKU 规格与价格：黑色 $3.20；白色 $3.20；蓝色 $3.35
运费：$185.00`);
zh('zh-legit-heavy', false, [], true, `商品名称：石英石台面板 厨房台面
阶梯价：50-199平方米 $32.00；≥200平方米 $28.00
最小起订量：50 平方米
运费：预估 $4,200（海运，按实际重量核算）`);
zh('zh-legit-yuan', false, [], true, `商品名称：竹砧板三件套
价格区间：¥18.00 - ¥25.00
最小起订量：200 套
阶梯价：
200-999套 ¥25.00
1000-4999套 ¥21.50
≥5000套 ¥18.00
运费：¥350`);
zh('zh-legit-gram', false, [], true, `商品名称：藏红花 散装 批发
阶梯价：10-99克 $6.50；100-999克 $5.80；≥1000克 $5.10
最小起订量：10 克
运费：$25`);
zh('zh-legit-bulk', false, [], true, `商品名称：工业级尿素 46% 颗粒
价格区间：$320 - $360
最小起订量：1,000 吨
阶梯价：1000-4999吨 $360；≥5000吨 $320`);
zh('zh-legit-set', false, [], true, `商品名称：美甲工具套装 配件
价格区间：$0.05 - $1.80
最小起订量：100 件
SKU 规格与价格：
钻饰 100粒装 $0.05
美甲胶 $0.30
点钻笔 $0.12
镊子 $0.60
打磨条 $0.08
收纳盒 $1.80`);

// ---------------- fake, Chinese backend ----------------
zh('zh-fake-ladder', true, ['price_ladder'], false, `商品名称：真人发接发 越南原料
阶梯价：100-999克 $2.80；1000-9999克 $2.60；≥10000克 $0.03
最小起订量：100 克`);
zh('zh-fake-sku', true, ['sku_filler'], false, `商品名称：竹砧板套装
价格区间：$0.01 - $12.00
最小起订量：50 套
SKU 规格与价格：三件套 $12.00；两件套 $8.50；单件 $4.60；赠品卡片 $0.01`);
zh('zh-fake-sku-postage', true, ['sku_filler'], true, `商品名称：LED平板灯 600x600
价格区间：US $0.10 - US $13.50
最小起订量：100 个
SKU 规格与价格：
40W 白光 US $12.90
40W 暖光 US $12.90
48W 白光 US $13.50
补运费差价链接 US $0.10`);
zh('zh-fake-shipping', true, ['shipping'], false, `商品名称：瑜伽垫 TPE 6mm
价格区间：$0.10 - $0.20
最小起订量：2 件
运费：$2,980.00`);
zh('zh-fake-shipping-yuan', true, ['shipping'], true, `商品名称：牛皮纸盒 定制印刷
阶梯价：1-99个 ¥0.50；≥100个 ¥0.45
最小起订量：1 个
运费：¥3,600 元`);
zh('zh-fake-moq', true, ['moq'], false, `商品名称：挖掘机斗齿 1U3302RC
阶梯价：500-1999件 $12.50；≥2000件 $11.80
最小起订量：1 件`);
zh('zh-fake-moq-claim', true, ['moq'], true, `商品名称：蓝牙耳机 TWS 1件起订
阶梯价：1-99件 $8.50；100-999件 $7.90；≥1000件 $7.20
最小起订量：1 件
备注：实际起订量 3000 件，小单不接`);
zh('zh-fake-unit', true, ['price_unit'], true, `商品名称：实木餐桌 北欧风
价格区间：$0.02 - $0.03 /克
最小起订量：10 件
阶梯价：10-49件 $0.03；≥50件 $0.02`);

// ---------------- second batch: variants of layout and noise ----------------
en('en-legit-leadtime', false, [], true, `Wireless Charger Pad 15W Fast Charging
500 - 1999 Pieces\t2000 - 4999 Pieces\t>=5000 Pieces
$2.90\t$2.70\t$2.50
Lead Time:
Quantity(Pieces)\t1 - 500\t501 - 5000\t>5000
Est. Time(days)\t7\t15\tTo be negotiated
Shipping: Estimated $120.00 - $340.00 by air`);
en('en-legit-fob', false, [], true, `FOB Price: US $0.50 - 3.00 / Piece
Min. Order: 1000 Pieces
Size:
Small\tUS $0.50
Medium\tUS $1.20
Large\tUS $3.00
Plastic Storage Basket with Handle`);
en('en-legit-cable', false, [], true, `Copper Power Cable 3 Core 2.5mm2 PVC Insulated
$0.80 - $1.20/ Meter | 1000 Meters (Min. Order)
1000 - 4999 Meters\t>=5000 Meters
$1.20\t$0.80
Shipping $260.00`);
zh('zh-legit-bare-second', false, [], true, `商品名称：硅胶烘焙垫 不粘 40x30cm
价格区间：US $1.20 - 1.80 / 件
最小起订量：500 件
阶梯价：500-1999件 $1.80；2000-4999件 $1.50；≥5000件 $1.20
运费：$95`);
zh('zh-legit-carton', false, [], true, `商品名称：一次性纸杯 8oz
阶梯价：5000-19999件 $0.025；≥20000件 $0.021
最小起订量：5000 件（100 箱，每箱 50 件）
运费：约 $180（按体积计算）`);
en('en-legit-promo', false, [], true, `Ready to Ship In Stock Fast Dispatch
Kids Wooden Puzzle Toy Animal Set
$1.80 - $2.20/ Piece | 100 Pieces (Min. Order)
Sign in for March Expo benefits
- Up to US $20 off shipping
- Get $5 off every $200 spent with PayPal
Samples: $0.00/Piece | 1 Piece (Min. Order)
Shipping $48.00`);
zh('zh-legit-perkg-shipping', false, [], true, `商品名称：不锈钢勺子 餐具
阶梯价：1000-4999件 $0.30；≥5000件 $0.26
最小起订量：1000 件
运费：$4.50/千克（预估，按实际重量）`);
en('en-legit-machine', false, [], false, `CNC Router Machine 1325 Wood Engraving 3 Axis
$12,000.00/ Set | 1 Set (Min. Order)
1 - 4 Sets\t>=5 Sets
$12,000.00\t$11,200.00
Shipping $2,800.00`);
en('en-legit-custom-moq', false, [], false, `Custom Printed Mylar Bags Smell Proof
1000 - 9999 Pieces\t10000 - 49999 Pieces\t>=50000 Pieces
$0.12\t$0.09\t$0.07
1000 Pieces (Min. Order)
Customization: Customized logo(Min. Order: 1000 Pieces) Customized packaging(Min. Order: 5000 Pieces) More >`);
zh('zh-legit-giftbox', false, [], true, `商品名称：陶瓷马克杯 定制logo
SKU 规格与价格：白色 $1.60；黑色 $1.70；礼盒装 $2.40；牛皮纸盒装 $1.90
最小起订量：500 个
运费：$120`);
en('en-legit-capacity', false, [], false, `Glass Food Storage Container with Bamboo Lid
Capacity: 350ml $2.10, 500ml $2.60, 1000ml $3.90
Min. Order: 300 Pieces
Shipping: $210.00`);

en('en-fake-moq-hidden', true, ['moq'], true, `Custom Embroidered Patches Iron On
$0.15 - $0.45/ Piece | 1 Piece (Min. Order)
Note: orders below 500 pieces will not be shipped, please contact us before ordering.`);
zh('zh-fake-moq-hidden', true, ['moq'], true, `商品名称：定制logo 棒球帽
价格区间：$1.80 - $2.60
最小起订量：1 件
说明：少于 1000 件不发货，下单前请联系`);
en('en-fake-unit-title', true, ['price_unit'], true, `Electric Scooter 10 Inch 500W Foldable Adult
$0.35/ Gram
Shipping $60.00`);
en('en-fake-sku-qty', true, ['sku_filler'], true, `Disposable Nitrile Gloves Powder Free
Package :\t\t1 piece\t$0.01\t-\t0\t+
\t\t100 pieces / box\t$4.50\t-\t0\t+
\t\t1000 pieces / carton\t$42.00\t-\t0\t+
\t\t10 boxes\t$44.00\t-\t0\t+`);
zh('zh-fake-ship-perunit', true, ['shipping'], true, `商品名称：手机壳 硅胶 定制
阶梯价：10-99件 $0.50；≥100件 $0.45
最小起订量：10 件
运费：$25.00/件`);
zh('zh-fake-ship-charged', true, ['shipping'], true, `商品名称：瑜伽服套装 女
价格区间：$6.50 - $8.00
最小起订量：50 套
运费：页面运费 $30；实际收取运费 $180`);
en('en-fake-range-gap', true, ['price_range'], true, `Men Leather Wallet RFID Blocking
$0.01 - $35.00/ Piece | 50 Pieces (Min. Order)
50 - 199 Pieces\t200 - 999 Pieces\t>=1000 Pieces
$35.00\t$33.00\t$30.00`);
en('en-fake-sku-placeholder', true, ['sku_filler'], true, `Phone Holder Car Mount Magnetic
Color :\t\tBlack\t$1.85\t-\t0\t+
\t\tSilver\t$1.95\t-\t0\t+
\t\tRose gold\t$1.95\t-\t0\t+
\t\tCustomized\t$9,999.00\t-\t0\t+
Min. Order: 100 Pieces`);
zh('zh-fake-ladder-rise', true, ['price_ladder'], true, `商品名称：陶瓷花盆
阶梯价：1-99件 $2.00；100-999件 $5.00；≥1000件 $8.00
最小起订量：1 件`);

// ---------------- third batch: tables without currency signs, claims in the text, market prices ----------------
en('en-legit-table-usd', false, [], true, `Silicone Kitchen Spatula Set 5 Pieces Heat Resistant
Quantity (Sets)\t1 - 99\t100 - 999\t>= 1000
Price (USD)\t5.00\t4.50\t4.00
Min. Order: 1 Set
Shipping: $18.00 by ePacket`);
en('en-fake-table-usd', true, ['price_ladder'], true, `Stainless Steel Kitchen Knife Set 6 Pieces
Quantity (Sets)\t2 - 99\t100 - 999\t>= 1000
Price (USD)\t25.00\t22.00\t0.80
Min. Order: 2 Sets`);
en('en-fake-claim', true, ['price_range'], true, `Bamboo Cutting Board Large with Juice Groove
$0.10 - $0.30/ Piece | 100 Pieces (Min. Order)
Note: the listed price is for display only, actual price $6.80 per piece, please contact us.`);
zh('zh-fake-claim', true, ['price_range'], true, `商品名称：实木相框 定制
价格区间：$0.01 - $0.05
最小起订量：100 件
备注：页面价格仅供参考，实际单价 $3.20，下单前请咨询`);
en('en-fake-market', true, ['price_range'], true, `2024 New 5G Smartphone 16GB+512GB 7.3 Inch Android Mobile Phone
1 - 99 Pieces\t100 - 999 Pieces\t>=1000 Pieces
$3.50\t$3.20\t$2.90
Shipping $25.00`);
zh('zh-fake-market', true, ['price_range'], true, `商品名称：55寸 4K 智能电视 液晶电视机
价格区间：$2.80 - $3.60
最小起订量：10 台
运费：$120（预估）`);
en('en-legit-market', false, [], true, `Rugged Smartphone 6GB+128GB IP68 Waterproof Android 13
10 - 99 Pieces\t100 - 499 Pieces\t>=500 Pieces
$129.00\t$119.00\t$109.00
Shipping $85.00`);
en('en-legit-phonecase', false, [], true, `Shockproof Clear Phone Case for iPhone 15 Pro Max TPU Cover
100 - 999 Pieces\t1000 - 4999 Pieces\t>=5000 Pieces
$0.45\t$0.38\t$0.32
Color :\t\tClear\t$0.45\t-\t0\t+
\t\tBlack\t$0.45\t-\t0\t+
\t\tPink\t$0.48\t-\t0\t+`);
en('en-legit-keychain', false, [], true, `Ready to Ship Custom Acrylic Keychain Cute Cartoon
$0.15 - $0.25/ Piece | 10 Pieces (Min. Order)
Shipping $12.50`);
en('en-legit-free-sample', false, [], false, `Kraft Paper Stand Up Pouch with Zipper
5000 - 19999 Pieces\t>=20000 Pieces
$0.06\t$0.05
Samples: Free sample, shipping paid by buyer
Shipping $160.00`);

const out = fileURLToPath(new URL('./dev.jsonl', import.meta.url));
writeFileSync(out, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
console.log(`wrote ${items.length} listings to ${out}`);
