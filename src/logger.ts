import pino, { type Logger } from 'pino'

import type { Env } from './config/env'

/** One structured logger for the server, Payload and scripts. JSON in production, readable in development. */
export function createLogger(env: Pick<Env, 'logLevel' | 'isProduction' | 'nodeEnv'>): Logger {
  const pretty = !env.isProduction && env.nodeEnv !== 'test' && process.stdout.isTTY
  return pino({
    level: env.logLevel,
    base: { service: 'newsroom' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,service' } } } : {}),
  })
}
