-- lede.rouge and corpus:summarize on the seeds.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local function near(got, want, what)
  ok(math.abs(got - want) < 1e-9, ("%s: expected %.12g, got %.12g"):format(what or "value", want, got))
end

test("rouge scores a candidate against a reference", function()
  local s = lede.rouge("the cat sat", "the cat sat down")
  near(s.rouge1, 2 * 1 * 0.75 / 1.75, "rouge1 F")   -- P = 3/3, R = 3/4
  near(s.rouge2, 2 * 1 * (2 / 3) / (1 + 2 / 3), "rouge2 F") -- P = 2/2, R = 2/3
  near(s.rougeL, s.rouge1, "rougeL = rouge1 for an in-order prefix")
  eq(#s, 4)
  eq(s[1].measure, "rouge1")
  near(s[1].precision, 1)
  near(s[1].recall, 0.75)
  contains(tostring(s), "rougeLsum")
end)

test("rouge: identical texts score 1, disjoint 0, stemming matches forms", function()
  eq(lede.rouge("Kerry spoke in Washington", "kerry spoke in washington").rouge2, 1.0)
  eq(lede.rouge("apples", "oranges").rouge1, 0.0)
  ok(lede.rouge("investigations called", "investigation calls", {stem = true}).rouge1 == 1.0, "stemmed")
  eq(lede.rouge("investigations called", "investigation calls").rouge1, 0.0)
end)

test("rouge with several references: average pools, max takes the best", function()
  local avg = lede.rouge("a b c d", {"a b c d", "x y z w"})
  local best = lede.rouge("a b c d", {"a b c d", "x y z w"}, {multi = "max"})
  near(avg[1].recall, 0.5, "pooled recall")
  eq(best.rouge1, 1.0)
end)

test("rouge misuse names the argument", function()
  H.expect_error("bad argument #1 to '[%w.]*rouge' %(string expected, got no value%)", lede.rouge)
  H.expect_error("bad argument #2 to '[%w.]*rouge' %(string or list of strings expected, got number%)",
    lede.rouge, "a", 3)
  H.expect_error("bad argument #2 to '[%w.]*rouge' %(at least one reference expected%)", lede.rouge, "a", {})
  H.expect_error("bad argument #2 to '[%w.]*rouge' %(reference 2: string expected, got boolean%)",
    lede.rouge, "a", {"b", true})
  H.expect_error("bad argument #3 to '[%w.]*rouge' %(opts.multi: one of 'average', 'max' expected, got 'min'%)",
    lede.rouge, "a", "b", {multi = "min"})
end)

local corpus = assert(lede.open())
corpus:ingest("seeds", {progress = false})

do
  test("summarize picks central sentences from several outlets, in reading order", function()
    local s = corpus:summarize(nil, {sentences = 4})
    eq(#s, 4)
    local outlets, prev = {}, nil
    for _, r in s:rows() do
      outlets[r.outlet] = true
      ok(r.sentence:lower():find("kerry") or r.sentence:lower():find("war crimes")
        or r.sentence:lower():find("aleppo"), "on topic: " .. r.sentence)
      if prev and prev.id == r.id then ok(prev.seq < r.seq, "reading order within a document") end
      prev = r
    end
    local n = 0
    for _ in pairs(outlets) do n = n + 1 end
    ok(n >= 3, "sentences from several outlets: " .. n)
  end)

  -- The largest ROUGE-2 F between two sentences of a summary: how much it repeats itself.
  local function redundancy(s)
    local worst = 0
    for i = 1, #s do
      for j = i + 1, #s do worst = math.max(worst, lede.rouge(s[i].sentence, s[j].sentence).rouge2) end
    end
    return worst
  end

  test("summarize with MMR repeats itself less than LexRank alone", function()
    local mmr = redundancy(corpus:summarize({sentences = 5}))
    local lexrank = redundancy(corpus:summarize({sentences = 5, method = "lexrank"}))
    ok(mmr < lexrank, ("MMR %.3f < LexRank %.3f"):format(mmr, lexrank))
  end)

  test("summarize over chosen documents; lead baseline", function()
    local s = corpus:summarize({2, 3}, {method = "lead", sentences = 2})
    eq(#s, 2)
    eq(s[1].id, 2) eq(s[1].seq, 0)
    eq(s[2].id, 3) eq(s[2].seq, 0)
    for _, r in corpus:summarize(corpus:docs():where(function(d) return d.id == 4 end)):rows() do
      eq(r.id, 4)
    end
    local words = 0
    for _, r in corpus:summarize(nil, {words = 60}):rows() do
      for _ in r.sentence:gmatch("%S+") do words = words + 1 end
    end
    ok(words <= 60 and words > 0, "word budget: " .. words)
  end)
end

test("summarize misuse names the argument", function()
  H.expect_error("bad argument #1 to 'summarize' %(document 1: integer id expected, got string%)",
    function() corpus:summarize({"x"}) end)
  H.expect_error("bad argument #2 to 'summarize' %(opts.sentences: non%-negative integer expected, got string%)",
    function() corpus:summarize(nil, {sentences = "3"}) end)
  H.expect_error("bad argument #2 to 'summarize' %(opts.method: one of 'mmr', 'lexrank', 'lead' expected, got 'best'%)",
    function() corpus:summarize(nil, {method = "best"}) end)
  H.expect_error("bad argument #2 to 'summarize' %(opts.sentences or opts.words must be positive%)",
    function() corpus:summarize(nil, {sentences = 0}) end)
end)

test("summarize of an empty selection is empty", function()
  eq(#corpus:summarize({}), 0)
end)

H.done()
