#!/usr/bin/env bash
# Load test with wrk on loopback (issue 10): the public job search, a posting detail page and a logged-in seeker's
# pages at 200 connections. Starts the Release build on a fresh SQLite file with the demo data set, or on PostgreSQL
# when a connection string is given (the database is created and filled with demo data if empty).
#
#   bash bench/load.sh                                   # SQLite
#   bash bench/load.sh "Host=127.0.0.1;Port=55432;Database=iljari_load;Username=iljari;Password=iljari;Maximum Pool Size=16"
#   DURATION=20s CONNECTIONS=200 THREADS=2 PORT=5080 bash bench/load.sh
#   BADGE_SECONDS=0 bash bench/load.sh                 # count unread notifications on every signed-in page view
#
# Prints one RESULT line per target (p50/p95/p99, errors = non-2xx + socket errors). Target: p95 <= 100 ms, 0 errors.
# Anonymous public pages come from the output cache (Caching/PublicPageCache); the search and detail are therefore
# also run with many different URLs (bench/load/search-mix.lua) and with a new URL per request (no cache at all).
set -euo pipefail
cd "$(dirname "$0")/.."
POSTGRES=${1:-}
DURATION=${DURATION:-20s}; WARMUP=${WARMUP:-20s}; CONNECTIONS=${CONNECTIONS:-200}; THREADS=${THREADS:-2}; PORT=${PORT:-5080}
WORK=${WORK:-/tmp/iljari-load}; BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
mkdir -p "$WORK"
if ! out=$(dotnet build src/Iljari.Web -c Release -nologo -v q 2>&1); then echo "$out" | tail -20; exit 1; fi

export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Iljari__DemoMode=true Iljari__KeysPath="$WORK/keys"
export Logging__LogLevel__Default=Warning Iljari__Notifications__BadgeSeconds=${BADGE_SECONDS:-10}
if [ -n "$POSTGRES" ]; then
  export ConnectionStrings__Sqlite="" ConnectionStrings__Postgres="$POSTGRES"; DB=PostgreSQL
else
  rm -f "$WORK"/load.db*; export ConnectionStrings__Sqlite="Data Source=$WORK/load.db"; DB=SQLite
fi
(cd src/Iljari.Web && exec dotnet bin/Release/net10.0/Iljari.Web.dll) >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for i in $(seq 1 300); do curl -fs "$BASE/health/ready" >/dev/null && break; sleep 1; done
curl -fs "$BASE/health/ready" >/dev/null || { echo "app did not start"; cat "$WORK/app.log"; exit 1; }

# A seeker's auth cookie: log in once with the antiforgery token, then hand the cookie to wrk as a header.
JAR="$WORK/cookies.txt"
login() {
  rm -f "$JAR"
  local token
  token=$(curl -fs -c "$JAR" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "Email=seeker@demo.iljari.kr" --data-urlencode "Password=Iljari2026!" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  COOKIE=$(awk '!/^#/ || /^#HttpOnly_/ {sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7}' "$JAR")
  local page   # read whole before matching: grep -q stops early, curl then fails on the closed pipe (pipefail)
  page=$(curl -fs -H "Cookie: $COOKIE" "$BASE/Seeker/Recommendations") && [[ $page == *"추천 일자리"* ]]
}
# A fresh PostgreSQL database is still being filled with demo data for a while after the site answers.
ok=; for i in $(seq 1 60); do if login; then ok=1; break; fi; sleep 2; done
[ -n "$ok" ] || { echo "seeker login failed"; exit 1; }

QUERY="/Jobs?q=%EC%82%AC%EB%AC%B4"   # /Jobs?q=사무
POSTING=$(curl -fs "$BASE/Jobs" | grep -o 'href="/Jobs/Detail/[0-9]*"' | head -1 | sed 's/href="//;s/"//')

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg); database: $DB"
run() { # name, script, path, extra wrk args... (env such as BUST=1 or MODE=bust passes through to the script)
  local name=$1 script=$2 path=$3; shift 3
  # Warm-up at full concurrency: tiered JIT, connection pools and caches settle (5 s was not enough: the first
  # 10 s after start ran at a third of the steady rate).
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$@" "$BASE$path" >/dev/null 2>&1
  printf '%-44s %-28s ' "$name" "$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -s "$script" "$@" "$BASE$path" | grep '^RESULT'
}
R=bench/load/report.lua
run "public search (one URL)" $R "$QUERY"
MODE=mix run "public search (720 different searches)" bench/load/search-mix.lua "/Jobs"
MODE=bust run "public search (every URL new: no cache)" bench/load/search-mix.lua "/Jobs"
run "posting detail (one URL)" $R "$POSTING"
BUST=1 run "posting detail (every URL new: no cache)" $R "$POSTING"
run "seeker home (logged in)" $R "/" -H "Cookie: $COOKIE"
run "seeker recommendations (logged in)" $R "/Seeker/Recommendations" -H "Cookie: $COOKIE"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
