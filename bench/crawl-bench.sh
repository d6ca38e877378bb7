#!/usr/bin/env bash
# Crawl benchmark: oit-crawler against `wget --spider -r` on the same generated 5,000-page Thai site,
# served by our fixture server on 127.0.0.1, in the same run.
#
#   bash bench/crawl-bench.sh [--runs N] [--pages N] [--keep]
#
# Environment:
#   SERVER_JAVA_OPTS  JVM options of the fixture server (default: -Dsun.net.httpserver.nodelay=true;
#                     set it to "" to see the JDK HttpServer's Nagle / delayed-ACK stalls, ~45 ms a request)
#   CRAWL_JAVA_OPTS   JVM options of our crawler (default: bin/oit-crawler's, i.e. what a user runs;
#                     set it to "" to time a plain `java -jar`)
#   THREADS           thread settings to time, "default" = no --threads (default: "default 2 8")
#
# Exit: 0 all pages at their exact depth (targets met or not: see the verdict lines);
#       1 a page missing, not 200, or at a wrong depth, or a non-loopback address / DNS contacted;
#       2 set-up failure (build, generator, server, missing tools).
set -euo pipefail

RUNS=3
PAGES=5000
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --pages) PAGES="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "crawl-bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--Dsun.net.httpserver.nodelay=true}"
CRAWL_JAVA_OPTS="${CRAWL_JAVA_OPTS--XX:TieredStopAtLevel=1 -Xmx384m}"
THREADS="${THREADS:-default 2 8}"

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="$ROOT/target/oit-crawler.jar"

for tool in java python3 wget /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "crawl-bench: $tool is missing" >&2; exit 2; }
done
if [[ ! -f "$JAR" ]]; then
  echo "== building $JAR"
  (cd "$ROOT" && mvn -B -q package -DskipTests) || { echo "crawl-bench: build failed" >&2; exit 2; }
fi

WORK="$(mktemp -d /tmp/crawl-bench.XXXXXX)"
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

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(wget --version | head -1)"
echo "== generating $PAGES pages into $WORK/site"
python3 "$HERE/gen-site.py" "$WORK/site" --pages "$PAGES" > "$WORK/site-stats.json" || exit 2
cat "$WORK/site-stats.json"

echo "== starting the fixture server (JVM options: ${SERVER_JAVA_OPTS:-none})"
# shellcheck disable=SC2086
java $SERVER_JAVA_OPTS -jar "$JAR" fixture-server "$WORK/site" --seconds 7200 \
  > "$WORK/server.out" 2> "$WORK/server.err" &
