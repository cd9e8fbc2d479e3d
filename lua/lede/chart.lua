-- lede.chart: charts drawn as SVG by lede itself, with no outside library:
-- bar and horizontal bar charts, line charts, timelines and heat maps. A
-- chart is an object with :svg() and :save(path); it prints in the REPL as
-- a one-line description, and lede.report draws it in place in a notebook.
-- Colours come from the Okabe-Ito palette and a viridis scale, both readable
-- with the common forms of colour blindness. The same spec gives the same
-- bytes every time (no ids, no randomness, rows drawn in the order given).

local M = {}

local thousands = require("lede.pretty").thousands
local write_file = require("lede.files").write

local Chart = {}
Chart.__name = "lede.Chart"
Chart.__index = Chart
M.Chart = Chart -- methods documented for help() as chart:name

-- Okabe & Ito (2008), "Color Universal Design": distinguishable for the
-- common colour-vision deficiencies. Blue first: it reads well as a single
-- series and on white.
M.palette = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

-- viridis (matplotlib), 9 stops from dark purple to yellow: perceptually
-- uniform and colour-blind safe; heat maps run it from light (low) to dark.
local VIRIDIS = {
  {0x44, 0x01, 0x54}, {0x47, 0x2c, 0x7a}, {0x3b, 0x51, 0x8b}, {0x2c, 0x71, 0x8e}, {0x21, 0x90, 0x8d},
  {0x27, 0xad, 0x81}, {0x5c, 0xc8, 0x63}, {0xaa, 0xdc, 0x32}, {0xfd, 0xe7, 0x25},
}

local FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
local INK, MUTED, AXIS, GRID = "#222222", "#555555", "#444444", "#e3e3e3"
local TICK_SIZE, LABEL_SIZE, TITLE_SIZE = 12, 13, 16
local MAX_LABEL = 40 -- characters of a category label before it is cut with "…"

local check_arg = require("lede.check").arg -- raises at the user's line

local function check(cond, fname, msg) check_arg(cond, 1, fname, msg) end

---------------------------------------------------------------------------
-- Text and numbers
---------------------------------------------------------------------------

