-- corpus:similar (TF-IDF cosine, recomputed here from corpus:freq) and
-- corpus:duplicates (none among the seeds; planted near-copies found).
local H = require("harness")
local test, eq, ok = H.test, H.eq, H.ok

local corpus = assert(lede.open())
corpus:ingest("seeds", {progress = false})

-- TF-IDF vectors of every document, from the per-document frequencies.
local function vectors(c)
  local tf, df, n = {}, {}, #c
  for _, r in c:freq{per = "doc", limit = 0, stopwords = false}:rows() do
    tf[r.id] = tf[r.id] or {}
    tf[r.id][r.term] = r.count
    df[r.term] = (df[r.term] or 0) + 1
  end
  local vec = {}
  for id, counts in pairs(tf) do
    local v, norm = {}, 0
    for term, count in pairs(counts) do
      v[term] = (1 + math.log(count)) * (math.log((1 + n) / (1 + df[term])) + 1)
      norm = norm + v[term] ^ 2
    end
    for term in pairs(v) do v[term] = v[term] / math.sqrt(norm) end
    vec[id] = v
  end
  return vec
end

test("similar ranks by the TF-IDF cosine", function()
  local vec = vectors(corpus)
  local rows = corpus:similar(1, 4)
  eq(#rows, 4)
  for _, r in rows:rows() do
    local dot = 0
    for term, w in pairs(vec[1]) do dot = dot + w * (vec[r.id][term] or 0) end
    ok(math.abs(r.score - dot) < 1e-3, ("doc %d: %.4f vs %.4f"):format(r.id, r.score, dot))
    ok(r.id ~= 1, "the document itself is not listed")
  end
  for i = 2, #rows do ok(rows[i - 1].score >= rows[i].score, "best first") end
  eq(#corpus:similar(corpus:doc(2), 2), 2, "k, and a Doc as argument")
  eq(#corpus:similar(1, 10, {docs = {1, 2}}), 1, "opts.docs limits the candidates")
end)

test("similar scores the best search matches of its heaviest words as candidates", function()
  local fast = corpus:similar(1, 10, {candidates = 2})
  local exact = corpus:similar(1, 10, {exact = true, candidates = 2})
  eq(#fast, 2, "two candidates scored")
  eq(#exact, 4, "exact scores every document")
  local score = {}
  for _, r in exact:rows() do score[r.id] = r.score end
  for _, r in fast:rows() do eq(r.score, score[r.id], "same cosine for doc " .. r.id) end
end)

test("similar reuses the kept TF-IDF stream of the whole corpus", function()
  local first = corpus:similar(1, 3)
  local again
  eq(H.count_calls(lede, "_tfidf", function() again = corpus:similar(2, 3) end), 0, "cache hit")
  ok(#again > 0 and #first > 0, "both rank documents")
  eq(H.count_calls(lede, "_tfidf", function() corpus:similar(1, 3, {docs = {1, 2, 3}}) end), 1,
    "a selection weighs afresh")
end)

test("similar: a missing document returns nil and a message", function()
  local rows, err = corpus:similar(42)
  eq(rows, nil)
  eq(err, "similar: no document 42")
end)

test("duplicates finds none among the seeds", function()
  eq(#corpus:duplicates(), 0)
  eq(#corpus:duplicates{threshold = 0.5}, 0)
end)

-- Writes text to dir/name.
local function write(dir, name, text)
  local f = assert(io.open(dir .. "/" .. name, "w"))
  f:write(text)
  f:close()
end

local function read(path)
  local f = assert(io.open(path))
  local text = f:read("a")
  f:close()
  return text
end

test("duplicates finds planted near-copies, with estimated and exact similarity", function()
  local dir = H.tmpdir()
  local a, b = read("seeds/001_f198e9af24b5b421.txt"), read("seeds/003_7cbff870a8b05fb5.txt")
  write(dir, "copy_a.txt", (a:gsub("Friday", "Thursday", 1):gsub("regime", "government", 1))
    .. "\nThis copy was syndicated to another site.\n")
  write(dir, "copy_b.txt", (b:gsub("Moscow", "Russia", 1)))
  local c = assert(lede.open())
  c:ingest("seeds", {progress = false})
  local report = c:ingest(dir, {progress = false})
  os.execute("rm -rf " .. dir)
  eq(report.added, 2)
  local rows = c:duplicates()
  eq(#rows:group("group"), 2, "two groups")
  local pairs_found = {}
  for _, r in rows:rows() do
    pairs_found[r.group] = (pairs_found[r.group] or "") .. r.id .. ","
    ok(r.estimated >= 0.6 and r.exact >= 0.8, ("doc %d: estimated %.3f exact %.3f"):format(r.id, r.estimated, r.exact))
  end
  eq(pairs_found[1], "2,6,", "001 and its copy")
  eq(pairs_found[2], "4,7,", "003 and its copy")
  eq(#c:duplicates{docs = {1, 2, 3, 4, 5, 7}}, 2, "opts.docs: one copy left")
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'similar' %(document id expected, got string%)",
    function() corpus:similar("1") end)
  H.expect_error("bad argument #2 to 'similar' %(positive integer expected, got 0%)",
    function() corpus:similar(1, 0) end)
  H.expect_error("bad argument #1 to 'duplicates' %(opts.threshold: number in %[0, 1%] expected, got 2%)",
    function() corpus:duplicates{threshold = 2} end)
  H.expect_error("bad argument #1 to 'duplicates' %(opts.threshold: number in %(0, 1%] expected, got 0%)",
    function() corpus:duplicates{threshold = 0} end)
end)

test("the TF-IDF stream refuses a negative number of query terms", function()
  local stream = lede._tfidf()
  H.expect_error("bad argument #2 to '_query' %(non%-negative integer expected, got %-1%)",
    function() stream:_query("Kerry met Lavrov in Geneva", -1) end)
  eq(#stream:_query("Kerry met Lavrov in Geneva", 0), 0)
  eq(#stream:_query("Kerry met Lavrov in Geneva", 2), 2)
end)

H.done()
