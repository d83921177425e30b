//! US state privacy law on a transfer (issue 14, item 1): a transfer that
//! ends with `disclosed_as sale` (or `share`, `targeted_advertising`) is so
//! itself, beside what its recipient's `disclosed_as` makes every transfer
//! to it. The checks, the commitments, the text in every language and
//! format, the diff and its notice, fmt and the rule table read it through
//! one function, `Transfer::disclosures`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::codes::Code;
use policyc::diagnostic::Diagnostic;
use policyc::diff::{self, ChangeKind, Class};
use policyc::model::{Disclosure, Policy};
use policyc::render::{html, markdown, plain_text};

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The shop that sells contact details to its catalogue partners on the
/// transfer, and browsing data to an advertising network used for
/// targeted advertising.
fn source() -> String {
    read("tests/fixtures/us/transfer_sale.policy")
}

fn checked(source: &str) -> (Option<Policy>, Vec<Diagnostic>) {
    let checked = policyc::check_source(source);
    (checked.policy, checked.diagnostics)
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<Code> {
    diagnostics.iter().map(|d| d.code).collect()
}

fn shop() -> Policy {
    let (policy, diagnostics) = checked(&source());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    policy.unwrap()
}

/// The shop's source with `old` replaced by `new`, which must be there.
fn edited(source: &str, old: &str, new: &str) -> String {
    assert!(source.contains(old), "{old}");
    source.replacen(old, new, 1)
}

const SOLD_LINE: &str =
    "transfer contact to catalogue_partners for catalogue on consent disclosed_as sale";

#[test]
fn a_transfer_is_its_own_disclosures_and_its_recipients() {
    let policy = shop();
    let of = |data: &str| policy.transfers.iter().find(|t| t.data == [data]).unwrap();
    assert_eq!(of("contact").disclosed_as, [Disclosure::Sale]);
    assert_eq!(
        of("contact").disclosures(&policy.recipients),
        [Disclosure::Sale]
    );
    assert!(of("orders").disclosures(&policy.recipients).is_empty());
    // The recipient's targeted advertising and the transfer's own sale.
    assert_eq!(
        of("browsing").disclosures(&policy.recipients),
        [Disclosure::Sale, Disclosure::TargetedAdvertising]
    );
    // Written `share, sale`: kept once each, in the set's order.
    let source = edited(
        &source(),
        SOLD_LINE,
        "transfer contact to catalogue_partners for catalogue on consent disclosed_as share, sale, share",
    );
    let policy = checked(&source).0.unwrap();
    assert_eq!(
        policy.transfers[0].disclosed_as,
        [Disclosure::Sale, Disclosure::Share]
    );
    // Left out of the model's JSON when empty, so released editions keep
    // their bytes.
    let json = serde_json::to_string(&policy).unwrap();
    assert_eq!(json.matches("\"disclosed_as\"").count(), 3, "{json}");
}

#[test]
fn an_unknown_disclosure_on_a_transfer_is_named_with_the_set() {
    let source = edited(
        &source(),
        "on consent disclosed_as sale\n",
        "on consent disclosed_as sold\n",
    );
    let (policy, diagnostics) = checked(&source);
    assert!(policy.is_none());
    let message = diagnostics
        .iter()
        .map(|d| format!("{d:?}"))
        .collect::<String>();
    assert!(message.contains("sold"), "{message}");
    assert!(message.contains("targeted_advertising"), "{message}");
}

#[test]
fn a_sale_on_a_transfer_without_the_opt_out_right_is_e0440_at_the_transfer() {
    let source = edited(
        &source(),
        "right opt_out_sale_share {\n  via \"https://shop.example/do-not-sell\"\n}\n",
        "",
    );
    let (_, diagnostics) = checked(&source);
    let e0440: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.code == Code::SaleWithoutOptOut)
        .collect();
    // The recipient `ad_network`, and each transfer that adds a sale.
    assert_eq!(e0440.len(), 3, "{diagnostics:#?}");
    let at = source.find("disclosed_as sale\ntransfer orders").unwrap();
    assert!(e0440.iter().any(|d| d.span.start == at), "{e0440:#?}");
    // Not for the transfer that adds nothing to a sold recipient's.
}

