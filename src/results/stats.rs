//! Statistics for pre / post / follow-up quiz scores, and for the item analysis.
//!
//! Every function here is pure: it takes numbers and returns numbers, with no
//! I/O, no randomness and no global state. Reference values for every function
//! come from SciPy / statsmodels (`scripts/stats_reference.py`, stored in
//! `tests/data/stats-reference.json`) and from published worked examples; see
//! `tests/stats.rs`. The item analysis's (α, Pearson, Mantel–Haenszel) come from
//! pingouin, SciPy and statsmodels (`scripts/items_reference.py`, `tests/items.rs`).
//!
//! Conventions shared by all paired functions:
//! - differences are `d = after − before`, so a positive mean difference /
//!   positive `z` means scores went up;
//! - inputs must be finite: a NaN or infinite value makes the function return
//!   `None` (the caller drops incomplete pairs before calling);
//! - sample sizes below [`MIN_PAIRS`] are still computed (for n ≥ 2); it is the
//!   results layer that decides to say "too few pairs" instead of a test.
//!
//! Dependencies: `serde` (result structs serialise in camelCase) and `statrs`
//! (the Normal, Student's t, F and χ² distributions).

use serde::Serialize;
use statrs::distribution::{ChiSquared, ContinuousCDF, FisherSnedecor, Normal, StudentsT};
use ts_rs::TS;

/// Fewest complete pairs for which the results layer reports a test.
///
/// Below this the report says "too few pairs" instead of a p-value. The
/// functions in this module still compute for any n ≥ 2 (the caller decides).
/// For scale: with n untied pairs the smallest exact two-sided Wilcoxon
/// p-value is 2/2ⁿ, i.e. 0.125 for n = 4 and 0.0625 for n = 5.
pub const MIN_PAIRS: usize = 5;

/// Smallest number of people a cell of a site report may show.
///
/// Cells with fewer than `MIN_CELL` people are suppressed (see [`suppress`]).
pub const MIN_CELL: usize = 5;

/// `true` when a cell of `n` people must be suppressed in a site report,
/// i.e. `n < MIN_CELL`. A cell of 0 people is also suppressed.
pub fn suppress(n: usize) -> bool {
    n < MIN_CELL
}

// ---------------------------------------------------------------------------
// describe
// ---------------------------------------------------------------------------

/// Descriptive statistics of one sample.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Describe {
    pub n: usize,
    pub mean: f64,
    /// Sample standard deviation (divisor n − 1); `None` when n = 1.
    pub sd: Option<f64>,
    pub median: f64,
    pub q1: f64,
    pub q3: f64,
    pub min: f64,
    pub max: f64,
}

/// Descriptive statistics: n, mean, sample sd, median, quartiles, min, max.
///
/// - mean = Σx / n
/// - sd = sqrt(Σ(x − mean)² / (n − 1)); `None` for n = 1 (undefined, not 0)
/// - quantile q(p) by linear interpolation, Hyndman & Fan type 7 (numpy's
///   default `np.percentile(x, 100p)`, R's default `quantile(x, p)`):
///   h = (n − 1)·p, q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) on the sorted
///   sample (0-based); median = q(0.5), q1 = q(0.25), q3 = q(0.75).
///
/// `None` when `xs` is empty or holds a non-finite value.
pub fn describe(xs: &[f64]) -> Option<Describe> {
    if xs.is_empty() || xs.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let n = xs.len();
    let mut sorted = xs.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mean = mean(xs);
    let sd = sample_sd(xs, mean);
    Some(Describe {
        n,
        mean,
        sd,
        median: quantile_type7(&sorted, 0.5),
        q1: quantile_type7(&sorted, 0.25),
        q3: quantile_type7(&sorted, 0.75),
        min: sorted[0],
        max: sorted[n - 1],
    })
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// Two-pass sample sd (divisor n − 1); `None` for n < 2.
fn sample_sd(xs: &[f64], mean: f64) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    let ss: f64 = xs.iter().map(|x| (x - mean) * (x - mean)).sum();
    Some((ss / (xs.len() - 1) as f64).sqrt())
}

/// Type-7 quantile of an already sorted, non-empty slice.
fn quantile_type7(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let frac = h - lo as f64;
    if lo + 1 >= sorted.len() {
        sorted[lo]
    } else {
        sorted[lo] + frac * (sorted[lo + 1] - sorted[lo])
    }
}

