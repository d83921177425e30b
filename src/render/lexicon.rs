//! The project's own words in any language of [`crate::l10n`]: durations,
//! dates, list joining and the words of keyword values, each read from the
//! language's message file. English says here exactly what [`super::words`]
//! says (the tests compare them), so the text can move to these words one
//! sentence at a time without a byte of the English output changing.
//!
//! Every word is a `Result`: a language that lacks a message is an error
//! the caller returns, never an English word in a German sentence.

use super::document::Text;
use super::words::{self, Voice};
use crate::l10n::{Args, Error, Lang, Locale};
use crate::model::{
    Acceptance, Basis, Cap, CcpaCategory, ChangeAuthority, Commitment, ControllerRole, Date,
    Derogation, Disclosure, Duration, Ground, MechanismKind, NotifyMethod, Period, RecipientKind,
    RetentionEnd, RetentionRule, RightKind, SensitiveCategory, Source, SpecialCategory,
    TakesEffect,
};
use crate::vocab::Closed;

/// Where a message puts the controller's name: a private-use character no
/// message file holds (`tests/locales.rs` checks), replaced by the name as a
/// source string, so that it is escaped and traced like every other.
const CONTROLLER: char = '\u{E000}';

/// Where a message puts the controller's name as a possessive ("Acme's").
const CONTROLLER_POSSESSIVE: char = '\u{E001}';

/// The conjunction before a list's last entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conjunction {
    /// "A, B and C".
    And,
    /// "A, B or C".
    Or,
}

/// The grammatical case a word takes where the sentence puts it, for the
/// languages that decline (German); the others read it as plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Nominative or accusative: the form a word has on its own.
    Plain,
    /// After a preposition that takes the dative (German "von", "mit").
    Dative,
}

/// The words of one language.
#[derive(Debug, Clone, Copy)]
pub struct Lexicon {
    locale: &'static Locale,
}

impl Lexicon {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> Result<Lexicon, Error> {
        Locale::of(lang).map(|locale| Lexicon { locale })
    }

    /// The words of the language a tag names (`de`, `de-CH`); an error for
    /// one without messages (`check` reports it as E0215).
    pub fn of_tag(tag: &str) -> Result<Lexicon, Error> {
        Lexicon::of(Lang::of_tag(tag).ok_or_else(|| Error::Unwritten(tag.to_owned()))?)
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.locale.lang()
    }

    /// A message without variables: a word, a heading, a sentence that
    /// names no one.
    pub(crate) fn word(&self, id: &str) -> Result<String, Error> {
        self.locale.format(id, &Args::new())
    }

    /// Texts joined as a list with the language's conjunction; entries
    /// with commas of their own are separated by semicolons, as in
    /// [`words::list`].
    pub fn list(&self, items: Vec<Text>, conjunction: Conjunction) -> Result<Text, Error> {
        let id = match conjunction {
            Conjunction::And => "list-and",
            Conjunction::Or => "list-or",
        };
        let next = items.last().map_or("other", |last| onset(&last.plain()));
        let word = self.locale.format(id, &Args::new().text("next", next))?;
        // German, French and Spanish put no semicolon before the
        // conjunction of a list whose entries hold commas: "A; B und C".
        Ok(words::list_with(items, &word, self.lang() == Lang::En))
    }

