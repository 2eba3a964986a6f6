import type { Endpoint } from 'payload'

import { searchClippingsResponse } from '../../../src/monitoring/search'

/** `GET /api/clippings/search?q=…`: staff search over clippings in any language (src/monitoring/search.ts). */
export const searchEndpoint: Endpoint = { path: '/search', method: 'get', handler: searchClippingsResponse }
