#!/usr/bin/env bash
# Times `verify` on 200 rows across 10 loopback copies of the demo municipality (20 rows each).
# Usage: bash bench/verify-bench.sh [parallel-sites]   (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
exec java -XX:TieredStopAtLevel=1 -Xmx384m -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
    th.oitcrawler.audit.VerifyBench "${1:-2}"
