#!/usr/bin/env bash
# Publishing a 1,000-lesson course through the running platform, and how long a second instance takes to serve it.
#
#   src/bench/tools.sh benchmark-authoring /tmp/bench            # writes /tmp/bench/thousand-lessons.zip
#   src/bench/authoring-publish.sh /tmp/bench/thousand-lessons.zip [http://localhost:8080] [second instance URL]
#
# Signs in as the demo admin (password grant of the demo realm's mhfa-cli client), starts a new course, imports the ZIP
# as its draft and publishes it five times (each time after changing one lesson), timing each publish request. With a
# second instance's URL (another platform on the same database, e.g. started with -Dquarkus.http.port=8081), it also
# times, after each publish, how long until that instance serves the new lesson title.
set -euo pipefail
zip=${1:?usage: authoring-publish.sh <course zip> [base url] [second instance url]}
base=${2:-http://localhost:8080}
second=${3:-}
realm=${REALM_URL:-http://localhost:8180/realms/mhfa}
token=$(curl -sf -d grant_type=password -d client_id=mhfa-cli -d username=admin -d password=admin \
  "$realm/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
course="bench-$(date +%s)"
auth=(-H "Authorization: Bearer $token")
curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d "{\"id\":\"$course\",\"title\":\"Publishing benchmark\"}" \
  "$base/api/authoring/courses" >/dev/null
curl -sf "${auth[@]}" -H 'Content-Type: application/zip' --data-binary "@$zip" "$base/api/authoring/courses/$course/draft/archive" >/dev/null
lesson=$(unzip -Z1 "$zip" | grep -E '^[^/]+/01-module/0001-' | head -n 1 | cut -d/ -f2-)
for i in 1 2 3 4 5; do
  text="---\ntitle: Edited $i\nminutes: 5\n---\nEdit $i.\n"
  revision=$(curl -sf "${auth[@]}" "$base/api/authoring/courses/$course/draft/files/$lesson" | sed -E 's/.*"revision":([0-9]+).*/\1/')
  curl -sf "${auth[@]}" -X PUT -H 'Content-Type: application/json' -d "{\"text\":\"$text\",\"baseRevision\":$revision}" \
    "$base/api/authoring/courses/$course/draft/files/$lesson" >/dev/null
  published_at=$(date +%s%N)
  took=$(curl -sf -o /dev/null -w '%{time_total}' "${auth[@]}" -H 'Content-Type: application/json' -d "{\"message\":\"Edit $i\"}" \
    "$base/api/authoring/courses/$course/versions")
  line="publish $i of a 1,000-lesson course: ${took} s"
  if [[ -n "$second" ]]; then
    until curl -sf "$second/api/courses/$course" | grep -q "Edited $i"; do sleep 0.05; done
    line="$line; served by the second instance after $(( ($(date +%s%N) - published_at) / 1000000 )) ms"
  fi
  echo "$line"
done
