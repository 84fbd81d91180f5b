/* Runs the browser search engine (generator/search/assets/search.js) under node
   against a built site: node run_engine.js SITE_DIR < queries.json > results.json
   queries.json: [[query, filters, sort, first], …]; results per query: every hit's
   url, snippet and marked strings, best first, the files loaded for it, and the count as known after
   the first `first` hits (all of them when `first` is not given). */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const site = process.argv[2];
const searchDir = path.join(site, "search");
const lunr = require(path.join(searchDir, "vendor", "lunr.min.js"));
const T = require(path.join(searchDir, "tokenizer.js"));
const engineApi = require(path.join(searchDir, "search.js"));

const sandbox = { window: {} };
vm.createContext(sandbox);
function run(name) {
  vm.runInContext(fs.readFileSync(path.join(searchDir, name), "utf8"), sandbox, { filename: name });
}
run("manifest.js");
const data = sandbox.window.ARCHIVE_SEARCH;
let loaded = [];
const store = {
  manifest: data.manifest,
  get: (name) => data[name],
  load: (name) => {
    if (!data[name]) { run(name); loaded.push(name); }
    return Promise.resolve(data[name]);
  },
};
const engine = engineApi.createEngine(lunr, T, store);
const queries = JSON.parse(fs.readFileSync(0, "utf8"));
(async () => {
  const out = [];
  for (const [q, filters, sort, first] of queries) {
    loaded = [];
    const cursor = await engine.search(q, filters || {}, sort || "relevance");
    const hits = await cursor.next(first || Infinity);
    const count = cursor.count();
    const firstLoaded = loaded.slice();
    while (!cursor.done()) hits.push(...(await cursor.next(100)));
    out.push({ urls: hits.map((h) => h.row[0]), snippets: hits.map((h) => engineApi.snippet(h, 120, T.normalize)),
               marked: hits.map((h) => h.marks.map(([a, b]) => engine.textOf(h.row).slice(a, b))),
               loaded: firstLoaded, count: count, final: cursor.count() });
  }
  process.stdout.write(JSON.stringify({ results: out }));
})().catch((e) => { console.error(e); process.exit(1); });
