//! The item analysis against reference values worked out independently from the JSON
//! export of the same sample data with pingouin, SciPy and statsmodels
//! (`scripts/items_reference.py` → `tests/data/items-reference.json`), and on an item
//! made to behave differently in one language.

use respond::content::Library;
use respond::i18n::Language;
use respond::results::evaluation::Scope;
use respond::results::items::{analyse, Flag, ItemAnalysis, PhaseItems};
use respond::Store;
use serde_json::Value;

const PASS: &str = "correct horse battery";
/// Sums of 0/1 and F quantiles: agreement to 1e-9 relative is expected.
const REL_TOL: f64 = 1e-9;

fn close(actual: f64, expected: &Value) -> bool {
    let e = expected.as_f64().expect("a number");
    (actual - e).abs() <= REL_TOL * e.abs() + 1e-12
}

fn sample() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    respond::results::demo::fill(
        &store,
        &Library::embedded(),
        600,
        Language::En,
        11,
        &respond::jobs::Job::quiet(),
    )
    .unwrap();
    (dir, store)
}

fn phase<'a>(analysis: &'a ItemAnalysis, quiz: &str, phase: &str) -> &'a PhaseItems {
    let quiz = analysis.quizzes.iter().find(|q| q.quiz_id == quiz).expect("the quiz is analysed");
    quiz.phases
        .iter()
        .find(|p| serde_json::to_value(p.phase).unwrap() == phase)
        .expect("the phase is analysed")
}

