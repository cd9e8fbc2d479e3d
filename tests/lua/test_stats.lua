-- corpus:freq, ngrams, collocations and keyness on the seeds, checked
-- against independent counts (kwic) and formulas recomputed here.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local corpus = assert(lede.open())
corpus:ingest("seeds", {progress = false})

local function near(got, want, tol, what)
  ok(math.abs(got - want) <= (tol or 1e-9) * math.max(1, math.abs(want)),
    ("%s: expected %.10g, got %.10g"):format(what or "value", want, got))
end

local function find(rs, column, value)
  for _, r in rs:rows() do if r[column] == value then return r end end
  return nil
end

test("freq counts words as kwic finds them", function()
  local f = corpus:freq{limit = 0}
  eq(find(f, "term", "kerry").count, #corpus:kwic("Kerry"), "kerry")
  eq(find(f, "term", "the").count, #corpus:kwic("the"), "the")
  eq(find(f, "term", "aleppo").docs, 5)
  eq(f[1].term, "the", "most frequent first")
  for i = 2, #f do ok(f[i - 1].count >= f[i].count, "descending at " .. i) end
  eq(f.error_bound, 0, "exact counts")
end)

test("freq: stop words, forms, limit", function()
  local f = corpus:freq{stopwords = false, limit = 5}
  eq(#f, 5)
  for _, r in f:rows() do ok(r.term ~= "the" and r.term ~= "and", "no stop words: " .. r.term) end
  eq(f[1].term, "russia")
  local words = corpus:freq{by = "word", limit = 0}
  ok(find(words, "term", "Kerry") and not find(words, "term", "kerry"), "as written")
  local stems = corpus:freq{by = "stem", limit = 0}
  local lower = corpus:freq{limit = 0}
  local stem_n = find(stems, "term", "investig").count
  eq(stem_n, find(lower, "term", "investigation").count + find(lower, "term", "investigated").count
    + (find(lower, "term", "investigations") or {count = 0}).count
    + (find(lower, "term", "investigate") or {count = 0}).count
    + (find(lower, "term", "investigating") or {count = 0}).count, "stem groups the forms")
end)

test("freq per source and per document", function()
  local f = corpus:freq{per = "source", stopwords = false, limit = 2}
  eq(#f, 10, "two rows for each of five outlets")
  eq(f[1].outlet, "000_f5c1237fb4dadb5b")
  local d = corpus:freq{per = "doc", limit = 3}
  eq(#d, 15)
  eq(d[1].id, 1)
  eq(d[4].id, 2)
  local total = 0
  for _, r in corpus:freq{per = "doc", limit = 0}:rows() do
    if r.term == "kerry" then total = total + r.count end
  end
  eq(total, #corpus:kwic("Kerry"), "the per-document counts add up")
  eq(#corpus:freq{docs = {2, 3}, limit = 0, min_count = 1}:where(function(r) return r.docs > 2 end), 0,
    "docs restricts the documents")
end)

test("ngrams: bigrams never span punctuation; stop words filtered", function()
  local b = corpus:ngrams(2, {stopwords = false, limit = 3})
  eq(b[1].ngram, "war crimes")
  eq(b[1].count, #corpus:kwic("war crimes"))
  for _, r in corpus:ngrams(2, {limit = 0}):rows() do
    for w in r.ngram:gmatch("%S+") do ok(w:find("%w"), "no punctuation: " .. r.ngram) end
  end
  local tri = corpus:ngrams(3, {limit = 0})
  ok(find(tri, "ngram", "owe the world").count >= 4, "owe the world")
  ok(find(corpus:ngrams(2, {limit = 0}), "ngram", "kerry's"), "the clitic attaches")
end)

-- G2 recomputed from the four cells.
local function g2(o11, o12, o21, o22)
  local n = o11 + o12 + o21 + o22
  local r1, r2, c1, c2 = o11 + o12, o21 + o22, o11 + o21, o12 + o22
  local function t(o, e) return o > 0 and o * math.log(o / e) or 0 end
  return 2 * (t(o11, r1 * c1 / n) + t(o12, r1 * c2 / n) + t(o21, r2 * c1 / n) + t(o22, r2 * c2 / n))
end

test("collocations of 'crimes': war first, the table adds up, explain shows it", function()
  local c = corpus:collocations("crimes")
  eq(c[1].collocate, "war")
  eq(c[1].together, 17)
  local r = c[1]
  local n_words = 0
  for _, f in corpus:freq{limit = 0}:rows() do n_words = n_words + f.count end
  eq(r.n, n_words, "N is the words of the corpus")
  eq(r.o11 + r.o12 + r.o21 + r.o22, r.n)
  eq(r.o11 + r.o21, r.freq, "C1 is the collocate's frequency")
  near(r.score, g2(r.o11, r.o12, r.o21, r.o22), 1e-3, "G2")
  local text = r:explain()
  contains(text, "R1 = " .. (r.o11 + r.o12))
  contains(text, "E11 = R1 * C1 / N")
  contains(text, "G2 = 2 * sum_ij Oij * ln(Oij / Eij)")
end)

-- The rows of a row set as comparable strings.
local function dump(rs, columns)
  local out = {}
  for _, r in rs:rows() do
    local cells = {}
    for i, c in ipairs(columns) do cells[i] = tostring(r[c]) end
    out[#out + 1] = table.concat(cells, "|")
  end
  return table.concat(out, "\n")
end

test("the cached corpus counts equal a pass over every document", function()
  local all = {1, 2, 3, 4, 5}
  eq(dump(corpus:freq{limit = 0}, {"term", "count", "docs", "per_million"}),
     dump(corpus:freq{limit = 0, docs = all}, {"term", "count", "docs", "per_million"}))
  eq(dump(corpus:freq{limit = 0, stopwords = false}, {"term", "count"}),
     dump(corpus:freq{limit = 0, stopwords = false, docs = all}, {"term", "count"}))
  for _, word in ipairs({"crimes", "Aleppo", "U.S."}) do
    local cols = {"collocate", "together", "freq", "score", "o11", "o12", "o21", "o22", "n"}
    local fast = dump(corpus:collocations(word, {min_freq = 1}), cols)
    eq(fast, dump(corpus:collocations(word, {min_freq = 1, docs = all}), cols), word)
    ok(#fast > 0, word .. " has collocates")
  end
end)

test("freq served by the cached corpus counts builds no counter", function()
  corpus:freq() -- fills the cache for by = "lower"
  eq(H.count_calls(lede, "_counter", function() corpus:freq() end), 0, "cache hit")
  eq(H.count_calls(lede, "_counter", function() corpus:freq{stopwords = false} end), 0, "cache hit, stop words dropped")
  eq(H.count_calls(lede, "_counter", function() corpus:freq{docs = {1, 2}} end), 1, "a selection counts afresh")
  eq(H.count_calls(lede, "_counter", function() corpus:ngrams(2) end), 1, "n-grams count afresh")
end)

test("collocations: measures, windows, stop words", function()
  local pmi = corpus:collocations("crimes", {measure = "pmi", min_freq = 3})
  local r = pmi[1]
  near(r.score, math.log(r.o11 / r.e11, 2), 1e-3, "PMI")
  local t = corpus:collocations("crimes", {measure = "t"})[1]
  near(t.score, (t.o11 - t.e11) / math.sqrt(t.o11), 1e-3, "t")
  local dice = corpus:collocations("crimes", {measure = "dice"})[1]
  near(dice.score, 2 * dice.o11 / ((dice.o11 + dice.o12) + (dice.o11 + dice.o21)), 1e-3, "Dice")
  local right = corpus:collocations("war", {left = 0, right = 1})
  eq(right[1].collocate, "crimes")
  local span = right[1].o11 + right[1].o12
  ok(span <= right[1].node_freq and span >= right[1].o11, "one position after each occurrence at most")
  for _, row in corpus:collocations("crimes", {stopwords = false}):rows() do
    ok(row.collocate ~= "the" and row.collocate ~= "for", "no stop words: " .. row.collocate)
  end
  contains(corpus:collocations("Kerry", {by = "word"})[1]:explain(), "of \"Kerry\"")
  eq(#corpus:collocations("kerry", {by = "word"}), 0, "as written: no lower-case kerry")
end)

test("keyness: LL and Log Ratio as the formulas give them", function()
  local k = corpus:keyness({4}, nil, {stopwords = false})
  ok(#k > 0, "key words")
  for _, r in k:rows() do
    local a, b, c, d = r.target, r.reference, r.c, r.d
    local e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    local ll = 2 * ((a > 0 and a * math.log(a / e1) or 0) + (b > 0 and b * math.log(b / e2) or 0))
    near(r.ll, ll, 1e-3, "LL of " .. r.term)
    near(r.log_ratio, math.log(((a > 0 and a or 0.5) / c) / ((b > 0 and b or 0.5) / d), 2), 1e-3, "LR")
    ok(r.ll > 0 and a / c > b / d, "over-used in the target")
  end
  contains(k[1]:explain(), "E1 = c * (a + b) / (c + d)")
  contains(k[1]:explain(), "Log Ratio = log2((a / c) / (b / d))")
  for _, r in corpus:keyness({4}, nil, {stopwords = false, negative = true}):rows() do
    ok(r.ll < 0, "under-used: " .. r.term)
  end
end)

test("keyness against a chosen reference, from row sets", function()
  local target = corpus:docs():where(function(d) return d.id == 4 end)
  local k = corpus:keyness(target, {1, 2}, {stopwords = false, limit = 5})
  eq(#k, 5)
  local r = k[1]
  local words = 0
  for _, f in corpus:freq{docs = {1, 2}, limit = 0}:rows() do words = words + f.count end
  eq(r.d, words, "the reference holds the words of documents 1 and 2 only")
end)

test("keyness against the rest of the corpus equals keyness against the other documents", function()
  local cols = {"term", "target", "reference", "ll", "log_ratio", "c", "d"}
  for _, opts in ipairs({{}, {stopwords = false}, {negative = true}, {by = "stem", negative = true, min_freq = 2}}) do
    opts.limit = 0
    eq(dump(corpus:keyness({2, 4}, nil, opts), cols), dump(corpus:keyness({2, 4}, {1, 3, 5}, opts), cols))
  end
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'freq' %(opts.by: one of 'word', 'lower', 'stem' expected, got 'root'%)",
    function() corpus:freq{by = "root"} end)
  H.expect_error("bad argument #1 to 'freq' %(opts.per: one of 'doc', 'source' expected",
    function() corpus:freq{per = "outlet"} end)
  H.expect_error("bad argument #1 to 'freq' %(table expected, got string%)", function() corpus:freq("x") end)
  H.expect_error("bad argument #1 to 'ngrams' %(integer 1..5 expected, got 0%)", function() corpus:ngrams(0) end)
  H.expect_error("bad argument #2 to 'ngrams' %(opts.limit: non%-negative integer expected, got string%)",
    function() corpus:ngrams(2, {limit = "5"}) end)
  H.expect_error("bad argument #1 to 'collocations' %(one word expected, got \"war crimes\"%)",
    function() corpus:collocations("war crimes") end)
  H.expect_error("bad argument #2 to 'collocations' %(opts.measure: one of 'llr', 'pmi', 't', 'dice' expected, got 'chi2'%)",
    function() corpus:collocations("war", {measure = "chi2"}) end)
  H.expect_error("bad argument #1 to 'keyness' %(list of document ids or row set expected, got nil%)",
    function() corpus:keyness() end)
  H.expect_error("bad argument #2 to 'keyness' %(document 1: integer id expected, got string%)",
    function() corpus:keyness({1}, {"2"}) end)
end)

H.done()
