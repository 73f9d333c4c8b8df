#!/bin/sh
# Times export and import of a large store (default 5,000 bots / 15,000 URLs) and prints the figures.
# Usage: bench/transfer.sh [BOTS] [URLS_PER_BOT]     (HEAP=512m by default: the peak heap is measured within it)
set -eu
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx"${HEAP:-512m}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    io.signalbox.bench.TransferBench "$@"
