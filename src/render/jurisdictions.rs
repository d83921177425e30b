//! The jurisdiction sections: for the US state privacy laws (`ccpa`,
//! `us_state_laws`) and for the GDPR (`gdpr`, `uk_gdpr`), a section that
//! gathers what those laws ask the notice to say, from the declarations
//! alone, in one place a reader of that jurisdiction looks for.
//!
//! What is restated and what is referred to: the general sections say
//! everything in full, so each sentence here either restates a short fact
//! the law wants findable in one place (the categories with their uses,
//! recipients and retention, per category, as 11 CCR §7011(e)(1) lists
//! them; who sells or shares with whom; how to opt out and limit; the
//! controller and its representatives) or names the section that says the
//! rest ("section 9"), so nothing long is said twice and nothing is said
//! differently. A section is there only when a declared regime asks for
//! it; every clause is traced to the declarations it says.

use hashbrown::HashMap;

use super::document::{Clause, Item, Origin, Section, Table, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::processing::Catalog;
use super::table::{overlaps, periods_text};
use super::user::exercise;
use super::words::Voice;
use super::words::semicolons;
use crate::l10n::{Args, Error};
use crate::model::{
    Basis, CcpaCategory, DataCategory, Disclosure, Dpo, Identity, NamedSource, Policy, Regime,
    RightKind,
};
use crate::regimes::{self, Stated};
use crate::vocab::Closed;

/// The anchor of the section for the US state privacy laws.
pub const US: &str = regimes::JURISDICTION_US;
/// The anchor of the section for the GDPR and the UK GDPR.
pub const EEA: &str = regimes::JURISDICTION_EEA;

/// What a cell of the category table shows when nothing is declared.
const NOTHING: &str = "\u{2014}";

/// One jurisdiction section the declared regimes ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Jurisdiction {
    /// The US state privacy laws; `laws` is `ccpa`, `states` or `us`
    /// (both declared).
    Us { laws: &'static str },
    /// The GDPR; `laws` is `eu`, `uk` or `eu-uk`.
    Eea { laws: &'static str },
}

impl Jurisdiction {
    /// The sections the regimes of `policy` ask for, in the order printed.
    fn of(policy: &Policy) -> Vec<Jurisdiction> {
        let declared = policy.header.regimes.as_deref().unwrap_or(&[]);
        regimes::jurisdiction_sections(declared)
            .into_iter()
            .map(|(anchor, laws)| {
                if anchor == US {
                    Jurisdiction::Us { laws }
                } else {
                    Jurisdiction::Eea { laws }
                }
            })
            .collect()
    }

    fn anchor(self) -> &'static str {
        match self {
            Jurisdiction::Us { .. } => US,
            Jurisdiction::Eea { .. } => EEA,
        }
    }

    fn laws(self) -> &'static str {
        match self {
            Jurisdiction::Us { laws } | Jurisdiction::Eea { laws } => laws,
        }
    }
}

/// The sections with the jurisdiction sections the declared regimes ask
/// for, placed before the changes to the policy and its contact (the
/// housekeeping a reader reads last), each numbered where it is placed.
/// The sections they refer to are numbered as the document will number
/// them: an empty section is left out of the numbering.
pub fn placed(
    policy: &Policy,
    mut sections: Vec<Section>,
    catalog: &Catalog<'_>,
) -> Result<Vec<Section>, Error> {
    let wanted = Jurisdiction::of(policy);
    if wanted.is_empty() {
        return Ok(sections);
    }
    let at = sections
        .iter()
        .position(|s| s.anchor == "changes")
        .unwrap_or(sections.len());
    // Placeholders, not empty, so that the numbering counts them.
    for (offset, which) in wanted.iter().enumerate() {
        let placeholder = Section {
            number: String::new(),
            anchor: which.anchor().to_owned(),
            heading: String::new(),
            clauses: vec![Clause::default()],
        };
        sections.insert(at.saturating_add(offset), placeholder);
    }
    let numbers = Numbers::of(&sections);
    let words = catalog.words();
    let voice = Voice::of(policy);
    for (offset, which) in wanted.into_iter().enumerate() {
        let said = Said {
            policy,
            catalog,
            words,
            voice: &voice,
            numbers: &numbers,
            laws: which.laws(),
        };
        let clauses = match which {
            Jurisdiction::Us { .. } => said.us()?,
            Jurisdiction::Eea { .. } => said.eea()?,
        };
        let heading = said
            .sentence(&format!("section-{}", which.anchor()), Args::new(), [])?
            .plain();
        if let Some(section) = sections.get_mut(at.saturating_add(offset)) {
            section.heading = heading;
            section.clauses = clauses;
        }
    }
    Ok(sections)
}

