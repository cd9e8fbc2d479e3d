-- run_golden.lua: golden-output tests in the style of jq's tests/jq.test.
-- A .test file is data: groups separated by blank lines, each a command line
-- starting with "$ " ("lede" stands for the binary under test), then the
-- expected output (stdout and stderr together) and a last line "[exit N]".
-- Lines starting with "#" are comments. Usage:
--   lede run run_golden.lua FILE.test...     compare
--   LEDE_UPDATE_GOLDEN=1 lede run ...        rewrite the files (review the diff!)
local lede_bin = os.getenv("LEDE_BIN") or "lede"
local update = os.getenv("LEDE_UPDATE_GOLDEN") == "1"
local passed, failed = 0, 0

-- "lede" in a command is the binary under test: its directory goes first on PATH.
local bin_dir = lede_bin:match("^(.*)/[^/]*$")
local path_prefix = (bin_dir and ("PATH='%s':\"$PATH\" "):format(bin_dir) or "") .. "COLUMNS=100 "

local function run(cmd)
  local quoted = "'" .. cmd:gsub("'", "'\\''") .. "'"
  local p = assert(io.popen(path_prefix .. "sh -c " .. quoted .. " 2>&1; echo \"[exit $?]\""))
  local out = p:read("a")
  p:close()
  return out
end

-- Parses a .test file into a list of {comments=, cmd=, expected=}.
local function parse(text)
  local cases, cur, comments = {}, nil, {}
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    if line:match("^%$ ") then
      cur = {comments = comments, cmd = line:sub(3), expected = {}}
      cases[#cases + 1] = cur
      comments = {}
    elseif cur and line ~= "" then
      cur.expected[#cur.expected + 1] = line
      if line:match("^%[exit %d+%]$") then cur = nil end
    elseif not cur then
      comments[#comments + 1] = line -- comments and blank lines, kept as they are
    end
  end
  return cases
end

for i = 1, #arg do
  local f = assert(io.open(arg[i]))
  local cases = parse(f:read("a"))
  f:close()
  local rewritten = {}
  for _, c in ipairs(cases) do
    local got = run(c.cmd)
    local want = table.concat(c.expected, "\n") .. "\n"
    if got == want then
      passed = passed + 1
    else
      failed = failed + 1
      if not update then
        io.stderr:write(("FAIL %s: $ %s\n--- expected\n%s--- got\n%s"):format(arg[i], c.cmd, want, got))
      end
    end
    for _, line in ipairs(c.comments) do rewritten[#rewritten + 1] = line end
    rewritten[#rewritten + 1] = "$ " .. c.cmd
    rewritten[#rewritten + 1] = got:sub(1, -2)
  end
  if update then
    local out = assert(io.open(arg[i], "w"))
    out:write(table.concat(rewritten, "\n"), "\n")
    out:close()
    print("rewrote " .. arg[i])
  end
end
print(("%d passed, %d failed"):format(passed, failed))
os.exit((failed == 0 or update) and 0 or 1)
