--- # Timeline and numbers
---
--- When did things happen, and how many people did they touch? Five outlets covered John
--- Kerry's call for a war-crimes investigation over Aleppo. This notebook puts the dated events
--- they report in calendar order, checks whether their dates agree, and sets their casualty and
--- population figures side by side.
---
--- Render it with `lede render notebooks/timeline_numbers.lua -o timeline_numbers.html` from
--- the top of the repository. It loads the five articles in `seeds/` into a corpus in memory;
--- with a database argument (`lede render NOTEBOOK DB`) it works on that corpus instead.
local rowset = require("lede.rowset")
local chart = require("lede.chart")
local outlet_of = require("lede.search").outlet

corpus = corpus or lede.open()
if #corpus == 0 then corpus:ingest("seeds", {progress = false}) end

--- The seed files carry no outlet names, so we name them from their page furniture: Global
--- Citizen's "Demand Equity" navigation, Business Insider's "NOW WATCH" video promotion, the
--- BBC's "Image copyright" captions, Radio Free Europe/Radio Liberty's author block (Mike Eckel)
--- and TRT World's photo credit (one table for all three notebooks, in `notebooks/lib`). Any
--- other document keeps the label lede gives it.
local outlet = dofile("notebooks/lib/seed_outlets.lua")

--- ## When each article was written
---
--- The files carry no publication dates, and most of their dates are relative: "on Friday",
--- "last week", "earlier this week". To place them on a calendar we need each article's day of
--- writing. RFE/RL dates Kerry's remarks "October 7" (a Friday, in 2016 by its image caption),
--- and Business Insider, the BBC and TRT World report them the same day as "on Friday" or with
--- no day at all, so we take 7 October 2016 for those four. Global Citizen was written later: it
--- says France joined the call "today" and that a Security Council resolution failed "this
--- weekend", so we take the Monday after, 10 October. These are our assumptions, not the
--- outlets' statements; the dates below follow from them.
local WRITTEN = {["Global Citizen"] = "2016-10-10"}
local DEFAULT_WRITTEN = "2016-10-07"

local docs = {}
for _, d in corpus:docs():rows() do
  local name = outlet(outlet_of(d.source, d.path))
  docs[#docs + 1] = {id = d.id, outlet = name, written = d.published or WRITTEN[name] or DEFAULT_WRITTEN,
    title = d.title}
end
rowset.new(docs, {"id", "outlet", "written", "title"})