/// Whether the US section lists the data by the statute's categories of
/// personal information: every category that is personal information (not
/// `identity anonymous`) states at least one (`ccpa_category`), so the
/// statutory table leaves none of the data collected out. Otherwise the
/// table lists the policy's own categories, and W0444 says which state
/// none.
pub fn by_statute(policy: &Policy) -> bool {
    let personal = || {
        policy
            .data
            .iter()
            .filter(|d| d.identity != Identity::Anonymous)
    };
    personal().next().is_some() && personal().all(|d| !d.ccpa_categories.is_empty())
}

/// The number each section with something to say will have, by anchor.
pub(super) struct Numbers(HashMap<String, String>);

impl Numbers {
    pub(super) fn of(sections: &[Section]) -> Numbers {
        Numbers(
            sections
                .iter()
                .filter(|s| !s.clauses.is_empty())
                .enumerate()
                .map(|(i, s)| (s.anchor.clone(), (i + 1).to_string()))
                .collect(),
        )
    }

    /// The number of the section `anchor`, if it is printed.
    pub(super) fn get(&self, anchor: &str) -> Option<&str> {
        self.0.get(anchor).map(String::as_str)
    }
}

/// A recipient a disclosure of one kind goes to: its index among the
/// policy's recipients, the categories sent to it, and the declarations
/// that say so.
#[derive(Clone)]
struct Disclosed {
    recipient: usize,
    data: Vec<String>,
    origins: Vec<Origin>,
}

/// Whether two lists of categories hold the same ones, in any order.
fn same(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().all(|id| b.contains(id))
}

/// What one section is said with.
struct Said<'s, 'p> {
    policy: &'p Policy,
    catalog: &'s Catalog<'p>,
    words: &'s Lexicon,
    voice: &'s Voice<'p>,
    numbers: &'s Numbers,
    laws: &'static str,
}

impl Said<'_, '_> {
    /// A message in the voice, with `$laws`.
    fn sentence<const N: usize>(
        &self,
        id: &str,
        args: Args<'_>,
        texts: [Text; N],
    ) -> Result<Text, Error> {
        self.words
            .sentence(id, self.voice, args.text("laws", self.laws), texts)
    }

    /// A message that refers to the section `anchor` (`$section`); `None`
    /// when that section is not printed, so nothing refers to nothing.
    fn referring(&self, id: &str, anchor: &str) -> Result<Option<Text>, Error> {
        let Some(number) = self.numbers.get(anchor) else {
            return Ok(None);
        };
        let args = Args::new().text("section", number.to_owned());
        self.sentence(id, args, []).map(Some)
    }

    // ------------------------------------------------------------ the US

    /// The section for the US state privacy laws.
    fn us(&self) -> Result<Vec<Clause>, Error> {
        let mut clauses = vec![self.intro("jurisdictions-us-intro")?];
        clauses.extend(self.categories()?);
        clauses.extend(self.listing("jurisdictions-us-sale", self.disclosed(Disclosure::Sale))?);
        // A recipient both shared with for cross-context behavioral
        // advertising and disclosed to for targeted advertising, of the
        // same data, is said once, in a list of its own; the others keep
        // the list of the one they are.
        let (mut share, mut targeted) = (
            self.disclosed(Disclosure::Share),
            self.disclosed(Disclosure::TargetedAdvertising),
        );
        let mut both = Vec::new();
        share.retain(|entry| {
            let twin = targeted.iter().position(|other| {
                other.recipient == entry.recipient && same(&other.data, &entry.data)
            });
            match twin.map(|at| targeted.remove(at)) {
                Some(other) => {
                    let mut entry = entry.clone();
                    for origin in other.origins {
                        if !entry.origins.contains(&origin) {
                            entry.origins.push(origin);
                        }
                    }
                    both.push(entry);
                    false
                }
                None => true,
            }
        });
        clauses.extend(self.listing("jurisdictions-us-share-and-targeted", both)?);
        clauses.extend(self.listing("jurisdictions-us-share", share)?);
        clauses.extend(self.listing("jurisdictions-us-targeted_advertising", targeted)?);
        clauses.extend(self.opt_out()?);
        clauses.extend(self.sensitive()?);
        clauses.extend(self.rights()?);
        Ok(clauses)
    }

