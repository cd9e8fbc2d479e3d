--- # Who said what: the Aleppo war-crimes quotes
---
--- On Friday 7 October 2016 the US Secretary of State, John Kerry, called for a war-crimes
--- investigation of Russia and the Syrian government over the bombing of Aleppo. Five outlets
--- covered it. This notebook asks who they quoted, what those people said, and which outlets
--- carried each quote.
---
--- Render it with `lede render notebooks/who_said_what.lua -o who_said_what.html` from the
--- top of the repository. It loads the five articles in `seeds/` into a corpus in memory; with
--- a database argument (`lede render NOTEBOOK DB`) it works on that corpus instead.
local rowset = require("lede.rowset")
local chart = require("lede.chart")

corpus = corpus or lede.open()
if #corpus == 0 then corpus:ingest("seeds", {progress = false}) end

--- The seed files carry no outlet names, so we name them from their page furniture: Global
--- Citizen's "Demand Equity" navigation, Business Insider's "NOW WATCH" video promotion, the
--- BBC's "Image copyright" captions, Radio Free Europe/Radio Liberty's author block (Mike Eckel)
--- and TRT World's photo credit (one table for all three notebooks, in `notebooks/lib`). Any
--- other document keeps the label lede gives it.
local outlet = dofile("notebooks/lib/seed_outlets.lua")
local outlet_of = require("lede.search").outlet

