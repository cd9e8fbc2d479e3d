-- lede.rowset: the results of every query. A row set has named columns and
-- rows (tables keyed by column name); it fetches rows lazily from its
-- source, so printing the first rows of a huge result reads only those. It
-- prints as an aligned table in the REPL and exports to CSV and JSON.

local M = {}

local RowSet = {}
RowSet.__name = "lede.RowSet"
M.RowSet = RowSet -- the class: its methods are documented for help()

local SHOWN = 50 -- rows drawn when a row set is printed

-- Fetches rows from the source until n are cached (or the source ends).
local function fill(rs, n)
  local rows = rs._rows
  while #rows < n and rs._next do
    local row = rs._next()
    if row == nil then rs._next = nil break end
    rows[#rows + 1] = row
  end
  return #rows
end

-- align: optional {column = "right"} for the printed table (kwic's left
-- context); carried over by head, where and sort. reopen: optional, a
-- function returning a fresh next_row from the first row (a query run
-- again), so that each() need not use the row set up.
local function new(columns, next_row, rows, align, reopen)
  return setmetatable({columns = columns, _rows = rows or {}, _next = next_row, align = align,
                       _reopen = reopen}, RowSet)
end

-- The columns of a list of rows: the union of their string keys, sorted.
local function columns_of(rows)
  local cols, seen = {}, {}
  for _, row in ipairs(rows) do
    for k in pairs(row) do
      if type(k) == "string" and not seen[k] then seen[k] = true cols[#cols + 1] = k end
    end
  end
  table.sort(cols)
  return cols
end

local check = require("lede.check").arg -- luaL_argerror's message shape
local write_each = require("lede.files").write_each

--- rowset.new(rows, columns?) -> rowset
--- A row set over a list of rows (tables keyed by column name). columns
--- gives the column order; by default the keys found, sorted.
--- Example: rowset.new({{outlet = "BBC", n = 3}}, {"outlet", "n"})
function M.new(rows, columns)
  check(type(rows) == "table", 1, "new", "table expected, got " .. type(rows))
  check(columns == nil or type(columns) == "table", 2, "new", "table expected, got " .. type(columns))
  local copy = table.move(rows, 1, #rows, 1, {})
  return new(columns or columns_of(copy), nil, copy)
end

--- rowset.from_iterator(columns, next_row, reopen?) -> rowset
--- A lazy row set: next_row() returns the next row or nil at the end. Rows
--- are fetched only as far as they are used. reopen, when given, returns
--- a fresh next_row that starts again from the first row (the query run
--- again): each() and the exports to a file then read through it and leave
--- the row set as it was.
function M.from_iterator(columns, next_row, reopen)
  check(type(columns) == "table", 1, "from_iterator", "table expected, got " .. type(columns))
  check(type(next_row) == "function", 2, "from_iterator", "function expected, got " .. type(next_row))
  check(reopen == nil or type(reopen) == "function", 3, "from_iterator",
        "function expected, got " .. type(reopen))
  return new(columns, next_row, nil, nil, reopen)
end

--- rowset.is_rowset(v) -> boolean
--- Whether v is a row set.
function M.is_rowset(v)
  return getmetatable(v) == RowSet
end

RowSet.__index = function(rs, key)
  if math.type(key) == "integer" then
    fill(rs, key)
    return rs._rows[key]
  end
  return RowSet[key]
end

RowSet.__len = function(rs)
  return fill(rs, math.huge)
end

--- rowset:rows() -> iterator
--- Iterates over all rows, fetching as it goes: for i, row in rs:rows() do ... end.
function RowSet.rows(rs)
  local i = 0
  return function()
    i = i + 1
    if fill(rs, i) < i then return nil end
    return i, rs._rows[i]
  end
end

-- A fresh next_row over rs from its first row, or nil when rs cannot give
-- one without being used up: a query's row set runs again, one read whole
-- reads its rows.
local function restart(rs)
  if rs._next == nil then
    local i, rows = 0, rs._rows
    return function() i = i + 1 return rows[i] end
  end
  return rs._reopen and rs._reopen() or nil
end

--- rowset:each() -> iterator
--- Iterates over all rows without keeping those not read yet: for one pass
--- over a result too big to hold (every quote of a large corpus). A row
--- set from a query (corpus:sql, corpus:quotes, corpus:kwic, ..., or where() on one)
--- runs its query again for the pass and stays as it was. Any other lazy
--- row set is used up: rows read before come first, and what each() passed
--- over is not there afterwards.
--- Example: for i, q in corpus:quotes():each() do ... end
function RowSet.each(rs)
  -- a run of its own when the source can start one (opening a query only prepares it)
  local next_row = rs._next and restart(rs)
  if next_row then
    local i = 0
    return function()
      local row = next_row()
      if row == nil then return nil end
      i = i + 1
      return i, row
    end
  end
  local i, cached = 0, #rs._rows
  return function()
    i = i + 1
    if i <= cached then return i, rs._rows[i] end
    local row = rs._next and rs._next()
    if row == nil then rs._next = nil return nil end
    return i, row
  end
end

--- rowset:head(n?) -> rowset
--- The first n rows (default 10) as a new row set; nothing past them is read.
function RowSet.head(rs, n)
  n = n or 10
  check(math.type(n) == "integer" and n >= 0, 1, "head", "non-negative integer expected")
  fill(rs, n)
  return new(rs.columns, nil, table.move(rs._rows, 1, math.min(n, #rs._rows), 1, {}), rs.align)
end

-- The rows of next_row for which fn(row) is true.
local function filtered(next_row, fn)
  return function()
    for row in next_row do
      if fn(row) then return row end
    end
    return nil
  end
end

--- rowset:where(fn) -> rowset
--- The rows for which fn(row) returns true, filtered lazily. Filtering a
--- query's row set gives one that each() and the exports to a file also
--- leave whole (they filter a fresh run of the query).
--- Example: corpus:quotes():where(function(q) return q.kind == "full" end)
function RowSet.where(rs, fn)
  check(type(fn) == "function", 1, "where", "function expected, got " .. type(fn))
  local iter = rs:rows()
  local function reopen()
    local next_row = restart(rs)
    return next_row and filtered(next_row, fn)
  end
  return new(rs.columns, filtered(function() local _, row = iter() return row end, fn), nil,
             rs.align, reopen)
end

-- Reads a sort or group key: a column name or a function of the row.
local function key_fn(key, fname)
  if type(key) == "function" then return key end
  check(type(key) == "string", 1, fname, "column name or function expected, got " .. type(key))
  return function(row) return row[key] end
end

-- Orders mixed values: nil last, numbers before strings, else by value.
local function less(a, b)
  if a == nil or b == nil then return a ~= nil end
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "number" or ta == "string" then return a < b end
  return tostring(a) < tostring(b)
end

--- rowset:sort(key, desc?) -> rowset
--- All rows ordered by key, a column name or a function of the row;
--- ascending unless desc is true. Stable: equal keys keep their order.
function RowSet.sort(rs, key, desc)
  local get = key_fn(key, "sort")
  fill(rs, math.huge)
  local decorated = {}
  for i, row in ipairs(rs._rows) do decorated[i] = {get(row), i, row} end
  table.sort(decorated, function(x, y)
    if x[1] ~= y[1] and (less(x[1], y[1]) or less(y[1], x[1])) then
      if desc then return less(y[1], x[1]) end
      return less(x[1], y[1])
    end
    return x[2] < y[2]
  end)
  local rows = {}
  for i, d in ipairs(decorated) do rows[i] = d[3] end
  return new(rs.columns, nil, rows, rs.align)
end

--- rowset:group(key) -> rowset
--- Counts the rows per value of key (a column name or a function): a row
--- set of {key, count}, the largest count first.
function RowSet.group(rs, key)
  local get = key_fn(key, "group")
  local name = type(key) == "string" and key or "key"
  local counts, order = {}, {}
  for _, row in rs:rows() do
    local k = get(row)
    if k == nil then k = "(none)" end
    if counts[k] == nil then counts[k] = 0 order[#order + 1] = k end
    counts[k] = counts[k] + 1
  end
  local rows = {}
  for i, k in ipairs(order) do rows[i] = {[name] = k, count = counts[k]} end
  return new({name, "count"}, nil, rows):sort("count", true)
end

local function csv_field(v)
  if v == nil then return "" end
  local s = tostring(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

-- The export formats, each as pieces: head(columns), then row(columns,
-- row, i) for the i-th row, then tail. Written to a file piece by piece, or
-- joined into one string: the same bytes either way.
local FORMATS = {}

FORMATS.csv = {
  head = function(cols)
    local line = {}
    for i, c in ipairs(cols) do line[i] = csv_field(c) end
    return table.concat(line, ",") .. "\r\n"
  end,
  row = function(cols, row)
    local line = {}
    for i, c in ipairs(cols) do line[i] = csv_field(row[c]) end
    return table.concat(line, ",") .. "\r\n"
  end,
  tail = "",
}

FORMATS.json = {
  head = function() return "[" end,
  row = function(cols, row, i)
    local encode = require("lede").json_encode
    local fields = {}
    for k, c in ipairs(cols) do fields[k] = encode(c) .. ":" .. encode(row[c]) end
    return (i > 1 and ",\n{" or "{") .. table.concat(fields, ",") .. "}"
  end,
  tail = "]\n",
}

-- Exports rs in format fname: returned as a string when dest is nil (the
-- rows read are kept, as rows() keeps them); else streamed through each()
-- to dest, a path or an open file, so no more than one row's text is held.
local function export(rs, dest, fname)
  check(dest == nil or type(dest) == "string" or io.type(dest) == "file", 1, fname,
        "string or file expected, got " .. type(dest))
  local format, cols = FORMATS[fname], rs.columns
  if dest == nil then
    local out = {format.head(cols)}
    for i, row in rs:rows() do out[#out + 1] = format.row(cols, row, i) end
    out[#out + 1] = format.tail
    return table.concat(out)
  end
  return write_each(dest, function(put)
    put(format.head(cols))
    for i, row in rs:each() do put(format.row(cols, row, i)) end
    put(format.tail)
  end)
end

--- rowset:csv(dest?) -> string | true | nil, message
--- All rows as CSV (RFC 4180, header first): returned as a string when
--- dest is nil, else written row by row, holding one row at a time, to
--- dest: a path (the file is replaced) or an open file such as io.stdout
--- (left open). Rows are read as by each(), so a row set from a query
--- stays as it was and another lazy one not read whole is used up.
--- Example: corpus:sql("SELECT id, outlet FROM documents"):csv("docs.csv")
function RowSet.csv(rs, dest)
  return export(rs, dest, "csv")
end

--- rowset:json(dest?) -> string | true | nil, message
--- All rows as a JSON array of objects with keys in column order: returned
--- as a string when dest is nil, else written row by row to dest (a path
--- or an open file), as csv writes.
function RowSet.json(rs, dest)
  return export(rs, dest, "json")
end

RowSet.__tostring = function(rs)
  local n = fill(rs, SHOWN + 1)
  local rows = table.move(rs._rows, 1, math.min(n, SHOWN), 1, {})
  local is_complete = rs._next == nil
  return require("lede.pretty").table(rows, {
    columns = rs.columns, max_rows = SHOWN, count = #rs._rows, align = rs.align,
    footer = not is_complete and ("more than %d rows (first %d shown; #rs counts them)"):format(SHOWN, SHOWN) or nil,
  })
end

return M