    /// What the section gathers, for whom, under which law.
    fn intro(&self, id: &str) -> Result<Clause, Error> {
        Ok(Clause::new(self.sentence(id, Args::new(), [])?).from([Origin::Header]))
    }

    /// Each category with what it is used for, to whom it is disclosed
    /// and how long it is kept: the disclosures 11 CCR §7011(e)(1) and
    /// §7012(e)(4) ask for each category, in a table.
    fn categories(&self) -> Result<Option<Clause>, Error> {
        let policy = self.policy;
        if policy.data.is_empty() {
            return Ok(None);
        }
        if by_statute(policy) {
            return self.statutory();
        }
        let Some(intro) = self.referring("jurisdictions-us-categories", "collection")? else {
            return Ok(None);
        };
        let mut origins = Vec::new();
        let rows = policy
            .data
            .iter()
            .enumerate()
            .map(|(i, category)| {
                origins.push(Origin::Data(i));
                self.category_row(category, &mut origins)
            })
            .collect::<Result<_, Error>>()?;
        self.table_clause(
            intro,
            &[
                "jurisdictions-column-category",
                "jurisdictions-column-purposes",
                "jurisdictions-column-recipients",
                "jurisdictions-column-kept",
            ],
            rows,
            origins,
        )
    }

    /// A clause of `intro` and a table whose columns are headed by the
    /// messages `columns`, traced to `origins`.
    fn table_clause(
        &self,
        intro: Text,
        columns: &[&str],
        rows: Vec<Vec<Text>>,
        mut origins: Vec<Origin>,
    ) -> Result<Option<Clause>, Error> {
        let columns = columns
            .iter()
            .map(|id| self.words.word(id))
            .collect::<Result<_, Error>>()?;
        origins.sort_unstable();
        origins.dedup();
        Ok(Some(
            Clause::new(intro)
                .table(Table { columns, rows })
                .from(origins),
        ))
    }

    /// The categories of personal information collected in the terms of
    /// Cal. Civ. Code §1798.140(v)(1), in the statute's order, each with the
    /// policy's categories in it and, from theirs, where they come from,
    /// what they are used for, to whom they are disclosed for a business
    /// purpose, sold and shared (§1798.110(c), §1798.115, §1798.130(a)(5),
    /// 11 CCR §7011(e)(1)); sensitive personal information, the statute's
    /// (L), last, from `sensitive`. How long each is kept is said by the
    /// retention section, which a sentence names.
    fn statutory(&self) -> Result<Option<Clause>, Error> {
        let policy = self.policy;
        let Some(mut intro) = self.referring("jurisdictions-us-statutory", "collection")? else {
            return Ok(None);
        };
        if let Some(kept) = self.referring("jurisdictions-us-statutory-kept", "retention")? {
            intro = intro.sentence(kept);
        }
        let mut origins = Vec::new();
        let mut rows = Vec::new();
        for &ccpa in CcpaCategory::SET.values.iter().map(|v| &v.value) {
            let members: Vec<usize> = policy
                .data
                .iter()
                .enumerate()
                .filter(|(_, d)| d.ccpa_categories.contains(&ccpa))
                .map(|(i, _)| i)
                .collect();
            if members.is_empty() {
                continue;
            }
            let name = Text::new().words(&self.words.ccpa_category(ccpa)?);
            rows.push(self.statutory_row(name, &members, &mut origins)?);
        }
        let sensitive: Vec<usize> = policy
            .data
            .iter()
            .enumerate()
            .filter(|(_, d)| d.sensitive.is_some())
            .map(|(i, _)| i)
            .collect();
        if !sensitive.is_empty() {
            let name = Text::new().words(&self.words.word("ccpa-category-sensitive")?);
            rows.push(self.statutory_row(name, &sensitive, &mut origins)?);
        }
        if rows.is_empty() {
            return Ok(None);
        }
        self.table_clause(
            intro,
            &[
                "jurisdictions-column-statutory",
                "jurisdictions-column-members",
                "jurisdictions-column-sources",
                "jurisdictions-column-purposes",
                "jurisdictions-column-business-purpose",
                "jurisdictions-column-sold",
                "jurisdictions-column-shared",
            ],
            rows,
            origins,
        )
    }

