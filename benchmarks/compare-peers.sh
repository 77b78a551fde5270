#!/usr/bin/env bash
# Side-by-side: times whole processes with /usr/bin/time -v on the same generated claims file and prints
# wall time, CPU time, peak memory (maximum resident set size), the load average at each run and the ratios of
# docs/benchmarks.md. Peers: bare CsvHelper, Sep (every field a string; tokenising only), pandas, DataFrame.LoadCsv.
#
#   benchmarks/compare-peers.sh [ROWS] [RUNS]      (defaults: 1000000 rows, 2 runs of each)
#
# Installs /usr/bin/time, python3-pandas and python3-matplotlib with apt-get when they are missing.
# Generated files go to $EF_BENCH_DATA (default: $TMPDIR/energyfigures-bench, as the BenchmarkDotNet suite).
set -euo pipefail

ROWS="${1:-1000000}"
RUNS="${2:-2}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${EF_BENCH_DATA:-${TMPDIR:-/tmp}/energyfigures-bench}"
PY=/usr/bin/python3   # Debian's python3 (the one python3-pandas installs into), not a pyenv python on PATH
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
"$PY" -c 'import pandas' 2>/dev/null || need_apt+=(python3-pandas)
"$PY" -c 'import matplotlib' 2>/dev/null || need_apt+=(python3-matplotlib)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "installing: ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >&2
fi

# Two hosts of the same benchmark program, both compiled ahead of time (ReadyToRun) for this machine's runtime
# identifier, as an application would be deployed:
#  - batch: TieredCompilation off (runtimeconfig), as a batch job should run: every method is compiled once,
#    optimised (or taken precompiled). The loads, their peers in .NET, the conversions and the comparisons run here.
#  - cold:  the runtime's defaults (tiered compilation), as an interactive command starts: the chart and the
#    first use of the shipped dataset run here.
RID="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
HOSTS="$ROOT/benchmarks/EnergyFigures.Benchmarks/bin/hosts"
echo "publishing the benchmark program (Release, ReadyToRun, $RID): batch and cold hosts..." >&2
dotnet publish "$ROOT/benchmarks/EnergyFigures.Benchmarks" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
  -p:TieredCompilation=false -o "$HOSTS/batch" -nologo -v q >&2
dotnet publish "$ROOT/benchmarks/EnergyFigures.Benchmarks" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
  -o "$HOSTS/cold" -nologo -v q >&2
BIN="$HOSTS/batch/EnergyFigures.Benchmarks"
COLD="$HOSTS/cold/EnergyFigures.Benchmarks"

mkdir -p "$DATA"
file_for() { echo "$DATA/claims-$1.csv"; }
for n in 10000 100000 "$ROWS"; do
  f="$(file_for "$n")"
  [ -f "$f" ] || "$BIN" generate "$n" "$f" >&2
done
FILE="$(file_for "$ROWS")"

