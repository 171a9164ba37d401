"""A large generated evaluation (40 interviews, 300 documents, 5,000 evidence items) for
benchmarks of open, search, export and merge. Deterministic for a given seed."""
from __future__ import annotations

import random
from pathlib import Path

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import (
    DOCUMENT_KINDS, ROLES, Evaluation, EvaluatorInfo)
from kompass_desktop.services.identity import Identity

_WORDS = ("hållbarhet styrning uppföljning medborgardialog budget kvalitet kompetensförsörjning "
          "arbetsmiljö digitalisering samverkan näringsliv förenkling brukarinflytande ledarskap "
          "medarbetarskap jämförelser nyckeltal målstyrning återkoppling delaktighet trygghet "
          "översiktsplan klimat energi folkhälsa skola äldreomsorg socialtjänst förvaltning "
          "nämnd fullmäktige kommunstyrelse handlingsplan riktlinje strategi program policy "
          "resultat analys effekt förbättring innovation service bemötande tillgänglighet").split()
_NAMES = ("Anna Berg", "Per Lind", "Sara Holm", "Erik Sjö", "Maria Ek", "Johan Ström",
          "Lena Dahl", "Ali Hassan", "Karin Nyström", "Mats Viklund", "Eva Åberg", "Ola Öhman")


def _text(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def write_large_evaluation(path: str | Path, interviews: int = 40, documents: int = 300,
                           evidence: int = 5000, seed: int = 0,
                           identity: Identity | None = None) -> Evaluation:
    rng = random.Random(seed)
    fw = resolve_framework("kommunkompassen-2019")
    subs = fw.subareas()
    ev = Evaluation.create(path, fw, "Storkommun", 2025,
                           [EvaluatorInfo("Karin Ek", "SKR"), EvaluatorInfo("Jonas Berglund", "SKR")],
                           identity=identity, evaluation_order=3)
    store = ev.store
    evaluators = [e["id"] for e in ev.evaluators()]
    with store.transaction():
        iv_ids = []
        for i in range(interviews):
            parts = [{"name": rng.choice(_NAMES), "role": rng.choice(ROLES), "function": _text(rng, 3)}
                     for _ in range(rng.randint(1, 5))]
            notes = "\n\n".join(_text(rng, rng.randint(40, 90)) for _ in range(rng.randint(4, 10)))
            iv_ids.append(ev.add_interview(f"Intervju {i + 1}: {_text(rng, 3)}", f"2025-02-{1 + i % 28:02d}",
                                           "09:00", "Kommunhuset", len(parts) > 1, notes, parts))
        doc_ids = []
        for i in range(documents):
            doc_ids.append(ev.add_document(f"{_text(rng, 3)[:-1]} {i + 1}", rng.choice(DOCUMENT_KINDS),
                                           "kommunfullmäktige", year=2015 + i % 10,
                                           notes=_text(rng, 20)))
        for i in range(evidence):
            src = rng.choice(("interview", "document", "website"))
            ev.add_evidence(_text(rng, rng.randint(10, 40)),
                            [s.number for s in rng.sample(subs, rng.randint(1, 2))], source=src,
                            status="planned" if rng.random() < 0.15 else "in_place",
                            interview_id=rng.choice(iv_ids) if src == "interview" else None,
                            document_id=rng.choice(doc_ids) if src == "document" else None,
                            page=str(rng.randint(1, 80)) if src == "document" else "",
                            evaluator_id=rng.choice(evaluators))
        for s in subs:
            for e in evaluators:
                ev.set_draft(s.number, e, round(float(s.max_points) * rng.uniform(0.3, 0.8), 1))
            ev.set_agreed(s.number, round(float(s.max_points) * rng.uniform(0.3, 0.8), 1), _text(rng, 25))
            ev.set_subarea_text(s.number, "\n\n".join(_text(rng, 60) for _ in range(2)))
        for a in fw.areas:
            ev.set_area_text(a.number, "\n\n".join(_text(rng, 70) for _ in range(3)))
            for kind in ("strength", "improvement"):
                for _ in range(4):
                    ev.add_list_item(a.number, kind, _text(rng, 15))
    return ev
