import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The rep saying this chat is faster or better than any other app keeps the talk here. Another app said to be faster
// than here, with an add, still moves it.
const passes: Array<[string, string]> = [
  ['faster here than any other app', 'Honestly, I\'m faster here than on any other app — try me 😄 Send the list and I\'ll price it before your lunch.'],
  ['quicker on Alibaba than another app', 'I answer quicker on Alibaba than on another app, so just drop the specs below.'],
  ['这里比其他软件快', '在这里回复比其他软件还快，您把清单发过来吧。'],
];
const leaks: Array<[string, string]> = [
  ['another app faster than here', 'It\'s faster on another app than here, add me there.'],
  ['quicker on another app', 'I reply quicker on another app, add me there 😄'],
  ['别的软件更快', '别的软件上我回得更快，加我吧'],
];

describe('this chat said to beat other apps is no channel', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
