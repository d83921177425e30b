//! The phrasings of a promise that a typed commitment states, read in
//! free text for W0380: not to sell, not to share for advertising, not
//! to share with third parties, not to transfer data outside a region, not directed to children, no automated decisions.
//! [`PATTERNS`] is the one table of them.
//!
//! A pattern is a negation followed, within a few words, by the words of
//! the promise, in order: "We do not rent or sell your data" and "Your
//! data is never sold" are both a negation then "sell" or "sold". A
//! pattern never reaches across the end of a sentence (`.`, `;`, `:`,
//! `!`, `?`) nor across a word that turns the sentence ("but",
//! "unless", "except"…), so "We do not sell your data, but we share it"
//! promises not to sell, and nothing about sharing.

use crate::model::CommitmentKind;
use crate::vocab::Closed as _;

/// What a free-text promise says the service does not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Promise {
    /// It does not sell personal information.
    Sell,
    /// It does not share personal information for cross-context
    /// behavioural advertising ("do not share … for targeted
    /// advertising", "not shared with advertisers").
    Share,
    /// It shares personal information with no third party ("do not share
    /// your data", "do not disclose it to third parties", "share it with
    /// no third party"): what a reader takes an unqualified promise not to
    /// share to mean.
    ShareWithThirdParties,
    /// It does not use personal information for targeted advertising
    /// ("we do not use your data for targeted advertising").
    TargetedAdvertising,
    /// It does not transfer personal information outside a region.
    TransferOutside,
    /// The service is not directed to children.
    NotForChildren,
    /// It makes no automated decisions.
    NoAutomatedDecisions,
}

impl Promise {
    /// The typed commitment that states it.
    pub fn commitment(self) -> CommitmentKind {
        match self {
            Self::Sell => CommitmentKind::NeverSell,
            Self::Share => CommitmentKind::NeverShare,
            Self::ShareWithThirdParties => CommitmentKind::NoThirdPartySharing,
            Self::TargetedAdvertising => CommitmentKind::NoTargetedAdvertising,
            Self::TransferOutside => CommitmentKind::NoTransfersOutside,
            Self::NotForChildren => CommitmentKind::NotDirectedToChildren,
            Self::NoAutomatedDecisions => CommitmentKind::NoAutomatedDecisions,
        }
    }

    /// What the checker holds to the commitment, and the declaration that
    /// breaks it (the README's table of commitments).
    pub fn held(self) -> (&'static str, &'static str) {
        match self {
            Self::Sell => ("every recipient", "a recipient `disclosed_as sale`"),
            Self::Share => ("every recipient", "a recipient `disclosed_as share`"),
            Self::ShareWithThirdParties => (
                "every transfer",
                "a transfer to a recipient that is not a `processor` or `service_provider`",
            ),
            Self::TargetedAdvertising => (
                "every recipient",
                "a recipient `disclosed_as targeted_advertising`",
            ),
            Self::TransferOutside => (
                "every recipient",
                "a recipient whose `country` lies outside the area",
            ),
            Self::NotForChildren => ("the `children` block", "`audience children` or `mixed`"),
            Self::NoAutomatedDecisions => ("every declaration", "a `decision`"),
        }
    }
}

/// One word of a pattern: any of these; one ending in `*` matches every
/// word that begins with what precedes it ("decision*": "decisions",
/// "decision-making").
type Word = &'static [&'static str];

/// A negation, which begins every pattern. Contractions are matched as
/// written, with the apostrophe made plain.
const NOT: Word = &[
    "not", "never", "no", "don't", "doesn't", "won't", "isn't", "aren't", "cannot", "can't", "nor",
];

/// The forms of "sell".
const SELL: Word = &["sell", "sells", "sold", "selling"];

/// Verbs that sell under another name ("rent or trade your data"); a
/// promise in them names the data it does not sell.
const RENT_OR_TRADE: Word = &[
    "rent", "rents", "rented", "lease", "leases", "leased", "trade", "trades", "traded",
];

/// The words that name personal data as the object of a verb.
const DATA: Word = &["data", "information", "info", "details", "it", "them"];

