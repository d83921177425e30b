//! The countries the transfer checks recognise in a recipient's `country`,
//! in one table: which are in the European Economic Area, the United
//! Kingdom or South Africa (the areas inside which the GDPR, the UK GDPR
//! and POPIA let data move without a transfer mechanism), and which the
//! European Commission has found adequate (GDPR Art. 45), with the
//! decision. `country` stays free text: a name not in the table is a
//! country outside every area, with no adequacy decision.

use crate::model::Regime;

/// The date on which [`ADEQUACY`] was checked against the Commission's
/// list of adequacy decisions; docs/codes/E0365.md cites it.
pub const ADEQUACY_AS_OF: &str = "2025-01-01";

/// An area inside which a regime lets personal data move freely: the
/// model's, since a commitment names one (`commit no_transfers_outside`).
pub use crate::model::Area;

/// The area of the regime's own law, where it has rules on transfers out.
pub fn area_of(regime: Regime) -> Option<Area> {
    match regime {
        Regime::Gdpr => Some(Area::Eea),
        Regime::UkGdpr => Some(Area::UnitedKingdom),
        Regime::Popia => Some(Area::SouthAfrica),
        Regime::Ccpa | Regime::UsStateLaws | Regime::Coppa | Regime::Lgpd => None,
    }
}

/// The members of the European Economic Area, each with the other names
/// an author may write.
const EEA: &[&[&str]] = &[
    &["Austria"],
    &["Belgium"],
    &["Bulgaria"],
    &["Croatia"],
    &["Cyprus"],
    &["Czechia", "Czech Republic"],
    &["Denmark"],
    &["Estonia"],
    &["Finland"],
    &["France"],
    &["Germany", "Federal Republic of Germany"],
    &["Greece"],
    &["Hungary"],
    &["Ireland", "Republic of Ireland"],
    &["Italy"],
    &["Latvia"],
    &["Lithuania"],
    &["Luxembourg"],
    &["Malta"],
    &["Netherlands", "Holland"],
    &["Poland"],
    &["Portugal"],
    &["Romania"],
    &["Slovakia", "Slovak Republic"],
    &["Slovenia"],
    &["Spain"],
    &["Sweden"],
    &["Iceland"],
    &["Liechtenstein"],
    &["Norway"],
    &["European Union", "EU", "European Economic Area", "EEA"],
];

/// The United Kingdom, by its names.
const UK: &[&str] = &[
    "United Kingdom",
    "UK",
    "Great Britain",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
];

/// South Africa, by its names.
const SOUTH_AFRICA: &[&str] = &["South Africa", "Republic of South Africa"];

/// One adequacy decision of the European Commission (GDPR Art. 45, or
/// Directive 95/46/EC Art. 25(6) for those it keeps in force).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Adequacy {
    /// The country or territory, and the other names an author may write.
    pub names: &'static [&'static str],
    /// The decision.
    pub decision: &'static str,
    /// What it covers, where it covers less than the whole country.
    pub scope: Option<&'static str>,
}

