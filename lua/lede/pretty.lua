-- lede.pretty: how values look in the REPL. Scalars print as Lua would,
-- tables as depth-limited, cycle-safe trees, and sequences of records as
-- aligned column tables in the style of the sqlite3 shell's box mode, cut to
-- the terminal width. Row sets (lede.rowset) print through M.table.

local M = {}

local MAX_DEPTH = 4      -- deeper tables print as {...}
local MAX_ITEMS = 100    -- entries shown per table before "... N more"
local MAX_CELL = 60      -- a table cell is cut to this many characters

local function term_width()
  local ok, lede = pcall(require, "lede")
  if ok and type(lede) == "table" and lede.term_width then return lede.term_width() end
  return 80
end

-- Number of characters (code points) in s; bytes when s is not UTF-8.
local function width(s)
  return utf8.len(s) or #s
end

-- Cuts s to at most n characters, marking the cut with "…" (never mid-character).
local function truncate(s, n)
  if width(s) <= n then return s end
  if n <= 1 then return ("…"):sub(1, n > 0 and 3 or 0) end
  local cut = utf8.offset(s, n) -- byte where character n starts
  if cut == nil then return s:sub(1, n - 1) .. "…" end
  return s:sub(1, cut - 1) .. "…"
end
M._truncate = truncate

-- Cuts s to its last n characters, marking the cut with a leading "…".
local function truncate_left(s, n)
  local len = width(s)
  if len <= n then return s end
  if n <= 1 then return ("…"):sub(1, n > 0 and 3 or 0) end
  local from = utf8.offset(s, len - n + 2)
  if from == nil then return "…" .. s:sub(-(n - 1)) end
  return "…" .. s:sub(from)
end

local function is_identifier(k)
  return type(k) == "string" and k:match("^[%a_][%w_]*$") ~= nil
end

-- A scalar as it appears inside a table: strings quoted, the rest tostring.
local function scalar(v)
  if type(v) == "string" then return (("%q"):format(v):gsub("\\\n", "\\n")) end
  return tostring(v)
end

