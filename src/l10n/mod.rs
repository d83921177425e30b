//! The generated text's languages: one Fluent bundle per language, built
//! from the message files of `locales/` compiled into the binary.
//!
//! A bundle is built once per language and process (a build of many
//! categories formats thousands of messages, never re-parses a file), and
//! formatting a message is the only way in: a message id that a language
//! lacks, a variable not given or a file that does not parse is an
//! [`Error`], never a panic and never the English text in its place, so a
//! half-translated document cannot be written.
//!
//! This module knows nothing of policies: `render` says which message it
//! wants and with which arguments.

use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};

/// A language the generated text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    /// English, the language every message is first written in.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in the order of their message files.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// The ISO 639-1 code, as the header's `language` writes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language of an ISO 639-1 code, if the text can be written in it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language of a language tag (`de`, `de-CH`): its primary
    /// subtag, if the text can be written in it.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        Lang::from_code(tag.split_once('-').map_or(tag, |(primary, _)| primary))
    }

    /// The message file, as compiled in: no file is read at run time, so a
    /// build cannot find a different file than its tests did.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../locales/en/policy.ftl"),
            Lang::De => include_str!("../../locales/de/policy.ftl"),
            Lang::Fr => include_str!("../../locales/fr/policy.ftl"),
            Lang::Es => include_str!("../../locales/es/policy.ftl"),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The language's message file does not parse, or defines a message twice.
    Resource {
        /// The language.
        lang: Lang,
        /// Fluent's first complaint.
        detail: String,
    },
    /// The language has no message with this id, or one without a value.
    Missing {
        /// The language.
        lang: Lang,
        /// The message id.
        id: String,
    },
    /// The text cannot be written in this language: it has no message
    /// file (`check` reports it as E0215).
    Unwritten(String),
    /// The message refers to a variable, message or term that is not there.
    Format {
        /// The language.
        lang: Lang,
        /// The message id.
        id: String,
        /// Fluent's first complaint.
        detail: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Resource { lang, detail } => {
                write!(f, "the message file of `{lang}` is broken: {detail}")
            }
            Error::Unwritten(language) => {
                write!(f, "the text cannot be written in `{language}`")
            }
            Error::Missing { lang, id } => write!(f, "`{lang}` has no message `{id}`"),
            Error::Format { lang, id, detail } => {
                write!(
                    f,
                    "message `{id}` of `{lang}` cannot be formatted: {detail}"
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// The arguments of one message: names and values, strings or numbers.
/// A number selects a plural variant by the language's rules (`one`,
/// `other`…); write a number the reader sees as a string, so that it
/// appears exactly as given.
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    /// No arguments.
    pub fn new() -> Self {
        Args(FluentArgs::new())
    }

    /// With a string argument.
    #[must_use]
    pub fn text(mut self, name: &'a str, value: impl Into<String>) -> Self {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }

    /// With a number argument, for plural rules and exact-number variants.
    #[must_use]
    pub fn number(mut self, name: &'a str, value: u32) -> Self {
        self.0.set(name, FluentValue::from(value));
        self
    }
}

/// The messages of one language.
pub struct Locale {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

impl Locale {
    /// The messages of `lang`, built on first use and kept for the process.
    pub fn of(lang: Lang) -> Result<&'static Locale, Error> {
        static EN: OnceLock<Result<Locale, Error>> = OnceLock::new();
        static DE: OnceLock<Result<Locale, Error>> = OnceLock::new();
        static FR: OnceLock<Result<Locale, Error>> = OnceLock::new();
        static ES: OnceLock<Result<Locale, Error>> = OnceLock::new();
        let slot = match lang {
            Lang::En => &EN,
            Lang::De => &DE,
            Lang::Fr => &FR,
            Lang::Es => &ES,
        };
        slot.get_or_init(|| Locale::build(lang, lang.source()))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// A locale from message source text: what [`Locale::of`] does with
    /// the compiled-in file, open to tests of broken files.
    pub fn build(lang: Lang, source: &str) -> Result<Locale, Error> {
        let resource =
            FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| Error::Resource {
                lang,
                detail: errors
                    .first()
                    .map_or_else(String::new, |e| format!("{e:?}")),
            })?;
        let id = lang.code().parse().map_err(|e| Error::Resource {
            lang,
            detail: format!("{e:?}"),
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Fluent wraps each placeable in U+2068/U+2069 so that a right-to-
        // left argument cannot reorder the sentence around it. These four
        // languages are left to right, the outputs are Markdown, HTML and
        // plain text, and `crate::hazard` forbids bidirectional controls in
        // every output: the marks would be refused, or shown as U+FFFD.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| Error::Resource {
                lang,
                detail: first(&errors),
            })?;
        Ok(Locale { lang, bundle })
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` formatted with `args`.
    pub fn format(&self, id: &str, args: &Args<'_>) -> Result<String, Error> {
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|message| message.value())
            .ok_or_else(|| Error::Missing {
                lang: self.lang,
                id: id.to_owned(),
            })?;
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args.0), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(Error::Format {
                lang: self.lang,
                id: id.to_owned(),
                detail: first(&errors),
            })
        }
    }
}

fn first(errors: &[FluentError]) -> String {
    errors.first().map_or_else(String::new, ToString::to_string)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn every_language_builds() {
        for lang in Lang::ALL {
            let locale = Locale::of(lang);
            assert!(locale.is_ok(), "{lang}: {locale:?}");
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("it"), None);
    }

    #[test]
    fn a_missing_message_is_an_error_not_english() {
        let de = Locale::of(Lang::De).unwrap();
        assert_eq!(
            de.format("no-such-message", &Args::new()),
            Err(Error::Missing {
                lang: Lang::De,
                id: "no-such-message".to_owned()
            })
        );
    }

    #[test]
    fn a_missing_variable_is_an_error() {
        let en = Locale::of(Lang::En).unwrap();
        let error = en.format("duration", &Args::new().text("unit", "day"));
        assert!(
            matches!(&error, Err(Error::Format { id, .. }) if id == "duration"),
            "{error:?}"
        );
    }

    #[test]
    fn a_broken_file_is_an_error() {
        assert!(matches!(
            Locale::build(Lang::Fr, "a = { $x"),
            Err(Error::Resource { lang: Lang::Fr, .. })
        ));
        assert!(matches!(
            Locale::build(Lang::Fr, "a = 1\na = 2\n"),
            Err(Error::Resource { lang: Lang::Fr, .. })
        ));
    }

    #[test]
    fn no_isolation_marks() {
        let en = Locale::of(Lang::En).unwrap();
        let text = en
            .format(
                "duration",
                &Args::new()
                    .text("unit", "day")
                    .text("amount", "2")
                    .number("count", 2),
            )
            .unwrap();
        assert_eq!(text, "2 days");
    }
}
