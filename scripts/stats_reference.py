#!/usr/bin/env python3
"""Reference values for src/stats.rs, computed independently with SciPy / statsmodels.

Usage (from the crate root):
    python3 -m venv .venv && .venv/bin/pip install scipy statsmodels
    .venv/bin/python scripts/stats_reference.py          # writes tests/data/stats-reference.json

The output is deterministic (fixed inputs, seeded generator, sorted keys), so
re-running with the same library versions reproduces the file byte for byte.
Each case stores its inputs, the expected value of every field of the Rust
result struct (camelCase, as serde writes it; null = None) and a "source"
string naming the exact call that produced the values.

Conventions (see src/stats.rs): d = after - before; Wilcoxon zero_method="wilcox",
correction=False; p-values two-sided.
"""

import json
import math
import os
import sys

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar as sm_mcnemar

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "stats-reference.json")


def f(x):
    """Plain Python float (numpy scalars -> float), NaN -> None."""
    x = float(x)
    return None if math.isnan(x) else x


# ---------------------------------------------------------------------------
# describe
# ---------------------------------------------------------------------------
def describe_case(name, xs):
    a = np.asarray(xs, dtype=float)
    q1, med, q3 = np.percentile(a, [25, 50, 75])  # method="linear" = type 7
    return {
        "name": name,
        "input": {"xs": xs},
        "expected": {
            "n": len(xs),
            "mean": f(np.mean(a)),
            "sd": f(np.std(a, ddof=1)) if len(xs) > 1 else None,
            "median": f(med),
            "q1": f(q1),
            "q3": f(q3),
            "min": f(np.min(a)),
            "max": f(np.max(a)),
        },
        "source": "numpy.mean(x); numpy.std(x, ddof=1) (None for n=1); "
        "numpy.percentile(x, [25, 50, 75]) (default method='linear' = Hyndman-Fan type 7); numpy.min/max",
    }


# ---------------------------------------------------------------------------
# paired t
# ---------------------------------------------------------------------------
def paired_t_case(name, before, after):
    b = np.asarray(before, dtype=float)
    a = np.asarray(after, dtype=float)
    d = a - b
    n = len(d)
    sd = float(np.std(d, ddof=1))
    mean = float(np.mean(d))
    if sd == 0.0:
        # scipy would divide by zero (t = +-inf or nan); stats.rs reports a degenerate result.
        return {
            "name": name,
            "input": {"before": before, "after": after},
            "expected": {
                "n": n, "meanDiff": mean, "sdDiff": 0.0, "se": 0.0, "t": None, "df": n - 1,
                "p": None, "ciLow": mean, "ciHigh": mean, "dZ": None, "dZCiLow": None,
                "dZCiHigh": None, "degenerate": True,
            },
            "source": "numpy.mean(after - before); sd = numpy.std(d, ddof=1) = 0 -> degenerate by definition "
            "(scipy.stats.ttest_rel would return t = inf/nan)",
        }
    res = stats.ttest_rel(a, b)
    ci = res.confidence_interval(0.95)
    dz = mean / sd
    se_dz = math.sqrt(1.0 / n + dz * dz / (2.0 * n))
    zc = stats.norm.ppf(0.975)
    return {
        "name": name,
        "input": {"before": before, "after": after},
        "expected": {
            "n": n,
            "meanDiff": mean,
            "sdDiff": sd,
            "se": f(stats.sem(d)),
            "t": f(res.statistic),
            "df": int(res.df),
            "p": f(res.pvalue),
            "ciLow": f(ci.low),
            "ciHigh": f(ci.high),
            "dZ": dz,
            "dZCiLow": dz - zc * se_dz,
            "dZCiHigh": dz + zc * se_dz,
            "degenerate": False,
        },
        "source": "r = scipy.stats.ttest_rel(after, before): t=r.statistic, df=r.df, p=r.pvalue, "
        "(ciLow, ciHigh)=r.confidence_interval(0.95); meanDiff=numpy.mean(d), sdDiff=numpy.std(d, ddof=1), "
        "se=scipy.stats.sem(d); dZ=meanDiff/sdDiff, dZ CI = dZ -+ scipy.stats.norm.ppf(0.975)*sqrt(1/n + dZ**2/(2n))",
    }