/// The Commission's adequacy decisions, as of [`ADEQUACY_AS_OF`].
pub const ADEQUACY: &[Adequacy] = &[
    Adequacy {
        names: &["Andorra"],
        decision: "Commission Decision 2010/625/EU of 19 October 2010",
        scope: None,
    },
    Adequacy {
        names: &["Argentina"],
        decision: "Commission Decision 2003/490/EC of 30 June 2003",
        scope: None,
    },
    Adequacy {
        names: &["Canada"],
        decision: "Commission Decision 2002/2/EC of 20 December 2001",
        scope: Some("commercial organisations subject to PIPEDA"),
    },
    Adequacy {
        names: &["Faroe Islands"],
        decision: "Commission Decision 2010/146/EU of 5 March 2010",
        scope: None,
    },
    Adequacy {
        names: &["Guernsey"],
        decision: "Commission Decision 2003/821/EC of 21 November 2003",
        scope: None,
    },
    Adequacy {
        names: &["Israel"],
        decision: "Commission Decision 2011/61/EU of 31 January 2011",
        scope: None,
    },
    Adequacy {
        names: &["Isle of Man"],
        decision: "Commission Decision 2004/411/EC of 28 April 2004",
        scope: None,
    },
    Adequacy {
        names: &["Japan"],
        decision: "Commission Implementing Decision (EU) 2019/419 of 23 January 2019",
        scope: Some("the private sector, with the supplementary rules"),
    },
    Adequacy {
        names: &["Jersey"],
        decision: "Commission Decision 2008/393/EC of 8 May 2008",
        scope: None,
    },
    Adequacy {
        names: &["New Zealand"],
        decision: "Commission Implementing Decision 2013/65/EU of 19 December 2012",
        scope: None,
    },
    Adequacy {
        names: &["Republic of Korea", "South Korea", "Korea"],
        decision: "Commission Implementing Decision (EU) 2022/254 of 17 December 2021",
        scope: None,
    },
    Adequacy {
        names: &["Switzerland"],
        decision: "Commission Decision 2000/518/EC of 26 July 2000",
        scope: None,
    },
    Adequacy {
        names: UK,
        decision: "Commission Implementing Decision (EU) 2021/1772 of 28 June 2021",
        scope: None,
    },
    Adequacy {
        names: &[
            "United States",
            "United States of America",
            "USA",
            "US",
            "America",
        ],
        decision: "Commission Implementing Decision (EU) 2023/1795 of 10 July 2023",
        scope: Some("organisations certified under the EU-US Data Privacy Framework"),
    },
    Adequacy {
        names: &["Uruguay"],
        decision: "Commission Implementing Decision 2012/484/EU of 21 August 2012",
        scope: None,
    },
];

/// A name as the table compares it: lower case, without dots, single
/// spaces, no leading "the" (`The U.S.` is `us`).
fn key(text: &str) -> String {
    let lower = text.to_lowercase().replace('.', "");
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest.join(" "),
        _ => words.join(" "),
    }
}

fn named(names: &[&str], key: &str) -> bool {
    names.iter().any(|name| self::key(name) == key)
}

/// The area the country written as `country` lies in, if the table knows
/// it as one.
pub fn area(country: &str) -> Option<Area> {
    let key = key(country);
    if EEA.iter().any(|names| named(names, &key)) {
        Some(Area::Eea)
    } else if named(UK, &key) {
        Some(Area::UnitedKingdom)
    } else if named(SOUTH_AFRICA, &key) {
        Some(Area::SouthAfrica)
    } else {
        None
    }
}

/// Whether data sent to `country` stays inside the area of `regime`: only
/// a regime with rules on transfers out has an area.
pub fn inside(regime: Regime, country: &str) -> bool {
    area_of(regime).is_some_and(|a| area(country) == Some(a))
}

/// The Commission's adequacy decision for the country written as
/// `country`, if there is one.
pub fn adequacy(country: &str) -> Option<&'static Adequacy> {
    let key = key(country);
    ADEQUACY.iter().find(|a| named(a.names, &key))
}

/// The first name of each country with an adequacy decision, for help.
pub fn adequate_countries() -> Vec<&'static str> {
    ADEQUACY
        .iter()
        .filter_map(|a| a.names.first().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_however_written() {
        assert_eq!(area("the Netherlands"), Some(Area::Eea));
        assert_eq!(area("  GERMANY "), Some(Area::Eea));
        assert_eq!(area("the U.K."), Some(Area::UnitedKingdom));
        assert_eq!(area("the United States"), None);
        assert!(adequacy("the U.S.").is_some());
        assert!(adequacy("South Korea").is_some());
        assert!(adequacy("India").is_none());
        assert!(adequacy("Germany").is_none(), "the EEA needs no decision");
    }

    #[test]
    fn a_regime_keeps_data_inside_its_own_area() {
        assert!(inside(Regime::Gdpr, "Ireland"));
        assert!(!inside(Regime::UkGdpr, "Ireland"));
        assert!(inside(Regime::UkGdpr, "England"));
        assert!(!inside(Regime::Ccpa, "Ireland"));
        assert_eq!(adequate_countries().len(), ADEQUACY.len());
    }
}