-- Keys of t in a stable order: the sequence part first, then other keys
-- sorted (numbers before strings, then by value).
local function ordered_keys(t)
  local n, keys = #t, {}
  for i = 1, n do keys[i] = i end
  local rest = {}
  for k in pairs(t) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then rest[#rest + 1] = k end
  end
  table.sort(rest, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta < tb end
    if ta == "number" or ta == "string" then return a < b end
    return tostring(a) < tostring(b)
  end)
  for _, k in ipairs(rest) do keys[#keys + 1] = k end
  return keys, n
end

local function has_tostring(v)
  local mt = getmetatable(v)
  return type(mt) == "table" and mt.__tostring ~= nil
end

-- The one-line form of a small table ("{ 1, 2, { a = 1 } }"), or nil when t
-- is too big, too deep or cyclic to read well on one line.
local function inline(t, depth, path)
  if depth >= MAX_DEPTH or path[t] then return nil end
  if has_tostring(t) then return tostring(t) end
  if next(t) == nil then return "{}" end
  local keys, n_seq = ordered_keys(t)
  if #keys > 12 then return nil end
  path[t] = true
  local parts = {}
  for i, k in ipairs(keys) do
    local v = t[k]
    local text
    if type(v) == "table" then text = inline(v, depth + 1, path) else text = scalar(v) end
    if text == nil then path[t] = nil return nil end
    local key = i <= n_seq and "" or ((is_identifier(k) and k or "[" .. scalar(k) .. "]") .. " = ")
    parts[i] = key .. text
  end
  path[t] = nil
  local line = "{ " .. table.concat(parts, ", ") .. " }"
  if width(line) > 100 then return nil end
  return line
end

-- Renders t as a tree into the array out. path holds the tables being
-- printed (for cycles); depth counts from 0.
local function tree(t, out, indent, depth, path)
  if path[t] then out[#out + 1] = "<cycle: " .. tostring(t) .. ">" return end
  if has_tostring(t) then out[#out + 1] = tostring(t) return end
  if next(t) == nil then out[#out + 1] = "{}" return end
  if depth >= MAX_DEPTH then out[#out + 1] = "{...}" return end
  local line = inline(t, depth, path)
  if line and #indent + width(line) <= term_width() then
    out[#out + 1] = line
    return
  end
  path[t] = true
  local keys, n_seq = ordered_keys(t)
  out[#out + 1] = "{\n"
  local inner = indent .. "  "
  for i = 1, math.min(#keys, MAX_ITEMS) do
    local k = keys[i]
    out[#out + 1] = inner
    if i > n_seq then
      out[#out + 1] = (is_identifier(k) and k or "[" .. scalar(k) .. "]") .. " = "
    end
    local v = t[k]
    if type(v) == "table" then tree(v, out, inner, depth + 1, path) else out[#out + 1] = scalar(v) end
    out[#out + 1] = ",\n"
  end
  if #keys > MAX_ITEMS then
    out[#out + 1] = inner .. ("... %d more\n"):format(#keys - MAX_ITEMS)
  end
  out[#out + 1] = indent .. "}"
  path[t] = nil
end

--- pretty.thousands(n) -> string
--- A number with thousands separators in its integer part: 275000 ->
--- "275,000", -1234.5 -> "-1,234.5"; what tostring gives otherwise.
--- Example: pretty.thousands(1234567) --> "1,234,567"
function M.thousands(n)
  local s = math.type(n) == "integer" and ("%d"):format(n) or tostring(n)
  local sign, int, rest = s:match("^(%-?)(%d+)(.*)$")
  if not int then return s end
  return sign .. int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "") .. rest
end

--- pretty.format(value) -> string
--- The text the REPL shows for value: strings as they are, tables as
--- indented trees (depth-limited, cycles marked) or, for a sequence of
--- records, as an aligned column table.
--- Example: pretty.format({1, 2, {a = 1}})
function M.format(value)
  if type(value) ~= "table" or has_tostring(value) then return tostring(value) end
  if M.is_records(value) then return M.table(value) end
  local out = {}
  tree(value, out, "", 0, {})
  return table.concat(out)
end

--- pretty.is_records(t) -> boolean
--- Whether t is a non-empty sequence whose items are all tables holding
--- only scalar values under string keys: the shape that prints as columns.
function M.is_records(t)
  local n = #t
  if type(t) ~= "table" or n == 0 or has_tostring(t) then return false end
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  for i = 1, n do
    local row = t[i]
    if type(row) ~= "table" or next(row) == nil or has_tostring(row) then return false end
    for k, v in pairs(row) do
      if type(k) ~= "string" or type(v) == "table" or type(v) == "function" then return false end
    end
  end
  return true
end

-- The columns of a record list: the union of keys, in first-seen order of
-- a sorted walk, so the order is the same every run.
local function columns_of(rows)
  local cols, seen = {}, {}
  for i = 1, #rows do
    local keys = {}
    for k in pairs(rows[i]) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do
      if not seen[k] then seen[k] = true cols[#cols + 1] = k end
    end
  end
  return cols
end

-- Shrinks the widest columns until the drawn table (borders included) fits.
local function fit_widths(widths, limit)
  local function total()
    local sum = 1
    for _, w in ipairs(widths) do sum = sum + w + 3 end
    return sum
  end
  while total() > limit do
    local widest, at = 0, nil
    for i, w in ipairs(widths) do if w > widest then widest, at = w, i end end
    if widest <= 3 then break end
    widths[at] = widest - 1
  end
end

local function cell_text(v)
  if v == nil then return "" end
  local s = tostring(v):gsub("[\r\n\t]", " ")
  return s
end

--- pretty.table(rows, opts?) -> string
--- Draws a sequence of records as a box table with a header and a row
--- count, numbers right-aligned, cells cut with "…" to fit the terminal.
--- opts.columns gives the column order; opts.width overrides the terminal
--- width; opts.max_rows (default 50) limits the rows drawn; opts.count is
--- the total to report, opts.footer replaces the footer line, and
--- opts.align = {column = "right"|"left"} sets a column's alignment.
--- Example: print(pretty.table({{name = "Kerry", n = 3}, {name = "Ban", n = 1}}))
function M.table(rows, opts)
  opts = opts or {}
  local cols = opts.columns or columns_of(rows)
  local n_rows = opts.count or #rows
  local max_rows = opts.max_rows or 50
  local shown = math.min(#rows, max_rows)
  local widths, cells = {}, {}
  for c, name in ipairs(cols) do widths[c] = math.min(width(name), MAX_CELL) end
  for r = 1, shown do
    cells[r] = {}
    for c, name in ipairs(cols) do
      local cut = opts.align and opts.align[name] == "right" and truncate_left or truncate
      local s = cut(cell_text(rows[r][name]), MAX_CELL)
      cells[r][c] = s
      if width(s) > widths[c] then widths[c] = width(s) end
    end
  end
  fit_widths(widths, opts.width or term_width())
  local function rule(l, m, r)
    local parts = {}
    for c = 1, #cols do parts[c] = ("─"):rep(widths[c] + 2) end
    return l .. table.concat(parts, m) .. r
  end
  local function line(values, is_header)
    local parts = {}
    for c = 1, #cols do
      local set = opts.align and opts.align[cols[c]]
      local right = not is_header and (set == "right" or set == nil and math.type(tonumber(values[c])) ~= nil)
      local s = (right and set == "right" and truncate_left or truncate)(values[c], widths[c])
      local pad = (" "):rep(widths[c] - width(s))
      parts[c] = " " .. (right and pad .. s or s .. pad) .. " "
    end
    return "│" .. table.concat(parts, "│") .. "│"
  end
  local out = {rule("┌", "┬", "┐"), line(cols, true), rule("├", "┼", "┤")}
  for r = 1, shown do out[#out + 1] = line(cells[r], false) end
  out[#out + 1] = rule("└", "┴", "┘")
  local footer = ("%d row%s"):format(n_rows, n_rows == 1 and "" or "s")
  if shown < n_rows then footer = footer .. (" (first %d shown)"):format(shown) end
  if opts.footer then footer = opts.footer end
  out[#out + 1] = footer
  return table.concat(out, "\n")
end

--- pretty.print_results(...) -> nothing
--- Prints the values a REPL line returned: one value as pretty.format
--- shows it, several side by side separated by tabs.
function M.print_results(...)
  local n = select("#", ...)
  if n == 1 then
    print(M.format((...)))
    return
  end
  local parts = {}
  for i = 1, n do
    local v = select(i, ...)
    parts[i] = type(v) == "table" and M.format(v):gsub("%s*\n%s*", " ") or tostring(v)
  end
  print(table.concat(parts, "\t"))
end

return M
