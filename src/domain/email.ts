/** Subscriber preferences and states (email releases). */
export const frequencies = ['immediately', 'daily', 'weekly'] as const
export type Frequency = (typeof frequencies)[number]
export const subscriberStatuses = ['pending', 'active', 'unsubscribed', 'bounced', 'complained'] as const
export type SubscriberStatus = (typeof subscriberStatuses)[number]

/** One email to one subscriber for one mailing (`email-deliveries.status`). */
export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed', 'canceled'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

/** What a mailing sends (`mailings.kind`) and to whom (`mailings.audience`). */
export const mailingKinds = ['release', 'correction', 'withdrawal', 'digest'] as const
export type MailingKind = (typeof mailingKinds)[number]
export const mailingAudiences = ['all', 'accredited', 'notAccredited', 'previousRecipients', 'digest'] as const
export type MailingAudience = (typeof mailingAudiences)[number]

/**
 * Where a mailing is (`mailings.status`): planned and being fanned out into deliveries, sending,
 * done, or skipped (never mailed, with `skipReason`: e.g. its event was too old when planned).
 */
export const mailingStatuses = ['fanningOut', 'sending', 'done', 'skipped'] as const
export type MailingStatus = (typeof mailingStatuses)[number]

/** Why an address is never mailed (`suppressions.reason`). */
export const suppressionReasons = ['bounced', 'complained', 'unsubscribed', 'manual', 'erased'] as const
export type SuppressionReason = (typeof suppressionReasons)[number]
