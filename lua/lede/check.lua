-- lede.check: argument checks for the analysis methods written in Lua, with
-- the message shape of luaL_argerror ("bad argument #2 to 'freq'
-- (opts.limit: non-negative integer expected, got string)"), so that misuse
-- reads the same whether a method is written in C or in Lua. The error is
-- raised at the first caller outside lede's library, the line the user wrote,
-- however deep inside the library the check runs.

local M = {}

-- Raises msg at the first Lua frame outside the library (chunks named
-- "@lua/lede/..."), past the library's own frames and C frames (pcall,
-- table.sort); at the outermost frame when there is none.
local function raise(msg)
  local level = 2 -- 1 is raise itself, as error() counts
  while true do
    local info = debug.getinfo(level, "S")
    if info == nil then level = level - 1 break end
    if info.what ~= "C" and not info.source:find("^@lua/lede/") then break end
    level = level + 1
  end
  error(msg, level)
end

--- check.arg(cond, n, fname, msg)
--- Raises "bad argument #n to 'fname' (msg)" at the user's call into the
--- library, when cond is false.
function M.arg(cond, n, fname, msg)
  if not cond then raise(("bad argument #%d to '%s' (%s)"):format(n, fname, msg)) end
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
    raise(("bad argument #%d to '%s' (table expected, got %s)"):format(n, fname, type(opts)))
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
    raise(("bad argument #%d to '%s' (opts.%s: one of '%s' expected, got %s)"):format(
      n, fname, key, table.concat(kind, "', '"), type(v) == "string" and ("'" .. v .. "'") or describe(v)))
  end
  local k = KINDS[kind]
  if not k[2](v) then
    raise(("bad argument #%d to '%s' (opts.%s: %s expected, got %s)"):format(
      n, fname, key, k[1], describe(v)))
  end
  return v
end

return M
