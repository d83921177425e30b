//! A structure-aware generator of policy sources.
//!
//! Random bytes rarely get past the parser, so the checks and the build
//! would hardly ever run on them. A [`Spec`] describes a policy by its
//! shape instead (data categories, purposes, recipients, rights, tests),
//! and [`Spec::print`] writes it as a policy that checks clean by
//! construction: every name it refers to is declared, identified data has
//! a retention period, a special category is used on explicit consent, and
//! so on. Then its [`Flaw`]s break it locally (a line deleted, duplicated,
//! cut, a word replaced by a typo or a bad value, a stray brace, quote,
//! control character or huge number), so each input is a valid policy with
//! a few precise defects, the kind authors make.
//!
//! The same file is compiled into the cargo-fuzz targets (driven by
//! libFuzzer's bytes) and into `tests/fuzz_properties.rs` (driven by
//! proptest's bytes), so both explore the same space.

use std::fmt::Write as _;

use arbitrary::Arbitrary;

/// How many of each kind of item a spec prints at most: enough to reach
/// every rule, small enough that one input is checked in microseconds.
const MAX_GROUPS: usize = 10;
const MAX_CHILDREN: usize = 4;
const MAX_ITEMS: usize = 8;
const MAX_FLAWS: usize = 6;

const GROUPS: &[&str] = &[
    "account",
    "device",
    "activity_log",
    "profile",
    "statistics",
    "payment",
    "location",
    "health",
];
const CHILDREN: &[&str] = &["email", "name", "phone", "content"];
const PURPOSES: &[&str] = &[
    "identification",
    "service_provision",
    "communication",
    "quality",
    "targeting",
    "research",
    "billing",
    "monitoring",
];
const RECIPIENTS: &[&str] = &[
    "partners",
    "contractors",
    "authorities",
    "claimants",
    "acquirer",
    "researchers",
];
const POLICY_IDS: &[&str] = &["pro_it_privacy", "shop", "generated"];
const LABELS: &[&str] = &[
    "Privacy Policy",
    "Information the User provides about himself",
    "E-mail address",
    "Sending offers",
    "the account settings of the Service",
    "An acquirer of the business",
    "Données personnelles",
    "Персональные данные",
    "個人情報",
    "say \\\"hi\\\"",
    "caf\\u{E9} and back\\\\slash",
];
const PROSE: &[&str] = &[
    "The User may change the personal information he has provided.",
    "first line\\nsecond line",
    "a\\ttab and a \\\"quote\\\"",
    "The Service takes organisational and technical protection measures.",
    "Emoji are text too: \u{1F642}.",
];
const URLS: &[&str] = &[
    "https://proit.example/legal/privacy",
    "https://shop.example/privacy",
    "https://www.example.org/legal/privacy.html",
];
const CONTACTS: &[&str] = &[
    "privacy@proit.example",
    "https://proit.example/contact",
    "dpo@shop.example",
];
const LANGUAGES: &[&str] = &["en", "es", "de-DE", "fr", "es-MX"];
const COUNTRIES: &[&str] = &["US", "India", "Switzerland"];
const EVENTS: &[&str] = &[
    "collection",
    "last_use",
    "account_closure",
    "end_of_contract",
    "\"the User removes it\"",
];
const UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years",
];
const SECTIONS: &[&str] = &[
    "general",
    "collection",
    "purposes",
    "sharing",
    "retention",
    "rights",
    "obligations",
    "security",
    "changes",
    "contact",
];
/// Words a flaw puts in place of another: typos of names, values of the
/// wrong kind, keywords out of place, numbers out of range.
const WORDS: &[&str] = &[
    "acount",
    "account",
    "identification",
    "partners",
    "consentt",
    "legitimate_interest",
    "identified",
    "depersonalized",
    "pseudonymized",
    "by_use",
    "0000-13-45",
    "2026-02-30",
    "1.2",
    "01.2.3",
    "99999999999999999999",
    "-1",
    "0",
    "36526",
    "to",
    "on",
    "for",
    "given",
    "or",
    "policy",
    "data",
    "purpose",
    "include",
    "consent:",
    "objection:nothing",
    "a.b.c.d.e.f.g",
    "\"\"",
    "\"  \"",
    "\"unclosed",
    "\"bad \\q escape\"",
    "\"\\u{110000}\"",
    "\"\\u{D800}\"",
    "x_",
    "_x",
    "Account",
];

