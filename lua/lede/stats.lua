-- lede.stats: word statistics over the body text of the corpus —
-- frequencies, n-grams, collocations and keyness. Documents stream one at
-- a time from the store into counting userdata written in C
-- (src/bind/lstats.c); this module reads options, groups by document or
-- source, and presents the rows, each able to :explain() its arithmetic.

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

local FORMS = {"word", "lower", "stem"}

-- Rounds x to 4 significant digits for display (the cells keep the exact counts).
local function round4(x)
  if x ~= x or x == math.huge or x == -math.huge then return x end
  return tonumber(("%.4g"):format(x)) + 0.0
end

-- Reads the options shared by the counting methods: by, stopwords, docs.
local function read_common(opts, n, fname)
  return {
    by = check.opt(opts, "by", FORMS, "lower", n, fname),
    drop = check.opt(opts, "stopwords", "boolean", true, n, fname) == false,
    ids = docset.ids(opts.docs, n, fname),
  }
end

-- Word counts of the whole corpus, one Counter per word form (stop words
-- kept), learned in one pass and kept until the corpus changes: corpus:freq
-- reads them, collocations take f(y) and N from them.
local unigram_cache = setmetatable({}, {__mode = "k"})

--- stats.corpus_counts(corpus, by) -> counter
--- The word counts of the whole corpus for one word form (by = "word",
--- "lower" or "stem"; stop words kept): a private C counter, learned in
--- one pass over the bodies and kept until the corpus changes. freq,
--- collocations, keyness and similar share it.
function M.corpus_counts(corpus, by)
  local state = docset.state(corpus)
  local entry = unigram_cache[corpus]
  if not entry or entry.state ~= state then
    entry = {state = state}
    unigram_cache[corpus] = entry
  end
  if not entry[by] then
    local counter = kernels()._counter(1, by, false)
    for doc in docset.bodies(corpus, nil, "counting words") do counter:_add(doc.body, 0) end
    entry[by] = counter
  end
  return entry[by]
end

-- The lazy rows of one document at a time (opts.per = "doc").
local function per_doc_rows(corpus, counter, common, limit, min_count, column)
  local docs = docset.bodies(corpus, common.ids)
  local pending, at = {}, 1
  return rowset.from_iterator({"id", "outlet", column, "count"}, function()
    while at > #pending do
      local doc = docs()
      if doc == nil then return nil end
      counter:_clear()
      counter:_add(doc.body, 0)
      pending, at = counter:_top(limit, min_count, common.drop), 1
      for _, r in ipairs(pending) do r.id, r.outlet, r[column], r.term = doc.id, doc.outlet, r.term, nil end
    end
    at = at + 1
    return pending[at - 1]
  end)
end

-- Counts n-grams of n words over the documents, whole or per source.
local function count_ngrams(corpus, n, opts, fname)
  local argn = fname == "freq" and 1 or 2
  opts = check.opts(opts, argn, fname)
  local common = read_common(opts, argn, fname)
  local per = check.opt(opts, "per", {"doc", "source"}, nil, argn, fname)
  local limit = check.opt(opts, "limit", "integer", 100, argn, fname)
  local min_count = check.opt(opts, "min_count", "count", 1, argn, fname)
  local column = fname == "freq" and "term" or "ngram"
  local function fresh_counter() return kernels()._counter(n, common.by, common.drop) end
  if per == "doc" then return per_doc_rows(corpus, fresh_counter(), common, limit, min_count, column) end
  local groups, names = {}, {}
  local counter
  if n == 1 and per == nil and common.ids == nil then
    counter = M.corpus_counts(corpus, common.by) -- kept: no counter of our own
  else
    counter = fresh_counter()
    for doc in docset.bodies(corpus, common.ids, n == 1 and "freq" or "ngrams") do
      local g = 0
      if per == "source" then
        g = groups[doc.outlet]
        if g == nil then g = #names names[g + 1] = doc.outlet groups[doc.outlet] = g end
      end
      counter:_add(doc.body, g)
    end
  end
  local rows = counter:_top(limit, min_count, common.drop)
  for _, r in ipairs(rows) do
    r[column], r.term = r.term, nil
    local total = counter:_total(r.group)
    r.per_million = total > 0 and math.floor(r.count * 1e7 / total + 0.5) / 10 or 0.0
    if per == "source" then r.outlet = names[r.group + 1] end
    r.group = nil
  end
  local rs = rowset.new(rows, per == "source" and {"outlet", column, "count", "docs", "per_million"}
    or {column, "count", "docs", "per_million"})
  rs.error_bound = counter:_error_bound()
  return rs
