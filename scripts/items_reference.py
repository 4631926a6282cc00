#!/usr/bin/env python3
"""Reference values for the item analysis (src/results/items.rs), worked out
independently with pingouin, SciPy and statsmodels from Respond's own JSON export.

Usage (from the crate root):
    python3 -m venv .venv && .venv/bin/pip install pingouin scipy statsmodels
    export RESPOND_DATA_DIR=$(mktemp -d) RESPOND_PASSPHRASE=reference-pass-1
    cargo run -p respond -- --lang en demo --participants 600 --seed 11
    cargo run -p respond -- --lang en export --format json --out /tmp/items.json
    .venv/bin/python scripts/items_reference.py /tmp/items.json   # writes tests/data/items-reference.json

tests/items.rs makes the same sample data (`demo::fill`, 600 people, seed 11) and
compares every figure. Conventions, as in items.rs: only finished attempts (an answer
row for every item of the quiz); knowledge items only (not the 1-5 agreement ones);
right = the chosen set equals the key, an empty answer is wrong; discrimination =
Pearson r of the item with the rest score (total minus the item); reliability =
Cronbach's alpha on the 0/1 matrix (KR-20) with pingouin's Feldt 95 % interval;
languages with at least 30 people are compared with the largest one by the
Mantel-Haenszel test, strata = total score, chi-square corrected for continuity
when |sum(a - E(a))| >= 1/2 (as R's mantelhaen.test).
"""

import json
import math
import os
import sys
import tomllib

import numpy as np
import pandas as pd
import pingouin
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import StratifiedTable

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "tests", "data", "items-reference.json")
MIN_PEOPLE = 20
DIF_MIN_PEOPLE = 30


def f(x):
    x = float(x)
    return None if math.isnan(x) else x


def main(path):
    with open(os.path.join(ROOT, "content", "quiz", "items.toml"), "rb") as fh:
        bank = {i["id"]: i for i in tomllib.load(fh)["item"]}
    with open(os.path.join(ROOT, "content", "quiz", "quizzes.toml"), "rb") as fh:
        quizzes = {q["id"]: q["items"] for q in tomllib.load(fh)["quiz"]}
    with open(path, encoding="utf-8") as fh:
        export = json.load(fh)

    # (quiz, phase) -> list of (language, {item: chosen})
    attempts = {}
    for session in export["sessions"]:
        quiz = session["quiz_id"]
        for person in session["participants"]:
            for phase, attempt in person["attempts"].items():
                if all(i in attempt["answers"] for i in quizzes[quiz]):
                    attempts.setdefault((quiz, phase), []).append((attempt["language"], attempt["answers"]))

    cases = []
    for (quiz, phase), rows in sorted(attempts.items()):
        if len(rows) < MIN_PEOPLE:
            continue
        knowledge = [i for i in quizzes[quiz] if bank[i]["kind"] != "agree"]
        right = pd.DataFrame(
            [[int(sorted(answers[i]) == sorted(bank[i]["answer"]) and len(answers[i]) > 0) for i in knowledge] for _, answers in rows],
            columns=knowledge,
        )
        total = right.sum(axis=1)
        alpha, ci = pingouin.cronbach_alpha(data=right, ci=0.95, nan_policy="listwise")
        # pingouin rounds its interval to three decimals: the same Feldt bounds unrounded.
        n, k = right.shape
        df1, df2 = n - 1, (n - 1) * (k - 1)
        low = 1 - (1 - alpha) * stats.f.isf(0.025, df1, df2)
        high = 1 - (1 - alpha) * stats.f.isf(0.975, df1, df2)
        assert round(low, 3) == ci[0] and round(high, 3) == ci[1], (low, high, ci)
        languages = pd.Series([language for language, _ in rows])
        counts = languages.value_counts()
        groups = sorted([l for l, n in counts.items() if n >= DIF_MIN_PEOPLE], key=lambda l: (-counts[l], l))
        items = {}
        for item in knowledge:
            x = right[item]
            rest = total - x
            r = stats.pearsonr(x, rest).statistic if x.std() > 0 and rest.std() > 0 else float("nan")
            chosen = [answers[item] for _, answers in rows]
            options = bank[item].get("options") or (["true", "false", "dontknow"] if bank[item]["kind"] == "truefalse" else [])
            dif = {}
            for focal in groups[1:]:
                tables = []
                for score in sorted(total.unique()):
                    at = total == score
                    ref = at & (languages == groups[0])
                    foc = at & (languages == focal)
                    if ref.sum() == 0 or foc.sum() == 0:
                        continue
                    tables.append(np.array([[x[ref].sum(), (1 - x[ref]).sum()], [x[foc].sum(), (1 - x[foc]).sum()]], dtype=float))
                table = StratifiedTable(tables)
                odds = table.oddsratio_pooled
                # R's mantelhaen.test corrects only when |sum(a - E(a))| >= 1/2; so does items.rs.
                expected = sum(t[0].sum() * t[:, 0].sum() / t.sum() for t in tables)
                correct = abs(sum(t[0, 0] for t in tables) - expected) >= 0.5
                test = table.test_null_odds(correction=correct)
                odds = f(odds) if 0 < odds < math.inf else None
                dif[focal] = {"oddsRatio": odds, "statistic": f(test.statistic), "p": f(test.pvalue)}
            items[item] = {
                "right": f(x.mean()),
                "discrimination": f(r),
                "blank": f(np.mean([len(c) == 0 for c in chosen])),
                "choices": {o: f(np.mean([o in c for c in chosen])) for o in options},
                "dif": dif,
            }
        cases.append(
            {
                "quiz": quiz,
                "phase": phase,
                "people": len(rows),
                "alpha": f(alpha),
                "low": f(low),
                "high": f(high),
                "pingouinCi": [f(ci[0]), f(ci[1])],
                "ceiling": f((total == len(knowledge)).mean()),
                "reference": groups[0] if len(groups) >= 2 else None,
                "items": items,
            }
        )

    out = {
        "source": "pingouin.cronbach_alpha(ci=.95) (its interval rounded to 3 decimals; unrounded with scipy.stats.f.isf as pingouin computes it); scipy.stats.pearsonr(item, total - item); "
        "statsmodels StratifiedTable.oddsratio_pooled and test_null_odds (corrected when |sum(a - E(a))| >= 1/2, as R's mantelhaen.test)",
        "versions": {"pingouin": pingouin.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__},
        "demo": {"participants": 600, "seed": 11},
        "cases": cases,
    }
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {OUT}: {len(cases)} quiz phases")


if __name__ == "__main__":
    main(sys.argv[1])
