-- harness.lua: the Lua test harness, in the spirit of Lua's testes and luv's
-- tap.lua. test(name, fn) runs fn protected and records the result;
-- expect_error(pattern, fn, ...) checks that fn raises a matching message;
-- tmpfile, tmpdir and ingest_jsonl make temporary inputs; cross_gold reads
-- the shared gold;
-- done() prints "N passed, M failed" and exits non-zero on any failure.
-- With LEDE_TEST_GC=1 a full collection runs after every test, to shake out
-- use-after-free in bindings.

local H = {passed = 0, failed = 0, skipped = 0}
local gc_each = os.getenv("LEDE_TEST_GC") == "1"

function H.test(name, fn)
  local ok, err = xpcall(fn, debug.traceback)
  if gc_each then collectgarbage("collect") collectgarbage("collect") end
  if ok then
    H.passed = H.passed + 1
  else
    H.failed = H.failed + 1
    io.stderr:write(("FAIL %s\n%s\n"):format(name, tostring(err)))
  end
end

function H.skip(name, why)
  H.skipped = H.skipped + 1
  print(("skipped: %s (%s)"):format(name, why))
end

local function show(v)
  if type(v) == "string" then return ("%q"):format(v) end
  return tostring(v)
end

function H.eq(got, want, what)
  if got ~= want then
    error(("%sexpected %s, got %s"):format(what and (what .. ": ") or "", show(want), show(got)), 2)
  end
end

function H.ok(cond, what)
  if not cond then error("check failed: " .. (what or "?"), 2) end
end

-- Checks that s contains the plain text needle.
function H.contains(s, needle, what)
  if type(s) ~= "string" or not s:find(needle, 1, true) then
    error(("%sexpected %s to contain %s"):format(what and (what .. ": ") or "", show(s), show(needle)), 2)
  end
end

function H.expect_error(pattern, fn, ...)
  local ok, err = pcall(fn, ...)
  if ok then error("expected an error matching " .. show(pattern) .. ", got none", 2) end
  if not tostring(err):find(pattern) then
    error(("expected an error matching %s, got %s"):format(show(pattern), show(tostring(err))), 2)
  end
end

-- How many times fn() calls the function t[name]: t[name] is wrapped with a
-- counter while fn runs and put back afterwards, also when fn raises (the
-- error then goes on unchanged). For showing that a cache spares work.
function H.count_calls(t, name, fn)
  local orig, n = t[name], 0
  t[name] = function(...) n = n + 1 return orig(...) end
  local ok, err = pcall(fn)
  t[name] = orig
  if not ok then error(err, 0) end
  return n
end

-- The bytes of the file at path (raises when it cannot be read).
function H.read_file(path)
  local f <close> = assert(io.open(path, "rb"))
  return f:read("a")
end

-- Runs a shell command; returns its stdout, stderr and exit code.
function H.run(cmd)
  local errfile = os.tmpname()
  local p = assert(io.popen("(" .. cmd .. ") 2>" .. errfile))
  local out = p:read("a")
  local _, _, code = p:close()
  local f = io.open(errfile)
  local err = f and f:read("a") or ""
  if f then f:close() end
  os.remove(errfile)
  return out, err, code
end

-- Writes content to a new temporary file, named with suffix (".lua",
-- ".jsonl") when given; returns its path. The caller removes it.
function H.tmpfile(content, suffix)
  local path = os.tmpname()
  if suffix then os.remove(path) path = path .. suffix end
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
  return path
end

-- Makes a new empty temporary folder; returns its path. The caller removes
-- it (rm -r).
function H.tmpdir()
  local dir = os.tmpname()
  os.remove(dir)
  assert(os.execute("mkdir " .. dir))
  return dir
end

-- Ingests records (tables) into corpus as JSON lines, from a temporary
-- file removed after. The file is named .jsonl, unless format is given:
-- then it has no extension and format goes to corpus:ingest as
-- opts.format. Returns what corpus:ingest returns.
function H.ingest_jsonl(corpus, records, format)
  local lines = {}
  for i, r in ipairs(records) do lines[i] = lede.json_encode(r) .. "\n" end
  local path = H.tmpfile(table.concat(lines), not format and ".jsonl" or nil)
  local report, err = corpus:ingest(path, {progress = false, format = format})
  os.remove(path)
  return report, err
end

-- The lede binary under test (ctest passes its path).
H.lede = os.getenv("LEDE_BIN") or "lede"
H.shared = os.getenv("LEDE_SHARED")

-- The cross-outlet gold ($LEDE_SHARED/gold/cross.json), decoded; nil when
-- LEDE_SHARED does not hold it, after recording the test named what as
-- skipped.
function H.cross_gold(what)
  local f = H.shared and io.open(H.shared .. "/gold/cross.json")
  if not f then
    H.skip(what, "no ../shared/gold (LEDE_SHARED)")
    return nil
  end
  local gold = lede.json_decode(f:read("a"))
  f:close()
  return gold
end

function H.done()
  print(("%d passed, %d failed%s"):format(H.passed, H.failed,
    H.skipped > 0 and (", %d skipped"):format(H.skipped) or ""))
  os.exit(H.failed == 0 and 0 or 1)
end

return H