    /// One statutory category's row: its name, then what the policy's
    /// categories `members` (indices in `Policy::data`) say between them,
    /// each value once, in the order declared.
    fn statutory_row(
        &self,
        name: Text,
        members: &[usize],
        origins: &mut Vec<Origin>,
    ) -> Result<Vec<Text>, Error> {
        let policy = self.policy;
        let categories: Vec<&DataCategory> =
            members.iter().filter_map(|&i| policy.data.get(i)).collect();
        origins.extend(members.iter().map(|&i| Origin::Data(i)));
        let ids: Vec<String> = categories.iter().map(|d| d.id.clone()).collect();
        let labels = categories
            .iter()
            .map(|d| Text::new().source(d.short_label()))
            .collect();
        let mut sources: Vec<NamedSource> = Vec::new();
        for category in &categories {
            for source in category.all_sources() {
                if !sources.contains(&source) {
                    sources.push(source);
                }
            }
        }
        let sources = sources
            .iter()
            .map(|s| self.source_words(s))
            .collect::<Result<Vec<Text>, Error>>()?;
        let purposes: Vec<Text> = policy
            .purposes
            .iter()
            .enumerate()
            .filter(|(_, p)| overlaps(&p.uses, &ids))
            .map(|(i, p)| {
                origins.push(Origin::Purpose(i));
                Text::new().source(p.short_label())
            })
            .collect();
        // Each recipient once per column, by the transfers of the data to
        // it: sold where a transfer is a sale, shared where it is a share,
        // and disclosed for a business purpose where it is neither.
        let mut business: Vec<&str> = Vec::new();
        let mut sold: Vec<&str> = Vec::new();
        let mut shared: Vec<&str> = Vec::new();
        for (i, transfer) in policy.transfers.iter().enumerate() {
            if !overlaps(&transfer.data, &ids) {
                continue;
            }
            origins.push(Origin::Transfer(i));
            let disclosures = transfer.disclosures(&policy.recipients);
            let recipient = transfer.recipient.as_str();
            let is_sale = disclosures.contains(&Disclosure::Sale);
            let is_share = disclosures.contains(&Disclosure::Share);
            for (column, so) in [
                (&mut sold, is_sale),
                (&mut shared, is_share),
                (&mut business, !is_sale && !is_share),
            ] {
                if so && !column.contains(&recipient) {
                    column.push(recipient);
                }
            }
        }
        let mut recipients = |column: &[&str]| -> Vec<Text> {
            policy
                .recipients
                .iter()
                .enumerate()
                .filter(|(_, r)| column.contains(&r.id.as_str()))
                .map(|(i, r)| {
                    origins.push(Origin::Recipient(i));
                    Text::new().source(&r.label)
                })
                .collect()
        };
        let business = recipients(&business);
        let sold = recipients(&sold);
        let shared = recipients(&shared);
        Ok(vec![
            name,
            self.listed(labels)?,
            self.listed(sources)?,
            self.listed(purposes)?,
            self.listed(business)?,
            self.listed(sold)?,
            self.listed(shared)?,
        ])
    }

    /// A source as the category table names it: its kind in a few words,
    /// or the third party or public source it names.
    fn source_words(&self, source: &NamedSource) -> Result<Text, Error> {
        let id = format!("jurisdictions-source-{}", source.kind.keyword());
        match &source.name {
            None => self.sentence(&id, Args::new(), []),
            Some(name) => {
                let named = format!("{id}-named");
                self.sentence(&named, Args::new(), [Text::new().source(name)])
            }
        }
    }

    fn category_row(
        &self,
        category: &DataCategory,
        origins: &mut Vec<Origin>,
    ) -> Result<Vec<Text>, Error> {
        let policy = self.policy;
        let this = std::slice::from_ref(&category.id);
        let purposes: Vec<Text> = policy
            .purposes
            .iter()
            .enumerate()
            .filter(|(_, p)| overlaps(&p.uses, this))
            .map(|(i, p)| {
                origins.push(Origin::Purpose(i));
                Text::new().source(p.short_label())
            })
            .collect();
        let mut receiving: Vec<&str> = Vec::new();
        for (i, transfer) in policy.transfers.iter().enumerate() {
            if overlaps(&transfer.data, this) {
                origins.push(Origin::Transfer(i));
                receiving.push(&transfer.recipient);
            }
        }
        let recipients: Vec<Text> = policy
            .recipients
            .iter()
            .enumerate()
            .filter(|(_, r)| receiving.contains(&r.id.as_str()))
            .map(|(i, r)| {
                origins.push(Origin::Recipient(i));
                Text::new().source(&r.label)
            })
            .collect();
        origins.extend(
            policy
                .retention
                .iter()
                .enumerate()
                .filter(|(_, r)| !r.periods.is_empty() && overlaps(&r.data, this))
                .map(|(i, _)| Origin::Retention(i)),
        );
        let kept = self.kept(category)?;
        Ok(vec![
            Text::new().source(&category.label),
            self.listed(purposes)?,
            self.listed(recipients)?,
            kept,
        ])
    }

