#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large, valid workspace file for start-up benchmarks (issue 5 "Must show").

    tools/gen-workspace.py [--webhooks N] [--campaigns C] [--buyers B] OUT.json

The webhooks are spread over the company defaults, the campaigns, some unlocked numbers and the
buyers, with every trigger, JSON and form bodies, headers and matches, so that building the tree,
rendering the preview and linting see the kind of content a real workspace has.
"""
import argparse
import json
import sys

TRIGGERS = ["data_appending", "start", "pass_through", "selected", "answered", "timer", "postback",
            "connect", "conversion", "non_conversion", "always"]


def webhook(serial, trigger, buyer_ids):
    kind = serial % 3
    hook = {
        "id": "wh-%012x" % serial,
        "name": "Webhook %d (%s)" % (serial, trigger.replace("_", " ")),
        "trigger": trigger,
        "timer_seconds": 60 if trigger == "timer" else 0,
        "method": "GET" if kind == 0 else "POST",
        "url": "https://hooks.example.test/%d/%s?phone=[caller_number|e164]&call=[call_uuid]"
               "&payout=[payout|default:0]" % (serial, trigger),
        "headers": [],
        "body_kind": "none",
        "body": "",
        "matches": [],
        "timeout_ms": 5000,
        "enabled": serial % 17 != 0,
        "notes": "",
        "buyer": None,
    }
    if kind == 1:
        hook["headers"] = [{"name": "Content-Type", "value": "application/json"},
                           {"name": "X-Call", "value": "[call_uuid]"}]
        hook["body_kind"] = "json"
        hook["body"] = json.dumps({"phone": "[caller_number]", "zip": "[caller_zip]",
                                   "source": "[source_id]", "serial": serial}).replace(
            '"serial": %d' % serial, '"revenue": [payout|default:0]')
    elif kind == 2:
        hook["headers"] = [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}]
        hook["body_kind"] = "form"
        hook["body"] = "phone=[caller_number]&zip=[caller_zip]&geo=[geo]"
    if trigger == "conversion":
        hook["matches"] = ["source_id:pub-%d" % (serial % 5)]
    elif serial % 4 == 0:
        hook["matches"] = ["geo:us-ca", "geo:us-ny"]
    if trigger in ("selected", "answered") and buyer_ids and serial % 2 == 0:
        hook["matches"] = hook["matches"] + ["handler_id:%s" % buyer_ids[serial % len(buyer_ids)]]
    return hook


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--webhooks", type=int, default=500)
    parser.add_argument("--campaigns", type=int, default=40)
    parser.add_argument("--buyers", type=int, default=20)
    parser.add_argument("out")
    args = parser.parse_args()
    if args.webhooks < 1 or args.campaigns < 1 or args.buyers < 0:
        parser.error("--webhooks and --campaigns must be at least 1, --buyers at least 0")

    buyer_ids = ["buyer-%d" % b for b in range(args.buyers)]
    serial = 0

    def next_hook():
        nonlocal serial
        hook = webhook(serial, TRIGGERS[serial % len(TRIGGERS)], buyer_ids)
        serial += 1
        return hook

    # A tenth of the webhooks go to buyers, a few to company defaults, the rest to campaigns and
    # (every fifth campaign) an unlocked number of theirs.
    buyer_hooks = args.webhooks // 10 if args.buyers else 0
    default_hooks = min(5, args.webhooks - buyer_hooks)
    campaign_hooks = args.webhooks - buyer_hooks - default_hooks

    company = {"name": "Benchmark Calls Inc.", "default_webhooks": [next_hook() for _ in range(default_hooks)],
               "tracking_domains": {"cake": "track.example.test"}}
    campaigns = []
    for c in range(args.campaigns):
        share = campaign_hooks // args.campaigns + (1 if c < campaign_hooks % args.campaigns else 0)
        numbers = [{"number": "+1800%07d" % (c * 10 + n), "name": "Line %d" % n, "webhooks_unlocked": False,
                    "webhooks": []} for n in range(3)]
        own = share
        if c % 5 == 0 and share >= 2:
            numbers[0]["webhooks_unlocked"] = True
            numbers[0]["webhooks"] = [next_hook() for _ in range(share // 2)]
            own = share - share // 2
        campaigns.append({
            "id": "campaign-%d" % c,
            "name": "Campaign %d" % c,
            "webhooks": [next_hook() for _ in range(own)],
            "conversion": {"min_duration": 60, "required_tags": []},
            "buyer_ids": buyer_ids[c % max(1, len(buyer_ids)):][:3],
            "numbers": numbers,
        })
    buyers = []
    for b, buyer_id in enumerate(buyer_ids):
        share = buyer_hooks // len(buyer_ids) + (1 if b < buyer_hooks % len(buyer_ids) else 0)
        buyers.append({"id": buyer_id, "name": "Buyer %d" % b, "tags": {"vertical": ["solar"]},
                       "webhooks": [next_hook() for _ in range(share)]})
    publishers = [{"source_id": "pub-%d" % p, "name": "Publisher %d" % p, "postback_key": "key%d" % p,
                   "postback_fields": ["sale"], "tags": {}} for p in range(5)]
    workspace = {
        "format": 1,
        "company": company,
        "campaigns": campaigns,
        "buyers": buyers,
        "publishers": publishers,
        "sample_call": {"caller_number": ["+15551234567"], "caller_zip": ["10101"], "call_uuid": ["c-1"],
                        "payout": ["12.5"], "source_id": ["pub-1"], "geo": ["us-ny"]},
        "templates": [],
    }
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(workspace, out, indent=4, sort_keys=True)
        out.write("\n")
    print("%s: %d webhooks, %d campaigns, %d buyers" % (args.out, serial, args.campaigns, args.buyers),
          file=sys.stderr)


if __name__ == "__main__":
    main()
