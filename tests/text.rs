//! The text backend: snapshots of the three formats for the example policy
//! and for small policies that exercise each construct
//! (`tests/fixtures/text/NAME.policy`), and the promises of DESIGN.md
//! section 6: every fact of the source appears, every source string is
//! escaped in HTML, the example covers every clause of the seed, plain text
//! fits in 80 columns, and rendering is deterministic.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::model::Policy;
use policyc::render::{html, markdown, plain_text};

const FIXTURES: &[&str] = &[
    "bases",
    "grounds",
    "clauses",
    "minimal",
    "voices",
    "structure",
];

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read `{}`: {e}", path.display()))
}

/// Parses and checks a source that must have no error.
fn policy_of(text: &str) -> Policy {
    let checked = policyc::check_source(text);
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity() == policyc::diagnostic::Severity::Error)
        .map(|d| format!("{}: {}", d.code.as_str(), d.message))
        .collect();
    checked
        .policy
        .unwrap_or_else(|| panic!("the policy does not check: {errors:#?}"))
}

fn example() -> Policy {
    policy_of(&read("policies/pro-it-group.policy"))
}

fn fixture(name: &str) -> Policy {
    policy_of(&read(&format!("tests/fixtures/text/{name}.policy")))
}

/// The text with every run of whitespace made one space, so that facts
/// are found across the line breaks of the plain text.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The paragraphs of the plain text (clauses with their lists), flattened.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(flat)
        .filter(|p| !p.is_empty())
        .collect()
}

// ------------------------------------------------------------ snapshots

#[test]
fn example_markdown() {
    insta::assert_snapshot!("example_md", markdown(&example()));
}

#[test]
fn example_html() {
    insta::assert_snapshot!("example_html", html(&example()));
}

#[test]
fn example_plain_text() {
    insta::assert_snapshot!("example_txt", plain_text(&example()));
}

#[test]
fn fixtures_in_every_format() {
    for name in FIXTURES {
        let policy = fixture(name);
        insta::assert_snapshot!(format!("{name}_md"), markdown(&policy));
        insta::assert_snapshot!(format!("{name}_html"), html(&policy));
        insta::assert_snapshot!(format!("{name}_txt"), plain_text(&policy));
    }
}

/// The committed `generated/` files are what the build of the example
/// writes now: its text, with the links to the other languages it is
/// published in.
#[test]
fn generated_files_match_the_example() {
    let policy = example();
    let mut plan = policyc::build::Plan::new();
    policyc::build::plan_policy(&policy, &mut plan);
    for name in ["policy.md", "policy.html", "policy.txt"] {
        let path = std::path::Path::new(&policy.id).join(name);
        let built = plan.render(&path).unwrap().expect("planned");
        assert_eq!(
            read(&format!("generated/{}/{name}", policy.id)),
            String::from_utf8(built).unwrap(),
            "run `cargo run -- build`"
        );
    }
    // Rendered alone, the text has no links to other languages.
    assert!(markdown(&policy).contains("\n## 1. Summary"));
    assert!(!markdown(&policy).contains("[Deutsch]"));
}

// ---------------------------------------------------------- determinism

#[test]
fn rendering_twice_is_byte_identical() {
    let sources: Vec<String> = std::iter::once(read("policies/pro-it-group.policy"))
        .chain(
            FIXTURES
                .iter()
                .map(|n| read(&format!("tests/fixtures/text/{n}.policy"))),
        )
        .collect();
    for source in &sources {
        let (first, second) = (policy_of(source), policy_of(source));
        assert_eq!(markdown(&first).as_bytes(), markdown(&second).as_bytes());
        assert_eq!(html(&first).as_bytes(), html(&second).as_bytes());
        assert_eq!(
            plain_text(&first).as_bytes(),
            plain_text(&second).as_bytes()
        );
        assert_eq!(markdown(&first).as_bytes(), markdown(&first).as_bytes());
    }
}

// ------------------------------------------------------- every fact shown

/// Every string of the source a reader should see, with where it is from.
fn source_strings(policy: &Policy) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |what: &str, text: &str| out.push((what.to_owned(), text.to_owned()));
    let header = &policy.header;
    add("title", &header.title);
    add("controller", &header.controller.name);
    add("service", &header.controller.service);
    header
        .controller
        .website
        .iter()
        .for_each(|w| add("website", w));
    header
        .controller
        .address
        .iter()
        .for_each(|a| add("address", a));
    add("published", &header.published);
    header.contact.iter().for_each(|c| add("contact", c));
    header
        .governing_law
        .iter()
        .for_each(|l| add("governing law", l));
    header.scope.iter().for_each(|s| add("scope", s));
    header.part_of.iter().for_each(|p| add("part of", p));
    for data in &policy.data {
        add("data label", &data.label);
        data.description
            .iter()
            .for_each(|d| add("data description", d));
        data.collected.iter().for_each(|c| add("collected", c));
        data.examples.iter().for_each(|e| add("example", e));
    }
    for purpose in &policy.purposes {
        add("purpose label", &purpose.label);
        purpose
            .description
            .iter()
            .for_each(|d| add("purpose description", d));
        purpose.interest.iter().for_each(|i| add("interest", i));
    }
    for recipient in &policy.recipients {
        add("recipient label", &recipient.label);
        recipient
            .description
            .iter()
            .for_each(|d| add("recipient description", d));
        recipient.country.iter().for_each(|c| add("country", c));
        recipient.safeguard.iter().for_each(|s| add("safeguard", s));
    }
    for period in policy.retention.iter().flat_map(|r| &r.periods) {
        match period {
            policyc::model::Period::For { from, .. } => add("event", from),
            policyc::model::Period::Until { event } => add("event", event),
            policyc::model::Period::AsRequiredByLaw => {}
            policyc::model::Period::Criteria { criteria, at_most } => {
                add("retention criteria", criteria);
                at_most.iter().for_each(|cap| add("event", &cap.from));
            }
        }
    }
    for right in &policy.rights {
        right.label.iter().for_each(|l| add("right label", l));
        right
            .description
            .iter()
            .for_each(|d| add("right description", d));
        right.via.iter().for_each(|v| add("via", v));
    }
    policy
        .obligations
        .iter()
        .for_each(|o| add("obligation", &o.text));
    policy
        .security
        .iter()
        .for_each(|s| add("security", &s.text));
    policy.clauses.iter().for_each(|c| add("clause", &c.text));
    out
}

