-- lede.notebook: notebooks are plain Lua files in which comment lines that
-- start with "--- " (at the start of the line) are Markdown prose and the
-- code between prose blocks forms chunks. This module parses a notebook into
-- cells and runs it top to bottom, recording for each chunk what it printed
-- and the value of its last expression; lede.report writes the result as
-- Markdown or HTML, and `lede render` (src/cmd_render.c) drives both.
--
-- The whole notebook runs as ONE Lua chunk, exactly as `lede run` would run
-- it, so a local defined in one chunk is visible in the next. Calls that
-- mark where each chunk begins and that catch its last expression are
-- written into the source on the lines it already has, so line numbers in
-- messages and tracebacks are the notebook's own.

local M = {}

local rowset = require("lede.rowset")
local pretty = require("lede.pretty")
local chart = require("lede.chart")

local MAX_ROWS = 50          -- rows of a row set kept for the report
local MAX_EXPR_LINES = 60    -- how far back from a chunk's end an expression may start
local PRINT_WIDTH = 100      -- columns of tables printed inside a notebook
local HOOKS = "__lede_nb"    -- the local that holds the run's hooks

local check = require("lede.check").arg -- luaL_argerror's message shape

---------------------------------------------------------------------------
-- Parsing
---------------------------------------------------------------------------

-- The prose text of a line, or nil when the line is code: "--- text" at
-- the start of the line, or "---" alone (a blank prose line).
local function prose_of(line)
  if line == "---" then return "" end
  return line:match("^%-%-%- (.*)$")
end

local function is_blank(line) return line:match("^%s*$") ~= nil end