# ---------------------------------------------------------------------------
# Wilcoxon
# ---------------------------------------------------------------------------
def wilcoxon_case(name, before, after, note=None):
    b = np.asarray(before, dtype=float)
    a = np.asarray(after, dtype=float)
    d = a - b
    n_pairs = len(d)
    nz = d[d != 0]
    n_used = len(nz)
    case = {"name": name, "input": {"before": before, "after": after}}
    if n_used == 0:
        case["expected"] = None
        case["source"] = "all differences zero: scipy.stats.wilcoxon(after, before) has nothing to rank " \
            "(warns and returns nan); stats.rs returns None"
        return case
    # W+ and W- from scipy's one-sided statistic (= r_plus)
    w_plus = stats.wilcoxon(a, b, zero_method="wilcox", alternative="greater", method="asymptotic").statistic
    w_minus = stats.wilcoxon(b, a, zero_method="wilcox", alternative="greater", method="asymptotic").statistic
    asym = stats.wilcoxon(a, b, zero_method="wilcox", correction=False, method="asymptotic")
    z_abs = -float(asym.zstatistic)  # scipy reports -|z| for two-sided
    sign = 1.0 if w_plus > w_minus else (-1.0 if w_plus < w_minus else 0.0)
    ties = len(np.unique(np.abs(nz))) < n_used
    exact = (n_used == n_pairs) and (not ties) and n_used <= 50
    if exact:
        auto = stats.wilcoxon(a, b, zero_method="wilcox", correction=False, method="auto")
        ex = stats.wilcoxon(a, b, zero_method="wilcox", method="exact")
        assert ex.pvalue == auto.pvalue, "scipy auto did not choose exact"
        p = ex.pvalue
        stat = ex.statistic
        method = "exact"
        psrc = "p = scipy.stats.wilcoxon(after, before, method='exact').pvalue (== method='auto')"
    else:
        p = asym.pvalue
        stat = asym.statistic
        method = "normal"
        psrc = "p = scipy.stats.wilcoxon(after, before, zero_method='wilcox', correction=False, method='asymptotic').pvalue"
    case["expected"] = {
        "nPairs": n_pairs,
        "nUsed": n_used,
        "wPlus": f(w_plus),
        "wMinus": f(w_minus),
        "statistic": f(stat),
        "z": sign * z_abs,
        "p": f(p),
        "method": method,
        "ties": bool(ties),
        "r": z_abs / math.sqrt(n_pairs),
    }
    case["source"] = (
        "wPlus = scipy.stats.wilcoxon(after, before, alternative='greater', method='asymptotic').statistic; "
        "wMinus = same with (before, after); "
        "z = sign(wPlus - wMinus) * -scipy.stats.wilcoxon(after, before, zero_method='wilcox', correction=False, "
        "method='asymptotic').zstatistic; " + psrc + "; statistic from the same call; r = |z|/sqrt(nPairs)"
    )
    if note:
        case["note"] = note
    return case


