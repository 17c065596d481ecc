#!/usr/bin/env bash
# The benchmark behind issue 8 and docs/operators/performance.md. It:
#   1. installs wrk, nginx and curl from Debian's packages when they are missing,
#   2. publishes the site in Release the way the Dockerfile does,
#   3. generates 10,000 articles beside a copy of the bundled content (bench/generate-articles.sh),
#   4. serves the same HTML bytes from nginx (bench/nginx.conf: worker_processes auto, open_file_cache) and
#      from the site, and runs wrk against both in turn, so every ratio comes from one run on one machine
#      (wrk's scripts for the mixed load, cache-busting URLs and search are in bench/wrk/),
#   5. measures resident memory after a minute of mixed load and page weight, and after 18,000
#      cache-busting requests (a random query parameter each) on a site of its own, then (with the first sites
#      stopped, so nothing else competes) the load of 10,000 articles, a file change and search over
#      them, and last the cold start, beside an empty Razor Pages app started the same way,
#   6. with BENCH_POSTGRES=1, runs the site on a throwaway PostgreSQL cluster (tests/postgres.sh) on the
#      same 10,000 articles: a stored page against the same page on SQLite, and search through
#      PostgreSQL's full-text search (for docs/operators/scaling.md),
#   7. writes bench/RESULTS.md: machine, date, raw figures, ratios and targets.
#
#   bench/run.sh              # about 12 minutes on 2 cores
#   BENCH_POSTGRES=1 bench/run.sh                 # and the PostgreSQL leg, about 3 minutes more
#   BENCH_SECONDS=3 BENCH_ROUNDS=1 bench/run.sh   # a quick look (figures are noisier)
#
# Every step is bounded (wrk -d, timeouts on every wait) and the script stops everything it started.
# Scratch files go to bench/out/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/bench/out
seconds=${BENCH_SECONDS:-10}
rounds=${BENCH_ROUNDS:-2}
load_seconds=${BENCH_LOAD_SECONDS:-60}
connections=64
site_port=5301
nocache_port=5302
large_port=5303
busting_port=5304
nginx_port=5380 # as bench/nginx.conf listens
results=$root/bench/RESULTS.md

