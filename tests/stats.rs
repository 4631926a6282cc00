//! Checks `respond::results::stats` against reference values computed independently
//! with SciPy / statsmodels (`scripts/stats_reference.py` →
//! `tests/data/stats-reference.json`) and against published worked examples.
//!
//! Every field of every result struct is compared: the struct is serialised
//! with serde (camelCase, as the UI sees it) and its key set must equal the
//! reference's; numbers must agree to a relative 1e-9 (integers and strings
//! exactly). All p-values, including the normal-approximation, χ² and t ones,
//! meet 1e-9, so no looser tolerance is used. The largest relative error seen
//! (with the library versions recorded in the JSON) is ~1e-10, on p-values from
//! the normal tail, where statrs' erfc and SciPy's ndtr differ slightly;
//! exact-distribution p-values agree to the last bit or close to it.

use respond::results::stats::*;
use serde_json::Value;

const REL_TOL: f64 = 1e-9;
/// Absolute floor for values that are exactly 0 in the reference.
const ABS_FLOOR: f64 = 1e-15;

fn reference() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/stats-reference.json");
    let text = std::fs::read_to_string(path).expect("read stats-reference.json");
    serde_json::from_str(&text).expect("parse stats-reference.json")
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= REL_TOL * expected.abs() + ABS_FLOOR
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array().expect("array").iter().map(|x| x.as_f64().expect("number")).collect()
}

/// Compare a serialised result with the expected JSON, field by field.
fn assert_matches(case: &str, actual: &Value, expected: &Value) {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => {
            let mut ak: Vec<&String> = a.keys().collect();
            let mut ek: Vec<&String> = e.keys().collect();
            ak.sort();
            ek.sort();
            assert_eq!(ak, ek, "{case}: field sets differ");
            for (k, ev) in e {
                assert_matches(&format!("{case}.{k}"), &a[k], ev);
            }
        }
        (Value::Number(a), Value::Number(e)) => {
            if e.is_u64() || e.is_i64() {
                // integers in the reference: counts must match exactly
                let (a, e) = (a.as_f64().unwrap(), e.as_f64().unwrap());
                assert!(a == e, "{case}: {a} != {e}");
            } else {
                let (a, e) = (a.as_f64().unwrap(), e.as_f64().unwrap());
                assert!(
                    close(a, e),
                    "{case}: {a:e} vs reference {e:e} (rel err {:e})",
                    ((a - e) / e).abs()
                );
            }
        }
        _ => assert_eq!(actual, expected, "{case}"),
    }
}

fn cases<'a>(r: &'a Value, key: &str) -> &'a Vec<Value> {
    let v = r[key].as_array().unwrap_or_else(|| panic!("{key} missing"));
    assert!(!v.is_empty(), "{key}: no cases");
    v
}

// ---------------------------------------------------------------------------
// reference file against the library
// ---------------------------------------------------------------------------

#[test]
fn reference_records_versions_and_sources() {
    let r = reference();
    for k in ["scipy", "statsmodels", "numpy"] {
        assert!(r["versions"][k].is_string(), "version of {k} missing");
    }
    for key in ["describe", "pairedT", "wilcoxon", "mcnemar"] {
        for c in cases(&r, key) {
            assert!(c["source"].is_string(), "{key} {}: no source", c["name"]);
        }
    }
}

#[test]
fn describe_matches_numpy() {
    let r = reference();
    for c in cases(&r, "describe") {
        let name = c["name"].as_str().unwrap();
        let got = describe(&floats(&c["input"]["xs"])).unwrap_or_else(|| panic!("{name}: None"));
        assert_matches(name, &serde_json::to_value(&got).unwrap(), &c["expected"]);
    }
    for c in cases(&r, "describeNone") {
        assert!(describe(&floats(&c["input"]["xs"])).is_none(), "{}", c["name"]);
    }
}

#[test]
fn paired_t_matches_scipy() {
    let r = reference();
    for c in cases(&r, "pairedT") {
        let name = c["name"].as_str().unwrap();
        let got = paired_t(&floats(&c["input"]["before"]), &floats(&c["input"]["after"]))
            .unwrap_or_else(|| panic!("{name}: None"));
        assert_matches(name, &serde_json::to_value(&got).unwrap(), &c["expected"]);
    }
    for c in cases(&r, "pairedTNone") {
        let got = paired_t(&floats(&c["input"]["before"]), &floats(&c["input"]["after"]));
        assert!(got.is_none(), "{}: expected None, got {got:?}", c["name"]);
    }
}

