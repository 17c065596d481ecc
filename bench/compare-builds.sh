#!/usr/bin/env bash
# Two commits of the site, published the same way and measured in turns in one run, beside nginx
# serving the same bytes: cached pages (the article, /resources, /events) and resident memory after the
# mixed load. Used to decide between two ways of doing one thing (the page cache, say), where only the
# ratio between them in one run means anything on a noisy machine.
#
#   bench/compare-builds.sh <commit-a> <commit-b> [rounds] [seconds]
#
# Needs wrk and nginx (bench/run.sh installs them). Output: one table in Markdown on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
a=${1:?commit a}; b=${2:?commit b}; rounds=${3:-3}; seconds=${4:-10}
out=$root/bench/out/compare
nginx_port=5380 # as in bench/nginx.conf
rm -rf "$out" && mkdir -p "$out"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $out/nginx/nginx.pid ]] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true
  git worktree remove --force "$out/src-a" 2>/dev/null || true
  git worktree remove --force "$out/src-b" 2>/dev/null || true
}
trap cleanup EXIT

declare -A port=([a]=5391 [b]=5392) commit=([a]=$a [b]=$b)
for side in a b; do
  git worktree add -q --detach "$out/src-$side" "${commit[$side]}"
  dotnet publish "$out/src-$side/src/SexWorkResourceHub.Web" -c Release --use-current-runtime --self-contained false \
    -o "$out/site-$side" -nologo -v quiet >"$out/publish-$side.log"
  mkdir -p "$out/db-$side"
  (cd "$out/site-$side" && exec env ASPNETCORE_URLS="http://127.0.0.1:${port[$side]}" ASPNETCORE_ENVIRONMENT=Production \
    Content__Path="$root/content" ConnectionStrings__Hub="Data Source=$out/db-$side/hub.db" \
    Serilog__MinimumLevel__Default=Warning dotnet SexWorkResourceHub.Web.dll) >"$out/site-$side.log" 2>&1 &
  pids+=($!); echo $! >"$out/site-$side.pid"
done
for side in a b; do
  for _ in $(seq 600); do curl -fs -o /dev/null "http://127.0.0.1:${port[$side]}/readyz" && break; sleep 0.1; done
done

pages=(/articles/fosta-sesta-explained /resources /events)
mkdir -p "$out/nginx/html/articles" "$out/nginx/logs" "$out/nginx/tmp"
for page in "${pages[@]}"; do curl -fsS -o "$out/nginx/html$page.html" "http://127.0.0.1:${port[a]}$page"; done
nginx_user=(); [[ $(id -u) -eq 0 ]] && nginx_user=(-g "user root root;")
nginx -c "$root/bench/nginx.conf" -p "$out/nginx/" "${nginx_user[@]}"
sleep 0.5

rps() { wrk -t2 -c64 -d"${seconds}s" --timeout 5s "$1" | awk '/^Requests\/sec/ { printf "%.0f", $2 }'; }
declare -A best
for page in "${pages[@]}"; do for side in a b; do rps "http://127.0.0.1:${port[$side]}$page" >/dev/null; done; done # warm up
for ((round = 1; round <= rounds; round++)); do
  for page in "${pages[@]}"; do
    for side in nginx a b; do
      [[ $side == nginx ]] && url="http://127.0.0.1:$nginx_port$page" || url="http://127.0.0.1:${port[$side]}$page"
      r=$(rps "$url"); echo "round $round $side $page: $r req/s" >&2
      # The best round of each: noise on a shared machine only ever slows a run down.
      (( r > ${best[$side$page]:-0} )) && best[$side$page]=$r
    done
  done
done
for side in a b; do
  wrk -t2 -c64 -d30s -s bench/wrk/mixed.lua "http://127.0.0.1:${port[$side]}/" >/dev/null
  best[rss$side]=$(awk '$1 == "VmRSS:" { printf "%.0f", $2 / 1024 }' "/proc/$(cat "$out/site-$side.pid")/status")
done

echo "| Measure (best of $rounds rounds of ${seconds} s, 64 connections) | nginx | a: ${a} | b: ${b} | b / a |"
echo "|---|---:|---:|---:|---:|"
for page in "${pages[@]}"; do
  n=${best[nginx$page]} x=${best[a$page]} y=${best[b$page]}
  awk -v p="$page" -v n="$n" -v x="$x" -v y="$y" 'BEGIN { printf "| %s, req/s (of nginx) | %d | %d (%.2f) | %d (%.2f) | %.2f |\n", p, n, x, x / n, y, y / n, y / x }'
done
awk -v x="${best[rssa]}" -v y="${best[rssb]}" 'BEGIN { printf "| Resident memory after 30 s of mixed load | | %d MB | %d MB | %.2f |\n", x, y, y / x }'
