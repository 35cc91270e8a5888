#!/usr/bin/env bash
# Whole-run benchmark: generate a sample company of about 1 M and 10 M invoice lines, then time
# `import` and `analyze` on each (wall time and peak resident memory, with GNU time).
# Usage: bench/whole-run.sh [WORKDIR]   (needs /usr/bin/time; writes WORKDIR/results.txt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/kundfokus-bench}"
jar="$work/kundfokus.jar"
mkdir -p "$work"
[ -f "$here/app/target/kundfokus.jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests -Djacoco.skip=true package)
cp "$here/app/target/kundfokus.jar" "$jar"   # a copy, so a rebuild cannot change it mid-run
results="$work/results.txt"
: > "$results"
for spec in "1m 4200" "10m 42000"; do
  set -- $spec
  name=$1 customers=$2 dir="$work/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  java -jar "$jar" generate --customers "$customers" --years 3 --out "$dir/data" > "$dir/generate.log"
  /usr/bin/time -f "import $name: %e s wall, %M KB peak RSS" -a -o "$results" \
    java -jar "$jar" import -w "$dir/ws.duckdb" \
      --customers "$dir/data/kunder.csv" --sales "$dir/data/fakturarader.csv" > "$dir/import.log"
  /usr/bin/time -f "analyze $name: %e s wall, %M KB peak RSS" -a -o "$results" \
    java -jar "$jar" analyze -w "$dir/ws.duckdb" --json "$dir/result.json" > "$dir/analyze.log"
  grep "sales lines" "$dir/import.log" | tail -1 >> "$results"
done
cat "$results"
