--- # How the outlets differ
---
--- Five outlets reported John Kerry's call, on 7 October 2016, for a war-crimes investigation of
--- Russia and Syria over Aleppo. They did not tell the same story. This notebook compares them:
--- how much of each page is the article, which people and topics each one covers, and where
--- their accounts disagree.
---
--- Render it with `lede render notebooks/outlets_differ.lua -o outlets_differ.html` from the
--- top of the repository. It loads the five articles in `seeds/` into a corpus in memory; with
--- a database argument (`lede render NOTEBOOK DB`) it works on that corpus instead.
local rowset = require("lede.rowset")
local chart = require("lede.chart")
local name_key = require("lede.people").name_key
local outlet_of = require("lede.search").outlet

corpus = corpus or lede.open()
if #corpus == 0 then corpus:ingest("seeds", {progress = false}) end

--- The seed files carry no outlet names, so we name them from their page furniture: Global
--- Citizen's "Demand Equity" navigation, Business Insider's "NOW WATCH" video promotion, the
--- BBC's "Image copyright" captions, Radio Free Europe/Radio Liberty's author block (Mike Eckel)
--- and TRT World's photo credit (one table for all three notebooks, in `notebooks/lib`). Any
--- other document keeps the label lede gives it.
local outlet = dofile("notebooks/lib/seed_outlets.lua")

