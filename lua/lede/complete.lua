-- lede.complete: tab completion for the REPL. The C side (src/repl.c) hands
-- over the line and the word under the cursor; this module answers with the
-- words that could replace it: globals and keywords, fields after `.`,
-- methods after `:` (walking __index tables), module names in require "...".

local M = {}

local KEYWORDS = {
  "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if",
  "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
}

-- Calls fn(key, value) for the string keys of t and of the tables reached
-- through __index, without running any metamethod (completion must never
-- run user code).
local function each_field(t, fn, seen)
  seen = seen or {}
  while type(t) == "table" and not seen[t] do
    seen[t] = true
    for k, v in next, t do
      if type(k) == "string" then fn(k, v) end
    end
    local mt = getmetatable(t)
    t = type(mt) == "table" and rawget(mt, "__index") or nil
  end
end

-- The methods and fields reachable from a non-table value (strings use the
-- string library, userdata their metatable's __index).
local function fields_holder(v)
  if type(v) == "table" then return v end
  local mt = getmetatable(v)
  if type(mt) == "table" and type(rawget(mt, "__index")) == "table" then
    return rawget(mt, "__index")
  end
  return nil
end

-- Resolves a dotted path such as "lede.pretty" from _G with raw reads and
-- __index tables only. Returns the value or nil.
local function resolve(path)
  local v = _G
  for name in path:gmatch("[^.]+") do
    local holder = fields_holder(v)
    if holder == nil then return nil end
    local found
    each_field(holder, function(k, val) if k == name and found == nil then found = val end end)
    v = found
    if v == nil then return nil end
  end
  return v
end

local function module_names()
  local names, seen = {}, {}
  local function add(n) if not seen[n] then seen[n] = true names[#names + 1] = n end end
  local ok, lede = pcall(require, "lede")
  if ok and lede._embedded then
    for n in pairs(lede._embedded()) do add(n) end
  end
  for n in pairs(package.loaded) do add(n) end
  for n in pairs(package.preload) do add(n) end
  return names
end

local function sorted_unique(list)
  table.sort(list)
  local out = {}
  for i, v in ipairs(list) do if v ~= list[i - 1] then out[#out + 1] = v end end
  return out
end

--- complete.candidates(line, start, finish) -> {word, ...}
--- The completions for line[start+1 .. finish] (0-based start, as readline
--- gives it): sorted words that begin with that text.
--- Example: complete.candidates("string.fo", 0, 9) --> {"string.format"}
function M.candidates(line, start, finish)
  local word = line:sub(start + 1, finish)
  local before = line:sub(1, start)
  local out = {}
  if before:match("require%s*%(?%s*[\"']$") then
    for _, n in ipairs(module_names()) do
      if n:sub(1, #word) == word then out[#out + 1] = n end
    end
    return sorted_unique(out)
  end
  local path, sep, partial = word:match("^(.*)([.:])([%w_]*)$")
  if path == nil then
    partial = word
    each_field(_G, function(k) if k:sub(1, #partial) == partial then out[#out + 1] = k end end)
    for _, k in ipairs(KEYWORDS) do
      if k:sub(1, #partial) == partial then out[#out + 1] = k end
    end
    return sorted_unique(out)
  end
  local holder = fields_holder(resolve(path))
  if holder == nil then return out end
  each_field(holder, function(k, v)
    if k:sub(1, #partial) == partial and k:match("^[%a_][%w_]*$")
        and (sep == "." or type(v) == "function") then
      out[#out + 1] = path .. sep .. k
    end
  end)
  return sorted_unique(out)
end

return M