# ---------------------------------------------------------------------------
# McNemar
# ---------------------------------------------------------------------------
def mcnemar_case(name, b, c, note=None):
    table = [[0, b], [c, 0]]  # diagonal cells do not enter McNemar's test
    case = {"name": name, "input": {"b": b, "c": c}}
    if b + c == 0:
        case["expected"] = {"b": 0, "c": 0, "statistic": 0.0, "p": 1.0, "method": "exact"}
        case["source"] = "b + c = 0: no discordant pairs, p = 1 by definition " \
            "(statsmodels mcnemar(exact=True) gives p = %r)" % f(sm_mcnemar(table, exact=True).pvalue)
    elif b + c < 25:
        r = sm_mcnemar(table, exact=True)
        bt = stats.binomtest(min(b, c), b + c, 0.5)
        assert abs(bt.pvalue - r.pvalue) <= 1e-12 * max(r.pvalue, 1e-300) or bt.pvalue == r.pvalue
        case["expected"] = {"b": b, "c": c, "statistic": f(r.statistic), "p": f(r.pvalue), "method": "exact"}
        case["source"] = "r = statsmodels.stats.contingency_tables.mcnemar([[0, b], [c, 0]], exact=True); " \
            "statistic = r.statistic (= min(b, c)), p = r.pvalue (checked == scipy.stats.binomtest(min(b,c), b+c, 0.5).pvalue)"
    elif b == c:
        r = sm_mcnemar(table, exact=False, correction=False)
        case["expected"] = {"b": b, "c": c, "statistic": f(r.statistic), "p": f(r.pvalue), "method": "chiSquare"}
        case["source"] = "b == c: R's mcnemar.test convention (no continuity correction when b = c), i.e. " \
            "statsmodels mcnemar(t, exact=False, correction=False) -> statistic 0, p 1. " \
            "(statsmodels with correction=True would give %r, p %r)" % (
                f(sm_mcnemar(table, exact=False, correction=True).statistic),
                f(sm_mcnemar(table, exact=False, correction=True).pvalue))
    else:
        r = sm_mcnemar(table, exact=False, correction=True)
        case["expected"] = {"b": b, "c": c, "statistic": f(r.statistic), "p": f(r.pvalue), "method": "chiSquare"}
        case["source"] = "r = statsmodels.stats.contingency_tables.mcnemar([[0, b], [c, 0]], exact=False, correction=True)"
    if note:
        case["note"] = note
    return case


# ---------------------------------------------------------------------------
# gains and retention (plain arithmetic: the definitions themselves)
# ---------------------------------------------------------------------------
def hake_case(pre, post):
    return {"input": {"pre": pre, "post": post},
            "expected": None if pre >= 100 else (post - pre) / (100 - pre)}


def mean_gain_case(name, pairs):
    gains = [(post - pre) / (100 - pre) for pre, post in pairs if pre < 100]
    return {"name": name, "input": {"pairs": [list(p) for p in pairs]},
            "expected": float(np.mean(gains)) if gains else None}


def retention_case(pre, post, fu):
    return {"input": {"pre": pre, "post": post, "followup": fu},
            "expected": None if post <= pre else (fu - pre) / (post - pre)}