/// Picks from a non-empty pool by any index.
fn pick(pool: &[&'static str], index: u8) -> &'static str {
    pool.get(usize::from(index) % pool.len().max(1))
        .copied()
        .unwrap_or_default()
}

/// A whole policy.
#[derive(Arbitrary, Debug, Clone)]
pub struct Spec {
    /// The `policy` block.
    pub header: Header,
    /// The top-level data categories, each with its subcategories.
    pub groups: Vec<Group>,
    /// The purposes.
    pub purposes: Vec<Purpose>,
    /// The recipients and what is sent to each.
    pub recipients: Vec<Recipient>,
    /// The rights.
    pub rights: Vec<Right>,
    /// Obligations, security measures, clauses, the changes block, tests.
    pub extras: Vec<Extra>,
    /// How the text is laid out.
    pub layout: Layout,
    /// The defects put into the printed text, in order.
    pub flaws: Vec<Flaw>,
}

/// The `policy` block.
#[derive(Arbitrary, Debug, Clone)]
pub struct Header {
    id: u8,
    title: u8,
    version: (u8, u8, u8),
    prerelease: Option<u8>,
    effective: (u8, u8, u8),
    language: u8,
    controller: u8,
    website: Option<u8>,
    address: Option<u8>,
    published: u8,
    contact: u8,
    governing_law: Option<u8>,
    accepted: Option<bool>,
    scope: Option<u8>,
    part_of: Vec<u8>,
}

impl Header {
    fn major(&self) -> u8 {
        self.version.0 % 10
    }

    fn year(&self) -> u32 {
        2000 + u32::from(self.effective.0 % 60)
    }

    fn version(&self) -> String {
        let (_, minor, patch) = self.version;
        let mut version = format!("{}.{}.{}", self.major(), minor % 20, patch % 20);
        if let Some(pre) = self.prerelease {
            let _ = write!(version, "-rc.{}", pre % 5);
        }
        version
    }

    fn effective(&self) -> String {
        let (_, month, day) = self.effective;
        format!("{}-{:02}-{:02}", self.year(), month % 12 + 1, day % 28 + 1)
    }
}

/// A top-level data category and its subcategories.
#[derive(Arbitrary, Debug, Clone)]
pub struct Group {
    label: u8,
    description: Option<u8>,
    source: Source,
    depersonalized: bool,
    special: Option<Special>,
    examples: Vec<u8>,
    need: Need,
    collected: Option<u8>,
    children: Vec<(u8, Need)>,
    retention: Vec<Period>,
}

/// Where data comes from.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Source {
    User,
    Device,
    Derived,
    ThirdParty,
}

/// A GDPR Art. 9 category.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Special {
    Health,
    Biometric,
    Genetic,
}

/// Whether the user must provide the data.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Need {
    Unstated,
    Required,
    Optional,
}

/// One retention period.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Period {
    For(Duration, u8),
    Until(u8),
    Law,
}

/// A positive duration of at most a century.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub struct Duration {
    amount: u8,
    unit: u8,
}

/// A reference to a category: a group, or one of its subcategories.
#[derive(Arbitrary, Debug, Clone, Copy)]
struct DataRef {
    group: u8,
    child: Option<u8>,
}

/// A purpose.
#[derive(Arbitrary, Debug, Clone)]
pub struct Purpose {
    label: u8,
    description: Option<u8>,
    uses: Vec<DataRef>,
    basis: Basis,
    only_depersonalized: bool,
}

/// A legal basis.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Basis {
    Consent,
    ExplicitConsent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterest(u8),
}

