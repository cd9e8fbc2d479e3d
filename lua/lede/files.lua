-- lede.files: writing a whole file, for what lede saves (chart:save,
-- rowset:csv and rowset:json with a path, the reports of lede render).
-- Lua's buffered writes usually fail only when the file is closed (a full
-- disk), so the close is checked as well as the write.

local M = {}

local check = require("lede.check").arg -- luaL_argerror's message shape

-- Raised by the put of write_each when a write fails, to stop the producer.
local WRITE_FAILED = setmetatable({}, {__tostring = function() return "files: write failed" end})

--- files.write_each(path, produce) -> true | nil, message
--- Writes a file piece by piece, replacing what was there: produce(put)
--- calls put(s) for each piece, in order, so the whole text is never held.
--- Returns true, or nil and a message naming path when the file cannot be
--- opened, written or closed (a failed write stops produce). An error
--- raised by produce closes the file and goes on unchanged.
--- Example: files.write_each("n.txt", function(put) for i = 1, 3 do put(i .. "\n") end end)
function M.write_each(path, produce)
  check(type(path) == "string", 1, "write_each", "string expected, got " .. type(path))
  check(type(produce) == "function", 2, "write_each", "function expected, got " .. type(produce))
  local f <close>, err = io.open(path, "wb") -- closed on every way out
  if not f then return nil, err end
  local werr
  local ok, perr = pcall(produce, function(s)
    local written, e = f:write(s)
    if not written then werr = e error(WRITE_FAILED) end
  end)
  if not ok and perr ~= WRITE_FAILED then error(perr, 0) end
  local closed, cerr = f:close()
  if werr or not closed then return nil, path .. ": " .. tostring(werr or cerr) end
  return true
end

--- files.write(path, text) -> true | nil, message
--- Writes text to path, replacing what was there. Returns true, or nil and
--- a message naming path when the file cannot be opened, written or closed.
--- Example: files.write("notes.txt", "Kerry, 7 October\n")
function M.write(path, text)
  return M.write_each(path, function(put) put(text) end)
end

return M