local docs, outlet_by_id, outlet_order = {}, {}, {}
for _, d in corpus:docs():rows() do
  local name = outlet(outlet_of(d.source, d.path))
  outlet_by_id[d.id] = name
  outlet_order[#outlet_order + 1] = name
  docs[#docs + 1] = {id = d.id, outlet = name, title = d.title}
end
rowset.new(docs, {"id", "outlet", "title"})

--- ## How much of each page is the article
---
--- lede classes every line of a scraped page: headline, byline, body, image caption and credit,
--- author biography, and the page's own clutter (navigation, "Advertisement", links to other
--- stories). Measured in characters, the article itself is the bulk of every page, but the pages
--- differ: RFE/RL has the longest article and adds an author biography, TRT World repeats one
--- image caption twice, and Business Insider scatters "Advertisement" lines through the text.
local KIND_GROUP = {body = "article", title = "headline and byline", byline = "headline and byline",
  standfirst = "article", caption = "captions and credits", credit = "captions and credits",
  bio = "page clutter", boilerplate = "page clutter", dateline = "article"}
local sizes = {}
for _, d in ipairs(docs) do
  sizes[d.id] = {outlet = d.outlet, article = 0, ["headline and byline"] = 0,
    ["captions and credits"] = 0, ["page clutter"] = 0, lines = 0}
end
for _, b in corpus:sql("SELECT doc_id, kind, count(*) AS n, sum(length(text)) AS chars"
    .. " FROM block_texts GROUP BY doc_id, kind ORDER BY doc_id, kind"):rows() do
  local row = sizes[b.doc_id]
  local group = KIND_GROUP[b.kind] or "page clutter"
  row[group] = row[group] + b.chars
  row.lines = row.lines + b.n
end
local size_rows = {}
for _, d in ipairs(docs) do size_rows[#size_rows + 1] = sizes[d.id] end
rowset.new(size_rows, {"outlet", "lines", "article", "headline and byline", "captions and credits", "page clutter"})

--- The same, drawn: the article against what surrounds it on the page.
chart.bar{data = size_rows, x = "outlet", y = {"article", "captions and credits", "page clutter"},
  title = "What each page is made of", subtitle = "Characters of text, by the kind of line lede found",
  y_label = "characters", note = "Source: seeds/ (5 articles), parsed by lede"}

--- ## Who each outlet names
---
--- The people each outlet mentions, and how often. lede counts every mention, including a
--- surname alone ("Kerry") or with a title ("Mr Kerry"). Names are merged across outlets when
--- they differ only in case, hyphens or dots, so "Bashar al-Assad" and "Bashar al Assad" are one
--- row. Kerry is everywhere; beyond him the outlets name different people. Business Insider has
--- Kerry meeting "French Prime Minister Laurent Fabius", a man no other outlet mentions (see below).
local people, by_key = {}, {}
for _, e in corpus:sql("SELECT e.doc_id, e.name, (SELECT count(*) FROM mentions m WHERE m.doc_id = e.doc_id"
    .. " AND m.entity = e.seq) AS n FROM entities e WHERE e.type = 'person' ORDER BY e.doc_id, e.seq"):rows() do
  local key = name_key(e.name)
  local p = by_key[key]
  if not p then p = {name = e.name, outlets = {}, total = 0} by_key[key] = p people[#people + 1] = p end
  local o = outlet_by_id[e.doc_id]
  p.outlets[o] = (p.outlets[o] or 0) + e.n
  p.total = p.total + e.n
end
local function n_outlets(p)
  local n = 0
  for _ in pairs(p.outlets) do n = n + 1 end
  return n
end
table.sort(people, function(a, b)
  if n_outlets(a) ~= n_outlets(b) then return n_outlets(a) > n_outlets(b) end
  if a.total ~= b.total then return a.total > b.total end
  return a.name < b.name
end)
local mention_cells, person_order = {}, {}
for _, p in ipairs(people) do
  person_order[#person_order + 1] = p.name
  for _, o in ipairs(outlet_order) do
    if p.outlets[o] then mention_cells[#mention_cells + 1] = {person = p.name, outlet = o, mentions = p.outlets[o]} end
  end
end
chart.heatmap{data = mention_cells, x = "outlet", y = "person", value = "mentions",
  x_order = outlet_order, y_order = person_order, title = "People named, by outlet",
  subtitle = "Mentions of each person in the body of each article"}

--- ## Which topics each outlet covers
---
--- A coverage map of the story's main threads. Each thread is a handful of words and phrases we
--- chose to stand for it; a cell counts how often they occur in the body of each article (page
--- clutter and captions excluded), with `corpus:kwic`. Global Citizen alone follows the
--- International Criminal Court, and with the BBC the Security Council; Business Insider and
--- RFE/RL dwell on the military threats, which Global Citizen leaves out.
local THREADS = {
  {"War crimes", {"war crimes"}},
  {"Hospitals and civilians hit", {"hospital", "hospitals", "civilians"}},
  {"International Criminal Court", {"International Criminal Court", "ICC"}},
  {"UN Security Council", {"Security Council"}},
  {"Ceasefire", {"ceasefire", "cease-fire", "truce"}},
  {"US suspends ties with Moscow", {"suspend", "suspended", "suspends"}},
  {"Military threats", {"warplanes", "air defense", "missiles", "airstrikes", "air strikes"}},
  {"France", {"France", "French"}},
  {"Opposition fighters", {"fighters", "rebel", "rebels", "opposition"}},
}
local coverage, thread_order = {}, {}
for _, t in ipairs(THREADS) do
  thread_order[#thread_order + 1] = t[1]
  for _, term in ipairs(t[2]) do
    for _, hit in corpus:kwic(term):rows() do
      coverage[#coverage + 1] = {thread = t[1], outlet = outlet_by_id[hit.id], hits = 1}
    end
  end
end
chart.heatmap{data = coverage, x = "outlet", y = "thread", value = "hits", x_order = outlet_order,
  y_order = thread_order, title = "Coverage of the story's threads",
  subtitle = "Occurrences of each thread's key words in the body of each article"}

--- ## Passages the outlets share
---
--- `corpus:compare(a, b)` aligns two articles word by word and lists the passages they share
--- verbatim or nearly (similarity 1 is verbatim). Against RFE/RL's report, every other outlet
--- shares Kerry's quotes and little else: the outlets wrote their own accounts around the same
--- quotations rather than rewriting one wire story.
local shared_rows = {}
local reference = 4 -- RFE/RL, the longest account
for _, d in corpus:docs():rows() do
  if d.id ~= reference then
    local passages = corpus:compare(d.id, reference)
    for _, p in passages:rows() do
      shared_rows[#shared_rows + 1] = {outlet = outlet_by_id[d.id], words = p.words,
        similarity = p.similarity, passage = p.a}
    end
  end
end
rowset.new(shared_rows, {"outlet", "words", "similarity", "passage"})

--- ## Where the accounts disagree
---
--- `corpus:conflicts()` compares what the parser found across the articles: figures that count
--- the same kind of thing with different values, one office given to two people, one person
--- with two titles, and names spelled two ways.
local conflict_rows = {}
for _, c in corpus:conflicts():rows() do
  conflict_rows[#conflict_rows + 1] = {kind = c.kind, a = outlet_by_id[c.a_id], a_text = c.a_text,
    b = outlet_by_id[c.b_id], b_text = c.b_text}
end
rowset.new(conflict_rows, {"kind", "a", "a_text", "b", "b_text"})

--- Two of these a reader can check in the text. First, who Kerry met: three outlets name
--- the French foreign minister, Jean-Marc Ayrault, TRT World only "France's foreign minister",
--- and Business Insider "French Prime Minister Laurent Fabius", which is wrong: Fabius, never
--- prime minister in 2016, had left the French government in February.
local met = {}
for _, hit in corpus:kwic("minister", {width = 45}):rows() do
  if hit.left:lower():find("french") or hit.left:lower():find("france") then
    met[#met + 1] = {outlet = outlet_by_id[hit.id], left = hit.left, hit = hit.hit, right = hit.right}
  end
end
rowset.new(met, {"outlet", "left", "hit", "right"})

--- Second, the number of people trapped in Aleppo. The BBC gives "about 275,000 people" in the
--- eastern part of the city; RFE/RL "more than 250,000 civilians" in Aleppo. The figures are
--- close but not the same claim, and only these two outlets give one at all. The table lists
--- every count of people that lede found, with the sentence it comes from.
local figures = {}
for _, n in corpus:sql("SELECT n.doc_id, n.text, n.value, n.approx, n.unit,"
    .. " (SELECT s.text FROM sentence_texts s WHERE s.doc_id = n.doc_id AND n.byte_start >= s.byte_start"
    .. "   AND n.byte_start < s.byte_end) AS sentence"
    .. " FROM numbers n WHERE n.unit IN ('people', 'civilians', 'fighters', 'troops')"
    .. " ORDER BY n.unit, n.value DESC, n.doc_id"):rows() do
  figures[#figures + 1] = {outlet = outlet_by_id[n.doc_id], figure = n.text, approx = n.approx,
    unit = n.unit, sentence = n.sentence}
end
rowset.new(figures, {"unit", "figure", "approx", "outlet", "sentence"})