    /// Strings from the source joined as a list, each a source string (as
    /// [`words::source_list`]).
    pub fn source_list<'s>(
        &self,
        items: impl IntoIterator<Item = &'s str>,
        conjunction: Conjunction,
    ) -> Result<Text, Error> {
        let items = items.into_iter().map(|s| Text::new().source(s)).collect();
        self.list(items, conjunction)
    }

    /// A label from the source where the sentence puts it mid-sentence
    /// ("for the purpose of marketing", "when used for billing"): its
    /// first letter lower-cased where that letter only begins the
    /// sentence-like label, see [`in_sentence`]. German capitalizes its
    /// nouns, so it keeps every label as written.
    pub fn label_in_sentence<'s>(&self, label: &'s str) -> std::borrow::Cow<'s, str> {
        if self.lang() == Lang::De {
            return std::borrow::Cow::Borrowed(label);
        }
        in_sentence(label)
    }

    /// Labels from the source joined as a list mid-sentence, each as
    /// [`Lexicon::label_in_sentence`] puts it.
    pub fn labels_in_sentence<'s>(
        &self,
        items: impl IntoIterator<Item = &'s str>,
        conjunction: Conjunction,
    ) -> Result<Text, Error> {
        let items = items
            .into_iter()
            .map(|s| Text::new().source(&self.label_in_sentence(s)))
            .collect();
        self.list(items, conjunction)
    }

    /// A duration in words: `1 year`, `2 Jahre`, `1 an`, `30 días`.
    pub fn duration(&self, duration: Duration) -> Result<String, Error> {
        self.duration_in(duration, Case::Plain)
    }

    /// A duration in a grammatical case: German says "eine Frist von 2
    /// Monaten" (dative) but "für 2 Monate".
    pub fn duration_in(&self, duration: Duration, case: Case) -> Result<String, Error> {
        let amount = duration.amount;
        self.locale.format(
            "duration",
            &Args::new()
                .text("unit", duration.unit.keyword())
                .text("amount", amount.to_string())
                .number("count", amount)
                .text(
                    "case",
                    match case {
                        Case::Plain => "plain",
                        Case::Dative => "dative",
                    },
                ),
        )
    }

    /// A date in words: `1 December 2026`, `1. Dezember 2026`.
    pub fn date(&self, date: Date) -> Result<String, Error> {
        self.locale.format(
            "date",
            &Args::new()
                .number("day", u32::from(date.day))
                .number("month", u32::from(date.month))
                .text("year", date.year.to_string()),
        )
    }

    /// The name of a right, as a heading, in the words of the law the
    /// voice's policy answers to (`$law`: "Right to delete" under US state
    /// law, "Right to erasure" elsewhere).
    pub fn right_name(&self, kind: RightKind, voice: &Voice<'_>) -> Result<String, Error> {
        let args = Args::new().text("law", voice.law());
        self.locale
            .format(&format!("right-{}", kind.keyword()), &args)
    }

    /// What a right lets the user do, for a right stated without a
    /// description.
    pub fn right_meaning(&self, kind: RightKind, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("right-{}-meaning", kind.keyword()), voice)
    }

    /// A special category of personal data.
    pub fn special_category(&self, special: SpecialCategory) -> Result<String, Error> {
        self.word(&format!("special-{}", special.keyword()))
    }

    /// A category of personal information of the CCPA, in the statute's
    /// terms (Cal. Civ. Code §1798.140(v)(1)).
    pub fn ccpa_category(&self, category: CcpaCategory) -> Result<String, Error> {
        self.word(&format!("ccpa-category-{}", category.keyword()))
    }

    /// A category of sensitive personal information under US state law.
    pub fn sensitive_category(&self, sensitive: SensitiveCategory) -> Result<String, Error> {
        self.word(&format!("sensitive-{}", sensitive.keyword()))
    }

    /// How users are told of a change.
    pub fn notify_method(&self, method: NotifyMethod) -> Result<String, Error> {
        self.word(&format!("notify-{}", method.keyword()))
    }

    /// A legal basis as the end of `Legal basis: …`, in the voice; nothing
    /// for a basis the source leaves unstated.
    pub fn basis(&self, basis: Basis, voice: &Voice<'_>) -> Result<Text, Error> {
        if basis == Basis::Unstated {
            return Ok(Text::new());
        }
        self.in_voice(&format!("basis-{}", basis.keyword()), voice)
    }

    /// A ground for a transfer, as a clause after `when`; nothing for a
    /// ground the source leaves unstated.
    pub fn ground(&self, ground: Ground, voice: &Voice<'_>) -> Result<Text, Error> {
        if ground == Ground::Unstated {
            return Ok(Text::new());
        }
        self.in_voice(&format!("ground-{}", ground.keyword()), voice)
    }

    /// A kind of recipient, after `Type of recipient: `.
    pub fn recipient_kind(&self, kind: RecipientKind, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("recipient-{}", kind.keyword()), voice)
    }

    /// What a disclosure is under US state law.
    pub fn disclosure(&self, disclosure: Disclosure, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("disclosure-{}", disclosure.keyword()), voice)
    }

    /// The opening of the clause that lists the categories of one source.
    pub fn source_intro(&self, source: Source, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("source-{}", source.keyword()), voice)
    }

    /// How a category was obtained, as a sentence about it.
    pub fn source_sentence(&self, source: Source, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("source-{}-sentence", source.keyword()), voice)
    }

    /// How the user accepts the policy, as a sentence.
    pub fn acceptance(&self, acceptance: Acceptance, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("acceptance-{}", acceptance.keyword()), voice)
    }

    /// Who may change the policy, as a sentence.
    pub fn change_authority(&self, by: ChangeAuthority, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("authority-{}", by.keyword()), voice)
    }

    /// When a new edition takes effect, as a sentence; `notice` is the
    /// notice period, if stated.
    pub fn takes_effect(
        &self,
        effective: TakesEffect,
        notice: Option<Duration>,
    ) -> Result<String, Error> {
        let notice = notice
            .map(|d| self.duration_in(d, Case::Dative))
            .transpose()?;
        self.locale.format(
            &format!("takes-effect-{}", effective.keyword()),
            &Args::new()
                .text("stated", if notice.is_some() { "yes" } else { "no" })
                .text("notice", notice.unwrap_or_default()),
        )
    }

    /// How alternative retention periods combine: `whichever comes first`.
    pub fn retention_rule(&self, rule: RetentionRule) -> Result<String, Error> {
        self.word(match rule {
            RetentionRule::First => "retention-first",
            RetentionRule::Last => "retention-last",
        })
    }

    /// A retention period as the end of `kept …`.
    pub fn period(&self, period: &Period, voice: &Voice<'_>) -> Result<Text, Error> {
        match period {
            Period::For { duration, from } => {
                let args = Args::new().text("duration", self.duration(*duration)?);
                match keyword_event(from) {
                    Some(event) => {
                        let from = self.word(&format!("event-from-{event}"))?;
                        self.sentence("period-for-event", voice, args.text("event", from), [])
                    }
                    None => self.sentence("period-for", voice, args, [Text::new().source(from)]),
                }
            }
            Period::Until { event } => match keyword_event(event) {
                Some(event) => self.in_voice(&format!("event-until-{event}"), voice),
                None => self.with_text("period-until", voice, Text::new().source(event)),
            },
            Period::AsRequiredByLaw => self.in_voice("period-law", voice),
            // The criteria themselves follow in a sentence of their own
            // (`retention-criteria`).
            // A cap follows (`, and no longer than 90 days from
            // collection`).
            Period::Criteria { at_most, .. } => {
                let criteria = self.in_voice("period-criteria", voice)?;
                let Some(Cap { duration, from }) = at_most else {
                    return Ok(criteria);
                };
                let args = Args::new().text("duration", self.duration(*duration)?);
                let cap = match keyword_event(from) {
                    Some(event) => {
                        let from = self.word(&format!("event-from-{event}"))?;
                        self.sentence("period-cap-event", voice, args.text("event", from), [])?
                    }
                    None => self.sentence("period-cap", voice, args, [Text::new().source(from)])?,
                };
                Ok(criteria.text(cap))
            }
        }
    }

    /// What happens when a retention ends and how long copies remain in
    /// backups, in short, after its periods in the layered summary and the
    /// per-purpose table (`, then deleted (copies in backups: up to 35 days
    /// longer)`); empty when the declaration states neither.
    pub fn ending(
        &self,
        end: Option<RetentionEnd>,
        backups: Option<Duration>,
        voice: &Voice<'_>,
    ) -> Result<Text, Error> {
        let mut out = Text::new();
        if let Some(end) = end {
            let id = match end {
                RetentionEnd::Delete => "kept-then-delete",
                RetentionEnd::Anonymise => "kept-then-anonymise",
            };
            out = out.words(", ").words(&self.word(id)?);
        }
        if let Some(backups) = backups {
            let args = Args::new().text("duration", self.duration(backups)?);
            out = out
                .words(" ")
                .text(self.sentence("kept-backups", voice, args, [])?);
        }
        Ok(out)
    }

    /// Alternative retention periods joined with `or`, then how they
    /// combine when there are several, as [`words::alternatives`].
    pub fn alternatives(
        &self,
        periods: &[Period],
        rule: RetentionRule,
        voice: &Voice<'_>,
    ) -> Result<Text, Error> {
        let periods = periods
            .iter()
            .map(|p| self.period(p, voice))
            .collect::<Result<Vec<_>, _>>()?;
        let several = periods.len() > 1;
        let joined = self.list(periods, Conjunction::Or)?;
        Ok(if several {
            joined.words(", ").words(&self.retention_rule(rule)?)
        } else {
            joined
        })
    }

    /// A message with `args` and no text of the document: a line made of
    /// words and values only.
    pub(crate) fn format(&self, id: &str, args: &Args<'_>) -> Result<String, Error> {
        self.locale.format(id, args)
    }

    /// The heading of the section whose anchor (its keyword) is `section`.
    pub fn heading(&self, section: &str, voice: &Voice<'_>) -> Result<String, Error> {
        Ok(self.in_voice(&format!("section-{section}"), voice)?.plain())
    }

    /// A typed commitment as one sentence; `no_transfers_outside` names
    /// its area.
    pub fn commitment(&self, commitment: Commitment, voice: &Voice<'_>) -> Result<Text, Error> {
        let id = format!("commitment-{}", commitment.kind.keyword());
        match commitment.area {
            Some(area) => {
                let area = self.word(&format!("commitment-area-{}", area.keyword()))?;
                self.sentence(&id, voice, Args::new(), [Text::new().words(&area)])
            }
            None => self.in_voice(&id, voice),
        }
    }

    /// A transfer mechanism, after "rest on".
    pub fn mechanism(&self, kind: MechanismKind) -> Result<Text, Error> {
        Ok(Text::new().words(&self.word(&format!("mechanism-{}", kind.keyword()))?))
    }

    /// The case of a derogation, after its colon.
    pub fn derogation(&self, case: Derogation, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("derogation-{}", case.keyword()), voice)
    }

    /// A recipient's role as a controller, after "Role:".
    pub fn role(&self, role: ControllerRole, voice: &Voice<'_>) -> Result<Text, Error> {
        self.in_voice(&format!("role-{}", role.keyword()), voice)
    }

    /// A message in the voice with one text of the document in `$text0`
    /// and no other argument: the common case of [`Lexicon::sentence`].
    pub(crate) fn with_text(&self, id: &str, voice: &Voice<'_>, text: Text) -> Result<Text, Error> {
        self.sentence(id, voice, Args::new(), [text])
    }

    /// A message in the voice, with the controller's name put in as a
    /// source string.
    pub(crate) fn in_voice(&self, id: &str, voice: &Voice<'_>) -> Result<Text, Error> {
        self.sentence(id, voice, Args::new(), [])
    }

    /// A message in the voice with `args` and, in `$text0`, `$text1`…,
    /// texts of the document (source strings, links, lists), each put in
    /// whole where the message places it, so that its pieces keep being
    /// escaped and traced as they are.
    pub(crate) fn sentence<const N: usize>(
        &self,
        id: &str,
        voice: &Voice<'_>,
        args: Args<'_>,
        texts: [Text; N],
    ) -> Result<Text, Error> {
        // Each text needs a placeholder of its own: more is a mistake of
        // the code, found when it compiles.
        const { assert!(N <= TEXT_ARGUMENTS.len()) };
        let mut args = args
            .text("voice", if voice.we_you() { "we" } else { "third" })
            .text("law", voice.law())
            .text(
                "controllers",
                if voice.plural() { "several" } else { "one" },
            )
            .text("controller", CONTROLLER.to_string())
            .text("controller_possessive", CONTROLLER_POSSESSIVE.to_string());
        for (index, name) in TEXT_ARGUMENTS.iter().enumerate().take(N) {
            args = args.text(name, placeholder(index).to_string());
        }
        let formatted = self.locale.format(id, &args)?;
        let mut texts: Vec<Option<Text>> = texts.into_iter().map(Some).collect();
        let mut text = Text::new();
        let mut rest = formatted.as_str();
        while let Some(at) = rest.find(is_placeholder) {
            let (before, marked) = rest.split_at(at);
            text.push_words(before);
            let mut chars = marked.chars();
            let mark = chars.next().unwrap_or(CONTROLLER);
            rest = chars.as_str();
            if mark == CONTROLLER || mark == CONTROLLER_POSSESSIVE {
                let name = voice.controller();
                text.push_source(name);
                if mark == CONTROLLER_POSSESSIVE {
                    text.push_words(possessive_ending(self.lang(), name));
                }
            } else {
                // A text placed twice is put in once, where it first appears.
                let index = u32::from(mark).saturating_sub(u32::from(FIRST_TEXT));
                let slot = usize::try_from(index).ok().and_then(|i| texts.get_mut(i));
                if let Some(placed) = slot.and_then(Option::take) {
                    text.append(placed);
                }
            }
        }
        text.push_words(rest);
        Ok(text)
    }
}

