/* global document, window, location, history, caches */
/*
 * The border-gate display's script (served as /displays/_/display.<hash>.js; no inline script, the
 * page's CSP allows only this origin). It:
 * - cycles the slides every `intervalSeconds`, and switches to the urgent notice or the closed
 *   slide by the playlist's absolute times and the screen's own clock (so it also does offline);
 * - fetches the playlist (`playlist.json`) at once, every 30 s and when the network comes back, and
 *   redraws when its `version` changed;
 * - registers the service worker (/displays/sw.js) and puts the page, its assets, the fonts and
 *   the images into its cache, so a reload without network still shows the last good playlist;
 * - reports a heartbeat every 30 s when the screen was set up with `#screen=<id>&token=<token>`
 *   (kept in localStorage, removed from the address bar).
 */
;(function () {
  'use strict'
  var POLL_MS = 30000
  var HEARTBEAT_MS = 30000
  var RETRY_MS = 5000
  var CACHE = 'displays-v1'
  var body = document.body
  var slug = body.getAttribute('data-slug')
  var base = '/displays/' + encodeURIComponent(slug)
  var stage = document.getElementById('stage')
  var dots = document.getElementById('dots')
  var playlist = null
  var mode = body.getAttribute('data-mode')
  var index = 0
  var shownAt = Date.now()
  var retry = null

  function el(tag, cls, text) {
    var node = document.createElement(tag)
    if (cls) node.className = cls
    if (text) node.textContent = text
    return node
  }

  function line(l) {
    var div = el('div', 'line')
    div.lang = l.lang
    if (l.title) div.appendChild(el('h2', 'line-title', l.title))
    if (l.text) div.appendChild(el('p', 'line-text', l.text))
    return div
  }

  function modeAt(now) {
    var n = playlist.notice
    if (n && (!n.from || Date.parse(n.from) <= now) && (!n.until || Date.parse(n.until) > now)) return 'notice'
    var windows = playlist.hours.windows
    if (windows === null) return 'slides'
    for (var i = 0; i < windows.length; i++) if (Date.parse(windows[i].from) <= now && now < Date.parse(windows[i].until)) return 'slides'
    return 'closed'
  }

  function render(now) {
    stage.textContent = ''
    mode = modeAt(now)
    body.setAttribute('data-mode', mode)
    body.setAttribute('data-version', playlist.version)
    if (mode === 'notice') {
      var notice = el('section', 'notice is-active')
      notice.setAttribute('role', 'alert')
      playlist.notice.lines.forEach(function (l) {
        var s = playlist.strings.filter(function (x) { return x.lang === l.lang })[0]
        notice.appendChild(line({ lang: l.lang, title: s && s.notice, text: l.text }))
      })
      stage.appendChild(notice)
    } else if (mode === 'closed') {
      var closed = el('section', 'closed is-active')
      var next = (playlist.hours.windows || []).filter(function (w) { return Date.parse(w.from) > now })[0]
      playlist.strings.forEach(function (s) {
        closed.appendChild(line({ lang: s.lang, title: s.closed, text: next ? s.opensAt + ' ' + next.opensAt : '' }))
      })
      stage.appendChild(closed)
    } else {
      playlist.slides.forEach(function (s) {
        var section = el('section', 'slide')
        section.setAttribute('data-key', s.key)
        if (s.image) {
          var media = el('div', 'slide-media')
          var img = el('img')
          img.src = s.image.src
          img.alt = s.image.alt || ''
          media.appendChild(img)
          section.appendChild(media)
        }
        var lines = el('div', 'slide-lines')
        s.lines.forEach(function (l) { lines.appendChild(line(l)) })
        section.appendChild(lines)
        stage.appendChild(section)
      })
      if (index >= playlist.slides.length) index = 0
      show(index)
    }
  }

  function show(i) {
    var slides = stage.querySelectorAll('.slide')
    index = slides.length ? i % slides.length : 0
    shownAt = Date.now()
    body.setAttribute('data-slide', String(index))
    for (var k = 0; k < slides.length; k++) slides[k].classList.toggle('is-active', k === index)
    dots.textContent = ''
    if (slides.length > 1) for (var d = 0; d < slides.length; d++) dots.appendChild(el('span', d === index ? 'on' : ''))
  }

  function tick() {
    var now = Date.now()
    if (!playlist) {
      // Until the playlist arrives, cycle what the server rendered.
      if (mode === 'slides' && now - shownAt >= Number(body.getAttribute('data-interval')) * 1000) show(index + 1)
      return
    }
    if (modeAt(now) !== mode) return render(now)
    if (mode === 'slides' && now - shownAt >= playlist.point.intervalSeconds * 1000) show(index + 1)
  }

  function load() {
    return fetch(base + '/playlist.json', { cache: 'no-cache', headers: { accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw new Error('playlist answered ' + res.status)
        return res.json()
      })
      .then(function (next) {
        var changed = !playlist || next.version !== playlist.version
        var firstLoad = !playlist
        playlist = next
        // The server rendered this very version: keep its DOM (and the slide shown) on the first load.
        if (changed && !(firstLoad && body.getAttribute('data-version') === next.version && modeAt(Date.now()) === mode)) render(Date.now())
        else if (firstLoad && mode === 'slides') show(index)
        precache()
      })
      .catch(function () {
        // Offline or a server error: keep showing the last good playlist, and ask again in 5 s
        // (one retry pending at a time) so a network that comes back is noticed well before the next poll.
        if (!retry) retry = setTimeout(function () { retry = null; load() }, RETRY_MS)
      })
  }

  function precache() {
    if (!('caches' in window)) return
    var urls = [location.pathname, base + '/playlist.json']
    var nodes = document.querySelectorAll('script[src],link[rel=stylesheet],link[rel=preload]')
    for (var i = 0; i < nodes.length; i++) urls.push(nodes[i].getAttribute('src') || nodes[i].getAttribute('href'))
    performance.getEntriesByType('resource').forEach(function (r) {
      if (/\/_site\/fonts\//.test(r.name)) urls.push(new URL(r.name).pathname)
    })
    if (playlist) playlist.slides.forEach(function (s) { if (s.image) urls.push(s.image.src) })
    caches.open(CACHE).then(function (cache) {
      urls.forEach(function (u) {
        cache.match(u).then(function (hit) {
          // The page and the playlist are refreshed on each load; everything else is immutable.
          if (!hit || u === location.pathname || /playlist\.json$/.test(u)) return cache.add(u)
        }).catch(function () {})
      })
    })
  }

  function credentials() {
    var m = /[#&]screen=([^&]+)&token=([^&]+)/.exec(location.hash)
    if (m) {
      localStorage.setItem('display-screen:' + slug, JSON.stringify({ screen: decodeURIComponent(m[1]), token: decodeURIComponent(m[2]) }))
      history.replaceState(null, '', location.pathname)
    }
    var saved = localStorage.getItem('display-screen:' + slug)
    return saved ? JSON.parse(saved) : null
  }

  function heartbeat() {
    var c = credentials()
    if (!c) return
    fetch(base + '/heartbeat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + c.token },
      body: JSON.stringify({ screenId: c.screen, playlistVersion: body.getAttribute('data-version'), userAgent: navigator.userAgent }),
    }).catch(function () {})
  }

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/displays/sw.js', { scope: '/displays/' }).catch(function () {})
  if (mode === 'slides') show(0)
  setInterval(tick, 250)
  setInterval(load, POLL_MS)
  setInterval(heartbeat, HEARTBEAT_MS)
  window.addEventListener('online', load)
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(precache)
  load()
  heartbeat()
})()
