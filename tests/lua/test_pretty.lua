-- lede.pretty: how values print in the REPL.
local H = require("harness")
local pretty = require("lede.pretty")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

test("scalars print as tostring", function()
  eq(pretty.format(42), "42")
  eq(pretty.format("plain"), "plain")
  eq(pretty.format(nil), "nil")
  eq(pretty.format(true), "true")
end)

test("short flat tables print on one line", function()
  eq(pretty.format({1, 2, "three"}), '{ 1, 2, "three" }')
  eq(pretty.format({b = 2, a = 1}), "{ a = 1, b = 2 }")
  eq(pretty.format({}), "{}")
  eq(pretty.format({["not id"] = 1}), '{ ["not id"] = 1 }')
end)

test("small nested tables stay on one line", function()
  eq(pretty.format({1, 2, {a = "b"}}), '{ 1, 2, { a = "b" } }')
end)

test("larger nested tables print as an indented tree", function()
  local long = ("x"):rep(50)
  local s = pretty.format({a = 1, sub = {x = {long, long}}})
  eq(s, "{\n  a = 1,\n  sub = {\n    x = {\n      \"" .. long .. "\",\n      \"" .. long
    .. "\",\n    },\n  },\n}")
end)

test("depth is limited", function()
  local s = pretty.format({a = {b = {c = {d = {e = {f = 1}}}}}})
  contains(s, "{...}")
  ok(not s:find("f = 1", 1, true), "deep value hidden")
end)

test("cycles are marked, not followed", function()
  local t = {name = "loop"}
  t.self = t
  local s = pretty.format(t)
  contains(s, "<cycle: table:")
  contains(s, 'name = "loop"')
end)

test("long tables say how many entries are hidden", function()
  local t = {}
  for i = 1, 150 do t[i] = {i} end
  contains(pretty.format(t), "... 50 more")
end)

test("records print as an aligned box table with a row count", function()
  local s = pretty.format({{name = "Kerry", n = 3}, {name = "Ban Ki-moon", n = 12}})
  local lines = {}
  for line in s:gmatch("[^\n]+") do lines[#lines + 1] = line end
  eq(#lines, 7, "rule, header, rule, 2 rows, rule, footer")
  eq(lines[7], "2 rows")
  local w = utf8.len(lines[1])
  for i = 1, 6 do eq(utf8.len(lines[i]), w, "line " .. i .. " width") end
  contains(lines[2], "│ n  │ name ")
  contains(lines[4], "│  3 │ Kerry ", "numbers right-aligned")
end)

test("wide tables are cut to the width with a visible mark", function()
  local long = ("word "):rep(40)
  local s = pretty.table({{text = long, id = 1}}, {width = 40})
  for line in s:gmatch("[^\n]+") do ok(utf8.len(line) <= 40, "fits: " .. line) end
  contains(s, "…")
end)

test("truncation never splits a UTF-8 character", function()
  local s = pretty._truncate("ééééé", 3)
  ok(utf8.len(s) ~= nil, "valid UTF-8")
  eq(s, "éé…")
end)

test("a table with __tostring prints through it", function()
  local t = setmetatable({}, {__tostring = function() return "<thing>" end})
  eq(pretty.format(t), "<thing>")
end)

test("is_records rejects mixed shapes", function()
  ok(pretty.is_records({{a = 1}, {a = 2}}), "records")
  ok(not pretty.is_records({1, 2}), "numbers")
  ok(not pretty.is_records({{a = {}}}), "nested")
  ok(not pretty.is_records({}), "empty")
end)

test("thousands separates the integer part only", function()
  local thousands = require("lede.pretty").thousands
  eq(thousands(0), "0")
  eq(thousands(999), "999")
  eq(thousands(1000), "1,000")
  eq(thousands(275000), "275,000")
  eq(thousands(-1234567), "-1,234,567")
  eq(thousands(1234.5), "1,234.5")
  eq(thousands(0.12345), "0.12345", "decimals untouched")
end)

H.done()
