-- corpus:entities, quotes, speakers, cooccurrence and timeline on the seeds.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local corpus = assert(lede.open())
corpus:ingest("seeds", {progress = false})

local function find(rows, key, value)
  for _, r in rows:rows() do if r[key] == value then return r end end
  return nil
end

test("entities merge mentions across documents", function()
  local people = corpus:entities{type = "person"}
  local kerry = find(people, "name", "John Kerry")
  ok(kerry, "John Kerry")
  eq(kerry.docs, 5, "Kerry is in every seed")
  ok(kerry.mentions >= 10, "mentions summed")
  eq(people[1].name, "John Kerry", "most documents first")
  contains(kerry.titles, "Secretary of State")
  ok(find(people, "name", "Bashar al Assad") or find(people, "name", "Bashar al-Assad"), "Assad")
  local n = 0
  for _, r in people:rows() do if r.name:lower():find("assad") then n = n + 1 end end
  eq(n, 1, "al-Assad and al Assad are one person")
end)

test("a one-word name joins its unique full name", function()
  local rows = corpus:entities{name = "kerry"}
  eq(#rows, 1)
  eq(rows[1].name, "John Kerry")
end)

test("entities filter by type and name", function()
  for _, r in corpus:entities{type = "place"}:rows() do eq(r.type, "place") end
  ok(find(corpus:entities{type = "organization"}, "name", "International Criminal Court"), "ICC")
  eq(#corpus:entities{name = "no such name"}, 0)
end)

test("quotes carry merged speakers and filter", function()
  local all = corpus:quotes()
  ok(#all >= 30, "quotes in the seeds: " .. #all)
  local kerry = corpus:quotes{speaker = "Kerry"}
  ok(#kerry >= 10, "Kerry quoted often")
  for _, q in kerry:rows() do eq(q.speaker, "John Kerry") end
  local scare = corpus:quotes{kind = "scare"}
  for _, q in scare:rows() do eq(q.kind, "scare") end
  ok(#corpus:quotes{text = "owe the world"} >= 4, "the Kerry line in several outlets")
end)

test("speakers counts quotes per person and outlets", function()
  local s = corpus:speakers()
  eq(s[1].speaker, "John Kerry")
  eq(s[1].docs, 5)
  ok(s[1].quotes >= 10, "quotes counted")
  ok(find(s, "speaker", "French diplomatic source"), "unnamed sources kept as described")
  for _, r in s:rows() do ok(r.speaker ~= nil, "no nil speakers") end
end)

test("cooccurrence pairs entities by document or sentence", function()
  local pairs_ = corpus:cooccurrence{type = "person"}
  local top = pairs_[1]
  ok(top.a == "John Kerry" or top.b == "John Kerry", "Kerry in the top pair")
  ok(top.count >= 2, "min 2")
  local sentences = corpus:cooccurrence{by = "sentence", min = 1}
  ok(#sentences >= 1, "sentence-level pairs")
end)

test("timeline orders dated statements", function()
  local t = corpus:timeline()
  ok(#t >= 1, "some dates resolve without a publication date")
  for i = 2, #t do ok(t[i - 1].date <= t[i].date, "calendar order") end
  local all = corpus:timeline{all = true}
  ok(#all > #t, "unresolved dates with all = true")
  ok(all[#all].date == nil, "unresolved last")
  ok(find(t, "text", "2014"), "the year 2014 from 000")
  contains(find(t, "text", "2014").sentence, "blocked in 2014")
end)

test("timeline resolves relative dates against a publication date", function()
  local c = assert(lede.open())
  local r = H.ingest_jsonl(c, {{date = "2016-10-08",
    text = "Kerry speaks\n\nOn Friday Kerry called for an inquiry into the bombing of Aleppo, officials said."}})
  eq(r.added, 1)
  local friday = find(c:timeline(), "text", "Friday")
  ok(friday, "Friday resolves")
  eq(friday.date, "2016-10-07")
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'entities' %(table expected", function() corpus:entities("x") end)
  H.expect_error("bad argument #1 to 'quotes' %(filter.kind: string expected", function() corpus:quotes{kind = 1} end)
  H.expect_error("bad argument #1 to 'cooccurrence' %(opts.by:", function() corpus:cooccurrence{by = "page"} end)
  H.expect_error("bad argument #1 to 'timeline' %(table expected", function() corpus:timeline(5) end)
end)

H.done()
