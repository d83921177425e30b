//! A synthetic table of realistic shape and any size, for benchmarks and
//! scale tests: `n` data categories in a three-level hierarchy (`n / 100`
//! groups of 9 sections of 10 fields), `n / 10` purposes each using about 20
//! categories after flattening (one section with its fields, and 9 fields
//! elsewhere), `n / 100` recipients each receiving about 20 categories on 1
//! to 3 grounds.

#![allow(dead_code, reason = "each target uses part of it")]

use policy_runtime::*;

/// A small deterministic generator (xorshift64*), so runs compare.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed | 1)
    }

    /// The next number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        (x >> 33) as usize % n.max(1)
    }
}

/// The ids of the synthetic categories, in the hierarchy's order.
pub struct Shape {
    /// Top-level groups.
    pub groups: usize,
}

impl Shape {
    pub fn group(g: usize) -> String {
        format!("group{g:03}")
    }
    pub fn section(g: usize, s: usize) -> String {
        format!("group{g:03}.section{s}")
    }
    pub fn field(g: usize, s: usize, f: usize) -> String {
        format!("group{g:03}.section{s}.field{f}")
    }
}

/// The transfer grounds of the first releases, in their order. The
/// benchmarks build their table on these alone, so that its rules, and the
/// figures measured on it, stay the same as the vocabulary of grounds grows.
pub const FIRST_GROUNDS: [Ground; 6] = [
    Ground::Consent,
    Ground::Contract,
    Ground::LegalObligation,
    Ground::RightsProtection,
    Ground::BusinessTransfer,
    Ground::DepersonalizedStatistics,
];

/// Builds and seals the synthetic table with about `n` categories, its
/// transfers on every ground.
pub fn table(n: usize) -> RuleTable {
    table_on(n, &Ground::ALL)
}

/// Builds and seals the synthetic table with about `n` categories, its
/// transfers on `grounds` (not empty).
pub fn table_on(n: usize, grounds: &[Ground]) -> RuleTable {
    let mut rng = Rng::new(0x5eed);
    let groups = (n / 100).max(1);
    let mut t = RuleTable::new("synthetic", "1.0.0", "2026-12-01");

    let retention = |rng: &mut Rng| match rng.below(4) {
        0 => vec![RetentionPeriod::For {
            amount: 1 + rng.below(5) as u32,
            unit: TimeUnit::Year,
            from: "collection".into(),
        }],
        1 => vec![RetentionPeriod::Until {
            event: "erased by the user".into(),
        }],
        2 => vec![
            RetentionPeriod::Until {
                event: "the end of the contract".into(),
            },
            RetentionPeriod::AsRequiredByLaw,
        ],
        _ => vec![RetentionPeriod::AsRequiredByLaw],
    };
    for g in 0..groups {
        let mut e = DataEntry::new(&Shape::group(g), "A group of data", Identity::Identified);
        e.retention = retention(&mut rng);
        t.data.push(e);
        for s in 0..9 {
            let mut e = DataEntry::new(&Shape::section(g, s), "A section", Identity::Identified);
            e.parent = Some(Shape::group(g));
            e.retention = retention(&mut rng);
            t.data.push(e);
            for f in 0..10 {
                let identity = if f == 9 {
                    Identity::Depersonalized
                } else {
                    Identity::Identified
                };
                let mut e = DataEntry::new(&Shape::field(g, s, f), "A field", identity);
                e.parent = Some(Shape::section(g, s));
                e.required = f == 0;
                e.retention = retention(&mut rng);
                t.data.push(e);
            }
        }
    }

    let purposes = (n / 10).max(1);
    for p in 0..purposes {
        let id = format!("purpose{p:04}");
        let basis = Basis::ALL[p % Basis::ALL.len()];
        let mut e = PurposeEntry::new(&id, "A purpose", basis);
        if basis == Basis::LegitimateInterest {
            e.interest = Some("running the business".into());
        }
        t.purposes.push(e);
        // one section, flattened onto its 10 fields
        let (g, s) = (rng.below(groups), rng.below(9));
        t.uses.push(UseRule::new(&Shape::section(g, s), &id, basis));
        for f in 0..10 {
            t.uses
                .push(UseRule::new(&Shape::field(g, s, f), &id, basis));
        }
        // and 9 fields elsewhere
        for _ in 0..9 {
            let (g2, s2, f) = (rng.below(groups), rng.below(9), rng.below(10));
            if (g2, s2) != (g, s) {
                t.uses
                    .push(UseRule::new(&Shape::field(g2, s2, f), &id, basis));
            }
        }
    }

    let recipients = (n / 100).max(1);
    for r in 0..recipients {
        let id = format!("recipient{r:03}");
        let mut e = RecipientEntry::new(&id, "A recipient");
        if r % 3 == 0 {
            e.country = Some("US".into());
            e.safeguard = Some("standard contractual clauses".into());
        }
        t.recipients.push(e);
        for _ in 0..20 {
            let (g, s, f) = (rng.below(groups), rng.below(9), rng.below(10));
            let k = 1 + rng.below(3);
            let start = rng.below(grounds.len());
            let grounds: Vec<Ground> = (0..k)
                .map(|i| grounds[(start + i) % grounds.len()])
                .collect();
            t.transfers
                .push(TransferRule::new(&Shape::field(g, s, f), &id, &grounds));
        }
    }

    t.data.sort_by(|a, b| a.id.cmp(&b.id));
    t.uses
        .sort_by(|a, b| (&a.data, &a.purpose).cmp(&(&b.data, &b.purpose)));
    t.uses
        .dedup_by(|a, b| a.data == b.data && a.purpose == b.purpose);
    t.transfers
        .sort_by(|a, b| (&a.data, &a.recipient).cmp(&(&b.data, &b.recipient)));
    t.transfers
        .dedup_by(|a, b| a.data == b.data && a.recipient == b.recipient);
    t.seal();
    t
}

