//! "Did you mean" suggestions.

/// The candidate closest to `wrong` by edit distance, if it is close enough
/// to be a plausible typo (at most a third of the word, and at least one
/// edit allowed). Ties go to the earliest candidate, so suggestions are
/// deterministic.
pub fn closest<'a, I>(wrong: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let limit = (wrong.chars().count() / 3).max(1);
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        // Length difference is a lower bound of the distance: skip far ones cheaply.
        if candidate.len().abs_diff(wrong.len()) > limit {
            continue;
        }
        let distance = strsim::levenshtein(wrong, candidate);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// A help line suggesting `closest`, or listing the accepted values when
/// there are few of them.
pub fn did_you_mean(wrong: &str, candidates: &[&str]) -> Option<String> {
    match closest(wrong, candidates.iter().copied()) {
        Some(best) => Some(format!("did you mean `{best}`?")),
        None if !candidates.is_empty() && candidates.len() <= 12 => Some(format!(
            "expected one of {}",
            candidates
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_near_miss() {
        assert_eq!(closest("acount", ["account", "device"]), Some("account"));
        assert_eq!(closest("purpse", ["purpose"]), Some("purpose"));
    }

    #[test]
    fn refuses_a_far_word() {
        assert_eq!(closest("xyz", ["account", "device"]), None);
    }

    #[test]
    fn lists_values_when_nothing_is_close() {
        let help = did_you_mean("zzzzzz", &["user", "device"]);
        assert_eq!(help.as_deref(), Some("expected one of `user`, `device`"));
    }
}
