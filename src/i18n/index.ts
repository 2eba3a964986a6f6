export { defineCatalogue, type Catalogue, type Message, type Messages, type MessagesOf } from './catalogue'
export { adminLanguages, label, pick, type AdminLanguage, type Label } from './admin'
export { contentLanguageName, contentLanguageNames } from './languages'
