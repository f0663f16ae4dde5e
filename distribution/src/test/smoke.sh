#!/usr/bin/env bash
# Smoke test of the assembled host (run by the build in the integration-test phase):
# the command line decides a sample case (exit 0, Chinese text), prints JSON on request, and
# answers malformed input with field errors and exit 2; a small batch writes one document per good
# row and records the refused and malformed rows in manifest.csv (exit 5).
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

# batch: three rows over a base case — one document, one 不符合 (no consent), one malformed row
cp "$HOME_DIR/examples/post-internship.json" base.json
cat > rows.csv <<'CSV'
caseId,students.0.name,students.0.idNumber,students.0.birthDate,students.0.gender,students.0.consentSigned,doc.number,doc.place,doc.date,doc.copies
S-1,李明,520522200704182118,2007-04-18,男,true,S〔2026〕1号,贵阳,2026-03-01,3
S-2,王芳,520522200709033226,2007-09-03,女,false,S〔2026〕2号,贵阳,2026-03-01,3
S-3,赵强,520522200704182118,2007-04-18,男,true,S〔2026〕3号,贵阳,2026-03-01,3,多余
CSV
set +e
out="$("$HOME_DIR/bin/hezuo" generate --template internship-tripartite-agreement --data rows.csv \
  --base base.json --out docs 2>&1)"
code=$?
set -e
[ "$code" -eq 5 ] || fail "generate exited $code, expected 5 (some rows failed): $out"
grep -q '^1,00001-.*\.docx,ok,' docs/manifest.csv || fail "row 1 not ok: $(cat docs/manifest.csv)"
grep -q '^2,,error,.*\[POLICY_NON_COMPLIANT\]' docs/manifest.csv || fail "row 2 not refused: $(cat docs/manifest.csv)"
grep -q '^3,,error,.*\[ROW_FORMAT\]' docs/manifest.csv || fail "row 3 not malformed: $(cat docs/manifest.csv)"
[ "$(find docs -name '*.docx' | wc -l)" -eq 1 ] || fail "expected one document in docs/"
echo "generate (CSV, 3 rows): ok, exit 5, manifest ok/error/error"
echo "3 passed, 0 failed"