/// What a shop sells that is no personal data: "we do not sell products
/// to children" promises nothing about data.
const GOODS: Word = &[
    "product*",
    "goods",
    "item*",
    "merchandise",
    "alcohol",
    "tobacco",
    "ticket*",
    "gift*",
];

/// The forms of "share" (not "sharing", a noun as often as a verb).
const SHARE: Word = &["share", "shares", "shared"];

/// "share" and "disclose": the verbs of an unqualified promise not to
/// share.
const SHARE_OR_DISCLOSE: Word = &[
    "share",
    "shares",
    "shared",
    "disclose",
    "discloses",
    "disclosed",
];

/// The words that make a promise not to share one about advertising
/// (`commit never_share`, the US "sharing").
const ADVERTISING: Word = &[
    "cross-context",
    "advertis*",
    "ads",
    "targeted",
    "behavioural",
    "behavioral",
];

/// "third party" written as one word or two.
const THIRD: Word = &["third", "third-party", "third-parties"];

/// The verbs that move or keep data somewhere.
const TRANSFER: Word = &[
    "transfer*",
    "send",
    "sends",
    "sent",
    "move",
    "moves",
    "moved",
    "store",
    "stores",
    "stored",
    "export*",
    "process",
    "processes",
    "processed",
    "host",
    "hosted",
];

/// The forms of "leave": data that "never leaves" a region stays in it.
const LEAVE: Word = &["leave", "leaves", "left", "leaving"];

/// The last word of a region a text names ("the European Union", "the
/// UK", "South Africa", "the country").
const REGION: Word = &[
    "eu", "eea", "europe", "union", "area", "uk", "kingdom", "britain", "africa", "country",
    "region",
];

/// "use" and "process", the verbs of a promise about what data is for.
const USE: Word = &["use", "uses", "used", "process", "processes", "processed"];

/// "targeted" and its kin, before "advertising".
const TARGETED: Word = &[
    "targeted",
    "personalised",
    "personalized",
    "behavioural",
    "behavioral",
    "cross-context",
];

/// "directed to", "intended for" and their kin.
const DIRECTED: Word = &[
    "directed",
    "intended",
    "aimed",
    "targeted",
    "designed",
    "marketed",
    "addressed",
    "meant",
];

/// Who a children's promise is about.
const CHILDREN: Word = &["children", "children's", "child", "kids", "minors"];

/// "automated" and its kin.
const AUTOMATED: Word = &[
    "automated",
    "automatic",
    "automatically",
    "solely-automated",
];

/// A pattern: its first word, then each further word with how many words
/// may come between it and the one before; the words that, following the
/// match, say it is no promise about data (`unless`, each a run like
/// `then`); and, where the match must end its clause (`ends`), the words
/// that may still follow it.
struct Pattern {
    promise: Promise,
    first: Word,
    then: &'static [(usize, Word)],
    unless: &'static [&'static [(usize, Word)]],
    ends: Option<Word>,
}

