-- lede.notebook and lede.report: parsing prose and chunks, running a
-- notebook as one chunk (locals carry over), capturing output and the
-- values of a final call, errors at their chunk, the Markdown and HTML
-- writers, lede.markdown_html, and `lede render` on the command line.
local H = require("harness")
local notebook = require("lede.notebook")
local report = require("lede.report")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local function code_cells(result)
  local list = {}
  for _, c in ipairs(result.cells) do if c.kind == "code" then list[#list + 1] = c end end
  return list
end

local function run(source)
  return notebook.run(notebook.parse(source, "nb.lua"))
end

test("parse: prose lines, chunks between them, line numbers", function()
  local nb = notebook.parse("#!/usr/bin/env lede\n--- # Title\n---\n--- Some *prose*.\nlocal x = 1\n\n"
    .. "print(x)\n\n--- More.\n  --- indented: still code\n----- a rule: still code\n", "t.lua")
  eq(nb.name, "t.lua")
  eq(#nb.cells, 4)
  eq(nb.cells[1].kind, "prose")
  eq(nb.cells[1].text, "# Title\n\nSome *prose*.")
  eq(nb.cells[2].kind, "code")
  eq(nb.cells[2].code, "local x = 1\n\nprint(x)")
  eq(nb.cells[2].first, 5)
  eq(nb.cells[2].last, 7)
  eq(nb.cells[3].text, "More.")
  eq(nb.cells[4].code, "  --- indented: still code\n----- a rule: still code")
  eq(nb.cells[4].index, 2)
end)

test("parse: blank-only chunks vanish; a notebook without prose is one chunk", function()
  local nb = notebook.parse("--- a\n\n\n--- b\n")
  eq(#nb.cells, 1, "one prose cell, no code")
  eq(nb.cells[1].text, "a\n\nb", "blank lines between prose lines start a paragraph")
  nb = notebook.parse("print(1)\nprint(2)")
  eq(#nb.cells, 1)
  eq(nb.cells[1].code, "print(1)\nprint(2)")
  eq(#notebook.parse("").cells, 0)
end)

test("run: locals carry from chunk to chunk, as with lede run", function()
  local r = run("local x = 6\n--- then\nlocal function double(v) return v * 2 end\n--- and\nprint(double(x) * 3.5)\n")
  local cells = code_cells(r)
  eq(r.failed, nil)
  eq(cells[3].output, "42.0\n")
  for _, c in ipairs(cells) do eq(c.status, "ok") end
end)

test("run: print, io.write and io.stdout:write go to the chunk that wrote them", function()
  local r = run("print('a', 1, nil)\n--- x\nio.write('b', 2, ' ', 2.5, '\\n')\nio.stdout:write('c'):write('d')\n")
  local cells = code_cells(r)
  eq(cells[1].output, "a\t1\tnil\n")
  eq(cells[2].output, "b2 2.5\ncd")
  eq(type(print), "function")
  eq(io.stdout, io.output(), "io.stdout is restored")
end)

test("run: a final call shows what it returned; a statement or ';' shows nothing", function()
  local r = run("local rowset = require('lede.rowset')\nrowset.new({{a = 1}, {a = 2}})\n"
    .. "--- s\nlocal t = string.rep('x', 2)\n--- q\nstring.rep('y', 2);\n--- m\n"
    .. "string.format(\n  '%d-%d',\n  1, 2)\n--- p\nprint('only printed')\n")
  local cells = code_cells(r)
  eq(#cells[1].values, 1)
  eq(cells[1].values[1].kind, "table")
  eq(cells[1].values[1].count, 2)
  eq(cells[1].values[1].rows[2].a, 2)
  eq(#cells[2].values, 0, "assignment")
  eq(#cells[3].values, 0, "semicolon")
  eq(cells[4].values[1].text, "1-2", "a call over several lines")
  eq(#cells[5].values, 0, "print returns nothing")
end)

test("run: charts and lists of records become their own kinds of value", function()
  local r = run("local chart = require('lede.chart')\n"
    .. "chart.bar{data = {{k = 'a', v = 1}}, x = 'k', y = 'v', title = 'T'}\n--- r\n"
    .. "table.pack({name = 'x', n = 1}, {name = 'y', n = 2})\n")
  local cells = code_cells(r)
  eq(cells[1].values[1].kind, "chart")
  contains(cells[1].values[1].svg, "<svg")
  eq(cells[1].values[1].title, "T")
  eq(cells[2].values[1].kind, "text", "a pack is no plain list of records")
end)

test("run: a row set is fetched when its chunk runs, at most 50 rows", function()
  local r = run("local rowset = require('lede.rowset')\nlocal rows = {}\n"
    .. "for i = 1, 120 do rows[i] = {i = i} end\nrowset.new(rows)\n")
  local v = code_cells(r)[1].values[1]
  eq(#v.rows, 50)
  eq(v.count, 120)
end)

test("run: a runtime error stops at its chunk with a traceback of the notebook", function()
  local r = run("print('one')\n--- two\nlocal t\nprint('before')\nt.x = 1\n--- three\nprint('never')\n")
  local cells = code_cells(r)
  eq(r.failed, 2)
  eq(cells[1].status, "ok")
  eq(cells[2].status, "error")
  eq(cells[2].output, "before\n")
  contains(cells[2].error, "nb.lua:5: attempt to index a nil value (local 't')")
  contains(cells[2].error, "stack traceback:\n\tnb.lua:5: in main chunk")
  ok(not cells[2].error:find("notebook.lua", 1, true), "no frames of the runner")
  eq(cells[3].status, "not run")
  eq(cells[3].output, "")
end)

test("run: error(table) and errors inside functions are reported", function()
  local r = run("local function f() error({}) end\nf()\n")
  contains(code_cells(r)[1].error, "(error object is a table value)")
  r = run("local function f() error('deep') end\nlocal function g() f() end\ng()\n")
  contains(code_cells(r)[1].error, "nb.lua:1: in upvalue 'f'\n\tnb.lua:2: in local 'g'\n\tnb.lua:3: in main chunk")
end)

test("run: a syntax error is reported at the chunk that holds it; nothing runs", function()
  local r = run("print('fine')\n--- bad\nlocal x = = 1\n--- after\nprint(2)\n")
  local cells = code_cells(r)
  eq(r.failed, 2)
  contains(cells[2].error, "nb.lua:3:")
  eq(cells[1].status, "not run")
  eq(cells[1].output, "")
end)

test("run: a bare expression is not Lua, so it is a syntax error, as with lede run", function()
  local r = run("local x = 1\nx + 1\n")
  eq(r.failed, 1)
  contains(r.error, "nb.lua:2:")
end)

test("run: prose that cuts a statement in two is named", function()
  local r = run("local function f()\n--- oops\n  return 1\nend\n")
  eq(r.failed, 1)
  contains(r.error, "chunk 1 (lines 1-1) is not whole statements")
end)

test("run: opts.globals binds names before the first chunk", function()
  local r = notebook.run(notebook.parse("print(__nb_test_value)\n"), {globals = {__nb_test_value = "bound"}})
  eq(code_cells(r)[1].output, "bound\n")
  _G.__nb_test_value = nil
end)

test("run: printed tables are 100 columns wide whatever the terminal", function()
  local real = lede.term_width
  local r = run("print(lede.term_width())\n")
  eq(code_cells(r)[1].output, "100\n")
  eq(lede.term_width, real, "restored")
end)

test("run and load: a missing file is an error value", function()
  local nb, err = notebook.run("/no/such/notebook.lua")
  eq(nb, nil)
  contains(err, "/no/such/notebook.lua")
end)

local SAMPLE = "--- # Sample report\n--- Prose with `code` and a [link](https://example.org).\n"
  .. "local rowset = require('lede.rowset')\nprint('hello <world> & co')\n"
  .. "rowset.new({{name = 'A|B', n = 3}, {name = '*star*', n = 10}}, {'name', 'n'})\n"
  .. "--- ## A chart\nlocal chart = require('lede.chart')\n"
  .. "chart.hbar{data = {{k = 'a', v = 2}}, x = 'k', y = 'v', title = 'Bars'}\n"

test("markdown: prose, fenced code and output, pipe tables, charts", function()
  local md, figures = report.markdown(run(SAMPLE))
  contains(md, "# Sample report\nProse with `code`")
  contains(md, "```lua\nlocal rowset = require('lede.rowset')")
  contains(md, "```text\nhello <world> & co\n```")
  contains(md, "| name | n |\n| --- | ---: |\n| A\\|B | 3 |\n| \\*star\\* | 10 |\n\n*2 rows*")
  contains(md, "<svg xmlns=")
  eq(#figures, 0, "inline without a place for files")
  contains(md, "*Rendered by lede from `nb.lua`.*\n")
  eq(report.markdown(run(SAMPLE)), md, "the same bytes every time")
end)

test("markdown: charts as files when the caller names them", function()
  local md, figures = report.markdown(run(SAMPLE), {figure_name = function(k) return "r-" .. k .. ".svg" end})
  contains(md, "![Bars](r-1.svg)")
  eq(#figures, 1)
  eq(figures[1].name, "r-1.svg")
  contains(figures[1].svg, "<svg")
end)

test("markdown: output holding a fence gets a longer fence; errors show", function()
  local md = report.markdown(run("print('```')\n--- e\nerror('bad thing')\n"))
  contains(md, "````text\n```\n````")
  contains(md, "**Error in chunk 2** (line 3):")
  contains(md, "nb.lua:3: bad thing")
end)

test("html: one self-contained page", function()
  local html = report.html(run(SAMPLE))
  contains(html, "<!DOCTYPE html>")
  contains(html, "<title>Sample report</title>")
  contains(html, "<h1>Sample report</h1>")
  contains(html, '<a href="https://example.org">link</a>')
  contains(html, "hello &lt;world&gt; &amp; co")
  contains(html, '<td class="nw">A|B</td>')
  contains(html, '<td class="num nw">10</td>')
  contains(html, '<figure class="chart">\n<svg')
  contains(html, '<span class="k">local</span>')
  ok(not html:find("<script", 1, true), "no script")
  ok(not html:find("https?://[^\"]*%.css"), "no stylesheet fetched")
  ok(not html:find('src="http', 1, true), "nothing fetched")
  eq(report.html(run(SAMPLE)), html, "the same bytes every time")
end)

test("html: errors and chunks that did not run", function()
  local html = report.html(run("error('oops <b>')\n--- x\nprint(1)\n"))
  contains(html, '<div class="error"><p><strong>Error in chunk 1</strong> (line 1)</p><pre>nb.lua:1: oops &lt;b&gt;')
  contains(html, "Not run: chunk 1 failed.")
end)

test("html: Lua code is highlighted without losing a character", function()
  local code = "local s = \"a\\\"b\" -- note\nlocal t = [[x\ny]] --[==[ long\ncomment ]==] return 0x1F + 1e3 < 2"
  local html = report._highlight(code)
  local plain = html:gsub("<[^>]+>", ""):gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&amp;", "&")
  eq(plain, code)
  contains(html, '<span class="c">-- note</span>')
  contains(html, '<span class="s">[[x\ny]]</span>')
  contains(html, '<span class="n">0x1F</span>')
end)

test("lede.markdown_html renders CommonMark and drops raw HTML", function()
  eq(lede.markdown_html("# Hi\n\n*em* and `code`"), "<h1>Hi</h1>\n<p><em>em</em> and <code>code</code></p>\n")
  local html = lede.markdown_html("<script>alert(1)</script>\n\ntext")
  ok(not html:find("<script", 1, true), "raw HTML is left out")
  eq(lede.markdown_html(""), "")
  H.expect_error("bad argument #1 to 'lede.markdown_html' %(string expected, got no value%)", lede.markdown_html)
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'parse' %(string expected, got nil%)", notebook.parse)
  H.expect_error("bad argument #1 to 'run' %(path or notebook expected, got number%)", notebook.run, 1)
  H.expect_error("bad argument #2 to 'run' %(table expected, got string%)", notebook.run, "x", "y")
  H.expect_error("bad argument #1 to 'load' %(string expected, got nil%)", notebook.load)
  H.expect_error("bad argument #1 to 'markdown' %(notebook result expected, got nil%)", report.markdown)
  H.expect_error("bad argument #1 to 'html' %(notebook result expected, got string%)", report.html, "x")
  H.expect_error("bad argument #2 to 'render' %(opts.output: string expected%)", report.render, "x", {output = 1})
end)

-- lede render on the command line ------------------------------------------

test("lede render: Markdown on stdout, .md with figure files, .html", function()
  local nb = H.tmpfile(SAMPLE, ".lua")
  local out, err, code = H.run(H.lede .. " render " .. nb)
  eq(code, 0, err)
  contains(out, "# Sample report")
  contains(out, "<svg")
  local dir = H.tmpdir()
  out, err, code = H.run(("%s render %s -o %s/rep.md"):format(H.lede, nb, dir))
  eq(code, 0, err)
  eq(out, "")
  local md = assert(io.open(dir .. "/rep.md")):read("a")
  contains(md, "![Bars](rep-1.svg)")
  contains(assert(io.open(dir .. "/rep-1.svg")):read("a"), "<svg")
  _, err, code = H.run(("%s render %s -o %s/rep.html"):format(H.lede, nb, dir))
  eq(code, 0, err)
  contains(assert(io.open(dir .. "/rep.html")):read("a"), "<h1>Sample report</h1>")
  os.execute(("rm -r %s %s"):format(dir, nb))
end)

test("lede render: a failing chunk still writes the report and exits 1 naming it", function()
  local nb = H.tmpfile("print('ok')\n--- x\nlocal t\nt.x = 1\n", ".lua")
  local out, err, code = H.run(H.lede .. " render " .. nb)
  eq(code, 1)
  contains(out, "**Error in chunk 2** (line 3):")
  contains(err, "lede: " .. nb .. ": chunk 2 (line 3) failed: " .. nb .. ":4: attempt to index a nil value")
  os.remove(nb)
end)

test("lede render: usage errors exit 2", function()
  local _, err, code = H.run(H.lede .. " render")
  eq(code, 2)
  contains(err, "usage: lede render NOTEBOOK")
  _, err, code = H.run(H.lede .. " render x.lua -o out.pdf")
  eq(code, 2)
  contains(err, "must end in .md or .html, got out.pdf")
  _, err, code = H.run(H.lede .. " render x.lua --frob")
  eq(code, 2)
  contains(err, "unknown option --frob")
  _, err, code = H.run(H.lede .. " render /no/such.lua")
  eq(code, 1)
  contains(err, "/no/such.lua")
end)

test("lede render NOTEBOOK DB binds corpus to the database, read-only", function()
  local dir = H.tmpdir()
  local _, err, code = H.run(("%s ingest -q %s/c.db seeds"):format(H.lede, dir))
  eq(code, 0, err)
  local nb = H.tmpfile("print(#corpus)\n", ".lua")
  local out
  out, err, code = H.run(("%s render %s %s/c.db"):format(H.lede, nb, dir))
  eq(code, 0, err)
  contains(out, "```text\n5\n```")
  _, err, code = H.run(("%s render %s %s/missing.db"):format(H.lede, nb, dir))
  eq(code, 1)
  contains(err, "missing.db")
  os.execute(("rm -r %s %s"):format(dir, nb))
end)

H.done()