/// The names of the text arguments of [`Lexicon::sentence`].
const TEXT_ARGUMENTS: [&str; 4] = ["text0", "text1", "text2", "text3"];

/// The placeholders of the text arguments, in their order.
const FIRST_TEXT: char = '\u{E010}';
const LAST_TEXT: char = '\u{E013}';

/// The keyword of an event the model holds in its words: an event named
/// by its keyword (`from collection`) is said in the language's own words;
/// one written in quotes is the author's, translated in their file.
fn keyword_event(words: &str) -> Option<&'static str> {
    crate::vocab::EVENTS
        .values
        .iter()
        .find(|value| value.text == words)
        .map(|value| value.keyword)
}

fn placeholder(index: usize) -> char {
    u32::try_from(index)
        .ok()
        .and_then(|i| char::from_u32(u32::from(FIRST_TEXT) + i))
        .filter(|c| *c <= LAST_TEXT)
        .unwrap_or(LAST_TEXT)
}

fn is_placeholder(c: char) -> bool {
    c == CONTROLLER || c == CONTROLLER_POSSESSIVE || (FIRST_TEXT..=LAST_TEXT).contains(&c)
}

/// A label as it stands mid-sentence: its first letter lower-cased when
/// its first word is a common word written with a capital only because
/// it begins the label ("Marketing", "Keeping our accounts"), and as
/// written otherwise: an acronym or a word with a capital inside ("EU
/// users", "SMS reminders", "McAfee scans", "eBay"), a word with a digit,
/// a name of several capitalized words ("Harbor Lane newsletter",
/// "Google Analytics reports"), or the pronoun "I".
pub fn in_sentence(label: &str) -> std::borrow::Cow<'_, str> {
    let mut words = label.split_whitespace();
    let Some(first) = words.next() else {
        return std::borrow::Cow::Borrowed(label);
    };
    let mut chars = first.chars();
    let Some(initial) = chars.next() else {
        return std::borrow::Cow::Borrowed(label);
    };
    let common = initial.is_uppercase()
        && first != "I"
        && !first.starts_with("I'")
        && chars.all(|c| !c.is_uppercase() && !c.is_numeric())
        && words
            .next()
            .and_then(|next| next.chars().next())
            .is_none_or(|c| !c.is_uppercase());
    if !common {
        return std::borrow::Cow::Borrowed(label);
    }
    let rest = label.get(initial.len_utf8()..).unwrap_or_default();
    std::borrow::Cow::Owned(initial.to_lowercase().chain(rest.chars()).collect())
}

