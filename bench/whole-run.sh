#!/usr/bin/env bash
# Scale runs: generates the sample company at the sizes given (Swedish format: semicolons, decimal
# comma, Windows-1252) and times `kundfokus import` and `kundfokus analyze` on each as a user runs
# them, JVM start included: wall and CPU time and peak resident memory (GNU time), the peak Java
# heap in use (the largest heap before a collection, or at exit, from the GC log) and the load
# averages before and after each step.
#
# Usage: bench/whole-run.sh [-w WORKDIR] [-o RESULTS.tsv] SIZE...   (SIZE: 1m, 10m or 100m)
#   JAVA_OPTS   options for both JVMs, e.g. -Xmx2g
#   WS_OPTS     workspace options for both commands, e.g. "--memory-limit 4GB --temp-dir /tmp/spill"
#   WATCH_DIR   a folder whose size is sampled every 2 s during each step (the --temp-dir), to
#               record the most that DuckDB spilled there
# Needs /usr/bin/time. Writes RESULTS.tsv (default bench/results/whole-run.tsv, appended to) and
# keeps the generated data, workspaces, GC logs and results in WORKDIR (default /tmp/kundfokus-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/common.sh
. "$here/bench/common.sh"
work=/tmp/kundfokus-bench
results="$here/bench/results/whole-run.tsv"
while getopts "w:o:" opt; do
  case "$opt" in
    w) work="$OPTARG" ;;
    o) results="$OPTARG" ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: bench/whole-run.sh [-w WORKDIR] [-o RESULTS.tsv] SIZE..." >&2; exit 2; }
mkdir -p "$work" "$(dirname "$results")"
jar="$(app_jar "$here" "$work")"
java_opts="${JAVA_OPTS:-}"
ws_opts="${WS_OPTS:-}"
[ -s "$results" ] || printf 'date\tstep\tsize\tsales_lines\twall_s\tuser_s\tsys_s\tpeak_rss_mb\tpeak_heap_mb\tmax_heap_committed_mb\tfull_gcs\tjava_opts\tworkspace_opts\tload_before\tload_after\tcommit\ttemp_peak_mb\n' > "$results"
commit="$(cd "$here" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"

# From a -Xlog:gc,gc+heap+exit log, in MB: the peak heap in use (the fullest the heap was before a
# collection, or at exit) and the most committed; and how many full collections there were (the
# heap was too small to collect young objects alone).
heap_from_log() {
  awk '
    function mb(v) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0
                     return u == "G" ? n * 1024 : u == "K" ? n / 1024 : u == "B" ? n / 1048576 : n }
    match($0, /[0-9]+[KMGB]->[0-9]+[KMGB]\([0-9]+[KMGB]\)/) {
      s = substr($0, RSTART, RLENGTH); split(s, p, /->|\(|\)/)
      if (mb(p[1]) > used) used = mb(p[1]); if (mb(p[3]) > committed) committed = mb(p[3]) }
    /Pause Full/ { full++ }
    match($0, /total [0-9]+K, used [0-9]+K/) {
      s = substr($0, RSTART, RLENGTH); split(s, p, /[ K,]+/)
      if (p[4] / 1024 > used) used = p[4] / 1024; if (p[2] / 1024 > committed) committed = p[2] / 1024 }
    END { printf "%.0f\t%.0f\t%d", used, committed, full }' "$1"
}

# Runs one step under GNU time with a GC log and appends its line to the results.
step() {
  local name="$1" size="$2" dir="$3"; shift 3
  local before after watcher="" peak=""
  before="$(load)"
  if [ -n "${WATCH_DIR:-}" ]; then
    mkdir -p "$WATCH_DIR"
    (while :; do du -sm "$WATCH_DIR" 2>/dev/null | cut -f1; sleep 2; done) > "$dir/temp-$name.txt" &
    watcher=$!
  fi
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e\t%U\t%S\t%M" -o "$dir/time-$name.txt" \
    java $java_opts "-Xlog:gc,gc+heap+exit:file=$dir/gc-$name.log" -jar "$jar" "$@" $ws_opts \
    > "$dir/$name.log" 2>&1 || { echo "$name $size failed; see $dir/$name.log" >&2; tail -5 "$dir/$name.log" >&2; exit 1; }
  after="$(load)"
  if [ -n "$watcher" ]; then
    kill "$watcher" 2>/dev/null || true
    wait "$watcher" 2>/dev/null || true
    peak="$(sort -n "$dir/temp-$name.txt" | tail -1)"
  fi
  local lines
  lines="$(grep -o '[0-9,]* sales lines* from' "$dir/import.log" 2>/dev/null | head -1 | grep -o '^[0-9,]*' | tr -d , || true)"
  IFS=$'\t' read -r wall user sys rss < "$dir/time-$name.txt"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$name" "$size" "${lines:-?}" "$wall" "$user" "$sys" \
    "$((rss / 1024))" "$(heap_from_log "$dir/gc-$name.log")" "$java_opts" "$ws_opts" "$before" "$after" "$commit" "${peak:-}" \
    | tee -a "$results"
}

for size in "$@"; do
  generate "$jar" "$work" "$size"
  dir="$work/$size"
  rm -f "$dir/ws.duckdb" "$dir/ws.duckdb.wal"
  step import "$size" "$dir" import -w "$dir/ws.duckdb" \
    --customers "$dir/data/kunder.csv" --sales "$dir/data/fakturarader.csv"
  step analyze "$size" "$dir" analyze -w "$dir/ws.duckdb" --json "$dir/result.json"
done
