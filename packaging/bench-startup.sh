#!/usr/bin/env bash
# Start-up benchmark of the packaged jar: milliseconds from JVM start until the window has opened
# the store and listed the bots (the app logs it), for the plain jar and with an application
# class-data archive (CDS), alternating runs so machine noise hits both alike. Prints medians
# and the ratio. With a second jar (an older build, say), its runs alternate with this build's too
# and the ratio against it is printed: a baseline measured in the same go, on the same noise.
# Needs a display: uses $DISPLAY, else starts Xvfb (apt-get install xvfb libgtk-3-0).
#   bash packaging/bench-startup.sh [runs] [baseline.jar]   (default 7 runs, no baseline)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-7}
baseline_jar=${2:-}
jar=target/signalbox.jar
[[ -f $jar ]] || mvn -B -q -DskipTests package

work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
if [[ -z ${DISPLAY:-} ]]; then
  Xvfb :93 -screen 0 1280x800x24 >/dev/null 2>&1 & pids+=($!)
  export DISPLAY=:93
  sleep 1
fi
data=$work/data
log=$data/logs/signalbox-0.log

# One start: prints "<window shown ms> <bots listed ms>" of that run.
start_once() {
  local before after
  before=$(grep -c 'start-up:' "$log" 2>/dev/null || true)
  java "$@" -jar "${run_jar:-$jar}" --data-dir "$data" >/dev/null 2>&1 & local app=$!
  for _ in $(seq 1 300); do
    after=$(grep -c 'start-up:' "$log" 2>/dev/null || true)
    (( ${after:-0} > ${before:-0} )) && break
    sleep 0.1
  done
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  grep 'start-up:' "$log" | tail -1 | sed -E 's/.*window shown ([0-9]+) ms, bots listed ([0-9]+) ms.*/\1 \2/'
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

start_once >/dev/null                                   # creates the store: not measured
start_once -XX:ArchiveClassesAtExit="$work/app.jsa" >/dev/null   # training run writes the archive
[[ -f $work/app.jsa ]] || { echo "no class-data archive was written" >&2; exit 1; }

plain_shown=(); plain_listed=(); cds_shown=(); cds_listed=(); base_shown=(); base_listed=()
for _ in $(seq 1 "$runs"); do
  if [[ -n $baseline_jar ]]; then
    read -r shown listed < <(run_jar=$baseline_jar start_once); base_shown+=("$shown"); base_listed+=("$listed")
  fi
  read -r shown listed < <(start_once); plain_shown+=("$shown"); plain_listed+=("$listed")
  read -r shown listed < <(start_once -XX:SharedArchiveFile="$work/app.jsa"); cds_shown+=("$shown"); cds_listed+=("$listed")
done
report() { # label, values...
  local label=$1; shift
  printf '%-34s %s  median %s\n' "$label" "$*" "$(printf '%s\n' "$@" | median)"
}
echo "runs each: $runs (ms after JVM start)"
if [[ -n $baseline_jar ]]; then
  report "baseline jar, window shown:" "${base_shown[@]}"
  report "baseline jar, bots listed:" "${base_listed[@]}"
fi
report "plain jar, window shown:" "${plain_shown[@]}"
report "plain jar, bots listed:" "${plain_listed[@]}"
report "with CDS, window shown:" "${cds_shown[@]}"
report "with CDS, bots listed:" "${cds_listed[@]}"
p=$(printf '%s\n' "${plain_listed[@]}" | median)
c=$(printf '%s\n' "${cds_listed[@]}" | median)
awk -v p="$p" -v c="$c" 'BEGIN {printf "bots listed, CDS / plain: %.2f\n", c / p}'
if [[ -n $baseline_jar ]]; then
  b=$(printf '%s\n' "${base_listed[@]}" | median)
  awk -v p="$p" -v b="$b" 'BEGIN {printf "bots listed, this build / baseline: %.2f\n", p / b}'
fi