def main():
    rng = np.random.default_rng(20240611)

    # Larger sample with ties and zeros: quiz scores out of 20, converted to percent.
    pre40 = rng.integers(6, 15, size=40)
    post40 = np.clip(pre40 + rng.integers(-2, 6, size=40), 0, 20)
    pre40p = [float(x) * 5.0 for x in pre40]
    post40p = [float(x) * 5.0 for x in post40]

    # Negative effect (knowledge decays): follow-up lower than post, with ties and zeros.
    post25 = rng.integers(10, 20, size=25)
    fu25 = np.clip(post25 - rng.integers(-1, 5, size=25), 0, 20)
    post25l = [float(x) for x in post25]
    fu25l = [float(x) for x in fu25]

    # 60 pairs, continuous, no ties, no zeros: n > 50 -> normal approximation.
    b60 = np.round(rng.uniform(30, 70, size=60), 6)
    a60 = np.round(b60 + rng.normal(2.0, 5.0, size=60), 6)
    # 50 pairs, no ties, no zeros: exact boundary.
    b50 = [float(x) for x in b60[:50]]
    a50 = [float(x) for x in a60[:50]]

    # Hollander & Wolfe Hamilton depression data (first visit x, second visit y)
    hw_x = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30]
    hw_y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]
    # Cushny & Peebles via Student (1908): extra hours of sleep, drug 1 (group 1) and drug 2 (group 2)
    sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

    ref = {
        "generator": "scripts/stats_reference.py",
        "versions": {
            "python": sys.version.split()[0],
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
        },
        "conventions": "d = after - before; two-sided p; Wilcoxon zero_method='wilcox', correction=False; "
        "quantiles type 7; null = None",
        "describe": [
            describe_case("odd n=7", [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0]),
            describe_case("even n=6", [10.0, 20.0, 30.0, 40.0, 55.0, 60.0]),
            describe_case("even n=8 percentages with ties", [62.5, 75.0, 87.5, 50.0, 100.0, 37.5, 75.0, 62.5]),
            describe_case("n=2", [40.0, 90.0]),
            describe_case("n=1 (sd None)", [42.0]),
            describe_case("n=40 pre scores", pre40p),
        ],
        "describeNone": [{"name": "empty", "input": {"xs": []}}],
        "pairedT": [
            paired_t_case("Student 1908 sleep data (drug 2 vs drug 1)", sleep1, sleep2),
            paired_t_case("n=40 positive effect, ties", pre40p, post40p),
            paired_t_case("n=25 negative effect (post -> follow-up)", post25l, fu25l),
            paired_t_case("n=3 small", [50.0, 60.0, 55.0], [70.0, 65.0, 80.0]),
            paired_t_case("n=2 minimum", [40.0, 50.0], [60.0, 55.0]),
            paired_t_case("degenerate: all differences 10", [50.0, 60.0, 70.0, 40.0], [60.0, 70.0, 80.0, 50.0]),
            paired_t_case("degenerate: all differences 0", [50.0, 60.0, 70.0], [50.0, 60.0, 70.0]),
        ],
        "pairedTNone": [
            {"name": "n=1", "input": {"before": [50.0], "after": [60.0]}},
            {"name": "unequal lengths", "input": {"before": [50.0, 60.0, 70.0], "after": [60.0, 70.0]}},
            {"name": "empty", "input": {"before": [], "after": []}},
        ],
        "wilcoxon": [
            wilcoxon_case("exact n=6 all positive", [10.0, 20.0, 30.0, 40.0, 50.0, 60.0],
                          [11.0, 22.0, 33.0, 44.0, 55.0, 66.0]),
            wilcoxon_case("exact n=8 mixed", [50.0, 60.0, 55.0, 70.0, 65.0, 40.0, 45.0, 80.0],
                          [58.0, 63.0, 54.0, 76.0, 70.0, 49.0, 43.0, 90.0]),
            wilcoxon_case("exact n=7 negative effect", [80.0, 75.0, 90.0, 85.0, 70.0, 95.0, 60.0],
                          [70.0, 74.0, 78.0, 83.0, 75.0, 80.0, 53.0]),
            wilcoxon_case("exact Hollander-Wolfe depression (before=x, after=y)", hw_x, hw_y),
            wilcoxon_case("exact n=50 boundary, continuous", b50, a50),
            wilcoxon_case("normal n=60 no ties (n > 50)", [float(x) for x in b60], [float(x) for x in a60]),
            wilcoxon_case("normal n=40 ties and zeros", pre40p, post40p),
            wilcoxon_case("normal n=25 negative effect, ties and zeros", post25l, fu25l),
            wilcoxon_case("normal n=8 ties (scipy auto would permute)", [50.0, 60.0, 55.0, 70.0, 65.0, 40.0, 45.0, 80.0],
                          [55.0, 65.0, 60.0, 65.0, 75.0, 50.0, 50.0, 90.0],
                          note="n <= 13 with ties: scipy method='auto' runs a permutation test; stats.rs uses "
                          "the normal approximation = scipy method='asymptotic'"),
            wilcoxon_case("normal n=6 one zero", [50.0, 60.0, 70.0, 80.0, 40.0, 30.0],
                          [50.0, 65.0, 77.0, 89.0, 44.0, 31.0],
                          note="a zero difference makes scipy 'auto' leave the exact test"),
            wilcoxon_case("all differences zero", [50.0, 60.0, 70.0], [50.0, 60.0, 70.0]),
        ],
        "wilcoxonNone": [
            {"name": "unequal lengths", "input": {"before": [1.0, 2.0], "after": [1.0]}},
            {"name": "empty", "input": {"before": [], "after": []}},
        ],
        "mcnemar": [
            mcnemar_case("b+c=0", 0, 0),
            mcnemar_case("exact 3 vs 7", 3, 7),
            mcnemar_case("exact 1 vs 0", 1, 0),
            mcnemar_case("exact 12 vs 12 (p clipped to 1)", 12, 12),
            mcnemar_case("exact boundary b+c=24", 5, 19),
            mcnemar_case("exact 0 vs 9", 0, 9),
            mcnemar_case("chi-square boundary b+c=25", 10, 15),
            mcnemar_case("chi-square 40 vs 12", 40, 12),
            mcnemar_case("chi-square 0 vs 30", 0, 30),
            mcnemar_case("chi-square |b-c|=1", 13, 12),
            mcnemar_case("chi-square b=c=20", 20, 20),
            mcnemar_case("chi-square Agresti presidential approval", 150, 86),
        ],
        "hakeGain": [hake_case(pre, post) for pre, post in [
            (40.0, 70.0), (80.0, 60.0), (0.0, 100.0), (99.5, 100.0), (50.0, 50.0), (100.0, 100.0),
            (100.0, 80.0), (62.5, 87.5)]],
        "meanIndividualGain": [
            mean_gain_case("mixed with one at ceiling", [(40.0, 70.0), (100.0, 90.0), (50.0, 80.0), (80.0, 60.0),
                                                         (62.5, 87.5)]),
            mean_gain_case("all at ceiling", [(100.0, 100.0), (100.0, 90.0)]),
            mean_gain_case("empty", []),
        ],
        "retention": [retention_case(*t) for t in [
            (40.0, 80.0, 70.0), (40.0, 80.0, 30.0), (40.0, 80.0, 90.0), (40.0, 80.0, 40.0),
            (50.0, 50.0, 60.0), (60.0, 50.0, 55.0), (37.5, 62.5, 50.0)]],
        "published": {
            "wilcoxonHollanderWolfe": {
                "citation": "Hollander, M. & Wolfe, D. A. (1973; 2nd ed. 1999) Nonparametric Statistical Methods, "
                "Wiley, Example 3.1 (Hamilton depression scale factor IV, 9 patients, first visit x vs second "
                "visit y); reproduced as the example of R's ?wilcox.test",
                "input": {"before": hw_x, "after": hw_y},
                "published": {"tPlusXMinusY": 40, "oneSidedP": 0.020, "oneSidedPDecimals": 3},
                "mapping": "T+ of x - y is our wMinus (d = after - before = y - x); the published one-sided "
                "P(T+ >= 40) is half our two-sided exact p",
            },
            "mcnemarAgresti": {
                "citation": "Agresti, A. (1990) Categorical Data Analysis, Wiley, p. 350 (2nd ed. 2002 sec. 10.1): "
                "presidential approval of 1600 voters in two surveys a month apart; 794 approve/approve, "
                "150 approve/disapprove, 86 disapprove/approve, 570 disapprove/disapprove; "
                "McNemar z^2 = 17.36 (uncorrected)",
                "input": {"b": 150, "c": 86},
                "published": {"uncorrectedChiSquare": 17.36, "decimals": 2},
                "mapping": "our statistic is continuity-corrected, (|b-c|-1)^2/(b+c); undoing the correction "
                "((sqrt(stat*(b+c)) + 1)^2/(b+c)) must give the published 17.36",
            },
            "pairedTStudentSleep": {
                "citation": "Student (1908) The probable error of a mean, Biometrika 6(1):1-25, data of Cushny & "
                "Peebles (1905): extra hours of sleep of 10 patients under two drugs; mean difference 1.58 h. "
                "The paired t-test on these data (R's datasets::sleep example) gives t = 4.0621, df = 9, "
                "p = 0.002833, 95% CI 0.7001142 to 2.4598858",
                "input": {"before": sleep1, "after": sleep2},
                "published": {"meanDiff": 1.58, "t": 4.0621, "df": 9, "p": 0.002833, "ciLow": 0.7001142,
                              "ciHigh": 2.4598858},
            },
        },
    }
    text = json.dumps(ref, indent=2, sort_keys=True, ensure_ascii=True, allow_nan=False) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
