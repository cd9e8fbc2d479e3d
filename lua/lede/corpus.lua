-- lede.corpus: the composed part of the corpus API. lede.open (C, in
-- src/bind/lcorpus.c) returns a Corpus whose methods fall back to the
-- Corpus class here; these build row sets and Doc objects from SQL over the
-- store's schema (docs/schema.md) through the C primitive corpus:_query.

local M = {}

local rowset = require("lede.rowset")

local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

local Doc = {}
Doc.__name = "lede.Doc"
M.Doc = Doc

local check = require("lede.check").arg -- luaL_argerror's message shape

-- Runs query and returns a lazy row set; a bad query raises its message.
-- The row set can run the query again (each() and file exports do).
local function query(corpus, fname, sql, ...)
  local cursor, err = corpus:_query(sql, ...)
  if not cursor then error(fname .. ": " .. err, 3) end
  local args = table.pack(...)
  local function reopen()
    local again = assert(corpus:_query(sql, table.unpack(args, 1, args.n)))
    return function() return again:_next() end
  end
  return rowset.from_iterator(cursor:_columns(), function() return cursor:_next() end, reopen)
end

--- corpus:sql(query, ...) -> rowset
--- Runs one read-only SQL statement over the corpus (tables in
--- docs/schema.md) with the extra arguments bound to its ? parameters,
--- never spliced. Statements that write are refused.
--- Example: corpus:sql("SELECT source, count(*) AS n FROM documents GROUP BY source")
function Corpus.sql(corpus, sql, ...)
  check(type(sql) == "string", 1, "sql", "string expected, got " .. type(sql))
  return query(corpus, "sql", sql, ...)
end

local DOC_COLUMNS = {"id", "title", "source", "published", "path"}

--- corpus:docs(filter?) -> rowset
--- The documents (id, title, source, published, path) in the order they
--- were added. filter may hold source, cluster, and from / to (ISO dates,
--- inclusive) to narrow them.
--- Example: corpus:docs{source = "Reuters"}
function Corpus.docs(corpus, filter)
  check(filter == nil or type(filter) == "table", 1, "docs", "table expected, got " .. type(filter))
  filter = filter or {}
  local where, args = {}, {}
  for _, f in ipairs({{"source", "source = ?"}, {"cluster", "cluster = ?"},
                      {"from", "published >= ?"}, {"to", "published <= ?"}}) do
    local v = filter[f[1]]
    if v ~= nil then
      check(type(v) == "string", 1, "docs", ("filter.%s: string expected, got %s"):format(f[1], type(v)))
      where[#where + 1] = f[2]
      args[#args + 1] = v
    end
  end
  local sql = "SELECT id, title, source, published, path FROM documents"
  if #where > 0 then sql = sql .. " WHERE " .. table.concat(where, " AND ") end
  local rs = query(corpus, "docs", sql .. " ORDER BY id", table.unpack(args))
  rs.columns = DOC_COLUMNS
  return rs
end

--- corpus:doc(id) -> doc | nil
--- One document by id: a Doc with fields id, title, bylines, source, date,
--- url, path, cluster, text, and the methods blocks, sentences, quotes,
--- entities, numbers and dates.
function Corpus.doc(corpus, id)
  check(math.type(id) == "integer", 1, "doc", "integer expected, got " .. (math.type(id) or type(id)))
  local row = query(corpus, "doc", "SELECT id, title, bylines, source, published, url, path, cluster,"
    .. " text FROM documents WHERE id = ?", id)[1]
  if row == nil then return nil end
  row.date, row.published = row.published, nil
  row.bylines = require("lede").json_decode(row.bylines) or {}
  row._corpus = corpus
  return setmetatable(row, Doc)
end

Doc.__index = Doc

Doc.__tostring = function(doc)
  return ("doc %d: %s (%s)"):format(doc.id, doc.title or "untitled", doc.source or doc.path or "?")
end

local function doc_rows(doc, fname, sql, columns)
  local rs = query(doc._corpus, fname, sql, doc.id)
  rs.columns = columns
  return rs
end

--- doc:blocks() -> rowset
--- The document's lines in order with their kind (title, body, caption,
--- boilerplate, ...) and byte offsets into doc.text.
function Doc.blocks(doc)
  return doc_rows(doc, "blocks", "SELECT seq, kind, text, byte_start, byte_end FROM block_texts"
    .. " WHERE doc_id = ? ORDER BY seq", {"seq", "kind", "text"})
end

--- doc:sentences() -> rowset
--- The body sentences in order.
function Doc.sentences(doc)
  return doc_rows(doc, "sentences", "SELECT seq, text, byte_start, byte_end FROM sentence_texts"
    .. " WHERE doc_id = ? ORDER BY seq", {"seq", "text"})
end

--- doc:quotes() -> rowset
--- The quotations with speaker, cue and kind (full, partial, scare).
function Doc.quotes(doc)
  return doc_rows(doc, "quotes", "SELECT seq, speaker, cue, kind, text, byte_start, byte_end"
    .. " FROM quotes WHERE doc_id = ? ORDER BY seq", {"speaker", "cue", "kind", "text"})
end

--- doc:entities() -> rowset
--- People, organizations, places and others, with their title and number
--- of mentions.
function Doc.entities(doc)
  return doc_rows(doc, "entities", "SELECT e.seq, e.name, e.type, e.title,"
    .. " (SELECT count(*) FROM mentions m WHERE m.doc_id = e.doc_id AND m.entity = e.seq) AS mentions"
    .. " FROM entities e WHERE e.doc_id = ? ORDER BY e.seq", {"name", "type", "title", "mentions"})
end

--- doc:numbers() -> rowset
--- The figures: text, value (nil for vague amounts), unit and approximation.
function Doc.numbers(doc)
  return doc_rows(doc, "numbers", "SELECT seq, text, value, unit, approx FROM numbers"
    .. " WHERE doc_id = ? ORDER BY seq", {"text", "value", "unit", "approx"})
end

--- doc:dates() -> rowset
--- The dates and time expressions, with their ISO value when resolved.
function Doc.dates(doc)
  return doc_rows(doc, "dates", "SELECT seq, text, value, precision FROM dates"
    .. " WHERE doc_id = ? ORDER BY seq", {"text", "value", "precision"})
end

--- corpus:overview() -> string
--- A short description of the corpus: documents, sources, dates, and the
--- list of documents.
function Corpus.overview(corpus)
  local stats = query(corpus, "overview", "SELECT count(*) AS n, count(DISTINCT source) AS sources,"
    .. " min(published) AS first, max(published) AS last FROM documents")[1]
  local lines = {("%d document%s%s%s"):format(stats.n, stats.n == 1 and "" or "s",
    stats.sources > 0 and (" from %d source%s"):format(stats.sources, stats.sources == 1 and "" or "s") or "",
    stats.first and (", published " .. stats.first .. " to " .. stats.last) or "")}
  if stats.n > 0 then lines[2] = tostring(corpus:docs()) end
  return table.concat(lines, "\n")
end

-- The methods written in other modules join the class here, so that one
-- table (flat, for tab completion) holds them all.
for _, name in ipairs({"lede.search", "lede.people", "lede.timeline", "lede.summary", "lede.stats",
                      "lede.compare", "lede.similar", "lede.conflicts"}) do
  for k, v in pairs(require(name).Corpus) do Corpus[k] = v end
end

return M