    /// How long a category is kept, as the retention section says it:
    /// its periods, what happens at their end and its backups, then each
    /// purpose's own retention of it (`when used for billing: …`); a dash
    /// where nothing says.
    fn kept(&self, category: &DataCategory) -> Result<Text, Error> {
        let own = (!category.retention.is_empty())
            .then(|| {
                periods_text(
                    (
                        &category.retention,
                        category.retention_rule,
                        category.retention_end,
                        category.backups,
                    ),
                    self.catalog,
                    self.voice,
                )
            })
            .transpose()?;
        let per_purpose = category
            .purpose_retention
            .iter()
            .filter(|r| !r.periods.is_empty())
            .map(|r| {
                let label = self
                    .policy
                    .purposes
                    .iter()
                    .find(|p| p.id == r.purpose)
                    .map_or(r.purpose.as_str(), crate::model::Purpose::short_label);
                let purpose = self.words.labels_in_sentence([label], Conjunction::And)?;
                let used = self.words.sentence(
                    "kept-when-used-for",
                    self.voice,
                    Args::new(),
                    [purpose],
                )?;
                let periods = periods_text(
                    (&r.periods, r.rule, r.end, r.backups),
                    self.catalog,
                    self.voice,
                )?;
                Ok(used.words(": ").text(periods))
            });
        let each = own
            .into_iter()
            .map(Ok)
            .chain(per_purpose)
            .collect::<Result<Vec<Text>, Error>>()?;
        if each.is_empty() {
            return Ok(Text::new().words(NOTHING));
        }
        Ok(semicolons(each))
    }

    /// Texts joined with "and", or a dash for none.
    fn listed(&self, texts: Vec<Text>) -> Result<Text, Error> {
        if texts.is_empty() {
            return Ok(Text::new().words(NOTHING));
        }
        self.words.list(texts, Conjunction::And)
    }

    /// The recipients disclosure to which is a sale (or a share, or
    /// targeted advertising), each with the categories sent to it in the
    /// transfers that are so: every transfer to a recipient so marked, and
    /// a transfer marked so itself (`transfer … disclosed_as`).
    fn disclosed(&self, disclosure: Disclosure) -> Vec<Disclosed> {
        let policy = self.policy;
        let so = |transfer: &crate::model::Transfer| {
            transfer
                .disclosures(&policy.recipients)
                .contains(&disclosure)
        };
        let mut entries = Vec::new();
        for (i, recipient) in policy.recipients.iter().enumerate() {
            if !recipient.disclosed_as.contains(&disclosure)
                && !policy
                    .transfers
                    .iter()
                    .any(|t| t.recipient == recipient.id && so(t))
            {
                continue;
            }
            let mut origins = vec![Origin::Recipient(i)];
            let mut data: Vec<String> = Vec::new();
            for (t, transfer) in policy.transfers.iter().enumerate() {
                if transfer.recipient == recipient.id && so(transfer) {
                    origins.push(Origin::Transfer(t));
                    for id in &transfer.data {
                        if !data.contains(id) {
                            data.push(id.clone());
                        }
                    }
                }
            }
            entries.push(Disclosed {
                recipient: i,
                data,
                origins,
            });
        }
        entries
    }

    /// A list of recipients under the sentence `id`, each with the
    /// categories sent to it; nothing for no recipient.
    fn listing(&self, id: &str, entries: Vec<Disclosed>) -> Result<Option<Clause>, Error> {
        let mut origins = Vec::new();
        let mut items = Vec::new();
        for entry in entries {
            let Some(recipient) = self.policy.recipients.get(entry.recipient) else {
                continue;
            };
            let mut text = Text::new().source(&recipient.label);
            if !entry.data.is_empty() {
                text = text.words(": ").text(self.catalog.list(&entry.data)?);
            }
            items.push(Item::new(text));
            origins.extend(entry.origins);
        }
        if items.is_empty() {
            return Ok(None);
        }
        let Some(intro) = self.referring(id, "sharing")? else {
            return Ok(None);
        };
        Ok(Some(Clause::new(intro).items(items).from(origins)))
    }

