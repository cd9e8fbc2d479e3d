-- lede.check: argument checks for the analysis methods written in Lua, with
-- the message shape of luaL_argerror ("bad argument #2 to 'freq'
-- (opts.limit: non-negative integer expected, got string)"), so that misuse
-- reads the same whether a method is written in C or in Lua. The error is
-- raised at the level of the method's caller.

local M = {}

--- check.arg(cond, n, fname, msg)
--- Raises "bad argument #n to 'fname' (msg)" at the caller of the method
--- that calls it, when cond is false.
function M.arg(cond, n, fname, msg)
  if not cond then error(("bad argument #%d to '%s' (%s)"):format(n, fname, msg), 3) end
end

-- What a wrong value was: a number shows itself, anything else its type.
local function describe(v)
  if type(v) == "number" then return tostring(v) end
  return type(v)
end

-- kind: what the value must be, and a test for it.
local KINDS = {
  integer = {"non-negative integer", function(v) return math.type(v) == "integer" and v >= 0 end},
  count = {"positive integer", function(v) return math.type(v) == "integer" and v > 0 end},
  number = {"number", function(v) return type(v) == "number" end},
  fraction = {"number in [0, 1]", function(v) return type(v) == "number" and v >= 0 and v <= 1 end},
  boolean = {"boolean", function(v) return type(v) == "boolean" end},
  string = {"string", function(v) return type(v) == "string" end},
}

--- check.opts(opts, n, fname) -> table
--- Checks that argument n (an options table) is nil or a table; returns
--- it, or an empty table for nil.
function M.opts(opts, n, fname)
  if opts ~= nil and type(opts) ~= "table" then
    error(("bad argument #%d to '%s' (table expected, got %s)"):format(n, fname, type(opts)), 3)
  end
  return opts or {}
end

--- check.opt(opts, key, kind, default, n, fname) -> value
--- Reads opts[key] (default when nil). kind is "integer" (non-negative),
--- "count" (positive integer), "number", "fraction" (in [0, 1]),
--- "boolean", "string", or a list of the allowed strings. A wrong value
--- raises "bad argument #n to 'fname' (opts.key: <kind> expected, got ...)".
function M.opt(opts, key, kind, default, n, fname)
  local v = opts[key]
  if v == nil then return default end
  if type(kind) == "table" then
    for _, allowed in ipairs(kind) do if v == allowed then return v end end
    error(("bad argument #%d to '%s' (opts.%s: one of '%s' expected, got %s)"):format(
      n, fname, key, table.concat(kind, "', '"), type(v) == "string" and ("'" .. v .. "'") or describe(v)), 3)
  end
  local k = KINDS[kind]
  if not k[2](v) then
    error(("bad argument #%d to '%s' (opts.%s: %s expected, got %s)"):format(
      n, fname, key, k[1], describe(v)), 3)
  end
  return v
end

return M
