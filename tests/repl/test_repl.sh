#!/usr/bin/env bash
# The REPL through a real terminal: tmux runs lede, send-keys types, and
# capture-pane reads the screen. Usage: test_repl.sh path/to/lede
# Prints "N passed, M failed" and exits non-zero on any failure.
set -u
LEDE=$(readlink -f "$1")
SOCK="lede-test-$$"
WORK=$(mktemp -d)
export LEDE_HISTORY="$WORK/history"
passed=0
failed=0

tm() { tmux -L "$SOCK" "$@"; }
cleanup() { tm kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

start() {
  tm kill-session -t r 2>/dev/null
  tm new-session -d -s r -x 120 -y 50 -c "$WORK" "env LEDE_HISTORY='$LEDE_HISTORY' TERM=xterm '$LEDE'"
  wait_for 'lede>' || echo "lede did not start" >&2
}
screen() { tm capture-pane -p -t r -S -200 2>/dev/null; }
type_line() { tm send-keys -t r -l "$1"; tm send-keys -t r Enter; }
clear_screen() { tm send-keys -t r C-l; tm clear-history -t r; sleep 0.2; }

# wait_for PATTERN: polls the screen for a fixed string, up to 5 s.
wait_for() {
  for _ in $(seq 50); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}

check() { # check NAME PATTERN
  if wait_for "$2"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $1: screen lacks '$2'" >&2
    screen | sed 's/^/  | /' >&2
  fi
}

check_not() { # check_not NAME PATTERN (after a settle delay)
  sleep 0.3
  if screen | grep -qF -- "$2"; then
    failed=$((failed + 1))
    echo "FAIL $1: screen shows '$2'" >&2
    screen | sed 's/^/  | /' >&2
  else
    passed=$((passed + 1))
  fi
}

start
check "the banner names the corpus" 'corpus = a corpus in memory, 0 documents'

# completion of a library field, of a method after ':', of a module name
tm send-keys -t r -l 'string.fo'; tm send-keys -t r Tab
check "tab completes string.fo" 'lede> string.format'
tm send-keys -t r C-u; tm send-keys -t r -l 'txt = "abc"'; tm send-keys -t r Enter
tm send-keys -t r -l 'txt:upp'; tm send-keys -t r Tab; tm send-keys -t r -l '()'; tm send-keys -t r Enter
check "tab completes a method" 'lede> txt:upper()'
check "the completed method runs" 'ABC'
tm send-keys -t r -l 'require "lede.pre'; tm send-keys -t r Tab
check "tab completes module names" 'require "lede.pretty'
tm send-keys -t r C-u
clear_screen

# multi-line input with a continuation prompt
type_line 'for i = 1, 3 do'
check "continuation prompt" '  ...'
type_line 'io.write(i, ";")'
type_line 'end'
check "multi-line chunk runs" '1;2;3;'
clear_screen

# an expression prints without = or return; several values side by side
type_line '6 * 7, "forty-two"'
check "expression values side by side" '42      forty-two'  # a tab, as the terminal shows it
clear_screen

# a list of records prints as a table
type_line '{{outlet = "RFE", n = 3}, {outlet = "Global Citizen", n = 12}}'
check "records print as a box table" '│ Global Citizen │'
check "table footer counts rows" '2 rows'
clear_screen

# an error, then the prompt still works
type_line 'error("boom")'
check "error is reported" 'runtime error: stdin:1: boom'
type_line '"still" .. " here"'
check "prompt works after an error" 'still here'
clear_screen

# Ctrl-C stops a running loop and returns to the prompt
type_line 'while true do end'
sleep 0.5
tm send-keys -t r C-c
check "Ctrl-C interrupts the loop" 'interrupted'
type_line '"back" .. "!"'
check "prompt works after Ctrl-C" 'back!'
clear_screen

# Ctrl-C stops a long SQL query too (sqlite3_interrupt), and the corpus still works
type_line 'corpus:sql("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")[1]'
sleep 0.7
tm send-keys -t r C-c
check "Ctrl-C interrupts a query" 'interrupted'
type_line '#corpus, "docs"'
check "corpus usable after an interrupted query" '0       docs'
clear_screen

# a long pass draws a progress line on the terminal; Ctrl-C stops it and
# the message starts on a clean line (no bar left in front of it)
type_line 'p = require("lede.progress").new("spinning", 10^9, {enabled = true, delay = 0}) while true do p:step(100) end'
check "a long pass shows progress" 'spinning  '
sleep 0.3
tm send-keys -t r C-c
check "Ctrl-C stops a pass with a progress line" 'interrupted'
check_not "the progress line is cleared before the error" 'docs/slede: runtime'
if screen | grep -q '^lede: runtime error: .*interrupted'; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL the error starts its own line" >&2; screen | sed 's/^/  | /' >&2; fi
clear_screen

# Ctrl-C at the prompt clears the line being typed, and an unfinished chunk
tm send-keys -t r -l 'if true then'; tm send-keys -t r Enter
tm send-keys -t r -l 'half typed'; sleep 0.2; tm send-keys -t r C-c; sleep 0.2
type_line '"fresh" .. "line"'
check "Ctrl-C clears the line" 'freshline'
check_not "cleared text never ran" 'syntax error'
clear_screen

# dot commands
type_line '.timer on'
type_line '1'
check ".timer on prints run time" 'Run Time: real'
type_line '.timer off'
type_line '.help'
check ".help lists commands" '.timer on|off'
type_line 'help "repl"'
check "help topic" 'Ctrl-D'
clear_screen

# history across sessions, without duplicates
type_line 'marker_for_history = 1'
type_line 'marker_for_history = 1'
tm send-keys -t r C-d
sleep 0.5
count=$(grep -cxF 'marker_for_history = 1' "$LEDE_HISTORY" 2>/dev/null || true)
if [ "$count" = "1" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL history keeps one copy of a repeated line (found $count)" >&2; fi
start
tm send-keys -t r Up
check "history comes back in a new session" 'lede> marker_for_history = 1'
tm send-keys -t r C-u
type_line '.quit'
sleep 0.3
if tm has-session -t r 2>/dev/null && screen | grep -q 'lede> $'; then
  failed=$((failed + 1)); echo "FAIL .quit leaves lede" >&2
else passed=$((passed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
