import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Found on drafts-t20: a video meeting on Zoom or Teams proposed in a Chinese sentence ("约个Zoom视频", "明天我们 Teams 开个会吧")
// moves the talk off the platform as much as "a Zoom call tomorrow" does. A camera's zoom and the plural of team are no app.
describe('a Zoom or Teams meeting proposed in a Chinese sentence', () => {
  it.each([
    '亲，我们约个Zoom视频，我带您看工厂',
    '您好，明天我们 Teams 开个会吧，工程师也在',
    '下周一下午 Zoom 会议可以吗？链接我发您',
    '方便的话今天晚上 Teams 上聊一下细节',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '这款摄像头支持 10 倍 zoom 变焦，视频很清晰',
    '我们的 sales teams 都在阿里上回复您',
    '我们可以在阿里巴巴上开视频会议，带您看工厂',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