/// A recipient and the one transfer to it.
#[derive(Arbitrary, Debug, Clone)]
pub struct Recipient {
    label: u8,
    kind: u8,
    abroad: Option<(u8, u8)>,
    bound: bool,
    description: Option<u8>,
    sends: Vec<DataRef>,
    grounds: Vec<Ground>,
}

/// A ground of a transfer.
#[derive(Arbitrary, Debug, Clone, Copy, PartialEq, Eq)]
enum Ground {
    Consent,
    Contract,
    LegalObligation,
    RightsProtection,
    BusinessTransfer,
    DepersonalizedStatistics,
}

/// A right of the user.
#[derive(Arbitrary, Debug, Clone)]
pub struct Right {
    kind: u8,
    description: Option<u8>,
    via: Vec<u8>,
    within: Option<Duration>,
    anytime: bool,
}

/// The declarations that stand alone.
#[derive(Arbitrary, Debug, Clone)]
pub enum Extra {
    /// `obligation ID "…"`.
    Obligation(u8),
    /// `security ID "…"`.
    Security(u8),
    /// `clause ID in SECTION "…"`.
    Clause(u8, u8),
    /// The `changes` block (only the first is printed).
    Changes {
        /// `by agreement` rather than `by unilateral`.
        agreement: bool,
        /// The channels, as indexes.
        notify: Vec<u8>,
        /// The notice period.
        notice: Option<Duration>,
        /// `effective after_notice` rather than `on_publication`.
        after_notice: Option<bool>,
    },
    /// A `test` block.
    Test(Vec<Expectation>),
}

/// One line of a `test` block.
#[derive(Arbitrary, Debug, Clone)]
pub struct Expectation {
    allow: bool,
    data: DataRef,
    to_recipient: bool,
    target: u8,
    facts: Vec<u8>,
}

/// How the text is laid out: every layout must mean the same.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub struct Layout {
    one_line: bool,
    comments: bool,
    crlf: bool,
    indent: u8,
}

/// A defect put into the printed text, at a line (any index: it wraps).
#[derive(Arbitrary, Debug, Clone)]
pub enum Flaw {
    /// The line is removed.
    Delete(u16),
    /// The line appears twice.
    Duplicate(u16),
    /// Two lines change places.
    Swap(u16, u16),
    /// The line is cut after some bytes (on a character boundary).
    Truncate(u16, u8),
    /// A word of the line is replaced.
    Replace(u16, u8, u8),
    /// A piece is inserted at the start of the line.
    Insert(u16, Piece),
    /// A piece is added at the end of the line.
    Append(u16, Piece),
}

/// Text that breaks something.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Piece {
    /// `{`.
    Open,
    /// `}`.
    Close,
    /// A lone `"`.
    Quote,
    /// A word from the list of bad words.
    Word(u8),
    /// A name longer than the limit.
    LongName,
    /// A dotted name of many parts.
    DeepPath(u8),
    /// A `uses` list of many items.
    LongList(u8),
    /// A string of many bytes.
    LongString(u8),
    /// A control, invisible or bidirectional character.
    Control(u8),
    /// A non-ASCII letter outside strings.
    NonAscii,
    /// A declaration keyword alone.
    Keyword(u8),
    /// A comment.
    Comment,
}

impl Piece {
    fn text(self) -> String {
        match self {
            Self::Open => "{".to_owned(),
            Self::Close => "}".to_owned(),
            Self::Quote => "\"".to_owned(),
            Self::Word(i) => pick(WORDS, i).to_owned(),
            Self::LongName => "n".repeat(200),
            Self::DeepPath(n) => vec!["a"; usize::from(n) * 8 + 2].join("."),
            Self::LongList(n) => {
                let items: Vec<String> = (0..usize::from(n) * 8).map(|i| format!("d{i}")).collect();
                format!("uses {}", items.join(", "))
            }
            Self::LongString(n) => format!("\"{}\"", "x".repeat(usize::from(n) * 64)),
            Self::Control(i) => pick(
                &[
                    "\u{0}", "\u{1b}", "\u{202e}", "\u{2066}", "\u{200b}", "\u{feff}", "\u{fffe}",
                    "\u{ffff}", "\r", "\t", "\u{7f}",
                ],
                i,
            )
            .to_owned(),
            Self::NonAscii => "données".to_owned(),
            Self::Keyword(i) => pick(
                &[
                    "policy",
                    "data",
                    "purpose",
                    "recipient",
                    "transfer",
                    "retain",
                    "right",
                    "obligation",
                    "security",
                    "changes",
                    "clause",
                    "test",
                    "include",
                ],
                i,
            )
            .to_owned(),
            Self::Comment => "// a comment".to_owned(),
        }
    }
}

