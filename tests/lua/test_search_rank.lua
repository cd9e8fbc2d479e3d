-- corpus:search ranks exactly as FTS5's bm25() (title 5x): the same rows in
-- the same order with the same scores, with limit, offset and filters, on
-- the BBC news articles (LEDE_SHARED); ties go to the older document.
local H = require("harness")
local test, eq, ok = H.test, H.eq, H.ok

-- The reference: FTS5's own bm25() over every match, ties by id, the score
-- rounded as search rounds it.
local function reference(corpus, q, opts)
  local where, args = {"documents_fts MATCH ?"}, {q}
  if opts.source then where[#where + 1] = "d.source = ?" args[#args + 1] = opts.source end
  if opts.from then where[#where + 1] = "d.published >= ?" args[#args + 1] = opts.from end
  args[#args + 1] = opts.limit or 20
  args[#args + 1] = opts.offset or 0
  local rows = corpus:sql("SELECT f.rowid AS id, -bm25(documents_fts, 5.0, 1.0) AS score"
    .. " FROM documents_fts f JOIN documents d ON d.id = f.rowid WHERE " .. table.concat(where, " AND ")
    .. " ORDER BY bm25(documents_fts, 5.0, 1.0), f.rowid LIMIT ? OFFSET ?", table.unpack(args))
  for _, r in rows:rows() do r.score = tonumber(("%.4g"):format(r.score)) end
  return rows
end

local function same_ranking(corpus, q, opts)
  local got, want = corpus:search(q, opts), reference(corpus, q, opts)
  eq(#got, #want, q .. ": rows")
  for i = 1, #want do
    eq(got[i].id, want[i].id, ("%s: id at %d"):format(q, i))
    eq(got[i].score, want[i].score, ("%s: score at %d"):format(q, i))
  end
  return #want
end

test("ties go to the older document", function()
  local c = assert(lede.open())
  local records = {}
  for i, w in ipairs({"red", "blue", "green", "white"}) do -- the same length, the same hits
    records[i] = {title = "Harbour news " .. i,
      text = "The harbour opened today, painted " .. w .. ". The harbour is old."}
  end
  H.ingest_jsonl(c, records, "jsonl")
  local rows = c:search("harbour")
  eq(#rows, 4)
  for i = 2, 4 do
    eq(rows[i].score, rows[1].score, "tied")
    ok(rows[i - 1].id < rows[i].id, "by id")
  end
  eq(c:search("harbour", {limit = 1, offset = 2})[1].id, rows[3].id)
end)

local dir = H.shared and H.shared .. "/data/bbc-news"
if not (dir and io.open(dir .. "/README.TXT")) then
  H.skip("search against bm25() on BBC news", "no ../shared/data/bbc-news (LEDE_SHARED)")
  H.done()
  return
end

local corpus = assert(lede.open())
corpus:ingest(dir, {progress = false})

test("search equals bm25() on words, operators, phrases, prefixes, columns", function()
  local n = 0
  for _, q in ipairs({"government", "said", "minister OR election", "economy AND growth", "oil NOT price",
                      '"prime minister"', "NEAR(blair brown, 5)", "econom*", "title: oil",
                      "{title}: market OR film", "(bank OR banks) AND rate*",
                      -- plain ANDs, ranked in one pass per phrase (lede_bm25_top)
                      "economy growth", "tax cuts", '"interest rates" bank rise', "econom* AND growth",
                      '"the ""best"" film"', "the the"}) do
    n = n + same_ranking(corpus, q, {})
  end
  ok(n > 150, "rows compared: " .. n)
end)

test("search equals bm25() with limit, offset and filters", function()
  same_ranking(corpus, "government", {limit = 50, offset = 30})
  same_ranking(corpus, "said", {limit = 7, offset = 1000})
  same_ranking(corpus, "tax cuts", {limit = 3, offset = 2})
  eq(#corpus:search("tax cuts", {offset = 100000}), 0)
  eq(#corpus:search("tax cuts", {limit = 0}), 0)
  same_ranking(corpus, "tax cuts", {limit = math.maxinteger, offset = 10})
  local source = corpus:sql("SELECT source FROM documents WHERE source IS NOT NULL LIMIT 1")[1]
  if source then same_ranking(corpus, "government", {source = source.source}) end
  same_ranking(corpus, "government", {from = "2005-01-01"})
end)

H.done()
