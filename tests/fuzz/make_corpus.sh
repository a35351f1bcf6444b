#!/bin/bash
# The fuzzers' starting corpora, from files already in the repository: every example and test graph
# (valid and invalid), every config and mapping file, and tests/fuzz/seeds/ (inputs worth keeping:
# earlier findings, edge cases). Usage: make_corpus.sh SOURCE_DIR OUT_DIR  ->  OUT_DIR/graph, OUT_DIR/config
set -eu
SRC="$1"
OUT="$2"
mkdir -p "$OUT/graph" "$OUT/config"
n=0
for f in "$SRC"/examples/*.json "$SRC"/examples/validation/*.json "$SRC"/tests/frontend/good/*.json \
         "$SRC"/tests/frontend/bad/*.json "$SRC"/tests/examples/deadlock/*.json "$SRC"/tests/examples/dynamic/*.json "$SRC"/tests/tools/data/*.json \
         "$SRC"/tests/fuzz/seeds/graph/*; do
  [ -f "$f" ] || continue
  [ "$(stat -c %s "$f")" -le 65536 ] || continue
  cp "$f" "$OUT/graph/$(echo "$f" | md5sum | cut -c1-16).json"; n=$((n + 1))
done
for f in "$SRC"/configs/*.json "$SRC"/tests/arch/*/*.json "$SRC"/tests/mapper/*/*.json "$SRC"/tests/fuzz/seeds/config/*; do
  [ -f "$f" ] || continue
  cp "$f" "$OUT/config/$(echo "$f" | md5sum | cut -c1-16).json"; n=$((n + 1))
done
echo "make_corpus: $n files"
