/** `npm run seed`: demo content in three languages. Safe to run again: it only adds what is missing. */
import 'dotenv/config'

import { getPayload } from 'payload'

import { createPayloadConfig } from '../buildConfig'
import { ConfigError, getEnv } from '../config/env'
import { closePayload } from '../db/close'
import { createLogger } from '../logger'
import { seed } from './index'

try {
  const env = getEnv()
  const logger = createLogger(env)
  const payload = await getPayload({ config: createPayloadConfig(env) })
  await seed(payload, { adminEmail: env.adminEmail, adminPassword: env.adminPassword, logger })
  logger.info(`Sign in at ${env.publicUrl}/admin as ${env.adminEmail}${env.isProduction ? '' : ` / ${env.adminPassword}`}`)
  await closePayload(payload)
  process.exit(0)
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}
