#!/usr/bin/env bash
# The one test command (the README and .ci/run call it). On a clean machine with the .NET SDK it:
#   1. installs what the tests need when it is missing: Chromium, a Java runtime and curl from Debian's
#      packages, and the W3C Nu HTML checker (vnu.jar from the npm registry, checksum verified) into .tools/,
#   2. builds the solution (warnings are errors) and publishes the site the way the Dockerfile does,
#   3. runs every test project under tests/ on SQLite (the browser, hostile and published-site tests start
#      that publish), then checks the bundled content with check-content,
#   4. runs the in-process tests and the PostgreSQL tests of the published site again on a real PostgreSQL
#      server (tests/postgres.sh: from Debian's packages when missing, a throwaway cluster on loopback,
#      deleted afterwards; or the server HUB_TEST_POSTGRES already names).
# The last line is "tests: N passed, N failed", counted from the trx file of every test run (a step that
# fails outside a test run counts as one failure); the exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

failed=0
work=$(mktemp -d)
results=$work/results
# The SQLite pass must not pick up a PostgreSQL server from the environment; the PostgreSQL pass uses it.
given_postgres=${HUB_TEST_POSTGRES:-}
unset HUB_TEST_POSTGRES
source tests/postgres.sh
trap 'postgres_stop; rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }
failure() { failed=$((failed + 1)); echo "FAILED: $*" >&2; }
finish() {
  local passed failures
  read -r passed failures < <(grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null | awk '
    { for (i = 2; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/[^0-9]/, "", kv[2]); n[kv[1]] += kv[2] } }
    END { print n["passed"] + 0, n["failed"] + n["error"] + n["timeout"] + n["aborted"] }')
  failed=$((failed + failures))
  echo "tests: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit
}

need=()
command -v curl >/dev/null || need+=(curl ca-certificates)
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] || need+=(chromium)
command -v java >/dev/null || need+=(default-jre-headless)
if ((${#need[@]})); then
  step "installing ${need[*]}"
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${need[@]}" fonts-liberation >/dev/null; } || failure "apt-get install ${need[*]}"
fi

# The W3C Nu HTML checker, pinned by version and checksum.
vnu_version=26.9.27
vnu_sha1=80a35dd6f8f7230132811a6ee8bd4257a119fb14
if [[ ! -f .tools/vnu.jar || $(cat .tools/vnu.version 2>/dev/null) != "$vnu_version" ]]; then
  step "fetching the Nu HTML checker $vnu_version"
  mkdir -p .tools
  { curl -fsS -m 300 -o "$work/vnu.tgz" "https://registry.npmjs.org/vnu-jar/-/vnu-jar-$vnu_version.tgz" &&
    echo "$vnu_sha1  $work/vnu.tgz" | sha1sum -c --quiet - &&
    tar -xzf "$work/vnu.tgz" -C .tools --strip-components=3 package/build/dist/vnu.jar &&
    echo "$vnu_version" >.tools/vnu.version; } || failure "fetching vnu.jar"
fi
export VNU_JAR=$PWD/.tools/vnu.jar CHROMIUM_PATH=$chromium SCREENSHOT_DIR=$PWD/TestResults/screenshots

step "build"
timeout 900 dotnet build SexWorkResourceHub.sln -c Release -nologo -v quiet -clp:ErrorsOnly || { failure "build"; finish; }

step "publish"
# The same publish the Dockerfile runs (ReadyToRun for this machine's architecture); the tests of the
# published site start this build (without it, they publish once themselves).
if timeout 900 dotnet publish src/SexWorkResourceHub.Web -c Release --use-current-runtime --self-contained false \
  -o "$work/app" -nologo -v quiet -clp:ErrorsOnly; then
  export SITE_PUBLISH_DIR=$work/app
else
  failure "publish"
fi

# Runs one test project, its results in <name>.trx: run_tests <project> <name> [dotnet test options]. With
# --blame, a test host that crashes names the test it was running.
run_tests() {
  local project=$1 name=$2 status
  shift 2
  step "$name"
  timeout 1800 dotnet test "$project" -c Release --no-build -nologo --blame --results-directory "$results" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" "$@"
  status=$?
  # A run that failed with no failed test in its results (a crash, a timeout, no trx file) counts once.
  if [[ $status -ne 0 ]] && ! grep -qE '<Counters [^>]*(failed|error|timeout|aborted)="[1-9]' "$results/$name.trx" 2>/dev/null; then
    failure "$name exited with $status"
  fi
}

for project in tests/*/*.csproj; do
  run_tests "$project" "$(basename "$project" .csproj)"
done

step "check-content content/"
timeout 300 dotnet run --project src/SexWorkResourceHub.Web -c Release --no-build --no-launch-profile -- check-content content ||
  failure "check-content found problems in content/"
echo "screenshots: $SCREENSHOT_DIR"

step "PostgreSQL"
[[ -n $given_postgres ]] && export HUB_TEST_POSTGRES=$given_postgres
if postgres_start; then
  run_tests tests/SexWorkResourceHub.Tests/SexWorkResourceHub.Tests.csproj SexWorkResourceHub.Tests.Postgres
  # The published site on PostgreSQL: two processes on one database, and a first start on a new database.
  run_tests tests/SexWorkResourceHub.BrowserTests/SexWorkResourceHub.BrowserTests.csproj SexWorkResourceHub.BrowserTests.Postgres \
    --filter "FullyQualifiedName~TwoInstanceTests|FullyQualifiedName~PublishedSiteOnPostgresTests"
else
  failure "starting PostgreSQL for the tests"
fi

finish