end

--- corpus:freq(opts?) -> rowset
--- Word frequencies in the body text, most frequent first. Rows: term,
--- count, docs (documents containing it), per_million (per million
--- words, stop words included). Words are the tokenizer's ("U.S.",
--- "cease-fire"; "'s" split off); numbers count, punctuation does not.
--- opts: by = "lower" (default), "word" (as written) or "stem" (Snowball
--- English);
--- stopwords = false drops a list of ~130 English function words; per =
--- "doc" (rows id, outlet, term, count; lazy) or "source" (rows per
--- outlet); limit (rows, per document or source with per; default 100);
--- min_count; docs (ids or a row set: count only those). Counts are exact
--- unless the table outgrows 4M entries: then the rarest are dropped and
--- rs.error_bound says by how much a count may be low. The counts of the
--- whole corpus are kept until it changes, so a second call is instant.
--- Example: corpus:freq{stopwords = false, limit = 20}
function Corpus.freq(corpus, opts)
  return count_ngrams(corpus, 1, opts, "freq")
end

--- corpus:ngrams(n, opts?) -> rowset
--- The most frequent sequences of n words (n from 1 to 5) in the body
--- text. An n-gram never spans punctuation or a line break; with
--- stopwords = false an n-gram holding a stop word is not counted. Rows:
--- ngram, count, docs, per_million; opts as for corpus:freq (by,
--- stopwords, per, limit, min_count, docs).
--- Example: corpus:ngrams(2, {stopwords = false, limit = 10})
function Corpus.ngrams(corpus, n, opts)
  check.arg(math.type(n) == "integer" and n >= 1 and n <= 5, 1, "ngrams",
    "integer 1..5 expected, got " .. tostring(n))
  return count_ngrams(corpus, n, opts, "ngrams")
end

-- ---- collocations -----------------------------------------------------------

local Collocation = {}
Collocation.__index = Collocation
M.Collocation = Collocation -- rows of corpus:collocations; documented as collocation:name

local MEASURE_TEXT = {
  llr = "G2 = 2 * sum_ij Oij * ln(Oij / Eij), Eij = Ri * Cj / N",
  pmi = "PMI = log2(O11 / E11)",
  t = "t = (O11 - E11) / sqrt(O11)",
  dice = "Dice = 2 * O11 / (R1 + C1)",
}

