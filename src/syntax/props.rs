//! The properties of each block, declared once: keyword, the form of the
//! value, whether it may be given more than once, and how to write it, in
//! the block's canonical order (the order `policyc fmt` writes them in).
//!
//! The parser reads these tables for its "unknown property" and
//! "malformed property" diagnostics (the block's name, the keywords it
//! knows, the form to write), fmt for its order, and the editor grammars'
//! property lists are generated from them (`tests/editor_grammar.rs`). The
//! pest grammar keeps a rule per property, for its typed syntax tree; a
//! test checks that each block's rules are exactly the keywords here.

use crate::vocab;

/// The form of a property's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A text in double quotes.
    Text,
    /// Texts in double quotes, separated by commas.
    Texts,
    /// A keyword of a closed set (`source user`).
    Keyword,
    /// Keywords of a closed set, separated by commas.
    Keywords,
    /// Names of declarations, separated by commas (`uses account, device`).
    Names,
    /// A legal basis, then a text for a legitimate interest.
    Basis,
    /// A semantic version.
    Version,
    /// A date, YYYY-MM-DD.
    Date,
    /// A language code.
    Language,
    /// Language codes, separated by commas.
    Languages,
    /// A duration such as `30 days`.
    Duration,
    /// The keyword alone.
    Flag,
    /// A text, then a block of its own (the controller).
    Block,
    /// A test's expectation (`allow DATA for PURPOSE`).
    Expectation,
    /// A test's expectation on a retention deadline (`deadline DATA after
    /// EVENT DATE is DATE`).
    Deadline,
    /// What a change concerns, then a text (`because analytics "…"`).
    Reason,
    /// A whole number (`minimum_age 16`).
    Number,
    /// `by`, a duration, then a text (`extendable by 2 months "why"`).
    Extension,
    /// `to`, a party, then `within N hours` or `without undue delay`
    /// (`breach_notification to authority within 72 hours`).
    Breach,
}

/// One property of a block.
#[derive(Debug, Clone, Copy)]
pub struct Property {
    /// The keyword that starts it.
    pub keyword: &'static str,
    /// The form of its value.
    pub form: Form,
    /// Whether it may be given more than once (its values add up); any
    /// other property given twice is an error.
    pub repeats: bool,
    /// How to write it, for the help of a malformed one.
    pub help: Help,
}

/// How to write a property, for the help of a malformed one.
#[derive(Debug, Clone, Copy)]
pub enum Help {
    /// In these words.
    Text(&'static str),
    /// Its keyword and one of the keywords of a closed set, which this
    /// function lists: the help follows the set.
    OneOf(fn() -> Vec<&'static str>),
}

impl Property {
    /// How to write the property, in words.
    pub fn help(&self) -> String {
        match self.help {
            Help::Text(text) => text.to_owned(),
            Help::OneOf(values) => {
                let separator = if self.form == Form::Keywords {
                    ", "
                } else {
                    "|"
                };
                let then = if self.form == Form::Basis {
                    " (legitimate interests are followed by the interest, in quotes)"
                } else {
                    ""
                };
                format!("{} {}{then}", self.keyword, values().join(separator))
            }
        }
    }
}

/// A block and its properties.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// The block's name in messages (`data block`).
    pub name: &'static str,
    /// The grammar's rule that chooses among the block's properties.
    pub rule: &'static str,
    /// Every property, in canonical order.
    pub properties: &'static [Property],
}

impl Block {
    /// Every keyword, in canonical order.
    pub fn keywords(&self) -> Vec<&'static str> {
        self.properties.iter().map(|p| p.keyword).collect()
    }

    /// The property that starts with `keyword`.
    pub fn find(&self, keyword: &str) -> Option<&'static Property> {
        self.properties.iter().find(|p| p.keyword == keyword)
    }

    /// The position of `keyword` in the canonical order; after every
    /// property when the block has no such keyword.
    pub fn rank(&self, keyword: &str) -> usize {
        self.properties
            .iter()
            .position(|p| p.keyword == keyword)
            .unwrap_or(self.properties.len())
    }
}

/// Declares a block's properties, one line each: keyword, form, `repeats`
/// when it may be given more than once, and its help.
macro_rules! block {
    ($name:literal, $rule:literal; $( $keyword:literal $form:ident $($repeats:ident)? => $help:expr; )*) => {
        Block {
            name: $name,
            rule: $rule,
            properties: &[$(Property {
                keyword: $keyword,
                form: Form::$form,
                repeats: block!(@repeats $($repeats)?),
                help: $help,
            }),*],
        }
    };
    (@repeats repeats) => { true };
    (@repeats) => { false };
}

