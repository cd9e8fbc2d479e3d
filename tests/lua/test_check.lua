-- lede.check: misuse of a library method is reported at the line the user
-- wrote, whether the failing check runs in the method itself or in a helper
-- several calls deeper (docset.ids, chart's spec check), and with
-- luaL_argerror's message shape.
local H = require("harness")
local lede = require("lede")
local chart = require("lede.chart")
local test, eq, contains = H.test, H.eq, H.contains

-- The error message of fn(), which must fail; and the line fn's call is on
-- (fn must not end in a tail call, which would leave no frame of its own).
local function failure(fn)
  local line = debug.getinfo(2, "l").currentline
  local ok, err = pcall(fn)
  eq(ok, false, "the call fails")
  return tostring(err), line
end

local corpus = lede.open(":memory:")

test("a check in the method itself", function()
  local err, line = failure(function() local rs = corpus:search("x", {limit = -1}) return rs end)
  contains(err, "test_check.lua:" .. line .. ": bad argument #2 to 'search' (opts.limit: non-negative integer")
end)

test("a check in a helper of the method", function()
  local err, line = failure(function() local rs = corpus:freq{docs = "x"} return rs end)
  contains(err, "test_check.lua:" .. line .. ": bad argument #1 to 'freq' (list of document ids or row set")
  err, line = failure(function() local c = chart.bar({data = 5}) return c end)
  contains(err, "test_check.lua:" .. line .. ": bad argument #1 to 'bar' (spec.data: row set or list of rows")
end)

H.done()
