/**
 * The one reader of process.env. Every variable the platform understands is declared, documented
 * and validated here; anything missing or malformed stops the process with a message that names it.
 * Keep `.env.example` and the README's table in step with this file.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

import { accountLock } from '../domain/accounts'

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      error: 'must be one of true, false, 1, 0, yes, no',
    })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)))

const optionalBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be one of true, false, 1, 0, yes, no' })
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v)))

const DATABASE_URI = z
  .string()
  .trim()
  .regex(/^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/, {
    error: 'must start with file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB)',
  })

/** A sign-in limit: below the number of failures that makes Payload lock an account (`accountLock`). */
const belowAccountLock = (why: string) => {
  const message = `must be between 1 and ${accountLock.maxLoginAttempts - 1}: below the account lock (${accountLock.maxLoginAttempts} failed sign-ins in a row), since ${why}`
  return z.coerce.number().int({ error: message }).min(1, { error: message }).max(accountLock.maxLoginAttempts - 1, { error: message })
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://news.quangtri.gov.vn' }).optional(),
  DATABASE_URI: DATABASE_URI.default('file:./data/newsroom.db'),
  PAYLOAD_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ADMIN_EMAIL: z.email({ error: 'must be an email address' }).default('admin@newsroom.local'),
  ADMIN_PASSWORD: z.string().min(10, { error: 'must be at least 10 characters' }).optional(),
  AUTO_SEED: optionalBool,
  SERVE_ADMIN: bool(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MEDIA_DIR: z.string().trim().min(1).default('./media'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  UPLOAD_MAX_PIXELS: z.coerce.number().int().positive().default(40_000_000),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  EMAIL_FROM_ADDRESS: z.email({ error: 'must be an email address' }).default('no-reply@newsroom.local'),
  EMAIL_FROM_NAME: z.string().trim().min(1).default('Thông tin đối ngoại Quảng Trị'),
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((v): boolean | number | string => {
      if (v === undefined || v === '' || v === 'false') return false
      if (v === 'true') return true
      return /^\d+$/.test(v) ? Number(v) : v
    }),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  JOBS_AUTORUN: bool(true),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  API_KEY_ROTATION_GRACE_HOURS: z.coerce.number().min(0).max(720).default(24),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: optionalBool,
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().positive().max(3600).default(30),
  WEBHOOK_GIVE_UP_HOURS: z.coerce.number().min(24, { error: 'must be at least 24 (deliveries are retried for a day at least)' }).max(24 * 14).default(26),
  JOBS_STALE_AFTER_SECONDS: z.coerce.number().positive().default(900),
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1, { error: 'must be between 1 and 59' }).max(59, { error: 'must be between 1 and 59' }).default(5),
  FEED_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  SMTP_POOL_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
  SMTP_MAX_MESSAGES_PER_CONNECTION: z.coerce.number().int().min(1).max(100_000).default(1000),
  SMTP_RATE_PER_SECOND: z.coerce.number().int().min(0).max(100_000).default(0),
  MAIL_CAPTURE_DIR: z.string().trim().min(1).default('./data/mail'),
  EMAIL_JOURNAL_DIR: z.string().trim().min(1).default('./data/email-journal'),
  DKIM_DOMAIN: z.string().trim().min(1).optional(),
  DKIM_SELECTOR: z.string().trim().min(1).optional(),
  DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  DKIM_PRIVATE_KEY_FILE: z.string().trim().min(1).optional(),
  EMAIL_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(200),
  EMAIL_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  EMAIL_RETRY_BASE_SECONDS: z.coerce.number().positive().max(3600).default(60),
  EMAIL_GIVE_UP_HOURS: z.coerce.number().positive().max(24 * 14).default(48),
  EMAIL_MAX_EVENT_AGE_HOURS: z.coerce.number().positive().max(24 * 30).default(24),
  SUBSCRIBE_CONFIRM_HOURS: z.coerce.number().positive().max(24 * 30).default(48),
  SUBSCRIBE_LIMIT_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  SUBSCRIBE_LIMIT_PER_ADDRESS_PER_DAY: z.coerce.number().int().min(1).default(3),
  LOGIN_LIMIT_PER_IP_PER_15MIN: belowAccountLock('one address must not be able to lock an account').default(5),
  LOGIN_LIMIT_PER_ACCOUNT: belowAccountLock('addresses the owner never used must not be able to lock the account').default(7),
  PASSWORD_RESET_LIMIT_PER_ACCOUNT_PER_HOUR: z.coerce.number().int().min(1).max(100).default(3),
  FEED_BAD_KEY_LIMIT_PER_IP_PER_15MIN: z.coerce.number().int().min(1).default(20),
  MONITORING_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  MONITORING_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  MONITORING_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  MONITORING_ALLOW_PRIVATE: optionalBool,
  /** Set by Next itself; `phase-production-build` during `next build`, which serves nothing. */
  NEXT_PHASE: z.string().optional(),
})

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  host: string
  port: number
  publicUrl: string
  databaseUri: string
  databaseKind: DatabaseKind
  payloadSecret: string
  adminEmail: string
  adminPassword: string | undefined
  autoSeed: boolean
  serveAdmin: boolean
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  mediaDir: string
  uploadMaxBytes: number
  uploadMaxPixels: number
  smtpUrl: string | undefined
  emailFromAddress: string
  emailFromName: string
  trustProxy: boolean | number | string
  shutdownTimeoutMs: number
  /** Run the job queue (scheduled publishing, embargo lifts) inside this process. */
  jobsAutorun: boolean
  jobsIntervalSeconds: number
  /** A job left `processing` this long by a stopped process is handed back to the queue. */
  jobsStaleAfterSeconds: number
  /** Shared store for every rate limit across processes (src/limits/); in memory when unset. */
  redisUrl: string | undefined
  /** How long a rotated API key keeps working. */
  apiKeyRotationGraceHours: number
  /** Webhooks to loopback and private addresses (development and tests only; refused in production). */
  webhookAllowPrivateTargets: boolean
  /** The press-monitoring poller's fetches (src/monitoring/fetchFeed.ts). */
  monitoring: {
    fetchTimeoutMs: number
    maxBytes: number
    maxRedirects: number
    /** Feeds on loopback and private addresses (development and tests only; refused in production, like webhooks). */
    allowPrivate: boolean
  }
  /** First webhook retry delay; doubles per failure up to an hour. */
  webhookRetryBaseSeconds: number
  /** How long one event is retried before it is given up (logged, redeliverable by hand). */
  webhookGiveUpHours: number
  /** Memory for serialized agency API answers (src/feed/responseCache.ts); 0 turns the cache off. */
  feedCacheMb: number
  /** Wrong API keys one client address may send to /feed/v1 in 15 minutes before it gets 429. */
  feedBadKeyLimitPerIpPer15Min: number
  signIn: SignInSettings
  email: EmailSettings
}

