#!/usr/bin/env bash
# The one test command (the README and .ci/run call it). On a clean machine with the .NET SDK it:
#   1. installs what the browser tests need when it is missing: Chromium and a Java runtime from
#      Debian's packages, and the W3C Nu HTML checker (vnu.jar from the npm registry, checksum verified)
#      into .tools/,
#   2. builds the solution (warnings are errors) and publishes the site the way the Dockerfile does,
#   3. runs every test project under tests/ (the browser tests start the published site), the
#      in-process ones on SQLite,
#   4. checks the bundled content with check-content,
#   5. starts the published site from its output folder and checks it answers,
#   6. runs the in-process tests again against a real PostgreSQL server, runs two processes of the
#      published site on one database of it, and starts the published site on it (tests/postgres.sh: PostgreSQL from Debian's packages when missing, a throwaway cluster on
#      loopback, stopped and deleted afterwards; or the server HUB_TEST_POSTGRES already names).
# The last line is "tests: N passed, N failed"; the exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
work=$(mktemp -d)
site_pid=""
# The SQLite pass must not pick up a PostgreSQL server from the environment; the PostgreSQL pass uses it.
given_postgres=${HUB_TEST_POSTGRES:-}
unset HUB_TEST_POSTGRES
source tests/postgres.sh

stop_site() {
  if [[ -n $site_pid ]]; then kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null; fi
  site_pid=""
}

