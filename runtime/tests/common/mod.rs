//! A small table modelled on the seed policy, shared by the tests.

#![allow(dead_code, reason = "each test binary uses part of it")]

use policy_runtime::*;

/// The sample table, sealed.
pub fn sample() -> RuleTable {
    let mut t = RuleTable::new("pro_it_privacy", "1.1.0", "2026-12-01");

    let mut account = DataEntry::new("account", "Information you provide", Identity::Identified);
    account.retention = vec![
        RetentionPeriod::Until {
            event: "erased by the user".into(),
        },
        RetentionPeriod::AsRequiredByLaw,
    ];
    let mut email = DataEntry::new("account.email", "E-mail address", Identity::Identified);
    email.parent = Some("account".into());
    email.required = true;
    email.retention = account.retention.clone();
    let mut health = DataEntry::new("account.health", "Health notes", Identity::Identified);
    health.parent = Some("account".into());
    health.special = Some("health".into());
    let mut log = DataEntry::new("activity_log", "Log files", Identity::Pseudonymized);
    log.retention = vec![RetentionPeriod::For {
        amount: 1,
        unit: TimeUnit::Year,
        from: "collection".into(),
    }];
    let profile = DataEntry::new(
        "profile",
        "Depersonalized information",
        Identity::Depersonalized,
    );
    t.data = vec![account, health, email, log, profile];
    t.data.sort_by(|a, b| a.id.cmp(&b.id));

    let mut targeting =
        PurposeEntry::new("targeting", "Targeting offers", Basis::LegitimateInterest);
    targeting.interest = Some("showing relevant offers".into());
    targeting.only_depersonalized = true;
    t.purposes = vec![
        PurposeEntry::new("billing", "Billing", Basis::Contract),
        PurposeEntry::new("care", "Health care", Basis::ExplicitConsent),
        PurposeEntry::new("marketing", "Sending offers", Basis::Consent),
        PurposeEntry::new(
            "security",
            "Keeping the service secure",
            Basis::LegitimateInterest,
        ),
        targeting,
    ];

    let mut cloud = RecipientEntry::new("cloud", "Hosting provider");
    cloud.country = Some("US".into());
    cloud.safeguard = Some("standard contractual clauses".into());
    cloud.bound_by_policy = true;
    t.recipients = vec![
        RecipientEntry::new("acquirer", "An acquirer of the business"),
        cloud,
        RecipientEntry::new("police", "Law enforcement"),
    ];

    let mut billing_email = UseRule::new("account.email", "billing", Basis::Contract);
    billing_email.retention = vec![RetentionPeriod::For {
        amount: 5,
        unit: TimeUnit::Year,
        from: "the last invoice".into(),
    }];
    t.uses = vec![
        UseRule::new("account", "billing", Basis::Contract),
        UseRule::new("account", "marketing", Basis::Consent),
        UseRule::new("account.email", "marketing", Basis::Consent),
        billing_email,
        // Flattened from `account`, as the compiler writes them.
        UseRule::new("account.health", "billing", Basis::Contract),
        UseRule::new("account.health", "marketing", Basis::Consent),
        UseRule::new("account.health", "care", Basis::ExplicitConsent),
        UseRule::new("activity_log", "security", Basis::LegitimateInterest),
        UseRule::new("profile", "targeting", Basis::LegitimateInterest),
    ];
    t.uses
        .sort_by(|a, b| (&a.data, &a.purpose).cmp(&(&b.data, &b.purpose)));
    t.transfers = vec![
        TransferRule::new("account", "acquirer", &[Ground::BusinessTransfer]),
        TransferRule::new("account.email", "acquirer", &[Ground::BusinessTransfer]),
        TransferRule::new(
            "account.email",
            "cloud",
            &[Ground::Contract, Ground::Consent],
        ),
        TransferRule::new(
            "account.email",
            "police",
            &[Ground::LegalObligation, Ground::RightsProtection],
        ),
        TransferRule::new("account.health", "acquirer", &[Ground::BusinessTransfer]),
        TransferRule::new("profile", "cloud", &[Ground::DepersonalizedStatistics]),
    ];
    t.seal();
    t
}

/// The sample table as pretty JSON, as the compiler writes it.
pub fn sample_json() -> String {
    serde_json::to_string_pretty(&sample()).unwrap_or_default()
}

/// Loads the sample table.
pub fn rules() -> Rules {
    match Rules::from_table(sample()) {
        Ok(r) => r,
        Err(e) => unreachable!("the sample table loads: {e}"),
    }
}

/// Facts by name.
pub fn facts(names: &[&str]) -> Facts {
    Facts::from_iter(names.iter().copied())
}

pub mod synthetic;