/** The sign-in limits (src/auth/throttle.ts; the reasoning is in the README, "Accounts and sign-in"). */
export type SignInSettings = {
  /** Failed sign-ins and password-reset requests one client address may make in 15 minutes. */
  limitPerIpPer15Min: number
  /**
   * Failed sign-ins in a row (Payload's `loginAttempts`) after which an account may be tried only
   * from addresses where it signed in successfully in the last 30 days.
   */
  limitPerAccount: number
  /** Password-reset emails one account may be sent per hour. */
  resetLimitPerAccountPerHour: number
}

/** Email releases: transport, signing, sending pace, sign-up limits. */
export type EmailSettings = {
  /** Real SMTP when set; otherwise every message is written to `captureDir` as an .eml file. */
  smtpUrl: string | undefined
  captureDir: string
  /** Hand-over journals of this host's senders (PostgreSQL, MongoDB): see src/email/send/journal.ts. */
  journalDir: string
  fromAddress: string
  fromName: string
  poolConnections: number
  maxMessagesPerConnection: number
  /** Messages per second across the pool; 0 = as fast as the server takes them. */
  ratePerSecond: number
  dkim: { domainName: string; keySelector: string; privateKey: string } | undefined
  batchSize: number
  leaseSeconds: number
  retryBaseSeconds: number
  giveUpHours: number
  /** An event older than this when email is planned for it is recorded as skipped, not mailed. */
  maxEventAgeHours: number
  confirmHours: number
  limitPerIpPerHour: number
  limitPerAddressPerDay: number
}

