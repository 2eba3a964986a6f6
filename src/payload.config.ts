import 'dotenv/config'

import { createPayloadConfig } from './buildConfig'
import { getEnv } from './config/env'

export default createPayloadConfig(getEnv())