/// The help of a property whose value is a text.
const TEXT: Help = Help::Text("a keyword followed by a text in double quotes");
/// The help of a property whose value is a list of texts.
const TEXTS: Help = Help::Text("a keyword followed by texts in double quotes, separated by commas");
/// The help of a property whose value is a duration.
const DURATION: Help = Help::Text("a keyword followed by a duration such as 30 days");
/// The help of a flag.
const FLAG: Help = Help::Text("the keyword alone on its line");
/// The help of an address.
const ADDRESS: Help = Help::Text("published \"https://example.com/privacy\"");

/// The help of a test's expectation.
const EXPECTATION: Help = Help::Text(
    "allow DATA for PURPOSE given consent:PURPOSE, deny DATA to RECIPIENT, deny tracker TRACKER, allow children given parental_consent, or deny decision DECISION",
);

/// The help of a test's expectation on a deadline.
const DEADLINE: Help = Help::Text(
    "deadline DATA after collection 2026-01-10, last_use 2026-03-01 is 2029-03-01, deadline DATA for PURPOSE after collection 2026-01-10 is 2036-01-10 backups 2036-02-09, deadline DATA after last_use 2026-03-01 is pending account_closure, or deadline DATA is criteria",
);

/// `policy ID { … }`.
pub const HEADER: Block = block! {
    "policy header", "header_prop";
    "title" Text => Help::Text("title \"Privacy Policy\"");
    "version" Version => Help::Text("version 1.0.0");
    "effective" Date => Help::Text("effective 2026-12-01");
    "language" Language => Help::Text("language en");
    "languages" Languages => Help::Text("languages en, de");
    "controller" Block => Help::Text("controller \"Company Inc\" { service \"…\" website \"https://…\" }");
    "published" Text => Help::Text("published \"https://example.com/privacy\", or with the date the edition was published: published 2026-11-01 \"https://example.com/privacy\"");
    "contact" Text => Help::Text("contact \"privacy@example.com\"");
    "governing_law" Text => Help::Text("governing_law \"the law of …\"");
    "accepted" Keyword => Help::OneOf(|| vocab::ACCEPTANCES.keywords().collect());
    "scope" Text => TEXT;
    "part_of" Texts => TEXTS;
    "regimes" Keywords => Help::OneOf(regimes_or_none);
    "voice" Keyword => Help::OneOf(|| vocab::VOICES.keywords().collect());
    "do_not_sell" Text => Help::Text("do_not_sell \"https://example.com/do-not-sell\"");
    "limit_sensitive_link" Text => Help::Text("limit_sensitive_link \"https://example.com/limit-sensitive\"");
    "do_not_track" Keyword => Help::OneOf(|| vocab::STANCES.keywords().collect());
    "gpc" Keyword => Help::OneOf(|| vocab::STANCES.keywords().collect());
    "verification" Text => Help::Text("verification \"how a request to know, delete or correct is verified\"");
    "authorized_agents" Text => Help::Text("authorized_agents \"how an authorized agent makes a request for the user\"");
    "automated_decisions" Keyword => Help::Text("automated_decisions none");
    "joint_controller" Block repeats => Help::Text("joint_controller \"Partner GmbH\" { address \"…\" country \"Germany\" arrangement \"…\" }");
};

/// The regimes' keywords, then `none`: what `regimes` accepts.
fn regimes_or_none() -> Vec<&'static str> {
    vocab::REGIMES
        .keywords()
        .chain([vocab::NO_REGIME])
        .collect()
}

/// `controller "NAME" { … }` in the header.
pub const CONTROLLER: Block = block! {
    "controller block", "controller_item";
    "service" Text => TEXT;
    "website" Text => ADDRESS;
    "address" Text => TEXT;
    "plural" Flag => FLAG;
    "country" Text => Help::Text("country \"Ireland\"");
    "dpo" Text => Help::Text("dpo \"dpo@example.com\" or dpo none \"why none is designated\"");
    "eu_representative" Text => Help::Text("eu_representative \"Name, postal address in the EU\"");
    "uk_representative" Text => Help::Text("uk_representative \"Name, postal address in the UK\"");
    "lead_authority" Text => Help::Text("lead_authority \"Data Protection Commission (Ireland)\"");
};