export class ConfigError extends Error {
  readonly variables: string[]
  constructor(problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n') +
        '\nSee .env.example for every variable and its meaning.',
    )
    this.name = 'ConfigError'
    this.variables = problems.map((p) => p.variable)
  }
}

export function databaseKindOf(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  return 'mongodb'
}

/** Development keeps a generated secret here so sessions survive restarts. */
export const DEV_SECRET_FILE = path.resolve('data', '.payload-secret')

function developmentSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}

/** Read and validate an environment. Pure apart from the development secret file. */
export function loadEnv(
  source: Record<string, string | undefined> = process.env,
  options: { devSecretFile?: string } = {},
): Env {
  // An empty value means "not set": .env files often carry `NAME=` lines.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const parsed = schema.safeParse(cleaned)
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(environment)'),
        message: issue.message,
      })),
    )
  }
  const e = parsed.data
  const isProduction = e.NODE_ENV === 'production'
  // `next build` evaluates the Payload config without serving anything: it needs no real secret.
  const buildingNext = e.NEXT_PHASE === 'phase-production-build'
  if (isProduction && !e.PAYLOAD_SECRET && !buildingNext) {
    throw new ConfigError([
      {
        variable: 'PAYLOAD_SECRET',
        message: 'is required in production (generate one with: openssl rand -hex 32)',
      },
    ])
  }
  const payloadSecret =
    e.PAYLOAD_SECRET ??
    (buildingNext ? 'next-build-only-secret-never-used-to-serve' : developmentSecret(options.devSecretFile ?? DEV_SECRET_FILE))
  const adminPassword = e.ADMIN_PASSWORD ?? (isProduction ? undefined : 'quangtri-newsroom')
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databaseUri: e.DATABASE_URI,
    databaseKind: databaseKindOf(e.DATABASE_URI),
    payloadSecret,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword,
    autoSeed: e.AUTO_SEED ?? e.NODE_ENV === 'development',
    serveAdmin: e.SERVE_ADMIN,
    logLevel: e.LOG_LEVEL,
    mediaDir: path.resolve(e.MEDIA_DIR),
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    uploadMaxPixels: e.UPLOAD_MAX_PIXELS,
    smtpUrl: e.SMTP_URL,
    emailFromAddress: e.EMAIL_FROM_ADDRESS,
    emailFromName: e.EMAIL_FROM_NAME,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    jobsAutorun: e.JOBS_AUTORUN,
    jobsIntervalSeconds: e.JOBS_INTERVAL_SECONDS,
    jobsStaleAfterSeconds: e.JOBS_STALE_AFTER_SECONDS,
    redisUrl: e.REDIS_URL,
    apiKeyRotationGraceHours: e.API_KEY_ROTATION_GRACE_HOURS,
    webhookAllowPrivateTargets: isProduction ? false : (e.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? true),
    monitoring: {
      fetchTimeoutMs: e.MONITORING_FETCH_TIMEOUT_MS,
      maxBytes: e.MONITORING_MAX_BYTES,
      maxRedirects: e.MONITORING_MAX_REDIRECTS,
      allowPrivate: isProduction ? false : (e.MONITORING_ALLOW_PRIVATE ?? true),
    },
    webhookRetryBaseSeconds: e.WEBHOOK_RETRY_BASE_SECONDS,
    webhookGiveUpHours: e.WEBHOOK_GIVE_UP_HOURS,
    feedCacheMb: e.FEED_CACHE_MB,
    feedBadKeyLimitPerIpPer15Min: e.FEED_BAD_KEY_LIMIT_PER_IP_PER_15MIN,
    signIn: {
      limitPerIpPer15Min: e.LOGIN_LIMIT_PER_IP_PER_15MIN,
      limitPerAccount: e.LOGIN_LIMIT_PER_ACCOUNT,
      resetLimitPerAccountPerHour: e.PASSWORD_RESET_LIMIT_PER_ACCOUNT_PER_HOUR,
    },
    email: {
      smtpUrl: e.SMTP_URL,
      captureDir: path.resolve(e.MAIL_CAPTURE_DIR),
      journalDir: path.resolve(e.EMAIL_JOURNAL_DIR),
      fromAddress: e.EMAIL_FROM_ADDRESS,
      fromName: e.EMAIL_FROM_NAME,
      poolConnections: e.SMTP_POOL_CONNECTIONS,
      maxMessagesPerConnection: e.SMTP_MAX_MESSAGES_PER_CONNECTION,
      ratePerSecond: e.SMTP_RATE_PER_SECOND,
      dkim: dkimOf(e),
      batchSize: e.EMAIL_BATCH_SIZE,
      leaseSeconds: e.EMAIL_LEASE_SECONDS,
      retryBaseSeconds: e.EMAIL_RETRY_BASE_SECONDS,
      giveUpHours: e.EMAIL_GIVE_UP_HOURS,
      maxEventAgeHours: e.EMAIL_MAX_EVENT_AGE_HOURS,
      confirmHours: e.SUBSCRIBE_CONFIRM_HOURS,
      limitPerIpPerHour: e.SUBSCRIBE_LIMIT_PER_IP_PER_HOUR,
      limitPerAddressPerDay: e.SUBSCRIBE_LIMIT_PER_ADDRESS_PER_DAY,
    },
  }
}

