-- Tab completion candidates (the REPL's terminal test checks the key press).
local H = require("harness")
local complete = require("lede.complete")
local test, eq, ok = H.test, H.eq, H.ok

local function has(list, word)
  for _, w in ipairs(list) do if w == word then return true end end
  return false
end

local function cands(line)
  local start = #line - #(line:match("[%w_.:]*$"))
  return complete.candidates(line, start, #line)
end

test("globals and keywords", function()
  ok(has(cands("pri"), "print"), "print")
  ok(has(cands("whi"), "while"), "while")
  ok(has(cands("x = lede"), "lede"), "lede after =")
end)

test("fields after a dot", function()
  eq(table.concat(cands("string.fo"), ","), "string.format")
  ok(has(cands("lede."), "lede.version"), "lede.version")
  ok(has(cands("lede.term"), "lede.term_width"), "C function")
end)

test("methods after a colon, through __index tables", function()
  local Base = {greet = function() end, name = "not a method"}
  local Obj = setmetatable({own = function() end}, {__index = Base})
  _G.obj_for_test = Obj
  local c = cands("obj_for_test:")
  ok(has(c, "obj_for_test:greet"), "inherited method")
  ok(has(c, "obj_for_test:own"), "own method")
  ok(not has(c, "obj_for_test:name"), "fields are no methods")
  _G.obj_for_test = nil
end)

test("string methods after a colon", function()
  _G.s_for_test = "text"
  ok(has(cands("s_for_test:up"), "s_for_test:upper"), "upper")
  _G.s_for_test = nil
end)

test("module names inside require", function()
  ok(has(cands('require "lede.pr'), "lede.pretty"), 'require "')
  ok(has(cands("require('lede.he"), "lede.help"), "require('")
end)

test("completion never runs metamethods", function()
  _G.trap_for_test = setmetatable({}, {__index = function() error("ran user code") end})
  eq(#cands("trap_for_test.x"), 0)
  _G.trap_for_test = nil
end)

test("unknown paths give no candidates", function()
  eq(#cands("no_such_global.fie"), 0)
end)

H.done()
