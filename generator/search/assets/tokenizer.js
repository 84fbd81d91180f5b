/* The search tokenizer, query side: the same rules as generator/search/tokenizer.py
   (NFKC + lower case; runs of Han characters and runs of other letters and digits,
   each as single characters and overlapping bigrams; everything else separates),
   and the same term hash, which picks a term's shard. */
(function (root) {
  "use strict";
  var HAN_RANGES = [
    [0x3005, 0x3005], [0x3007, 0x3007], [0x3021, 0x3029], [0x3038, 0x303B],
    [0x3400, 0x4DBF], [0x4E00, 0x9FFF], [0xF900, 0xFAFF],
    [0x20000, 0x2A6DF], [0x2A700, 0x2EBEF], [0x2F800, 0x2FA1F], [0x30000, 0x323AF]
  ];
  var WORD_RE = /^[\p{L}\p{N}]$/u;
  var HAN = "h", WORD = "w", SEP = "s";

  function normalize(text) {
    return String(text).normalize("NFKC").toLowerCase();
  }

  function isHan(ch) {
    var cp = ch.codePointAt(0);
    for (var i = 0; i < HAN_RANGES.length; i++) {
      if (cp >= HAN_RANGES[i][0] && cp <= HAN_RANGES[i][1]) return true;
    }
    return false;
  }

  function kind(ch) {
    if (isHan(ch)) return HAN;
    return WORD_RE.test(ch) ? WORD : SEP;
  }

  /* [kind, run] pairs of already normalised text. */
  function runs(text) {
    var out = [], current = SEP, buf = "";
    for (var ch of text) {
      var k = kind(ch);
      if (k !== current) {
        if (current !== SEP) out.push([current, buf]);
        current = k;
        buf = "";
      }
      buf += ch;
    }
    if (current !== SEP) out.push([current, buf]);
    return out;
  }

  function runTokens(run) {
    var chars = Array.from(run), out = [];
    for (var i = 0; i < chars.length; i++) {
      out.push(chars[i]);
      if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
    }
    return out;
  }

  function tokenize(text) {
    var out = [];
    runs(normalize(text)).forEach(function (r) { out.push.apply(out, runTokens(r[1])); });
    return out;
  }

  /* 32-bit FNV-1a over the UTF-16 code units of a term. */
  function termHash(term) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  }

  var api = { normalize: normalize, runs: runs, runTokens: runTokens, tokenize: tokenize, termHash: termHash, HAN: HAN, WORD: WORD };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.ArchiveTokenizer = api;
})(typeof self !== "undefined" ? self : this);
