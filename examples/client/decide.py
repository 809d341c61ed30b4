#!/usr/bin/env python3
"""Decide a request with the senrules decision service, using Python's standard library only.

    python3 decide.py [REQUEST.json]

SEN_URL is the service (default http://127.0.0.1:8080); SEN_API_TOKEN, when set, is sent as the
bearer token. Prints the outcome and each reason with its source; exits 2 on an invalid request.
"""
import json
import os
import sys
import urllib.error
import urllib.request

url = os.environ.get("SEN_URL", "http://127.0.0.1:8080").rstrip("/")
default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "sspp-top-up", "eligible-mainstream.json")
with open(sys.argv[1] if len(sys.argv) > 1 else default, "rb") as f:
    body = f.read()

headers = {"Content-Type": "application/json", "Accept": "application/json"}
if os.environ.get("SEN_API_TOKEN"):
    headers["Authorization"] = "Bearer " + os.environ["SEN_API_TOKEN"]
request = urllib.request.Request(url + "/v1/decisions", data=body, headers=headers, method="POST")
try:
    with urllib.request.urlopen(request, timeout=60) as response:
        decision = json.load(response)
except urllib.error.HTTPError as e:
    error = json.load(e)
    for v in error.get("violations", []):
        print("invalid: %s: %s" % (v["path"], v["message"]))
    sys.exit(2 if e.code in (400, 422) else 1)

decisions = decision.get("decisions", [decision])
for d in decisions:
    print("case %s (%s %s, policy %s)" % (d["caseId"], d["ruleSet"], d["ruleSetVersion"], d["policy"]))
    for name, value in d["outcome"].items():
        print("  %s: %s" % (name, json.dumps(value)))
    for r in d["reasons"]:
        print("  - %s [%s]" % (r["text"], r["source"]))