/// `count` use questions by name, half of them declared, in random order.
pub fn use_queries(t: &RuleTable, count: usize) -> Vec<(String, String)> {
    let mut rng = Rng::new(42);
    (0..count)
        .map(|i| {
            if i % 2 == 0 {
                let u = &t.uses[rng.below(t.uses.len())];
                (u.data.clone(), u.purpose.clone())
            } else {
                (
                    t.data[rng.below(t.data.len())].id.clone(),
                    t.purposes[rng.below(t.purposes.len())].id.clone(),
                )
            }
        })
        .collect()
}

/// `count` transfer questions by name, half of them declared.
pub fn transfer_queries(t: &RuleTable, count: usize) -> Vec<(String, String)> {
    let mut rng = Rng::new(43);
    (0..count)
        .map(|i| {
            if i % 2 == 0 {
                let x = &t.transfers[rng.below(t.transfers.len())];
                (x.data.clone(), x.recipient.clone())
            } else {
                (
                    t.data[rng.below(t.data.len())].id.clone(),
                    t.recipients[rng.below(t.recipients.len())].id.clone(),
                )
            }
        })
        .collect()
}

/// Facts a typical user session asserts: consent to a third of the
/// consent purposes, one objection, and two transfer facts.
pub fn session_facts(t: &RuleTable) -> Facts {
    let mut facts = Facts::new();
    for (i, p) in t.purposes.iter().enumerate() {
        match p.basis {
            Basis::Consent | Basis::ExplicitConsent if i % 3 == 0 => {
                facts.insert(fact::consent(&p.id));
            }
            Basis::LegitimateInterest if i % 10 == 0 => {
                facts.insert(fact::objection(&p.id));
            }
            _ => {}
        }
    }
    facts.insert(fact::CONTRACT_NECESSITY);
    facts.insert(fact::LEGAL_REQUEST);
    facts
}