    /// How to opt out of sales and sharing: the right and how it is
    /// exercised, the header's link and what a Global Privacy Control
    /// signal does.
    fn opt_out(&self) -> Result<Option<Clause>, Error> {
        let header = &self.policy.header;
        let mut body = Text::new();
        let mut origins = Vec::new();
        // The one address the right is exercised at, once said.
        let mut said_at = None;
        if let Some((i, right)) = self.declared(RightKind::OptOutSaleShare)
            && let Some(said) = self.referring("jurisdictions-us-opt-out", "rights")?
        {
            origins.push(Origin::Right(i));
            body = body
                .sentence(said)
                .sentence(exercise(right, self.voice, self.words)?);
            if let [only] = right.via.as_slice() {
                said_at = Some(only.as_str());
            }
        }
        if let Some(link) = &header.do_not_sell {
            origins.push(Origin::Header);
            // The link leads where the sentence before said the right is
            // exercised: "the same page", not the address a second time.
            let said = if said_at == Some(link.as_str()) {
                self.sentence("jurisdictions-us-link-same", Args::new(), [])?
            } else {
                let link = Text::new().link(link);
                self.sentence("jurisdictions-us-link", Args::new(), [link])?
            };
            body = body.sentence(said);
        }
        if let Some(stance) = header.gpc {
            origins.push(Origin::Header);
            let id = format!("jurisdictions-us-gpc-{}", stance.keyword());
            body = body.sentence(self.sentence(&id, Args::new(), [])?);
        }
        if body.is_empty() {
            return Ok(None);
        }
        origins.dedup();
        let lead = self.sentence("jurisdictions-us-opt-out-lead", Args::new(), [])?;
        Ok(Some(Clause::new(body).lead(lead).from(origins)))
    }

    /// The categories that are sensitive personal information, and the
    /// right to limit their use with how it is exercised.
    fn sensitive(&self) -> Result<Option<Clause>, Error> {
        let mut origins = Vec::new();
        let mut entries = Vec::new();
        for (i, category) in self.policy.data.iter().enumerate() {
            if let Some(sensitive) = category.sensitive {
                origins.push(Origin::Data(i));
                let kind = self.words.sensitive_category(sensitive)?;
                entries.push(
                    Text::new()
                        .source(category.short_label())
                        .words(" (")
                        .words(&kind)
                        .words(")"),
                );
            }
        }
        if entries.is_empty() {
            return Ok(None);
        }
        let list = self.words.list(entries, Conjunction::And)?;
        let mut body = self.sentence("jurisdictions-us-sensitive", Args::new(), [list])?;
        if let Some((i, right)) = self.declared(RightKind::LimitSensitive)
            && let Some(said) = self.referring("jurisdictions-us-limit", "rights")?
        {
            origins.push(Origin::Right(i));
            body = body
                .sentence(said)
                .sentence(exercise(right, self.voice, self.words)?);
        }
        Ok(Some(Clause::new(body).from(origins)))
    }

    /// The right `kind` as declared, with its index, unless declared not
    /// to apply.
    fn declared(&self, kind: RightKind) -> Option<(usize, &crate::model::Right)> {
        self.policy
            .rights
            .iter()
            .enumerate()
            .find(|(_, r)| r.kind == kind && r.not_applicable.is_none())
    }