// ---------------------------------------------------------------------------
// paired t
// ---------------------------------------------------------------------------

/// Paired t-test on d = after − before (see [`paired_t`]).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairedT {
    pub n: usize,
    /// Mean of d = after − before.
    pub mean_diff: f64,
    /// Sample sd of d (divisor n − 1).
    pub sd_diff: f64,
    /// sd_diff / √n.
    pub se: f64,
    /// mean_diff / se; `None` when degenerate (sd_diff = 0).
    pub t: Option<f64>,
    /// n − 1.
    pub df: usize,
    /// Two-sided p-value; `None` when degenerate.
    pub p: Option<f64>,
    /// 95% CI of the mean difference: mean_diff ∓ t₀.₉₇₅,df · se
    /// (equal to mean_diff when degenerate).
    pub ci_low: f64,
    pub ci_high: f64,
    /// Cohen's d_z = mean_diff / sd_diff; `None` when degenerate.
    pub d_z: Option<f64>,
    /// Approximate 95% CI of d_z: d_z ∓ z₀.₉₇₅ · sqrt(1/n + d_z²/(2n)).
    pub d_z_ci_low: Option<f64>,
    pub d_z_ci_high: Option<f64>,
    /// `true` when every difference is the same (sd_diff = 0): there is no
    /// t statistic, p-value or standardised effect; only the mean difference
    /// is reported.
    pub degenerate: bool,
}

/// Paired (dependent-samples) t-test, like `scipy.stats.ttest_rel(after,
/// before)` with its `confidence_interval(0.95)`.
///
/// d = after − before, d̄ = mean(d), s = sd(d) (n − 1), se = s/√n,
/// t = d̄/se with df = n − 1, p = 2·P(T_df ≥ |t|),
/// 95% CI = d̄ ∓ t₀.₉₇₅,df·se.
/// Effect size d_z = d̄/s with approximate 95% CI
/// d_z ∓ z₀.₉₇₅·SE, SE(d_z) = sqrt(1/n + d_z²/(2n)) (normal approximation).
///
/// `None` when the lengths differ, n < 2, or a value is non-finite.
/// When s = 0 (all differences equal) the result has `degenerate = true`,
/// `t`, `p`, `d_z` and its CI `None`, se = 0 and the CI collapsed to d̄:
/// a t statistic would be ±∞ or 0/0, and we do not pretend otherwise.
pub fn paired_t(before: &[f64], after: &[f64]) -> Option<PairedT> {
    let d = differences(before, after)?;
    let n = d.len();
    if n < 2 {
        return None;
    }
    let mean_diff = mean(&d);
    let sd_diff = sample_sd(&d, mean_diff)?;
    let df = n - 1;
    let nf = n as f64;
    let se = sd_diff / nf.sqrt();
    if sd_diff == 0.0 {
        return Some(PairedT {
            n,
            mean_diff,
            sd_diff,
            se,
            t: None,
            df,
            p: None,
            ci_low: mean_diff,
            ci_high: mean_diff,
            d_z: None,
            d_z_ci_low: None,
            d_z_ci_high: None,
            degenerate: true,
        });
    }
    let t = mean_diff / se;
    let dist = StudentsT::new(0.0, 1.0, df as f64).ok()?;
    let p = (2.0 * dist.sf(t.abs())).min(1.0);
    let tcrit = dist.inverse_cdf(0.975);
    let d_z = mean_diff / sd_diff;
    let se_dz = (1.0 / nf + d_z * d_z / (2.0 * nf)).sqrt();
    let zcrit = std_normal().inverse_cdf(0.975);
    Some(PairedT {
        n,
        mean_diff,
        sd_diff,
        se,
        t: Some(t),
        df,
        p: Some(p),
        ci_low: mean_diff - tcrit * se,
        ci_high: mean_diff + tcrit * se,
        d_z: Some(d_z),
        d_z_ci_low: Some(d_z - zcrit * se_dz),
        d_z_ci_high: Some(d_z + zcrit * se_dz),
        degenerate: false,
    })
}

fn std_normal() -> Normal {
    Normal::new(0.0, 1.0).expect("standard normal parameters are valid")
}