#[test]
fn selling_on_a_transfer_asks_for_gpc_and_the_link_under_the_ccpa() {
    // No stance on GPC: W0341, at the transfer's `disclosed_as`.
    let plain = edited(
        &source(),
        "recipient ad_network \"Advertising networks\" {\n  kind         third_party\n  disclosed_as targeted_advertising\n}",
        "recipient ad_network \"Advertising networks\" {\n  kind         third_party\n}",
    );
    let plain = edited(
        &plain,
        "transfer browsing to ad_network on consent disclosed_as sale",
        "transfer browsing to ad_network on consent",
    );
    let no_stance = edited(&plain, "  gpc         honoured\n", "");
    let (_, diagnostics) = checked(&no_stance);
    assert_eq!(
        codes(&diagnostics),
        [Code::GpcStanceNotStated],
        "{diagnostics:#?}"
    );
    let at = no_stance.find("disclosed_as sale").unwrap();
    assert_eq!(diagnostics[0].span.start, at);
    // `gpc ignored`: E0342 naming both places.
    let ignored = edited(&plain, "gpc         honoured", "gpc         ignored");
    let (_, diagnostics) = checked(&ignored);
    assert_eq!(
        codes(&diagnostics),
        [Code::GpcIgnoredWhileSelling],
        "{diagnostics:#?}"
    );
    assert!(format!("{:?}", diagnostics[0]).contains("catalogue_partners"));
    // No link: W0342.
    let no_link = edited(
        &plain,
        "  do_not_sell \"https://shop.example/do-not-sell\"\n",
        "",
    );
    let (_, diagnostics) = checked(&no_link);
    assert_eq!(
        codes(&diagnostics),
        [Code::DoNotSellLinkMissing],
        "{diagnostics:#?}"
    );
    // Targeted advertising alone asks neither.
    let targeted = edited(
        &no_stance,
        "on consent disclosed_as sale\ntransfer orders",
        "on consent disclosed_as targeted_advertising\ntransfer orders",
    );
    let targeted = edited(
        &targeted,
        "  do_not_sell \"https://shop.example/do-not-sell\"\n",
        "",
    );
    let (_, diagnostics) = checked(&targeted);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}

#[test]
fn commitments_are_broken_by_a_transfer_so_disclosed() {
    let with = |commit: &str, source: &str| {
        let source = format!("{source}\ncommit {commit}\n");
        let (_, diagnostics) = checked(&source);
        diagnostics
    };
    let source = source();
    // never_sell: both transfers that are sales, at their `disclosed_as`.
    let found = with("never_sell", &source);
    let sold: Vec<&Diagnostic> = found
        .iter()
        .filter(|d| d.code == Code::SoldDespiteCommitment)
        .collect();
    assert_eq!(sold.len(), 2, "{found:#?}");
    // never_share and no_targeted_advertising: the recipient, as before;
    // and a transfer `disclosed_as share` to a recipient that is not.
    let shared = edited(&source, SOLD_LINE, &format!("{SOLD_LINE}, share"));
    for commit in ["never_share", "no_targeted_advertising"] {
        let found = with(commit, &shared);
        let count = found
            .iter()
            .filter(|d| d.code == Code::SharedDespiteCommitment)
            .count();
        let expected = if commit == "never_share" { 2 } else { 1 };
        assert_eq!(count, expected, "{commit}: {found:#?}");
    }
    // never_sell_sensitive: a sensitive category in a transfer that is a
    // sale on its own line, and not in another to the same recipient.
    let sensitive = edited(
        &source,
        "data contact \"Contact details\" {\n  source        user\n  identity      identified\n  ccpa_category identifiers\n}",
        "data contact \"Contact details\" {\n  source        user\n  identity      identified\n  sensitive     precise_geolocation\n  ccpa_category identifiers, geolocation_data\n}\n\nright limit_sensitive {\n  via \"https://shop.example/limit\"\n}",
    );
    let found = with("never_sell_sensitive", &sensitive);
    let at = sensitive.find(SOLD_LINE).unwrap();
    let e0380: Vec<&Diagnostic> = found
        .iter()
        .filter(|d| d.code == Code::SoldDespiteCommitment)
        .collect();
    assert_eq!(e0380.len(), 1, "{found:#?}");
    assert_eq!(e0380[0].span.start, at);
    let unsold = edited(
        &sensitive,
        SOLD_LINE,
        "transfer contact to catalogue_partners for catalogue on consent",
    );
    assert!(
        !with("never_sell_sensitive", &unsold)
            .iter()
            .any(|d| d.code == Code::SoldDespiteCommitment)
    );
}

