#!/usr/bin/env bash
# Scan benchmark (issue 5): 300 generated Thai sites of ~300 pages, each on its own loopback
# address, answering with ~50 ms latency; one `scan --parallel 150` with the default politeness
# delay (300 ms per host and per IP). Prints wall time against the bound
#   ceil(sites / parallel) x pages per site x (delay + latency)
# and peak RSS (/usr/bin/time -v).
#
#   bash bench/scan-bench.sh [--sites 300] [--pages 300] [--parallel 150] [--latency-ms 50] [--delay-ms 300] [--keep]
#
# Environment: SCAN_JAVA_OPTS  JVM options of the scan (default: -XX:TieredStopAtLevel=1 -Xmx1g)
# Exit: 0 the scan completed with every site CHECKED (targets met or not: see the verdict lines);
#       1 the scan failed or some site was not CHECKED; 2 set-up failure.
set -euo pipefail

SITES=300; PAGES=300; PARALLEL=150; LATENCY=50; DELAY=300; KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sites) SITES="$2"; shift 2 ;;
    --pages) PAGES="$2"; shift 2 ;;
    --parallel) PARALLEL="$2"; shift 2 ;;
    --latency-ms) LATENCY="$2"; shift 2 ;;
    --delay-ms) DELAY="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "scan-bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
SCAN_JAVA_OPTS="${SCAN_JAVA_OPTS--XX:TieredStopAtLevel=1 -Xmx1g}"
PORT=8080

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="$ROOT/target/oit-crawler.jar"
for tool in java python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "scan-bench: $tool is missing" >&2; exit 2; }
done
if [[ ! -f "$JAR" ]]; then
  echo "== building $JAR"
  (cd "$ROOT" && mvn -B -q package -DskipTests) || { echo "scan-bench: build failed" >&2; exit 2; }
fi

WORK="$(mktemp -d /tmp/scan-bench.XXXXXX)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "$KEEP" == 1 ]]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "== generating one $PAGES-page site (served as $SITES sites)"
python3 "$HERE/gen-site.py" "$WORK/site" --pages "$PAGES" > /dev/null
python3 "$HERE/scan-server.py" "$WORK/site" --sites "$SITES" --port "$PORT" --latency-ms "$LATENCY" \
  > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do grep -q '^ready' "$WORK/server.log" 2>/dev/null && break; sleep 0.1; done
grep -q '^ready' "$WORK/server.log" || { echo "scan-bench: server did not start"; cat "$WORK/server.log"; exit 2; }

python3 - "$SITES" "$PORT" > "$WORK/sites.csv" <<'PY'
import ipaddress, sys
n, port = int(sys.argv[1]), sys.argv[2]
print("id,name,province,homepage")
a, i = ipaddress.IPv4Address("127.1.0.1"), 0
while i < n:
    if str(a).split(".")[-1] not in ("0", "255"):
        i += 1
        print(f"b{i:04d},เทศบาลตำบลทดสอบ {i},จังหวัดที่ {i % 77 + 1},http://{a}:{port}/")
    a += 1
PY

echo "== scan: $SITES sites, --parallel $PARALLEL, --delay-ms $DELAY, latency $LATENCY ms, JVM: $SCAN_JAVA_OPTS"
set +e
# shellcheck disable=SC2086
/usr/bin/time -v -o "$WORK/time.txt" java $SCAN_JAVA_OPTS -jar "$JAR" scan --sites "$WORK/sites.csv" \
  --checklist ita-2568 --as-of 2025-06-30 --out "$WORK/out" --parallel "$PARALLEL" --delay-ms "$DELAY" \
  --max-pages 1000 --progress-seconds 15 > "$WORK/scan.out" 2> "$WORK/scan.err"
RC=$?
set -e
tail -n 4 "$WORK/scan.err"; cat "$WORK/scan.out"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
REQUESTS=$(sed -n 's/^requests //p' "$WORK/server.log")

WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$WORK/time.txt")
DB="$WORK/out/scan.db"
CHECKED=$(sqlite3 "$DB" "SELECT COUNT(*) FROM run_sites WHERE status = 'CHECKED'" 2>/dev/null || echo 0)
PAGES_AVG=$(sqlite3 "$DB" "SELECT ROUND(AVG(pages), 1) FROM run_sites" 2>/dev/null || echo 0)
SITE_S=$(sqlite3 "$DB" "SELECT ROUND(AVG(seconds), 1) || ' (' || ROUND(MIN(seconds), 1) || '–' || ROUND(MAX(seconds), 1) || ')' FROM run_sites" 2>/dev/null || echo "?")
python3 - "$([[ "$RC" == 0 && "$CHECKED" == "$SITES" ]] && echo ok || echo failed)" "$SITES" "$PARALLEL" "$PAGES" "$PAGES_AVG" "$DELAY" "$LATENCY" "$WALL" "$RSS_KB" "$CPU" "$CHECKED" "$REQUESTS" "$SITE_S" <<'PY'
import math, sys
ok, sites, par, pages, pages_avg, delay, lat, wall, rss, cpu, checked, req, site_s = sys.argv[1:]
ok = ok == "ok"
sites, par, pages, delay, lat, wall, rss = int(sites), int(par), int(pages), int(delay), int(lat), float(wall), int(rss)
bound = math.ceil(sites / par) * pages * (delay + lat) / 1000
print(f"sites CHECKED          {checked}/{sites}")
print(f"pages per site         {pages} generated, {pages_avg} crawled (mean); requests served: {req}")
print(f"seconds per site       {site_s}  (mean (min–max), crawl + judge)")
print(f"bound                  ceil({sites}/{par}) x {pages} x ({delay}+{lat}) ms = {bound:.1f} s")
print(f"wall                   {wall:.1f} s = {wall / bound:.2f} x bound   (target <= 1.2)  {('MET' if wall <= 1.2 * bound else 'MISSED') if ok else 'not comparable: the scan did not check every site'}")
print(f"peak RSS               {rss / 1024:.0f} MB   (target < 1536 MB)  {'MET' if rss < 1536 * 1024 else 'MISSED'}")
print(f"CPU                    {float(cpu):.0f} s (user+sys of the scan JVM)")
PY
[[ "$RC" == 0 && "$CHECKED" == "$SITES" ]] || { echo "scan-bench: scan exit $RC, $CHECKED/$SITES sites CHECKED"; exit 1; }
