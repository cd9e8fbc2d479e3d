-- lede.people: who is in the corpus and who said what. Entities found per
-- document are merged across documents (John Kerry = Kerry = JOHN KERRY;
-- "Bashar al-Assad" = "Bashar al Assad"); quotes carry the merged speaker.
-- Misspellings are not merged here: corpus:conflicts reports them.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

local rowset = require("lede.rowset")
local outlet_of = require("lede.search").outlet

local check = require("lede.check").arg -- luaL_argerror's message shape

--- people.name_key(name) -> string
--- The key under which names merge across documents: lower case, with
--- hyphens, dots and runs of spaces folded ("Ki-Moon" = "ki moon").
function M.name_key(name)
  return (name:lower():gsub("[%-%.’']", " "):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function last_word(key) return key:match("(%S+)$") end

-- Merges the entity rows of every document into clusters keyed by name;
-- a one-word name joins the one multi-word cluster of the same type whose
-- last word it is (Kerry -> John Kerry), when exactly one exists.
local function merged_entities(corpus)
  local clusters, by_key = {}, {}
  local rows = corpus:sql("SELECT e.doc_id, e.seq, e.type, e.name, e.title, d.source, d.path,"
    .. " (SELECT count(*) FROM mentions m WHERE m.doc_id = e.doc_id AND m.entity = e.seq) AS n"
    .. " FROM entities e JOIN documents d ON d.id = e.doc_id ORDER BY e.doc_id, e.seq")
  local singles = {}
  for _, r in rows:rows() do
    local key = r.type .. "|" .. M.name_key(r.name)
    local c = by_key[key]
    if not c then
      c = {type = r.type, key = key, spellings = {}, titles = {}, docs = {}, outlets = {}, mentions = 0}
      by_key[key] = c
      clusters[#clusters + 1] = c
    end
    c.spellings[r.name] = (c.spellings[r.name] or 0) + 1
    if r.title and r.title ~= "" then c.titles[r.title] = true end
    c.docs[r.doc_id] = true
    c.outlets[outlet_of(r.source, r.path)] = true
    c.mentions = c.mentions + (r.n or 0)
    if not M.name_key(r.name):find(" ") then singles[key] = c end
  end
  -- fold one-word clusters into their unique longer namesake
  local by_last = {}
  for _, c in ipairs(clusters) do
    if c.key:find(" ") then
      local k = c.type .. "|" .. last_word(c.key)
      by_last[k] = by_last[k] == nil and c or false
    end
  end
  local kept, alias = {}, {}
  for _, c in ipairs(clusters) do
    local target = singles[c.key] and by_last[c.key]
    if target then
      for s, n in pairs(c.spellings) do target.spellings[s] = (target.spellings[s] or 0) + n end
      for t in pairs(c.titles) do target.titles[t] = true end
      for d in pairs(c.docs) do target.docs[d] = true end
      for o in pairs(c.outlets) do target.outlets[o] = true end
      target.mentions = target.mentions + c.mentions
      alias[c.key] = target
    else
      kept[#kept + 1] = c
    end
  end
  for _, c in ipairs(kept) do
    local best, best_n = nil, -1
    for s, n in pairs(c.spellings) do
      if n > best_n or (n == best_n and (#s > #best or (#s == #best and s < best))) then best, best_n = s, n end
    end
    c.name = best
    alias[c.key] = c
  end
  return kept, alias
end

local function sorted_keys(set)
  local list = {}
  for k in pairs(set) do list[#list + 1] = k end
  table.sort(list, function(a, b) return tostring(a) < tostring(b) end)
  return list
end

local function count(set)
  local n = 0
  for _ in pairs(set) do n = n + 1 end
  return n
end

--- corpus:entities(filter?) -> rowset
--- People, organizations, places and others with mentions merged across
--- documents (Kerry = John Kerry): name, type, docs, mentions, outlets,
--- titles. filter.type ("person", "organization", "place", "other") and
--- filter.name (a substring, any case) narrow the list. Most documents first.
--- Example: corpus:entities{type = "person"}
function Corpus.entities(corpus, filter)
  check(filter == nil or type(filter) == "table", 1, "entities", "table expected, got " .. type(filter))
  filter = filter or {}
  check(filter.type == nil or type(filter.type) == "string", 1, "entities", "filter.type: string expected")
  check(filter.name == nil or type(filter.name) == "string", 1, "entities", "filter.name: string expected")
  local clusters = merged_entities(corpus)
  local rows = {}
  for _, c in ipairs(clusters) do
    if (filter.type == nil or c.type == filter.type)
        and (filter.name == nil or c.name:lower():find(filter.name:lower(), 1, true)) then
      rows[#rows + 1] = {name = c.name, type = c.type, docs = count(c.docs), mentions = c.mentions,
        outlets = table.concat(sorted_keys(c.outlets), ", "),
        titles = table.concat(sorted_keys(c.titles), "; ")}
    end
  end
  return rowset.new(rows, {"name", "type", "docs", "mentions", "titles", "outlets"})
    :sort(function(r) return -(r.docs * 100000 + r.mentions) end)
end

-- The merged name of a quote's speaker (the speaker text as stored when it
-- names no entity: an unnamed source's description).
local function speaker_name(alias, speaker)
  if speaker == nil then return nil end
  local key = M.name_key(speaker)
  local c = alias["person|" .. key] or alias["organization|" .. key]
  return c and c.name or speaker
end

--- corpus:quotes(filter?) -> rowset
--- Every quotation: id (document), outlet, speaker (merged across
--- documents), cue, kind (full, partial, scare), text. filter: speaker
--- (exact merged name or a substring), kind, source, text (a substring).
--- Example: corpus:quotes{speaker = "Kerry", kind = "full"}
function Corpus.quotes(corpus, filter)
  check(filter == nil or type(filter) == "table", 1, "quotes", "table expected, got " .. type(filter))
  filter = filter or {}
  for _, k in ipairs({"speaker", "kind", "source", "text"}) do
    check(filter[k] == nil or type(filter[k]) == "string", 1, "quotes",
      ("filter.%s: string expected, got %s"):format(k, type(filter[k])))
  end
  local _, alias = merged_entities(corpus)
  local sql = "SELECT q.doc_id, q.seq, q.speaker, q.cue, q.kind, q.text, d.source, d.path"
    .. " FROM quotes q JOIN documents d ON d.id = q.doc_id ORDER BY q.doc_id, q.seq"
  local want_speaker = filter.speaker and filter.speaker:lower()
  local want_text = filter.text and filter.text:lower()
  -- rows one at a time, so that each() and file exports hold one quote
  local function open_rows()
    local next_quote = corpus:sql(sql):each()
    return function()
      for _, q in next_quote do
        local who = speaker_name(alias, q.speaker)
        local outlet = outlet_of(q.source, q.path)
        if (filter.kind == nil or q.kind == filter.kind)
            and (filter.source == nil or q.source == filter.source or outlet == filter.source)
            and (want_text == nil or q.text:lower():find(want_text, 1, true))
            and (want_speaker == nil or (who and who:lower():find(want_speaker, 1, true))) then
          return {id = q.doc_id, outlet = outlet, speaker = who, cue = q.cue, kind = q.kind, text = q.text}
        end
      end
      return nil
    end
  end
  return rowset.from_iterator({"id", "outlet", "speaker", "cue", "kind", "text"}, open_rows(), open_rows)
end

--- corpus:speakers() -> rowset
--- Who is quoted how often and by which outlets: speaker, quotes (full and
--- partial; scare quotes are no speech), docs, outlets. Most quoted first.
function Corpus.speakers(corpus)
  local by = {}
  local order = {}
  for _, q in corpus:quotes():each() do
    if q.kind ~= "scare" and q.speaker then
      local s = by[q.speaker]
      if not s then
        s = {speaker = q.speaker, quotes = 0, docs = {}, outlets = {}}
        by[q.speaker] = s
        order[#order + 1] = s
      end
      s.quotes = s.quotes + 1
      s.docs[q.id] = true
      s.outlets[q.outlet] = true
    end
  end
  local rows = {}
  for i, s in ipairs(order) do
    rows[i] = {speaker = s.speaker, quotes = s.quotes, docs = count(s.docs),
      outlets = table.concat(sorted_keys(s.outlets), ", ")}
  end
  return rowset.new(rows, {"speaker", "quotes", "docs", "outlets"}):sort("quotes", true)
end

--- corpus:cooccurrence(opts?) -> rowset
--- Pairs of entities named together: a, b, count, docs. opts.by = "doc"
--- (default: in the same document) or "sentence" (in the same body
--- sentence); opts.type limits both sides to one entity type; opts.min
--- (default 2) drops rarer pairs. Entities are merged across documents.
--- Example: corpus:cooccurrence{by = "sentence", type = "person", min = 1}
function Corpus.cooccurrence(corpus, opts)
  check(opts == nil or type(opts) == "table", 1, "cooccurrence", "table expected, got " .. type(opts))
  opts = opts or {}
  local by = opts.by or "doc"
  check(by == "doc" or by == "sentence", 1, "cooccurrence", 'opts.by: "doc" or "sentence" expected')
  local min = opts.min or 2
  check(math.type(min) == "integer", 1, "cooccurrence", "opts.min: integer expected")
  local _, alias = merged_entities(corpus)
  local unit_sql = by == "doc"
    and "SELECT e.doc_id AS unit, e.doc_id, e.type, e.name FROM entities e"
    or ("SELECT s.doc_id || ':' || s.seq AS unit, e.doc_id, e.type, e.name FROM mentions m"
      .. " JOIN entities e ON e.doc_id = m.doc_id AND e.seq = m.entity"
      .. " JOIN sentences s ON s.doc_id = m.doc_id AND m.byte_start >= s.byte_start"
      .. " AND m.byte_start < s.byte_end")
  local units, order = {}, {}
  for _, r in corpus:sql(unit_sql .. " ORDER BY 1"):rows() do
    if opts.type == nil or r.type == opts.type then
      local c = alias[r.type .. "|" .. M.name_key(r.name)]
      local name = c and c.name or r.name
      local u = units[r.unit]
      if not u then u = {doc = r.doc_id, names = {}} units[r.unit] = u order[#order + 1] = r.unit end
      u.names[name] = true
    end
  end
  local pairs_, list = {}, {}
  for _, unit in ipairs(order) do
    local names = sorted_keys(units[unit].names)
    for i = 1, #names do
      for j = i + 1, #names do
        local k = names[i] .. "\0" .. names[j]
        local p = pairs_[k]
        if not p then p = {a = names[i], b = names[j], count = 0, docs = {}} pairs_[k] = p list[#list + 1] = p end
        p.count = p.count + 1
        p.docs[units[unit].doc] = true
      end
    end
  end
  local rows = {}
  for _, p in ipairs(list) do
    if p.count >= min then rows[#rows + 1] = {a = p.a, b = p.b, count = p.count, docs = count(p.docs)} end
  end
  return rowset.new(rows, {"a", "b", "count", "docs"}):sort("count", true)
end

return M
