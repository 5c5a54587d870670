#!/usr/bin/env bash
# The scanner's whole output on every gold set and a bench text, for byte-identity checks
# of a refactor: `tools/snapshot.sh BIN DIR` writes DIR/<set>.jsonl; compare two DIRs with
# `diff -rq`. Confirm-set output is written but must not be read (it is scored only).
set -euo pipefail
bin=$1 out=$2
mkdir -p "$out"
for f in ../shared/data/dev/*.jsonl ../shared/data/confirm/*.jsonl; do
  [ -e "$f" ] || continue
  "$bin" jsonl < "$f" > "$out/$(basename "$f")"
done
if [ -n "${TEXT:-}" ]; then
  python3 -c 'import json,sys; print(json.dumps({"id": "text", "text": open(sys.argv[1]).read()}))' "$TEXT" \
    | "$bin" jsonl > "$out/text.jsonl"
fi