impl Duration {
    fn print(self) -> String {
        // 1 to 100 of the unit: at most 100 years, within the century.
        let amount = u32::from(self.amount) % 100 + 1;
        format!("{amount} {}", pick(UNITS, self.unit))
    }
}

/// The names a printed spec declares, by position.
struct Names {
    groups: Vec<(String, bool, bool, usize)>,
    purposes: Vec<String>,
    recipients: Vec<String>,
}

impl Names {
    fn of(spec: &Spec) -> Self {
        let name = |pool: &[&str], i: usize, prefix: &str| {
            pool.get(i)
                .map_or_else(|| format!("{prefix}{i}"), |n| (*n).to_owned())
        };
        Self {
            groups: spec
                .groups
                .iter()
                .take(MAX_GROUPS)
                .enumerate()
                .map(|(i, g)| {
                    let children = g.children.len().min(MAX_CHILDREN);
                    (
                        name(GROUPS, i, "g"),
                        g.depersonalized,
                        g.special.is_some(),
                        children,
                    )
                })
                .collect(),
            purposes: (0..spec.purposes.len().min(MAX_ITEMS))
                .map(|i| name(PURPOSES, i, "p"))
                .collect(),
            recipients: (0..spec.recipients.len().min(MAX_ITEMS))
                .map(|i| name(RECIPIENTS, i, "r"))
                .collect(),
        }
    }

    /// The category a reference names, with whether it is depersonalized
    /// and whether it is special; `None` when there are no categories.
    fn data(&self, r: DataRef) -> Option<(String, bool, bool)> {
        let count = self.groups.len();
        let (group, depersonalized, special, children) =
            self.groups.get(usize::from(r.group) % count.max(1))?;
        let name = match r.child {
            Some(c) if *children > 0 => {
                let child = CHILDREN.get(usize::from(c) % children).copied()?;
                format!("{group}.{child}")
            }
            _ => group.clone(),
        };
        Some((name, *depersonalized, *special))
    }
}

/// Collects the output, line by line.
struct Out {
    lines: Vec<String>,
    layout: Layout,
}

impl Out {
    fn line(&mut self, text: impl Into<String>) {
        self.lines.push(text.into());
    }

    fn comment(&mut self, text: &str) {
        if self.layout.comments {
            self.lines.push(format!("// {text}"));
        }
    }

    fn indent(&self) -> String {
        " ".repeat(usize::from(self.layout.indent % 4) + 1)
    }

    /// A block: on one line when the layout says so, else one property a
    /// line.
    fn block(&mut self, head: &str, props: &[String]) {
        if props.is_empty() {
            self.line(format!("{head} {{}}"));
        } else if self.layout.one_line {
            self.line(format!("{head} {{ {} }}", props.join("  ")));
        } else {
            self.line(format!("{head} {{"));
            let indent = self.indent();
            for prop in props {
                self.line(format!("{indent}{prop}"));
            }
            self.line("}");
        }
    }
}

fn label(i: u8) -> String {
    format!("\"{}\"", pick(LABELS, i))
}

fn prose(i: u8) -> String {
    format!("\"{}\"", pick(PROSE, i))
}

impl Spec {
    /// Writes the policy, then puts its flaws in. Without flaws the text
    /// checks clean.
    pub fn print(&self) -> String {
        self.print_as(None, None)
    }

