-- corpus:search and corpus:kwic on the seeds.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local corpus = assert(lede.open())
corpus:ingest("seeds", {progress = false})

test('search("\\"war crimes\\"") returns all five articles', function()
  local rows = corpus:search('"war crimes"')
  eq(#rows, 5)
  local ids = {}
  for _, r in rows:rows() do ids[r.id] = true contains(r.snippet, "«war crimes»") end
  for id = 1, 5 do ok(ids[id], "article " .. id) end
end)

test("search ranks by BM25 and honours limit and offset", function()
  local rows = corpus:search("Kerry OR Zakharova")
  for i = 2, #rows do ok(rows[i - 1].score >= rows[i].score, "descending score") end
  eq(#corpus:search("Kerry", {limit = 2}), 2)
  local second = corpus:search("Kerry", {limit = 1, offset = 1})[1]
  eq(second.id, corpus:search("Kerry")[2].id)
end)

test("search syntax: NOT, NEAR, prefix, stemming", function()
  local n_all = #corpus:search("Kerry")
  ok(#corpus:search("Kerry NOT Zakharova") < n_all, "NOT removes")
  ok(#corpus:search("NEAR(Kerry investigation, 5)") >= 1, "NEAR")
  ok(#corpus:search("Zakhar*") > #corpus:search("Zakharova"), "prefix finds the misspelling too")
  eq(#corpus:search("investigating"), #corpus:search("investigation"), "stemmed")
end)

test("search filters by source and date", function()
  eq(#corpus:search("Kerry", {source = "no such outlet"}), 0)
  eq(#corpus:search("Kerry", {from = "2030-01-01"}), 0)
end)

test("a malformed query gives a clear error", function()
  H.expect_error('search: bad query "AND OR": syntax error near "AND"', function() corpus:search("AND OR") end)
  H.expect_error('search: bad query "\\"unclosed": ', function() corpus:search('"unclosed') end)
end)

test("kwic lines are aligned on the hit", function()
  local rows = corpus:kwic("Aleppo", {width = 30})
  ok(#rows >= 15, "Aleppo is frequent: " .. #rows)
  for _, r in rows:rows() do
    eq(r.hit:lower(), "aleppo")
    ok(utf8.len(r.left) <= 30 and utf8.len(r.right) <= 30, "context width")
  end
  local text = tostring(rows:head(5))
  local col
  for line in text:gmatch("[^\n]+") do
    local at = line:find("│ Aleppo │", 1, true)
    if at then
      col = col or utf8.len(line:sub(1, at - 1))
      eq(utf8.len(line:sub(1, at - 1)), col, "hit column aligned")
    end
  end
  ok(col, "hits shown")
end)

test("kwic finds phrases, whole words only, any case", function()
  local rows = corpus:kwic("war crimes")
  ok(#rows >= 10, "phrase")
  for _, r in rows:rows() do eq(r.hit:lower():gsub("%s+", " "), "war crimes") end
  eq(#corpus:kwic("lepp"), 0, "no partial words")
end)

-- The words of s, folded, joined by spaces (reversed for left contexts):
-- runs of letters, digits and apostrophes, the curly one included.
local function words(s, reverse)
  local list = {}
  s = lede._fold(s):gsub("’", "'"):gsub("\xE2\x80[\x80-\xBF]", " ")
  for w in s:gmatch("[%w\128-\255']+") do list[#list + 1] = w end
  if reverse then
    for i = 1, #list // 2 do list[i], list[#list + 1 - i] = list[#list + 1 - i], list[i] end
  end
  return table.concat(list, " ")
end

test("kwic sorts by the right or left context", function()
  local rows = corpus:kwic("Kerry", {sort = "right"})
  ok(#rows > 10, "hits")
  for i = 2, #rows do ok(words(rows[i - 1].right) <= words(rows[i].right), "right sorted at " .. i) end
  rows = corpus:kwic("Kerry", {sort = "left"})
  for i = 2, #rows do ok(words(rows[i - 1].left, true) <= words(rows[i].left, true), "left sorted at " .. i) end
end)

test("sorted kwic lines stay aligned on the hit", function()
  for _, side in ipairs({"left", "right"}) do
    eq(corpus:kwic("Kerry", {sort = side}).align.left, "right", "sort = " .. side)
  end
end)

test("kwic with whole sentences as context", function()
  local r = corpus:kwic("Zakharova", {sentence = true})[1]
  ok(#r.left + #r.right > 40, "a sentence around it")
end)

test("kwic context is cut at character boundaries", function()
  local c = assert(lede.open())
  local body = ("Die Stadt – «Aleppo» – wurde über Wochen bombardiert, sagte Außenminister Ayrault. "):rep(6)
  H.ingest_jsonl(c, {{title = "Aleppo", text = "Aleppo unter Beschuss\n\n" .. body}})
  for width = 1, 25 do
    for _, r in c:kwic("Aleppo", {width = width}):rows() do
      ok(utf8.len(r.left) and utf8.len(r.right), "valid UTF-8 at width " .. width)
      ok(utf8.len(r.left) <= width and utf8.len(r.right) <= width, "width " .. width)
    end
  end
  for _, r in c:kwic("[\128-\255]+", {pattern = true, width = 3}):rows() do
    ok(utf8.len(r.left) and utf8.len(r.right), "pattern hits inside characters still cut cleanly")
  end
end)

test("kwic with a pattern", function()
  local rows = corpus:kwic("%d[%d,]+ %a+", {pattern = true})
  ok(#rows >= 3, "figures")
end)

test("kwic is lazy: the first hits come without reading every document", function()
  local rows = corpus:kwic("the")
  eq(#rows:head(3), 3)
end)

test("kwic finds words with accents, which the index folds", function()
  local c = assert(lede.open())
  H.ingest_jsonl(c, {{title = "Talks", text = "Talks in Zürich\n\nThe talks in Zürich went on for a long time, "
    .. "officials said. Officials in Zurich said so again later. Zürich is calm."}})
  eq(#c:kwic("Zürich"), 2, "as written, in the body")
  eq(#c:kwic("Zurich"), 1)
end)

-- The kwic lines of term in corpus c with width characters of context,
-- each "left[hit]right", joined by "|".
local function kwic_lines(c, term, width)
  local list = {}
  for _, r in c:kwic(term, {width = width}):rows() do list[#list + 1] = r.left .. "[" .. r.hit .. "]" .. r.right end
  return table.concat(list, "|")
end

test("kwic's whole words know the letters of every script", function()
  local c = assert(lede.open())
  H.ingest_jsonl(c, {{title = "Talks", text = "Talks\n\nMacron left the Élysée on Monday; “Élysée” aides "
    .. "spoke. The Élyséens did not. Zürich’s banks — and Zürich—Genf trains — but not Zürichsee. "
    .. "“Москва” said, Москва—Paris; Москвами no. Jos is a city; José is a name. U.S. troops, the U.S.-led force."}})
  local function hits(term) return kwic_lines(c, term, 1) end
  eq(hits("Élysée"), " [Élysée] |“[Élysée]”", "starts and ends with a non-ASCII letter; not in Élyséens")
  eq(hits("Zürich"), " [Zürich]’| [Zürich]—", "curly apostrophe and dash end it; not in Zürichsee")
  eq(hits("Москва"), "“[Москва]”| [Москва]—", "Cyrillic; not in Москвами")
  eq(hits("Jos"), " [Jos] ", "an ASCII word does not end before é")
  eq(hits("U.S."), " [U.S.] | [U.S.]-", "a term ending in punctuation")
end)

test("kwic ignores case in every script", function()
  local c = assert(lede.open())
  H.ingest_jsonl(c, {{title = "Talks", text = "Talks\n\nÉLYSÉE PALACE: the Élysée said so. "
    .. "ZÜRICH and Zürich; МОСКВА and Москва; İstanbul stays as written."}})
  local function hits(term) return kwic_lines(c, term, 2) end
  eq(hits("élysée palace"), "[ÉLYSÉE PALACE]: ", "the hit as written")
  eq(hits("Élysée"), "[ÉLYSÉE] P|e [Élysée] s")
  eq(hits("zürich"), ". [ZÜRICH] a|d [Zürich]; ")
  eq(hits("москва"), "; [МОСКВА] a|d [Москва]; ")
  eq(hits("İstanbul"), "; [İstanbul] s", "a letter whose lower case is shorter stays as written")
end)

test("_lower keeps byte positions", function()
  eq(lede._lower("ÉLYSÉE Zürich МОСКВА ΣΟΦΙΑ"), "élysée zürich москва σοφια")
  local ascii = {}
  for b = 0, 127 do ascii[#ascii + 1] = string.char(b) end
  ascii = table.concat(ascii)
  for cut = 0, 8 do -- every alignment of the eight-byte steps, and ASCII after other letters
    local text = ("Ä"):rep(cut % 2) .. ascii:sub(cut + 1) .. "Ü" .. ascii:sub(1, cut)
    eq(lede._lower(text), text:gsub("Ä", "ä"):gsub("Ü", "ü"):lower(), "ASCII as string.lower, cut " .. cut)
  end
  eq(lede._lower("İ\xffK"), "İ\xffk", "İ's lower case takes 3 bytes, not 2; broken UTF-8 is copied")
  eq(#lede._lower("İ\xff\u{212A}"), 6, "the Kelvin sign (3 bytes) would lower to k (1)")
  H.expect_error("bad argument #1 to '[%w.]*_lower' %(string expected, got no value%)", lede._lower)
end)

test("_whole_word: word characters of any script on both sides cut a word", function()
  local whole = lede._whole_word
  eq(whole("Jos José", 1, 3), true)
  eq(whole("Jos José", 5, 7), false, "é follows")
  eq(whole("éJos", 3, 5), false, "é precedes")
  eq(whole("Ле Москва", 6, 17), true)
  eq(whole("e\u{301}x", 1, 1), false, "a combining accent belongs to its letter")
  eq(whole("x2", 1, 1), false, "digits are word characters")
  eq(whole("‘Zug’", 4, 6), true, "curly quotes are not")
  eq(whole("Zug—Zürich", 1, 3), true, "nor is an em dash")
  eq(whole("a_b", 1, 1), true, "nor '_', as for %w")
  H.expect_error("bad argument #2 to '[%w.]*_whole_word' %(position in text expected%)", whole, "abc", 0, 1)
  H.expect_error("bad argument #3 to '[%w.]*_whole_word' %(position in text", whole, "abc", 2, 4)
end)

test("_phrase: the index phrase of a term, which the index's tokenizer splits and folds", function()
  local phrase = require("lede.search")._phrase
  eq(phrase("U.S. troops"), '"U.S. troops"')
  eq(phrase('say "no"'), '"say ""no"""', "quotes doubled")
  eq(phrase("--"), nil, "no word")
  eq(phrase("— “”"), nil, "no word, in wide marks either")
  local c = assert(lede.open())
  H.ingest_jsonl(c, {{title = "Talks", text = "Talks\n\nThe talks in ZÜRICH went on; the U.S.-led force, Москва."},
                     {title = "Other", text = "Other\n\nNothing of the kind, said the US and Zurich's Mr Moskva."}})
  local function ids(term)
    local list = {}
    for _, r in c:sql("SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid",
                      phrase(term)):rows() do list[#list + 1] = r.id end
    return table.concat(list, ",")
  end
  eq(ids("Zürich"), "1,2", "accents and case folded as in the index: every candidate")
  eq(ids("москва"), "1", "Cyrillic, any case")
  eq(ids("U.S."), "1", "split as the index splits it")
end)

test("_has_word and _fold", function()
  eq(lede._has_word("—“”…"), false)
  eq(lede._has_word("\xff\xfe"), false, "broken UTF-8 is no letter")
  eq(lede._has_word("« 2 »"), true, "a digit")
  eq(lede._has_word("“東京”"), true)
  eq(lede._fold("Élan ZÜRICH Straße"), "elan zurich strasse")
  eq(lede._fold("a\xffb"), "a\xffb", "broken UTF-8 as it is")
end)

test("kwic sorts by the words next to the hit, accents and case folded", function()
  local c = assert(lede.open())
  H.ingest_jsonl(c, {{title = "Talks", text = "Talks\n\nAleppo zoo. Aleppo Élan. Aleppo apple. "
    .. "Aleppo “Über”. Aleppo’s ábaco."}})
  local list = {}
  for _, r in c:kwic("Aleppo", {sort = "right", width = 6}):rows() do list[#list + 1] = r.right end
  eq(table.concat(list, "|"), "’s ába| apple| Élan.| “Über| zoo. ", "an apostrophe before letters")
end)

test("kwic's row set runs again: each() and exports leave it whole", function()
  local c = assert(lede.open())
  H.ingest_jsonl(c, {{title = "A", text = "A\n\nAleppo one. Aleppo two."},
                     {title = "B", text = "B\n\nThe talks in Aleppo three went on for a long time."}})
  local rows = c:kwic("Aleppo")
  local function rights(iter)
    local list = {}
    for _, r in iter do list[#list + 1] = r.right:match("%S+") end
    return table.concat(list, ",")
  end
  eq(rights(rows:each()), "one.,two.,three")
  eq(rights(rows:each()), "one.,two.,three", "a second pass runs again")
  eq(#rows, 3, "and the row set is whole")
  local where = c:kwic("Aleppo", {limit = 2}):where(function(r) return r.id == 1 end)
  eq(rights(where:each()), "one.,two.")
  eq(rights(where:each()), "one.,two.", "where() on it runs again too")
end)

test("kwic keeps no document it has passed", function()
  local c = assert(lede.open())
  local para = ("The harbour board met on Monday and talked about the old piers for a long time. "):rep(12)
  local records = {}
  for i = 1, 60 do -- 60 articles of ~50 KB, one hit each
    records[i] = {title = "Harbour " .. i, text = "Harbour " .. i .. "\n\n"
      .. (para .. "\n\n"):rep(50) .. "A needle was found.\n"}
  end
  H.ingest_jsonl(c, records)
  collectgarbage("collect")
  local before, peak, n = collectgarbage("count"), 0, 0
  for _ in c:kwic("needle"):each() do
    n = n + 1
    collectgarbage("collect")
    peak = math.max(peak, collectgarbage("count") - before)
  end
  eq(n, 60)
  ok(peak < 1024, "kwic kept the bodies it read: " .. math.floor(peak) .. " KB") -- 60 bodies are ~3 MB
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'search' %(string expected, got nil%)", function() corpus:search() end)
  H.expect_error("bad argument #2 to 'search' %(opts.limit: non%-negative integer", function() corpus:search("x", {limit = -1}) end)
  H.expect_error("bad argument #1 to 'kwic' %(non%-empty string expected", function() corpus:kwic("") end)
  H.expect_error("bad argument #2 to 'kwic' %(opts.sort:", function() corpus:kwic("x", {sort = "up"}) end)
  H.expect_error("bad argument #2 to 'search' %(opts.offset: non%-negative integer expected, got %-1%)",
    function() corpus:search("x", {offset = -1}) end)
  H.expect_error("bad argument #2 to 'kwic' %(opts.width: non%-negative integer expected, got string%)",
    function() corpus:kwic("x", {width = "wide"}) end)
  H.expect_error("bad argument #2 to 'kwic' %(table expected, got string%)", function() corpus:kwic("x", "wide") end)
  local _, err = pcall(function() corpus:search("x", {limit = 1.5}) end)
  contains(err, "test_search.lua:", "the error is raised at the caller")
end)

H.done()
