-- lede.help: help() in the REPL and the generator of docs/api.md. Entries
-- come from two sources that live beside the code they describe: the
-- LedeReg tables of the C bindings (usage line and summary), and the `---`
-- doc blocks above `function M.name` in the lua/lede modules.

local M = {}

-- Topics that are not functions.
local TOPICS = {
  repl = [[
The REPL evaluates Lua. An expression prints its value (no `=` or `return`
needed); several values print side by side; tables print as trees and lists
of records as tables. An unfinished chunk continues on the next line.
  Tab          complete globals, fields after `.`, methods after `:`, and
               module names inside require "..."
  Ctrl-C       stop the running chunk, or clear the line being typed
  Ctrl-D       leave lede
  .help        the REPL's commands;  .timer on|off  time each chunk;  .quit
History is kept in ~/.lede_history (or $LEDE_HISTORY).]],
}

-- Parses the `---` blocks of one module's source into entries. A block is
-- consecutive lines starting with "---" directly above `function M.name(`
-- (a module function, "lede.rowset.new") or `function Class.name(` (a
-- method of a class the module exports as M.Class, "rowset:head"); its
-- first line is the usage, the rest the summary.
local function parse_doc_blocks(modname, source, into)
  local block = {}
  for line in (source .. "\n"):gmatch("([^\n]*)\n") do
    local doc = line:match("^%-%-%-%s?(.*)$")
    if doc then
      block[#block + 1] = doc
    else
      local owner, fname = line:match("^function%s+([%w_]+)%.([%w_]+)%s*%(")
      if fname and #block > 0 and fname:sub(1, 1) ~= "_" then
        local name = owner == "M" and (modname .. "." .. fname) or (owner:lower() .. ":" .. fname)
        into[name] = {
          usage = block[1],
          summary = table.concat(block, "\n", 2),
          module = modname, owner = owner, field = fname,
        }
      end
      block = {}
    end
  end
end

--- help.entries() -> table
--- Every documented function: a table from its full name ("lede.pretty.format",
--- "lede.term_width") to {usage=, summary=, fn=}.
function M.entries()
  local lede = require("lede")
  local all = {}
  for name, e in pairs(lede._help_registry()) do
    all[name] = {usage = e.usage, summary = e.summary, fn = e.fn}
  end
  for modname, source in pairs(lede._embedded()) do
    local found = {}
    parse_doc_blocks(modname, source, found)
    if next(found) then
      local mod = require(modname)
      for name, e in pairs(found) do
        local holder = e.owner == "M" and mod or (type(mod) == "table" and mod[e.owner])
        e.fn = type(holder) == "table" and holder[e.field] or nil
        all[name] = e
      end
    end
  end
  all["help"] = {
    usage = "help(fn_or_name?)",
    summary = "With no argument, lists the topics and every documented function. "
      .. "help(f) or help \"name\" shows one function's usage and description; "
      .. "help \"repl\" explains the REPL.",
    fn = M.help,
  }
  return all
end

local function sorted_names(entries)
  local names = {}
  for name in pairs(entries) do names[#names + 1] = name end
  table.sort(names)
  return names
end

-- Finds the entry for a function value or a name: exact, with "lede."
-- added, or the one entry whose name ends in ".name" / ":name".
local function find(entries, what)
  if type(what) == "function" then
    for name, e in pairs(entries) do
      if e.fn == what then return name, e end
    end
    return nil
  end
  if entries[what] then return what, entries[what] end
  if entries["lede." .. what] then return "lede." .. what, entries["lede." .. what] end
  local hit, hit_entry, n = nil, nil, 0
  for name, e in pairs(entries) do
    local tail = name:match("[.:]([%w_]+)$")
    if tail == what then hit, hit_entry, n = name, e, n + 1 end
  end
  if n == 1 then return hit, hit_entry end
  return nil
end

-- Prints help: the list of topics and functions, or one function's usage
-- line and description. Bound to the global `help`, and documented as that.
function M.help(what)
  local entries = M.entries()
  if what == nil then
    print("lede " .. require("lede").version .. " — help topics: help \"repl\"; functions:")
    for _, name in ipairs(sorted_names(entries)) do
      print(("  %-34s %s"):format(name, (entries[name].summary:match("^[^.\n]*%.?") or "")))
    end
    print("help(f) or help \"name\" shows one in full.")
    return
  end
  if type(what) ~= "string" and type(what) ~= "function" then
    error(("bad argument #1 to 'help' (function or string expected, got %s)"):format(type(what)), 2)
  end
  if TOPICS[what] then print(TOPICS[what]) return end
  local name, e = find(entries, what)
  if not name then
    print(("no help for %s; help() lists what there is"):format(
      type(what) == "string" and ("%q"):format(what) or "this function"))
    return
  end
  print(e.usage)
  print((e.summary:gsub("\n", " ")))
end

--- help.missing() -> {name, ...}
--- Public functions reachable from the `lede` table and the lua/lede
--- modules that have no help entry (what the docs test checks is empty).
function M.missing()
  local lede = require("lede")
  local entries = M.entries()
  local documented = {}
  for _, e in pairs(entries) do if e.fn then documented[e.fn] = true end end
  local missing = {}
  local function walk(t, prefix)
    for k, v in pairs(t) do
      if type(k) == "string" and k:sub(1, 1) ~= "_" and type(v) == "function"
          and not documented[v] then
        missing[#missing + 1] = prefix .. k
      end
    end
  end
  walk(lede, "lede.")
  for modname in pairs(lede._embedded()) do
    local mod = require(modname)
    if type(mod) == "table" then
      walk(mod, modname .. ".")
      -- classes a module exports (M.RowSet): their methods are public too
      for k, v in pairs(mod) do
        if type(k) == "string" and k:match("^%u") and type(v) == "table" then
          walk(v, k:lower() .. ":")
        end
      end
    end
  end
  table.sort(missing)
  return missing
end

--- help.markdown() -> string
--- docs/api.md as generated from the help entries: one section per module,
--- each function with its usage line and description.
function M.markdown()
  local entries = M.entries()
  local out = {
    "# lede Lua API",
    "",
    "Generated from the help text in the source (`scripts/gen-docs`);",
    "the same text `help()` shows in the REPL. Do not edit by hand: a test checks this file is current.",
  }
  local last_group
  for _, name in ipairs(sorted_names(entries)) do
    local group = name:match("^(.*)[.:][%w_]+$") or "globals"
    if group ~= last_group then
      out[#out + 1] = ""
      out[#out + 1] = "## " .. group
      last_group = group
    end
    local e = entries[name]
    out[#out + 1] = ""
    out[#out + 1] = "### `" .. e.usage .. "`"
    out[#out + 1] = ""
    out[#out + 1] = (e.summary:gsub("\n", " "))
  end
  out[#out + 1] = ""
  return table.concat(out, "\n")
end

return M
