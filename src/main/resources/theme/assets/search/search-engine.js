/*
 * Broadsheet search engine: reads the sharded index that org.broadsheet.search.SearchIndexWriter
 * writes under search/ and ranks documents with the BM25 impacts stored in it. Only the shards a
 * query's words fall in are fetched, then the document blocks of the shown results, then the facet
 * chunks of the matching documents. Words are folded, tokenised and stemmed exactly as SearchTokenizer does.
 */
(function () {
  'use strict'

  var WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' }
  /** Prefix expansion of the last word: at most this many shards and terms. */
  var MAX_PREFIX_SHARDS = 4
  var MAX_PREFIX_TERMS = 40
  var MIN_PREFIX_LENGTH = 3

  function fold (word) {
    var lower = word.toLowerCase().replace(/['\u2019]s$/u, '')
    var unmarked = lower.normalize('NFKD').replace(/\p{M}+/gu, '')
    var out = ''
    for (var i = 0; i < unmarked.length; i++) {
      var c = unmarked.charAt(i)
      out += SPECIAL[c] !== undefined ? SPECIAL[c] : c
    }
    return out.replace(/[^\p{L}\p{N}]+/gu, '')
  }

  /** Words of a text with their offsets: [{word, start, end}]. */
  function words (text) {
    var found = []
    var match
    WORD.lastIndex = 0
    while ((match = WORD.exec(text)) !== null) {
      found.push({ word: match[0], start: match.index, end: match.index + match[0].length })
    }
    return found
  }

  function Engine (baseUrl, meta) {
    this.base = baseUrl
    this.meta = meta
    this.stop = new Set(meta.stopWords)
    this.cache = new Map()
    this.bytes = 0
  }

  Engine.load = function (baseUrl) {
    return fetchBytes(baseUrl, 'meta.json', null).then(function (response) {
      var engine = new Engine(baseUrl, JSON.parse(new TextDecoder().decode(response)))
      engine.bytes += response.byteLength
      return engine
    })
  }

  function fetchBytes (baseUrl, path) {
    return fetch(new URL(path, baseUrl)).then(function (response) {
      if (!response.ok) throw new Error('search index file ' + path + ': HTTP ' + response.status)
      return response.arrayBuffer()
    }).then(function (buffer) { return new Uint8Array(buffer) })
  }

  Engine.prototype.file = function (path) {
    var engine = this
    if (!this.cache.has(path)) {
      this.cache.set(path, fetchBytes(this.base, path).then(function (bytes) {
        engine.bytes += bytes.byteLength
        return bytes
      }))
    }
    return this.cache.get(path)
  }

  Engine.prototype.json = function (path) {
    return this.file(path).then(function (bytes) { return JSON.parse(new TextDecoder().decode(bytes)) })
  }

  /** The index term of a word, or null: the same rules as SearchTokenizer.term. */
  function term (word, stop, maxWordLength) {
    var folded = fold(word)
    if (!folded || folded.length > maxWordLength || stop.has(folded)) return null
    return window.BroadsheetStemmer(folded)
  }

  Engine.prototype.term = function (word) {
    return term(word, this.stop, this.meta.maxWordLength)
  }

  /** The shard a term would be in: the last one whose first term is not after it. */
  Engine.prototype.shardOf = function (term) {
    var first = this.meta.shards
    var low = 0
    var high = first.length - 1
    while (low < high) {
      var mid = (low + high + 1) >> 1
      if (first[mid] <= term) low = mid
      else high = mid - 1
    }
    return low
  }

  Engine.prototype.shard = function (n) {
    var key = 'shard:' + n
    if (!this.cache.has(key)) {
      this.cache.set(key, this.file('t/' + n + '.bin').then(parseShard))
    }
    return this.cache.get(key)
  }

  function Reader (bytes, position) {
    this.bytes = bytes
    this.position = position
  }
  Reader.prototype.varint = function () {
    var value = 0
    var shift = 0
    var b
    do {
      b = this.bytes[this.position++]
      value += (b & 0x7f) * Math.pow(2, shift)
      shift += 7
    } while (b & 0x80)
    return value
  }

  var UTF8 = new TextDecoder()

  /** A shard as a Map from term to {df, bytes, start, end}; postings are decoded when asked for. */
  function parseShard (bytes) {
    var terms = new Map()
    var reader = new Reader(bytes, 0)
    while (reader.position < bytes.length) {
      var length = reader.varint()
      var term = UTF8.decode(bytes.subarray(reader.position, reader.position + length))
      reader.position += length
      var df = reader.varint()
      var size = reader.varint()
      terms.set(term, { df: df, bytes: bytes, start: reader.position, end: reader.position + size })
      reader.position += size
    }
    return terms
  }

  function postings (entry) {
    var reader = new Reader(entry.bytes, entry.start)
    var ids = new Array(entry.df)
    var impacts = new Array(entry.df)
    var id = 0
    for (var i = 0; i < entry.df; i++) {
      id += reader.varint()
      ids[i] = id
      impacts[i] = entry.bytes[reader.position++]
    }
    return { ids: ids, impacts: impacts }
  }

  Engine.prototype.idf = function (df) {
    var n = this.meta.documents
    return Math.log(1 + (n - df + 0.5) / (df + 0.5))
  }

  /**
   * Ranks the documents that match every word of the query (the last word also as a prefix).
   * Resolves to {ids (best first), scores (Map id -> score), terms (Map matched index term -> index of
   * the query word it came from), words (number of query words that count)}.
   */
  Engine.prototype.search = function (query, lastIsPrefix) {
    var engine = this
    var parts = words(query).map(function (w) { return w.word })
    var groups = []
    parts.forEach(function (word, index) {
      var folded = fold(word)
      var prefix = lastIsPrefix && index === parts.length - 1 && folded.length >= MIN_PREFIX_LENGTH &&
        !engine.stop.has(folded) ? folded : null
      var term = engine.term(word)
      if (term !== null || prefix !== null) groups.push({ term: term, prefix: prefix })
    })
    if (groups.length === 0) return Promise.resolve({ ids: [], scores: new Map(), terms: new Map(), words: 0 })
    return Promise.all(groups.map(function (group) { return engine.group(group) })).then(function (scored) {
      var matchedTerms = new Map()
      scored.forEach(function (s, index) { s.terms.forEach(function (t) { matchedTerms.set(t, index) }) })
      scored.sort(function (a, b) { return a.scores.size - b.scores.size })
      var total = new Map(scored[0].scores)
      for (var g = 1; g < scored.length; g++) {
        var next = new Map()
        total.forEach(function (score, id) {
          var other = scored[g].scores.get(id)
          if (other !== undefined) next.set(id, score + other)
        })
        total = next
      }
      var ids = Array.from(total.keys())
      ids.sort(function (a, b) { return total.get(b) - total.get(a) || b - a })
      return { ids: ids, scores: total, terms: matchedTerms, words: groups.length }
    })
  }

  /** Scores of one query word: its own term, and for the last word every term it is a prefix of. */
  Engine.prototype.group = function (group) {
    var engine = this
    if (this.meta.shards.length === 0) return Promise.resolve({ scores: new Map(), terms: new Set() })
    var shardNumbers = new Set()
    if (group.term !== null) shardNumbers.add(this.shardOf(group.term))
    if (group.prefix !== null) {
      var from = this.shardOf(group.prefix.slice(0, Math.max(MIN_PREFIX_LENGTH, group.prefix.length - 2)))
      var to = Math.min(this.shardOf(group.prefix + '\uffff'), from + MAX_PREFIX_SHARDS - 1)
      for (var n = from; n <= to; n++) shardNumbers.add(n)
    }
    var numbers = Array.from(shardNumbers)
    return Promise.all(numbers.map(function (n) { return engine.shard(n) })).then(function (shards) {
      var candidates = []
      shards.forEach(function (terms) {
        terms.forEach(function (entry, term) {
          var exact = term === group.term
          var expands = group.prefix !== null && (term.startsWith(group.prefix) ||
            (group.prefix.startsWith(term) && term.length >= Math.max(MIN_PREFIX_LENGTH, group.prefix.length - 2)))
          if (exact || expands) candidates.push({ term: term, entry: entry, exact: exact })
        })
      })
      candidates.sort(function (a, b) { return (b.exact - a.exact) || (b.entry.df - a.entry.df) || (a.term < b.term ? -1 : 1) })
      candidates = candidates.slice(0, MAX_PREFIX_TERMS)
      var scores = new Map()
      var terms = new Set()
      candidates.forEach(function (candidate) {
        terms.add(candidate.term)
        var weight = engine.idf(candidate.entry.df) * (candidate.exact ? 1 : 0.8)
        var list = postings(candidate.entry)
        for (var i = 0; i < list.ids.length; i++) {
          var score = weight * list.impacts[i]
          var previous = scores.get(list.ids[i])
          if (previous === undefined || previous < score) scores.set(list.ids[i], score)
        }
      })
      return { scores: scores, terms: terms }
    })
  }

  Engine.prototype.chunkOf = function (id) {
    return Math.floor(id / this.meta.chunk)
  }

  /** A document's url (relative to the site root), title, date and summary, from its block. */
  Engine.prototype.document = function (id) {
    var size = this.meta.block
    var block = Math.floor(id / size)
    return this.json('d/' + block + '.json').then(function (rows) {
      var row = rows[id - block * size]
      return { url: row[0], title: row[1], date: row[2], summary: row[3] }
    })
  }

  /** Facet value ids of documents: resolves to Map id -> {place: [...], person: [...]}. */
  Engine.prototype.facetRows = function (ids) {
    var engine = this
    var chunks = new Set(ids.map(function (id) { return engine.chunkOf(id) }))
    var numbers = Array.from(chunks).sort(function (a, b) { return a - b })
    return Promise.all(numbers.map(function (n) { return engine.facetChunk(n) })).then(function (tables) {
      var rows = new Map()
      ids.forEach(function (id) {
        rows.set(id, tables[numbers.indexOf(engine.chunkOf(id))][id % engine.meta.chunk])
      })
      return rows
    })
  }

  /** One facet chunk decoded: per document {place: [ids], person: [ids]}. */
  Engine.prototype.facetChunk = function (n) {
    var key = 'facets:' + n
    if (!this.cache.has(key)) {
      this.cache.set(key, this.file('f/' + n + '.bin').then(function (bytes) {
        var reader = new Reader(bytes, 0)
        var rows = []
        while (reader.position < bytes.length) {
          rows.push({ place: idList(reader), person: idList(reader) })
        }
        return rows
      }))
    }
    return this.cache.get(key)
  }

  function idList (reader) {
    var count = reader.varint()
    var ids = new Array(count)
    var id = 0
    for (var i = 0; i < count; i++) {
      id += reader.varint()
      ids[i] = id
    }
    return ids
  }

  /** Names of facet values: resolves to Map valueId -> name. */
  Engine.prototype.facetNames = function (facet, valueIds) {
    var engine = this
    var chunks = Array.from(new Set(valueIds.map(function (v) { return engine.chunkOf(v) })))
    return Promise.all(chunks.map(function (n) { return engine.json('f/' + facet + '-' + n + '.json') })).then(function (tables) {
      var names = new Map()
      valueIds.forEach(function (v) {
        names.set(v, tables[chunks.indexOf(engine.chunkOf(v))][v % engine.meta.chunk])
      })
      return names
    })
  }

  Engine.prototype.yearOf = function (id) {
    var years = this.meta.years
    for (var i = 0; i < years.length; i++) {
      if (id >= years[i].from && id < years[i].to) return years[i].value
    }
    return null
  }

  window.BroadsheetSearch = { Engine: Engine, fold: fold, words: words, term: term }
})()
