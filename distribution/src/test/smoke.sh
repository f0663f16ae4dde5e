#!/usr/bin/env bash
# Smoke test of the assembled host (run by the build in the integration-test phase):
# the command line decides a sample case (exit 0, Chinese text), prints JSON on request, and
# answers malformed input with field errors and exit 2.
set -euo pipefail
HOME_DIR="$(readlink -f "${1:?usage: smoke.sh <distribution dir>}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

cp "$HOME_DIR/examples/consortium-violations.json" case.json
out="$("$HOME_DIR/bin/hezuo" eval case.json)" || fail "eval exited $?"
grep -q '审查结果：不符合' <<< "$out" || fail "no outcome in: $out"
grep -q '依据：' <<< "$out" || fail "no clause in: $out"
grep -q '规则版本：' <<< "$out" || fail "no rule version in: $out"
echo "eval (text): ok"

printf '{"caseId": "X-1", "caseType": ' > broken.json
set +e
out="$("$HOME_DIR/bin/hezuo" eval broken.json --json)"
code=$?
set -e
[ "$code" -eq 2 ] || fail "malformed case exited $code, expected 2: $out"
grep -q '"INVALID"' <<< "$out" || fail "no INVALID decision in: $out"
echo "eval (malformed, --json): ok, exit 2"
echo "2 passed, 0 failed"
