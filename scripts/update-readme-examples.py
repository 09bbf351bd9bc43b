#!/usr/bin/env python3
"""Re-runs the worked examples (docs/examples/*.json) with the CLI and
rewrites their answer blocks in docs/contract.md, and its table of finding
codes with the titles the engine gives them. tests/readme_examples.rs fails
when they drift; run this (after `cargo build`) to bring them up to date."""
import json, re, subprocess, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
doc_path = root / "docs/contract.md"
doc = doc_path.read_text()
cli = root / "target/debug/gongji"
examples = [(name, name) for name in
            ["relation-options", "check-network", "preview-settlement", "project-settlements"]]
examples += [("check-network-layered", "check-network"),
             ("preview-settlement-funders", "preview-settlement"),
             ("project-settlements-funders", "project-settlements")]
for name, call in examples:
    request = (root / f"docs/examples/{name}.json").read_text().strip()
    answer = subprocess.run([cli, call, root / f"docs/examples/{name}.json", "--pretty"],
                            capture_output=True, text=True).stdout.strip()
    # The answer block is the ```json block right after the request block.
    start = doc.index(request) + len(request)
    a = doc.index("```json\n", start) + len("```json\n")
    b = doc.index("\n```", a)
    doc = doc[:a] + answer + doc[b:]

# The finding codes, titled in both languages as relationOptions' labels say.
def titles(lang):
    # Titles do not depend on the profile: the first built-in, its first day.
    first = json.loads(subprocess.run([cli, "policies"], input="{}", capture_output=True,
                                      text=True).stdout)[0]
    request = json.dumps({"policy": first["id"], "asOf": first["versions"][0]["validFrom"],
                          "labels": True, "lang": lang})
    answer = subprocess.run([cli, "relation-options"], input=request,
                            capture_output=True, text=True).stdout
    return {f["key"]: f["label"] for f in json.loads(answer)["labels"]["findings"]}
en, zh = titles("en"), titles("zh-CN")
table = "| code | title | 标题 |\n|---|---|---|\n" + "".join(
    f"| `{code}` | {en[code]} | {zh[code]} |\n" for code in en)
a = doc.index("<!-- finding-codes -->\n") + len("<!-- finding-codes -->\n")
b = doc.index("<!-- /finding-codes -->")
doc = doc[:a] + table + doc[b:]
doc_path.write_text(doc)
print("docs/contract.md examples updated")