    /// As [`print`](Self::print), with the policy id given (a later
    /// edition of the same policy), and when `after` is given, a version
    /// and a date after its own.
    pub fn print_as(&self, id: Option<&str>, after: Option<&Header>) -> String {
        let names = Names::of(self);
        let mut out = Out {
            lines: Vec::new(),
            layout: self.layout,
        };
        out.comment("a generated policy");
        self.header(&mut out, id, after);
        self.data(&mut out, &names);
        self.purposes(&mut out, &names);
        self.recipients(&mut out, &names);
        self.rights(&mut out);
        self.extras(&mut out, &names);
        for flaw in self.flaws.iter().take(MAX_FLAWS) {
            flaw.apply(&mut out.lines);
        }
        let newline = if self.layout.crlf { "\r\n" } else { "\n" };
        let mut text = out.lines.join(newline);
        text.push_str(newline);
        text
    }

    fn header(&self, out: &mut Out, id: Option<&str>, after: Option<&Header>) {
        let h = &self.header;
        let (version, effective) = match after {
            // A major version and a year later: a release the history takes.
            Some(previous) => (
                format!("{}.0.0", previous.major() + 1),
                format!("{}-01-01", previous.year() + 1),
            ),
            None => (h.version(), h.effective()),
        };
        let mut props = vec![
            format!("title {}", label(h.title)),
            format!("version {version}"),
            format!("effective {effective}"),
            format!("language {}", pick(LANGUAGES, h.language)),
        ];
        let mut controller = vec![format!("service {}", label(h.controller))];
        if let Some(w) = h.website {
            controller.push(format!("website \"{}\"", pick(URLS, w)));
        }
        if let Some(a) = h.address {
            controller.push(format!("address {}", label(a)));
        }
        props.push(format!(
            "controller \"Pro IT Group Inc\" {{ {} }}",
            controller.join(" ")
        ));
        props.push(format!("published \"{}\"", pick(URLS, h.published)));
        props.push(format!("contact \"{}\"", pick(CONTACTS, h.contact)));
        if let Some(law) = h.governing_law {
            props.push(format!("governing_law {}", label(law)));
        }
        if let Some(by_use) = h.accepted {
            let how = if by_use {
                "by_use"
            } else {
                "by_explicit_agreement"
            };
            props.push(format!("accepted {how}"));
        }
        if let Some(scope) = h.scope {
            props.push(format!("scope {}", label(scope)));
        }
        if !h.part_of.is_empty() {
            let parts: Vec<String> = h
                .part_of
                .iter()
                .take(MAX_ITEMS)
                .map(|p| label(*p))
                .collect();
            props.push(format!("part_of {}", parts.join(", ")));
        }
        let id = id.unwrap_or_else(|| pick(POLICY_IDS, h.id));
        out.block(&format!("policy {id}"), &props);
    }

    fn data(&self, out: &mut Out, names: &Names) {
        for (g, (name, ..)) in self.groups.iter().zip(&names.groups) {
            out.comment(&format!("the category {name}"));
            let mut props = Vec::new();
            if let Some(d) = g.description {
                props.push(format!("description {}", prose(d)));
            }
            let source = match g.source {
                Source::User => "user",
                Source::Device => "device",
                Source::Derived => "derived",
                Source::ThirdParty => "third_party",
            };
            props.push(format!("source {source}"));
            let identity = if g.depersonalized {
                "depersonalized"
            } else {
                "identified"
            };
            props.push(format!("identity {identity}"));
            if let Some(special) = g.special {
                let special = match special {
                    Special::Health => "health",
                    Special::Biometric => "biometric",
                    Special::Genetic => "genetic",
                };
                props.push(format!("special {special}"));
            }
            if !g.examples.is_empty() {
                let examples: Vec<String> = g
                    .examples
                    .iter()
                    .take(MAX_ITEMS)
                    .map(|e| label(*e))
                    .collect();
                props.push(format!("examples {}", examples.join(", ")));
            }
            props.extend(need(g.need).map(str::to_owned));
            if let Some(c) = g.collected {
                props.push(format!("collected {}", label(c)));
            }
            out.block(&format!("data {name} {}", label(g.label)), &props);
            for (c, (child_label, child_need)) in g.children.iter().take(MAX_CHILDREN).enumerate() {
                let child = CHILDREN.get(c).copied().unwrap_or("x");
                let head = format!("data {name}.{child} {}", label(*child_label));
                match need(*child_need) {
                    Some(n) => out.block(&head, &[n.to_owned()]),
                    None => out.line(head),
                }
            }
            // Every category states its retention, so E0307 never fires.
            let periods: Vec<String> = if g.retention.is_empty() {
                vec!["as_required_by_law".to_owned()]
            } else {
                g.retention.iter().take(3).map(|p| period(*p)).collect()
            };
            // Alternatives say how they combine (E0330): both rules occur.
            let rule = match periods.len() {
                0 | 1 => "",
                2 => ", whichever comes first",
                _ => ", whichever comes last",
            };
            out.line(format!("retain {name} {}{rule}", periods.join(" or ")));
        }
    }

