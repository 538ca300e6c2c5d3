#!/usr/bin/env bash
# Runs the benchmarks of the README's "Speed" section and keeps their output in
# benchmarks/results/<UTC date and time>/ (text; the JMH JSON files are not committed).
#   benchmarks/run.sh                 every step (about 25 minutes on 2 cores)
#   benchmarks/run.sh latency floor   only the named steps
# Steps: cpu-cost latency throughput-1 throughput-2 batch floor cold-start cold-start-main compiler
#        compiler-build simulate population history
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests -pl benchmarks -am package
cp="benchmarks/target/justedroit-benchmarks.jar:benchmarks/target/lib/*"
out="benchmarks/results/$(date -u +%Y-%m-%dT%H%M)"
mkdir -p "$out"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.0f GiB", $2/1048576}')"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} > "$out/machine.txt"
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(cpu-cost latency throughput-1 throughput-2 batch floor cold-start cold-start-main compiler compiler-build simulate history)
jmh() {
  local name=$1; shift
  echo "== $name (load before: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
  java -cp "$cp" org.openjdk.jmh.Main "$@" -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1
  sed -n '/^Benchmark /,$p' "$out/$name.txt"
  echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
}
for step in "${steps[@]}"; do
  case "$step" in
    latency) jmh latency LatencyBenchmark ;;
    throughput-1) jmh throughput-1 ThroughputBenchmark -t 1 -prof gc ;;
    throughput-2) jmh throughput-2 ThroughputBenchmark -t 2 ;;
    batch) jmh batch BatchBenchmark ;;
    history) jmh history HistoryBenchmark ;;
    floor) jmh floor PlainJavaFloorBenchmark ;;
    cold-start) jmh cold-start ColdStartBenchmark ;;
    compiler) jmh compiler CompilerBenchmark ;;
    compiler-build) jmh compiler-build CompilerBuildBenchmark ;;
    cpu-cost)
      echo "== cpu-cost (load before: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
      java -Xms1g -Xmx1g -cp "$cp" fr.justedroit.bench.CpuCost 30 2>/dev/null | tee "$out/cpu-cost.txt" ;;
    cold-start-main)
      echo "== cold-start-main (load before: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
      for i in 1 2 3 4 5; do java -cp "$cp" fr.justedroit.bench.ColdStart precompiled 2>/dev/null; done | tee "$out/cold-start-main.txt" ;;
    simulate)
      echo "== simulate (load before: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
      ./justedroit --version > /dev/null  # builds the command line first, outside the timing
      start=$(date +%s.%N)
      JUSTEDROIT_JAVA_OPTS="-Xmx1g" ./justedroit simulate --households 1000000 --month 2025-06 --no-progress \
        > "$out/simulate.txt" 2>&1
      end=$(date +%s.%N)
      echo "simulate --households 1000000 with -Xmx1g: $(echo "$end - $start" | bc) s (JVM start to exit)" | tee -a "$out/simulate.txt"
      echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt" ;;
    population)
      echo "== population (load before: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/machine.txt"
      java -Xmx1g -cp "$cp" fr.justedroit.bench.Population 1000000 2 true 2>/dev/null | tee "$out/population.txt" ;;
    *) echo "unknown step: $step" >&2; exit 2 ;;
  esac
done
echo "results in $out"