-- Draws a 2x2 table with its margins.
local function draw_table(head, rows)
  local lines = {}
  local fmt = "%-22s %14s %14s %14s"
  lines[1] = fmt:format(table.unpack(head))
  for _, r in ipairs(rows) do lines[#lines + 1] = fmt:format(table.unpack(r)) end
  return table.concat(lines, "\n")
end

local function g(x) return ("%.10g"):format(x) end

--- collocation:explain() -> string
--- The 2x2 contingency table of one collocation row (Evert 2008's surface
--- co-occurrence: O11 = the collocate's occurrences inside the node's
--- windows, R1 = the window positions, C1 = the collocate's frequency, N =
--- the words of the corpus), the expected count E11 = R1 * C1 / N, and the
--- measure's formula with the numbers put in.
--- Example: corpus:collocations("war")[1]:explain()
function Collocation.explain(row)
  local r1, c1, n = row.o11 + row.o12, row.o11 + row.o21, row.n
  local out = {
    ("%q within %d words of %q (%d occurrences): %s = %s"):format(row.collocate,
      row.window, row.node, row.node_freq, row.measure, g(row.score)),
    "",
    draw_table({"", row.collocate, "other words", "total"}, {
      {"in the node's windows", g(row.o11), g(row.o12), "R1 = " .. g(r1)},
      {"elsewhere", g(row.o21), g(row.o22), "R2 = " .. g(n - r1)},
      {"total", "C1 = " .. g(c1), "C2 = " .. g(n - c1), "N = " .. g(n)},
    }),
    "",
    ("E11 = R1 * C1 / N = %s * %s / %s = %s"):format(g(r1), g(c1), g(n), g(row.e11)),
    MEASURE_TEXT[row.measure] .. " = " .. g(row.score),
  }
  return table.concat(out, "\n")
end

--- corpus:collocations(term, opts?) -> rowset
--- The words that keep company with term (one word) within a window of
--- opts.window words either side (default 5; opts.left / opts.right set
--- each side), inside a sentence, scored by opts.measure: "llr" (default;
--- Dunning's log-likelihood G2 = 2 * sum_ij Oij * ln(Oij / Eij)), "pmi"
--- (log2(O11 / E11)), "t" ((O11 - E11) / sqrt(O11)) or "dice" (2 * O11 /
--- (R1 + C1)), over the 2x2 table of in-window against elsewhere with
--- O11 = the collocate in the node's windows, R1 = window positions, C1 =
--- the collocate's corpus frequency, N = words in the corpus, and
--- Eij = Ri * Cj / N. Rows: collocate, together (O11), freq (C1), score;
--- row:explain() shows the table. opts: min_freq (least O11, default 2),
--- limit (default 50), by, stopwords (false: stop words are no
--- collocates; they still take window positions), docs. Only documents
--- holding term are read (found through the search index); the corpus
--- word counts behind C1 and N are learned once and reused, as by freq.
--- Example: corpus:collocations("crimes", {measure = "t", window = 3})
function Corpus.collocations(corpus, term, opts)
  check.arg(type(term) == "string" and term ~= "", 1, "collocations",
    "non-empty string expected, got " .. type(term))
  opts = check.opts(opts, 2, "collocations")
  local common = read_common(opts, 2, "collocations")
  local measure = check.opt(opts, "measure", {"llr", "pmi", "t", "dice"}, "llr", 2, "collocations")
  local window = check.opt(opts, "window", "integer", 5, 2, "collocations")
  local left = check.opt(opts, "left", "integer", window, 2, "collocations")
  local right = check.opt(opts, "right", "integer", window, 2, "collocations")
  check.arg(left + right > 0 and left <= 100 and right <= 100, 2, "collocations",
    "opts.window: 1..100 expected")
  local min_freq = check.opt(opts, "min_freq", "count", 2, 2, "collocations")
  local limit = check.opt(opts, "limit", "integer", 50, 2, "collocations")
  local ok, colloc = pcall(kernels()._colloc, term, common.by, common.drop, left, right)
  check.arg(ok, 1, "collocations", "one word expected, got " .. ("%q"):format(term))
  local ids, unigrams = common.ids, nil
  -- a plain word (ASCII letters, digits, dots, hyphens, apostrophes) is
  -- looked up in the search index: its phrase finds every document holding it
  local fts = common.by ~= "stem" and not ids and not term:find("[^%w%.'%-]") and phrase(term)
  if fts then -- windows only where the node is; f(y) and N from the corpus counts
    unigrams = M.corpus_counts(corpus, common.by)
    ids = {}
    for _, r in corpus:sql("SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ?", fts):rows() do
      ids[#ids + 1] = r.id
    end
  end
  for doc in docset.bodies(corpus, ids, "collocations") do colloc:_add(doc.body) end
  local rows = colloc:_result(measure, min_freq, limit, unigrams)
  for _, r in ipairs(rows) do
    r.measure, r.node, r.window = measure, term, left == right and left or (left .. "/" .. right)
    r.score = round4(r.score)
    setmetatable(r, Collocation)
  end
  return rowset.new(rows, {"collocate", "together", "freq", "score"})
end

-- ---- keyness ----------------------------------------------------------------

local Keyword = {}
Keyword.__index = Keyword
M.Keyword = Keyword -- rows of corpus:keyness; documented as keyword:name

--- keyword:explain() -> string
--- The arithmetic of one keyness row: the word's frequency a in the
--- target (c words) against b in the reference (d words), the expected
--- frequencies E1 = c * (a + b) / (c + d) and E2 = d * (a + b) / (c + d),
--- the log-likelihood LL = 2 * (a * ln(a / E1) + b * ln(b / E2)), signed
--- (negative when a / c < b / d), and Log Ratio = log2((a / c) / (b / d))
--- with 0.5 standing in for a zero frequency.
function Keyword.explain(row)
  local a, b, c, d = row.target, row.reference, row.c, row.d
  local function term(o, e) return o > 0 and o * math.log(o / e) or 0 end
  local out = {
    ("%q: %d in the target (%d words) against %d in the reference (%d words)"):format(
      row.term, a, c, b, d),
    "",
    draw_table({"", "target", "reference", "total"}, {
      {row.term, g(a), g(b), g(a + b)},
      {"other words", g(c - a), g(d - b), g(c + d - a - b)},
      {"total", "c = " .. g(c), "d = " .. g(d), g(c + d)},
    }),
    "",
    ("E1 = c * (a + b) / (c + d) = %s;  E2 = d * (a + b) / (c + d) = %s"):format(g(row.e1), g(row.e2)),
    ("LL = 2 * (a * ln(a / E1) + b * ln(b / E2)) = 2 * (%s + %s) = %s, %s"):format(
      g(term(a, row.e1)), g(term(b, row.e2)), g(math.abs(row.ll_exact)),
      row.ll_exact >= 0 and "positive: more frequent in the target" or "negative: less frequent in the target"),
    ("Log Ratio = log2((a / c) / (b / d)) = log2((%s / %s) / (%s / %s)) = %s"):format(
      g(a > 0 and a or 0.5), g(c), g(b > 0 and b or 0.5), g(d), g(row.log_ratio_exact)),
  }
  return table.concat(out, "\n")
end

--- corpus:keyness(target, reference?, opts?) -> rowset
--- The words that set the target documents apart from the reference
--- documents (ids or row sets; the reference defaults to every other
--- document). For a word with frequency a in the target (c words) and b in
--- the reference (d words): E1 = c * (a + b) / (c + d), E2 = d * (a + b) /
--- (c + d); log-likelihood LL = 2 * (a * ln(a / E1) + b * ln(b / E2))
--- (Rayson & Garside 2000), negative when a / c < b / d; effect size Log
--- Ratio = log2((a / c) / (b / d)) (Hardie 2014; a zero count counts 0.5;
--- 1 = twice as frequent). LL 3.84 is p < 0.05, 6.63 p < 0.01, 10.83
--- p < 0.001. Rows: term, target (a), reference (b), ll, log_ratio, most
--- key first; row:explain() shows the table. opts: min_freq (a + b,
--- default 3), limit (50), negative = true (the reference's key words:
--- most negative LL first), by, stopwords. Against the rest of the
--- corpus only the target documents are read: the reference counts are
--- the kept corpus counts (see freq) less the target's. A document in
--- both lists counts as target.
--- Example: corpus:keyness({3}, nil, {stopwords = false})
function Corpus.keyness(corpus, target, reference, opts)
  local t_ids = docset.ids(target, 1, "keyness")
  check.arg(t_ids ~= nil, 1, "keyness", "list of document ids or row set expected, got nil")
  local r_ids = docset.ids(reference, 2, "keyness")
  opts = check.opts(opts, 3, "keyness")
  local common = read_common(opts, 3, "keyness")
  local min_freq = check.opt(opts, "min_freq", "count", 3, 3, "keyness")
  local limit = check.opt(opts, "limit", "integer", 50, 3, "keyness")
  local negative = check.opt(opts, "negative", "boolean", false, 3, "keyness")
  local rows
  if r_ids == nil then
    -- the reference is the rest of the corpus: its counts are the kept corpus
    -- counts less the target's, so only the target documents are read
    local target = kernels()._counter(1, common.by, false)
    for doc in docset.bodies(corpus, t_ids, "keyness") do target:_add(doc.body, 0) end
    rows = target:_keyness(0, M.corpus_counts(corpus, common.by), 0, true, min_freq, limit, negative, common.drop)
  else
    local counter = kernels()._counter(1, common.by, false)
    local in_target = {}
    for _, id in ipairs(t_ids) do in_target[id] = true end
    local both = table.move(r_ids, 1, #r_ids, #t_ids + 1, table.move(t_ids, 1, #t_ids, 1, {}))
    for doc in docset.bodies(corpus, both, "keyness") do counter:_add(doc.body, in_target[doc.id] and 1 or 2) end
    rows = counter:_keyness(1, counter, 2, false, min_freq, limit, negative, common.drop)
  end
  for _, r in ipairs(rows) do
    r.target, r.reference, r.a, r.b = r.a, r.b, nil, nil
    r.ll_exact, r.log_ratio_exact = r.ll, r.log_ratio
    r.ll, r.log_ratio = round4(r.ll), round4(r.log_ratio)
    setmetatable(r, Keyword)
  end
  return rowset.new(rows, {"term", "target", "reference", "ll", "log_ratio"})
end

return M
