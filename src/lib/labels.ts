/** Admin labels (Vietnamese first, English second): the admin side of the one catalogue mechanism in src/i18n. */
export { label, pick, type Label } from '../i18n'
