#!/usr/bin/env python3
"""Rewrites the generated tables of docs/policies.md from what the engine
resolves (`gongji policies`): per region each version in force, its dates,
why it starts (source, grade, layer) and what it changed; each profile's
review date and the national changes since; every cited document with its
grade. Run it after `cargo build` whenever a profile changes; each table
sits between `<!-- generated: NAME -->` and `<!-- end: NAME -->`."""
import json, pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
doc_path = root / "docs/policies.md"
cli = root / "target/debug/gongji"
policies = json.loads(subprocess.run([cli, "policies"], input="{}", capture_output=True,
                                     text=True, check=True).stdout)


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def grade_of(policy, doc):
    return next((d.get("grade", "—") for d in policy["documents"] if d["id"] == doc), "—")


def cited(policy, source):
    doc = source["doc"]
    return f"`{doc}` {cell(source['ref'])} ({grade_of(policy, doc)}, `{source.get('layer', policy['id'])}`)"


def changed(before, after):
    """What a version changed from the one before it, rule by rule: a value,
    or the source a rule now rests on."""
    if before is None:
        return "first version"
    said = []
    for key, rule in after["rules"].items():
        old = before["rules"].get(key)
        if old is not None and old["value"] == rule["value"] and old["source"] == rule["source"]:
            continue
        value = rule["value"]
        if old is not None and isinstance(value, list) and all(isinstance(v, str) for v in value):
            added = [v for v in value if v not in old["value"]]
            gone = [v for v in old["value"] if v not in value]
            parts = [f"+ {', '.join(added)}"] if added else []
            parts += [f"− {', '.join(gone)}"] if gone else []
            words = "; ".join(parts) or "same list"
        elif old is not None and old["value"] == value:
            words = "same value"
        elif isinstance(value, (dict, list)):
            words = "changed"
        else:
            words = json.dumps(value, ensure_ascii=False)
        said.append(f"`{key}`: {words}, citing `{rule['source']['doc']}` (`{rule['source'].get('layer')}`)")
    return "; ".join(said) or "the same rules (a parent's date)"


def versions_table():
    rows = ["| profile | in force | why it starts: source (grade, layer) | what changed |",
            "|---|---|---|---|"]
    for p in policies:
        before = None
        for v in p["versions"]:
            span = f"{v['validFrom']} – {v.get('validUntil', '')}".rstrip(" –")
            if "validUntil" not in v:
                span = f"from {v['validFrom']}"
            since = v["since"]
            rows.append(f"| `{p['id']}` | {span} | {cell(since['value'])}: {cited(p, since['source'])} "
                        f"| {changed(before, v)} |")
            before = v
    return "\n".join(rows)


def review_table():
    rows = ["| profile | reviewed through | cited | national changes since (to today's list) |",
            "|---|---|---|---|"]
    for p in policies:
        review = p.get("reviewedThrough")
        if review is None:
            rows.append(f"| `{p['id']}` | — | — | — |")
            continue
        since = [f"{c['date']} {cell(c['title']['en'])}" for c in p.get("changes", [])
                 if c["date"] > review["value"]]
        rows.append(f"| `{p['id']}` | {review['value']} | {cited(p, review['source'])} "
                    f"| {'; '.join(since) or 'none'} |")
    return "\n".join(rows)


def documents_table():
    rows = ["| document | grade | date | issuer | address | title |", "|---|---|---|---|---|---|"]
    seen = set()
    for p in policies:
        for d in p["documents"]:
            if d["id"] in seen:
                continue
            seen.add(d["id"])
            rows.append(f"| `{d['id']}` | {d.get('grade', '—')} | {d.get('date', '—')} | "
                        f"{cell(d.get('issuer', '—'))} | {cell(d.get('url', '—'))} | {cell(d['title'])} |")
    return "\n".join(rows)


doc = doc_path.read_text()
for name, table in [("versions", versions_table()), ("review", review_table()),
                    ("documents", documents_table())]:
    start, end = f"<!-- generated: {name} -->\n", f"<!-- end: {name} -->"
    if start not in doc or end not in doc:
        sys.exit(f"docs/policies.md has no {start.strip()} ... {end} block")
    a = doc.index(start) + len(start)
    b = doc.index(end)
    doc = doc[:a] + table + "\n" + doc[b:]
doc_path.write_text(doc)
print("docs/policies.md tables updated")
