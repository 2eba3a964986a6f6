import { setUpTemplate } from './globalSetup.mjs'

export default () => setUpTemplate('postgres')
