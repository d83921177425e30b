//! `schema/rules.schema.json` describes exactly what the types serialize.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use policy_runtime::*;
use serde_json::{Value, json};

fn schema() -> Value {
    serde_json::from_str(JSON_SCHEMA).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).unwrap()
}

/// A table that uses every variant of every enum.
fn kitchen_sink() -> RuleTable {
    let mut t = common::sample();
    let mut d = DataEntry::new("zz", "Everything", Identity::Pseudonymized);
    d.retention = vec![
        RetentionPeriod::For {
            amount: 30,
            unit: TimeUnit::Day,
            from: "collection".into(),
        },
        RetentionPeriod::For {
            amount: 2,
            unit: TimeUnit::Week,
            from: "collection".into(),
        },
        RetentionPeriod::For {
            amount: 6,
            unit: TimeUnit::Month,
            from: "collection".into(),
        },
        RetentionPeriod::Until {
            event: "erased".into(),
        },
        RetentionPeriod::AsRequiredByLaw,
    ];
    t.data.push(d);
    // Criteria alone and capped (`at_most 90 days from collection`).
    let mut c = DataEntry::new("zz_criteria", "By criteria", Identity::Pseudonymized);
    c.retention = vec![RetentionPeriod::Criteria {
        criteria: "as long as the ticket is open".into(),
        at_most: None,
    }];
    t.data.push(c);
    let mut capped = DataEntry::new("zz_capped", "Capped", Identity::Pseudonymized);
    capped.retention = vec![RetentionPeriod::Criteria {
        criteria: "as long as the ticket is open".into(),
        at_most: Some(Cap {
            amount: 90,
            unit: TimeUnit::Day,
            from: "collection".into(),
        }),
    }];
    t.data.push(capped);
    for basis in Basis::ALL {
        let id = format!("zz_{basis}");
        t.purposes.push(PurposeEntry::new(&id, "A purpose", basis));
        t.uses.push(UseRule::new("zz", &id, basis));
    }
    t.transfers
        .push(TransferRule::new("zz", "police", &Ground::ALL));
    let mut for_purposes = TransferRule::new("zz", "acquirer", &[Ground::Consent]);
    for_purposes.purposes = Some(vec!["zz_consent".to_owned()]);
    // a transfer that is a sale, sharing and targeted advertising itself
    for_purposes.disclosed_as = Disclosure::ALL.to_vec();
    t.transfers.push(for_purposes);
    // US state law: every field it adds, filled
    if let Some(r) = t.recipients.first_mut() {
        r.disclosed_as = Disclosure::ALL.to_vec();
    }
    if let Some(u) = t.uses.iter_mut().find(|u| u.purpose == "zz_consent") {
        u.limitable = true;
    }
    // direct marketing, which an objection stops on any basis
    if let Some(p) = t.purposes.iter_mut().find(|p| p.id == "zz_consent") {
        p.direct_marketing = true;
    }
    t.gpc = Some(Stance::Honoured);
    // trackers: every category and party
    for (i, category) in TrackerCategory::ALL.into_iter().enumerate() {
        let mut tracker = TrackerEntry::new(&format!("t{i}"), "A cookie", category);
        tracker.party = TrackerParty::ALL[i % TrackerParty::ALL.len()];
        tracker.serves = vec!["zz_consent".to_owned()];
        t.trackers.push(tracker);
    }
    // children: a stance with every field
    t.children = Some(ChildrenEntry::new(Audience::Mixed, Some(16), true));
    // automated decisions: every basis and safeguard
    for (i, basis) in AutomatedBasis::ALL.into_iter().enumerate() {
        let mut decision = AutomatedDecisionEntry::new(&format!("d{i}"), "A decision", basis);
        decision.uses = vec!["zz".to_owned()];
        decision.safeguards = Safeguard::ALL.to_vec();
        t.decisions.push(decision);
    }
    t.seal();
    t
}

#[test]
fn the_schema_is_a_valid_2020_12_schema() {
    let s = schema();
    jsonschema::meta::validate(&s).unwrap();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["$id"], SCHEMA_ID);
    assert_eq!(s["properties"]["schema"]["const"], SCHEMA_ID);
    assert_eq!(s["properties"]["schema_version"]["const"], SCHEMA_VERSION);
}

