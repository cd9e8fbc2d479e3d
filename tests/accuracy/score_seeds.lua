-- score_seeds.lua: scores `lede parse --format json` on the seeds against the
-- hand-checked gold (../shared/gold/seeds.json) and prints precision, recall
-- and F1 per field. With --check it exits 1 when a field falls below the
-- floor the parser issue set; without the gold it prints "skipped" and
-- passes. Usage: lede run tests/accuracy/score_seeds.lua [--check]
local lede_bin = os.getenv("LEDE_BIN") or "lede"
local shared = os.getenv("LEDE_SHARED") or "../shared"
local check = arg[1] == "--check"

local FLOORS = {            -- the parser issue's acceptance floors
  titles = 1.0, boilerplate = 0.95, quotes = 0.95, speakers = 0.95,
  people = 0.90, organizations = 0.85, places = 0.85, numbers = 0.90,
}

local gold_file = io.open(shared .. "/gold/seeds.json")
if not gold_file then
  print("skipped: no gold at " .. shared .. "/gold/seeds.json")
  print("0 passed, 0 failed")
  os.exit(0)
end
local gold = assert(lede.json_decode(gold_file:read("a")))
gold_file:close()

-- Text as compared: white space (NBSP too) collapsed, ends trimmed.
local function norm(s)
  if s == nil then return nil end
  return (s:gsub("\u{a0}", " "):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function lower(s) return s and norm(s):lower() end

-- Parse every seed through the command line, as a user would.
local parsed = {}
local p = assert(io.popen(lede_bin .. " parse --format json seeds/*.txt"))
for line in p:lines() do
  local doc = assert(lede.json_decode(line))
  parsed[doc.file:match("[^/]+$")] = doc
end
p:close()

-- Counts of one field: true positives, predicted, expected.
local totals = {}
local function count(field, tp, n_pred, n_gold)
  local t = totals[field] or {tp = 0, pred = 0, gold = 0}
  t.tp, t.pred, t.gold = t.tp + tp, t.pred + n_pred, t.gold + n_gold
  totals[field] = t
end

-- Multiset match of two lists of keys; returns the number matched and the
-- unmatched items of each side (for the report).
local function match(pred, want)
  local pool, tp, extra, missing = {}, 0, {}, {}
  for _, k in ipairs(want) do pool[k] = (pool[k] or 0) + 1 end
  for _, k in ipairs(pred) do
    if (pool[k] or 0) > 0 then pool[k] = pool[k] - 1 tp = tp + 1 else extra[#extra + 1] = k end
  end
  for k, n in pairs(pool) do for _ = 1, n do missing[#missing + 1] = k end end
  return tp, extra, missing
end

local misses = {}
local function note(file, field, extra, missing)
  for _, k in ipairs(extra) do misses[#misses + 1] = ("%s %s  extra:   %s"):format(file:sub(1, 3), field, k) end
  for _, k in ipairs(missing) do misses[#misses + 1] = ("%s %s  missing: %s"):format(file:sub(1, 3), field, k) end
end

-- Entities of one type match when the predicted name equals the gold name
-- or one of its variants (case-insensitively); each gold entity once.
local function score_entities(file, field, type_name, pred_entities, gold_list)
  local used, tp, extra = {}, 0, {}
  local n_pred = 0
  for _, e in ipairs(pred_entities) do
    if e.type == type_name then
      n_pred = n_pred + 1
      local hit
      for gi, g in ipairs(gold_list) do
        if not used[gi] then
          local names = {lower(g.name)}
          for _, v in ipairs(g.variants or {}) do names[#names + 1] = lower(v) end
          for _, n in ipairs(names) do if n == lower(e.name) then hit = gi end end
        end
        if hit then break end
      end
      if hit then used[hit] = true tp = tp + 1 else extra[#extra + 1] = e.name end
    end
  end
  local missing = {}
  for gi, g in ipairs(gold_list) do if not used[gi] then missing[#missing + 1] = g.name end end
  count(field, tp, n_pred, #gold_list)
  note(file, field, extra, missing)
end

-- A speaker is right when it names the gold speaker or one of the spellings
-- of that person in this article (the gold names Maria Zakharova where 000
-- only ever writes "Maria Zakharavoa": one article cannot know better).
local function same_speaker(mine, want, people)
  if lower(mine) == lower(want) then return true end
  if mine == nil or want == nil then return false end
  for _, person in ipairs(people) do
    if lower(person.name) == lower(want) then
      for _, v in ipairs(person.variants or {}) do
        if lower(v) == lower(mine) then return true end
      end
    end
  end
  return false
end

local files = {}
for file in pairs(gold) do files[#files + 1] = file end
table.sort(files)
local speaker_right, speaker_total = 0, 0

for _, file in ipairs(files) do
  local g, d = gold[file], parsed[file]
  if not d then error("lede parse gave nothing for " .. file) end
  -- title
  local title_ok = norm(d.title) == norm(g.title)
  count("titles", title_ok and 1 or 0, 1, 1)
  if not title_ok then note(file, "title", {tostring(d.title)}, {g.title}) end
  -- boilerplate: every line that is neither body nor title
  local pred_bp = {}
  for _, b in ipairs(d.blocks) do
    if b.kind ~= "body" and b.kind ~= "title" then pred_bp[#pred_bp + 1] = norm(b.text) end
  end
  local want_bp = {}
  for _, line in ipairs(g.boilerplate) do want_bp[#want_bp + 1] = norm(line) end
  local tp, extra, missing = match(pred_bp, want_bp)
  count("boilerplate", tp, #pred_bp, #want_bp)
  note(file, "boilerplate", extra, missing)
  -- quotes (scare quotes apart) and their speakers
  local by_text = {}
  local pq, gq, ps, gs = {}, {}, {}, {}
  for _, q in ipairs(d.quotes) do
    local list = q.kind == "scare" and ps or pq
    list[#list + 1] = norm(q.text)
    if q.kind ~= "scare" then by_text[norm(q.text)] = q end
  end
  for _, q in ipairs(g.quotes) do
    local list = q.kind == "scare" and gs or gq
    list[#list + 1] = norm(q.text)
    local mine = q.kind ~= "scare" and by_text[norm(q.text)]
    if mine then
      speaker_total = speaker_total + 1
      if same_speaker(mine.speaker, q.speaker, g.people) then speaker_right = speaker_right + 1
      else note(file, "speaker", {tostring(mine.speaker)}, {tostring(q.speaker)}) end
    end
  end
  tp, extra, missing = match(pq, gq)
  count("quotes", tp, #pq, #gq)
  note(file, "quote", extra, missing)
  tp, extra, missing = match(ps, gs)
  count("scare quotes", tp, #ps, #gs)
  note(file, "scare", extra, missing)
  -- entities
  score_entities(file, "people", "person", d.entities, g.people)
  score_entities(file, "organizations", "organization", d.entities, g.organizations)
  score_entities(file, "places", "place", d.entities, g.places)
  -- numbers: text and value
  local pn, gn = {}, {}
  for _, n in ipairs(d.numbers) do pn[#pn + 1] = norm(n.text) .. " = " .. tostring(n.value) end
  for _, n in ipairs(g.numbers) do gn[#gn + 1] = norm(n.text) .. " = " .. tostring(n.value) end
  tp, extra, missing = match(pn, gn)
  count("numbers", tp, #pn, #gn)
  note(file, "number", extra, missing)
  -- dates: text
  local pd, gd = {}, {}
  for _, x in ipairs(d.dates) do pd[#pd + 1] = lower(x.text) end
  for _, x in ipairs(g.dates) do gd[#gd + 1] = lower(x.text) end
  tp, extra, missing = match(pd, gd)
  count("dates", tp, #pd, #gd)
  note(file, "date", extra, missing)
end
totals.speakers = {tp = speaker_right, pred = speaker_total, gold = speaker_total}

local order = {"titles", "boilerplate", "quotes", "speakers", "scare quotes", "people",
  "organizations", "places", "numbers", "dates"}
local rows, passed, failed = {}, 0, 0
for _, field in ipairs(order) do
  local t = totals[field]
  local p_ = t.pred > 0 and t.tp / t.pred or 1
  local r = t.gold > 0 and t.tp / t.gold or 1
  local f1 = (p_ + r) > 0 and 2 * p_ * r / (p_ + r) or 0
  local floor = FLOORS[field]
  local verdict = floor == nil and "" or (f1 + 1e-9 >= floor and "ok" or "BELOW " .. floor)
  if floor then
    if f1 + 1e-9 >= floor then passed = passed + 1 else failed = failed + 1 end
  end
  rows[#rows + 1] = {field = field, precision = ("%.3f"):format(p_), recall = ("%.3f"):format(r),
    f1 = ("%.3f"):format(f1), matched = ("%d/%d"):format(t.tp, t.gold), floor = verdict}
end
print(require("lede.pretty").table(rows, {columns = {"field", "precision", "recall", "f1", "matched", "floor"}}))
if #misses > 0 then
  print("\ndifferences from gold:")
  for _, m in ipairs(misses) do print("  " .. m) end
end
print(("%d passed, %d failed"):format(passed, failed))
os.exit((not check or failed == 0) and 0 or 1)
