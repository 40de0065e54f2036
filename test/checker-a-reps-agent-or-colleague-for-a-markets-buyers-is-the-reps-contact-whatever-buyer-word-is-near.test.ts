import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A local number of the rep's agent, rep or colleague is the seller's contact even when a buyer word sits near it: the
// buyer's shop the agent will visit, a market's customers told whom to ring after a colon, or whom they used to contact.
// The buyer's own number read back, or a delivery to the buyer's place with no seller's person named, stays the buyer's.
describe("a rep's agent or colleague for a market's buyers is the rep's contact whatever buyer word is near", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the buyer number read back', 'Your number 0803 555 2210 is on the waybill, the courier will call before delivery.'],
      ['Chinese: the buyer number confirmed', '您的电话 0812 3456 7890 我已经填在面单上了。'],
      ['a visit with no number', 'Our Accra agent will visit your shop next week to check the display racks.'],
    ],
    [
      ['the agent visits the buyer shop, number after a colon', 'Our Kenya agent will drop by your store: 0712 345 678'],
      ['the rep comes to the buyer warehouse', 'Our Ghana rep will come to your warehouse on Monday: 024 412 3344'],
      ['a market told whom to ring after a colon', 'Chile clients: ring Pablo at 9 8765 4321, he keeps our Santiago stock'],
      ['Chinese: the customers of a market used to reach our agent', '越南客户以前都联系 091 234 5678 那位，他是我们在河内的代理'],
    ],
  );
});
