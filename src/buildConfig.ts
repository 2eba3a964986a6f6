import path from 'node:path'

import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type Config, type PayloadRequest, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { apiClientsCollection } from '../collections/ApiClients'
import { ApiFetches } from '../collections/ApiFetches'
import { ApiUsage } from '../collections/ApiUsage'
import { AuditLog } from '../collections/AuditLog'
import { ContentEvents } from '../collections/ContentEvents'
import { DisplayScreens } from '../collections/DisplayScreens'
import { InfoPoints } from '../collections/InfoPoints'
import { Exhibitions, Exhibits } from '../collections/Exhibitions'
import { mediaCollection } from '../collections/Media'
import { PartnerMedia } from '../collections/PartnerMedia'
import { Partners } from '../collections/Partners'
import { PressReleases } from '../collections/PressReleases'
import { Briefings } from '../collections/Briefings'
import { Publications } from '../collections/Publications'
import { ReleaseNumbers } from '../collections/ReleaseNumbers'
import { ReleasedItems } from '../collections/ReleasedItems'
import { ReviewNotes } from '../collections/ReviewNotes'
import { WebhookDeliveries } from '../collections/WebhookDeliveries'
import { Subscribers } from '../collections/Subscribers'
import { Mailings } from '../collections/Mailings'
import { EmailDeliveries } from '../collections/EmailDeliveries'
import { EmailStart } from '../collections/EmailStart'
import { SearchEntries } from '../collections/SearchEntries'
import { Suppressions } from '../collections/Suppressions'
import { WebhookEndpoints } from '../collections/WebhookEndpoints'
import { locales, MONITORING_QUEUE, slugs } from './domain'
import { Clippings } from '../collections/Clippings'
import { MonitoringSources } from '../collections/MonitoringSources'
import { Topics } from '../collections/Topics'
import { TrainingMaterials } from '../collections/TrainingMaterials'
import { usersCollection } from '../collections/Users'
import { MonitoringSettings } from '../globals/MonitoringSettings'
import { SiteSettings } from '../globals/SiteSettings'
import type { Env } from './config/env'
import { srcDir } from './config/paths'
import { databaseAdapter } from './db/adapter'
import { refuseInvalidValues } from './db/inputErrors'
import { payloadEmailAdapter } from './email/payloadAdapter'
import { startEmailSender } from './email/send/runner'
import { createMailer, type Mailer } from './email/transport'
import { watchDatabaseConnections } from './db/watchConnections'
import { createLogger } from './logger'
import { hasRole } from './access/roles'
import { contentLanguageNames } from './i18n'
import { payloadTranslations } from './i18n/payload'
import { nameLanguageOfInvalidFields } from './i18n/validationErrors'
import { logRefusals, refusalLogging } from './server/logRefusals'
import { devOriginUrls, localAddresses } from './server/devOrigins'
import { label } from './lib/labels'
import { monitoringTasks } from './monitoring/jobs'
import { startMonitoringScheduler } from './monitoring/runner'
import { workflowTasks } from './workflow/jobs'
import { releaseStaleJobs } from './jobs/staleJobs'
import { deliverWebhooksTask, WEBHOOK_QUEUE, type WebhookSettings } from './webhooks/deliver'
import { startWebhookRunner } from './webhooks/runner'
import { startRecordRefill } from './readModel/refill'
import { richTextEditor } from './richtext'
import { renderNinjs } from './webhooks/render'
import { WORKFLOW_QUEUE } from './workflow/service'
import { EXHIBITION_QUEUE, makeZoomTilesTask } from './exhibitions/jobs'


/** The content languages, named in the admin's language ("Tiếng Anh" in the Vietnamese admin). */
export const localeOptions = locales.map((code) => ({ code, label: contentLanguageNames.label((names) => names[code]), rtl: false }))

/** Every queue the runner (in the server, or `npm run worker`) serves. */
export const jobQueues = [WORKFLOW_QUEUE, WEBHOOK_QUEUE, MONITORING_QUEUE, EXHIBITION_QUEUE]

const isAdmin = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