/** DKIM is all or nothing: a domain, a selector and a key (inline or from a file). */
function dkimOf(e: z.infer<typeof schema>): EmailSettings['dkim'] {
  const given = [e.DKIM_DOMAIN, e.DKIM_SELECTOR, e.DKIM_PRIVATE_KEY ?? e.DKIM_PRIVATE_KEY_FILE].filter((v) => v !== undefined).length
  if (given === 0) return undefined
  if (given < 3 || !e.DKIM_DOMAIN || !e.DKIM_SELECTOR) {
    throw new ConfigError([{ variable: 'DKIM_DOMAIN', message: 'DKIM needs DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY (or DKIM_PRIVATE_KEY_FILE) together' }])
  }
  let privateKey = e.DKIM_PRIVATE_KEY
  if (!privateKey && e.DKIM_PRIVATE_KEY_FILE) {
    try {
      privateKey = fs.readFileSync(e.DKIM_PRIVATE_KEY_FILE, 'utf8')
    } catch (error) {
      throw new ConfigError([{ variable: 'DKIM_PRIVATE_KEY_FILE', message: `cannot be read: ${(error as Error).message}` }])
    }
  }
  if (!privateKey || !privateKey.includes('PRIVATE KEY')) {
    throw new ConfigError([{ variable: 'DKIM_PRIVATE_KEY', message: 'must be a PEM private key (-----BEGIN PRIVATE KEY-----)' }])
  }
  return { domainName: e.DKIM_DOMAIN, keySelector: e.DKIM_SELECTOR, privateKey: privateKey.replace(/\\n/g, '\n') }
}

let cached: Env | undefined

/** The process's environment, validated once. */
export function getEnv(): Env {
  cached ??= loadEnv(process.env)
  return cached
}