#[test]
fn every_source_string_appears_in_every_format() {
    let policies = std::iter::once(example()).chain(FIXTURES.iter().map(|n| fixture(n)));
    for policy in policies {
        let text = flat(&plain_text(&policy));
        let md = markdown(&policy);
        let page = html(&policy);
        // A long text's lines are shown line by line, a list entry without
        // its dash, each escaped where it starts a line.
        let lines = source_strings(&policy)
            .into_iter()
            .flat_map(|(what, string)| {
                string
                    .lines()
                    .map(|l| l.trim().strip_prefix("- ").unwrap_or(l.trim()).to_owned())
                    .filter(|l| !l.is_empty())
                    .map(|l| (what.clone(), l))
                    .collect::<Vec<_>>()
            });
        for (what, string) in lines {
            let string = flat(&string);
            let at_line_start =
                policyc::escape::markdown_line_start(&policyc::escape::markdown(&string));
            assert!(
                text.contains(&string),
                "{}: the {what} `{string}` is not in the text",
                policy.id
            );
            let escaped_md = string.replace('_', "\\_").replace('&', "\\&");
            assert!(
                md.contains(&string) || md.contains(&escaped_md) || md.contains(&at_line_start),
                "{}: the {what} `{string}` is not in the Markdown",
                policy.id
            );
            let escaped = policyc::escape::html(&string);
            assert!(
                page.contains(&escaped),
                "{}: the {what} `{string}` is not in the HTML",
                policy.id
            );
        }
    }
}

#[test]
fn every_basis_ground_and_period_is_in_words() {
    let bases = flat(&plain_text(&fixture("bases")));
    for words in [
        "Legal basis: the User's consent.",
        "Legal basis: the User's explicit consent.",
        "Legal basis: the processing is necessary to perform a contract with the User.",
        "Legal basis: the processing is necessary to comply with a legal obligation that applies to Clinic Example Ltd.",
        "Legal basis: the processing is necessary to protect the vital interests of the User or of another person.",
        "Legal basis: the processing is necessary to perform a task carried out in the public interest.",
        "Legal basis: Clinic Example Ltd's legitimate interests; the interest pursued is making the app easier to use.",
        "kept for 2 years from the closure of the account: Account details.",
        "kept until the User deletes the entry or for as long as the law requires, whichever comes last: Symptoms the User records.",
        "kept for 6 months from collection: Usage statistics of the app.",
        "kept until the end of the contract: Referral from the User's doctor.",
        "kept for 30 days from the last use: Risk score.",
        "kept for as long as the law requires: Other records.",
        "This information is a special category of personal data: data concerning health.",
        "This information is pseudonymized",
        "The User accepts this Policy by expressly agreeing to it.",
    ] {
        assert!(bases.contains(words), "not in the text of `bases`: {words}");
    }
    let grounds = flat(&plain_text(&fixture("grounds")));
    for words in [
        "only when the User has consented to the transfer:",
        // The couriers are a processor: consent is to the processing it
        // carries out for the controller, not to a transfer.
        "only when the transfer is necessary to perform a contract with the User or when the User has consented to the processing it carries out for Shop Example GmbH:",
        "only when the transfer is required by law:",
        "only when the transfer is necessary to protect the rights and legitimate interests of Shop Example GmbH or of other persons:",
        "only when the transfer takes place as part of a sale or other transfer of the business:",
        "only when the information has been depersonalized and is transferred as statistical data:",
        "Country: the United States. Safeguard for the transfer of information to this country: standard contractual clauses approved by the European Commission.",
        "All obligations to observe the conditions of this Policy pass to this recipient.",
    ] {
        assert!(
            grounds.contains(words),
            "not in the text of `grounds`: {words}"
        );
    }
}

#[test]
fn sections_without_content_are_left_out() {
    let text = plain_text(&fixture("minimal"));
    for heading in ["Sharing", "rights", "obligations", "Security", "Changes"] {
        assert!(
            !text.contains(heading),
            "the minimal policy has no `{heading}` section:\n{text}"
        );
    }
    // The summary and the table come first: the fifth section of the body
    // is the seventh.
    assert!(text.contains("7. Publication and contact"), "{text}");
    assert!(
        !text.contains("depersonalized"),
        "no depersonalized data, no combination rule:\n{text}"
    );
    assert!(
        !text.contains("required"),
        "nothing is marked required:\n{text}"
    );
}

