#!/usr/bin/env bash
# The one test command (the README and .ci/run call it). On a clean machine with the .NET SDK it:
#   1. builds the solution (warnings are errors),
#   2. runs every test project under tests/,
#   3. checks the bundled content with check-content,
#   4. publishes the site the way the Dockerfile does, starts it from the output folder and checks it answers.
# The last line is "tests: N passed, N failed"; the exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
work=$(mktemp -d)
site_pid=""

cleanup() {
  if [[ -n $site_pid ]]; then kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null; fi
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
command -v curl >/dev/null || need_packages+=(curl)
if ((${#need_packages[@]})); then
  step "installing ${need_packages[*]}"
  (apt-get update -qq && apt-get install -y -qq "${need_packages[@]}" >/dev/null) || failure "apt-get install ${need_packages[*]}"
fi

step "build"
if ! timeout 900 dotnet build SexWorkResourceHub.sln -c Release -nologo -v quiet -clp:ErrorsOnly; then
  failure "build"
  finish
fi
ok "build"

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  step "$name"
  trx="$work/results/$name.trx"
  timeout 1800 dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$work/results"
  status=$?
  if [[ ! -f $trx ]]; then
    failure "$name produced no results (exit code $status)"
    continue
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
done

step "check-content content/"
if timeout 300 dotnet run --project src/SexWorkResourceHub.Web -c Release --no-build --no-launch-profile -- check-content content; then
  ok "check-content"
else
  failure "check-content found problems in content/"
fi

step "publish smoke test"
# The same publish the Dockerfile runs; content goes beside the app as it does in the image (/app/content).
if timeout 900 dotnet publish src/SexWorkResourceHub.Web -c Release -o "$work/app" -nologo -v quiet -clp:ErrorsOnly; then
  ok "publish"
  cp -r content "$work/app/content"
  mkdir -p "$work/data"
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:0 \
    ConnectionStrings__Hub="Data Source=$work/data/hub.db" dotnet SexWorkResourceHub.Web.dll) >"$work/site.log" 2>&1 &
  site_pid=$!
  base=""
  for _ in $(seq 1 100); do
    base=$(grep -o 'http://127\.0\.0\.1:[0-9]\+' "$work/site.log" | head -n 1)
    [[ -n $base ]] && break
    kill -0 "$site_pid" 2>/dev/null || break
    sleep 0.2
  done
  if [[ -z $base ]]; then
    failure "published site did not start"
    cat "$work/site.log" >&2
  else
    check() { # name url expected-status [text the body must contain]
      local body status
      body=$(curl -s -m 10 -w '\n%{http_code}' "$base$2")
      status=${body##*$'\n'}
      if [[ $status == "$3" && ( -z ${4:-} || $body == *"$4"* ) ]]; then ok "$1"; else failure "$1 ($2 answered $status)"; fi
    }
    check "published /healthz" /healthz 200 Healthy
    check "published /readyz" /readyz 200 Healthy
    check "published article" /articles/sex-work-is-not-trafficking 200 '<h1>'
    css=$(curl -s -m 10 "$base/" | grep -o '/css/site[^"]*\.css[^"]*' | head -n 1)
    check "published stylesheet" "${css:-/css/site.css}" 200
    check "published 404 page" /articles/no-such-article 404 "find that page"
    [[ -f $work/data/hub.db ]] && ok "published site created its database" || failure "published site created no database"
  fi
else
  failure "publish"
fi

finish
