-- help(): every public Lua-visible function has help, help() finds it by
-- value and by name, and docs/api.md is what the help text generates.
local H = require("harness")
local help = require("lede.help")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

-- Runs fn with print captured; returns what it printed.
local function printed(fn, ...)
  local out, real = {}, print
  print = function(...)
    local parts = table.pack(...)
    for i = 1, parts.n do parts[i] = tostring(parts[i]) end
    out[#out + 1] = table.concat(parts, "\t")
  end
  local okay, err = pcall(fn, ...)
  print = real
  if not okay then error(err, 0) end
  return table.concat(out, "\n")
end

test("no public function lacks help", function()
  local missing = help.missing()
  eq(#missing, 0, "undocumented: " .. table.concat(missing, ", "))
end)

test("every entry has a usage line and a summary", function()
  for name, e in pairs(help.entries()) do
    ok(type(e.usage) == "string" and #e.usage > 0, name .. " usage")
    ok(type(e.summary) == "string" and #e.summary > 10, name .. " summary")
    ok(type(e.fn) == "function", name .. " resolves to its function")
  end
end)

test("help(f) shows a C function's usage", function()
  local s = printed(help.help, lede.term_width)
  contains(s, "lede.term_width() -> integer")
end)

test("help(f) shows a Lua function's doc block", function()
  local s = printed(help.help, require("lede.pretty").table)
  contains(s, "pretty.table(rows, opts?) -> string")
  contains(s, "box table")
end)

test("help \"name\" finds by full and by short name", function()
  contains(printed(help.help, "lede.isatty"), "lede.isatty(stream?)")
  contains(printed(help.help, "isatty"), "lede.isatty(stream?)")
  contains(printed(help.help, "repl"), "Ctrl-C")
  contains(printed(help.help, "no_such_thing"), "no help for")
end)

test("help() lists every entry", function()
  local s = printed(help.help)
  for name in pairs(help.entries()) do contains(s, name) end
end)

test("the global help is lede.help's", function()
  eq(_G.help, help.help)
end)

test("help with a wrong argument type says so", function()
  H.expect_error("bad argument #1 to 'help' %(function or string expected, got number%)",
    help.help, 42)
end)

test("docs/api.md is generated from the help text", function()
  local text = H.read_file("docs/api.md")
  eq(text == help.markdown(), true,
    "docs/api.md is stale: run scripts/gen-docs")
end)

test("requiring a lede module leaves _G unchanged", function()
  local before = {}
  for k in pairs(_G) do before[k] = true end
  for name in pairs(lede._embedded()) do
    package.loaded[name] = nil
    require(name)
  end
  for k in pairs(_G) do ok(before[k], "new global " .. tostring(k)) end
end)

H.done()
