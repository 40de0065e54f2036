import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../core/log.js';

/**
 * Bolt and the Web API client log through this. Their debug output carries request bodies
 * (drafts), so it is dropped; the rest goes to Haili's logger, which redacts contact details.
 */
export function slackSdkLogger(log: Logger): SlackLogger {
  let level = LogLevel.INFO;
  const line = (msg: unknown[]) =>
    msg
      .map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : ''))
      .filter(Boolean)
      .join(' ');
  return {
    debug: () => {},
    info: (...msg) => log.debug('slack_sdk', { msg: line(msg) }),
    warn: (...msg) => log.warn('slack_sdk', { msg: line(msg) }),
    error: (...msg) => log.error('slack_sdk', { msg: line(msg) }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
