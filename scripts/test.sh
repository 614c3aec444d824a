#!/usr/bin/env bash
# Runs Bulwark's whole test suite on a fresh Debian machine with the .NET 10 SDK: installs what the tests
# need that is missing, restores NuGet packages, runs every test project, and ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2
  exit 2
fi

# System packages the tests use. libturbojpeg0: the SIMD JPEG decoder Bulwark prefers (tests check it is used).
# chromium: the console's end-to-end tests drive Debian's browser through Playwright (never Playwright's own download);
# fonts-dejavu-core gives it fonts to render the pages and screenshots with.
missing=()
ldconfig -p 2>/dev/null | grep -q 'libturbojpeg\.so\.0' || missing+=(libturbojpeg0)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A private PostgreSQL server for the storage tests (SQLite needs nothing); stopped and deleted on exit.
if [ -z "${BULWARK_TEST_POSTGRES:-}" ]; then
  BULWARK_TEST_POSTGRES=$(scripts/postgres.sh start)
  export BULWARK_TEST_POSTGRES
  stop_postgres=1
fi
export BULWARK_REQUIRE_POSTGRES=1

log=$(mktemp)
cleanup() {
  rm -f "$log"
  [ -z "${stop_postgres:-}" ] || scripts/postgres.sh stop
}
trap cleanup EXIT
status=0
dotnet test Bulwark.slnx --configuration Release "$@" 2>&1 | tee "$log" || status=$?

# One closing line in the plain 'N passed, N failed' form, summed over the test assemblies.
awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
    gsub(",", "");
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") failed += $(i + 1);
      if ($i == "Passed:") passed += $(i + 1);
      if ($i == "Skipped:") skipped += $(i + 1);
    }
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log"
exit "$status"
