import { createHash } from 'node:crypto'

import { locales, type Locale } from '../../domain'
import { escapeHtml } from '../../email/render/html'
import { type FieldName, type Strings, signUpText } from './strings'

/**
 * The HTML frame of the sign-up pages: one inline style sheet (allowed by its hash in the page's
 * Content-Security-Policy), no script at all, `lang` on the document and on every text in another
 * language, a language switcher, visible focus.
 */
const css = [
  '*,*::before,*::after{box-sizing:border-box}',
  "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Lao','Phetsarath OT',Arial,sans-serif;font-size:1.0625rem;line-height:1.6;color:#1f2933;background:#f3f4f6}",
  'header{background:#0b4f8a;color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 1.5rem}',
  'header .site{font-weight:700}',
  'header ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}',
  'header a{color:#fff}',
  "header a[aria-current]{font-weight:700;text-decoration:none}",
  'main{max-width:46rem;margin:1.5rem auto;padding:1.5rem;background:#fff;border-radius:4px}',
  'h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}',
  'h2{font-size:1.25rem;margin:1.5rem 0 .5rem}',
  'a{color:#0b4f8a}',
  'fieldset{border:1px solid #cbd2d9;border-radius:4px;margin:0 0 1.25rem;padding:.75rem 1rem 1rem}',
  'legend{font-weight:700;padding:0 .25rem}',
  '.field{margin:0 0 1.25rem}',
  '.field>label{display:block;font-weight:600}',
  'input[type=email],input[type=text],select{display:block;width:100%;max-width:32rem;margin-top:.25rem;padding:.5rem;font:inherit;color:inherit;background:#fff;border:2px solid #52606d;border-radius:3px}',
  '.choice{display:flex;align-items:flex-start;gap:.5rem;margin:.35rem 0}',
  '.choice input{width:1.25rem;height:1.25rem;margin:.2rem 0 0;flex:none}',
  '.hint{color:#52606d;margin:0 0 .5rem}',
  '.consent-text{background:#f8fafc;border-left:4px solid #cbd2d9;padding:.5rem .75rem;margin:0 0 .75rem}',
  'button{font:inherit;font-weight:700;padding:.6rem 1.25rem;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:3px;cursor:pointer}',
  'button.danger{background:#fff;color:#9b1c1c;border-color:#9b1c1c}',
  ':focus-visible{outline:3px solid #1f2933;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}',
  '.error-summary{border:4px solid #b42318;padding:.75rem 1rem;margin:0 0 1.5rem}',
  '.error-summary h2{margin-top:0}',
  '.error-summary a{color:#b42318;font-weight:700}',
  '.field-error{color:#b42318;font-weight:700;margin:.25rem 0}',
  '[aria-invalid=true]{border-color:#b42318 !important}',
  '.notice{border-left:6px solid #1e7b34;background:#edf7ee;padding:.5rem 1rem;margin:0 0 1.25rem}',
  '.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}',
].join('')

/** The page's Content-Security-Policy: nothing but this style sheet, and forms to ourselves. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const esc = escapeHtml

/** Query string for a link on these pages (values escaped for an attribute by the caller). */
export const query = (params: Record<string, string | undefined>): string => {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : ''
}

export type PageContext = {
  lang: Locale
  t: Strings
  /** The organization's name from the site settings, in the page language (or Vietnamese). */
  siteName: string
  /** The path and parameters of this page, for the language switcher (the token stays, `lang` changes). */
  path: string
  params?: Record<string, string | undefined>
}

export function pageContext(lang: Locale, siteName: string | undefined, path: string, params?: Record<string, string | undefined>): PageContext {
  return { lang, t: signUpText.in(lang), siteName: siteName ?? signUpText.in(lang).siteName, path, params }
}

function languageSwitcher(ctx: PageContext): string {
  const items = locales.map((l) => {
    const href = esc(`${ctx.path}${query({ ...ctx.params, lang: l })}`)
    const current = l === ctx.lang ? ' aria-current="true"' : ''
    return `<li><a href="${href}" lang="${l}" hreflang="${l}"${current}>${esc(signUpText.in(l).languageName)}</a></li>`
  })
  return `<nav aria-label="${esc(ctx.t.languageSwitcher)}"><ul>${items.join('')}</ul></nav>`
}

export function page(ctx: PageContext, title: string, body: string, hasErrors = false): string {
  const fullTitle = `${hasErrors ? `${ctx.t.errorSummary}: ` : ''}${title} – ${ctx.siteName}`
  return [
    '<!doctype html>',
    `<html lang="${ctx.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${esc(fullTitle)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<header><span class="site">${esc(ctx.siteName)}</span>${languageSwitcher(ctx)}</header>`,
    `<main id="main"><h1>${esc(title)}</h1>${body}</main>`,
    '</body>',
    '</html>',
  ].join('\n')
}

