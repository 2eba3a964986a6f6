import { contentCollections, frequencies, locales } from '../../domain'
import {
  choiceGroup,
  errorSummary,
  esc,
  hidden,
  link,
  page,
  paragraph,
  query,
  selectInput,
  textInput,
  type Choice,
  type FieldErrors,
  type PageContext,
} from './html'
import { HONEYPOT_FIELD, maxLengths, type FormValues } from './input'
import type { TopicChoice } from './records'
import { signUpText } from './strings'

/** The sign-up pages, rendered on the server from plain HTML forms. */

const hasErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0

/** A page that only says something, with links onward. */
export function messagePage(ctx: PageContext, title: string, paragraphs: string[], links: { href: string; text: string }[] = []): string {
  return page(ctx, title, [...paragraphs.map(paragraph), ...links.map((l) => link(l.href, l.text))].join(''))
}

export const signUpLink = (ctx: PageContext) => ({ href: `/subscribe${query({ lang: ctx.lang })}`, text: ctx.t.signUpAgain })

/** Who the subscriber is (name, outlet, country): on the sign-up form and the preferences page. */
function aboutFields(ctx: PageContext, values: FormValues, errors: FieldErrors): string {
  const { t } = ctx
  return [
    textInput('name', t.fields.name, values.name, errors, { autocomplete: 'name', maxLength: maxLengths.name, marker: t.optional }),
    textInput('outlet', t.fields.outlet, values.outlet, errors, { autocomplete: 'organization', maxLength: maxLengths.outlet, marker: t.optional }),
    textInput('country', t.fields.country, values.country, errors, { autocomplete: 'country-name', maxLength: maxLengths.country, marker: t.optional }),
  ].join('')
}

/** What the subscriber receives (language, topics, types, frequency). */
function receiveFields(ctx: PageContext, values: FormValues, errors: FieldErrors, topics: TopicChoice[]): string {
  const { t } = ctx
  const languageChoices: Choice[] = locales.map((l) => ({ value: l, label: signUpText.in(l).languageName, lang: l }))
  const topicChoices: Choice[] = topics.map((topic) => ({ value: String(topic.id), label: topic.name, lang: topic.lang === ctx.lang ? undefined : topic.lang }))
  const typeChoices: Choice[] = contentCollections.map((c) => ({ value: c, label: t.contentTypes[c] }))
  const frequencyChoices: Choice[] = frequencies.map((f) => ({ value: f, label: t.frequencies[f] }))
  return [
    `<h2>${esc(t.whatYouReceive)}</h2>`,
    selectInput('language', t.fields.language, languageChoices, values.language, errors),
    topicChoices.length
      ? choiceGroup('topics', t.fields.topics, topicChoices, values.topics, errors, { type: 'checkbox', hint: t.topicsHint })
      : `<fieldset><legend>${esc(t.fields.topics)}</legend><p class="hint">${esc(t.noTopics)}</p></fieldset>`,
    choiceGroup('contentTypes', t.fields.contentTypes, typeChoices, values.contentTypes, errors, { type: 'checkbox', hint: t.contentTypesHint }),
    choiceGroup('frequency', t.fields.frequency, frequencyChoices, [values.frequency], errors, { type: 'radio' }),
  ].join('')
}

export function subscribePage(ctx: PageContext, values: FormValues, errors: FieldErrors, topics: TopicChoice[]): string {
  const { t } = ctx
  const consentErrorId = errors.consent ? ' aria-invalid="true" aria-describedby="consent-text field-consent-error"' : ' aria-describedby="consent-text"'
  const consentError = errors.consent ? `<p class="field-error" id="field-consent-error">${esc(errors.consent)}</p>` : ''
  const body = [
    errorSummary(t, errors),
    paragraph(t.subscribeIntro),
    `<form method="post" action="/subscribe${esc(query({ lang: ctx.lang }))}" novalidate>`,
    `<h2>${esc(t.aboutYou)}</h2>`,
    textInput('email', t.fields.email, values.email, errors, { type: 'email', required: true, autocomplete: 'email', maxLength: maxLengths.email, marker: t.required }),
    aboutFields(ctx, values, errors),
    receiveFields(ctx, values, errors, topics),
    `<fieldset><legend>${esc(t.fields.consent)} <span class="marker">${esc(t.required)}</span></legend>`,
    `<p class="consent-text" id="consent-text">${esc(t.consentText)}</p>`,
    consentError,
    `<div class="choice"><input type="checkbox" id="field-consent" name="consent" value="yes" required${values.consent ? ' checked' : ''}${consentErrorId}><label for="field-consent">${esc(t.consentCheckbox)}</label></div>`,
    `</fieldset>`,
    // The honeypot: off-screen, out of the tab order and hidden from assistive technology.
    `<div class="hp" aria-hidden="true"><label for="field-${HONEYPOT_FIELD}">${esc(t.honeypot)}</label><input type="text" id="field-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off"></div>`,
    `<button type="submit">${esc(t.submit)}</button>`,
    `</form>`,
  ].join('')
  return page(ctx, t.subscribeTitle, body, hasErrors(errors))
}

export function checkInboxPage(ctx: PageContext, hours: number): string {
  return messagePage(ctx, ctx.t.checkInboxTitle, [ctx.t.checkInbox(hours)])
}

export type PreferencesView = {
  token: string
  email: string
  values: FormValues
  unsubscribed: boolean
  saved: boolean
}

export function preferencesPage(ctx: PageContext, view: PreferencesView, errors: FieldErrors, topics: TopicChoice[]): string {
  const { t } = ctx
  const notices = [
    view.saved ? `<p class="notice" role="status">${esc(t.saved)}</p>` : '',
    view.unsubscribed ? `<p class="notice">${esc(t.unsubscribedNotice)}</p>` : '',
  ]
  const unsubscribe = view.unsubscribed
    ? link(signUpLink(ctx).href, t.signUpAgain)
    : [
        `<h2>${esc(t.unsubscribeHeading)}</h2>`,
        paragraph(t.unsubscribeText),
        `<form method="post" action="/subscribe/unsubscribe${esc(query({ token: view.token, lang: ctx.lang }))}">`,
        hidden('via', 'form'),
        `<button type="submit" class="danger">${esc(t.unsubscribeButton)}</button>`,
        `</form>`,
      ].join('')
  const body = [
    errorSummary(t, errors),
    ...notices,
    paragraph(t.preferencesIntro(view.email)),
    `<form method="post" action="/subscribe/preferences${esc(query({ lang: ctx.lang }))}" novalidate>`,
    hidden('token', view.token),
    `<h2>${esc(t.aboutYou)}</h2>`,
    aboutFields(ctx, view.values, errors),
    receiveFields(ctx, view.values, errors, topics),
    `<button type="submit">${esc(t.save)}</button>`,
    `</form>`,
    unsubscribe,
  ].join('')
  return page(ctx, t.preferencesTitle, body, hasErrors(errors))
}

export function unsubscribeConfirmPage(ctx: PageContext, token: string, email: string): string {
  const { t } = ctx
  const body = [
    paragraph(t.unsubscribeConfirm(email)),
    `<form method="post" action="/subscribe/unsubscribe${esc(query({ token, lang: ctx.lang }))}">`,
    hidden('via', 'form'),
    `<button type="submit" class="danger">${esc(t.unsubscribeConfirmButton)}</button>`,
    `</form>`,
    link(`/subscribe/preferences${query({ token, lang: ctx.lang })}`, t.preferencesInstead),
  ].join('')
  return page(ctx, t.unsubscribeConfirmTitle, body)
}
