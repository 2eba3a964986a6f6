/**
 * Payload's own account lock on staff accounts (collections/Users): after `maxLoginAttempts` failed
 * sign-ins in a row the account is locked for `lockTimeMs`, whatever the password. The sign-in
 * limits (src/auth/) are set below it so that outsiders cannot use it to lock staff out.
 */
export const accountLock = {
  maxLoginAttempts: 10,
  lockTimeMs: 10 * 60 * 1000,
} as const
