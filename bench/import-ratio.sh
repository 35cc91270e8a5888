#!/usr/bin/env bash
# Import against DuckDB's read_csv: generates the sample company at the sizes given (Swedish
# format) and runs se.kundfokus.bench.ImportVsReadCsv on each invoice-lines file, which times
# read_csv into a table and kundfokus's import of the same file in one process and writes
# bench/results/import-SIZE.json.
#
# Usage: bench/import-ratio.sh [-w WORKDIR] [-r ROUNDS] SIZE...   (SIZE: 1m, 10m or 100m)
#   JAVA_OPTS   options for the JVM, e.g. -Xmx2g
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
. "$here/bench/common.sh"
work=/tmp/kundfokus-bench
rounds=2
while getopts "w:r:" opt; do
  case "$opt" in
    w) work="$OPTARG" ;;
    r) rounds="$OPTARG" ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: bench/import-ratio.sh [-w WORKDIR] [-r ROUNDS] SIZE..." >&2; exit 2; }
mkdir -p "$work"
jar="$(app_jar "$here" "$work")"
[ -f "$here/bench/target/benchmarks.jar" ] ||
  (cd "$here" && ./mvnw -q -B -DskipTests -Djacoco.skip=true -pl bench -am package) >&2
cp "$here/bench/target/benchmarks.jar" "$work/benchmarks.jar"
for size in "$@"; do
  generate "$jar" "$work" "$size"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -cp "$work/benchmarks.jar" se.kundfokus.bench.ImportVsReadCsv \
    --sales "$work/$size/data/fakturarader.csv" --rounds "$rounds" --work "$work/$size/import-ratio" \
    --out "$here/bench/results/import-$size.json"
done