#[test]
fn serialized_tables_validate() {
    let v = validator();
    for table in [
        common::sample(),
        kitchen_sink(),
        RuleTable::new("p", "1.0.0", "2026-01-01"),
    ] {
        let mut table = table;
        table.seal();
        let value = serde_json::to_value(&table).unwrap();
        let errors: Vec<String> = v.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn every_key_serialized_is_declared() {
    // additionalProperties is false at every level, so a field added to the
    // types must be added here too; every property is required except the
    // optional ones (null allowed), which serde reads as null when missing.
    fn nullable(schema: &Value, prop: &Value) -> bool {
        match prop.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.trim_start_matches("#/$defs/");
                nullable(schema, &schema["$defs"][name])
            }
            None => {
                (prop["type"] == "null"
                    || prop["type"]
                        .as_array()
                        .is_some_and(|t| t.contains(&json!("null"))))
                    || prop["anyOf"]
                        .as_array()
                        .is_some_and(|a| a.iter().any(|p| nullable(schema, p)))
            }
        }
    }
    fn walk(root: &Value, schema: &Value, path: &str) {
        match schema {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    assert_eq!(
                        map.get("additionalProperties"),
                        Some(&json!(false)),
                        "{path}"
                    );
                    let required: Vec<&str> = map["required"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|r| r.as_str().unwrap())
                        .collect();
                    for (name, prop) in props {
                        // Left out when empty or false, never null: the
                        // loader reads their absence as empty or false.
                        let omitted = [
                            "disclosed_as",
                            "limitable",
                            "direct_marketing",
                            "trackers",
                            "decisions",
                            // A criteria period's cap, when written.
                            "at_most",
                        ]
                        .contains(&name.as_str())
                            || (path.ends_with("tracker_entry") && name == "recipient");
                        assert_eq!(
                            required.contains(&name.as_str()),
                            !nullable(root, prop) && !omitted,
                            "{path}/{name}"
                        );
                    }
                }
                for (k, v) in map {
                    walk(root, v, &format!("{path}/{k}"));
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(root, v, &format!("{path}/{i}"));
                }
            }
            _ => {}
        }
    }
    let s = schema();
    walk(&s, &s, "#");
}

#[test]
fn optional_keys_may_be_left_out() {
    let mut value = serde_json::to_value(kitchen_sink()).unwrap();
    for (list, key) in [
        ("data", "parent"),
        ("data", "special"),
        ("purposes", "interest"),
        ("recipients", "country"),
        ("recipients", "safeguard"),
    ] {
        for entry in value[list].as_array_mut().unwrap() {
            entry.as_object_mut().unwrap().remove(key);
        }
    }
    let v = validator();
    assert!(v.is_valid(&value));
    // the digest is of the table as serialized (with nulls), so it still holds
    let mut table = kitchen_sink();
    for d in &mut table.data {
        d.parent = None;
        d.special = None;
    }
    for p in &mut table.purposes {
        p.interest = None;
    }
    for r in &mut table.recipients {
        r.country = None;
        r.safeguard = None;
    }
    table.seal();
    value["digest"] = json!(table.digest);
    let rules = Rules::from_slice(&serde_json::to_vec(&value).unwrap()).unwrap();
    assert_eq!(rules.table(), &table);
}

/// Applies `edit` to the serialized kitchen sink: the runtime must refuse
/// the result for its shape, and so must the schema.
fn both_refuse(what: &str, edit: impl FnOnce(&mut Value)) {
    let mut value = serde_json::to_value(kitchen_sink()).unwrap();
    edit(&mut value);
    assert!(!validator().is_valid(&value), "the schema accepts {what}");
    let Err(err) = Rules::from_slice(&serde_json::to_vec(&value).unwrap()) else {
        panic!("the runtime accepts {what}");
    };
    assert!(
        matches!(
            err,
            LoadError::BadShape(_)
                | LoadError::WrongSchema { .. }
                | LoadError::UnsupportedVersion { .. }
                | LoadError::MalformedDigest { .. }
        ),
        "the runtime refuses {what} for another reason: {err}"
    );
}

#[test]
fn the_schema_refuses_what_the_runtime_refuses() {
    both_refuse("an unknown top-level field", |v| v["extra"] = json!(1));
    both_refuse("a missing field", |v| {
        v.as_object_mut().unwrap().remove("transfers");
    });
    both_refuse("another schema", |v| {
        v["schema"] = json!("https://example.com")
    });
    both_refuse("another version", |v| v["schema_version"] = json!(2));
    both_refuse("a malformed digest", |v| v["digest"] = json!("sha256:XYZ"));
    both_refuse("an unknown basis", |v| {
        v["purposes"][0]["basis"] = json!("whim")
    });
    both_refuse("an unknown ground", |v| {
        v["transfers"][0]["grounds"][0]["ground"] = json!("whim");
    });
    both_refuse("an unknown identity", |v| {
        v["data"][0]["identity"] = json!("famous")
    });
    both_refuse("an unknown condition", |v| {
        v["uses"][0]["condition"] = json!({"kind": "sometimes"});
    });
    both_refuse("a condition without its fact", |v| {
        v["uses"][0]["condition"] = json!({"kind": "requires"});
    });
    both_refuse("an always with a fact", |v| {
        v["uses"][0]["condition"] = json!({"kind": "always", "fact": "x"});
    });
    both_refuse("an unknown unit", |v| {
        v["data"][0]["retention"] =
            json!([{"kind": "for", "amount": 1, "unit": "decade", "from": "x"}]);
    });
    both_refuse("a negative amount", |v| {
        v["data"][0]["retention"] =
            json!([{"kind": "for", "amount": -1, "unit": "day", "from": "x"}]);
    });
    both_refuse("an until without event", |v| {
        v["data"][0]["retention"] = json!([{"kind": "until"}]);
    });
    both_refuse("a flag that is not a boolean", |v| {
        v["data"][0]["required"] = json!("yes")
    });
    both_refuse("an unknown field in a recipient", |v| {
        v["recipients"][0]["email"] = json!("x")
    });
}
