-- lede.chart: every kind draws well-formed, deterministic SVG with its
-- labels, escapes text, handles empty and odd data, and rejects bad specs
-- with messages that name the field.
local H = require("harness")
local chart = require("lede.chart")
local rowset = require("lede.rowset")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

-- Checks that svg is well-formed XML as far as tags and entities go: every
-- tag closed in order, no bare "&" or "<" in text. Returns the tag counts.
local function check_xml(svg)
  local stack, counts = {}, {}
  for slash, name, rest in svg:gmatch("<(/?)([%w:]+)([^>]*)>") do
    counts[name] = (counts[name] or 0) + (slash == "" and 1 or 0)
    if slash == "/" then
      eq(table.remove(stack), name, "closing tag")
    elseif rest:sub(-1) ~= "/" then
      stack[#stack + 1] = name
    end
  end
  eq(#stack, 0, "unclosed tags: " .. table.concat(stack, ","))
  for amp in svg:gmatch("&[^;%s]*;?") do
    ok(amp:match("^&[%w#]+;$"), "bare ampersand: " .. amp)
  end
  local text_only = svg:gsub("<[^>]*>", "")
  ok(not text_only:find("<"), "bare <")
  return counts
end

local SPEAKERS = {
  {speaker = "John Kerry", quotes = 16}, {speaker = "Igor Konashenkov", quotes = 3},
  {speaker = "Maria Zakharova", quotes = 2}, {speaker = "Sergei Lavrov", quotes = 1},
}

test("bar: one rect per value, labels, axis labels, first palette colour", function()
  local c = chart.bar{data = SPEAKERS, x = "speaker", y = "quotes", title = "Quotes",
    x_label = "speaker", y_label = "quotes"}
  local svg = c:svg()
  local counts = check_xml(svg)
  eq(counts.rect, 1 + #SPEAKERS, "background and bars")
  contains(svg, '<svg xmlns="http://www.w3.org/2000/svg"')
  contains(svg, ">Quotes</text>")
  contains(svg, ">John Kerry</text>")
  contains(svg, ">16</text>")
  contains(svg, 'fill="' .. chart.palette[1] .. '"')
  contains(svg, 'rotate(-90', "the y axis label is rotated")
  eq(c:svg(), svg, "the same chart draws the same bytes")
end)

test("bar: the value axis starts at zero and has round ticks", function()
  local svg = chart.bar{data = {{k = "a", v = 7}, {k = "b", v = 13}}, x = "k", y = "v"}:svg()
  contains(svg, ">0</text>")
  contains(svg, ">14</text>") -- 13 rounds up to the next tick of 2
  ok(not svg:find(">13.0"), "no float noise")
end)

test("bar: a list of y columns gives grouped bars with a legend", function()
  local svg = chart.bar{data = {{o = "BBC", a = 3, b = 5}, {o = "TRT", a = 1, b = 2}},
    x = "o", y = {"a", "b"}}:svg()
  contains(svg, 'fill="' .. chart.palette[2] .. '"')
  contains(svg, ">a</text>")
  contains(svg, ">b</text>")
  eq(check_xml(svg).rect, 1 + 4 + 2, "background, bars, legend keys")
end)

test("bar: negative values hang below zero", function()
  local svg = chart.bar{data = {{k = "up", v = 4}, {k = "down", v = -2}}, x = "k", y = "v"}:svg()
  contains(svg, ">-2</text>")
  check_xml(svg)
end)

test("hbar: rows top to bottom in data order, height grows with rows", function()
  local few = chart.hbar{data = {SPEAKERS[1]}, x = "speaker", y = "quotes"}:svg()
  local svg = chart.hbar{data = SPEAKERS, x = "speaker", y = "quotes", x_label = "quotes"}:svg()
  check_xml(svg)
  local kerry = svg:find(">John Kerry<", 1, true)
  local lavrov = svg:find(">Sergei Lavrov<", 1, true)
  ok(kerry and lavrov and kerry < lavrov, "order")
  local h1 = tonumber(few:match('height="(%d+)"'))
  local h4 = tonumber(svg:match('height="(%d+)"'))
  ok(h4 > h1, "taller with more rows")
end)

test("charts accept row sets", function()
  local rs = rowset.new(SPEAKERS, {"speaker", "quotes"})
  local c = chart.hbar{data = rs, x = "speaker", y = "quotes"}
  contains(c:svg(), ">Maria Zakharova</text>")
end)

test("text is escaped and long labels are cut visibly", function()
  local long = ("Ministry of Foreign Affairs of the Russian Federation"):rep(2)
  local svg = chart.hbar{data = {{n = 'A & B <"quoted">', v = 1}, {n = long, v = 2}},
    x = "n", y = "v", title = "Tom & Jerry's <chart>"}:svg()
  check_xml(svg)
  contains(svg, "A &amp; B &lt;&quot;quoted&quot;&gt;")
  contains(svg, "Tom &amp; Jerry&#39;s &lt;chart&gt;")
  contains(svg, "…</text>")
  ok(not svg:find(long, 1, true), "the long label is cut")
end)

test("line: dates make a time axis; series get colours and a legend", function()
  local rows = {
    {d = "2016-10-01", n = 1, s = "BBC"}, {d = "2016-10-05", n = 4, s = "BBC"},
    {d = "2016-10-03", n = 3, s = "TRT"}, {d = "2016-10-07", n = 5, s = "TRT"},
  }
  local svg = chart.line{data = rows, x = "d", y = "n", series = "s", title = "Articles"}:svg()
  local counts = check_xml(svg)
  eq(counts.polyline, 2)
  eq(counts.circle, 4)
  contains(svg, ">Oct 1, 2016</text>")
  contains(svg, ">BBC</text>")
  contains(svg, 'stroke="' .. chart.palette[2] .. '"')
end)

test("line: numbers and categories on x", function()
  local svg = chart.line{data = {{x = 1, y = 2}, {x = 10, y = 3}}, x = "x", y = "y"}:svg()
  contains(svg, ">10</text>")
  svg = chart.line{data = {{x = "mon", y = 2}, {x = "tue", y = 3}}, x = "x", y = "y"}:svg()
  contains(svg, ">tue</text>")
  check_xml(svg)
end)

test("timeline: a dot for a day, a band for a month or year, lanes per group", function()
  local rows = {
    {date = "2016-10-07", what = "Kerry speaks", outlet = "RFE/RL"},
    {date = "2016-10-06", what = "Konashenkov warns", outlet = "RFE/RL"},
    {date = "2016-09", what = "convoy bombed", outlet = "Global Citizen"},
    {date = "2014", what = "veto", outlet = "Global Citizen"},
    {date = nil, what = "undated: left out", outlet = "BBC"},
  }
  local c = chart.timeline{data = rows, date = "date", label = "what", group = "outlet", title = "When"}
  local svg = c:svg()
  local counts = check_xml(svg)
  eq(counts.circle, 2, "two days")
  contains(svg, 'fill-opacity="0.35"')
  contains(svg, ">Kerry speaks</text>")
  contains(svg, ">RFE/RL</text>")
  ok(not svg:find("undated", 1, true), "rows without a date are not drawn")
  contains(tostring(c), 'timeline "When": 5 events')
end)

test("timeline: dates parse at their precision", function()
  local a, b, p = chart._parse_date("2016-10-07")
  eq(a, b)
  eq(p, "day")
  a, b, p = chart._parse_date("2016-02")
  eq(b - a, 28, "February 2016 has 29 days")
  eq(p, "month")
  a, b, p = chart._parse_date("2016")
  eq(b - a, 365, "2016 is a leap year")
  eq(p, "year")
  eq(chart._parse_date("Friday"), nil)
  eq(chart._parse_date("1970-01-01"), 0)
end)

test("heatmap: repeated pairs add up, empty cells show a dash, order can be fixed", function()
  local rows = {
    {o = "BBC", p = "Kerry", n = 2}, {o = "BBC", p = "Kerry", n = 3},
    {o = "TRT", p = "Lavrov", n = 1},
  }
  local svg = chart.heatmap{data = rows, x = "o", y = "p", value = "n", x_order = {"TRT", "BBC"},
    title = "Coverage"}:svg()
  check_xml(svg)
  contains(svg, ">5</text>")
  contains(svg, ">–</text>")
  ok(svg:find(">TRT<", 1, true) < svg:find(">BBC<", 1, true), "x_order")
  contains(svg, "more (max 5)")
end)

test("heatmap colours run light to dark and text stays readable", function()
  eq(chart._viridis(0), "#440154")
  eq(chart._viridis(1), "#fde725")
  local svg = chart.heatmap{data = {{x = "a", y = "b", v = 10}}, x = "x", y = "y", value = "v"}:svg()
  contains(svg, 'fill="#ffffff">10</text>', "white text on the darkest cell")
end)

test("empty data draws an empty chart of every kind", function()
  for _, kind in ipairs({"bar", "hbar", "line", "timeline", "heatmap"}) do
    local spec = {data = {}, x = "x", y = "y", value = "v", date = "d", title = "Empty " .. kind}
    local svg = chart[kind](spec):svg()
    check_xml(svg)
    contains(svg, "Empty " .. kind)
  end
end)

test("numbers are written for people", function()
  eq(chart._fmt_number(275000), "275,000")
  eq(chart._fmt_number(-1234), "-1,234")
  eq(chart._fmt_number(2.5), "2.5")
  eq(chart._fmt_number(0.1 + 0.2), "0.3")
  eq(chart._fmt_number(0), "0")
end)

test("charts describe themselves and save to a file", function()
  local c = chart.bar{data = SPEAKERS, x = "speaker", y = "quotes", title = "Quotes"}
  eq(tostring(c), 'bar chart "Quotes": 4 bars (chart:svg() for the SVG, chart:save(path) to write it)')
  ok(chart.is_chart(c))
  ok(not chart.is_chart({}))
  local path = os.tmpname()
  eq(c:save(path), true)
  eq(H.read_file(path), c:svg())
  os.remove(path)
  local nok, err = c:save("/no/such/dir/x.svg")
  eq(nok, nil)
  contains(err, "/no/such/dir/x.svg")
  local full = io.open("/dev/full", "w") -- opens and takes the buffered write; the close fails
  if full then
    full:close()
    nok, err = c:save("/dev/full")
    eq(nok, nil, "a full disk")
    contains(err, "/dev/full: No space left on device")
  end
end)

test("the chart keeps its own copy of the rows", function()
  local rows = {{k = "a", v = 1}}
  local c = chart.bar{data = rows, x = "k", y = "v"}
  local before = c:svg()
  rows[2] = {k = "b", v = 2}
  eq(c:svg(), before)
end)

test("misuse names the argument and the field", function()
  H.expect_error("bad argument #1 to 'bar' %(table expected, got nil%)", chart.bar)
  H.expect_error("bad argument #1 to 'hbar' %(spec.data: row set or list of rows expected, got nil%)",
    chart.hbar, {x = "a", y = "b"})
  H.expect_error("bad argument #1 to 'line' %(spec.y: column name expected, got nil%)",
    chart.line, {data = {}, x = "a"})
  H.expect_error("bad argument #1 to 'heatmap' %(spec.value: column name expected, got number%)",
    chart.heatmap, {data = {}, x = "a", y = "b", value = 3})
  H.expect_error("bad argument #1 to 'timeline' %(spec.title: string expected, got number%)",
    chart.timeline, {data = {}, date = "d", title = 1})
  H.expect_error("spec.width: integer from 120 to 4000 expected",
    chart.bar, {data = {}, x = "a", y = "b", width = 5})
  local c = chart.bar{data = {}, x = "a", y = "b"}
  H.expect_error("bad argument #1 to 'save' %(string expected, got number%)", c.save, c, 42)
  H.expect_error("bad argument #1 to 'svg' %(chart expected, got table%)", c.svg, {})
end)

H.done()
