#!/usr/bin/env bash
# Decide a request with the senrules decision service, using curl only.
#   ./decide.sh [REQUEST.json] [--explain]
# SEN_URL is the service (default http://127.0.0.1:8080); SEN_API_TOKEN, when set, is sent as
# the bearer token. Prints the decision JSON (or, with --explain, the decision in plain English)
# and exits 0; on an invalid request prints the invalid-request JSON and exits 2.
set -euo pipefail

url="${SEN_URL:-http://127.0.0.1:8080}"
request="${1:-$(dirname "$0")/../data/sspp-top-up/eligible-mainstream.json}"
accept="application/json"
if [[ "${2:-}" == --explain ]]; then
  accept="text/plain"
fi
auth=()
if [[ -n "${SEN_API_TOKEN:-}" ]]; then
  auth=(-H "Authorization: Bearer $SEN_API_TOKEN")
fi

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
status="$(curl -sS -o "$body" -w '%{http_code}' "${auth[@]}" \
  -H 'Content-Type: application/json' -H "Accept: $accept" \
  --data-binary "@$request" "$url/v1/decisions")"
cat "$body"
echo
case "$status" in
  200) exit 0 ;;
  400|422) exit 2 ;;
  *) echo "decide.sh: the service answered $status" >&2; exit 1 ;;
esac
