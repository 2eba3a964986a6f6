import type { Role } from '../access/roles'
import { adminLanguages, defineCatalogue, type Messages, type MessagesOf } from '../i18n'

/** Where an item's working copy stands. The live (public) copy is a separate question: see `live`. */
export const states = ['draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn'] as const
export type State = (typeof states)[number]

export const actions = [
  'submit',
  'requestChanges',
  'approve',
  'publish',
  'schedule',
  'unschedule',
  'correct',
  'withdraw',
  'forcePublish',
] as const
export type Action = (typeof actions)[number]

/** The workflow's names in the admin's languages, a namespace of the catalogue (src/i18n); the API and the admin use the same. */
const vi = {
  states: {
    draft: 'Bản nháp',
    inReview: 'Chờ duyệt',
    changesRequested: 'Yêu cầu sửa',
    approved: 'Đã duyệt',
    scheduled: 'Đã hẹn giờ',
    published: 'Đã xuất bản',
    withdrawn: 'Đã thu hồi',
  } satisfies Record<State, string>,
  actions: {
    submit: 'Gửi duyệt',
    requestChanges: 'Yêu cầu sửa',
    approve: 'Duyệt',
    publish: 'Xuất bản',
    schedule: 'Hẹn giờ xuất bản',
    unschedule: 'Hủy hẹn giờ',
    correct: 'Xuất bản đính chính',
    withdraw: 'Thu hồi',
    forcePublish: 'Xuất bản khẩn (bỏ qua duyệt)',
  } satisfies Record<Action, string>,
} satisfies Messages

const en: MessagesOf<typeof vi> = {
  states: {
    draft: 'Draft',
    inReview: 'In review',
    changesRequested: 'Changes requested',
    approved: 'Approved',
    scheduled: 'Scheduled',
    published: 'Published',
    withdrawn: 'Withdrawn',
  },
  actions: {
    submit: 'Submit for review',
    requestChanges: 'Request changes',
    approve: 'Approve',
    publish: 'Publish',
    schedule: 'Schedule',
    unschedule: 'Cancel schedule',
    correct: 'Publish correction',
    withdraw: 'Withdraw',
    forcePublish: 'Force publish',
  },
}

export const workflowNames = defineCatalogue(adminLanguages, { vi, en })

export const stateLabels = workflowNames.labelsOf((m) => m.states)

export const actionLabels = workflowNames.labelsOf((m) => m.actions)

export type TransitionRule = {
  /** Working-copy states the action starts from. */
  from: readonly State[]
  /** Roles that may take it (an admin holds every role). */
  roles: readonly Role[]
  /** Four eyes: the person who submitted the item may not take this action. */
  notBySubmitter: boolean
  /** A note is required (it becomes public for `correct` and `withdraw`). */
  noteRequired: boolean
  /** The item must already be live (`correct`, `withdraw`) or must not be (`schedule`). */
  live?: 'required' | 'forbidden'
}

/**
 * The transition table, as built. Everything else (locale readiness, embargo rules, times) is
 * checked in rules.ts; the roles and four-eyes rule are here so the admin and the API agree.
 */
export const transitions: Record<Action, TransitionRule> = {
  submit: { from: ['draft', 'changesRequested'], roles: ['contributor', 'editor', 'publisher'], notBySubmitter: false, noteRequired: false },
  requestChanges: { from: ['inReview', 'approved'], roles: ['editor'], notBySubmitter: true, noteRequired: true },
  // From `published` only to review a force-published item afterwards (clears the flag).
  approve: { from: ['inReview', 'approved', 'published'], roles: ['editor'], notBySubmitter: true, noteRequired: false },
  publish: { from: ['approved'], roles: ['publisher'], notBySubmitter: true, noteRequired: false },
  schedule: { from: ['approved'], roles: ['publisher'], notBySubmitter: true, noteRequired: false },
  unschedule: { from: ['scheduled'], roles: ['publisher'], notBySubmitter: false, noteRequired: false },
  correct: { from: ['approved'], roles: ['publisher'], notBySubmitter: true, noteRequired: true, live: 'required' },
  withdraw: {
    from: ['draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published'],
    roles: ['publisher'],
    notBySubmitter: false,
    noteRequired: true,
    live: 'required',
  },
  forcePublish: {
    from: ['draft', 'inReview', 'changesRequested', 'approved', 'scheduled'],
    roles: ['admin'],
    notBySubmitter: false,
    noteRequired: true,
  },
}

/** The state each action leads to. */
export const targetState: Record<Action, State> = {
  submit: 'inReview',
  requestChanges: 'changesRequested',
  approve: 'approved',
  publish: 'published',
  schedule: 'scheduled',
  unschedule: 'approved',
  correct: 'published',
  withdraw: 'withdrawn',
  forcePublish: 'published',
}
