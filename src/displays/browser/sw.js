/* global self, caches */
/*
 * The border-gate displays' service worker (/displays/sw.js, scope /displays/). The page puts what
 * it needs into the cache itself (display.js `precache`); here:
 * - the page and the playlist: network first, the cached copy when the network fails (so a screen
 *   that reloads while offline keeps cycling the last good playlist);
 * - the script, style sheet, fonts and images: the cache first (their addresses change with them).
 */
'use strict'
var CACHE = 'displays-v1'

self.addEventListener('install', function () {
  self.skipWaiting()
})

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim())
})

function networkFirst(request) {
  var key = new URL(request.url).pathname
  return fetch(request)
    .then(function (response) {
      if (response.status === 200) {
        var copy = response.clone()
        caches.open(CACHE).then(function (cache) { return cache.put(key, copy) })
      }
      return response
    })
    .catch(function () {
      return caches.match(key).then(function (hit) { return hit || Response.error() })
    })
}

function cacheFirst(request) {
  var key = new URL(request.url).pathname
  return caches.match(key).then(function (hit) {
    return (
      hit ||
      fetch(request).then(function (response) {
        if (response.status === 200) {
          var copy = response.clone()
          caches.open(CACHE).then(function (cache) { return cache.put(key, copy) })
        }
        return response
      })
    )
  })
}

self.addEventListener('fetch', function (event) {
  var request = event.request
  if (request.method !== 'GET') return
  var url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  var path = url.pathname
  if (request.mode === 'navigate' || /^\/displays\/[^/]+\/playlist\.json$/.test(path)) return event.respondWith(networkFirst(request))
  if (/^\/displays\/(_\/|[^/]+\/media\/)/.test(path) || path.indexOf('/_site/fonts/') === 0 || path.indexOf('/api/media/file/') === 0) {
    return event.respondWith(cacheFirst(request))
  }
})
