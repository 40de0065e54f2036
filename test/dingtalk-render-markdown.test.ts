import { describe, expect, it } from 'vitest';
import { escapeInline, renderReply, robotMessage, webhookBody } from '../src/platform/dingtalk/render.js';
import type { Reply } from '../src/core/types.js';

const draft = '请加我微信 abc12345，发你更多图片';

const blockReply: Reply = {
  lang: 'zh',
  kind: 'check',
  text: '拦截：草稿含站外联系方式',
  card: {
    title: '请勿发送',
    tone: 'danger',
    body: '草稿里有微信号，属于站外引流。',
    fields: [
      { label: '建议改写', value: '更多图片可以在 Alibaba.com 的消息里发给您。' },
      { label: '依据', value: '§3' },
    ],
    quoted: { text: draft, highlights: [{ start: 6, end: 14, label: 'wechat' }] },
    footer: 'Haili',
  },
};

describe('DingTalk rendering', () => {
  it('renders a block card as markdown: tone emoji, body, fields, quoted draft with the leak in bold, rewrite', () => {
    const m = renderReply(blockReply);
    expect(m.title).toBe('⛔ 请勿发送');
    expect(m.buttons).toEqual([]);
    const lines = m.markdown.split('\n\n');
    expect(lines[0]).toBe('#### ⛔ 请勿发送');
    expect(lines[1]).toBe('草稿里有微信号，属于站外引流。');
    expect(lines[2]).toBe('**建议改写**：更多图片可以在 Alibaba.com 的消息里发给您。  \n**依据**：§3');
    expect(lines[3]).toBe('> 请加我微信 **abc12345**，发你更多图片');
    expect(lines[4]).toBe('*Haili*');
    expect(webhookBody(m)).toEqual({ msgtype: 'markdown', markdown: { title: m.title, text: m.markdown } });
    expect(robotMessage(m)).toEqual({ msgKey: 'sampleMarkdown', msgParam: { title: m.title, text: m.markdown } });
  });

  it('escapes markdown and HTML in the quoted draft so it cannot restyle the card or add links', () => {
    const evil = '# Big\n[click](http://x.example) <font color=red>*hi*</font>';
    const m = renderReply({ ...blockReply, card: { ...blockReply.card!, quoted: { text: evil, highlights: [] } } });
    const quoted = m.markdown.split('\n\n')[3]!;
    expect(quoted).toBe('> \\# Big  \n> \\[click\\](http://x.example) &lt;font color=red>\\*hi\\*&lt;/font>');
    expect(escapeInline('a_b')).toBe('a\\_b');
  });

  it('escapes card body and field values too: a policy quote with * cannot open italics across the card', () => {
    const m = renderReply({ lang: 'zh', kind: 'answer', text: 'x', card: { title: 't', tone: 'info', body: 'a*b', fields: [{ label: '原文', value: '待整改产品（*）未在14天内' }], footer: 'f' } });
    expect(m.markdown).toBe('#### ℹ️ t\n\na\\*b\n\n**原文**：待整改产品（\\*）未在14天内\n\n*f*');
  });

  it('bolds a highlight that spans a line break line by line, and ignores out-of-range and overlapping spans', () => {
    const text = 'call me\n+86 138 0000 0000 now';
    const m = renderReply({
      ...blockReply,
      card: { ...blockReply.card!, quoted: { text, highlights: [{ start: 5, end: 20 }, { start: 6, end: 9 }, { start: 500, end: 900 }] } },
    });
    expect(m.markdown.split('\n\n')[3]).toBe('> call **me**  \n> **\\+86 138 0000** 0000 now');
  });

  it('uses sampleActionCard for one button and sampleActionCardN for 2-5, dropping extras', () => {
    const actions = (n: number) => Array.from({ length: n }, (_, i) => ({ id: 'done' as const, label: `B${i}`, value: `C${i}` }));
    const one = robotMessage(renderReply({ ...blockReply, card: { ...blockReply.card!, actions: actions(1) } }));
    expect(one.msgKey).toBe('sampleActionCard');
    expect(one.msgParam.singleTitle).toBe('B0');
    expect(one.msgParam.singleURL).toBe('dtmd://dingtalkclient/sendMessage?content=done%20C0');
    const seven = renderReply({ ...blockReply, card: { ...blockReply.card!, actions: actions(7) } });
    expect(robotMessage(seven).msgKey).toBe('sampleActionCard5');
    expect((webhookBody(seven).actionCard as { btns: unknown[] }).btns).toHaveLength(5);
  });

  it('keeps huge drafts within DingTalk limits', () => {
    const big = 'x'.repeat(100_000);
    const m = renderReply({ ...blockReply, card: { ...blockReply.card!, quoted: { text: big, highlights: [{ start: 99_990, end: 99_999 }] } } });
    expect(m.markdown.length).toBeLessThanOrEqual(4_501);
    const plain = renderReply({ lang: 'en', kind: 'answer', text: big });
    expect(plain.markdown.length).toBeLessThanOrEqual(4_501);
    expect(plain.title.length).toBeLessThanOrEqual(41);
  });

  it('shows a long draft as a window around its first leak, even under a huge rewrite', () => {
    const text = `${'a'.repeat(50_000)}WeChat: abc12345${'b'.repeat(50_000)}`;
    const m = renderReply({
      ...blockReply,
      card: { ...blockReply.card!, body: '改写：' + 'c'.repeat(100_000), quoted: { text, highlights: [{ start: 50_008, end: 50_016 }] } },
    });
    expect(m.markdown.length).toBeLessThanOrEqual(4_501);
    const quoted = m.markdown.split('\n\n').find((p) => p.startsWith('> '))!;
    expect(quoted).toMatch(/^> … a+WeChat: \*\*abc12345\*\*b+ …$/);
  });

  it('never cuts an emoji in half', () => {
    const m = renderReply({ lang: 'en', kind: 'answer', text: '😀'.repeat(5_000) });
    expect(m.markdown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(m.markdown.endsWith('😀…')).toBe(true);
    const q = renderReply({ ...blockReply, card: { ...blockReply.card!, quoted: { text: '😀'.repeat(5_000), highlights: [{ start: 4_001, end: 4_003 }] } } });
    expect(q.markdown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('renders a plain reply as markdown with hard line breaks and its first line as title', () => {
    const m = renderReply({ lang: 'en', kind: 'answer', text: '\nAnswer line\nsecond line' });
    expect(m.title).toBe('Answer line');
    expect(m.markdown).toBe('  \nAnswer line  \nsecond line');
  });
});
