-- lede.rowset: lazy rows, head/where/sort/group, CSV and JSON export, printing.
local H = require("harness")
local rowset = require("lede.rowset")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local function sample()
  return rowset.new({
    {outlet = "BBC", speaker = "John Kerry", n = 3},
    {outlet = "RFE/RL", speaker = "Maria Zakharova", n = 2},
    {outlet = "Reuters", speaker = "John Kerry", n = 5},
    {outlet = "TRT", speaker = "John Kerry", n = 1},
  }, {"outlet", "speaker", "n"})
end

-- A lazy row set over 1..limit that counts how many rows were fetched.
local function counting(limit)
  local fetched = 0
  local rs = rowset.from_iterator({"i"}, function()
    if fetched >= limit then return nil end
    fetched = fetched + 1
    return {i = fetched}
  end)
  return rs, function() return fetched end
end

test("each streams rows without keeping them", function()
  local rs, fetched = counting(5)
  eq(rs[2].i, 2) -- two rows read and kept
  local seen = {}
  for i, row in rs:each() do seen[#seen + 1] = i .. "=" .. row.i end
  eq(table.concat(seen, " "), "1=1 2=2 3=3 4=4 5=5")
  eq(fetched(), 5)
  eq(#rs, 2) -- used up: only the rows kept before are left
  -- memory stays flat over a pass that rows() would keep whole
  local big = rowset.from_iterator({"text"}, (function()
    local n = 0
    return function()
      n = n + 1
      if n > 20000 then return nil end
      return {text = string.rep("x", 1000) .. n}
    end
  end)())
  collectgarbage("collect")
  local before, peak = collectgarbage("count"), 0
  for i in big:each() do
    if i % 1000 == 0 then peak = math.max(peak, collectgarbage("count") - before) end
  end
  ok(peak < 8 * 1024, "each() kept rows: " .. math.floor(peak) .. " KB") -- 20,000 rows are ~20 MB
end)

test("length and indexing", function()
  local rs = sample()
  eq(#rs, 4)
  eq(rs[2].speaker, "Maria Zakharova")
  eq(rs[9], nil)
  ok(rowset.is_rowset(rs), "is a row set")
  ok(not rowset.is_rowset({}), "a table is not")
end)

test("rows are fetched lazily", function()
  local rs, fetched = counting(1000000)
  local first = rs:head(3)
  eq(#first, 3)
  eq(fetched(), 3, "head(3) reads three rows")
  tostring(rs)
  eq(fetched(), 51, "printing reads one more than it shows")
  local n = 0
  for _, row in rs:rows() do n = n + 1 if row.i == 60 then break end end
  eq(fetched(), 60)
end)

test("where filters lazily", function()
  local rs, fetched = counting(100000)
  local odd = rs:where(function(r) return r.i % 2 == 1 end)
  eq(odd[3].i, 5)
  eq(fetched(), 5)
end)

test("sort by column or function, stable, descending", function()
  local s = sample():sort("n")
  eq(s[1].n, 1)
  eq(s[4].n, 5)
  s = sample():sort("n", true)
  eq(s[1].outlet, "Reuters")
  s = sample():sort("speaker")
  eq(s[1].outlet, "BBC", "stable: BBC before Reuters among Kerry rows")
  eq(s[2].outlet, "Reuters")
  s = sample():sort(function(r) return -r.n end)
  eq(s[1].n, 5)
end)

test("group counts per key, largest first", function()
  local g = sample():group("speaker")
  eq(g.columns[1], "speaker")
  eq(g[1].speaker, "John Kerry")
  eq(g[1].count, 3)
  eq(g[2].count, 1)
end)

test("csv quotes what needs quoting", function()
  local rs = rowset.new({{a = 'say "hi", then', b = 1}, {a = "plain"}}, {"a", "b"})
  eq(rs:csv(), 'a,b\r\n"say ""hi"", then",1\r\nplain,\r\n')
  local path = os.tmpname()
  eq(rs:csv(path), true)
  local f = io.open(path)
  eq(f:read("a"), rs:csv())
  f:close()
  os.remove(path)
end)

test("json keeps column order and types", function()
  local rs = rowset.new({{name = "Kerry", n = 3, ok = true}}, {"name", "n", "ok"})
  eq(rs:json(), '[{"name":"Kerry","n":3,"ok":true}]\n')
  local back = lede.json_decode(sample():json())
  eq(#back, 4)
  eq(back[3].outlet, "Reuters")
end)

test("export to an unwritable path returns nil and a message", function()
  local okay, err = sample():csv("/no/such/dir/x.csv")
  eq(okay, nil)
  contains(err, "/no/such/dir/x.csv")
end)

-- /dev/full takes the open and the buffered write, and fails the close.
local full = io.open("/dev/full", "w")
if full then full:close() end
if not full then
  H.skip("export to a full disk", "no /dev/full")
else
  test("export to a full disk returns nil and a message naming the file", function()
    for _, format in ipairs({"csv", "json"}) do
      local okay, err = sample()[format](sample(), "/dev/full")
      eq(okay, nil, format)
      contains(err, "/dev/full: No space left on device", format)
    end
  end)
end

test("printing draws a table with the row count", function()
  local s = tostring(sample())
  contains(s, "│ outlet  │ speaker         │ n │")
  contains(s, "4 rows")
  local big = counting(1000)
  contains(tostring(big), "more than 50 rows (first 50 shown")
  contains(tostring(rowset.new({}, {"a"})), "0 rows")
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'where' %(function expected, got nil%)", function() sample():where() end)
  H.expect_error("bad argument #1 to 'sort' %(column name or function expected", function() sample():sort(5) end)
  H.expect_error("bad argument #1 to 'head' %(non%-negative integer expected%)", function() sample():head(-1) end)
  H.expect_error("bad argument #1 to 'new' %(table expected, got string%)", rowset.new, "x")
end)

H.done()
