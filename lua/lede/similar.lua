-- lede.similar: documents that resemble each other. corpus:similar ranks
-- the documents most like one document by TF-IDF cosine; corpus:duplicates
-- finds groups of near-duplicates with MinHash and LSH, never comparing
-- all pairs. Both stream the bodies through C userdata
-- (src/bind/lsimilar.c), so memory grows with the vocabulary and the
-- number of documents, not with their text.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

-- The lede module, where the C primitives live: required on use, because
-- this module is loaded while lede itself is being opened.
local function kernels() return require("lede") end

local check = require("lede.check")
local docset = require("lede.docset")
local rowset = require("lede.rowset")
local phrase = require("lede.search")._phrase

-- The TF-IDF stream of the whole corpus, kept while the corpus does not
-- change; its document frequencies come from the kept corpus word counts.
local stream_cache = setmetatable({}, {__mode = "k"})

-- The TF-IDF stream with document frequencies over ids (all when nil).
local function tfidf_for(corpus, ids)
  if ids then
    local stream = kernels()._tfidf()
    for doc in docset.bodies(corpus, ids, "similar: weights") do stream:_add_df(doc.body) end
    return stream
  end
  local state = docset.state(corpus)
  local cached = stream_cache[corpus]
  if cached and cached.state == state then return cached.stream end
  local stream = kernels()._tfidf()
  stream:_df_from(require("lede.stats").corpus_counts(corpus, "lower"))
  stream_cache[corpus] = {state = state, stream = stream}
  return stream
end

-- How many of the query's heaviest words find the candidates.
local QUERY_TERMS = 30

-- The ids of the documents most likely to be similar: the best BM25
-- matches of an OR of the query's heaviest words (as FTS5 phrases, so
-- "u.s." and "cease-fire" stay whole).
local function candidates(corpus, terms, n)
  local parts = {}
  for _, t in ipairs(terms) do
    local p = phrase(t)
    if p then parts[#parts + 1] = p end
  end
  if #parts == 0 then return {} end
  local ids = {}
  for _, r in corpus:sql("SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ?"
      .. " ORDER BY bm25(documents_fts) LIMIT ?", table.concat(parts, " OR "), n + 1):rows() do -- + 1: the document itself
    ids[#ids + 1] = r.id
  end
  return ids
end

local function round(x, digits)
  local m = 10 ^ digits
  return math.floor(x * m + 0.5) / m
end

--- corpus:similar(doc, k?, opts?) -> rowset | nil, message
--- The k documents (default 10) most similar to doc (an id or a Doc) by
--- the cosine of their TF-IDF vectors: w(t, d) = (1 + ln tf) * (ln((1 +
--- N) / (1 + df)) + 1) over lower-cased body words without stop words, each
--- vector scaled to unit length (tfidf.h's weights). Rows: id, outlet,
--- title, score (cosine, 0..1), best first. Document frequencies come
--- from the kept corpus word counts (see freq). In a corpus of more than
--- opts.candidates (1000) documents only that many are scored: the best
--- BM25 matches of an OR of doc's 30 heaviest words (a document sharing
--- none of them scores near 0); opts.exact = true scores every document
--- instead. opts.docs
--- limits the candidates (and the document frequencies) to a selection.
--- A missing doc returns nil and a message.
--- Example: corpus:similar(1, 3)
function Corpus.similar(corpus, doc, k, opts)
  if type(doc) == "table" and math.type(doc.id) == "integer" then doc = doc.id end
  check.arg(math.type(doc) == "integer", 1, "similar", "document id expected, got " .. (math.type(doc) or type(doc)))
  check.arg(k == nil or (math.type(k) == "integer" and k > 0), 2, "similar",
    "positive integer expected, got " .. tostring(k))
  opts = check.opts(opts, 3, "similar")
  local ids = docset.ids(opts.docs, 3, "similar")
  local query
  for d in docset.bodies(corpus, {doc}) do query = d end
  if not query then return nil, ("similar: no document %d"):format(doc) end
  local exact = check.opt(opts, "exact", "boolean", false, 3, "similar")
  local n_cand = check.opt(opts, "candidates", "count", 1000, 3, "similar")
  local stream = tfidf_for(corpus, ids)
  local terms = stream:_query(query.body, QUERY_TERMS)
  local scope = ids
  if not ids and not exact and #corpus > n_cand then scope = candidates(corpus, terms, n_cand) end
  local hits = {}
  for d in docset.bodies(corpus, scope, "similar") do
    if d.id ~= doc then
      local score = stream:_score(d.body)
      if score > 0 then hits[#hits + 1] = {id = d.id, outlet = d.outlet, title = d.title, score = score} end
    end
  end
  table.sort(hits, function(a, b)
    if a.score ~= b.score then return a.score > b.score end
    return a.id < b.id
  end)
  local rows = table.move(hits, 1, math.min(k or 10, #hits), 1, {})
  for _, r in ipairs(rows) do r.score = round(r.score, 4) end
  return rowset.new(rows, {"id", "outlet", "title", "score"})
end

--- corpus:duplicates(opts?) -> rowset
--- Groups of near-duplicate documents: each body's MinHash signature (128
--- bins, one-permutation hashing; shingles of opts.shingle = 5 words) and
--- LSH banding tuned to the threshold find candidate pairs without
--- comparing all pairs; pairs whose estimated Jaccard similarity of their
--- shingle sets reaches opts.threshold (default 0.8) are grouped
--- (transitively). Rows: group, id, outlet, title, estimated (Jaccard from
--- the signatures) and exact (from the shingle sets), both against the
--- group's first document. opts.docs limits it to a selection.
--- Example: corpus:duplicates{threshold = 0.9}
function Corpus.duplicates(corpus, opts)
  opts = check.opts(opts, 1, "duplicates")
  local threshold = check.opt(opts, "threshold", "fraction", 0.8, 1, "duplicates")
  check.arg(threshold > 0, 1, "duplicates", "opts.threshold: number in (0, 1] expected, got 0")
  local shingle = check.opt(opts, "shingle", "count", 5, 1, "duplicates")
  check.arg(shingle <= 16, 1, "duplicates", "opts.shingle: 1..16 expected, got " .. shingle)
  local ids = docset.ids(opts.docs, 1, "duplicates")
  local set = kernels()._minhash(shingle)
  for d in docset.bodies(corpus, ids, "duplicates") do set:_add(d.id, d.body) end
  local rows = {}
  for g, group in ipairs(set:_groups(threshold)) do
    local docs = {}
    for d in docset.bodies(corpus, group.ids) do docs[d.id] = d end
    local first = docs[group.ids[1]]
    for i, id in ipairs(group.ids) do
      local d = docs[id]
      rows[#rows + 1] = {group = g, id = id, outlet = d.outlet, title = d.title,
        estimated = round(group.estimated[i], 3),
        exact = round(kernels()._jaccard(first.body, d.body, shingle), 3)}
    end
  end
  return rowset.new(rows, {"group", "id", "outlet", "title", "estimated", "exact"})
end

return M
