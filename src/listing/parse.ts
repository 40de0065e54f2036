// fastEdges: a pattern's word-opening \b under flags iu in the form V8 runs 5-10x faster, same matches (word-edges.ts).
import { fastEdges } from './word-edges.js';
import { freightLaterSaid, statedFloors } from './contradictions.js';
import { barePrices, bareTierRows, numberedRows } from './rows.js';
import { mixedFields } from './mixed.js';
import { HAN_NUMERALS } from '../core/numerals.js';
import type { ListingRules } from './rules.js';
import type { Layout, Money, ParsedListing, Quantity, Shipping, Sku, Tier, Unit } from './types.js';

/**
 * Reads a listing as a rep pastes it (the English product page, or the Chinese seller-backend form) into
 * numbers: headline range, price tiers, MOQ, SKUs, samples, shipping and the order summary. Line by line and
 * regex by regex, so time stays linear in the paste; nothing here judges the listing.
 */

/**
 * A test of a string that remembers its last string and answer. The line loop, readRemarks, the segment reader and the
 * shipping reader each ask the same few questions of the line in hand (is it a sample line, free shipping, a SKU heading,
 * customisation), so half such tests repeated the test just made; each answer is a function of the string alone (the
 * patterns are neither global nor sticky), so the repeat is answered from memory.
 */
function lastAnswer(test: RegExp | ((s: string) => boolean)): (s: string) => boolean {
  const run = test instanceof RegExp ? (s: string) => test.test(s) : test;
  let last: string | null = null;
  let answer = false;
  return (s) => {
    if (s !== last) {
      answer = run(s);
      last = s;
    }
    return answer;
  };
}
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
export const CUR_BEFORE = String.raw`US\s?\$|USD\s?\$?|HK\$|\$|¥|RMB\s?|CNY\s?|€|EUR\s?`;
// "每台15刀": 刀 is the reps' word for a US dollar (not the 刀 of 刀片, 刀具, 刀头: a knife's parts).
export const CUR_AFTER = String.raw`USD|US\s?dollars?|dollars?|美元|美金|刀(?![片具头架柄叉])|元|人民币|RMB|CNY|EUR`;
/** An amount with its currency, before or after it ('US$1.20', '3.5元'); global: reset lastIndex before exec loops. */
// (a number before a currency that another amount follows is a code or size, not an amount: "HLSO 16/20 USD 9.60", "VS1 USD 320")
export const MONEY = new RegExp(String.raw`(${CUR_BEFORE})\s?(${NUM})(万)?|(${NUM})(万)?\s?(${CUR_AFTER})(?![A-Za-z])(?!\s?\d)`, 'gi');

