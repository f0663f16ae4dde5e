#!/usr/bin/env bash
# Installs the Hezuo features into a real Apache Karaf and checks that they work there, the way an
# administrator would: feature:repo-add, feature:install hezuo, every Hezuo bundle Active, the rule
# base in force, hezuo:status in the Karaf shell, and the REST API deciding a case and generating a
# .docx. Run by "mvn verify -Pkaraf-check" (features/pom.xml) or by hand:
#   karaf-check.sh <apache-karaf-4.4.x.tar.gz> <features.xml URL> <repository root>
# Karaf runs from a temporary copy on free loopback ports and is stopped at the end.
set -euo pipefail
tgz="$(readlink -f "${1:?usage: karaf-check.sh <karaf tar.gz> <features URL> <repository root>}")"
features_url="${2:?features URL}"
root="$(readlink -f "${3:?repository root}")"
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

work="$(mktemp -d)"
kpid=""
cleanup() {
  if [ -n "$kpid" ]; then
    kill -- "-$kpid" 2>/dev/null || true
    sleep 2
    kill -9 -- "-$kpid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "KARAF CHECK FAILED: $*" >&2
  [ -f "$kh/data/log/karaf.log" ] && grep -E "ERROR|Exception" "$kh/data/log/karaf.log" | tail -20 >&2
  exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

tar xzf "$tgz" -C "$work"
kh="$(echo "$work"/apache-karaf-*)"
ssh_port="$(free_port)"; http_port="$(free_port)"; rmi_reg="$(free_port)"; rmi_srv="$(free_port)"
sed -i "s/^sshPort = .*/sshPort = $ssh_port/; s/^sshHost = .*/sshHost = 127.0.0.1/" "$kh/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = $rmi_reg/; s/^rmiServerPort = .*/rmiServerPort = $rmi_srv/" \
  "$kh/etc/org.apache.karaf.management.cfg"
sed -i 's/^#karaf = karaf,_g_:admingroup/karaf = karaf,_g_:admingroup/; s/^#_g_\\:admingroup/_g_\\:admingroup/' \
  "$kh/etc/users.properties"
# Felix HTTP Jetty 12 reads its port from this framework property
printf '\norg.osgi.service.http.port=%s\norg.apache.felix.http.host=127.0.0.1\n' "$http_port" >> "$kh/etc/custom.properties"
# the components' defaults are relative to the working directory: rules/ and templates/ next to bin/
cp -r "$root/rules" "$root/templates" "$kh/"

cd "$kh"
start=$(date +%s)
setsid bin/karaf server > "$work/karaf.out" 2>&1 < /dev/null &
kpid=$!

# one shell command over SSH. bin/client ends the session as soon as its standard input closes,
# before the command has answered: give it a FIFO that this script holds open. The Karaf shell
# prints a command's return value (hezuo:* commands return their text) only in the console or a
# pipe, so hezuo:* commands are piped through grep.
mkfifo "$work/stdin"
exec 3<> "$work/stdin"
kc() {
  timeout 300 bin/client -a "$ssh_port" -h 127.0.0.1 -u karaf -p karaf -r 1 -d 1 "$1" \
    < "$work/stdin" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' || true
}
for _ in $(seq 1 90); do
  kc "system:version" | grep -q '^4\.' && break
  sleep 2
done
kc "system:version" | grep -q '^4\.' || fail "Karaf did not start: $(tail -5 "$work/karaf.out")"
echo "karaf $(kc system:version | tr -d '\r') up in $(( $(date +%s) - start )) s (ssh $ssh_port, http $http_port)"
passed=0

kc "feature:repo-add $features_url" > /dev/null
t0=$(date +%s)
out="$(kc "feature:install hezuo")"
grep -qi "error\|exception" <<< "$out" && fail "feature:install hezuo: $out"
echo "feature:install hezuo: $(( $(date +%s) - t0 )) s"
passed=$((passed + 1))

bundles="$(kc "bundle:list -t 0 -s" | grep 'org\.hezuo\.')"
for bsn in org.hezuo.api org.hezuo.json org.hezuo.validation org.hezuo.rules org.hezuo.documents org.hezuo.web org.hezuo.shell; do
  grep -q "Active.*$bsn\b" <<< "$bundles" || fail "$bsn is not Active: $bundles"
done
echo "7 Hezuo bundles Active"
passed=$((passed + 1))

status=""
for _ in $(seq 1 120); do
  status="$(kc "hezuo:status | grep .")"
  grep -q '规则库：已生效' <<< "$status" && break
  sleep 2
done
grep -q '规则库：已生效' <<< "$status" || fail "no rule base in force: $status"
echo "rule base in force $(( $(date +%s) - t0 )) s after feature:install: $(grep '场景测试' <<< "$status" | tr -d '\r')"
passed=$((passed + 1))

api="http://127.0.0.1:$http_port/hezuo/api"
user=(-H 'X-Hezuo-User: karaf-check')
jar="$work/cookies"
curl -sf -m 20 -c "$jar" "${user[@]}" "$api/csrf" > /dev/null || fail "GET /csrf"
token="$(awk '$6 == "HEZUO_CSRF" {print $7}' "$jar")"
post=(-sS -m 60 -b "$jar" "${user[@]}" -H "X-Hezuo-CSRF: $token" -H 'Content-Type: application/json')
out="$(curl "${post[@]}" --data-binary "@$root/examples/consortium-violations.json" "$api/cases/evaluate")"
grep -q '"outcome":"NON_COMPLIANT"' <<< "$out" || fail "POST /cases/evaluate: $out"
echo "REST POST /cases/evaluate: NON_COMPLIANT"
passed=$((passed + 1))

python3 - "$root/examples/post-internship.json" > "$work/request.json" <<'PY'
import json, sys
case = json.load(open(sys.argv[1], encoding="utf-8"))
doc = {"number": "K〔2026〕1号", "place": "贵阳", "date": "2026-03-01", "copies": 3}
print(json.dumps({"case": case, "doc": doc}, ensure_ascii=False))
PY
code="$(curl "${post[@]}" --data-binary "@$work/request.json" -o "$work/agreement.docx" -w '%{http_code}' \
  "$api/documents/internship-tripartite-agreement")"
[ "$code" = 200 ] || fail "POST /documents: $code $(head -c 500 "$work/agreement.docx")"
unzip -p "$work/agreement.docx" word/document.xml | grep -q '学生岗位实习三方协议' || fail "the .docx has no agreement text"
echo "REST POST /documents/internship-tripartite-agreement: 200, .docx"
passed=$((passed + 1))

echo "$passed passed, 0 failed"
