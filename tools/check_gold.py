#!/usr/bin/env python3
"""Check the gold annotations in corpus/gold/ against SCHEMA.md and the texts.

A convenience for annotators (Python 3 standard library only); the C++ project
reads the same JSON files itself. The format is described in
corpus/gold/README.md.

    tools/check_gold.py [--gold corpus/gold] [--corpus corpus] [-q]

Exit status 0 when every file passes, 1 when any error is found, 2 for a usage
error. Errors name the file and the item; per-file counts are printed after.
"""

import argparse
import collections
import json
import os
import re
import sys
import unicodedata

PRIMARY = {"Organization", "Person", "Spacecraft", "Mission", "Country", "Place"}
EXTRA = {"Organization": {"Agency"}, "Person": {"Official", "Astronaut"}}

ORG_KINDS = {"company", "government", "media", "other"}
ASTRONAUT_ROLES = {"astronaut", "cosmonaut"}
SPACECRAFT_KINDS = {"station", "module", "rover", "lander", "satellite", "rocket",
                    "capsule", "other"}

EVENT_KINDS = {"sanctions", "expulsion", "annexation", "election_interference",
               "poisoning", "military_strike", "armed_conflict", "weapons_test",
               "meeting", "agreement", "statement", "launch", "docking", "landing",
               "deorbit", "visit", "symposium", "other"}
CAMEO = {"statement": "01", "meeting": "04", "agreement": "05", "weapons_test": "15",
         "sanctions": "16", "expulsion": "17", "election_interference": "17",
         "poisoning": "18", "military_strike": "19", "armed_conflict": "19",
         "annexation": "19"}
ROLES = {"actor", "target", "participant"}
DATE_BASES = {"text", "document", "inferred"}

# type -> (allowed source primary labels, allowed target labels, allowed properties)
# A target label set may name an extra label ("Agency" is not needed: any Organization).
RELATIONS = {
    "WORKS_FOR": ({"Person"}, {"Organization"}, {"title", "since", "until", "former"}),
    "CREW_OF": ({"Person"}, {"Mission", "Spacecraft"}, set()),
    "CITIZEN_OF": ({"Person"}, {"Country"}, set()),
    "BASED_IN": ({"Organization"}, {"Country"}, set()),
    "LOCATED_IN": ({"Place"}, {"Place", "Country"}, set()),
    "OPERATED_BY": ({"Spacecraft", "Mission"}, {"Organization"}, set()),
    "USES": ({"Mission"}, {"Spacecraft"}, set()),
    "DOCKED_WITH": ({"Spacecraft"}, {"Spacecraft"}, {"date"}),
    "LAUNCHED_FROM": ({"Spacecraft", "Mission"}, {"Place"}, {"date"}),
    "MET_WITH": ({"Person"}, {"Person"}, {"date"}),
}
# Every relation may also carry these properties.
COMMON_REL_PROPS = {"planned"}
# Expressed elsewhere in the file, never as a relation entry.
DERIVED = {"INVOLVES": "events[].involves", "OCCURRED_AT": "events[].occurred_at",
           "SAID": "said[]", "MENTIONED_IN": "the entity list itself"}

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

TOP_KEYS = {"document", "entities", "relations", "events", "said"}
DOC_KEYS = {"id", "title", "date", "date_text", "date_basis", "date_note", "source", "passage",
            "source_note"}
ENTITY_KEYS = {"labels", "name", "aliases", "demonyms", "properties", "optional", "note"}
RELATION_KEYS = {"type", "from", "to", "properties", "sentence", "optional", "note"}
EVENT_KEYS = {"id", "kind", "cameo", "name", "date", "date_text", "date_basis", "summary",
              "planned", "cancelled", "involves", "key", "occurred_at", "sentence",
              "optional", "note"}
SAID_KEYS = {"person", "quote", "optional", "note"}


def squash(s):
    """Whitespace (any Unicode space, incl. no-break) collapsed to one space, trimmed."""
    return " ".join(s.split())