pids=()
postgres=${BENCH_POSTGRES:-0}
source "$root/tests/postgres.sh"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -f $out/nginx/nginx.pid ]] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true
  postgres_stop
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl ca-certificates)
if ((${#need[@]})); then
  say "installing ${need[*]}"
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# ---------------------------------------------------------------- build and content
rm -rf "$out" && mkdir -p "$out"
say "publishing (Release, ReadyToRun, as the Dockerfile does)"
dotnet publish src/SexWorkResourceHub.Web -c Release --use-current-runtime --self-contained false -o "$out/site" -nologo -v quiet >"$out/publish.log"

say "generating 10,000 articles"
cp -r content "$out/content-10k"
bench/generate-articles.sh "$out/content-10k" 10000

# ---------------------------------------------------------------- helpers
# start_site NAME PORT CONTENT [VAR=value ...]: starts the published site from its own folder (so its
# appsettings.json applies) with a fresh database, and waits for /readyz. Sets ready_ms.
start_site() {
  local name=$1 port=$2 content=$3; shift 3
  mkdir -p "$out/$name"
  local started; started=$(date +%s%N)
  (cd "$out/site" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
    Content__Path="$content" ConnectionStrings__Hub="Data Source=$out/$name/hub.db" \
    Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__SexWorkResourceHub.Web.Content.ContentWatcher=Information \
    RateLimits__SearchPermits=1000000000 "$@" \
    dotnet SexWorkResourceHub.Web.dll) >"$out/$name.log" 2>&1 &
  pids+=($!)
  echo $! >"$out/$name.pid"
  local deadline=$((started + 120000000000))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
    (($(date +%s%N) < deadline)) || { echo "site $name not ready in 120 s; see $out/$name.log" >&2; exit 1; }
    # Not more often: each "not ready yet" answer logs and checks health, and asking every 20 ms added
    # a second to the 10,000-article load it was waiting for.
    sleep 0.1
  done
  ready_ms=$((($(date +%s%N) - started) / 1000000))
}

# rss_mb NAME [field]: VmRSS (default) or RssAnon of a started site, in MB.
rss_mb() { awk -v f="${2:-VmRSS}:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$(cat "$out/$1.pid")/status"; }
stop_site() { kill "$(cat "$out/$1.pid")" 2>/dev/null || true; wait "$(cat "$out/$1.pid")" 2>/dev/null || true; }

# wrk_run URL [threads connections [script [script arguments ...]]] -> "requests_per_second p50_ms p99_ms"
wrk_run() {
  local url=$1 threads=${2:-2} conns=${3:-$connections} script=${4:-}
  local args=(-t"$threads" -c"$conns" -d"${seconds}s" --latency --timeout 5s) extra=()
  [[ -n $script ]] && args+=(-s "$script")
  (($# > 4)) && extra=(-- "${@:5}")
  wrk "${args[@]}" "$url" "${extra[@]}" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { if (bad > 0) { print "wrk: " bad " non-2xx responses" > "/dev/stderr" } printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

# ---------------------------------------------------------------- sites and nginx
say "starting the site and the site without its page cache (bundled content)"
# With its translations served, so the Spanish article is measured beside the English one.
start_site bundled $site_port "$root/content"; ready_bundled=$ready_ms
start_site nocache $nocache_port "$root/content" Caching__OutputCache=false

article=/articles/fosta-sesta-explained
es_article=/es/articles/fosta-sesta-explicada
mkdir -p "$out/nginx/html/articles" "$out/nginx/logs" "$out/nginx/tmp"
for page in $article /resources /events; do
  curl -fsS -o "$out/nginx/html$page.html" "http://127.0.0.1:$site_port$page"
done
# bench/nginx.conf, with every path under this prefix; as root, nginx's workers run as root too, to read out/.
nginx_user=(); [[ $(id -u) -eq 0 ]] && nginx_user=(-g "user root root;")
nginx -c "$root/bench/nginx.conf" -p "$out/nginx/" "${nginx_user[@]}"
sleep 0.5

# ---------------------------------------------------------------- throughput against nginx
declare -A rps p99 p50 best_rps best_p50 best_p99
measure() { # key url
  local r a b c; r=$(wrk_run "$2")
  read -r a b c <<<"$r"
  rps[$1]=$a; p50[$1]=$b; p99[$1]=$c
  echo "$1: ${rps[$1]} req/s, p50 ${p50[$1]} ms, p99 ${p99[$1]} ms" >&2
  # The best round of each is kept: noise on a shared machine only ever slows a run down.
  if [[ -z ${best_rps[$1]:-} || ${rps[$1]} -gt ${best_rps[$1]} ]]; then
    best_rps[$1]=${rps[$1]}; best_p50[$1]=${p50[$1]}; best_p99[$1]=${p99[$1]}
  fi
}
for page in $article /resources /events; do # warm the caches and the JIT
  wrk_run "http://127.0.0.1:$site_port$page" >/dev/null
  wrk_run "http://127.0.0.1:$nocache_port$page" >/dev/null
done
wrk_run "http://127.0.0.1:$site_port$es_article" >/dev/null
for ((round = 1; round <= rounds; round++)); do
  say "wrk round $round of $rounds (${seconds} s each, $connections connections)"
  for page in $article /resources /events; do
    measure "nginx:$page" "http://127.0.0.1:$nginx_port$page"
    measure "site:$page" "http://127.0.0.1:$site_port$page"
  done
  measure "nocache:$article" "http://127.0.0.1:$nocache_port$article"
  # The Spanish article from the page cache, right after the English one from the same site.
  measure "site:$es_article" "http://127.0.0.1:$site_port$es_article"
done
stop_site nocache

# ---------------------------------------------------------------- memory after a minute of load
say "resident memory after ${load_seconds} s of mixed load"
wrk -t2 -c$connections -d"${load_seconds}s" -s bench/wrk/mixed.lua "http://127.0.0.1:$site_port/" >/dev/null
rss_bundled=$(rss_mb bundled); anon_bundled=$(rss_mb bundled RssAnon)
echo "RSS $rss_bundled MB (anonymous $anon_bundled MB)" >&2

# ---------------------------------------------------------------- page weight
say "page weight"
curl -fsS -o "$out/page.html" "http://127.0.0.1:$site_port$article"
weight_bytes=$(curl -fsS -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$site_port$article")
weight_requests=1; weight_js=0
for asset in $(grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|ico|woff2)"' "$out/page.html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
  size=$(curl -fsS -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$site_port$asset")
  weight_bytes=$((weight_bytes + size)); weight_requests=$((weight_requests + 1))
  [[ $asset == *.js ]] && weight_js=$((weight_js + size))
done
echo "article: $weight_bytes bytes in $weight_requests requests, $weight_js bytes of JavaScript" >&2
stop_site bundled
kill "$(cat "$out/nginx/nginx.pid")"

# ---------------------------------------------------------------- memory under cache-busting URLs
# 18,000 requests, each with a new random query parameter (2 threads stop after 9,000 each), over a few
# reading pages, on a site of its own; wrk runs 30 s whatever happens, so a slow site makes fewer.
say "resident memory after 18,000 cache-busting requests"
start_site busting $busting_port "$root/content"
busting_requests=$(wrk -t2 -c16 -d30s --timeout 5s -s bench/wrk/busting.lua "http://127.0.0.1:$busting_port/" | awk '/requests in/ { print $1 }')
rss_busting=$(rss_mb busting); anon_busting=$(rss_mb busting RssAnon)
echo "$busting_requests requests: RSS $rss_busting MB (anonymous $anon_busting MB)" >&2
stop_site busting

# ---------------------------------------------------------------- 10,000 articles: load
say "the site on 10,000 articles"
start_site large $large_port "$out/content-10k"; ready_large=$ready_ms
# From the rendered message ("@m") of the catalog's JSON line, which the ContentWatcher override above lets through.
catalog_ms=$(grep -o '10008 articles[^"]*built in [0-9]*' "$out/large.log" | head -1 | grep -o '[0-9]*$')
echo "catalog built in $catalog_ms ms; /readyz after $ready_large ms" >&2
until curl -fsS -o /dev/null "http://127.0.0.1:$large_port/search?q=law"; do sleep 0.1; done # the index is built

# ---------------------------------------------------------------- 10,000 articles: one changed file
say "one changed article file among 10,000"
changed="$out/content-10k/articles/generated-00001.md"
url="http://127.0.0.1:$large_port/articles/generated-00001"
curl -fsS -o /dev/null "$url" # cached before the change
sed -i 's/^title: "/title: "Changed /' "$changed"
change_started=$(date +%s%N)
change_ms=""
until curl -fsS "$url" | grep -q '<h1[^>]*>Changed '; do
  if (($(date +%s%N) - change_started > 30000000000)); then change_ms="more than 30000"; break; fi
  sleep 0.01
done
[[ -n $change_ms ]] || change_ms=$((($(date +%s%N) - change_started) / 1000000))
echo "the changed file was served after $change_ms ms" >&2

# ---------------------------------------------------------------- 10,000 articles: search
say "search over 10,000 articles"
# Two words each used once in the bundled articles: together they match a few dozen generated articles,
# far fewer than the site keeps results for, so every one of these searches is run.
mapfile -t rare_pairs < <(sort "$out/content-10k/.words" | uniq -c | awk '$1 == 1 && length($2) > 5 { print $2 }' | head -n 40 | paste -d' ' - -)
wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua >/dev/null
read -r search_rps1 search_p50 search_p99 <<<"$(wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua)"
read -r search_rps64 search_p50_64 search_p99_64 <<<"$(wrk_run "http://127.0.0.1:$large_port/search" 2 $connections bench/wrk/search.lua)"
read -r _ rare_p50 rare_p99 <<<"$(wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua "${rare_pairs[@]}")"
echo "search: one client $search_rps1 req/s, p50 $search_p50 ms, p99 $search_p99 ms; 64 clients $search_rps64 req/s; rare words p50 $rare_p50 ms" >&2
rss_large=$(rss_mb large); anon_large=$(rss_mb large RssAnon)
stop_site large

# The common searches again, with no results kept: what each costs when it is run.
start_site large-unkept $large_port "$out/content-10k" Search__CommonSearchMatches=0
until curl -fsS -o /dev/null "http://127.0.0.1:$large_port/search?q=law"; do sleep 0.1; done
wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua >/dev/null
read -r _ unkept_p50 unkept_p99 <<<"$(wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua)"
echo "search with no results kept: p50 $unkept_p50 ms, p99 $unkept_p99 ms" >&2
stop_site large-unkept

# ---------------------------------------------------------------- 10,000 articles on PostgreSQL
if [[ $postgres == 1 ]]; then
  say "the site on PostgreSQL, 10,000 articles"
  unset HUB_TEST_POSTGRES # a throwaway cluster of the bench's own, never a server from the environment
  postgres_start >&2
  pg_db="${HUB_TEST_POSTGRES/Database=swrh_test/Database=swrh_bench}"
  # Two instances would share the index table; one is enough to time it.
  pg_started=$(date +%s%N)
  start_site large-pg $large_port "$out/content-10k" Database__Provider=Postgres ConnectionStrings__Hub="$pg_db"
  until curl -fsS -o /dev/null "http://127.0.0.1:$large_port/search?q=law"; do sleep 0.1; done
  pg_indexed_ms=$((($(date +%s%N) - pg_started) / 1000000))
  article_url="http://127.0.0.1:$large_port/articles/generated-00002"
  curl -fsS -o /dev/null "$article_url"
  wrk_run "$article_url" >/dev/null # a first round warms the code up, as the rounds against nginx do
  read -r pg_article_rps pg_article_p50 pg_article_p99 <<<"$(wrk_run "$article_url")"
  wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua >/dev/null
  read -r _ pg_search_p50 pg_search_p99 <<<"$(wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua)"
  read -r _ pg_rare_p50 pg_rare_p99 <<<"$(wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua "${rare_pairs[@]}")"
  stop_site large-pg
  start_site large-pg-unkept $large_port "$out/content-10k" Database__Provider=Postgres ConnectionStrings__Hub="$pg_db" Search__CommonSearchMatches=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$large_port/search?q=law"; do sleep 0.1; done
  wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua >/dev/null
  read -r _ pg_unkept_p50 pg_unkept_p99 <<<"$(wrk_run "http://127.0.0.1:$large_port/search" 1 1 bench/wrk/search.lua)"
  stop_site large-pg-unkept
  postgres_stop
  # The same stored article from the site on SQLite, for the comparison.
  start_site large-sqlite $large_port "$out/content-10k"
  curl -fsS -o /dev/null "$article_url"
  wrk_run "$article_url" >/dev/null
  read -r sqlite_article_rps _ _ <<<"$(wrk_run "$article_url")"
  stop_site large-sqlite
  echo "postgres: ready and indexed after $pg_indexed_ms ms; article $pg_article_rps req/s (SQLite $sqlite_article_rps); search p50 $pg_search_p50 ms, rare $pg_rare_p50 ms, nothing kept $pg_unkept_p50 ms" >&2
fi

# ---------------------------------------------------------------- cold start
say "cold start"
cold_runs=${BENCH_COLD_RUNS:-10}
# An empty Razor Pages app from the SDK's template, published (ReadyToRun too) and started the same way: the floor.
# Made outside the repository, so the repository's build settings (warnings as errors) do not apply.
template=$(mktemp -d)
dotnet new razor -o "$template/app" -n Template >/dev/null
dotnet publish "$template/app" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "$out/template-site" -nologo -v quiet >"$out/template-publish.log"
rm -rf "$template"
mkdir -p "$out/cold"
cold_series() { # label dll path database [fresh] -> "mean min max" over cold_runs runs
  local times=() t
  for ((i = 0; i < cold_runs; i++)); do
    [[ ${5:-} == fresh ]] && rm -f "$4"*
    t=$(COLD_DLL=$2 COLD_PATH=$3 bench/cold-start.sh "$(dirname "$2")" "$root/content" "$4" 5311)
    times+=("$t")
  done
  echo "$1: ${times[*]} ms" >&2
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1; s += $1 } END { printf "%.0f %d %d\n", s / NR, a[1], a[NR] }'
}
bench/cold-start.sh "$out/site" "$root/content" "$out/cold/hub.db" 5311 >/dev/null # creates the database
read -r cold_mean cold_min cold_max <<<"$(cold_series "article, existing database" "$out/site/SexWorkResourceHub.Web.dll" "$article" "$out/cold/hub.db")"
read -r fresh_mean fresh_min fresh_max <<<"$(cold_series "article, new database" "$out/site/SexWorkResourceHub.Web.dll" "$article" "$out/cold/fresh.db" fresh)"
read -r floor_mean floor_min floor_max <<<"$(cold_series "empty Razor Pages app" "$out/template-site/Template.dll" / "$out/cold/unused.db")"

# ---------------------------------------------------------------- results
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<=" ? v <= t : v >= t); print ok ? "met" : "**not met**" }'; }
a_ratio=$(ratio "${best_rps[site:$article]}" "${best_rps[nginx:$article]}")
n_ratio=$(ratio "${best_rps[nocache:$article]}" "${best_rps[nginx:$article]}")
es_ratio=$(ratio "${best_rps[site:$es_article]}" "${best_rps[site:$article]}")
r_ratio=$(ratio "${best_rps[site:/resources]}" "${best_rps[nginx:/resources]}")
e_ratio=$(ratio "${best_rps[site:/events]}" "${best_rps[nginx:/events]}")
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "Machine: $(nproc) cores ($cpu), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(dotnet --version | sed 's/^/.NET SDK /'), $(nginx -v 2>&1 | sed 's/.*\///; s/^/nginx /'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo "wrk and the servers share the machine's cores, on loopback. Each throughput figure is the best of $rounds rounds of ${seconds} s at $connections connections; nginx and the site alternate within a round. Logging at Warning, as in the other measurements."
  echo "See docs/operators/performance.md for what the figures mean."
  echo
  echo "## Throughput against nginx serving the same bytes"
  echo
  echo "| Page | nginx req/s | site req/s | ratio | site p50 | site p99 | target | |"
  echo "|---|---:|---:|---:|---:|---:|---|---|"
  echo "| article, page cache | ${best_rps[nginx:$article]} | ${best_rps[site:$article]} | $a_ratio | ${best_p50[site:$article]} ms | ${best_p99[site:$article]} ms | ≥ 0.70, p99 ≤ 10 ms | $( [[ $(verdict "$a_ratio" '>=' 0.70) == met && $(verdict "${best_p99[site:$article]}" '<=' 10) == met ]] && echo met || echo '**not met**') |"
  echo "| article, rendered each time | ${best_rps[nginx:$article]} | ${best_rps[nocache:$article]} | $n_ratio | ${best_p50[nocache:$article]} ms | ${best_p99[nocache:$article]} ms | ≥ 0.40 | $(verdict "$n_ratio" '>=' 0.40) |"
  echo "| /resources, page cache | ${best_rps[nginx:/resources]} | ${best_rps[site:/resources]} | $r_ratio | ${best_p50[site:/resources]} ms | ${best_p99[site:/resources]} ms | ≥ 0.70 | $(verdict "$r_ratio" '>=' 0.70) |"
  echo "| /events, page cache | ${best_rps[nginx:/events]} | ${best_rps[site:/events]} | $e_ratio | ${best_p50[site:/events]} ms | ${best_p99[site:/events]} ms | ≥ 0.70 | $(verdict "$e_ratio" '>=' 0.70) |"
  echo
  echo "nginx p99: article ${best_p99[nginx:$article]} ms, /resources ${best_p99[nginx:/resources]} ms, /events ${best_p99[nginx:/events]} ms."
  echo
  echo "## The Spanish article beside the English one"
  echo
  echo "| Page (page cache) | req/s | p50 | p99 | Spanish ÷ English | target | |"
  echo "|---|---:|---:|---:|---:|---|---|"
  echo "| $article | ${best_rps[site:$article]} | ${best_p50[site:$article]} ms | ${best_p99[site:$article]} ms | | | |"
  echo "| $es_article | ${best_rps[site:$es_article]} | ${best_p50[site:$es_article]} ms | ${best_p99[site:$es_article]} ms | $es_ratio | ≥ 0.90 (as fast, within noise) | $(verdict "$es_ratio" '>=' 0.90) |"
  echo
  echo "## 10,000 generated articles"
  echo
  echo "The site alone on the machine, on a copy of content/ plus 10,000 articles from bench/generate-articles.sh."
  echo
  echo "| Measure | Figure | Target | |"
  echo "|---|---:|---|---|"
  echo "| Catalog load (the site's own log line) | $catalog_ms ms | ≤ 5000 ms | $(verdict "$catalog_ms" '<=' 5000) |"
  echo "| Process start to /readyz, new database | $ready_large ms | | |"
  echo "| One changed file served | $change_ms ms | ≤ 1000 ms | $(verdict "${change_ms%% *}" '<=' 1000) |"
  echo "| Search, one client: p50 | $search_p50 ms | ≤ 5 ms | $(verdict "$search_p50" '<=' 5) |"
  echo "| Search, one client: p99 | $search_p99 ms | ≤ 50 ms | $(verdict "$search_p99" '<=' 50) |"
  echo "| The same searches with no results kept (Search:CommonSearchMatches=0): p50, p99 | $unkept_p50 ms, $unkept_p99 ms | | |"
  echo "| Words matching fewer than 500 articles, always run: p50, p99 | $rare_p50 ms, $rare_p99 ms | | |"
  echo "| Search, one client: throughput | $search_rps1 req/s | | |"
  echo "| Search, 64 clients | $search_rps64 req/s (p50 $search_p50_64 ms, p99 $search_p99_64 ms) | | |"
  echo "| Resident memory after the search runs | $rss_large MB (anonymous $anon_large MB) | | |"
  if [[ $postgres == 1 ]]; then
    echo
    echo "## 10,000 generated articles on PostgreSQL"
    echo
    echo "One instance on a throwaway PostgreSQL $("$postgres_bin/postgres" --version | awk '{print $3}') cluster on the same machine (tests/postgres.sh: no fsync), the same content and the same wrk scripts."
    echo
    echo "| Measure | PostgreSQL | SQLite |"
    echo "|---|---:|---:|"
    echo "| Process start to the first search answered (migrated, seeded, 10,000 articles indexed) | $pg_indexed_ms ms | |"
    echo "| An article from the page cache | $pg_article_rps req/s (p99 $pg_article_p99 ms) | $sqlite_article_rps req/s |"
    echo "| Search, the common mix: p50, p99 | $pg_search_p50 ms, $pg_search_p99 ms | $search_p50 ms, $search_p99 ms |"
    echo "| The same with no results kept: p50, p99 | $pg_unkept_p50 ms, $pg_unkept_p99 ms | $unkept_p50 ms, $unkept_p99 ms |"
    echo "| Pairs of rare words, always run: p50, p99 | $pg_rare_p50 ms, $pg_rare_p99 ms | $rare_p50 ms, $rare_p99 ms |"
  fi
  echo
  echo "## Start-up, memory and weight (bundled content)"
  echo
  echo "| Measure | Figure | Target | |"
  echo "|---|---:|---|---|"
  echo "| Cold start, process start to the first 200 on an article, existing database ($cold_runs runs) | mean $cold_mean ms (min $cold_min, max $cold_max) | ≤ 1000 ms | $(verdict "$cold_mean" '<=' 1000) |"
  echo "| The same with a new database, migrated and seeded as it starts | mean $fresh_mean ms (min $fresh_min, max $fresh_max) | | |"
  echo "| For scale: an empty Razor Pages app (\`dotnet new razor\`), published and started the same way, to its first 200 | mean $floor_mean ms (min $floor_min, max $floor_max) | | |"
  echo "| Process start to /readyz, new database | $ready_bundled ms | | |"
  echo "| Resident memory after ${load_seconds} s of mixed load | $rss_bundled MB (anonymous $anon_bundled MB) | ≤ 200 MB | $(verdict "$rss_bundled" '<=' 200) |"
  echo "| Resident memory after cache-busting requests (\`?x=<random>\` on 5 pages; $busting_requests of 18,000 made in 30 s), a site of its own | $rss_busting MB (anonymous $anon_busting MB) | ≤ 250 MB | $(verdict "$rss_busting" '<=' 250) |"
  echo "| Article page weight, compressed | $weight_bytes bytes in $weight_requests requests | ≤ 100 KB in ≤ 10 | $( ((weight_bytes <= 102400 && weight_requests <= 10)) && echo met || echo '**not met**') |"
  echo "| JavaScript on the article | $weight_js bytes | ≤ 20 KB | $(verdict "$weight_js" '<=' 20480) |"
} >"$results"
say "wrote $results"
cat "$results"
