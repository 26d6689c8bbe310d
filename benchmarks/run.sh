#!/usr/bin/env bash
# Builds and runs the bcfkit benchmarks; the results are described in benchmarks/RESULTS.md.
#
#   benchmarks/run.sh            everything below, in order (about 4 minutes on 2 cores)
#   benchmarks/run.sh jmh [ARGS] the JMH suite only; ARGS go to JMH (e.g. 'fullCheck' or '-prof stack')
#   benchmarks/run.sh cli        cold start of `bcf check` on one sample return
#   benchmarks/run.sh decade     `bcf check --format json` of 40 x 153 = 6,120 generated returns, -Xmx256m
#
# Environment: SKIP_BUILD=1 uses the jars already built; JMH_OPTS replaces the JMH configuration
# below; RUNS sets the number of timed runs of the CLI measurements (default 10).
# Output goes to benchmarks/target/: jmh-result.json (JMH's JSON), jmh-result.txt (its log),
# jmh-table.md (the table of RESULTS.md),
# cli-*.json and decade.json (hyperfine's JSON, when hyperfine is installed), decade-out.json.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="$here/target"
cd "$root"

what="${1:-all}"
[[ $# -gt 0 ]] && shift

# The suite's configuration: one fork, 5 warm-up iterations of 3 s (the full check needs about
# 15 s of JIT compilation on 2 cores before it is steady), 3 measured iterations of 3 s, and the
# allocation profiler. Six benchmarks take about 3 minutes.
jmh_opts="${JMH_OPTS:--f 1 -wi 5 -w 3s -i 3 -r 3s -prof gc}"
runs="${RUNS:-10}"
sample="examples/data/southend-2016-17-q4.json"

# The jars are copied to a private folder before they run: another build in the same tree
# (e.g. a full `mvn package`) would otherwise rewrite them under a running JVM.
jars="$(mktemp -d "${TMPDIR:-/tmp}/bcf-benchmarks-run.XXXXXX")"
trap 'rm -rf "$jars"' EXIT
bench_jar="$jars/benchmarks.jar"
bcf_jar="$jars/bcf.jar"

build() {
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "== building benchmarks/target/benchmarks.jar and examples/target/bcf.jar"
    mvn -B -o -q -DskipTests -pl benchmarks,examples -am package
  fi
  mkdir -p "$target"
  cp benchmarks/target/benchmarks.jar "$bench_jar"
  cp examples/target/bcf.jar "$bcf_jar"
}

machine() {
  echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | head -1
}

# Times a command line (one string, run by the shell): hyperfine if installed (JSON to $1),
# else a loop with date +%s%N. Each run starts a new JVM; the first run is a discarded warm-up of
# the file cache only.
timed() {
  local json="$1" command="$2"
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$runs" --export-json "$json" "$command"
  else
    local total=0 best=0 start end ms
    bash -c "$command" >/dev/null
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      bash -c "$command" >/dev/null
      end=$(date +%s%N)
      ms=$(((end - start) / 1000000))
      total=$((total + ms))
      if ((best == 0 || ms < best)); then best=$ms; fi
    done
    echo "  mean $((total / runs)) ms, best $best ms over $runs runs"
  fi
}

jmh() {
  echo "== JMH: $jmh_opts $*"
  # shellcheck disable=SC2086
  java -jar "$bench_jar" $jmh_opts -rf json -rff "$target/jmh-result.json" "$@" \
    2>&1 | tee "$target/jmh-result.txt"
  echo "== results (benchmarks/target/jmh-result.json)"
  java -cp "$bench_jar" dev.bcfkit.benchmarks.ResultsTable "$target/jmh-result.json" | tee "$target/jmh-table.md"
}

cli() {
  echo "== bcf check, cold: java -jar examples/target/bcf.jar check $sample (a copy of the jar)"
  # Each run is a new JVM (the file cache is warm). First the JVM's defaults, as the target is
  # stated; then the options bin/bcf passes by default.
  timed "$target/cli-cold.json" "java -jar $bcf_jar check $sample"
  timed "$target/cli-cold-bin.json" "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar $bcf_jar check $sample"
  # Class-data sharing (JDK 17 dynamic archive): one training run writes the classes a check
  # loads to an archive; later runs map them instead of loading and verifying them again.
  local archive="$jars/bcf.jsa"
  java -XX:ArchiveClassesAtExit="$archive" -jar "$bcf_jar" check "$sample" >/dev/null 2>&1
  echo "== the same with a CDS archive ($(du -k "$archive" | cut -f1) KiB, made by one training run)"
  timed "$target/cli-cds.json" "java -XX:SharedArchiveFile=$archive -jar $bcf_jar check $sample"
  timed "$target/cli-cds-bin.json" "java -XX:SharedArchiveFile=$archive -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $bcf_jar check $sample"
}

decade() {
  local dir="$target/decade"
  echo "== writing 40 quarters x 153 returns to $dir"
  rm -rf "$dir"
  java -cp "$bench_jar" dev.bcfkit.benchmarks.DecadeFolder "$dir"
  echo "== bcf check --format json over $(find "$dir" -name '*.json' | wc -l) files, -Xmx256m"
  # The CLI takes files, not a directory: the shell's glob gives it 6,120 arguments.
  timed "$target/decade.json" "java -Xmx256m -jar $bcf_jar check --format json $dir/*.json >$target/decade-out.json"
  /usr/bin/time -f "  peak resident set: %M KiB, %e s wall" \
    java -Xmx256m -jar "$bcf_jar" check --format json "$dir"/*.json >"$target/decade-out.json"
  echo "  output: $(wc -c <"$target/decade-out.json") bytes"
}

build
machine
case "$what" in
  jmh) jmh "$@" ;;
  cli) cli ;;
  decade) decade ;;
  all)
    jmh "$@"
    cli
    decade
    ;;
  *)
    echo "usage: benchmarks/run.sh [all|jmh|cli|decade] [JMH arguments]" >&2
    exit 2
    ;;
esac
