import { APIError, type PayloadRequest } from 'payload'

import { MAX_IMPORT_BYTES, tooLargeMessage } from './csvImport'
import { queryValue, readBodyLimited } from '../../lib/request'

/** What an import request carries: the CSV text and the consent fields. */
export type ImportUpload = { csv: string; consentSource: string | undefined; consentTextVersion: string | undefined }

/** Room for the multipart envelope and the form fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024
const csvTypes = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel']

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new APIError('The file is not UTF-8 text: save it from Excel as "CSV UTF-8 (Comma delimited)"', 400, null, true)
  }
}

const formText = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/**
 * Read `POST /api/subscribers/import`: either the raw CSV (`Content-Type: text/csv`) with
 * `?consentSource=…&consentTextVersion=…`, or `multipart/form-data` with a `file` field and the
 * consent fields as form fields (or in the query). The body is read with a byte cap (413 beyond it)
 * and parsed here: Payload's own multipart parsing keeps only `_payload` and upload fields.
 */
export async function readImportUpload(req: PayloadRequest): Promise<ImportUpload> {
  const contentType = (req.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  const fromQuery = { consentSource: queryValue(req, 'consentSource'), consentTextVersion: queryValue(req, 'consentTextVersion') }
  if (csvTypes.includes(contentType)) {
    const bytes = await readBodyLimited(req, MAX_IMPORT_BYTES, tooLargeMessage)
    return { csv: decodeUtf8(bytes), ...fromQuery }
  }
  if (contentType === 'multipart/form-data') {
    const bytes = await readBodyLimited(req, MAX_IMPORT_BYTES + MULTIPART_OVERHEAD, tooLargeMessage)
    let form: FormData
    try {
      form = await new Response(bytes, { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData()
    } catch {
      throw new APIError('The multipart body could not be read', 400, null, true)
    }
    const file = form.get('file')
    if (!file || typeof file === 'string') throw new APIError('Attach the CSV file in a form field named "file"', 400, null, true)
    if (file.size > MAX_IMPORT_BYTES) throw new APIError(tooLargeMessage, 413, null, true)
    return {
      csv: decodeUtf8(new Uint8Array(await file.arrayBuffer())),
      consentSource: formText(form, 'consentSource') ?? fromQuery.consentSource,
      consentTextVersion: formText(form, 'consentTextVersion') ?? fromQuery.consentTextVersion,
    }
  }
  throw new APIError('Send the CSV as "text/csv" or as "multipart/form-data" with a "file" field', 415, null, true)
}