SERVER_PID=$!
URL=""
for _ in $(seq 1 300); do
  URL="$(head -1 "$WORK/server.out" 2>/dev/null || true)"
  [[ -n "$URL" ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 2; }
  sleep 0.1
done
[[ "$URL" == http://127.0.0.1:* ]] || { echo "crawl-bench: server did not start ($URL)" >&2; exit 2; }
echo "   homepage $URL (server pid $SERVER_PID)"

# -- 1. untimed warm-up under strace: only loopback contacted? (also warms the server's JIT) --
LOOPBACK_NOTE="skipped (strace missing or not permitted)"
if command -v strace >/dev/null && strace -f -o /dev/null true 2>/dev/null; then
  echo "== warm-up runs under strace (connect/sendto/sendmsg), not timed"
  mkdir -p "$WORK/warm-wget"
  (cd "$WORK/warm-wget" && strace -f -qq -e trace=connect,sendto,sendmsg -o "$WORK/strace-wget.txt" \
     wget --spider -r -l 20 -e robots=off -nd -nv -o "$WORK/wget-warm.log" "$URL") || true
  # shellcheck disable=SC2086
  strace -f -qq -e trace=connect,sendto,sendmsg -o "$WORK/strace-oit.txt" \
    java $CRAWL_JAVA_OPTS -jar "$JAR" crawl "$URL" --out "$WORK/warm-oit" --delay-ms 0 --max-depth 20 \
    --ignore-robots > "$WORK/warm-oit.out" 2>&1 || true
  LOOPBACK_NOTE="checked"
else
  echo "== warm-up runs (strace unavailable: loopback check skipped)"
  (cd "$WORK" && wget --spider -r -l 20 -e robots=off -nd -nv -o "$WORK/wget-warm.log" "$URL") || true
fi

# -- 2. timed runs, interleaved so that drift hits every configuration alike --
timed() { # name, then the command
  local name="$1"; shift
  local rc=0
  /usr/bin/time -v -o "$WORK/time-$name.txt" "$@" > "$WORK/out-$name.txt" 2> "$WORK/err-$name.txt" || rc=$?
  echo "$rc" > "$WORK/rc-$name.txt"
  printf '   %-16s rc=%s  %s\n' "$name" "$rc" \
    "$(grep -E 'Elapsed' "$WORK/time-$name.txt" | sed 's/.*: //')"
}
for r in $(seq 1 "$RUNS"); do
  echo "== round $r of $RUNS"
  mkdir -p "$WORK/wget-$r"
  (cd "$WORK/wget-$r" && timed "wget-$r" wget --spider -r -l 20 -e robots=off -nd -q "$URL")
  for t in $THREADS; do
    targ=(); [[ "$t" != default ]] && targ=(--threads "$t")
    # shellcheck disable=SC2086
    timed "oit-t$t-$r" java $CRAWL_JAVA_OPTS -jar "$JAR" crawl "$URL" --out "$WORK/oit-t$t-$r" \
      --delay-ms 0 --max-depth 20 --ignore-robots "${targ[@]}"
  done
done

# -- 3. verify depths, parse timings, print the table and the verdict --
WORK="$WORK" RUNS="$RUNS" THREADS="$THREADS" PAGES="$PAGES" LOOPBACK_NOTE="$LOOPBACK_NOTE" python3 - <<'PY'
import json, os, re, statistics, sys
from urllib.parse import urlsplit

work = os.environ["WORK"]; runs = int(os.environ["RUNS"]); threads = os.environ["THREADS"].split()
expected = json.load(open(f"{work}/site/expected-depths.json", encoding="utf-8"))
depth_fail = False
fail = False

def timing(name):
    t = open(f"{work}/time-{name}.txt").read()
    wall = t.split("Elapsed (wall clock) time (h:mm:ss or m:ss): ")[1].split()[0].split(":")
    secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1)) + \
          float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
    return secs, rss, cpu

def check(graph_path):
    """(page mismatches, document mismatches, first examples, in-process crawl seconds)"""
    g = json.load(open(graph_path, encoding="utf-8"))
    nodes = {}
    for n in g["nodes"]:
        u = urlsplit(n["url"])
        if u.hostname in ("127.0.0.1", "localhost"):
            nodes[u.path + ("?" + u.query if u.query else "")] = n
    bad = []
    for path, d in expected["pages"].items():
        n = nodes.get(path)
        if n is None or n.get("status") != 200 or n.get("depth") != d or n.get("kind") != "page":
            bad.append((path, d, n and n.get("depth"), n and n.get("status")))
    bad_docs = [(p, d, nodes.get(p, {}).get("depth")) for p, d in expected["documents"].items()
                if nodes.get(p, {}).get("depth") != d]
    extra = [p for p, n in nodes.items() if n.get("kind") == "page" and p not in expected["pages"]]
    return bad, bad_docs, extra, g["crawl"].get("seconds")

print()
print("== depth check (every generated page: status 200, kind page, exact BFS depth)")
rows = []
names = [("wget", None)] + [("oit-crawler", t) for t in threads]
for tool, t in names:
    walls, rsss, cpus, crawl_s = [], [], [], []
    for r in range(1, runs + 1):
        name = f"wget-{r}" if tool == "wget" else f"oit-t{t}-{r}"
        w, m, c = timing(name)
        walls.append(w); rsss.append(m); cpus.append(c)
        rc = open(f"{work}/rc-{name}.txt").read().strip()
        if tool != "wget":
            gp = f"{work}/{name}/graph.json"
            if not os.path.exists(gp):
                err = open(f"{work}/err-{name}.txt", errors="replace").read().strip().splitlines()[-4:]
                print(f"   {name}: no graph.json (exit {rc}); stderr tail: {err}"); depth_fail = True; continue
            bad, bad_docs, extra, cs = check(gp)
            crawl_s.append(cs)
            print(f"   {name}: exit {rc}, page mismatches {len(bad)}, document depth mismatches "
                  f"{len(bad_docs)}, unexpected pages {len(extra)}"
                  + (f"  e.g. {bad[:3]}" if bad else "") + (f"  docs e.g. {bad_docs[:3]}" if bad_docs else ""))
            if bad or bad_docs or rc != "0":
                depth_fail = True
        elif rc not in ("0",):
            print(f"   {name}: wget exit {rc} (8 = some answer was an error; see the warm-up log)")
    rows.append((tool, t, walls, rsss, cpus, crawl_s))

# what wget saw (warm-up log, -nv): distinct URLs answered 200
log = f"{work}/wget-warm.log"
if os.path.exists(log):
    text = open(log, encoding="utf-8", errors="replace").read()
    seen = set(re.findall(r"URL: ?(\S+) (?:\[\d+|200 OK)", text))
    print(f"   wget warm-up: {len(seen)} distinct URLs answered 200 "
          f"(expected {len(expected['pages'])} pages + {len(expected['documents'])} PDFs + 1 CSS)")

wget_med = statistics.median(rows[0][2])
print()
print(f"== results: {os.environ['PAGES']} pages, {runs} runs each, median (min–max); RSS = peak RSS of the process")
hdr = ["tool", "threads", "wall s", "pages/s", "peak RSS MB (median, max)", "CPU s", "crawl s (graph.json)", "× wget wall"]
table = []
for tool, t, walls, rsss, cpus, crawl_s in rows:
    med = statistics.median(walls)
    table.append([
        tool, "-" if t is None else ("4 (default)" if t == "default" else t),
        f"{med:.2f} ({min(walls):.2f}–{max(walls):.2f})",
        f"{len(expected['pages']) / med:.0f}",
        f"{statistics.median(rsss):.0f} ({max(rsss):.0f})",
        f"{statistics.median(cpus):.1f}",
        f"{statistics.median(crawl_s):.2f}" if crawl_s else "-",
        f"{med / wget_med:.2f}",
    ])
widths = [max(len(str(x[i])) for x in table + [hdr]) for i in range(len(hdr))]
print("| " + " | ".join(h.ljust(w) for h, w in zip(hdr, widths)) + " |")
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for row in table:
    print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |")

# loopback check
print()
note = os.environ["LOOPBACK_NOTE"]
if note == "checked":
    for who in ("wget", "oit"):
        txt = open(f"{work}/strace-{who}.txt", errors="replace").read()
        addrs = set(re.findall(r'inet_addr\("([^"]+)"\)', txt)) | set(re.findall(r'inet_pton\(AF_INET6?, "([^"]+)"', txt))
        ports53 = re.findall(r"htons\(53\)", txt)
        bad = sorted(a for a in addrs if not (a.startswith("127.") or a in ("::1", "::") or a.startswith("::ffff:127.")))
        print(f"== loopback check ({who}): addresses contacted {sorted(addrs)}; DNS (port 53) contacts {len(ports53)}"
              + ("  -> OK, loopback only" if not bad and not ports53 else f"  -> NOT loopback only: {bad}"))
        if bad or ports53:
            fail = True
else:
    print(f"== loopback check: {note}")

print()
best = {t: statistics.median(w) for tool, t, w, *_ in rows if tool != "wget"}
rss_max = max(max(r[3]) for r in rows if r[0] != "wget")
print("== verdict against the acceptance targets")
print(f"   exact BFS depth for every page in every run : {'MET' if not depth_fail else 'MISSED'}")
for t, m in best.items():
    print(f"   wall ≤ 2× wget (threads {t:>7}) : {m:.2f} s vs {2 * wget_med:.2f} s -> {'MET' if m <= 2 * wget_med else 'MISSED'}")
print(f"   peak RSS < 512 MB (worst run)       : {rss_max:.0f} MB -> {'MET' if rss_max < 512 else 'MISSED'}")
sys.exit(1 if fail or depth_fail else 0)
PY
