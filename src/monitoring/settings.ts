import type { Payload, PayloadRequest } from 'payload'

import { defaultKeywordRules, globalSlugs, ruleLanguages, type KeywordRule, type RuleLanguage } from '../domain'
import type { Env } from '../config/env'
import { resolverOf } from '../webhooks/ssrf'
import { USER_AGENT, type FetchSettings } from './fetchFeed'

export type MonitoringEnv = Env['monitoring']

/**
 * The poller's fetch settings: the limits from the environment (set in buildConfig under
 * `custom.monitoring`) and the Payload instance's resolver (tests inject one, as for webhooks).
 */
export function fetchSettingsOf(payload: Pick<Payload, 'config'>): FetchSettings {
  const limits = (payload.config.custom as { monitoring?: MonitoringEnv } | undefined)?.monitoring
  if (!limits) throw new Error('Press monitoring is not configured (config.custom.monitoring is missing)')
  return {
    timeoutMs: limits.fetchTimeoutMs,
    maxBytes: limits.maxBytes,
    maxRedirects: limits.maxRedirects,
    allowPrivate: limits.allowPrivate,
    resolve: resolverOf(payload),
    userAgent: USER_AGENT,
  }
}

const isRuleLanguage = (value: unknown): value is RuleLanguage => (ruleLanguages as readonly unknown[]).includes(value)

/** The keyword rules of the settings global, or the defaults (src/domain/monitoring.ts) while it has none. */
export async function keywordRules(payload: Payload, req?: PayloadRequest): Promise<KeywordRule[]> {
  const settings = await payload.findGlobal({ slug: globalSlugs.monitoringSettings, depth: 0, overrideAccess: true, req })
  const rules = (settings.rules ?? [])
    .filter((rule) => rule.keyword.trim() && isRuleLanguage(rule.language))
    .map((rule) => ({ keyword: rule.keyword.trim(), language: rule.language }))
  return rules.length > 0 ? rules : defaultKeywordRules
}
