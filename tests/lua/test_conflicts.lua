-- corpus:conflicts on the seeds (the disagreements of gold/cross.json) and
-- on small planted cases.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local corpus = assert(lede.open())
corpus:ingest("seeds", {progress = false})
local rows = corpus:conflicts()

local function of_kind(kind)
  return rows:where(function(r) return r.kind == kind end)
end

test("conflicts reports 275,000 people vs more than 250,000 civilians", function()
  local n = of_kind("number")
  eq(#n, 1, "one disagreement about figures")
  eq(n[1].what, "people: about 275,000 vs at least 250,000")
  eq(n[1].a_outlet, "002_3c658fc30fc5dd6a")
  eq(n[1].b_outlet, "003_7cbff870a8b05fb5")
  contains(n[1].a_sentence, "275,000 people still live in the eastern part")
  contains(n[1].b_sentence, "more than 250,000 civilians are stranded")
end)

test("conflicts reports the Fabius vs Ayrault discrepancy", function()
  local r = of_kind("role")
  eq(#r, 3, "Fabius (001) against Ayrault in 000, 002, 003")
  for _, row in r:rows() do
    eq(row.what, "French minister: Laurent Fabius vs Jean-Marc Ayrault")
    eq(row.a_text, "French Prime Minister Laurent Fabius")
    eq(row.b_text, "French Foreign Minister Jean-Marc Ayrault")
  end
end)

test("conflicts reports the Zakharova / Zakharavoa spelling (and al-Assad)", function()
  local s = of_kind("spelling")
  local whats = {}
  for _, row in s:rows() do whats[row.what] = row end
  local z = whats["Maria Zakharavoa vs Maria Zakharova (edit distance 2)"]
  ok(z, "Zakharova")
  eq(z.a_outlet, "000_f5c1237fb4dadb5b")
  eq(z.b_outlet, "003_7cbff870a8b05fb5")
  ok(whats["Bashar al-Assad vs Bashar al Assad (edit distance 1)"], "al-Assad")
  eq(#s, 2)
end)

test("compatible titles are no conflict (Gen / Major General, Foreign Minister / Russian ...)", function()
  eq(#of_kind("title"), 0)
end)

local gold = H.cross_gold("conflicts against gold/cross.json")
if gold then
  test("the three gold disagreements are found between the gold files", function()
    local wanted = {{"Number of civilians", "number"}, {"Who Kerry met", "role"}, {"Zakharavoa vs Zakharova", "spelling"}}
    for _, w in ipairs(wanted) do
      local conflict
      for _, c in ipairs(gold.conflicts) do if c.what:find(w[1], 1, true) then conflict = c end end
      ok(conflict, w[1])
      local files = {}
      for _, claim in ipairs(conflict.claims) do files[claim.file:gsub("%.txt$", "")] = claim.text end
      local found = false
      for _, r in of_kind(w[2]):rows() do
        if files[r.a_outlet] and files[r.b_outlet] then found = true end
      end
      ok(found, w[1] .. " between two of its files")
    end
  end)
end

-- A corpus of small planted articles: (title, body) pairs.
local function planted(articles)
  local dir = H.tmpdir()
  for i, a in ipairs(articles) do
    local f = assert(io.open(("%s/%02d.txt"):format(dir, i), "w"))
    f:write(a[1], "\n\n", a[2], "\n")
    f:close()
  end
  local c = assert(lede.open())
  c:ingest(dir, {progress = false})
  os.execute("rm -rf " .. dir)
  return c
end

test("planted: two titles for one person; figures far apart or equal are no conflict", function()
  local c = planted({
    {"Budget talks", "Finance Minister Jane Roe said on Monday that taxes would rise, after 120 people protested."},
    {"Budget row", "Interior Minister Jane Roe said on Monday that taxes would rise, after 4,000 people protested."},
    {"Budget news", "Finance Minister Jane Roe spoke on Monday as 120 people protested outside."},
  })
  local r = c:conflicts()
  local titles = r:where(function(x) return x.kind == "title" end)
  eq(#titles, 2, "Interior against each Finance")
  eq(titles[1].what, "Jane Roe: Finance Minister vs Interior Minister")
  eq(#r:where(function(x) return x.kind == "number" end), 0, "120 vs 4,000 is not one count; 120 = 120")
  eq(#c:conflicts(nil, {max_ratio = 40}):where(function(x) return x.kind == "number" end), 2,
    "a looser ratio pairs 120 with 4,000")
end)

test("titles, like the other kinds, are compared within a cluster only", function()
  local c = assert(lede.open())
  local story = "Minister Jane Roe said on Monday that taxes would rise."
  H.ingest_jsonl(c, {
    {cluster = "budget", documents = {"Budget talks\n\nFinance " .. story, "Budget row\n\nInterior " .. story}},
    {cluster = "later", documents = {"Reshuffle\n\nDefence " .. story}},
  })
  local titles = c:conflicts():where(function(x) return x.kind == "title" end)
  eq(#titles, 1, "Finance vs Interior in one cluster; not Defence, in another")
  eq(titles[1].what, "Jane Roe: Finance Minister vs Interior Minister")
end)

test("edit distance counts transpositions as one edit", function()
  local d = require("lede.conflicts")._edit_distance
  eq(d("zakharova", "zakharavoa", 3), 2)
  eq(d("kerry", "kery", 3), 1)
  eq(d("abcd", "abdc", 3), 1)
  eq(d("assad", "assad", 3), 0)
  eq(d("fabius", "ayrault", 2), 3, "past max stops early")
end)

test("spelling: what counts as one name misspelt", function()
  local m = require("lede.conflicts")._misspelt
  eq(m("Bashar al-Assad", "Bashar al Assad"), 1)
  eq(m("Maria Zakharova", "Maria Zakharavoa"), 2)
  eq(m("Keira Knightly", "Keira Knightley"), 1)
  eq(m("Hillary Clinton", "HIllary Clinton"), 1, "case counts as written")
  eq(m("John Terry", "John Kerry"), nil, "another initial: another person")
  eq(m("George W. Bush", "George P. Bush"), nil, "another middle name")
  eq(m("Golden Globe", "Golden Globes"), nil, "a plural")
  eq(m("African America", "African American"), nil, "one is the start of the other")
  eq(m("Martin O'Malley", "Martin O’Malley"), nil, "typographic apostrophe")
  eq(m("Airbus A380", "Airbus A320"), nil, "digits")
  eq(m("James Baker", "James Blake"), nil, "distance 2 needs 8 letters")
end)

test("a big corpus without clusters needs a selection about one story", function()
  local rows, err = corpus:conflicts(nil, {max_docs = 3})
  eq(rows, nil)
  eq(err, "conflicts: 5 documents without a cluster; compare a selection about one story "
    .. "(ids or a row set, e.g. corpus:search(...)) of at most 3, or raise opts.max_docs")
  eq(#corpus:conflicts({1, 2, 4}, {max_docs = 3}):where(function(r) return r.kind == "spelling" end), 1,
    "a selection: Zakharavoa (1) / Zakharova (4) only")
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #2 to 'conflicts' %(opts.max_ratio: number >= 1 expected, got 0.5%)",
    function() corpus:conflicts(nil, {max_ratio = 0.5}) end)
  H.expect_error("bad argument #1 to 'conflicts' %(list of document ids or row set expected, got string%)",
    function() corpus:conflicts("all") end)
end)

H.done()