/// `joint_controller "NAME" { … }` in the header.
pub const JOINT_CONTROLLER: Block = block! {
    "joint controller block", "joint_controller_item";
    "address" Text => TEXT;
    "country" Text => Help::Text("country \"Germany\"");
    "arrangement" Text => Help::Text("arrangement \"each of us answers requests about …\"");
};

/// `data ID "LABEL" { … }`.
pub const DATA: Block = block! {
    "data block", "data_prop";
    "description" Text => TEXT;
    "source" Keyword => Help::OneOf(|| vocab::SOURCES.keywords().collect());
    "identity" Keyword => Help::OneOf(|| vocab::IDENTITIES.keywords().collect());
    "special" Keyword => Help::OneOf(|| vocab::SPECIAL_CATEGORIES.keywords().collect());
    "examples" Texts => TEXTS;
    "required" Flag => Help::Text("required, or required by law|contract|entering_contract \"what follows without it\"");
    "optional" Flag => FLAG;
    "collected" Text => TEXT;
    "when_combined" Keyword => Help::OneOf(|| vocab::COMBINATIONS.keywords().collect());
    "fides" Text => Help::Text("fides \"user.contact.email\"");
    "short" Text => SHORT;
    "sensitive" Keyword => Help::OneOf(|| vocab::SENSITIVE_CATEGORIES.keywords().collect());
    "ccpa_category" Keywords => Help::OneOf(|| vocab::CCPA_CATEGORIES.keywords().collect());
    "anonymised_by" Text => Help::Text("anonymised_by \"aggregation to city level\"");
};

/// `purpose ID "LABEL" { … }`.
pub const PURPOSE: Block = block! {
    "purpose block", "purpose_prop";
    "description" Text => TEXT;
    "uses" Names repeats => Help::Text("uses account, device");
    "basis" Basis => Help::OneOf(|| vocab::BASES.keywords().collect());
    "only" Keyword => Help::OneOf(|| vocab::RESTRICTIONS.keywords().collect());
    "fides" Text => Help::Text("fides \"marketing.advertising\"");
    "short" Text => SHORT;
    "profiling" Flag => FLAG;
    "direct_marketing" Flag => FLAG;
    "special_condition" Basis => Help::Text("special_condition explicit_consent, or special_condition health_care \"the law it rests on\"");
    "permitted_use" Keyword => Help::OneOf(|| vocab::PERMITTED_USES.keywords().collect());
};

/// Marks written before a value rather than properties of a block:
/// `examples open "…"` (the examples only illustrate the data) and
/// `clause ID in SECTION contractual "…"` (a term of the contract). The
/// grammar's `open_flag` and `contractual_flag`; the editor grammars
/// highlight them as flags.
pub const MARKS: [&str; 2] = ["open", "contractual"];

/// `transfer DATA to RECIPIENT … disclosed_as sale`: the connective that
/// ends a transfer with what the transfer itself is under US state law
/// (`vocab::DISCLOSURES`), besides what its recipient's `disclosed_as`
/// makes every transfer to it; the grammar's `kw_disclosed_as`. Hovers and
/// the README describe it in these words.
pub const TRANSFER_DISCLOSED_AS: (&str, &str) = (
    "disclosed_as",
    "at the end of a transfer (`transfer contact to partners for catalogue on consent disclosed_as sale`): what this transfer itself is under US state law, besides what its recipient's `disclosed_as` makes every transfer to it",
);

/// The help of a short label.
const SHORT: Help = Help::Text("short \"E-mail\"");

/// `recipient ID "LABEL" { … }`.
pub const RECIPIENT: Block = block! {
    "recipient block", "recipient_prop";
    "description" Text => TEXT;
    "kind" Keyword => Help::OneOf(|| vocab::RECIPIENT_KINDS.keywords().collect());
    "country" Text => TEXT;
    "mechanism" Keyword => Help::OneOf(|| vocab::MECHANISMS.keywords().collect());
    "safeguard" Text => TEXT;
    "copy" Text => Help::Text("copy \"https://example.com/transfers\"");
    "bound_by_policy" Flag => FLAG;
    "disclosed_as" Keywords => Help::OneOf(|| vocab::DISCLOSURES.keywords().collect());
    "role" Keyword => Help::OneOf(|| vocab::ROLES.keywords().collect());
    "arrangement" Text => Help::Text("arrangement \"each of us answers requests about …\"");
};