/// after − before, or `None` for unequal lengths / non-finite values. Differences are
/// rounded to 1e-9 so that equal changes of percent scores (66.67 − 58.33 and
/// 58.33 − 50.00, say) tie, as they do on paper, despite floating-point remainders.
fn differences(before: &[f64], after: &[f64]) -> Option<Vec<f64>> {
    if before.len() != after.len() {
        return None;
    }
    let d: Vec<f64> =
        before.iter().zip(after).map(|(b, a)| ((a - b) * 1e9).round() / 1e9).collect();
    if d.iter().any(|x| !x.is_finite()) {
        return None;
    }
    Some(d)
}

// ---------------------------------------------------------------------------
// Wilcoxon signed-rank
// ---------------------------------------------------------------------------

/// How a p-value was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum WilcoxonMethod {
    /// Exact null distribution of W+ (no ties, no zeros, n ≤ 50).
    Exact,
    /// Normal approximation with tie correction, no continuity correction.
    Normal,
}

/// Largest number of pairs for which [`wilcoxon`] uses the exact distribution
/// (as scipy's `method="auto"`).
pub const WILCOXON_EXACT_MAX_N: usize = 50;

/// Wilcoxon signed-rank test on d = after − before (see [`wilcoxon`]).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Wilcoxon {
    /// Number of pairs given.
    pub n_pairs: usize,
    /// Number of non-zero differences (zeros are dropped).
    pub n_used: usize,
    /// Sum of ranks of positive differences (improvements).
    pub w_plus: f64,
    /// Sum of ranks of negative differences.
    pub w_minus: f64,
    /// min(W+, W−), as scipy reports for a two-sided test.
    pub statistic: f64,
    /// Signed normal-approximation z = (W+ − μ)/σ (positive = scores rose);
    /// |z| equals |scipy `zstatistic`| (scipy reports −|z|).
    pub z: f64,
    /// Two-sided p-value from `method`.
    pub p: f64,
    pub method: WilcoxonMethod,
    /// Any tied |d| among the non-zero differences.
    pub ties: bool,
    /// Effect size r = |z| / √N with N = n_pairs.
    pub r: f64,
}

/// Wilcoxon signed-rank test, like `scipy.stats.wilcoxon(after, before)`
/// (zero_method="wilcox", correction=False, two-sided).
///
/// d = after − before; zero differences are dropped (Wilcoxon's method);
/// the n = n_used remaining |d| get average ranks for ties.
/// W+ = Σ ranks of d > 0, W− = Σ ranks of d < 0, statistic = min(W+, W−).
///
/// Normal approximation (no continuity correction, as scipy's default):
/// μ = n(n+1)/4, σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over tie groups of size
/// t, z = (W+ − μ)/σ, p = 2·(1 − Φ(|z|)).
///
/// Method: `Exact` when there are no zeros, no ties and n ≤ 50 — scipy 1.17's
/// `method="auto"` rule — with p = min(1, 2·min(P(W+ ≤ w), P(W+ ≥ w))) from
/// the exact null distribution of W+ (count subsets of ranks 1..n by sum,
/// dynamic programming; each of the 2ⁿ sign patterns has probability 2⁻ⁿ).
/// Otherwise `Normal`. (For n ≤ 13 with ties or zeros scipy's "auto" runs a
/// permutation test instead; we use the normal approximation there, which is
/// scipy's `method="asymptotic"`.)
///
/// Effect size r = |z|/√N with N = n_pairs (the product spec: "r = Z/√N,
/// N = pairs"; some texts divide by √n_used instead). z is always the normal
/// approximation z, also when the p-value is exact.
///
/// `None` when lengths differ, a value is non-finite, or n_used = 0 (all
/// differences zero: there is nothing to rank).
pub fn wilcoxon(before: &[f64], after: &[f64]) -> Option<Wilcoxon> {
    let d = differences(before, after)?;
    let n_pairs = d.len();
    let nz: Vec<f64> = d.iter().copied().filter(|&x| x != 0.0).collect();
    let n_used = nz.len();
    if n_used == 0 {
        return None;
    }
    let (ranks, tie_sizes) = average_ranks_abs(&nz);
    let mut w_plus = 0.0;
    let mut w_minus = 0.0;
    for (x, r) in nz.iter().zip(&ranks) {
        if *x > 0.0 {
            w_plus += r;
        } else {
            w_minus += r;
        }
    }
    let ties = tie_sizes.iter().any(|&t| t > 1);
    let n = n_used as f64;
    let mu = n * (n + 1.0) / 4.0;
    let tie_term: f64 = tie_sizes
        .iter()
        .map(|&t| {
            let t = t as f64;
            t * t * t - t
        })
        .sum();
    let var = n * (n + 1.0) * (2.0 * n + 1.0) / 24.0 - tie_term / 48.0;
    let sigma = var.sqrt();
    // sigma > 0 whenever n_used ≥ 1: even with one tie group of all n values
    // var = n(n+1)(2n+1)/24 − (n³ − n)/48 = n(n+1)²/16 > 0.
    let z = (w_plus - mu) / sigma;
    let zero_count = n_pairs - n_used;
    let method = if zero_count == 0 && !ties && n_used <= WILCOXON_EXACT_MAX_N {
        WilcoxonMethod::Exact
    } else {
        WilcoxonMethod::Normal
    };
    let p = match method {
        WilcoxonMethod::Exact => exact_signed_rank_p(n_used, w_plus),
        WilcoxonMethod::Normal => (2.0 * std_normal().sf(z.abs())).min(1.0),
    };
    Some(Wilcoxon {
        n_pairs,
        n_used,
        w_plus,
        w_minus,
        statistic: w_plus.min(w_minus),
        z,
        p,
        method,
        ties,
        r: z.abs() / (n_pairs as f64).sqrt(),
    })
}

