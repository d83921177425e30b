//! What the engines' conformance tests share: the tables they decide on
//! and the engines, each behind one call.

#![allow(dead_code, reason = "each test uses a part")]

use std::path::{Path, PathBuf};

use policy_runtime::RuleTable;
use policyc::targets::conformance::Query;
use policyc::targets::opa::Bundle;

/// The tables of every policy that checks clean among the example
/// policies (`policies/`) and the test fixtures (`tests/fixtures/`), each
/// compiled on its own, sorted by file.
pub fn tables() -> Vec<RuleTable> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["policies", "tests/fixtures"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    files
        .iter()
        .filter_map(|file| {
            let text = std::fs::read_to_string(file).ok()?;
            let checked = policyc::check_source(&text);
            if checked.has_errors() {
                return None;
            }
            checked.policy.as_ref().map(policyc::rules::table)
        })
        .collect()
}

/// The `.policy` files under `dir`.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "policy") {
            files.push(path);
        }
    }
}

/// Each policy folder of the committed `generated/` with the table its
/// `rules.json` holds.
pub fn committed_tables() -> Vec<(PathBuf, RuleTable)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let mut tables = Vec::new();
    for entry in std::fs::read_dir(&root).expect("generated/") {
        let dir = entry.expect("an entry").path();
        let Ok(json) = std::fs::read(dir.join("rules.json")) else {
            continue;
        };
        let rules = policy_runtime::Rules::from_slice(&json).expect("the table loads");
        tables.push((dir, rules.into_table()));
    }
    assert!(!tables.is_empty(), "no table in generated/");
    tables
}

/// The README's section under the heading `title`, up to the next one.
pub fn readme_section(title: &str) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    readme
        .split(&format!("### {title}\n"))
        .nth(1)
        .and_then(|s| s.split("\n### ").next())
        .unwrap_or_else(|| panic!("no section `{title}` in the README"))
        .to_owned()
}

/// The table of the policy in `tests/fixtures/FILE`, which must check.
pub fn fixture_table(file: &str) -> RuleTable {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("the fixture");
    let checked = policyc::check_source(&text);
    assert!(!checked.has_errors(), "{file} does not check");
    policyc::rules::table(checked.policy.as_ref().expect("a model"))
}