#[test]
fn a_transfer_repeating_its_recipients_disclosure_is_w0436() {
    let source = edited(
        &source(),
        "transfer browsing to ad_network on consent disclosed_as sale",
        "transfer browsing to ad_network on consent disclosed_as sale, targeted_advertising",
    );
    let (policy, diagnostics) = checked(&source);
    assert_eq!(
        codes(&diagnostics),
        [Code::TransferRepeatsRecipientDisclosure]
    );
    let d = &diagnostics[0];
    assert!(d.message.contains("targeted_advertising"), "{d:?}");
    assert!(!d.message.contains("sale"), "{d:?}");
    // A warning: the model is kept, and means the same as without it.
    let policy = policy.unwrap();
    assert_eq!(
        policy.transfers[2].disclosures(&policy.recipients),
        [Disclosure::Sale, Disclosure::TargetedAdvertising]
    );
    assert_eq!(
        policyc::rules::table(&policy).transfers,
        policyc::rules::table(&shop()).transfers
    );
}

#[test]
fn every_format_says_the_transfer_is_a_sale() {
    let policy = shop();
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains("for the purpose of sending partners"),
            "{text}"
        );
        assert!(
            text.contains("catalogues: Contact details. Under US state privacy laws, disclosing this information to this recipient is a sale of personal information."),
            "{text}"
        );
        // The transfer of order history to the same recipient is no sale.
        assert!(
            !text.contains("Order history. Under US state privacy laws"),
            "{text}"
        );
        // The CCPA section lists what is sold, by transfer.
        assert!(
            text.contains("Catalogue partners: Contact details"),
            "{text}"
        );
        assert!(
            !text.contains("Catalogue partners: Contact details and Order history"),
            "{text}"
        );
    }
}

#[test]
fn every_language_says_the_transfer_is_a_sale() {
    for (lang, words) in [
        (
            "en",
            "disclosing this information to this recipient is a sale of personal information",
        ),
        (
            "de",
            "ist die Offenlegung dieser Daten an diesen Empfänger ein Verkauf personenbezogener Informationen",
        ),
        (
            "fr",
            "la communication de ces informations à ce destinataire constitue",
        ),
        ("es", "comunicar esta información a este destinatario es"),
    ] {
        let mut policy = shop();
        policy.header.language = lang.to_owned();
        let text = markdown(&policy)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(words), "{lang}: {text}");
    }
}

#[test]
fn a_transfer_becoming_a_sale_is_expanding_and_the_notice_says_it() {
    let old = checked(&read("tests/fixtures/diff/transfer_sold/old.policy"))
        .0
        .unwrap();
    let new = checked(&read("tests/fixtures/diff/transfer_sold/new.policy"))
        .0
        .unwrap();
    let forward = diff::diff(&old, &new);
    let kinds: Vec<ChangeKind> = forward.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::TransferSold, ChangeKind::TransferSold]);
    assert_eq!(ChangeKind::TransferSold.class(), Class::Expanding);
    let back = diff::diff(&new, &old);
    let kinds: Vec<ChangeKind> = back.changes.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [ChangeKind::TransferNotSold, ChangeKind::TransferNotSold]
    );
    assert_eq!(ChangeKind::TransferNotSold.class(), Class::Narrowing);
    let notice =
        policyc::render::notice::markdown(&old, &new, "d").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        notice.contains("Sending “Contact details” to “Catalogue partners” is now a sale of personal information under US state privacy laws."),
        "{notice}"
    );
    // A recipient that becomes a sale is the recipient's change, once,
    // not each transfer's as well.
    let source = read("tests/fixtures/diff/transfer_sold/old.policy");
    let sold = edited(
        &source,
        "recipient catalogue_partners \"Catalogue partners\" {\n  kind third_party\n}",
        "recipient catalogue_partners \"Catalogue partners\" {\n  kind         third_party\n  disclosed_as sale\n}",
    );
    let sold = checked(&sold).0.unwrap();
    let kinds: Vec<ChangeKind> = diff::diff(&old, &sold)
        .changes
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds, [ChangeKind::RecipientSold]);
    // Moving the sale from the recipient onto every transfer to it
    // changes what is sold nowhere: either way, the edition is restated
    // (editorial), not narrowed or widened.
    let both = edited(
        &edited(
            &source,
            "transfer contact to catalogue_partners for catalogue on consent\n",
            "transfer contact to catalogue_partners for catalogue on consent disclosed_as sale\n",
        ),
        "transfer orders to catalogue_partners for fulfilment on contract\n",
        "transfer orders to catalogue_partners for fulfilment on contract disclosed_as sale\n",
    );
    let (both, diagnostics) = checked(&both);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let both = both.unwrap();
    for (a, b) in [(&sold, &both), (&both, &sold)] {
        let changes = diff::diff(a, b).changes;
        assert!(!changes.is_empty());
        assert!(
            changes.iter().all(|c| c.class() == Class::Editorial),
            "{changes:#?}"
        );
    }
}

