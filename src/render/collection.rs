//! The section on the information collected: the categories grouped by how
//! they are obtained, then the depersonalized information (with the rule for
//! combining it with personal information where a category declares it),
//! then what must be provided and what is optional.

use hashbrown::HashMap;

use super::document::{Clause, Item, Origin, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::processing::Catalog;
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::{DataCategory, Identity, NamedSource, Policy, Requirement, Source};
use crate::vocab::Closed as _;

/// A group of categories, each with its own clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// Personal information, by how it is obtained (`None`: not stated).
    Personal(Option<Source>),
    /// Information that cannot identify the user.
    Depersonalized,
    /// Information that relates to no one: not personal information.
    Anonymous,
}

/// The groups in reading order.
const GROUPS: [Group; 8] = [
    Group::Personal(Some(Source::User)),
    Group::Personal(Some(Source::Device)),
    Group::Personal(Some(Source::Derived)),
    Group::Personal(Some(Source::ThirdParty)),
    Group::Personal(Some(Source::PubliclyAvailable)),
    Group::Personal(None),
    Group::Depersonalized,
    Group::Anonymous,
];

fn group(category: &DataCategory) -> Group {
    match category.identity {
        Identity::Depersonalized => Group::Depersonalized,
        Identity::Anonymous => Group::Anonymous,
        Identity::Identified | Identity::Pseudonymized => Group::Personal(category.source),
    }
}

/// The categories by id and by parent, so the tree is walked without
/// searching the whole list for each category.
struct Tree<'a, 'c> {
    by_id: &'c Catalog<'a>,
    children: HashMap<&'a str, Vec<&'a DataCategory>>,
    /// The voice the categories' sentences are said in.
    voice: Voice<'a>,
}

impl<'a, 'c> Tree<'a, 'c> {
    fn new(data: &'a [DataCategory], by_id: &'c Catalog<'a>, voice: Voice<'a>) -> Tree<'a, 'c> {
        let mut children: HashMap<&str, Vec<&DataCategory>> = HashMap::new();
        for category in data {
            if let Some(parent) = &category.parent {
                children.entry(parent.as_str()).or_default().push(category);
            }
        }
        Tree {
            by_id,
            children,
            voice,
        }
    }

    fn parent(&self, category: &DataCategory) -> Option<&'a DataCategory> {
        category.parent.as_deref().and_then(|p| self.by_id.get(p))
    }

    /// The children that share the category's group, in declaration order.
    fn children_in_group(&self, category: &DataCategory) -> impl Iterator<Item = &'a DataCategory> {
        let own = group(category);
        self.children
            .get(category.id.as_str())
            .into_iter()
            .flatten()
            .copied()
            .filter(move |c| group(c) == own)
    }

    /// Whether the category opens its own clause: it has no parent, or its
    /// parent is in another group.
    fn is_head(&self, category: &DataCategory) -> bool {
        self.parent(category)
            .is_none_or(|p| group(p) != group(category))
    }
}

/// The clauses of the section.
pub fn clauses(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    let tree = Tree::new(&policy.data, catalog, voice);
    let stating = policy
        .data
        .iter()
        .enumerate()
        .filter(|(_, c)| c.requirement.is_some())
        .map(|(i, _)| Origin::Data(i));
    let mut clauses: Vec<Clause> = Vec::new();
    for which in GROUPS {
        let also = !clauses.is_empty();
        clauses.extend(group_clause(policy, &tree, which, also)?);
    }
    clauses.extend(super::sources::combinations(policy, catalog)?);
    clauses.extend(requirement(policy, &voice, catalog.words())?.map(|c| c.from(stating)));
    Ok(clauses)
}

