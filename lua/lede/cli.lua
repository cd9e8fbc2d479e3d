-- lede.cli: the parts of the command line that are composition rather than
-- speed: opening the corpus named on the command line (ingesting the paths
-- given with it), the overview printed when stdin is no terminal, and
-- `lede sql`. src/main.c calls these; they print and raise like a command.

local M = {}

--- cli.open(db, paths?) -> corpus | nil, message
--- Opens (or creates) the corpus db and ingests paths into it, printing a
--- one-line summary and each failure on stderr.
function M.open(db, paths)
  local corpus, err = require("lede").open(db)
  if not corpus then return nil, err end
  if paths and #paths > 0 then
    local r = corpus:ingest(paths)
    io.stderr:write(("ingested %d, skipped %d (already stored), failed %d\n"):format(
      r.added, r.skipped, r.failed))
    for _, e in ipairs(r.errors) do io.stderr:write("lede: ", e, "\n") end
  end
  return corpus
end

--- cli.sql(db, query, format?) -> true | nil, message
--- `lede sql`: runs a read-only query on db and prints the rows as a table
--- (the default), "csv" or "json" (these two written row by row).
function M.sql(db, query, format)
  local corpus, err = require("lede").open(db, {readonly = true})
  if not corpus then return nil, err end
  local ok, rows = pcall(corpus.sql, corpus, query)
  if not ok then
    corpus:close()
    return nil, (tostring(rows):gsub("^.-: sql: ", "sql: "))
  end
  local written, werr = true, nil
  if format == "csv" or format == "json" then -- streamed: one row held at a time
    written, werr = rows[format](rows, io.stdout)
  else print(require("lede.pretty").table(rows, {columns = rows.columns, count = #rows,
    max_rows = math.huge})) end
  corpus:close()
  return written, werr
end

--- cli.intro(corpus) -> nothing
--- The line the REPL prints under its banner: which corpus the global
--- `corpus` holds, how many documents, and what to try first.
function M.intro(corpus)
  local name = tostring(corpus):gsub("^corpus ", ""):gsub("^:memory:$", "a corpus in memory")
  print(("corpus = %s, %d document%s. Try corpus:docs(), corpus:search(\"...\"), help().")
    :format(name, #corpus, #corpus == 1 and "" or "s"))
end

return M
