#!/bin/bash
# tools/plot_sweep.py: the Pareto front it prints is the right one (a hand-made result whose front is
# known), PNG and SVG are written, the same input gives the same SVG, and a bad column is a clear error.
# Usage: plot_test.sh SOURCE_DIR
set -u
SRC="$1"
P="$SRC/tools/plot_sweep.py"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
/usr/bin/python3 -c 'import matplotlib' || fail "Debian's python3-matplotlib is not installed (tools/install-deps.sh installs it)"
cat > "$T/r.csv" <<'CSV'
point,arch,M,outcome,cycles,compute_units,detail
0,a,1,completed,100,1,
1,a,2,completed,50,2,
2,a,3,completed,60,3,
3,b,4,completed,10,4,
4,b,5,completed,10,5,
5,b,6,deadlock,0,1,"cycle of waits: x -> y -> x"
6,b,7,misfit,,,"does not fit"
7,b,8,completed,50,2,
CSV
cat > "$T/want.txt" <<'TXT'
point,arch,compute_units,cycles
0,a,1,100
1,a,2,50
3,b,4,10
TXT
"$P" "$T/r.csv" --x compute_units --out "$T/p.png" > "$T/front.txt" || fail "the PNG plot failed"
diff "$T/want.txt" "$T/front.txt" || fail "wrong Pareto front"
[ "$(head -c 8 "$T/p.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "p.png is not a PNG"
"$P" "$T/r.csv" --x compute_units --out "$T/p1.svg" > /dev/null || fail "the SVG plot failed"
"$P" "$T/r.csv" --x compute_units --out "$T/p2.svg" > /dev/null || fail "the second SVG plot failed"
grep -q "<svg" "$T/p1.svg" || fail "p1.svg is not an SVG"
cmp "$T/p1.svg" "$T/p2.svg" || fail "the same input gave two different SVGs"
# JSON Lines give the same front.
/usr/bin/python3 - "$T/r.csv" > "$T/r.jsonl" <<'PY'
import csv, json, sys
for r in csv.DictReader(open(sys.argv[1])):
    print(json.dumps({k: (None if v == "" else (int(v) if k in ("point", "M", "cycles", "compute_units") else v)) for k, v in r.items()}))
PY
"$P" "$T/r.jsonl" --x compute_units --out "$T/j.png" > "$T/front2.txt" || fail "the JSON Lines plot failed"
diff "$T/want.txt" "$T/front2.txt" || fail "wrong Pareto front from JSON Lines"
err=$("$P" "$T/r.csv" --x tiles --out "$T/x.png" 2>&1) && fail "an unknown column was accepted"
echo "$err" | grep -q "has no column 'tiles'; it has: point, arch, M" || fail "unclear error for an unknown column: $err"
[ ! -e "$T/x.png" ] || fail "a picture was written for a bad column"
echo "PASS"
