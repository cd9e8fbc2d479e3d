-- lede.conflicts: where the outlets disagree. corpus:conflicts compares
-- the figures, people's titles and names that the parser stored for each
-- document (tables numbers and entities) and lists the disagreements an
-- editor would check: one count given two values, one role given to two
-- people, one person with two titles, one name spelled two ways. Works on
-- the parser's rows, not on the text, so it is quick; the evidence is kept
-- in every row (the sentences) so each claim can be checked.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

local check = require("lede.check")
local docset = require("lede.docset")
local rowset = require("lede.rowset")
local outlet = require("lede.search").outlet
local thousands = require("lede.pretty").thousands

-- Counted nouns that name the same kind of thing; others compare as written.
local UNIT_CLASS = {
  people = "people", persons = "people", civilians = "people", residents = "people",
  inhabitants = "people", citizens = "people", individuals = "people",
  fighters = "fighters", rebels = "fighters", militants = "fighters", insurgents = "fighters",
  troops = "troops", soldiers = "troops",
}

-- Country names and demonyms that make a title national ("French Foreign Minister").
local NATIONALITY = {}
for w in ([[afghan afghanistan american british britain canadian canada chinese china egypt
  egyptian france french german germany india indian iran iranian iraq iraqi israel israeli
  italian italy japan japanese jordan jordanian lebanese lebanon libya libyan pakistan pakistani
  qatar qatari russia russian saudi spain spanish syria syrian turkey turkish uk ukraine
  ukrainian us usa yemen yemeni]]):gmatch("%a+") do NATIONALITY[w] = true end

-- Title words that say nothing about the role, and abbreviations of those that do.
local HONORIFIC = {mr = true, mrs = true, ms = true, dr = true, sir = true, dame = true}
local EXPAND = {gen = "general", lt = "lieutenant", col = "colonel", maj = "major", sgt = "sergeant",
                sens = "senator", supt = "superintendent", insp = "inspector", gens = "general",
                capt = "captain", cpt = "captain", adm = "admiral", sen = "senator", rep = "representative",
                gov = "governor", pres = "president", sec = "secretary", amb = "ambassador"}

-- Words that name an office or rank: a title without one ("rival",
-- "nominee", "billionaire") describes a person but cannot contradict another.
local OFFICE = {}
for w in ([[admiral ambassador attorney brigadier captain chairman chairwoman chancellor chief
  colonel commander commissioner congressman congresswoman councillor counsel dean deputy director
  envoy general governor inspector judge king lieutenant major marshal mayor minister mp officer
  premier president prince princess queen rabbi representative secretary senator sergeant sheriff
  speaker spokesman spokeswoman spokesperson superintendent treasurer]]):gmatch("%a+") do OFFICE[w] = true end

local STOP = {}
for w in ([[a about after also an and are as at be been but by for from had has have he her his
  in into is it its more of on or said says she than that the their they this to was were which
  while who will with would]]):gmatch("%a+") do STOP[w] = true end

-- The words of a title, lower-cased, dots dropped ("U.S." is "us"),
-- abbreviations expanded, honorifics left out.
local function title_words(title)
  local words = {}
  for w in (title or ""):lower():gsub("%.", ""):gmatch("[%w'-]+") do
    w = EXPAND[w] or w
    if not HONORIFIC[w] then words[#words + 1] = w end
  end
  return words
end

-- Whether every word of small is among the words of big.
local function subset(small, big)
  local set = {}
  for _, w in ipairs(big) do set[w] = true end
  for _, w in ipairs(small) do if not set[w] then return false end end
  return true
end

-- A title's role: its nationality and its head noun (the last word before
-- "of"/"for", or the last), when it has a nationality: "french minister".
local function role_of(title)
  local words = title_words(title)
  local head_at = #words
  for i, w in ipairs(words) do
    if w == "of" or w == "for" then head_at = i - 1 break end
  end
  local nat
  for i = 1, head_at - 1 do if NATIONALITY[words[i]] then nat = words[i] end end
  if not nat or head_at < 1 then return nil end
  return nat .. " " .. words[head_at]
