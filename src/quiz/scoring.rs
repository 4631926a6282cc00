//! Scores: knowledge items right or wrong (don't know and no answer count as wrong;
//! multiple select is right only when exactly the right options are chosen), per domain,
//! and confidence reported apart, never mixed into knowledge.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use ts_rs::TS;

use crate::content::bank::{Domain, Item, ItemKind};

/// Whether `chosen` answers `item` rightly; `None` for agreement items.
pub fn is_correct(item: &Item, chosen: &[String]) -> Option<bool> {
    match item.kind {
        ItemKind::Agree => None,
        _ => {
            let chosen: BTreeSet<&String> = chosen.iter().collect();
            let key: BTreeSet<&String> = item.answer.iter().collect();
            Some(!chosen.is_empty() && chosen == key)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
pub struct Tally {
    pub correct: u32,
    pub total: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    /// Knowledge items only.
    pub knowledge: Tally,
    pub by_domain: BTreeMap<Domain, Tally>,
    /// Mean of the 1–5 agreement answers given, if any.
    pub confidence: Option<f64>,
    pub answered: u32,
    /// Every item has an answer row (a skipped item has an empty one): the attempt was
    /// finished. A partial attempt is shown as such and left out of the group's figures.
    pub complete: bool,
}

/// Scores one attempt at the quiz made of `items`, from `answers` (item id → option ids).
pub fn score(items: &[&Item], answers: &BTreeMap<String, Vec<String>>) -> Score {
    let mut knowledge = Tally::default();
    let mut by_domain: BTreeMap<Domain, Tally> = BTreeMap::new();
    let mut agreement = vec![];
    let mut answered = 0;
    for item in items {
        let chosen = answers.get(&item.id).map(Vec::as_slice).unwrap_or_default();
        if !chosen.is_empty() {
            answered += 1;
        }
        match is_correct(item, chosen) {
            None => agreement.extend(chosen.first().and_then(|c| c.parse::<f64>().ok())),
            Some(right) => {
                let domain = by_domain.entry(item.domain).or_default();
                domain.total += 1;
                knowledge.total += 1;
                if right {
                    domain.correct += 1;
                    knowledge.correct += 1;
                }
            }
        }
    }
    let confidence =
        (!agreement.is_empty()).then(|| agreement.iter().sum::<f64>() / agreement.len() as f64);
    let complete = items.iter().all(|i| answers.contains_key(&i.id));
    Score { knowledge, by_domain, confidence, answered, complete }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, kind: ItemKind, domain: Domain, options: &[&str], answer: &[&str]) -> Item {
        Item {
            id: id.into(),
            kind,
            domain,
            module: "m".into(),
            options: options.iter().map(|s| s.to_string()).collect(),
            answer: answer.iter().map(|s| s.to_string()).collect(),
            myth: None,
        }
    }

    fn chosen(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn single_choice_and_true_false() {
        let single = item("s", ItemKind::Single, Domain::Signs, &["a", "b", "c"], &["b"]);
        assert_eq!(is_correct(&single, &chosen(&["b"])), Some(true));
        assert_eq!(is_correct(&single, &chosen(&["a"])), Some(false));
        assert_eq!(is_correct(&single, &chosen(&[])), Some(false), "no answer is wrong");
        let tf = item("t", ItemKind::Truefalse, Domain::Myths, &[], &["false"]);
        assert_eq!(is_correct(&tf, &chosen(&["false"])), Some(true));
        assert_eq!(is_correct(&tf, &chosen(&["true"])), Some(false));
        assert_eq!(
            is_correct(&tf, &chosen(&["dontknow"])),
            Some(false),
            "don't know counts as wrong"
        );
    }

    #[test]
    fn multiple_select_is_all_or_nothing() {
        let multi = item("m", ItemKind::Multi, Domain::Risks, &["a", "b", "c", "d"], &["a", "c"]);
        assert_eq!(is_correct(&multi, &chosen(&["c", "a"])), Some(true), "order does not matter");
        assert_eq!(is_correct(&multi, &chosen(&["a"])), Some(false), "missing one is wrong");
        assert_eq!(
            is_correct(&multi, &chosen(&["a", "c", "d"])),
            Some(false),
            "one too many is wrong"
        );
        assert_eq!(
            is_correct(&multi, &chosen(&["a", "a", "c"])),
            Some(true),
            "a repeated tick is one tick"
        );
    }

    #[test]
    fn scores_per_domain_with_confidence_apart() {
        let items = [
            item("s1", ItemKind::Single, Domain::Signs, &["a", "b"], &["a"]),
            item("s2", ItemKind::Single, Domain::Signs, &["a", "b"], &["b"]),
            item("t1", ItemKind::Truefalse, Domain::Myths, &[], &["false"]),
            item("m1", ItemKind::Multi, Domain::Naloxone, &["a", "b", "c"], &["a", "b"]),
            item("c1", ItemKind::Agree, Domain::Confidence, &[], &[]),
            item("c2", ItemKind::Agree, Domain::Confidence, &[], &[]),
        ];
        let refs: Vec<&Item> = items.iter().collect();
        let answers: BTreeMap<String, Vec<String>> = [
            ("s1", vec!["a"]),
            ("s2", vec!["a"]),
            ("t1", vec!["dontknow"]),
            ("m1", vec!["a", "b"]),
            ("c1", vec!["4"]),
            ("c2", vec!["5"]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), chosen(&v)))
        .collect();
        let s = score(&refs, &answers);
        assert_eq!(
            s.knowledge,
            Tally { correct: 2, total: 4 },
            "confidence items are not knowledge"
        );
        assert_eq!(s.by_domain[&Domain::Signs], Tally { correct: 1, total: 2 });
        assert_eq!(s.by_domain[&Domain::Myths], Tally { correct: 0, total: 1 });
        assert_eq!(s.by_domain[&Domain::Naloxone], Tally { correct: 1, total: 1 });
        assert!(!s.by_domain.contains_key(&Domain::Confidence));
        assert_eq!(s.confidence, Some(4.5));
        assert_eq!(s.answered, 6);

        let empty = score(&refs, &BTreeMap::new());
        assert_eq!(
            empty.knowledge,
            Tally { correct: 0, total: 4 },
            "unanswered items count against the total"
        );
        assert_eq!(empty.confidence, None);
    }
}