/// Average ranks (1-based) of |x| and the sizes of the tie groups.
fn average_ranks_abs(xs: &[f64]) -> (Vec<f64>, Vec<usize>) {
    let n = xs.len();
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| xs[a].abs().total_cmp(&xs[b].abs()));
    let mut ranks = vec![0.0; n];
    let mut sizes = Vec::new();
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        while j < n && xs[idx[j]].abs() == xs[idx[i]].abs() {
            j += 1;
        }
        // positions i..j (0-based) share ranks i+1..=j; average (i+1+j)/2
        let avg = (i + 1 + j) as f64 / 2.0;
        for &k in &idx[i..j] {
            ranks[k] = avg;
        }
        sizes.push(j - i);
        i = j;
    }
    (ranks, sizes)
}

/// Two-sided exact p of the signed-rank statistic W+ = `w` for n untied,
/// non-zero differences: p = min(1, 2·min(P(W+ ≤ w), P(W+ ≥ w))).
/// (Like scipy, a non-integral w is rounded up for the lower tail and down for
/// the upper tail; with no ties w is always an integer.)
fn exact_signed_rank_p(n: usize, w: f64) -> f64 {
    let max = n * (n + 1) / 2;
    // counts[s] = number of subsets of {1..n} whose sum is s; ≤ 2ⁿ ≤ 2⁵⁰.
    let mut counts = vec![0u64; max + 1];
    counts[0] = 1;
    for k in 1..=n {
        let top = k * (k + 1) / 2;
        for s in (k..=top).rev() {
            counts[s] += counts[s - k];
        }
    }
    let total = 2f64.powi(n as i32);
    let lo = (w.ceil().max(0.0) as usize).min(max);
    let hi = (w.floor().max(0.0) as usize).min(max);
    let p_le: u64 = counts[..=lo].iter().sum();
    let p_ge: u64 = counts[hi..].iter().sum();
    let p = 2.0 * (p_le.min(p_ge) as f64) / total;
    p.min(1.0)
}

// ---------------------------------------------------------------------------
// McNemar
// ---------------------------------------------------------------------------

/// How the McNemar p-value was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum McNemarMethod {
    /// Two-sided exact binomial test (b + c < 25).
    Exact,
    /// χ² with 1 df and continuity correction (b + c ≥ 25).
    ChiSquare,
}

/// Below this number of discordant pairs [`mcnemar`] uses the exact test.
pub const MCNEMAR_EXACT_BELOW: u32 = 25;

/// McNemar test for one quiz item before/after (see [`mcnemar`]).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct McNemar {
    /// Right before, wrong after.
    pub b: u32,
    /// Wrong before, right after.
    pub c: u32,
    /// Exact: min(b, c) (the binomial count, as statsmodels reports);
    /// ChiSquare: (|b − c| − 1)²/(b + c), 0 when b = c.
    pub statistic: f64,
    /// Two-sided p-value.
    pub p: f64,
    pub method: McNemarMethod,
}