/// `right KIND "LABEL" { … }`.
pub const RIGHT: Block = block! {
    "right block", "right_prop";
    "description" Text => TEXT;
    "via" Texts => TEXTS;
    "within" Duration => DURATION;
    "anytime" Flag => FLAG;
    "extendable" Extension => Help::Text("extendable by 2 months \"when requests are complex or numerous\"");
    "not_applicable" Text => Help::Text("not_applicable \"why the right does not apply\"");
};

/// `changes { … }`.
pub const CHANGES: Block = block! {
    "changes block", "changes_prop";
    "by" Keyword => Help::OneOf(|| vocab::AUTHORITIES.keywords().collect());
    "notify" Keywords => Help::OneOf(|| vocab::NOTIFY_METHODS.keywords().collect());
    "notice" Duration => DURATION;
    "effective" Keyword => Help::OneOf(|| vocab::TAKES_EFFECT.keywords().collect());
    "because" Reason repeats => Help::Text("because ID \"why this edition changes it\", where ID is what changed (a data category, purpose, recipient, right, or a `changes` setting)");
};

/// `test "NAME" { … }`: its expectations keep the order they are written in.
pub const TEST: Block = block! {
    "test block", "expectation";
    "allow" Expectation repeats => EXPECTATION;
    "deny" Expectation repeats => EXPECTATION;
    "deadline" Deadline repeats => DEADLINE;
};

/// `tracker ID "LABEL" { … }`.
pub const TRACKER: Block = block! {
    "tracker block", "tracker_prop";
    "description" Text => TEXT;
    "kind" Keyword => Help::OneOf(|| vocab::TRACKER_KINDS.keywords().collect());
    "party" Keyword => Help::OneOf(|| vocab::PARTIES.keywords().collect());
    "provider" Text => Help::Text("provider \"Analytics Inc\", or provider RECIPIENT naming a declared recipient");
    "lifetime" Duration => Help::Text("lifetime 13 months, or lifetime session");
    "category" Keyword => Help::OneOf(|| vocab::TRACKER_CATEGORIES.keywords().collect());
    "collects" Names => Help::Text("collects device.id, usage");
    "serves" Names => Help::Text("serves analytics");
};

/// `children { … }`.
pub const CHILDREN: Block = block! {
    "children block", "children_prop";
    "audience" Keyword => Help::OneOf(|| vocab::AUDIENCES.keywords().collect());
    "minimum_age" Number => Help::Text("minimum_age 16");
    "knowingly_collects" Keyword => Help::OneOf(|| vocab::YES_NO.keywords().collect());
    "parental_consent" Text => Help::Text("parental_consent \"how a parent's consent is obtained and verified\"");
    "parent_rights" Keywords => Help::OneOf(|| vocab::PARENT_RIGHTS.keywords().collect());
    "sale_opt_in" Text => Help::Text("sale_opt_in \"how a consumer from 13 to 15 opts in, and a parent consents under 13, to the sale or sharing of their information\"");
};

/// `decision ID "LABEL" { … }`: an automated decision (GDPR Art. 22).
pub const DECISION: Block = block! {
    "decision block", "decision_prop";
    "description" Text => TEXT;
    "uses" Names repeats => Help::Text("uses income, payment_history");
    "logic" Text => Help::Text("logic \"the logic involved, in plain words\"");
    "significance" Text => Help::Text("significance \"what the decision means for the user\"");
    "basis" Basis => Help::Text("basis explicit_consent, basis contract, or basis law \"the law that authorises it\"");
    "safeguards" Keywords => Help::OneOf(|| vocab::SAFEGUARDS.keywords().collect());
};

/// `security { … }`: typed security measures and breach notifications.
pub const SECURITY: Block = block! {
    "security block", "security_prop";
    "measures" Keywords repeats => Help::OneOf(|| vocab::SECURITY_MEASURES.keywords().collect());
    "breach_notification" Breach repeats => Help::Text("breach_notification to authority within 72 hours, or breach_notification to users without undue delay");
};

/// `section ID "Heading" { … }`: a section of the author's own, or a
/// built-in section's summary.
pub const SECTION: Block = block! {
    "section block", "section_prop";
    "after" Keyword => Help::Text("after SECTION, where SECTION is a built-in section (rights) or a section declared before this one");
    "summary" Text => Help::Text("summary \"what the section says, in a sentence or two\"");
};

