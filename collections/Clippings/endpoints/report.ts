import type { Endpoint } from 'payload'

import { pressReportResponse } from '../../../src/monitoring/report/respond'

/** `GET /api/clippings/report`: the press report for a period as JSON, CSV or PDF (src/monitoring/report/respond.ts). */
export const reportEndpoint: Endpoint = { path: '/report', method: 'get', handler: pressReportResponse }