cleanup() {
  stop_site
  postgres_stop
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
ok() { passed=$((passed + ${2:-1})); echo "ok: $1"; }
failure() { failed=$((failed + ${2:-1})); echo "FAILED: $1" >&2; }
finish() {
  echo "tests: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit
}

# Tools the checks below need, installed from Debian's packages when missing.
need_packages=()
command -v curl >/dev/null || need_packages+=(curl ca-certificates)
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] || need_packages+=(chromium)
command -v java >/dev/null || need_packages+=(default-jre-headless)
if ((${#need_packages[@]})); then
  step "installing ${need_packages[*]}"
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  ($sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${need_packages[@]}" fonts-liberation >/dev/null) || failure "apt-get install ${need_packages[*]}"
fi

# The W3C Nu HTML checker, pinned by version and checksum.
vnu_version=26.9.27
vnu_sha1=80a35dd6f8f7230132811a6ee8bd4257a119fb14
if [[ ! -f .tools/vnu.jar || $(cat .tools/vnu.version 2>/dev/null) != "$vnu_version" ]]; then
  step "fetching the Nu HTML checker $vnu_version"
  mkdir -p .tools
  if curl -fsS -m 300 -o "$work/vnu.tgz" "https://registry.npmjs.org/vnu-jar/-/vnu-jar-$vnu_version.tgz" &&
    echo "$vnu_sha1  $work/vnu.tgz" | sha1sum -c --quiet - &&
    tar -xzf "$work/vnu.tgz" -C "$work" package/build/dist/vnu.jar; then
    mv "$work/package/build/dist/vnu.jar" .tools/vnu.jar && echo "$vnu_version" >.tools/vnu.version
  else
    failure "fetching vnu.jar"
  fi
fi
export VNU_JAR=$PWD/.tools/vnu.jar CHROMIUM_PATH=$chromium

step "build"
if ! timeout 900 dotnet build SexWorkResourceHub.sln -c Release -nologo -v quiet -clp:ErrorsOnly; then
  failure "build"
  finish
fi
ok "build"

step "publish"
# The same publish the Dockerfile runs (ReadyToRun for this machine's architecture). The browser tests
# start this build; the smoke test below too.
if timeout 900 dotnet publish src/SexWorkResourceHub.Web -c Release --use-current-runtime --self-contained false -o "$work/app" -nologo -v quiet -clp:ErrorsOnly; then
  ok "publish"
  export SITE_PUBLISH_DIR=$work/app
else
  failure "publish"
fi
export SCREENSHOT_DIR=$PWD/TestResults/screenshots

# Runs one test project and adds its counts from the trx file: run_tests <project> <name shown> [dotnet test
# options]. With --blame, a test host that crashes names the test it was running.
run_tests() {
  local project=$1 name=$2 trx status counters p f
  shift 2
  step "$name"
  trx="$work/results/$name.trx"
  timeout 1800 dotnet test "$project" -c Release --no-build -nologo --blame \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$work/results" "$@"
  status=$?
  if [[ ! -f $trx ]]; then
    failure "$name produced no results (exit code $status)"
    return
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$counters"; }
  p=$(count passed)
  f=$(($(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  passed=$((passed + p))
  failed=$((failed + f))
  if [[ $status -ne 0 && $f -eq 0 ]]; then
    failure "$name exited with $status"
  fi
  echo "$name: $p passed, $f failed"
}

for project in tests/*/*.csproj; do
  run_tests "$project" "$(basename "$project" .csproj)"
done

step "check-content content/"
if timeout 300 dotnet run --project src/SexWorkResourceHub.Web -c Release --no-build --no-launch-profile -- check-content content; then
  ok "check-content"
else
  failure "check-content found problems in content/"
fi

echo "screenshots: $SCREENSHOT_DIR"

# Starts the published site in the background with extra environment settings (NAME=value ...), and
# waits for the address it listens on: start_site <log file> [NAME=value ...]; sets base and site_pid.
start_site() {
  local log=$1
  shift
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:0 "$@" \
    dotnet SexWorkResourceHub.Web.dll) >"$log" 2>&1 &
  site_pid=$!
  base=""
  for _ in $(seq 1 100); do
    base=$(grep -o 'http://127\.0\.0\.1:[0-9]\+' "$log" | head -n 1)
    [[ -n $base ]] && break
    kill -0 "$site_pid" 2>/dev/null || break
    sleep 0.2
  done
  if [[ -z $base ]]; then
    cat "$log" >&2
    return 1
  fi
}

check() { # name url expected-status [text the body must contain]
  local body status
  body=$(curl -s -m 10 -w '\n%{http_code}' "$base$2")
  status=${body##*$'\n'}
  if [[ $status == "$3" && ( -z ${4:-} || $body == *"$4"* ) ]]; then ok "$1"; else failure "$1 ($2 answered $status)"; fi
}

# Readiness follows migrating and seeding the store, which the site does after it starts listening.
check_ready() { # name
  for _ in $(seq 1 100); do
    [[ $(curl -s -m 10 -o /dev/null -w '%{http_code}' "$base/readyz") == 200 ]] && break
    sleep 0.2
  done
  check "$1" /readyz 200 Healthy
}

step "publish smoke test"
# Content goes beside the app as it does in the image (/app/content).
if [[ -n ${SITE_PUBLISH_DIR:-} ]]; then
  cp -r content "$work/app/content"
  mkdir -p "$work/data"
  if ! start_site "$work/site.log" ConnectionStrings__Hub="Data Source=$work/data/hub.db"; then
    failure "published site did not start"
  else
    check "published /healthz" /healthz 200 Healthy
    check_ready "published /readyz"
    check "published article" /articles/sex-work-is-not-trafficking 200 '<h1>'
    css=$(curl -s -m 10 "$base/" | grep -o '/css/site[^"]*\.css[^"]*' | head -n 1)
    check "published stylesheet" "${css:-/css/site.css}" 200
    check "published resources from the seed" /resources 200 "National Human Trafficking Hotline"
    check "published events from the seed" /events 200 "MacroSW"
    check "published 404 page" /articles/no-such-article 404 "find that page"
    [[ -f $work/data/hub.db ]] && ok "published site created its database" || failure "published site created no database"
  fi
  stop_site
fi

step "PostgreSQL"
[[ -n $given_postgres ]] && export HUB_TEST_POSTGRES=$given_postgres
if postgres_start; then
  run_tests tests/SexWorkResourceHub.Tests/SexWorkResourceHub.Tests.csproj SexWorkResourceHub.Tests.Postgres
  # Two processes of the published site on one database: an edit and a sign-in through one, seen by the other.
  if [[ -n ${SITE_PUBLISH_DIR:-} ]]; then
    run_tests tests/SexWorkResourceHub.BrowserTests/SexWorkResourceHub.BrowserTests.csproj SexWorkResourceHub.BrowserTests.TwoInstances \
      --filter "FullyQualifiedName~TwoInstanceTests"
  fi

  # The published site on a database of its own that it creates, migrates and seeds, on the throwaway
  # server only (a server given in HUB_TEST_POSTGRES is left as it was).
  if [[ -n ${SITE_PUBLISH_DIR:-} && -n $postgres_dir ]]; then
    step "publish smoke test on PostgreSQL"
    smoke_db="${HUB_TEST_POSTGRES/Database=swrh_test/Database=swrh_smoke}"
    if ! start_site "$work/site-postgres.log" Database__Provider=Postgres ConnectionStrings__Hub="$smoke_db"; then
      failure "published site on PostgreSQL did not start"
    else
      check_ready "published on PostgreSQL: /readyz"
      check "published on PostgreSQL: resources from the seed" /resources 200 "National Human Trafficking Hotline"
      check "published on PostgreSQL: events from the seed" /events 200 "MacroSW"
      check "published on PostgreSQL: search" "/search?q=hotline" 200 "National Human Trafficking Hotline"
    fi
    stop_site
    backup_errors=$(cd "$work/app" && env Database__Provider=Postgres ConnectionStrings__Hub="$smoke_db" \
      dotnet SexWorkResourceHub.Web.dll backup "$work/never.db" 2>&1 >/dev/null)
    backup_status=$?
    if [[ $backup_status -eq 2 && $backup_errors == *pg_dump* && ! -e $work/never.db ]]; then
      ok "published on PostgreSQL: backup points to pg_dump"
    else
      failure "published on PostgreSQL: backup answered $backup_status: $backup_errors"
    fi
  fi
  postgres_stop
  unset HUB_TEST_POSTGRES
else
  failure "starting PostgreSQL for the tests"
fi

finish
