import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express server (src/server.ts) sets security headers and compresses responses.
  compress: false,
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run typecheck` is the project's type check (CI runs it before building); Next's own pass
  // ran the same compiler over the same files again (20 s here, 70 s on a loaded machine).
  typescript: { ignoreBuildErrors: true },
  // A fresh checkout (CI) has no cache to reuse: writing Turbopack's build cache there took 33 s of
  // a 204 s build for nothing. Kept elsewhere, where a rebuild reuses it.
  experimental: { turbopackFileSystemCacheForBuild: process.env.CI !== 'true' },
  // Development only: the hosts the admin may be opened from besides localhost (127.0.0.1, the LAN
  // address, PUBLIC_URL's host). Computed by the server from HOST and PUBLIC_URL
  // (allowedDevOrigins in src/server/next.ts) before Next reads this file, in the same process.
  allowedDevOrigins: globalThis[Symbol.for('newsroom.allowedDevOrigins')] ?? [],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
