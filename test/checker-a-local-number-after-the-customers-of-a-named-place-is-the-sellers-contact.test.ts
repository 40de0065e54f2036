import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// "<place> customers: <local number>" labels a line the seller runs for a market, not one buyer's own number: the
// place makes the customer word an audience. Without a place ("客户：…", a consignee read back) the number stays the
// buyer's, and "your customers" stays the buyer's too.
describe('a local number after the customers of a named place', () => {
  it.each([
    '印尼客户：0812 3456 7890（WA同号）',
    '肯尼亚的买家: 0722 123 456，找 Peter',
    'For Nigeria buyers: 0803 123 4567 (Mr. Ade) our Lagos office',
    'Clientes de Colombia: 310 234 5678 (Andrés)',
    'Turkey 客户 - 0532 123 45 67 我们伊斯坦布尔的同事',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '收件人信息 客户：0803 123 4567 地址已确认，请核对',
    'Your Kenya customers: 0722 123 456 is that the number they gave you?',
    '印尼客户下单 2000 件，交期 25 天',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
