-- lede.files: writing a whole file, for what lede saves (chart:save,
-- rowset:csv and rowset:json with a path, the reports of lede render).
-- Lua's buffered writes usually fail only when the file is closed (a full
-- disk), so the close is checked as well as the write.

local M = {}

--- files.write(path, text) -> true | nil, message
--- Writes text to path, replacing what was there. Returns true, or nil and
--- a message naming path when the file cannot be opened, written or closed.
--- Example: files.write("notes.txt", "Kerry, 7 October\n")
function M.write(path, text)
  local f, err = io.open(path, "wb")
  if not f then return nil, err end
  local ok, werr = f:write(text)
  local closed, cerr = f:close()
  if not ok or not closed then return nil, path .. ": " .. tostring(werr or cerr) end
  return true
end

return M
