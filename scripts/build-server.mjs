/**
 * Bundle the server's own TypeScript (src/, collections/, globals/) into dist/ with esbuild; every
 * npm package stays an import. Node then runs plain JavaScript: no TypeScript loader at run time
 * (tsx's off-thread loader was seen to hang Node 20 at start-up on a busy machine). ~0.3 s.
 */
import { build } from 'esbuild'

/** What `node dist/<name>.mjs` runs: the server and its tools, and the benchmarks (npm run bench:*). */
const entryPoints = {
  server: 'src/server.ts',
  seed: 'src/seed/run.ts',
  worker: 'src/worker.ts',
  reindex: 'src/readModel/run.ts',
  'bench-feed': 'tests/bench/feed.ts',
  'bench-email': 'tests/bench/email.ts',
  'bench-latency': 'tests/bench/latency.ts',
  'bench-memory': 'tests/bench/memory.ts',
  'bench-search': 'tests/bench/search.ts',
  'bench-site': 'tests/bench/site.ts',
  'bench-monitoring': 'tests/bench/monitoring.ts',
}

const started = performance.now()
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  outExtension: { '.js': '.mjs' },
})
console.log(`server bundle built in ${Math.round(performance.now() - started)} ms (${Object.keys(entryPoints).map((name) => `dist/${name}.mjs`).join(', ')})`)