# measure NAME CMD...: runs CMD $RUNS times under /usr/bin/time -v; records the best wall time (s), all wall
# times, the best CPU time (user + system, s) and the peak RSS (MB, the largest over the runs). CPU time is
# reported because on a shared machine wall time also measures the other processes.
declare -A WALL RSS ALL CPU LOAD
measure() {
  local name="$1"; shift
  local best="" walls="" peak=0 bestcpu="" bestload=""
  for ((r = 1; r <= RUNS; r++)); do
    sync
    /usr/bin/time -v -o "$OUT/time.txt" "$@" > "$OUT/stdout.txt" 2> "$OUT/stderr.txt" || { echo "FAILED: $name: $*" >&2; cat "$OUT/stderr.txt" >&2; return 1; }
    local w kb
    w="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$OUT/time.txt")"
    kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$OUT/time.txt")"
    c="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$OUT/time.txt")"
    local load; load="$(cut -d' ' -f1 /proc/loadavg)"
    echo "  $name run $r: ${w} s wall, ${c} s cpu, $((kb / 1024)) MB peak, load $load; $(head -c 200 "$OUT/stdout.txt" | tr '\n' ' ')" >&2
    if [ -z "$bestcpu" ] || awk -v a="$c" -v b="$bestcpu" 'BEGIN { exit !(a < b) }'; then bestcpu="$c"; bestload="$load"; cp "$OUT/stdout.txt" "$OUT/best-$name.txt"; fi
    walls="${walls:+$walls, }$w"
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$w"; fi
    [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  WALL[$name]="$best"; ALL[$name]="$walls"; RSS[$name]="$((peak / 1024))"; CPU[$name]="$bestcpu"; LOAD[$name]="$bestload"
}
# measure_both NAME [VAR=VALUE ...] VERB ARGS...: a .NET process of ours or a .NET peer, in both hosts; the host with
# the lower CPU time is the one shown and used in the ratios (each process in the deployment that suits it best).
declare -A HOST
measure_both() {
  local name="$1"; shift
  local pre=()
  while [[ "$1" == *=* ]]; do pre+=("$1"); shift; done
  measure "$name@batch" env "${pre[@]}" "$BIN" "$@"
  measure "$name@cold" env "${pre[@]}" "$COLD" "$@"
  local h=batch
  if awk -v a="${CPU[$name@cold]}" -v b="${CPU[$name@batch]}" 'BEGIN { exit !(a < b) }'; then h=cold; fi
  WALL[$name]="${WALL[$name@$h]}"; ALL[$name]="${ALL[$name@$h]}"; RSS[$name]="${RSS[$name@$h]}"; CPU[$name]="${CPU[$name@$h]}"
  LOAD[$name]="${LOAD[$name@$h]}"; HOST[$name]="$h"
  cp "$OUT/best-$name@$h.txt" "$OUT/best-$name.txt"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (wall times on a shared machine include waiting for the other processes)"
echo "file: $FILE ($(du -m "$FILE" | cut -f1) MB, $ROWS rows); $RUNS runs each, best wall time shown"

measure_both ours load "$FILE"
# The same load on one thread (the runtime told it has one core: the reader does not split the file).
measure_both ours-1thread DOTNET_PROCESSOR_COUNT=1 load "$FILE"
measure_both csvhelper csvhelper "$FILE"
measure_both sep sep "$FILE"
measure_both sep-tokenise sep-tokenise "$FILE"
measure pandas    "$PY" "$ROOT/benchmarks/peers/pandas_load.py" "$FILE"
measure_both dataframe dataframe-loadcsv "$FILE"
if "$BIN" help-verbs 2>/dev/null | grep -q '^todataframe$'; then
  measure_both todataframe todataframe "$FILE"
  grep -o 'cpu [0-9.]* s' "$OUT/best-todataframe.txt" | head -1 > "$OUT/conv.txt" || true
fi
measure_both shipped shipped
if "$COLD" help-verbs 2>/dev/null | grep -q '^chart$'; then
  measure_both chart chart "$OUT/ours.png"
  measure matplotlib "$PY" "$ROOT/benchmarks/peers/matplotlib_chart.py" "$OUT/matplotlib.png"
fi

printf '\n%-14s %10s %-24s %10s %10s %16s %8s %12s %12s\n' "process" "best s" "all runs, wall (s)" "cpu s" "peak MB" "load (best cpu)" "host" "cpu batch" "cpu cold"
for k in ours ours-1thread csvhelper sep sep-tokenise pandas dataframe todataframe shipped chart matplotlib; do
  [ -n "${WALL[$k]:-}" ] && printf '%-14s %10s %-24s %10s %10s %16s %8s %12s %12s\n' "$k" "${WALL[$k]}" "${ALL[$k]}" "${CPU[$k]}" "${RSS[$k]}" "${LOAD[$k]}" "${HOST[$k]:--}" "${CPU[$k@batch]:--}" "${CPU[$k@cold]:--}"
done

echo
echo "ratios (target in brackets; wall time, then CPU time):"
echo "  pandas.read_csv time / our load time         = $(ratio "${WALL[pandas]}" "${WALL[ours]}") wall, $(ratio "${CPU[pandas]}" "${CPU[ours]}") cpu   [>= 4]"
echo "  pandas.read_csv time / our load, one thread   = $(ratio "${WALL[pandas]}" "${WALL[ours-1thread]}") wall, $(ratio "${CPU[pandas]}" "${CPU[ours-1thread]}") cpu"
echo "  our load, one thread / all cores             = $(ratio "${WALL[ours-1thread]}" "${WALL[ours]}") wall, $(ratio "${CPU[ours-1thread]}" "${CPU[ours]}") cpu"
echo "  our load time / bare CsvHelper time          = $(ratio "${WALL[ours]}" "${WALL[csvhelper]}") wall, $(ratio "${CPU[ours]}" "${CPU[csvhelper]}") cpu   [<= 0.6]"
echo "  our load time / Sep, every field a string    = $(ratio "${WALL[ours]}" "${WALL[sep]}") wall, $(ratio "${CPU[ours]}" "${CPU[sep]}") cpu"
echo "  our load time / Sep tokenising only (floor)  = $(ratio "${WALL[ours]}" "${WALL[sep-tokenise]}") wall, $(ratio "${CPU[ours]}" "${CPU[sep-tokenise]}") cpu"
echo "  our peak memory / pandas peak memory         = $(ratio "${RSS[ours]}" "${RSS[pandas]}")   [<= 0.5]"
echo "  DataFrame.LoadCsv time / our load time       = $(ratio "${WALL[dataframe]}" "${WALL[ours]}") wall, $(ratio "${CPU[dataframe]}" "${CPU[ours]}") cpu"
if [ -n "${WALL[todataframe]:-}" ]; then
  conv="$(awk '{ print $2 }' "$OUT/conv.txt" 2>/dev/null || true)"
  echo "  LoadCsv / (our load + ToDataFrame)           = $(ratio "${WALL[dataframe]}" "${WALL[todataframe]}") wall, $(ratio "${CPU[dataframe]}" "${CPU[todataframe]}") cpu   [>= 4]"
  [ -n "$conv" ] && echo "  LoadCsv cpu / ToDataFrame cpu alone          = $(ratio "${CPU[dataframe]}" "$conv")   [>= 20]  (conversion ${conv} s cpu in process)"
fi
if [ -n "${WALL[chart]:-}" ]; then
  echo "  our cold chart PNG / matplotlib's            = $(ratio "${WALL[chart]}" "${WALL[matplotlib]}") wall, $(ratio "${CPU[chart]}" "${CPU[matplotlib]}") cpu   [<= 0.5]"
fi

echo
echo "scaling (our load vs bare CsvHelper; best of $RUNS):"
printf '%-10s %10s %10s %12s %10s %12s %12s %10s %8s %8s %12s %12s %8s\n' rows "ours s" "ours cpu" "us/row cpu" "ours MB" "csvhelper s" "csvh cpu" "csvh MB" ratio "cpu ratio" "pandas cpu" "pandas/ours" load
for n in 10000 100000 "$ROWS"; do
  if [ "$n" != "$ROWS" ]; then
    measure_both "ours-$n" load "$(file_for "$n")"
    measure_both "csvhelper-$n" csvhelper "$(file_for "$n")"
    measure "pandas-$n" "$PY" "$ROOT/benchmarks/peers/pandas_load.py" "$(file_for "$n")"
  else
    CPU[pandas-$n]="${CPU[pandas]}"
    WALL[ours-$n]="${WALL[ours]}"; RSS[ours-$n]="${RSS[ours]}"; CPU[ours-$n]="${CPU[ours]}"; LOAD[ours-$n]="${LOAD[ours]}"
    WALL[csvhelper-$n]="${WALL[csvhelper]}"; RSS[csvhelper-$n]="${RSS[csvhelper]}"; CPU[csvhelper-$n]="${CPU[csvhelper]}"
  fi
  printf '%-10s %10s %10s %12s %10s %12s %12s %10s %8s %8s %12s %12s %8s\n' "$n" "${WALL[ours-$n]}" "${CPU[ours-$n]}" "$(awk -v c="${CPU[ours-$n]}" -v n="$n" 'BEGIN { printf "%.2f", c * 1e6 / n }')" "${RSS[ours-$n]}" "${WALL[csvhelper-$n]}" "${CPU[csvhelper-$n]}" "${RSS[csvhelper-$n]}" \
    "$(ratio "${WALL[ours-$n]}" "${WALL[csvhelper-$n]}")" "$(ratio "${CPU[ours-$n]}" "${CPU[csvhelper-$n]}")" "${CPU[pandas-$n]}" "$(ratio "${CPU[pandas-$n]}" "${CPU[ours-$n]}")" "${LOAD[ours-$n]:-${LOAD[ours]}}"
done
echo "  per-row cpu at 100,000 rows / at $ROWS rows = $(awk -v a="${CPU[ours-100000]:-0}" -v b="${CPU[ours-$ROWS]:-0}" -v n="$ROWS" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", (a / 100000) / (b / n) }')   [<= 1.5]"