/// The clause of one group, listing its categories; `also` when an
/// earlier group was listed.
fn group_clause(
    policy: &Policy,
    tree: &Tree<'_, '_>,
    which: Group,
    also: bool,
) -> Result<Option<Clause>, Error> {
    let heads: Vec<Clause> = policy
        .data
        .iter()
        .filter(|c| group(c) == which && tree.is_head(c))
        .map(|c| head(tree, c))
        .collect::<Result<_, Error>>()?;
    if heads.is_empty() {
        return Ok(None);
    }
    // The intro comes from the categories it opens, each a head.
    let origins: Vec<Origin> = heads
        .iter()
        .filter_map(|h| h.origins.first().copied())
        .collect();
    Ok(Some(
        Clause::new(intro(&tree.voice, which, also, tree.by_id.words())?)
            .clauses(heads)
            .from(origins),
    ))
}

fn intro(voice: &Voice<'_>, which: Group, also: bool, words: &Lexicon) -> Result<Text, Error> {
    let id = match (which, also) {
        (Group::Personal(Some(source)), _) => return words.source_intro(source, voice),
        (Group::Personal(None), false) => "collection-personal",
        (Group::Personal(None), true) => "collection-personal-also",
        (Group::Depersonalized, false) => "collection-depersonalized",
        (Group::Depersonalized, true) => "collection-depersonalized-also",
        // Why it is not personal information (GDPR Recital 26); each
        // category then says how it was made anonymous ([`anonymisation`]).
        (Group::Anonymous, false) => "collection-anonymous",
        (Group::Anonymous, true) => "collection-anonymous-also",
    };
    words.in_voice(id, voice)
}

