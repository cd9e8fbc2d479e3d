-- lede.search: finding text in the corpus. corpus:search runs FTS5 queries
-- ranked by BM25 with marked snippets; corpus:kwic lists every hit of a
-- word, phrase or pattern with its context, aligned. Both read only the
-- body text (the blocks the parser classed as body), never page clutter.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

local rowset = require("lede.rowset")

local check = require("lede.check").arg -- luaL_argerror's message shape

--- search.outlet(source, path) -> string | nil
--- The label of a document's outlet: its source when the input named one,
--- else its file name without the extension.
function M.outlet(source, path)
  if source and source ~= "" then return source end
  if not path then return nil end
  return (path:match("([^/]+)$") or path):gsub("%.[%w]+$", "")
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

local function opt_integer(opts, key, default, fname)
  local v = opts[key]
  if v == nil then return default end
  check(math.type(v) == "integer" and v >= 0, 2, fname,
    ("opts.%s: non-negative integer expected, got %s"):format(key, math.type(v) or type(v)))
  return v
end

-- FTS5's errors name its internals; this says what the user can fix.
local function query_error(fname, q, err)
  err = tostring(err):gsub("^.-sql: ", ""):gsub("^fts5: ", "")
  return ("%s: bad query %q: %s (use words, \"exact phrases\", AND, OR, NOT, NEAR(a b, 10), prefix*)")
    :format(fname, q, err)
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
  check(opts == nil or type(opts) == "table", 2, "search", "table expected, got " .. type(opts))
  opts = opts or {}
  local where, args = {"documents_fts MATCH ?"}, {q}
  doc_filters(opts, "search", where, args)
  args[#args + 1] = opt_integer(opts, "limit", 20, "search")
  args[#args + 1] = opt_integer(opts, "offset", 0, "search")
  local sql = "SELECT d.id, d.title, d.source, d.path, d.published,"
    .. " -bm25(documents_fts, 5.0, 1.0) AS score,"
    .. " snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet"
    .. " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
    .. " WHERE " .. table.concat(where, " AND ")
    .. " ORDER BY bm25(documents_fts, 5.0, 1.0) LIMIT ? OFFSET ?"
  -- fetch now: FTS5 reports a malformed query only when the first row is read
  local ok, rows = pcall(function()
    local rs = corpus:sql(sql, table.unpack(args))
    local list = {}
    for _, row in rs:rows() do
      row.outlet = M.outlet(row.source, row.path)
      row.score = tonumber(("%.4g"):format(row.score))
      list[#list + 1] = row
    end
    return list
  end)
  if not ok then error(query_error("search", q, rows), 2) end
  return rowset.new(rows, {"id", "outlet", "title", "score", "snippet"})
end

-- Escapes Lua pattern magic in s.
local function literal(s)
  return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0"))
end

-- Builds the matcher of kwic: a function(lowered_text, init) returning the
-- next hit's start and end, whole words only, case-insensitive.
local function make_matcher(term, is_pattern)
  local pat
  if is_pattern then
    pat = term
  else
    local words = {}
    for w in term:lower():gmatch("%S+") do words[#words + 1] = literal(w) end
    pat = "%f[%w]" .. table.concat(words, "%s+") .. "%f[%W]"
  end
  return function(text, init) return text:find(pat, init) end
end

-- The FTS5 query that finds the documents which may hold term: its words as
-- a phrase (a pattern cannot be searched: all documents are candidates).
local function candidate_query(term)
  local words = {}
  for w in term:gmatch("[%w']+") do words[#words + 1] = w:gsub("'", " ") end
  if #words == 0 then return nil end
  return '"' .. table.concat(words, " ") .. '"'
end

-- Context to the left and right of a hit, in characters or as the whole
-- sentence around it; newlines become spaces.
local function context(text, s, e, width)
  local left = text:sub(math.max(1, s - width * 3), s - 1):gsub("%s+", " ")
  local right = text:sub(e + 1, e + width * 3):gsub("%s+", " ")
  local n = utf8.len(left) or #left
  if n > width then left = left:sub(utf8.offset(left, n - width + 1) or 1) end
  local m = utf8.len(right) or #right
  if m > width then right = right:sub(1, (utf8.offset(right, width + 1) or (#right + 1)) - 1) end
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

--- corpus:kwic(term, opts?) -> rowset
--- Key word in context: every occurrence of term (a word or phrase, whole
--- words, any case; or a Lua pattern with opts.pattern = true) in the body
--- text, with the context around it, aligned on the hit. Rows: id, outlet,
--- left, hit, right. opts: width (characters of context, default 40),
--- sentence = true (the whole sentence as context), sort = "left" or
--- "right" (by the words next to the hit), limit, and the document filters
--- source, cluster, from, to. Fetched lazily: the first lines come at once.
--- Example: corpus:kwic("Aleppo", {sort = "right"})
function Corpus.kwic(corpus, term, opts)
  check(type(term) == "string" and term ~= "", 1, "kwic", "non-empty string expected, got " .. type(term))
  check(opts == nil or type(opts) == "table", 2, "kwic", "table expected, got " .. type(opts))
  opts = opts or {}
  local width = opt_integer(opts, "width", 40, "kwic")
  local limit = opt_integer(opts, "limit", math.maxinteger, "kwic")
  check(opts.sort == nil or opts.sort == "left" or opts.sort == "right", 2, "kwic",
    "opts.sort: \"left\" or \"right\" expected")
  local where, args = {}, {}
  doc_filters(opts, "kwic", where, args)
  local fts = not opts.pattern and candidate_query(term)
  local sql = "SELECT d.id, d.source, d.path, c.body FROM documents d"
    .. " JOIN documents_fts_content c ON c.id = d.id"
  if fts then
    sql = "SELECT d.id, d.source, d.path, c.body FROM documents_fts f"
      .. " JOIN documents d ON d.id = f.rowid JOIN documents_fts_content c ON c.id = d.id"
    table.insert(where, 1, "documents_fts MATCH ?")
    table.insert(args, 1, fts)
  end
  if #where > 0 then sql = sql .. " WHERE " .. table.concat(where, " AND ") end
  local docs = corpus:sql(sql .. " ORDER BY d.id", table.unpack(args)):rows()
  local match = make_matcher(term, opts.pattern)
  local doc, lowered, pos, n = nil, nil, 1, 0
  local rows = rowset.from_iterator({"id", "outlet", "left", "hit", "right"}, function()
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
      lowered = opts.pattern and doc.body or doc.body:lower()
    end
    return nil
  end)
  rows.align = {left = "right"}
  if opts.sort then
    local side = opts.sort
    rows = rows:sort(function(r)
      local words = {}
      for w in r[side]:lower():gmatch("[%w']+") do words[#words + 1] = w end
      if side == "left" then -- the word nearest the hit first
        local rev = {}
        for i = #words, 1, -1 do rev[#rev + 1] = words[i] end
        words = rev
      end
      return table.concat(words, " ")
    end)
    rows.align = {left = "right"}
  end
  return rows
end

return M
