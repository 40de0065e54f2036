import { z } from 'zod';
import { HailiError } from '../core/errors.js';
import { redactUrlCredentials } from '../core/log.js';

/** Shortest HAILI_CONSOLE_TOKEN accepted: 16 characters make guessing over the network hopeless. */
export const MIN_TOKEN_LENGTH = 16;

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const httpUrl = (what: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v), { message: `an http(s) URL for ${what}` });

const wsOrHttpUrl = optionalString.refine((v) => v === undefined || /^(https?|wss?):\/\/[^\s]+$/i.test(v), {
  message: 'an http(s) or ws(s) URL',
});

const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|::1|\[::1\])$/i;

export const configSchema = z
  .object({
    HAILI_HOST: z.string().trim().min(1, 'a host name or IP address').default('127.0.0.1'),
    HAILI_PORT: z.coerce
      .number({ message: 'a port number 0-65535' })
      .int('a whole port number')
      .min(0, 'a port number 0-65535')
      .max(65535, 'a port number 0-65535')
      .default(3000),
    HAILI_DATA_DIR: z.string().trim().min(1, 'a folder path').default('./data'),
    DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\/\S+$/i.test(v), {
      message: 'a postgres:// or postgresql:// URL (leave empty for the embedded database)',
    }),
    SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), { message: 'a bot token starting with xoxb-' }),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), { message: 'an app-level token starting with xapp-' }),
    SLACK_API_URL: httpUrl('the Slack Web API (must end with /api/)'),
    DINGTALK_CLIENT_ID: optionalString,
    DINGTALK_CLIENT_SECRET: optionalString,
    DINGTALK_ROBOT_CODE: optionalString,
    /** An interactive-card template (卡片平台) with the variables in README; unset = action cards and typed commands. */
    DINGTALK_CARD_TEMPLATE_ID: optionalString,
    DINGTALK_API_BASE: httpUrl('the DingTalk OpenAPI'),
    DINGTALK_GATEWAY_URL: wsOrHttpUrl,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: httpUrl('an OpenAI-compatible API'),
    HAILI_LLM_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
    HAILI_LLM_TIMEOUT_MS: z.coerce.number({ message: 'milliseconds' }).int().min(100).max(120_000).default(8000),
    HAILI_ADMINS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
    HAILI_CONSOLE_TOKEN: optionalString.refine((v) => v === undefined || v.length >= MIN_TOKEN_LENGTH, {
      message: `a token of at least ${MIN_TOKEN_LENGTH} characters (e.g. from: openssl rand -hex 16)`,
    }),
    HAILI_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (!LOOPBACK.test(c.HAILI_HOST) && !c.HAILI_CONSOLE_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['HAILI_CONSOLE_TOKEN'], message: 'a token, required when HAILI_HOST is not a loopback address' });
    }
    if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'the signing secret, required for the HTTP receiver when SLACK_APP_TOKEN is not set' });
    }
    if ((c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET) && !c.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'a bot token starting with xoxb-, required when other SLACK_ variables are set' });
    }
    if (Boolean(c.DINGTALK_CLIENT_ID) !== Boolean(c.DINGTALK_CLIENT_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.DINGTALK_CLIENT_ID ? 'DINGTALK_CLIENT_SECRET' : 'DINGTALK_CLIENT_ID'],
        message: 'DINGTALK_CLIENT_ID and DINGTALK_CLIENT_SECRET must be set together',
      });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

export interface HailiConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  slack?: { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  dingtalk?: { clientId: string; clientSecret: string; robotCode?: string; apiBase?: string; gatewayUrl?: string; cardTemplateId?: string };
  llm?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
  admins: string[];
  consoleToken?: string;
  logLevel: RawConfig['HAILI_LOG_LEVEL'];
}

export class ConfigError extends HailiError {
  constructor(readonly variable: string, readonly expected: string) {
    super('CONFIG', `${variable}: expected ${expected}`);
  }
}

/** Parses the environment; throws ConfigError naming the first bad variable and what it expects. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HailiConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const got = env[variable];
    const shown = got === undefined ? '' : ` (got "${mask(variable, got)}")`;
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const c = parsed.data;
  return {
    host: c.HAILI_HOST,
    port: c.HAILI_PORT,
    dataDir: c.HAILI_DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    slack: c.SLACK_BOT_TOKEN
      ? { botToken: c.SLACK_BOT_TOKEN, signingSecret: c.SLACK_SIGNING_SECRET, appToken: c.SLACK_APP_TOKEN, apiUrl: c.SLACK_API_URL }
      : undefined,
    dingtalk:
      c.DINGTALK_CLIENT_ID && c.DINGTALK_CLIENT_SECRET
        ? {
            clientId: c.DINGTALK_CLIENT_ID,
            clientSecret: c.DINGTALK_CLIENT_SECRET,
            robotCode: c.DINGTALK_ROBOT_CODE,
            cardTemplateId: c.DINGTALK_CARD_TEMPLATE_ID,
            apiBase: c.DINGTALK_API_BASE,
            gatewayUrl: c.DINGTALK_GATEWAY_URL,
          }
        : undefined,
    llm: c.OPENAI_API_KEY
      ? { apiKey: c.OPENAI_API_KEY, baseURL: c.OPENAI_BASE_URL, model: c.HAILI_LLM_MODEL, timeoutMs: c.HAILI_LLM_TIMEOUT_MS }
      : undefined,
    admins: c.HAILI_ADMINS,
    consoleToken: c.HAILI_CONSOLE_TOKEN,
    logLevel: c.HAILI_LOG_LEVEL,
  };
}

/** Never echo secrets back, even in an error line: secret variables show 4 characters, URLs lose user:password@. */
function mask(variable: string, value: string): string {
  if (/TOKEN|SECRET|KEY|PASSWORD/.test(variable)) return value.length > 4 ? `${value.slice(0, 4)}…` : '…';
  const shown = redactUrlCredentials(value);
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}
