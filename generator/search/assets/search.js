/* The archive search: query readings, lunr candidates, exact verification, results page.

   A query is cut into words: "quoted phrases" (spaces kept) and space-separated
   words. Every word must occur in an article's normalised text (NFKC + lower case),
   literally or, for a word with Latin letters, as the pinyin of a Han phrase (full,
   with or without apostrophes, or initials; mixed with Han characters too); a query
   of Latin words only is also read as one spaced pinyin phrase. Each reading names
   index terms (character bigrams, lone characters, syllable pairs, initial pairs);
   the term shards holding them (t/K.js) are loaded and queried with lunr 2.3.9, which
   ranks the candidates. A reading of one term proves the word present; any other is
   confirmed against the article's own file (d/F/N.js: text and syllable transcript),
   and only for the hits about to be shown, best first. So the hits are exactly the
   articles containing the query, and a first page costs the terms' shards and the
   shown articles' files.

   Data files (see generator/search/index.py) assign into window.ARCHIVE_SEARCH and
   are loaded through <script> tags, which works from file:// as well as over HTTP. */
(function (root) {
  "use strict";

  var MAX_TERMS = 4;  // index terms queried for one reading of a word (spread over it)
  var MAX_READINGS = 16;  // pinyin readings of one word
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var INITIALS = "abcdefghjklmnopqrstwxyz";  // letters a syllable can start with

  /* ---- the engine: no DOM, also run by the tests under node ---- */

  function createEngine(lunr, T, store) {
    var manifest = store.manifest;
    var syllables = manifest.syllables.split(" ");
    var syllableNumber = new Map(syllables.map(function (s, n) { return [s, n]; }));
    var termIndexes = {};  // term shard file -> lunr.Index

    function termFile(term) { return "t/" + (T.termHash(term) % manifest.terms) + ".js"; }
    function docFile(ref) { return "d/" + Math.floor(ref / manifest.docs_per_folder) + "/" + ref + ".js"; }
    function facetFile(ref) { return "f/" + Math.floor(ref / manifest.facets) + ".js"; }

    /* BM25 as lunr 2.3.9's builder computes it, from what the manifest gives: norms[k][lq]
       is k1 × (1 − b + b × L / average) for field k and the token count L that the length
       code lq reads back as (length_base ** lq). */
    var norms = manifest.fields.map(function (_, k) {
      var average = manifest.lengths[k], row = [];
      for (var lq = 0; lq < 64; lq++) {
        row.push(average ? manifest.k1 * (1 - manifest.b + manifest.b * (Math.pow(manifest.length_base, lq) / average))
          : manifest.k1);
      }
      return row;
    });

    function bm25(idf, k, value) {
      var tf = Math.floor(value / 64) + 1;
      var score = idf * ((manifest.k1 + 1) * tf) / (norms[k][value % 64] + tf) * manifest.boosts[k];
      return Math.round(score * 1000) / 1000;
    }

    /* A term shard as lunr 2.3.9's serialised index: each term's posting lists the
       docs of every field ({} where none), its _index is its place in the shard, and
       each field/doc pair gets the vector of its terms' scores. A posting is a code,
       4 × (ref − previous ref) + field number, and a value, (tf − 1) × 64 + length
       code; df is the term's number of postings (lunr counts a doc once per field). */
    function lunrIndex(entries) {
      var fields = manifest.fields, vectors = new Map(), inverted = [];
      entries.forEach(function (entry, n) {
        var posting = { _index: n };
        fields.forEach(function (field) { posting[field] = {}; });
        var df = (entry.length - 1) / 2;
        var idf = Math.log(1 + Math.abs((manifest.count - df + 0.5) / (df + 0.5)));
        for (var i = 1, ref = 0; i < entry.length; i += 2) {
          ref += Math.floor(entry[i] / fields.length);
          var k = entry[i] % fields.length, field = fields[k];
          posting[field][ref] = {};
          var key = field + "/" + ref;
          if (!vectors.has(key)) vectors.set(key, []);
          vectors.get(key).push(n, bm25(idf, k, entry[i + 1]));
        }
        inverted.push([entry[0], posting]);
      });
      return lunr.Index.load({ version: manifest.version, fields: fields, fieldVectors: Array.from(vectors),
                               invertedIndex: inverted, pipeline: [] });
    }

    function loadTerms(names) {
      return Promise.all(names.map(function (name) {
        return store.load(name).then(function (data) {
          if (!termIndexes[name]) termIndexes[name] = lunrIndex(data);
        });
      }));
    }

    /* ---- readings of a query ---- */

    /* Every cut of a run of letters into pinyin syllables (at most MAX_READINGS). */
    function cuts(s) {
      var out = [], ends = [];  // ends[i]: s from i on can be cut (so no walk goes nowhere)
      ends[s.length] = true;
      for (var i = s.length - 1; i >= 0; i--) {
        ends[i] = false;
        for (var j = i + 1; j <= Math.min(s.length, i + 6) && !ends[i]; j++) ends[i] = ends[j] && syllableNumber.has(s.slice(i, j));
      }
      (function walk(at, done) {
        if (out.length >= MAX_READINGS) return;
        if (at === s.length) { out.push(done); return; }
        for (var end = Math.min(s.length, at + 6); end > at; end--) {
          if (ends[end] && syllableNumber.has(s.slice(at, end))) walk(end, done.concat([s.slice(at, end)]));
        }
      })(0, []);
      return out;
    }

    /* The pinyin readings of a word of Han characters, Latin letters and
       apostrophes: lists of items {c: Han character} | {s: syllable number} |
       {i: initial letter}. Latin runs read as full pinyin (every cut) or, letter by
       letter, as initials. */
    function pinyinReadings(word) {
      var parts = T.runs(word);
      if (!parts.some(function (r) { return r[0] !== T.HAN; })) return [];
      if (parts.map(function (r) { return r[1]; }).join("") !== word.replace(/'/g, "")) return [];
      if (parts.some(function (r) { return r[0] !== T.HAN && !/^[a-z]+$/.test(r[1]); })) return [];
      var full = [[]];
      parts.forEach(function (r) {
        var options = r[0] === T.HAN
          ? [Array.from(r[1]).map(function (c) { return { c: c }; })]
          : cuts(r[1]).map(function (cut) { return cut.map(function (s) { return { s: syllableNumber.get(s) }; }); });
        var next = [];
        full.forEach(function (done) {
          options.forEach(function (o) { if (next.length < MAX_READINGS) next.push(done.concat(o)); });
        });
        full = next;
      });
      var letters = parts.filter(function (r) { return r[0] !== T.HAN; }).map(function (r) { return r[1]; }).join("");
      var readings = full;
      if (letters.length >= 2 && Array.from(letters).every(function (l) { return INITIALS.indexOf(l) >= 0; })) {
        var initials = [];
        parts.forEach(function (r) {
          Array.from(r[1]).forEach(function (c) { initials.push(r[0] === T.HAN ? { c: c } : { i: c }); });
        });
        readings = readings.concat([initials]);
      }
      return readings;
    }

    /* The index terms of a reading, in order: pairs of neighbours (two Han
       characters, two syllables, two initials) and lone Han characters no pair covers. */
    function itemTerms(items) {
      var terms = [], covered = [];
      for (var k = 0; k + 1 < items.length; k++) {
        var a = items[k], b = items[k + 1], term = null;
        if (a.c && b.c) term = a.c + b.c;
        else if (a.s !== undefined && b.s !== undefined) term = syllables[a.s] + " " + syllables[b.s];
        else if (a.i && b.i) term = a.i + "_" + b.i;
        if (term) { terms.push(term); covered[k] = covered[k + 1] = true; }
      }
      items.forEach(function (item, k) { if (item.c && !covered[k]) terms.push(item.c); });
      return terms;
    }

    /* The index terms of a literal: a lone character, or the bigrams, of each run. */
    function literalTerms(word) {
      var terms = [];
      T.runs(word).forEach(function (r) {
        var chars = Array.from(r[1]);
        if (chars.length === 1) terms.push(chars[0]);
        for (var i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
      });
      return terms;
    }

    /* A literal proven by its term alone: one run of one or two characters. */
    function provenLiteral(word) {
      var r = T.runs(word);
      return r.length === 1 && r[0][1] === word && Array.from(word).length <= 2;
    }

    /* The words of a raw query, each with its readings: {literal: string, terms,
       proven} and {items, terms, proven}. A query of Latin words only also reads as
       one spaced pinyin phrase: then `alternatives` has two lists of words. */
    function parse(raw) {
      var q = T.normalize(raw || "");
      var words = [];
      var quoted = false;
      var rest = q.replace(/["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?/g, function (_, phrase) {
        quoted = true;
        if (phrase.trim()) words.push({ text: phrase.trim(), quoted: true });
        return " ";
      });
      rest.split(/\s+/).forEach(function (w) { if (w) words.push({ text: w, quoted: false }); });
      function readings(word) {
        var out = [{ literal: word.text, terms: literalTerms(word.text), proven: provenLiteral(word.text) }];
        if (!word.quoted) {
          pinyinReadings(word.text).forEach(function (items) {
            var terms = itemTerms(items);
            var proven = items.length === 2 && terms.length === 1 && (items[0].s !== undefined || !!items[0].i);
            if (terms.length) out.push({ items: items, terms: terms, proven: proven });
          });
        }
        return out;
      }
      var alternatives = [words.map(readings)];
      if (!quoted && words.length > 1 && words.every(function (w) { return /^[a-z']+$/.test(w.text); })) {
        var joined = readings({ text: words.map(function (w) { return w.text; }).join("'"), quoted: false }).slice(1);
        if (joined.length) alternatives.push([joined]);
      }
      return { words: words.map(function (w) { return w.text; }), alternatives: alternatives };
    }

    /* ---- candidates ---- */

    /* Up to MAX_TERMS of a reading's terms, spread over it. */
    function spread(terms) {
      if (terms.length <= MAX_TERMS) return terms;
      var out = [];
      for (var k = 0; k < MAX_TERMS; k++) out.push(terms[Math.round(k * (terms.length - 1) / (MAX_TERMS - 1))]);
      return out;
    }

    /* Resolves to Map ref -> score of the docs holding every (chosen) term of a reading. */
    function readingDocs(reading) {
      var byShard = new Map();
      spread(reading.terms).forEach(function (term) {
        var file = termFile(term);
        if (!byShard.has(file)) byShard.set(file, []);
        if (byShard.get(file).indexOf(term) < 0) byShard.get(file).push(term);
      });
      var names = Array.from(byShard.keys());
      return loadTerms(names).then(function () {
        var scores = null;
        names.forEach(function (name) {
          var found = termIndexes[name].query(function (query) {
            byShard.get(name).forEach(function (term) {
              query.term(term, { fields: manifest.fields, presence: lunr.Query.presence.REQUIRED, usePipeline: false,
                                 wildcard: lunr.Query.wildcard.NONE });
            });
          });
          var next = new Map();
          found.forEach(function (r) {
            var ref = +r.ref;
            if (scores === null) next.set(ref, r.score);
            else if (scores.has(ref)) next.set(ref, scores.get(ref) + r.score);
          });
          scores = next;
        });
        return scores;
      });
    }

    /* Resolves to Map ref -> {score, proven} for one reading of a word list: a doc
       must hold some reading of every word (scores added up); it is proven when each
       word's reading that found it proves it. A word without index terms (only
       punctuation) leaves every doc a candidate, to be confirmed. */
    function alternativeDocs(words) {
      return Promise.all(words.map(function (readings) {
        return Promise.all(readings.map(function (r) {
          return r.terms.length ? readingDocs(r) : Promise.resolve(null);
        })).then(function (found) {
          var docs = new Map(), everything = false;
          found.forEach(function (scores, k) {
            if (scores === null) { everything = true; return; }
            scores.forEach(function (score, ref) {
              var had = docs.get(ref);
              var proven = readings[k].proven || (had && had.proven);
              docs.set(ref, { score: had ? Math.max(had.score, score) : score, proven: proven });
            });
          });
          if (everything) {
            for (var ref = 0; ref < manifest.count; ref++) if (!docs.has(ref)) docs.set(ref, { score: 0, proven: false });
          }
          return docs;
        });
      })).then(function (perWord) {
        var out = null;
        perWord.forEach(function (docs) {
          if (out === null) { out = docs; return; }
          var next = new Map();
          docs.forEach(function (d, ref) {
            var o = out.get(ref);
            if (o) next.set(ref, { score: o.score + d.score, proven: o.proven && d.proven });
          });
          out = next;
        });
        return out || new Map();
      });
    }

    /* ---- verification and marks ---- */

    /* A doc's text as the index read it: normalised (NFKC + lower case). */
    function textOf(row) {
      if (row.text === undefined) row.text = T.normalize(row[8]);
      return row.text;
    }

    /* The Han characters of a doc's text with their UTF-16 offsets, run numbers and
       syllable numbers (-1 where none). */
    function hanOf(row) {
      if (row.han) return row.han;
      var text = textOf(row), code = row[9], han = { chars: [], at: [], run: [], syl: [] };
      var offset = 0, run = -1, prevHan = false, k = 0;
      for (var ch of text) {
        var isHan = T.runs(ch).length === 1 && T.runs(ch)[0][0] === T.HAN;
        if (isHan) {
          if (!prevHan) run++;
          var n = ALPHABET.indexOf(code[2 * k]) * 64 + ALPHABET.indexOf(code[2 * k + 1]);
          han.chars.push(ch); han.at.push(offset); han.run.push(run);
          han.syl.push(n < syllables.length ? n : -1);
          k++;
        }
        prevHan = isHan;
        offset += ch.length;
      }
      row.han = han;
      return han;
    }

    /* [start, end) UTF-16 ranges where a reading occurs in a doc ([] when it does not). */
    function occurrences(row, reading) {
      var text = textOf(row), ranges = [];
      if (reading.literal !== undefined) {
        for (var at = text.indexOf(reading.literal); at >= 0; at = text.indexOf(reading.literal, at + 1)) {
          ranges.push([at, at + reading.literal.length]);
        }
        return ranges;
      }
      var han = hanOf(row), items = reading.items, n = items.length;
      for (var k = 0; k + n <= han.chars.length; k++) {
        var ok = true;
        for (var j = 0; j < n && ok; j++) {
          var item = items[j], x = k + j;
          ok = han.run[x] === han.run[k] &&
            (item.c ? han.chars[x] === item.c
              : item.i ? han.syl[x] >= 0 && syllables[han.syl[x]][0] === item.i
                : han.syl[x] === item.s);
        }
        if (ok) ranges.push([han.at[k], han.at[k + n - 1] + han.chars[k + n - 1].length]);
      }
      return ranges;
    }

    /* The ranges to mark in a doc, or null when some word of every alternative is missing. */
    function verify(row, parsed) {
      var marks = null;
      parsed.alternatives.forEach(function (words) {
        var found = [];
        var all = words.every(function (readings) {
          var some = false;
          readings.forEach(function (r) {
            var ranges = occurrences(row, r);
            if (ranges.length) { some = true; found = found.concat(ranges); }
          });
          return some;
        });
        if (all) marks = (marks || []).concat(found);
      });
      return marks;
    }

    /* ---- filters, order, search ---- */

    function loadFacets(refs) {
      var names = new Set();
      refs.forEach(function (ref) { names.add(facetFile(ref)); });
      return Promise.all(Array.from(names).map(store.load));
    }

    function facet(ref) { return store.get(facetFile(ref))[ref % manifest.facets]; }

    function keep(f, filters) {
      if (filters.paper && manifest.papers[f[1]] !== filters.paper) return false;
      if (filters.topic && f[2].map(function (t) { return manifest.topics[t]; }).indexOf(filters.topic) < 0) return false;
      if ((filters.from || filters.to) && !f[0]) return false;
      if (filters.from && f[0] < filters.from) return false;
      if (filters.to && f[0] > filters.to) return false;
      return true;
    }

    function order(sort, dated) {
      return function (a, b) {
        var byScore = b.score - a.score;
        if (!dated) return byScore || a.ref - b.ref;
        var da = facet(a.ref)[0], db = facet(b.ref)[0];
        var byDate = da < db ? 1 : da > db ? -1 : 0;
        if (sort === "oldest") byDate = -byDate;
        return byDate || byScore || a.ref - b.ref;
      };
    }

    /* A cursor over the hits of a query, best first: next(n) resolves to the next n
       confirmed hits ({ref, score, row, marks}); count() says how many there are
       ({found, atLeast, exact}). Only the docs shown and those tried before them
       are loaded. */
    function search(raw, filters, sort) {
      filters = filters || {};
      var parsed = parse(raw);
      var filtering = !!(filters.paper || filters.topic || filters.from || filters.to);
      var dated = sort === "newest" || sort === "oldest";
      var found;
      if (!parsed.words.length) {
        found = Promise.resolve(new Map());
        if (filtering) {
          found = found.then(function (docs) {
            for (var ref = 0; ref < manifest.count; ref++) docs.set(ref, { score: 0, proven: true });
            return docs;
          });
        }
      } else {
        found = Promise.all(parsed.alternatives.map(alternativeDocs)).then(function (all) {
          var docs = new Map();
          all.forEach(function (m) {
            m.forEach(function (d, ref) {
              var had = docs.get(ref);
              docs.set(ref, had ? { score: Math.max(had.score, d.score), proven: had.proven || d.proven } : d);
            });
          });
          return docs;
        });
      }
      return found.then(function (docs) {
        var refs = Array.from(docs.keys());
        return (filtering || dated ? loadFacets(refs) : Promise.resolve()).then(function () {
          var queue = refs.filter(function (ref) { return !filtering || keep(facet(ref), filters); })
            .map(function (ref) { return { ref: ref, score: docs.get(ref).score, proven: docs.get(ref).proven }; });
          queue.sort(order(sort, dated));
          return cursor(queue, parsed);
        });
      });
    }

    /* Candidates confirmed per call of next(n): at most TRIES × n, so that a query
       whose terms match far more articles than its phrase (initials, long phrases)
       shows what it has found and goes on when asked. */
    var TRIES = 6;

    function cursor(queue, parsed) {
      var at = 0, hits = 0;
      var provenLeft = queue.filter(function (c) { return c.proven; }).length;
      function next(n) {
        var out = [], budget = TRIES * n, batch = n;
        function step() {
          if (out.length >= n || at >= queue.length || budget <= 0) return Promise.resolve(out);
          var take = queue.slice(at, at + Math.min(Math.max(batch, n - out.length), budget));
          at += take.length;
          budget -= take.length;
          batch *= 2;
          return Promise.all(take.map(function (c) { return store.load(docFile(c.ref)); })).then(function (rows) {
            take.forEach(function (c, k) {
              var marks = parsed.words.length ? verify(rows[k], parsed) : [];
              if (c.proven) provenLeft--;
              if (marks) {
                hits++;
                out.push({ ref: c.ref, score: c.score, row: rows[k], marks: marks });
              }
            });
            return step();
          });
        }
        return step();
      }
      function count() {
        var left = queue.length - at;
        return { found: hits, atLeast: hits + provenLeft, exact: left === provenLeft, total: hits + left };
      }
      return { next: next, count: count, done: function () { return at >= queue.length; } };
    }

    return { parse: parse, search: search, manifest: manifest, textOf: textOf };
  }

  /* What to show for each code point of the normalised text: the printed character
     it came from (then "" for the rest of a longer normalisation), or the normalised
     text itself where it does not normalise character by character. */
  function printed(original, normalize, text) {
    var shown = [], joined = "";
    Array.from(original).forEach(function (c) {
      var n = normalize(c);
      joined += n;
      Array.from(n).forEach(function (_, k) { shown.push(k ? "" : c); });
    });
    return joined === text ? shown : Array.from(text);
  }

  /* A snippet of a hit's text: [{text, mark}] pieces starting at the first mark in
     the body (else at the body's start: the title is shown anyway), in the printed
     characters. */
  function snippet(hit, width, normalize) {
    var text = normalize(hit.row[8]), body = hit.row[7][0], bodyEnd = hit.row[7][1];
    var cps = Array.from(text);
    var shown = printed(hit.row[8], normalize, text);
    var offsets = [], o = 0;
    cps.forEach(function (c) { offsets.push(o); o += c.length; });
    var ranges = hit.marks.slice().sort(function (a, b) { return a[0] - b[0]; });
    var inBody = ranges.filter(function (r) { return r[0] >= body && r[0] < bodyEnd; });
    var from = inBody.length ? inBody[0][0] : body;  // a match in the title or byline: the body's start
    var first = 0;
    while (first < offsets.length && offsets[first] < from) first++;
    /* back to the start of the sentence when it is near */
    var start = first;
    for (var back = first - 1; back >= 0 && back >= first - 20; back--) {
      if ("。！？；\n!?;".indexOf(cps[back]) >= 0) { start = back + 1; break; }
      if (back === 0) start = 0;
    }
    var end = Math.min(cps.length, start + width);
    var pieces = [];
    if (start > 0 && cps[start - 1] !== "\n") pieces.push({ text: "…", mark: false });
    for (var n = start; n < end; n++) {
      var pos = offsets[n];
      var mark = ranges.some(function (r) { return pos >= r[0] && pos < r[1]; });
      var s = shown[n] === "\n" ? " " : shown[n];
      var last = pieces[pieces.length - 1];
      if (last && last.mark === mark && last.text !== "…") last.text += s;
      else pieces.push({ text: s, mark: mark });
    }
    if (end < cps.length) pieces.push({ text: "…", mark: false });
    return pieces;
  }

  var NUMERALS = "〇一二三四五六七八九十";
  function pageLabel(number) {
    if (!(number > 0)) return "版次不详";
    if (number <= 10) return "第" + NUMERALS[number] + "版";
    if (number < 20) return "第十" + NUMERALS[number - 10] + "版";
    return "第" + number + "版";
  }

  /* [year, month, day] of an ISO date (2024-09-09, or 20240909), or null when it is
     not a real calendar day (as Python's date.fromisoformat reads it). */
  function dateParts(date) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || "") || /^(\d{4})(\d{2})(\d{2})$/.exec(date || "");
    if (!m) return null;
    var y = +m[1], mo = +m[2], d = +m[3];
    if (y < 1 || mo < 1 || mo > 12 || d < 1) return null;
    var leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
    return d <= days ? [y, mo, d] : null;
  }

  /* The date as the other pages word it (generator/site/formats.py date_label):
     2024年9月9日, 2024年9月 or 2024年 as far as it is known, else 日期不详. */
  function dateLabel(date, precision) {
    var parts = dateParts(date);
    precision = precision || "day";
    if (!parts || precision === "unknown") return "日期不详";
    if (precision === "year") return parts[0] + "年";
    if (precision === "month") return parts[0] + "年" + parts[1] + "月";
    return parts[0] + "年" + parts[1] + "月" + parts[2] + "日";
  }

  /* The ISO date as far as it is known (formats.py date_iso): 2024-09-09, 2024-09, 2024 or "". */
  function dateIso(date, precision) {
    precision = precision || "day";
    if (!dateParts(date) || precision === "unknown") return "";
    if (precision === "year") return date.slice(0, 4);
    if (precision === "month") return date.slice(0, 7);
    return date;
  }

  var api = { createEngine: createEngine, snippet: snippet, pageLabel: pageLabel, dateLabel: dateLabel, dateIso: dateIso };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
    return;
  }
  api.scriptStore = scriptStore;  // the page's loader (bench/search_bench.py drives the engine with it)
  root.ArchiveSearch = api;

  /* ---- the search page ---- */

  var script = document.currentScript;
  var FIRST_PAGE = 10, MORE = 20;  // hits shown at once, and added by "more"
  var FILTERS = ["from", "to", "paper", "topic"];

  function scriptStore(base) {
    var data = root.ARCHIVE_SEARCH = root.ARCHIVE_SEARCH || {};
    var pending = {};
    return {
      manifest: data.manifest,
      get: function (name) { return data[name]; },
      load: function (name) {
        if (data[name]) return Promise.resolve(data[name]);
        if (!pending[name]) {
          pending[name] = new Promise(function (resolve, reject) {
            var tag = document.createElement("script");
            tag.src = new URL(name, base).href;
            tag.onload = function () { data[name] ? resolve(data[name]) : reject(new Error(name)); };
            tag.onerror = function () { delete pending[name]; reject(new Error(name)); };
            document.head.appendChild(tag);
          });
        }
        return pending[name];
      }
    };
  }

  function start() {
    var form = document.getElementById("search-form");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var more = document.getElementById("search-more");
    var header = document.getElementById("site-search-q");  // the search box of every page's header
    if (!form || !list || !status) return;
    if (header) header.value = (new URLSearchParams(location.search).get("q") || "").trim();
    var data = root.ARCHIVE_SEARCH || {};
    if (!data.manifest || !root.lunr || !root.ArchiveTokenizer) {
      status.textContent = "检索数据未能载入。";
      return;
    }
    var engine = createEngine(root.lunr, root.ArchiveTokenizer, scriptStore(script.src));
    var siteRoot = list.getAttribute("data-root") || "../";
    var run = 0, timer = null, current = null, busy = false;

    function fields() {
      var out = { q: form.elements.q.value.trim(), sort: form.elements.sort.value };
      FILTERS.forEach(function (name) { out[name] = form.elements[name].value; });
      return out;
    }

    function remember(f) {
      var params = new URLSearchParams();
      ["q"].concat(FILTERS).forEach(function (name) { if (f[name]) params.set(name, f[name]); });
      if (f.sort && f.sort !== "relevance") params.set("sort", f.sort);
      var query = params.toString();
      try {
        history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
      } catch (e) { /* some browsers refuse history changes on file:// */ }
    }

    /* One hit, laid out as the article lists of the other pages. Page text goes in
       through textContent only. */
    function item(hit) {
      var doc = hit.row;
      var precision = doc[6] || "day";
      var li = document.createElement("li");
      li.className = "card search-hit";
      var a = document.createElement("a");
      a.href = siteRoot + doc[0];
      a.textContent = doc[1] || "（无标题）";
      var h = document.createElement("h2");
      h.className = "headline";
      h.appendChild(a);
      li.appendChild(h);
      var meta = document.createElement("p");
      meta.className = "meta search-meta";
      meta.appendChild(document.createTextNode(engine.manifest.papers[doc[3]] + " "));
      var time = document.createElement("time");
      var iso = dateIso(doc[2], precision);
      if (iso) time.dateTime = iso;
      time.textContent = dateLabel(doc[2], precision);
      meta.appendChild(time);
      meta.appendChild(document.createTextNode(" · " + (doc[10] || pageLabel(doc[4]))));  // as the site names the page
      li.appendChild(meta);
      var p = document.createElement("p");
      p.className = "excerpt search-snippet";
      snippet(hit, 120, root.ArchiveTokenizer.normalize).forEach(function (piece) {
        if (piece.mark) {
          var m = document.createElement("mark");
          m.textContent = piece.text;
          p.appendChild(m);
        } else {
          p.appendChild(document.createTextNode(piece.text));
        }
      });
      li.appendChild(p);
      return li;
    }

    /* The count as far as it is known: exact, or "at least" while unconfirmed
       candidates remain. */
    function report(f, mine) {
      if (mine !== run) return;
      var c = current.count();
      list.setAttribute("data-count", String(list.children.length));
      list.setAttribute("data-at-least", String(c.atLeast));
      if (c.exact) list.setAttribute("data-total", String(c.atLeast));
      else list.removeAttribute("data-total");
      if (!f.q && !FILTERS.some(function (n) { return f[n]; })) status.textContent = "请输入检索词。";
      else if (c.exact && !c.atLeast) status.textContent = "没有找到符合条件的文章。";
      else if (c.exact) status.textContent = "找到 " + c.atLeast + " 篇文章。";
      else status.textContent = "至少找到 " + c.atLeast + " 篇文章。";
      if (more) more.hidden = current.done();
    }

    function show(n, f, mine) {
      busy = true;
      return current.next(n).then(function (hits) {
        if (mine !== run) return;
        hits.forEach(function (hit) { list.appendChild(item(hit)); });
        busy = false;
        report(f, mine);
      });
    }

    function go() {
      var f = fields();
      var mine = ++run;
      remember(f);
      if (header && header !== document.activeElement) header.value = f.q;
      ["data-count", "data-total", "data-at-least"].forEach(function (a) { list.removeAttribute(a); });
      list.setAttribute("data-query", f.q);
      status.textContent = "正在检索…";
      engine.search(f.q, f, f.sort).then(function (found) {
        if (mine !== run) return;
        current = found;
        list.textContent = "";
        return show(FIRST_PAGE, f, mine);
      }).catch(function () {
        if (mine !== run) return;
        busy = false;
        status.textContent = "检索数据未能载入。";
      });
    }

    function showMore() {
      if (!current || busy) return;
      list.removeAttribute("data-count");
      show(MORE, fields(), run).catch(function () { status.textContent = "检索数据未能载入。"; });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(go, 200);
    }

    var params = new URLSearchParams(location.search);
    ["q", "sort"].concat(FILTERS).forEach(function (name) {
      if (params.has(name) && form.elements[name]) form.elements[name].value = params.get(name);
    });
    // the filters stay folded on a narrow screen (results first) unless one is in use
    var box = document.getElementById("search-filters-box");
    if (box && (FILTERS.some(function (n) { return params.get(n); }) || (params.get("sort") || "relevance") !== "relevance" ||
                !root.matchMedia || root.matchMedia("(min-width: 45em)").matches)) box.open = true;
    form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); go(); });
    form.addEventListener("input", later);
    form.addEventListener("change", function () { clearTimeout(timer); go(); });
    if (more) more.addEventListener("click", showMore);
    go();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof self !== "undefined" ? self : this);