    fn purposes(&self, out: &mut Out, names: &Names) {
        for (p, name) in self.purposes.iter().zip(&names.purposes) {
            out.comment(&format!("the purpose {name}"));
            let used: Vec<(String, bool, bool)> = p
                .uses
                .iter()
                .take(MAX_ITEMS)
                .filter_map(|r| names.data(*r))
                .collect();
            let depersonalized: Vec<&(String, bool, bool)> =
                used.iter().filter(|(_, dep, _)| *dep).collect();
            // Only depersonalized data may be used under `only`: keep the
            // restriction when something is left to use.
            let only = p.only_depersonalized && !depersonalized.is_empty();
            let mut uses: Vec<&str> = if only {
                depersonalized.iter().map(|(n, ..)| n.as_str()).collect()
            } else {
                used.iter().map(|(n, ..)| n.as_str()).collect()
            };
            uses.sort_unstable();
            uses.dedup();
            // A purpose with nothing to use is E0405; a policy without data
            // has no purposes either.
            let Some(first) = names.groups.first() else {
                continue;
            };
            if uses.is_empty() {
                uses.push(&first.0);
            }
            // A special category needs explicit consent, wherever it is.
            let special = uses.iter().any(|u| {
                names
                    .groups
                    .iter()
                    .any(|(g, _, s, _)| *s && (u == g || u.starts_with(&format!("{g}."))))
            });
            let basis = if special {
                "explicit_consent".to_owned()
            } else {
                basis(p.basis)
            };
            let mut props = Vec::new();
            if let Some(d) = p.description {
                props.push(format!("description {}", prose(d)));
            }
            props.push(format!("uses {}", uses.join(", ")));
            props.push(format!("basis {basis}"));
            if only {
                props.push("only depersonalized".to_owned());
            }
            out.block(&format!("purpose {name} {}", label(p.label)), &props);
        }
    }

    fn recipients(&self, out: &mut Out, names: &Names) {
        for (r, name) in self.recipients.iter().zip(&names.recipients) {
            out.comment(&format!("the recipient {name}"));
            let kind = pick(
                &["third_party", "processor", "acquirer", "authority"],
                r.kind,
            );
            let mut props = Vec::new();
            if let Some(d) = r.description {
                props.push(format!("description {}", prose(d)));
            }
            props.push(format!("kind {kind}"));
            if let Some((country, safeguard)) = r.abroad {
                props.push(format!("country \"{}\"", pick(COUNTRIES, country)));
                props.push(format!("safeguard {}", label(safeguard)));
            }
            if r.bound {
                props.push("bound_by_policy".to_owned());
            }
            out.block(&format!("recipient {name} {}", label(r.label)), &props);
            let sent: Vec<(String, bool, bool)> = r
                .sends
                .iter()
                .take(MAX_ITEMS)
                .filter_map(|d| names.data(*d))
                .collect();
            let mut data: Vec<&str> = sent.iter().map(|(n, ..)| n.as_str()).collect();
            data.sort_unstable();
            data.dedup();
            if data.is_empty() {
                continue;
            }
            // Statistics may carry only depersonalized data (E0310).
            let all_depersonalized = sent.iter().all(|(_, dep, _)| *dep);
            let mut grounds: Vec<&str> = Vec::new();
            for g in r.grounds.iter().take(4) {
                if *g == Ground::DepersonalizedStatistics && !all_depersonalized {
                    continue;
                }
                let g = ground(*g);
                if !grounds.contains(&g) {
                    grounds.push(g);
                }
            }
            if grounds.is_empty() {
                grounds.push("consent");
            }
            out.line(format!(
                "transfer {} to {name} on {}",
                data.join(", "),
                grounds.join(", ")
            ));
        }
    }