/// McNemar test on the discordant pairs b = right→wrong, c = wrong→right.
///
/// - b + c = 0: no discordant pairs, statistic 0, p = 1 (method `Exact`).
/// - b + c < 25: exact two-sided binomial test, X ~ Bin(b + c, ½),
///   p = min(1, 2·P(X ≤ min(b, c))), statistic = min(b, c); matches
///   `statsmodels.stats.contingency_tables.mcnemar(t, exact=True)`.
/// - b + c ≥ 25: χ² = (|b − c| − 1)²/(b + c), p = P(χ²₁ ≥ χ²) = 2·(1 − Φ(√χ²));
///   matches `mcnemar(t, exact=False, correction=True)` and R's
///   `mcnemar.test`, except that when b = c we report χ² = 0, p = 1 (as R
///   does: no correction when there is no difference to correct), where
///   statsmodels gives (0 − 1)²/(b + c).
pub fn mcnemar(b: u32, c: u32) -> McNemar {
    let n = b + c;
    if n == 0 {
        return McNemar { b, c, statistic: 0.0, p: 1.0, method: McNemarMethod::Exact };
    }
    if n < MCNEMAR_EXACT_BELOW {
        let k = b.min(c);
        // P(X ≤ k) = Σ_{i ≤ k} C(n, i) / 2ⁿ, exact in integers for n < 25.
        let mut coef: u64 = 1; // C(n, 0)
        let mut tail: u64 = 1;
        for i in 1..=u64::from(k) {
            // C(n, i) = C(n, i − 1)·(n − i + 1)/i, exact at every step
            coef = coef * (u64::from(n) - i + 1) / i;
            tail += coef;
        }
        let p = (2.0 * tail as f64 / 2f64.powi(n as i32)).min(1.0);
        McNemar { b, c, statistic: f64::from(k), p, method: McNemarMethod::Exact }
    } else {
        let diff = (i64::from(b) - i64::from(c)).unsigned_abs() as f64;
        let corrected = (diff - 1.0).max(0.0);
        let statistic = corrected * corrected / f64::from(n);
        let p = (2.0 * std_normal().sf(statistic.sqrt())).min(1.0);
        McNemar { b, c, statistic, p, method: McNemarMethod::ChiSquare }
    }
}

// ---------------------------------------------------------------------------
// Gains and retention
// ---------------------------------------------------------------------------

/// Hake's normalised gain g = (post − pre)/(100 − pre), scores in percent.
///
/// The share of the possible improvement that was realised; negative when the
/// score fell. `None` when pre ≥ 100 (no room to gain) or a value is
/// non-finite. No clamping.
pub fn hake_gain(pre_pct: f64, post_pct: f64) -> Option<f64> {
    if !pre_pct.is_finite() || !post_pct.is_finite() || pre_pct >= 100.0 {
        return None;
    }
    Some((post_pct - pre_pct) / (100.0 - pre_pct))
}

/// Mean of per-person Hake gains ⟨g⟩ = Σ gᵢ / m over the m people whose gain
/// is defined (pre < 100; people at ceiling are skipped, as are non-finite
/// pairs). Pairs are `(pre_pct, post_pct)`. `None` when no gain is defined.
///
/// This is the average of individual gains, not the gain of the averages
/// (Hake's class-average ⟨g⟩ = (⟨post⟩ − ⟨pre⟩)/(100 − ⟨pre⟩)).
pub fn mean_individual_gain(pairs: &[(f64, f64)]) -> Option<f64> {
    let gains: Vec<f64> = pairs.iter().filter_map(|&(pre, post)| hake_gain(pre, post)).collect();
    if gains.is_empty() {
        None
    } else {
        Some(mean(&gains))
    }
}

/// Retention: share of the training gain still there at follow-up,
/// (followup − pre)/(post − pre).
///
/// 1 = all of the gain kept, 0 = back to baseline, > 1 = improved further,
/// < 0 = below baseline. `None` when post ≤ pre (no gain to retain) or a
/// value is non-finite. No clamping.
pub fn retention(pre: f64, post: f64, followup: f64) -> Option<f64> {
    if !(pre.is_finite() && post.is_finite() && followup.is_finite()) || post <= pre {
        return None;
    }
    Some((followup - pre) / (post - pre))
}