#[test]
fn clauses_go_verbatim_into_their_sections() {
    let policy = fixture("clauses");
    let text = plain_text(&policy);
    let sections: Vec<&str> = text.split("\n\n\n").collect();
    for clause in &policy.clauses {
        let keyword = clause.section.id();
        let heading = match keyword {
            "general" => "General provisions",
            "collection" => "Information collected",
            "purposes" => "Purposes of processing",
            "sharing" => "Sharing of information",
            "retention" => "How long information is kept",
            "rights" => "The User's rights",
            "obligations" => "The User's obligations",
            "security" => "Security",
            "changes" => "Changes to this Policy",
            "contact" => "Publication and contact",
            other => panic!("unknown section `{other}`"),
        };
        let section = sections
            .iter()
            .find(|s| s.lines().next().is_some_and(|l| l.ends_with(heading)))
            .unwrap_or_else(|| panic!("no section `{heading}`"));
        assert!(
            flat(section).contains(&clause.text),
            "`{}` is not in `{heading}`",
            clause.id
        );
    }
}

// ------------------------------------------------------------ the layout

#[test]
fn plain_text_fits_in_80_columns() {
    let policies = std::iter::once(example()).chain(FIXTURES.iter().map(|n| fixture(n)));
    for policy in policies {
        for line in plain_text(&policy).lines() {
            let long = line.chars().count() > 80;
            let one_word = line.split_whitespace().count() <= 2;
            assert!(
                !long || one_word,
                "{}: a line longer than 80 columns:\n{line}",
                policy.id
            );
        }
    }
}