#[test]
fn fmt_keeps_disclosed_as_at_the_end_of_the_transfer() {
    let messy = edited(
        &source(),
        SOLD_LINE,
        "transfer   contact to catalogue_partners for catalogue   on consent   disclosed_as   sale ,share",
    );
    let formatted = policyc::fmt::format(&messy).unwrap();
    assert!(
        formatted.contains(&format!("{SOLD_LINE}, share\n")),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_rule_table_carries_what_the_transfer_adds() {
    let table = policyc::rules::table(&shop());
    let rule = |data: &str| table.transfers.iter().find(|t| t.data == data).unwrap();
    assert_eq!(
        rule("contact").disclosed_as,
        [policy_runtime::Disclosure::Sale]
    );
    assert!(rule("orders").disclosed_as.is_empty());
    // The recipient's targeted advertising stays on the recipient.
    assert_eq!(
        rule("browsing").disclosed_as,
        [policy_runtime::Disclosure::Sale]
    );
    let json = String::from_utf8(policyc::rules::to_json(&table)).unwrap();
    assert_eq!(json.matches("\"disclosed_as\"").count(), 3, "{json}");
}

/// Two transfers of one category to one recipient make one rule, which is
/// what either is: the opt-out of sale stops the data for both purposes.
#[test]
fn transfers_merged_into_one_rule_are_what_any_of_them_is() {
    let source = edited(
        &source(),
        "transfer orders to catalogue_partners for fulfilment on contract",
        "transfer orders to catalogue_partners for fulfilment on contract\ntransfer contact to catalogue_partners for fulfilment on contract",
    );
    let (policy, diagnostics) = checked(&source);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let rules = policy_runtime::Rules::from_table(policyc::rules::table(&policy.unwrap())).unwrap();
    let facts = policy_runtime::Facts::from_iter(["contract_necessity", "opt_out:sale"]);
    let decision = rules.decide_transfer("contact", "catalogue_partners", &facts);
    assert_eq!(decision.code, policy_runtime::DecisionCode::OptedOutOfSale);
}

/// The README's example of a transfer `disclosed_as` is the fixture's.
#[test]
fn the_readmes_transfer_is_the_fixtures() {
    let readme = read("README.md");
    let fixture = source();
    let section = readme
        .split("### US state privacy law")
        .nth(1)
        .and_then(|rest| rest.split("\n### ").next())
        .unwrap();
    let block = section
        .split("end of its line")
        .nth(1)
        .and_then(|rest| rest.split("```\n").nth(1))
        .unwrap();
    for line in block.lines().filter(|l| l.starts_with("transfer")) {
        assert!(fixture.contains(&format!("{line}\n")), "{line}");
    }
    assert!(
        block.contains("recipient catalogue_partners \"Catalogue partners\" { kind third_party }")
    );
    for kind in ["TRANSFER_SOLD", "TRANSFER_NOT_SOLD", "W0436"] {
        assert!(
            section.contains(&format!("`{kind}`")) || section.contains(kind),
            "{kind}"
        );
    }
}