end

-- Content words of a sentence, lower-cased, without "'s".
local function content_words(s, into)
  into = into or {}
  for w in (s or ""):lower():gsub("['’]s%f[%W]", ""):gmatch("[%w'-]+") do
    if not STOP[w] and not w:match("^%d") then into[w] = true end
  end
  return into
end

-- How many content words two sentences share, leaving out the words of skip.
local function shared_context(a, b, skip)
  local wa, n = content_words(a), 0
  for w in pairs(content_words(b)) do
    if wa[w] and not skip[w] then n = n + 1 end
  end
  return n
end

-- Optimal string alignment distance (Levenshtein with adjacent
-- transpositions) between a and b, by code points; stops early past max.
local function edit_distance(a, b, max)
  local x, y = {}, {}
  for _, c in utf8.codes(a) do x[#x + 1] = c end
  for _, c in utf8.codes(b) do y[#y + 1] = c end
  if math.abs(#x - #y) > max then return max + 1 end
  local prev2, prev, cur = {}, {}, {}
  for j = 0, #y do prev[j] = j end
  for i = 1, #x do
    cur = {[0] = i}
    local row_min = i
    for j = 1, #y do
      local cost = x[i] == y[j] and 0 or 1
      local v = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if i > 1 and j > 1 and x[i] == y[j - 1] and x[i - 1] == y[j] then v = math.min(v, prev2[j - 2] + 1) end
      cur[j] = v
      if v < row_min then row_min = v end
    end
    if row_min > max then return max + 1 end
    prev2, prev = prev, cur
  end
  return prev[#y]
end
M._edit_distance = edit_distance

-- The sentence around each row's byte range, as SQL.
local SENTENCE = "(SELECT s.text FROM sentence_texts s WHERE s.doc_id = %s.doc_id"
  .. " AND s.byte_start <= %s.byte_start AND s.byte_end >= %s.byte_end LIMIT 1)"

-- The SQL condition " AND column IN ids" (column: a document id) and its
-- bound values; "" and none when ids is nil (every document).
local function where_docs(ids, column)
  if not ids then return "", {} end
  return (" AND %s IN (SELECT value FROM json_each(?))"):format(column), {require("lede").json_encode(ids)}
end

-- One disagreement of kind between claims a and b (each {id, outlet, text,
-- sentence}), described by what.
local function row(kind, what, a, b)
  return {kind = kind, what = what, a_id = a.id, a_outlet = a.outlet, a_text = a.text,
          a_sentence = a.sentence, b_id = b.id, b_outlet = b.outlet, b_text = b.text,
          b_sentence = b.sentence}
end

-- ---- numbers ----------------------------------------------------------------

local APPROX_TEXT = {exact = "", about = "about ", at_least = "at least ", at_most = "at most ", range = ""}

local function figure(n)
  local v = math.type(n.value) == "float" and n.value == math.floor(n.value) and math.tointeger(n.value) or n.value
  return (APPROX_TEXT[n.approx] or "") .. thousands(v)
end

-- The figures of each counted-noun class, keeping only the documents that
-- give one value for the class: an article listing several (temperatures
-- at several places, tolls of several attacks) states measurements, not
-- one count another outlet could contradict.
local function figures_by_class(corpus, ids)
  local cond, args = where_docs(ids, "n.doc_id")
  local sql = "SELECT n.doc_id, n.text, n.value, n.unit, n.approx, n.is_percent, d.source, d.path, d.cluster, "
    .. SENTENCE:format("n", "n", "n") .. " AS sentence FROM numbers n JOIN documents d ON d.id = n.doc_id"
    .. " WHERE n.value IS NOT NULL AND n.unit IS NOT NULL" .. cond .. " ORDER BY n.doc_id, n.seq"
  local by_class, values = {}, {}
  for _, n in corpus:sql(sql, table.unpack(args)):rows() do
    local unit = n.unit:lower()
    n.class = (n.is_percent == 1 and "%" or "") .. (UNIT_CLASS[unit] or unit)
    n.id, n.outlet = n.doc_id, outlet(n.source, n.path)
    local key = n.id .. "\0" .. n.class
    values[key] = values[key] or {}
    if not values[key][n.value] then
      values[key][n.value] = true
      values[key].n = (values[key].n or 0) + 1
      by_class[n.class] = by_class[n.class] or {}
      table.insert(by_class[n.class], n)
    end
  end
  for class, list in pairs(by_class) do
    local kept = {}
    for _, n in ipairs(list) do
      if values[n.id .. "\0" .. class].n == 1 then kept[#kept + 1] = n end
    end
    by_class[class] = kept
  end
  return by_class
end

local function number_conflicts(corpus, ids, opts, out)
  for class, list in pairs(figures_by_class(corpus, ids)) do
    table.sort(list, function(x, y) return x.value < y.value end)
    for i = 1, #list do
      for j = i + 1, #list do
        local a, b = list[i], list[j]
        if b.value > a.value * opts.max_ratio then break end
        if a.id ~= b.id and a.value ~= b.value and a.value > 0 and a.cluster == b.cluster then
          local first, second = a, b
          if b.id < a.id then first, second = b, a end
          out[#out + 1] = row("number", ("%s: %s vs %s"):format(class, figure(first), figure(second)),
            first, second)
        end
      end
    end
  end
end

-- ---- people: titles, roles and spellings ---------------------------------------

-- The persons of the documents, with title and sentence, and the names
-- each document mentions (by key: lower case, hyphens as spaces).
local function load_people(corpus, ids)
  local cond, args = where_docs(ids, "e.doc_id")
  -- an entity's sentence is the one of its first mention (entities carry no offsets)
  local sql = "SELECT e.doc_id, e.name, e.title, d.source, d.path, d.cluster, "
    .. SENTENCE:format("f", "f", "f") .. " AS sentence FROM entities e JOIN documents d ON d.id = e.doc_id"
    .. " JOIN (SELECT doc_id, entity, min(byte_start) AS byte_start, min(byte_end) AS byte_end"
    .. "       FROM mentions GROUP BY doc_id, entity) f ON f.doc_id = e.doc_id AND f.entity = e.seq"
    .. " WHERE e.type = 'person'" .. cond .. " ORDER BY e.doc_id, e.seq"
  local people, in_doc = {}, {}
  for _, p in corpus:sql(sql, table.unpack(args)):rows() do
    p.id, p.outlet = p.doc_id, outlet(p.source, p.path)
    p.key = p.name:lower():gsub("[%-%.]", " "):gsub("%s+", " ")
    people[#people + 1] = p
    in_doc[p.id] = in_doc[p.id] or {}
    in_doc[p.id][p.key] = true
  end
  return people, in_doc
end

local function with_title(p)
  return (p.title and p.title ~= "" and (p.title .. " ") or "") .. p.name
end

-- One person, two titles neither of which contains the other.
local function title_conflicts(people, out)
  local by_key, words_of = {}, {} -- words_of[p]: title_words of p's title, read once
  local function has_office(words)
    for _, w in ipairs(words) do if OFFICE[w] then return true end end
    return false
  end
  for _, p in ipairs(people) do
    -- a one-word name ("Bush") may be two people; a title without an office cannot clash
    local words = p.title and p.key:find(" ") and title_words(p.title)
    if words and has_office(words) then
      words_of[p] = words
      by_key[p.key] = by_key[p.key] or {}
      table.insert(by_key[p.key], p)
    end
  end
  for _, list in pairs(by_key) do
    for i = 1, #list do
      for j = i + 1, #list do
        local a, b = list[i], list[j]
        local wa, wb = words_of[a], words_of[b]
        if a.id ~= b.id and a.cluster == b.cluster and not subset(wa, wb) and not subset(wb, wa) then
          a.text, b.text = with_title(a), with_title(b)
          out[#out + 1] = row("title", ("%s: %s vs %s"):format(a.name, a.title, b.title), a, b)
        end
      end
    end
  end
end

-- One role (nationality and office) held by two people in documents about
-- the same thing, no document naming both: one of them is likely wrong.
local function role_conflicts(people, in_doc, out)
  local by_role = {}
  for _, p in ipairs(people) do
    local role = role_of(p.title)
    if role then
      by_role[role] = by_role[role] or {}
      table.insert(by_role[role], p)
    end
  end
  for role, list in pairs(by_role) do
    local n_docs = {}
    for _, p in ipairs(list) do n_docs[p.key] = (n_docs[p.key] or 0) + 1 end
    for i = 1, #list do
      for j = i + 1, #list do
        local a, b = list[i], list[j]
        local skip = content_words(a.title .. " " .. b.title .. " " .. a.name .. " " .. b.name)
        if a.key ~= b.key and a.id ~= b.id and a.cluster == b.cluster
            and not in_doc[a.id][b.key] and not in_doc[b.id][a.key]
            and shared_context(a.sentence, b.sentence, skip) > 0 then
          -- the person fewer documents name comes first: the likelier error
          if n_docs[b.key] < n_docs[a.key] or (n_docs[b.key] == n_docs[a.key] and b.id < a.id) then a, b = b, a end
          a.text, b.text = with_title(a), with_title(b)
          local nat, head = role:match("^(%S+) (%S+)$")
          out[#out + 1] = row("role", ("%s %s: %s vs %s"):format(nat:gsub("^%l", string.upper),
            head, a.name, b.name), a, b)
        end
      end
    end
  end
end

-- A name's tokens for comparison: lower case, dots dropped, hyphens as spaces.
local function name_tokens(name)
  local t = {}
  for w in name:lower():gsub("’", "'"):gsub("%.", ""):gsub("%-", " "):gmatch("%S+") do t[#t + 1] = w end
  return t
end

-- Whether two different ways of writing a name are one name misspelt: the
-- same tokens once dots and hyphens are set aside ("al-Assad", "al
-- Assad"), or the same first and middle names and surnames that start
-- alike within edit distance 1 (2 when both have 8 letters or more),
-- neither the start of the other (plurals, America / American), without
-- digits. Typographic apostrophes do not count (and the caller skips
-- names set in capitals, a matter of style). Returns the edit distance
-- of the names as written, or nil.
local function misspelt(a, b)
  if a:find("%d") or b:find("%d") or a:gsub("’", "'") == b:gsub("’", "'") then return nil end
  local ta, tb = name_tokens(a), name_tokens(b)
  local same = table.concat(ta, " ") == table.concat(tb, " ")
  if not same then
    if #ta ~= #tb or #ta < 2 then return nil end
    for i = 1, #ta - 1 do if ta[i] ~= tb[i] then return nil end end
    local sa, sb = ta[#ta], tb[#tb]
    local la, lb = utf8.len(sa) or #sa, utf8.len(sb) or #sb
    local max = (la >= 8 and lb >= 8) and 2 or 1
    local is_prefix = sa:sub(1, #sb) == sb or sb:sub(1, #sa) == sa -- America / American, plurals
    if sa:sub(1, 1) ~= sb:sub(1, 1) or math.min(la, lb) < 5 or is_prefix
        or edit_distance(sa, sb, max) > max then
      return nil
    end
  end
  return edit_distance(a, b, 4)
end

M._misspelt = misspelt

-- One name written two ways (see misspelt), compared within first names.
local function spelling_conflicts(people, out)
  local by_first, seen = {}, {}
  for _, p in ipairs(people) do
    local first = name_tokens(p.name)[1]
    if first and p.key:find(" ") and not seen[p.id .. "\0" .. p.name] then
      seen[p.id .. "\0" .. p.name] = true
      by_first[first] = by_first[first] or {}
      table.insert(by_first[first], p)
    end
  end
  local reported = {}
  for _, list in pairs(by_first) do
    for i = 1, #list do
      for j = i + 1, #list do
        local a, b = list[i], list[j]
        local pair = a.name < b.name and (a.name .. "\0" .. b.name) or (b.name .. "\0" .. a.name)
        local d = a.name ~= b.name and a.cluster == b.cluster and not reported[pair]
          and a.name ~= a.name:upper() and b.name ~= b.name:upper() and misspelt(a.name, b.name)
        if d then
          reported[pair] = true
          a.text, b.text = a.name, b.name
          out[#out + 1] = row("spelling", ("%s vs %s (edit distance %d)"):format(a.name, b.name, d), a, b)
        end
      end
    end
  end
end

--- corpus:conflicts(docs?, opts?) -> rowset | nil, message
--- Claims that disagree across (or within) the documents docs (ids or a
--- row set; all when nil), from what the parser stored. Kinds: "number":
--- two figures counting the same kind of thing (the same counted noun, or
--- nouns of one class: people, civilians, residents...) whose values
--- differ but are within opts.max_ratio (default 1.5) of each other, in
--- different documents that each give one value for that kind of thing
--- (an article listing several states measurements, not one count);
--- "role": one office with one nationality
--- ("French ... Minister") given to two people in documents where neither
--- names the other and whose sentences share context; "title": one person
--- with two office titles neither of which contains the other
--- (abbreviations expanded, Mr/Ms dropped; "rival", "nominee" are no
--- office); "spelling": one name written two ways: the same once dots and
--- hyphens are set aside (al-Assad / al Assad), or the same first names
--- and a surname starting alike within edit distance 1 (2 from 8 letters:
--- Zakharova / Zakharavoa), plurals, digits and names in capitals
--- excepted.
--- Documents with a cluster are only compared within it; more than
--- opts.max_docs (500) documents without one return nil and a message
--- (unrelated articles would only produce noise). Rows: kind,
--- what, a_outlet, a_text, b_outlet, b_text (also a_id, b_id, a_sentence,
--- b_sentence).
--- Example: corpus:conflicts():where(function(r) return r.kind == "number" end)
function Corpus.conflicts(corpus, docs, opts)
  if opts == nil and type(docs) == "table" and not rowset.is_rowset(docs) and docs[1] == nil and next(docs) then
    docs, opts = nil, docs
  end
  local ids = docset.ids(docs, 1, "conflicts")
  opts = check.opts(opts, 2, "conflicts")
  local o = {max_ratio = check.opt(opts, "max_ratio", "number", 1.5, 2, "conflicts"),
             max_docs = check.opt(opts, "max_docs", "count", 500, 2, "conflicts")}
  check.arg(o.max_ratio >= 1, 2, "conflicts", "opts.max_ratio: number >= 1 expected, got " .. tostring(o.max_ratio))
  -- claims are compared across documents about one story: a cluster, or a
  -- selection small enough to be one (unrelated articles disagree about nothing)
  local cond, args = where_docs(ids, "d.id")
  local loose = corpus:sql("SELECT count(*) AS n FROM documents d WHERE d.cluster IS NULL" .. cond,
    table.unpack(args))[1].n
  if loose > o.max_docs then
    return nil, ("conflicts: %d documents without a cluster; compare a selection about one story "
      .. "(ids or a row set, e.g. corpus:search(...)) of at most %d, or raise opts.max_docs"):format(loose, o.max_docs)
  end
  local out = {}
  number_conflicts(corpus, ids, o, out)
  local people, in_doc = load_people(corpus, ids)
  role_conflicts(people, in_doc, out)
  title_conflicts(people, out)
  spelling_conflicts(people, out)
  local order = {number = 1, role = 2, title = 3, spelling = 4}
  table.sort(out, function(x, y)
    if x.kind ~= y.kind then return order[x.kind] < order[y.kind] end
    if x.what ~= y.what then return x.what < y.what end
    if x.a_id ~= y.a_id then return x.a_id < y.a_id end
    return x.b_id < y.b_id
  end)
  return rowset.new(out, {"kind", "what", "a_outlet", "a_text", "b_outlet", "b_text"})
end

return M
