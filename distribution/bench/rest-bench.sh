#!/usr/bin/env bash
# REST bench of the assembled host (not part of the build): starts a fresh copy of target/hezuo on a
# free port with its own data/ (Felix cache, rules history, logs), waits for the console and the rule
# base, then measures
#   - REST evaluate: CLIENTS clients in a closed loop POST every examples/*.json and the 岗位实习
#     baseline scenario grown to 50 students; every answer must be 200 with the first answer's outcome;
#     then the same clients on a fixed schedule (open loop) at each of RATES requests per second
#     (250,500,1000), RATE_DURATION (20) s each, latency counted from when a request was due;
#     then SERIAL seconds with one client (the latency of each kind without queueing);
#   - REST generate: GEN_CLIENTS clients POST the 3- and the 50-student internship cases for the
#     学生岗位实习三方协议 .docx;
# and stops the host and removes the copy, also on failure or Ctrl-C. Every step has a time limit.
#
#   distribution/bench/rest-bench.sh [--jfr]     (after mvn -B -ntp install -DskipTests)
#
# --jfr records the host during each measurement (jcmd JFR.start with bench/cpu.jfc: CPU samples every
# 2 ms and GC, little else, so the recording costs the host little; JFR_SETTINGS=profile for the JDK's
# profile with allocation and lock events) and prints where the CPU goes. Environment: CLIENTS (50), DURATION (30 s), WARMUP (60 s: the JIT is still busy
# a minute after the rules are in force), SERIAL (10 s), GEN_CLIENTS (4), GEN_DURATION (20 s), GEN_WARMUP
# (10 s), HOST_JAVA_OPTS (extra options of the host JVM, default none: the JVM that bin/hezuo starts),
# WEB_CONFIG (lines added to the copy's load/org.hezuo.web.config, e.g. 'evaluation.concurrency="-1"'),
# HEZUO_DIST (the host to copy). Logs and recordings: target/rest-bench/.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
dist="$(dirname "$here")"
src="${HEZUO_DIST:-$dist/target/hezuo}"
[ -x "$src/bin/hezuo" ] || { echo "no assembled host in $src: run mvn -B -ntp install -DskipTests first" >&2; exit 1; }
jfr=false
[ "${1:-}" = "--jfr" ] && jfr=true
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
results="$dist/target/rest-bench"
mkdir -p "$results"

work="$(mktemp -d "${TMPDIR:-/tmp}/hezuo-rest-bench.XXXXXX")"
host_pid=""
client_pid=""
cleanup() {
  status=$?
  if [ -n "$client_pid" ]; then kill "$client_pid" 2>/dev/null || true; fi
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null || true          # Felix stops its bundles in its shutdown hook
    for _ in $(seq 1 60); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  cp "$work/host.out" "$results/host.out" 2>/dev/null || true
  cp "$work/hezuo/data/log/hezuo.log" "$results/hezuo.log" 2>/dev/null || true
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the client: JDK only, plus the host's own Jackson for reading the cases
cp -r "$src" "$work/hezuo"
if [ -n "${WEB_CONFIG:-}" ]; then printf '%s\n' "$WEB_CONFIG" >> "$work/hezuo/load/org.hezuo.web.config"; fi
cp=""
for j in "$work"/hezuo/bundle/jackson-{core,databind,annotations}-*.jar; do cp="$cp${cp:+:}$j"; done
"$JAVAC" -nowarn -d "$work/classes" -cp "$cp" "$here"/*.java
client_opts=(-XX:+UseSerialGC -Xms256m -Xmx512m)
# in the background, so that a signal to this script is handled at once, not when the step ends
client() {
  timeout "$1" "$JAVA" "${client_opts[@]}" -cp "$work/classes:$cp" RestBench "${@:2}" &
  client_pid=$!
  wait "$client_pid"
}

port="$(client 30 port)"
host_opts="-Dgosh.args=--nointeractive -XX:+PrintCommandLineFlags ${HOST_JAVA_OPTS:-}"
echo "rest-bench: $(date -Is), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "host: $src copied to $work/hezuo, port $port, JAVA_OPTS=\"$host_opts\"${WEB_CONFIG:+, web config $WEB_CONFIG}"
start_ms="$(date +%s%3N)"
(cd "$work" && HEZUO_HTTP_PORT="$port" JAVA_OPTS="$host_opts" exec "$work/hezuo/bin/hezuo" < /dev/null > "$work/host.out" 2>&1) &
host_pid=$!
client 330 ready port="$port" start="$start_ms" timeout=300
echo "host JVM flags: $(grep -m1 -- '-XX:' "$work/host.out" || true)"
echo "client JVM: ${client_opts[*]} (java.net.http, HTTP/1.1, keep-alive)"

common=(port="$port" pid="$host_pid" home="$work/hezuo")
status=0
eval_jfr=() gen_jfr=()
if $jfr; then
  eval_jfr=(jfr="$results/evaluate.jfr" jfrSettings="${JFR_SETTINGS:-$here/cpu.jfc}")
  gen_jfr=(jfr="$results/generate.jfr" jfrSettings="${JFR_SETTINGS:-$here/cpu.jfc}")
fi
n_rates=$(( $(tr -cd ',' <<< "${RATES:-250,500,1000}" | wc -c) + 1 ))
client $(( ${WARMUP:-60} + ${DURATION:-30} + ${SERIAL:-10} + n_rates * (${RATE_DURATION:-20} + 45) + 180 )) evaluate "${common[@]}" "${eval_jfr[@]}" \
  clients="${CLIENTS:-50}" duration="${DURATION:-30}" warmup="${WARMUP:-60}" serial="${SERIAL:-10}" \
  rates="${RATES:-250,500,1000}" rateDuration="${RATE_DURATION:-20}" || status=1
client $(( ${GEN_WARMUP:-10} + ${GEN_DURATION:-20} + 180 )) generate "${common[@]}" "${gen_jfr[@]}" \
  genClients="${GEN_CLIENTS:-4}" genDuration="${GEN_DURATION:-20}" genWarmup="${GEN_WARMUP:-10}" || status=1
if $jfr; then
  for f in "$results"/evaluate.jfr "$results"/generate.jfr; do
    [ -f "$f" ] && client 300 jfr "$f" top=15
  done
fi
echo "done: $(uptime | sed 's/.*load/load/'); logs in $results/"
exit $status
