-- lede.report: writes a notebook that lede.notebook has run as a report,
-- either Markdown (charts as SVG files beside it, or inline) or one
-- self-contained HTML file (inline CSS, prose through libcmark, tables as
-- HTML, charts as inline SVG, no script and no network). report.render is
-- `lede render`: run, write, and say which chunk failed. The same notebook
-- on the same corpus gives the same bytes: nothing here reads the clock.

local M = {}

local notebook = require("lede.notebook")

local MAX_CELL = 500 -- characters of a table cell before it is cut with "…"

local check = require("lede.check").arg -- luaL_argerror's message shape
local write_file = require("lede.files").write

local function cut(s, n)
  if (utf8.len(s) or #s) <= n then return s end
  return s:sub(1, (utf8.offset(s, n) or n) - 1) .. "…"
end

-- The text of a table cell: tostring, one line, cut to MAX_CELL.
local function cell_text(v)
  if v == nil then return "" end
  return cut((tostring(v):gsub("[\r\n\t]+", " ")), MAX_CELL)
end

local function is_number_column(t, col)
  local any = false
  for _, row in ipairs(t.rows) do
    local v = row[col]
    if v ~= nil then
      if type(v) ~= "number" then return false end
      any = true
    end
  end
  return any and not (t.align and t.align[col] == "left")
end

-- How many rows a table has and how many it shows: "first 50 of 120 rows",
-- "1 row", "0 rows".
local function rows_note(t)
  local shown = #t.rows
  if shown < t.count then return ("first %d of %d rows"):format(shown, t.count) end
  return ("%d row%s"):format(t.count, t.count == 1 and "" or "s")
end

-- The title of the report: the first Markdown heading of its prose, else
-- the notebook's file name.
local function title_of(result)
  for _, cell in ipairs(result.cells) do
    if cell.kind == "prose" then
      local h = cell.text:match("^#+%s+([^\n]+)") or cell.text:match("\n#+%s+([^\n]+)")
      if h then return h end
    end
  end
  return (result.name:match("([^/]+)$") or result.name):gsub("%.lua$", "")
end

-- First line of an error message, without the traceback.
local function first_line(s)
  return (s:match("^[^\n]*"))
end

---------------------------------------------------------------------------
-- Markdown
---------------------------------------------------------------------------

-- A fence longer than any run of backticks in text (at least three).
local function fence_for(text)
  local longest = 0
  for run in text:gmatch("`+") do longest = math.max(longest, #run) end
  return ("`"):rep(math.max(3, longest + 1))
end

local function md_fenced(out, text, lang)
  local fence = fence_for(text)
  out[#out + 1] = fence .. (lang or "") .. "\n" .. text:gsub("\n$", "") .. "\n" .. fence
end

-- Escapes what Markdown would read as markup inside a table cell.
local function md_escape(s)
  s = s:gsub("[\\|*`<%[%]]", "\\%0")
  s = s:gsub("%f[%w_]_", "\\_"):gsub("_%f[^%w_]", "\\_")
  return s
end

local function md_table(out, t)
  if #t.columns == 0 or #t.rows == 0 then
    out[#out + 1] = ("*%s*"):format(rows_note(t))
    return
  end
  local head, rule = {}, {}
  for i, col in ipairs(t.columns) do
    head[i] = md_escape(tostring(col))
    rule[i] = is_number_column(t, col) and "---:" or "---"
  end
  local lines = {"| " .. table.concat(head, " | ") .. " |", "| " .. table.concat(rule, " | ") .. " |"}
  for _, row in ipairs(t.rows) do
    local cells = {}
    for i, col in ipairs(t.columns) do cells[i] = md_escape(cell_text(row[col])) end
    lines[#lines + 1] = "| " .. table.concat(cells, " | ") .. " |"
  end
  out[#out + 1] = table.concat(lines, "\n")
  out[#out + 1] = ("*%s*"):format(rows_note(t))
end

-- A chart in Markdown: an image link to a file written beside the report
-- (opts.figure_name(k) gives the file name; the SVG is queued in figures),
-- or the SVG inline when there is no such place.
local function md_chart(out, v, opts, figures)
  if opts.figure_name then
    local name = opts.figure_name(#figures + 1)
    figures[#figures + 1] = {name = name, svg = v.svg}
    out[#out + 1] = ("![%s](%s)"):format(md_escape(v.title or "chart"), name)
  else
    out[#out + 1] = (v.svg:gsub("\n$", ""))
  end
end

local function md_code_cell(out, cell, opts, figures, failed)
  md_fenced(out, cell.code, "lua")
  if cell.output and cell.output ~= "" then md_fenced(out, cell.output, "text") end
  for _, v in ipairs(cell.values or {}) do
    if v.kind == "table" then md_table(out, v)
    elseif v.kind == "chart" then md_chart(out, v, opts, figures)
    else md_fenced(out, v.text, "text") end
  end
  if cell.status == "error" then
    out[#out + 1] = ("**Error in chunk %d** (line %d):"):format(cell.index, cell.first)
    md_fenced(out, cell.error, "text")
  elseif cell.status == "not run" then
    out[#out + 1] = ("*Not run: chunk %d failed.*"):format(failed)
  end
end

--- report.markdown(result, opts?) -> string, figures
--- The Markdown report of a notebook run (what notebook.run returned):
--- prose as written, each chunk's code, output, values (tables as pipe
--- tables, at most 50 rows) and error. Charts are inline SVG unless
--- opts.figure_name is a function k -> file name: then they are image
--- links, and figures lists {name =, svg =} for the caller to write.
--- Example: local md = report.markdown(notebook.run("notebooks/timeline.lua"))
function M.markdown(result, opts)
  check(type(result) == "table" and type(result.cells) == "table", 1, "markdown",
    "notebook result expected, got " .. type(result))
  check(opts == nil or type(opts) == "table", 2, "markdown", "table expected, got " .. type(opts))
  opts = opts or {}
  local out, figures = {}, {}
  for _, cell in ipairs(result.cells) do
    if cell.kind == "prose" then
      if cell.text:find("%S") then out[#out + 1] = (cell.text:gsub("%s+$", "")) end
    else
      md_code_cell(out, cell, opts, figures, result.failed)
    end
  end
  out[#out + 1] = "---"
  out[#out + 1] = ("*Rendered by lede from `%s`.*"):format(result.name)
  return table.concat(out, "\n\n") .. "\n", figures
end

---------------------------------------------------------------------------
-- HTML
---------------------------------------------------------------------------

local function esc(s)
  return (tostring(s):gsub("[&<>\"]", {["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;"}))
end

local LUA_KEYWORDS = {}
for w in ([[and break do else elseif end false for function goto if in local nil not or
  repeat return then true until while]]):gmatch("%a+") do LUA_KEYWORDS[w] = true end

-- The long bracket ("[[", "[==[") that opens at i in code, and its closer.
local function long_bracket(code, i)
  local eq = code:match("^%[(=*)%[", i)
  if eq then return "]" .. eq .. "]", #eq + 2 end
  return nil
end

-- The end of the token of kind at i: a comment, a string or a long string.
local function token_end(code, i)
  if code:sub(i, i + 1) == "--" then
    local close, open_len = long_bracket(code, i + 2)
    if close then
      local _, e = code:find(close, i + 2 + open_len, true)
      return e or #code, "comment"
    end
    return (code:find("\n", i, true) or #code + 1) - 1, "comment"
  end
  local close, open_len = long_bracket(code, i)
  if close then
    local _, e = code:find(close, i + open_len, true)
    return e or #code, "string"
  end
  local q = code:sub(i, i)
  local j = i + 1
  while j <= #code do
    local ch = code:sub(j, j)
    if ch == "\\" then j = j + 2
    elseif ch == q or ch == "\n" then return j, "string"
    else j = j + 1 end
  end
  return #code, "string"
end

-- Lua code as HTML with comments, strings, keywords and numbers marked
-- with classes (c, s, k, n) for the stylesheet.
local function highlight(code)
  local out, i = {}, 1
  while i <= #code do
    local ch = code:sub(i, i)
    if code:sub(i, i + 1) == "--" or ch == '"' or ch == "'" or long_bracket(code, i) then
      local e, kind = token_end(code, i)
      out[#out + 1] = ('<span class="%s">%s</span>'):format(kind == "comment" and "c" or "s", esc(code:sub(i, e)))
      i = e + 1
    elseif ch:match("[%a_]") then
      local word = code:match("^[%w_]+", i)
      out[#out + 1] = LUA_KEYWORDS[word] and ('<span class="k">' .. word .. "</span>") or word
      i = i + #word
    elseif ch:match("%d") then
      local num = code:match("^0[xX][%x%.]+", i) or code:match("^%d[%d%.]*[eE][%+%-]?%d+", i)
        or code:match("^%d[%d%.]*", i)
      out[#out + 1] = '<span class="n">' .. num .. "</span>"
      i = i + #num
    else
      local run = code:match("^[^%w_\"'%-%[]+", i) or ch
      out[#out + 1] = esc(run)
      i = i + #run
    end
  end
  return table.concat(out)
end
M._highlight = highlight

-- Whether every value of a column is short (a date, a name, a count):
-- such a column is kept on one line so long text columns wrap instead.
local function is_short_column(t, col)
  for _, row in ipairs(t.rows) do
    if #cell_text(row[col]) > 20 then return false end
  end
  return true
end

local function html_table(out, t)
  if #t.columns == 0 or #t.rows == 0 then
    out[#out + 1] = ('<p class="rows">%s</p>'):format(rows_note(t))
    return
  end
  local classes = {}
  out[#out + 1] = '<div class="table"><table>\n<thead><tr>'
  for i, col in ipairs(t.columns) do
    local list = {}
    if is_number_column(t, col) then list[#list + 1] = "num" end
    if is_short_column(t, col) then list[#list + 1] = "nw" end
    classes[i] = #list > 0 and (' class="' .. table.concat(list, " ") .. '"') or ""
    out[#out + 1] = ("<th%s>%s</th>"):format(classes[i], esc(col))
  end
  out[#out + 1] = "</tr></thead>\n<tbody>\n"
  for _, row in ipairs(t.rows) do
    out[#out + 1] = "<tr>"
    for i, col in ipairs(t.columns) do
      out[#out + 1] = ("<td%s>%s</td>"):format(classes[i], esc(cell_text(row[col])))
    end
    out[#out + 1] = "</tr>\n"
  end
  out[#out + 1] = ('</tbody></table>\n<p class="rows">%s</p></div>\n'):format(rows_note(t))
end

local function html_code_cell(out, cell, failed)
  out[#out + 1] = ('<section class="chunk" id="chunk-%d">\n'):format(cell.index)
  out[#out + 1] = ('<pre class="code" title="chunk %d, line %d"><code>%s</code></pre>\n')
    :format(cell.index, cell.first, highlight(cell.code))
  if cell.output and cell.output ~= "" then
    out[#out + 1] = ('<pre class="output">%s</pre>\n'):format(esc((cell.output:gsub("\n$", ""))))
  end
  for _, v in ipairs(cell.values or {}) do
    if v.kind == "table" then html_table(out, v)
    elseif v.kind == "chart" then out[#out + 1] = '<figure class="chart">\n' .. v.svg .. "</figure>\n"
    else out[#out + 1] = ('<pre class="output">%s</pre>\n'):format(esc(v.text)) end
  end
  if cell.status == "error" then
    out[#out + 1] = ('<div class="error"><p><strong>Error in chunk %d</strong> (line %d)</p><pre>%s</pre></div>\n')
      :format(cell.index, cell.first, esc(cell.error))
  elseif cell.status == "not run" then
    out[#out + 1] = ('<p class="notrun">Not run: chunk %d failed.</p>\n'):format(failed)
  end
  out[#out + 1] = "</section>\n"
end

local CSS = [[
:root { --ink: #1d1d1f; --muted: #5a5a5f; --rule: #dcdce0; --paper: #ffffff; --code: #f5f5f7; --accent: #0072b2; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 17px/1.55 Georgia, 'Iowan Old Style', 'Times New Roman', serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1, h2, h3, h4 { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  line-height: 1.25; margin: 2.2rem 0 0.8rem; }
h1 { font-size: 2.1rem; margin-top: 0; border-bottom: 3px solid var(--ink); padding-bottom: 0.5rem; }
h2 { font-size: 1.45rem; border-top: 1px solid var(--rule); padding-top: 1.4rem; }
h3 { font-size: 1.15rem; }
p, ul, ol, blockquote { margin: 0.8rem 0; }
blockquote { border-left: 4px solid var(--accent); margin-left: 0; padding: 0.1rem 1rem; color: var(--muted); }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace; font-size: 0.8rem; }
p code, li code { background: var(--code); padding: 0.1rem 0.3rem; border-radius: 3px; }
pre { margin: 0.8rem 0; padding: 0.7rem 0.9rem; overflow-x: auto; line-height: 1.45; border-radius: 4px; }
pre.code { background: var(--code); border-left: 3px solid var(--rule); color: #333; }
pre.code .c { color: #6a737d; font-style: italic; }
pre.code .s { color: #0a6b3b; }
pre.code .k { color: #8a3ffc; font-weight: 600; }
pre.code .n { color: #b35900; }
pre.output { background: var(--paper); border: 1px solid var(--rule); color: var(--ink); }
.chunk { margin: 1.2rem 0 1.6rem; }
.table { overflow-x: auto; margin: 0.8rem 0; }
table { border-collapse: collapse; min-width: 50%; font: 0.85rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); }
th { border-bottom: 2px solid var(--ink); font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafafb; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.nw { white-space: nowrap; }
p.rows, p.notrun { font: 0.8rem system-ui, sans-serif; color: var(--muted); margin: 0.3rem 0 0; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
.error { border: 1px solid #d55e00; border-left-width: 4px; background: #fff6f0; padding: 0.2rem 0.9rem; margin: 0.8rem 0; }
.error pre { background: none; padding: 0; }
footer { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--rule);
  font: 0.8rem system-ui, sans-serif; color: var(--muted); }
@media print { main { max-width: none; } pre.code { white-space: pre-wrap; } }
]]

--- report.html(result) -> string
--- The report of a notebook run as one self-contained HTML page: prose
--- through lede.markdown_html, code highlighted, printed output, tables,
--- charts as inline SVG, errors at their chunk; the stylesheet is inline,
--- and there is no script and nothing fetched from the network.
function M.html(result)
  check(type(result) == "table" and type(result.cells) == "table", 1, "html",
    "notebook result expected, got " .. type(result))
  local markdown_html = require("lede").markdown_html
  local out = {
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    "<title>", esc(title_of(result)), "</title>\n",
    '<meta name="generator" content="lede">\n<style>\n', CSS, "</style>\n</head>\n<body>\n<main>\n",
  }
  for _, cell in ipairs(result.cells) do
    if cell.kind == "prose" then
      out[#out + 1] = markdown_html(cell.text)
    else
      html_code_cell(out, cell, result.failed)
    end
  end
  out[#out + 1] = ("<footer>Rendered by lede from <code>%s</code>.</footer>\n"):format(esc(result.name))
  out[#out + 1] = "</main>\n</body>\n</html>\n"
  return table.concat(out)
end

---------------------------------------------------------------------------
-- lede render
---------------------------------------------------------------------------

local FORMATS = {md = "markdown", markdown = "markdown", html = "html", htm = "html"}

-- Writes the report of result to output (nil: Markdown on stdout, charts
-- inline). Returns true or nil, message.
local function write_report(result, output)
  if output == nil then
    io.write((M.markdown(result)))
    return true
  end
  local format = FORMATS[(output:match("%.(%w+)$") or ""):lower()]
  if not format then return nil, ("%s: the report must end in .md or .html"):format(output) end
  if format == "html" then return write_file(output, M.html(result)) end
  local dir, stem = output:match("^(.-)([^/]*)%.%w+$")
  local text, figures = M.markdown(result, {figure_name = function(k) return ("%s-%d.svg"):format(stem, k) end})
  for _, fig in ipairs(figures) do
    local ok, err = write_file(dir .. fig.name, fig.svg)
    if not ok then return nil, err end
  end
  return write_file(output, text)
end

--- report.render(notebook_path, opts?) -> true | nil, message
--- `lede render`: runs the notebook in this Lua state and writes its report
--- to opts.output: a .md file (charts as NAME-1.svg, NAME-2.svg... beside
--- it), a .html file (self-contained), or Markdown on stdout (charts inline)
--- when absent. opts.db names a corpus file to open read-only and bind to
--- the global corpus before the first chunk. A failing chunk still gives a
--- report (the error shown at that chunk), then nil and a message naming it.
--- Example: report.render("notebooks/who_said_what.lua", {output = "who.html"})
function M.render(path, opts)
  check(type(path) == "string", 1, "render", "string expected, got " .. type(path))
  check(opts == nil or type(opts) == "table", 2, "render", "table expected, got " .. type(opts))
  opts = opts or {}
  check(opts.output == nil or type(opts.output) == "string", 2, "render", "opts.output: string expected")
  check(opts.db == nil or type(opts.db) == "string", 2, "render", "opts.db: string expected")
  local nb, err = notebook.load(path)
  if not nb then return nil, err end
  local globals = {}
  if opts.db then
    local corpus, cerr = require("lede").open(opts.db, {readonly = true})
    if not corpus then return nil, cerr end
    globals.corpus = corpus
  end
  local result = notebook.run(nb, {globals = globals})
  local ok, werr = write_report(result, opts.output)
  if not ok then return nil, werr end
  if result.failed then
    local cell
    for _, c in ipairs(result.cells) do if c.index == result.failed then cell = c end end
    return nil, ("%s: chunk %d (line %d) failed: %s"):format(path, cell.index, cell.first,
      first_line(result.error))
  end
  return true
end

return M
