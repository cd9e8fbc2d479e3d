-- lede.progress: the progress line of long analysis passes (freq over the
-- whole corpus, duplicates, collocations, ...), drawn on stderr when it is
-- a terminal, in the same shape as the ingest bar:
--   [########............]  duplicates  41,000/286,570 docs  38.1 MB  3,412 docs/s  ETA 1:12
-- A pass that ends within a second draws nothing, so short analyses on a
-- small corpus stay quiet; $LEDE_PROGRESS_DELAY sets that delay (seconds).

local M = {}

local lede = require("lede")

local thousands = require("lede.pretty").thousands

--- progress.line(label, done, total, bytes, seconds) -> string
--- The text of one progress line: a 20-cell bar (when total is known),
--- label, documents done of total, megabytes read, documents per second
--- and the time left. total may be nil (unknown): then no bar and no ETA.
--- Example: progress.line("freq", 500, 1000, 2e6, 4) --> "[##########..........]  freq  500/1,000 docs  2.0 MB  125 docs/s  ETA 0:04"
function M.line(label, done, total, bytes, seconds)
  local rate = seconds > 0 and done / seconds or 0
  local parts = {}
  if total and total > 0 then
    local frac = math.min(done / total, 1)
    local filled = math.floor(frac * 20)
    parts[#parts + 1] = "[" .. ("#"):rep(filled) .. ("."):rep(20 - filled) .. "]"
  end
  parts[#parts + 1] = label
  parts[#parts + 1] = total and (thousands(done) .. "/" .. thousands(total) .. " docs")
    or (thousands(done) .. " docs")
  parts[#parts + 1] = ("%.1f MB"):format(bytes / 1e6)
  parts[#parts + 1] = thousands(math.floor(rate + 0.5)) .. " docs/s"
  if total and total > 0 and rate > 0 then
    local left = math.max(total - done, 0) / rate
    parts[#parts + 1] = ("ETA %d:%02d"):format(math.floor(left / 60), math.floor(left % 60))
  end
  return table.concat(parts, "  ")
end

local Tracker = {}
Tracker.__index = Tracker

-- Clock reads are cheap but not free: look at it every CHECK_EVERY steps.
local CHECK_EVERY = 32

--- progress.new(label, total, opts?) -> tracker
--- A tracker for a pass over documents. tracker:step(bytes) after each
--- document; tracker:finish() at the end (clears the line). total is the
--- number of documents, or a function returning it (called only once the
--- line is first drawn, so a count query costs nothing on short passes),
--- or nil. Draws nothing unless stderr is a terminal and the pass has run
--- for more than the delay; redraws at most ten times a second. opts (for
--- tests): out (a file, default io.stderr), enabled (default: whether
--- stderr is a terminal), delay (seconds, default $LEDE_PROGRESS_DELAY or 1).
--- Example: local p = progress.new("scan", #ids) for ... do p:step(#body) end p:finish()
function M.new(label, total, opts)
  opts = opts or {}
  local enabled = opts.enabled
  if enabled == nil then enabled = lede.isatty("stderr") end
  local delay = opts.delay or tonumber(os.getenv("LEDE_PROGRESS_DELAY") or "") or 1.0
  -- last_draw: the clock at the last draw, nil while no line is on screen
  return setmetatable({label = label, total = total, done = 0, bytes = 0, out = opts.out or io.stderr,
    enabled = enabled, start = lede._clock(), delay = delay, last_draw = nil}, Tracker)
end

--- tracker:step(bytes?) -> nil
--- Counts one more document (of bytes bytes) and redraws when it is time.
function Tracker.step(t, bytes)
  t.done = t.done + 1
  t.bytes = t.bytes + (bytes or 0)
  if not t.enabled or t.done % CHECK_EVERY ~= 0 then return end
  local now = lede._clock()
  local elapsed = now - t.start
  if elapsed < t.delay or (t.last_draw and now - t.last_draw < 0.1) then return end
  if type(t.total) == "function" then t.total = t.total() end
  t.last_draw = now
  t.out:write("\r", M.line(t.label, t.done, t.total, t.bytes, elapsed), "\27[K")
  t.out:flush()
end

--- tracker:finish() -> nil
--- Ends the pass: clears the progress line if one was drawn.
function Tracker.finish(t)
  if t.last_draw then
    t.out:write("\r\27[K")
    t.out:flush()
    t.last_draw = nil
  end
end

M.Tracker = Tracker

return M
