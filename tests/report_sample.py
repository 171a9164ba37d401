"""An evaluation built for the report tests: Nynäshamn 2023 figures (seed 000) with
one-decimal points chosen so rounding matters, texts written for the tests, two comparison
series (one from another framework revision), interviews, good examples."""
from __future__ import annotations

from pathlib import Path

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo

# Unrounded points: shown values are the seed's; area 2 shows 60 while its shown sub-areas
# add up to 59 (PRODUCT §4), and 1.1 = 11.5 rounds half up to 12 (57.5 % -> 58 %).
POINTS = {
    "1.1": "11.5", "1.2": "8", "1.3": "16.6", "1.4": "2.4", "1.5": "15",
    "2.1": "10.4", "2.2": "16.4", "2.3": "19.4", "2.4": "14",
    "3.1": "5", "3.2": "17", "3.3": "14", "3.4": "10", "3.5": "3",
    "4.1": "10", "4.2": "13", "4.3": "7", "4.4": "11", "4.5": "12",
    "5.1": "13", "5.2": "7", "5.3": "19", "5.4": "9", "5.5": "11",
    "6.1": "9", "6.2": "4", "6.3": "18", "6.4": "17",
    "7.1": "12", "7.2": "24", "7.3": "22", "7.4": "13",
    "8.1": "9", "8.2": "17", "8.3": "17", "8.4": "18",
}
AREA_SHOWN = {"1": 54, "2": 60, "3": 49, "4": 53, "5": 59, "6": 48, "7": 71, "8": 61}
TOTAL_SHOWN = 455  # 454.7 unrounded

AVERAGE = {"1": 52, "2": 55, "3": 58, "4": 50, "5": 57, "6": 49, "7": 60, "8": 57}
AVERAGE_TOTAL = "437"
EARLIER = {"1": 48, "2": 51, "3": 50, "4": 47, "5": 52, "6": 40, "7": 62, "8": 55}

STRENGTH = "Tydliga kanaler för information till invånarna, som utvecklas efter behov"
IMPROVEMENT = "Gör resultaten lätta att hitta och jämföra för invånarna"

_PARA = ("Utvärderarna har gått igenom kommunens styrdokument och samtalat med förtroendevalda "
         "och tjänstepersoner om hur arbetet inom området leds och följs upp. Det finns en tydlig "
         "ambition, men kopplingen mellan mål, aktiviteter och uppföljning kan bli starkare. ")


def build_sample(path: str | Path, *, agreed: bool = True, series: bool = True,
                 texts: bool = True) -> Evaluation:
    fw = resolve_framework("kommunkompassen-2019")
    ev = Evaluation.create(path, fw, "Nynäshamn", 2023,
                           [EvaluatorInfo("Linda Nordberg", "SKR"),
                            EvaluatorInfo("Linda Persson Melin", "SKR")],
                           evaluation_order=2, title="Kommunkompassen – analys av Nynäshamns kommun",
                           dates={"site_visit_start": "2023-01-16", "site_visit_end": "2023-01-19",
                                  "report_delivered": "2023-05-11"})
    with ev.store.transaction():
        if agreed:
            for number, pts in POINTS.items():
                ev.set_agreed(number, pts)
        if texts:
            for a in fw.areas:
                ev.set_area_text(a.number, (_PARA * 2).strip() + "\n\n" + _PARA.strip())
                for s in a.subareas:
                    ev.set_subarea_text(s.number, (_PARA * (1 + int(s.number[-1]) % 3)).strip())
                for i in range(4 if a.number != "1" else 5):
                    ev.add_list_item(a.number, "strength",
                                     STRENGTH if (a.number, i) == ("1", 0) else
                                     f"Styrka {a.number}.{i + 1}: ett arbetssätt som finns på plats och följs upp")
                for i in range(3):
                    ev.add_list_item(a.number, "improvement",
                                     IMPROVEMENT if (a.number, i) == ("1", 0) else
                                     f"Förbättring {a.number}.{i + 1}: ta nästa steg och följ upp effekten")
            ev.add_good_example("1.3", "Sunne kommun", "en egen modell för medborgardialog",
                                "Dialogen är inskriven i styrningen.")
            ev.add_good_example("1.4", "Tomelilla kommun", "kortfattade resultat med kommentarer")
            for t in ("Peka ut de gemensamma utmaningarna och prioritera dem",
                      "Lägg mer kraft på uppföljning och analys än på nya styrdokument"):
                ev.add_list_item("", "summary_improvement", t)
        if series:
            ev.add_reference("Genomsnitt sedan 2020", AVERAGE, AVERAGE_TOTAL)
            ev.add_reference("Nynäshamn 2017", EARLIER, None, framework_id="kommunkompassen-2015")
        for i in range(3):
            ev.add_interview(f"Intervju {i + 1}", "2023-01-17", participants=[
                {"name": f"Person {i}-{j}", "role": "tjänsteperson"} for j in range(4)])
    return ev
