//! The names of the facts a caller asserts, in one place.
//!
//! The compiler writes conditions with these names (through
//! [`Basis::condition_for`](crate::Basis::condition_for) and
//! [`Ground::condition_for`](crate::Ground::condition_for)); services assert
//! them in [`Facts`](crate::Facts). See the [crate docs](crate#facts) for the
//! whole convention.
//!
//! ```
//! use policy_runtime::fact;
//!
//! assert_eq!(fact::consent("marketing"), "consent:marketing");
//! assert_eq!(fact::objection("analytics"), "objection:analytics");
//! assert_eq!(fact::LEGAL_REQUEST, "legal_request");
//! ```

/// Prefix of a consent fact: `consent:PURPOSE` or `consent:RECIPIENT`.
pub const CONSENT_PREFIX: &str = "consent:";
/// Prefix of an objection fact: `objection:PURPOSE`.
pub const OBJECTION_PREFIX: &str = "objection:";
pub use crate::table::plain_facts::*;

use crate::Ground;

/// Every fact without a target, in the order of the grounds that read them:
/// what a caller may assert besides `consent:ID` and `objection:PURPOSE`.
/// Each is declared with its ground ([`Ground`]).
///
/// ```
/// assert!(policy_runtime::fact::PLAIN.contains(&policy_runtime::fact::LEGAL_REQUEST));
/// ```
pub const PLAIN: [&str; plain_count()] = plain();

/// How many grounds hold on a plain fact.
const fn plain_count() -> usize {
    let mut count = 0;
    let mut rest = Ground::ALL.as_slice();
    while let [ground, tail @ ..] = rest {
        if ground.plain_fact().is_some() {
            count += 1;
        }
        rest = tail;
    }
    count
}

/// The plain facts of the grounds, in the grounds' order.
#[expect(
    clippy::mem_replace_with_default,
    reason = "`std::mem::take` is not const; the slice of slots left is moved out to be split"
)]
const fn plain() -> [&'static str; plain_count()] {
    let mut all = [""; plain_count()];
    let mut rest = Ground::ALL.as_slice();
    let mut slots = all.as_mut_slice();
    while let [ground, tail @ ..] = rest {
        if let Some(fact) = ground.plain_fact()
            && let Some((slot, others)) = std::mem::replace(&mut slots, &mut []).split_first_mut()
        {
            *slot = fact;
            slots = others;
        }
        rest = tail;
    }
    all
}

/// The fact that the user consented to a purpose or to a recipient:
/// `consent:ID`.
#[must_use]
pub fn consent(id: &str) -> String {
    format!("{CONSENT_PREFIX}{id}")
}

/// The fact that the user objected to a purpose resting on legitimate
/// interests: `objection:PURPOSE`.
#[must_use]
pub fn objection(purpose: &str) -> String {
    format!("{OBJECTION_PREFIX}{purpose}")
}