#[test]
fn wilcoxon_matches_scipy() {
    let r = reference();
    let (mut exact, mut normal, mut none) = (0, 0, 0);
    for c in cases(&r, "wilcoxon") {
        let name = c["name"].as_str().unwrap();
        let got = wilcoxon(&floats(&c["input"]["before"]), &floats(&c["input"]["after"]));
        if c["expected"].is_null() {
            assert!(got.is_none(), "{name}: expected None, got {got:?}");
            none += 1;
            continue;
        }
        let got = got.unwrap_or_else(|| panic!("{name}: None"));
        match got.method {
            WilcoxonMethod::Exact => exact += 1,
            WilcoxonMethod::Normal => normal += 1,
        }
        assert_matches(name, &serde_json::to_value(&got).unwrap(), &c["expected"]);
    }
    // the reference must exercise both branches and the all-zero case
    assert!(exact >= 3 && normal >= 3 && none >= 1, "{exact} {normal} {none}");
    for c in cases(&r, "wilcoxonNone") {
        let got = wilcoxon(&floats(&c["input"]["before"]), &floats(&c["input"]["after"]));
        assert!(got.is_none(), "{}: expected None", c["name"]);
    }
}

#[test]
fn mcnemar_matches_statsmodels() {
    let r = reference();
    for c in cases(&r, "mcnemar") {
        let name = c["name"].as_str().unwrap();
        let b = c["input"]["b"].as_u64().unwrap() as u32;
        let cc = c["input"]["c"].as_u64().unwrap() as u32;
        let got = mcnemar(b, cc);
        assert_matches(name, &serde_json::to_value(&got).unwrap(), &c["expected"]);
    }
}

