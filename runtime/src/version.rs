//! The order of policy versions (semantic versions), for the reload guard
//! that refuses a downgrade.

use std::cmp::Ordering;

/// The precedence of semantic versions `a` and `b` (build metadata
/// ignored, a pre-release before its release); `None` when either is not a
/// semantic version.
///
/// ```
/// use std::cmp::Ordering;
/// use policy_runtime::version_order;
///
/// assert_eq!(version_order("1.10.0", "1.9.3"), Some(Ordering::Greater));
/// assert_eq!(version_order("2.0.0-rc.1", "2.0.0"), Some(Ordering::Less));
/// assert_eq!(version_order("1.0.0+amended", "1.0.0"), Some(Ordering::Equal));
/// assert_eq!(version_order("one", "1.0.0"), None);
/// ```
#[must_use]
pub fn version_order(a: &str, b: &str) -> Option<Ordering> {
    let (a, b) = (Version::parse(a)?, Version::parse(b)?);
    Some(a.core.cmp(&b.core).then_with(|| pre_order(a.pre, b.pre)))
}

/// A parsed version: its numbers and its pre-release, if any.
struct Version<'v> {
    core: [u64; 3],
    pre: Option<&'v str>,
}

impl<'v> Version<'v> {
    fn parse(text: &'v str) -> Option<Self> {
        let text = text.split_once('+').map_or(text, |(v, _build)| v);
        let (core, pre) = match text.split_once('-') {
            Some((core, pre)) if !pre.is_empty() => (core, Some(pre)),
            Some(_) => return None,
            None => (text, None),
        };
        let mut parts = core.split('.');
        let mut number = || -> Option<u64> {
            let part = parts.next()?;
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let core = [number()?, number()?, number()?];
        parts.next().is_none().then_some(Self { core, pre })
    }
}

/// A release comes after its pre-releases; pre-releases compare by their
/// dot-separated identifiers, numbers below words.
fn pre_order(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(a), Some(b)) => {
            let mut a = a.split('.');
            let mut b = b.split('.');
            loop {
                match (a.next(), b.next()) {
                    (None, None) => return Ordering::Equal,
                    (None, Some(_)) => return Ordering::Less,
                    (Some(_), None) => return Ordering::Greater,
                    (Some(x), Some(y)) => {
                        let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                            (Ok(x), Ok(y)) => x.cmp(&y),
                            (Ok(_), Err(_)) => Ordering::Less,
                            (Err(_), Ok(_)) => Ordering::Greater,
                            (Err(_), Err(_)) => x.cmp(y),
                        };
                        if order != Ordering::Equal {
                            return order;
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semantic_versions_order_by_precedence() {
        let ordered = [
            "0.9.9",
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0",
            "1.0.1",
            "1.2.0",
            "1.10.0",
        ];
        for (i, a) in ordered.iter().enumerate() {
            for (j, b) in ordered.iter().enumerate() {
                assert_eq!(version_order(a, b), Some(i.cmp(&j)), "{a} vs {b}");
            }
        }
        for bad in ["1.0", "1.0.0.0", "1.x.0", "", "1.0.0-", "-1.0.0"] {
            assert_eq!(version_order(bad, "1.0.0"), None, "{bad}");
        }
    }
}
