/*
 * Civic site search: a plain-JS client for the index that the build writes under {root}search/.
 *
 * Contract with the theme ({root} is the site's base path, {base} the language home: "/" or "/en/"):
 * - Every page loads <script src="{root}assets/js/search.js" defer data-search-root="{base}search/"></script>.
 * - The header holds <form class="site-search" role="search" action="{base}search/" method="get">
 *   <label for="site-search-q">…</label><input id="site-search-q" type="search" name="q" autocomplete="off"></form>;
 *   typing there shows results under the box, Enter opens {base}search/?q=….
 * - The /search/ page (and /en/search/) has <div id="search-app" data-lang="zh-Hans|en"></div>, filled by
 *   layouts/search.sbn; this script runs the query from ?q= (and ?type=, ?district=, ?topic=) and keeps the URL in step.
 * - Results link to {base}<page>, so the English search leads to English pages. The index is written once under
 *   {root}search/; {root}en/search/index.json points there (its "files" entry).
 * - Interface language: #search-app's data-lang, else <html lang>; "en…" is English, anything else Simplified Chinese.
 * No request leaves the site: the index files are fetched from data-search-root only.
 *
 * The tokenizer below is a copy of generator/Site/Emit/Search/SearchTokenizer.cs; tests/search-vectors/tokenizer.json
 * holds both to the same output. In Node (tests, benchmark) the file exports the engine and touches no DOM.
 */
