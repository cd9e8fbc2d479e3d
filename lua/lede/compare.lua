-- lede.compare: text reuse across outlets. corpus:compare lines up the
-- passages two documents share, verbatim or nearly, and what each has
-- alone; corpus:quote_variants finds one utterance quoted by several
-- outlets and shows how the wordings differ, word by word. The alignment,
-- diff and grouping run in C (align.c, diff.c, textgroup.c); this module
-- presents.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

-- The lede module, where the C primitives live: required on use, because
-- this module is loaded while lede itself is being opened.
local function kernels() return require("lede") end

local check = require("lede.check")
local docset = require("lede.docset")
local rowset = require("lede.rowset")
local outlet = require("lede.search").outlet

-- Reads a document argument: an id or a Doc (anything with an integer id).
local function doc_id(v, n, fname)
  if type(v) == "table" and math.type(v.id) == "integer" then return v.id end
  check.arg(math.type(v) == "integer", n, fname, "document id expected, got " .. (math.type(v) or type(v)))
  return v
end

-- The number of words of text, as quote_variants and only_a / only_b count them.
local function n_words(text)
  local n = 0
  for _ in text:gmatch("[%w'’%-]+") do n = n + 1 end
  return n
end

-- Appends the paragraphs (lines) of text[from..to] that hold a word to
-- into, as rows {words=, text=}.
local function paragraphs(text, from, to, into)
  for line in text:sub(from, to):gmatch("[^\n]+") do
    line = line:match("^%s*(.-)%s*$")
    if line:find("%w") then into[#into + 1] = {words = n_words(line), text = line} end
  end
end

--- corpus:compare(a, b, opts?) -> rowset | nil, message
--- The passages documents a and b (ids or docs) share verbatim or nearly
--- in their body text: shared word 4-grams seed passages that are extended
--- over exact matches and small gaps (a word or three changed, added or
--- dropped), so a reworded quote still lines up. Rows: passage, similarity
--- (2 * matched words / (words in a + words in b); 1 = verbatim), words,
--- a and b (each side's text). The row set has two methods: rs:only_a()
--- and rs:only_b(), the paragraphs of text (rows: words, text) that only
--- one side has. opts: min_words (the shortest passage, default 6),
--- max_gap (default 3). A missing document returns nil and a message.
--- Example: corpus:compare(1, 4):only_b()
function Corpus.compare(corpus, a, b, opts)
  local ida, idb = doc_id(a, 1, "compare"), doc_id(b, 2, "compare")
  opts = check.opts(opts, 3, "compare")
  local kopts = {
    min_words = check.opt(opts, "min_words", "count", 6, 3, "compare"),
    max_gap = check.opt(opts, "max_gap", "integer", 3, 3, "compare"),
  }
  local bodies = {}
  for doc in docset.bodies(corpus, {ida, idb}) do bodies[doc.id] = doc.body end
  for _, id in ipairs({ida, idb}) do
    if bodies[id] == nil then return nil, ("compare: no document %d"):format(id) end
  end
  local ta, tb = bodies[ida], bodies[idb]
  local res = kernels()._align(ta, tb, kopts)
  local rows = {}
  for i, p in ipairs(res.passages) do
    rows[i] = {passage = i, similarity = math.floor(p.similarity * 1000 + 0.5) / 1000,
               words = math.min(p.a_words, p.b_words),
               a = ta:sub(p.a_from, p.a_to), b = tb:sub(p.b_from, p.b_to),
               a_from = p.a_from, a_to = p.a_to, b_from = p.b_from, b_to = p.b_to}
  end
  local rs = rowset.new(rows, {"passage", "similarity", "words", "a", "b"})
  local function alone(text, ranges)
    local out = {}
    for _, r in ipairs(ranges) do paragraphs(text, r.from, r.to, out) end
    return rowset.new(out, {"words", "text"})
  end
  rs.only_a = function() return alone(ta, res.only_a) end
  rs.only_b = function() return alone(tb, res.only_b) end
  return rs
end

-- ---- quote variants -----------------------------------------------------------

-- The differences of a member's wording against the reference wording, from
-- the runs of lede._diff(reference, member): "about→over", "+women",
-- "-and". Reference words before the member's first shared word or after
-- its last are context a partial quote did not take ("(excerpt)"), unless
-- the member is a full quote and they are a few words (at most 3): then
-- the full quote dropped them.
local EDGE_WORDS = 3
local function render_diff(runs, kind)
  local first, last
  for i, r in ipairs(runs) do
    if r.kind == "equal" then first = first or i last = i end
  end
  if first == nil then return "(no words in common)" end
  local parts, is_excerpt = {}, false
  for i, r in ipairs(runs) do
    local edge = i < first or i > last
    if edge and r.kind ~= "insert" and (kind ~= "full" or r.a_words > EDGE_WORDS) then
      is_excerpt = true
      if r.kind == "replace" then parts[#parts + 1] = "+" .. r.b end
    elseif r.kind == "insert" then
      parts[#parts + 1] = "+" .. r.b
    elseif r.kind == "delete" then
      parts[#parts + 1] = "-" .. r.a
    elseif r.kind == "replace" then
      parts[#parts + 1] = r.a .. "→" .. r.b
    end
  end
  if #parts == 0 then return is_excerpt and "(excerpt)" or "(same words)" end
  return (is_excerpt and "(excerpt) " or "") .. table.concat(parts, ", ")
end

-- Orders the members of each group (the reference, its longest wording,
-- first, then in reading order) and the groups (most documents first, then
-- first seen). A group is {members = {quote index, ...}, first = index};
-- doc_of and words_of give each quote's document and word count.
local function order_groups(groups, doc_of, words_of)
  local list = {}
  for _, g in pairs(groups) do
    local ref = g.members[1]
    for _, m in ipairs(g.members) do
      if words_of[m] > words_of[ref] or (words_of[m] == words_of[ref] and m < ref) then ref = m end
    end
    g.reference = ref
    local docs = {}
    for _, m in ipairs(g.members) do docs[doc_of[m]] = true end
    g.n_docs = 0
    for _ in pairs(docs) do g.n_docs = g.n_docs + 1 end
    table.sort(g.members, function(x, y)
      if (x == ref) ~= (y == ref) then return x == ref end
      return x < y
    end)
    list[#list + 1] = g
  end
  table.sort(list, function(x, y)
    if x.n_docs ~= y.n_docs then return x.n_docs > y.n_docs end
    return x.first < y.first
  end)
  return list
end

-- The rows of the quotes of one group, read by their keys, in the group's
-- member order: {id=, seq=, kind=, speaker=, text=, outlet=}.
local function group_rows(corpus, g, doc_of, seq_of)
  local keys = {}
  for i, m in ipairs(g.members) do keys[i] = ("[%d,%d,%d]"):format(i, doc_of[m], seq_of[m]) end
  local rows = {}
  for _, q in corpus:sql("SELECT k.value->>0 AS at, q.doc_id AS id, q.kind, q.speaker, q.text, d.source, d.path"
      .. " FROM json_each(?) k CROSS JOIN quotes q ON q.doc_id = k.value->>1 AND q.seq = k.value->>2"
      .. " JOIN documents d ON d.id = q.doc_id", "[" .. table.concat(keys, ",") .. "]"):rows() do
    rows[q.at] = {id = q.id, kind = q.kind, speaker = q.speaker, text = q.text, outlet = outlet(q.source, q.path)}
  end
  rows.n = #g.members
  return rows
end

--- corpus:quote_variants(opts?) -> rowset
--- One utterance, its wordings across outlets. The quotations (full and
--- partial, not scare quotes) of all documents are grouped when their
--- wordings overlap: two quotes are linked when they share a word bigram
--- and most content words of the shorter are in the longer (shared bigrams
--- >= 2 and containment >= 0.5, or containment >= 0.75); a quote of fewer
--- than three content words joins only its best-linked group; quotes of
--- documents in different clusters, or more than 12 times longer than
--- the other (runs of paragraphs), never link. Groups
--- quoted in at least opts.min_docs documents (default 2) are listed, the
--- most widely quoted first. Rows: group, id, outlet, speaker, kind, text
--- and differences: the word-level diff against the group's longest
--- wording (marked "(reference)"), as "about→over" (changed), "+women"
--- (added), "-and" (dropped); "(excerpt)" when the quote covers only part
--- of the reference. Case and punctuation do not count as differences.
--- opts.docs (ids or a row set) limits it to a selection, e.g. a search
--- result. Memory: a few integers per quote, and the rows of one group
--- at a time.
--- Example: corpus:quote_variants():where(function(r) return r.group == 1 end)
function Corpus.quote_variants(corpus, opts)
  opts = check.opts(opts, 1, "quote_variants")
  local min_docs = check.opt(opts, "min_docs", "count", 2, 1, "quote_variants")
  local ids = docset.ids(opts.docs, 1, "quote_variants")
  local cond, args = "", {}
  if ids then cond, args = " AND q.doc_id IN (SELECT value FROM json_each(?))", {require("lede").json_encode(ids)} end
  -- Two steps, so that no quote's row is held longer than its group is
  -- shown: every quote's text goes to the C grouping (which keeps term ids
  -- only) as it is read, and Lua keeps three integers a quote; the rows of
  -- a group are read again by their keys when the group is shown. (A quote
  -- stored in between belongs to no group.)
  local grouping, scope_of, n_scopes = kernels()._text_groups(), {}, 0
  local doc_of, seq_of, words_of = {}, {}, {}
  for i, q in corpus:sql("SELECT q.doc_id, q.seq, q.text, d.cluster"
      .. " FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.kind <> 'scare'" .. cond
      .. " ORDER BY q.doc_id, q.seq", table.unpack(args)):each() do
    local scope = 0 -- the C grouping's number for the cluster; 0: none
    if q.cluster then
      scope = scope_of[q.cluster]
      if not scope then n_scopes = n_scopes + 1 scope, scope_of[q.cluster] = n_scopes, n_scopes end
    end
    grouping:_add(q.text, scope)
    doc_of[i], seq_of[i], words_of[i] = q.doc_id, q.seq, n_words(q.text)
  end
  local groups = {}
  for i, g in ipairs(grouping:_finish()) do
    if g > 0 then
      groups[g] = groups[g] or {members = {}, first = i}
      table.insert(groups[g].members, i)
    end
  end
  -- rows are made as they are read: a diff per wording adds up on a big corpus
  local ordered, gi, n = order_groups(groups, doc_of, words_of), 0, 0
  local rows, mi = {n = 0}, 0 -- the rows of the group being shown
  return rowset.from_iterator({"group", "id", "outlet", "speaker", "kind", "text", "differences"}, function()
    while true do
      mi = mi + 1
      if mi <= rows.n then
        local m = rows[mi] -- nil: deleted since it was grouped
        if m then
          m.group = n
          m.differences = mi == 1 and "(reference)" or render_diff(kernels()._diff(rows[1].text, m.text), m.kind)
          return m
        end
      else
        repeat gi = gi + 1 until gi > #ordered or ordered[gi].n_docs >= min_docs
        if gi > #ordered then return nil end
        rows, mi = group_rows(corpus, ordered[gi], doc_of, seq_of), 0
        if rows[1] then n = n + 1 else rows.n = 0 end -- its reference is gone: skip it
      end
    end
  end)
end

return M
