// jest loads global set-up files with Node's own loader, which knows no TypeScript: the set-up
// itself (tests/helpers/templateSetup.ts) is loaded through tsx.
import { tsImport } from 'tsx/esm/api'

export default async function globalSetup(globalConfig, projectConfig) {
  const { default: setup } = await tsImport('./templateSetup.ts', import.meta.url)
  await setup(globalConfig, projectConfig)
}
