-- corpus:compare and corpus:quote_variants on the seeds; quote variants
-- are checked against the cross-outlet gold (../shared/gold/cross.json)
-- when LEDE_SHARED holds it.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local corpus = assert(lede.open())
corpus:ingest("seeds", {progress = false})

-- Lower-cased words joined by single spaces: wording without punctuation.
local function norm(s)
  local words = {}
  for w in s:lower():gmatch("[%w']+") do words[#words + 1] = w end
  return table.concat(words, " ")
end

test("compare finds the shared Kerry passages between outlets", function()
  for _, pair in ipairs({{1, 4}, {1, 5}, {3, 5}}) do
    local rows = corpus:compare(pair[1], pair[2])
    local found = false
    for _, r in rows:rows() do
      ok(r.similarity > 0 and r.similarity <= 1, "similarity in (0, 1]")
      ok(r.words >= 6, "passages of at least 6 words")
      if norm(r.a):find("owe the world more than an explanation", 1, true)
          and norm(r.b):find("owe the world more than an explanation", 1, true) then
        found = true
      end
    end
    ok(found, ("the Kerry quote between %d and %d"):format(pair[1], pair[2]))
  end
end)

test("compare: a passage's text is the document's own; what is alone is not shared", function()
  local rows = corpus:compare(1, 4)
  local body_a = corpus:sql("SELECT body FROM documents_fts_content WHERE id = 1")[1].body
  for _, r in rows:rows() do
    eq(body_a:sub(r.a_from, r.a_to), r.a)
  end
  local shared_words, alone_words = 0, 0
  for _, r in rows:rows() do for _ in r.a:gmatch("[%w'’%-]+") do shared_words = shared_words + 1 end end
  for _, r in rows:only_a():rows() do
    alone_words = alone_words + r.words
    ok(not norm(r.text):find("owe the world", 1, true), "the shared quote is not alone")
  end
  local total = 0
  for _ in body_a:gmatch("[%w'’%-]+") do total = total + 1 end
  ok(math.abs(shared_words + alone_words - total) <= total * 0.05,
    ("shared %d + alone %d covers the %d words"):format(shared_words, alone_words, total))
  ok(#rows:only_b() > 0, "document 4 has its own paragraphs")
end)

test("compare of a document with itself is one verbatim passage", function()
  local rows = corpus:compare(2, 2)
  eq(#rows, 1)
  eq(rows[1].similarity, 1.0)
  eq(#rows:only_a(), 0)
end)

test("compare with a missing document returns nil and a message", function()
  local rows, err = corpus:compare(1, 99)
  eq(rows, nil)
  eq(err, "compare: no document 99")
end)

test("quote_variants groups the Kerry quote across five outlets with its differences", function()
  local rows = corpus:quote_variants()
  local g1 = rows:where(function(r) return r.group == 1 end)
  local docs = {}
  for _, r in g1:rows() do
    docs[r.id] = true
    eq(r.speaker, "John Kerry")
    contains(norm(r.text), "owe the world more than an explanation")
  end
  local n = 0
  for _ in pairs(docs) do n = n + 1 end
  ok(n >= 4, "across at least 4 outlets: " .. n)
  eq(g1[1].differences, "(reference)")
  local by_doc = {}
  for _, r in g1:rows() do by_doc[r.id] = r.differences end
  contains(by_doc[4], "about→over", "003 says 'over why'")
  contains(by_doc[4], "+women", "003 moves 'women'")
  eq(by_doc[2], "(excerpt)", "001 quotes a part")
  eq(by_doc[5], "(same words)", "004 differs only in punctuation")
end)

test("quote_variants: no scare quotes; every group spans two documents", function()
  local groups = {}
  for _, r in corpus:quote_variants():rows() do
    ok(r.kind ~= "scare", "no scare quotes")
    groups[r.group] = groups[r.group] or {}
    groups[r.group][r.id] = true
  end
  for g, docs in pairs(groups) do
    local n = 0
    for _ in pairs(docs) do n = n + 1 end
    ok(n >= 2, "group " .. g .. " spans two documents")
  end
  eq(#corpus:quote_variants{min_docs = 5}:group("group"), 2, "two utterances quoted by all five")
  local some = corpus:quote_variants{docs = {2, 4}}
  ok(#some > 0, "a selection")
  for _, r in some:rows() do ok(r.id == 2 or r.id == 4, "only documents 2 and 4") end
end)

local gold = H.cross_gold("quote_variants against gold/cross.json")
if gold then
  test("quote_variants finds each group of gold/cross.json", function()
    local rows = corpus:quote_variants()
    for gi, group in ipairs(gold.quote_variants) do
      -- the found group of each gold member; all must be the same group
      local found
      for _, member in ipairs(group) do
        local outlet, want = member.file:gsub("%.txt$", ""), norm(member.text)
        local hit
        for _, r in rows:rows() do
          local have = norm(r.text)
          if r.outlet == outlet and (have:find(want, 1, true) or want:find(have, 1, true)) then
            hit = r.group
            if hit == found then break end
          end
        end
        ok(hit, ("gold group %d: %s %q found"):format(gi, member.file, member.text))
        found = found or hit
        eq(hit, found, ("gold group %d: %s in the same group"):format(gi, member.file))
      end
    end
  end)
end

test("quote_variants keeps clusters apart", function()
  local quote = '"The economy is growing faster than anyone expected this year," Finance Minister Jane Roe said on Monday.'
  local function article(i)
    return "Economy report " .. i .. "\n\nGrowth figures were published by office " .. i .. ".\n\n"
      .. quote .. "\n\nMarkets rose after the news.\n"
  end
  -- Multi-News records: one cluster per line
  local c = assert(lede.open())
  H.ingest_jsonl(c, {{id = "a", documents = {article(1), article(2)}},
    {id = "b", documents = {article(3), article(4)}}}, "jsonl")
  local rows = c:quote_variants()
  eq(#rows, 4)
  eq(#rows:group("group"), 2, "one group per cluster")
  eq(rows[1].group, rows[2].group)
  eq(rows[1].id, 1) eq(rows[2].id, 2)
  eq(rows[3].id, 3) eq(rows[4].id, 4)
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'compare' %(document id expected, got string%)",
    function() corpus:compare("1", 2) end)
  H.expect_error("bad argument #2 to 'compare' %(document id expected, got nil%)",
    function() corpus:compare(1) end)
  H.expect_error("bad argument #3 to 'compare' %(opts.min_words: positive integer expected, got 0%)",
    function() corpus:compare(1, 2, {min_words = 0}) end)
  H.expect_error("bad argument #1 to 'quote_variants' %(opts.min_docs: positive integer expected, got 1.5%)",
    function() corpus:quote_variants{min_docs = 1.5} end)
end)

H.done()
