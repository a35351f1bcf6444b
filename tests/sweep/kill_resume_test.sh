#!/bin/bash
# A sweep killed with SIGKILL at any moment leaves only whole rows; the same command run again
# completes it, and the result equals an uninterrupted run's byte for byte (docs/sweeps.md).
# Usage: kill_resume_test.sh DATOSIM SOURCE_DIR
set -u
DATOSIM="$1"
SRC="$2"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ARGS=("$SRC/examples/pipeline3.json" --arch npu4x4,npu2 --param N=32:8192:+32 --param D=32,64 -j 2)
"$DATOSIM" sweep "${ARGS[@]}" -o "$T/full.csv" -q || fail "the uninterrupted sweep failed"
rows=$(($(wc -l < "$T/full.csv") - 1))
[ "$rows" = 1024 ] || fail "the uninterrupted sweep has $rows rows, expected 1024"
# Whole rows only: every line ends with a newline and has the header's number of fields.
check_whole() {
  local f="$1"
  [ -f "$f" ] || return 0
  if [ -s "$f" ] && [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" != '\n' ]; then fail "$f ends inside a row"; fi
  awk -F, -v want="$(head -1 "$T/full.csv" | awk -F, '{print NF}')" \
    'NF != want { print "line " NR " has " NF " fields, expected " want; bad = 1 } END { exit bad }' "$f" ||
    fail "$f holds a partial row"
  # Every row is one of the uninterrupted run's rows.
  tail -n +2 "$f" | while IFS= read -r line; do grep -qxF -- "$line" "$T/full.csv" || fail "row not in the full run: $line"; done
}
kills=0
for delay in 0.05 0.3 0.7 1.1; do
  "$DATOSIM" sweep "${ARGS[@]}" -o "$T/k.csv" -q &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null
  check_whole "$T/k.csv"
  ls "$T" | grep -q '\.tmp\.' && echo "note: a temporary file of the killed run is left (removed by the next run)"
done
[ "$kills" -ge 2 ] || fail "the sweep finished before it could be killed; make the space larger"
"$DATOSIM" sweep "${ARGS[@]}" -o "$T/k.csv" -q || fail "the resumed sweep failed"
cmp "$T/k.csv" "$T/full.csv" || fail "the resumed result differs from the uninterrupted one"
ls "$T" | grep -q '\.tmp\.' && fail "a temporary file is left after the resumed run: $(ls "$T")"
echo "PASS: killed $kills times, resumed to the uninterrupted result"
