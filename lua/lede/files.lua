-- lede.files: writing a whole file, for what lede saves (chart:save,
-- rowset:csv and rowset:json with a path, the reports of lede render).
-- Lua's buffered writes usually fail only when the file is closed (a full
-- disk), so the close is checked as well as the write.

local M = {}

local check = require("lede.check").arg -- luaL_argerror's message shape

-- Raised by the put of write_each when a write fails, to stop the producer.
local WRITE_FAILED = setmetatable({}, {__tostring = function() return "files: write failed" end})

--- files.write_each(dest, produce) -> true | nil, message
--- Writes piece by piece: produce(put) calls put(s) for each piece, in
--- order, so the whole text is never held. dest is a path, whose file is
--- replaced, or an open file (io.stdout), written to and left open.
--- Returns true, or nil and a message naming dest when the file cannot be
--- opened, written or closed (a failed write stops produce). An error
--- raised by produce closes a file opened here and goes on unchanged.
--- Example: files.write_each("n.txt", function(put) for i = 1, 3 do put(i .. "\n") end end)
function M.write_each(dest, produce)
  local is_file = io.type(dest) == "file"
  check(is_file or type(dest) == "string", 1, "write_each", "string or file expected, got " .. type(dest))
  check(type(produce) == "function", 2, "write_each", "function expected, got " .. type(produce))
  local f, err = dest, nil
  if not is_file then
    f, err = io.open(dest, "wb")
    if not f then return nil, err end
  end
  local opened <close> = not is_file and f or nil -- closed on every way out; a file handed in stays open
  local werr
  local ok, perr = pcall(produce, function(s)
    local written, e = f:write(s)
    if not written then werr = e error(WRITE_FAILED) end
  end)
  if not ok and perr ~= WRITE_FAILED then error(perr, 0) end
  local done, cerr = true, nil
  if is_file then done, cerr = f:flush() else done, cerr = f:close() end
  if werr or not done then return nil, (is_file and "write" or dest) .. ": " .. tostring(werr or cerr) end
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
