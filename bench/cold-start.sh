#!/usr/bin/env bash
# One cold start: starts the published site, asks for an article every 5 ms until it answers 200,
# prints the milliseconds from process start to that 200, and stops the site.
#
#   bench/cold-start.sh <publish-folder> <content-folder> <database-file> [port]
#
# COLD_DLL and COLD_PATH start another app or ask for another page (bench/run.sh times an empty
# Razor Pages app this way, for scale). Handy alone after a change to start-up code.
set -euo pipefail

site=${1:?usage: cold-start.sh <publish-folder> <content-folder> <database-file> [port]}
content=${2:?content folder}
database=${3:?database file}
port=${4:-5310}
site=$(cd "$site" && pwd)
dll=${COLD_DLL:-$site/SexWorkResourceHub.Web.dll}
url="http://127.0.0.1:$port${COLD_PATH:-/articles/fosta-sesta-explained}"

started=$(date +%s%N)
(cd "$site" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
  Content__Path="$content" ConnectionStrings__Hub="Data Source=$database" Serilog__MinimumLevel__Default=Warning \
  exec dotnet "$dll" >/dev/null 2>&1) &
pid=$!
trap 'kill -KILL $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT

deadline=$((started + 30000000000))
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null) == 200 ]]; do
  if (($(date +%s%N) > deadline)) || ! kill -0 $pid 2>/dev/null; then
    echo "cold-start: no 200 from $url within 30 s" >&2
    exit 1
  fi
  sleep 0.005
done
echo $((($(date +%s%N) - started) / 1000000))