    fn rights(&self, out: &mut Out) {
        const KINDS: &[&str] = &[
            "access",
            "rectification",
            "erasure",
            "restriction",
            "portability",
            "objection",
            "withdraw_consent",
            "complaint",
        ];
        let mut seen = Vec::new();
        for r in self.rights.iter().take(MAX_ITEMS) {
            let kind = pick(KINDS, r.kind);
            if seen.contains(&kind) {
                continue;
            }
            seen.push(kind);
            let mut props = Vec::new();
            if let Some(d) = r.description {
                props.push(format!("description {}", prose(d)));
            }
            if !r.via.is_empty() {
                let via: Vec<String> = r
                    .via
                    .iter()
                    .take(3)
                    .map(|v| format!("\"{}\"", pick(CONTACTS, *v)))
                    .collect();
                props.push(format!("via {}", via.join(", ")));
            }
            if let Some(within) = r.within {
                props.push(format!("within {}", within.print()));
            }
            if r.anytime {
                props.push("anytime".to_owned());
            }
            out.block(&format!("right {kind}"), &props);
        }
    }

    fn extras(&self, out: &mut Out, names: &Names) {
        let mut changes_done = false;
        for (i, extra) in self.extras.iter().take(MAX_ITEMS).enumerate() {
            match extra {
                Extra::Obligation(t) => out.line(format!("obligation o{i} {}", prose(*t))),
                Extra::Security(t) => out.line(format!("security s{i} {}", prose(*t))),
                Extra::Clause(section, t) => out.line(format!(
                    "clause c{i} in {} {}",
                    pick(SECTIONS, *section),
                    prose(*t)
                )),
                Extra::Changes {
                    agreement,
                    notify,
                    notice,
                    after_notice,
                } => {
                    if changes_done {
                        continue;
                    }
                    changes_done = true;
                    let mut props = vec![format!(
                        "by {}",
                        if *agreement {
                            "agreement"
                        } else {
                            "unilateral"
                        }
                    )];
                    let mut channels: Vec<&str> = notify
                        .iter()
                        .take(3)
                        .map(|n| pick(&["on_website", "by_email", "in_service"], *n))
                        .collect();
                    channels.sort_unstable();
                    channels.dedup();
                    if !channels.is_empty() {
                        props.push(format!("notify {}", channels.join(", ")));
                    }
                    if let Some(notice) = notice {
                        props.push(format!("notice {}", notice.print()));
                    }
                    if let Some(after) = after_notice {
                        let when = if *after || notice.is_some() {
                            "after_notice"
                        } else {
                            "on_publication"
                        };
                        props.push(format!("effective {when}"));
                    }
                    out.block("changes", &props);
                }
                Extra::Test(expectations) => {
                    let lines: Vec<String> = expectations
                        .iter()
                        .take(MAX_ITEMS)
                        .filter_map(|e| expectation(e, names))
                        .collect();
                    out.block(&format!("test \"generated test {i}\""), &lines);
                }
            }
        }
    }
}

fn need(need: Need) -> Option<&'static str> {
    match need {
        Need::Unstated => None,
        Need::Required => Some("required"),
        Need::Optional => Some("optional"),
    }
}

fn period(period: Period) -> String {
    match period {
        Period::For(duration, event) => {
            format!("for {} from {}", duration.print(), pick(EVENTS, event))
        }
        Period::Until(event) => format!("until {}", pick(EVENTS, event)),
        Period::Law => "as_required_by_law".to_owned(),
    }
}