// (a whole number with a word after it is a quantity, "$3.5 - 100 pcs"; an amount with cents is the range's second
// price whatever word follows, "$0.20-0.35 一条", "$1.20 - 1.35 each", and is read whole, never as its "0" or "1.3")
const BARE_SECOND = new RegExp(String.raw`^\s*(?:-|~|to|至)\s*(${NUM})(?![\d,.]|\s*\+|\s*[$¥€])(?<=\.\d+|\d(?!\s*[A-Za-z\p{Script=Han}]))`, 'u');
// The sample field: "Samples: $1", "Samples US$0.01", "Samples" over its price; not an option row named
// "Sample chip 5x5cm $0.02" (that is a SKU, and a filler one).
const SAMPLE_LINE = /^\s*(?:样品|samples?(?:\s+(?:price|cost|fee|order|moq|min\.?|minimum|quantity|lead time|available|policy|freight|shipping)\b)?\s*(?=[:：/(（]|$|(?:US\s?)?[$¥€]|\d))/i;
const isSampleLine = lastAnswer(SAMPLE_LINE);
// "Customized logo", "Custom Logo MOQ", "OEM MOQ", "印logo起订": a line about custom work, not the goods as listed ("Custom
// Logo Phone Case MOQ 1 piece" is a title: the custom words must name the MOQ).
const CUSTOM_LINE = /customi[sz]|\b(?:custom\s+(?:logo|print\w*|packag\w*|labels?|colou?rs?|designs?|boxe?s?)|logo|oem|odm)\s*[:：(]?\s*(?:moq|min\.?\s*order)\b|定制|加logo|印logo/i;
const isCustomLine = lastAnswer(CUSTOM_LINE);
// A sample that is a proof of custom work: its price covers plates, moulds or design, not the goods.
// "(buyer pays courier)", "freight collect", "运费到付": the buyer's own courier carries the sample, so the seller sets
// no freight the sample's cost could hide in.
const FREIGHT_COLLECT = /\bbuyer(?:'s)?\s+(?:pays?|covers?|bears?)\s+(?:the\s+)?(?:courier|freight|shipping|postage|express)|\b(?:freight|courier|shipping)\s+(?:collect|at buyer'?s? (?:cost|expense|account))|(?:运费|快递费?|邮费)\s*(?:到付|买家(?:承担|自付|支付|付))|(?:买家|客户)(?:承担|自付|支付|付)(?:运费|快递费|邮费)/i;
const CUSTOM_SAMPLE = /custom|定制|定做|打样|proof|logo|design|设计|开版|制版|plate|mou?ld|模具|print|印刷|印制|oem|odm|贴牌|refundable|可退|返还|deducted|抵扣|express|DHL|shipping|运费/i;
// Work done to the buyer's order beside the goods as listed: customising, a logo, OEM, dyeing a colour not in stock ("其余颜色
// 染色 MOQ 5万个", "other colours dyed to order, MOQ 50,000"). A minimum on such a line is that work's, not the goods'.
const CUSTOM_WORK = /customi[sz]|定制|染色|\bdye(?:d|ing)?\b|\b(?:other|special|custom|pantone)\s+colou?rs?\b|\bcustom\s+(?:shades?|formula(?:s|tions?)?|scents?|fragrances?|flavou?rs?|designs?|mou?lds?)\b|\b(?:shade|colou?r|formula|mou?ld)\s+development\b|其[余他它](?:颜色|色)|特殊颜?色|贴牌/i;
const namesCustomWork = lastAnswer(CUSTOM_WORK);
// "Small qty price includes printing plate & die-cut mould", "for qty < 1000 we use 3D print / soft tooling", "小批量价格含版费":
// the page says its small-order price carries a set-up cost (plates, moulds, tooling) the larger orders spread thin.
/** The cheap gate before sku.yaml soldAloneNotes: a line that may say the parts are sold on their own. */
const SOLD_ALONE_HINT = /separately|on (?:its|their) own|individually|alone|单独|单卖|单买/i;
const SETUP_HINT = /plate|mou?ld|\bdie|tooling|set-?up|3d|cylinder|screen|engineering|fixture|版|模/i;
// ... or a page that says the set-up is in the price ("cylinder cost included", "plate fee included", "含版费", "模具费已含"):
// spread over the order, it weighs most on the smallest tiers (session 35).
// ... or that the set-up is the main cost of a small run ("mould + setup is the main cost", "setup/engineering/fixture is the
// big part for small runs", "开模费占大头"): the same curve, said by the rep (issue 15, round 40).
// ... or that the set-up is spread thin over the larger orders ("主要是印版费摊薄了", "plate cost 摊薄", "plate + setup is about $250
// fixed so small runs carry it"; round 43).
const SETUP_IN_SMALL = /\b(?:plates?|cylinders?|mou?lds?|dies?|tooling|set-?up|screens?)\s*(?:costs?|fees?|charges?)?\s*(?:is\s+|are\s+)?(?:already\s+)?(?:included|incl\.?|inclusive)\b|(?:版费|模具费|开模费|制版费|开版费|网版费|刀模费)(?:已)?(?:含|包含|包括)|(?:已)?(?:含|包含|包括)(?:了)?(?:版费|模具费|开模费|制版费|开版费|网版费|刀模费)|\b(?:small|low|trial|short|first)\s*(?:qty|quantit(?:y|ies)|orders?|runs?|batch(?:es)?|volumes?)\b[^.\n]{0,60}\b(?:plates?|mou?lds?|dies?|die-cut|tooling|set-?up|3d print\w*|cylinders?|screens?)\b|\b(?:qty|quantit(?:y|ies)|orders?)\s*(?:<|below|under|less than)\s*\d[\d,]*[^.\n]{0,40}\b(?:plates?|mou?lds?|dies?|tooling|set-?up|3d print\w*)\b|(?:小批量|少量|小单|起订档)[^。\n]{0,20}(?:版费|模具|开模|制版|开版|网版|刀模)|\b(?:plates?|mou?lds?|dies?|tooling|set-?up|engineering|fixtures?)\b[^.\n]{0,40}?\b(?:is|are)\s+(?:the\s+|a\s+)?(?:main|big(?:gest)?|major|largest|most)\b[^.\n]{0,20}?\b(?:cost|costs|part|expense|share)\b|(?:版费|模具|开模|制版|开版|网版|刀模)[^。\n，,]{0,12}(?:占大头|是大头|占了?大部分|是主要成本)|\b(?:plates?|cylinders?|mou?lds?|dies?|die[ -]cutting|tooling|set-?up)\b[^.\n]{0,20}?\b(?:gets?|is|are)\s+(?:spread|amorti[sz]ed)\b|(?:版费|印版|模具|开模|制版|开版|网版|刀模|\b(?:plates?|mou?lds?|tooling|set-?up)(?:\s*(?:costs?|fees?))?)[^。\n，,.]{0,8}?(?:摊薄|摊销|分摊|摊到|摊进)|\b(?:small|short|low)\s+(?:runs?|orders?|batch(?:es)?|quantit(?:y|ies)|qty)\s+(?:carry|carries|bear|bears|absorb|absorbs|take|takes|pay\s+for)\s+(?:it|them|the\s+(?:plates?|set-?up|moulds?|molds?|tooling|cost))\b/i;
// "Grade:", "等级：" on a line of its own: the attribute the option rows under it are listed by.
const OPTION_HEADING = /^\s*([A-Za-z\p{Script=Han}][A-Za-z\p{Script=Han} ]{0,20}?)\s*[:：]\s*$/u;
// "Free samples", "swatch card free", "样品免费", "免费寄样": the page gives its samples free, so a $0.01 sample price is the
// free sample's placeholder in the order form, not a sample cost moved into freight.
const FREE_SAMPLE = /\bfree\s+(?:samples?|swatch(?:es)?|colou?r cards?|sample cards?|cuttings?)\b|\b(?:samples?|swatch(?:es)?|swatch cards?|colou?r cards?|sample cards?|cuttings?)\b[^.\n;]{0,30}\b(?:free|free of charge|for free|at no cost|no charge)\b|免费(?:提供)?(?:样品|拿样|寄样|送样|小样|色卡)|(?:样品|小样|色卡|样布)[^。\n；]{0,6}免费/i;
// An option's own weight or length, stated as approximate in its name ("（约 3kg）", "(approx. 2.5 kg)", "~300 m").
const SKU_MEASURE = /(?:约|大约|approx\.?|about|~|≈)\s*\d+(?:\.\d+)?\s*(?:kgs?|千克|公斤|g|克|m|米|meters?|metres?)(?![A-Za-z\d])/i;
const CUSTOM_QTY = /(?:min\.?\s*order|\(\s*min(?:imum)?\.?|moq|起订量?)\s*[:：]?\s*/gi;
// A section heading "Customization" / "定制服务" on a line of its own.
// A product page's price line: an amount (or range) per unit, then "| N units (Min. Order)" ("US $0.009 - $0.012/张 | 1 张(最小起订量)").
const HEADLINE_ROW = /^\s*(?:US\s*)?[$＄]\s*\d[^|\n]*\|\s*\d[\d,]*(?:\.\d+)?\s*[^\s(（|]{0,16}\s*[(（]\s*(?:最小起订量|起订量|min\.?\s*order)/i;
const CUSTOM_HEADING = /^\s*(?:customi[sz]ations?|customi[sz]ation (?:options|fees|costs|charges)|定制(?:服务|费用|选项|说明)?)(?:\s*[(（](?:可选|选配|optional)[)）])?(?:\s*[:：]?\s*$|\s+(?=[A-Za-z\p{Script=Han}])(?![^:：]*[:：])(?!.*\$))/iu;
// A list item under such a heading ("  - 网版费 US$20/色/面", "• 3D 立体绣 +US$0.30/顶"): indented or bulleted.
// An amount added to (or taken off) the goods' price: "+$0.03/支", "+ US$0.20", "加 $0.15", "每款减 $0.005".
const ADD_ON_AMOUNT = /(?:^|[^\d\s])\s*(?:\+|＋|加价?|减)\s*(?:US\s?\$|USD\s?|\$|¥|￥|RMB\s?)\s?\d/i;
// A line that is the MOQ field itself ("最小起订量：…", "MOQ: …").
const MOQ_FIELD_START = /^\s*(?:\(?\s*min\.?\s*order|minimum order|moq\b|最小起订|起订量|起批量|最低起订)/i;
const LIST_ITEM = /^(?:[ \t]+|\s*[-•·*]\s)/;
const CUSTOM_OPTION = /customi[sz]|logo|packag|graphic|print|engrav|embroider|label|colou?r|pattern|size|oem|odm|定制|包装|图案|印|颜色|尺寸|标签/i;
// "Size (4)  >", "Color (3)": the option picker's heading.
const VARIATION_HEADER = /^\s*[A-Za-z\p{Script=Han}][A-Za-z\p{Script=Han} &/-]{0,30}?\s*\(\d{1,3}\)\s*[:：]?\s*(?:>|›|»)?\s*$/u;
// "Glossy White · US $4.62": a name, a middle dot, a price, nothing after.
const DOT_ROW = /^[^·•]{1,80}\s[·•]\s*(?:US\s?\$|\$|¥|€|USD|RMB)\s?\d[\d,]*(?:\.\d+)?\s*(?:\/\s*[A-Za-z\p{Script=Han}]+)?\s*$/u;
const SHIPPING_WORD = /shipping|freight|postage|delivery (?:fee|cost|charge)|logistics? (?:fee|cost|charge)s?|(?:logistics?|remote[- ]area|delivery) surcharges?|remote[- ]area fees?|(?:customs\s+)?clearance fees?|清关费|偏远(?:地区)?费|handling fee|packing fee|运费|邮费|物流费|快递费|配送费|包装费|处理费|出运/i;
// "价格：US$ 0.30/件（不含运费）", "Price: $3.20 (excl. shipping)": a price field that only says freight is not in it.
const SHIPPING_EXCLUDED = /不含运费|不包(?:含)?运费|运费另(?:计|算|付)|\b(?:excl(?:\.|uding|udes?)?|without|not including)\s+(?:the\s+)?(?:shipping|freight)|\b(?:shipping|freight)\s+(?:not included|excluded)/gi;
/** The line names a shipping fee: a price field that only excludes freight from its price does not. */
// "$0.65/pc 包邮 free shipping", "US$3.20 / piece, shipping included": a price per unit that says freight is free or in it.
const PRICE_FIRST = /^\s*(?:US\s?\$|USD\s?|\$|¥|￥|RMB\s?|€)\s?\d[\d,]*(?:\.\d+)?\s*(?:\/|per\s)\s*[\p{L}]/iu;
const SHIPPING_FREE_WORDS = /包邮|免运费|卖家承担运费|free\s+(?:shipping|delivery|freight|postage)|(?:shipping|freight|delivery)\s+(?:included|is free|free)/gi;
// (the line loop, the segment reader and the shipping reader ask about the same line in turn: see lastAnswer)
const namesShipping = lastAnswer(readsShipping);
function readsShipping(line: string): boolean {
  if (PRICE_FIRST.test(line)) return SHIPPING_WORD.test(line.replace(SHIPPING_EXCLUDED, ' ').replace(SHIPPING_FREE_WORDS, ' '));
  // A price field that says freight is in its price ("单价：US $6.90 /条（含运费含税）", "Price: $4.10 incl. shipping") names no fee either.
  return SHIPPING_WORD.test(PRICE_LABEL.test(line) ? line.replace(SHIPPING_EXCLUDED, ' ').replace(SHIPPING_INCLUDED, ' ').replace(SHIPPING_FREE_WORDS, ' ') : line);
}
// (with the terms or the other charges it comes with: "已含 DDP 运费+税", "freight & duty included"; session 35)
const SHIPPING_INCLUDED = /(?:已|价格)?(?:含|包含|包括)\s*(?:国际|DDP|DDU|双清|包税)?\s*(?:运费|邮费|物流费|快递费)(?:\s*[+＋和及]\s*(?:税|税费|关税))?|(?:运费|邮费)(?:已含|已包含|包含在内)|\bincl(?:\.|uding|udes?|usive of)?\s+(?:the\s+)?(?:shipping|freight|postage|delivery)|\b(?:shipping|freight|postage|delivery)(?:\s*(?:&|and|\+|,)\s*(?:duty|duties|tax(?:es)?|customs|insurance))*\s+(?:incl(?:\.|uded)?|is included|are included)/gi;
// "运费模板：", "运费模板：DHL 全球", "Shipping:" with no amount: the rates sit on the lines under it
// ("美国 首件 US$ 268.00 续件 US$ 268.00").
// "Shipping to:" / "Ship to:" / "配送至：" over one row per destination: a freight table, not SKUs.
const METHOD_OFF = /已关闭|已停用|不可选|未开通|\b(?:closed|disabled|unavailable|not available|off)\s*$/i;
// ... also a shipping-method list ("物流方式设置：", "Shipping methods:") and a named template with no colon ("运费模板「偏远-全球」").
const SHIPPING_LABEL = /^\s*(?:预估|预计)?(?:运费模板|运费设置|运费|邮费设置|邮费|物流方式设置|物流方式|配送方式|运输方式|物流设置|物流|配送设置|配送至|发往|shipping(?:\s+(?:fee|cost|template|rates?|settings?|methods?|options?|to))?|ships?\s+to|freight(?:\s+(?:to|template|rates?|settings?))?)\s*[:：]|^\s*(?:自定义)?(?:运费模板|物流模板)\s*[「『“"][^」』”"\n]{1,30}[」』”"]\s*$/i;
// How a freight template charges ("Mode: by weight", "Billing: by volume (LCL)", "计费方式：按重量"): a row of the template with no
// amount of its own; the rate rows under it ("First 1 kg: USD 45", "Per CBM: USD 68", "首重 0.5kg：US$ 9") are freight still.
const CHARGE_MODE = /^\s*(?:(?:charging|billing|charge|calculation|pricing|freight)\s+)?(?:mode|method|basis|type)\s*[:：]\s*(?:by|per|based on)\b|^\s*(?:billing|charged|calculated)\s*[:：]?\s*(?:by|per)\b|^\s*计费(?:方式|模式|规则|类型)?\s*[:：]?\s*按/i;
// The line naming the goods a freight template applies to ("Applied to: …, USD 3.05 / kg", "适用产品：…"): their price.
const APPLIED_TO = /^\s*(?:applie[sd] to|适用(?:于|产品|商品))/i;
// "Shipping cost by quantity (sea, to LA):", "运费参考：", "Freight per order size:": a heading naming freight, nothing after its
// colon. The rows under it are freight for the quantities they name, not price tiers (freight rises with the order).
const SHIPPING_HEADING = /^\s*[^:：$¥€\d]{0,30}?(?:shipping|freight|postage|运费|邮费|物流费?)[^:：$¥€]{0,40}[:：]\s*$/i;
// Labels of fields other than shipping: they end a block of shipping rates ("美国: 首件 US$ 268" does not).
// ("Applied to: <product>, USD 3.05 / kg" under a template names the goods the template ships, at their price.)
const OTHER_FIELD = /^\s*(?:(?:产品|商品)(?:单价|价格|售价)|价格|单价|售价|批发价|阶梯|样品|sku|规格|颜色|尺寸|备注|说明|定制|包装|适用(?:于|产品|商品)|price|unit price|tiers?\b|ladder|fob|sample|colou?r|size|package|packaging|customi[sz]|applie[sd] to\b)/i;
// A field labelled as a one-off fee (a printing plate, a mould, a deposit): its amount is no unit price.
// "模具费 US$35/款 (单款订单 ≥5000 个免收)", "Plate fee $30/color, waived when qty >= 10000pcs": a one-off fee named right
// before its amount; the quantity on its line is when it is waived, not a tier.
// What one pack holds: "100 pcs/box", "36 rolls per carton" (1-3); "carton 1000pcs", "每箱 500 个" (4-6); "每卷 2m×25m (50 ㎡)"
// (7-9, the content in parentheses after the pack's own size).
const PACK_HINT = /每\s*[箱卷盒包袋捆]|\b(?:cartons?|ctns?|box(?:es)?|cases?|rolls?|bags?|packs?|packets?|reels?|spools?|trays?|reams?|jars?)\b/i;
const PACK_CONTENT = fastEdges(/(?<![\d.,])(\d[\d,]*)\s*(pcs|pieces|rolls|sets|pairs|bottles|sheets|boxes|bags|packs|m|meters|metres|yards|个|件|只|片|卷|套|双|张|瓶|盒|袋|米|根|支|条|颗|粒|枚)\s*(?:\/|per\s+|每)\s*(cartons?|ctns?|box(?:es)?|cases?|rolls?|bags?|packs?|packets?|reels?|spools?|trays?|reams?|jars?|箱|盒|卷|包|袋|轴|令)(?![A-Za-z])|(?:\b(cartons?|ctns?|box(?:es)?|cases?)|每\s*(?=[箱卷盒包])([箱卷盒包]))\s*[:：]?\s*(?:约|about|approx\.?)?\s*(\d[\d,]*)\s*(pcs|pieces|rolls|sets|kgs?|kilograms?|tons?|meters?|metres?|liters?|litres?|个|件|只|片|卷|套|双|张|瓶|公斤|千克|吨|米|升)(?![A-Za-z])|每\s*([卷箱盒包])[^，,。;；\n(（]{0,24}[(（]\s*(?:约)?(\d+(?:\.\d+)?)\s*(㎡|平方米|m2|米|m|kg|公斤|个|件|片|张)\s*[)）]/giu);
// A pack's weight: a mass, "net" or a bag's material, then the pack it fills ("25kg net per carton", "50 kg PP bag", "25公斤/袋").
const PACK_MASS_HINT = /kg|kilo|lbs?\b|公斤|千克/i;
const PACK_MASS = /(?<![\d.,])(\d+(?:\.\d+)?)\s*(kgs?|kilograms?|lbs?|公斤|千克)\s*(?:net\s+|n\.?w\.?\s+)?(?:\/\s*|per\s+|each\s+|a\s+|每\s*)?(?:(?:pp|woven|jute|paper|kraft|poly|plastic|vacuum|mesh)\s+){0,2}(cartons?|ctns?|cases?|bags?|sacks?|drums?|barrels?|boxes|box|箱|袋|包|桶)(?![A-Za-z])/giu;
// A sea-freight transit time: "Sea freight to USA, arrives in 3 days", "by sea, 5 days to port", "海运到美国 3天到港"
// (the first day of a range). Not a production or lead time: the days are tied to the voyage's arrival or transit.
const SEA_TRANSIT = /\b(?:sea|ocean)(?:\s+(?:freight|shipping|transport|shipment))?\b[^.\n;。]{0,40}?\b(?:arriv\w*|deliver\w*|transit(?:\s+time)?|reach\w*|at\s+(?:the\s+)?port)(?:\s+(?:door\s+to\s+door|to\s+(?:your\s+|the\s+)?(?:door|port|destination)|worldwide|globally|anywhere))*\s*(?:is\s+|in\s+|within\s+|:\s*)?(?:only\s+|just\s+)?(\d{1,3})\s*(?:-\s*\d{1,3}\s*)?(?:days?|d)\b|\b(?:sea|ocean)(?:\s+(?:freight|shipping))?\b[^.\n;。]{0,30}?\b(\d{1,3})\s*(?:-\s*\d{1,3}\s*)?days?\s+(?:to\s+(?:the\s+)?(?:port|door|destination)|delivery|arrival|transit)\b|海运[^。\n；;]{0,20}?(\d{1,3})\s*(?:-\s*\d{1,3}\s*)?(?:个)?(?:工作)?(?:天|日)(?:内|左右)?(?:全球|全国|门到门|到门)?(?:即可|就能|可)?(?:到港|到达|到货|送达|到门|抵达|到)/i;
// The weight of one unit as shipped: "单位重量：9 kg", "单件毛重：15 kg", "每台重量 11kg", "Single gross weight: 0.5 kg",
// "Unit weight: 2 kg", "each set weighs about 2.5 kg". A carton's or a pallet's weight is not one unit's.
const UNIT_WEIGHT = /(?:单位重量|单(?:件|个|台|套|把|只|辆)(?:毛重|重量|净重)|每(?:件|个|台|套|把|只|辆)(?:毛重|重量|重)|\bsingle (?:gross |net )?weight|\bunit (?:gross )?weight|\b(?:gross )?weight per (?:unit|piece|pc|set|item)|\beach (?:piece|unit|set|pc|item) weighs)\s*[:：]?\s*(?:约|about|approx\.?|around|~)?\s*(\d+(?:\.\d+)?)\s*(kgs?|公斤|千克|g|克)(?![A-Za-z])/i;
// A full stop that ends a sentence (not the one of "approx. $18" or "est. 5 days"), or a Chinese one or a semicolon.
const SENTENCE_END = /(?<!\b(?:approx|est|ca|abt|appr|no))\.(?=\s)|[。；;]/gi;
// A freight rate for each further step of weight, just before its amount ("续重每 0.5kg ", "additional 0.5 kg: ").
const STEP_WEIGHT_BEFORE = /(?:续重|每续|每增加|additional|each|every|per)\s*(?:每\s*)?(\d+(?:\.\d+)?)\s*(kgs?|公斤|千克|g|克|lbs?)\s*[:：]?\s*(?:收|加收)?\s*(?:US\s?)?$/i;
// "Printing: Digital up to 5000pcs / Gravure above (cylinder fee $80/color)": a fee named in brackets after an option's
// words is a remark on the option, not an option priced at the fee.
const FEE_IN_BRACKETS = /[（(][^)）\n]*(?:\b(?:fee|cost|charge)s?\b|费)[^)）\n]*(?:US\s?\$|\$|¥|€|USD|RMB)\s?\d[^)）\n]*[)）]/i;
// (the amount may follow in brackets as an approximation: "含刀版+印版费（约 $450）")
const FEE_AMOUNT = /(?:版费|模具费|开模费|制版费|菲林费|网版费|刀模费|打样费|\b(?:plate|mou?ld|setup|set-up|tooling|film|screen|die|cylinder)\s+(?:fee|cost|charge)s?)\s*[:：]?\s*[（(]?\s*(?:约|大约|约为|about|approx\.?|approximately|around|~|≈)?\s*(?:US\s?\$|\$|¥|€|USD|RMB)\s?\d/i;
const FEE_LABEL = /^\s*[^:：\d$¥€]{0,30}\b(?:fee|cost|charge|deposit|plate|mou?ld|setup|tooling)s?\b[^:：\d$¥€]{0,10}[:：]|^\s*[^:：\d$¥€]{0,12}(?:版费|模具费|开模费|制版费|押金|定金|费用)[^:：\d$¥€]{0,6}[:：]/i;
// A labelled field that is not a freight rate ("印刷版费：US$ 80", "货值：US$ 520", "Sample cost: $5"): it ends a block of
// rates under "运费模板：", whose own lines are labelled by destination or carrier ("美国: 首件 US$ 268").
const NON_RATE_LABEL = /费|价|量|值|计|样|备注|包装|名称|定制|版|模具|\b(?:price|fee|cost|total|goods|subtotal|sample|note|packag\w*|custom\w*|moq|order|mou?ld|plate|setup)\b/i;
function otherFieldLabel(line: string): boolean {
  const m = /^\s*([^:：$¥€\d]{1,16})[:：]/.exec(line);
  return Boolean(m && NON_RATE_LABEL.test(m[1]!) && !SHIPPING_WORD.test(m[1]!));
}
// "（毛重约 35kg）", "gross weight 12 kg": the weight a shipping fee is for.
// The content of the container or pallet a freight is for, in brackets after its amount: "US$ 2,900 / 20GP（约 900 只，危险品）",
// "$1,850 per 40HQ (approx. 2,400 pcs)".
const QTY_AFTER_FEE = /^\s*(?:(?:\/|per|每)\s*(?:\d{2}\s*(?:GP|HQ|ft|'|’)|[24]0\s*尺|整?柜|货柜|containers?|pallets?|托)\s*)?[(（]([^)）]{1,40})[)）]/i;
const SHIP_WEIGHT = /(?:毛重|重量|gross weight|weight|\bG\.?\s?W\.?|重)\s*[:：]?\s*(?:约|approx\.?|about|~)?\s*(\d+(?:\.\d+)?)\s*(kgs?|千克|公斤|g|克|lbs?)(?![A-Za-z])/i;
// "Shipping: US$ 98.00 (estimated, 60 kg)", "（约 41kg，海运）": a weight in the shipping field's parentheses, unlabelled.
const SHIP_WEIGHT_IN_PARENS = /[(（][^)）]*?(?:约|approx\.?|about|~)?\s*(?<![\d.,/])(\d+(?:\.\d+)?)\s*(kgs?|千克|公斤)(?![A-Za-z\/])[^)）]*[)）]/i;
// "$25.00/ctn -> $85.00/ctn", "运费 20 改为 80": the fee shown, then the fee charged.
const SHIPPING_CHANGED = /^\s*(?:->|→|=>|⇒|改为|改成|调整为|调成|changed to|raised to|increased to)\s*$/i;
// (a shipping field that names its method after the fee, "Shipping: $40 (Shipping method 2)", "Shipping  $268.00 (Seller's
// Shipping Method 1)", is the fee)
const SHIPPING_NOT = /off shipping|(?<!^\s*shipping(?:\s+(?:fee|cost|charges?|rate))?(?:\s+to\s+[A-Za-z][A-Za-z .]{0,30})?(?:\s*[:：]|\s+(?:US\s?)?[$¥€]\s?\d).*)shipping method|free shipping (?:over|on|for orders)|满.{0,8}(?:免|包)邮|shipping discount|lead time|运费模板[:：]?\s*$/i;
const CHARGED = /actual(?:ly)?|charged|(?:seller|supplier)[- ]?(?:modified|adjusted|changed)|after (?:the )?(?:order|ordering|purchase)|改价|下单后|拍下后|(?:changed|raised|increased)\s+(?:the\s+)?(?:shipping|freight)|改(?:了)?运费|运费改(?:为|成)|修改(?:了)?运费|加收|at checkout|invoiced?|billed|real|final|collected|re-?quoted|re-?calculat\w*|after payment|实际|实收|结算|收取|补收|补齐|到付|付款后|重新/i;
// Freight changed once the order is placed or paid: "after you place the order we will modify freight", "after payment we
// send a modify-price request adding $6", "下单后改运费", "付款后再加运费".
// A fee the buyer is billed apart from the checkout, after paying or ordering ("DHL US$30 per piece will be invoiced after you
// pay", "+US$80 per order, charged separately after payment", "a clearance fee of US$20 per order is paid to us after checkout",
// "后面会单独收运费（每台15刀）", "差价另外补付"): freight charged above what the page publishes, whatever the page calls it.
const LATE_CHARGE = /\b(?:charged|billed|invoiced|added|collected|paid)\b[^.\n;]{0,30}?\b(?:after|once|upon)\s+(?:you\s+|the\s+buyer\s+)?(?:pay|paying|payment|checkout|order(?:ing)?|the\s+order|placing|confirm\w*)|\b(?:charged|billed|invoiced)\s+separately\b|(?:付款|下单|拍下|成交|发货)后[^。\n；;]{0,16}?(?:另|单独|再|补)(?:收|付|补|加)|(?:后面|之后|事后)[^。\n；;]{0,6}(?:单独|另外|再)收|单独收(?:取)?(?:运费|邮费)|差价(?:另外|另行|由买家|需)?补(?:付|交|收|拍)/i;
// ... said not to happen ("不会另收", "no extra charge after payment", "差价退还").
const LATE_NOT = /不会|不再|无需|不用|不另|不补|无(?:任何|额外|附加|其他)|退还|多退|\b(?:no|never|nothing)\b|\bwon'?t\b|\bwill\s+not\b|\brefund/i;
// "every unit is charged US$45", "each piece will be billed": the fee after it is per unit of the goods.
const EVERY_UNIT_CHARGED = /\b(?:every|each)\s+([a-z]+)\s+(?:is|will\s+be|gets?)\s+(?:charged|billed|invoiced)\s*(?:at\s+)?$/i;
// The page says the freight is worked out again after the order and the buyer pays the difference ("发货后按体积重重新计算，差价另外
// 补付", "re-weighed at the warehouse, the difference is billed after payment"): whatever fee it shows, more is charged.
const FREIGHT_TOP_UP = /差价[^。\n；;]{0,6}?(?:另外|另行|由买家|需|再)?补(?:付|交|收|拍)|补(?:运费|邮费)?差价|重新(?:计算|核算|称重)[^。\n；;]{0,12}?(?:另收|另付|补收|补付)|\b(?:pay|bill|charge|invoice)\w*\s+(?:you\s+|the\s+buyer\s+)?(?:for\s+)?the\s+(?:freight\s+|shipping\s+)?difference|\bdifference\s+(?:is\s+|will\s+be\s+)?(?:billed|charged|invoiced|paid|collected)|\bre-?(?:calculated|weighed|quoted)\b[^.\n;]{0,40}\b(?:billed|charged|invoiced)\s+(?:to\s+you\s+)?(?:after|separately)/i;
// The sentences of a line (up to a full stop); those naming customisation work are blanked before an MOQ is read in passing,
// unless they say stock orders start there too (STOCK_TOO).
const CUSTOM_SENTENCES = new RegExp(String.raw`(?:[^.。；;!！?？\n]|\.(?!\s+[A-Z]|\s*$))*(?:${CUSTOM_WORK.source})(?:[^.。；;!！?？\n]|\.(?!\s+[A-Z]|\s*$))*[.。；;!！?？]?`, 'gi');
// A line under a customisation label ("定制服务：", "Customization:"): every sentence of it is about the custom work.
const CUSTOM_LABEL = /^[^:：\n]{0,16}(?:定制|customi[sz])[^:：\n]{0,16}[:：]/i;
const STOCK_TOO = /现货(?:与|和|及|、|或|跟)定制|(?:现货|库存|大货)[^。\n]{0,6}(?:均|都|一律|同样)|一律|所有订单|任何订单|\bstock\s+(?:and|&|or)\s+custom|\b(?:both|all|any|every)\s+(?:stock\s+|standard\s+)?orders?\b|\bstock\s+or\s+custom/i;
// An order value the seller says orders must reach ("Minimum order USD 2,000", "新客户首单金额须满 USD 3000", "orders under $500
// will be refunded"): with the dearest price on the page, a minimum quantity. Right before the amount; `refusal` after it
// for the "orders under" form. Thresholds for free shipping or discounts are no minimum.
const MIN_VALUE_BEFORE = /(?:\bmin(?:imum)?\.?\s*(?:order|purchase)(?:\s*(?:value|amount|total|size))?|\b(?:first\s+|each\s+|every\s+)?orders?\s+(?:must|need\s+to|has\s+to|have\s+to|should)\s+(?:be\s+|reach\s+|total\s+)?(?:at\s+least|over|above|min(?:imum)?\.?)?|(?:首单|订单|单笔|起订|最低|最小|每单)(?:订单)?(?:金额|总额|总价|货值)[^。\n，,]{0,4}?(?:须|需|要|必须)?(?:满|达到|不低于|不少于|至少|最低|≥|>=)?)\s*(?:is|of|:|：|=)?\s*$/i;
const UNDER_VALUE_BEFORE = /\b(?:orders?|purchases?)\s+(?:under|below|less\s+than)\s*$|(?:不满|不足|低于|少于|不到)\s*$/i;
const VALUE_REFUSED = /^[^.。；;\n]{0,30}?(?:\b(?:refunded|not\s+(?:accepted|shipped|produced|processed)|cannot\s+be\s+(?:accepted|shipped|produced|processed)|(?:will\s+be\s+)?(?:cancell?ed|rejected|declined))\b|不发|不接|不做|不生产|无法|不予|取消)/i;
const VALUE_NOT_MOQ = /free\s+(?:shipping|delivery)|包邮|免运费|免邮|discount|coupon|off\b|优惠|折扣|减|返/i;
// An amount per order or shipment: a fee, never the price of a variant.
const PER_ORDER_AFTER = /^\s*(?:\/\s*(?:单|票|订单|order|shipment)(?![A-Za-z])|(?:per|each)\s+(?:order|shipment)\b|每单)/i;
// A courier or a fee named without the word freight ("DHL US$30 per piece", "a clearance fee of US$20"): with LATE_CHARGE, freight.
const COURIER_FEE = /\b(?:DHL|FedEx|UPS|TNT|EMS|express|courier|fees?|surcharges?)\b|快递|顺丰|运费|邮费|费/i;
const CHANGED_AFTER_ORDER = /\bafter\s+(?:you\s+|the\s+buyer\s+)?(?:place|places|placing|pay|pays|paying|payment|the\s+order|ordering|checkout)\b[^.\n;]{0,40}?\b(?:modify|modifies|modified|change|changes|changed|adjust|adjusts|adjusted|add|adds|added|adding|raise|raised|charge|charges|charged|re-?calculate|re-?calculates|re-?calculated)\b|(?:下单|付款|拍下|成交)后[^。\n；;]{0,12}?(?:改|修改|调整|加|补|另收)/i;
const PUBLISHED = /published|listed|shown|on the page|displayed|template|发布|标注|页面|显示|公示|标价|模板/i;
// Parts of a shipping field that are not the fee: the goods value and the total of the order summary.
const GOODS_PART = /^\s*(?:goods(?:\s*value)?|(?:item\s*)?subtotal|details|product(?:s)?\s*(?:value|total)|货值|货款|商品金额|商品总价|小计|明细|详情)\s*[:：]?/i;
// An order summary on one line, "20 Pieces  Details $112.00  Shipping $0.00  Total $112.00" (明细 / 运费 / 合计): it is cut
// at each label, so the goods' amount is not read as the freight of the line that names shipping.
// (详情 is how the Chinese page labels the same row: "100 片  详情  US $18.00   运费 US $0.00   合计 US $18.00")
const SUMMARY_GOODS = /\b(?:details|(?:item\s*)?subtotal|goods\s*value)\b|明细|详情|货值|货款|小计|商品总价|商品金额/i;
const SUMMARY_TOTAL = /\btotal\b|合计|总计|总价/i;
// ... and one whose goods amount follows the quantity with no label: "20 Pieces  $90.00  Shipping $0.00  Total $90.00",
// "30 个  $58.50   运费 $0.00   合计 $58.50".
const QTY_LED_SUMMARY = /^\s*\d[\d,]*\s*[A-Za-z\p{Script=Han}]{1,12}\s+(?:US\s?)?(?:\$|USD\s?)\s*\d[\d,.]*\s+(?:shipping(?:\s*fee)?|freight|运费)/iu;
const SUMMARY_LABEL = new RegExp(`${SUMMARY_GOODS.source}|\\b(?:shipping(?:\\s*fee)?|freight)\\b|运费|${SUMMARY_TOTAL.source}`, 'gi');
const TOTAL_PART = /^\s*(?:total|order total|合计|总计|总价|共计)\s*[:：]?/i;
// "满US$200免运费", "包邮门槛：满 30 美元", "Free shipping on orders over $50", "orders above $99 ship free": the amount is the
// order value that earns free shipping, not a fee, price or SKU of the product.
const FREE_OVER = /满\s*(?:US\s?\$|USD|\$|¥|￥|RMB|€)?\s*\d[\d,.]*\s*(?:美元|美金|元|刀|USD|欧元)?\s*(?:即|就|可|才)?\s*(?:包邮|免运费|免邮|包运费|免费(?:发货|配送))|(?:包邮|免运费|免邮)(?:门槛|条件)?\s*[:：]?[^。\n]{0,8}满\s*(?:US\s?\$|USD|\$|¥|￥|RMB|€)?\s*\d|\bfree\s+(?:shipping|delivery|freight|postage)\s+(?:on\s+|for\s+)?(?:all\s+|any\s+)?(?:orders?\s+|purchases?\s+)?(?:over|above|from|of|at least|exceeding|>=?|≥)\s*(?:US\s?|USD\s?)?[$€¥]|\b(?:orders?|purchases?)\s+(?:over|above|of|from|exceeding)\s+(?:US\s?|USD\s?)?[$€¥]\s*\d[\d,.]*\s*\+?\s*(?:ships?|get|gets|qualify|qualifies|enjoy|enjoys?)\s+(?:for\s+)?free/i;
// "约 $0.016", "≈ $1.44", "approx. US$2": an amount worked out, not one set.
const APPROX_BEFORE = /(?:约|大约|≈|~|～|approx\.?|about|around|roughly)\s*(?:US\s?|USD\s?)?[$¥€]?\s*$/i;
// "1 x 20GP", "1×40' HQ", "1 x 20ft = 25 MT": a count of containers, the container named by its size alone or its type.
// ("1x20FCL", "1 个 20尺冷柜": a full container load or a reefer named by its size is a container too; a Chinese count may
// carry its measure word before the size)
const CONTAINER_COUNT_AFTER = /^\s*(?:[x×*]|个|只)\s*(?:20|40|45)\s*(?:(?:'|ft|尺|呎|-foot)?\s*(?:gp|hq|hc|dc|ot|fr|fcl|reefer|container|柜|冷柜|冷藏柜|冻柜|货柜|集装箱)|(?:'|ft|尺|呎|-foot)(?![A-Za-z]))/i;
const CONTAINER_FEET_AFTER = /^\s*(?:'|ft|尺|呎|-foot)\s*(?:hq|hc|gp|dc|fcl|high[- ]?cube|standard|dry|reefer|container|cntr|柜|冷柜|冷藏柜|冻柜|集装箱|货柜)/i;
const CONTAINER_SIZE_AFTER = /^\s*(?:hq|hc|gp|dc|fcl|high[- ]?cube|standard|dry|reefer|container|cntr|柜|冷柜|冷藏柜|冻柜|集装箱|货柜)/i;
// "Shipping: Free*", "运费：免费": a shipping field whose value is the word free.
const FREE_SHIPPING = /包邮|免运费|卖家承担运费|free shipping|shipping included|shipping is free|^\s*(?:shipping|freight|delivery|postage)(?:\s+(?:fee|cost|charges?))?\s*[:：]\s*free\b|^\s*(?:运费|邮费)\s*[:：]\s*(?:免费|0\s*元)/i;
const saysFreeShipping = lastAnswer(FREE_SHIPPING);
// "运费下单后另算", "付款后补运费", "freight will be charged separately after you place the order": freight the buyer learns
// of only once the order is placed or paid, whatever the page showed.
const FREIGHT_AFTER_ORDER = /(?:运费|邮费)[^。\n；;]{0,6}(?:下单|付款|拍下|成交)后|(?:下单|付款|拍下|成交)后[^。\n；;]{0,16}(?:运费|邮费)|(?:再|另外?|单独|额外)[^。\n；;,，]{0,4}加[^。\n；;,，]{0,3}(?:运费|邮费)|\b(?:add|adds|added|adding|charge|charges|bill|bills|invoice|invoices)\s+(?:the\s+|extra\s+)?(?:freight|shipping|postage)\b[^.\n;]{0,20}?\b(?:after|once|upon)\s+(?:(?:the\s+)?(?:buyer|customer|they|you)\s+)?(?:pays?|paying|payment|orders?|ordering|the\s+order|checkout|placing)|补(?:运费|邮费)|\b(?:freight|shipping|postage)\b[^.\n;]{0,40}\b(?:charged|billed|invoiced|added|collected|quoted)\b[^.\n;]{0,20}\b(?:after|when|once|upon)\s+(?:you\s+)?(?:place|placing|pay|paying|the\s+order|order|payment|checkout)|\bafter\s+(?:you\s+)?(?:place|placing|pay)\b[^.\n;]{0,30}\b(?:charge|bill|invoice|add)\b[^.\n;]{0,10}\b(?:freight|shipping|postage)\b/i;
// "shipping cost on page is not real", "page freight can not be used", "we will send you the real freight after you order",
// "运费页面显示不准", "下单后补运费差价", "港口杂费、包装费另计，下单后补": the page's own words say the freight it shows is not
// what the buyer will pay.
const FREIGHT_NOT_REAL = /\b(?:shipping|freight|postage|delivery)(?:\s+(?:cost|fee|price|charge|rate)s?)?(?:\s+(?:on|in)\s+(?:the\s+)?(?:page|listing|site)|\s+(?:shown|displayed|listed|here))?\s+(?:is|are)\s+(?:not|never)\s+(?:the\s+)?(?:real|accurate|correct|actual|final|true)\b|\b(?:page|displayed|shown|listed|website)\s+(?:shipping|freight)\s+(?:can\s*not|cannot|can't|could not|is not|isn't)\s+(?:be\s+)?(?:used|valid|real|accurate)|\b(?:send|tell|quote|charge|bill|invoice)\s+(?:you\s+)?(?:the\s+)?(?:real|actual|true|final)\s+(?:freight|shipping)|\b(?:real|actual|true)\s+(?:freight|shipping)(?:\s+(?:cost|fee|price))?\s+(?:will\s+be|is)\s+(?:re-?)?(?:charged|billed|sent|quoted|added|calculated)|运费[^。\n；;]{0,6}(?:不准|不真实|不对|无效|仅供参考|不能用|不作数)|(?:页面|显示)的?运费[^。\n；;]{0,4}(?:不准|不真实|不对|无效|不能用|不作数)|补(?:运费|邮费)差价|(?:另计|另收|另付|另算)[^。\n；;]{0,20}(?:下单|付款|拍下)后(?:补|付|收)|(?:下单|付款|拍下)后(?:再)?补(?:收|付)?[^。\n；;]{0,10}(?:运费|杂费|费用)/i;
// Every sentence FREIGHT_NOT_REAL or FREIGHT_AFTER_ORDER reads names a freight, a fee or a make-up payment (补).
// "实际运费一般是系统的3倍左右", "real shipping is about 2x the listed freight", "final freight is 3x the displayed amount",
// "按显示金额的三倍收", "twice the published fee": the freight charged, as a multiple of the one shown (the amount shown
// named by what it is, a freight, a fee or an amount; the factor in digits, Chinese numerals or a word).
const FREIGHT_MULTIPLE = /(?:系统|页面|模板|显示|发布|标注|公示)(?:上)?的?(?:运费|邮费|金额|费用|价格)?的?\s*(?:约|大约)?\s*(\d+(?:\.\d+)?|[两二三四五六七八九十])\s*倍|(?:(?<![\d.])(\d+(?:\.\d+)?)\s*(?:x|×|times)|\b(twice|double|triple|three times|four times|five times))\s+(?:of\s+)?(?:the\s+|what\s+is\s+)?(?:system|page|template|listed|shown|published|displayed|website|quoted|advertised|stated)(?:'s)?\s+(?:freight|shipping|postage|amount|fee|rate|figure|one)/i;
const FACTOR_WORDS: Record<string, number> = { ...HAN_NUMERALS, twice: 2, double: 2, triple: 3, 'three times': 3, 'four times': 4, 'five times': 5 };
/** A factor as FREIGHT_MULTIPLE reads it: digits, a Chinese numeral or an English word. */
function factorOf(word: string): number {
  return FACTOR_WORDS[word.toLowerCase()] ?? Number(word);
}
// Free shipping contradicted on the same page: the buyer pays the freight anyway ("Freight collect", "运费到付", "DHL到付，买家收货时付", "shipping
// paid by buyer"), or a per-order fee is added on top at checkout ("每单另收操作费$35，结算时加入", "handling fee added at
// checkout"). Read only beside free shipping, and not on a line that limits it (samples, remote areas: FREE_SCOPE).
const FREIGHT_ON_BUYER = /运费到付|到付运费|(?:DHL|UPS|FedEx|TNT|EMS|快递|顺丰|物流)\s*到付|(?:买家|客户|买方)收货(?:时|后)(?:再)?(?:付|支付)|\b(?:DHL|UPS|FedEx|TNT|courier)\s+(?:freight\s+)?collect\b|(?:运费|邮费)\s*(?:由)?(?:买家|客户|买方)(?:承担|自理|支付|自付|付)|\bfreight\s+collect\b|\b(?:buyers?|customers?|consignees?)\s+(?:pays?|bears?|covers?)\s+(?:the\s+|all\s+)?(?:freight|shipping|postage)\b|\b(?:freight|shipping|postage)\s+(?:is\s+)?(?:paid|borne|payable|covered)\s+by\s+(?:the\s+)?(?:buyers?|customers?|consignees?)\b|\bbuyers?\s+pays?\s+on\s+delivery\b/i;
const FEE_ON_TOP = /(?:另|额外|加|还)(?:收|加收|收取)[^。\n；;]{0,8}?(?:操作费|手续费|处理费|服务费|打包费|包装费)|(?:操作费|手续费|处理费|服务费|打包费)[^。\n；;]{0,16}?(?:结算|下单|付款)(?:时|后)\s*(?:加入|加收|另收|收取|补)|\b(?:handling|service|processing|packing|operation)\s+(?:fees?|charges?)\b[^.\n;]{0,40}?\b(?:added|charged|collected)\s+(?:at|on|after)\s+(?:the\s+)?(?:checkout|payment|order)\b/i;
const FREIGHT_HINT = /shipping|freight|postage|delivery|collect|运费|邮费|费|补|到付/i;
// "Shipping price includes 'product adjustment fee'", "运费含商品差价": part of the goods' price moved into the freight.
const SHIPPING_HOLDS_PRICE = /\b(?:shipping|freight|postage)\b[^.\n;]{0,30}\b(?:includ\w*|contains?|covers?)\b[^.\n;]{0,12}(?:product|goods|item|price)\s*(?:adjustment|difference|cost|price|balance)|(?:运费|邮费)[^。\n；;]{0,6}(?:含|包含|包括)[^。\n；;]{0,6}(?:商品差价|货款|商品费|产品差价|调价费|差价)/i;
const FREIGHT_WORD = /运费|邮费|freight|shipping|postage/i;
const PRICE_WORD = /price|价/i;
// Words every MOQ_NOT_REAL match holds ("moq", "min", 起订, 起批), and with PRICE_WORD's and these, every DISCLAIMER match.
const MOQ_HINT = /moq|min|起订|起批/i;
const DISCLAIMER_HINT = /实际|真实/;
const FREE_SCOPE = /样品|大货|其他|其它|偏远|以外|除|海岛|\b(?:samples?|bulk|other|remote|outside|except|islands?|surcharge)\b/i;
// "Seller covers freight" is not "over": whole words only. ("for orders > US$1,000", "orders ≥ $500": a sign says it too.)
const FREE_CONDITIONAL = /满|\bover\b|\babove\b|orders? (?:of|from)|以上|\b(?:more than|exceeding|at least)\b|[>≥＞≧]/i;
// An amount a shipping line names as the order value that earns free shipping ("Free shipping (promotion, orders above
// US$ 300)", "for orders > US$1,000", "满 US$ 100"): read on a line with free-shipping words, it is no fee.
const THRESHOLD_BEFORE = /(?:满|\b(?:over|above|exceeding|more than|at least)|[>≥＞≧]=?)\s*$/i;
// An amount a freight sentence names as the goods' price or other sellers' ("product price is $7.90 per piece vs competitors
// ~$5.50 + shipping"): no fee of this listing's.
const NOT_FEE_BEFORE = /(?:\b(?:product|goods|item|unit|selling)\s+price|商品价格?|产品价格?|货价|单价)\s*(?:is|was|of|at|[:：=为是])?\s*(?:only\s+|just\s+)?$|(?:\b(?:competitors?|other sellers?|peers?)\b|同行|别家|其他商家)[^$¥€￥\d\n]{0,12}$/i;
const CONTAINER = /container|货柜|[尺呎]柜|\b(?:20|40)\s*(?:GP|HQ|ft|')|\bFCL\b/i;
// "Sold as kits. Price shown per single item.", "整套销售不拆卖，标价为单颗价格": the unit price is not what anyone can buy.
// "1 set = 300 LEDs": the set is what is sold, the parts are what it holds.
export const SOLD_BY_SET = fastEdges(/(?:sold|supplied|sells?|sale)\s+(?:only\s+)?(?:as|by|in)\s*:?\s+(?:the\s+|a\s+|whole\s+)?(?:complete\s+|full\s+|whole\s+)?(?:\d+(?:\.\d+)?\s*-?\s*(?:ml|l|g|kg|oz|pcs|pieces?|pc)\s+)?(?:kits?|sets?|sheets?|reams?|cartons?|box(?:es)?|rolls?|reels?|spools?|coils?|packs?|cases?|bottles?|jars?|tubes?|cans?|sachets?)\b|\b1\s*(?:set|kit|box|pack)\s*=\s*\d|(?<![\d.])(?:1|一)\s*套\p{Script=Han}{0,4}\s*[=＝]\s*\d+\s*(?:个|件|只|片|支|颗)|整(?:套|箱|卷|盒|包|令)(?:销售|出售|发货|出货|卖)|不拆(?:卖|售|零)|不单(?:卖|售)/iu);
// "sold by the wig only", "only sold by the slab", "no half wig", "整片出售", "不零切": the goods are sold as whole items; the
// captured noun (1-3) says by what, and judge.ts leaves out units of measure ("sold by the kg only").
// "整箱发货，不拆箱，不零售", "按箱发 less than 1 carton 不发", "we do not sell single treadmill", "no split cartons": the page
// refuses to sell less than a whole pack, in any wording; with the pack's content stated, the real MOQ is one pack.
export const NO_SPLIT = /不拆(?:箱|包|盒|件|卖|售|零|开)|不(?:零售|零卖|散卖|单卖|单售|单发)|(?:不足|少于|低于|不满)\s*(?:一|1)\s*(?:整)?(?:箱|盒|包|件|套|批)[^。\n；;，,]{0,6}?不(?:发|卖|接|出)|\bless than\s+(?:1|one|a)\s+(?:full\s+|whole\s+)?(?:cartons?|box|case|pack|set|lot)\b[^.\n;]{0,25}?(?:\bnot\b|\bno\b|won't|不)|\b(?:no|not|never|don't|do not|won't|will not|cannot|can't)\s+(?:split|break|open)\s+(?:the\s+|a\s+)?(?:cartons?|box(?:es)?|cases?|packs?)\b|\bno\s+(?:split|broken|partial)\s+(?:cartons?|cases?|box(?:es)?|packs?)\b|\b(?:do not|don't|does not|doesn't|never|won't|will not|cannot|can't)\s+(?:sell|ship|supply)\s+(?:a\s+|one\s+|any\s+)?(?:single|loose|individual)\b|\bnot\s+(?:sold|shipped|available)\s+(?:individually|singly|loose|one by one|by the piece)\b/i;
export const SOLD_WHOLE = /\b(?:sold|sells?|sale)\s+(?:only\s+)?(?:by|as|per)\s+(?:(?:the|a|an|one|whole|complete|full)\s+)+([a-z]+)\s+only\b|\bonly\s+(?:sold|sells?)\s+(?:by|as|per)\s+(?:(?:the|a|an|one|whole|complete|full)\s+)+([a-z]+)|\bno\s+half\s+([a-z]+)|整(?:片|张|块|件|条|台|顶|只|瓶|支|个|本)(?:出售|销售|卖|起售|发货)|不(?:零切|分切|切割出售|零卖|拆卖|拆开卖|拆分出售|零剪|剪米|剪卖|裁剪出售)|\bno\s+cutting\b|\b(?:do not|don't|won't|will not|cannot|can't|never)\s+cut\s+(?:to\s+length|the\s+(?:roll|reel|coil|cable)s?|by\s+the\s+(?:meter|metre|yard))/i;
// "1 piece = 1 chain link", "1 pc = one crystal bead", "1件=1颗水晶": the page defines the piece it prices as one part of the
// goods; the part's name (its last word, or the Chinese noun after the measure word) is captured, a currency is not.
// ... and "'Set' = 4 valve stems" under a tyre: a set defined as several parts (group 5), which the judge reads the same way
// ("Set = 4 tyres" under a tyre names the goods; "1 set = 9 pieces" is a count, not a part).
// (a ball, skein, cone or bottle is a whole pack of the goods, "Each piece = 1 ball 50g" of yarn: no part of them; round 42)
export const PIECE_IS_PART = fastEdges(/\b(?:1\s*)?(?:piece|pc|pcs|unit)\s*=\s*(?:1|one)\s+(?:single\s+)?(?!(?:box|set|kit|pack|carton|case|bag|ream|roll|sheet|dozen|bundle|pair|ball|skein|hank|spool|cone|reel|bottle|jar|tube|can|tin|bar|usd|us|dollar|yuan|rmb|cny|eur|euro)e?s?\b)((?:[a-z]{3,}\s+){0,2}[a-z]{3,})|(?<![\d.])(?:1|一)\s*(?:件|个|只|片|套)\s*[=＝]\s*(?:1|一)\s*(?:颗|粒|节|片|根|条|个|只)?\s*(?!美金|美元|元|人民币|刀|欧元|箱|套|盒|包|袋|卷|双|对|打|团|球|瓶|罐|桶|筒|轴)(\p{Script=Han}{1,4})|\bprice\s+(?:is\s+)?(?:based\s+on|calculated\s+(?:on|by|per|for)|reckoned\s+(?:on|per))\s+(?:one|a|an|the|each|single)\s+(?!(?:piece|pc|unit|item|set|kit|box|carton|case|pack|bag|pair|kg|kilo\w*|gram|ton|tonne|met(?:er|re)|order|quantity|weight|size|market|current)e?s?\b)((?:[a-z]{3,}\s+)?[a-z]{3,})|(?:单价|标价|价格|报价)(?:是|为)?按(?:单|每|一)?(?:个|件|只|把|支|片|根)?\s*(?!重量|数量|面积|长度|体积|尺寸|实际|市场|米|克|公斤|千克|吨|平方|立方|件|个|套|箱|盒|包|斤|码|规格|订单|行情)(\p{Script=Han}{2,4}?)(?:的(?:单价|价格))?(?:计算|计价|算|标|报)|['"‘’“”]?\b(?:1\s*)?(?:set|kit)['"‘’“”]?\s*=\s*(?:[2-9]|[1-9]\d{1,3})\s+(?!(?:pieces?|pcs|units?|items?|sets?|kits?|box(?:es)?|packs?|cartons?|bags?|pairs?)\b)((?:[a-z]{3,}\s+){0,2}[a-z]{3,})/iu);
// "Price per nail tip", "price listed per LED bead": a price per something other than the set, box or pack sold.
export const PRICE_PER_SINGLE = /price\s+(?:is\s+)?(?:shown\s+|quoted\s+|listed\s+)?per\s+(?:single\s+|one\s+|each\s+)?(?!(?:the\s+)?(?:box(?:es)?|sets?|kits?|packs?|cartons?|cases?|bags?|reams?|rolls?|orders?|kgs?|kilo(?:gram)?s?|tons?|tonnes?|met(?:er|re)s?|pairs?|dozens?)\b)[a-z]{2,}|per single|标价为单(?:颗|个|件|张|片|只|粒)|套[\u4e00-\u9fff]{0,4}\s*[=＝]\s*\d+\s*(?:个|件|只|片|支|颗)[^。\n]{0,30}?按单?(?:个|件|只|片|支|颗)(?:计价|标价|报价)|单(?:颗|个|件|张|片|只|粒)价格|\b(?:1\s*)?(?:piece|pc|unit)\s*=\s*(?:1|one)\s+(?:single\s+)?(?!(?:box|set|kit|pack|carton|case|bag|ream|roll|sheet|dozen|bundle|pair)e?s?\b)[a-z]{3,}/i;
// A word or sign each of the three holds ("sold", "per", "=", "整", "单"): the patterns start at every word, the gate does not.
const NOTE_HINT = /sold|suppl|sell|sale|per|price|half|split|less than|[=＝]|整|不拆|不单|不零|不分|不切|不足|少于|单|按/iu;
// "Socket: H4 (US $7.05), H7 (US $7.40), Thank you card (US $0.01)": any attribute listing its options with prices.
const ATTR_LIST = /^\s*[A-Za-z\p{Script=Han}][A-Za-z\p{Script=Han} ]{0,20}[:：]\s*[^,，;；]+?(?:US\s?)?\$\s?\d(?:[\d.]|,(?=\d{3}))*[^,，;；]*?[,，;；、](?!\d{3})\s*[^,，;；]+?\$\s?\d/u;
// "Battery:  36V 10Ah" before a price: an attribute label, then the first option's name.
const ATTR_ROW = /^\s*[A-Za-z\p{Script=Han}][A-Za-z\p{Script=Han} ]{1,20}[:：][ \t]+(?=\S)/u;
const NOT_ATTR = /price|价|运费|shipping|freight|total|items?\b|subtotal|合计|goods|货值|sample|样品|min|moq|起订|benefit|fob|payment|supply/i;
// "50000 0.01 Square Meters", "Price unit: 0.01 m²": a unit cut to a fraction so the price looks small.
// ... and a freight template's weight steps ("首重0.5kg $9.5  续重0.5kg $2.8") or a tare counted in the weight ("纸管 0.3kg 计重"),
// or a packing line ("Package: 1pc/gift box, 0.18kg"): weights the freight, the scale or the parcel counts, not the unit the
// goods are priced in. So is an item's weight named gross or net ("Ceramic Mug, gross 0.48kg", "N.W. 0.3 kg", "it weighs 0.6 kg").
const MEASURE_WORD = /weigh|\bgross\b|\bnet\b|\b[GN]\.?W\.?(?![A-Za-z])|thick|dimension|diameter|length|width|height|capacity|volume|size|\btare\b|\bpackag(?:e|ing)\s*[:：]|\bpacking\s*[:：]|包装\s*[:：]|重量|毛重|净重|首重|续重|计重|皮重|厚度|尺寸|直径|长度|宽度|高度|容量|体积/i;
// "1米=约0.04kg", "1 roll = 50 m", "Price per kg: $11.20", "折合每套约 US $66": the page converts its price or its unit
// into another one itself. A fraction inside such a conversion is the conversion factor, not a unit cut down.
// ("One bundle 100g", "each roll 50 m": one pack sized in the measure priced.)
// ("≈ US$ 830/吨" beside a price per piece: the page converts its price into the unit its MOQ counts.)
const UNIT_EQUIVALENCE = fastEdges(/(?<![\d.])(?:1|one)\s*(?:[A-Za-z]+\.?|\p{Script=Han}{1,3})\s*(?:=|＝|≈|equals?|is about|约等于|约合)\s*(?:约|about|approx\.?|~)?\s*\d|(?:\bprice\s+per\s+[A-Za-z]+\s*[:：]?|折合每\p{Script=Han}{1,2}|(?:单价)?合每\p{Script=Han}{1,2}|\bequivalent to\b|\bworks out (?:at|to)\b)\s*(?:约|about|approx\.?|~)?\s*(?:US\s*)?\$\s*\d|\b(?:one|each|1)\s+(?:bundle|roll|coil|bag|sack|drum|spool|reel)\s*(?:is|weighs|holds|contains|of|[:：])?\s*(?:about|approx\.?|around|~)?\s*\d+(?:\.\d+)?\s*(?:g|grams?|kg|kgs|kilograms?|m|meters?|metres?|l|liters?|litres?|ml|yards?)\b|(?:≈|约合|约等于)\s*(?:US\s?\$|USD\s?|\$|¥|￥|RMB\s?)\s*\d[\d,]*(?:\.\d+)?\s*(?:\/|per\s|每)\s*(?:吨|公斤|千克|米|平方米|tons?|tonnes?|mt|kgs?|kilograms?|met(?:er|re)s?|m2|sq\.?\s?m)(?![A-Za-z])/iu);
const EQUIVALENCE_HINT = /[=＝≈]|equal|is about|约等于|约合|合每|price\s+per|equivalent|works out|\b(?:one|each|1)\s+(?:bundle|roll|coil|bag|sack|drum|spool|reel)\b/i;
const ITEM_HINT = /[单每](?:件|个|块|条|只|枚|片|套|台|根|对|副|双|瓶|盒|张)|\b(?:each|per|one|single)\s+(?:piece|pc|unit|item|panel|set|pair|bottle|box|sheet)\b|\bweight\s+(?:per|of)/i;
// "单件约3.2克", "每块约 US$104-127", "each piece weighs about 3.5 g", "weight per piece: 3.2g", "one panel ≈ $120": the
// page states what one whole item weighs or costs, so a price per gram or per watt converts to the piece it sells.
const ITEM_EQUIVALENCE = /[单每](?:件|个|块|条|只|枚|片|套|台|根|对|副|双|瓶|盒|张)(?:重量?|净重|毛重|价格?|售价|金重)?\s*[:：]?\s*(?:约|大约|约为|为|是)?\s*(?:US\s?\$|USD\s?|\$|¥|￥)?\s*\d|\b(?:each|per|one|a single|single)\s+(?:piece|pc|unit|item|panel|set|pair|bottle|box|sheet)\s+(?:weighs?|is|=|costs?|comes to|approx\.?|about|around|~)\s*(?:approx\.?|about|around|~)?\s*(?:US\s?\$|\$)?\s*\d|\bweight\s+(?:per|of each|of one)\s+(?:piece|pc|unit|item|set|pair)\s*[:：]?\s*(?:approx\.?|about|~)?\s*\d/i;
// "price per single shoe", "1 pair = 2 pieces", "按只计价", "单只价格": the price shown is for one of a pair. ("Sold in pairs"
// alone says nothing: pages write "Piece" for a pair.)
const HALF_PAIR = /\bper\s+(?:single|one|each)\s+(?:shoe|boot|glove|sock|earring|slipper|sandal|insole)s?\b|\b(?:1|one)\s*pair\s*=\s*(?:2|two)\s*(?:pieces?|pcs?)\b|按只(?:计价|标价|报价|算)|单只(?:价格|价|计价)/i;
// ... but "0.36 m2/pc", "0.5 kg per bag", "0.25吨/件": the measure of one counted piece, a size, not a unit cut down.
// An approximate amount ("含包装约 0.9 kg", "approx. 0.5 kg") is a weight the page measures, not the unit it prices by.
const FRACTIONAL_UNIT = /(?<![\d.])0(?<!(?:约|approx\.?|about|~|≈)\s*0)\.0*[1-9]\d*\s*(?:square met(?:er|re)s?|sq\.?\s?m|m2|meters?|metres?|kilograms?|kg|tons?|liters?|litres?|平方米|米|千克|公斤|吨|升)(?![A-Za-z\d²³])(?!\s*(?:\/|per\s|each\s)\s*(?:pcs?|pieces?|units?|box(?:es)?|ctns?|cartons?|sheets?|tiles?|slabs?|panels?|rolls?|bags?|bottles?|sets?|件|片|箱|张|卷|块|个|袋|瓶|套|支)(?![A-Za-z]))/i;
// "仅整柜 FCL 40HQ，不接受拼箱", "Delivery: CIF by 20'FCL only": no order smaller than a container ships.
const FCL_ONLY = /(?:仅|只|限)(?:走|接受?|发|做|收)?\s*整柜|\b(?:orders?|anything|quantit(?:y|ies))\s+(?:below|under|less than|smaller than)\s+(?:one|a|1)\s+(?:full\s+)?(?:container|FCL)\b[^.\n;]{0,30}?(?:\b(?:not|no|never|won't|cannot|can't|refused|rejected|declined)\b)|(?:不足|少于|低于|不满|不够)\s*(?:一|1)\s*个?\s*整?(?:货柜|柜)[^。\n；;]{0,6}?不|(?<![\d.])(?:一|1)\s*个?\s*(?:20|40|45)\s*(?:尺|'|ft)?\s*(?:GP|HQ|HC)?\s*(?:柜|货柜)?\s*起(?:订|批|做|发|售)|不(?:接受|做|走)?拼箱|不接(?:受)?散单|\b(?:moq|min(?:imum)?\.?\s*order(?:\s*quantity)?)\s*[:：]?\s*(?:is\s+)?(?:of\s+)?\d+\s*[x×*]\s*(?:20|40|45)\s*(?:'|ft|尺|-foot)?\s*(?:gp|hq|hc|dc|ot|fr|reefer|container)\b|\bFCL\s+only\b|\bby\s+(?:\d{2}\s*(?:'|ft|gp|hq)?\s*)?(?:FCL|full containers?)\s+only\b|\bfull[- ]container(?: loads?)?\s+only\b|\bonly\s+(?:by\s+|in\s+)?(?:full\s+)?(?:FCL|full containers?)\b|\bno\s+LCL\b|\bcontainer\s+(?:price|prices|orders?|quantity|qty)\s+only\b|\bmin(?:imum)?\.?\s*order\s*[:：]?\s*(?:is\s+)?\d+\s*[x×*]\s*(?:20|40|45)\s*(?:'|ft|尺)?\s*(?:gp|hq|hc|dc|ot|fr)\b|\bmin(?:imum)?\.?\s*(?:order\s*)?(?:quantity\s*)?[:：]?\s*(?:is\s+)?(?:of\s+)?(?:1|one)\s*[x×*]?\s*(?:20|40|45)\s*(?:'|ft|尺|-foot)?\s*(?:gp|hq|hc|dc|ot|fr|reefer|refrigerated|container)\b|[(（]\s*(?:≥|>=|min\.?|moq)\s*\d+\s*[x×*]\s*(?:20|40|45)\s*(?:'|ft)?\s*(?:gp|hq|hc|dc)\s*[)）]|(?:起订|起批|最少)\s*(?:量\s*)?[:：]?\s*\d+\s*[x×*]?\s*(?:20|40|45)\s*(?:尺|gp|hq|hc)|整柜起(?:订|批|做|发)?|(?:整|按|一|1)\s*(?:个|只)?\s*(?:整)?柜\s*(?:销售|出售|出货|发货|起订|起批|起做|起发|起售|起)|\b(?:real|actual|true|minimum|min\.?|moq|orders?)\s+(?:order\s+|moq\s+|quantity\s+)?(?:is\s+|from\s+|of\s+)?[:：]?\s*\d+\s*[x×*]\s*(?:20|40|45)\s*(?:'|ft)?\s*(?:gp|hq|hc|dc)\b/i;
// The names of a price field ("FOB price", "单价", "批发价").
const PRICE_NAME = String.raw`(?:(?:fob |unit |ex-?works |exw )?price|(?:产品|商品)?(?:单价|价格|售价)|批发价)`;
const PRICE_LABEL = new RegExp(String.raw`^\s*${PRICE_NAME}\s*[:：]?`, 'i');
// (a unit of two words, "Square Meter", "Metric Ton", is read whole when the table names it)
// (... or a count of pieces the table names as one unit, "Unit: 1000 Pieces", "单位：1000只": a price per unit is per thousand)
const MEASURE_UNIT_FIELD = /^\s*(?:计量单位|计价单位|单位|unit of measure|unit)\s*\*?\s*[:：]\s*((?:1,?000\s*)?[A-Za-z\p{Script=Han}]+)(?:[ \t]([A-Za-z]+))?/iu;
// The word "unit" as a price's unit: the unit of measure the form states, not a piece of its own.
const GENERIC_UNIT = /^units?$/i;
// A rep's own words above the paste ("帮看下会不会被抓", "can you check this"): not the product title.
const PREFACE = /[:：]\s*$|[?？]\s*$|(?:\bok|okay|可以|行|没问题|合规|合理)吗|自查|粘贴|如下|复制|截图|转文字|投诉|帮(?:我|忙)?(?:看|过|查|检查)|被预警|违规了|小二说|看(?:一)?下|会不会|算不算|是否违规|老板|客户说|请问|怎么办|能不能|forwarded|pasted|copied|as follows|can you (?:check|look|see)|(?:please|pls|plz|pl[sz]e?)\s+(?:check|look|review|see|help)|before (?:i|we) (?:publish|post|list|upload)|is this (?:ok|okay|allowed|fine|compliant)|my boss|screenshot|quick check|\b(?:pls|plz|lol)\b|\b(?:buyer|customer|client)s?\s+(?:sent|asked|asks|says|said|wants)|\bask(?:ed|ing|s)?\s+(?:if|whether|why|how)\b|询盘|客户(?:问|发|在)/i;
// A rep's sentence naming the product before its price ("这条是同事上的：高档红木屏风 四扇，$29.9/套", 'pasted: "Smart LED TV
// 55 inch" — 1-99 pcs $26'): the product is a quoted name before the first amount, else the words between the last colon
// and the first amount. Read only when no line gave a title, so the reference-price table can still place the goods.
const PROSE_AMOUNT = /(?:US\s?)?[$¥€￥]\s?\d|\b(?:USD|RMB|CNY|EUR)\s?\d|(?<![\d.,])\d[\d,.]*\s*(?:元|美元|美金|刀)(?![\p{Script=Han}])/u;
const PROSE_QUOTED = /["“「『]([^"”」』\n]{8,160})["”」』]/u;
function proseTitle(lines: string[]): string | undefined {
  const first = lines.find((l) => /\S/.test(l));
  if (!first || lines.filter((l) => /\S/.test(l)).length > 3) return undefined;
  const at = first.search(PROSE_AMOUNT);
  if (at <= 0) return undefined;
  const before = first.slice(0, at);
  const quoted = PROSE_QUOTED.exec(before)?.[1];
  const afterColon = before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf('：')) + 1);
  const name = (quoted ?? afterColon).replace(/[\s,，;；、(（—–-]+$/u, '').trim();
  return name.length >= 6 && /[A-Za-z\p{Script=Han}]{3}/u.test(name) ? name.slice(0, 300) : undefined;
}
// A rep's words and then, after a colon, an arrow or a dash (or "这个品", "this listing"), the product's title on the same line.
const PREFACE_LEAD = fastEdges(/^(.{1,40}?(?:这个(?:品|链接|产品|listing)|\bthis\s+(?:listing|product|item|one)\b)?)\s*(?:[:：]|👉|\s[-–—]{1,2}\s|——|(?<=这个(?:品|链接|产品|listing)|\bthis\s+(?:listing|product|item|one))\s)\s*(.+)$/iu);
const ESTIMATE = /\best\b|est\.|estimat|approx|about|around|reference|negotia|(?<!re-?)quote|calculated|depends|varies|预估|预计|约|参考|估算|待议|可议|以实际|视.*而定|按.*计算|核算/i;
const ORDER_LINE = /details|subtotal|goods value|^\s*items?\s*[:：]|小计|货值|货款|商品总价|商品金额/i;
// (an order summary may lead with its quantity: "10 Pieces Total $12.50", "50件 合计 US$ 40.00")
const TOTAL_LINE = /^\s*(?:\d[\d,.]*\s*[A-Za-z\p{Script=Han}]{0,12}\s*)?(?:total|合计|总计|总价)(?![A-Za-z])/iu;
const MOQ_WORD = /\(?\s*min\.?\s*order\s*\)?|minimum order(?: quantity)?|\bmoq\b|最小起订量?|起订量|起批量|最低起订量?|最小订购量|起订/i;
const TIER_FIELD = /阶梯|批发价|价格|单价|tier|price/i;
// (and a form's two price fields side by side, "Min price: US$ 16.50  Max price: US$ 19.80", "最低价: 0.3  最高价: 0.6")
const HEADLINE_FIELD = /价格区间|价格范围|price range|fob price|min(?:imum)?\.?\s*price[^\n]*max(?:imum)?\.?\s*price|最低(?:单)?价[^\n]*最高(?:单)?价/i;
// The weight of one item: "克重：约 2.5 克", "单个重量约 1.2 kg", "Weight: 1000g", "Net weight per piece: 31.1 g". A gross,
// package or shipping weight is not the item's.
const WEIGHT_HINT = /重|weight/i;
// "Gross weight: 58 kg", "Gross weight 毛重: 110kg", "（毛重3.5kg）": the gross weight of what one order unit ships as ...
const GROSS_KG = /(?:毛重|gross\s+weight)[\s:：]*(?:毛重[\s:：]*)?(?:约|about|approx\.?|around|~)?\s*(\d+(?:\.\d+)?)\s*(?:kgs?|公斤|千克)(?![A-Za-z])/i;
// ... unless the line names a pack, a range of weights or a container (a carton's gross weight is many units').
const GROSS_OF_PACK = /箱|盒|包|托|柜|carton|ctn|case|box|pallet|container|per\s+(?:\d|pack|bag)|\d\s*(?:-|~|to)\s*\d+(?:\.\d+)?\s*kg/i;
const GROSS_WEIGHT = /毛重|包装|运费|物流|外箱|整箱|gross|package|packing|shipping|carton|ctn|volumetric/i;
const ITEM_WEIGHT = /(?:^\s*(?:克重|净重|金重|重量|单(?:个|件|只|条|支|块)?重(?:量)?|(?:item|net|unit|product|gold|metal|piece)?\s*weight(?:\s+per\s+(?:piece|pc|unit|item))?)|(?:单(?:个|件|只|条|支|块)|每(?:个|件|只|条|支|块))重(?:量)?)\s*[:：]?\s*(?:约|approx\.?|about|~|≈)?\s*(\d+(?:\.\d+)?)\s*(kgs?|g|grams?|克|公斤|千克|oz)(?![A-Za-z])/i;
export function gramsOf(n: number, unit: string): number {
  const u = unit.toLowerCase();
  return /^kg|公斤|千克/.test(u) ? n * 1000 : u === 'oz' ? n * 31.1035 : n;
}

// A name, a colon, then a quantity or an amount: the product named before its prices on one line.
const NAMED_BEFORE_PRICES = /^([^:：$¥€￥\d\n][^:：$¥€￥\n]{5,80}?)\s*[:：]\s*(?=(?:US\s?|USD\s?)?[$¥€￥]?\s*\d)/u;
// ("产品：冷冻三文鱼", "Product: 250ml Glass Bottle", "品名：": a form's bare product label names the goods too)
const TITLE_FIELD = /^\s*(?:商品名称|产品名称|商品标题|产品标题|标题|产品|品名|product name|product|item name|title)\s*\*?\s*[:：]\s*(.+)$/i;
// (a header word may carry its qualifier: "Color temperature:", "Colour options:")
const SKU_HEADER =
  /^\s*(?:(?:其它|其他|其余)\s*)?(?:colou?rs?|sizes?|styles?|models?|type|material|package|packaging|specifications?|spec|capacity|length|stretched length|weight|flavou?r|scent|fragrance|shape|finish|design|version|edition|pattern|variants?|variations?|options?|extras?|add-?ons?|skus?|quantity|规格|颜色|尺寸|尺码|型号|款式|材质|包装|容量|长度|重量|口味|香型|香味|形状|版本|数量|sku\s*(?:规格|属性)?(?:与价格|和价格|及价格)?|规格与价格|规格价格|规格\/价格|规格及价格)(?:\s*(?:\/|&|\+|\band\b|与|和)\s*[A-Za-z\u4e00-\u9fff]{1,12}|\s+(?:temperature|temp|tone|options?|choice|name|family))?(?:\s*(?:有|如下|包括|分为|共有)|\s+(?:are|include|available))?\s*[:：]/i;
const isSkuHeader = lastAnswer(SKU_HEADER);
// The backend's "规格属性：颜色", "SKU attribute: Color" on a line of its own: the attribute the priced rows under it are listed by
// (round 43). (a line that lists its options with their prices after the colon is no heading of rows)
const ATTR_BLOCK_HEADER = /^\s*(?:规格属性|销售属性|(?:sku|variant|variation|option)\s+attributes?)\s*[:：]\s*[A-Za-z\p{Script=Han} /]{0,20}$/iu;
const QUOTED_VARIANT = /^\s*(?:variants?|variations?|options?|sku|规格|款式|型号)\s*[:：]?\s*['"‘’“”「『]([^'"‘’“”」』]{1,80})['"‘’“”」』]\s*[:：=-]?\s*(?:US\s?|USD\s?)?[$¥€￥]/i;
const SKU_HEADER_ALONE = /^\s*(?:sku\s*(?:规格|属性)?\s*(?:与价格|和价格|及价格)?|规格与价格|规格价格|规格及价格|规格报价|variations?|options?|sku options)(?:\s*(?:有|如下|包括|分为|共有)|\s+(?:are|include|available))?\s*[:：]?\s*$/i;
// "Option: Bike $68.00 / Bell $0.60": in a row of priced options, " / " before a name and its price separates two
// options; "$68.00 / Bell" is not a price per bell, since a price in the unit is not followed by another price.
const OPTION_SLASH = /(?<=\d)\s+\/\s*(?=[A-Za-z\p{Script=Han}][^$¥€|;\n]{0,40}?\s(?:US\s?)?[$¥€]\s?\d)/gu;
// "Min. order 100 sets. Sample $15 /set": a sample price inside a sentence, not an option row.
const SAMPLE_INLINE = /(?:^|[.;,，。；]\s*)(?:samples?|sample price|样品(?:价格?|费)?)\s*[:：]?\s*(?=(?:US\s?)?[$¥€]\s?\d)/i;
// "运费：…", "运费 ¥20", "预估运费(500件)": the label, not a SKU named "运费补差链接".
const FIELD_START = /^\s*(?:shipping|freight|(?:预估|预计|估算|参考)?(?:运费|邮费)(?:模板)?(?=\s*[:：(（\t]|\s+[$¥€\d]|\s*$|\s*[A-Z]{3}\b)|samples?|样品|min\.?\s*order|moq|最小起订量|起订量|价格区间|阶梯价|total|合计|备注|lead time|商品名称|产品名称)/i;
// "运费 体积大 0.25CBM/台, LCL 到美国约 $35/台 参考" under the SKU rows: the form's freight field, its label and value parted by a
// space; a SKU row named for postage ("运费 补差  $5  库存 999") carries its stock like the rows above it.
const FREIGHT_FIELD_ROW = /^\s*\*?\s*(?:运费|邮费|物流|shipping|freight)\s+(?![^\n]*(?:库存|stock|\t\s*\d+\s*$))/i;
const STEPPER = /-\s*\d+\s*\+\s*$/;
// "*Kindly note: ...", "Note: ...", "温馨提示：...": a note under the option rows is no option of them.
const NOTE_LINE = /^\s*[*※]|^\s*(?:kindly\s+|please\s+)?(?:note|notice|remarks?|attention|p\.?s\.?|tips?)\b|^\s*(?:注意|提示|备注|说明|温馨提示)/i;
const DISCLAIMER =
  /\b(?:actual|real|true)\s+(?:moq|min(?:imum)?\.? order|price)|not (?:the )?(?:real|actual) (?:price|moq)|(?:moq|price) (?:shown )?(?:is )?(?:only )?for (?:reference|display)|实际(?:起订量|起订|价格|单价|运费)|真实(?:起订量|价格)|(?:价格|起订量)仅供(?:参考|展示)|以实际(?:报价|价格|起订量)为准/i;
// "pls contact for real price", "实际价格请咨询客服", "contact us for real quote", "price for reference only", "价格随便填的":
// the page says the price it shows is not the real one. ... or calls it a placeholder ("Internal: $1 placeholder — real quote
// 28k-45k", "the 'from $0.10' on our villa entry door listing is kind of a placeholder", "价格是占位的").
const PRICE_NOT_REAL = /(?:\bprice|[$€]\s*\d[\d.,]*|from\s+(?:US\s?)?[$€]?\s*\d[\d.,]*)['"’”]?\s+(?:(?:on|in)\s+(?:[a-z]+\s+){0,5})?(?:is\s+)?(?:just\s+|only\s+|kind\s+of\s+|basically\s+)?(?:a\s+)?placeholder\b|\bplaceholder\s+price\b|(?:价格|标价|单价)[^。\n]{0,6}(?:是|为)?占位|占位(?:价|价格)|\b(?:contact|ask|inquire|message|chat)\b[^.\n]{0,20}?\bfor\s+(?:the\s+|our\s+|a\s+)?(?:real|actual|true|final)\s+(?:price|quot(?:e|ation))|\bprice\s+(?:is\s+|shown\s+)?(?:for\s+reference\s+only|just\s+for\s+reference|not\s+final)\b|价格(?:是|为)?(?:随便|随意|乱)(?:填|写|设|标)|\bnot\s+(?:the\s+|our\s+)?(?:real|actual|true)\s+price|(?:实际|真实)(?:价格|单价|售价)[^。\n]{0,6}?(?:咨询|联系|私聊|询价|私信)|(?:咨询|联系客服|私聊|私信)[^。\n]{0,6}?(?:实际|真实)(?:价格|单价|报价)|(?:付款|拍下|下单|拍)后[^。\n运邮]{0,8}?改价(?![^。\n；;]{0,3}(?:运费|邮费))|(?:联系|找)客服改价(?![^。\n；;]{0,3}(?:运费|邮费))|\bprice\s+(?:will\s+be\s+)?(?:changed|adjusted|modified|updated)\s+(?:by\s+(?:us|the\s+seller)\s+)?after\s+(?:you\s+)?(?:order|ordering|payment|paying|pay)/i;
// "MOQ 1 for display only", "MOQ is not the real one", "起订量仅供展示": the page disowns the MOQ it shows.
// The price or the item is the customised goods: "本价格含定制印刷", "本款为工程定制", "price includes custom printing".
// "no stock for plain bags", "we don't sell stock pins", "we don't sell bare boards from stock", "every pin on this listing is
// custom made", "没印logo的现货也没有", "不备货": the seller has no plain goods to sell, so every order is the custom work and a
// minimum for it (a customisation MOQ on the page, a custom sentence) is the product's real minimum.
const NO_PLAIN_STOCK = /\bno\s+(?:stock|inventory)\s+(?:for|of)\s+(?:plain|blank|bare|unprinted|standard)\b|\bno\s+(?:plain|blank|unprinted)\s+(?:stock|goods|items)\b|\b(?:don'?t|do\s+not|never|won'?t|cannot|can'?t)\s+(?:sell|keep|have|hold|carry|stock|supply|offer)\s+(?:any\s+)?(?:stock|plain|blank|bare|unprinted)\b|\b(?:every|each|all)\s+(?:[a-z]+\s+){0,5}(?:is|are)\s+(?:custom(?:i[sz]ed)?[- ]made|made[- ]to[- ]order)\b|(?:没印logo的?|无logo的?|不印logo的?|白板|空白|素面)(?:的)?(?:现货|库存)?(?:也)?(?:没有|无)|没有?(?:白板|空白|素面|无logo)(?:的)?(?:现货|库存)|不备货|零库存/i;
const CUSTOM_IS_GOODS = /(?:本|此|该)?(?:价格|单价|报价)(?:已)?(?:含|包含|包括)[^。\n，,]{0,4}(?:定制|印刷|logo)|(?:本|此|该)(?:款|产品|商品)(?:为|是|属于?|需|须|必须|只|仅|均|都)[^。\n，,]{0,6}定制|\bprices?\s+(?:already\s+)?includes?\s+(?:the\s+)?(?:custom|logo|print)|(?:仅|只)(?:做|接|接受|提供|生产)定制|不(?:卖|做|售|出)(?:白板|白坯|空白|现货|无logo)|\b(?:custom(?:i[sz]ed)?\s+(?:orders?\s+|production\s+)?only|only\s+(?:accept\s+|do\s+|make\s+|take\s+|produce\s+)?custom(?:i[sz]ed)?\s+orders?|no\s+blank\s+(?:stock|goods|items|blanks))\b/i;
// The rest of a sentence that ends in a question mark: what it says is asked, not stated.
const ASKED_AFTER = /^[^.。!！;；\n]*[?？]/;
// ("10万 pcs MOQ，不是 fake price", "MOQ is real, not fake", "起订量不是假的": a denial of fakeness says the MOQ is real; and
// "MOQ too high, looks fake" is how it looks to someone, not what it is; round 45)
const MOQ_NOT_REAL = /\b(?:moq|min(?:imum)?\.?\s*order(?:\s+quantity)?)\b[^.\n;]{0,24}?\b(?:(?:is\s+)?(?:for|just\s+for|only\s+for)\s+(?:reference|display|show(?:ing)?|listing)(?:\s+(?:purposes?|only))?|(?:is\s+)?not\s+(?:the\s+)?(?:real|actual|true)|(?:is\s+)?(?<!\b(?:not|isn'?t|no|never)\s+(?:a\s+)?|\b(?:looks?|looking|seems?|appears?|sounds?)\s+(?:a\s+bit\s+|too\s+|kind\s+of\s+|so\s+)?|(?:不是|并非|没有)\s*)(?:fake|just\s+to\s+show|not\s+valid))\b|(?:起订量?|起批量?|最小起订量)[^。\n；;]{0,10}?(?:仅供(?:参考|展示)|仅(?:作|为)?展示|只是展示|不真实|不是真实|(?<!不|不是|并非|并不是)(?:是?假的|是?虚设的?|是?虚的)|不作数|不算数)/i;
// ("Actual FOB price for this model is USD 720", "real factory price $3.50", "Single unit is USD 25": the price one unit really costs)
const PRICE_CLAIM = /\b(?:actual|real|true|final|normal|regular)\s+(?:(?:unit|fob|exw|cif|cfr|ddp|factory|selling|wholesale|ex-?works)\s+){0,2}price|\bsingle\s+(?:unit|piece|pc|set)\s+(?:price\s+)?(?:is|=|:|at|costs?)\s|(?:实际|真实)(?:成交)?(?:价格|单价|售价|报价)/i;
const PROMO = /\b(?:off|coupons?|vouchers?|cashback|rebate)\b|\bsave\s+(?:up\s+to\s+)?(?:US\s?)?\$|\bspent\b|满\s*\d[^。\n]{0,10}(?:减|免)|立减|优惠券|返现/i;
// Field labels that start a new line in a paste whose line breaks were lost.
const FIELD_LABELS =
  /\s+(?=(?:商品名称|产品名称|类目|阶梯价(?:格)?|价格区间|最小起订量|起订量|SKU\s*规格|规格与价格|运费|样品|备注|说明|发货期|Samples?\s*:|Shipping\b|Freight\b|Min\.?\s*Order\s*:|MOQ\s*:|Colou?r\s*:|Size\s*:|Style\s*:|Capacity\s*:|Package\s*:|Customization\s*:|Protection\s*:|Lead Time|Processing Time|Total\s*:?\s+(?:US\s?)?\$|Note\s*:|Supply Ability|Port\s*:|Payment Terms|Goods\s*:|Product Description|Sample\s*:|Sample price\s*:|Samples\b|Min\.?\s*order\s*:|Customi[sz]ation\b|Variations\b|Price by quantity|Item subtotal|Subtotal\b|Free shipping\b|Coupons?\s*:|Lead time\b|Protections? for|Product descriptions?\b|Maximum order quantity|Quantity\s*\(|Price\s*\(|FOB Price|\d[\d,]*\s*[A-Za-z ]{2,20}?\s+Details\b))/g;
// The backend form pasted as a table and then onto one line: its labels still sit before a tab or a "(unit)".
const ZH_FORM_LABELS = /(?<=\S)[ \t]+(?=(?:产品名称|商品名称|产品类目|计量单位|价格设置|最小起订量|起订量|价格区间|规格报价|物流设置|运费模板|预估运费|货值|合计|样品服务|样品价格|样品起订量|样品运费|定制|营销|详细描述|发货期)\*?[ \t]*[\t(（])|(?<=\S)[ ]+(?=(?:≥|>=)\s*\d[\d,]*\t)/g;
const ZH_FIELD_LABELS = /(?<=\S)\s*(?=(?:商品名称|产品名称|商品类目|类目|单位|价格设置|阶梯价格?|价格区间|最小起订量|SKU\s*规格与价格|规格与价格|运费|样品价?|备注|说明|发货期|定制服务|营销活动|颜色|尺寸|规格|款式|型号|功率|容量|材质)\s*:)/g;
// A sentence end in a one-line paste: every "。", and ". " before the next sentence (not "approx. 60", "No. 5", "Min. order").
const ONE_LINE_SENTENCE_END = /(?<=。)\s*(?=\S)|(?<=(?<![\s.(](?:approx|est|ca|abt|appr|no|min|max|incl|excl|vs|etc|nr|pcs|pc|dia|qty|wt|ref|art|st|mr|dr))\.)\s+(?=[A-Za-z\p{Script=Han}💲$¥€*【])/giu;
// A slash between the fields of a one-line paste: before a price, an MOQ, a freight or an options field (not "$2 / piece").
const ONE_LINE_SLASH_FIELD = /\s+\/\s+(?=💲|(?:US\s?)?[$¥€]\s?\d|(?:MOQ|Min\.?\s*order|Minimum order|Shipping|Freight|Samples?|Options?|Variations?|SKU)(?![A-Za-z])|(?:起订|起批|最小起订|运费|样品|规格|价格))/giu;
// Short backend labels ("价格:", "起订:", "运费模板:") start a field in a one-line paste only after a space: "实际价格:"
// inside a sentence is not a new field.
// ... and "SKU有:" / "SKU是:" after the comma that ends a rep's clause ("起订 100个，SKU有：黑色 $8.64，…"): the SKU list starts
// there, not inside the MOQ's clause.
const ZH_SHORT_LABELS = /(?<=\S)\s+(?=(?:价格|单价|起订量|起订|起批量|计价单位|计价|运费模板|发布运费|SKUs?(?:\s+are|\s*有|\s*是)?|重量|阶梯)\s*:)|(?<=[,，;；])\s*(?=SKUs?\s*(?:有|是)?\s*:)/gu;
// "$0.01 - $4.92/ Piece" or "$2.50/ Piece" after a title on the same line.
const HEADLINE_RANGE = /(?<=[A-Za-z\p{Script=Han}])\s+(?=(?:US\s?)?\$\s?\d[\d,.]*\s*(?:-\s*(?:US\s?)?\$?\s?\d[\d,.]*\s*)?\/\s*[A-Za-z\p{Script=Han}])/u;
const BREADCRUMB_START = /^\s*(?:home\s*>|首页\s*>|ready to ship|sign in|benefits?:|protection:|lead time|processing time|estimated delivery|\[|privileged|subscribe)/i;
// ... and a category path without "Home" ("Apparel > Sweaters", "Chemicals › Pigments"): short names joined by ">" with no
// number in them is where the product sits, not its title. (tried only on a line holding a ">", as few lines do)
const SHORT_PATH = /^\s*[^>›»\d$¥€]{1,40}(?:\s[>›»]\s[^>›»\d$¥€]{1,40})+\s*$/;
const isShortPath = (line: string) => (line.includes('>') || line.includes('›') || line.includes('»')) && SHORT_PATH.test(line);
const BREADCRUMB = { test: (line: string) => BREADCRUMB_START.test(line) || isShortPath(line) };
// Page badges and rating lines above or below the title: "Customizable", "4.6 (92 reviews) · 1,648 sold".
const BADGE = /^\s*(?:customi[sz]able|customi[sz]ed|in stock|fast dispatch|verified(?: supplier)?|hot sale|new arrival|best seller|top (?:rated|ranking)|可定制|现货|热卖|新品)\s*$|^\s*\d(?:\.\d)?\s*\(\s*[\d,]+\s*reviews?\s*\)|^\s*est\.?\s*time/i;
// A category path ("Jewelry, Eyewear & Watches / Fine Jewelry / Rings"): the title only when the page shows none.
const CATEGORY_PATH = /^[A-Za-z\p{Script=Han}][^/>\d\n]{1,60}(?:\s[/>›]\s[A-Za-z\p{Script=Han}][^/>\d\n]{1,60}){2,}\s*$/u;
// A title that holds a size range ("Neoprene Laptop Sleeve 13-15.6 Inch") is still the title, not a row of tiers.
const QTY_HEADER_WORD = /quantity|qty|数量|起订|起批|moq|min\.?\s*order|price|价|lead|time|days|交期|pieces?\s*\)|件\s*\)/i;
// The English seller backend copied as a table: "Product Name*<TAB>…", "MOQ<TAB>50<TAB>Pieces".
const EN_FORM = /^[ \t]*(?:product name|product title|moq|min(?:imum)?\.?\s*order(?:\s*quantity)?|price range|unit of measure)[ \t]*\*?[ \t]*\t/im;
const ZH_FIELDS = /商品名称|产品名称|计量单位|阶梯价|价格区间|最小起订量|起订量|SKU\s*规格|规格与价格|运费\s*[:：]/;
const EN_PAGE = /min\.?\s*order|samples?\s*:|\bshipping\b|\bpieces\b|ready to ship|add to cart|start order/i;

// Backend tables whose cells carry no currency sign: the header that opens them, and a row's stock cell.
// "SKU：", "SKU 规格与价格（规格 / 价格 / 库存）", "SKU 规格 价格 库存", "规格报价": rows of name, price, stock.
const PRICED_SKU_HEADER = /^\s*(?:(?:(?:其它|其他|其余)\s*)?skus?(?![a-z])\s*(?:规格|属性)?\s*(?:与|和|及|\/)?\s*(?:价格|报价)?|规格\s*(?:与|和|及|\/)?\s*(?:价格|报价)|skus?\s*(?:&|and|\/)\s*prices?)\s*(?:[(（][^)）]*[)）])?\s*(?:规格|价格|库存|名称|\/|\s)*(?:\b(?:are|include)\s*(?=[:：]))?[:：]?\s*/i;
// "阶梯价", "Price by quantity" on a line of their own: quantity rows follow.
// "最小起订量（件）<TAB>FOB价格(USD)", "MOQ (pcs) | Unit Price (USD)": a table's header of a quantity column and a price column;
// the rows under it ("≥50<TAB>2.65") are tiers with bare amounts.
const TIER_COLUMNS = /^\s*(?:最小起订量|起订量|起批量|订购数量|采购数量|数量|moq|min\.?\s*order|quantity|qty)\s*(?:[(（][^)）]*[)）])?\s*(?:\t|\s{2,}|[|/])\s*(?:fob\s*)?(?:价格|单价|报价|unit\s+price|price)\s*(?:[(（][^)）]*[)）])?\s*$/i;
const TIER_HEADER_ALONE = /^\s*(?:阶梯价格?|价格阶梯|批发价|数量价格|price by quantity|tiered prices?|quantity prices?|volume prices?)\s*(?:[(（][^)）]*[)）])?\s*[:：]?\s*$/i;
const STOCK_CELL = /(?:库存|可售|现货|stock|inventory)\s*[:：]?\s*\d[\d,]*(?:\s*(?:件|个|套|台|pcs|pieces|units))?(?:\s*[（(][^)）]*[)）])?/gi;
// A row: a name, then its price, then an optional stock count ("5件套 0-3M   6.80  1000", "黑色 S-XL / 26.50 / 800").
const BARE_ROW = /^(.*?[A-Za-z\p{Script=Han}].*?)[\s:：|/]+((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:[\s|/]+\d[\d,]*)?\s*$/u;
const BARE_PAIR = /[^\t|;；\d\s][^\t|;；]*?[\s:：]+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=\s|$)|(?<=^|\s)\d[^\t|;；\s]*[A-Za-z\p{Script=Han}][^\t|;；]*?[\s:：]+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=\s|$)/gu;
const DIGIT = /\d/;

/** Every match of a global pattern in a string, as String.prototype.matchAll finds them (an empty match steps one
 *  character, or one code point under the u flag), by exec: matchAll copies the pattern into a new RegExp on each call,
 *  and on the line-sized strings the parser reads that copy cost about three times the matching (measured: 1.1 µs a
 *  call). The pattern is left at lastIndex 0. */
function matchesIn(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesIn needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
// (a comma and a space between name-and-price pairs too, "S 15.90, M 18.50, and L 21.90": a thousands comma has no space)
const ROW_SPLIT = /\s*[|；;]\s*|\s+\/\s+|\s*,\s+(?:and\s+)?/;

interface MoneyTok {
  start: number;
  end: number;
  money: Money;
  /** "/ Piece", "per gram", "每件" right after the amount. */
  unit?: Unit;
}

interface RangeTok {
  start: number;
  end: number;
  min: number;
  max?: number;
  unit?: Unit;
  label: string;
}

/** Tiers read from a row whose quantity is a size range ("16-20 inch"): SKUs, dropped from the tiers once read. */
const SIZE_TIERS = new WeakSet<Tier>();

export interface Parser {
  parse(text: string): ParsedListing;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Numbers spelled out in a sentence that states a minimum ("each order must be at least fifty pieces", "每单不少于一千个",
// "orders below one container are not accepted"): written as digits for the hidden-MOQ patterns, which read digits.
// Chinese numerals are read only with a multiplier in them (一千, 五百, 两万): a lone 一 is in words (一律, 统一).
const EN_ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_SPELLED = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?:\s+(hundred|thousand))?(?:\s+(thousand))?\b/gi;
// (the project's numeral table without 十, which is a place here: 五十 is 5 × 10)
const ZH_DIGIT: Record<string, number> = Object.fromEntries(Object.entries(HAN_NUMERALS).filter(([ch]) => ch !== '十'));
const KILO_UNIT = /[克米瓦]/;
// 千 as a multiplier after a number, not the prefix of a kilo-unit (≥1000千克 is 1000 kg, not a million grams).
export const THOUSAND_NOT_KILO = String.raw`千(?!${KILO_UNIT.source})`;
const ZH_SPELLED = /[一二两三四五六七八九]?[十百千万](?:[一二两三四五六七八九]?[十百千万]?)*/g;
export function spelledNumbers(line: string): string {
  let s = /[a-z]/i.test(line) ? line.replace(EN_SPELLED, (_, a: string, b?: string, c?: string, d?: string) => {
    let n = EN_ONES[a.toLowerCase()]! + (b ? EN_ONES[b.toLowerCase()]! : 0);
    if (c) n *= c.toLowerCase() === 'hundred' ? 100 : 1000;
    if (d) n *= 1000;
    return String(n);
  }) : line;
  if (/[十百千万]/.test(s)) s = s.replace(ZH_SPELLED, (whole: string, at: number, line: string) => {
    // 千 before 克, 米 or 瓦 is the unit's own prefix (千克 kg, 千米 km, 千瓦 kW), not a thousand: "500 千克 起订" is 500 kg,
    // never "1000克 起订".
    const prefix = whole.endsWith('千') && KILO_UNIT.test(line.charAt(at + whole.length));
    const x = prefix ? whole.slice(0, -1) : whole;
    if (!x) return whole;
    let total = 0;
    let section = 0;
    let digit = 0;
    for (const ch of x) {
      if (ch in ZH_DIGIT) digit = ZH_DIGIT[ch]!;
      else if (ch === '万') { total += (section + digit) * 10_000; section = 0; digit = 0; }
      else { section += (digit || 1) * (ch === '十' ? 10 : ch === '百' ? 100 : 1000); digit = 0; }
    }
    const n = total + section + digit;
    return (n > 0 ? String(n) : x) + (prefix ? '千' : '');
  });
  return s;
}

export function createParser(rules: ListingRules): Parser {
  const enNames = rules.enUnitNames.map(escapeRe).join('|');
  const zhNames = rules.zhUnitNames.map(escapeRe).join('|');
  // A unit after a number: a Chinese unit, an English unit name, or a page cell cut short ("Square M...").
  const UNIT = String.raw`(?:${zhNames}|(?:${enNames})(?![A-Za-z])|[A-Za-z]{2,}(?: [A-Za-z]+)?\s?\.{2,3})`;
  // "10 万粒": a pasted number may stand a space apart from its 万 (ten thousand) as from its unit.
  const Q = String.raw`(${NUM})(?:\s(?=万))?(万|${THOUSAND_NOT_KILO})?\s*(${UNIT})?`;
  const RANGE = new RegExp(
    String.raw`(?:>=|≥|>|\bover\b|\babove\b|大于等于|大于|不少于|不低于)\s*${Q}|${Q}\s*(?:-|~|\bto\b|至|到)\s*${Q}|${Q}\s*(?:\+|\bor more\b|\band (?:above|up|over)\b|\bor (?:above|over)\b|\bup\b(?!\s*to\b)|及以上|以上|起(?![批订发售做]))`,
    'gi',
  );
  const QTY = new RegExp(Q, 'gi');
  // "10厘米", "square foot": an optional count and a unit, at the head of a remark's rest.
  const PER_QTY = new RegExp(String.raw`^\s*(\d+(?:\.\d+)?)?\s*(${UNIT})`, 'i');
  // QTY for matchAll (which reads a copy of it), for the floors a sentence states: "1,000+ pieces" (a plus between the number
  // and its unit, "and more") is 1,000 pieces, as "1,000 pieces or more" is.
  const QTY_ALL = new RegExp(String.raw`(${NUM})(?:\s(?=万))?(万|${THOUSAND_NOT_KILO})?\s*(?:\+\s*)?(${UNIT})?`, 'gi');
  // RANGE for matchAll (which reads a copy of it): compiled once, not per paste (the pattern alternates over every unit name).
  const RANGE_ALL = new RegExp(RANGE.source, 'gi');
  // "price shown is per pair", "the price is actually for a box of 305 m", "标价为单双价格", "实际为一箱305米的价格": the unit
  // the page itself says its price is for.
  const PRICE_FOR = fastEdges(/\bprices?\s+(?:shown\s+|listed\s+|quoted\s+|displayed\s+|above\s+)?(?:is\s+|are\s+)?(?:actually\s+|really\s+)?(?:for|per)\s+(?:(?:a|an|one|each|the|single|whole|full|complete)\s+|1\s*)*([A-Za-z]+)|标价(?:为|是)?(?:单|每|一|整)?(\p{Script=Han})(?:的)?(?:价格|价)|(?:实际|其实)上?(?:为|是)(?:一|每|整)?(\p{Script=Han})[^。，,\n]{0,12}?的?(?:价格|价)|(?:价格|单价|报价|售价)(?:为|是)(?:单|每|一)(\p{Script=Han})(?:的)?(?:价格|价)|(?:单价|价格|标价|报价)(?:是|为)?按(?:每|单)?\s*(W|瓦|\p{Script=Han}{1,2}?)\s*(?:计价|计算|计|算)/iu);
  // "1 piece = 1 carton", "1件=1箱": the unit the page prices by is a whole pack. A word, not the list of unit names:
  // unitOf() says whether it is a unit (the alternation of every name costs more to compile than the line costs to read).
  const UNIT_AS_PACK = /(?<![\d.])1\s*([A-Za-z]+|\p{Script=Han})\s*=\s*1\s*([A-Za-z]+|\p{Script=Han})/iu;
  // "5 sets", "100 pieces Details": a quantity and nothing else (the order row's name).
  const QTY_ONLY = new RegExp(String.raw`^(${NUM})\s*(${UNIT})\s*(?:details)?$`, 'i');
  // An MOQ stated in passing: "orders below 500 pieces are not shipped", "actual MOQ: 3000 pcs", "少于500件不发货", "500件起批".
  // Each sentence pattern with a gate: the words around the quantity, tested first, so the pattern with the (long)
  // quantity-and-unit part runs only on lines that can hold it.
  const hidden = (gate: string, re: string, flags: string, priceScope = false, loose = false) => ({ gate: fastEdges(new RegExp(gate, flags)), re: fastEdges(new RegExp(re, flags)), priceScope, loose });
  const PACK_IN_BRACKETS = new RegExp(String.raw`(?<![\d.])(?:1|one|一)\s*([A-Za-z]+|\p{Script=Han})\s*[(（]\s*(?:approx\.?|about|around|ca\.?|~|约|大约)?\s*(${NUM})\s*([A-Za-z]+|\p{Script=Han})\s*[)）]`, 'giu');
  const HIDDEN_MOQ = [
    hidden(String.raw`(?:orders?|quantit(?:y|ies)|anything)\s+(?:below|under|less than|fewer than)\s+`, String.raw`(?:orders?|quantit(?:y|ies)|anything)\s+(?:below|under|less than|fewer than)\s+(?:(?:a|one|1)\s+(?:full\s+|whole\s+)?(?:pallet|carton|case|box|bag|roll|drum)\s*\(\s*(?:approx\.?\s*|about\s*)?)?${Q}\)?[^.\n]{0,40}?\b(?:(?:not|won't|cannot|can't|will not)\s+(?:be\s+)?(?:shipped|ship|accepted|accept|processed|sent|dispatched|sold|fulfilled|produced|made)|no\s+(?:shipping|delivery|orders?)|cancel(?:l?ed)?|rejected|refused|declined)\b`, 'i'),
    // "we do not accept orders of less than 1000 pieces", "we only accept orders over 2000 pcs"
    hidden(String.raw`(?:\bnot|\bnever|\bdon't|\bwon't|\bcannot|\bcan't|\bunable\s+to)\s+accept\s+(?:any\s+)?orders?\s+(?:of\s+)?(?:less|fewer|under|below)\s+(?:than\s+)?`, String.raw`(?:\bnot|\bnever|\bdon't|\bwon't|\bcannot|\bcan't|\bunable\s+to)\s+accept\s+(?:any\s+)?orders?\s+(?:of\s+)?(?:less|fewer|under|below)\s+(?:than\s+)?${Q}`, 'i'),
    // "we only accept orders over 2000 pcs", "we only produce orders above 300 sets": the only orders the seller takes.
    hidden(String.raw`\b(?:only|just)\s+(?:accepts?|produces?|takes?|ships?|process(?:es)?|makes?|sells?|does|do|handles?|fulfil+s?)\s+(?:bulk\s+|large\s+|wholesale\s+)?orders?\s+(?:of\s+|over\s+|above\s+|from\s+)?`, String.raw`\b(?:only|just)\s+(?:accepts?|produces?|takes?|ships?|process(?:es)?|makes?|sells?|does|do|handles?|fulfil+s?)\s+(?:bulk\s+|large\s+|wholesale\s+)?orders?\s+(?:of\s+|over\s+|above\s+|from\s+)?${Q}`, 'i'),
    // "we only accept 1,000+ pieces", "we just sell 500+ sets": the only quantities the seller takes, with no "orders" named.
    hidden(String.raw`\b(?:only|just)\s+(?:accepts?|takes?|sells?|ships?|produces?|does|do)\s+(?:bulk\s+|large\s+|wholesale\s+)?\d`, String.raw`\b(?:only|just)\s+(?:accepts?|takes?|sells?|ships?|produces?|does|do)\s+(?:bulk\s+|large\s+|wholesale\s+)?(${NUM})(?:\s(?=万))?(万|${THOUSAND_NOT_KILO})?\s*\+\s*(${UNIT})?`, 'i'),
    // "we only accept >= 100 pcs per design", "we only take at least 500 sets": the only quantities taken, bounded before the number.
    hidden(String.raw`\b(?:only|just)\s+(?:accepts?|takes?|sells?|ships?|produces?|does|do|makes?)\s+(?:orders?\s+(?:of\s+)?)?(?:>=|≥|>|at\s+least|min(?:imum)?\.?)\s*\d`, String.raw`\b(?:only|just)\s+(?:accepts?|takes?|sells?|ships?|produces?|does|do|makes?)\s+(?:orders?\s+(?:of\s+)?)?(?:>=|≥|>|at\s+least|min(?:imum)?\.?)\s*${Q}`, 'i'),
    // "Each design must reach 600 pieces", "every colour needs at least 300 pcs", "每款需达到 500 件": what each style must reach.
    hidden(String.raw`\b(?:each|every|per)\s+(?:design|style|colou?r|size|model|sku|item|order|pattern)\s+(?:must|needs?(?:\s+to)?|should|has\s+to|have\s+to)\s+`, String.raw`\b(?:each|every|per)\s+(?:design|style|colou?r|size|model|sku|item|order|pattern)\s+(?:must|needs?(?:\s+to)?|should|has\s+to|have\s+to)\s+(?:reach|be|have|contain|total|hold)?\s*(?:at\s+least|min(?:imum)?\.?)?\s*${Q}`, 'i'),
    hidden(String.raw`每(?:个)?(?:款|款式|色|颜色|种|规格|单)\s*(?:需|要|须|必须)(?:达到|满|有)?`, String.raw`每(?:个)?(?:款|款式|色|颜色|种|规格|单)\s*(?:需|要|须|必须)(?:达到|满|有)?\s*(?:至少)?\s*${Q}`, ''),
    // "Min. 120 pairs per order", "minimum 300 pcs each order": the least any order may hold.
    hidden(String.raw`\bmin(?:imum)?\.?\s+\d`, String.raw`\bmin(?:imum)?\.?\s+(${NUM})(万|${THOUSAND_NOT_KILO})?\s*(${UNIT})\s*(?:per|each|an?|for\s+(?:each|every|one))\s+order\b`, 'i'),
    // "we accept mixed orders, 200 pcs minimum", "500 sets min. order": a quantity and its unit, then the word minimum.
    hidden(String.raw`\d\s*[A-Za-z\p{Script=Han}]+\.?\s*(?:minimum|min\b)`, String.raw`(?<![\d.])(${NUM})(万|${THOUSAND_NOT_KILO})?\s*(${UNIT})\s*(?:minimum|min\.?)(?:\s+order)?\b`, 'iu'),
    // "该款需满 3000 个才安排生产", "够 500 件才发货": orders reach the quantity before they are made or shipped.
    hidden(String.raw`(?:满|够|达到)\s*\d[^。\n]{0,10}?(?:才|方可)`, String.raw`(?:满|够|达到)\s*${Q}\s*(?:才|方可)(?:能|可以?)?(?:发|接|做|安排|生产|出货|下单|开)`, ''),
    // "Only bulk orders (10,000 pcs+) accepted", "small orders not accepted, min 3000 pcs"
    // "we accept orders of 5000 pcs and above only", "we ship orders from 2,000 units up": the quantity orders start at.
    hidden(String.raw`\b(?:accept|take|ship|process|fulfil+|supply|produce)(?:s|ed)?\s+(?:only\s+)?(?:bulk\s+|wholesale\s+|large\s+)?orders?\s+(?:of\s+|from\s+)`, String.raw`\b(?:accept|take|ship|process|fulfil+|supply|produce)(?:s|ed)?\s+(?:only\s+)?(?:bulk\s+|wholesale\s+|large\s+)?orders?\s+(?:of\s+|from\s+)${Q}\s*(?:\+|and (?:above|up|over|more)|or (?:more|above|over)|up\b|minimum)`, 'i'),
    // "We also accept 1 pair order for testing", "we can accept 10 pcs orders": an order the seller says it takes.
    hidden(String.raw`\b(?:also\s+|can\s+|will\s+)?accepts?\s+(?:an?\s+|small\s+|trial\s+)?\d`, String.raw`\b(?:also\s+|can\s+|will\s+)?accepts?\s+(?:an?\s+|small\s+|trial\s+)?${Q}\s*(?:trial\s+|test\s+|sample\s+)?orders?\b`, 'i', false, true),
    hidden(String.raw`\bonly\s+(?:bulk\s+|large\s+|wholesale\s+)?orders?\s*\(\s*`, String.raw`\bonly\s+(?:bulk\s+|large\s+|wholesale\s+)?orders?\s*\(\s*${Q}\s*\+\s*\)`, 'i'),
    hidden(String.raw`\bnot\s+accepted[^.\n]{0,20}?\b(?:min(?:imum)?\.?|moq)\s*:?\s*`, String.raw`\bnot\s+accepted[^.\n]{0,20}?\b(?:min(?:imum)?\.?|moq)\s*:?\s*${Q}`, 'i'),
    hidden(String.raw`\b(?:actual|real|true|normal|regular|usual)\s+(?:moq|min(?:imum)?\.?\s*order(?:\s*quantity)?)\s*(?:is|:|=)?\s*`, String.raw`\b(?:actual|real|true|normal|regular|usual)\s+(?:moq|min(?:imum)?\.?\s*order(?:\s*quantity)?)\s*(?:is|:|=)?\s*${Q}`, 'i'),
    hidden(String.raw`(?:moq|min(?:imum)?\.?\s*order)[^.\n]{0,20}?\b(?:actually|really|in fact)\s*(?:is\s*)?`, String.raw`(?:moq|min(?:imum)?\.?\s*order)[^.\n]{0,20}?\b(?:actually|really|in fact)\s*(?:is\s*)?${Q}`, 'i'),
    // "低于3000个不接单", "不够20套不开单": no order below the quantity is taken.
    hidden(String.raw`(?:少于|低于|不足|小于|不满|不够|不到|未满|未达到?|未够)\s*`, String.raw`(?:少于|低于|不足|小于|不满|不够|不到|未满|未达到?|未够)\s*${Q}[^。\n]{0,12}?(?:不发|不接|不做|不卖|不出|不售|不单|不开单|不开工|不生产|不排产|不予|无法(?:发|接|生产|安排)|不能(?:发|接|生产|安排))`, ''),
    hidden(String.raw`(?:实际|真实)(?:的)?(?:最小)?(?:起订量?|起批量?|最低起订量?|MOQ)\s*(?:[:：为是]|=)?\s*`, String.raw`(?:实际|真实)(?:的)?(?:最小)?(?:起订量?|起批量?|最低起订量?|MOQ)\s*(?:[:：为是]|=)?\s*${Q}`, 'i'),
    // "100 台以下不接单", "500件以内不做": no order up to the quantity is taken.
    hidden(String.raw`(?:以下|以内)[^。\n]{0,6}?不(?:发|接|做|卖|出|售|单|开单|开工|生产|排产)`, String.raw`${Q}\s*(?:以下|以内)[^。\n]{0,6}?不(?:发|接|做|卖|出|售|单|开单|开工|生产|排产)`, ''),
    // "包装：20 双/包（不拆包）", "500个/箱，整箱起售": a pack of the quantity is the smallest sale.
    hidden(String.raw`\/\s*(?:箱|件|包|卷|盒)\s*[(（]?\s*(?:不拆(?:箱|包|卷|盒)|整(?:箱|包|卷|盒)(?:起售|出售|销售))`, String.raw`${Q}\s*\/\s*(?:箱|件|包|卷|盒)\s*[(（]?\s*(?:不拆(?:箱|包|卷|盒)|整(?:箱|包|卷|盒)(?:起售|出售|销售))`, ''),
    // "500件起批", "单项目 3 台起订", "200 套起接单": the quantity orders start at.
    hidden(String.raw`\s*起(?:发|批|做|售|印|订(?!量)|接单?)`, String.raw`${Q}\s*起(?:发|批|做|售|印|订(?!量)|接单?)`, ''),
    // "Selling Units: Full carton only (20,000 pieces per carton)", "只卖整箱（每箱 500 个）": the smallest order is a carton.
    hidden(String.raw`\b(?:full|whole|complete)\s+(?:cartons?|cases?|boxes|bags|rolls|bales)\s+only\b`, String.raw`\b(?:full|whole|complete)\s+(?:cartons?|cases?|boxes|bags|rolls|bales)\s+only\b[^.\n\d]{0,12}?${Q}\s*(?:\/|per\b|each\b)`, 'i'),
    hidden(String.raw`(?:只|仅)(?:卖|售|发|出)?整(?:箱|件|包|卷)|不拆(?:箱|包|卷)`, String.raw`(?:(?:只|仅)(?:卖|售|发|出)?整(?:箱|件|包|卷)|不拆(?:箱|包|卷))[^。\n\d]{0,8}?(?:每|一)(?:箱|件|包|卷)\s*${Q}`, ''),
    // "每款 600 双起", "每色 300 件以上": the quantity each style (colour) must reach.
    hidden(String.raw`(?:每(?:个)?(?:款|款式|色|颜色|种|规格))\s*(?:起订|起批|最少|至少)?\s*[:：]?\s*\d`, String.raw`(?:每(?:个)?(?:款|款式|色|颜色|种|规格))\s*(?:起订|起批|最少|至少)?\s*[:：]?\s*${Q}\s*(?:起|以上)`, ''),
    // "minimum project size is 500 square meters", "bulk production MOQ 600 pairs per style", "production run minimum: 2,000 pcs":
    // the order size the seller says production starts at.
    // ... "Minimum production 1000 sqm per size", "每个规格最低生产量 1000 平方米": the least the factory produces of one item.
    hidden(String.raw`\bmin(?:imum)?\.?\s+(?:project|production|batch|run|lot)\b`, String.raw`\bmin(?:imum)?\.?\s+(?:project|production|batch|run|lot)(?:\s+(?:size|quantity|qty|order|run))?\s*(?:is|of|=|:)?\s*${Q}`, 'i'),
    // ... and "起产量50,000个", "开机量 3 万个": the quantity production starts at, said with no 最低 before it.
    hidden(String.raw`(?:(?:最低|最小|最少)(?:生产|起产|排产|开机|起做)|起产|开机|起做)量`, String.raw`(?:(?:最低|最小|最少)(?:生产|起产|排产|开机|起做)|起产|开机|起做)量\s*(?:为|是|[:：])?\s*${Q}`, ''),
    // "MOQ写这么低是为了排名，实际150起", "其实要 500 件以上": the quantity the seller says orders really start at.
    hidden(String.raw`(?:实际|其实|真实)上?(?:要|是|需)?\s*\d`, String.raw`(?:实际|其实|真实)上?(?:要|是|需)?\s*${Q}\s*(?:起|以上)`, ''),
    // "每单不少于1000个", "每次订单至少 500 件": the least each order holds.
    hidden(String.raw`(?:每单|每次|每笔|单笔|订单)(?:订单|订购|采购)?(?:数量|量)?\s*(?:须|需|要|必须)?(?:不少于|不低于|不得少于|至少|最少|最低)`, String.raw`(?:每单|每次|每笔|单笔|订单)(?:订单|订购|采购)?(?:数量|量)?\s*(?:须|需|要|必须)?(?:不少于|不低于|不得少于|至少|最少|最低)\s*${Q}`, ''),
    // "仅做定制……定制起订1000套" (only where the line says the goods are custom work: other custom sentences are masked).
    hidden(String.raw`(?:定制|custom(?:i[sz]ed|i[sz]ation)?)\s*(?:起订量?|起批量?|moq|min\.?\s*order)`, String.raw`(?:定制|custom(?:i[sz]ed|i[sz]ation)?)\s*(?:起订量?|起批量?|moq|min\.?\s*order)\s*(?:为|是|[:：])?\s*${Q}`, 'i'),
    hidden(String.raw`\b(?:bulk|mass|production)\s+(?:production\s+|order\s+)?(?:moq|min(?:imum)?\.?\s*order)`, String.raw`\b(?:bulk|mass|production)\s+(?:production\s+|order\s+)?(?:moq|min(?:imum)?\.?\s*order(?:\s*quantity)?)\s*(?:is|of|=|:)?\s*${Q}`, 'i'),
    hidden(String.raw`\(\s*(?:min\.?|minimum|MOQ|最少|起订)\s*[:：]?\s*`, String.raw`\(\s*(?:min\.?|minimum|MOQ|最少|起订)\s*[:：]?\s*${Q}(?:\s*[A-Za-z\p{Script=Han}]+)?\s*\)`, 'iu'),
    hidden(String.raw`(?:仅限|只限|限于|须|需|必须)\s*`, String.raw`(?:仅限|只限|限于|须|需|必须)\s*${Q}\s*(?:以上|起)`, ''),
    // "price valid for 3000 pcs", "prices apply to 5,000 pieces", "price tier: 10000+ pcs only", "2000 pcs and above only":
    // the price holds only from a quantity with its unit, so orders at this price start there.
    hidden(String.raw`\bprices?\s+(?:is\s+|are\s+)?(?:only\s+)?(?:valid|applies|apply|available|good)\s+(?:only\s+)?(?:for|to|on|from)\s+\d`, String.raw`\bprices?\s+(?:is\s+|are\s+)?(?:only\s+)?(?:valid|applies|apply|available|good)\s+(?:only\s+)?(?:for|to|on|from)\s+(${NUM})(万|${THOUSAND_NOT_KILO})?\s*(${UNIT})`, 'i', true),
    hidden(String.raw`\d\s*\+\s*[A-Za-z\p{Script=Han}]*\s*only\b`, String.raw`(${NUM})(万|${THOUSAND_NOT_KILO})?\s*\+\s*(${UNIT})?\s*only\b`, 'iu', true),
    hidden(String.raw`(?:\+|and above|and up|or more)\s*only\b`, String.raw`(${NUM})(万|${THOUSAND_NOT_KILO})?\s*(${UNIT})\s*(?:\+|and above|and up|or more)\s*only\b`, 'i', true),
    // "price valid for orders of 3000+ pieces only": the price, and so the MOQ, start there.
    hidden(String.raw`\b(?:valid|only|applies|available)\s+(?:for|to|on)\s+orders?\s+(?:of\s+|from\s+|above\s+|over\s+)?`, String.raw`\b(?:valid|only|applies|available)\s+(?:for|to|on)\s+orders?\s+(?:of\s+|from\s+|above\s+|over\s+)?${Q}`, 'i'),
    // "sold by carton only, min 100 cartons": "min" and a quantity with its unit (a bare "min 2" may count anything).
    hidden(String.raw`\bmin\.?\s+\d`, String.raw`\bmin\.?\s+(${NUM})(万|${THOUSAND_NOT_KILO})?\s*(${UNIT})(?![A-Za-z])`, 'i'),
    hidden(String.raw`\b(?:requires?|needs?|at least|minimum(?: order)?(?: quantity)?(?: of| is)?)\s+`, String.raw`\b(?:requires?|needs?|at least|minimum(?: order)?(?: quantity)?(?: of| is)?)\s+${Q}(?:\s*minimum)?`, 'i'),
    // "Minimum quantity per contract: 12,500 MT x 12 months", "Minimum contract 12,500 MT x 12 months": the quantity any
    // contract must reach.
    hidden(String.raw`\bmin(?:imum)?\.?\s+contract\b`, String.raw`\bmin(?:imum)?\.?\s+contract(?:\s+(?:quantity|qty|size|volume))?\s*(?:is|of|=|:)?\s*${Q}`, 'i'),
    hidden(String.raw`\bmin(?:imum)?\.?\s*(?:order\s*)?(?:quantity|qty)?\s*(?:per|for each|each)\s+(?:contract|shipment|lot|order)\s*[:：]?\s*`, String.raw`\bmin(?:imum)?\.?\s*(?:order\s*)?(?:quantity|qty)?\s*(?:per|for each|each)\s+(?:contract|shipment|lot|order)\s*[:：]?\s*${Q}`, 'i'),
    // "Price above is for 10,000 pcs and up", "以上价格为 10000 件以上价格": the price shown holds only from that quantity,
    // so that is where orders at this price start.
    hidden(String.raw`\bprices?\s+(?:above|shown|listed|quoted|displayed)?\s*(?:is|are)\s+(?:only\s+)?(?:for|valid for|based on|applicable to)\s+(?:orders?\s+(?:of\s+)?)?`, String.raw`\bprices?\s+(?:above|shown|listed|quoted|displayed)?\s*(?:is|are)\s+(?:only\s+)?(?:for|valid for|based on|applicable to)\s+(?:orders?\s+(?:of\s+)?)?${Q}\s*(?:\+|and (?:up|above|over|more)|or (?:more|above)|以上)`, 'i', true),
    hidden(String.raw`(?:价格|单价|报价)(?:为|是|仅限|仅适用于|适用于|按)\s*`, String.raw`(?:价格|单价|报价)(?:为|是|仅限|仅适用于|适用于|按)\s*${Q}\s*(?:以上|起)`, '', true),
    // "we only produce in batches of 10,000 pcs", "bulk orders start at 5000 pcs", "工厂一次开机最少生产一万个": the least made or sold.
    hidden(String.raw`\b(?:produc\w*|made|manufactur\w*|run)\s+(?:only\s+)?in\s+(?:batch(?:es)?|lots?|runs?)\s+of\s+`, String.raw`\b(?:produc\w*|made|manufactur\w*|run)\s+(?:only\s+)?in\s+(?:batch(?:es)?|lots?|runs?)\s+of\s+(?:at\s+least\s+)?${Q}`, 'i'),
    // ("bulk orders start at 1000 pcs" is where a bulk price starts, not the least order)
    hidden(String.raw`\borders?\s+(?:start|begin)s?\s+(?:at|from)\s+`, String.raw`(?<!\b(?:bulk|wholesale|large|big|volume|sample|trial|custom|oem)\s+)\b(?:all\s+)?orders?\s+(?:start|begin)s?\s+(?:at|from)\s+${Q}`, 'i'),
    hidden(String.raw`(?:最少|至少|最低)(?:要|需|须)?(?:生产|起产|开机|做|订)`, String.raw`(?:最少|至少|最低)(?:要|需|须)?(?:生产|起产|开机|做|订)\s*${Q}`, ''),
    // "库存 0（按订单生产，500件起）", "made to order, 500 pcs minimum".
    hidden(String.raw`(?:按订单生产|按单生产|定做|订做|made to order|produced to order|production run)[^。\n]{0,12}?`, String.raw`(?:按订单生产|按单生产|定做|订做|made to order|produced to order|production run)[^。\n]{0,12}?${Q}\s*(?:起|以上|minimum|min\b|\+)`, 'i'),
  ];
  // Every gate of HIDDEN_MOQ at once, one alternation per flag set (each gate keeps its own flags, so the union matches
  // exactly when one of them does): a line that passes HIDDEN_HINT but none of the gates (most of them) costs one or two
  // tests instead of one per pattern.
  const HIDDEN_GATES = [...new Set(HIDDEN_MOQ.map((h) => h.gate.flags))].map((flags) => new RegExp(HIDDEN_MOQ.filter((h) => h.gate.flags === flags).map((h) => `(?:${h.gate.source})`).join('|'), flags));
  // "(approx. 60 pcs)", "（约 60 件）" right after a quantity (a word or two between): the same quantity counted in the goods.
  const APPROX_COUNT = new RegExp(String.raw`^[^()（）\d]{0,20}[(（]\s*(?:approx\.?|about|around|ca\.?|~|约|大约)\s*(${NUM})\s*(万)?\s*(${UNIT})\s*[)）]`, 'i');
  const HIDDEN_HINT = /整(?:箱|件|包|卷)|不拆|\bbatch|\bstart|\bbegin|不少于|不低于|不得少于|至少|最少|最低|生产量|起产量|\bmin\b|才|方可|\b(?:must|should|has to|have to)\b|每(?:个)?(?:款|色|颜色|种|规格|单)\s*(?:需|要|须|必须)|(?:以下|以内)[^。\n]{0,6}?不|不够|不到|未满|未达|未够|prices?\s+(?:above|shown|listed|quoted|displayed)?\s*(?:is|are)\s|(?:价格|单价|报价)(?:为|是|仅|适用|按)|valid|only|applies|available|accept|orders?\s+(?:of|from)\s|below|under|less than|fewer|actual|real|true|in fact|per contract|per shipment|each contract|按订单|按单生产|定做|订做|made to order|produced to order|少于|低于|不足|小于|不满|实际|真实|其实|开机量|起发|起批|起做|起售|起印|起订|起接|每(?:个)?(?:款|色|颜色|种|规格)|project|production|batch|bulk|mass|仅限|只限|限于|必须|requires?|needs?|at least|minimum|\(\s*(?:min|moq|最少|起订)/i;
  // After a sample's amount: "/100克", "/ bundle (100g)", "(100 pcs)": the quantity the amount buys.
  const SAMPLE_QTY = new RegExp(String.raw`^\s*\/\s*(${NUM})\s*(${UNIT})|[(（]\s*(${NUM})\s*(${UNIT})\s*[)）]`, 'i');
  // Before a sample's amount: "Samples: pick 20g assortment $35", "样品：3件 US$12": the quantity the amount buys.
  const SAMPLE_QTY_BEFORE = new RegExp(String.raw`(?<![\d.])(${NUM})\s*(${UNIT})[^\d$¥€￥:：]{0,24}$`, 'i');
  // "1 bundle = 100g ±3g", "1箱=24瓶", "1 roll = 50 m": one unit sized in another.
  const UNIT_SIZE = /(?<![\d.])(?:1|one)\s*([A-Za-z]+|\p{Script=Han})\s*[=＝]\s*(?:约|about|approx\.?|~)?\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+|\p{Script=Han})/giu;
  // (a unit only a price is per, "/ 千只", "per 1000 pcs", first: units.yaml perOnly)
  const PER_ONLY = rules.perUnitNames.length ? String.raw`(?:${rules.perUnitNames.map(escapeRe).join('|')})(?![A-Za-z])|` : '';
  const PER_UNIT = new RegExp(String.raw`^\s*(?:/\s*|\bper\s+|每\s*)(${PER_ONLY}${UNIT})`, 'i');
  // Before an amount: "每盒 ", "per carton ", "each ", "续件 " (each further piece).
  const PER_UNIT_BEFORE = new RegExp(String.raw`(?:每\s*(?:增加|多加|多|加)?\s*(?:1|一)?\s*(${zhNames})(?:另|额外)?(?:固定|统一|单独)?(?:加收|加|收取|收|需付|需加)?(?:物流费|运费|邮费|快递费|费用)?|\b(?:per|each)\s+(${enNames})|\beach|续件|续重件)\s*[:：]?\s*(?:US\s?)?$`, 'i');

  // "1台 " before an amount: a quantity of its own, the tier of exactly that many.
  const BARE_QTY_BEFORE = new RegExp(String.raw`(?:^|[|;；,，:：\s])(${NUM})\s*(${UNIT})\s*[:：]?\s*(?:US\s?)?$`, 'i');

  function unitOf(raw: string | undefined): Unit | undefined {
    if (!raw) return undefined;
    const label = raw.trim();
    const key = (label.endsWith('.') ? label.replace(/\s?\.{2,3}$/, '') : label).toLowerCase();
    const exact = rules.unitByName.get(key);
    // Written out, not spread: the unit table's entries are { id, dim, base }, and this runs for every quantity read.
    if (exact) return { id: exact.id, dim: exact.dim, base: exact.base, label };
    if (/\.{2,3}$/.test(label) && key.length >= 2) {
      // A truncated cell: the unit whose English name starts with what is left; units.yaml lists the common unit
      // first, so "Squar..." is square meters, not square centimeters.
      // A one-word name first: "Me..." is meters, not "metric ton".
      for (const [name, unit] of rules.unitByName) if (name.startsWith(key) && !/\p{Script=Han}|\s/u.test(name)) return { ...unit, label };
      for (const [name, unit] of rules.unitByName) if (name.startsWith(key) && !/\p{Script=Han}/u.test(name)) return { ...unit, label };
    }
    return undefined;
  }

  function num(s: string, mult?: string): number {
    const n = Number(s.includes(',') ? s.replace(/,/g, '') : s);
    return mult === '万' ? n * 10_000 : mult === '千' ? n * 1000 : n;
  }

  function currencyOf(s: string): Money['currency'] {
    if (/美元|美金|刀|usd|us|dollar|\$/i.test(s)) return 'USD';
    if (/¥|rmb|cny|元|人民币/i.test(s)) return 'CNY';
    if (/€|eur/i.test(s)) return 'EUR';
    return 'USD';
  }

  // The amounts of each string read so far in this paste: a line is read for its amounts by the line loop, its segments,
  // the remarks and the shipping reader alike (half the calls repeat a string). moneys() is a function of its string
  // alone, and no caller changes the array or its tokens, so the one reading serves every caller. Emptied per paste.
  const moneyMemo = new Map<string, MoneyTok[]>();
  function moneys(line: string): MoneyTok[] {
    const known = moneyMemo.get(line);
    if (known) return known;
    const out = readMoneys(line);
    moneyMemo.set(line, out);
    return out;
  }

  function readMoneys(line: string): MoneyTok[] {
    const out: MoneyTok[] = [];
    MONEY.lastIndex = 0;
    // Every amount holds a digit: a line with none (a title, a label, a sentence) is read without the pattern.
    if (!DIGIT.test(line)) return out;
    for (let m = MONEY.exec(line); m; m = MONEY.exec(line)) {
      const cur = m[1] ?? m[6] ?? '$';
      const value = m[2] !== undefined ? num(m[2], m[3]) : num(m[4]!, m[5]);
      const currency = currencyOf(cur);
      const tok: MoneyTok = { start: m.index, end: m.index + m[0].length, money: { value, currency, usd: value * rules.thresholds.usdPer[currency] } };
      const per = PER_UNIT.exec(line.slice(tok.end, tok.end + 40));
      if (per) tok.unit = unitOf(per[1]);
      out.push(tok);
      // "US $0.50 - 3.00 / Piece": the range's second amount often drops the currency sign.
      const tail = BARE_SECOND.exec(line.slice(tok.end, tok.end + 40));
      if (tail && m[1] !== undefined) {
        const v2 = num(tail[1]!);
        const start = tok.end + tail.index + tail[0].length - tail[1]!.length;
        const second: MoneyTok = { start, end: tok.end + tail.index + tail[0].length, money: { value: v2, currency, usd: v2 * rules.thresholds.usdPer[currency] } };
        const per2 = PER_UNIT.exec(line.slice(second.end, second.end + 40));
        if (per2) second.unit = tok.unit = unitOf(per2[1]);
        out.push(second);
        MONEY.lastIndex = second.end;
      }
    }
    return out;
  }

  /** The quantity a remark says the price is for ("价格实际是 per square foot", "页面价格为每10厘米价格"), when no amount follows
   *  it on the line ("price per roll: $50" states another price, not the unit of the one shown). */
  function remarkedPriceUnit(text: string, cue: RegExp): ParsedListing['priceFor'] {
    for (const line of text.split('\n')) {
      // (a quantity named as the price's own, "价格为10厘米价格", needs no 每)
      // (... or what the price is really settled by: "实际按『克』结算")
      if (!/per|每|按|口径/i.test(line) && !REMARKED_QTY_HINT.test(line)) continue;
      for (const c of line.matchAll(cue)) {
        const rest = line.slice(c.index + c[0].length);
        const m = PER_QTY.exec(rest);
        const unit = m ? unitOf(m[2]) : undefined;
        if (unit && !moneys(rest).length) return { unit, text: line.slice(0, 120), qty: m![1] ? num(m![1]) : 1 };
      }
    }
    return undefined;
  }

  /** The quantities a sentence names with a unit of goods, its amounts of money left out ("$0.05/pc" is no quantity). */
  function unitQuantities(sentence: string): { qty: number; unit: Unit; raw: string }[] {
    const masked = maskMoney(sentence, moneys(sentence));
    const found: { qty: number; unit: Unit; raw: string }[] = [];
    for (const m of matchesIn(QTY_ALL, masked)) {
      const unit = m[3] ? unitOf(m[3]) : undefined;
      if (unit && unit.dim !== 'power') found.push({ qty: num(m[1]!, m[2]), unit, raw: m[0] });
    }
    return found;
  }

  /** Whether a Latin letter, a digit or a Han character stands outside the line's amounts (toks in order, as moneys gives
   *  them): such a character is no blank, separator or amount. */
  function wordOutside(line: string, toks: MoneyTok[]): boolean {
    let k = 0;
    for (let i = 0; i < line.length; i++) {
      while (k < toks.length && toks[k]!.end <= i) k++;
      if (k < toks.length && toks[k]!.start <= i) {
        i = toks[k]!.end - 1;
        continue;
      }
      const c = line.charCodeAt(i);
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0x4e00 && c <= 0x9fff)) return true;
    }
    return false;
  }

  /** The line with money amounts blanked, so "$1,000" is never read as a quantity. */
  function maskMoney(line: string, toks: MoneyTok[]): string {
    if (!toks.length) return line;
    let out = '';
    let pos = 0;
    for (const t of toks) {
      out += line.slice(pos, t.start) + ' '.repeat(t.end - t.start);
      pos = t.end;
    }
    return out + line.slice(pos);
  }

  function ranges(masked: string): RangeTok[] {
    const out: RangeTok[] = [];
    // Every range holds a number: a line with no digit left (its amounts masked) is read without the pattern.
    if (!DIGIT.test(masked)) return out;
    RANGE.lastIndex = 0;
    for (let m = RANGE.exec(masked); m; m = RANGE.exec(masked)) {
      const start = m.index;
      const end = start + m[0].length;
      // A number glued to letters before it is part of a model name ("A3-5"), not a quantity.
      if (start > 0 && /[A-Za-z0-9.*x×]/.test(masked[start - 1]!)) continue;
      // ... and one glued to letters after it that name no unit is a size ("16-25mm", "8-12cm" of a hose clamp).
      if (/[A-Za-z]/.test(masked[end] ?? '') && !m[3] && !m[6] && !m[9] && !m[12]) continue;
      // ... and a plus after a measure with another word after it joins an option's items ("100ml + box + bag"): no open tier.
      if (m[10] !== undefined && m[12] && m[0].trimEnd().endsWith('+') && /^\s*[A-Za-z\u4e00-\u9fff]/.test(masked.slice(end))) continue;
      let tok: RangeTok;
      if (m[1] !== undefined) tok = { start, end, min: num(m[1], m[2]), unit: unitOf(m[3]), label: m[0].trim() };
      else if (m[4] !== undefined) {
        tok = { start, end, min: num(m[4], m[5]), max: num(m[7]!, m[8]), unit: unitOf(m[9]) ?? unitOf(m[6]), label: m[0].trim() };
        if (tok.max! < tok.min) continue;
      } else tok = { start, end, min: num(m[10]!, m[11]), unit: unitOf(m[12]), label: m[0].trim() };
      out.push(tok);
    }
    return out;
  }

  /** The quantity nearest to a keyword (an MOQ label): before it on "2 Pieces (Min. Order)", after it on "MOQ: 500 pcs". */
  function quantityNear(masked: string, at: number, atEnd: number): Quantity | undefined {
    let best: Quantity | undefined;
    let containers: Quantity | undefined;
    let bestDist = Infinity;
    if (!DIGIT.test(masked)) return best;
    QTY.lastIndex = 0;
    for (let m = QTY.exec(masked); m; m = QTY.exec(masked)) {
      if (m.index > 0 && /[A-Za-z0-9.]/.test(masked[m.index - 1]!)) continue;
      // "1 x 40ft container", "20' GP": the container's size, not a quantity in feet.
      if (m[3] && CONTAINER_SIZE_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16)) && unitOf(m[3])?.dim === 'length') continue;
      // ... nor the 40 of "1 个 40尺冷藏柜", a size in a foot word read as no unit.
      if (!m[3] && /^(?:20|40|45)$/.test(m[1]!) && CONTAINER_FEET_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      // ... and so is the 20ft of "1 x 20ft = 25 MT", counted by the number before it.
      if (m[3] && containers && /[x×*]\s*$/i.test(masked.slice(Math.max(0, m.index - 3), m.index)) && unitOf(m[3])?.dim === 'length') continue;
      // "MOQ 1x40HQ (approx 1,100 sheets)": a count of containers; the quantity in the goods' unit, if any, follows.
      // Without one ("最小起订量：1 × 20GP") the count of containers is the MOQ.
      if ((!m[3] || /^(?:个|只)$/.test(m[3])) && CONTAINER_COUNT_AFTER.test(masked.slice(m.index + m[0].length - (m[3] ? m[3].length : 0), m.index + m[0].length + 16))) {
        containers ??= { qty: num(m[1]!, m[2]), unit: unitOf('container'), raw: m[0].trim() };
        continue;
      }
      const s = m.index;
      const e = s + m[0].length;
      const dist = e <= at ? at - e : s >= atEnd ? s - atEnd : 0;
      // Prefer a quantity with a unit; a bare number after the label still counts ("MOQ: 500").
      const score = dist + (m[3] ? 0 : 8);
      if (score < bestDist && dist < 40) {
        bestDist = score;
        // ... and the 20 of "× 20GP" is the container's size: the count before it is the quantity.
        const size = containers && !m[3] && /[x×*]\s*$/i.test(masked.slice(Math.max(0, s - 3), s)) && CONTAINER_SIZE_AFTER.test(masked.slice(e, e + 16));
        best = size ? containers : { qty: num(m[1]!, m[2]), unit: unitOf(m[3]), raw: m[0].trim() };
      }
    }
    return best ?? containers;
  }

  /**
   * What a line says about the listing beside its fields: notes on the unit sold, the unit a price is for, free or
   * disowned freight, container-only sales, the item's weight, disclaimers and MOQs stated in passing. A function of
   * its own, not part of parse(): the optimising compiler's time grows faster than a function's size, and parse() was
   * recompiled whole whenever any of its parts saw a new shape.
   */
  // The cheap word tests readRemarks gates its patterns on, each asked first of the whole paste (parse fills absentHints):
  // a line readRemarks reads is a piece of the paste between two line breaks, trimmed of blanks, and no hint has an anchor
  // or a look-around a line break or a blank could answer otherwise, so a hint the paste lacks is on none of its lines. Most
  // pastes lack most hints: one test of the paste then stands for one test per line (each line cost a call of its own).
  const HALF_PAIR_HINT = /pair|只|双|\bper\s/i;
  const SEA_HINT = /海运|\b(?:sea|ocean)\b/i;
  const GROSS_HINT = /毛重|gross/i;
  const WEIGH_HINT = /weigh/i;
  const FREE_HINT = /free|免费/i;
  const FCL_HINT = /柜|拼箱|散单|fcl|lcl|container|reefer|\d\s*(?:gp|hq|hc)\b/i;
  const QUOTE_HINT = /quot|placeholder/i;
  const SINGLE_HINT = /single/i;
  const LEAD_TIME_HINT = /lead time|交期|发货期/i;
  const LINE_HINTS = [NOTE_HINT, PRICE_WORD, FREIGHT_HINT, MOQ_HINT, HALF_PAIR_HINT, SEA_HINT, GROSS_HINT, WEIGH_HINT, PACK_HINT, FREE_HINT, SETUP_HINT, SOLD_ALONE_HINT, FCL_HINT, WEIGHT_HINT, DISCLAIMER_HINT, QUOTE_HINT, SINGLE_HINT, HIDDEN_HINT, LEAD_TIME_HINT];
  const absentHints = new Set<RegExp>();
  const lineHas = (hint: RegExp, line: string) => !absentHints.has(hint) && hint.test(line);

  function readRemarks(line: string, lineMoneys: MoneyTok[], out: ParsedListing): void {
    if (!lineMoneys.length && /[:：]\s*$/.test(line)) {
      const h = OPTION_HEADING.exec(line);
      if (h) (out.optionHeadings ??= []).push(h[1]!);
    }
    if (lineHas(NOTE_HINT, line) && (SOLD_BY_SET.test(line) || PRICE_PER_SINGLE.test(line) || PIECE_IS_PART.test(line) || SOLD_WHOLE.test(line) || NO_SPLIT.test(line))) out.notes.push(line.slice(0, 200));
    // The cheap word tests several patterns below are gated on, each read once per line: most lines name no price, freight
    // or MOQ, and then the long patterns behind them are not run at all. (Each gate is implied by every pattern it guards.)
    const priceWord = lineHas(PRICE_WORD, line);
    const freightHint = lineHas(FREIGHT_HINT, line);
    // (FREIGHT_WORD's words are all FREIGHT_HINT's)
    const freightWord = freightHint && FREIGHT_WORD.test(line);
    const moqHint = lineHas(MOQ_HINT, line);
    // Gated on a cheap test first: both patterns alternate over every unit name.
    if (!out.priceFor && priceWord) {
      const f = PRICE_FOR.exec(line);
      // "Price for a roll: $50": a conversion stating the other unit's price, not a remark on the price shown.
      const alone = f && !lineMoneys.some((m) => m.start > f.index);
      // ("单价按W计": a bare W is a watt only here, where the page names the unit its price is counted in)
      let unit = alone ? unitOf(f[1] ?? f[2] ?? f[3] ?? f[4] ?? (f[5] === 'W' ? 'watt' : f[5])) : undefined;
      // "Price shown is per brush" under a "Makeup Brush Set": an item the title names, priced one by one.
      const item = alone && !unit && f[1] ? f[1].toLowerCase().replace(/(?:es|s)$/, '') : '';
      if (item.length >= 3 && out.title && new RegExp(`\\b${item}`, 'i').test(out.title)) unit = unitOf('piece');
      if (unit) out.priceFor = { unit, text: line.slice(0, 120) };
    }
    if (!out.halfPair && lineHas(HALF_PAIR_HINT, line) && HALF_PAIR.test(line)) out.halfPair = line.slice(0, 120);
    if (!out.seaTransit && lineHas(SEA_HINT, line)) {
      const st = SEA_TRANSIT.exec(line);
      if (st) out.seaTransit = { days: Number(st[1] ?? st[2] ?? st[3]), text: line.slice(0, 120) };
    }
    if (out.grossWeightKg === undefined && lineHas(GROSS_HINT, line) && !GROSS_OF_PACK.test(line)) {
      const g = GROSS_KG.exec(line);
      if (g) out.grossWeightKg = Number(g[1]);
    }
    if (out.unitWeightKg === undefined && (line.includes('重') || lineHas(WEIGH_HINT, line))) {
      const w = UNIT_WEIGHT.exec(line);
      if (w) out.unitWeightKg = Number(w[1]) * (/^(?:g|克)$/i.test(w[2]!) ? 0.001 : 1);
    }
    // "100 pcs/box", "carton 1000pcs", "每箱 500 个", "每卷 2m×25m (50 ㎡)": what one pack holds, in another unit.
    if (lineHas(PACK_HINT, line)) {
      for (const m of matchesIn(PACK_CONTENT, line)) {
        const [whole, part, qty] = m[3] ? [unitOf(m[3]), unitOf(m[2]), num(m[1]!)] : [unitOf(m[4] ?? m[5] ?? m[8]), unitOf(m[7] ?? m[10]), num((m[6] ?? m[9])!)];
        if (whole && part && whole.dim === 'count' && whole.id !== part.id && qty > 1) (out.unitSizes ??= []).push({ unit: whole, qty, of: part });
      }
    }
    // "Packing: 25kg net per carton", "50 kg PP bags", "25公斤/袋": what one pack of goods sold by weight weighs, so a price per
    // pack meets the market per kilogram.
    if (lineHas(PACK_MASS_HINT, line)) {
      for (const m of matchesIn(PACK_MASS, line)) {
        const [whole, part, qty] = [unitOf(m[3]), unitOf(m[2]), num(m[1]!)];
        if (whole && part && whole.dim === 'count' && part.dim === 'mass' && qty > 0 && !out.unitSizes?.some((z) => z.unit.id === whole.id && z.of.dim === 'mass')) (out.unitSizes ??= []).push({ unit: whole, qty, of: part });
      }
    }
    // "Min. order 1 pallet (200 pcs)", "1 箱（48 个）": one pack with its content counted in brackets right after it.
    if (line.includes('(') || line.includes('（')) {
      for (const m of matchesIn(PACK_IN_BRACKETS, line)) {
        const [whole, part, qty] = [unitOf(m[1]), unitOf(m[3]), num(m[2]!)];
        if (whole && part && whole.dim === 'count' && part.dim === 'count' && whole.id !== part.id && qty > 1) (out.unitSizes ??= []).push({ unit: whole, qty, of: part });
      }
    }
    if (line.includes('=') || line.includes('＝')) {
      for (const m of matchesIn(UNIT_SIZE, line)) {
        const [whole, part, qty] = [unitOf(m[1]), unitOf(m[3]), Number(m[2])];
        if (whole && part && whole.id !== part.id && qty > 0) (out.unitSizes ??= []).push({ unit: whole, qty, of: part });
      }
    }
    if (!out.unitIsPack && line.includes('=')) {
      const u = UNIT_AS_PACK.exec(line);
      const [unit, pack] = u ? [unitOf(u[1]), unitOf(u[2])] : [];
      if (unit && pack && unit.id !== pack.id) out.unitIsPack = { unit, pack, text: line.slice(0, 120) };
    }
    // "包邮（美国）；偏远地区加收 US$5": the fee on the line is for what the free shipping leaves out, not above it.
    if (saysFreeShipping(line) && !FREE_CONDITIONAL.test(line) && !isSampleLine(line) && !(lineMoneys.length && FREE_SCOPE.test(line))) out.freeShipping = true;
    // "运费：活动期间美国、加拿大包邮（满 US$ 100）" under a "【五一包邮活动】" banner: the page's free shipping holds above an
    // order value; a fee for smaller orders is no charge above it.
    else if (!out.freeShippingIf && saysFreeShipping(line) && FREE_CONDITIONAL.test(line) && !isSampleLine(line)) out.freeShippingIf = line.slice(0, 120);
    // "样品包邮，大货运费下单后核算", "remote areas: freight added after order": the freight charged later is for
    // something the free shipping does not cover (samples, other destinations, remote areas).
    if (!out.freightNotReal && freightHint && (FREIGHT_NOT_REAL.test(line) || (FREIGHT_AFTER_ORDER.test(line) && !FREE_SCOPE.test(line) && !saysFreeShipping(line)))) out.freightNotReal = line.slice(0, 120);
    if (!out.freightMultiple && freightWord) {
      const fm = FREIGHT_MULTIPLE.exec(line);
      if (fm) out.freightMultiple = { factor: factorOf(fm[1] ?? fm[2] ?? fm[3]!), text: line.slice(0, 120) };
    }
    if (!out.shippingHoldsPrice && freightWord && SHIPPING_HOLDS_PRICE.test(line)) out.shippingHoldsPrice = line.slice(0, 120);
    if (!out.freightTopUp && freightHint && FREIGHT_TOP_UP.test(line)) {
      const at = FREIGHT_TOP_UP.exec(line)!.index;
      if (!LATE_NOT.test(ownSentence(line, at))) out.freightTopUp = line.slice(0, 120);
    }
    // ... unless the words that say so deny it ("下单后也不会再收运费", "after you pay we never add shipping").
    if (!out.freightAfterOrder && (!lineMoneys.length || out.freeShipping || saysFreeShipping(line)) && freightWord) {
      const late = FREIGHT_AFTER_ORDER.exec(line);
      // (the denial may follow the words it denies: "720美金已经含运费和关税，买家下单后不会再收任何费用")
      if (late && !FREE_SCOPE.test(line) && !LATE_NOT.test(line.slice(late.index, late.index + late[0].length + 6))) out.freightAfterOrder = line.slice(0, 120);
    }
    // (a fee on top names its amount: "$35" on the line is the fee, not a price)
    if (!out.freightAfterOrder && freightHint && ((FREIGHT_ON_BUYER.test(line) && !FREE_SCOPE.test(line)) || FEE_ON_TOP.test(line))) out.freightAfterOrder = line.slice(0, 120);
    // (each gated on a cheap test first: both patterns try every word of every line)
    if (!out.freeSamples && lineHas(FREE_HINT, line) && FREE_SAMPLE.test(line)) out.freeSamples = line.slice(0, 120);
    if (!out.setupInSmallOrders && lineHas(SETUP_HINT, line) && SETUP_IN_SMALL.test(line)) out.setupInSmallOrders = line.slice(0, 120);
    if (!out.partsSoldAlone && lineHas(SOLD_ALONE_HINT, line) && rules.saysPartsSoldAlone(line)) out.partsSoldAlone = line.slice(0, 120);
    if (!out.partsNotSoldAlone && lineHas(SOLD_ALONE_HINT, line) && rules.saysPartsNotSoldAlone(line)) out.partsNotSoldAlone = line.slice(0, 120);
    if (!out.fclOnly && lineHas(FCL_HINT, line) && FCL_ONLY.test(line)) out.fclOnly = line.slice(0, 120);
    if (out.itemWeightG === undefined && !lineMoneys.length && lineHas(WEIGHT_HINT, line) && !GROSS_WEIGHT.test(line)) {
      const w = ITEM_WEIGHT.exec(line);
      if (w) out.itemWeightG = gramsOf(Number(w[1]), w[2]!);
    }
    // (a form row of several fields, "单位：公斤　区间价：US $1.60 - $2.10", states its unit before the amounts)
    const measureAt = MEASURE_UNIT_FIELD.exec(line);
    const measure = measureAt && (!lineMoneys.length || measureAt.index + measureAt[0].length <= lineMoneys[0]!.start) ? measureAt : null;
    if (measure) out.measureUnit ??= (measure[2] ? unitOf(`${measure[1]} ${measure[2]}`) : undefined) ?? unitOf(measure[1]!);
    if (!out.minOrderValue && lineMoneys.length && !VALUE_NOT_MOQ.test(line) && !isSampleLine(line)) {
      for (const m of lineMoneys) {
        const before = line.slice(Math.max(0, m.start - 40), m.start);
        if (MIN_VALUE_BEFORE.test(before) || (UNDER_VALUE_BEFORE.test(before) && VALUE_REFUSED.test(line.slice(m.end)))) {
          out.minOrderValue = { money: m.money, raw: line.slice(0, 120) };
          break;
        }
      }
    }
    if ((priceWord || moqHint || lineHas(DISCLAIMER_HINT, line)) && DISCLAIMER.test(line)) out.disclaimers.push(line.slice(0, 200));
    if (!out.moqNotReal && moqHint) {
      // "Is 17 tons MOQ going to look fake??": a rep asking whether it looks so says nothing of whether it is real.
      const nr = MOQ_NOT_REAL.exec(line);
      if (nr && !ASKED_AFTER.test(line.slice(nr.index + nr[0].length))) out.moqNotReal = line.slice(0, 120);
    }
    if (!out.priceNotReal && (priceWord || lineHas(QUOTE_HINT, line)) && PRICE_NOT_REAL.test(line)) out.priceNotReal = line.slice(0, 120);
    if ((priceWord || lineHas(SINGLE_HINT, line)) && PRICE_CLAIM.test(line)) {
      // "Real price $3.50, the listed price is for display": the price the seller says buyers really pay.
      const m = PRICE_CLAIM.exec(line)!;
      const after = lineMoneys.find((t) => t.start >= m.index);
      if (after) out.priceClaims.push(after.money);
    }
    // A minimum for customisation is not the product's ... unless the line says the price or the item is the custom work
    // ("本价格含定制印刷", "本款为工程定制"). A custom title alone does not say so: "Custom ... Cap, Min. order 50" with
    // "Graphic customization (min. 250 pcs)" sells plain caps from 50.
    // The customisation words are read per sentence: "every custom design needs min. 500 pairs. Orders below 500 pairs cannot
    // be produced." refuses every order in its second sentence; one sentence saying stock and custom orders alike start there
    // ("现货与定制均 500 套起订", "all orders, stock or custom") states the product's minimum.
    const customGoods = noPlainStock || CUSTOM_IS_GOODS.test(line);
    const customHere = !customGoods && namesCustomWork(line);
    if (lineHas(HIDDEN_HINT, line) && !isSampleLine(line) && !lineHas(LEAD_TIME_HINT, line) && !(customHere && CUSTOM_LABEL.test(line))) {
      const masked0 = spelledNumbers(customHere ? maskMoney(line, lineMoneys).replace(CUSTOM_SENTENCES, (x) => (STOCK_TOO.test(x) ? x : ' '.repeat(x.length))) : maskMoney(line, lineMoneys));
      if (HIDDEN_GATES.some((g) => g.test(masked0))) for (const { gate, re, priceScope, loose } of HIDDEN_MOQ) {
        if (!gate.test(masked0)) continue;
        const m = re.exec(masked0);
        // "minimum order 1 x 40ft reefer": a count of containers, not an MOQ in the listing's units.
        if (m && m[1] && !m[3] && /^\s*[x×*]\s*(?:20|40|45)(?!\d)/i.test(masked0.slice(m.index + m[0].length))) break;
        if (m && m[1]) {
          const unit = unitOf(m[3]);
          out.moqClaims.push({ qty: num(m[1], m[2]), unit, raw: m[0].trim().slice(0, 80), ...(priceScope ? { priceScope } : {}), ...(loose ? { loose } : {}) });
          // "minimum 15 CBM per shipment (approx. 60 pcs)": a minimum in volume or weight with its count of the goods.
          const counted = unit && unit.dim !== 'count' ? APPROX_COUNT.exec(masked0.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
          const countUnit = counted ? unitOf(counted[3]) : undefined;
          if (counted && countUnit?.dim === 'count') out.moqClaims.push({ qty: num(counted[1]!, counted[2]), unit: countUnit, raw: `${m[0].trim()} ${counted[0].trim()}`.slice(0, 80), ...(priceScope ? { priceScope } : {}), ...(loose ? { loose } : {}) });
          break;
        }
      }
    }
  }

  // The line being read prices a customisation (set per line by parse, read by handleSegment).
  let feeLine = false;
  // The paste says the seller has no plain stock (NO_PLAIN_STOCK): every custom minimum on it is the product's.
  let noPlainStock = false;

  function parse(input: string): ParsedListing {
    feeLine = false;
    moneyMemo.clear();
    noPlainStock = NO_PLAIN_STOCK.test(input);
    // (the text as written, before fields are split out of its lines: the contradictions are read sentence by sentence in it)
    const written = bareTierRows(barePrices(numberedRows(clean(input), rules.rowLabel), rules.barePriceField), rules.tierHeading);
    const cleaned = relineate(dedent(undouble(mixedFields(unglue(wordedRange(minMaxJoined(productNamed(written))))))));
    const head = cleaned.length > 20_000 ? cleaned.slice(0, 20_000) : cleaned;
    const text = ZH_FIELDS.test(head) || EN_FORM.test(head) ? formToFields(cleaned) : cleaned;
    absentHints.clear();
    for (const hint of LINE_HINTS) if (!hint.test(text)) absentHints.add(hint);
    const lines = text.split('\n');
    // Every field present from the start, the optional ones undefined: a listing's fields are found in any order, and an
    // object given its properties in a different order each time has a different shape each time, which sent the
    // optimised code of every rule reading it back to the compiler.
    const out: ParsedListing = {
      layout: layoutOf(cleaned),
      title: undefined,
      headline: undefined,
      tiers: [],
      moq: undefined,
      moqClaims: [],
      moqFloors: [],
      sample: undefined,
      skus: [],
      shipping: [],
      order: undefined,
      priceUnits: [],
      disclaimers: [],
      priceClaims: [],
      priceNotReal: undefined,
      customMoqs: [],
      total: undefined,
      freeShipping: undefined,
      freeShippingIf: undefined,
      freightAfterOrder: undefined,
      freightNotReal: undefined,
      freightTopUp: undefined,
      minOrderValue: undefined,
      freightMultiple: undefined,
      shippingHoldsPrice: undefined,
      priceFor: undefined,
      unitIsPack: undefined,
      unitSizes: undefined,
      halfPair: undefined,
      fractionalUnit: undefined,
      unitEquivalence: undefined,
      notes: [],
      measureUnit: undefined,
      itemWeightG: undefined,
      moqNotReal: undefined,
      fclOnly: undefined,
      setupInSmallOrders: undefined,
      partsSoldAlone: undefined,
      partsNotSoldAlone: undefined,
      optionHeadings: undefined,
      freeSamples: undefined,
      unitWeightKg: undefined,
      grossWeightKg: undefined,
      seaTransit: undefined,
      sizeSpan: undefined,
      sizeCount: undefined,
    };
    let pendingRanges: RangeTok[] | null = null;
    let pendingAge = 0;
    let inSkuBlock = false;
    // Lines left in a "Samples" section whose price sits on a line of its own ("Samples / Maximum order quantity: 1 / US$0.01").
    let sampleLines = 0;
    // Inside a "Customization" section: its "Min. order" lines are customisation MOQs, not the product's.
    let inCustomBlock = false;
    let pickerBlock = false;
    let namesOnly = false;
    // The previous line held a price and nothing else ("US$7.80"); and whether tiers here put the price above
    // its quantity ("US$7.80" over "1 - 299 pieces"), so a price line pairs with the range after it, not before.
    let lastLone: MoneyTok | null = null;
    let moneyRow: { ms: MoneyTok[]; at: number } | null = null;
    let titleFromField = false;
    let priceFirst = false;
    let rangeFirst = false;
    let categoryPath: string | undefined;
    // Inside a backend table whose cells carry no currency sign, and the currency the page's amounts use.
    let bareBlock: 'sku' | 'tier' | null = null;
    let shippingBlock = false;
    // The price on the line naming the goods a freight template applies to ("Applied to: ..., USD 0.30 / kg").
    let appliedPrice: MoneyTok | undefined;
    // The index of the last line read as the shipping field.
    let shippingAt = -2;
    let currencyTok: MoneyTok | null = null;

    /** An amount written without a currency sign, in the currency the page's other amounts use. */
    const bareMoney = (value: number): Money => {
      const currency = currencyTok?.money.currency ?? 'USD';
      return { value, currency, usd: value * rules.thresholds.usdPer[currency] };
    };
    const bareSku = (row: string): Sku | null => {
      // ("earplugs pair 0.55." ends the rep's sentence: the full stop is no part of the price)
      const m = BARE_ROW.exec(row.replace(STOCK_CELL, ' ').trim().replace(/(?<=\d)[.。!！]$/, ''));
      if (!m) return null;
      const value = num(m[2]!);
      const name = m[1]!.replace(/[\s:：|/-]+$/, '').trim();
      return value > 0 && name ? { name: name.slice(0, 80), price: bareMoney(value) } : null;
    };
    /**
     * Rows of a backend table whose cells carry no currency sign: SKU rows under "SKU：" or "SKU 规格 价格 库存" (also
     * the one-line "SKU：18色盘 2.60 | 试色卡 0.01"), tier rows under "阶梯价". True when the line was such a row or header.
     */
    const readBareTable = (line: string, out: ParsedListing): boolean => {
      // "Colors: Black 15.80 / Brown 15.80 / Dust bag 2.99" under a price with its currency: options named by an attribute,
      // each with a bare amount in the page's currency (two or more, every part a name and an amount).
      if (currencyTok && isSkuHeader(line)) {
        const parts = line.replace(SKU_HEADER, '').split(ROW_SPLIT).filter((x) => x.trim());
        const each = parts.length >= 2 ? parts.map(bareSku) : [];
        if (each.length && each.every(Boolean)) {
          for (const x of each) out.skus.push(x!);
          return true;
        }
      }
      const header = PRICED_SKU_HEADER.exec(line);
      if (header && header[0].trim()) {
        const rest = line.slice(header[0].length).trim();
        bareBlock = 'sku';
        // Rows with a currency sign under the same header are SKUs too (read by the page-row reader).
        inSkuBlock = true;
        if (!rest) return true;
        let parts = rest.split(ROW_SPLIT).filter((x) => x.trim());
        if (parts.length === 1) {
          // "黑色 7.80  白色 7.80  礼盒 0.01", "黑色<TAB>7.80<TAB>白色<TAB>7.80": name and price pairs with no separator.
          const bare = rest.replace(STOCK_CELL, ' ');
          const pairs = [...bare.matchAll(BARE_PAIR)].map((m) => m[0]);
          if (pairs.length > 1 && !bare.replace(BARE_PAIR, '').trim()) parts = pairs;
        }
        const each = parts.map(bareSku);
        // "2吨 18.50 / 3吨 22.00 / 手柄 0.80": each part a SKU; "黑色 S-XL / 26.50 / 800": the cells of one.
        const skus = parts.length > 1 && each.every(Boolean) ? each : [bareSku(rest)];
        for (const x of skus) if (x) out.skus.push(x);
        return skus.some(Boolean);
      }
      if (bareBlock === 'sku') {
        if (FIELD_START.test(line) || MOQ_WORD.test(line) || SHIPPING_WORD.test(line) || isSampleLine(line) || TITLE_FIELD.test(line)) {
          bareBlock = null;
          return false;
        }
        const x = bareSku(line);
        if (x) {
          out.skus.push(x);
          return true;
        }
        bareBlock = null;
        return false;
      }
      if (bareBlock === 'tier') {
        const rs = ranges(line);
        const bare = rs.length ? bareAmounts(line, rs) : [];
        if (rs.length && bare.length === rs.length) {
          for (let k = 0; k < rs.length; k++) out.tiers.push(tierOf(rs[k]!, { ...bare[k]!, money: bareMoney(bare[k]!.money.value) }, out));
          return true;
        }
        bareBlock = null;
      }
      return false;
    };

    const firstLine = lines.findIndex((l) => /\S/.test(l));
    for (let i = 0; i < lines.length; i++) {
      const rawLine = lines[i]!;
      const line = rawLine.trim();
      if (!line) {
        bareBlock = null;
        shippingBlock = false;
        if (pendingRanges && ++pendingAge > 2) pendingRanges = null;
        inCustomBlock = false;
        // The option picker's rows end at the first blank line; the order summary often follows.
        if (pickerBlock) inSkuBlock = pickerBlock = false;
        continue;
      }
      if (sampleLines > 0) {
        sampleLines--;
        const sm = moneys(line);
        if (sm[0] && !PROMO.test(line)) {
          out.sample ??= sampleOf(line, sm[0]);
          sampleLines = 0;
        }
        if (sm[0] || /order quantity|min\.?\s*order|起订|maximum|最多/i.test(line)) continue;
        sampleLines = 0;
      }
      // (a title that starts with the word, "定制 圆形 不干胶贴纸 铜版纸", over the page's price and MOQ line is the product, no heading)
      if (CUSTOM_HEADING.test(line) && !HEADLINE_ROW.test(lines.slice(i + 1).find((l) => /\S/.test(l)) ?? '')) {
        inCustomBlock = true;
        inSkuBlock = false;
        continue;
      }
      // The section holds customisation options and their MOQs; any other line has left it.
      // A list item under the heading stays in it, whatever it names ("每加 1 色 +US$0.08").
      if (inCustomBlock && !MOQ_WORD.test(line) && !CUSTOM_OPTION.test(line) && !LIST_ITEM.test(rawLine)) inCustomBlock = false;
      if (inCustomBlock && MOQ_WORD.test(line)) {
        const masked = maskMoney(line, moneys(line));
        const at = MOQ_WORD.exec(masked)!;
        const q = quantityNear(masked, at.index, at.index + at[0].length);
        if (q) out.customMoqs.push(q);
        continue;
      }
      const titleField = TITLE_FIELD.exec(line);
      if (titleField) {
        // A labelled title field names the product, whatever free line was read as the title before it.
        if (!titleFromField) out.title = titleField[1]!.trim();
        titleFromField = true;
        inSkuBlock = false;
        continue;
      }
      const lineMoneys = moneys(line);
      // "custom printed neck lanyards 20mm polyester: 100 pcs $0.95, 1,000 pcs $0.32": a rep's first line naming the product
      // before a colon and its prices after it; the product is the title, not a later sentence that names no price.
      if (!out.title && lineMoneys.length && i === firstLine) {
        const named = NAMED_BEFORE_PRICES.exec(line);
        const name = named?.[1]!.trim() ?? '';
        // (only quantities before the first amount after the colon: "wig listing: 13x4 lace front human hair wig, $6.50" names
        // the product after it)
        const upTo = named ? line.slice(named[0].length, lineMoneys[0]!.start) : '';
        if (named && (upTo.match(/[A-Za-z]{2,}|\p{Script=Han}{2,}/gu) ?? []).length <= 1 && (name.match(/[A-Za-z]{2,}|\p{Script=Han}{2,}/gu) ?? []).length >= 3 && !FIELD_START.test(name) && !PRICE_LABEL.test(name) && !OTHER_FIELD.test(name) && !isSkuHeader(`${name}:`) && !MOQ_WORD.test(name) && !SHIPPING_WORD.test(name) && !isSampleLine(name) && !PREFACE.test(name) && !TIER_FIELD.test(name)) out.title = name.slice(0, 300);
      }
      // "Seller's Shipping Method: Express (UPS) · G.W. 28kg" right under the freight: the weight that freight ships.
      // (a gross weight of the parcel, not a weight per set: "Weight: ~85kg/set" under a container's freight)
      if (!lineMoneys.length && shippingAt >= i - 2 && out.shipping.length && /\bG\.?\s?W\b|gross weight|毛重/i.test(line)) {
        const w = SHIP_WEIGHT.exec(line);
        const each = w !== null && /^\s*(?:\/|per\b|each\b|每)/i.test(line.slice(w.index + w[0].length));
        const kg = w && !each ? Number(w[1]) * (/^(?:g|克)$/i.test(w[2]!) ? 0.001 : /^lbs?$/i.test(w[2]!) ? 0.4536 : 1) : 0;
        if (kg > 0) for (const s of out.shipping) if (s.weightKg === undefined && !s.perUnit) s.weightKg = kg;
      }
      // A free-shipping threshold and nothing else priced on the line: no fee, price or SKU to read.
      if (lineMoneys.length === 1 && FREE_OVER.test(line)) {
        out.freeShippingIf ??= line.slice(0, 120);
        lastLone = null;
        continue;
      }
      // A row of amounts and nothing else ("$128.00  $119.00  $0.10"): the prices of a row of quantities that may follow.
      // (a line with a word outside its amounts and no "/" to drop a unit word after is neither: most priced lines are
      // answered so, without building the masked copy and running the unit pattern over it)
      const worded = !line.includes('/') && wordOutside(line, lineMoneys);
      if (lineMoneys.length >= 2 && !worded && !maskMoney(line, lineMoneys).replace(/\/\s*[A-Za-z\p{Script=Han}]+/gu, '').replace(/[\s|,;]/g, '')) moneyRow = { ms: lineMoneys, at: i };
      const prevLone = lastLone;
      lastLone = lineMoneys.length === 1 && !worded && !maskMoney(line, lineMoneys).replace(/\/\s*[A-Za-z\p{Script=Han}]+/u, '').trim() ? lineMoneys[0]! : null;
      // "US$0.22" over "Min. order: 50 pieces": the page's headline price, on a line of its own.
      if (prevLone && !out.headline && !out.tiers.length && !out.skus.length && MOQ_WORD.test(line)) out.headline = { min: prevLone.money, unit: prevLone.unit };
      const movBefore = out.minOrderValue;
      const claimsBefore = out.priceClaims.length;
      readRemarks(line, lineMoneys, out);
      // "订单金额不低于 USD 300": the order value every order must reach is no price of the goods; nor is a sentence giving the
      // real price beside the page's ("Actual FOB price for this model is USD 720-780/set") its headline.
      if (!movBefore && out.minOrderValue && !namesShipping(line)) continue;
      if (out.priceClaims.length > claimsBefore && (out.headline || out.tiers.length || out.skus.length) && !FIELD_START.test(line) && !namesShipping(line)) continue;
      // "激光 logo：开版费 US$ 30/款，$0.15/个", "加扣 +$0.15/条", "定制颜色：+$0.20/个": a line that prices a set-up charge
      // (sku.yaml setupCharges) beside a per-unit fee, or adds its amount to the goods' price ("+$"), prices work added: no
      // headline, SKU or tier of the goods (freight, sample and MOQ lines are read as such).
      if (lineMoneys.length && !SHIPPING_WORD.test(line) && !isSampleLine(line) && !MOQ_FIELD_START.test(line) && (ADD_ON_AMOUNT.test(line) || (lineMoneys.length >= 2 && rules.isSetupCharge(line)))) continue;
      // "定制彩盒：起订 1000 个，$0.35/个": a customisation with its own MOQ prices the work; its MOQ is read, its amount is
      // no headline price of the goods.
      feeLine = lineMoneys.length > 0 && isCustomLine(line) && MOQ_WORD.test(line) && !MOQ_FIELD_START.test(line);
      // A priced item in the customisation section is a fee for that work (a plate, a colour, a tag), added to the goods'
      // price: no SKU of the goods and no price tier.
      if (inCustomBlock && lineMoneys.length && LIST_ITEM.test(rawLine)) continue;

      // "Applied to: <goods>, USD 3.05 / kg", "适用产品：陶瓷马克杯 单价 US$0.39" under a freight template: the goods it ships, at
      // their price; the page's price when no other line gives one.
      if (lineMoneys.length && APPLIED_TO.test(line)) appliedPrice ??= lineMoneys[0];
      if (shippingBlock) {
        // A rate line under "运费模板：" ("美国 首件 US$ 268.00 续件 US$ 268.00"); any other field ends the block.
        // (the order summary under it, "10 Pairs  Details  $12.00" / "Total  $12.00", is the goods and the total, not a rate)
        if (lineMoneys.length && !FIELD_START.test(line) && !isSampleLine(line) && !MOQ_WORD.test(line) && !OTHER_FIELD.test(line) && !otherFieldLabel(line) && !SUMMARY_GOODS.test(line) && !TOTAL_LINE.test(line)) {
          addShipping(line, line, out);
          continue;
        }
        // A method switched off ("平邮小包  已关闭", "Economy mail  closed") is a row of the list too: the block goes on.
        if (!lineMoneys.length && METHOD_OFF.test(line)) continue;
        if (!lineMoneys.length && CHARGE_MODE.test(line)) continue;
        shippingBlock = false;
      }
      if (!lineMoneys.length && (SHIPPING_LABEL.test(line) || SHIPPING_HEADING.test(line))) shippingBlock = true;
      if (lineMoneys.length) currencyTok ??= lineMoneys[0]!;
      else if (readBareTable(line, out)) continue;
      // "500 件<TAB>US$ 23.80" under "阶梯价 (起始数量 / 单价)": a tier row giving only the quantity it starts at.
      if (bareBlock === 'tier' && lineMoneys.length === 1) {
        const tier = startQtyTier(line, lineMoneys[0]!);
        if (tier) {
          out.tiers.push(tierOf(tier, lineMoneys[0]!, out));
          continue;
        }
        bareBlock = null;
      }
      else if (TIER_HEADER_ALONE.test(line) || (!lineMoneys.length && TIER_COLUMNS.test(line))) {
        bareBlock = 'tier';
        inSkuBlock = false;
        continue;
      }

      if (isSampleLine(line)) {
        // "Samples: $0.01/Square Meter | 1 Square Meter (Min. Order)": the sample's MOQ is not the product's.
        if (lineMoneys[0]) out.sample ??= sampleOf(line, lineMoneys[0]);
        else if (!out.sample) sampleLines = 3;
        inSkuBlock = false;
        pendingRanges = null;
        continue;
      }
      const inlineSample = lineMoneys.length ? SAMPLE_INLINE.exec(line) : null;
      if (inlineSample) {
        const after = lineMoneys.find((m) => m.start >= inlineSample.index);
        if (after) {
          out.sample ??= sampleOf(line, after);
          continue;
        }
      }
      if ((namesShipping(line) || (lineMoneys.length > 0 && COURIER_FEE.test(line) && lateCharged(line, line.slice(lineMoneys[0]!.start)))) && !SHIPPING_NOT.test(line) && lineMoneys.length && (!inSkuBlock || FIELD_START.test(line) || FREIGHT_FIELD_ROW.test(line) || NOTE_LINE.test(line)) && !STEPPER.test(line) && !isSkuHeader(line)) {
        // "Shipping (published): $40.00; actually charged at checkout: $260.00" is one field with two roles.
        // A sentence of several fields ("USD 0.55/gram, MOQ 1 kg, air freight USD 180 per shipment"): the fee starts at the
        // part that names the freight; the parts before it are the price and the MOQ.
        const segs = splitSegments(line);
        const first = segs.findIndex((x) => namesShipping(x));
        // ... unless the freight is named only after the amounts, on the line right under the shipping field that says what
        // is charged ("EMS停了，实际全部走顺丰国际，按 US$38/件收，差价让客户补拍运费链接"): that line continues the field whole.
        const continues = first > 0 && shippingAt === i - 1 && CHARGED.test(line) && !segs.slice(first).some((x) => moneys(x).length);
        if (continues) addShipping(line, line, out);
        else {
          // A free-shipping badge with no amount of its own ("Free shipping | $1.90 / piece | 10 pcs (Min. Order)") is a
          // whole field: the cells after it that name no freight are the page's price and MOQ, not a fee.
          let badge = false;
          for (const seg of first > 0 ? segs.slice(first) : segs) {
            if (badge && !namesShipping(seg)) {
              handleSegment(seg, out, i);
              continue;
            }
            addShipping(seg, line, out);
            badge = saysFreeShipping(seg) && !moneys(seg).length;
          }
        }
        // The shipping field of a form ends the SKU rows above it ("货值：US$ 520" after it is no SKU).
        if (FIELD_START.test(line) || FREIGHT_FIELD_ROW.test(line)) inSkuBlock = false;
        pendingRanges = null;
        shippingAt = i;
        continue;
      }
      // The line right under the shipping field that says what was charged ("Actual charged at checkout: $86.00",
      // "实际收取：US $90") continues that field without repeating its name.
      if (shippingAt === i - 1 && lineMoneys.length && CHARGED.test(line) && !MOQ_WORD.test(line) && !isSampleLine(line) && !PRICE_LABEL.test(line) && !TIER_FIELD.test(line)) {
        addShipping(line, line, out);
        continue;
      }
      // "Package gross weight: 0.55 kg" states a size, not the unit the price is quoted in.
      // The equivalence pattern starts at every "1" and every word: tried only on lines with one of its signs.
      const converts = (EQUIVALENCE_HINT.test(line) && UNIT_EQUIVALENCE.test(line)) || (ITEM_HINT.test(line) && ITEM_EQUIVALENCE.test(line));
      if (converts) out.unitEquivalence ??= line.slice(0, 80);
      // "1卷=100码，约 $0.016/码", "1 roll = 50 meters (≈ $1.44-1.72/m)": under prices already given, a unit equivalence with
      // approximate amounts works the price out per the smaller unit; it is a note, not the headline or a tier.
      if (converts && lineMoneys.length && (out.tiers.length || out.skus.length || out.headline) && APPROX_BEFORE.test(line.slice(Math.max(0, lineMoneys[0]!.start - 8), lineMoneys[0]!.start))) continue;
      // ("Shipping to United States (1 pc, 0.02 kg):" weighs the parcel a fee is for: no unit the goods are priced by)
      if (FRACTIONAL_UNIT.test(line) && !MEASURE_WORD.test(line) && !converts && !SHIPPING_WORD.test(line)) out.fractionalUnit ??= FRACTIONAL_UNIT.exec(line)![0].trim();
      // "Variant 'Sample patch' $0.01", "规格「礼盒」 US$0.50": a variant named in quotes, with its price.
      const quoted = lineMoneys.length === 1 ? QUOTED_VARIANT.exec(line) : null;
      if (quoted) {
        out.skus.push({ name: quoted[1]!.trim().slice(0, 80), price: lineMoneys[0]!.money });
        continue;
      }
      if ((isSkuHeader(line) && lineMoneys.length) || (lineMoneys.length >= 2 && ATTR_LIST.test(line) && !NOT_ATTR.test(line.split(/[:：]/)[0]!))) {
        // "SKU 规格与价格：黑色 $5；赠品卡片 $0.01" or "Color : 9inch Bread Proofing ... $4.92 - 0 +"
        for (const seg of splitSegments(line.replace(SKU_HEADER, '').replace(OPTION_SLASH, ' | '))) for (const one of perAmount(seg)) addSkuSegment(one, out);
        // The page's "Color : Black $3.20 - 0 +" opens a block of rows; the backend's one-line field does not.
        // So does one followed by indented rows that each carry one price (the page's option list without steppers).
        inSkuBlock = STEPPER.test(line) || (/^[ \t]+\S/.test(lines[i + 1] ?? '') && moneys(lines[i + 1]!).length === 1);
        pendingRanges = null;
        continue;
      }
      if (lineMoneys.length === 1 && ATTR_ROW.test(line) && !NOT_ATTR.test(line.split(/[:：]/)[0]!) && /^[ \t]+\S/.test(lines[i + 1] ?? '') && moneys(lines[i + 1]!).length === 1) {
        // "Battery:  36V 10Ah  $189.00" over indented rows "48V 13Ah  $229.00": an attribute the options are named by.
        const name = skuName(line, lineMoneys[0]!).replace(ATTR_ROW, '').trim();
        out.skus.push({ name: name || '?', price: lineMoneys[0]!.money });
        inSkuBlock = true;
        pendingRanges = null;
        continue;
      }
      if (SKU_HEADER_ALONE.test(line) || (!lineMoneys.length && ATTR_BLOCK_HEADER.test(line))) {
        // "SKU规格与价格" or "Variations" on a line of its own, no colon: the rows under it are SKUs.
        inSkuBlock = true;
        pendingRanges = null;
        continue;
      }
      if (VARIATION_HEADER.test(line) && !lineMoneys.length) {
        // "Size (4)  >": the page's option picker; the rows under it are SKUs.
        inSkuBlock = pickerBlock = true;
        pendingRanges = null;
        continue;
      }
      if (lineMoneys.length === 1 && DOT_ROW.test(line) && !FIELD_START.test(line) && !PROMO.test(line)) {
        // "S 10cm · US $0.90": an option with its price.
        const name = skuName(line.replace(/\s*[·•]\s*(?=\S*\s*$)/, ' '), lineMoneys[0]!).replace(/\s*[·•]\s*$/, '');
        out.skus.push(skuOf(name || '?', lineMoneys[0]!));
        if (lineMoneys[0]!.unit) out.priceUnits.push(lineMoneys[0]!.unit);
        continue;
      }
      // "Up to US $20 off shipping", "Get $5 off every $200": promotions are no price, fee or SKU of the product.
      // A line with no amount is no promotion ("Auto Shut-off" in a title).
      if (lineMoneys.length && PROMO.test(line) && !STEPPER.test(line)) continue;
      if (lineMoneys.length === 1 && (STEPPER.test(line) || (inSkuBlock && !FEE_IN_BRACKETS.test(line) && !FIELD_START.test(line) && !FREIGHT_FIELD_ROW.test(line) && !MOQ_WORD.test(line) && !GOODS_PART.test(line) && !TOTAL_PART.test(line)))) {
        // A SKU row, even when its name says "postage" or "运费差价": that is the filler SKU the briefing means.
        const name = skuName(line, lineMoneys[0]!);
        out.skus.push(skuOf(name || '?', lineMoneys[0]!));
        if (lineMoneys[0]!.unit) out.priceUnits.push(lineMoneys[0]!.unit);
        continue;
      }
      // "起订量 1-99件，单价 25元/件": a tier row that names its quantity "起订量"/"MOQ"; read as a tier, not as the MOQ field.
      if (lineMoneys.length && !inSkuBlock && MOQ_WORD.test(line) && !STEPPER.test(line)) {
        const rowRanges = ranges(maskMoney(line, lineMoneys)).filter((r) => r.max !== undefined || /^(?:>=|≥|>|大于|不少于|不低于)|\+|以上|or more|and above/i.test(r.label));
        if (rowRanges.length && rowRanges.length === lineMoneys.length) {
          for (let k = 0; k < rowRanges.length; k++) out.tiers.push(tierOf(rowRanges[k]!, lineMoneys[k]!, out));
          pendingRanges = null;
          continue;
        }
      }
      // "起批量 Qty: 1-49 台 | 50-199 台 | ≥200 台": a row of tier quantities under an MOQ-like label, not the MOQ; and the
      // labelled row of as many prices under it ("价格 Price: US$ 65.00 | US$ 62.00 | US$ 6.50").
      if (!lineMoneys.length && MOQ_WORD.test(line) && !STEPPER.test(line)) {
        const row = ranges(line).filter((r) => r.max !== undefined || /^(?:>=|≥|>|大于|不少于|不低于)|\+|以上|or more|and above/i.test(r.label));
        if (row.length >= 2) {
          rangeFirst = true;
          pendingRanges = row;
          pendingAge = 0;
          continue;
        }
      }
      if (pendingRanges && pendingRanges.length >= 2 && rangeFirst && lineMoneys.length === pendingRanges.length && !inSkuBlock && !ranges(maskMoney(line, lineMoneys)).length && !STEPPER.test(line)) {
        for (let k = 0; k < pendingRanges.length; k++) out.tiers.push(tierOf(pendingRanges[k]!, lineMoneys[k]!, out));
        pendingRanges = null;
        continue;
      }
      // Fields can share a line: "$0.01 - $4.92/ Piece | 2 Piece/Pieces(Min. Order)", "运费：$20；样品：$1".
      const segments = splitSegments(line);
      let consumed = false;
      // "定制服务：logo 刺绣 起订 50 套；专车专用版型 起订 200 套": every field after a customisation label is a customisation's.
      const customLine = segments.length > 1 && CUSTOM_LABEL.test(line) && namesCustomWork(line);
      for (const seg of segments) {
        if (handleSegment(seg, out, i, customLine)) consumed = true;
      }
      if (consumed) {
        inSkuBlock = isSkuHeader(line);
        // "Color: Red<TAB>Blue<TAB>Green" names options without prices: priced rows may follow, and so may tiers.
        namesOnly = inSkuBlock && !lineMoneys.length && Boolean(line.replace(SKU_HEADER, '').trim());
        pendingRanges = null;
        continue;
      }
      // Tier rows: ranges with their prices on the same line, or a row of ranges over a row of prices.
      const masked = maskMoney(line, lineMoneys);
      let rs = (inSkuBlock && !namesOnly) || isSkuHeader(line) ? [] : ranges(masked);
      // "  AA washed screen 17+   $5.60/kg" among indented option rows: a number with no unit inside the option's name (a
      // bean screen size, an age, a grade) is part of the name, not a quantity the price starts at.
      if (rs.length === 1 && lineMoneys.length === 1 && !rs[0]!.unit && out.skus.length && !out.tiers.length && /^\s/.test(rawLine) && /[A-Za-z\p{Script=Han}]\s*$/u.test(masked.slice(0, rs[0]!.start))) rs = [];
      // A row of quantities under a line of option names: the tiers have begun, the options are over.
      if (rs.length && namesOnly) inSkuBlock = namesOnly = false;
      // The row of quantities under its row of prices (the page's cells pasted price row first).
      if (rs.length >= 2 && !lineMoneys.length && moneyRow && i - moneyRow.at <= 2 && moneyRow.ms.length === rs.length && !out.tiers.length && !STEPPER.test(line)) {
        for (let k = 0; k < rs.length; k++) out.tiers.push(tierOf(rs[k]!, moneyRow.ms[k]!, out));
        moneyRow = null;
        pendingRanges = null;
        continue;
      }
      if (rs.length && !lineMoneys.length && !out.title && !out.headline && !out.tiers.length && !out.skus.length && !out.moq && !QTY_HEADER_WORD.test(line) && !BREADCRUMB.test(line)) {
        let words = masked;
        for (const r of rs) words = words.slice(0, r.start) + ' '.repeat(r.end - r.start) + words.slice(r.end);
        if ((words.match(/[A-Za-z]{3,}|\p{Script=Han}{2,}/gu) ?? []).length >= 3) {
          out.title = line.slice(0, 300);
          continue;
        }
      }
      // "Printing plate fee: $120 (refundable over 500k pcs)": a fee with a condition, not a row of tiers.
      if (rs.length && lineMoneys.length >= rs.length && !STEPPER.test(line) && !FEE_LABEL.test(line) && !(lineMoneys.length === 1 && FEE_AMOUNT.test(line))) {
        const aligned = lineMoneys.length > rs.length ? alignTiers(masked, rs, lineMoneys) : null;
        if (aligned) for (const [r, m] of aligned) out.tiers.push(tierOf(r, m, out));
        else for (let k = 0; k < rs.length; k++) out.tiers.push(tierOf(rs[k]!, lineMoneys[k]!, out));
        pendingRanges = null;
        continue;
      }
      if (rs.length && !lineMoneys.length && TIER_FIELD.test(line)) {
        // "阶梯价：1-99 → 2.00；100-999 → 1.80": a price field whose amounts carry no currency sign.
        const bare = bareAmounts(masked, rs);
        if (bare.length === rs.length) {
          for (let k = 0; k < rs.length; k++) out.tiers.push(tierOf(rs[k]!, bare[k]!, out));
          continue;
        }
      }
      if (rs.length === 1 && !lineMoneys.length && prevLone && !rangeFirst && !STEPPER.test(line)) {
        out.tiers.push(tierOf(rs[0]!, prevLone, out));
        priceFirst = true;
        pendingRanges = null;
        continue;
      }
      if (rs.length && !lineMoneys.length && priceFirst) continue;
      if (rs.length && !lineMoneys.length) {
        // A quantity before any price: this page puts the price under its quantity.
        rangeFirst = true;
        pendingRanges = rs;
        pendingAge = 0;
        continue;
      }
      if (pendingRanges && !lineMoneys.length && !rs.length && TIER_FIELD.test(line)) {
        // "Price (USD)\t5.00\t4.50\t4.00" under a row of quantities: the header carries the currency.
        const bare = bareAmounts(masked, []);
        if (bare.length >= pendingRanges.length) {
          for (let k = 0; k < pendingRanges.length; k++) out.tiers.push(tierOf(pendingRanges[k]!, bare[bare.length - pendingRanges.length + k]!, out));
          pendingRanges = null;
          continue;
        }
      }
      if (pendingRanges && !priceFirst && lineMoneys.length >= pendingRanges.length && !rs.length && !STEPPER.test(line)) {
        for (let k = 0; k < pendingRanges.length; k++) out.tiers.push(tierOf(pendingRanges[k]!, lineMoneys[k]!, out));
        pendingRanges = null;
        continue;
      }
      // A row of quantities followed by a row without prices (a lead-time table) is not a price ladder.
      if (pendingRanges && !lineMoneys.length) pendingRanges = null;
      if (pendingRanges && ++pendingAge > 2) pendingRanges = null;

      // SKU rows: the page's "name  $4.92  - 0 +" rows, or name/price rows under an attribute header.
      if (lineMoneys.length === 1 && (STEPPER.test(line) || inSkuBlock || /^\s/.test(rawLine)) && !(FEE_IN_BRACKETS.test(line) && !STEPPER.test(line))) {
        // "阿拉斯加 / 夏威夷：USD 18/单", "Hawaii: $18 per order": a rate per order is a destination's freight, never a variant.
        if (PER_ORDER_AFTER.test(line.slice(lineMoneys[0]!.end))) continue;
        const name = skuName(line, lineMoneys[0]!);
        if (name) out.skus.push({ name, price: lineMoneys[0]!.money });
        continue;
      }
      if (inSkuBlock && lineMoneys.length > 1) {
        for (const seg of segments) addSkuSegment(seg, out);
        continue;
      }
      // (a category path, of two names or more, is the title only when the page shows none)
      if (!lineMoneys.length && !out.title && !BREADCRUMB_START.test(line) && !PREFACE.test(line) && !BADGE.test(line) && /[A-Za-z\p{Script=Han}]{3}/u.test(line) && line.length >= 8 && !isSkuHeader(line)) {
        if (CATEGORY_PATH.test(line) || isShortPath(line)) categoryPath ??= line.slice(0, 300);
        else out.title = line.slice(0, 300);
        continue;
      }
      // "帮我看下这个链接：酒店毛巾三件套 纯棉", "pls check 这个品 PET透明水果盒": the rep's words, then the product on the same line.
      if (!lineMoneys.length && !out.title && PREFACE.test(line)) {
        const lead = PREFACE_LEAD.exec(line);
        const rest = lead?.[2]?.trim() ?? '';
        if (lead && PREFACE.test(lead[1]!) && rest.length >= 8 && /[A-Za-z\p{Script=Han}]{3}/u.test(rest) && !PREFACE.test(rest) && !BADGE.test(rest) && !isSkuHeader(rest)) {
          out.title = rest.slice(0, 300);
          continue;
        }
      }
      if (!lineMoneys.length) inSkuBlock = inSkuBlock && /^\s/.test(rawLine);
    }
    out.title ??= categoryPath ?? proseTitle(lines);
    if (appliedPrice && !out.headline && !out.tiers.length && !out.skus.length) out.headline = { min: appliedPrice.money, unit: appliedPrice.unit };
    // "Free Shipping TWS Earbuds ...": a title that advertises free shipping publishes a fee of zero as a shipping line does.
    if (!out.freeShipping && out.title && saysFreeShipping(out.title) && !FREE_CONDITIONAL.test(out.title) && !FREE_SCOPE.test(out.title)) out.freeShipping = true;
    if (out.freeShippingIf) out.freeShipping = undefined;
    // "Customized logo (Min. Order: 100 pieces)" on a page whose seller keeps no plain stock: the least any order can be.
    if (noPlainStock) for (const c of out.customMoqs) out.moqClaims.push({ ...c, raw: `${c.raw} (custom only)` });
    // "规格：0.25米 $0.55 / 1米 $0.85 / 2米 $1.30" under a price per cable: a fraction naming one option among options of whole
    // sizes in the same unit is the length of that item, not a unit the price was cut down to.
    if (out.fractionalUnit && out.skus.length >= 2) {
      const frac = out.fractionalUnit;
      const word = frac.replace(/^[\d.\s]+/, '');
      const whole = new RegExp(`(?<![\\d.])[1-9]\\d*(?:\\.\\d+)?\\s*${escapeRe(word)}`, 'i');
      if (word && out.skus.some((x) => x.name.includes(frac)) && out.skus.some((x) => !x.name.includes(frac) && whole.test(x.name))) out.fractionalUnit = undefined;
    }
    if (out.tiers.some((x) => SIZE_TIERS.has(x))) {
      // (pushed onto a fresh array, not .filter's: see orderRowsOut)
      const kept: Tier[] = [];
      for (let i = 0; i < out.tiers.length; i++) if (!SIZE_TIERS.has(out.tiers[i]!)) kept.push(out.tiers[i]!);
      out.tiers = kept;
    }
    // "50cm×23μ×300m（约 3kg）$1.05": options that state what one of them weighs or measures convert a price per kilogram
    // or metre elsewhere on the page to the unit sold, as a "1卷=约3kg" line would.
    if (!out.unitEquivalence) out.unitEquivalence = out.skus.find((x) => SKU_MEASURE.test(x.name))?.name.slice(0, 80);
    // ... and so is a price "/ unit": the word names the form's unit of measure, whatever that is ("Unit: 1000 Pieces").
    if (out.headline && (!out.headline.unit || GENERIC_UNIT.test(out.headline.unit.label)) && out.measureUnit) out.headline.unit = out.measureUnit;
    // Goods made to the buyer's design ("Custom Logo", "定制印刷"): their sample is a proof priced by its setup cost.
    if (out.sample && out.title && CUSTOM_SAMPLE.test(out.title)) out.sample.custom = true;
    orderRowsOut(out);
    if (out.minOrderValue) {
      // The order value the page demands, at the dearest price it shows per unit: at least this many units.
      const prices = [...out.tiers.map((x) => ({ p: x.price, u: x.unit })), ...(out.headline ? [{ p: out.headline.max ?? out.headline.min, u: out.headline.unit }] : [])];
      const dearest = prices.reduce<(typeof prices)[number] | undefined>((a, b) => (!a || b.p.usd > a.p.usd ? b : a), undefined);
      if (dearest && dearest.p.usd > 0) {
        const qty = Math.floor(out.minOrderValue.money.usd / dearest.p.usd);
        if (qty > 1) out.moqClaims.push({ qty, unit: dearest.u ?? out.moq?.unit, raw: out.minOrderValue.raw.slice(0, 80) });
      }
    }
    if (!out.priceFor && rules.priceForUnit) out.priceFor = remarkedPriceUnit(text, rules.priceForUnit);
    if (out.freeShipping && !out.freightAfterOrder && rules.freightLater) out.freightAfterOrder = freightLaterSaid(text, rules.freightLater);
    if (rules.moqFloor && (out.moq || out.moqClaims.length)) out.moqFloors = statedFloors(written, rules.moqFloor, unitQuantities, noPlainStock, MOQ_FIELD_START);
    // (read only for a headline range, the one thing they can explain)
    if (out.headline?.max) {
      out.sizeSpan = sizeSpanOf(written);
      const n = SIZE_COUNT.exec(written);
      if (n) out.sizeCount = Number(n[1] ?? n[2]);
    }
    return out;
  }

  /**
   * "5 sets<TAB>$1,425.00" under the price: the page's order summary (quantity times the unit price), not a SKU
   * named "5 sets". Only a row whose amount is its quantity times a price the page shows.
   */
  function orderRowsOut(out: ParsedListing): void {
    if (!out.skus.length) return;
    // (built in a loop, not by spreading .map's array, whose elements kind changes once the map is optimised and so
    // deoptimised this function)
    const unitPrices: Money[] = [];
    if (out.headline?.min) unitPrices.push(out.headline.min);
    if (out.headline?.max) unitPrices.push(out.headline.max);
    for (let i = 0; i < out.tiers.length; i++) if (out.tiers[i]!.price) unitPrices.push(out.tiers[i]!.price);
    if (!unitPrices.length) return;
    // (the SKUs kept pushed onto a fresh array, and the parser's own array left in place when every SKU stays: a .filter
    // result's elements kind differs before and after the optimising compiler inlines it, and each kind the rules met
    // anew deoptimised them)
    const kept: Sku[] = [];
    for (let i = 0; i < out.skus.length; i++) {
      const s = out.skus[i]!;
      const m = QTY_ONLY.exec(s.name.trim());
      const qty = m ? num(m[1]!) : 0;
      if (!m || !(qty > 1) || !unitPrices.some((u) => Math.abs(u.usd * qty - s.price.usd) <= 0.02 * s.price.usd + 0.01)) {
        kept.push(s);
        continue;
      }
      out.order ??= { qty, unit: unitOf(m[2]), subtotal: s.price };
    }
    if (kept.length !== out.skus.length) out.skus = kept;
  }

  /** Handles one field; true when the segment was a known field (sample, shipping, MOQ, headline, SKU header). */
  function handleSegment(seg: string, out: ParsedListing, _line: number, customLine = false): boolean {
    const ms = moneys(seg);
    const masked = maskMoney(seg, ms);
    if (isSampleLine(seg)) {
      if (ms[0]) out.sample ??= sampleOf(seg, ms[0]);
      return true;
    }
    if ((customLine || isCustomLine(seg) || namesCustomWork(seg)) && /min\.?\s*order|\(\s*min(?:imum)?\.?\s*\d|moq|起订/i.test(seg)) {
      // "Customized logo(Min. Order: 10000000 Grams)": kept apart, a customisation MOQ nobody could order is false too.
      for (const m of matchesIn(CUSTOM_QTY, masked)) {
        const q = quantityNear(masked, m.index! + m[0].length, m.index! + m[0].length);
        if (q) out.customMoqs.push(q);
      }
      return true;
    }
    if (TOTAL_LINE.test(seg)) {
      if (ms[0]) out.total ??= ms[0].money;
      return true;
    }
    if (namesShipping(seg) && !SHIPPING_NOT.test(seg) && ms.length) {
      addShipping(seg, seg, out);
      return true;
    }
    if (ORDER_LINE.test(seg) && ms.length === 1) {
      const q = quantityNear(masked, 0, 0);
      if (q) out.order ??= { qty: q.qty, unit: q.unit, subtotal: ms[0]!.money };
      return true;
    }
    const moqAt = MOQ_WORD.exec(masked);
    if (moqAt && !ms.length) {
      let q = quantityNear(masked, moqAt.index, moqAt.index + moqAt[0].length);
      // (a quantity counted in the goods, "20套起 / 20GP混装", keeps its unit: the container is how it ships)
      if (q && CONTAINER.test(masked) && (!q.unit || q.unit.id === 'container')) {
        // "MOQ: 1 x 20GP container (approx. 25 MT)"; "25 吨 (1x20'FCL)" keeps its tons, a unit that converts.
        // A container is an approximate quantity: it is not compared with tiers or other MOQs at all.
        q = { qty: q.qty, unit: { id: 'container', dim: 'count', base: 1, label: 'container' }, raw: q.raw };
      }
      if (q) {
        if (!out.moq && !DISCLAIMER.test(seg)) out.moq = q;
        else out.moqClaims.push({ ...q, loose: true });
      }
      return true;
    }
    if (ms.length >= 1 && ms.length <= 2 && (HEADLINE_FIELD.test(seg) || isHeadline(seg, ms))) {
      if (!out.headline && !feeLine) {
        const [a, b] = ms;
        const unit = (b ?? a)!.unit ?? a!.unit;
        out.headline = b ? { min: a!.money.usd <= b.money.usd ? a!.money : b.money, max: a!.money.usd <= b.money.usd ? b.money : a!.money, unit } : { min: a!.money, unit };
        return true;
      }
      return false;
    }
    if (isSkuHeader(seg)) {
      const rest = seg.replace(SKU_HEADER, '');
      if (/^\s*$/.test(rest)) return true;
      // "Color : 9inch Bread Proofing ... $4.92 - 0 +" or "SKU 规格与价格：黑色 $5；赠品卡片 $0.01"
      if (ms.length >= 1) {
        addSkuSegment(rest, out);
        return true;
      }
      return true;
    }
    return false;
  }

  function addShipping(seg: string, line: string, out: ParsedListing): void {
    const freeWords = saysFreeShipping(line);
    // (... or its goods amount unlabelled after the quantity: "20 Pieces  $90.00  Shipping $0.00  Total $90.00")
    const qtyLed = !SUMMARY_GOODS.test(seg) && SUMMARY_TOTAL.test(seg) && QTY_LED_SUMMARY.test(seg);
    const summary = (SUMMARY_GOODS.test(seg) && SUMMARY_TOTAL.test(seg)) || qtyLed;
    const parts = summary ? summaryParts(seg) : shippingParts(seg);
    for (const sub of parts) {
      const sms = moneys(sub).filter((m) => !notFee(sub, m, freeWords) && !inGoodsPrice(line, sub, m));
      if (!sms.length) continue;
      if (GOODS_PART.test(sub) || (qtyLed && sub === parts[0])) {
        // "货值 US $9.80" beside "预估运费 US $238.30（10 件）": the order summary's goods value.
        const q = /[(（]\s*([^)）]*)[)）]/.exec(line);
        // (in a one-line summary the quantity leads it: "20 Pieces  Details $112.00 …")
        const qty = q ? quantityNear(maskMoney(q[1]!, moneys(q[1]!)), 0, 0) : summary ? quantityNear(maskMoney(seg, moneys(seg)), 0, 0) : undefined;
        out.order ??= { qty: qty?.qty ?? 0, unit: qty?.unit, subtotal: sms[0]!.money };
        continue;
      }
      if (TOTAL_PART.test(sub)) {
        out.total ??= sms[0]!.money;
        continue;
      }
      // An amount on a line that says the freight is changed after the order ("after you place the order we will modify
      // freight to actual, normally US$ 60-90 per chair"), below a freight read before it: what the buyer is charged.
      const changedLater = !CHARGED.test(sub) && !PUBLISHED.test(sub) && out.shipping.length > 0 && CHANGED_AFTER_ORDER.test(line);
      const role: Shipping['role'] = CHARGED.test(sub) ? 'charged' : lateCharged(line, sub, sms[0]!.start) ? 'charged' : PUBLISHED.test(sub) ? 'published' : changedLater ? 'charged' : 'plain';
      // (there the line's "for reference" is said of the page's fee: only the amount's own part can make it an estimate)
      const estimate = ESTIMATE.test(sub) || (!changedLater && ESTIMATE.test(line));
      // "Shipping $5.00 - $90.00": the range's top is what a buyer may pay.
      // Two amounts joined as a range: the top; otherwise the first (what follows belongs to other fields).
      const ranged = sms.length >= 2 && /^\s*(?:-|~|to|至)\s*$/i.test(sub.slice(sms[0]!.end, sms[1]!.start));
      if (sms.length >= 2 && SHIPPING_CHANGED.test(sub.slice(sms[0]!.end, sms[1]!.start).replace(/^\s*\/\s*[A-Za-z\p{Script=Han}]+/u, ''))) {
        out.shipping.push({ amount: sms[0]!.money, estimate, role: 'published', perUnit: sms[0]!.unit ?? perUnitBefore(sub, sms[0]!) });
        out.shipping.push({ amount: sms[1]!.money, estimate, role: 'charged', perUnit: sms[1]!.unit ?? perUnitBefore(sub, sms[1]!) });
        continue;
      }
      const amount = ranged ? sms.reduce((a, b) => (b.money.usd > a.money.usd ? b : a)) : sms[0]!;
      // A charged amount in a sentence of its own after one saying the fee shown is for reference ("... is for reference
      // only. Actual freight $18.00/piece will be charged ..."): the reference words are about the page's fee.
      const estimateHere = role === 'charged' && estimate && !ESTIMATE.test(ownSentence(sub, amount.start)) ? false : estimate;
      const w = SHIP_WEIGHT.exec(line) ?? SHIP_WEIGHT_IN_PARENS.exec(line);
      const weightKg = w ? (Number(w[1]) * (/^(?:g|克)$/i.test(w[2]!) ? 0.001 : /^lbs?$/i.test(w[2]!) ? 0.4536 : 1)) : undefined;
      const perUnit = amount.unit ?? perUnitBefore(sub, amount);
      // ... or in brackets just after the amount, per the container or pallet it names ("US$ 2,900 / 20GP（约 900 只，危险品）").
      const after = perUnit ? null : QTY_AFTER_FEE.exec(sub.slice(amount.end, amount.end + 60));
      // (a count of goods: "(16kg)", "(2.5 CBM)" there is the parcel's weight or volume, not goods priced by it)
      const counted = after ? shippedQuantity(after[1]!) : undefined;
      const forQty = perUnit ? undefined : shippedQuantity(sub.slice(0, amount.start)) ?? (counted?.unit?.dim === 'count' ? counted : undefined);
      out.shipping.push({ amount: amount.money, estimate: estimateHere, role, perUnit, ...(weightKg ? { weightKg } : {}), ...(forQty ? { forQty } : {}) });
      // "首件 US$35.00 续件 每盒 US$35.00": a rate for each further unit is a fee per unit as well.
      if (!ranged) for (const m of sms.slice(1)) {
        const per = m.unit ?? perUnitBefore(sub, m);
        if (per && per.dim === 'count') out.shipping.push({ amount: m.money, estimate, role, perUnit: per });
      }
    }
  }

  /** An amount of a shipping part that is no fee: a free-shipping threshold (on a line offering free shipping), the goods'
   *  price or other sellers' (NOT_FEE_BEFORE). */
  function notFee(sub: string, m: MoneyTok, freeWords: boolean): boolean {
    const before = sub.slice(Math.max(0, m.start - 30), m.start);
    return (freeWords && THRESHOLD_BEFORE.test(before)) || NOT_FEE_BEFORE.test(before);
  }

  /** The sentence of `line` holding amount `m` of `part` says the freight is folded into the goods' price ("$8.9/pc 含运",
   *  "we baked $0.40/pc postage into the price"): the amount is the goods' price or the freight's share of it, never a fee
   *  billed on top, so free shipping beside it is no contradiction. A sentence that also bills freight later keeps it. */
  function inGoodsPrice(line: string, part: string, m: MoneyTok): boolean {
    if (!rules.freightInPrice) return false;
    const at = line.indexOf(part);
    const own = ownSentence(line, (at < 0 ? 0 : at) + m.start);
    return rules.freightInPrice.test(own) && !(LATE_CHARGE.test(own) && !LATE_NOT.test(own));
  }

  /** The sentence of `line` holding `part` says the amount is billed apart, after the order or payment (LATE_CHARGE). */
  function lateCharged(line: string, part: string, within = 0): boolean {
    if (!LATE_CHARGE.test(line)) return false;
    const at = line.indexOf(part);
    const own = ownSentence(line, (at < 0 ? 0 : at) + within);
    return LATE_CHARGE.test(own) && !LATE_NOT.test(own);
  }

  /** The sentence of `text` that holds position `at`: from after the last full stop before it to the next one. */
  function ownSentence(text: string, at: number): string {
    let from = 0;
    let to = text.length;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
      if (m.index < at) from = m.index + 1;
      else {
        to = m.index;
        break;
      }
    }
    return text.slice(from, to);
  }

  /** "5 张 → US $980", "整柜 40HQ（约 60 张）→ US $4,800", "100 pcs to Lagos by sea: $310": the quantity a fee ships, named
   *  before it with its unit (the first such; a container's count or size is no quantity of the goods). */
  function shippedQuantity(before: string): Quantity | undefined {
    if (!DIGIT.test(before)) return undefined;
    QTY.lastIndex = 0;
    // "1 - 10 pieces  $180": a bracket's fee is paid from its smallest order, so the range's start is the quantity.
    let from: number | undefined;
    for (let m = QTY.exec(before); m; m = QTY.exec(before)) {
      if (m.index > 0 && /[A-Za-z0-9.]/.test(before[m.index - 1]!)) continue;
      const after = before.slice(m.index + m[0].length);
      if (!m[3]) {
        from = /^\s*(?:-|–|~|to|至|到)\s*\d/.test(after) ? num(m[1]!, m[2]) : undefined;
        continue;
      }
      if (CONTAINER_SIZE_AFTER.test(after.slice(0, 16))) continue;
      const unit = unitOf(m[3]);
      if (unit && unit.id !== 'container') return { qty: from ?? num(m[1]!, m[2]), unit, raw: from !== undefined ? `${from} ${m[3]}` : m[0].trim() };
    }
    return undefined;
  }

  /** "每个 US$ 2.00", "每件另加物流费 US$ 25", "续件 US$ 268", "per carton $25": a unit named just before the amount. */
  function perUnitBefore(sub: string, m: MoneyTok): Unit | undefined {
    const before = sub.slice(Math.max(0, m.start - 16), m.start);
    // "续重每 0.5kg US$45", "each additional 0.5 kg $45": a rate per step of weight, a price per that weight.
    const step = STEP_WEIGHT_BEFORE.exec(before);
    if (step) {
      const u = unitOf(step[2]);
      const n = Number(step[1]);
      if (u?.dim === 'mass' && n > 0) return { ...u, base: u.base * n, label: `${step[1]}${step[2]}` };
    }
    const hit = PER_UNIT_BEFORE.exec(before);
    if (!hit) {
      // "every unit is charged US$45 express freight": a fee for each unit of the goods.
      const every = EVERY_UNIT_CHARGED.exec(sub.slice(Math.max(0, m.start - 40), m.start));
      const u = every ? unitOf(every[1]) : undefined;
      return u?.dim === 'count' ? u : undefined;
    }
    if (hit[1]) return unitOf(hit[1]);
    if (hit[2]) return unitOf(hit[2]);
    return unitOf(/续/.test(hit[0]) ? '件' : 'piece');
  }

  /** "钻饰 $0.05 美甲胶 $0.30": one piece per amount, cut after each amount (and its "/件"). */
  function perAmount(seg: string): string[] {
    const ms = moneys(seg);
    if (ms.length < 2) return [seg];
    const out: string[] = [];
    let pos = 0;
    for (const m of ms) {
      const per = /^\s*\/\s*[A-Za-z\p{Script=Han}]+/u.exec(seg.slice(m.end));
      const end = m.end + (per ? per[0].length : 0);
      out.push(seg.slice(pos, end));
      pos = end;
    }
    return out;
  }

  function addSkuSegment(seg: string, out: ParsedListing): void {
    const ms = moneys(seg);
    if (ms.length !== 1) return;
    if (ms[0]!.unit) out.priceUnits.push(ms[0]!.unit);
    const name = skuName(seg, ms[0]!);
    out.skus.push(skuOf(name || '?', ms[0]!));
  }

  /** A SKU of its name and amount, with the unit the amount is per when the row names one ("US$24.00/平方米"). */
  function skuOf(name: string, m: MoneyTok): Sku {
    return m.unit ? { name, price: m.money, unit: m.unit } : { name, price: m.money };
  }

  /** Amounts without a currency sign in a price field, outside the quantity ranges. */
  function bareAmounts(masked: string, rs: RangeTok[]): MoneyTok[] {
    let rest = masked;
    for (const r of rs) rest = rest.slice(0, r.start) + ' '.repeat(r.end - r.start) + rest.slice(r.end);
    const out: MoneyTok[] = [];
    // "12.50，500-999把 11.80": a comma after an amount ends it unless a digit follows (a thousands separator).
    // ... and a number joined to a word by a hyphen is part of it ("1-colour logo", "3-ply", "2-layer"), no amount.
    for (const m of rest.matchAll(/(?<![\d.,])(\d+(?:\.\d{1,4})?)(?![\d.]|,\d|\s*[%A-Za-z\p{Script=Han}]|-[A-Za-z\p{Script=Han}])/gu)) {
      const v = Number(m[1]);
      out.push({ start: m.index!, end: m.index! + m[0].length, money: { value: v, currency: 'USD', usd: v } });
    }
    return out;
  }

  function isHeadline(seg: string, ms: MoneyTok[]): boolean {
    // "$0.01 - $4.92/ Piece" (two amounts joined by a dash) or "$2.50 / Piece" standing alone.
    if (ms.length === 2) return /^\s*(?:-|~|to|至)\s*$/i.test(seg.slice(ms[0]!.end, ms[1]!.start));
    // The amount's own unit goes whole ("/ Square Meter", "/ Metric Ton"), not just its first word.
    const per = ms[0]!.unit ? PER_UNIT.exec(seg.slice(ms[0]!.end)) : null;
    const around = (seg.slice(0, ms[0]!.start) + seg.slice(ms[0]!.end + (per ? per[0].length : 0))).replace(/\/\s*[A-Za-z\p{Script=Han}]+/u, '');
    // A remark in parentheses ("（不含运费）", "(FOB Shenzhen)") says what the price covers; it is still the price.
    // So is a definition of the unit ("(piece = 1 chip 2x2cm)", "（1件=1箱）"), which other rules read.
    const rest = around.replace(PRICE_LABEL, '').replace(/[(（][^)）\d]{0,30}[)）]/g, '').replace(/[(（]\s*(?:1\s*)?[A-Za-z\p{Script=Han}]+\s*[=＝][^)）$¥€]{0,40}[)）]/gu, '').trim();
    // "$2.50 / Piece" alone, or "单价：US$ 0.005" whose label says it is the price (its unit is the form's unit of measure).
    return (Boolean(ms[0]!.unit) || PRICE_LABEL.test(around)) && rest.length <= 3;
  }

  /**
   * The sample field's price per unit: "$95.00 / bundle (100g)", "US$ 110 /100克一束", "$1.00/bag (100 pcs)" are a
   * price for a quantity, so the price per gram or piece is the amount over that quantity.
   */
  function sampleOf(line: string, tok: MoneyTok): NonNullable<ParsedListing['sample']> {
    const custom = CUSTOM_SAMPLE.test(line);
    const after = line.slice(tok.end, tok.end + 60);
    // (only between the word "sample" and its amount: "MOQ 200 sets. Sample $25" is no sample of 200 sets)
    const word = line.slice(0, tok.start).search(/(?:samples?|样品)(?!.*(?:samples?|样品))/i);
    const qb = SAMPLE_QTY.exec(after) || word < 0 ? null : SAMPLE_QTY_BEFORE.exec(line.slice(word, tok.start));
    const q = qb ? null : SAMPLE_QTY.exec(after);
    const unit = q ? unitOf(q[2] ?? q[4]) : qb ? unitOf(qb[2]) : undefined;
    const qty = q ? num(q[1] ?? q[3]!) : qb ? num(qb[1]!) : 0;
    if (unit && qty > 0) {
      const value = tok.money.value / qty;
      return { price: { ...tok.money, value, usd: tok.money.usd / qty }, unit, custom, freightCollect: FREIGHT_COLLECT.test(line) };
    }
    return { price: tok.money, unit: tok.unit, custom, freightCollect: FREIGHT_COLLECT.test(line) };
  }

  /**
   * More amounts than ranges on a tier row ("1台 US$26,500 | 2-4台 US$25,800 | ≥5台 US$25,000"): a tier of one quantity
   * has no range. Each range takes the amount right after it; an amount after a bare quantity ("1台") is a tier of
   * that one quantity. Null when the row does not read that way (a price-first row), so the old pairing applies.
   */
  function alignTiers(masked: string, rs: RangeTok[], ms: MoneyTok[]): [RangeTok, MoneyTok][] | null {
    const out: [RangeTok, MoneyTok][] = [];
    let from = 0;
    for (const m of ms) {
      const r = rs.find((x) => x.end <= m.start && x.start >= from);
      if (r) {
        out.push([r, m]);
        from = m.end;
        continue;
      }
      const q = BARE_QTY_BEFORE.exec(masked.slice(from, m.start));
      if (!q) return null;
      const unit = unitOf(q[2]);
      if (!unit) return null;
      const n = num(q[1]!);
      out.push([{ start: from, end: m.start, min: n, max: n, unit, label: q[0].replace(/^[|;；,，:：\s]+/, "").trim() }, m]);
      from = m.end;
    }
    return out.filter(([r]) => rs.includes(r)).length === rs.length ? out : null;
  }

  /** A row of a ladder table that states where each tier starts ("500 件  US$ 23.80"): from that quantity up; null: another row. */
  function startQtyTier(line: string, m: MoneyTok): RangeTok | null {
    const after = line.slice(m.end).replace(/^\s*\/\s*[A-Za-z\p{Script=Han}]+/u, '').trim();
    if (after) return null;
    const q = BARE_QTY_BEFORE.exec(line.slice(0, m.start));
    if (!q || q.index > 0) return null;
    const unit = unitOf(q[2]);
    if (!unit) return null;
    return { start: 0, end: m.start, min: num(q[1]!), unit, label: q[0].trim() };
  }

  function tierOf(r: RangeTok, m: MoneyTok, out: ParsedListing): Tier {
    if (m.unit) out.priceUnits.push(m.unit);
    // "$0.82/g (≥1kg)": a quantity in one unit and a price per another of the same measure; the tier counts in the
    // price's unit (1,000 g), so its price and quantity multiply to the goods value.
    const same = r.unit && m.unit && r.unit.dim === m.unit.dim && r.unit.base !== m.unit.base && r.unit.dim !== 'count';
    const k = same ? r.unit!.base / m.unit!.base : 1;
    const tier = same
      ? { min: r.min * k, ...(r.max !== undefined ? { max: r.max * k } : {}), unit: m.unit, price: m.money, label: r.label }
      : { min: r.min, max: r.max, unit: r.unit, price: m.money, label: r.label };
    // "16-20 inch  $0.75/g": a range of sizes (inches, centimetres) priced per gram or per piece is an option of the
    // goods, not a quantity bought; it is a SKU.
    // ... and so is one whose price names no unit on a page priced by count ("90-110cm US$0.80" under "计量单位：件": a band
    // of children's sizes, dearer as they grow; nobody buys T-shirts by the centimetre).
    const pageUnit = out.headline?.unit ?? out.measureUnit;
    if (r.unit && r.unit.dim === 'length' && r.unit.base < 1 && (m.unit ? m.unit.dim !== 'length' : pageUnit?.dim === 'count')) {
      out.skus.push({ name: r.label, price: m.money });
      SIZE_TIERS.add(tier);
    }
    return tier;
  }

  function skuName(line: string, m: MoneyTok): string {
    return (line.slice(0, m.start) + ' ' + line.slice(m.end))
      .replace(SKU_HEADER, '')
      .replace(STEPPER, '')
      .replace(/\/\s*[A-Za-z\p{Script=Han}]+\s*$/u, '')
      .replace(/[\t ]+/g, ' ')
      .replace(/^[\s:：,，;；/|-]+|[\s:：,，;；/|=-]+$/g, '')
      .trim()
      .slice(0, 80);
  }

  /**
   * Table cells a copy glued together ("$0.68$0.61$0.55", "1 - 99 Meters100 - 999 Meters1000 - 4999 Me...>=5000 Meters"):
   * a tab between an amount and the next currency sign, and between a unit name (or a cell cut short by "...") and the
   * next quantity range. Only unit names split a word from a range, so model names ("SMD2835", "PC200-8") stay whole: the
   * unit must follow a quantity ("99 Meters100").
   */
  function unglue(text: string): string {
    if (!/\d(?:US\s?\$|\$|¥|€)\s?\d|[A-Za-z.](?:>=|≥|>)?\d[\d,]*\s?(?:-|~)\s?\d|\.\.\.(?:>=|≥|>)\s?\d/.test(text)) return text;
    return text
      .replace(/(\d)(?=(?:US\s?\$|\$|¥|€)\s?\d)/g, '$1\t')
      .replace(/(?<=\d\s?)([A-Za-z]+)(\.{3})?(?=(?:>=|≥|>)\s?\d|\d[\d,]*\s?(?:-|~)\s?\d)/g, (all, word: string, dots?: string) => {
        const w = word.toLowerCase();
        const known = rules.unitByName.has(w) || (dots !== undefined && [...rules.unitByName.keys()].some((n) => n.startsWith(w)));
        return known ? `${all}\t` : all;
      });
  }

  /**
   * A paste that lost its line breaks (a chat box, a CSV cell) gets them back before each field label, after each
   * SKU stepper, and around the headline range and the first row of tiers; the line-based reading then applies.
   */
  function relineate(text: string): string {
    let breaks = 0;
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) breaks++;
    if (breaks * 150 >= text.length || text.length < 30) return text;
    let out = text.replace(FIELD_LABELS, '\n').replace(ZH_FIELD_LABELS, '\n').replace(ZH_SHORT_LABELS, '\n').replace(ZH_FORM_LABELS, '\n').replace(/(-\s*\d+\s*\+)\s*/g, '$1\n');
    out = out.replace(HEADLINE_RANGE, '\n');
    // "…光伏组件。💲US $0.19 /块。MOQ 1 块。单价按W计", "*** Fabric ***. $0.012 / cm. MOQ: 1 cm. full roll 80m": a paste whose fields
    // are sentences; each sentence end before a price, an MOQ or a remark is a field's end.
    if (out.includes('。') || out.includes('. ')) out = out.replace(ONE_LINE_SENTENCE_END, '\n');
    // "*** Office Chair *** / $1.90 / Min. order 1 piece / Shipping: $534.00": fields written one after another with slashes.
    if (out.includes(' / ')) out = out.replace(ONE_LINE_SLASH_FIELD, '\n');
    // The first row of tiers: a quantity range with its unit, not a stepper's "- 0 +".
    for (const m of matchesIn(RANGE_ALL, out)) {
      // Look back a few characters only: a long one-line paste may hold many candidate ranges.
      const before = out.slice(Math.max(0, m.index! - 20), m.index).trimEnd();
      if (!/[A-Za-z\p{Script=Han}]/u.test(m[0]) || /[-$]$/.test(before)) continue;
      if (m.index! > 0 && before.length && !before.endsWith('\n')) out = out.slice(0, m.index).trimEnd() + '\n' + out.slice(m.index);
      break;
    }
    return out;
  }

  function layoutOf(text: string): Layout {
    const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
    if (ZH_FIELDS.test(head)) return 'zh_backend';
    if (EN_PAGE.test(head)) return 'en_page';
    return 'unknown';
  }

  return { parse };
}

// A price range in words: "from just one cent up to 4 dollars", "starting at $0.50 up to $12", "低至一分钱起，最高210美元": written as
// the headline range "US $0.01 - $4" the page would show. An amount is a sign and digits, digits and a currency word, or cents.
const WORD_AMT = String.raw`(?:(?:US\s?)?\$\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:US\s)?(?:dollars?|bucks|usd|美元|美金|刀)|(?:one|a|an|\d{1,2}|一|两|二|三|四|五|六|七|八|九)\s*(?:cents?|分钱|美分))`;
const WORDED_RANGE = new RegExp(String.raw`\b(?:from|starting\s+(?:at|from))\s+(?:just\s+|only\s+|as\s+low\s+as\s+)?(${WORD_AMT})\s*(?:up\s+to|to|-|~)\s*(?:just\s+|only\s+|a\s+max(?:imum)?\s+of\s+)?(${WORD_AMT})|(?:低至|最低|仅需?|只要)\s*(${WORD_AMT})\s*起?\s*[，,、]?\s*(?:最高|高至|最多|至|到)\s*(${WORD_AMT})`, 'gi');
const WORDED_HINT = /cents?\b|dollars?|bucks|美元|美金|分钱|美分|\bup\s+to\b|最高/i;
// (WORD_AMT counts cents in no Chinese numeral above 九)
const EN_SMALL: Record<string, number> = { one: 1, a: 1, an: 1, ...HAN_NUMERALS };
function wordAmount(x: string): number {
  const n = /\d[\d,]*(?:\.\d+)?/.exec(x)?.[0];
  const v = n ? Number(n.replace(/,/g, '')) : EN_SMALL[/^\s*(\S+?)\s*(?:cents?|分钱|美分)/i.exec(x)?.[1]?.toLowerCase() ?? ''] ?? NaN;
  return /cents?|分钱|美分/i.test(x) ? v / 100 : v;
}
/** A backend form's price range in two fields, "Min price: US$ 2.50" over "Max price: US$ 3.20" (最低价 / 最高价): one line, as the
 *  form shows them side by side ("Min price: US$ 16.50  Max price: US$ 19.80"), so the two amounts are read as the range. */
/** "Name:" right under a product form's heading ("Product Info", "Product Edit", "产品信息") is the product's name; under a
 *  shipping template's heading it is the template's, and stays a plain field. */
export function productNamed(text: string): string {
  return PRODUCT_NAME_FIELD.test(text) ? text.replace(PRODUCT_NAME_FIELD, '$1Product name:') : text;
}
const PRODUCT_NAME_FIELD = /^(\s*(?:product\s+(?:info(?:rmation)?|edit|details?)|产品信息|商品信息|产品编辑|商品编辑)\b[^\n]*\n\s*)name\s*[:：]/im;

export function minMaxJoined(text: string): string {
  return MIN_PRICE_LINE.test(text) ? text.replace(MIN_MAX_LINES, '$1  $2') : text;
}
const MIN_PRICE_LINE = /(?:min(?:imum)?\.?\s*price|最低价|最低单价)\s*(?:\([^)\n]*\))?\s*[:：]/i;
const MIN_MAX_LINES = /^([ \t]*(?:min(?:imum)?\.?\s*price|最低价|最低单价)\s*(?:\([^)\n]*\))?\s*[:：][^\n]*\d[^\n]*)\n[ \t]*((?:max(?:imum)?\.?\s*price|最高价|最高单价)\s*(?:\([^)\n]*\))?\s*[:：])/gim;

export function wordedRange(text: string): string {
  if (!WORDED_HINT.test(text)) return text;
  return text.replace(WORDED_RANGE, (whole: string, a: string | undefined, b: string | undefined, c: string | undefined, d: string | undefined, at: number) => {
    // "free shipping on orders from $50 up to $100", "运费满…": a range of order values or freight, not the goods' price.
    if (/shipping|freight|postage|delivery|orders?|运费|邮费|满|订单/i.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) return whole;
    const [lo, hi] = [wordAmount((a ?? c)!), wordAmount((b ?? d)!)];
    // (no currency but yuan named: not a dollar range; the page's own ¥ amounts are read as they stand)
    if (!(lo > 0 && hi > lo) || /[¥￥元]|rmb/i.test(whole.replace(/美元/g, ''))) return whole;
    return `US $${lo} - $${hi}`;
  });
}

// A price remark naming its quantity without 每 ("价格为10厘米价格") or a price-basis field: the lines besides those with
// "per"/每 that the price's stated unit is looked for in.
const REMARKED_QTY_HINT = /(?:价格|单价|报价|标价|售价)\s*(?:为|是|按)\s*\d|\b(?:price|pricing)[ _-](?:basis|based|unit)\b/i;
const NON_ASCII = /[^\x00-\x7f]/;
const FULL_COMMA_BEFORE_STEP = /(\d)，(?=\d{3}\s*(?:(?!元|美元|美金|刀|块|usd|rmb|cny)[A-Za-z\p{Script=Han}]{1,4}\s*)?(?:[-~–—至到]\s*\d|以上|及以上|\+|起(?!订)))/giu;
/** Copy-paste noise away: full-width forms, markdown from a saved page, odd dashes and spaces. */
export function clean(text: string): string {
  // ASCII is its own NFKC form: only a paste with other characters goes through the normalizer (and its copy).
  // Each pass runs only when the text holds its pattern's first character (checked on the text as it stands then).
  const wide = NON_ASCII.test(text);
  // "$12，100-999件 $8.5": a full-width comma before a quantity range or a quantity that starts a step ("100件以上") ends the
  // amount before it; read as a thousands separator it made $12 into $12,100. (Before NFKC, which makes it a ",".)
  if (wide && text.includes('，')) text = text.replace(FULL_COMMA_BEFORE_STEP, '$1, ');
  let s = wide ? text.normalize('NFKC') : text;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (s.includes('*') || s.includes('\\')) s = s.replace(/\*\*|\\(?=[$*_[\]()#])/g, '');
  if (s.includes('](')) s = s.replace(/\[([^\]\n]{0,80})\]\([^)\n]{0,200}\)/g, '$1');
  if (wide) s = s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\u00a0|\u3000/g, ' ');
  // "12.50，500-999把": a comma right after a decimal fraction is a list separator, never a thousands separator
  // (NFKC made the full-width "，" a ","); a space after it keeps "50,500" from being read as one number.
  if (s.includes(',')) s = s.replace(/(\d\.\d+),(?=\d)/g, '$1, ');
  if (wide) s = s.replace(/…/g, '...');
  // A markdown table row "| ≥500 | 5.43 |" (a paste through a doc or a wiki) is a row of cells; its rule row is nothing.
  if (s.includes('|')) s = s.replace(/^[ \t]*\|[ \t|:-]*-[ \t|:-]*\|[ \t]*(?:\n|$)/gm, '').replace(/^[ \t]*\|(.*)\|[ \t]*$/gm, (_, row: string) => row.split('|').map((c) => c.trim()).join('\t'));
  // "【商品名称】保温杯": a label in lenticular brackets is a field label.
  if (wide) s = s.replace(/^([ \t]*)【([^】\n]{1,20})】[ \t]*/gm, '$1$2：');
  // No price or quantity has 16 digits; long digit runs (a pasted hash, binary) would only cost regex time.
  return s.replace(/\d{16,}/g, ' ');
}

// The backend edit form copied as a table: "label<TAB>value" rows, and sub-tables whose header names the
// currency and unit once ("起订量（件）<TAB>FOB价格（USD）", "颜色<TAB>价格（元）<TAB>库存") over rows of bare numbers.
const CELLS = /\t+| {2,}/;
const PRICE_COL = /^(?:fob\s*|exw\s*|unit\s*|单|销售|批发|fob)?(?:价格|价|售价|报价|price)\s*(?:\(([^)]*)\))?$/i;
const QTY_COL = /^(?:最小起订量|起订量|moq|起批量|购买数量|数量|订购量|quantity|qty|min\.?\s*order)\s*(?:\(([^)]*)\))?$/i;
// A column of each SKU's own minimum order (not a quantity range of a tier table).
const MOQ_COL = /^(?:起订量|起批量|最小起订量|min\.?\s*order)\s*(?:\([^)]*\))?$/i;
const STOCK_COL = /^(?:库存|可售|可售数量|stock|inventory|available)\s*(?:\([^)]*\))?$/i;
const BARE_PRICE = /^(?:US\s?\$|\$|¥|€)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:USD|US\$|美元|元|RMB|CNY|EUR)?(?:\s*\/\s*[A-Za-z\p{Script=Han}]+)?$/iu;
const QTY_CELL = /^(?:>=|≥|>|大于等于|不少于)?\s*\d[\d,]*(?:\.\d+)?\s*(?:(?:-|~|至|到)\s*\d[\d,]*(?:\.\d+)?)?\s*(\+|以上|及以上)?\s*([A-Za-z\p{Script=Han}]+)?$/u;
const SIGNED_PRICE = /^(?:US\s?\$|\$|¥|€|USD|RMB|CNY)\s?\d[\d,]*(?:\.\d+)?(?:\s*\/\s*[A-Za-z\p{Script=Han}]+)?$|^\d[\d,]*(?:\.\d+)?\s*(?:USD|美元|元|RMB|CNY|EUR)$/iu;
const NUMS_ONLY = /^[\d.,\s~\-至到]+$/;
const QTY_PAREN = /\(\s*(\d[\d,]*(?:\.\d+)?\s*[A-Za-z\p{Script=Han}]+)\s*\)/u;

/** A currency named in a header's parentheses, as a sign the money reader knows. */
function currencySign(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/US\s?\$|USD|美元|美金|\$/i.test(s)) return 'US $';
  if (/元|RMB|CNY|人民币|¥/i.test(s)) return '¥';
  if (/EUR|€/i.test(s)) return '€';
  return undefined;
}

const hasDigitOutsideParens = (s: string) => /\d/.test(s.replace(/\([^)]*\)/g, ''));

/**
 * Rewrites a backend form pasted as a table into the one-field-per-line form the reader knows: "label: value",
 * tier rows "≥500 件<TAB>US $5.43", SKU rows "SKU: Teak<TAB>US $14.91". Lines that are not table cells pass unchanged.
 */
export function formToFields(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let formCurrency: string | undefined;
  let formUnit: string | undefined;
  let lastQty: string | undefined;
  // The previous row was an attribute with an option and its price: indented priced rows under it are its options.
  let optionRows = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const cells = line.split(CELLS).map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2 || cells[0]!.includes(':') || cells[0]!.includes('：')) {
      // "价格区间（USD）：0.02 ~ 14.91": the colon form with the currency in the label.
      const kv = /^([^:：\d]{1,30}?\(([^)]*)\))\s*\*?\s*[:：]\s*(.+)$/.exec(line);
      const sign = kv ? currencySign(kv[2]) : undefined;
      if (kv && sign) formCurrency ??= sign;
      out.push(kv && sign && NUMS_ONLY.test(kv[3]!) ? `${kv[1]}: ${kv[3]!.replace(/\d[\d,]*(?:\.\d+)?/g, (n) => `${sign}${n}`)}` : lines[i]!);
      continue;
    }
    // A tier table on its side: "起订量（件）<TAB>100-999<TAB>≥1000" over "FOB价格（USD）<TAB>2.10<TAB>1.95".
    const qtyHead = QTY_COL.exec(cells[0]!);
    if (qtyHead && cells.length >= 3 && cells.slice(1).every((c) => QTY_CELL.test(c))) {
      const next = (lines[i + 1] ?? '').trim().split(CELLS).map((c) => c.trim()).filter(Boolean);
      const priceHead = next[0] ? PRICE_COL.exec(next[0]) : null;
      if (priceHead && next.length === cells.length && next.slice(1).every((c) => BARE_PRICE.test(c))) {
        const sign = currencySign(priceHead[1]) ?? formCurrency ?? 'US $';
        const unit = qtyHead[1]?.trim() ?? formUnit ?? '';
        out.push('阶梯价:');
        for (let k = 1; k < cells.length; k++) {
          const q = QTY_CELL.exec(cells[k]!)!;
          const money = /[$¥€]|USD|美元|元|RMB|CNY|EUR/i.test(next[k]!) ? next[k]! : `${sign}${BARE_PRICE.exec(next[k]!)![1]}`;
          out.push(`  ${cells[k]}${q[2] ? '' : ` ${unit}`.trimEnd()}\t${money}`);
        }
        i++;
        continue;
      }
    }
    // A sub-table header: a price column, no numbers outside parentheses.
    const priceCol = cells.findIndex((c) => PRICE_COL.test(c));
    if (priceCol >= 0 && !cells.some(hasDigitOutsideParens)) {
      const sign = currencySign(PRICE_COL.exec(cells[priceCol]!)![1]) ?? formCurrency ?? 'US $';
      const qtyCol = cells.findIndex((c) => QTY_COL.test(c));
      const headerUnit = qtyCol >= 0 ? QTY_COL.exec(cells[qtyCol]!)![1]?.trim() : undefined;
      const nameCols = cells.map((c, k) => k).filter((k) => k !== priceCol && k !== qtyCol && !STOCK_COL.test(cells[k]!));
      const rows: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        let row = lines[j]!.trim().split(CELLS).map((c) => c.trim()).filter(Boolean);
        // A name column first, and more cells than the header: the name itself held a run of spaces.
        if (row.length > cells.length && nameCols[0] === 0 && nameCols.length === 1) row = [row.slice(0, row.length - cells.length + 1).join(' '), ...row.slice(row.length - cells.length + 1)];
        if (row.length !== cells.length) break;
        const price = BARE_PRICE.exec(row[priceCol]!);
        if (!price) break;
        const money = /[$¥€]|USD|美元|元|RMB|CNY|EUR/i.test(row[priceCol]!) ? row[priceCol]! : `${sign}${price[1]}`;
        if (qtyCol >= 0 && !nameCols.length) {
          const q = QTY_CELL.exec(row[qtyCol]!);
          if (!q) break;
          const unit = q[2] ? '' : ` ${headerUnit ?? formUnit ?? ''}`;
          rows.push(`  ${row[qtyCol]!}${unit.trimEnd()}\t${money}`);
        } else {
          const name = nameCols.map((k) => row[k]!).join(' ');
          rows.push(`  SKU: ${name}\t${money}`);
        }
      }
      if (rows.length) {
        out.push(qtyCol >= 0 && !nameCols.length ? '阶梯价:' : 'SKU 规格与价格:', ...rows);
        // "款式 颜色 价格 起订量" with "1200" on each row: every SKU's own MOQ, so no order below the least of them;
        // written as the per-style minimum the MOQ sentences read ("每款 1200 个起").
        if (qtyCol >= 0 && nameCols.length && MOQ_COL.test(cells[qtyCol]!)) {
          const least = Math.min(...lines.slice(i + 1, j).map((l) => l.trim().split(CELLS).map((c) => c.trim()).filter(Boolean)[qtyCol] ?? '').map((c) => (/^\d[\d,]*$/.test(c) ? Number(c.replace(/,/g, '')) : NaN)));
          if (least > 1) out.push(`每款 ${least} ${headerUnit ?? formUnit ?? ''}起`.replace(/\s+起$/, '起'));
        }
        i = j - 1;
        continue;
      }
      out.push(lines[i]!);
      continue;
    }
    // "颜色<TAB>黑色<TAB>US$8.60" over "<TAB>白色<TAB>US$8.60": the attribute cell is left empty on the rows under the
    // first, which are options of the same attribute (SKU rows), not fields named "白色".
    const priced = SIGNED_PRICE.test(cells[cells.length - 1]!);
    if (/^[ \t]/.test(lines[i]!) && optionRows && priced) {
      out.push(`  ${cells.join('\t')}`);
      continue;
    }
    optionRows = priced && cells.length >= 3 && !/^[ \t]/.test(lines[i]!);
    // "label<TAB>value": a field. Labels carry no numbers of their own, except a quantity in parentheses.
    if (hasDigitOutsideParens(cells[0]!) || cells[0]!.length > 30) {
      out.push(lines[i]!);
      continue;
    }
    let label = cells[0]!.replace(/\s*\*$/, '');
    let value = cells.slice(1).join(' ');
    const parens = /\(([^)]*)\)/.exec(label)?.[1];
    const sign = currencySign(parens);
    if (sign) formCurrency ??= sign;
    if (/计量单位|^单位$|^unit$/i.test(label)) formUnit = value.split(/[\s(]/)[0];
    // "价格区间（USD）<TAB>0.02 ~ 14.91": the header's currency belongs to each bare amount.
    if (sign && NUMS_ONLY.test(value)) value = value.replace(/\d[\d,]*(?:\.\d+)?/g, (n) => `${sign}${n}`);
    const qty = QTY_PAREN.exec(label);
    if (qty && /运费|freight|shipping/i.test(label)) lastQty = qty[1];
    // "货值<TAB>4,473.00 USD" under "预估运费（300平方米）": the goods value is for the same quantity.
    else if (!qty && lastQty && /货值|货款|商品金额|subtotal|goods/i.test(label)) label = `${label}(${lastQty})`;
    out.push(`${label}: ${value}`);
  }
  return out.join('\n');
}