// ---------------------------------------------------------------------------
// Item analysis: reliability, item–rest correlation, differential functioning
// ---------------------------------------------------------------------------

/// Cronbach's α of a test with its 95 % confidence interval.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Alpha {
    pub alpha: f64,
    pub low: f64,
    pub high: f64,
}

/// Cronbach's α of `rows` (one row per person, one column per item; on right/wrong
/// items it is KR-20), with Feldt's 95 % interval from the F distribution with n − 1
/// and (n − 1)(k − 1) degrees of freedom. Variances use the divisor n − 1. Matches
/// `pingouin.cronbach_alpha(data, ci=.95)`. `None` for fewer than two people or two
/// items, ragged rows, or a total score that does not vary.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<Alpha> {
    let (n, k) = (rows.len(), rows.first()?.len());
    if n < 2 || k < 2 || rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let column = |j: usize| rows.iter().map(|r| r[j]).collect::<Vec<f64>>();
    let variance = |xs: &[f64]| sample_sd(xs, mean(xs)).map(|sd| sd * sd);
    let item_variance: f64 = (0..k).map(|j| variance(&column(j))).sum::<Option<f64>>()?;
    let totals: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
    let total_variance = variance(&totals).filter(|v| *v > 0.0)?;
    let kf = k as f64;
    let alpha = kf / (kf - 1.0) * (1.0 - item_variance / total_variance);
    let f = FisherSnedecor::new((n - 1) as f64, ((n - 1) * (k - 1)) as f64).ok()?;
    Some(Alpha {
        alpha,
        low: 1.0 - (1.0 - alpha) * f.inverse_cdf(0.975),
        high: 1.0 - (1.0 - alpha) * f.inverse_cdf(0.025),
    })
}

/// Pearson's correlation of two samples of the same length; `None` when either does
/// not vary. Matches `scipy.stats.pearsonr(x, y).statistic`.
pub fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    if xs.len() != ys.len() || xs.len() < 2 {
        return None;
    }
    let (mx, my) = (mean(xs), mean(ys));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in xs.iter().zip(ys) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0))
}

/// The Mantel–Haenszel test of one item across two groups, matched on total score.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MantelHaenszel {
    /// The common odds ratio of answering rightly, reference over focal group; `None`
    /// when it is 0 or infinite (a group where nobody, or everybody, got it right).
    pub odds_ratio: Option<f64>,
    /// ETS delta, −2.35 ln(odds ratio): negative when the item is harder for the focal group.
    pub delta: Option<f64>,
    /// χ², one degree of freedom, with the continuity correction when |Σa − ΣE(a)| ≥ ½.
    pub statistic: f64,
    pub p: f64,
}

/// Mantel–Haenszel over strata `[a, b, c, d]`: reference right, reference wrong, focal
/// right, focal wrong. Strata with an empty group add nothing and are skipped. Matches
/// statsmodels' `StratifiedTable(tables)`: `oddsratio_pooled`, and `test_null_odds`
/// with the correction only when |Σa − ΣE(a)| ≥ ½ (as R's `mantelhaen.test` does, where
/// statsmodels would over-correct). `None` when the variance is 0.
pub fn mantel_haenszel(strata: &[[f64; 4]]) -> Option<MantelHaenszel> {
    let (mut num, mut den, mut a_sum, mut expected, mut variance) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for &[a, b, c, d] in strata {
        let (reference, focal) = (a + b, c + d);
        if reference == 0.0 || focal == 0.0 {
            continue;
        }
        let n = reference + focal;
        let (right, wrong) = (a + c, b + d);
        num += a * d / n;
        den += b * c / n;
        a_sum += a;
        expected += reference * right / n;
        variance += reference * focal * right * wrong / (n * n * (n - 1.0));
    }
    if variance <= 0.0 {
        return None;
    }
    let odds_ratio = (num > 0.0 && den > 0.0).then(|| num / den);
    let difference = (a_sum - expected).abs();
    let corrected = if difference >= 0.5 { difference - 0.5 } else { difference };
    let statistic = corrected * corrected / variance;
    let p = ChiSquared::new(1.0).ok()?.sf(statistic);
    Some(MantelHaenszel { odds_ratio, delta: odds_ratio.map(|o| -2.35 * o.ln()), statistic, p })
}
