#!/usr/bin/env bash
# Runs one of the developers' tools in src/tools/java, which never ship in the runtime jar:
#
#   src/bench/tools.sh generate-content /tmp/big              # a large valid content tree
#   src/bench/tools.sh benchmark-content /tmp/big             # time a full load and the pick-up of a one-file change
#   src/bench/tools.sh benchmark-authoring /tmp/bench        # the editor's preview and publishing's check; writes a 1,000-lesson ZIP
#   src/bench/tools.sh generate-scale-data --jdbc-url jdbc:postgresql://127.0.0.1:5432/mhfa_bench --trainees 1000000
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/tools-classpath.txt >&2
exec java -cp "target/test-classes:target/classes:$(cat target/tools-classpath.txt)" org.mhfa.tooling.Tools "$@"