/**
 * A paste from some browsers and chat boxes puts a blank line after every line; blank lines then mean nothing and
 * would cut every table and section short. When nearly every line is followed by one, single blank lines go
 * (a run of two or more stays one blank line).
 */
export function undouble(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 8) return text;
  let filled = 0;
  let followed = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (!lines[i]!.trim()) continue;
    filled++;
    if (!lines[i + 1]!.trim()) followed++;
  }
  if (filled < 4 || followed < filled * 0.8) return text;
  return text.replace(/\n[ \t]*\n(?![ \t]*\n)/g, '\n').replace(/\n(?:[ \t]*\n){2,}/g, '\n\n');
}

/**
 * A paste indented as a whole (quoted in a chat or an e-mail) loses the indent every line shares: an indented row
 * means "a SKU under the one above" only relative to the lines around it.
 */
export function dedent(text: string): string {
  let common = Infinity;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    common = Math.min(common, /^[ \t]*/.exec(line)![0].length);
    if (!common) return text;
  }
  if (!Number.isFinite(common)) return text;
  return text
    .split('\n')
    .map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)![0].length)))
    .join('\n');
}

/** Segments of a line that each hold one field: split on | ; and on commas that are not thousands separators. */
// "价格：$8.90/把  起订量 2 把", "Price $3.20 MOQ: 500 pcs": an MOQ label followed by its number starts a field of its own,
// whatever separates it from the price before it (the backend form puts both on one row).
const MOQ_FIELD_AHEAD = String.raw`\s+(?=(?:最小起订量|起订量|起批量|起订|MOQ|Min\.?\s*order)\s*[:：]?\s*\d)`;
// A comma inside parentheses ("Express shipping (DHL, 1 pc)") belongs to the name it explains.
// (a price field needs no colon after a wide gap: "Unit: pair 双    Price US$3.40/pair", "计量单位：个      价格 US$0.95 /个";
// nor a weight: "单价：US $1.20 /件   重量 0.2kg")
const FIELD_SPLIT = String.raw`\s*[|;；]\s*|\s*、\s*|,(?!\d{3}(?!\d))(?![^(（\n]*[)）])\s*| {3,}(?=[A-Za-z\p{Script=Han}][A-Za-z\p{Script=Han} ]{0,20}[:：])| {3,}(?=${PRICE_NAME}\s*(?:US\s?\$|USD\s?|\$|¥|￥|RMB\s?|€)\s?\d)| {3,}(?=(?:包装后|单件|单个)?(?:重量|毛重|净重)\s*[:：]?\s*(?:约\s*)?\d|(?:gross\s+|net\s+)?weight\s*[:：]?\s*(?:approx\.?\s*)?\d)`;
// "US$9.90 / Piece<TAB>1 Piece (Min. Order)": the page's price and its MOQ cell, a tab or a run of spaces apart.
const MOQ_CELL_AHEAD = String.raw`(?:\t|\s{2,})\s*(?=\d[\d,]*(?:\.\d+)?\s*[A-Za-z\p{Script=Han}/ ]{1,24}?\s*\(\s*Min\.?\s*Order\s*\))`;
const SEGMENT_SPLIT = fastEdges(new RegExp(String.raw`${FIELD_SPLIT}|(?<=\S)${MOQ_FIELD_AHEAD}`, 'iu'));
// Tried only on lines holding "(Min": its lookahead would otherwise run at every tab of every tier row.
const SEGMENT_SPLIT_MOQ_CELL = fastEdges(new RegExp(String.raw`${FIELD_SPLIT}|(?<=\S)${MOQ_FIELD_AHEAD}|(?<=\S)${MOQ_CELL_AHEAD}`, 'iu'));
const SEGMENT_SPLIT_KEEP_MOQ = fastEdges(new RegExp(FIELD_SPLIT, 'iu'));
// "other colours dyed to order, MOQ 500 rolls": on a line about custom work a comma before an MOQ keeps it with the work it is for.
const SEGMENT_SPLIT_CUSTOM_MOQ = fastEdges(new RegExp(FIELD_SPLIT.replace(',(?!', String.raw`,(?!\s*(?:moq|min\.?\s*order)\b)(?!`), 'iu'));