/// How the entry after a conjunction begins, for the languages whose
/// conjunction changes with it: Spanish says "e" before an "i" sound
/// ("A e instrucciones") and "u" before an "o" sound ("A u otros"), but
/// keeps "y" before the diphthong of "hielo".
fn onset(entry: &str) -> &'static str {
    let start: String = entry.chars().take(3).flat_map(char::to_lowercase).collect();
    let mut chars = start.chars();
    let first = chars.next();
    let second = chars.next();
    let third = chars.next();
    let vowel = |c: Option<char>| matches!(c, Some('a' | 'e' | 'o' | 'u' | 'á' | 'é' | 'ó' | 'ú'));
    match (first, second) {
        (Some('i' | 'í'), next) if !vowel(next) => "i",
        (Some('h'), Some('i' | 'í')) if !vowel(third) => "i",
        (Some('o' | 'ó'), _) | (Some('h'), Some('o' | 'ó')) => "o",
        _ => "other",
    }
}

/// What follows a name to make it a possessive: English "Acme's" but
/// "Acme and its affiliates'"; German "Acmes" but "Hans'" (after s, ß, x
/// or z). French and Spanish say "de Acme" in their messages and add
/// nothing.
fn possessive_ending(lang: Lang, name: &str) -> &'static str {
    match lang {
        Lang::En if name.ends_with('s') => "'",
        Lang::En => "'s",
        Lang::De if name.ends_with(['s', 'ß', 'x', 'z']) => "'",
        Lang::De => "s",
        Lang::Fr | Lang::Es => "",
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::model::TimeUnit;
    use crate::render::document::Piece;

    fn lexicon(lang: Lang) -> Lexicon {
        Lexicon::of(lang).unwrap()
    }

    fn d(amount: u32, unit: TimeUnit) -> Duration {
        Duration { amount, unit }
    }

    fn texts(items: &[&str]) -> Vec<Text> {
        items.iter().map(|s| Text::new().source(s)).collect()
    }

    fn date(year: u16, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn english_durations_are_the_texts() {
        let en = lexicon(Lang::En);
        for unit in TimeUnit::SET.values.iter().map(|v| v.value) {
            for amount in [1, 2, 30, 1000, 1_000_000, u32::MAX] {
                let duration = d(amount, unit);
                assert_eq!(en.duration(duration).unwrap(), words::duration(duration));
            }
        }
    }

    #[test]
    fn english_dates_are_the_texts() {
        let en = lexicon(Lang::En);
        for month in 1..=12 {
            for day in [1, 2, 28] {
                let date = date(2026, month, day);
                assert_eq!(en.date(date).unwrap(), date.long());
            }
        }
    }

    #[test]
    fn english_lists_are_the_texts() {
        let en = lexicon(Lang::En);
        for items in [&["A"][..], &["A", "B"], &["A", "B", "C"], &["A, a", "B"]] {
            assert_eq!(
                en.list(texts(items), Conjunction::And).unwrap(),
                words::list(texts(items), "and")
            );
            assert_eq!(
                en.list(texts(items), Conjunction::Or).unwrap(),
                words::list(texts(items), "or")
            );
        }
    }

    #[test]
    fn english_keyword_words_are_the_texts() {
        let en = lexicon(Lang::En);
        let voice = Voice::new(true, "Acme", false);
        for kind in RightKind::SET.values.iter().map(|v| v.value) {
            assert_eq!(
                en.right_name(kind, &voice).unwrap(),
                words::right_name(kind)
            );
        }
        for special in SpecialCategory::SET.values.iter().map(|v| v.value) {
            assert_eq!(
                en.special_category(special).unwrap(),
                words::special_category(special)
            );
        }
        for method in NotifyMethod::SET.values.iter().map(|v| v.value) {
            assert_eq!(
                en.notify_method(method).unwrap(),
                words::notify_method(method)
            );
        }
    }

    #[test]
    fn english_bases_are_the_texts_in_every_voice() {
        let en = lexicon(Lang::En);
        for (we_you, name, plural) in [
            (true, "Acme", false),
            (false, "Acme", false),
            (false, "Acme and its affiliates", true),
        ] {
            let voice = Voice::new(we_you, name, plural);
            for basis in Basis::SET.values.iter().map(|v| v.value) {
                assert_eq!(
                    en.basis(basis, &voice).unwrap(),
                    words::basis(basis, &voice),
                    "{basis:?} {we_you} {name}"
                );
            }
        }
    }

    /// The voices the English equivalence is checked in.
    fn voices() -> [Voice<'static>; 4] {
        [
            Voice::new(true, "Acme", false),
            Voice::new(false, "Acme", false),
            Voice::new(false, "Acme and its affiliates", true),
            Voice::new(false, "Acme Inc.", false),
        ]
    }

    fn all<T: Closed>() -> impl Iterator<Item = T> {
        T::SET.values.iter().map(|v| v.value)
    }

    #[test]
    fn english_sentences_of_keyword_values_are_the_texts_in_every_voice() {
        let en = lexicon(Lang::En);
        for voice in voices() {
            for v in all::<Ground>() {
                assert_eq!(en.ground(v, &voice).unwrap(), words::ground(v, &voice));
            }
            for v in all::<RecipientKind>() {
                let got = en.recipient_kind(v, &voice).unwrap();
                assert_eq!(got, words::recipient_kind(v, &voice));
            }
            for v in all::<Disclosure>() {
                assert_eq!(
                    en.disclosure(v, &voice).unwrap(),
                    words::disclosure(v, &voice)
                );
            }
            for v in all::<Source>() {
                let intro = en.source_intro(v, &voice).unwrap();
                assert_eq!(intro, words::source_intro(v, &voice));
                let sentence = en.source_sentence(v, &voice).unwrap();
                assert_eq!(sentence, words::source_sentence(v, &voice));
            }
            for v in all::<Acceptance>() {
                assert_eq!(
                    en.acceptance(v, &voice).unwrap(),
                    words::acceptance(v, &voice)
                );
            }
            for v in all::<RightKind>() {
                let got = en.right_meaning(v, &voice).unwrap();
                assert_eq!(got, words::right_meaning(v, &voice));
            }
            for v in all::<ChangeAuthority>() {
                let got = en.change_authority(v, &voice).unwrap();
                assert_eq!(got, words::change_authority(v, &voice));
            }
        }
    }

    #[test]
    fn english_headings_and_commitments_are_the_texts_in_every_voice() {
        use crate::model::Section;
        let en = lexicon(Lang::En);
        for voice in voices() {
            for section in all::<Section>() {
                let heading = en.heading(section.keyword(), &voice).unwrap();
                assert_eq!(heading, voice.say(section.entry().text).plain());
            }
            for commitment in commitments() {
                let said = en.commitment(commitment, &voice).unwrap();
                let mut text = voice.say(commitment.kind.entry().text);
                if let Some(area) = commitment.area {
                    text = text.words(area.entry().text).words(".");
                }
                assert_eq!(said, text, "{commitment:?}");
            }
        }
    }

    #[test]
    fn english_mechanisms_derogations_and_roles_are_the_texts_in_every_voice() {
        use crate::model::{ControllerRole, Derogation, MechanismKind};
        let en = lexicon(Lang::En);
        for voice in voices() {
            for kind in all::<MechanismKind>() {
                let said = en.mechanism(kind).unwrap();
                assert_eq!(said, words::mechanism(kind, &voice));
            }
            for case in all::<Derogation>() {
                let said = en.derogation(case, &voice).unwrap();
                assert_eq!(said, words::derogation(case, &voice));
            }
            for role in all::<ControllerRole>() {
                let said = en.role(role, &voice).unwrap();
                assert_eq!(said, voice.say(role.entry().text));
            }
        }
    }

    #[test]
    fn the_ccpa_categories_are_the_statutes_terms_in_english_and_said_in_every_language() {
        let en = lexicon(Lang::En);
        for category in all::<CcpaCategory>() {
            assert_eq!(en.ccpa_category(category).unwrap(), category.entry().text);
        }
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let words = lexicon(lang);
            for category in all::<CcpaCategory>() {
                let said = words.ccpa_category(category).unwrap();
                assert_ne!(said, category.entry().text, "{lang:?} {category:?}");
            }
            assert!(words.word("ccpa-category-sensitive").is_ok());
        }
    }

    #[test]
    fn english_sensitive_categories_and_the_combination_rule_are_the_texts() {
        use crate::model::SensitiveCategory;
        use crate::vocab::Combination;
        let en = lexicon(Lang::En);
        for sensitive in all::<SensitiveCategory>() {
            let said = en.sensitive_category(sensitive).unwrap();
            assert_eq!(said, sensitive.entry().text);
        }
        for voice in voices() {
            let said = en.in_voice("data-combined", &voice).unwrap();
            assert_eq!(said, voice.say(Combination::Identified.entry().text));
            for by in all::<crate::model::RequiredBy>() {
                let id = format!("data-required-by-{}", by.keyword());
                let said = en.in_voice(&id, &voice).unwrap();
                assert_eq!(said, voice.say(by.entry().text));
            }
        }
    }

    /// A label mid-sentence: a common first word loses its capital; an
    /// acronym, a word with a capital or digit inside, a name of two
    /// capitalized words and "I" keep theirs; German keeps every label.
    #[test]
    fn a_label_mid_sentence_is_lower_cased_only_where_a_common_word_begins_it() {
        for (label, said) in [
            ("Marketing", "marketing"),
            (
                "Processing, delivering and returning your orders",
                "processing, delivering and returning your orders",
            ),
            ("Heart-rate training zones", "heart-rate training zones"),
            (
                "Running the Move & Save rewards programme",
                "running the Move & Save rewards programme",
            ),
            ("Élan vital", "élan vital"),
            ("EU users", "EU users"),
            ("SMS reminders", "SMS reminders"),
            ("McAfee scans", "McAfee scans"),
            ("eBay orders", "eBay orders"),
            ("B2B sales", "B2B sales"),
            ("Harbor Lane newsletter", "Harbor Lane newsletter"),
            ("I agree", "I agree"),
            // A one-word name cannot be told from a common word (README).
            ("Stripe payments", "stripe payments"),
            ("Payments through Stripe", "payments through Stripe"),
            ("A", "a"),
            ("", ""),
            ("  ", "  "),
        ] {
            assert_eq!(in_sentence(label), said, "{label:?}");
        }
        assert_eq!(lexicon(Lang::De).label_in_sentence("Werbung"), "Werbung");
        for lang in [Lang::En, Lang::Fr, Lang::Es] {
            assert_eq!(lexicon(lang).label_in_sentence("Marketing"), "marketing");
        }
        let list = lexicon(Lang::En)
            .labels_in_sentence(["Billing", "EU support"], Conjunction::And)
            .unwrap();
        assert_eq!(list.plain(), "billing and EU support");
    }

    #[test]
    fn headings_and_commitments_exist_in_every_language() {
        use crate::model::Section;
        for lang in Lang::ALL {
            let words = lexicon(lang);
            for voice in voices() {
                for section in all::<Section>() {
                    assert!(words.heading(section.keyword(), &voice).is_ok(), "{lang}");
                }
                for commitment in commitments() {
                    let said = words.commitment(commitment, &voice);
                    assert!(said.is_ok(), "{lang} {commitment:?}");
                }
            }
        }
    }

    /// Every commitment the checker lets through: `no_transfers_outside`
    /// with each area, the others with none.
    fn commitments() -> Vec<Commitment> {
        use crate::model::{Area, CommitmentKind};
        all::<CommitmentKind>()
            .flat_map(|kind| {
                let areas: Vec<Option<Area>> = if kind == CommitmentKind::NoTransfersOutside {
                    all::<Area>().map(Some).collect()
                } else {
                    vec![None]
                };
                areas.into_iter().map(move |area| Commitment { kind, area })
            })
            .collect()
    }

    #[test]
    fn english_retention_and_taking_effect_are_the_texts() {
        let en = lexicon(Lang::En);
        let voice = Voice::new(true, "Acme", false);
        for effective in all::<TakesEffect>() {
            for notice in [
                None,
                Some(d(1, TimeUnit::Month)),
                Some(d(30, TimeUnit::Day)),
            ] {
                assert_eq!(
                    en.takes_effect(effective, notice).unwrap(),
                    words::takes_effect(effective, notice)
                );
            }
        }
        let periods = [
            Period::For {
                duration: d(2, TimeUnit::Year),
                from: "the end of the contract".to_owned(),
            },
            Period::Until {
                event: "account deletion".to_owned(),
            },
            Period::AsRequiredByLaw,
        ];
        for rule in all::<RetentionRule>() {
            for count in 1..=periods.len() {
                let some = periods.get(..count).unwrap();
                assert_eq!(
                    en.alternatives(some, rule, &voice).unwrap().plain(),
                    words::alternatives(some, rule).plain()
                );
            }
        }
        // An event named by its keyword is the language's words; one in
        // quotes, the author's.
        let said = |period: &Period| en.period(period, &voice).unwrap().pieces;
        assert_eq!(
            said(periods.first().unwrap()),
            [Piece::Words(
                "for 2 years from the end of the contract".to_owned()
            )]
        );
        assert!(
            said(periods.get(1).unwrap()).contains(&Piece::Source("account deletion".to_owned()))
        );
    }

    #[test]
    fn events_named_by_keyword_are_each_language_s_words() {
        let voice = Voice::new(true, "Acme", false);
        let from = Period::For {
            duration: d(1, TimeUnit::Year),
            from: "collection".to_owned(),
        };
        let until = Period::Until {
            event: "the closure of the account".to_owned(),
        };
        for (lang, expected) in [
            (
                Lang::En,
                [
                    "for 1 year from collection",
                    "until the closure of the account",
                ],
            ),
            (
                Lang::De,
                [
                    "für 1 Jahr ab der Erhebung",
                    "bis zur Schließung des Kontos",
                ],
            ),
            (
                Lang::Fr,
                [
                    "pendant 1 an à compter de la collecte",
                    "jusqu'à la clôture du compte",
                ],
            ),
            (
                Lang::Es,
                [
                    "durante 1 año desde la recogida",
                    "hasta el cierre de la cuenta",
                ],
            ),
        ] {
            let words = lexicon(lang);
            let said = [&from, &until].map(|p| words.period(p, &voice).unwrap().plain());
            assert_eq!(said, expected, "{lang}");
        }
    }

    #[test]
    fn german_agrees_with_the_controller_and_declines_durations() {
        let de = lexicon(Lang::De);
        let one = Voice::new(false, "Acme", false);
        let several = Voice::new(false, "Acme und Partner", true);
        let plain = |voice: &Voice<'_>| {
            de.change_authority(ChangeAuthority::Unilateral, voice)
                .unwrap()
                .plain()
        };
        assert_eq!(
            plain(&one),
            "Acme kann diese Datenschutzerklärung einseitig ändern."
        );
        assert_eq!(
            plain(&several),
            "Acme und Partner können diese Datenschutzerklärung einseitig ändern."
        );
        assert_eq!(
            de.takes_effect(TakesEffect::AfterNotice, Some(d(2, TimeUnit::Month)))
                .unwrap(),
            "Eine neue Fassung dieser Datenschutzerklärung tritt nach Ablauf der Ankündigungsfrist von 2 Monaten in Kraft."
        );
        assert_eq!(de.duration(d(2, TimeUnit::Month)).unwrap(), "2 Monate");
        let text = de
            .period(
                &Period::For {
                    duration: d(1, TimeUnit::Year),
                    from: "Vertragsende".to_owned(),
                },
                &one,
            )
            .unwrap();
        assert_eq!(
            text.pieces,
            vec![
                super::super::document::Piece::Words("für 1 Jahr ab ".to_owned()),
                super::super::document::Piece::Source("Vertragsende".to_owned()),
            ]
        );
    }

    #[test]
    fn the_controller_is_a_source_string_in_every_language() {
        let voice = Voice::new(false, "Acme", false);
        for lang in Lang::ALL {
            let text = lexicon(lang)
                .basis(Basis::LegitimateInterest, &voice)
                .unwrap();
            assert!(
                text.pieces
                    .contains(&super::super::document::Piece::Source("Acme".to_owned())),
                "{lang}: {text:?}"
            );
            assert!(!text.plain().contains([CONTROLLER, CONTROLLER_POSSESSIVE]));
        }
    }

    #[test]
    fn durations_in_each_language() {
        let cases = [
            (Lang::En, ["1 day", "2 weeks", "1 month", "2 years"]),
            (Lang::De, ["1 Tag", "2 Wochen", "1 Monat", "2 Jahre"]),
            (Lang::Fr, ["1 jour", "2 semaines", "1 mois", "2 ans"]),
            (Lang::Es, ["1 día", "2 semanas", "1 mes", "2 años"]),
        ];
        for (lang, expected) in cases {
            let words = lexicon(lang);
            let got = [
                d(1, TimeUnit::Day),
                d(2, TimeUnit::Week),
                d(1, TimeUnit::Month),
                d(2, TimeUnit::Year),
            ]
            .map(|duration| words.duration(duration).unwrap());
            assert_eq!(got, expected, "{lang}");
        }
        assert_eq!(
            lexicon(Lang::Fr).duration(d(1, TimeUnit::Year)).unwrap(),
            "1 an"
        );
        assert_eq!(
            lexicon(Lang::Es).duration(d(6, TimeUnit::Month)).unwrap(),
            "6 meses"
        );
        assert_eq!(
            lexicon(Lang::De).duration(d(1, TimeUnit::Year)).unwrap(),
            "1 Jahr"
        );
    }

    #[test]
    fn lists_in_each_language() {
        let cases = [
            (Lang::En, "A, B and C", "A or B"),
            (Lang::De, "A, B und C", "A oder B"),
            (Lang::Fr, "A, B et C", "A ou B"),
            (Lang::Es, "A, B y C", "A o B"),
        ];
        for (lang, and, or) in cases {
            let words = lexicon(lang);
            assert_eq!(
                words
                    .list(texts(&["A", "B", "C"]), Conjunction::And)
                    .unwrap()
                    .plain(),
                and
            );
            assert_eq!(
                words
                    .list(texts(&["A", "B"]), Conjunction::Or)
                    .unwrap()
                    .plain(),
                or
            );
        }
        let es = lexicon(Lang::Es);
        for (items, conjunction, joined) in [
            (
                &["A", "instrucciones"][..],
                Conjunction::And,
                "A e instrucciones",
            ),
            (&["A", "hijos"], Conjunction::And, "A e hijos"),
            (&["A", "hielo"], Conjunction::And, "A y hielo"),
            (&["A", "otros"], Conjunction::Or, "A u otros"),
            (&["A", "hoteles"], Conjunction::Or, "A u hoteles"),
            (&["A", "B"], Conjunction::Or, "A o B"),
        ] {
            assert_eq!(es.list(texts(items), conjunction).unwrap().plain(), joined);
        }
        // The semicolon rule reads the language's own conjunction, which
        // takes the last semicolon's place outside English.
        assert_eq!(
            lexicon(Lang::De)
                .list(texts(&["A und a", "B", "C"]), Conjunction::And)
                .unwrap()
                .plain(),
            "A und a; B und C"
        );
        assert_eq!(
            lexicon(Lang::En)
                .list(texts(&["A and a", "B", "C"]), Conjunction::And)
                .unwrap()
                .plain(),
            "A and a; B; and C"
        );
    }

    #[test]
    fn dates_in_each_language() {
        let cases = [
            (Lang::En, "1 December 2026", "15 March 2027"),
            (Lang::De, "1. Dezember 2026", "15. März 2027"),
            (Lang::Fr, "1er décembre 2026", "15 mars 2027"),
            (Lang::Es, "1 de diciembre de 2026", "15 de marzo de 2027"),
        ];
        for (lang, first, fifteenth) in cases {
            let words = lexicon(lang);
            assert_eq!(words.date(date(2026, 12, 1)).unwrap(), first, "{lang}");
            assert_eq!(words.date(date(2027, 3, 15)).unwrap(), fifteenth, "{lang}");
        }
    }

    #[test]
    fn gdpr_terms_in_each_language() {
        let voice = Voice::new(true, "Acme", false);
        let cases = [
            (
                Lang::De,
                "Ihre Einwilligung",
                "unsere berechtigten Interessen",
            ),
            (Lang::Fr, "votre consentement", "nos intérêts légitimes"),
            (
                Lang::Es,
                "su consentimiento",
                "nuestros intereses legítimos",
            ),
        ];
        for (lang, consent, interest) in cases {
            let words = lexicon(lang);
            assert_eq!(
                words.basis(Basis::Consent, &voice).unwrap().plain(),
                consent
            );
            assert_eq!(
                words
                    .basis(Basis::LegitimateInterest, &voice)
                    .unwrap()
                    .plain(),
                interest
            );
        }
        assert_eq!(possessive_ending(Lang::De, "Hans"), "'");
        assert_eq!(possessive_ending(Lang::De, "Acme"), "s");
    }
}
