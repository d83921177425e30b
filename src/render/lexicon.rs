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
use crate::model::{Basis, Date, Duration, NotifyMethod, RightKind, SpecialCategory};
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

    /// The language.
    pub fn lang(&self) -> Lang {
        self.locale.lang()
    }

    fn word(&self, id: &str) -> Result<String, Error> {
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
        Ok(words::list(items, &self.word(id)?))
    }

    /// A duration in words: `1 year`, `2 Jahre`, `1 an`, `30 días`.
    pub fn duration(&self, duration: Duration) -> Result<String, Error> {
        let amount = duration.amount;
        self.locale.format(
            "duration",
            &Args::new()
                .text("unit", duration.unit.keyword())
                .text("amount", amount.to_string())
                .number("count", amount),
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

    /// The name of a right, as a heading.
    pub fn right_name(&self, kind: RightKind) -> Result<String, Error> {
        self.word(&format!("right-{}", kind.keyword()))
    }

    /// A special category of personal data.
    pub fn special_category(&self, special: SpecialCategory) -> Result<String, Error> {
        self.word(&format!("special-{}", special.keyword()))
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

    /// A message in the voice, with the controller's name put in as a
    /// source string.
    fn in_voice(&self, id: &str, voice: &Voice<'_>) -> Result<Text, Error> {
        let args = Args::new()
            .text("voice", if voice.we_you() { "we" } else { "third" })
            .text("controller", CONTROLLER.to_string())
            .text("controller_possessive", CONTROLLER_POSSESSIVE.to_string());
        let formatted = self.locale.format(id, &args)?;
        let mut text = Text::new();
        let mut rest = formatted.as_str();
        while let Some(at) = rest.find([CONTROLLER, CONTROLLER_POSSESSIVE]) {
            let (before, marked) = rest.split_at(at);
            text.push_words(before);
            let name = voice.controller();
            text.push_source(name);
            if marked.starts_with(CONTROLLER_POSSESSIVE) {
                text.push_words(possessive_ending(self.lang(), name));
            }
            rest = marked.get(CONTROLLER.len_utf8()..).unwrap_or_default();
        }
        text.push_words(rest);
        Ok(text)
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
        for kind in RightKind::SET.values.iter().map(|v| v.value) {
            assert_eq!(en.right_name(kind).unwrap(), words::right_name(kind));
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
        // The semicolon rule reads the language's own conjunction.
        assert_eq!(
            lexicon(Lang::De)
                .list(texts(&["A und a", "B", "C"]), Conjunction::And)
                .unwrap()
                .plain(),
            "A und a; B; und C"
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