function splitSegments(line: string): string[] {
  // "Items: US $2,485.00   Total: US $3,078.36": a run of spaces before another "Label:" starts a field too.
  // "定制: Logo定制 起订 100件" keeps its MOQ: that is the customisation's, read with the customisation.
  const split = isCustomLine(line) ? SEGMENT_SPLIT_KEEP_MOQ : namesCustomWork(line) ? SEGMENT_SPLIT_CUSTOM_MOQ : /\(\s*min/i.test(line) ? SEGMENT_SPLIT_MOQ_CELL : SEGMENT_SPLIT;
  if (!split.test(line)) return [line];
  return line.split(split).filter((s) => s.trim());
}

/** A shipping field with two amounts ("published $5, charged $45") splits at the second role word. */
// Also "运费：实际收取 $460 （模板显示 $150）": the second amount's own role word (published or charged) starts its part.
const ROLE_WORD = /\b(?:but|while|however|actual(?:ly)?|charged|published|listed|shown|template)\b|但|实际|实收|模板|发布|显示|标注|公示/gi;
/** A one-line order summary cut at each of its labels (the part before the first holds the quantity, no amount). */
function summaryParts(seg: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of matchesIn(SUMMARY_LABEL, seg)) {
    if (m.index! > from) parts.push(seg.slice(from, m.index!));
    from = m.index!;
  }
  parts.push(seg.slice(from));
  return parts;
}

