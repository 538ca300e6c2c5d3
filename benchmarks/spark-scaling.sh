#!/usr/bin/env bash
# Scaling of the Spark job in local mode (README, "Spark"): times spark/bin/justedroit-spark on 1 and 2
# local cores (local[1], local[2]) over populations of 100 000 and 1 000 000 households, and
# `justedroit simulate --input` on the same files and threads for comparison. The populations are
# written by the demo population's writer (fr.justedroit.examples.population.DemoPopulation: the
# seeded household generator, seed 1, June 2025, weights, labels and payments), kept in
# benchmarks/target/spark/ and regenerated only when missing (it decides each household once: minutes
# for a million).
#   benchmarks/spark-scaling.sh                 100 000 and 1 000 000 households, local[1] and local[2]
#   benchmarks/spark-scaling.sh 2000            other sizes
#   CORES='2' RUNS=3 REFORM=examples/reforms/rsa-plus-10 benchmarks/spark-scaling.sh 100000
#   PATHS=spark CORES=2 benchmarks/spark-scaling.sh 1000000      the job alone (PATHS: spark, one-machine)
# Each run appends a line to benchmarks/results/spark-scaling-<UTC date>.txt: size, path, cores, wall
# seconds (JVM start to exit), the job's own seconds (the Spark job's line "Decided N households in
# S s", Spark's start and the engines' build aside) and households per second of each, with the load
# average before the run (a busy machine measures nothing: run it on a quiet one).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000 1000000)
read -r -a cores <<< "${CORES:-1 2}"
read -r -a paths <<< "${PATHS:-spark one-machine}"
runs=${RUNS:-1}
reform=()
[ -n "${REFORM:-}" ] && reform=(--reform "$REFORM")
./justedroit --version > /dev/null                       # builds the command line, outside the timing
spark/bin/justedroit-spark --partitions 0 > /dev/null 2>&1 || true   # builds the job (then stops on the option)
cp="cli/target/justedroit-cli.jar:cli/target/lib/*"
dir=benchmarks/target/spark
mkdir -p "$dir" benchmarks/results
report="benchmarks/results/spark-scaling-$(date -u +%Y-%m-%dT%H%M).txt"
{
  echo "date: $(date -u +%FT%TZ)  nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | sed -n 2p)  commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)  reform: ${REFORM:-none}"
  echo "households path cores wall_s job_s wall_households_per_s job_households_per_s load_before steal_pct"
} | tee -a "$report"
now() { date +%s.%N; }
# The CPU time the hypervisor took from this virtual machine (steal, /proc/stat), in % of all CPU time
# between two readings: a shared host can slow every figure without any load showing in the machine.
cpu_times() { awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $9 }' /proc/stat; }
steal_pct() { awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" 'BEGIN { printf "%.1f", (c - a > 0) ? 100 * (d - b) / (c - a) : 0 }'; }
for n in "${sizes[@]}"; do
  file="$dir/population-$n.jsonl"
  if [ ! -f "$file" ]; then
    echo "writing $file..." >&2
    java -cp "$cp" fr.justedroit.examples.population.DemoPopulation "$file.tmp" "$n" 1 2025-06 && mv "$file.tmp" "$file"
  fi
  for run in $(seq 1 "$runs"); do
    for c in "${cores[@]}"; do
      for path in "${paths[@]}"; do
        out=$(mktemp -d)
        log=$(mktemp)
        load=$(cut -d' ' -f1 /proc/loadavg)
        read -r total0 steal0 <<< "$(cpu_times)"
        start=$(now)
        status=0
        if [ "$path" = spark ]; then
          spark/bin/justedroit-spark --master "local[$c]" --input "$file" "${reform[@]}" --out "$out" > /dev/null 2> "$log" || status=$?
        else
          java -XX:+UseParallelGC -cp "$cp" fr.justedroit.cli.Main simulate --input "$file" "${reform[@]}" --out "$out" --threads "$c" \
            > /dev/null 2> "$log" || status=$?
        fi
        wall=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
        read -r total1 steal1 <<< "$(cpu_times)"
        job=$(sed -n 's/^Decided [0-9]* households in \([0-9.]*\) s.*/\1/p' "$log" | tail -1)
        [ -n "$job" ] || job=NA
        if [ "$status" != 0 ]; then
          echo "$path on $c cores failed ($status):" >&2; tail -5 "$log" >&2
        fi
        rate() { [ "$1" = NA ] && echo NA || awk -v n="$n" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
        printf '%s %s %s %s %s %s %s %s %s\n' "$n" "$path" "$c" "$wall" "$job" "$(rate "$wall")" "$(rate "$job")" "$load" \
          "$(steal_pct "$total0" "$steal0" "$total1" "$steal1")" | tee -a "$report"
        rm -rf "$out" "$log"
      done
    done
  done
done
echo "appended to $report" >&2
