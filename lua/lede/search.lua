-- lede.search: finding text in the corpus. corpus:search runs FTS5 queries
-- ranked by BM25 with marked snippets; corpus:kwic lists every hit of a
-- word, phrase or pattern with its context, aligned. Both read only the
-- body text (the blocks the parser classed as body), never page clutter.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

local rowset = require("lede.rowset")

local checks = require("lede.check")
local check = checks.arg -- luaL_argerror's message shape

--- search.outlet(source, path) -> string | nil
--- The label of a document's outlet: its source when the input named one,
--- else its file name without the extension.
function M.outlet(source, path)
  if source and source ~= "" then return source end
  if not path then return nil end
  return (path:match("([^/]+)$") or path):gsub("%.[%w]+$", "")
end

-- search._phrase(text) -> string | nil
-- The FTS5 phrase of text ('"U.S. troops"'): FTS5 splits and folds it with
-- the index's own tokenizer (words of every script, case and accents
-- folded, stemmed: "Zürich" is looked up as "zurich"), so every document
-- that holds text matches it. It finds the candidates of kwic,
-- collocations and similar. nil when text has no letter or digit (a phrase
-- of no token matches nothing). One limit: the tokenizer's tables are
-- Unicode 6.1's, so a term made only of letters added since would find no
-- candidate.
function M._phrase(text)
  if not require("lede")._has_word(text) then return nil end
  return '"' .. text:gsub('"', '""') .. '"'
end

