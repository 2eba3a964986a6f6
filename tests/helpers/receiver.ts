import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { headers: http.IncomingHttpHeaders; body: string; status: number }

/**
 * A real HTTP receiver for webhooks. `failNext(n)` answers the next n requests with 500;
 * `received` holds every request in arrival order with the status it got.
 */
export async function startReceiver() {
  const received: Received[] = []
  let failures = 0
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const status = failures > 0 ? 500 : 200
      if (failures > 0) failures -= 1
      received.push({ headers: req.headers, body, status })
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'try later')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/newsroom`,
    received,
    failNext(n: number) {
      failures = n
    },
    /** Successful deliveries, parsed. */
    delivered: () => received.filter((r) => r.status === 200).map((r) => ({ ...r, json: JSON.parse(r.body) as { deliveryId: string; event: string; seq: number; items: { uri: string; language: string }[] } })),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
