#!/usr/bin/env bash
# Builds the image (make image), runs it on loopback with buildah, waits for /ready, posts the seed
# article to /quotes, checks the answer, and stops the container. Prints the image size and time to ready.
set -euo pipefail
cd "$(dirname "$0")/.."
image=${IMAGE:-guillemet:dev}
port=${SMOKE_PORT:-18080}
shared=${GUILLEMET_SHARED:-../shared}

size=$(buildah images --format '{{.Size}}' "$image" 2>/dev/null | head -1)
started=$(date +%s)
pgid=$("$shared/tools/run-image.sh" "$image" --env PORT="$port")
cleanup() {
  kill -- -"$pgid" 2>/dev/null || true
  buildah containers -q --filter ancestor="$image" | xargs -r buildah rm >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  if curl -fsS "localhost:$port/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "localhost:$port/ready" >/dev/null
ready=$(( $(date +%s) - started ))
python3 - "$port" <<'PY'
import json, sys, urllib.request
text = json.load(open("tests/fixtures/seed.json"))["text"]
request = urllib.request.Request(f"http://localhost:{sys.argv[1]}/quotes", json.dumps({"text": text}).encode(),
                                 {"Content-Type": "application/json"})
body = json.load(urllib.request.urlopen(request, timeout=120))
speakers = {q["speaker"]["name"] for q in body["quotes"] if q["speaker"]}
assert len(body["quotes"]) >= 7 and "John Kirby" in speakers, body
for q in body["quotes"]:
    assert text[q["start"]:q["end"]] == q["text"]
print(f"smoke: {len(body['quotes'])} quotes, speakers {sorted(speakers)}")
PY
echo "image $image: ${size:-unknown}; ready in ${ready}s"