--- ## Dated events in order
---
--- lede's parser finds the dates and time expressions in each article's body and resolves them
--- against the day the article was written. Each row is one date as written, with the sentence
--- it dates. A year or a month stands for the whole period ("2014", "September").
local events, vague = {}, {}
for _, d in ipairs(docs) do
  local parsed = lede.parse(corpus:doc(d.id).text, {date = d.written})
  local from = 1
  for _, date in ipairs(parsed.dates) do
    local sentence
    for i = from, #parsed.sentences do
      if parsed.sentences[i]:find(date.text, 1, true) then sentence, from = parsed.sentences[i], i break end
    end
    local row = {date = date.value, outlet = d.outlet, as_written = date.text, sentence = sentence}
    if date.value then events[#events + 1] = row else vague[#vague + 1] = row end
  end
end
table.sort(events, function(a, b)
  if a.date ~= b.date then return a.date < b.date end
  if a.outlet ~= b.outlet then return a.outlet < b.outlet end
  return a.as_written < b.as_written
end)
rowset.new(events, {"date", "outlet", "as_written", "sentence"})

--- ## The fortnight around Kerry's statement
---
--- The same events from 1 September to 10 October 2016, one lane per outlet: a dot is a day, a
--- band a month. Most of what the outlets date falls in the week before Kerry spoke.
local recent = {}
for _, e in ipairs(events) do
  if e.date >= "2016-09" and e.date <= "2016-10-10" then recent[#recent + 1] = e end
end
local lanes = {}
for _, d in ipairs(docs) do lanes[#lanes + 1] = d.outlet end
chart.timeline{data = recent, date = "date", label = "as_written", group = "outlet", group_order = lanes,
  title = "What the outlets date, September to October 2016",
  subtitle = "Relative dates resolved against each article's day of writing",
  note = "Source: seeds/ (5 articles), parsed by lede; days of writing assumed as above"}

--- ## Do the dates agree?
---
--- Kerry's statement itself is consistent: every outlet that dates it lands on Friday 7 October,
--- Global Citizen's "on Friday" included once we read it from the following Monday. The US
--- decision to suspend its talks with Moscow is not: Business Insider says "On Monday" (3
--- October) and RFE/RL "earlier this week", but TRT World says "last week", which from 7 October
--- means the week of 26 September. The sentences that mention the suspension:
local suspension = {}
for _, e in ipairs(events) do
  if e.sentence and e.sentence:lower():find("suspend") then suspension[#suspension + 1] = e end
end
rowset.new(suspension, {"outlet", "as_written", "date", "sentence"})

--- Some expressions name no day at all ("the past few weeks", "recent days", "for years"); lede
--- keeps them without a date.
rowset.new(vague, {"outlet", "as_written", "sentence"})

--- ## Casualty and population figures
---
--- lede reads each figure with its unit and how exact the text says it is: about, at least
--- ("more than"), at most ("up to", "as many as") or exact. We sort the counts of people into
--- casualties and population by the words of their sentence: killed, dead or wounded for
--- casualties; live, stranded or trapped for population; counts of fighters apart.
local function class_of(sentence, unit)
  local s = (sentence or ""):lower()
  if s:find("killed") or s:find("killing") or s:find("dead") or s:find("wounded") then return "casualties" end
  if s:find("live") or s:find("stranded") or s:find("trapped") then return "population" end
  return unit == "fighters" and "fighters" or "other"
end

local figures, outlet_by_id = {}, {}
for _, d in ipairs(docs) do outlet_by_id[d.id] = d.outlet end
for _, n in corpus:sql("SELECT n.doc_id, n.seq, n.text, n.value, n.approx, n.unit,"
    .. " (SELECT s.text FROM sentence_texts s WHERE s.doc_id = n.doc_id"
    .. "   AND n.byte_start >= s.byte_start AND n.byte_start < s.byte_end) AS sentence"
    .. " FROM numbers n WHERE n.unit IN ('people', 'civilians', 'troops', 'fighters')"
    .. " ORDER BY n.doc_id, n.seq"):rows() do
  local o = outlet_by_id[n.doc_id]
  figures[#figures + 1] = {class = class_of(n.sentence, n.unit), outlet = o, figure = n.text,
    approx = n.approx:gsub("_", " "), value = n.value and math.tointeger(n.value) or n.value,
    label = o .. ": " .. n.text, sentence = n.sentence}
end
table.sort(figures, function(a, b)
  if a.class ~= b.class then return a.class < b.class end
  return (a.value or -1) > (b.value or -1)
end)
rowset.new(figures, {"class", "outlet", "figure", "approx", "value", "sentence"})

--- Only two outlets say how many people remain in Aleppo, and their figures differ: the BBC's
--- "about 275,000" live in the east of the city, RFE/RL's "more than 250,000" civilians are
--- stranded in Aleppo.
local population = {}
for _, f in ipairs(figures) do if f.class == "population" and f.value then population[#population + 1] = f end end
chart.hbar{data = population, x = "label", y = "value", title = "People in Aleppo, by outlet",
  x_label = "people", note = "BBC: eastern Aleppo; RFE/RL: Aleppo"}

--- lede flags the same disagreement on its own: `corpus:conflicts()` pairs figures that count
--- the same kind of thing (people, civilians, residents) with values close enough to be about
--- one fact. Only the Aleppo population comes out; the casualty figures are too far apart to be
--- the same count.
local number_conflicts = {}
for _, c in corpus:conflicts():rows() do
  if c.kind == "number" then
    number_conflicts[#number_conflicts + 1] = {a = outlet_by_id[c.a_id], a_text = c.a_text,
      b = outlet_by_id[c.b_id], b_text = c.b_text, b_sentence = c.b_sentence}
  end
end
rowset.new(number_conflicts, {"a", "a_text", "b", "b_text", "b_sentence"})

--- The casualty figures count different things, so they must not be added up: the World Health
--- Organization's toll for eastern Aleppo since late September (TRT World), the Syrian troops
--- killed in the US strike of 17 September (Business Insider), the aid-convoy attack (Global
--- Citizen), and the previous night's hospital attack in Kerry's own words (TRT World). Vague
--- counts ("hundreds of civilians") have no number and are left off the chart.
local casualties = {}
for _, f in ipairs(figures) do if f.class == "casualties" and f.value then casualties[#casualties + 1] = f end end
chart.hbar{data = casualties, x = "label", y = "value", title = "Casualty figures, by outlet",
  subtitle = "Each bar is a different event", x_label = "people killed or wounded"}