#[test]
fn every_figure_matches_pingouin_scipy_and_statsmodels_on_the_same_export() {
    let (_dir, store) = sample();
    let analysis = analyse(&store, &Library::embedded(), &Scope::All, Language::En).unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/items-reference.json");
    let reference: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = reference["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 6, "two quizzes at three phases");
    let (mut compared, mut dif_compared) = (0, 0);
    for case in cases {
        let (quiz, name) = (case["quiz"].as_str().unwrap(), case["phase"].as_str().unwrap());
        let p = phase(&analysis, quiz, name);
        let at = format!("{quiz} {name}");
        assert_eq!(u64::from(p.people), case["people"].as_u64().unwrap(), "{at}: people");
        let alpha = p.reliability.as_ref().expect("alpha");
        assert!(
            close(alpha.alpha, &case["alpha"]),
            "{at}: alpha {} vs {}",
            alpha.alpha,
            case["alpha"]
        );
        assert!(close(alpha.low, &case["low"]), "{at}: low {} vs {}", alpha.low, case["low"]);
        assert!(close(alpha.high, &case["high"]), "{at}: high {} vs {}", alpha.high, case["high"]);
        let rounded = |x: f64| (x * 1000.0).round() / 1000.0;
        assert_eq!(
            [rounded(alpha.low), rounded(alpha.high)],
            [case["pingouinCi"][0].as_f64().unwrap(), case["pingouinCi"][1].as_f64().unwrap()],
            "{at}: pingouin's interval, to its three decimals"
        );
        assert!(close(p.ceiling.unwrap(), &case["ceiling"]), "{at}: ceiling");
        assert_eq!(
            p.reference.map(|l| l.code().to_string()),
            case["reference"].as_str().map(String::from),
            "{at}: the reference language"
        );
        let items = case["items"].as_object().unwrap();
        assert_eq!(p.items.len(), items.len(), "{at}: every knowledge item");
        for item in &p.items {
            let expected = &items[&item.item_id];
            let at = format!("{at} {}", item.item_id);
            assert!(close(item.right, &expected["right"]), "{at}: right");
            assert!(close(item.blank, &expected["blank"]), "{at}: blank");
            match (item.discrimination, expected["discrimination"].is_null()) {
                (Some(r), false) => assert!(
                    close(r, &expected["discrimination"]),
                    "{at}: r {r} vs {}",
                    expected["discrimination"]
                ),
                (None, true) => {}
                (r, _) => panic!("{at}: discrimination {r:?} vs {}", expected["discrimination"]),
            }
            let choices = expected["choices"].as_object().unwrap();
            assert_eq!(item.choices.len(), choices.len(), "{at}: options");
            for c in &item.choices {
                assert!(close(c.share, &choices[&c.option]), "{at} {}: share", c.option);
            }
            if let Some(dk) = item.dont_know {
                assert!(close(dk, &choices["dontknow"]), "{at}: don't know");
            }
            let dif = expected["dif"].as_object().unwrap();
            assert_eq!(item.dif.len(), dif.len(), "{at}: languages compared");
            for d in &item.dif {
                let e = &dif[d.language.code()];
                match d.test.odds_ratio {
                    Some(o) => {
                        assert!(close(o, &e["oddsRatio"]), "{at} {:?}: odds ratio", d.language)
                    }
                    None => assert!(e["oddsRatio"].is_null(), "{at} {:?}: odds ratio", d.language),
                }
                assert!(
                    close(d.test.statistic, &e["statistic"]),
                    "{at} {:?}: chi-square",
                    d.language
                );
                assert!(
                    close(d.test.p, &e["p"]),
                    "{at} {:?}: p {} vs {}",
                    d.language,
                    d.test.p,
                    e["p"]
                );
                dif_compared += 1;
            }
            compared += 1;
        }
    }
    assert!(
        compared > 100 && dif_compared > 100,
        "{compared} items, {dif_compared} language comparisons"
    );
}

#[test]
fn an_item_that_is_harder_in_one_language_is_flagged_first_with_its_language() {
    let (_dir, store) = sample();
    // Two French pre-tests in three get one item wrong; everyone else answers as before.
    store
        .conn()
        .execute(
            "UPDATE answers SET chosen = '[\"a\"]' WHERE item_id = 'naloxone-vs-naltrexone' AND attempt_id IN
             (SELECT id FROM attempts WHERE phase = 'pre' AND language = 'fr' AND id % 3 != 0)",
            [],
        )
        .unwrap();
    let analysis = analyse(&store, &Library::embedded(), &Scope::All, Language::Fr).unwrap();
    let pre = phase(&analysis, "core", "pre");
    let item = pre.items.iter().find(|i| i.item_id == "naloxone-vs-naltrexone").unwrap();
    assert!(
        item.flags.contains(&Flag::Dif { language: Language::Fr, class: 'C' }),
        "{:?}",
        item.flags
    );
    let fr = item.dif.iter().find(|d| d.language == Language::Fr).unwrap();
    assert!(
        fr.test.delta.unwrap() < -1.5 && fr.test.p < 0.001,
        "harder in French, a negative delta: {:?}",
        fr.test
    );
    let first_unflagged =
        pre.items.iter().position(|i| i.flags.is_empty()).unwrap_or(pre.items.len());
    assert!(
        pre.items[first_unflagged..].iter().all(|i| i.flags.is_empty()),
        "no flagged item after an unflagged one"
    );
    assert!(!item.prompt.is_empty() && item.prompt != item.item_id, "the question in French");
}

#[test]
fn a_small_group_gets_no_item_figures_and_an_item_everyone_gets_right_is_at_the_ceiling() {
    let (_dir, store) = sample();
    let analysis =
        analyse(&store, &Library::embedded(), &Scope::Session { id: 1 }, Language::En).unwrap();
    for quiz in &analysis.quizzes {
        for p in &quiz.phases {
            assert!(
                p.too_few && p.items.is_empty() && p.reliability.is_none(),
                "{} people",
                p.people
            );
        }
    }
    store
        .conn()
        .execute("UPDATE answers SET chosen = '[\"c\"]' WHERE item_id = 'signs-triad'", [])
        .unwrap();
    let analysis = analyse(&store, &Library::embedded(), &Scope::All, Language::En).unwrap();
    let item =
        phase(&analysis, "core", "post").items.iter().find(|i| i.item_id == "signs-triad").unwrap();
    assert_eq!(item.right, 1.0);
    assert_eq!(item.discrimination, None, "an item nobody gets wrong separates nobody");
    assert!(item.flags.contains(&Flag::Ceiling) && item.flags.contains(&Flag::LowDiscrimination));
}
