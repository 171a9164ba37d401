"""The demo evaluation: Nynäshamn 2023 with the published scores, texts in our own words."""
from __future__ import annotations

import json
from pathlib import Path

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.paths import DEMO_DATA
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import Identity
from kompass_desktop.storage.store import natural_id

DATE_KEYS = ("questionnaire_received", "site_visit_start", "site_visit_end",
             "report_delivered", "feedback_seminar")


def load_demo_data() -> dict:
    return json.loads(DEMO_DATA.read_text(encoding="utf-8"))


def demo_path() -> Path:
    """The user's demo evaluation, written on first use (kept: it is theirs to play with)."""
    from kompass_desktop.paths import data_dir
    from kompass_desktop.storage.schema import FileRefused, check_file
    path = data_dir() / "demo" / "Nynashamn-2023-demo.kompass"
    if path.exists():
        try:
            check_file(path)
            return path
        except FileRefused:
            path.replace(path.with_suffix(".damaged"))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_demo(path).close()
    return path


def write_demo(out: str | Path, identity: Identity | None = None) -> Evaluation:
    data = load_demo_data()
    fw = resolve_framework(data["framework"])
    ev = Evaluation.create(out, fw, data["municipality"], data["year"], identity=identity,
                           evaluation_order=data.get("evaluation_order"), title=data.get("title"),
                           dates={k: v for k, v in data.get("process_dates", {}).items() if k in DATE_KEYS})
    store = ev.store
    with store.transaction():
        evaluator_ids = {}
        for i, e in enumerate(data["evaluators"]):
            # The demo evaluators get stable ids so each one's drafts are stamped as theirs.
            eid = natural_id(store.evaluation_id, "demo-evaluator", e["key"])
            store.write("evaluator", eid, {"name": e["name"], "organisation": e.get("organisation", ""),
                                           "position": i})
            evaluator_ids[e["key"]] = eid
        for number, sc in data["scores"].items():
            for key, pts in sc.get("drafts", {}).items():
                ev.set_draft(number, evaluator_ids[key], pts)
            ev.set_agreed(number, sc["agreed"], sc.get("rationale"))
        for number, area in data["areas"].items():
            if area.get("general_text"):
                ev.set_area_text(number, area["general_text"])
            for kind, key in (("strength", "strengths"), ("improvement", "improvements")):
                for text in area.get(key, []):
                    ev.add_list_item(number, kind, text)
        for text in data.get("summary_improvements", []):
            ev.add_list_item("", "summary_improvement", text)
        for number, text in data.get("subarea_texts", {}).items():
            ev.set_subarea_text(number, text)
        interviews = {}
        for iv in data["interviews"]:
            interviews[iv["key"]] = ev.add_interview(
                iv["title"], iv.get("date", ""), iv.get("time", ""), iv.get("place", ""),
                bool(iv.get("group")), iv.get("notes", ""), iv.get("participants", []))
        documents = {}
        for d in data["documents"]:
            documents[d["key"]] = ev.add_document(
                d["title"], d.get("kind", "annat"), d.get("issuer", ""), d.get("adopted", ""),
                d.get("year"), d.get("url", ""), d.get("pages", ""), d.get("notes", ""))
        for item in data["evidence"]:
            src, key = item["source"], item.get("source_key")
            ev.add_evidence(item["text"], item["subareas"], source=src, status=item["status"],
                            interview_id=interviews.get(key) if src == "interview" else None,
                            document_id=documents.get(key) if src == "document" else None,
                            url=item.get("url", ""), page=item.get("page", ""),
                            evaluator_id=evaluator_ids.get(item.get("evaluator")))
        for g in data.get("good_examples", []):
            ev.add_good_example(g["subarea"], g["municipality"], g["what"], g.get("why", ""))
        for ref in data.get("references", []):
            ev.add_reference(ref["label"], ref["areas"], ref.get("total"), source="typed")
    return ev