def match_key(s):
    """The normalised form evaluation uses to compare names (see README)."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\u2018\u2019\u02bc]", "'", s)
    s = s.replace(".", "")
    s = squash(s)
    if s.startswith("the "):
        s = s[4:]
    return s


class Checker:
    def __init__(self, gold_dir, corpus_dir, shared_dir):
        self.shared_dir = shared_dir
        self.gold_dir = gold_dir
        self.corpus_dir = corpus_dir
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    def check_keys(self, where, obj, allowed, required=()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        for k in obj:
            if k not in allowed:
                self.err(where, f"unknown key {k!r}")
        for k in required:
            if k not in obj:
                self.err(where, f"missing key {k!r}")
        return True

    def check_date(self, where, d):
        if not isinstance(d, str) or not DATE_RE.match(d):
            self.err(where, f"date {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")

    def check_optional_flags(self, where, obj):
        for k in ("optional", "planned", "cancelled"):
            if k in obj and not isinstance(obj[k], bool):
                self.err(where, f"{k} must be true or false")
        if "note" in obj and not isinstance(obj["note"], str):
            self.err(where, "note must be a string")

    def document_text(self, fname, doc):
        """The text a gold file annotates: a file in the corpus folder, or, for
        a passage of a message in ../shared ("passage": {"file": path under
        shared/, "lines": [first, last]}, 1-based and inclusive), those lines."""
        passage = doc.get("passage")
        if passage is None:
            with open(os.path.join(self.corpus_dir, doc["id"]), encoding="utf-8") as f:
                return f.read()
        if (not isinstance(passage, dict) or set(passage) != {"file", "lines"}
                or not isinstance(passage["lines"], list) or len(passage["lines"]) != 2):
            raise ValueError('passage must be {"file": ..., "lines": [first, last]}')
        first, last = passage["lines"]
        with open(os.path.join(self.shared_dir, passage["file"]), encoding="utf-8",
                  errors="replace") as f:
            lines = f.read().split("\n")
        if not (1 <= first <= last <= len(lines)):
            raise ValueError(f"lines {first}-{last} outside the file's {len(lines)} lines")
        return "\n".join(lines[first - 1:last]) + "\n"

    def check_file(self, path):
        fname = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            self.err(fname, f"cannot read JSON: {e}")
            return None
        if not self.check_keys(fname, data, TOP_KEYS, TOP_KEYS):
            return None
        doc = data["document"]
        self.check_keys(f"{fname} document", doc, DOC_KEYS, ("id", "title", "source"))
        doc_id = doc.get("id", "")
        if doc_id.removesuffix(".txt") + ".json" != fname:
            self.err(fname, f"document.id {doc_id!r} does not match the file name")
        try:
            text = squash(self.document_text(fname, doc))
        except (OSError, ValueError) as e:
            self.err(fname, f"cannot read the document text: {e}")
            return None
        if "date" in doc:
            self.check_date(f"{fname} document", doc["date"])
            if doc.get("date_basis") not in DATE_BASES:
                self.err(f"{fname} document", "date_basis must be one of "
                         + ", ".join(sorted(DATE_BASES)))
        for k in ("title", "date_text"):
            if k in doc and squash(doc[k]) not in text:
                self.err(f"{fname} document", f"{k} {doc[k]!r} not found in the text")

        # Entities.
        entities = {}
        labels_of = {}
        alias_owner = collections.defaultdict(list)
        for i, e in enumerate(data["entities"]):
            where = f"{fname} entities[{i}]"
            if not self.check_keys(where, e, ENTITY_KEYS, ("labels", "name")):
                continue
            name = e["name"]
            where = f"{fname} entity {name!r}"
            self.check_optional_flags(where, e)
            if name in entities:
                self.err(where, "duplicate canonical name")
            entities[name] = e
            labels = e["labels"]
            if not labels or labels[0] not in PRIMARY:
                self.err(where, f"first label must be one of {sorted(PRIMARY)}")
                continue
            prim = labels[0]
            for extra in labels[1:]:
                if extra not in EXTRA.get(prim, ()):
                    self.err(where, f"label {extra!r} not allowed with {prim!r}")
            if len(set(labels)) != len(labels):
                self.err(where, "repeated label")
            labels_of[name] = set(labels)
            props = e.get("properties", {})
            allowed = set()
            if prim == "Organization" and "Agency" in labels:
                allowed |= {"country"}
                if "kind" in props:
                    self.err(where, "an Agency carries no kind")
            elif prim == "Organization":
                allowed |= {"kind"}
                if props.get("kind") not in ORG_KINDS:
                    self.err(where, f"Organization kind must be one of {sorted(ORG_KINDS)}")
            if "Official" in labels:
                allowed |= {"title"}
            if "Astronaut" in labels:
                allowed |= {"role"}
                if props.get("role") not in ASTRONAUT_ROLES:
                    self.err(where, "Astronaut role must be astronaut or cosmonaut")
            if prim == "Spacecraft":
                allowed |= {"kind"}
                if props.get("kind") not in SPACECRAFT_KINDS:
                    self.err(where, f"Spacecraft kind must be one of {sorted(SPACECRAFT_KINDS)}")
            for k, v in props.items():
                if k not in allowed:
                    self.err(where, f"property {k!r} not allowed for {labels}")
                elif not isinstance(v, str) or not v:
                    self.err(where, f"property {k!r} must be a non-empty string")
            aliases = e.get("aliases", [])
            demonyms = e.get("demonyms", [])
            if demonyms and prim != "Country":
                self.err(where, "demonyms only on a Country")
            for a in aliases:
                if a == name:
                    self.err(where, f"alias {a!r} repeats the name")
                if a not in text:
                    self.err(where, f"alias {a!r} does not occur verbatim in the text")
            if len(set(aliases)) != len(aliases):
                self.err(where, "repeated alias")
            for d in demonyms:
                if d not in text:
                    self.err(where, f"demonym {d!r} does not occur in the text")
            low = text.casefold()
            if not any(s.casefold() in low for s in [name] + aliases + demonyms):
                self.err(where, "neither the name, an alias nor a demonym occurs in the text")
            for s in {match_key(x) for x in [name] + aliases}:
                alias_owner[(prim, s)].append(name)
        for (prim, s), owners in alias_owner.items():
            if len(owners) > 1:
                self.err(fname, f"{prim} name form {s!r} belongs to several entities: {owners}")
        for name, e in entities.items():
            c = e.get("properties", {}).get("country")
            if c is not None and "Country" not in labels_of.get(c, set()):
                self.err(f"{fname} entity {name!r}", f"country {c!r} is not a Country in the file")

        def ref(where, name, allowed_labels=None):
            if name not in entities:
                self.err(where, f"{name!r} is not an entity in the file")
                return False
            if allowed_labels is not None and not (labels_of[name] & allowed_labels):
                self.err(where, f"{name!r} has labels {sorted(labels_of[name])}, "
                         f"expected one of {sorted(allowed_labels)}")
                return False
            return True

        def check_sentence(where, obj):
            s = obj.get("sentence")
            if not isinstance(s, str) or not s.strip():
                self.err(where, "missing sentence")
            elif squash(s) not in text:
                self.err(where, f"sentence not found in the text: {s[:70]!r}...")

        # Relations.
        seen_rel = set()
        for i, r in enumerate(data["relations"]):
            where = f"{fname} relations[{i}]"
            if not self.check_keys(where, r, RELATION_KEYS, ("type", "from", "to", "sentence")):
                continue
            self.check_optional_flags(where, r)
            t = r["type"]
            where = f"{fname} {t} {r['from']!r} -> {r['to']!r}"
            if t in DERIVED:
                self.err(where, f"{t} is written as {DERIVED[t]}, not as a relation")
                continue
            if t not in RELATIONS:
                self.err(where, f"unknown relationship type {t!r}")
                continue
            src, dst, props_ok = RELATIONS[t]
            ref(where, r["from"], src)
            ref(where, r["to"], dst)
            props = r.get("properties", {})
            for k, v in props.items():
                if k not in props_ok | COMMON_REL_PROPS:
                    self.err(where, f"property {k!r} not allowed on {t}")
                elif k in ("date", "since", "until"):
                    self.check_date(where, v)
                elif k in ("planned", "former"):
                    if v is not True:
                        self.err(where, f"{k}, when present, is true")
                elif not isinstance(v, str) or not v:
                    self.err(where, f"property {k!r} must be a non-empty string")
            key = (t, r["from"], r["to"])
            if key in seen_rel:
                self.err(where, "duplicate relation")
            seen_rel.add(key)
            check_sentence(where, r)

        # Events.
        event_ids = set()
        for i, ev in enumerate(data["events"]):
            where = f"{fname} events[{i}]"
            if not self.check_keys(where, ev, EVENT_KEYS,
                                   ("id", "kind", "summary", "planned", "involves", "key",
                                    "occurred_at", "sentence")):
                continue
            where = f"{fname} event {ev['id']}"
            self.check_optional_flags(where, ev)
            if ev["id"] in event_ids:
                self.err(where, "duplicate event id")
            event_ids.add(ev["id"])
            kind = ev["kind"]
            if kind not in EVENT_KINDS:
                self.err(where, f"unknown event kind {kind!r}")
            if kind in CAMEO:
                if ev.get("cameo") != CAMEO[kind]:
                    self.err(where, f"kind {kind} needs cameo {CAMEO[kind]!r}, "
                             f"has {ev.get('cameo')!r}")
            elif "cameo" in ev:
                self.err(where, f"kind {kind} carries no cameo code")
            if "date" in ev:
                self.check_date(where, ev["date"])
                if ev.get("date_basis") not in DATE_BASES:
                    self.err(where, "a date needs date_basis: "
                             + ", ".join(sorted(DATE_BASES)))
            elif "date_basis" in ev:
                self.err(where, "date_basis without a date")
            if "date_text" in ev and squash(ev["date_text"]) not in text:
                self.err(where, f"date_text {ev['date_text']!r} not found in the text")
            if not isinstance(ev["planned"], bool):
                self.err(where, "planned must be true or false")
            if ev.get("cancelled") and not ev["planned"]:
                self.err(where, "a cancelled event is a planned one")
            if not isinstance(ev["summary"], str) or not ev["summary"].strip():
                self.err(where, "empty summary")
            members = set()
            seen_inv = set()
            for inv in ev["involves"]:
                if not self.check_keys(where + " involves", inv, {"entity", "role"},
                                       ("entity", "role")):
                    continue
                ref(where, inv["entity"])
                if inv["role"] not in ROLES:
                    self.err(where, f"unknown role {inv['role']!r}")
                if inv["entity"] in seen_inv:
                    self.err(where, f"{inv['entity']!r} involved twice")
                seen_inv.add(inv["entity"])
                members.add(inv["entity"])
            if not isinstance(ev["occurred_at"], list):
                self.err(where, "occurred_at must be a list")
            else:
                for p in ev["occurred_at"]:
                    ref(where + " occurred_at", p, {"Place", "Country"})
                    members.add(p)
            if not isinstance(ev["key"], list) or not ev["key"]:
                self.err(where, "key must be a non-empty list of entity names")
            else:
                for k in ev["key"]:
                    if k not in members:
                        self.err(where, f"key {k!r} is neither involved nor a place of the event")
            check_sentence(where, ev)

        # SAID.
        seen_said = set()
        for i, s in enumerate(data["said"]):
            where = f"{fname} said[{i}]"
            if not self.check_keys(where, s, SAID_KEYS, ("person", "quote")):
                continue
            self.check_optional_flags(where, s)
            ref(where, s["person"], {"Person"})
            q = s["quote"]
            if not q.strip() or squash(q) not in text:
                self.err(where, f"quote not found in the text: {q[:70]!r}")
            if (s["person"], q) in seen_said:
                self.err(where, "duplicate quote")
            seen_said.add((s["person"], q))
        return data

    def run(self):
        files = sorted(f for f in os.listdir(self.gold_dir) if f.endswith(".json"))
        texts = sorted(f for f in os.listdir(self.corpus_dir) if f.endswith(".txt"))
        for t in texts:
            if t.removesuffix(".txt") + ".json" not in files:
                self.err(t, "no gold file")
        loaded = {}
        for f in files:
            d = self.check_file(os.path.join(self.gold_dir, f))
            if d is not None:
                loaded[f] = d
        # Across files: one canonical name, one primary label.
        prim_by_name = collections.defaultdict(set)
        for f, d in loaded.items():
            for e in d["entities"]:
                if isinstance(e, dict) and e.get("labels"):
                    prim_by_name[e["name"]].add(e["labels"][0])
        for name, prims in prim_by_name.items():
            if len(prims) > 1:
                self.err("corpus", f"{name!r} has different primary labels: {sorted(prims)}")
        # A form used as a canonical name in one file and as another entity's alias elsewhere.
        canon = {}
        for f, d in loaded.items():
            for e in d["entities"]:
                if isinstance(e, dict) and e.get("labels"):
                    canon[(e["labels"][0], match_key(e["name"]))] = e["name"]
        for f, d in loaded.items():
            for e in d["entities"]:
                if not isinstance(e, dict) or not e.get("labels"):
                    continue
                for a in e.get("aliases", []):
                    other = canon.get((e["labels"][0], match_key(a)))
                    if other is not None and other != e["name"]:
                        self.err(f, f"alias {a!r} of {e['name']!r} is the canonical name of "
                                 f"{other!r} elsewhere")
        return loaded


def counts(data):
    ent = collections.Counter()
    for e in data["entities"]:
        ent[":".join(e["labels"])] += 1
    rel = collections.Counter(r["type"] for r in data["relations"])
    ev = collections.Counter(e["kind"] for e in data["events"])
    opt = (sum(1 for e in data["entities"] if e.get("optional"))
           + sum(1 for r in data["relations"] if r.get("optional"))
           + sum(1 for e in data["events"] if e.get("optional")))
    return ent, rel, ev, opt


def fmt(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "-"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=os.path.join(root, "corpus", "gold"))
    ap.add_argument("--corpus", default=os.path.join(root, "corpus"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(root), "shared"),
                    help="the shared folder that passages' files are relative to")
    ap.add_argument("-q", "--quiet", action="store_true", help="errors only")
    args = ap.parse_args()
    if not os.path.isdir(args.gold) or not os.path.isdir(args.corpus):
        print("check_gold: error: no such folder", file=sys.stderr)
        return 2
    c = Checker(args.gold, args.corpus, args.shared)
    loaded = c.run()
    if not args.quiet:
        totals = [0, 0, 0, 0]
        for f, d in loaded.items():
            ent, rel, ev, opt = counts(d)
            n = (len(d["entities"]), len(d["relations"]), len(d["events"]), len(d["said"]))
            totals = [a + b for a, b in zip(totals, n)]
            print(f"{f}: {n[0]} entities, {n[1]} relations, {n[2]} events, {n[3]} said"
                  f" ({opt} optional items)")
            print(f"  entities:  {fmt(ent)}")
            print(f"  relations: {fmt(rel)}")
            print(f"  events:    {fmt(ev)}")
        print(f"total: {totals[0]} entities, {totals[1]} relations, {totals[2]} events, "
              f"{totals[3]} said")
    for w in c.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for e in c.errors:
        print(f"error: {e}", file=sys.stderr)
    if c.errors:
        print(f"check_gold: {len(c.errors)} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
