//! Synthetic policies of any size, for benchmarks and property tests.
//!
//! `policy(n)` writes a policy that checks clean with `n` data categories
//! (groups of ten: a parent and nine children), `n / 10` purposes each using
//! two groups (twenty categories once flattened), `n / 100` recipients each
//! receiving a few groups on several grounds, retention for every
//! identified group, rights, a changes block and a test block. One group in
//! ten is depersonalized and used by a purpose restricted to depersonalized
//! data, so the legal checks have work to do.

/// The number of categories in a group: a parent and its children.
const GROUP: usize = 10;

/// A synthetic policy source with about `n` data categories (at least 10).
pub fn policy(n: usize) -> String {
    let groups = (n / GROUP).max(1);
    let purposes = (n / 10).max(1);
    let recipients = (n / 100).max(1);
    let mut out = String::with_capacity(n * 120);
    header(&mut out);
    for g in 0..groups {
        group(&mut out, g);
    }
    for p in 0..purposes {
        purpose(&mut out, p, groups);
    }
    for r in 0..recipients {
        recipient(&mut out, r, groups);
    }
    us_recipients(&mut out, groups);
    rights_and_changes(&mut out);
    test_block(&mut out, groups);
    out
}

fn is_depersonalized(group: usize) -> bool {
    group % 10 == 9
}

fn header(out: &mut String) {
    out.push_str(
        "policy synthetic {\n  title \"Privacy Policy\"\n  version 1.0.0\n  effective 2026-12-01\n  language en\n  \
         controller \"Synthetic Inc\" {\n    service \"Synthetic Service\"\n    website \"https://synthetic.example\"\n    address \"1 Synthetic Street, Dublin 2, Ireland\"\n    country \"Ireland\"\n    dpo \"dpo@synthetic.example\"\n  }\n  \
         published \"https://synthetic.example/privacy\"\n  contact \"privacy@synthetic.example\"\n  regimes gdpr\n  gpc honoured\n  automated_decisions none\n}\n\n",
    );
}

fn group(out: &mut String, g: usize) {
    let identity = if is_depersonalized(g) {
        "depersonalized"
    } else {
        "identified"
    };
    let source = ["user", "device", "derived", "third_party \"partners\""]
        .get(g % 4)
        .copied()
        .unwrap_or("user");
    // One group in ten is sensitive information of US state law, so
    // that the limit on its use has uses to stop.
    let sensitive = if g % 10 == 3 {
        "\n  sensitive health"
    } else {
        ""
    };
    putln!(
        out,
        "data c{g} \"Category {g}\" {{\n  description \"Information of kind {g}.\"\n  source {source}\n  identity {identity}{sensitive}\n  examples \"example {g}a\", \"example {g}b\"\n}}"
    );
    for child in 1..GROUP {
        let flag = if child % 2 == 0 {
            "required by contract \"the service cannot be provided\""
        } else {
            "optional"
        };
        putln!(
            out,
            "data c{g}.f{child} \"Field {child} of category {g}\" {{ {flag} }}"
        );
    }
    if !is_depersonalized(g) {
        putln!(out, "retain c{g} for {} year from collection", 1 + g % 3);
    }
    out.push('\n');
}

fn purpose(out: &mut String, p: usize, groups: usize) {
    // Two groups each, so that every group is used by some purpose.
    let first = (2 * p) % groups;
    let second = (2 * p + 1) % groups;
    let restricted = is_depersonalized(first) && is_depersonalized(second);
    let basis = match p % 3 {
        0 => "basis consent".to_owned(),
        // Not `contract`: every group has optional fields, which a
        // contract cannot need (W0421).
        1 => "basis legal_obligation".to_owned(),
        _ => format!("basis legitimate_interest \"improving service {p}\""),
    };
    let only = if restricted {
        "\n  only depersonalized"
    } else {
        ""
    };
    putln!(
        out,
        "purpose p{p} \"Purpose {p}\" {{\n  uses c{first}, c{second}\n  {basis}{only}\n}}\n"
    );
    // A depersonalized group paired with an identified one would break the
    // restriction, so restricted purposes also get a group of their own.
    if is_depersonalized(first) && !restricted {
        putln!(
            out,
            "purpose q{p} \"Statistics {p}\" {{\n  uses c{first}\n  basis legitimate_interest \"statistics\"\n  only depersonalized\n}}\n"
        );
    }
}

