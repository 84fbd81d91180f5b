/* The archive search: query parsing, lunr candidates, exact verification, results page.

   A query is cut into terms: "quoted phrases" (spaces kept) and space-separated words.
   Every term must occur in an article's normalised text (NFKC + lower case, the same
   text the index was built from). lunr narrows the candidates (every bigram of a Han
   run, a lone Han character as a prefix of the terms, and every Latin/digit run of
   every term are required terms); the stored text then confirms each candidate, so
   the list holds exactly the articles containing the terms. The lunr index comes in
   term shards (terms-K.js): a query loads only the shards of its own terms. A query of Latin letters
   only is also read as pinyin (full, spaced or initials) against the words' pinyin
   listed at build time.

   Data files (see generator/search/index.py) assign into window.ARCHIVE_SEARCH and
   are loaded through <script> tags, which works from file:// as well as over HTTP. */
(function (root) {
  "use strict";

  /* The index fields: title, kicker/subtitle/subheads, body, authors. */
  var TEXT_FIELDS = ["t", "h", "b", "a"];
  var MAX_TERM_SHARDS = 3;  // term shards loaded for one query

  /* ---- the engine: no DOM, also run by the tests under node ---- */

  function createEngine(lunr, T, store) {
    var manifest = store.manifest;
    var ready = null, pinyinReady = null;
    var docs = null, pinyinTokens = null, syllables = null, pinyinTerms = null;
    var termIndexes = {};  // term shard file -> lunr.Index

    function init() {
      if (!ready) {
        ready = store.load(manifest.index).then(function (data) {
          docs = data.docs;
        });
      }
      return ready;
    }

    /* The term shard holding a term: 0 for terms not starting with a Han character,
       else by the first character's code point (as generator/search/index.py). */
    function termShard(term, han) {
      var n = manifest.terms.length;
      return manifest.terms[han && n > 1 ? 1 + term.codePointAt(0) % (n - 1) : 0];
    }

    /* A term shard is lunr 2.3.9's serialised index with the empty field postings
       of each term left out: put an empty {} back under every field a term lacks,
       as lunr.Index.load and the queries expect. */
    function restorePostings(serialised) {
      var fields = serialised.fields;
      serialised.invertedIndex.forEach(function (entry) {
        var posting = entry[1];
        for (var i = 0; i < fields.length; i++) {
          if (!Object.prototype.hasOwnProperty.call(posting, fields[i])) posting[fields[i]] = {};
        }
      });
      return serialised;
    }

    function loadTerms(names) {
      return Promise.all(names.map(function (name) {
        return store.load(name).then(function (data) {
          if (!termIndexes[name]) termIndexes[name] = lunr.Index.load(restorePostings(data.lunr));
        });
      }));
    }

    /* The pinyin table is loaded for the first Latin-only query. */
    function initPinyin() {
      if (!pinyinReady) {
        pinyinReady = store.load(manifest.pinyin).then(function (data) {
          pinyinTokens = data.tokens;
          syllables = new Set(data.syllables.split(" "));
          pinyinTerms = Object.keys(pinyinTokens).sort();
        });
      }
      return pinyinReady;
    }

    /* Terms and the pinyin reading of a raw query. */
    function parse(raw) {
      var q = T.normalize(raw || "");
      var terms = [];
      var quoted = false;
      var rest = q.replace(/["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?/g, function (_, phrase) {
        quoted = true;
        if (phrase.trim()) terms.push(phrase.trim());
        return " ";
      });
      rest.split(/\s+/).forEach(function (w) { if (w) terms.push(w); });
      var pinyin = null;
      if (!quoted && /^[a-z'\s]+$/.test(q) && q.trim()) pinyin = q.replace(/[\s']+/g, "");
      return { terms: terms, pinyin: pinyin };
    }

    /* Can s be cut into at least `min` pinyin syllables? */
    function syllableCount(s) {
      var best = [0];
      for (var i = 1; i <= s.length; i++) {
        best[i] = -1;
        for (var j = Math.max(0, i - 6); j < i; j++) {
          if (best[j] >= 0 && syllables.has(s.slice(j, i))) best[i] = Math.max(best[i], best[j] + 1);
        }
      }
      return best[s.length];
    }

    /* Resolves to [{ref, score}] of the docs holding every indexed term of the query
       terms, or null when nothing in them is indexable (every doc is a candidate). */
    function textCandidates(terms) {
      var byShard = new Map();  // term shard -> [[term, wildcard], …]
      function add(term, wildcard, han) {
        var shard = termShard(term, han);
        if (!byShard.has(shard)) byShard.set(shard, []);
        byShard.get(shard).push([term, wildcard]);
      }
      terms.forEach(function (term) {
        T.runs(term).forEach(function (run) {
          if (run[0] === T.HAN) {  // the index holds bigrams, and each run's last character
            var chars = Array.from(run[1]);
            if (chars.length === 1) add(chars[0], lunr.Query.wildcard.TRAILING, true);
            for (var i = 0; i + 1 < chars.length; i++) add(chars[i] + chars[i + 1], lunr.Query.wildcard.NONE, true);
          } else {  // a Latin or digit run may sit inside a longer run of the text
            add(run[1], lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING, false);
          }
        });
      });
      if (!byShard.size) return Promise.resolve(null);
      /* A long phrase spreads over many shards: query the few holding most of its
         terms. The candidates are then a wider set, which the verification narrows. */
      var names = Array.from(byShard.keys()).sort(function (a, b) {
        return byShard.get(b).length - byShard.get(a).length;
      }).slice(0, MAX_TERM_SHARDS);
      return loadTerms(names).then(function () {
        var scores = null;  // docs matching every shard so far, scores added up
        names.forEach(function (name) {
          var found = termIndexes[name].query(function (query) {
            byShard.get(name).forEach(function (c) {
              query.term(c[0], { fields: TEXT_FIELDS, presence: lunr.Query.presence.REQUIRED, usePipeline: false, wildcard: c[1] });
            });
          });
          var next = new Map();
          found.forEach(function (r) {
            if (scores === null) next.set(r.ref, r.score);
            else if (scores.has(r.ref)) next.set(r.ref, scores.get(r.ref) + r.score);
          });
          scores = next;
        });
        return Array.from(scores, function (e) { return { ref: e[0], score: e[1] }; });
      });
    }

    /* Pinyin terms of the index spelt by `spelling`: the whole term, or (two syllables
       and more) its start, ending where a syllable ends. */
    function pinyinMatches(spelling) {
      if (syllableCount(spelling) < 2) return Object.prototype.hasOwnProperty.call(pinyinTokens, spelling) ? [spelling] : [];
      return pinyinTerms.filter(function (term) {
        if (term.lastIndexOf(spelling, 0) !== 0) return false;
        return term.length === spelling.length || syllableCount(term.slice(spelling.length)) > 0;
      });
    }

    /* [{ref, score}] of the docs holding a pinyin term spelt by `spelling`; a doc
       scores the idf of each such term it holds, as lunr would weigh it. */
    function pinyinHits(spelling) {
      var scores = new Map();
      pinyinMatches(spelling).forEach(function (term) {
        var gaps = pinyinTokens[term];
        var idf = Math.log(1 + Math.abs((manifest.count - gaps.length + 0.5) / (gaps.length + 0.5)));
        for (var k = 0, ref = 0; k < gaps.length; k++) {
          ref += gaps[k];
          scores.set(ref, (scores.get(ref) || 0) + idf);
        }
      });
      return Array.from(scores, function (e) { return { ref: e[0], score: e[1] }; });
    }

    function shardOf(ref) { return Math.floor(ref / manifest.shard_size); }

    function textOf(ref) {
      var shard = store.get(manifest.shards[shardOf(ref)]);
      return shard[ref % manifest.shard_size];
    }

    function keep(doc, filters) {
      if (filters.paper && manifest.papers[doc[3]] !== filters.paper) return false;
      if (filters.topic && doc[5].map(function (t) { return manifest.topics[t]; }).indexOf(filters.topic) < 0) return false;
      if ((filters.from || filters.to) && !doc[2]) return false;
      if (filters.from && doc[2] < filters.from) return false;
      if (filters.to && doc[2] > filters.to) return false;
      return true;
    }

    function compare(sort) {
      return function (a, b) {
        var da = docs[a.ref][2], db = docs[b.ref][2];
        var byDate = da < db ? 1 : da > db ? -1 : 0;
        if (sort === "oldest") byDate = -byDate;
        var byScore = b.score - a.score;
        if (sort === "newest" || sort === "oldest") return byDate || byScore || a.ref - b.ref;
        return byScore || byDate || a.ref - b.ref;
      };
    }

    /* Resolves to {hits: [{ref, score, doc, text, display}], terms, pinyin}. */
    function search(raw, filters, sort) {
      filters = filters || {};
      var parsed = parse(raw);
      var filtering = !!(filters.paper || filters.topic || filters.from || filters.to);
      return init().then(function () {
        return parsed.pinyin ? initPinyin() : null;
      }).then(function () {
        return parsed.terms.length ? textCandidates(parsed.terms) : null;
      }).then(function (found) {
        var scores = new Map();
        var verify = new Set();
        if (!parsed.terms.length && !filtering) return { hits: [], terms: [], pinyin: null };
        if (found === null) {
          docs.forEach(function (_, ref) { scores.set(ref, 0); verify.add(ref); });
        } else {
          found.forEach(function (r) { scores.set(+r.ref, r.score); verify.add(+r.ref); });
        }
        if (parsed.pinyin) {
          pinyinHits(parsed.pinyin).forEach(function (r) {
            var ref = +r.ref;
            scores.set(ref, Math.max(scores.get(ref) || 0, r.score));
            verify.delete(ref);  // a word match: no substring to confirm
          });
        }
        var refs = Array.from(scores.keys()).filter(function (ref) { return keep(docs[ref], filters); });
        var shards = new Set();
        refs.forEach(function (ref) { shards.add(manifest.shards[shardOf(ref)]); });
        return Promise.all(Array.from(shards).map(store.load)).then(function () {
          var hits = refs.filter(function (ref) {
            if (!verify.has(ref)) return true;
            var text = textOf(ref)[0];
            return parsed.terms.every(function (term) { return text.indexOf(term) >= 0; });
          }).map(function (ref) {
            var stored = textOf(ref);
            return { ref: ref, score: scores.get(ref), doc: docs[ref], text: stored[0], display: stored[1] };
          });
          hits.sort(compare(sort));
          return { hits: hits, terms: parsed.terms, pinyin: parsed.pinyin };
        });
      });
    }

    return { init: init, parse: parse, search: search, manifest: manifest };
  }

  /* A snippet of a hit's text: [{text, mark}] pieces around the first match,
     in the original characters where the display map allows. */
  function snippet(hit, terms, width) {
    var text = hit.text;
    var cps = Array.from(text);
    var shown = cps.slice();
    var x = hit.display;
    if (x) {
      for (var k = 0, i = 0; k < x.length; k += 3) {
        i += x[k];
        shown[i] = x[k + 2];
        for (var j = 1; j < x[k + 1]; j++) shown[i + j] = "";
        i += x[k + 1];
      }
    }
    var offsets = [], o = 0;
    cps.forEach(function (c) { offsets.push(o); o += c.length; });
    var ranges = [];
    terms.forEach(function (term) {
      for (var at = text.indexOf(term); at >= 0 && term; at = text.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var first = 0;
    if (ranges.length) {
      while (first < offsets.length && offsets[first] < ranges[0][0]) first++;
    } else {
      first = cps.indexOf("\n") + 1;  // no phrase to show (a pinyin match): the text after the title
    }
    var start = ranges.length ? Math.max(0, first - Math.floor(width / 4)) : first;
    var end = Math.min(cps.length, start + width);
    var pieces = [];
    if (start > 0) pieces.push({ text: "…", mark: false });
    for (var n = start; n < end; n++) {
      var at = offsets[n];
      var mark = ranges.some(function (r) { return at >= r[0] && at < r[1]; });
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
  root.ArchiveSearch = api;

  /* ---- the search page ---- */

  var script = document.currentScript;
  var PAGE_SIZE = 200;
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
    var run = 0, timer = null, shown = [], terms = [];

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
      var doc = hit.doc;
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
      meta.appendChild(document.createTextNode(" · " + pageLabel(doc[4])));
      li.appendChild(meta);
      var p = document.createElement("p");
      p.className = "excerpt search-snippet";
      snippet(hit, terms, 120).forEach(function (piece) {
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

    function showMore() {
      var from = list.children.length;
      shown.slice(from, from + PAGE_SIZE).forEach(function (hit) { list.appendChild(item(hit)); });
      if (more) more.hidden = list.children.length >= shown.length;
    }

    function go() {
      var f = fields();
      var mine = ++run;
      remember(f);
      if (header && header !== document.activeElement) header.value = f.q;
      list.removeAttribute("data-count");
      list.setAttribute("data-query", f.q);
      status.textContent = "正在检索…";
      engine.search(f.q, f, f.sort).then(function (result) {
        if (mine !== run) return;
        shown = result.hits;
        terms = result.terms;
        list.textContent = "";
        showMore();
        list.setAttribute("data-count", String(shown.length));
        if (!f.q && !FILTERS.some(function (n) { return f[n]; })) status.textContent = "请输入检索词。";
        else if (shown.length) status.textContent = "找到 " + shown.length + " 篇文章。";
        else status.textContent = "没有找到符合条件的文章。";
      }).catch(function () {
        if (mine !== run) return;
        status.textContent = "检索数据未能载入。";
      });
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
