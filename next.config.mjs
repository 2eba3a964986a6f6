import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express server (src/server.ts) sets security headers and compresses responses.
  compress: false,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Development only: the hosts the admin may be opened from besides localhost (127.0.0.1, the LAN
  // address, PUBLIC_URL's host). Computed by the server from HOST and PUBLIC_URL
  // (allowedDevOrigins in src/server/next.ts) before Next reads this file, in the same process.
  allowedDevOrigins: globalThis[Symbol.for('newsroom.allowedDevOrigins')] ?? [],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
