import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

/** The shipped IPTC ninjs 3.1 standard (outside this repository). */
export const NINJS_DIR = process.env.NINJS_DIR ?? path.resolve(process.cwd(), '../shared/standards/ninjs')

export type NinjsValidator = (value: unknown) => string[]

/**
 * A validator for ninjs 3.1 built with ajv from the shipped schema, or null when the schema is
 * missing. Missing under CI (`CI` set) is an error; elsewhere the caller says plainly it skipped.
 */
export function loadNinjsValidator(): NinjsValidator | null {
  const schemaFile = path.join(NINJS_DIR, 'ninjs-schema_3.1.json')
  const geoFile = path.join(NINJS_DIR, 'GeoJSON.json')
  if (!fs.existsSync(schemaFile) || !fs.existsSync(geoFile)) {
    if (process.env.CI) throw new Error(`The ninjs 3.1 schema is missing at ${NINJS_DIR} (needed under CI)`)
    console.warn(`SKIPPED: ninjs schema validation — ${schemaFile} not found (set NINJS_DIR); under CI this fails.`)
    return null
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  const geo = JSON.parse(fs.readFileSync(geoFile, 'utf8')) as Record<string, unknown>
  delete geo.$schema
  ajv.addSchema(geo)
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object)
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`))
}
