#!/usr/bin/env bash
# Whole-process benchmark of `./justedroit evaluate FILE.jsonl` (README, Speed): generates JSON Lines
# files of households of September 2025 with their incomes since January 2021 (the project's seeded
# HouseholdGenerator, seed 42, through fr.justedroit.synthetic.HouseholdLines), then times the whole
# process, JVM start to exit, output to /dev/null, with /usr/bin/time -v (wall, CPU, max RSS).
#   benchmarks/evaluate-batch.sh                    10 000 and 100 000 lines, one run each
#   benchmarks/evaluate-batch.sh 50000              other sizes (lines)
#   RUNS=3 VARIANTS='|-XX:+UseParallelGC' benchmarks/evaluate-batch.sh 10000
#       A/B: each run tries every JUSTEDROIT_JAVA_OPTS variant in turn (separated by '|'; empty = the launcher as is)
# Files are kept in benchmarks/target/batch/ (regenerated when missing); results are appended to
# benchmarks/results/evaluate-batch-<UTC date>.txt with the load average before and after each run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
runs=${RUNS:-1}
IFS='|' read -r -a variants <<< "${VARIANTS:-}"
[ ${#variants[@]} -eq 0 ] && variants=("")
./justedroit --version > /dev/null   # builds the command line first, outside the timing
cp="cli/target/justedroit-cli.jar:cli/target/lib/*"
dir=benchmarks/target/batch
mkdir -p "$dir" benchmarks/results
report="benchmarks/results/evaluate-batch-$(date -u +%Y-%m-%dT%H%M).txt"
{
  echo "date: $(date -u +%FT%TZ)  nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | sed -n 2p)  commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} | tee "$report"
for lines in "${sizes[@]}"; do
  file="$dir/households-$lines.jsonl"
  [ -f "$file" ] || java -cp "$cp" fr.justedroit.synthetic.HouseholdLines "$file" "$lines" 2025-09 2021-01 0 42
  bytes=$(stat -c %s "$file")
  for run in $(seq 1 "$runs"); do
    for opts in "${variants[@]}"; do
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      log=$(mktemp)
      status=0
      JUSTEDROIT_JAVA_OPTS="$opts" /usr/bin/time -v ./justedroit evaluate "$file" > /dev/null 2> "$log" || status=$?
      wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
      user=$(grep 'User time' "$log" | awk '{print $NF}')
      sys=$(grep 'System time' "$log" | awk '{print $NF}')
      rss=$(grep 'Maximum resident' "$log" | awk '{print $NF}')
      secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
      printf 'lines=%s bytes=%s run=%s opts="%s" exit=%s wall=%ss cpu=%ss (user %s, sys %s) max_rss=%sMB households_per_s=%.0f load_before="%s" load_after="%s"\n' \
        "$lines" "$bytes" "$run" "$opts" "$status" "$secs" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))" \
        "$(echo "$lines / $secs" | bc -l)" "$load" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$report"
      rm -f "$log"
    done
  done
done
echo "results in $report"