/// Every phrasing W0380 recognizes, tried in this order: the first that
/// matches anywhere in a text is the promise it reports.
const PATTERNS: &[Pattern] = &[
    // "We never sell", "We do not rent or sell", "Your data is never sold".
    Pattern {
        promise: Promise::Sell,
        first: NOT,
        then: &[(3, SELL)],
        // "We do not sell products to children", "alcohol to minors".
        unless: &[&[(2, GOODS)], &[(3, &["to"]), (1, CHILDREN)]],
        ends: None,
    },
    // "We will never rent or trade your personal data".
    Pattern {
        promise: Promise::Sell,
        first: NOT,
        then: &[(3, RENT_OR_TRADE), (4, DATA)],
        unless: &[],
        ends: None,
    },
    // "We sell nothing", "we sell nothing to anyone"; not "we sell
    // nothing we do not hold" nor "nothing but books".
    Pattern {
        promise: Promise::Sell,
        first: SELL,
        then: &[(0, &["nothing"])],
        unless: &[],
        ends: Some(&["to", "about", "of", "from"]),
    },
    // "We do not share it for cross-context behavioural advertising",
    // "It is not shared with advertisers": the US "sharing".
    Pattern {
        promise: Promise::Share,
        first: NOT,
        then: &[(3, SHARE), (6, ADVERTISING)],
        unless: &[],
        ends: None,
    },
    // "We do not use your data for targeted advertising", "is not
    // processed for personalised ads".
    Pattern {
        promise: Promise::TargetedAdvertising,
        first: NOT,
        then: &[
            (1, USE),
            (5, TARGETED),
            (1, &["advertis*", "ads", "marketing"]),
        ],
        unless: &[],
        ends: None,
    },
    // "We share it with no third party", "disclosed to no third
    // parties".
    Pattern {
        promise: Promise::ShareWithThirdParties,
        first: SHARE_OR_DISCLOSE,
        then: &[(3, &["no"]), (0, THIRD)],
        unless: &[],
        ends: None,
    },
    // "We do not share", "We do not disclose it to third parties", "It is
    // never shared": unqualified, a promise to share with no third party.
    Pattern {
        promise: Promise::ShareWithThirdParties,
        first: NOT,
        then: &[(3, SHARE_OR_DISCLOSE)],
        unless: &[],
        ends: None,
    },
    // "We do not transfer your data outside the EU", "is never stored
    // outside the United Kingdom".
    Pattern {
        promise: Promise::TransferOutside,
        first: NOT,
        then: &[(3, TRANSFER), (6, &["outside"])],
        unless: &[],
        ends: None,
    },
    // "Your data never leaves the European Union", "does not leave the
    // UK".
    Pattern {
        promise: Promise::TransferOutside,
        first: NOT,
        then: &[(1, LEAVE), (4, REGION)],
        unless: &[],
        ends: None,
    },
    // "not directed to children under 13", "not intended for use by
    // children".
    Pattern {
        promise: Promise::NotForChildren,
        first: NOT,
        then: &[(1, DIRECTED), (3, CHILDREN)],
        unless: &[],
        ends: None,
    },
    // "We make no automated decisions", "We do not use automated
    // decision-making".
    Pattern {
        promise: Promise::NoAutomatedDecisions,
        first: NOT,
        then: &[(4, AUTOMATED), (1, &["decision*", "decide*"])],
        unless: &[],
        ends: None,
    },
    // "We do not make decisions based solely on automated processing",
    // "You will not be subject to a decision based solely on automated
    // processing".
    Pattern {
        promise: Promise::NoAutomatedDecisions,
        first: NOT,
        then: &[(5, &["decision*", "decide*"]), (4, AUTOMATED)],
        unless: &[],
        ends: None,
    },
];

/// Words that turn a sentence: a promise before one says nothing of what
/// follows it.
const TURNS: &[&str] = &[
    "but", "however", "unless", "except", "although", "though", "whereas", "while",
];

/// The auxiliary a phrase is quoted with when it precedes the negation
/// ("do not sell", "is never sold").
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "will", "would", "shall", "should", "is", "are", "was", "were", "be",
    "can", "may", "make", "makes",
];

/// A token of a text: a word in lower case, or the end of a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Stop,
    Turn,
}

/// The text's words in lower case, with typographic apostrophes made
/// plain, a [`Token::Stop`] at each end of a sentence and a
/// [`Token::Turn`] at each word that turns it.
fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, tokens: &mut Vec<Token>| {
        let trimmed = word.trim_matches(|c| c == '\'' || c == '-');
        if !trimmed.is_empty() {
            let lower = trimmed.to_lowercase();
            if TURNS.contains(&lower.as_str()) {
                tokens.push(Token::Turn);
            } else {
                tokens.push(Token::Word(lower));
            }
        }
        word.clear();
    };
    for c in text.chars() {
        let c = if c == '\u{2019}' { '\'' } else { c };
        if c.is_alphanumeric() || c == '\'' || c == '-' {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut tokens);
        if matches!(c, '.' | ';' | ':' | '!' | '?') {
            tokens.push(Token::Stop);
        }
    }
    flush(&mut word, &mut tokens);
    tokens
}

/// Whether `token` is one of `word`'s forms.
fn is(token: Option<&Token>, word: Word) -> bool {
    let Some(Token::Word(token)) = token else {
        return false;
    };
    word.iter().any(|form| match form.strip_suffix('*') {
        Some(stem) => token.starts_with(stem),
        None => token == form,
    })
}