/// Every block with properties.
pub const BLOCKS: [&Block; 13] = [
    &HEADER,
    &CONTROLLER,
    &DATA,
    &PURPOSE,
    &RECIPIENT,
    &RIGHT,
    &CHANGES,
    &TEST,
    &TRACKER,
    &CHILDREN,
    &DECISION,
    &SECURITY,
    &SECTION,
];

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::panic, reason = "tests")]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::codes::Code;

    const GRAMMAR: &str = include_str!("../../grammar/policy.pest");

    /// The body of the grammar's rule `name`: from its `=` to the next
    /// rule.
    fn rule_body(name: &str) -> &'static str {
        let start = GRAMMAR
            .lines()
            .scan(0, |at, line| {
                let here = *at;
                *at += line.len() + 1;
                Some((here, line))
            })
            .find(|(_, line)| {
                line.strip_prefix(name)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|(at, _)| at)
            .unwrap_or_else(|| panic!("no rule `{name}` in the grammar"));
        let body = &GRAMMAR[start..];
        let body = &body[body.find('=').unwrap() + 1..];
        let end = body
            .find("\n\n")
            .into_iter()
            .chain(body.match_indices('\n').map(|(i, _)| i).filter(|&i| {
                body[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
            }))
            .min()
            .unwrap_or(body.len());
        &body[..end]
    }

    /// The first quoted word of a rule: the keyword it starts with.
    fn first_literal(rule: &str) -> String {
        let body = rule_body(rule);
        let start = body.find('"').unwrap() + 1;
        let end = start + body[start..].find('"').unwrap();
        body[start..end].to_owned()
    }

    /// The keywords the grammar accepts in a block: the first literal of
    /// each alternative of its choice rule.
    fn grammar_keywords(block: &Block) -> BTreeSet<String> {
        if block.rule == "expectation" {
            let verdict = rule_body("verdict");
            let mut words: BTreeSet<String> = ["allow", "deny"]
                .iter()
                .filter(|w| verdict.contains(&format!("\"{w}\"")))
                .map(|w| (*w).to_owned())
                .collect();
            // The deadline expectation, its own rule of the test block.
            if rule_body("test_decl").contains("deadline_expectation") {
                words.insert(first_literal("deadline_word"));
            }
            return words;
        }
        rule_body(block.rule)
            .trim()
            .trim_start_matches("_{")
            .trim_end_matches('}')
            .split('|')
            .map(|alternative| first_literal(alternative.trim()))
            .collect()
    }

    #[test]
    fn the_grammar_has_a_rule_for_each_property_and_no_other() {
        for block in BLOCKS {
            let table: BTreeSet<String> =
                block.keywords().iter().map(|k| (*k).to_owned()).collect();
            assert_eq!(grammar_keywords(block), table, "{}", block.name);
        }
    }

    /// The keywords a mechanism's case may not be, so that a property
    /// written after the mechanism on its line is read as a property
    /// (`mechanism standard_contractual_clauses copy "…"`): exactly the
    /// recipient block's.
    #[test]
    fn a_mechanism_case_is_never_a_recipient_property() {
        let body = rule_body("recipient_keyword");
        let words: BTreeSet<String> = body
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        let table: BTreeSet<String> = RECIPIENT
            .keywords()
            .iter()
            .map(|k| (*k).to_owned())
            .collect();
        assert_eq!(words, table);
        assert!(rule_body("mechanism_prop").contains("!recipient_keyword"));
    }

    #[test]
    fn every_keyword_is_once_in_its_block() {
        for block in BLOCKS {
            let mut seen = BTreeSet::new();
            for p in block.properties {
                assert!(
                    seen.insert(p.keyword),
                    "{} twice in {}",
                    p.keyword,
                    block.name
                );
            }
        }
        assert_eq!(DATA.rank("source"), 1);
        assert_eq!(DATA.rank("nothing"), DATA.properties.len());
    }

    /// A valid line of `property`, for tests.
    fn sample(property: &Property, block: &Block) -> String {
        let value = match (property.form, property.keyword) {
            (Form::Text | Form::Block, _) => "\"x\"",
            (Form::Texts, _) => "\"x\", \"y\"",
            (Form::Names, _) => "a",
            (Form::Basis, _) => "consent",
            (Form::Version, _) => "1.0.0",
            (Form::Date, _) => "2024-01-01",
            (Form::Language, _) => "en",
            (Form::Languages, _) => "en, de",
            (Form::Duration, _) => "30 days",
            (Form::Flag | Form::Expectation, _) => "",
            (Form::Deadline, _) => "a after collection 2024-01-01 is 2025-01-01",
            (Form::Reason, _) => "a \"x\"",
            (Form::Number, _) => "16",
            (Form::Extension, _) => "by 2 months \"x\"",
            (Form::Breach, _) => "to authority within 72 hours",
            (Form::Keywords, "regimes") => "gdpr, ccpa",
            (Form::Keywords, "parent_rights") => "review, delete",
            (Form::Keywords, "safeguards") => "human_review, contest",
            (Form::Keywords, "measures") => "logging, backups",
            (Form::Keywords, "ccpa_category") => "identifiers, commercial_information",
            (Form::Keywords, _) => "on_website",
            (Form::Keyword, "accepted") => "by_use",
            (Form::Keyword, "source") => "user",
            (Form::Keyword, "identity") => "identified",
            (Form::Keyword, "special") => "health",
            (Form::Keyword, "sensitive") => "health",
            (Form::Keyword, "only") => "depersonalized",
            (Form::Keyword, "kind") if block.rule == "tracker_prop" => "cookie",
            (Form::Keyword, "kind") => "processor",
            (Form::Keyword, "party") => "third",
            (Form::Keyword, "category") => "analytics",
            (Form::Keyword, "by") => "unilateral",
            (Form::Keyword, "effective") => "on_publication",
            (Form::Keyword, "voice") => "we_you",
            (Form::Keyword, "do_not_track" | "gpc") => "honoured",
            (Form::Keyword, "when_combined") => "identified",
            (Form::Keyword, "mechanism") => "adequacy",
            (Form::Keyword, "audience") => "mixed",
            (Form::Keyword, "knowingly_collects") => "no",
            (Form::Keyword, "automated_decisions") => "none",
            (Form::Keyword, "role") => "joint_controller",
            (Form::Keyword, "after") => "rights",
            (Form::Keyword, "permitted_use") => "security",
            (Form::Keyword, other) => panic!("no sample for `{other}` in the {}", block.name),
        };
        format!("{} {value}", property.keyword)
    }

    /// `lines` inside a block of the kind of `block`.
    fn inside(block: &Block, lines: &str) -> String {
        match block.rule {
            "header_prop" => format!("policy p {{\n{lines}}}\n"),
            "controller_item" => format!("policy p {{\n controller \"C\" {{\n{lines} }}\n}}\n"),
            "data_prop" => format!("data a \"A\" {{\n{lines}}}\n"),
            "purpose_prop" => format!("purpose p \"P\" {{\n{lines}}}\n"),
            "recipient_prop" => format!("recipient r \"R\" {{\n{lines}}}\n"),
            "right_prop" => format!("right access {{\n{lines}}}\n"),
            "changes_prop" => format!("changes {{\n{lines}}}\n"),
            "tracker_prop" => format!("tracker t \"T\" {{\n{lines}}}\n"),
            "children_prop" => format!("children {{\n{lines}}}\n"),
            "decision_prop" => format!("decision d \"D\" {{\n{lines}}}\n"),
            "security_prop" => format!("security {{\n{lines}}}\n"),
            "section_prop" => format!("section s \"S\" {{\n{lines}}}\n"),
            other => panic!("no block for `{other}`"),
        }
    }

    #[test]
    fn only_a_repeating_property_may_be_given_twice() {
        for block in BLOCKS.iter().filter(|b| b.rule != "expectation") {
            for property in block.properties {
                let line = sample(property, block);
                let source = inside(block, &format!("  {line}\n  {line}\n"));
                let checked = crate::check_source(&source);
                let parsed = checked
                    .diagnostics
                    .iter()
                    .all(|d| !matches!(d.code, Code::UnknownProperty | Code::MalformedProperty));
                assert!(parsed, "{source}{:#?}", checked.diagnostics);
                let twice = checked
                    .diagnostics
                    .iter()
                    .any(|d| d.code == Code::DuplicateProperty);
                assert_eq!(twice, !property.repeats, "{source}");
            }
        }
    }

    #[test]
    fn the_help_of_a_keyword_property_lists_its_set() {
        let help = |block: &Block, keyword: &str| block.find(keyword).unwrap().help();
        assert_eq!(
            help(&DATA, "source"),
            "source user|device|derived|third_party|publicly_available"
        );
        assert_eq!(
            help(&CHANGES, "notify"),
            "notify on_website, by_email, in_service"
        );
        assert!(help(&PURPOSE, "basis").starts_with("basis consent|explicit_consent|"));
        assert_eq!(help(&HEADER, "version"), "version 1.0.0");
    }
}
