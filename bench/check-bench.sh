#!/usr/bin/env bash
# `check` benchmark: the full check (crawl, matching, freshness, liveness of documents, report
# files) on the generated 5,000-page site, as a user runs it (bin/oit-crawler).
#
#   bash bench/check-bench.sh [--pages N] [--runs N]
#
# Prints wall time, peak RSS and the crawl's own seconds per run. Exit 2 on set-up failure.
set -euo pipefail
PAGES=5000
RUNS=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pages) PAGES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "check-bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="$ROOT/target/oit-crawler.jar"
for tool in java python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "check-bench: $tool is missing" >&2; exit 2; }
done
[[ -f "$JAR" ]] || (cd "$ROOT" && mvn -B -q package -DskipTests) || { echo "check-bench: build failed" >&2; exit 2; }

WORK="$(mktemp -d /tmp/check-bench.XXXXXX)"
SERVER_PID=""
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
python3 "$HERE/gen-site.py" "$WORK/site" --pages "$PAGES" > /dev/null || exit 2
java -Dsun.net.httpserver.nodelay=true -jar "$JAR" fixture-server "$WORK/site" --seconds 7200 \
  > "$WORK/server.out" 2> "$WORK/server.err" &
SERVER_PID=$!
URL=""
for _ in $(seq 1 300); do
  URL="$(head -1 "$WORK/server.out" 2>/dev/null || true)"
  [[ -n "$URL" ]] && break
  sleep 0.1
done
[[ "$URL" == http://127.0.0.1:* ]] || { echo "check-bench: server did not start" >&2; exit 2; }
echo "== $(nproc) cores; $PAGES generated pages at $URL; checklist ita-2568"
for r in $(seq 1 "$RUNS"); do
  rc=0
  /usr/bin/time -v -o "$WORK/time-$r.txt" "$ROOT/bin/oit-crawler" check "$URL" --checklist ita-2568 \
    --as-of 2025-06-30 --delay-ms 0 --max-depth 20 --ignore-robots --out "$WORK/out-$r" \
    > "$WORK/stdout-$r.txt" 2> "$WORK/stderr-$r.txt" || rc=$?
  wall="$(grep -E 'Elapsed' "$WORK/time-$r.txt" | sed 's/.*: //')"
  rss="$(awk '/Maximum resident/ {printf "%d", $6/1024}' "$WORK/time-$r.txt")"
  crawl="$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['crawl']['pages'], 'pages,', r['crawl']['seconds'], 's crawling')" "$WORK/out-$r/report.json" 2>/dev/null || echo "no report.json")"
  echo "   run $r: exit $rc (1 = some items fail, expected on a generated site), wall $wall, peak RSS ${rss} MB, $crawl"
done