function shippingParts(seg: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of matchesIn(ROLE_WORD, seg)) {
    const at = m.index!;
    // Cut only between two amounts: the part before holds one, and so does the rest.
    if (at > from && /\d/.test(seg.slice(from, at)) && /\d/.test(seg.slice(at))) {
      parts.push(seg.slice(from, at));
      from = at;
    }
  }
  parts.push(seg.slice(from));
  return parts;
}

export type { Sku, Tier };

// A range of sizes a listing states: lengths with their unit after the second ("内径 3-300mm", "20mm - 630mm", "5-50cm"),
// nominal pipe sizes ("DN15-DN600") and metric threads ("M6x20 ... M36x200", "M3-M24").
const SIZE_RANGE = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:mm|cm|毫米|厘米)?\s*(?:-|–|~|～|to|至|到)\s*(\d+(?:\.\d+)?)\s*(?:mm|cm|毫米|厘米|inch(?:es)?|英寸|")|\bDN\s?(\d+)\s*(?:-|–|~|～|to|至)\s*DN\s?(\d+)\b|\bM(\d{1,2})(?:\s*[x×*]\s*\d+)?\b[^\n]{0,24}?(?:-|–|~|～|to|至|\.{3}|…)\s*M(\d{1,2})\b/gi;
// "40 sizes", "12 models", "20种规格", "30个型号": how many sizes the listing covers.
const SIZE_COUNT = /(?<![\d.])(\d+)\s*(?:sizes|specs|specifications|models)\b|(?<![\d.])(\d+)\s*(?:个|种)(?:规格|尺寸|型号)/i;

/** The largest over the smallest size of the widest size range the text states (undefined: none). */
function sizeSpanOf(text: string): number | undefined {
  let span = 0;
  for (const m of matchesIn(SIZE_RANGE, text)) {
    const lo = Number(m[1] ?? m[3] ?? m[5]);
    const hi = Number(m[2] ?? m[4] ?? m[6]);
    if (lo > 0 && hi > lo) span = Math.max(span, hi / lo);
  }
  return span > 1 ? span : undefined;
}
