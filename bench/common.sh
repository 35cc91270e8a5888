# Shared by bench/whole-run.sh and bench/import-ratio.sh (sourced, not run).
# The sizes of the sample company: about 1 M, 10 M and 100 M invoice lines over three years.
customers_for() {
  case "$1" in
    1m) echo 4200 ;;
    10m) echo 42000 ;;
    100m) echo 412000 ;;
    *) echo "unknown size '$1' (expected 1m, 10m or 100m)" >&2; return 2 ;;
  esac
}

# The app jar, built when missing, copied to $work so that a rebuild cannot change it mid-run.
app_jar() {
  local here="$1" work="$2"
  [ -f "$here/app/target/kundfokus.jar" ] ||
    (cd "$here" && ./mvnw -q -B -DskipTests -Djacoco.skip=true -pl app -am package) >&2
  cp "$here/app/target/kundfokus.jar" "$work/kundfokus.jar"
  echo "$work/kundfokus.jar"
}

# Generates the sample company of a size into $work/SIZE/data, unless it is there already (the
# same options always write the same bytes, so a file once written is reused).
generate() {
  local jar="$1" work="$2" size="$3" customers
  customers="$(customers_for "$size")" || return 2
  if [ -f "$work/$size/data/fakturarader.csv" ] && [ -f "$work/$size/data/generated" ]; then
    echo "reusing $work/$size/data (generate --customers $customers --years 3)" >&2
    return 0
  fi
  rm -rf "$work/$size/data" && mkdir -p "$work/$size"
  java -jar "$jar" generate --customers "$customers" --years 3 --out "$work/$size/data" >&2
  touch "$work/$size/data/generated"
}

# The load averages over 1, 5 and 15 minutes, as uptime prints them.
load() {
  cut -d' ' -f1-3 /proc/loadavg
}
