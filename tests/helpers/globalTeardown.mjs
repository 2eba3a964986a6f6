/** Drop the run's template databases (made by tests/helpers/templateSetup.ts in this process). */
export default async function globalTeardown() {
  const templates = globalThis.newsroomTemplates ?? []
  for (const drop of templates.splice(0)) await drop()
}