-- Reads the document filters shared by search and kwic into SQL conditions
-- on documents d, appending their values to args.
local function doc_filters(opts, fname, where, args)
  for _, f in ipairs({{"source", "d.source = ?"}, {"cluster", "d.cluster = ?"},
                      {"from", "d.published >= ?"}, {"to", "d.published <= ?"}}) do
    local v = opts[f[1]]
    if v ~= nil then
      check(type(v) == "string", 2, fname, ("opts.%s: string expected, got %s"):format(f[1], type(v)))
      where[#where + 1] = f[2]
      args[#args + 1] = v
    end
  end
end

-- FTS5's errors name its internals; this says what the user can fix.
local function query_error(fname, q, err)
  err = tostring(err):gsub("^.-sql: ", ""):gsub("^fts5: ", "")
  return ("%s: bad query %q: %s (use words, \"exact phrases\", AND, OR, NOT, NEAR(a b, 10), prefix*)")
    :format(fname, q, err)
end

-- The number of phrases when q is a plain AND of them: words, "quoted
-- phrases" and prefix* joined by spaces or AND, and nothing else (no OR,
-- NOT, NEAR, column filters, parentheses, ^, + or "" escapes); else nil.
local function and_phrases(q)
  if q:find('""', 1, true) then return nil end
  local n, pos = 0, 1
  while true do
    pos = q:match("^%s*()", pos)
    if pos > #q then return n > 0 and n or nil end
    local word, after = nil, q:match('^"[^"]*"()', pos)
    if not after then word, after = q:match("^([%w_\128-\255]+)()", pos) end
    if not after or word == "OR" or word == "NOT" or word == "NEAR" then return nil end
    if word ~= "AND" then n = n + 1 end
    pos = q:match("^%*?()", after)
  end
end

-- The k best matches of a plain AND of n phrases as a list of {id, value}
-- (value: bm25's, smaller is better), ranked in C by lede_bm25_top: one
-- pass over each phrase's documents, no SQL per match. nil when it cannot
-- rank this query (see docs/schema.md); {} when nothing matches.
local function top_of_and(corpus, q, n, k)
  local row = corpus:sql("SELECT lede_bm25_top(documents_fts, ?, ?, 5.0, 1.0) AS top"
    .. " FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1", k, n, q)[1]
  if row == nil then return {} end
  if row.top == nil then return nil end
  local list, pos = {}, 1
  while pos <= #row.top do
    local id, value
    id, value, pos = string.unpack("=i8d", row.top, pos)
    list[#list + 1] = {id = id, value = value}
  end
  return list
end

-- The columns of a shown row, read for the rows shown only (see
-- ranked_in_sql): the document, and its snippet with the hits in «».
local SHOWN_COLUMNS = "d.id, d.title, d.source, d.path, d.published,"
  .. " snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet"

-- The documents and snippets of the ranked rows of top after the first
-- offset, in order.
local function shown_rows(corpus, q, top, offset)
  if offset >= #top then return {} end
  local ids = {}
  for i = offset + 1, #top do ids[#ids + 1] = top[i].id end
  local rows = corpus:sql("SELECT " .. SHOWN_COLUMNS
    .. " FROM json_each(?) AS top"
    .. " CROSS JOIN documents_fts ON documents_fts.rowid = top.value AND documents_fts MATCH ?"
    .. " JOIN documents d ON d.id = top.value ORDER BY top.key", "[" .. table.concat(ids, ",") .. "]", q)
  local list = {}
  for i, row in rows:rows() do
    row.score = -top[offset + i].value
    list[i] = row
  end
  return list
end

-- Every other query (and any with filters): ranked row by row in SQL. The
-- subquery ranks every match by BM25 alone; the outer query reads the
-- document and makes the snippet only for the rows shown. A snippet reads
-- the body (rebuilt from its blocks) and the join reads the document row:
-- done for every match before the sort, they made common words three times
-- slower (measured at 100 MB). lede_bm25 is bm25 with each document's
-- length read from memory (see docs/schema.md), 5x faster on common words.
-- The outer query takes the score from the subquery: ranking again there
-- cost a pass over each phrase's documents per row shown (FTS5 computes the
-- IDFs per lookup). Ties go to the older document, as the sort of FTS5's
-- rowid order did.
local function ranked_in_sql(corpus, q, where, args, limit, offset)
  args[#args + 1] = limit
  args[#args + 1] = offset
  args[#args + 1] = q
  local sql = "SELECT " .. SHOWN_COLUMNS .. ", -top.rank AS score"
    .. " FROM (SELECT f.rowid AS id, lede_bm25(documents_fts, 5.0, 1.0) AS rank"
    .. "   FROM documents_fts f"
    .. (#where > 1 and " JOIN documents d ON d.id = f.rowid" or "") -- for filters only
    .. "   WHERE " .. table.concat(where, " AND ")
    .. "   ORDER BY rank, f.rowid LIMIT ? OFFSET ?) AS top"
    .. " CROSS JOIN documents_fts ON documents_fts.rowid = top.id AND documents_fts MATCH ?"
    .. " JOIN documents d ON d.id = top.id"
    .. " ORDER BY top.rank, top.id"
  local list = {}
  for _, row in corpus:sql(sql, table.unpack(args)):rows() do list[#list + 1] = row end
  return list
end

--- corpus:search(query, opts?) -> rowset
--- Full-text search with FTS5 query syntax: words, "exact phrases", AND,
--- OR, NOT, NEAR(a b, 10), prefix*; words are stemmed (Porter) and accents
--- ignored. Rows: id, title, outlet, published, score (BM25, higher is
--- better; title matches weigh 5x), snippet with the hits in «». opts:
--- limit (default 20), offset, source, cluster, from, to (ISO dates).
--- Example: corpus:search('"war crimes" AND Kerry')
function Corpus.search(corpus, q, opts)
  check(type(q) == "string", 1, "search", "string expected, got " .. type(q))
  opts = checks.opts(opts, 2, "search")
  local where, args = {"documents_fts MATCH ?"}, {q}
  doc_filters(opts, "search", where, args)
  local limit = checks.opt(opts, "limit", "integer", 20, 2, "search")
  local offset = checks.opt(opts, "offset", "integer", 0, 2, "search")
  local n = #where == 1 and and_phrases(q)
  -- fetch now: FTS5 reports a malformed query only when the first row is read
  local ok, rows = pcall(function()
    local top = n and top_of_and(corpus, q, n, math.min(limit, math.maxinteger - offset) + offset)
    if top then return shown_rows(corpus, q, top, offset) end
    return ranked_in_sql(corpus, q, where, args, limit, offset)
  end)
  if not ok then error(query_error("search", q, rows), 2) end
  for _, row in ipairs(rows) do
    row.outlet = M.outlet(row.source, row.path)
    row.score = tonumber(("%.4g"):format(row.score))
  end
  return rowset.new(rows, {"id", "outlet", "title", "score", "snippet"})
end

-- Escapes Lua pattern magic in s.
local function literal(s)
  return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0"))
end

-- Builds the matcher of kwic: a function(lowered_text, init) returning the
-- next hit's start and end, whole words only, case-insensitive (the term
-- and the text lowered alike by lede._lower, every script). Lua's
-- frontiers know only ASCII letters, so lede._whole_word (src/bind/lsearch.c)
-- judges each candidate with the letters of every script; where the term
-- starts or ends with an ASCII letter or digit the frontier stays, as a
-- cheap first filter.
local function make_matcher(term, is_pattern)
  if is_pattern then return function(text, init) return text:find(term, init) end end
  local words = {}
  for w in require("lede")._lower(term):gmatch("%S+") do words[#words + 1] = literal(w) end
  if #words == 0 then return function() return nil end end -- only blanks: no word to find
  local pat = table.concat(words, "%s+")
  if pat:find("^%w") then pat = "%f[%w]" .. pat end
  if pat:find("%w$") then pat = pat .. "%f[%W]" end -- (literal escapes no letter or digit)
  local whole_word = require("lede")._whole_word
  return function(text, init)
    while true do
      local s, e = text:find(pat, init)
      if not s or whole_word(text, s, e) then return s, e end
      init = s + 1
    end
  end
end

-- Byte position of the character n characters away from position i (n < 0:
-- backwards), clamped to the text; i must start a character. A pattern hit
-- may start or end inside a character, so a failing utf8.offset falls back
-- to bytes and the cut is cleaned below.
local function char_offset(text, n, i)
  local ok, pos = pcall(utf8.offset, text, n, i)
  if ok then return pos end
  return math.max(1, math.min(#text + 1, i + n))
end

-- Drops broken UTF-8 sequences at the ends of s (cut context keeps whole
-- characters, so the table printer can count them).
local function whole_chars(s)
  s = s:gsub("^[\128-\191]+", "")
  local lead = s:find("[\192-\255][\128-\191]*$")
  if lead and not utf8.len(s, lead) then s = s:sub(1, lead - 1) end
  return s
end

-- Context to the left and right of a hit: width characters each side, cut
-- at character boundaries; runs of white space (newlines too) become one space.
local function context(text, s, e, width)
  local from = s > 1 and (char_offset(text, -width, s) or 1) or s
  local to = (char_offset(text, width + 1, e + 1) or (#text + 1)) - 1
  local left = whole_chars(text:sub(from, s - 1)):gsub("%s+", " ")
  local right = whole_chars(text:sub(e + 1, to)):gsub("%s+", " ")
  return left, right
end

local function sentence_context(text, s, e)
  local from = s
  while from > 1 and not text:sub(from - 2, from - 1):match("[%.!?][%s\"”]") and text:sub(from - 1, from - 1) ~= "\n" do
    from = from - 1
  end
  local to = e
  while to < #text and not text:sub(to, to):match("[%.!?\n]") do to = to + 1 end
  return text:sub(from, s - 1), text:sub(e + 1, to)
end

-- The words of a kwic context (already folded: _fold's compatibility
-- mapping makes no-break spaces spaces) for its sort key: runs of letters,
-- digits and apostrophes of any script. Curly single quotes are
-- apostrophes ("Kerry’s"); the rest of General Punctuation (U+2000-203F:
-- curly double quotes, dashes, wide spaces) splits words, as ASCII marks do.
local function sort_words(text)
  text = text:gsub("\xE2\x80[\x98\x99]", "'"):gsub("\xE2\x80[\x80-\xBF]", " ")
  return text:gmatch("[%w\128-\255']+")
end

--- corpus:kwic(term, opts?) -> rowset
--- Key word in context: every occurrence of term (a word or phrase, whole
--- words in any script: "Élysée" is not found in "Élyséens" nor "Jos" in
--- "José"; any case, in every script: "élysée" finds "ÉLYSÉE"; or a Lua
--- pattern with opts.pattern = true, as written) in the body
--- text, with the context around it, aligned on the hit. Rows: id, outlet,
--- left, hit, right. opts: width (characters of context, default 40),
--- sentence = true (the whole sentence as context), sort = "left" or
--- "right" (by the words next to the hit), limit, and the document filters
--- source, cluster, from, to. Fetched lazily: the first lines come at once.
--- Example: corpus:kwic("Aleppo", {sort = "right"})
function Corpus.kwic(corpus, term, opts)
  check(type(term) == "string" and term ~= "", 1, "kwic", "non-empty string expected, got " .. type(term))
  opts = checks.opts(opts, 2, "kwic")
  local width = checks.opt(opts, "width", "integer", 40, 2, "kwic")
  local limit = checks.opt(opts, "limit", "integer", math.maxinteger, 2, "kwic")
  check(opts.sort == nil or opts.sort == "left" or opts.sort == "right", 2, "kwic",
    "opts.sort: \"left\" or \"right\" expected")
  local where, args = {}, {}
  doc_filters(opts, "kwic", where, args)
  -- One streaming query, ordered by the index's own rowid order (FTS5
  -- consumes ORDER BY f.rowid; ordering by d.id instead made SQLite sort
  -- every candidate, bodies included, before the first line). A pattern
  -- cannot be searched, nor a term _phrase cannot write, so then every
  -- document is a candidate, in id order. Read with each(), which keeps no
  -- body once its hits are listed.
  local fts = not opts.pattern and M._phrase(term)
  local sql
  if fts then
    sql = "SELECT d.id, d.source, d.path, c.body FROM documents_fts f"
      .. " JOIN documents d ON d.id = f.rowid JOIN documents_fts_content c ON c.id = d.id"
    table.insert(where, 1, "documents_fts MATCH ?")
    table.insert(args, 1, fts)
  else
    sql = "SELECT d.id, d.source, d.path, c.body FROM documents d"
      .. " JOIN documents_fts_content c ON c.id = d.id"
  end
  if #where > 0 then sql = sql .. " WHERE " .. table.concat(where, " AND ") end
  sql = sql .. (fts and " ORDER BY f.rowid" or " ORDER BY d.id")
  local match = make_matcher(term, opts.pattern)
  local lower = require("lede")._lower
  -- A fresh run of the hits: the row set reads one, and each() and the
  -- exports to a file start their own, leaving it whole.
  local function open()
    local docs = corpus:sql(sql, table.unpack(args)):each()
    local doc, lowered, pos, n = nil, nil, 1, 0
    return function()
      while n < limit do
        if doc then
          local s, e = match(lowered, pos)
          if s then
            pos = e + 1
            n = n + 1
            local left, right
            if opts.sentence then left, right = sentence_context(doc.body, s, e)
            else left, right = context(doc.body, s, e, width) end
            return {id = doc.id, outlet = M.outlet(doc.source, doc.path), left = left,
                    hit = doc.body:sub(s, e), right = right}
          end
        end
        local _, next_doc = docs()
        if next_doc == nil then return nil end
        doc, pos = next_doc, 1
        doc.body = doc.body or ""
        lowered = opts.pattern and doc.body or lower(doc.body) -- same byte positions, every script
      end
      return nil
    end
  end
  local rows = rowset.from_iterator({"id", "outlet", "left", "hit", "right"}, open(), open)
  rows.align = {left = "right"}
  if opts.sort then
    local side, fold = opts.sort, require("lede")._fold
    rows = rows:sort(function(r)
      local words = {}
      for w in sort_words(fold(r[side])) do words[#words + 1] = w end
      if side == "left" then -- the word nearest the hit first
        local rev = {}
        for i = #words, 1, -1 do rev[#rev + 1] = words[i] end
        words = rev
      end
      return table.concat(words, " ")
    end)
  end
  return rows
end

return M
