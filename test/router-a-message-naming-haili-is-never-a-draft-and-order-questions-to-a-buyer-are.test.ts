import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Two signals of who a message talks to. One that names Haili talks to the assistant, so it is answered (and, if it
 * would leak, also gets the verdict), never only checked as a draft. A short question about an order, a port or a
 * shipment "as last time" talks to a buyer: it gets the draft check, whether or not the briefing has an answer too
 * ("这次还是…吗" asks whether something is still so, not for a choice). The real Router with the shipped model.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('who a message talks to', () => {
  it.each(['Hi Haili, is Zalo also an off-platform tool or only WhatsApp and WeChat?', 'hello haili, Line and Viber are off-platform too, or just WhatsApp?', '海狸，客户主动给了微信号，我们回复他算不算违规？'])(
    'naming Haili gets an answer: %s',
    async (text) => {
      expect(await kinds(text)).toContain('answer');
    },
  );

  it.each(['这次的货还是发到你们广州的仓库吗？', '麻烦问下，您那边清关还是找同一家报关行吗？', 'Is the consignee on this PO still your Hamburg office?'])(
    'an order question to a buyer gets the draft check: %s',
    async (text) => {
      expect(await kinds(text)).toContain('check');
    },
  );
});
