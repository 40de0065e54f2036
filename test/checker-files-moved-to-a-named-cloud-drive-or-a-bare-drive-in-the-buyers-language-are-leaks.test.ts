import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Files moved to a cloud drive the list did not name (坚果云, 蓝奏云), a drive's folder shared (微云的共享), and Google
// Drive called just "Drive" in Portuguese, Spanish or French (rules/detection/lexicon.yaml, FILESHAREW). The near misses
// are a disk or a shaft called a drive in English or Spanish, and a device that syncs with a drive.
describe('files moved to a named cloud drive, or a bare Drive in the buyer’s language', () => {
  it.each([
    '高清视频我放坚果云了，链接一会发您',
    '全套图纸在蓝奏云，我发你下载地址',
    '我们把样册放在腾讯微云，给您共享一下',
    'As fotos em alta resolução eu coloco no Drive e te passo o link',
    'Los planos pesan mucho, los subo en el Drive y te mando el enlace',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'The 2 TB drive ships with a USB-C cable and a 2-year warranty.',
    'Este modelo lleva motor de drive directo, sin correa.',
    '这款 NAS 可以和坚果云自动同步备份',
    '视频有点大，我压缩后直接在这里发给您',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
