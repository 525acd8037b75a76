"""The canonical example (../shared/examples/kursk.de.txt), checked by the shared checker; skipped without ../shared."""

from __future__ import annotations

import json
import subprocess
import sys

from lagebild import analyze


def test_canonical_example_passes_the_shared_check(shared, tmp_path, validate):
    text = (shared / "examples" / "kursk.de.txt").read_text("utf-8")
    analysis = analyze(text, published="2024-12-20", doc_id="kursk").to_json()
    validate(analysis, text)
    out = tmp_path / "kursk.json"
    out.write_text(json.dumps(analysis, ensure_ascii=False), "utf-8")
    p = subprocess.run([sys.executable, str(shared / "tools" / "check-example"), str(out)], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "missing:" not in p.stdout and "wrong:" not in p.stdout, p.stdout


def test_canonical_example_commentary_has_no_claims_of_others(shared):
    text = (shared / "examples" / "kursk.de.txt").read_text("utf-8")
    a = analyze(text, published="2024-12-20").to_json()
    commentary = text.index("Mit Blick auf")
    assert not [c for c in a["claims"] if c["content"][0] >= commentary and c["speaker"]]
    assert not [v for v in a["events"] if v["trigger"][0] >= commentary]