local function xml(s)
  return (tostring(s):gsub("[&<>\"']", {["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;",
    ['"'] = "&quot;", ["'"] = "&#39;"}))
end

local function chars(s)
  return utf8.len(s) or #s
end

-- Estimated width in pixels of s at font size px (sans-serif averages a
-- little over half an em per character; bold a little more).
local function text_width(s, px, is_bold)
  return math.ceil(chars(s) * px * (is_bold and 0.68 or 0.6))
end

-- Cuts s to n characters with a visible "…" (never inside a character).
local function cut(s, n)
  if chars(s) <= n then return s end
  return s:sub(1, (utf8.offset(s, n) or n) - 1) .. "…"
end

-- Writes a number for people: integers with thousands separators
-- ("275,000"), others with at most `decimals` decimals, trailing zeros off.
local function fmt_number(v, decimals)
  if v ~= v then return "NaN" end
  local rounded = math.floor(v + 0.5)
  if math.abs(v - rounded) < 1e-9 and math.abs(v) < 1e15 then
    return thousands(math.tointeger(rounded) or rounded)
  end
  local s = ("%." .. (decimals or 2) .. "f"):format(v):gsub("0+$", ""):gsub("%.$", "")
  return s
end
M._fmt_number = fmt_number

-- Coordinates rounded to 0.1 px, written without trailing zeros: short and
-- identical on every run.
local function px(v)
  local s = ("%.1f"):format(v):gsub("%.0$", "")
  if s == "-0" then s = "0" end
  return s
end

---------------------------------------------------------------------------
-- Scales
---------------------------------------------------------------------------

-- A round step (1, 2 or 5 times a power of ten) that cuts span into about n parts.
local function nice_step(span, n)
  local raw = span / n
  local mag = 10 ^ math.floor(math.log(raw, 10))
  local norm = raw / mag
  local step = norm < 1.5 and 1 or norm < 3 and 2 or norm < 7 and 5 or 10
  return step * mag
end

-- Ticks covering [lo, hi] at a round step: the list, the covered range and
-- the number of decimals their labels need.
local function nice_ticks(lo, hi, n, is_count)
  if hi <= lo then hi = lo + 1 end
  local step = nice_step(hi - lo, n)
  if is_count then step = math.max(step, 1) end -- no 0.5 on an axis of counts
  local first = math.floor(lo / step + 1e-9)
  local last = math.ceil(hi / step - 1e-9)
  local ticks = {}
  for i = first, last do ticks[#ticks + 1] = i * step end
  local decimals = math.max(0, -math.floor(math.log(step, 10) + 1e-9))
  return ticks, first * step, last * step, decimals
end

local function linear(d0, d1, r0, r1)
  if d1 == d0 then d1 = d0 + 1 end
  return function(v) return r0 + (v - d0) * (r1 - r0) / (d1 - d0) end
end

---------------------------------------------------------------------------
-- Dates: ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD" as day numbers
---------------------------------------------------------------------------

-- Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp + (mp < 10 and 3 or -9)
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

-- The span an ISO date covers: first and last day numbers, and its
-- precision ("day", "month", "year"); nil when s is no ISO date.
local function parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then
    local day = days_from_civil(tonumber(y), tonumber(m), tonumber(d))
    return day, day, "day"
  end
  y, m = s:match("^(%d%d%d%d)%-(%d%d)$")
  if y then
    y, m = tonumber(y), tonumber(m)
    local next_y, next_m = m == 12 and y + 1 or y, m == 12 and 1 or m + 1
    return days_from_civil(y, m, 1), days_from_civil(next_y, next_m, 1) - 1, "month"
  end
  y = s:match("^(%d%d%d%d)$")
  if y then
    y = tonumber(y)
    return days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1) - 1, "year"
  end
  return nil
end
M._parse_date = parse_date

local MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

-- Tick days and labels for a time axis over [lo, hi] (day numbers): days,
-- weeks, months or years, whichever gives at most about eight ticks.
local function date_ticks(lo, hi)
  local span = hi - lo
  local ticks = {}
  if span <= 70 then
    local step = span <= 10 and 1 or span <= 21 and 2 or 7
    for day = lo, hi, step do
      local y, m, d = civil_from_days(day)
      ticks[#ticks + 1] = {day, MONTHS[m] .. " " .. d .. (#ticks == 0 and (", " .. y) or "")}
    end
    return ticks
  end
  local y0, m0 = civil_from_days(lo)
  local y1, m1 = civil_from_days(hi)
  local months = (y1 - y0) * 12 + (m1 - m0)
  if months <= 36 then
    local step = months <= 8 and 1 or months <= 16 and 2 or months <= 24 and 3 or 6
    for k = 0, months + 1, step do
      local y, m = y0 + (m0 - 1 + k) // 12, (m0 - 1 + k) % 12 + 1
      local day = days_from_civil(y, m, 1)
      if day >= lo and day <= hi then ticks[#ticks + 1] = {day, MONTHS[m] .. " " .. y} end
    end
    return ticks
  end
  local step = nice_step(math.max(y1 - y0, 1), 6)
  step = math.max(1, math.floor(step))
  for y = (y0 // step) * step, y1 + 1, step do
    local day = days_from_civil(y, 1, 1)
    if day >= lo and day <= hi then ticks[#ticks + 1] = {day, tostring(y)} end
  end
  return ticks
end

---------------------------------------------------------------------------
-- Colours
---------------------------------------------------------------------------

-- The viridis colour at t in [0, 1], as "#rrggbb".
local function viridis(t)
  t = math.max(0, math.min(1, t))
  local pos = t * (#VIRIDIS - 1)
  local i = math.min(math.floor(pos), #VIRIDIS - 2)
  local f = pos - i
  local a, b = VIRIDIS[i + 1], VIRIDIS[i + 2]
  local rgb = {}
  for k = 1, 3 do rgb[k] = math.floor(a[k] + (b[k] - a[k]) * f + 0.5) end
  return ("#%02x%02x%02x"):format(rgb[1], rgb[2], rgb[3])
end
M._viridis = viridis

-- Whether dark text reads on the colour "#rrggbb" (relative luminance).
local function is_light(hex)
  local r, g, b = hex:match("#(%x%x)(%x%x)(%x%x)")
  local function lin(c)
    c = tonumber(c, 16) / 255
    return c <= 0.03928 and c / 12.92 or ((c + 0.055) / 1.055) ^ 2.4
  end
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) > 0.22
end

---------------------------------------------------------------------------
-- Data
---------------------------------------------------------------------------

-- The rows of data (a row set or a list of records) as a plain list.
local function rows_of(data)
  local mt = getmetatable(data)
  if type(data) == "table" and mt and mt.__name == "lede.RowSet" then
    local rows = {}
    for _, row in data:rows() do rows[#rows + 1] = row end
    return rows
  end
  return data
end

-- The value of a column in a row as a number (strings of digits are read),
-- or nil.
local function number_at(row, col)
  local v = row[col]
  if type(v) == "string" then v = tonumber((v:gsub(",", ""))) end
  if type(v) == "number" and v == v then return v end
  return nil
end

local function label_at(row, col)
  local v = row[col]
  if v == nil then return "(none)" end
  return tostring(v)
end

-- Distinct values of a column in first-seen order (or the order given).
local function distinct(rows, col, given)
  if given then return given end
  local list, seen = {}, {}
  for _, row in ipairs(rows) do
    local v = label_at(row, col)
    if not seen[v] then seen[v] = true list[#list + 1] = v end
  end
  return list
end

-- Checks the fields every chart kind shares; returns the rows.
local function check_spec(spec, fname, needed)
  check(type(spec) == "table", fname, "table expected, got " .. type(spec))
  local rows = rows_of(spec.data)
  check(type(rows) == "table", fname, "spec.data: row set or list of rows expected, got " .. type(spec.data))
  for _, field in ipairs(needed) do
    local v = spec[field]
    check(type(v) == "string" or (field == "y" and type(v) == "table" and #v > 0), fname,
      ("spec.%s: column name expected, got %s"):format(field, type(v)))
  end
  for _, field in ipairs({"title", "subtitle", "x_label", "y_label", "note"}) do
    check(spec[field] == nil or type(spec[field]) == "string", fname,
      ("spec.%s: string expected, got %s"):format(field, type(spec[field])))
  end
  for _, field in ipairs({"width", "height"}) do
    check(spec[field] == nil or (math.type(spec[field]) == "integer" and spec[field] >= 120
      and spec[field] <= 4000), fname, ("spec.%s: integer from 120 to 4000 expected"):format(field))
  end
  return rows
end

---------------------------------------------------------------------------
-- SVG pieces
---------------------------------------------------------------------------

local function text(out, x, y, s, attrs)
  out[#out + 1] = ('<text x="%s" y="%s"%s>%s</text>'):format(px(x), px(y), attrs or "", xml(s))
end

local function line(out, x1, y1, x2, y2, stroke, extra)
  out[#out + 1] = ('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"%s/>'):format(
    px(x1), px(y1), px(x2), px(y2), stroke, extra or "")
end

local function rect(out, x, y, w, h, fill, extra)
  out[#out + 1] = ('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"%s/>'):format(
    px(x), px(y), px(math.max(w, 0)), px(math.max(h, 0)), fill, extra or "")
end

-- Opens the document: size, accessible name, font, white background, and
-- the title and subtitle. Returns the y where the plot may start.
local function open_svg(out, c, w, h)
  local name = c.title or (c.kind .. " chart")
  out[#out + 1] = ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d"'
    .. ' role="img" aria-label="%s" font-family="%s" font-size="%d" fill="%s">')
    :format(w, h, w, h, xml(name), xml(FONT), TICK_SIZE, INK)
  out[#out + 1] = "<title>" .. xml(name) .. "</title>"
  rect(out, 0, 0, w, h, "#ffffff")
  local y = 8
  if c.title then
    y = y + TITLE_SIZE + 4
    text(out, 12, y, c.title, (' font-size="%d" font-weight="600"'):format(TITLE_SIZE))
  end
  if c.subtitle then
    y = y + LABEL_SIZE + 6
    text(out, 12, y, c.subtitle, (' font-size="%d" fill="%s"'):format(LABEL_SIZE, MUTED))
  end
  return y + 14
end

local function close_svg(out, c, w, h)
  if c.note then
    text(out, 12, h - 8, c.note, (' font-size="11" fill="%s"'):format(MUTED))
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n") .. "\n"
end

local function note_space(c) return c.note and 18 or 0 end

-- Draws a legend of coloured squares in one row from x, y; returns its height.
local function legend(out, x, y, names, colors)
  for i, name in ipairs(names) do
    rect(out, x, y - 10, 12, 12, colors[i])
    local label = cut(name, MAX_LABEL)
    text(out, x + 17, y, label)
    x = x + 17 + text_width(label, TICK_SIZE) + 16
  end
  return 20
end

-- The y axis of a value scale: gridlines across the plot and tick labels
-- on the left, and the rotated axis label.
local function value_axis_y(out, ticks, decimals, scale, x0, x1, label, label_x)
  for _, t in ipairs(ticks) do
    local y = scale(t)
    line(out, x0, y, x1, y, t == 0 and AXIS or GRID)
    text(out, x0 - 6, y + 4, fmt_number(t, decimals), ' text-anchor="end"')
  end
  if label then
    local mid = (scale(ticks[1]) + scale(ticks[#ticks])) / 2
    text(out, label_x, mid, label, (' font-size="%d" text-anchor="middle" transform="rotate(-90 %s %s)"')
      :format(LABEL_SIZE, px(label_x), px(mid)))
  end
end

-- The x axis of a value scale: vertical gridlines and labels below y.
local function value_axis_x(out, ticks, decimals, scale, y0, y1, label)
  for _, t in ipairs(ticks) do
    local x = scale(t)
    line(out, x, y0, x, y1, t == 0 and AXIS or GRID)
    text(out, x, y1 + 16, fmt_number(t, decimals), ' text-anchor="middle"')
  end
  if label then
    local mid = (scale(ticks[1]) + scale(ticks[#ticks])) / 2
    text(out, mid, y1 + 36, label, (' font-size="%d" text-anchor="middle"'):format(LABEL_SIZE))
  end
end

---------------------------------------------------------------------------
-- Bar charts
---------------------------------------------------------------------------

-- The value columns of a bar chart (spec.y: one name or a list), the
-- range of their values over rows (always including 0) and whether they
-- are all whole numbers.
local function bar_values(c)
  local cols = type(c.y) == "table" and c.y or {c.y}
  local lo, hi, is_count = 0, 0, true
  for _, row in ipairs(c.rows) do
    for _, col in ipairs(cols) do
      local v = number_at(row, col)
      if v then
        lo, hi = math.min(lo, v), math.max(hi, v)
        is_count = is_count and v == math.floor(v)
      end
    end
  end
  return cols, lo, hi, is_count
end

local function series_colors(n, given)
  local colors = {}
  for i = 1, n do colors[i] = (given and given[i]) or M.palette[(i - 1) % #M.palette + 1] end
  return colors
end

-- Vertical bars: categories along x, values up the y axis.
local function draw_bar(c)
  local cols, lo, hi, is_count = bar_values(c)
  local colors = series_colors(#cols, c.colors)
  local n = math.max(#c.rows, 1)
  local w = c.width or math.max(360, math.min(960, 120 + n * #cols * 46))
  local labels, widest = {}, 0
  for i, row in ipairs(c.rows) do
    labels[i] = cut(label_at(row, c.x), MAX_LABEL)
    widest = math.max(widest, text_width(labels[i], TICK_SIZE))
  end
  local ticks, t0, t1, decimals = nice_ticks(lo, hi, 5, is_count)
  local left = 24 + (c.y_label and 20 or 0)
  for _, t in ipairs(ticks) do left = math.max(left, 34 + text_width(fmt_number(t, decimals), TICK_SIZE)) end
  local band = (w - left - 16) / n
  local rotate = widest > band - 6
  local bottom = (rotate and widest * 0.64 + 22 or 26) + (c.x_label and 22 or 0) + note_space(c)
  local h = c.height or 360
  local out = {}
  local top = open_svg(out, c, w, h)
  if #cols > 1 then top = top + legend(out, left, top, cols, colors) end
  local plot_bottom = h - bottom
  local scale = linear(t0, t1, plot_bottom, top)
  value_axis_y(out, ticks, decimals, scale, left, w - 16, c.y_label, 16)
  local bar_w = band * 0.8 / #cols
  for i, row in ipairs(c.rows) do
    local x = left + (i - 1) * band + band * 0.1
    for k, col in ipairs(cols) do
      local v = number_at(row, col)
      if v then
        local y0, y1 = scale(math.max(v, 0)), scale(math.min(v, 0))
        rect(out, x + (k - 1) * bar_w, y0, bar_w - 1, y1 - y0, colors[k])
        text(out, x + (k - 0.5) * bar_w, y0 - 4, fmt_number(v), ' text-anchor="middle" font-size="11"')
      end
    end
    local cx = left + (i - 0.5) * band
    if rotate then
      text(out, cx, plot_bottom + 14, labels[i], (' text-anchor="end" transform="rotate(-40 %s %s)"')
        :format(px(cx), px(plot_bottom + 14)))
    else
      text(out, cx, plot_bottom + 16, labels[i], ' text-anchor="middle"')
    end
  end
  line(out, left, plot_bottom, w - 16, plot_bottom, AXIS)
  if c.x_label then
    text(out, (left + w - 16) / 2, h - 8 - note_space(c), c.x_label,
      (' font-size="%d" text-anchor="middle"'):format(LABEL_SIZE))
  end
  return close_svg(out, c, w, h)
end

-- Horizontal bars: one row per category, labels on the left, values along x.
local function draw_hbar(c)
  local cols, lo, hi, is_count = bar_values(c)
  local colors = series_colors(#cols, c.colors)
  local labels, widest = {}, 0
  for i, row in ipairs(c.rows) do
    labels[i] = cut(label_at(row, c.x), MAX_LABEL)
    widest = math.max(widest, text_width(labels[i], TICK_SIZE))
  end
  local w = c.width or 640
  local left = math.min(widest, w * 0.45) + 18 + (c.y_label and 20 or 0)
  local band = math.max(22, 8 + 14 * #cols)
  local ticks, t0, t1, decimals = nice_ticks(lo, hi, 5, is_count)
  local out = {}
  local head = {}
  local top = open_svg(head, c, w, 0) -- measured first; the real header is drawn below
  if #cols > 1 then top = top + 20 end
  local bottom = 26 + (c.x_label and 22 or 0) + note_space(c)
  local h = c.height or math.floor(top + #c.rows * band + bottom + 8)
  top = open_svg(out, c, w, h)
  if #cols > 1 then top = top + legend(out, left, top, cols, colors) end
  local plot_bottom = top + #c.rows * band
  local right = w - 16 - text_width(fmt_number(t1), 11)
  local scale = linear(t0, t1, left, right)
  value_axis_x(out, ticks, decimals, scale, top, plot_bottom, c.x_label)
  local bar_h = (band - 6) / #cols
  for i, row in ipairs(c.rows) do
    local y = top + (i - 1) * band + 3
    text(out, left - 8, y + band / 2 + 1, labels[i], ' text-anchor="end"')
    for k, col in ipairs(cols) do
      local v = number_at(row, col)
      if v then
        local x0, x1 = scale(math.min(v, 0)), scale(math.max(v, 0))
        rect(out, x0, y + (k - 1) * bar_h, x1 - x0, bar_h - 1, colors[k])
        text(out, x1 + 4, y + (k - 0.5) * bar_h + 4, fmt_number(v), ' font-size="11"')
      end
    end
  end
  if c.y_label then
    local mid = (top + plot_bottom) / 2
    text(out, 16, mid, c.y_label, (' font-size="%d" text-anchor="middle" transform="rotate(-90 16 %s)"')
      :format(LABEL_SIZE, px(mid)))
  end
  return close_svg(out, c, w, h)
end

---------------------------------------------------------------------------
-- Line charts
---------------------------------------------------------------------------

-- The x scale of a line chart: numbers, ISO dates or, for any other
-- values, categories evenly spaced in first-seen order. Returns a function
-- from a row to a domain position, the domain and the ticks {pos, label}.
local function line_x(c)
  local kind = "number"
  for _, row in ipairs(c.rows) do
    local v = row[c.x]
    if type(v) ~= "number" then kind = parse_date(v) and kind ~= "category" and "date" or "category" end
    if kind == "category" then break end
  end
  if kind == "number" then
    local lo, hi = math.huge, -math.huge
    for _, row in ipairs(c.rows) do lo, hi = math.min(lo, row[c.x]), math.max(hi, row[c.x]) end
    local ticks, t0, t1, decimals = nice_ticks(lo, hi, 6)
    local list = {}
    for i, t in ipairs(ticks) do list[i] = {t, fmt_number(t, decimals)} end
    return function(row) return row[c.x] end, t0, t1, list
  elseif kind == "date" then
    local lo, hi = math.huge, -math.huge
    for _, row in ipairs(c.rows) do
      local d = parse_date(row[c.x])
      lo, hi = math.min(lo, d), math.max(hi, d)
    end
    if hi == lo then lo, hi = lo - 1, hi + 1 end
    return function(row) return (parse_date(row[c.x])) end, lo, hi, date_ticks(lo, hi)
  end
  local cats = distinct(c.rows, c.x)
  local index, list = {}, {}
  for i, v in ipairs(cats) do index[v] = i list[i] = {i, cut(v, 16)} end
  return function(row) return index[label_at(row, c.x)] end, 0.5, #cats + 0.5, list
end

local function draw_line(c)
  local w, h = c.width or 640, c.height or 360
  local pos, d0, d1, xticks = line_x(c)
  local groups = c.series and distinct(c.rows, c.series) or {c.y}
  local colors = series_colors(#groups, c.colors)
  local lo, hi = math.huge, -math.huge
  for _, row in ipairs(c.rows) do
    local v = number_at(row, c.y)
    if v then lo, hi = math.min(lo, v), math.max(hi, v) end
  end
  if lo == math.huge then lo, hi = 0, 1 end
  local ticks, t0, t1, decimals = nice_ticks(math.min(lo, 0), hi, 5)
  local left = 24 + (c.y_label and 20 or 0)
  for _, t in ipairs(ticks) do left = math.max(left, 34 + text_width(fmt_number(t, decimals), TICK_SIZE)) end
  local out = {}
  local top = open_svg(out, c, w, h)
  if #groups > 1 then top = top + legend(out, left, top, groups, colors) end
  local bottom = h - 30 - (c.x_label and 22 or 0) - note_space(c)
  local ys = linear(t0, t1, bottom, top)
  local xs = linear(d0, d1, left + 8, w - 24)
  value_axis_y(out, ticks, decimals, ys, left, w - 16, c.y_label, 16)
  for _, t in ipairs(xticks) do
    line(out, xs(t[1]), bottom, xs(t[1]), bottom + 4, AXIS)
    text(out, xs(t[1]), bottom + 18, t[2], ' text-anchor="middle"')
  end
  line(out, left, bottom, w - 16, bottom, AXIS)
  for g, name in ipairs(groups) do
    local points = {}
    for _, row in ipairs(c.rows) do
      local v, x = number_at(row, c.y), pos(row)
      if v and x and (not c.series or label_at(row, c.series) == name) then
        points[#points + 1] = {xs(x), ys(v)}
      end
    end
    table.sort(points, function(a, b) return a[1] < b[1] end)
    local coords = {}
    for i, p in ipairs(points) do coords[i] = px(p[1]) .. "," .. px(p[2]) end
    out[#out + 1] = ('<polyline points="%s" fill="none" stroke="%s" stroke-width="2"/>')
      :format(table.concat(coords, " "), colors[g])
    for _, p in ipairs(points) do
      out[#out + 1] = ('<circle cx="%s" cy="%s" r="3.5" fill="%s"/>'):format(px(p[1]), px(p[2]), colors[g])
    end
  end
  if c.x_label then
    text(out, (left + w - 16) / 2, bottom + 40, c.x_label, (' font-size="%d" text-anchor="middle"'):format(LABEL_SIZE))
  end
  return close_svg(out, c, w, h)
end

---------------------------------------------------------------------------
-- Timelines
---------------------------------------------------------------------------

-- Events of a timeline grouped into lanes, each event placed on the first
-- label row where it does not overlap the label before it. A label that
-- would run past right_edge goes on the left of its event.
local function timeline_lanes(c, xs, label_px, right_edge)
  local lanes, by_name = {}, {}
  for _, name in ipairs(c.group and distinct(c.rows, c.group, c.group_order) or {""}) do
    by_name[name] = {name = name, events = {}, rows = 1}
    lanes[#lanes + 1] = by_name[name]
  end
  for _, row in ipairs(c.rows) do
    local first, last, precision = parse_date(row[c.date])
    if first then
      local lane = by_name[c.group and label_at(row, c.group) or ""]
      lane.events[#lane.events + 1] = {first = first, last = last, precision = precision,
        label = row[c.label] ~= nil and cut(tostring(row[c.label]), 28) or nil}
    end
  end
  for _, lane in ipairs(lanes) do
    table.sort(lane.events, function(a, b)
      if a.first ~= b.first then return a.first < b.first end
      return (a.label or "") < (b.label or "")
    end)
    local ends = {}
    for _, e in ipairs(lane.events) do
      local x = xs(e.first)
      local width = e.label and label_px(e.label) or 0
      local from, to = x - 6, math.max(x + 9, xs(e.last + 1) + 4) + width + 8
      if to > right_edge then e.on_left, from, to = true, x - 12 - width, math.max(xs(e.last + 1), x) + 6 end
      local r = 1
      while ends[r] and ends[r] > from do r = r + 1 end
      e.row = r
      ends[r] = to
      lane.rows = math.max(lane.rows, r)
    end
  end
  return lanes
end

local function date_range(c)
  local lo, hi = math.huge, -math.huge
  for _, row in ipairs(c.rows) do
    local first, last = parse_date(row[c.date])
    if first then lo, hi = math.min(lo, first), math.max(hi, last) end
  end
  if lo == math.huge then
    local today = days_from_civil(2000, 1, 1)
    return today, today + 1
  end
  local pad = math.max(1, (hi - lo) // 20)
  return lo - pad, hi + pad
end

-- Draws one event: a dot for a day, a translucent band for a month or a
-- year (the text gives no finer date), and its label to the right.
local function draw_event(out, e, xs, y, color)
  local x = xs(e.first)
  if e.precision == "day" then
    out[#out + 1] = ('<circle cx="%s" cy="%s" r="5" fill="%s"/>'):format(px(x), px(y), color)
  else
    rect(out, x, y - 5, math.max(xs(e.last + 1) - x, 4), 10, color, ' fill-opacity="0.35" rx="3"')
  end
  if e.label and e.on_left then
    text(out, x - 9, y + 4, e.label, ' text-anchor="end"')
  elseif e.label then
    text(out, math.max(x + 9, xs(e.last + 1) + 4), y + 4, e.label)
  end
end

local function draw_timeline(c)
  local w = c.width or 720
  local lo, hi = date_range(c)
  local names = c.group and distinct(c.rows, c.group, c.group_order) or {}
  local left = 16
  for _, name in ipairs(names) do left = math.max(left, text_width(cut(name, 24), LABEL_SIZE, true) + 24) end
  local xs = linear(lo, hi, left + 8, w - 24)
  local lanes = timeline_lanes(c, xs, function(s) return text_width(s, TICK_SIZE) end, w - 8)
  local row_h = 20
  local lane_h = {}
  local body = 0
  for i, lane in ipairs(lanes) do lane_h[i] = lane.rows * row_h + 12 body = body + lane_h[i] end
  local head = open_svg({}, c, w, 0)
  local h = c.height or math.floor(head + body + 34 + (c.x_label and 20 or 0) + note_space(c))
  local out = {}
  local top = open_svg(out, c, w, h)
  local axis_y = top + body
  for _, t in ipairs(date_ticks(lo, hi)) do
    line(out, xs(t[1]), top, xs(t[1]), axis_y + 4, GRID)
    text(out, xs(t[1]), axis_y + 18, t[2], ' text-anchor="middle"')
  end
  local y = top
  for i, lane in ipairs(lanes) do
    local color = M.palette[(i - 1) % #M.palette + 1]
    if lane.name ~= "" then
      text(out, left - 10, y + 6 + row_h / 2 + 4, cut(lane.name, 24),
        (' text-anchor="end" font-size="%d" font-weight="600"'):format(LABEL_SIZE))
    end
    for _, e in ipairs(lane.events) do draw_event(out, e, xs, y + 6 + (e.row - 0.5) * row_h, color) end
    y = y + lane_h[i]
    line(out, left, y, w - 16, y, GRID)
  end
  line(out, left, axis_y, w - 16, axis_y, AXIS)
  if c.x_label then
    text(out, (left + w) / 2, axis_y + 38, c.x_label, (' font-size="%d" text-anchor="middle"'):format(LABEL_SIZE))
  end
  return close_svg(out, c, w, h)
end

---------------------------------------------------------------------------
-- Heat maps
---------------------------------------------------------------------------

-- The grid of a heat map: row and column names and value[row][col].
local function heat_grid(c)
  local xs = distinct(c.rows, c.x, c.x_order)
  local ys = distinct(c.rows, c.y, c.y_order)
  local grid, hi = {}, 0
  for _, name in ipairs(ys) do grid[name] = {} end
  for _, row in ipairs(c.rows) do
    local r = grid[label_at(row, c.y)]
    local v = number_at(row, c.value)
    if r and v then
      local col = label_at(row, c.x)
      r[col] = (r[col] or 0) + v
      hi = math.max(hi, r[col])
    end
  end
  return xs, ys, grid, hi
end

-- The colour of a value: light grey for zero or none, else viridis from
-- light (low) to dark (high).
local function heat_color(v, hi)
  if v == nil or v == 0 or hi <= 0 then return "#f2f2f2" end
  return viridis(1 - 0.85 * (v / hi))
end

local function draw_heat_legend(out, x, y, hi)
  text(out, x, y + 11, "fewer", (' fill="%s"'):format(MUTED))
  x = x + text_width("fewer", TICK_SIZE) + 6
  local steps = {0, 0.25, 0.5, 0.75, 1}
  for _, s in ipairs(steps) do
    local v = s * hi
    rect(out, x, y, 28, 14, heat_color(s == 0 and 0 or v, hi), ' stroke="#ffffff"')
    x = x + 28
  end
  text(out, x + 6, y + 11, ("more (max %s)"):format(fmt_number(hi)), (' fill="%s"'):format(MUTED))
end

local function draw_heatmap(c)
  local xs_names, ys_names, grid, hi = heat_grid(c)
  local left = 16
  for _, name in ipairs(ys_names) do left = math.max(left, text_width(cut(name, MAX_LABEL), TICK_SIZE) + 20) end
  local widest = 0
  for _, name in ipairs(xs_names) do widest = math.max(widest, text_width(cut(name, MAX_LABEL), TICK_SIZE)) end
  local cell_w = c.cell_width or math.max(44, math.min(120, widest + 12))
  local rotate = widest > cell_w - 6
  local cell_h = 26
  local legend_w = text_width("fewer more (max 000,000)", TICK_SIZE) + 5 * 28 + 12
  local overhang = rotate and math.max(0, widest * 0.77 - cell_w / 2) or 0 -- the last label leans right
  local w = c.width or math.floor(math.max(360, left + #xs_names * cell_w + 24 + overhang, left + legend_w + 16))
  local head = open_svg({}, c, w, 0)
  local col_head = rotate and math.floor(widest * 0.7 + 16) or 22
  local h = c.height or math.floor(head + col_head + #ys_names * cell_h + 44 + (c.x_label and 20 or 0) + note_space(c))
  local out = {}
  local top = open_svg(out, c, w, h) + col_head
  for j, name in ipairs(xs_names) do
    local cx = left + (j - 0.5) * cell_w
    if rotate then
      text(out, cx, top - 8, cut(name, MAX_LABEL), (' transform="rotate(-40 %s %s)"'):format(px(cx), px(top - 8)))
    else
      text(out, cx, top - 8, cut(name, MAX_LABEL), ' text-anchor="middle"')
    end
  end
  for i, yname in ipairs(ys_names) do
    local y = top + (i - 1) * cell_h
    text(out, left - 8, y + cell_h / 2 + 4, cut(yname, MAX_LABEL), ' text-anchor="end"')
    for j, xname in ipairs(xs_names) do
      local v = grid[yname][xname]
      local fill = heat_color(v, hi)
      rect(out, left + (j - 1) * cell_w, y, cell_w, cell_h, fill, ' stroke="#ffffff"')
      text(out, left + (j - 0.5) * cell_w, y + cell_h / 2 + 4, v and fmt_number(v) or "–",
        (' text-anchor="middle" fill="%s"'):format(is_light(fill) and INK or "#ffffff"))
    end
  end
  local bottom = top + #ys_names * cell_h
  if c.x_label then
    text(out, left + #xs_names * cell_w / 2, bottom + 18, c.x_label,
      (' font-size="%d" text-anchor="middle"'):format(LABEL_SIZE))
    bottom = bottom + 20
  end
  draw_heat_legend(out, left, bottom + 12, hi)
  return close_svg(out, c, w, h)
end

---------------------------------------------------------------------------
-- The chart object
---------------------------------------------------------------------------

local KINDS = {
  bar = {draw = draw_bar, fields = {"x", "y"}, noun = "bar"},
  hbar = {draw = draw_hbar, fields = {"x", "y"}, noun = "bar"},
  line = {draw = draw_line, fields = {"x", "y"}, noun = "point"},
  timeline = {draw = draw_timeline, fields = {"date"}, noun = "event"},
  heatmap = {draw = draw_heatmap, fields = {"x", "y", "value"}, noun = "cell"},
}

local NAMES = {bar = "bar chart", hbar = "horizontal bar chart", line = "line chart",
  timeline = "timeline", heatmap = "heat map"}

-- Builds a chart of kind from spec after checking it; the rows are copied
-- so later changes to the data do not change the chart.
local function new(kind, spec)
  local rows = check_spec(spec, kind, KINDS[kind].fields)
  local c = {kind = kind}
  for k, v in pairs(spec) do c[k] = v end
  c.data = nil
  c.rows = table.move(rows, 1, #rows, 1, {})
  return setmetatable(c, Chart)
end

--- chart.bar(spec) -> chart
--- A vertical bar chart: one bar per row of spec.data (a row set or a list
--- of records), labelled by column spec.x, its height from column spec.y
--- (a list of columns gives grouped bars with a legend). Also: title,
--- subtitle, x_label, y_label, note (a source line at the bottom), width,
--- height, colors.
--- Example: chart.bar{data = corpus:speakers():head(5), x = "speaker", y = "quotes", title = "Quotes"}
function M.bar(spec) return new("bar", spec) end

--- chart.hbar(spec) -> chart
--- A horizontal bar chart (the better choice for long labels such as names
--- or headlines): fields as in chart.bar, categories down the left side in
--- the order of the rows.
--- Example: chart.hbar{data = corpus:speakers(), x = "speaker", y = "quotes", x_label = "quotes"}
function M.hbar(spec) return new("hbar", spec) end

--- chart.line(spec) -> chart
--- A line chart of column spec.y against spec.x: numbers, ISO dates
--- (a time axis) or other values (evenly spaced in first-seen order).
--- spec.series names a column that splits the rows into lines, each with its
--- own colour and a legend. Also: title, subtitle, x_label, y_label, note.
--- Example: chart.line{data = rows, x = "date", y = "articles", series = "outlet"}
function M.line(spec) return new("line", spec) end

--- chart.timeline(spec) -> chart
--- Dated events on a time axis: column spec.date holds ISO dates ("2016",
--- "2016-10", "2016-10-07"; a day is a dot, a month or a year a band, as
--- precise as the text is), spec.label the text shown next to each event, and
--- spec.group an optional column that gives each group (an outlet) its own
--- lane and colour (spec.group_order, a list of names, fixes the lanes' order;
--- else first-seen). Rows without a date are left out.
--- Example: chart.timeline{data = corpus:timeline(), date = "date", label = "text", group = "outlet"}
function M.timeline(spec) return new("timeline", spec) end

--- chart.heatmap(spec) -> chart
--- A grid of coloured cells: columns spec.x across, rows spec.y down, the
--- cell's number from column spec.value (values of repeated pairs add up),
--- written in the cell and coloured on a light-to-dark viridis scale; empty
--- cells show "–". spec.x_order and spec.y_order (lists of names) fix the
--- order, else first-seen order. Also: title, subtitle, x_label, note.
--- Example: chart.heatmap{data = rows, x = "outlet", y = "person", value = "mentions"}
function M.heatmap(spec) return new("heatmap", spec) end

--- chart.is_chart(v) -> boolean
--- Whether v is a chart made by this module.
function M.is_chart(v)
  return getmetatable(v) == Chart
end

--- chart:svg() -> string
--- The chart as a standalone SVG document (UTF-8, no external references,
--- no ids, so several can sit in one HTML page).
function Chart.svg(c)
  check(M.is_chart(c), "svg", "chart expected, got " .. type(c))
  return KINDS[c.kind].draw(c)
end

--- chart:save(path) -> true | nil, message
--- Writes the SVG to path.
--- Example: corpus_chart:save("quotes.svg")
function Chart.save(c, path)
  check(M.is_chart(c), "save", "chart expected, got " .. type(c))
  if type(path) ~= "string" then
    error(("bad argument #1 to 'save' (string expected, got %s)"):format(type(path)), 2)
  end
  return write_file(path, c:svg())
end

Chart.__tostring = function(c)
  local n = #c.rows
  local noun = KINDS[c.kind].noun
  return ("%s%s: %d %s%s (chart:svg() for the SVG, chart:save(path) to write it)"):format(
    NAMES[c.kind], c.title and (' "' .. c.title .. '"') or "", n, noun, n == 1 and "" or "s")
end

return M