/// How an anonymous category was made anonymous, in the author's words.
fn anonymisation(
    category: &DataCategory,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Text>, Error> {
    let Some(method) = category.anonymised_by.as_deref() else {
        return Ok(None);
    };
    let method = Text::new().source_sentence(method);
    words
        .sentence("data-anonymised-by", voice, Args::new(), [method])
        .map(Some)
}

/// The clause of a category that opens its own clause, with its children
/// as a list.
fn head(tree: &Tree<'_, '_>, category: &DataCategory) -> Result<Clause, Error> {
    let words = tree.by_id.words();
    let voice = &tree.voice;
    let mut body = Text::new();
    if let Some(parent) = tree.parent(category) {
        // After a colon, so the label keeps its capital.
        let parent = Text::new().source(parent.short_label());
        body = words
            .sentence("data-part-of", voice, Args::new(), [parent])?
            .end();
    }
    // The group's intro says the category's first source, unnamed.
    let said: Vec<NamedSource> = match group(category) {
        Group::Personal(Some(kind)) => vec![NamedSource { kind, name: None }],
        Group::Personal(None) | Group::Depersonalized | Group::Anonymous => Vec::new(),
    };
    body = body.sentence(details(category, &said, tree)?);
    let items = items(tree, category)?;
    if !items.is_empty() {
        body = body.sentence(words.in_voice("data-includes", voice)?);
    }
    let mut origins = Vec::new();
    declared(tree, category, &mut origins);
    Ok(Clause::new(body)
        .lead(name(category, words)?.end())
        .items(items)
        .from(origins))
}

/// Where a category and the children listed under it are declared.
fn declared(tree: &Tree<'_, '_>, category: &DataCategory, origins: &mut Vec<Origin>) {
    origins.extend(tree.by_id.origin(&category.id));
    for child in tree.children_in_group(category) {
        declared(tree, child, origins);
    }
}

fn items(tree: &Tree<'_, '_>, category: &DataCategory) -> Result<Vec<Item>, Error> {
    // Counted first, so the list is made at its size.
    let children: Vec<&DataCategory> = tree.children_in_group(category).collect();
    children
        .into_iter()
        .map(|child| {
            // The parent's clause says its sources.
            let details = details(child, &category.all_sources(), tree)?;
            let name = name(child, tree.by_id.words())?;
            let text = if details.is_empty() {
                name
            } else {
                name.end().sentence(details)
            };
            Ok(Item {
                text,
                items: items(tree, child)?,
            })
        })
        .collect()
}

/// The label, marked `(required)` or `(optional)` when the source says.
fn name(category: &DataCategory, words: &Lexicon) -> Result<Text, Error> {
    // Sized for the label and the mark: a long policy lists thousands.
    let text = Text::with_capacity(2).source(&category.label);
    let mark = match category.requirement {
        Some(Requirement::Required) => "data-required",
        Some(Requirement::Optional) => "data-optional",
        None => return Ok(text),
    };
    Ok(text.words(" (").words(&words.word(mark)?).words(")"))
}

/// The sentences about a category: description, how it was obtained,
/// identity, special category, when it is collected, examples.
fn details(
    category: &DataCategory,
    said: &[NamedSource],
    tree: &Tree<'_, '_>,
) -> Result<Text, Error> {
    let voice = &tree.voice;
    let words = tree.by_id.words();
    let mut text = Text::new();
    if let Some(description) = &category.description {
        text = text.sentence(Text::new().long_sentence(description));
    }
    text = text.sentence(super::sources::sentences(category, said, words, voice)?);
    let say = |id: &str, text: Text| words.with_text(id, voice, text);
    if category.identity == Identity::Pseudonymized {
        text = text.sentence(words.in_voice("data-pseudonymized", voice)?);
    }
    if category.when_combined {
        text = text.sentence(words.in_voice("data-combined", voice)?);
    }
    // A subcategory that inherits its parent's method does not repeat it.
    let own_method = tree
        .parent(category)
        .is_none_or(|p| p.anonymised_by != category.anonymised_by);
    if let Some(method) = anonymisation(category, voice, words)?.filter(|_| own_method) {
        text = text.sentence(method);
    }
    if let Some(special) = category.special {
        let special = Text::new().words(&words.special_category(special)?);
        text = text.sentence(say("data-special", special)?);
    }
    if let Some(sensitive) = category.sensitive {
        let sensitive = Text::new().words(&words.sensitive_category(sensitive)?);
        text = text.sentence(say("data-sensitive", sensitive)?.end());
    }
    if let Some(reason) = required_by(category, voice, words)? {
        text = text.sentence(reason);
    }
    if let Some(collected) = &category.collected {
        let collected = Text::new().source_sentence(collected);
        text = text.sentence(say("data-collected", collected)?);
    }
    if let Some(examples) = examples(category, voice, words)? {
        text = text.sentence(examples);
    }
    Ok(text)
}

/// The `examples` list: a complete list unless the author marks it
/// `open`, so the text never leaves the data open by accident.
fn examples(
    category: &DataCategory,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Text>, Error> {
    if category.examples.is_empty() {
        return Ok(None);
    }
    let examples = words.source_list(
        category.examples.iter().map(String::as_str),
        Conjunction::And,
    )?;
    let id = if category.examples_open {
        "data-examples-open"
    } else {
        "data-examples"
    };
    let said = words.sentence(id, voice, Args::new(), [examples])?;
    Ok(Some(said.end()))
}

/// What the `(required)` and `(optional)` marks mean, when any is used.
fn requirement(
    policy: &Policy,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Clause>, Error> {
    let stated = |r| policy.data.iter().any(|c| c.requirement == Some(r));
    let mut text = Text::new();
    if stated(Requirement::Required) {
        text = words.in_voice("collection-required", voice)?;
    }
    if stated(Requirement::Optional) {
        text = text.sentence(words.in_voice("collection-optional", voice)?);
    }
    Ok((!text.is_empty()).then(|| Clause::new(text)))
}

/// What requires the category and what follows without it (GDPR Art.
/// 13(2)(e)), as `required by WHAT "consequence"` states.
fn required_by(
    category: &DataCategory,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Text>, Error> {
    let Some(reason) = category.required_by.as_ref() else {
        return Ok(None);
    };
    let what = words.in_voice(&format!("data-required-by-{}", reason.by.keyword()), voice)?;
    let consequence = Text::new().source_sentence(&reason.consequence);
    let consequence = words.sentence("data-if-not-provided", voice, Args::new(), [consequence])?;
    Ok(Some(what.sentence(consequence)))
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    /// The section's clauses in `lang`, one line per clause, sub-clause
    /// and item.
    fn section_in(source: &str, lang: Lang) -> Vec<String> {
        let policy = crate::check_source(source).policy.unwrap();
        let catalog = Catalog::new(&policy, Lexicon::of(lang).unwrap());
        let mut lines = Vec::new();
        for clause in clauses(&policy, &catalog).unwrap() {
            lines.push(clause.body.plain());
            for sub in &clause.clauses {
                let lead = sub.lead.as_ref().map(Text::plain).unwrap_or_default();
                lines.push(format!("{lead} {}", sub.body.plain()));
                lines.extend(sub.items.iter().map(|i| format!("- {}", i.text.plain())));
            }
        }
        lines
    }

    #[test]
    fn the_seed_s_collection_in_german() {
        let source = include_str!("../../policies/pro-it-group.policy");
        // The labels, descriptions and examples are the author's, which
        // the author translates (`POLICY.de.ftl`).
        assert_eq!(
            section_in(source, Lang::De),
            [
                "Die betroffene Person stellt die folgenden personenbezogenen Daten bereit:",
                "Information the User provides about themselves. Personal information the User gives independently when registering, signing in or using the Service. Diese Daten werden erhoben: at registration, at sign-in and while using the Service. Diese Daten umfassen:",
                "- E-mail address (erforderlich)",
                "- Name (freiwillig)",
                "- Telephone number (freiwillig)",
                "- Messages and requests the User sends to the Service (freiwillig)",
                "Das Gerät der betroffenen Person übermittelt automatisch die folgenden personenbezogenen Daten:",
                "Technical information sent automatically by the User's browser. Data transferred automatically by the software the User accesses the Internet with. Diese Daten werden erhoben: automatically, whenever the User uses the Service. Dazu gehören zum Beispiel: IP address, information from cookies, information about the browser, access time und the address of the requested page.",
                "Pro IT Group Inc leitet die folgenden personenbezogenen Daten aus anderen Daten ab:",
                "Log files of the User's actions within the Service. Records of the actions the User makes while using the Service and while performing agreements with the Service. Diese Daten werden erhoben: while the User uses the Service and performs agreements with it.",
                "Pro IT Group Inc verarbeitet außerdem die folgenden depersonalisierten Daten, die die Identifizierung der betroffenen Person nicht ermöglichen:",
                "Depersonalized information. Information that does not allow the User to be identified and does not directly point to a specific person. Diese Daten werden aus anderen Daten abgeleitet. Werden diese Daten mit personenbezogenen Daten zusammengeführt, werden die zusammengeführten Daten als personenbezogene Daten behandelt, solange sie zusammengeführt bleiben. Dazu gehören zum Beispiel: geographical region, interests, profession, sex und age.",
                "Depersonalized statistical data. Statistics obtained from the User's personal information by depersonalizing it. Diese Daten werden aus anderen Daten abgeleitet. Werden diese Daten mit personenbezogenen Daten zusammengeführt, werden die zusammengeführten Daten als personenbezogene Daten behandelt, solange sie zusammengeführt bleiben.",
                "Als „erforderlich“ gekennzeichnete Daten müssen angegeben werden, um den Dienst zu nutzen. Die Angabe von als „freiwillig“ gekennzeichneten Daten steht der betroffenen Person frei.",
            ]
        );
    }

    #[test]
    fn every_language_says_the_section_in_both_voices() {
        let third = include_str!("../../policies/pro-it-group.policy").to_owned();
        let we = third.replacen(
            "  language      en\n",
            "  language      en\n  voice         we_you\n",
            1,
        );
        assert_ne!(third, we);
        for lang in Lang::ALL {
            for source in [&third, &we] {
                assert_eq!(section_in(source, lang).len(), 14, "{lang}");
            }
        }
    }
}