fn opt(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn assert_opt(case: &str, got: Option<f64>, expected: Option<f64>) {
    match (got, expected) {
        (Some(g), Some(e)) => assert!(close(g, e), "{case}: {g} vs {e}"),
        (None, None) => {}
        _ => panic!("{case}: got {got:?}, expected {expected:?}"),
    }
}

#[test]
fn gains_and_retention_match_reference() {
    let r = reference();
    for c in cases(&r, "hakeGain") {
        let (pre, post) =
            (c["input"]["pre"].as_f64().unwrap(), c["input"]["post"].as_f64().unwrap());
        assert_opt(&format!("hake({pre},{post})"), hake_gain(pre, post), opt(&c["expected"]));
    }
    for c in cases(&r, "meanIndividualGain") {
        let pairs: Vec<(f64, f64)> = c["input"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
            .collect();
        assert_opt(c["name"].as_str().unwrap(), mean_individual_gain(&pairs), opt(&c["expected"]));
    }
    for c in cases(&r, "retention") {
        let i = &c["input"];
        let (pre, post, fu) = (
            i["pre"].as_f64().unwrap(),
            i["post"].as_f64().unwrap(),
            i["followup"].as_f64().unwrap(),
        );
        assert_opt(
            &format!("retention({pre},{post},{fu})"),
            retention(pre, post, fu),
            opt(&c["expected"]),
        );
    }
}

// ---------------------------------------------------------------------------
// published worked examples
// ---------------------------------------------------------------------------

/// |actual − published| within half a unit of the published last decimal.
fn agrees_to_decimals(actual: f64, published: f64, decimals: i32) -> bool {
    (actual - published).abs() <= 0.5 * 10f64.powi(-decimals) + 1e-12
}

#[test]
fn published_hollander_wolfe_wilcoxon() {
    let r = reference();
    let ex = &r["published"]["wilcoxonHollanderWolfe"];
    assert!(ex["citation"].as_str().unwrap().contains("Hollander"));
    let w = wilcoxon(&floats(&ex["input"]["before"]), &floats(&ex["input"]["after"])).unwrap();
    assert_eq!(w.method, WilcoxonMethod::Exact);
    assert_eq!(w.n_used, 9);
    // T+ of x − y = 40 is our W− (d = y − x)
    assert_eq!(w.w_minus, ex["published"]["tPlusXMinusY"].as_f64().unwrap());
    assert_eq!(w.w_plus, 5.0);
    // exact one-sided P(T+ ≥ 40) = 10/512 = .0195, published as .020
    assert_eq!(w.p, 20.0 / 512.0);
    let published = ex["published"]["oneSidedP"].as_f64().unwrap();
    let dec = ex["published"]["oneSidedPDecimals"].as_i64().unwrap() as i32;
    assert!(agrees_to_decimals(w.p / 2.0, published, dec), "{} vs {published}", w.p / 2.0);
    assert!(w.z < 0.0, "scores fell: z must be negative");
}

#[test]
fn published_agresti_mcnemar() {
    let r = reference();
    let ex = &r["published"]["mcnemarAgresti"];
    let b = ex["input"]["b"].as_u64().unwrap() as u32;
    let c = ex["input"]["c"].as_u64().unwrap() as u32;
    let m = mcnemar(b, c);
    assert_eq!(m.method, McNemarMethod::ChiSquare);
    let n = f64::from(b + c);
    let uncorrected = ((m.statistic * n).sqrt() + 1.0).powi(2) / n;
    let published = ex["published"]["uncorrectedChiSquare"].as_f64().unwrap();
    let dec = ex["published"]["decimals"].as_i64().unwrap() as i32;
    assert!(agrees_to_decimals(uncorrected, published, dec), "{uncorrected} vs {published}");
    assert!(m.p < 0.001);
}

#[test]
fn published_student_sleep_paired_t() {
    let r = reference();
    let ex = &r["published"]["pairedTStudentSleep"];
    let t = paired_t(&floats(&ex["input"]["before"]), &floats(&ex["input"]["after"])).unwrap();
    let p = &ex["published"];
    assert!(agrees_to_decimals(t.mean_diff, p["meanDiff"].as_f64().unwrap(), 2));
    assert!(agrees_to_decimals(t.t.unwrap(), p["t"].as_f64().unwrap(), 4));
    assert_eq!(t.df as u64, p["df"].as_u64().unwrap());
    assert!(agrees_to_decimals(t.p.unwrap(), p["p"].as_f64().unwrap(), 6));
    assert!(agrees_to_decimals(t.ci_low, p["ciLow"].as_f64().unwrap(), 7));
    assert!(agrees_to_decimals(t.ci_high, p["ciHigh"].as_f64().unwrap(), 7));
}

// ---------------------------------------------------------------------------
// properties and edge cases that need no reference file
// ---------------------------------------------------------------------------

#[test]
fn describe_quartiles_by_hand() {
    // odd n = 5: h = 4p exactly on data points
    let d = describe(&[5.0, 1.0, 3.0, 2.0, 4.0]).unwrap();
    assert_eq!((d.q1, d.median, d.q3), (2.0, 3.0, 4.0));
    // even n = 4: h = 0.75, 1.5, 2.25 → 1.75, 2.5, 3.25
    let d = describe(&[4.0, 1.0, 2.0, 3.0]).unwrap();
    assert_eq!((d.q1, d.median, d.q3), (1.75, 2.5, 3.25));
    assert_eq!(d.sd, Some((5.0f64 / 3.0).sqrt()));
    let one = describe(&[7.0]).unwrap();
    assert_eq!((one.n, one.mean, one.sd, one.q1, one.q3), (1, 7.0, None, 7.0, 7.0));
    assert!(describe(&[1.0, f64::NAN]).is_none());
}

#[test]
fn paired_t_degenerate_and_invalid() {
    let t = paired_t(&[50.0, 60.0, 70.0], &[55.0, 65.0, 75.0]).unwrap();
    assert!(t.degenerate);
    assert_eq!((t.mean_diff, t.t, t.p, t.d_z), (5.0, None, None, None));
    assert_eq!((t.ci_low, t.ci_high), (5.0, 5.0));
    assert!(paired_t(&[1.0], &[2.0]).is_none());
    assert!(paired_t(&[1.0, 2.0], &[2.0]).is_none());
    assert!(paired_t(&[1.0, f64::INFINITY], &[2.0, 3.0]).is_none());
    // sign: a drop gives negative t and d_z
    let t = paired_t(&[80.0, 70.0, 90.0], &[60.0, 65.0, 70.0]).unwrap();
    assert_eq!(t.mean_diff, -15.0);
    assert!(t.t.unwrap() < 0.0 && t.d_z.unwrap() < 0.0);
    assert!(t.ci_low < t.mean_diff && t.mean_diff < t.ci_high);
}

#[test]
fn wilcoxon_exact_distribution_properties() {
    // n = 5, all positive: smallest two-sided exact p = 2/32
    let w = wilcoxon(&[0.0; 5], &[1.0, 2.0, 3.0, 4.0, 5.0]).unwrap();
    assert_eq!(w.method, WilcoxonMethod::Exact);
    assert_eq!((w.w_plus, w.w_minus, w.statistic), (15.0, 0.0, 0.0));
    assert_eq!(w.p, 2.0 / 32.0);
    // swapping before/after mirrors W+ and W−, keeps p and r, flips z
    let before = [3.0, 8.0, 1.0, 9.0, 4.0, 7.0];
    let after = [5.0, 4.0, 7.5, 9.5, 10.0, 6.0];
    let a = wilcoxon(&before, &after).unwrap();
    let b = wilcoxon(&after, &before).unwrap();
    assert_eq!((a.w_plus, a.w_minus), (b.w_minus, b.w_plus));
    assert_eq!(a.p, b.p);
    assert_eq!(a.z, -b.z);
    assert_eq!(a.r, b.r);
    // balanced: W+ = W− → p = 1 exactly
    let w = wilcoxon(&[0.0; 4], &[1.0, -2.0, -3.0, 4.0]).unwrap();
    assert_eq!((w.w_plus, w.w_minus, w.p), (5.0, 5.0, 1.0));
    // one used pair: p = 1, tie group of everything still has σ > 0
    let w = wilcoxon(&[0.0, 0.0], &[0.0, 3.0]).unwrap();
    assert_eq!((w.n_pairs, w.n_used, w.method), (2, 1, WilcoxonMethod::Normal));
    let w = wilcoxon(&[0.0; 3], &[2.0, 2.0, -2.0]).unwrap();
    assert!(w.z.is_finite() && w.ties);
    // all zero → None
    assert!(wilcoxon(&[1.0, 2.0], &[1.0, 2.0]).is_none());
}

#[test]
fn wilcoxon_exact_limit_is_fifty_pairs() {
    let before = vec![0.0; 51];
    let after: Vec<f64> =
        (1..=51).map(|i| f64::from(i) * if i % 3 == 0 { -1.0 } else { 1.0 }).collect();
    assert_eq!(wilcoxon(&before[..50], &after[..50]).unwrap().method, WilcoxonMethod::Exact);
    assert_eq!(wilcoxon(&before, &after).unwrap().method, WilcoxonMethod::Normal);
}

#[test]
fn mcnemar_branches() {
    assert_eq!(mcnemar(0, 0).p, 1.0);
    assert_eq!(mcnemar(0, 0).method, McNemarMethod::Exact);
    assert_eq!(mcnemar(12, 12).method, McNemarMethod::Exact);
    assert_eq!(mcnemar(12, 13).method, McNemarMethod::ChiSquare);
    // exact: b = 0, c = 5 → 2·(1/32)
    assert_eq!(mcnemar(0, 5).p, 2.0 / 32.0);
    // symmetric in b and c
    assert_eq!(mcnemar(3, 17).p, mcnemar(17, 3).p);
    assert_eq!(mcnemar(40, 12).statistic, mcnemar(12, 40).statistic);
    // χ² = (|40 − 12| − 1)² / 52
    assert_eq!(mcnemar(40, 12).statistic, 27.0 * 27.0 / 52.0);
}

#[test]
fn gains_edge_cases() {
    assert_eq!(hake_gain(40.0, 70.0), Some(0.5));
    assert_eq!(hake_gain(100.0, 100.0), None);
    assert_eq!(hake_gain(80.0, 60.0), Some(-1.0));
    assert_eq!(mean_individual_gain(&[(100.0, 90.0)]), None);
    assert_eq!(mean_individual_gain(&[(40.0, 70.0), (100.0, 0.0), (50.0, 100.0)]), Some(0.75));
    assert_eq!(retention(40.0, 80.0, 70.0), Some(0.75));
    assert_eq!(retention(50.0, 50.0, 60.0), None);
    assert_eq!(retention(60.0, 50.0, 70.0), None);
    assert_eq!(retention(40.0, 80.0, 30.0), Some(-0.25));
}

#[test]
fn thresholds() {
    assert_eq!(MIN_PAIRS, 5);
    assert_eq!(MIN_CELL, 5);
    assert!(suppress(0) && suppress(4));
    assert!(!suppress(5) && !suppress(100));
}

#[test]
fn serialises_camel_case() {
    let v = serde_json::to_value(mcnemar(3, 30)).unwrap();
    assert_eq!(v["method"], "chiSquare");
    let v = serde_json::to_value(paired_t(&[1.0, 2.0, 3.0], &[2.0, 4.0, 5.0]).unwrap()).unwrap();
    for k in ["meanDiff", "sdDiff", "ciLow", "ciHigh", "dZ", "dZCiLow", "dZCiHigh"] {
        assert!(v.get(k).is_some(), "{k} missing");
    }
    let v = serde_json::to_value(wilcoxon(&[0.0; 3], &[1.0, 2.0, 3.0]).unwrap()).unwrap();
    for k in ["nPairs", "nUsed", "wPlus", "wMinus"] {
        assert!(v.get(k).is_some(), "{k} missing");
    }
    assert_eq!(v["method"], "exact");
}
