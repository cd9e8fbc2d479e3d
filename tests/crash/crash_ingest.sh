#!/bin/sh
# crash_ingest.sh — the kill -9 test of issue 4. Generates a corpus of
# distinct articles, starts an ingest (ingest_driver, small batches) and kills
# it with SIGKILL at several random moments, checking after each kill that
# the corpus passes integrity_check and holds only whole batches
# (check_corpus); then runs the same ingest to completion and checks that the
# corpus holds exactly one document per distinct input.
#   crash_ingest.sh INGEST_DRIVER CHECK_CORPUS
set -eu
driver=$1
checker=$2
work=$(mktemp -d /tmp/lede-crash-XXXXXX)
trap 'rm -rf "$work"' EXIT
n_files=3000
batch=20
kills=6

mkdir "$work/in"
i=0
while [ $i -lt $n_files ]; do
  printf 'Report %d on the regional economy\n\nBy Staff Writer\n\nThe regional economy grew %d.%d percent in quarter %d, officials said on Tuesday, after %d new firms opened.\n\n"We expect more growth," said Maria Lopez, the economy minister, adding that %d jobs were created.\n' \
    $i $((i % 7)) $((i % 10)) $((i % 4 + 1)) $((i * 3)) $((i * 11)) >"$work/in/$i.txt"
  i=$((i + 1))
done
# two duplicates: the distinct count stays n_files
cp "$work/in/1.txt" "$work/in/dup1.txt"
cp "$work/in/2.txt" "$work/in/dup2.txt"

db="$work/corpus.db"
k=0
while [ $k -lt $kills ]; do
  "$driver" "$db" -j 2 -b $batch "$work/in" >/dev/null 2>&1 &
  pid=$!
  # the first kill lands during the opening (schema creation), later ones at random
  if [ $k -eq 0 ]; then delay=0.005; else delay="0.$(awk -v s=$$$k 'BEGIN { srand(s); printf "%02d", 2 + int(rand() * 50) }')"; fi
  sleep "$delay"
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [ -e "$db" ]; then
    if ! n=$("$checker" "$db" --batch $batch); then
      echo "FAIL: corpus damaged after kill $k (after ${delay}s)"
      exit 1
    fi
    echo "kill $k after ${delay}s: $n documents, intact"
  else
    echo "kill $k after ${delay}s: no corpus yet"
  fi
  k=$((k + 1))
done

"$driver" "$db" -j 2 -b $batch "$work/in" >"$work/out.txt"
cat "$work/out.txt"
if ! n=$("$checker" "$db" --expect $n_files); then
  echo "FAIL: the re-run did not complete the corpus"
  exit 1
fi
# a second complete run adds nothing
"$driver" "$db" "$work/in" | grep -q "^added 0, skipped $((n_files + 2)), failed 0$" || { echo "FAIL: re-ingest added documents"; exit 1; }
echo "ok: $n documents after $kills kills and a re-run"
