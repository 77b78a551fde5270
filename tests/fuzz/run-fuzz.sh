#!/usr/bin/env bash
# Fuzzes EnergyFigures with SharpFuzz + AFL++ (see docs/fuzzing.md).
#
#   tests/fuzz/run-fuzz.sh [-t SECONDS] [-e EXECUTIONS] [-i INPUT_ROOT] [TARGET...]
#
# TARGET is csv, unit, figure, extract or path (default: all five, run one after another). -t stops each target after
# SECONDS (default 600); -e stops it after EXECUTIONS (AFL++ -E), whichever comes first. -i takes the
# seeds from INPUT_ROOT/<target> instead of tests/fuzz/corpus/<target> (e.g. an earlier run's queue).
# Installs AFL++ from Debian (apt-get) and the SharpFuzz.CommandLine tool (tests/fuzz/dotnet-tools.json),
# publishes the harness, instruments EnergyFigures.dll, CsvHelper.dll and energy-figures.dll (the CLI, for the
# path guard), then runs afl-fuzz per target.
# FUZZ_BIN overrides the folder of the instrumented build (default tests/fuzz/out/bin).
# Work files go to tests/fuzz/out/ (ignored by git); new crashes and hangs are copied to
# tests/fuzz/findings/<target>/ and new queue entries are NOT copied back (the corpus stays small).
# Memory is bounded: the .NET GC heap is limited to 512 MB, so unbounded growth ends in an
# OutOfMemoryException, which afl-fuzz records as a crash. A run longer than 2 s per input is a hang.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds=600
execs=""
input_root=""
while getopts "t:e:i:" opt; do
  case "$opt" in
    t) seconds="$OPTARG" ;;
    e) execs="$OPTARG" ;;
    i) input_root="$OPTARG" ;;
    *) echo "usage: $0 [-t SECONDS] [-e EXECUTIONS] [-i INPUT_ROOT] [csv|unit|figure|extract|path ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv unit figure extract path)

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi

cd "$here"
dotnet tool restore >/dev/null
bin="${FUZZ_BIN:-$here/out/bin}"
if [ ! -f "$bin/.instrumented" ]; then
  rm -rf "$bin"
  dotnet publish EnergyFigures.Fuzz/EnergyFigures.Fuzz.csproj -c Release -o "$bin" -nologo -v quiet
  for dll in EnergyFigures.dll CsvHelper.dll energy-figures.dll; do
    dotnet sharpfuzz "$bin/$dll"
  done
  touch "$bin/.instrumented"
fi

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1 AFL_QUIET=1
export DOTNET_GCHeapHardLimit=0x20000000 DOTNET_TieredPGO=0 DOTNET_TieredCompilation=0
for target in "${targets[@]}"; do
  out="$here/out/$target"
  mkdir -p "$out" "$here/findings/$target"
  extra=()
  [ -n "$execs" ] && extra+=(-E "$execs")
  input="${input_root:-$here/corpus}/$target"
  # Resume a previous run of this target when there is one.
  [ -f "$out/default/fuzzer_stats" ] && input="-"
  echo "== $target: afl-fuzz for ${seconds}s ${execs:+or $execs executions}"
  afl-fuzz -i "$input" -o "$out" -x "$here/dict/$target.dict" -t 2000 -m none -V "$seconds" "${extra[@]}" \
    -- dotnet "$bin/EnergyFigures.Fuzz.dll" "$target" > "$out/afl.log" 2>&1 || { tail -30 "$out/afl.log"; exit 1; }
  grep -E '^(execs_done|execs_per_sec|saved_crashes|saved_hangs|corpus_count|run_time)' "$out/default/fuzzer_stats" | sed "s/^/$target: /"
  for kind in crashes hangs; do
    for f in "$out/default/$kind"/id:*; do
      [ -e "$f" ] || continue
      cp -n "$f" "$here/findings/$target/$kind-$(sha1sum "$f" | cut -c1-12)"
    done
  done
done
