-- lede.summary: corpus:summarize, an extractive multi-document summary.
-- The body sentences of the chosen documents go to the LexRank + MMR kernel
-- (src/core/summarize.h through lede._summarize); this module picks the
-- sentences out of the store and presents the chosen ones in reading order.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

local check = require("lede.check")
local docset = require("lede.docset")
local rowset = require("lede.rowset")
local outlet = require("lede.search").outlet

-- Whether t looks like an options table rather than a list of ids.
local function is_opts(t)
  return type(t) == "table" and not rowset.is_rowset(t) and t[1] == nil and next(t) ~= nil
end

--- corpus:summarize(docs?, opts?) -> rowset
--- An extractive summary of the body sentences of docs (ids, a row set
--- with an id column; all documents when nil): continuous LexRank
--- centrality (Erkan & Radev 2004: a graph of sentences joined by the
--- TF-IDF cosine of their content words, stemmed; edges below 0.1 dropped;
--- PageRank with damping 0.85: c = (1 - d) / n + d * sum_j w_ij / sum_k w_jk * c_j),
--- and MMR selection (Carbonell & Goldstein 1998: take the sentence
--- maximising lambda * centrality - (1 - lambda) * max cosine to the
--- sentences taken, never one closer than max_similarity), so a point made
--- by several outlets is told once. Rows: id, outlet, seq, sentence, in
--- reading order. opts: sentences (default 5), words (a word budget
--- instead), method ("mmr", "lexrank" or "lead": every document's first
--- sentence, then the second, ...), lambda (0.6), max_similarity (0.6),
--- stem (true). The sentence graph can grow with the square of the
--- sentences: summarize a story (a cluster, a search result), not a
--- whole large corpus.
--- Example: corpus:summarize(nil, {sentences = 3})
function Corpus.summarize(corpus, docs, opts)
  if opts == nil and is_opts(docs) then docs, opts = nil, docs end
  local ids = docset.ids(docs, 1, "summarize")
  opts = check.opts(opts, 2, "summarize")
  local kopts = {
    method = check.opt(opts, "method", {"mmr", "lexrank", "lead"}, "mmr", 2, "summarize"),
    sentences = check.opt(opts, "sentences", "integer", opts.words and 0 or 5, 2, "summarize"),
    words = check.opt(opts, "words", "integer", 0, 2, "summarize"),
    lambda = check.opt(opts, "lambda", "fraction", nil, 2, "summarize"),
    max_similarity = check.opt(opts, "max_similarity", "fraction", nil, 2, "summarize"),
    stem = check.opt(opts, "stem", "boolean", nil, 2, "summarize"),
  }
  check.arg(kopts.sentences > 0 or kopts.words > 0, 2, "summarize",
    "opts.sentences or opts.words must be positive")
  local sql = "SELECT s.doc_id, s.seq, s.text, d.source, d.path FROM sentence_texts s"
    .. " JOIN documents d ON d.id = s.doc_id"
  local rows
  if ids then
    rows = corpus:sql(sql .. " WHERE s.doc_id IN (SELECT value FROM json_each(?))"
      .. " ORDER BY s.doc_id, s.seq", require("lede").json_encode(ids))
  else
    rows = corpus:sql(sql .. " ORDER BY s.doc_id, s.seq")
  end
  local texts, keys, meta = {}, {}, {}
  for i, r in rows:rows() do
    texts[i], keys[i], meta[i] = r.text, r.doc_id, r
  end
  local out = {}
  for i, k in ipairs(require("lede")._summarize(texts, keys, kopts)) do
    local r = meta[k]
    out[i] = {id = r.doc_id, outlet = outlet(r.source, r.path), seq = r.seq, sentence = r.text}
  end
  return rowset.new(out, {"id", "outlet", "seq", "sentence"})
end

return M