local docs = {}
for _, d in corpus:docs():rows() do
  docs[#docs + 1] = {id = d.id, outlet = outlet(outlet_of(d.source, d.path)), title = d.title}
end
rowset.new(docs, {"id", "outlet", "title"})

--- ## Who is quoted
---
--- lede finds each quotation, its speaker and the verb that introduces it ("said", "told
--- reporters"), and merges the speaker's names across articles (Kerry, Mr Kerry and John Kerry
--- are one person). Scare quotes, a single word set off in quotation marks, are not speech and
--- are left out here. Kerry dominates: every outlet quotes him, and no one else is quoted by
--- more than two.
local speakers = {}
for _, s in corpus:speakers():rows() do
  local names = {}
  for label in s.outlets:gmatch("[^,]+") do names[#names + 1] = outlet(label:match("^%s*(.-)%s*$")) end
  table.sort(names)
  speakers[#speakers + 1] = {speaker = s.speaker, quotes = s.quotes, outlets = #names,
    carried_by = table.concat(names, ", ")}
end
rowset.new(speakers, {"speaker", "quotes", "outlets", "carried_by"})

--- Drawn as a chart, the imbalance is plain.
chart.hbar{data = speakers, x = "speaker", y = "quotes", title = "Quotations per speaker",
  subtitle = "Full and partial quotes in five articles; scare quotes left out",
  x_label = "quotations", note = "Source: seeds/ (5 articles), parsed by lede"}

--- ## Who quoted whom
---
--- Each outlet's choice of voices. For Moscow's side the BBC quotes the foreign minister,
--- Sergei Lavrov; Business Insider and RFE/RL quote the defence ministry's Igor Konashenkov, and
--- RFE/RL gives the most room to the foreign ministry spokeswoman, Maria Zakharova. Global
--- Citizen brings in the UN Secretary-General and France. Its "Zakharavoa" is a misspelling of
--- Zakharova: lede keeps the two apart because they are spelled apart.
local cells = {}
for _, q in corpus:quotes():rows() do
  if q.kind ~= "scare" then
    cells[#cells + 1] = {speaker = q.speaker or "(no speaker named)", outlet = outlet(q.outlet), n = 1}
  end
end
local order = {}
for _, s in ipairs(speakers) do order[#order + 1] = s.speaker end
order[#order + 1] = "(no speaker named)"
local outlet_order = {}
for _, d in ipairs(docs) do outlet_order[#outlet_order + 1] = d.outlet end
chart.heatmap{data = cells, x = "outlet", y = "speaker", value = "n", x_order = outlet_order, y_order = order,
  title = "Quotations by speaker and outlet", subtitle = "Number of quotations each outlet gives each speaker"}

--- ## What Kerry said
---
--- Every outlet quotes the same few sentences from Kerry's remarks, but not in the same words:
--- commas come and go, "children and women" becomes "women, and children", and Business
--- Insider cuts the sentences into short partial quotes. TRT World alone quotes his account of
--- the previous night's attack on a hospital.
local kerry = {}
for _, q in corpus:quotes{speaker = "John Kerry"}:rows() do
  kerry[#kerry + 1] = {outlet = outlet(q.outlet), kind = q.kind, cue = q.cue, text = q.text}
end
rowset.new(kerry, {"outlet", "kind", "cue", "text"})

--- ## The other voices
---
--- The replies from Moscow, the UN and Paris, and the quotes no speaker is named for. TRT
--- World's "failing of a ceasefire..." is the US government's reason for suspending its
--- cooperation with Moscow; the article gives it without a verb of speech, so lede names no
--- speaker.
local others = {}
for _, q in corpus:quotes():rows() do
  if q.kind ~= "scare" and q.speaker ~= "John Kerry" then
    others[#others + 1] = {speaker = q.speaker or "(none)", outlet = outlet(q.outlet), cue = q.cue,
      kind = q.kind, text = q.text}
  end
end
rowset.new(others, {"speaker", "outlet", "cue", "kind", "text"})

--- ## Which outlets carried each quote
---
--- To see which outlets carried the same utterance we group quotations that share a run of at
--- least four words (ignoring case and punctuation), whoever they are attributed to. The
--- grouping is deliberately simple: a partial quote of three words or fewer ("way beyond")
--- stays on its own, and two translations of one remark share no words.
local function words(text)
  local list = {}
  for w in text:lower():gsub("[^%w]+", " "):gmatch("%S+") do list[#list + 1] = w end
  return list
end

local quotes, parent, first_of = {}, {}, {}
local function find(i) while parent[i] ~= i do i = parent[i] end return i end
for _, q in corpus:quotes():rows() do
  if q.kind ~= "scare" then
    local i = #quotes + 1
    quotes[i], parent[i] = q, i
    local w = words(q.text)
    for k = 1, #w - 3 do
      local shingle = table.concat(w, " ", k, k + 3)
      if first_of[shingle] then parent[find(i)] = find(first_of[shingle]) else first_of[shingle] = i end
    end
  end
end

local groups, group_of = {}, {}
for i, q in ipairs(quotes) do
  local root = find(i)
  local g = group_of[root]
  if not g then g = {outlets = {}, speakers = {}, longest = q.text, first = i} group_of[root] = g groups[#groups + 1] = g end
  g.outlets[outlet(q.outlet)] = true
  g.speakers[q.speaker or "(none)"] = true
  if #q.text > #g.longest then g.longest = q.text end
end

local function keys(set)
  local list = {}
  for k in pairs(set) do list[#list + 1] = k end
  table.sort(list)
  return list
end

local carried = {}
for _, g in ipairs(groups) do
  local outlets = keys(g.outlets)
  carried[#carried + 1] = {outlets = #outlets, carried_by = table.concat(outlets, ", "),
    speaker = table.concat(keys(g.speakers), " / "), quote = g.longest, first = g.first}
end
table.sort(carried, function(a, b)
  if a.outlets ~= b.outlets then return a.outlets > b.outlets end
  return a.first < b.first
end)
rowset.new(carried, {"outlets", "speaker", "carried_by", "quote"})

--- Kerry's sentence that Russia and the Syrian government "owe the world more than an
--- explanation" reached all five outlets; his "acts that beg for an appropriate investigation of
--- war crimes" reached four (Business Insider's shorter "beg for a war crimes investigation" is
--- too different for the four-word rule), and his "targeted strategy" remark three. Everything
--- else that was quoted, from Kerry and from everyone else, appeared in one outlet only.

--- ## The quote-variant ledger
---
--- The four-word rule above misses rewordings. lede's `corpus:quote_variants()` links quotations
--- whose content words overlap, then diffs each wording against the group's longest one. The
--- `differences` column is the ledger a fact-checker wants: "about→over" is a word changed,
--- "+women" a word added, "-and" one dropped, and "(excerpt)" a partial quote of the same
--- sentence. The table shows every wording of the most widely carried utterances.
local variants = {}
for _, v in corpus:quote_variants():rows() do
  variants[#variants + 1] = {group = v.group, outlet = outlet(v.outlet), kind = v.kind,
    differences = v.differences, text = v.text}
end
rowset.new(variants, {"group", "outlet", "kind", "differences", "text"})

--- Group 1 is Kerry's "owe the world more than an explanation": every outlet carries it. Only
--- TRT World's full version has the same words as Global Citizen's (the commas differ); the BBC
--- drops "and women", and RFE/RL has "over why" where the others have "about why" and lists
--- "women, and children". Group 4 shows the other kind of variant: Global Citizen's "also weigh
--- on the shoulders of American officials" is a different translation of the end of
--- Zakharova's remark that RFE/RL quotes in full. A reader comparing coverage should quote one
--- outlet's wording and say which.
