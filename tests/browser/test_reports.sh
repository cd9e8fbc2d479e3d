#!/bin/sh
# The browser check of the notebook reports: renders each notebook in
# notebooks/ to HTML, opens it in headless Chromium, takes a screenshot
# (kept in OUTDIR to look at) and checks that the page logged no console
# error, that nothing failed to load, and that every SVG chart in the page
# was laid out with a non-zero size. Skips (and passes) without Chromium.
# Usage: test_reports.sh LEDE_BIN OUTDIR [NOTEBOOK_DIR]   (run from the
# repository root; NOTEBOOK_DIR defaults to notebooks)
set -u
lede=${1:?usage: test_reports.sh LEDE_BIN OUTDIR}
outdir=${2:?usage: test_reports.sh LEDE_BIN OUTDIR}
nbdir=${3:-notebooks}
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "skipped: $chromium not found (install Debian's chromium to run the browser check)"
  exit 0
fi
mkdir -p "$outdir"
case $outdir in /*) ;; *) outdir=$PWD/$outdir ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs Chromium headless on a fresh profile with the network switched off,
# as root needs it (no sandbox); extra arguments follow.
browse() {
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@"
}

# The probe: records errors (scripts, console.error, resources that failed
# to load) from the start of <head>, and on load writes the laid-out size of
# every <svg> and the errors into <pre id="lede-probe">, read by --dump-dom.
HEAD_PROBE='<script>window.__lede_errors=[];addEventListener("error",function(e){__lede_errors.push(e.message||("failed to load "+(e.target?(e.target.src||e.target.href):"")))},true);var __lede_ce=console.error;console.error=function(){__lede_errors.push([].join.call(arguments," "));__lede_ce.apply(console,arguments)};</script>'
BODY_PROBE='<script>addEventListener("load",function(){var s=[].map.call(document.querySelectorAll("svg"),function(x){var r=x.getBoundingClientRect();return Math.round(r.width)+"x"+Math.round(r.height)});var p=document.createElement("pre");p.id="lede-probe";p.textContent="SVG "+s.join(" ")+"\\nERRORS "+__lede_errors.length+" "+JSON.stringify(__lede_errors);document.body.appendChild(p)})</script>'

failed=0
fail() { echo "FAIL $name: $*"; failed=$((failed + 1)); }

for nb in "$nbdir"/*.lua; do
  name=$(basename "$nb" .lua)
  failed_before=$failed
  html="$outdir/$name.html"
  if ! "$lede" render "$nb" -o "$html"; then fail "lede render exited non-zero"; continue; fi
  n_svg=$(grep -o '<svg ' "$html" | wc -l)

  # 1. the report as it is: a screenshot, and no console message at error level
  browse --enable-logging=stderr --v=0 --window-size=1100,4000 --virtual-time-budget=3000 \
    --screenshot="$outdir/$name.png" "file://$html" >"$work/shot.out" 2>"$work/shot.err"
  size=$(wc -c <"$outdir/$name.png" 2>/dev/null || echo 0)
  [ "$size" -gt 20000 ] || fail "screenshot missing or blank ($size bytes)"
  if grep -q ':CONSOLE' "$work/shot.err"; then fail "console messages:"; grep ':CONSOLE' "$work/shot.err"; fi

  # 2. the probe: errors and the laid-out size of each chart
  awk -v h="$HEAD_PROBE" -v b="$BODY_PROBE" '{
    i = index($0, "<head>"); if (i) $0 = substr($0, 1, i + 5) h substr($0, i + 6)
    j = index($0, "</body>"); if (j) $0 = substr($0, 1, j - 1) b substr($0, j)
    print }' "$html" >"$work/probe.html"
  browse --virtual-time-budget=3000 --dump-dom "file://$work/probe.html" >"$work/dom.html" 2>/dev/null
  sed -n '/<pre id="lede-probe">/,/<\/pre>/p' "$work/dom.html" >"$work/probe.txt"
  svg_line=$(grep -o 'SVG [0-9x ]*' "$work/probe.txt" | head -1)
  err_line=$(grep -o 'ERRORS [0-9]*.*' "$work/probe.txt" | head -1)
  [ -n "$svg_line" ] || { fail "the page did not load (no probe result)"; continue; }
  n_laid=$(echo "$svg_line" | tr ' ' '\n' | grep -c 'x')
  [ "$n_laid" -eq "$n_svg" ] || fail "$n_svg charts in the file, $n_laid laid out"
  if echo "$svg_line" | tr ' ' '\n' | grep -Eq '^0x|x0$'; then fail "a chart has zero size: $svg_line"; fi
  case "$err_line" in "ERRORS 0 "*) ;; *) fail "page errors: $err_line" ;; esac
  [ "$failed" -eq "$failed_before" ] || continue
  echo "ok $name: $n_svg charts laid out ($(echo "$svg_line" | cut -c5-)), no errors, screenshot $outdir/$name.png"
done

[ "$failed" -eq 0 ] || { echo "$failed failed"; exit 1; }
echo "all reports passed"