(function () {
  'use strict';

  var MAX_WORD = 32;
  var WORD_RE = /[\p{L}\p{N}\p{M}]/u;

  function isCjk(c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x323AF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
  }

  // English words onto their stem, as SearchStemmer.Stem and PorterWord do (Porter's algorithm, words of a-z only).
  var STEP2 = {
    a: [['ational', 'ate'], ['tional', 'tion']],
    c: [['enci', 'ence'], ['anci', 'ance']],
    e: [['izer', 'ize']],
    l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
    o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
    s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
    t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']],
    g: [['logi', 'log']]
  };
  var STEP3 = {
    e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']],
    i: [['iciti', 'ic']],
    l: [['ical', 'ic'], ['ful', '']],
    s: [['ness', '']]
  };
  var STEP4 = {
    a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'], n: ['ant', 'ement', 'ment', 'ent'],
    o: ['ion', 'ou'], s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize']
  };

  function stem(word) {
    if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
    var b = word.split(''), k = b.length - 1, j = 0;
    function cons(i) {
      var c = b[i];
      if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
      return c === 'y' ? i === 0 || !cons(i - 1) : true;
    }
    function m() {
      var n = 0, i = 0;
      while (i <= j && cons(i)) i++;
      while (i <= j) {
        while (i <= j && !cons(i)) i++;
        if (i > j) return n;
        n++;
        while (i <= j && cons(i)) i++;
      }
      return n;
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }
    function doublec(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) {
      return i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
    }
    function ends(s) {
      if (s.length > k + 1 || b.slice(k - s.length + 1, k + 1).join('') !== s) return false;
      j = k - s.length;
      return true;
    }
    function setto(s) {
      for (var i = 0; i < s.length; i++) b[j + 1 + i] = s[i];
      k = j + s.length;
    }
    function replace(rules) {
      for (var i = 0; rules && i < rules.length; i++) {
        if (ends(rules[i][0])) {
          if (m() > 0) setto(rules[i][1]);
          return;
        }
      }
    }

    if (b[k] === 's') {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setto('i');
      else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) {
      if (m() > 0) k--;
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) setto('ate');
      else if (ends('bl')) setto('ble');
      else if (ends('iz')) setto('ize');
      else if (doublec(k)) {
        k--;
        if (b[k] === 'l' || b[k] === 's' || b[k] === 'z') k++;
      } else if (m() === 1 && cvc(k)) setto('e');
    }
    if (k > 0) {
      if (ends('y') && vowelInStem()) b[k] = 'i';
      replace(STEP2[b[k - 1]]);
      replace(STEP3[b[k]]);
      var found = false, suffixes = STEP4[b[k - 1]] || [];
      for (var s = 0; s < suffixes.length; s++) {
        if (!ends(suffixes[s])) continue;
        // -ion goes only after s or t; when it cannot, -ou is still tried.
        if (suffixes[s] === 'ion' && !(j >= 0 && (b[j] === 's' || b[j] === 't'))) continue;
        found = true;
        break;
      }
      if (found && m() > 1) k = j;
      j = k;
      if (b[k] === 'e') {
        var a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
      }
      if (b[k] === 'l' && doublec(k) && m() > 1) k--;
    }
    return b.slice(0, k + 1).join('');
  }

  // Returns [{term, pos, single}] exactly as SearchTokenizer.Tokenize does.
  function tokenize(text) {
    var tokens = [];
    var runes = Array.from(String(text).normalize('NFKC'));
    var pos = 0, word = '', wordLen = 0;
    for (var i = 0; i <= runes.length; i++) {
      var ch = i < runes.length ? runes[i] : '';
      var cp = i < runes.length ? ch.codePointAt(0) : 0;
      var cjk = i < runes.length && isCjk(cp);
      var isWord = i < runes.length && !cjk && WORD_RE.test(ch);
      if (isWord) {
        if (wordLen < MAX_WORD) word += ch.toLowerCase();
        wordLen++;
        continue;
      }
      if (word.length > 0) {
        tokens.push({ term: stem(word), pos: pos, single: false });
        pos++;
        word = '';
      }
      wordLen = 0;
      if (!cjk) continue;
      var hasPrev = i > 0 && isCjk(runes[i - 1].codePointAt(0));
      var hasNext = i + 1 < runes.length && isCjk(runes[i + 1].codePointAt(0));
      tokens.push({ term: ch, pos: pos, single: hasPrev || hasNext });
      if (hasNext) tokens.push({ term: ch + runes[i + 1], pos: pos, single: false });
      pos++;
    }
    return tokens;
  }

  function tokenizeQuery(text) {
    return tokenize(text).filter(function (t) { return !t.single; });
  }

  // ----- synonyms (the manifest's "synonyms": groups of equivalent terms from the site's synonyms.yml)

  // A text as the units its tokens are made of: a stemmed word, or one CJK character with whether the next
  // character joins it into a bigram. Swapping units and making the tokens again (queryOf) gives what tokenizeQuery
  // gives for the text with the swap made, so a synonym is matched as the index tokenises it: 增设电梯 by its
  // characters (hence its bigrams), elevators by its stem.
  function unitsOf(text) {
    var tokens = tokenize(text), units = [];
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i], cps = Array.from(t.term);
      var cjk = cps.length === 1 && isCjk(cps[0].codePointAt(0));
      if (cjk) units.push({ t: t.term, cjk: true, join: i + 1 < tokens.length && tokens[i + 1].pos === t.pos });
      else if (!(cps.length === 2 && isCjk(cps[0].codePointAt(0)))) units.push({ t: t.term, cjk: false, join: false });
    }
    return units;
  }

  function queryOf(units) {
    var query = [];
    units.forEach(function (u, i) {
      if (!u.cjk) query.push({ term: u.t, pos: i, single: false });
      else if (u.join) query.push({ term: u.t + units[i + 1].t, pos: i, single: false });
      else if (i === 0 || !units[i - 1].join) query.push({ term: u.t, pos: i, single: false });
    });
    return query;
  }

  function startsAt(units, at, member) {
    if (member.length === 0 || at + member.length > units.length) return false;
    for (var k = 0; k < member.length; k++) {
      if (units[at + k].t !== member[k].t || units[at + k].cjk !== member[k].cjk) return false;
    }
    return true;
  }

  var MAX_VARIANTS = 16;

  // The queries a text stands for through the synonym groups: for each place where a term of a group occurs, the
  // text with that term swapped for each other term of the group (one swap per variant: combining swaps multiplies
  // the variants and the shard requests for little gain). A term inside a longer one of its own group at the same
  // place (车位 in 停车位) is not swapped on its own.
  function synonymVariants(text, groups) {
    var units = unitsOf(text), variants = [], seen = new Set([JSON.stringify(units)]);
    (groups || []).forEach(function (group) {
      var members = group.map(unitsOf), matches = [];
      for (var at = 0; at < units.length; at++) {
        members.forEach(function (member, mi) {
          if (startsAt(units, at, member)) matches.push({ at: at, end: at + member.length, member: mi });
        });
      }
      matches.forEach(function (m) {
        var inside = matches.some(function (o) { return o !== m && o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at; });
        if (inside) return;
        members.forEach(function (member, mi) {
          if (mi === m.member || member.length === 0 || variants.length >= MAX_VARIANTS) return;
          var swapped = member.map(function (u) { return { t: u.t, cjk: u.cjk, join: u.join }; });
          swapped[swapped.length - 1].join = units[m.end - 1].join && m.end < units.length;
          var next = units.slice(0, m.at).concat(swapped, units.slice(m.end));
          var key = JSON.stringify(next);
          if (seen.has(key)) return;
          seen.add(key);
          // The term swapped in, as the tokens a page must hold side by side: queryOf(member) moved to its place.
          var phrase = queryOf(member).map(function (q) { return { term: q.term, pos: q.pos + m.at, single: false }; });
          variants.push({ query: queryOf(next), phrase: phrase });
        });
      });
    });
    return variants;
  }

  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  // FNV-1a over UTF-8 (SearchShardHash.cs).
  function fnv1a(term) {
    var bytes = encoder.encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  // A single CJK character carries no positions: it never takes part in a phrase.
  function hasPositions(term) {
    var cps = Array.from(term);
    return !(cps.length === 1 && isCjk(cps[0].codePointAt(0)));
  }

  function gunzip(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return Promise.resolve(bytes);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }

  function Reader(bytes) { this.b = bytes; this.i = 0; }
  Reader.prototype.u = function () {
    var result = 0, shift = 0, byte;
    do {
      byte = this.b[this.i++];
      result += (byte & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (byte & 0x80);
    return result;
  };

  // The shard of a term: a CJK term goes by its first character (SearchShardHash.cs).
  function shardKey(term) {
    var first = Array.from(term)[0] || '';
    return first && isCjk(first.codePointAt(0)) ? first : term;
  }

  // Shard layout (SearchIndexWriter.cs): count, then per term: bytes shared with the previous term, the rest of its
  // UTF-8 bytes, flags, df, postings.
  function parseShard(bytes) {
    var r = new Reader(bytes), terms = new Map(), count = r.u(), previous = new Uint8Array(0);
    for (var t = 0; t < count; t++) {
      var shared = r.u(), rest = r.u(), termBytes = new Uint8Array(shared + rest);
      termBytes.set(previous.subarray(0, shared), 0);
      termBytes.set(r.b.subarray(r.i, r.i + rest), shared);
      r.i += rest;
      previous = termBytes;
      var term = decoder.decode(termBytes), flags = r.u(), df = r.u(), postings = [], doc = 0;
      for (var p = 0; p < df; p++) {
        doc += r.u();
        if (flags & 1) {
          var n = r.u(), positions = new Array(n), at = 0;
          for (var k = 0; k < n; k++) { at += r.u(); positions[k] = at; }
          postings.push({ doc: doc, positions: positions });
        } else {
          postings.push({ doc: doc, title: r.u(), body: r.u() });
        }
      }
      terms.set(term, postings);
    }
    return terms;
  }

  /**
   * The query engine. load(path) returns a Promise of the bytes of a file under the search root.
   */
  function createEngine(load) {
    var manifest = null, table = null, shards = new Map(), blocks = new Map();

    var prefix = '';

    // Every file but the manifest lives under `files` (set on another language's search page), else beside it.
    function loadFile(path) { return load(prefix + path); }

    function loadJson(path) {
      return loadFile(path).then(gunzip).then(function (b) { return JSON.parse(decoder.decode(b)); });
    }

    function ready() {
      if (!manifest) {
        manifest = load('index.json').then(gunzip).then(function (b) { return JSON.parse(decoder.decode(b)); }).then(function (m) {
          prefix = m.files || '';
          return loadJson(m.docs).then(function (d) {
            table = d;
            var total = 0;
            for (var i = 0; i < d.len.length; i++) total += d.len[i];
            d.avg = d.len.length ? total / d.len.length : 1;
            return m;
          });
        });
      }
      return manifest;
    }

    function shardFile(m, term) {
      return 't/' + m.shards[fnv1a(shardKey(term)) % m.shards.length] + '.pack';
    }

    function loadShard(file) {
      if (!shards.has(file)) shards.set(file, loadFile(file).then(gunzip).then(parseShard));
      return shards.get(file);
    }

    function postingsOf(m, term) {
      return loadShard(shardFile(m, term)).then(function (terms) { return terms.get(term) || []; });
    }

    function termFrequencies(posting, titleEnd) {
      if (!posting.positions) return [posting.title, posting.body];
      var title = 0;
      for (var i = 0; i < posting.positions.length && posting.positions[i] < titleEnd; i++) title++;
      return [title, posting.positions.length - title];
    }

    function hasPhrase(query, lists, doc) {
      var base = query[0], first = lists[0].get(doc);
      if (!first || !first.positions) return false;
      outer:
      for (var i = 0; i < first.positions.length; i++) {
        var start = first.positions[i] - base.pos;
        for (var j = 1; j < query.length; j++) {
          var p = lists[j].get(doc);
          if (!p || !p.positions || p.positions.indexOf(start + query[j].pos) < 0) continue outer;
        }
        return true;
      }
      return false;
    }

    // BM25 over bigrams with a title weight; every term required, else "most terms" scaled by coverage.
    function rank(m, query, lists) {
      var n = table.url.length, k1 = m.k1, b = m.b, boost = m.title;
      var uniq = [], seen = new Set();
      query.forEach(function (q, i) { if (!seen.has(q.term)) { seen.add(q.term); uniq.push(i); } });
      var matched = new Map();
      uniq.forEach(function (qi) {
        var list = lists[qi], df = list.size;
        if (df === 0) return;
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        list.forEach(function (posting, doc) {
          var tf = termFrequencies(posting, table.tlen[doc]);
          var w = tf[1] + boost * tf[0];
          var norm = k1 * (1 - b + b * table.len[doc] / table.avg);
          var s = idf * w * (k1 + 1) / (w + norm);
          var e = matched.get(doc);
          if (e) { e.score += s; e.hits++; } else matched.set(doc, { doc: doc, score: s, hits: 1 });
        });
      });
      var need = uniq.length, mode = 'all';
      var all = [];
      matched.forEach(function (e) { if (e.hits === need) all.push(e); });
      if (all.length === 0 && need > 1) {
        mode = 'most';
        var min = Math.ceil(need / 2);
        matched.forEach(function (e) {
          if (e.hits >= min) { e.score *= (e.hits / need) * (e.hits / need); all.push(e); }
        });
      }
      var phraseTerms = query.filter(function (q) { return hasPositions(q.term); });
      if (phraseTerms.length > 1 && phraseTerms.length === query.length) {
        all.forEach(function (e) { if (hasPhrase(query, lists, e.doc)) e.score *= 1 + m.phrase; });
      }
      all.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
      if (all.length === 0) mode = 'none';
      return { mode: mode, hits: all };
    }

    function facetOf(name, doc) {
      if (name === 'type') return [table.type[doc]];
      if (name === 'district') return table.district[doc] < 0 ? [] : [table.district[doc]];
      return table.topics[doc];
    }

    // Values within a facet are ORed, facets are ANDed; each facet counts over the other facets' selection.
    function facets(hits, filters) {
      var names = ['type', 'district', 'topic'], out = {};
      function passes(doc, except) {
        for (var i = 0; i < names.length; i++) {
          var name = names[i], wanted = filters[name];
          if (name === except || !wanted || wanted.length === 0) continue;
          var values = facetOf(name, doc), ok = false;
          for (var j = 0; j < values.length; j++) if (wanted.indexOf(idOf(name, values[j])) >= 0) ok = true;
          if (!ok) return false;
        }
        return true;
      }
      names.forEach(function (name) {
        var counts = new Map();
        hits.forEach(function (h) {
          if (!passes(h.doc, name)) return;
          facetOf(name, h.doc).forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
        });
        out[name] = Array.from(counts.entries())
          .map(function (e) { return { value: idOf(name, e[0]), index: e[0], count: e[1] }; })
          .sort(function (x, y) { return y.count - x.count || x.index - y.index; });
      });
      return { counts: out, hits: hits.filter(function (h) { return passes(h.doc, null); }) };
    }

    function idOf(name, index) {
      if (name === 'type') return table.types[index];
      if (name === 'district') return table.districts[index].id;
      return table.topicList[index].id;
    }

    // A variant counts only pages that hold the synonym itself, its bigrams side by side: the engine otherwise
    // takes a page with every bigram anywhere, and a long synonym's bigrams (社会 会工 工作 作者) are found apart
    // on many pages that never use it.
    function rankQuery(m, query, phrase) {
      return Promise.all(query.map(function (q) { return postingsOf(m, q.term); })).then(function (raw) {
        var lists = raw.map(function (postings) {
          var map = new Map();
          postings.forEach(function (p) { map.set(p.doc, p); });
          return map;
        });
        var ranked = rank(m, query, lists);
        if (!phrase || phrase.length < 2) return ranked;
        var phraseLists = phrase.map(function (p) {
          for (var i = 0; i < query.length; i++) if (query[i].term === p.term && query[i].pos === p.pos) return lists[i];
          return new Map();
        });
        var hits = ranked.hits.filter(function (h) { return hasPhrase(phrase, phraseLists, h.doc); });
        return { mode: hits.length ? ranked.mode : 'none', hits: hits };
      });
    }

    var MODES = ['none', 'most', 'all'];

    // The query as typed and its synonym variants, ranked each on its own, become one list: only those that reach
    // the best mode count (a page with every term of a variant beats one with most terms of the query), a page
    // found several ways keeps its best score, and a variant's scores are weighed down by the manifest's
    // "synonym" share. The terms of the counted variants join the query, so snippets mark them too.
    function merge(m, queries, ranked) {
      var best = 0;
      ranked.forEach(function (r) { best = Math.max(best, MODES.indexOf(r.mode)); });
      var byDoc = new Map(), query = queries[0].slice(), terms = new Set(query.map(function (q) { return q.term; }));
      ranked.forEach(function (r, i) {
        if (MODES.indexOf(r.mode) !== best) return;
        var weight = i === 0 ? 1 : m.synonym;
        r.hits.forEach(function (h) {
          var score = h.score * weight, e = byDoc.get(h.doc);
          if (!e) byDoc.set(h.doc, { doc: h.doc, score: score, hits: h.hits });
          else if (score > e.score) e.score = score;
        });
        if (i > 0) queries[i].forEach(function (q) { if (!terms.has(q.term)) { terms.add(q.term); query.push(q); } });
      });
      var hits = Array.from(byDoc.values());
      hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
      return { mode: MODES[best], hits: hits, query: query };
    }

    function search(text, options) {
      var filters = (options && options.filters) || {};
      var query = tokenizeQuery(text || '');
      return ready().then(function (m) {
        if (query.length === 0) {
          // Browsing by facet with no words: everything, newest first.
          var everything = table.url.map(function (_, doc) { return { doc: doc, score: 0 }; });
          everything.sort(function (x, y) { return (table.date[y.doc] || '').localeCompare(table.date[x.doc] || '') || x.doc - y.doc; });
          var browse = facets(everything, filters);
          return { query: query, mode: 'browse', total: browse.hits.length, hits: browse.hits, facets: browse.counts };
        }
        var variants = synonymVariants(text, m.synonyms);
        var queries = [query].concat(variants.map(function (v) { return v.query; }));
        return Promise.all([rankQuery(m, query, null)].concat(variants.map(function (v) { return rankQuery(m, v.query, v.phrase); }))).then(function (ranked) {
          var merged = merge(m, queries, ranked);
          var f = facets(merged.hits, filters);
          return { query: merged.query, mode: merged.mode, total: f.hits.length, hits: f.hits, facets: f.counts };
        });
      });
    }

    function doc(id) {
      return {
        id: id, url: table.url[id], title: table.title[id], titleEn: (table.titleEn && table.titleEn[id]) || null,
        type: table.types[table.type[id]],
        district: table.district[id] < 0 ? null : table.districts[table.district[id]],
        topics: table.topics[id].map(function (t) { return table.topicList[t]; }), date: table.date[id] || null
      };
    }

    function text(id) {
      var bi = 0;
      while (bi + 1 < table.blocks.length && table.blocks[bi + 1].start <= id) bi++;
      var block = table.blocks[bi];
      if (!blocks.has(block.file)) blocks.set(block.file, loadJson(block.file));
      return blocks.get(block.file).then(function (texts) { return texts[id - block.start] || ''; });
    }

    // A translated page's snippet text is its Chinese text, a record separator (U+001E), then its English text
    // (SearchIndexWriter.SnippetText). The excerpt comes from the part in the interface's language (english: the
    // English search page) when that part has a match, else from both parts; with no match at all the English page's
    // excerpt starts at the English.
    var PART = '\u001E';

    function snippetOf(id, query, english) {
      return text(id).then(function (t) {
        var at = t.indexOf(PART);
        if (at < 0) return snippet(t, query);
        var own = snippet(english ? t.slice(at + 1) : t.slice(0, at), query);
        if (own.indexOf('<mark>') >= 0) return own;
        return snippet(t.slice(0, at) + '\n' + t.slice(at + 1), query, undefined, english ? Array.from(t.slice(0, at + 1)).length : 0);
      });
    }

    return {
      ready: ready, search: search, doc: doc, text: text, snippet: snippetOf,
      table: function () { return table; }
    };
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function fold(ch) { return ch.normalize('NFKC').toLowerCase(); }

  // A window of the text around its densest matches, HTML-escaped, with matches in <mark>.
  function snippet(text, query, width, fallbackStart) {
    width = width || 90;
    fallbackStart = fallbackStart || 0;
    var chars = Array.from(text), folded = chars.map(fold), marked = new Array(chars.length).fill(0);
    var bigrams = new Set(), singles = new Set(), words = new Set();
    query.forEach(function (q) {
      var cps = Array.from(q.term);
      if (cps.length === 2 && isCjk(cps[0].codePointAt(0))) bigrams.add(q.term);
      else if (cps.length === 1 && isCjk(cps[0].codePointAt(0))) singles.add(q.term);
      else words.add(q.term);
    });
    for (var i = 0; i < chars.length; i++) {
      if (singles.has(folded[i])) marked[i] = 1;
      if (i + 1 < chars.length && bigrams.has(folded[i] + folded[i + 1])) { marked[i] = 1; marked[i + 1] = 1; }
      if (words.size && WORD_RE.test(folded[i]) && !isCjk(chars[i].codePointAt(0)) && (i === 0 || !WORD_RE.test(folded[i - 1]) || isCjk(chars[i - 1].codePointAt(0)))) {
        var j = i, w = '';
        while (j < chars.length && WORD_RE.test(folded[j]) && !isCjk(chars[j].codePointAt(0))) { w += folded[j]; j++; }
        if (words.has(stem(w.slice(0, MAX_WORD)))) for (var k = i; k < j; k++) marked[k] = 1;
      }
    }
    var best = -1, bestScore = 0;
    for (var s = 0; s < chars.length; s++) {
      if (!marked[s] || (s > 0 && marked[s - 1])) continue;
      var score = 0;
      for (var e = s; e < Math.min(chars.length, s + width); e++) score += marked[e];
      if (score > bestScore) { bestScore = score; best = s; }
    }
    var start = best < 0 ? fallbackStart : Math.max(0, best - Math.floor(width / 4));
    var end = Math.min(chars.length, start + width);
    var html = start > (best < 0 ? fallbackStart : 0) ? '…' : '', open = false;
    for (var x = start; x < end; x++) {
      if (marked[x] && !open) { html += '<mark>'; open = true; }
      if (!marked[x] && open) { html += '</mark>'; open = false; }
      html += escapeHtml(chars[x]);
    }
    if (open) html += '</mark>';
    if (end < chars.length) html += '…';
    return html;
  }

  var api = {
    tokenize: tokenize, tokenizeQuery: tokenizeQuery, synonymVariants: synonymVariants, fnv1a: fnv1a, shardKey: shardKey, createEngine: createEngine,
    snippet: snippet, parseShard: parseShard, gunzip: gunzip
  };

  if (typeof module === 'object' && module.exports) {
    module.exports = api;
    return;
  }

  // ---------------------------------------------------------------- browser interface

  var STRINGS = {
    zh: {
      label: '搜索', placeholder: '搜索故事、社区、驿站、项目', submit: '搜索',
      count: function (n) { return '找到 ' + n + ' 条结果'; },
      partial: '没有同时包含全部字词的页面，以下结果包含其中大部分。',
      none: function (q) { return '没有找到与“' + q + '”相关的内容。'; },
      hint: '可以试试更短的词（如“驿站”“电梯”），检查有没有错别字，或换一个说法。',
      hintFilters: '也可以取消部分筛选条件。',
      empty: '输入关键词开始搜索，或按类型、区、主题浏览。',
      loading: '正在搜索…', error: '搜索暂时无法使用，请稍后再试。', all: '查看全部结果',
      more: '显示更多结果', clear: '清除筛选', results: '搜索结果',
      facets: { type: '类型', district: '区', topic: '主题' },
      types: { story: '故事', community: '社区', station: '站点', programme: '项目', dataset: '数据集', district: '区', topic: '主题', page: '页面' }
    },
    en: {
      label: 'Search', placeholder: 'e.g. station, lift', submit: 'Search',
      count: function (n) { return n === 1 ? '1 result' : n + ' results'; },
      partial: 'No page has every part of your search; these pages have most of it.',
      none: function (q) { return 'Nothing found for “' + q + '”.'; },
      hint: 'Try a shorter word (e.g. station or lift), check the spelling, or use other words.',
      hintFilters: 'You can also remove some filters.',
      empty: 'Type a word to search, or browse by type, district or topic.',
      loading: 'Searching…', error: 'Search is not available right now. Please try again later.', all: 'See all results',
      more: 'Show more results', clear: 'Clear filters', results: 'Search results',
      facets: { type: 'Type', district: 'District', topic: 'Topic' },
      types: { story: 'Story', community: 'Community', station: 'Station', programme: 'Programme', dataset: 'Dataset', district: 'District', topic: 'Topic', page: 'Page' }
    }
  };

  var script = document.currentScript;
  var root = (script && script.getAttribute('data-search-root')) || '/search/';
  if (root.charAt(root.length - 1) !== '/') root += '/';
  // Results link into the interface language of the page: /en/search/ leads to /en/stories/….
  var home = root.replace(/search\/$/, '');
  var engine = createEngine(function (path) {
    return fetch(root + path).then(function (r) {
      if (!r.ok) throw new Error(r.status + ' ' + path);
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); });
  });

  function langOf(el) {
    var lang = (el && el.getAttribute('data-lang')) || document.documentElement.getAttribute('lang') || '';
    return /^en/i.test(lang) ? 'en' : 'zh';
  }

  function hrefOf(url) { return home + url; }

  function nameOf(lang, value) { return lang === 'en' && value.en ? value.en : value.name; }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }

  function debounce(fn, ms) {
    var t = 0;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  function metaLine(lang, d) {
    var s = STRINGS[lang], parts = [s.types[d.type] || d.type];
    if (d.district) parts.push(nameOf(lang, d.district));
    if (d.date) parts.push(dateText(lang, d.date));
    return parts.join(' · ');
  }

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];

  // The index keeps ISO dates (2025, 2025-12, 2025-12-25); results show them as the pages do.
  function dateText(lang, iso) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
    if (!m) return iso;
    var year = m[1], month = m[2] ? parseInt(m[2], 10) : 0, day = m[3] ? parseInt(m[3], 10) : 0;
    if (lang === 'en') return (day ? day + ' ' : '') + (month ? MONTHS[month - 1] + ' ' : '') + year;
    return year + '年' + (month ? month + '月' : '') + (day ? day + '日' : '');
  }

  function renderHit(lang, hit, query, idPrefix, index) {
    var d = engine.doc(hit.doc);
    var li = el('li', { 'class': 'search-result', id: idPrefix + index });
    // A translated page's English title on the English search page: the link leads to that translation.
    var a = el('a', { href: hrefOf(d.url), 'class': 'search-result-title' }, lang === 'en' && d.titleEn ? d.titleEn : d.title);
    li.appendChild(a);
    li.appendChild(el('span', { 'class': 'search-result-meta' }, metaLine(lang, d)));
    var p = el('p', { 'class': 'search-result-snippet' });
    li.appendChild(p);
    if (query.length) engine.snippet(hit.doc, query, lang === 'en').then(function (html) { p.innerHTML = html; }, function () {});
    return li;
  }

  // ----- header box: results as you type, under the box
  function setupHeader(form) {
    var input = form.querySelector('input[name="q"]');
    if (!input) return;
    var lang = langOf(form), s = STRINGS[lang], seq = 0, active = -1;
    var panel = el('div', { 'class': 'site-search-panel', id: 'site-search-panel', hidden: '' });
    var status = el('p', { 'class': 'site-search-status', role: 'status', 'aria-live': 'polite' });
    var list = el('ul', { 'class': 'site-search-results', id: 'site-search-results', role: 'listbox', 'aria-label': s.results });
    panel.appendChild(status);
    panel.appendChild(list);
    form.appendChild(panel);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', 'site-search-results');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-autocomplete', 'list');

    function close() {
      panel.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function options() { return list.querySelectorAll('[role="option"]'); }

    function highlight(i) {
      var opts = options();
      if (!opts.length) return;
      active = (i + opts.length) % opts.length;
      opts.forEach(function (o, k) { o.setAttribute('aria-selected', k === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', opts[active].id);
      opts[active].scrollIntoView({ block: 'nearest' });
    }

    // An option holds no link of its own (a link inside an option is a control inside a control): it is chosen with
    // the arrow keys and Enter, or by a click, and leads where its title's link would have.
    function unlink(li) {
      var a = li.querySelector('a[href]');
      if (!a) return;
      li.setAttribute('data-href', a.getAttribute('href'));
      a.removeAttribute('href');
    }

    // The panel opens under the box and scrolls inside itself, no lower than the bottom of what is visible (a phone's
    // keyboard shrinks that) and no taller than 70% of the window.
    function fit() {
      var vv = window.visualViewport, bottom = vv ? vv.offsetTop + vv.height : window.innerHeight;
      var room = Math.min(bottom - form.getBoundingClientRect().bottom - 16, window.innerHeight * 0.7);
      panel.style.maxHeight = Math.max(120, Math.floor(room)) + 'px';
    }

    var run = debounce(function () {
      var q = input.value.trim(), mine = ++seq;
      if (!q) { close(); return; }
      status.textContent = s.loading;
      panel.hidden = false;
      fit();
      input.setAttribute('aria-expanded', 'true');
      engine.search(q).then(function (r) {
        if (mine !== seq) return;
        list.textContent = '';
        active = -1;
        status.textContent = r.total ? s.count(r.total) : s.none(q) + ' ' + s.hint;
        r.hits.slice(0, 6).forEach(function (h, i) {
          var li = renderHit(lang, h, r.query, 'site-search-option-', i);
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          unlink(li);
          list.appendChild(li);
        });
        if (r.total > 6) {
          var more = el('li', { role: 'option', id: 'site-search-option-all', 'class': 'search-result-all', 'aria-selected': 'false' });
          more.appendChild(el('a', { href: form.getAttribute('action') + '?q=' + encodeURIComponent(q) }, s.all));
          unlink(more);
          list.appendChild(more);
        }
      }, function () { if (mine === seq) status.textContent = s.error; });
    }, 120);

    input.addEventListener('input', run);
    input.addEventListener('focus', function () { engine.ready().catch(function () {}); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && !panel.hidden) { e.preventDefault(); highlight(active + 1); }
      else if (e.key === 'ArrowUp' && !panel.hidden) { e.preventDefault(); highlight(active - 1); }
      else if (e.key === 'Escape' && !panel.hidden) { e.preventDefault(); close(); }
      else if (e.key === 'Enter' && active >= 0) {
        var href = options()[active].getAttribute('data-href');
        if (href) { e.preventDefault(); location.href = href; }
      }
    });
    list.addEventListener('click', function (e) {
      var option = e.target.closest('[data-href]');
      if (option) location.href = option.getAttribute('data-href');
    });
    document.addEventListener('click', function (e) { if (!form.contains(e.target)) close(); });
    // Tabbing on past the form closes the panel, which would otherwise cover what takes the focus next.
    form.addEventListener('focusout', function (e) { if (e.relatedTarget && !form.contains(e.relatedTarget)) close(); });
  }

  // ----- the /search/ page
  function setupPage(app) {
    var lang = langOf(app), s = STRINGS[lang], seq = 0, shown = 20, last = null;
    function part(selector, make) {
      var found = app.querySelector(selector);
      if (!found) { found = make(); app.appendChild(found); }
      return found;
    }
    var form = part('form', function () {
      var f = el('form', { 'class': 'search-page-form', role: 'search', action: '', method: 'get' });
      f.appendChild(el('label', { 'for': 'search-page-q' }, s.label));
      f.appendChild(el('input', { id: 'search-page-q', type: 'search', name: 'q', autocomplete: 'off', placeholder: s.placeholder }));
      f.appendChild(el('button', { type: 'submit' }, s.submit));
      return f;
    });
    var input = form.querySelector('input[name="q"]');
    var status = part('.search-status', function () { return el('p', { 'class': 'search-status', role: 'status', 'aria-live': 'polite' }); });
    var facetBox = part('.search-facets', function () { return el('div', { 'class': 'search-facets' }); });
    var results = part('.search-results', function () { return el('ol', { 'class': 'search-results', 'aria-label': s.results }); });
    var moreButton = part('.search-more', function () { return el('button', { type: 'button', 'class': 'search-more', hidden: '' }, s.more); });

    // The facets sit in a <details>: folded on a narrow screen so the first result shows, open on a wide one.
    var filterBox = app.querySelector('details.search-filters');
    var filterCount = app.querySelector('.search-filters-count');
    if (filterBox && window.matchMedia) {
      var wide = window.matchMedia('not all and (max-width: 40rem)');
      var unfold = function () { filterBox.open = wide.matches; };
      unfold();
      if (wide.addEventListener) wide.addEventListener('change', unfold);
    }
    // The language switch leads to the other language's search page with the same query and filters.
    var switches = Array.prototype.map.call(document.querySelectorAll('.lang-switch a[hreflang]'), function (a) {
      return { a: a, href: a.getAttribute('href').replace(/[?#].*$/, '') };
    });

    var params = new URLSearchParams(location.search);
    var filters = { type: params.getAll('type'), district: params.getAll('district'), topic: params.getAll('topic') };
    input.value = params.get('q') || '';

    function updateUrl() {
      var p = new URLSearchParams();
      if (input.value.trim()) p.set('q', input.value.trim());
      ['type', 'district', 'topic'].forEach(function (k) { filters[k].forEach(function (v) { p.append(k, v); }); });
      var qs = p.toString();
      history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''));
      switches.forEach(function (l) { l.a.setAttribute('href', l.href + (qs ? '?' + qs : '')); });
    }

    function labelOf(name, value) {
      var t = engine.table();
      if (name === 'type') return s.types[value] || value;
      var list = name === 'district' ? t.districts : t.topicList;
      for (var i = 0; i < list.length; i++) if (list[i].id === value) return nameOf(lang, list[i]);
      return value;
    }

    function renderFacets(counts) {
      // Rebuilding the boxes must not drop the keyboard focus: it returns to the same box, else to the summary.
      var focused = facetBox.contains(document.activeElement) ? document.activeElement.id || '-' : null;
      var chosen = filters.type.length + filters.district.length + filters.topic.length;
      if (filterCount) filterCount.textContent = chosen ? ' (' + chosen + ')' : '';
      facetBox.textContent = '';
      ['type', 'district', 'topic'].forEach(function (name) {
        var entries = counts[name].slice();
        filters[name].forEach(function (v) {
          if (!entries.some(function (e) { return e.value === v; })) entries.push({ value: v, count: 0 });
        });
        if (!entries.length) return;
        var fs = el('fieldset', { 'class': 'search-facet search-facet-' + name });
        fs.appendChild(el('legend', null, s.facets[name]));
        entries.forEach(function (e) {
          var id = 'search-facet-' + name + '-' + e.value;
          var label = el('label', { 'for': id });
          var box = el('input', { type: 'checkbox', id: id, name: name, value: e.value });
          box.checked = filters[name].indexOf(e.value) >= 0;
          box.addEventListener('change', function () {
            var list = filters[name], at = list.indexOf(e.value);
            if (box.checked && at < 0) list.push(e.value);
            if (!box.checked && at >= 0) list.splice(at, 1);
            shown = 20;
            run();
          });
          label.appendChild(box);
          label.appendChild(document.createTextNode(' ' + labelOf(name, e.value) + ' '));
          label.appendChild(el('span', { 'class': 'search-facet-count' }, '(' + e.count + ')'));
          fs.appendChild(label);
        });
        facetBox.appendChild(fs);
      });
      if (filters.type.length + filters.district.length + filters.topic.length) {
        var clear = el('button', { type: 'button', 'class': 'search-clear' }, s.clear);
        clear.addEventListener('click', function () {
          filters = { type: [], district: [], topic: [] };
          run();
        });
        facetBox.appendChild(clear);
      }
      if (focused) {
        var back = (focused !== '-' && document.getElementById(focused)) || (filterBox && filterBox.querySelector('summary'));
        if (back) back.focus();
      }
    }

    function renderResults(r) {
      results.textContent = '';
      r.hits.slice(0, shown).forEach(function (h, i) { results.appendChild(renderHit(lang, h, r.query, 'search-result-', i)); });
      moreButton.hidden = r.total <= shown;
    }

    function run() {
      var q = input.value.trim(), mine = ++seq, filtered = filters.type.length + filters.district.length + filters.topic.length > 0;
      updateUrl();
      if (!q && !filtered) {
        engine.search('', {}).then(function (r) { if (mine === seq) { renderFacets(r.facets); } }, function () {});
        results.textContent = '';
        moreButton.hidden = true;
        status.textContent = s.empty;
        return;
      }
      status.textContent = s.loading;
      engine.search(q, { filters: filters }).then(function (r) {
        if (mine !== seq) return;
        last = r;
        renderFacets(r.facets);
        renderResults(r);
        if (!r.total) status.textContent = s.none(q || '') + ' ' + s.hint + (filtered ? ' ' + s.hintFilters : '');
        else status.textContent = s.count(r.total) + (r.mode === 'most' ? ' ' + s.partial : '');
      }, function () { if (mine === seq) status.textContent = s.error; });
    }

    moreButton.addEventListener('click', function () {
      shown += 20;
      if (last) renderResults(last);
      var next = results.children[shown - 20];
      if (next) { var a = next.querySelector('a'); if (a) a.focus(); }
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); shown = 20; run(); });
    input.addEventListener('input', debounce(function () { shown = 20; run(); }, 150));
    run();
  }

  function start() {
    var app = document.getElementById('search-app');
    document.querySelectorAll('form.site-search').forEach(setupHeader);
    if (app) setupPage(app);
  }

  window.CivicSearch = { engine: engine, api: api, root: root };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