export const paragraph = (text: string): string => `<p>${esc(text)}</p>`
export const link = (href: string, text: string): string => `<p><a href="${esc(href)}">${esc(text)}</a></p>`

export type FieldErrors = Partial<Record<FieldName, string>>

/** Where the error summary sends the reader for each field: the control itself or a group's first control. */
export const fieldId = (field: FieldName): string => `field-${field}`
const errorId = (field: FieldName): string => `${fieldId(field)}-error`

const fieldOrder: FieldName[] = ['email', 'name', 'outlet', 'country', 'language', 'topics', 'contentTypes', 'frequency', 'consent', 'consentTextVersion', 'token']

export function errorSummary(t: Strings, errors: FieldErrors): string {
  const items = fieldOrder
    .filter((field) => errors[field])
    .map((field) => `<li><a href="#${fieldId(field)}">${esc(errors[field] as string)}</a></li>`)
  if (items.length === 0) return ''
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">${esc(t.errorSummary)}</h2><ul>${items.join('')}</ul></div>`
}

const fieldError = (field: FieldName, errors: FieldErrors): string =>
  errors[field] ? `<p class="field-error" id="${errorId(field)}">${esc(errors[field] as string)}</p>` : ''

/** `aria-invalid` and `aria-describedby` for a control or group, pointing at its hint and error. */
function describedBy(field: FieldName, errors: FieldErrors, hintId?: string): string {
  const ids = [hintId, errors[field] ? errorId(field) : undefined].filter(Boolean)
  return `${errors[field] ? ' aria-invalid="true"' : ''}${ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''}`
}

export function textInput(
  field: FieldName,
  labelText: string,
  value: string | undefined,
  errors: FieldErrors,
  options: { type?: 'text' | 'email'; required?: boolean; autocomplete?: string; maxLength: number; marker: string },
): string {
  const id = fieldId(field)
  const attributes = [
    `type="${options.type ?? 'text'}"`,
    `id="${id}"`,
    `name="${field}"`,
    `value="${esc(value ?? '')}"`,
    `maxlength="${options.maxLength}"`,
    options.autocomplete ? `autocomplete="${options.autocomplete}"` : '',
    options.required ? 'required' : '',
    options.type === 'email' ? 'spellcheck="false"' : '',
  ].filter(Boolean)
  return `<div class="field"><label for="${id}">${esc(labelText)} <span class="marker">${esc(options.marker)}</span></label>${fieldError(field, errors)}<input ${attributes.join(' ')}${describedBy(field, errors)}></div>`
}

export type Choice = { value: string; label: string; lang?: Locale }

/** A fieldset of checkboxes or radios; the first control carries the field's id (the error summary links to it). */
export function choiceGroup(
  field: FieldName,
  legend: string,
  choices: Choice[],
  selected: string[],
  errors: FieldErrors,
  options: { type: 'checkbox' | 'radio'; hint?: string },
): string {
  const hintId = options.hint ? `${fieldId(field)}-hint` : undefined
  const controls = choices.map((choice, index) => {
    const id = index === 0 ? fieldId(field) : `${fieldId(field)}-${index}`
    const checked = selected.includes(choice.value) ? ' checked' : ''
    const lang = choice.lang ? ` lang="${choice.lang}"` : ''
    return `<div class="choice"><input type="${options.type}" id="${id}" name="${field}" value="${esc(choice.value)}"${checked}><label for="${id}"${lang}>${esc(choice.label)}</label></div>`
  })
  const hint = options.hint ? `<p class="hint" id="${hintId}">${esc(options.hint)}</p>` : ''
  return `<fieldset${describedBy(field, errors, hintId)}><legend>${esc(legend)}</legend>${hint}${fieldError(field, errors)}${controls.join('')}</fieldset>`
}

export function selectInput(field: FieldName, labelText: string, choices: Choice[], value: string, errors: FieldErrors): string {
  const id = fieldId(field)
  const options = choices.map((c) => {
    const lang = c.lang ? ` lang="${c.lang}"` : ''
    return `<option value="${esc(c.value)}"${lang}${c.value === value ? ' selected' : ''}>${esc(c.label)}</option>`
  })
  return `<div class="field"><label for="${id}">${esc(labelText)}</label>${fieldError(field, errors)}<select id="${id}" name="${field}"${describedBy(field, errors)}>${options.join('')}</select></div>`
}

export const hidden = (name: string, value: string): string => `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`
