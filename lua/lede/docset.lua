-- lede.docset: which documents an analysis runs over. The analysis methods
-- (freq, keyness, similar, duplicates, summarize, ...) accept a selection of
-- documents as a list of ids, a row set with an id column (corpus:docs(),
-- corpus:search(...)) or a single id; this module reads such a selection
-- and streams the body text of its documents one at a time, so no analysis
-- holds the whole corpus in memory.

local M = {}

local outlet = require("lede.search").outlet

local check_arg = require("lede.check").arg -- raises at the user's line

local function arg_error(n, fname, msg) check_arg(false, n, fname, msg) end

--- docset.ids(docs, n, fname) -> {id, ...} | nil
--- Reads a selection of documents given as argument n of fname: nil (all
--- documents: returns nil), an id, a list of ids, or a row set whose rows
--- have an id column. Anything else raises "bad argument #n to 'fname'".
function M.ids(docs, n, fname)
  if docs == nil then return nil end
  if math.type(docs) == "integer" then return {docs} end
  if type(docs) ~= "table" then
    arg_error(n, fname, "list of document ids or row set expected, got " .. type(docs))
  end
  local ids = {}
  if require("lede.rowset").is_rowset(docs) then
    for _, row in docs:rows() do
      if math.type(row.id) ~= "integer" then arg_error(n, fname, "row set without an id column") end
      ids[#ids + 1] = row.id
    end
    return ids
  end
  for i, id in ipairs(docs) do
    if math.type(id) ~= "integer" then
      arg_error(n, fname, ("document %d: integer id expected, got %s"):format(i, math.type(id) or type(id)))
    end
    ids[i] = id
  end
  return ids
end

--- docset.bodies(corpus, ids?, label?) -> iterator
--- Iterates over the documents of ids (all when nil), in id order, one row
--- at a time: {id=, outlet=, title=, body=} with body the text of the body
--- blocks (what search and kwic read). Nothing is read ahead. With a label
--- ("duplicates"), a pass that takes more than a second shows a progress
--- line on a terminal (lede.progress), cleared when the pass ends.
--- Example: for doc in docset.bodies(corpus, {1, 2}) do print(doc.id, #doc.body) end
function M.bodies(corpus, ids, label)
  local sql = "SELECT d.id, d.source, d.path, d.title, c.body FROM documents d"
    .. " JOIN documents_fts_content c ON c.id = d.id"
  -- the cursor itself, not a row set: a row set caches every row it reads
  local cursor, err
  if ids then
    cursor, err = corpus:_query(sql .. " WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id",
      require("lede").json_encode(ids))
  else
    cursor, err = corpus:_query(sql .. " ORDER BY d.id")
  end
  if not cursor then error(err, 2) end
  local progress = label and require("lede.progress").new(label, ids and #ids
    or function() return corpus:sql("SELECT count(*) AS n FROM documents")[1].n end)
  return function()
    local row = cursor:_next()
    if row == nil then
      if progress then progress:finish() end
      return nil
    end
    row.outlet = outlet(row.source, row.path)
    row.body = row.body or ""
    if progress then progress:step(#row.body) end
    return row
  end
end

--- docset.state(corpus) -> string
--- A fingerprint of the corpus's documents (their number and last id):
--- analyses that cache counts over the whole corpus recompute them when
--- it changes.
function M.state(corpus)
  local r = corpus:sql("SELECT count(*) AS n, max(id) AS last FROM documents")[1]
  return ("%d:%s"):format(r.n, tostring(r.last))
end

return M