/// Where the rest of a pattern, `then`, ends when its word before is at
/// `at`: each word within its gap, with no stop between.
fn rest(tokens: &[Token], at: usize, then: &[(usize, Word)]) -> Option<usize> {
    let Some(((gap, word), further)) = then.split_first() else {
        return Some(at);
    };
    for next in at + 1..=at + 1 + gap {
        match tokens.get(next) {
            None | Some(Token::Stop | Token::Turn) => return None,
            token if is(token, word) => {
                if let Some(end) = rest(tokens, next, further) {
                    return Some(end);
                }
            }
            Some(Token::Word(_)) => {}
        }
    }
    None
}

/// The words from `start` to `end` joined, for the message.
fn quoted(tokens: &[Token], start: usize, end: usize) -> String {
    let words: Vec<&str> = tokens
        .get(start..=end)
        .unwrap_or_default()
        .iter()
        .filter_map(|t| match t {
            Token::Word(w) => Some(w.as_str()),
            Token::Stop | Token::Turn => None,
        })
        .collect();
    words.join(" ")
}

/// The first promise the text's words make, with the phrase that makes it
/// ("never sell", "do not rent or sell").
pub fn promise_in(text: &str) -> Option<(String, Promise)> {
    let tokens = tokens(text);
    PATTERNS.iter().find_map(|pattern| {
        (0..tokens.len()).find_map(|at| {
            if !is(tokens.get(at), pattern.first) {
                return None;
            }
            let end = rest(&tokens, at, pattern.then)?;
            if pattern
                .unless
                .iter()
                .any(|run| rest(&tokens, end, run).is_some())
            {
                return None;
            }
            if let Some(allowed) = pattern.ends {
                let next = tokens.get(end + 1);
                if !matches!(next, None | Some(Token::Stop)) && !is(next, allowed) {
                    return None;
                }
            }
            let start = match at.checked_sub(1) {
                Some(before) if is(tokens.get(before), AUXILIARIES) => before,
                _ => at,
            };
            Some((quoted(&tokens, start, end), pattern.promise))
        })
    })
}

/// The phrasings of security that read like a warranty of an outcome
/// (W0454), each a run of adjacent words: the law asks for measures
/// appropriate to the risk (GDPR Art. 24(1), 32(1)), which no text can
/// promise to be sufficient or to make data secure. The one table of
/// them.
const WARRANTIES: &[&[Word]] = &[
    // "the necessary and sufficient measures".
    &[&["necessary"], &["and"], &["sufficient"]],
    // "sufficient to protect", "sufficiently protected".
    &[
        &["sufficient", "sufficiently"],
        &["to"],
        &["protect*", "prevent*", "secure*", "ensure*"],
    ],
    &[&["sufficiently"], &["protect*", "secure*", "safe"]],
    // "we guarantee", "guaranteed security".
    &[&[
        "guarantee",
        "guarantees",
        "guaranteed",
        "guaranteeing",
        "warrant",
        "warrants",
    ]],
    // "fully secure", "completely safe", "perfectly protected".
    &[
        &[
            "fully",
            "completely",
            "totally",
            "perfectly",
            "absolutely",
            "entirely",
        ],
        &["secure*", "safe", "protected", "safeguarded"],
    ],
    // "100% secure" (the tokens drop the `%`).
    &[
        &["100"],
        &["secure*", "safe", "protected", "security", "protection"],
    ],
    // "complete security", "total protection".
    &[
        &["complete", "total", "absolute", "perfect", "full"],
        &["security", "protection", "safety"],
    ],
    // "impenetrable", "unbreakable", "unhackable", "risk-free".
    &[&[
        "impenetrable",
        "unbreakable",
        "unhackable",
        "risk-free",
        "hack-proof",
        "bulletproof",
    ]],
];