#[test]
fn html_is_one_page_readable_on_a_phone() {
    let page = html(&example());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(
        page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    assert!(page.contains("<style>"));
    assert!(!page.contains("<link") && !page.contains("<script") && !page.contains("src="));
    for anchor in [
        "general",
        "collection",
        "purposes",
        "sharing",
        "retention",
        "rights",
        "contact",
    ] {
        assert!(
            page.contains(&format!("<a href=\"#{anchor}\">")),
            "no link to `{anchor}` in the contents"
        );
        assert!(
            page.contains(&format!("<section id=\"{anchor}\">")),
            "no section `{anchor}`"
        );
    }
    assert!(page.contains("<div class=\"clause\" id=\"clause-5-1-5\">"));
}

#[test]
fn the_version_line_is_at_the_top() {
    let policy = example();
    // The example says when it was published (`published DATE "URL"`).
    let line = format!(
        "Version {}, published {}, effective {}",
        policy.header.version,
        policy.header.published_on.unwrap().long(),
        policy.header.effective.long()
    );
    assert_eq!(plain_text(&policy).lines().nth(3), Some(line.as_str()));
    let top = format!("# {}\n\n{line}\n", policy.header.title);
    assert!(markdown(&policy).starts_with(&top));
    assert!(html(&policy).contains(&format!("<p class=\"version\">{line}</p>")));
}

// ------------------------------------------------------------ escaping

/// A policy where every kind of string a reader sees carries markup and
/// quotes, each marked with its kind.
fn hostile_source() -> String {
    let s = |kind: &str| format!("{kind} <script>alert('{kind}')</script> \\\"q\\\" & <b>");
    format!(
        r#"
policy hostile {{
  title         "{title}"
  version       1.0.0
  effective     2026-01-01
  language      en
  controller    "{controller}" {{
    service "{service}"
    website "https://evil.example/?a=<script>'x'\"y\""
    address "{address}"
  }}
  published     "https://evil.example/p?q=<script>'x'\"y\""
  contact       "\"<script>'x'\"@evil.example"
  governing_law "{law}"
  accepted      by_use
  scope         "{scope}"
  part_of       "{part_of}"
}}
data d "{data_label}" {{
  description "{data_description}"
  source      user
  identity    identified
  examples    "{example}"
  collected   "{collected}"
}}
data d.child "{child_label}" {{ required }}
data stats "{stats_label}" {{
  source   derived
  identity depersonalized
}}
purpose p "{purpose_label}" {{
  description "{purpose_description}"
  uses  d
  basis legitimate_interest "{interest}"
}}
purpose q "Statistics" {{
  uses  stats
  basis consent
}}
recipient r "{recipient_label}" {{
  description "{recipient_description}"
  kind      processor
  country   "{country}"
  safeguard "{safeguard}"
  bound_by_policy
}}
transfer d to r on contract
retain d until "{event}" or for 1 year from "{from}", whichever comes first
right access "{right_label}" {{
  description "{right_description}"
  via "{via}"
}}
right complaint {{ via "{authority}" }}
obligation o "{obligation}"
security m "{security}"
clause c in general "{clause}"
"#,
        title = s("TITLE"),
        controller = s("CONTROLLER"),
        service = s("SERVICE"),
        address = s("ADDRESS"),
        law = s("LAW"),
        scope = s("SCOPE"),
        part_of = s("PARTOF"),
        data_label = s("DATALABEL"),
        data_description = s("DATADESCRIPTION"),
        example = s("EXAMPLE"),
        collected = s("COLLECTED"),
        child_label = s("CHILDLABEL"),
        stats_label = s("STATSLABEL"),
        purpose_label = s("PURPOSELABEL"),
        purpose_description = s("PURPOSEDESCRIPTION"),
        interest = s("INTEREST"),
        recipient_label = s("RECIPIENTLABEL"),
        recipient_description = s("RECIPIENTDESCRIPTION"),
        country = s("COUNTRY"),
        safeguard = s("SAFEGUARD"),
        event = s("EVENT"),
        from = s("FROM"),
        right_label = s("RIGHTLABEL"),
        right_description = s("RIGHTDESCRIPTION"),
        via = s("VIA"),
        authority = s("AUTHORITY"),
        obligation = s("OBLIGATION"),
        security = s("SECURITY"),
        clause = s("CLAUSE"),
    )
}

const KINDS: &[&str] = &[
    "TITLE",
    "CONTROLLER",
    "SERVICE",
    "ADDRESS",
    "LAW",
    "SCOPE",
    "PARTOF",
    "DATALABEL",
    "DATADESCRIPTION",
    "EXAMPLE",
    "COLLECTED",
    "CHILDLABEL",
    "STATSLABEL",
    "PURPOSELABEL",
    "PURPOSEDESCRIPTION",
    "INTEREST",
    "RECIPIENTLABEL",
    "RECIPIENTDESCRIPTION",
    "COUNTRY",
    "SAFEGUARD",
    "EVENT",
    "FROM",
    "RIGHTLABEL",
    "RIGHTDESCRIPTION",
    "VIA",
    "AUTHORITY",
    "OBLIGATION",
    "SECURITY",
    "CLAUSE",
];

#[test]
fn html_escapes_every_source_string() {
    let page = html(&policy_of(&hostile_source()));
    assert!(
        !page.to_lowercase().contains("<script"),
        "unescaped markup:\n{page}"
    );
    assert!(!page.contains("<b>"), "unescaped markup:\n{page}");
    for kind in KINDS {
        let escaped = format!(
            "{kind} &lt;script&gt;alert(&#39;{kind}&#39;)&lt;/script&gt; &quot;q&quot; &amp; &lt;b&gt;"
        );
        assert!(
            page.contains(&escaped),
            "the {kind} is missing or not escaped:\n{page}"
        );
    }
    for address in [
        "https://evil.example/?a=&lt;script&gt;&#39;x&#39;&quot;y&quot;",
        "https://evil.example/p?q=&lt;script&gt;&#39;x&#39;&quot;y&quot;",
        "&quot;&lt;script&gt;&#39;x&#39;&quot;@evil.example",
    ] {
        assert!(
            page.contains(address),
            "the address `{address}` is missing or not escaped"
        );
    }
    assert!(
        !page.contains("href=\"https://evil"),
        "an address with markup in it is not a link"
    );
}

#[test]
fn markdown_escapes_every_source_string() {
    let md = markdown(&policy_of(&hostile_source()));
    let unescaped = md.replace("\\<", "");
    assert!(!unescaped.contains("<script"), "unescaped markup:\n{md}");
    assert!(!unescaped.contains("<b>"), "unescaped markup:\n{md}");
    for kind in KINDS {
        let escaped = format!("{kind} \\<script\\>alert('{kind}')\\</script\\> \"q\" \\& \\<b\\>");
        assert!(
            md.contains(&escaped),
            "the {kind} is missing or not escaped:\n{md}"
        );
    }
}

#[test]
fn markdown_list_entries_cannot_become_blocks() {
    let source = read("tests/fixtures/text/minimal.policy").replace(
        "identity identified",
        "identity identified\n  examples \"# heading\"",
    ) + "data email.first \"1. first\"\ndata email.dash \"- dash\"\n";
    let md = markdown(&policy_of(&source));
    assert!(md.contains("- 1\\. first\n"), "{md}");
    assert!(md.contains("- \\- dash\n"), "{md}");
    assert!(
        md.contains("This information consists of: \\# heading."),
        "{md}"
    );
}

// --------------------------------------------------- the seed, clause by clause

/// DESIGN.md section 12: each clause of the seed, with the facts of the
/// generated text that express it. All facts of an entry must be found in
/// one paragraph of the plain text.
const SEED: &[(&str, &[&str])] = &[
    (
        "1.1",
        &[
            "sets out how Pro IT Group Inc processes information about the users",
            "of ProIT Workspace (the \"Service\")",
        ],
    ),
    (
        "1.2",
        &["Using the Service means that the User accepts this Policy"],
    ),
    (
        "1.3",
        &["should not use the Service if they do not agree with the conditions of this Policy"],
    ),
    (
        "1.4",
        &[
            "This Policy applies to information processed while the User uses the Service, and only to that information",
        ],
    ),
    (
        "1.5",
        &[
            "This Policy is an integral part of the agreements on the use of the Service",
            "other agreements signed with the User",
        ],
    ),
    (
        "2.1",
        &["The User provides the following personal information:"],
    ),
    (
        "2.1.1",
        &[
            "Information the User provides about themselves",
            "at registration, at sign-in and while using the Service",
        ],
    ),
    (
        "2.1.2",
        &[
            "Technical information sent automatically by the User's browser",
            "IP address, information from cookies, information about the browser, access time and the address of the requested page",
        ],
    ),
    (
        "2.1.2 source",
        &["The User's device automatically sends the following personal information:"],
    ),
    (
        "2.2",
        &["depersonalized information, which does not allow the User to be identified"],
    ),
    (
        "2.2 examples",
        &[
            "Depersonalized information",
            "geographical region, interests, profession, sex and age",
        ],
    ),
    (
        "2.2 statistics",
        &[
            "Marketing, statistical and other research",
            "Statistics",
            "developing and improving the Service",
        ],
    ),
    (
        "2.2 combination",
        &[
            "When this information is combined with personal information, the combined information is treated as personal information for as long as it remains combined",
        ],
    ),
    (
        "2.3",
        &["The User guarantees that the personal information they provide is reliable"],
    ),
    (
        "2.3 verification",
        &["does not check whether the personal information the User provides is reliable"],
    ),
    (
        "2.4",
        &["The User does not give their personal information to third parties"],
    ),
    (
        "2.4 liability",
        &[
            "not responsible for the consequences of the User giving their personal information to third parties",
        ],
    ),
    (
        "3.1",
        &["only the information of the User that is necessary"],
    ),
    (
        "3.2.1",
        &[
            "Identifying the User within the Service",
            "Legal basis: the processing is necessary to perform a contract with the User",
        ],
    ),
    (
        "3.2.2",
        &[
            "Fulfilling obligations under agreements, including providing the Service to the User",
            "Legal basis: the processing is necessary to perform a contract",
        ],
    ),
    (
        "3.2.3",
        &[
            "Communicating with the User",
            "handling the User's requests",
            "Legal basis: the processing is necessary to perform a contract",
        ],
    ),
    (
        "3.2.4",
        &[
            "Improving the quality of the Service",
            "the interest pursued is improving the quality of the Service",
        ],
    ),
    (
        "3.2.5",
        &[
            "Targeting promotional materials",
            "Only depersonalized information is used for this purpose",
        ],
    ),
    (
        "3.2.6",
        &[
            "Marketing, statistical and other research",
            "Only depersonalized information is used for this purpose",
        ],
    ),
    (
        "4.1",
        &["necessary and sufficient organisational and technical measures"],
    ),
    (
        "4.2",
        &[
            "kept until the User removes it from the Service or for as long as the law requires, whichever comes last: Information provided",
        ],
    ),
    ("4.3", &["E-mail address (required)", "Name (optional)"]),
    (
        "4.3 meaning",
        &[
            "must be provided to use the Service",
            "is provided at the User's discretion",
        ],
    ),
    (
        "4.4",
        &["in accordance with the legislation on personal data"],
    ),
    (
        "4.5",
        &["shares information only with the following recipients"],
    ),
    (
        "4.5.1",
        &[
            "Third parties the User agrees to share information with",
            "only when the User has consented to the transfer",
        ],
    ),
    (
        "4.5.2",
        &[
            "Contractors who help provide the Service or perform agreements with the User",
            "only when the transfer is necessary to perform a contract with the User",
        ],
    ),
    (
        "4.5.3",
        &[
            "Public authorities",
            "only when the transfer is required by law",
        ],
    ),
    (
        "4.5.4",
        &[
            "when the User breaks the agreements",
            "protect the rights and legitimate interests of Pro IT Group Inc or of other persons",
        ],
    ),
    (
        "4.5.5",
        &[
            "An acquirer of the business",
            "sale or other transfer of the business",
            "All obligations to observe the conditions of this Policy pass to this recipient",
        ],
    ),
    (
        "4.5.6",
        &[
            "carry out research, perform works or render services",
            "Statistics",
            "depersonalized and is transferred as statistical data",
        ],
    ),
    (
        "5.1 change",
        &[
            "Right to rectification",
            "change the personal information",
            "at any time",
        ],
    ),
    (
        "5.1 remove",
        &[
            "Right to erasure",
            "remove the personal information",
            "at any time",
        ],
    ),
    ("5.2", &["keeps it up to date"]),
    (
        "5.2 third parties",
        &["no personal information of third parties"],
    ),
    ("5.3", &["kept for 1 year from collection: Activity logs"]),
    (
        "5.3 purposes",
        &[
            "Keeping evidence for the legal protection of the Service",
            "Activity logs",
        ],
    ),
    (
        "6.1",
        &["Pro IT Group Inc can change this Policy unilaterally"],
    ),
    // The seed's editions took effect on publication; the current edition
    // replaces that with a notice period (see the CHANGELOG), so 6.1 is
    // covered by the moment a new edition takes effect, whatever it is.
    (
        "6.1 effective",
        &["A new edition of this Policy takes effect when the notice period of 30 days has passed"],
    ),
    (
        "6.2",
        &["The current edition of this Policy is published at https://proit.example/legal/privacy"],
    ),
    (
        "6.3",
        &["comments about this Policy to Pro IT Group Inc at privacy@proit.example"],
    ),
];

#[test]
fn the_example_covers_every_clause_of_the_seed() {
    let paragraphs = paragraphs(&plain_text(&example()));
    let mut missing = Vec::new();
    for (clause, facts) in SEED {
        if !paragraphs
            .iter()
            .any(|p| facts.iter().all(|f| p.contains(f)))
        {
            missing.push(format!("seed {clause}: {facts:?}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not in the text:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_seed_table_names_every_clause() {
    let seed_clauses = [
        "1.1", "1.2", "1.3", "1.4", "1.5", "2.1.1", "2.1.2", "2.2", "2.3", "2.4", "3.1", "3.2.1",
        "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6", "4.1", "4.2", "4.3", "4.4", "4.5.1", "4.5.2",
        "4.5.3", "4.5.4", "4.5.5", "4.5.6", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3",
    ];
    for clause in seed_clauses {
        assert!(
            SEED.iter()
                .any(|(c, _)| *c == clause || c.starts_with(&format!("{clause} "))),
            "no fact checked for seed clause {clause}"
        );
    }
}

// ------------------------------------------------------------ the voice

/// The example with another voice, as if its header said so.
fn example_in(voice: policyc::model::Voice) -> Policy {
    let mut policy = example();
    policy.header.voice = voice;
    policy
}

#[test]
fn example_in_the_first_and_second_person() {
    let policy = example_in(policyc::model::Voice::WeYou);
    insta::assert_snapshot!("example_we_you_md", markdown(&policy));
    insta::assert_snapshot!("example_we_you_txt", plain_text(&policy));
}

#[test]
fn the_third_person_is_the_default_and_the_seeds_form() {
    let policy = example();
    assert_eq!(policy.header.voice, policyc::model::Voice::ThirdPerson);
    assert_eq!(
        markdown(&policy),
        markdown(&example_in(policyc::model::Voice::ThirdPerson))
    );
    let text = flat(&plain_text(&policy));
    assert!(text.contains("The User can exercise this right"));
    assert!(!text.contains(" you "), "{text}");
}

/// Every policy of the repository that checks: the examples and every
/// fixture, with its path.
fn every_checked_policy() -> Vec<(String, Policy)> {
    fn walk(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "policy") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    walk(&root.join("policies"), &mut paths);
    walk(&root.join("tests/fixtures"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let policy = policyc::check_source(&text).policy?;
            Some((path.display().to_string(), policy))
        })
        .collect()
}

/// The words of `text` that are "he", "his" or "him".
fn gendered(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| ["he", "his", "him", "himself"].contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_text_says_he_his_or_him() {
    use policyc::render::document::Piece;
    let policies = every_checked_policy();
    assert!(policies.len() > 30, "only {} policies", policies.len());
    for (path, mut policy) in policies {
        for voice in [
            policyc::model::Voice::ThirdPerson,
            policyc::model::Voice::WeYou,
        ] {
            policy.header.voice = voice;
            // The project's own words, in every policy.
            let document = policyc::render::document(&policy).unwrap();
            let own: String = document
                .sections
                .iter()
                .flat_map(|s| {
                    std::iter::once(s.heading.clone()).chain(s.clauses.iter().map(|c| {
                        let mut words = c.body.clone();
                        if let Some(lead) = &c.lead {
                            words.append(lead.clone());
                        }
                        words
                            .pieces
                            .iter()
                            .filter_map(|p| match p {
                                Piece::Words(w) => Some(w.clone()),
                                _ => None,
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    }))
                })
                .collect::<Vec<_>>()
                .join(" ");
            assert!(gendered(&own).is_empty(), "{path}: {:?}", gendered(&own));
        }
    }
    // The whole text, the source's words included, of every policy but a
    // released edition kept as history, which says what it said.
    for (path, policy) in every_checked_policy() {
        if path.contains("/history/") {
            continue;
        }
        let text = plain_text(&policy);
        assert!(gendered(&text).is_empty(), "{path}: {:?}", gendered(&text));
    }
}

#[test]
fn a_controller_of_several_companies_takes_the_plural() {
    let mut policy = fixture("voices");
    policy.header.voice = policyc::model::Voice::ThirdPerson;
    let text = flat(&plain_text(&policy));
    for words in [
        "sets out how Acme Co. and its affiliates process information about the users",
        "Acme Co. and its affiliates are the controller responsible",
        "Acme Co. and its affiliates receive the following personal information",
        "Legal basis: Acme Co. and its affiliates' legitimate interests;",
        "Acme Co. and its affiliates inform the User of a change",
    ] {
        assert!(text.contains(words), "not in the text: {words}\n{text}");
    }
    policy.header.controller.plural = false;
    let text = flat(&plain_text(&policy));
    assert!(text.contains("Acme Co. and its affiliates is the controller responsible"));
}

// --------------------------------------------------------- text bugs

#[test]
fn a_name_ending_with_a_full_stop_ends_its_sentence_once() {
    let source = read("tests/fixtures/text/minimal.policy")
        .replace("\"Tiny Example\"", "\"Example Inc.\"")
        .replace("basis contract", "basis legal_obligation");
    let policy = policy_of(&source);
    for text in [markdown(&policy), plain_text(&policy), html(&policy)] {
        assert!(!text.contains(".."), "{text}");
    }
    assert!(
        flat(&plain_text(&policy)).contains("a legal obligation that applies to Example Inc. ")
    );
}

#[test]
fn labels_keep_their_capitals_only_where_a_capital_stands() {
    // A label is never lowered (it may be a name), so the text puts it
    // where a capital is right: a lead, a list entry, after a colon.
    for policy in std::iter::once(example()).chain(FIXTURES.iter().map(|n| fixture(n))) {
        let text = flat(&markdown(&policy));
        let labels = policy
            .data
            .iter()
            .map(|d| &d.label)
            .chain(policy.recipients.iter().map(|r| &r.label));
        for label in labels {
            for (at, _) in text.match_indices(label.as_str()) {
                let before = &text[..at];
                assert!(
                    // `.** `: the first word after a lead (the summary's); `| `, a
                    // cell of the per-purpose table; `(only `, the part of a
                    // purpose's information a recipient in that cell receives.
                    [
                        ": ",
                        "**",
                        ".** ",
                        "| ",
                        "- ",
                        ", ",
                        "; ",
                        " and ",
                        " or ",
                        "(only ",
                        "(nur ",
                        "(uniquement ",
                        "(solo ",
                    ]
                    .iter()
                    .any(|p| before.ends_with(p)),
                    "{}: {label:?} mid-sentence after {:?}",
                    policy.id,
                    &before[before.len().saturating_sub(30)..]
                );
            }
        }
    }
}

/// The README's claim: the user's consent to a transfer to a processor or
/// service provider is consent to the processing it carries out for the
/// controller; to any other recipient, consent to the transfer.
#[test]
fn consent_to_a_processor_is_consent_to_its_processing() {
    let trailmark = flat(&markdown(&policy_of(&read(
        "policies/examples/trailmark-app.policy",
    ))));
    assert!(trailmark.contains(
        "only when you have consented to the processing it carries out for us, for the purpose of improving the app: App usage events."
    ), "{trailmark}");
    assert!(
        !trailmark.contains("consented to the transfer"),
        "{trailmark}"
    );
    // Its other grounds follow the declaration as for any recipient.
    assert!(trailmark.contains(
        "**Cloud hosting provider.** Type of recipient: processor, acting on our instructions."
    ));
    assert!(trailmark.contains(
        "only when the transfer is necessary to perform a contract with you: Account details, Workouts,"
    ));
    let harbor = flat(&markdown(&policy_of(&read(
        "policies/examples/harbor-lane-shop.policy",
    ))));
    assert!(harbor.contains(
        "Type of recipient: advertising partner. This recipient receives the following information, only when you have consented to the transfer, for the purpose of showing you ads"
    ), "{harbor}");
    let grounds = flat(&plain_text(&fixture("grounds")));
    assert!(grounds.contains("only when the User has consented to the transfer: "));
}

/// The README's claim: a purpose's label mid-sentence ("for the purpose
/// of …", "When used for …") begins in lower case where its first word is
/// a common word, and keeps an acronym or a name as written; in a list,
/// a cell or a lead it keeps its capital.
#[test]
fn a_purpose_label_mid_sentence_begins_in_lower_case_unless_a_name() {
    let source = read("tests/fixtures/layered/shop.policy");
    let policy = policy_of(&source);
    let text = flat(&markdown(&policy));
    assert!(
        text.contains("for the purpose of delivery: Orders."),
        "{text}"
    );
    assert!(!text.contains("for the purpose of Delivery"), "{text}");
    // An acronym, and a name of two capitalized words, stay as written.
    for (short, said) in [
        ("EU delivery", "EU delivery"),
        ("Parcel Post", "Parcel Post"),
    ] {
        let named = policy_of(&source.replace("short \"Delivery\"", &format!("short \"{short}\"")));
        let text = flat(&markdown(&named));
        assert!(
            text.contains(&format!("for the purpose of {said}: Orders.")),
            "{short}: {text}"
        );
    }
    // Every example: no "for the purpose of" or "when used for" before a
    // label's own capital where the label begins with a common word.
    for path in [
        "policies/pro-it-group.policy",
        "policies/examples/harbor-lane-shop.policy",
        "policies/examples/trailmark-app.policy",
    ] {
        let policy = policy_of(&read(path));
        let text = flat(&plain_text(&policy));
        for purpose in &policy.purposes {
            let label = purpose.short_label();
            let lowered = policyc::render::lexicon::in_sentence(label);
            if lowered == label {
                continue;
            }
            for lead in ["for the purpose of ", "purposes of ", "hen used for "] {
                assert!(
                    !text.contains(&format!("{lead}{label}")),
                    "{path}: {lead}{label}"
                );
            }
        }
    }
    let harbor = policy_of(&read("policies/examples/harbor-lane-shop.policy"));
    let text = flat(&plain_text(&harbor));
    for said in [
        "for the purpose of processing, delivering and returning your orders: Contact details and Order history.",
        "When used for keeping our accounts as tax and commercial law requires, the following information is kept",
    ] {
        assert!(text.contains(said), "{said}");
    }
    // In a list, it keeps its capital.
    assert!(
        markdown(&harbor).contains("\n- Processing, delivering and returning your orders\n"),
        "{}",
        markdown(&harbor)
    );
}

// ------------------------------------------------- the combination rule

#[test]
fn the_combination_rule_is_stated_only_where_declared() {
    let rule = "combined with personal information, the combined information is treated as personal information";
    assert!(flat(&plain_text(&example())).contains(rule));
    let voices = fixture("voices");
    assert!(
        voices
            .data
            .iter()
            .any(|d| d.identity == policyc::model::Identity::Depersonalized)
    );
    assert!(!flat(&plain_text(&voices)).contains("combined"));
}

#[test]
fn e0304_holds_only_where_the_rule_is_declared() {
    let declared = read("tests/fixtures/diagnostics/e0304_identified_by_combination.policy");
    let e0304 = |source: &str| {
        policyc::check_source(source)
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "E0304")
    };
    assert!(e0304(&declared));
    let undeclared = declared.replace("  when_combined identified\n", "");
    assert_ne!(undeclared, declared);
    assert!(!e0304(&undeclared));
}

// ------------------------------------------------- free text's structure

#[test]
fn a_long_text_keeps_its_lines_paragraphs_and_lists() {
    let policy = fixture("structure");
    let md = markdown(&policy);
    assert!(md.contains("3.2. First line\\\nSecond line\n\nA new paragraph.\n"));
    assert!(
        md.contains("What the User gives us:\n\n- a name\n- an e-mail address\n\nNothing else.")
    );
    let page = html(&policy);
    assert!(page.contains("First line<br>\nSecond line</p>\n<p>A new paragraph.</p>"));
    assert!(page.contains("gives us:</p>\n<ul>\n<li>a name</li>\n<li>an e-mail address</li>\n</ul>\n<p>Nothing else.</p>"));
    assert!(page.contains("these rules:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n</div>"));
    let text = plain_text(&policy);
    assert!(text.contains("3.2. First line\n     Second line\n\n     A new paragraph.\n"));
    assert!(text.contains(
        "gives us:\n       - a name\n       - an e-mail address\n\n       Nothing else.\n"
    ));
}

#[test]
fn no_line_of_a_long_text_makes_structure_of_its_own() {
    let policy = fixture("structure");
    let md = markdown(&policy);
    for escaped in [
        "\\# not a heading",
        "1\\. not a numbered item",
        "\\[not a link\\](https://evil.example)",
        "\\<b\\>not bold\\</b\\>",
        "\\-not an entry",
    ] {
        assert!(md.contains(escaped), "{escaped}");
    }
    let page = html(&policy);
    assert!(page.contains("&lt;b&gt;not bold&lt;/b&gt;"));
    assert!(!page.contains("href=\"https://evil.example\""));
    // After the contents and the summary's lists, the only lists are the
    // two the source wrote.
    let body = &page[page.find("<section id=\"general\">").unwrap()..];
    assert_eq!(body.matches("<ul>").count(), 2, "{page}");
}

// ------------------------------------------------------------ the trace

#[test]
fn every_clause_of_every_policy_has_a_source() {
    use policyc::render::trace;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("policies/pro-it-group.policy")];
    paths.extend(
        FIXTURES
            .iter()
            .map(|n| root.join(format!("tests/fixtures/text/{n}.policy"))),
    );
    let mut clauses = 0;
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let checked = policyc::check_source(&text);
        let policy = checked.policy.unwrap();
        for (number, origins) in trace::clauses(&policy).unwrap() {
            assert!(
                !origins.is_empty(),
                "{}: {number} has no source",
                path.display()
            );
            for origin in origins {
                let span = trace::span(origin, &checked.spans)
                    .unwrap_or_else(|| panic!("{}: {number}: {origin:?}", path.display()));
                assert!(span.end > span.start && span.end <= text.len());
            }
            clauses += 1;
        }
    }
    assert!(clauses > 100, "only {clauses} clauses");
}

#[test]
fn the_examples_trace_points_at_its_declarations() {
    let trace: serde_json::Value =
        serde_json::from_str(&read("generated/pro_it_privacy/trace.json")).unwrap();
    let source = read("policies/pro-it-group.policy");
    let numbers: Vec<String> = policyc::render::trace::clauses(&example())
        .unwrap()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let schema: serde_json::Value =
        serde_json::from_str(&read("tests/schemas/trace.schema.json")).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&trace)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "trace.json against its schema: {errors:#?}"
    );
    let mut sourceless = trace.clone();
    sourceless["clauses"][0]["sources"] = serde_json::json!([]);
    assert!(!validator.is_valid(&sourceless));
    let traced = trace["clauses"].as_array().unwrap();
    assert_eq!(
        traced
            .iter()
            .map(|c| c["number"].as_str().unwrap())
            .collect::<Vec<_>>(),
        numbers
    );
    let starts = |number: &str| -> Vec<String> {
        let clause = traced.iter().find(|c| c["number"] == number).unwrap();
        clause["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                assert_eq!(s["file"], "policies/pro-it-group.policy");
                let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
                let text = &source[start as usize..end as usize];
                let line = s["line"].as_u64().unwrap() as usize;
                assert!(
                    source
                        .lines()
                        .nth(line - 1)
                        .unwrap()
                        .starts_with(text.lines().next().unwrap())
                );
                text.split_whitespace().next().unwrap().to_owned()
            })
            .collect()
    };
    // The summary (section 1) first: each line from its declarations.
    assert_eq!(starts("1.1"), ["policy"]);
    assert_eq!(starts("1.2"), ["data"; 5]);
    assert_eq!(starts("1.3"), ["purpose"; 7]);
    assert_eq!(starts("1.5"), ["retain"; 4]);
    // The rights GDPR grants and the policy does not declare come from the
    // header, which declares the regime; the objection to direct marketing,
    // named first, from the purpose that is direct marketing too.
    assert_eq!(
        starts("1.6"),
        [
            "policy", "purpose", "right", "right", "right", "right", "right"
        ]
    );
    // The per-purpose table, section 2, right after it.
    let mut table = starts("2.1");
    table.dedup();
    assert_eq!(
        table,
        ["data", "purpose", "recipient", "transfer", "retain"]
    );
    assert_eq!(starts("3.1"), ["policy"]);
    assert_eq!(starts("4.1.1"), ["data", "data", "data", "data", "data"]);
    assert_eq!(starts("5.1.1"), ["purpose"]);
    assert_eq!(starts("6.1.1"), ["recipient", "transfer"]);
    assert_eq!(starts("7.1"), ["retain"]);
    // The objection to direct marketing comes first, apart (Art. 21(4)),
    // from the purpose marked `direct_marketing` and the declared right.
    assert_eq!(starts("8.1"), ["purpose", "right"]);
    assert_eq!(starts("8.2"), ["right"]);
    assert_eq!(starts("9.1"), ["obligation"]);
    assert_eq!(starts("9.4"), ["clause"]);
    // The section for the GDPR, which the header's `regimes` asks for.
    assert_eq!(starts("11.1"), ["policy"]);
    assert_eq!(starts("12.1"), ["changes"]);
}

#[test]
fn the_diff_sees_the_voice_and_the_plural() {
    use policyc::diff::{self, ChangeKind, Class};
    let old = fixture("voices");
    let mut new = old.clone();
    new.header.voice = policyc::model::Voice::ThirdPerson;
    new.header.controller.plural = false;
    let changes = diff::diff(&old, &new).changes;
    let said: Vec<(ChangeKind, String)> =
        changes.iter().map(|c| (c.kind, c.explanation())).collect();
    assert_eq!(
        said,
        [
            (
                ChangeKind::VoiceChanged,
                "The text now speaks in the third person (before: the first and second person)"
                    .to_owned()
            ),
            (
                ChangeKind::VoiceChanged,
                "\"Acme Co. and its affiliates\" is now written of as one company".to_owned()
            ),
        ]
    );
    assert!(changes.iter().all(|c| c.kind.class() == Class::Editorial));
}

/// The summary names the controller of the users' information without
/// "about the User as a user of", in the third person; in the first
/// person it speaks to "you as a user".
#[test]
fn the_summary_names_the_controller_without_repeating_the_user() {
    let mut policy = example();
    let text = flat(&policyc::render::markdown(&policy));
    assert!(
        text.contains("Pro IT Group Inc is the controller of the information about the users of ProIT Workspace."),
        "{text}"
    );
    assert!(!text.contains("the User as a user"), "{text}");
    policy.header.voice = policyc::model::Voice::WeYou;
    let text = flat(&policyc::render::markdown(&policy));
    assert!(
        text.contains(
            "is the controller of the information about you as a user of ProIT Workspace."
        ),
        "{text}"
    );
}