    /// The rights the section's laws grant that the text states, by name,
    /// with the section that says them in full.
    fn rights(&self) -> Result<Option<Clause>, Error> {
        let regimes = match self.laws {
            "ccpa" => &[Regime::Ccpa][..],
            "states" => &[Regime::UsStateLaws],
            "us" => &[Regime::Ccpa, Regime::UsStateLaws],
            "eu" => &[Regime::Gdpr],
            "uk" => &[Regime::UkGdpr],
            _ => &[Regime::Gdpr, Regime::UkGdpr],
        };
        let bases = regimes::bases(self.policy);
        // The objection to direct marketing, which these laws grant
        // whatever the basis (GDPR and UK GDPR Art. 21(2)): listed as the
        // rights section states it, in a clause of its own, even where
        // every purpose rests on consent.
        let marketing: Vec<usize> = self
            .policy
            .purposes
            .iter()
            .enumerate()
            .filter(|(_, p)| p.direct_marketing)
            .map(|(i, _)| i)
            .collect();
        let asked =
            !marketing.is_empty() && regimes::asks(Some(regimes), regimes::Ask::MarketingObjection);
        let marketing = asked.then_some(marketing);
        let mut stated = regimes::stated(self.policy);
        if marketing.is_some() && stated.iter().all(|s| s.kind() != RightKind::Objection) {
            // In the order of the rights stated by default.
            let rank = |kind: RightKind| {
                crate::vocab::RIGHTS
                    .values
                    .iter()
                    .position(|v| v.value == kind)
            };
            let at = stated
                .iter()
                .position(|s| {
                    matches!(s, Stated::ByDefault(kind) if rank(*kind) > rank(RightKind::Objection))
                })
                .unwrap_or(stated.len());
            stated.insert(at, Stated::ByDefault(RightKind::Objection));
        }
        let mut origins = Vec::new();
        let mut items = Vec::new();
        for stated in stated {
            let kind = stated.kind();
            let objected = kind == RightKind::Objection && marketing.is_some();
            if !regimes::grants(regimes, &bases, kind) && !self.own_right(kind) && !objected {
                continue;
            }
            if objected && let Some(purposes) = &marketing {
                origins.extend(purposes.iter().map(|&i| Origin::Purpose(i)));
            }
            let (origin, name) = match stated {
                Stated::Declared(i, right) => (
                    Origin::Right(i),
                    match &right.label {
                        Some(label) => Text::new().source(label),
                        None => Text::new().words(&self.words.right_name(right.kind, self.voice)?),
                    },
                ),
                Stated::ByDefault(kind) => (
                    Origin::Header,
                    Text::new().words(&self.words.right_name(kind, self.voice)?),
                ),
                Stated::NotApplicable(..) => continue,
            };
            origins.push(origin);
            items.push(Item::new(name));
        }
        if items.is_empty() {
            return Ok(None);
        }
        let Some(intro) = self.referring("jurisdictions-rights", "rights")? else {
            return Ok(None);
        };
        origins.sort_unstable();
        origins.dedup();
        Ok(Some(Clause::new(intro).items(items).from(origins)))
    }

    /// Whether `kind` is a right the section's laws give that the text
    /// states only where the author declares it (so [`regimes::grants`]
    /// does not list it): the US laws' opt-out, limit, know, appeal and
    /// non-discrimination; the GDPR's right about automated decisions.
    fn own_right(&self, kind: RightKind) -> bool {
        let own: &[RightKind] = if matches!(self.laws, "ccpa" | "states" | "us") {
            &[
                RightKind::Know,
                RightKind::OptOutSaleShare,
                RightKind::LimitSensitive,
                RightKind::Appeal,
                RightKind::NonDiscrimination,
            ]
        } else {
            &[RightKind::AutomatedDecisions, RightKind::Complaint]
        };
        own.contains(&kind)
    }

    // ----------------------------------------------------------- the EEA

    /// The section for the GDPR and the UK GDPR.
    fn eea(&self) -> Result<Vec<Clause>, Error> {
        let mut clauses = vec![self.intro("jurisdictions-eea-intro")?];
        clauses.extend(self.parties()?);
        clauses.extend(self.bases()?);
        clauses.extend(self.rights()?);
        clauses.extend(self.transfers()?);
        clauses.extend(self.decisions()?);
        Ok(clauses)
    }

    /// The controller, its data protection officer, its representatives
    /// and its lead supervisory authority, as the header declares them,
    /// with the section that says how to contact them.
    fn parties(&self) -> Result<Option<Clause>, Error> {
        let header = &self.policy.header;
        let controller = &header.controller;
        let Some(intro) = self.referring("jurisdictions-eea-parties", "contact")? else {
            return Ok(None);
        };
        let item = |id: &str, value: &str| {
            let value = Text::new().source(value);
            Ok::<_, Error>(Item::new(self.sentence(id, Args::new(), [value])?))
        };
        let mut items = vec![item("jurisdictions-eea-controller", &controller.name)?];
        for joint in &header.joint_controllers {
            items.push(item("jurisdictions-eea-joint-controller", &joint.name)?);
        }
        if let Some(Dpo::Contact { contact }) = &controller.dpo {
            let contact =
                super::words::address(contact).unwrap_or_else(|| Text::new().source(contact));
            let said = self.sentence("jurisdictions-eea-dpo", Args::new(), [contact])?;
            items.push(Item::new(said));
        }
        let parties = [
            (
                "jurisdictions-eea-eu-representative",
                &controller.eu_representative,
            ),
            (
                "jurisdictions-eea-uk-representative",
                &controller.uk_representative,
            ),
            (
                "jurisdictions-eea-lead-authority",
                &controller.lead_authority,
            ),
        ];
        for (id, who) in parties {
            if let Some(who) = who {
                items.push(item(id, who)?);
            }
        }
        Ok(Some(Clause::new(intro).items(items).from([Origin::Header])))
    }

