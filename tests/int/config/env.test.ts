import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ConfigError, loadEnv } from '../../../src/config/env'
import { describeOnce } from '../../helpers/once'
import { startScript } from '../../helpers/process'

const SECRET = 'a'.repeat(40)

function configErrorOf(source: Record<string, string>): ConfigError {
  try {
    loadEnv(source, { devSecretFile: path.join(os.tmpdir(), 'never-used-secret') })
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describeOnce('environment configuration', () => {
  test('defaults give a working development setup on SQLite', () => {
    const env = loadEnv({ PAYLOAD_SECRET: SECRET })
    expect(env).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUri: 'file:./data/newsroom.db',
      databaseKind: 'sqlite',
      publicUrl: 'http://localhost:3000',
      autoSeed: true,
      serveAdmin: true,
      uploadMaxBytes: 25 * 1024 * 1024,
    })
  })

  test('the database engine follows DATABASE_URI', () => {
    expect(loadEnv({ PAYLOAD_SECRET: SECRET, DATABASE_URI: 'postgres://u@db:5432/news' }).databaseKind).toBe('postgres')
    expect(loadEnv({ PAYLOAD_SECRET: SECRET, DATABASE_URI: 'postgresql://u@db/news' }).databaseKind).toBe('postgres')
    expect(loadEnv({ PAYLOAD_SECRET: SECRET, DATABASE_URI: 'mongodb://db/news' }).databaseKind).toBe('mongodb')
  })

  test('production refuses to start without PAYLOAD_SECRET and names it', () => {
    const error = configErrorOf({ NODE_ENV: 'production' })
    expect(error.variables).toEqual(['PAYLOAD_SECRET'])
    expect(error.message).toContain('PAYLOAD_SECRET: is required in production')
  })

  test('`next build` needs no secret: it evaluates the config without serving', () => {
    const env = loadEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(env.isProduction).toBe(true)
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(32)
  })

  test('malformed variables are all named in one message', () => {
    const error = configErrorOf({
      PAYLOAD_SECRET: SECRET,
      DATABASE_URI: 'mysql://localhost/news',
      PORT: 'eighty',
      PUBLIC_URL: 'ftp://example.org',
      AUTO_SEED: 'maybe',
    })
    expect(error.variables.sort()).toEqual(['AUTO_SEED', 'DATABASE_URI', 'PORT', 'PUBLIC_URL'])
    expect(error.message).toContain('DATABASE_URI: must start with file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB)')
  })

  test('the sign-in limits default below the account lock, and a value that would let outsiders reach it is refused', () => {
    expect(loadEnv({ PAYLOAD_SECRET: SECRET }).signIn).toEqual({ limitPerIpPer15Min: 5, limitPerAccount: 7, resetLimitPerAccountPerHour: 3 })
    const error = configErrorOf({ PAYLOAD_SECRET: SECRET, LOGIN_LIMIT_PER_IP_PER_15MIN: '10', LOGIN_LIMIT_PER_ACCOUNT: '0' })
    expect(error.variables.sort()).toEqual(['LOGIN_LIMIT_PER_ACCOUNT', 'LOGIN_LIMIT_PER_IP_PER_15MIN'])
    expect(error.message).toContain(
      'LOGIN_LIMIT_PER_IP_PER_15MIN: must be between 1 and 9: below the account lock (10 failed sign-ins in a row), since one address must not be able to lock an account',
    )
  })

  test('a short secret is refused', () => {
    expect(configErrorOf({ PAYLOAD_SECRET: 'short' }).message).toContain('PAYLOAD_SECRET: must be at least 32 characters')
  })

  test('development generates a secret once and keeps it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-secret-'))
    const file = path.join(dir, 'nested', '.payload-secret')
    const first = loadEnv({}, { devSecretFile: file })
    const second = loadEnv({}, { devSecretFile: file })
    expect(first.payloadSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(second.payloadSecret).toBe(first.payloadSecret)
    expect((await fs.readFile(file, 'utf8')).trim()).toBe(first.payloadSecret)
    await fs.rm(dir, { recursive: true, force: true })
  })

  test('the server exits with a message naming the bad variable', async () => {
    const run = await startScript('dist/server.mjs', { NODE_ENV: 'production', DATABASE_URI: 'mysql://nowhere/news', PAYLOAD_SECRET: SECRET })
    expect(await run.exited).toBe(1)
    expect(run.output()).toContain('DATABASE_URI: must start with file:')
    expect(run.output()).not.toContain('newsroom listening')
  })
})