/// A question on `marketing/newsletter.policy` and the answer the
/// runtime gives it: allowed, and the decision's code.
pub type Case = (Query, (bool, &'static str));

/// Uses of `marketing/newsletter.policy` that an objection to a
/// direct-marketing purpose stops, whatever the use's basis (`news` on
/// consent, `offers` on legitimate interests), and one it leaves alone;
/// an objection to a name that is not a purpose (misspelt: `nwes`) stops
/// the uses an objection stops (`unknown_fact`, failing closed) and leaves
/// the others alone, and one to a purpose that is not direct marketing
/// and not on legitimate interests (`opens`, on consent) stops nothing.
pub fn marketing_use_cases() -> Vec<Case> {
    let case = |purpose: &str, facts: &[&str], answer| {
        let facts = facts.iter().map(|f| (*f).to_owned()).collect();
        let query = Query::Use {
            data: "account".into(),
            purpose: purpose.into(),
            facts,
        };
        (query, answer)
    };
    vec![
        case("news", &["consent:news"], (true, "allowed")),
        case(
            "news",
            &["consent:news", "objection:news"],
            (false, "objected"),
        ),
        case("offers", &["objection:offers"], (false, "objected")),
        case("orders", &["objection:news"], (true, "allowed")),
        case(
            "news",
            &["consent:news", "objection:nwes"],
            (false, "unknown_fact"),
        ),
        case("offers", &["objection:nwes"], (false, "unknown_fact")),
        case("orders", &["objection:nwes"], (true, "allowed")),
        case(
            "news",
            &["consent:news", "objection:opens"],
            (true, "allowed"),
        ),
        case("offers", &["objection:opens"], (true, "allowed")),
        // The objection to the purpose itself is said first.
        case(
            "offers",
            &["objection:nwes", "objection:offers"],
            (false, "objected"),
        ),
    ]
}

/// Questions on the tracker `open_pixel` of `marketing/newsletter.policy`,
/// which serves a direct-marketing purpose (`news`) and another
/// (`opens`): the objection to `news` stops it, an objection to a name
/// that is not a purpose (misspelt: `nwes`) stops it too (`unknown_fact`,
/// failing closed), unless a purpose before fails first, and an objection
/// to `opens` (on consent, not direct marketing) or `orders` (on a
/// contract) does not.
pub fn marketing_tracker_cases() -> Vec<Case> {
    let case = |facts: &[&str], answer| {
        let facts = facts.iter().map(|f| (*f).to_owned()).collect();
        let query = Query::Tracker {
            tracker: "open_pixel".into(),
            facts,
        };
        (query, answer)
    };
    vec![
        case(&["consent:opens", "consent:news"], (true, "allowed")),
        case(
            &["consent:opens", "consent:news", "objection:news"],
            (false, "objected"),
        ),
        case(&["objection:news"], (false, "consent_missing")),
        case(
            &["consent:opens", "consent:news", "objection:opens"],
            (true, "allowed"),
        ),
        case(
            &["consent:opens", "consent:news", "objection:orders"],
            (true, "allowed"),
        ),
        case(
            &["consent:opens", "consent:news", "objection:nwes"],
            (false, "unknown_fact"),
        ),
        case(
            &["consent:news", "objection:nwes"],
            (false, "consent_missing"),
        ),
        case(
            &["consent:opens", "objection:nwes"],
            (false, "consent_missing"),
        ),
    ]
}

/// Transfers of `us/transfer_sale.policy`, where the sale is on the
/// transfer (`transfer … disclosed_as sale`): the opt-out of sale and GPC
/// (honoured) deny the transfer sold, the opt-out of sharing does not, and
/// the other transfer to the same recipient, not sold, is left alone; to a
/// recipient `disclosed_as targeted_advertising` whose transfer is a sale
/// too, either opt-out denies, the sale said first.
pub fn transfer_disclosure_cases() -> Vec<Case> {
    let case = |data: &str, recipient: &str, facts: &[&str], answer| {
        let facts = facts.iter().map(|f| (*f).to_owned()).collect();
        let query = Query::Transfer {
            data: data.into(),
            recipient: recipient.into(),
            facts,
        };
        (query, answer)
    };
    let partners = "catalogue_partners";
    let consent = "consent:catalogue_partners";
    vec![
        case("contact", partners, &[consent], (true, "allowed")),
        case(
            "contact",
            partners,
            &[consent, "opt_out:sale"],
            (false, "opted_out_of_sale"),
        ),
        case(
            "contact",
            partners,
            &[consent, "gpc"],
            (false, "opted_out_of_sale"),
        ),
        case(
            "contact",
            partners,
            &[consent, "opt_out:share"],
            (true, "allowed"),
        ),
        case(
            "contact",
            partners,
            &["opt_out:sale"],
            (false, "no_ground_holds"),
        ),
        case(
            "orders",
            partners,
            &["contract_necessity", "opt_out:sale", "gpc"],
            (true, "allowed"),
        ),
        case(
            "browsing",
            "ad_network",
            &["consent:ad_network", "opt_out:share"],
            (false, "opted_out_of_sharing"),
        ),
        case(
            "browsing",
            "ad_network",
            &["consent:ad_network", "opt_out:sale", "opt_out:share"],
            (false, "opted_out_of_sale"),
        ),
        case(
            "browsing",
            "ad_network",
            &["consent:ad_network", "gpc"],
            (false, "opted_out_of_sale"),
        ),
    ]
}

/// Asserts that `policy-runtime` answers each case as listed, so that the
/// engines' tests compare against the runtime's own answers.
pub fn runtime_answers(table: &RuleTable, cases: &[Case]) {
    let rules = policy_runtime::Rules::from_table(table.clone()).expect("the table loads");
    for (query, (allowed, code)) in cases {
        let answer = query.decide(&rules);
        assert_eq!(
            (answer.allowed, answer.code.as_str()),
            (*allowed, *code),
            "{query:?}"
        );
    }
}

/// The table of `policyc::synth::policy(n)`.
pub fn synthetic(n: usize) -> RuleTable {
    let checked = policyc::check_source(&policyc::synth::policy(n));
    assert!(!checked.has_errors(), "the synthetic policy does not check");
    policyc::rules::table(checked.policy.as_ref().expect("a model"))
}

/// The OPA bundle of a table, loaded in regorus.
pub struct Rego {
    engine: regorus::Engine,
    rule: String,
}

impl Rego {
    /// The engine with the bundle's policy and data.
    pub fn new(table: &RuleTable) -> Rego {
        let bundle = Bundle::of(table).expect("a bundle");
        let mut engine = regorus::Engine::new();
        engine
            .add_policy(
                "policy.rego".to_owned(),
                String::from_utf8(bundle.rego).expect("UTF-8"),
            )
            .expect("the Rego parses");
        engine
            .add_data_json(std::str::from_utf8(&bundle.data).expect("UTF-8"))
            .expect("data.json loads");
        Rego {
            engine,
            rule: format!("data.policyc.{}.decision", table.policy),
        }
    }

    /// The bundle's decision on an input already parsed.
    pub fn decide_input(&mut self, input: regorus::Value) -> regorus::Value {
        self.engine.set_input(input);
        self.engine
            .eval_rule(self.rule.clone())
            .expect("the rule evaluates")
    }

    /// `allowed` and `code` of the bundle's decision on `query`.
    pub fn decide(&mut self, query: &Query) -> (bool, String) {
        let input = serde_json::to_string(query).expect("JSON");
        self.engine.set_input_json(&input).expect("an input");
        let decision = self
            .engine
            .eval_rule(self.rule.clone())
            .unwrap_or_else(|e| panic!("{query:?}: {e}"));
        let allowed = *decision["allowed"]
            .as_bool()
            .unwrap_or_else(|_| panic!("{query:?}: no `allowed` in {decision}"));
        let code = decision["code"]
            .as_string()
            .unwrap_or_else(|_| panic!("{query:?}: no `code` in {decision}"))
            .to_string();
        (allowed, code)
    }
}

/// The Cedar export of a table, loaded in cedar-policy.
pub struct Cedar {
    authorizer: cedar_policy::Authorizer,
    policies: cedar_policy::PolicySet,
    entities: cedar_policy::Entities,
    schema: cedar_policy::Schema,
    /// The service's entity id: the policy id.
    service: String,
}

impl Cedar {
    /// The export's schema, policies (validated against the schema) and
    /// entities.
    pub fn new(table: &RuleTable) -> Cedar {
        let export = policyc::targets::cedar::Export::of(table).expect("an export");
        let (schema, _) =
            cedar_policy::Schema::from_cedarschema_str(&export.schema).expect("the schema parses");
        let policies: cedar_policy::PolicySet =
            export.policies.parse().expect("the policies parse");
        let validation = cedar_policy::Validator::new(schema.clone())
            .validate(&policies, cedar_policy::ValidationMode::Strict);
        assert!(
            validation.validation_passed(),
            "{:?}",
            validation.validation_errors().collect::<Vec<_>>()
        );
        let entities = cedar_policy::Entities::from_json_str(
            std::str::from_utf8(&export.entities).expect("UTF-8"),
            Some(&schema),
        )
        .expect("the entities load");
        Cedar {
            authorizer: cedar_policy::Authorizer::new(),
            policies,
            entities,
            schema,
            service: table.policy.clone(),
        }
    }

    /// The request of `query`, in the documented shape.
    pub fn request(&self, query: &Query) -> cedar_policy::Request {
        let uid = |kind: &str, id: &str| {
            cedar_policy::EntityUid::from_type_name_and_id(
                kind.parse().expect("a type name"),
                cedar_policy::EntityId::new(id),
            )
        };
        let service = uid("Service", &self.service);
        let (principal, action, resource) = match query {
            Query::Use { data, purpose, .. } => (uid("Purpose", purpose), "use", uid("Data", data)),
            Query::Transfer {
                data, recipient, ..
            } => (uid("Recipient", recipient), "transfer", uid("Data", data)),
            Query::Tracker { tracker, .. } => (uid("Tracker", tracker), "set", service),
            Query::Child { .. } => (uid("User", "user"), "serve", service),
            Query::Decision { decision, .. } => (uid("Decision", decision), "decide", service),
        };
        let facts = cedar_policy::RestrictedExpression::new_set(
            query
                .facts()
                .iter()
                .map(|f| cedar_policy::RestrictedExpression::new_string(f.clone())),
        );
        // The objections among the facts, as the caller picks them out.
        let objections = cedar_policy::RestrictedExpression::new_set(
            query
                .facts()
                .iter()
                .filter(|f| f.starts_with(policy_runtime::fact::OBJECTION_PREFIX))
                .map(|f| cedar_policy::RestrictedExpression::new_string(f.clone())),
        );
        let context = cedar_policy::Context::from_pairs([
            ("facts".to_owned(), facts),
            ("objections".to_owned(), objections),
        ])
        .expect("a context");
        cedar_policy::Request::new(
            principal,
            uid("Action", action),
            resource,
            context,
            Some(&self.schema),
        )
        .expect("a valid request")
    }

    /// Cedar's response to a request.
    pub fn authorize(&self, request: &cedar_policy::Request) -> cedar_policy::Response {
        self.authorizer
            .is_authorized(request, &self.policies, &self.entities)
    }

    /// Whether Cedar allows `query`, and the code of its determining
    /// policies (`@code`), which must agree.
    pub fn decide(&self, query: &Query) -> (bool, String) {
        let response = self.authorize(&self.request(query));
        let errors: Vec<String> = response
            .diagnostics()
            .errors()
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{query:?}: {errors:?}");
        let mut codes: Vec<&str> = response
            .diagnostics()
            .reason()
            .filter_map(|id| self.policies.annotation(id, "code"))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let [code] = codes.as_slice() else {
            panic!("{query:?}: determining codes {codes:?}");
        };
        (
            response.decision() == cedar_policy::Decision::Allow,
            (*code).to_owned(),
        )
    }
}
