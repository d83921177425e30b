//! The section on the information collected: the categories grouped by how
//! they are obtained, then the depersonalized information (with the rule for
//! combining it with personal information where a category declares it),
//! then what must be provided and what is optional.

use hashbrown::HashMap;

use super::document::{Clause, Item, Origin, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::processing::Catalog;
use super::words::Voice;
use crate::l10n::Error;
use crate::model::{DataCategory, Identity, Policy, Requirement, Source};
use crate::vocab::{Closed as _, Combination};

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
const GROUPS: [Group; 7] = [
    Group::Personal(Some(Source::User)),
    Group::Personal(Some(Source::Device)),
    Group::Personal(Some(Source::Derived)),
    Group::Personal(Some(Source::ThirdParty)),
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
    clauses.extend(requirement(policy, &voice).map(|c| c.from(stating)));
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
    let processes = if also {
        "{We} also [processes|process]"
    } else {
        "{We} [processes|process]"
    };
    Ok(match which {
        Group::Personal(Some(source)) => words.source_intro(source, voice)?,
        Group::Personal(None) => {
            voice.say(&format!("{processes} the following personal information:"))
        }
        Group::Depersonalized => voice.say(&format!(
            "{processes} the following depersonalized information, which does not allow {{you}} to be identified:"
        )),
        Group::Anonymous => anonymous_intro(voice, processes),
    })
}

/// The intro of anonymous information: why it is not personal
/// information (GDPR Recital 26); each category then says how it was made
/// anonymous ([`anonymisation`]).
fn anonymous_intro(voice: &Voice<'_>, processes: &str) -> Text {
    voice.say(&format!(
        "{processes} the following anonymous information. It is not personal information: it relates to no identified or identifiable person:"
    ))
}

/// How an anonymous category was made anonymous, in the author's words.
fn anonymisation(category: &DataCategory) -> Option<Text> {
    let method = category.anonymised_by.as_deref()?;
    Some(
        Text::new()
            .words("It was made anonymous by ")
            .source_sentence(method),
    )
}

/// The clause of a category that opens its own clause, with its children
/// as a list.
fn head(tree: &Tree<'_, '_>, category: &DataCategory) -> Result<Clause, Error> {
    let mut body = Text::new();
    if let Some(parent) = tree.parent(category) {
        // After a colon, so the label keeps its capital.
        body = body.words("Part of: ").source(parent.short_label()).end();
    }
    let show_source = matches!(group(category), Group::Depersonalized | Group::Anonymous);
    body = body.sentence(details(category, show_source, tree)?);
    let items = items(tree, category)?;
    if !items.is_empty() {
        body = body.sentence(Text::new().words("This information includes:"));
    }
    let mut origins = Vec::new();
    declared(tree, category, &mut origins);
    Ok(Clause::new(body)
        .lead(name(category).end())
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
            let show_source = child.source != category.source;
            let details = details(child, show_source, tree)?;
            let text = if details.is_empty() {
                name(child)
            } else {
                name(child).end().sentence(details)
            };
            Ok(Item {
                text,
                items: items(tree, child)?,
            })
        })
        .collect()
}

/// The label, marked `(required)` or `(optional)` when the source says.
fn name(category: &DataCategory) -> Text {
    // Sized for the label and the mark: a long policy lists thousands.
    let text = Text::with_capacity(2).source(&category.label);
    match category.requirement {
        Some(Requirement::Required) => text.words(" (required)"),
        Some(Requirement::Optional) => text.words(" (optional)"),
        None => text,
    }
}

/// The sentences about a category: description, how it was obtained,
/// identity, special category, when it is collected, examples.
fn details(category: &DataCategory, show_source: bool, tree: &Tree<'_, '_>) -> Result<Text, Error> {
    let voice = &tree.voice;
    let words = tree.by_id.words();
    let mut text = Text::new();
    if let Some(description) = &category.description {
        text = text.sentence(Text::new().long_sentence(description));
    }
    if let (true, Some(source)) = (show_source, category.source) {
        text = text.sentence(words.source_sentence(source, voice)?);
    }
    if category.identity == Identity::Pseudonymized {
        text = text.sentence(voice.say(
            "This information is pseudonymized: it identifies {you} only together with additional information that is kept separately.",
        ));
    }
    if category.when_combined {
        text = text.sentence(voice.say(Combination::Identified.entry().text));
    }
    // A subcategory that inherits its parent's method does not repeat it.
    let own_method = tree
        .parent(category)
        .is_none_or(|p| p.anonymised_by != category.anonymised_by);
    if let Some(method) = anonymisation(category).filter(|_| own_method) {
        text = text.sentence(method);
    }
    if let Some(special) = category.special {
        text = text.sentence(Text::new().words(&format!(
            "This information is a special category of personal data: {}.",
            words.special_category(special)?
        )));
    }
    if let Some(sensitive) = category.sensitive {
        text = text.sentence(
            Text::new()
                .words("This information is sensitive personal information under US state privacy laws: ")
                .text(voice.say(sensitive.entry().text))
                .end(),
        );
    }
    if let Some(reason) = required_by(category, voice) {
        text = text.sentence(reason);
    }
    if let Some(collected) = &category.collected {
        text = text.sentence(
            Text::new()
                .words("This information is collected ")
                .source_sentence(collected),
        );
    }
    if let Some(examples) = examples(category, words)? {
        text = text.sentence(examples);
    }
    Ok(text)
}

/// The `examples` list: a complete list unless the author marks it
/// `open`, so the text never leaves the data open by accident.
fn examples(category: &DataCategory, words: &Lexicon) -> Result<Option<Text>, Error> {
    if category.examples.is_empty() {
        return Ok(None);
    }
    let examples = words.source_list(
        category.examples.iter().map(String::as_str),
        Conjunction::And,
    )?;
    let lead = if category.examples_open {
        "This includes, for example: "
    } else {
        "This information consists of: "
    };
    Ok(Some(Text::new().words(lead).text(examples).end()))
}

/// What the `(required)` and `(optional)` marks mean, when any is used.
fn requirement(policy: &Policy, voice: &Voice<'_>) -> Option<Clause> {
    let stated = |r| policy.data.iter().any(|c| c.requirement == Some(r));
    let mut text = Text::new();
    if stated(Requirement::Required) {
        text = text.words("Information marked \"required\" must be provided to use the Service.");
    }
    if stated(Requirement::Optional) {
        text = text.sentence(
            voice.say("Information marked \"optional\" is provided at {your} discretion."),
        );
    }
    (!text.is_empty()).then(|| Clause::new(text))
}

/// What requires the category and what follows without it (GDPR Art.
/// 13(2)(e)), as `required by WHAT "consequence"` states.
fn required_by(category: &DataCategory, voice: &Voice<'_>) -> Option<Text> {
    let reason = category.required_by.as_ref()?;
    Some(
        voice.say(reason.by.entry().text).sentence(
            Text::new()
                .words("If it is not provided: ")
                .source_sentence(&reason.consequence),
        ),
    )
}
