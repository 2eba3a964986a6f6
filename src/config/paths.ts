import path from 'node:path'

/**
 * Paths inside the project. Every entry point (npm scripts, the Payload CLI, Next, tests) runs from
 * the project root; the server runs bundled from dist/, so paths are not taken from import.meta.url.
 */
export const projectRoot = process.cwd()
export const srcDir = path.join(projectRoot, 'src')
