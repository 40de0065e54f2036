import { describe, expect, it } from 'vitest';
import { quoteBlock, renderReply, renderHome } from '../src/platform/slack/blocks.js';
import { slackToPlainText } from '../src/platform/slack/text.js';
import type { Reply } from '../src/core/types.js';

describe('Block Kit rendering', () => {
  it('plain replies become escaped mrkdwn sections with the text as fallback', () => {
    const out = renderReply({ lang: 'en', kind: 'answer', text: 'Use <Alibaba.com> chat & keep **all** talk there' });
    expect(out.text).toBe('Use <Alibaba.com> chat & keep **all** talk there');
    expect(out.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Use &lt;Alibaba.com&gt; chat &amp; keep *all* talk there' } }]);
  });

  it('highlights Chinese drafts at UTF-16 offsets, ignoring overlapping and out-of-range spans', () => {
    const text = '加我微信 wx_abc123 或电话 13812345678 😀';
    const wx = text.indexOf('wx_abc123');
    const tel = text.indexOf('138');
    const block = quoteBlock(text, [
      { start: tel, end: tel + 11 },
      { start: wx, end: wx + 9 },
      { start: wx + 2, end: wx + 5 },
      { start: 500, end: 600 },
    ]) as any;
    const elements = block.elements[0].elements;
    expect(elements.map((e: any) => e.text).join('')).toBe(text);
    expect(elements.filter((e: any) => e.style?.strike).map((e: any) => e.text)).toEqual(['wx_abc123', '13812345678']);
  });

  it('keeps within Slack limits: header 150 chars, 50 blocks, sections 3000 chars, 10 fields per section', () => {
    const reply: Reply = {
      lang: 'en',
      kind: 'answer',
      text: 'x'.repeat(50_000),
      card: {
        title: 'T'.repeat(400),
        tone: 'info',
        body: 'b'.repeat(9_500),
        fields: Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: 'v'.repeat(2_500) })),
      },
    };
    const out = renderReply(reply);
    expect(out.text.length).toBeLessThanOrEqual(39_000);
    const header = out.blocks[0] as any;
    expect(header.text.text.length).toBeLessThanOrEqual(150);
    const sections = out.blocks.filter((b: any) => b.type === 'section') as any[];
    for (const s of sections) {
      if (s.text) expect(s.text.text.length).toBeLessThanOrEqual(3000);
      if (s.fields) {
        expect(s.fields.length).toBeLessThanOrEqual(10);
        for (const f of s.fields) expect(f.text.length).toBeLessThanOrEqual(2000);
      }
    }
    expect(sections.filter((s) => s.fields).flatMap((s) => s.fields)).toHaveLength(23);

    const flood = renderReply({ lang: 'en', kind: 'answer', text: 'x', card: { title: 't', tone: 'ok', fields: Array.from({ length: 900 }, (_, i) => ({ label: `${i}`, value: 'v' })) } });
    expect(flood.blocks.length).toBeLessThanOrEqual(50);
  });

  it('tone shows as an emoji in the header and Home renders as a home view', () => {
    const home = renderHome({ lang: 'zh', kind: 'reminder', text: '你有 2 项待办', card: { title: '我的待办', tone: 'warning', body: '整改 P123：5月5日到期' } });
    expect(home.type).toBe('home');
    expect((home.blocks[0] as any).text.text).toBe('⚠️ 我的待办');
  });
});

describe('Slack message markup to plain text', () => {
  it('strips the bot mention, keeps other people, channels and link labels', () => {
    expect(slackToPlainText('<@UBOT> ask <@U2|amy> in <#C1|sales> about <https://alibaba.com|the site> <!here>', 'UBOT')).toBe(
      'ask @amy in #sales about the site @here',
    );
  });

  it('unwraps auto-linked e-mail addresses and phone numbers so the checker sees them', () => {
    expect(slackToPlainText('<mailto:a.b@x.cn|a.b@x.cn> / <tel:+8613812345678|+86 138 1234 5678> / <https://wa.me/8613812345678>')).toBe(
      'a.b@x.cn / +86 138 1234 5678 / https://wa.me/8613812345678',
    );
  });

  it('unescapes &amp; &lt; &gt; once, in that order-safe way', () => {
    expect(slackToPlainText('a &lt;b&gt; &amp;lt; c')).toBe('a <b> &lt; c');
  });
});
