import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Run `work` in one database transaction: the request's own when it already has one (then the
 * caller that opened it commits), else a new one, committed when `work` resolves and rolled back
 * when it throws (the error is thrown on).
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