/// The first phrase of `text` that reads like a warranty of security
/// ([`WARRANTIES`]), as written in lower case ("necessary and
/// sufficient").
pub fn warranty_in(text: &str) -> Option<String> {
    let tokens = tokens(text);
    WARRANTIES.iter().find_map(|words| {
        (0..tokens.len()).find_map(|at| {
            let matched = words
                .iter()
                .enumerate()
                .all(|(k, word)| is(tokens.get(at + k), word));
            // The tokens drop the `%` of "100%".
            matched.then(|| {
                let phrase = quoted(&tokens, at, at + words.len().saturating_sub(1));
                match phrase.strip_prefix("100 ") {
                    Some(rest) => format!("100% {rest}"),
                    None => phrase,
                }
            })
        })
    })
}

/// The area a promise not to transfer data outside a region names, as the
/// keyword of `commit no_transfers_outside`, when the text names one.
pub fn area_in(text: &str) -> Option<&'static str> {
    let tokens = tokens(text);
    let named = |word: Word| (0..tokens.len()).any(|at| is(tokens.get(at), word));
    let area = if named(&["eu", "eea", "europe", "european", "union"]) {
        crate::model::Area::Eea
    } else if named(&["uk", "britain", "kingdom"]) {
        crate::model::Area::UnitedKingdom
    } else if (0..tokens.len())
        .any(|at| is(tokens.get(at), &["south"]) && is(tokens.get(at + 1), &["africa"]))
    {
        crate::model::Area::SouthAfrica
    } else {
        return None;
    };
    Some(area.keyword())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn promise(text: &str) -> Option<Promise> {
        promise_in(text).map(|(_, p)| p)
    }

    #[test]
    fn promises_not_to_sell_are_read_however_phrased() {
        for (text, phrase) in [
            ("We never sell your personal data.", "never sell"),
            ("We do not sell your data.", "do not sell"),
            ("We don’t sell it.", "don't sell"),
            ("We will not sell your data.", "will not sell"),
            ("We do not rent or sell your data.", "do not rent or sell"),
            ("Your data is never sold.", "is never sold"),
            (
                "We will never rent or trade your personal data.",
                "will never rent or trade your personal data",
            ),
            ("We do not trade it.", "do not trade it"),
            ("we sell nothing", "sell nothing"),
            ("We sell nothing to anyone.", "sell nothing"),
            ("YOUR DATA WILL NEVER BE SOLD", "will never be sold"),
            (
                "No personal information is sold.",
                "no personal information is sold",
            ),
        ] {
            let found = promise_in(text);
            assert_eq!(found, Some((phrase.to_owned(), Promise::Sell)), "{text}");
        }
    }

    #[test]
    fn promises_not_to_share_for_advertising_are_read() {
        for text in [
            "We do not share it with advertisers.",
            "We do not share your personal information for cross-context behavioural advertising.",
            "Your data is never shared for targeted advertising.",
        ] {
            assert_eq!(promise(text), Some(Promise::Share), "{text}");
        }
    }

    #[test]
    fn unqualified_promises_not_to_share_are_promises_to_share_with_no_third_party() {
        for text in [
            "We never share your data.",
            "We do not share it",
            "Your information is not shared.",
            "We won't share it.",
            "We do not share your data with third parties.",
            "We do not disclose your personal data to third parties.",
            "We share your data with no third party.",
            "Your data is disclosed to no third-party.",
        ] {
            assert_eq!(
                promise(text),
                Some(Promise::ShareWithThirdParties),
                "{text}"
            );
        }
    }

    #[test]
    fn promises_not_to_transfer_outside_a_region_are_read_with_the_area() {
        for (text, area) in [
            ("We do not transfer your data outside the EU.", Some("eea")),
            (
                "Your data is never stored outside the European Economic Area.",
                Some("eea"),
            ),
            (
                "We don't transfer personal data outside the UK.",
                Some("uk"),
            ),
            (
                "Data is not transferred outside South Africa.",
                Some("south_africa"),
            ),
            ("We do not send your data outside Canada.", None),
            ("Your data never leaves the European Union.", Some("eea")),
            ("Your data does not leave the UK.", Some("uk")),
            ("Your data never leaves the country.", None),
        ] {
            assert_eq!(promise(text), Some(Promise::TransferOutside), "{text}");
            assert_eq!(area_in(text), area, "{text}");
        }
    }

    #[test]
    fn promises_not_to_use_data_for_targeted_advertising_are_read() {
        for (text, phrase) in [
            (
                "We do not use your data for targeted advertising.",
                "do not use your data for targeted advertising",
            ),
            (
                "Your information is never processed for personalised ads.",
                "is never processed for personalised ads",
            ),
        ] {
            assert_eq!(
                promise_in(text),
                Some((phrase.to_owned(), Promise::TargetedAdvertising)),
                "{text}"
            );
        }
    }

    #[test]
    fn promises_not_directed_to_children_are_read() {
        for text in [
            "Our service is not directed to children under 13.",
            "The app is not intended for use by children.",
            "This website is not aimed at children.",
            "We are not directed at minors.",
        ] {
            assert_eq!(promise(text), Some(Promise::NotForChildren), "{text}");
        }
    }

    #[test]
    fn promises_of_no_automated_decisions_are_read() {
        for text in [
            "We make no automated decisions about you.",
            "We do not use automated decision-making.",
            "We do not make decisions based solely on automated processing.",
            "You will not be subject to a decision based solely on automated processing.",
        ] {
            assert_eq!(promise(text), Some(Promise::NoAutomatedDecisions), "{text}");
        }
    }

    #[test]
    fn security_worded_as_a_warranty_is_read() {
        for (text, phrase) in [
            (
                "The Service takes the necessary and sufficient organisational and technical measures.",
                "necessary and sufficient",
            ),
            ("We guarantee the security of your data.", "guarantee"),
            ("Your data is fully secure with us.", "fully secure"),
            ("Our servers are 100% secure.", "100% secure"),
            ("We provide complete protection.", "complete protection"),
            (
                "Measures sufficient to protect your data.",
                "sufficient to protect",
            ),
            ("Our systems are impenetrable.", "impenetrable"),
        ] {
            assert_eq!(warranty_in(text).as_deref(), Some(phrase), "{text}");
        }
        for text in [
            "We take appropriate technical and organisational measures.",
            "Information is encrypted in transit and at rest.",
            "Access is limited to staff who need it.",
            "We protect personal information as the law requires.",
        ] {
            assert_eq!(warranty_in(text), None, "{text}");
        }
    }

    #[test]
    fn what_is_no_promise_is_not_read_as_one() {
        for text in [
            "We sell your data to data brokers.",
            "We may share your data with our partners.",
            "We reshare public posts.",
            "We do not use data sharing arrangements lightly.",
            "Data may be transferred outside the EU under standard contractual clauses.",
            "We do not transfer your data to third parties. Our servers are outside the EU.",
            "This service is directed to children under 13.",
            "We do not knowingly collect information from children.",
            "We use automated decision-making to detect fraud.",
            "Automated decisions are not final.",
            "Nothing here is unsold stock.",
            "We do not sell products to children.",
            "We do not sell alcohol to minors.",
            "We never sell gift cards to anyone under 16.",
            "We sell nothing we do not hold.",
            "We sell nothing but books.",
            "We do not trade on your trust.",
            "We never leave you waiting.",
            "We do not use cookies.",
            "We do not use your data for advertising our own products.",
            "",
        ] {
            assert_eq!(promise_in(text), None, "{text}");
        }
    }

    #[test]
    fn a_turn_of_the_sentence_ends_a_promise() {
        let text = "We do not sell your data, but we share it with partners.";
        assert_eq!(promise(text), Some(Promise::Sell));
        // Sharing is after the turn: no promise not to share.
        assert_eq!(
            promise("We do not sell it but share it."),
            Some(Promise::Sell)
        );
        assert_eq!(promise("None of it, however, shared."), None);
        assert_eq!(promise("We do not, unless you ask, share it."), None);
    }

    #[test]
    fn every_promise_names_its_commitment() {
        for (promise, keyword) in [
            (Promise::Sell, "never_sell"),
            (Promise::Share, "never_share"),
            (Promise::ShareWithThirdParties, "no_third_party_sharing"),
            (Promise::TargetedAdvertising, "no_targeted_advertising"),
            (Promise::TransferOutside, "no_transfers_outside"),
            (Promise::NotForChildren, "not_directed_to_children"),
            (Promise::NoAutomatedDecisions, "no_automated_decisions"),
        ] {
            assert_eq!(promise.commitment().keyword(), keyword);
        }
    }
}
