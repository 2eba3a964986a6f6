import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { createTransport } from 'nodemailer'
import { buildConfig, type Config, type PayloadRequest, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { ApiClients } from '../collections/ApiClients'
import { AuditLog } from '../collections/AuditLog'
import { ContentEvents } from '../collections/ContentEvents'
import { mediaCollection } from '../collections/Media'
import { PartnerMedia } from '../collections/PartnerMedia'
import { Partners } from '../collections/Partners'
import { PressReleases } from '../collections/PressReleases'
import { Publications } from '../collections/Publications'
import { ReleaseNumbers } from '../collections/ReleaseNumbers'
import { ReviewNotes } from '../collections/ReviewNotes'
import { slugs } from '../collections/slugs'
import { Topics } from '../collections/Topics'
import { TrainingMaterials } from '../collections/TrainingMaterials'
import { Users } from '../collections/Users'
import { SiteSettings } from '../globals/SiteSettings'
import type { Env } from './config/env'
import { srcDir } from './config/paths'
import { databaseAdapter } from './db/adapter'
import { watchDatabaseConnections } from './db/watchConnections'
import { createLogger } from './logger'
import { hasRole } from './access/roles'
import { label } from './lib/labels'
import { workflowTasks } from './workflow/jobs'
import { WORKFLOW_QUEUE } from './workflow/service'


export const localeOptions = [
  { code: 'vi', label: 'Tiếng Việt' },
  { code: 'en', label: 'English' },
  { code: 'lo', label: 'ພາສາລາວ', rtl: false },
]

const isAdmin = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

/** Payload's configuration for a validated environment. Tests build it with their own database. */
export function createPayloadConfig(env: Env, overrides: Partial<Config> = {}): Promise<SanitizedConfig> {
  return buildConfig({
    serverURL: env.publicUrl,
    secret: env.payloadSecret,
    db: databaseAdapter(env.databaseUri),
    editor: lexicalEditor(),
    sharp,
    logger: createLogger(env),
    admin: {
      user: slugs.users,
      importMap: { baseDir: srcDir },
      meta: {
        titleSuffix: ' · Thông tin đối ngoại Quảng Trị',
        description: 'Hệ thống quản lý thông cáo báo chí, ấn phẩm và tài liệu thông tin đối ngoại tỉnh Quảng Trị',
      },
      dateFormat: 'dd/MM/yyyy HH:mm',
      components: {
        afterNavLinks: ['/admin/workflow/ReviewQueueNavLink#ReviewQueueNavLink'],
        views: {
          reviewQueue: { Component: '/admin/workflow/ReviewQueueView#ReviewQueueView', path: '/review' },
        },
      },
    },
    i18n: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
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
      Partners,
      Topics,
      mediaCollection({ staticDir: env.mediaDir, maxPixels: env.uploadMaxPixels }),
      Users,
      ReleaseNumbers,
      ReviewNotes,
      AuditLog,
      ContentEvents,
      ApiClients,
    ],
    globals: [SiteSettings],
    upload: {
      limits: { fileSize: env.uploadMaxBytes },
      // The whole multipart request may carry the file plus its form fields.
      requestSizeLimit: env.uploadMaxBytes + 1024 * 1024,
      responseOnLimit: `File too large: the limit is ${env.uploadMaxBytes.toLocaleString('en-US')} bytes (${(env.uploadMaxBytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB)`,
    },
    jobs: {
      tasks: workflowTasks,
      // The runner is on in every server unless JOBS_AUTORUN=false (then run `npm run worker`).
      autoRun: [{ cron: `*/${env.jobsIntervalSeconds} * * * * *`, queue: WORKFLOW_QUEUE, limit: 20 }],
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
    email: env.smtpUrl
      ? nodemailerAdapter({
          defaultFromAddress: env.emailFromAddress,
          defaultFromName: env.emailFromName,
          transport: createTransport(env.smtpUrl),
        })
      : undefined,
    typescript: {
      outputFile: path.join(srcDir, 'payload-types.ts'),
    },
    telemetry: false,
    onInit: async (payload) => {
      watchDatabaseConnections(payload)
    },
    ...overrides,
  })
}