-- Splits source into lines (without their "\n"; a final "\r" is dropped).
local function split_lines(source)
  local lines = {}
  for line in (source .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = (line:gsub("\r$", "")) end
  if lines[#lines] == "" and source:sub(-1) == "\n" then lines[#lines] = nil end
  return lines
end

-- Appends a code cell for lines[a..b] with the blank lines at either end
-- trimmed; a chunk of blank lines only is no cell.
local function add_code(cells, lines, a, b)
  while a <= b and is_blank(lines[a]) do a = a + 1 end
  while b >= a and is_blank(lines[b]) do b = b - 1 end
  if a > b then return end
  local n = 0
  for _, c in ipairs(cells) do if c.kind == "code" then n = n + 1 end end
  cells[#cells + 1] = {kind = "code", index = n + 1, first = a, last = b,
    code = table.concat(lines, "\n", a, b)}
end

--- notebook.parse(source, name?) -> notebook
--- Splits the text of a notebook into cells: {kind = "prose", text} for
--- runs of "--- " lines (Markdown) and {kind = "code", index, first, last,
--- code} for the chunks between them (first and last are line numbers).
--- name (default "notebook") names the notebook in messages. A first line
--- starting with "#!" is skipped.
--- Example: notebook.parse("--- # Hi\nreturn 1 + 1\n").cells[2].code
function M.parse(source, name)
  check(type(source) == "string", 1, "parse", "string expected, got " .. type(source))
  check(name == nil or type(name) == "string", 2, "parse", "string expected, got " .. type(name))
  local lines = split_lines(source)
  if lines[1] and lines[1]:sub(1, 2) == "#!" then lines[1] = "" end
  local cells, code_from, prose, gap = {}, 1, nil, false
  for i, line in ipairs(lines) do
    local text = prose_of(line)
    if text then
      add_code(cells, lines, code_from, i - 1)
      code_from = i + 1
      if not prose then prose = {kind = "prose", first = i, lines = {}} cells[#cells + 1] = prose end
      if gap then prose.lines[#prose.lines + 1] = "" end -- blank lines between prose: a new paragraph
      prose.lines[#prose.lines + 1] = text
      gap = false
    elseif is_blank(line) then
      gap = prose ~= nil
    else
      prose, gap = nil, false
    end
  end
  add_code(cells, lines, code_from, #lines)
  for _, c in ipairs(cells) do
    if c.kind == "prose" then c.text = table.concat(c.lines, "\n") c.lines = nil end
  end
  return {name = name or "notebook", lines = lines, cells = cells}
end

--- notebook.load(path) -> notebook | nil, message
--- Reads and parses the notebook file at path (see notebook.parse); the
--- path names it in messages and tracebacks.
function M.load(path)
  check(type(path) == "string", 1, "load", "string expected, got " .. type(path))
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local source = f:read("a")
  f:close()
  if source == nil then return nil, path .. ": cannot read" end
  return M.parse(source, path)
end

---------------------------------------------------------------------------
-- Instrumenting: one chunk of Lua with hooks on the notebook's own lines
---------------------------------------------------------------------------

local function compiles(text)
  return load(text, "=check", "t") ~= nil
end

-- Where the last statement of a code cell starts when it is a function
-- call (the one kind of expression that is also a Lua statement, so the
-- notebook stays plain Lua): the line s such that lines s..z are a call
-- and the lines before it whole statements (z is the last line that is not
-- a comment). nil when the cell ends with another statement, or with ";"
-- (the way to show no value). A call that starts with "(" is not split off
-- the line before, which Lua would read as calling it.
local function expression_start(lines, cell)
  local z = cell.last
  while z > cell.first and (is_blank(lines[z]) or lines[z]:match("^%s*%-%-")) do z = z - 1 end
  if lines[z]:match(";%s*$") or lines[z]:match("^%s*%-%-") then return nil end
  for s = z, math.max(cell.first, z - MAX_EXPR_LINES), -1 do
    local expr = table.concat(lines, "\n", s, z)
    if (s == cell.first or not expr:match("^%s*%(")) and compiles("return " .. expr .. "\n")
        and compiles(expr) and compiles(table.concat(lines, "\n", cell.first, s - 1)) then
      return s
    end
  end
  return nil
end

-- The notebook's source with the hooks written in: HOOKS.begin(k) where
-- chunk k starts, and HOOKS.value(k, <expression>) around its last
-- expression, closed at the start of the line after the chunk. No line is
-- added before the last one, so line numbers stay the notebook's.
local function instrument(nb)
  local lines, pre = nb.lines, {}
  local n = #lines
  local function add(i, s) pre[i] = (pre[i] or "") .. s end
  add(1, ("local %s = ...; "):format(HOOKS))
  for _, cell in ipairs(nb.cells) do
    if cell.kind == "code" then
      add(cell.first, ("%s.begin(%d); "):format(HOOKS, cell.index))
      local s = expression_start(lines, cell)
      if s then
        add(s, ("; %s.value(%d, "):format(HOOKS, cell.index))
        add(cell.last + 1, ") ")
        n = math.max(n, cell.last + 1)
      end
    end
  end
  local out = {}
  for i = 1, math.max(n, 1) do out[i] = (pre[i] or "") .. (lines[i] or "") end
  return table.concat(out, "\n") .. "\n"
end

-- The code cell that holds line, or the last one before it.
local function cell_at_line(nb, line)
  local found
  for _, cell in ipairs(nb.cells) do
    if cell.kind == "code" and cell.first <= line then found = cell end
  end
  return found
end

-- Checks that the notebook compiles as a whole and each chunk on its own
-- (a prose line must not cut a statement in two). Returns nil, or the
-- failing cell and a message.
local function check_syntax(nb)
  local _, err = load(table.concat(nb.lines, "\n") .. "\n", "@" .. nb.name, "t")
  if err then
    local line = tonumber(err:match(":(%d+):"))
    return cell_at_line(nb, line or 1) or nb.cells[1], err
  end
  for _, cell in ipairs(nb.cells) do
    if cell.kind == "code" then
      local _, cerr = load(cell.code, "=chunk", "t")
      if cerr and not cerr:find("no visible label", 1, true) then
        return cell, ("%s:%d: chunk %d (lines %d-%d) is not whole statements: a prose line (\"--- \") "
          .. "cuts a statement in two (%s)"):format(nb.name, cell.first, cell.index, cell.first, cell.last,
          cerr:gsub("^chunk:%d+: ", ""))
      end
    end
  end
  return nil
end

---------------------------------------------------------------------------
-- Capturing values and output
---------------------------------------------------------------------------

-- What the report shows for a value, taken at once (row sets are lazy
-- and their corpus may be closed by a later chunk): a chart's SVG, the
-- first MAX_ROWS rows of a table, or text as the REPL prints it.
local function snapshot(v)
  if chart.is_chart(v) then
    return {kind = "chart", svg = v:svg(), title = v.title, text = tostring(v)}
  end
  if rowset.is_rowset(v) then
    local rows = {}
    for i, row in v:rows() do
      if i > MAX_ROWS then break end
      rows[i] = row
    end
    return {kind = "table", columns = v.columns, rows = rows, count = #v, align = v.align}
  end
  if type(v) == "table" and pretty.is_records(v) then
    -- the columns a row set over v would have: the union of the keys, sorted
    return {kind = "table", columns = rowset.new(v).columns, rows = table.move(v, 1, math.min(#v, MAX_ROWS), 1, {}),
      count = #v}
  end
  return {kind = "text", text = pretty.format(v)}
end

-- Lua's io.write formats: integers as %d, floats as %.14g.
local function write_text(v)
  if math.type(v) == "integer" then return ("%d"):format(v) end
  if math.type(v) == "float" then return ("%.14g"):format(v) end
  if type(v) ~= "string" then error(("bad argument to 'write' (string expected, got %s)"):format(type(v)), 3) end
  return v
end

-- Replaces print, io.write, io.stdout and lede.term_width with versions
-- that write into state.current's output; returns the function that puts
-- the originals back.
local function capture(state)
  local lede = require("lede")
  local saved = {print = print, write = io.write, stdout = io.stdout, width = lede.term_width}
  local function emit(s)
    local out = state.current and state.current.out
    if out then out[#out + 1] = s end
  end
  local proxy = setmetatable({}, {__index = function(_, k)
    if k == "write" then
      return function(self, ...)
        for i = 1, select("#", ...) do emit(write_text((select(i, ...)))) end
        return self
      end
    end
    if k == "flush" or k == "setvbuf" then return function(self) return self end end
    local f = saved.stdout[k]
    return type(f) == "function" and function(_, ...) return f(saved.stdout, ...) end or f
  end, __name = "FILE*", __tostring = function() return tostring(saved.stdout) end})
  _G.print = function(...)
    local parts = {}
    for i = 1, select("#", ...) do parts[i] = tostring((select(i, ...))) end
    emit(table.concat(parts, "\t") .. "\n")
  end
  io.write = function(...) return proxy:write(...) end
  io.stdout = proxy
  lede.term_width = function() return PRINT_WIDTH end
  return function()
    _G.print, io.write, io.stdout, lede.term_width = saved.print, saved.write, saved.stdout, saved.width
  end
end

-- Cuts a traceback to the notebook's frames: nothing from this module or
-- the C functions that called it, and nothing below the main chunk.
local function clean_traceback(tb)
  local out = {}
  for line in (tb .. "\n"):gmatch("([^\n]*)\n") do
    local is_frame = line:sub(1, 1) == "\t"
    local is_ours = line:find("lede/notebook.lua", 1, true) or line:find("[C]: in ?", 1, true)
      or line:find("in function 'xpcall'", 1, true) or line:find("in function 'error'", 1, true)
    if not (is_frame and is_ours) then out[#out + 1] = line end
    if is_frame and line:find("in main chunk", 1, true) then break end
  end
  return table.concat(out, "\n")
end

---------------------------------------------------------------------------
-- Running
---------------------------------------------------------------------------

-- The hooks the instrumented source calls, recording into the code cells.
local function make_hooks(state, by_index)
  return {
    begin = function(k)
      if state.current then state.current.status = "ok" end
      state.current = by_index[k]
      state.current.status = "running"
    end,
    value = function(k, ...)
      local n = select("#", ...)
      if n == 0 or (n == 1 and (...) == nil) then return end
      local cell = by_index[k]
      for i = 1, n do cell.values[#cell.values + 1] = snapshot((select(i, ...))) end
    end,
  }
end

-- Marks the failing cell and every cell after it; returns the result.
local function fail(nb, cell, message)
  cell.status = "error"
  cell.error = message
  for _, c in ipairs(nb.cells) do
    if c.kind == "code" and c.index > cell.index then c.status = "not run" end
  end
  nb.failed, nb.error = cell.index, message
  return nb
end

--- notebook.run(notebook_or_path, opts?) -> result | nil, message
--- Runs a notebook (a path or what notebook.parse returned) top to bottom
--- as one chunk in this Lua state, as `lede run` would. Each code cell gets
--- output (what print, io.write and io.stdout:write wrote), values (what
--- its last statement returned when that is a function call, such as
--- corpus:speakers() or chart.bar{...}: {kind = "table", columns, rows, count},
--- {kind = "chart", svg, title} or {kind = "text", text}) and status ("ok",
--- "error" with error = message and traceback, or "not run" after an
--- error). result.failed is the index of the chunk that failed. A chunk
--- that ends in ";" shows no value. opts.globals: names to bind in _G
--- before the first chunk (lede render binds corpus this way). Printed
--- tables are drawn 100 columns wide.
--- Example: notebook.run("notebooks/who_said_what.lua").cells[2].values[1]
function M.run(nb, opts)
  check(type(nb) == "string" or type(nb) == "table", 1, "run", "path or notebook expected, got " .. type(nb))
  check(opts == nil or type(opts) == "table", 2, "run", "table expected, got " .. type(opts))
  if type(nb) == "string" then
    local err
    nb, err = M.load(nb)
    if not nb then return nil, err end
  end
  opts = opts or {}
  local by_index = {}
  for _, cell in ipairs(nb.cells) do
    if cell.kind == "code" then
      by_index[cell.index] = cell
      cell.out, cell.output, cell.values, cell.status, cell.error = {}, "", {}, "not run", nil
    end
  end
  nb.failed, nb.error = nil, nil
  if #by_index == 0 then return nb end
  local bad, message = check_syntax(nb)
  if bad then return fail(nb, bad, message) end
  local fn = assert(load(instrument(nb), "@" .. nb.name, "t"))
  for k, v in pairs(opts.globals or {}) do _G[k] = v end
  local state = {}
  local restore = capture(state)
  local ok, err = xpcall(fn, function(e)
    local msg = type(e) == "string" and e or ("(error object is a %s value)"):format(type(e))
    return clean_traceback(debug.traceback(msg, 2))
  end, make_hooks(state, by_index))
  restore()
  for _, cell in pairs(by_index) do
    cell.output = table.concat(cell.out)
    cell.out = nil
  end
  if not ok then return fail(nb, state.current or by_index[1], err) end
  if state.current then state.current.status = "ok" end
  return nb
end

return M
