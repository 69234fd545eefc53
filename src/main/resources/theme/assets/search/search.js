/*
 * Broadsheet search page: results as you type, snippets with the matched words marked, and facets for
 * year, place and person that narrow the results. The markup is in partials/search-app.ftlh; the
 * engine (index loading and ranking) is search-engine.js.
 */
(function () {
  'use strict'

  var DEBOUNCE_MS = 150
  var PAGE_SIZE = 10
  var FACET_VALUES = 10
  /** Place and person counts are taken over at most this many best matches. */
  var FACET_SAMPLE = 5000
  var SNIPPET_WORDS = 30
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  var FACETS = [{ key: 'year', label: 'Year' }, { key: 'place', label: 'Place' }, { key: 'person', label: 'Person' }]

  var app = document.getElementById('search-app')
  if (!app) return
  var input = app.querySelector('input[name="q"]')
  var form = app.querySelector('form')
  var status = document.getElementById('search-status')
  var results = document.getElementById('search-results')
  var facets = document.getElementById('search-facets')
  var more = document.getElementById('search-more')
  var root = app.getAttribute('data-root') || ''
  var search = window.BroadsheetSearch

  var state = { query: null, filters: { year: null, place: null, person: null }, shown: PAGE_SIZE, generation: 0 }
  var engine = null

  function say (text) {
    status.textContent = text
    status.hidden = !text
  }

  var initial = new URLSearchParams(location.search).get('q') || ''
  input.value = initial
  // the page header's search box shows the query too, and follows it as it changes
  var headerBox = document.getElementById('site-search')
  if (headerBox) {
    headerBox.value = initial
    input.addEventListener('input', function () { headerBox.value = input.value })
  }

  if (location.protocol === 'file:') {
    say('Search needs the site to be served: run `broadsheet serve` or publish it. Browsers do not let a page opened from disk read the search index.')
    app.classList.add('search-unavailable')
    return
  }

  var timer = null
  input.addEventListener('input', function () {
    clearTimeout(timer)
    timer = setTimeout(function () { run(input.value, true) }, DEBOUNCE_MS)
  })
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    clearTimeout(timer)
    run(input.value, true)
  })
  more.addEventListener('click', function () {
    state.shown += PAGE_SIZE
    run(state.query, false)
  })
  facets.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-facet]')
    if (!button) return
    var facet = button.getAttribute('data-facet')
    var value = button.getAttribute('data-value')
    state.filters[facet] = state.filters[facet] === value ? null : value
    state.shown = PAGE_SIZE
    run(state.query, false)
  })

  say('Loading the search index…')
  search.Engine.load(new URL(app.getAttribute('data-index'), document.baseURI)).then(function (loaded) {
    engine = loaded
    say('')
    if (input.value.trim()) run(input.value, true)
  }).catch(function (error) {
    say('The search index could not be loaded (' + error.message + ').')
  })

  function run (query, fromInput) {
    if (!engine) return
    if (fromInput) {
      if (query === state.query) return
      state.filters = { year: null, place: null, person: null }
      state.shown = PAGE_SIZE
      var url = new URL(location.href)
      if (query.trim()) url.searchParams.set('q', query)
      else url.searchParams.delete('q')
      history.replaceState(null, '', url)
    }
    state.query = query
    var generation = ++state.generation
    var current = function () { return generation === state.generation }
    if (!query.trim()) {
      clear()
      return
    }
    engine.search(query, true).then(function (found) {
      if (!current()) return
      if (found.words === 0) return clear()
      return narrow(found.ids).then(function (ids) {
        if (!current()) return
        return showResults(found, ids, current).then(function () {
          if (current()) return showFacets(ids, current)
        })
      })
    }).catch(function (error) {
      if (current()) say('Search failed: ' + error.message)
    })
  }

  function clear () {
    results.replaceChildren()
    facets.replaceChildren()
    more.hidden = true
    say('')
  }

  function narrow (ids) {
    var year = state.filters.year
    var narrowed = year === null ? ids : ids.filter(function (id) { return engine.yearOf(id) === year })
    if (state.filters.place === null && state.filters.person === null) return Promise.resolve(narrowed)
    return engine.facetRows(narrowed).then(function (rows) {
      return narrowed.filter(function (id) {
        var row = rows.get(id)
        return (state.filters.place === null || row.place.indexOf(Number(state.filters.place)) >= 0) &&
          (state.filters.person === null || row.person.indexOf(Number(state.filters.person)) >= 0)
      })
    })
  }

  function showResults (found, ids, current) {
    var page = ids.slice(0, state.shown)
    return Promise.all(page.map(function (id) {
      return engine.document(id).then(function (doc) {
        return pageText(doc.url).then(function (text) { doc.text = text; return doc })
      })
    })).then(function (documents) {
      if (!current()) return
      var count = ids.length
      say(count === 0 ? 'No articles match “' + state.query.trim() + '”.'
        : count + (count === 1 ? ' article matches' : ' articles match') + ' “' + state.query.trim() + '”.')
      results.replaceChildren.apply(results, documents.map(function (doc) { return result(doc, found.terms) }))
      more.hidden = count <= state.shown
      app.dispatchEvent(new CustomEvent('search:results', { detail: { count: count } }))
    })
  }

  var pageTexts = new Map()

  /**
   * The text of an article page, for its snippet: the page's .article-body (see article.ftlh), or '' when
   * it cannot be read or a template has none, and the snippet is the summary. The index keeps no copy.
   */
  function pageText (url) {
    if (!pageTexts.has(url)) {
      pageTexts.set(url, fetch(new URL(root + url, location.href)).then(function (response) {
        return response.ok ? response.text() : ''
      }).then(function (html) {
        var body = new DOMParser().parseFromString(html, 'text/html').querySelector('.article-body')
        return body ? body.textContent.replace(/\s+/g, ' ').trim() : ''
      }).catch(function () { return '' }))
    }
    return pageTexts.get(url)
  }

  function result (doc, terms) {
    var item = element('li', 'search-result')
    var heading = element('h2', 'search-result-title')
    var link = element('a')
    link.href = root + (doc.url.endsWith('/') ? doc.url + 'index.html' : doc.url)
    appendMarked(link, doc.title, terms, null)
    heading.append(link)
    item.append(heading)
    if (doc.date) {
      var time = element('time', 'search-result-date')
      time.dateTime = doc.date
      var parts = doc.date.split('-')
      time.textContent = (parts[2] ? Number(parts[2]) + ' ' : '') + (parts[1] ? MONTHS[Number(parts[1]) - 1] + ' ' : '') + parts[0]
      item.append(time)
    }
    var snippet = element('p', 'search-snippet')
    var span = bestWindow(doc.text, terms)
    if (span) appendMarked(snippet, doc.text, terms, span)
    else snippet.textContent = doc.summary || doc.text.slice(0, 200)
    item.append(snippet)
    return item
  }

  /** The span of about SNIPPET_WORDS words matching the most query words, then the most matches, or null. */
  function bestWindow (text, terms) {
    var words = search.words(text)
    var hits = words.map(function (w) { var t = engine.term(w.word); return t !== null && terms.has(t) ? terms.get(t) : null })
    var best = null
    var bestScore = 0
    for (var start = 0; start < words.length; start++) {
      if (hits[start] === null) continue
      var from = Math.max(0, start - 5)
      var to = Math.min(words.length, from + SNIPPET_WORDS)
      var distinct = new Set(hits.slice(from, to).filter(function (h) { return h !== null }))
      var score = distinct.size * 100 + hits.slice(from, to).filter(function (h) { return h !== null }).length
      if (score > bestScore) {
        bestScore = score
        var last = to === words.length
        best = { from: from === 0 ? 0 : words[from].start, to: last ? text.length : words[to - 1].end, first: from === 0, last: last }
      }
    }
    return best
  }

  /** Appends text[window] to the element as text nodes, with matched words in <mark>. */
  function appendMarked (target, text, terms, span) {
    var from = span ? span.from : 0
    var to = span ? span.to : text.length
    if (span && !span.first) target.append('… ')
    var position = from
    search.words(text.slice(from, to)).forEach(function (w) {
      var term = engine.term(w.word)
      if (term === null || !terms.has(term)) return
      target.append(text.slice(position, from + w.start))
      var mark = element('mark')
      mark.textContent = w.word
      target.append(mark)
      position = from + w.end
    })
    target.append(text.slice(position, to))
    if (span && !span.last) target.append(' …')
  }

  function showFacets (ids, current) {
    var sample = ids.slice(0, FACET_SAMPLE)
    return engine.facetRows(sample).then(function (rows) {
      var counts = { year: new Map(), place: new Map(), person: new Map() }
      ids.forEach(function (id) { increment(counts.year, engine.yearOf(id)) })
      sample.forEach(function (id) {
        var row = rows.get(id)
        row.place.forEach(function (v) { increment(counts.place, String(v)) })
        row.person.forEach(function (v) { increment(counts.person, String(v)) })
      })
      var top = {}
      FACETS.forEach(function (facet) { top[facet.key] = topValues(facet.key, counts[facet.key]) })
      return Promise.all([
        engine.facetNames('place', top.place.map(Number)),
        engine.facetNames('person', top.person.map(Number))
      ]).then(function (names) {
        if (!current()) return
        var labels = { year: null, place: names[0], person: names[1] }
        facets.replaceChildren.apply(facets, FACETS.filter(function (facet) { return top[facet.key].length > 0 })
          .map(function (facet) { return facetSection(facet, top[facet.key], counts[facet.key], labels[facet.key]) }))
        if (ids.length > FACET_SAMPLE) {
          facets.append(element('p', 'search-facet-note', 'Place and person counts cover the ' + FACET_SAMPLE + ' best matches.'))
        }
        app.dispatchEvent(new CustomEvent('search:facets'))
      })
    })
  }

  function increment (map, key) {
    map.set(key, (map.get(key) || 0) + 1)
  }

  function topValues (facet, counts) {
    var values = Array.from(counts.keys())
    if (facet === 'year') {
      values.sort(function (a, b) { return a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a) })
      return values
    } else {
      values.sort(function (a, b) { return counts.get(b) - counts.get(a) || Number(a) - Number(b) })
    }
    var top = values.slice(0, FACET_VALUES)
    var selected = state.filters[facet]
    if (selected !== null && top.indexOf(selected) < 0) top.push(selected)
    return top
  }

  function facetSection (facet, values, counts, names) {
    var section = element('section', 'search-facet')
    section.append(element('h2', null, facet.label))
    var list = element('ul')
    values.forEach(function (value) {
      var button = element('button')
      button.type = 'button'
      button.setAttribute('data-facet', facet.key)
      button.setAttribute('data-value', value)
      button.setAttribute('aria-pressed', String(state.filters[facet.key] === value))
      var label = names ? names.get(Number(value)) : value === 'undated' ? 'Undated' : value
      button.append(element('span', 'search-facet-name', label))
      button.append(element('span', 'search-facet-count', String(counts.get(value) || 0)))
      var item = element('li')
      item.append(button)
      list.append(item)
    })
    section.append(list)
    return section
  }

  function element (name, className, text) {
    var node = document.createElement(name)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }
})()