fn basis(basis: Basis) -> String {
    match basis {
        Basis::Consent => "consent".to_owned(),
        Basis::ExplicitConsent => "explicit_consent".to_owned(),
        Basis::Contract => "contract".to_owned(),
        Basis::LegalObligation => "legal_obligation".to_owned(),
        Basis::VitalInterests => "vital_interests".to_owned(),
        Basis::PublicTask => "public_task".to_owned(),
        Basis::LegitimateInterest(i) => format!("legitimate_interest {}", label(i)),
    }
}

fn ground(ground: Ground) -> &'static str {
    match ground {
        Ground::Consent => "consent",
        Ground::Contract => "contract",
        Ground::LegalObligation => "legal_obligation",
        Ground::RightsProtection => "rights_protection",
        Ground::BusinessTransfer => "business_transfer",
        Ground::DepersonalizedStatistics => "depersonalized_statistics",
    }
}

/// One line of a test block, about declared names only.
fn expectation(e: &Expectation, names: &Names) -> Option<String> {
    let (data, ..) = names.data(e.data)?;
    let verdict = if e.allow { "allow" } else { "deny" };
    let (word, pool) = if e.to_recipient {
        ("to", &names.recipients)
    } else {
        ("for", &names.purposes)
    };
    let target = pool.get(usize::from(e.target) % pool.len().max(1))?;
    let mut line = format!("{verdict} {data} {word} {target}");
    let facts: Vec<String> = e
        .facts
        .iter()
        .take(3)
        .map(|f| match f % 4 {
            0 => format!("consent:{target}"),
            1 => format!("objection:{target}"),
            2 => "business_transfer".to_owned(),
            _ => "legal_request".to_owned(),
        })
        .collect();
    if !facts.is_empty() {
        let _ = write!(line, " given {}", facts.join(", "));
    }
    Some(line)
}

impl Flaw {
    fn apply(&self, lines: &mut Vec<String>) {
        let count = lines.len();
        if count == 0 {
            return;
        }
        let at = |i: u16| usize::from(i) % count;
        match *self {
            Self::Delete(i) => {
                lines.remove(at(i));
            }
            Self::Duplicate(i) => {
                let k = at(i);
                if let Some(line) = lines.get(k).cloned() {
                    lines.insert(k, line);
                }
            }
            Self::Swap(a, b) => lines.swap(at(a), at(b)),
            Self::Truncate(i, n) => {
                if let Some(line) = lines.get_mut(at(i)) {
                    let mut cut = usize::from(n) % (line.len() + 1);
                    while !line.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    line.truncate(cut);
                }
            }
            Self::Replace(i, word, with) => {
                if let Some(line) = lines.get_mut(at(i)) {
                    let mut words: Vec<&str> = line.split(' ').collect();
                    let k = usize::from(word) % words.len().max(1);
                    if let Some(w) = words.get_mut(k) {
                        *w = pick(WORDS, with);
                    }
                    *line = words.join(" ");
                }
            }
            Self::Insert(i, piece) => {
                if let Some(line) = lines.get_mut(at(i)) {
                    *line = format!("{} {line}", piece.text());
                }
            }
            Self::Append(i, piece) => {
                if let Some(line) = lines.get_mut(at(i)) {
                    line.push(' ');
                    line.push_str(&piece.text());
                }
            }
        }
    }
}

/// Two editions of one policy, for the build and its history.
#[derive(Arbitrary, Debug, Clone)]
pub struct Editions {
    /// The first edition.
    pub first: Spec,
    /// The next edition, printed with the first's policy id.
    pub next: Spec,
    /// Whether the next edition takes the next major version and a later
    /// date (else its own, which the history may refuse).
    pub bump: bool,
}

impl Editions {
    /// The sources of the editions, oldest first.
    pub fn print(&self) -> (String, String) {
        let id = pick(POLICY_IDS, self.first.header.id);
        let after = self.bump.then_some(&self.first.header);
        (self.first.print(), self.next.print_as(Some(id), after))
    }
}