fn recipient(out: &mut String, r: usize, groups: usize) {
    putln!(out, "recipient r{r} \"Recipient {r}\" {{ kind processor }}");
    let a = (3 * r) % groups;
    let b = (3 * r + 1) % groups;
    // Not `legal_obligation`: a disclosure on it serves a purpose the
    // transfer would name (W0433), and the synthetic purposes are not it.
    putln!(out, "transfer c{a}, c{b} to r{r} on consent, contract\n");
}

/// Two recipients of US state law, whatever the size: one that data is
/// sold to, one it is shared with for advertising, each on consent or a
/// plain fact, so that the user's opt-outs and GPC have transfers to stop.
fn us_recipients(out: &mut String, groups: usize) {
    let a = 1 % groups;
    let b = 2 % groups;
    putln!(
        out,
        "recipient buyer \"Data buyer\" {{\n  kind third_party\n  disclosed_as sale\n}}\ntransfer c{a} to buyer on consent, contract\n"
    );
    putln!(
        out,
        "recipient ad_network \"Advertising network\" {{\n  kind third_party\n  disclosed_as share, targeted_advertising\n}}\ntransfer c{b}, c{a} to ad_network on consent\n"
    );
}

fn rights_and_changes(out: &mut String) {
    out.push_str(
        "right access { via \"privacy@synthetic.example\" within 1 month }\n\
         right erasure { anytime via \"privacy@synthetic.example\" }\n\
         right complaint { via \"the data protection authority\" }\n\
         right withdraw_consent { anytime via \"privacy@synthetic.example\" }\n\n\
         obligation accuracy \"The User keeps his information accurate.\"\n\
         security measures \"The Service protects information with technical measures.\"\n\n\
         changes {\n  by unilateral\n  notify on_website\n  notice 30 days\n  effective after_notice\n}\n\n",
    );
}

fn test_block(out: &mut String, groups: usize) {
    let last = groups.saturating_sub(1);
    putln!(
        out,
        "test \"synthetic\" {{\n  allow c0.f1 for p0 given consent:p0\n  deny  c0.f1 for p0\n  allow c0 to r0 given contract_necessity\n  deny  c{last} to r0\n}}"
    );
}

/// The header and the complaint right every hostile shape below shares,
/// so that their only problems are the ones they are made of.
fn small_header(out: &mut String) {
    header(out);
    out.push_str("right complaint { via \"the data protection authority\" }\n");
}

/// A policy whose one purpose uses `n` categories in one `uses` list
/// (children of one depersonalized parent, so the policy checks clean):
/// checking it must not search the list once per item.
pub fn long_uses(n: usize) -> String {
    let mut out = String::with_capacity(n * 24 + 1024);
    small_header(&mut out);
    out.push_str("data d \"D\" { source derived identity depersonalized }\n");
    for i in 0..n {
        putln!(out, "data d.i{i} \"{i}\"");
    }
    out.push_str("purpose p \"P\" {\n  basis contract\n  uses d");
    for i in 0..n {
        put!(out, ", d.i{i}");
    }
    out.push_str("\n}\n");
    out
}

/// A policy that declares and uses one dotted name of `parts` parts (far
/// over the length limit): nothing may walk its parents one by one.
pub fn dotted_name(parts: usize) -> String {
    let name = vec!["a"; parts.max(1)].join(".");
    let mut out = String::with_capacity(3 * name.len() + 1024);
    small_header(&mut out);
    putln!(
        out,
        "data {name} \"A\" {{ identity depersonalized }}\npurpose p \"P\" {{ basis contract uses {name} }}\nretain {name} for 1 year from collection"
    );
    out
}

/// `n` lines that each declare a category with a broken block, and no
/// header: two errors a line, of which only the first
/// [`crate::diagnostic::MAX_KEPT`] are kept.
pub fn broken_lines(n: usize) -> String {
    "data x { ! }\n".repeat(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_policies_check_clean_at_every_size() {
        for n in [10, 100, 1_000] {
            let checked = crate::check_source(&policy(n));
            assert!(
                checked.diagnostics.is_empty(),
                "n = {n}: {:#?}",
                checked.diagnostics
            );
            let model = checked.policy;
            assert_eq!(model.as_ref().map(|p| p.data.len()), Some(n.max(10)));
        }
    }
}