/** Payload's configuration for a validated environment. Tests build it with their own database. */
export async function createPayloadConfig(env: Env, overrides: Partial<Config> = {}): Promise<SanitizedConfig> {
  const webhooks: WebhookSettings = {
    env,
    render: renderNinjs,
    baseDelayMs: env.webhookRetryBaseSeconds * 1000,
    maxDelayMs: 60 * 60 * 1000,
    giveUpAfterMs: env.webhookGiveUpHours * 60 * 60 * 1000,
  }
  const logger = createLogger(env)
  const mailer = (overrides.custom?.mailer as Mailer | undefined) ?? createMailer(env.email, logger)
  return buildConfig({
    serverURL: env.publicUrl,
    // Development: the session cookie also counts from 127.0.0.1 and the LAN address (Payload's
    // default allowlist is PUBLIC_URL alone: an admin opened elsewhere could not save).
    ...(env.nodeEnv === 'development' ? { csrf: devOriginUrls(env, localAddresses()) } : {}),
    secret: env.payloadSecret,
    db: refuseInvalidValues(await databaseAdapter(env.databaseUri)),
    // Only the rich-text nodes every channel renders (src/richtext/nodes.ts).
    editor: richTextEditor(),
    sharp,
    logger,
    // Refusals (ours, and values the database refuses) are logged at warn by logRefusals instead.
    loggingLevels: refusalLogging,
    admin: {
      user: slugs.users,
      importMap: { baseDir: srcDir },
      meta: {
        titleSuffix: ' · Thông tin đối ngoại Quảng Trị',
        description: 'Hệ thống quản lý thông cáo báo chí, ấn phẩm và tài liệu thông tin đối ngoại tỉnh Quảng Trị',
      },
      dateFormat: 'dd/MM/yyyy HH:mm',
      // Payload's default is Gravatar: a request to a third party, carrying a hash of each staff address.
      avatar: 'default',
      components: {
        beforeDashboard: ['/admin/workflow/WorkflowDashboard#WorkflowDashboard'],
        afterNavLinks: ['/admin/workflow/ReviewQueueNavLink#ReviewQueueNavLink', '/admin/email/EmailReportNavLink#EmailReportNavLink', '/admin/monitoring/PressReportNavLink#PressReportNavLink'],
        views: {
          reviewQueue: { Component: '/admin/workflow/ReviewQueueView#ReviewQueueView', path: '/review' },
          emailReport: { Component: '/admin/email/DeliveryReportView#DeliveryReportView', path: '/email-report' },
          pressReport: { Component: '/admin/monitoring/PressReportView#PressReportView', path: '/press-report' },
        },
      },
    },
    i18n: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
      translations: payloadTranslations,
    },
    hooks: {
      afterError: [nameLanguageOfInvalidFields, logRefusals],
    },
    localization: {
      locales: localeOptions,
      defaultLocale: 'vi',
      fallback: true,
    },
    collections: [
      PressReleases,
      Publications,
      TrainingMaterials,
      PartnerMedia,
      Briefings,
      Partners,
      Topics,
      mediaCollection({ staticDir: env.mediaDir, maxPixels: env.uploadMaxPixels }),
      usersCollection({ secureCookie: new URL(env.publicUrl).protocol === 'https:' }),
      ReleaseNumbers,
      ReviewNotes,
      AuditLog,
      ContentEvents,
      apiClientsCollection({ rotationGraceHours: env.apiKeyRotationGraceHours }),
      ApiUsage,
      ApiFetches,
      WebhookEndpoints,
      WebhookDeliveries,
      Subscribers,
      Mailings,
      EmailDeliveries,
      Suppressions,
      EmailStart,
      ReleasedItems,
      SearchEntries,
      MonitoringSources,
      Clippings,
      InfoPoints,
      DisplayScreens,
      Exhibitions,
      Exhibits,
    ],
    globals: [SiteSettings, MonitoringSettings],
    upload: {
      limits: { fileSize: env.uploadMaxBytes },
      // The whole multipart request may carry the file plus its form fields.
      requestSizeLimit: env.uploadMaxBytes + 1024 * 1024,
      responseOnLimit: `File too large: the limit is ${env.uploadMaxBytes.toLocaleString('en-US')} bytes (${(env.uploadMaxBytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB)`,
    },
    jobs: {
      tasks: [
        ...workflowTasks,
        deliverWebhooksTask(() => webhooks),
        ...monitoringTasks,
        makeZoomTilesTask(() => ({ mediaDir: env.mediaDir, maxPixels: env.uploadMaxPixels })),
      ],
      enableConcurrencyControl: true,
      // The runner is on in every server unless JOBS_AUTORUN=false (then run `npm run worker`).
      autoRun: jobQueues.map((queue) => ({ cron: `*/${env.jobsIntervalSeconds} * * * * *`, queue, limit: 20 })),
      shouldAutoRun: () => env.jobsAutorun,
      access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !hasRole(user as never, 'admin'), group: label('Hệ thống', 'System') },
      }),
    },
    graphQL: {
      disablePlaygroundInProduction: true,
      maxComplexity: 1000,
    },
    email: payloadEmailAdapter(mailer),
    typescript: {
      outputFile: path.join(srcDir, 'payload-types.ts'),
      // Payload regenerates the types in a child process at every start outside production: useful
      // while developing, a second Payload start (seconds of CPU) per test file otherwise, each
      // rewriting src/payload-types.ts. `npm run generate:types` writes them on demand.
      autoGenerate: env.nodeEnv === 'development',
    },
    telemetry: false,
    onInit: async (payload) => {
      watchDatabaseConnections(payload)
      await releaseStaleJobs(payload, jobQueues, env.jobsStaleAfterSeconds * 1000)
      if (env.jobsAutorun) {
        startRecordRefill(payload, payload.logger)
        startWebhookRunner({ payload, settings: webhooks, logger: payload.logger, intervalMs: env.jobsIntervalSeconds * 1000 })
        startEmailSender({ payload, env, logger: payload.logger })
        startMonitoringScheduler({ payload, logger: payload.logger, intervalMs: env.jobsIntervalSeconds * 1000 })
      }
    },
    ...overrides,
    custom: { webhooks, monitoring: env.monitoring, ...overrides.custom, mailer },
  })
}