    /// Where the legal basis of each purpose is stated: with the purpose,
    /// and in the per-purpose table.
    fn bases(&self) -> Result<Option<Clause>, Error> {
        let stated: Vec<Origin> = self
            .policy
            .purposes
            .iter()
            .enumerate()
            .filter(|(_, p)| p.basis != Basis::Unstated)
            .map(|(i, _)| Origin::Purpose(i))
            .collect();
        if stated.is_empty() {
            return Ok(None);
        }
        let (Some(purposes), Some(table)) = (
            self.numbers.get("purposes"),
            self.numbers.get(super::table::ANCHOR),
        ) else {
            return Ok(None);
        };
        let args = Args::new()
            .text("purposes", purposes.to_owned())
            .text("table", table.to_owned());
        let said = self.sentence("jurisdictions-eea-bases", args, [])?;
        Ok(Some(Clause::new(said).from(stated)))
    }

    /// Each recipient whose transfer rests on a mechanism (or a safeguard
    /// in the author's words): where it is and what the transfer rests
    /// on, with the section that describes it.
    fn transfers(&self) -> Result<Option<Clause>, Error> {
        let mut origins = Vec::new();
        let mut items = Vec::new();
        for (i, recipient) in self.policy.recipients.iter().enumerate() {
            let rests_on = match (recipient.mechanism, &recipient.safeguard) {
                (Some(mechanism), _) => self.words.mechanism(mechanism.kind())?,
                (None, Some(safeguard)) => Text::new().source(safeguard),
                (None, None) => continue,
            };
            origins.push(Origin::Recipient(i));
            let mut text = Text::new().source(&recipient.label).words(": ");
            if let Some(country) = &recipient.country {
                text = text.source(country).words("; ");
            }
            items.push(Item::new(text.text(rests_on)));
        }
        if items.is_empty() {
            return Ok(None);
        }
        let Some(intro) = self.referring("jurisdictions-eea-transfers", "sharing")? else {
            return Ok(None);
        };
        Ok(Some(Clause::new(intro).items(items).from(origins)))
    }

    /// The decisions made solely by automated means, by name, with the
    /// section that describes them and the user's rights about them.
    fn decisions(&self) -> Result<Option<Clause>, Error> {
        let decisions = &self.policy.decisions;
        if decisions.is_empty() {
            return Ok(None);
        }
        let Some(intro) = self.referring("jurisdictions-eea-decisions", "decisions")? else {
            return Ok(None);
        };
        let items = decisions
            .iter()
            .map(|d| Item::new(Text::new().source(&d.label)))
            .collect();
        Ok(Some(
            Clause::new(intro)
                .items(items)
                .from((0..decisions.len()).map(Origin::Decision)),
        ))
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn regimes(declared: &[Regime]) -> Vec<Jurisdiction> {
        let source = include_str!("../../tests/fixtures/jurisdictions/ccpa.policy");
        let mut policy = crate::check_source(source).policy.unwrap();
        policy.header.regimes = Some(declared.to_vec());
        Jurisdiction::of(&policy)
    }

    #[test]
    fn the_regimes_decide_the_sections_and_their_laws() {
        use Jurisdiction::{Eea, Us};
        assert_eq!(regimes(&[]), []);
        assert_eq!(regimes(&[Regime::Lgpd, Regime::Coppa]), []);
        assert_eq!(regimes(&[Regime::Ccpa]), [Us { laws: "ccpa" }]);
        assert_eq!(regimes(&[Regime::UsStateLaws]), [Us { laws: "states" }]);
        assert_eq!(
            regimes(&[Regime::UsStateLaws, Regime::Ccpa]),
            [Us { laws: "us" }]
        );
        assert_eq!(regimes(&[Regime::UkGdpr]), [Eea { laws: "uk" }]);
        // The US section first, whatever the order declared.
        assert_eq!(
            regimes(&[Regime::Gdpr, Regime::UkGdpr, Regime::Ccpa]),
            [Us { laws: "ccpa" }, Eea { laws: "eu-uk" }]
        );
    }

    #[test]
    fn an_empty_section_takes_no_number() {
        let section = |anchor: &str, clauses: usize| Section {
            number: String::new(),
            anchor: anchor.to_owned(),
            heading: String::new(),
            clauses: vec![Clause::default(); clauses],
        };
        let numbers = Numbers::of(&[section("a", 1), section("b", 0), section("c", 2)]);
        assert_eq!(numbers.get("a"), Some("1"));
        assert_eq!(numbers.get("b"), None);
        assert_eq!(numbers.get("c"), Some("2"));
    }
}
