import type { Role } from '../access/roles'
import { label, type Label } from '../lib/labels'

/** Where an item's working copy stands. The live (public) copy is a separate question: see `live`. */
export const states = ['draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published', 'withdrawn'] as const
export type State = (typeof states)[number]

export const stateLabels: Record<State, Label> = {
  draft: label('Bản nháp', 'Draft'),
  inReview: label('Chờ duyệt', 'In review'),
  changesRequested: label('Yêu cầu sửa', 'Changes requested'),
  approved: label('Đã duyệt', 'Approved'),
  scheduled: label('Đã hẹn giờ', 'Scheduled'),
  published: label('Đã xuất bản', 'Published'),
  withdrawn: label('Đã thu hồi', 'Withdrawn'),
}

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

export const actionLabels: Record<Action, Label> = {
  submit: label('Gửi duyệt', 'Submit for review'),
  requestChanges: label('Yêu cầu sửa', 'Request changes'),
  approve: label('Duyệt', 'Approve'),
  publish: label('Xuất bản', 'Publish'),
  schedule: label('Hẹn giờ xuất bản', 'Schedule'),
  unschedule: label('Hủy hẹn giờ', 'Cancel schedule'),
  correct: label('Xuất bản đính chính', 'Publish correction'),
  withdraw: label('Thu hồi', 'Withdraw'),
  forcePublish: label('Xuất bản khẩn (bỏ qua duyệt)', 'Force publish'),
}

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
