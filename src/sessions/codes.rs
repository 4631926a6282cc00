//! Codes that stand for a person instead of a name: a random participant code printed on
//! their card, and a self-generated identification code (SGIC) built from answers the
//! person can give again months later.

use rand::Rng;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

/// No characters that read alike on a card or a screen: no 0/O/Q, 1/I/L, 2/Z, 5/S,
/// 6/G/b, 8/B.
pub const ALPHABET: &[u8] = b"ACDEFHJKMNPRTUVWXY3479";
const HALF: usize = 3;

/// A code like `K7M-R4T`.
pub fn participant_code(rng: &mut impl Rng) -> String {
    let mut code = String::with_capacity(HALF * 2 + 1);
    for i in 0..HALF * 2 {
        if i == HALF {
            code.push('-');
        }
        code.push(ALPHABET[rng.random_range(0..ALPHABET.len())] as char);
    }
    code
}

/// A new code that `taken` says is not in use yet. 22^6 codes make a clash rare; a
/// clash simply draws again.
pub fn unique_participant_code(rng: &mut impl Rng, mut taken: impl FnMut(&str) -> bool) -> String {
    loop {
        let code = participant_code(rng);
        if !taken(&code) {
            return code;
        }
    }
}

/// Reads a code as a person types it: any case, with or without the dash or spaces.
pub fn normalize_participant_code(input: &str) -> String {
    let chars: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if chars.len() == HALF * 2 {
        format!("{}-{}", &chars[..HALF], &chars[HALF..])
    } else {
        chars
    }
}

/// The answers a person gives to build their SGIC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SgicParts {
    /// First two letters of a parent's first name.
    pub parent_letters: String,
    /// Month of birth, 1–12.
    pub birth_month: u8,
    /// Number of older brothers and sisters (9 means 9 or more).
    pub older_siblings: u8,
    /// First letter of the town or village of birth.
    pub birthplace_letter: String,
}

/// Letters without accents, upper case, so that "Érica" and "erica" give the same code.
fn letters(text: &str, n: usize) -> String {
    text.nfd().filter(|c| c.is_alphabetic()).flat_map(char::to_uppercase).take(n).collect()
}

impl SgicParts {
    /// The code, e.g. `MA-04-2-L`; `None` when a part is missing or out of range.
    pub fn code(&self) -> Option<String> {
        let parent = letters(&self.parent_letters, 2);
        let place = letters(&self.birthplace_letter, 1);
        let valid = parent.chars().count() == 2
            && place.chars().count() == 1
            && (1..=12).contains(&self.birth_month)
            && self.older_siblings <= 9;
        valid.then(|| format!("{parent}-{:02}-{}-{place}", self.birth_month, self.older_siblings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    #[test]
    fn codes_use_only_unambiguous_characters() {
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..2000 {
            let code = participant_code(&mut rng);
            assert_eq!(code.len(), 7);
            assert_eq!(&code[3..4], "-");
            for c in code.chars().filter(|c| *c != '-') {
                assert!(!"0O1IL2Z5S6GB8Q".contains(c), "{code} holds the look-alike {c}");
                assert!(ALPHABET.contains(&(c as u8)));
            }
        }
    }

    #[test]
    fn a_clash_draws_again() {
        let mut rng = StdRng::seed_from_u64(1);
        let first = participant_code(&mut StdRng::seed_from_u64(1));
        let mut asked = vec![];
        let code = unique_participant_code(&mut rng, |c| {
            asked.push(c.to_string());
            c == first
        });
        assert_eq!(asked.len(), 2, "the first draw clashed, the second did not");
        assert_eq!(asked[0], first);
        assert_ne!(code, first);
    }

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(normalize_participant_code("k7m r4t"), "K7M-R4T");
        assert_eq!(normalize_participant_code("K7M-R4T"), "K7M-R4T");
        assert_eq!(normalize_participant_code(" k7mr4t\n"), "K7M-R4T");
    }

    #[test]
    fn sgic_ignores_case_and_accents_and_checks_ranges() {
        let parts = SgicParts {
            parent_letters: "érica".into(),
            birth_month: 4,
            older_siblings: 2,
            birthplace_letter: "lisboa".into(),
        };
        assert_eq!(parts.code().as_deref(), Some("ER-04-2-L"));
        let same = SgicParts {
            parent_letters: "ER".into(),
            birth_month: 4,
            older_siblings: 2,
            birthplace_letter: "L".into(),
        };
        assert_eq!(same.code(), parts.code());
        assert_eq!(SgicParts { birth_month: 13, ..parts.clone() }.code(), None);
        assert_eq!(SgicParts { parent_letters: "A".into(), ..parts.clone() }.code(), None);
        assert_eq!(SgicParts { birthplace_letter: "".into(), ..parts }.code(), None);
    }
}
