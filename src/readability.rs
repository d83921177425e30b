//! How readable a policy's text is (GDPR Art. 12 asks for "clear and
//! plain language"): the Flesch reading ease of the composed document and
//! its longest sentence. The build writes both into `readability.json`
//! beside the text; `policyc check` warns (W0471, W0472, W0473) where
//! `policyc.toml` sets a threshold (`[text] min_reading_ease`,
//! `max_sentence_words`, `max_summary_words`).
//!
//! Syllables are counted by a small heuristic for English, documented at
//! [`syllables`]: no crate counts them better without a dictionary, and
//! the figure is a guide, not a verdict. The same text always gives the
//! same figures.

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::model::{Policy, Spans};
use crate::render::document::{Clause, Document, Text};

/// `[text]` of `policyc.toml`: how readable the policy text must be for
/// `policyc check` not to warn (W0471, W0472); nothing is checked where
/// nothing is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextThresholds {
    /// `min_reading_ease`: the lowest Flesch reading ease accepted, a
    /// whole number (`40`).
    pub min_reading_ease: Option<i32>,
    /// `max_sentence_words`: the most words a sentence may have.
    pub max_sentence_words: Option<usize>,
    /// `max_summary_words`: the most words the summary at the top of the
    /// text (its first layer, meant for one screen) may have.
    pub max_summary_words: Option<usize>,
}

/// The policy's text judged against `thresholds` (W0471, W0472, whose
/// rules are in `check`'s family 04): run by `policyc check` on a policy
/// that checked, since they judge the text the build writes.
pub fn judge(policy: &Policy, spans: &Spans, thresholds: &TextThresholds) -> Vec<Diagnostic> {
    if *thresholds == TextThresholds::default() {
        return Vec::new();
    }
    // A text that cannot be written is not judged: the build reports why.
    let Ok(document) = crate::render::document(policy) else {
        return Vec::new();
    };
    let figures = Readability::of(&document);
    let header = spans.header.head;
    let hard = thresholds
        .min_reading_ease
        .zip(figures.reading_ease())
        .and_then(|(min, ease)| {
            let counts = (figures.sentences, figures.words);
            crate::check::w0471_hard_to_read(ease, min, counts, header)
        });
    let long = thresholds
        .max_sentence_words
        .zip(figures.longest.as_ref())
        .and_then(|(max, longest)| {
            // The sentence's clause says it from its first declaration.
            let at = crate::render::trace::origin_of(&document, &longest.clause)
                .and_then(|origin| crate::render::trace::span(origin, spans))
                .unwrap_or(header);
            let said = (
                longest.clause.as_str(),
                longest.words,
                longest.text.as_str(),
            );
            crate::check::w0472_sentence_too_long(said, max, at)
        });
    let summary = thresholds.max_summary_words.and_then(|max| {
        let (words, longest) = summary_words(&document);
        crate::check::w0473_summary_too_long(words, max, longest.as_deref(), header)
    });
    hard.into_iter().chain(long).chain(summary).collect()
}

/// The words of the summary at the top of a document (its leads, bodies
/// and list entries, as a reader sees them; not its heading), and its
/// longest line or entry, for W0473 to quote.
pub fn summary_words(document: &Document) -> (usize, Option<String>) {
    let Some(summary) = document
        .sections
        .iter()
        .find(|s| s.anchor == crate::render::SUMMARY_ANCHOR)
    else {
        return (0, None);
    };
    let mut words = 0;
    let mut longest: Option<(usize, String)> = None;
    let mut count = |text: String| {
        let n = text.split_whitespace().count();
        words += n;
        if longest.as_ref().is_none_or(|(most, _)| n > *most) {
            longest = Some((n, text));
        }
    };
    for clause in &summary.clauses {
        let mut line = Text::new();
        if let Some(lead) = &clause.lead {
            line.append(lead.clone());
        }
        count(line.sentence(clause.body.clone()).plain_line());
        let mut items: Vec<&crate::render::document::Item> = clause.items.iter().collect();
        while let Some(item) = items.pop() {
            count(item.text.plain_line());
            items.extend(&item.items);
        }
    }
    (words, longest.map(|(_, text)| text))
}

/// The figures of one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Readability {
    /// Sentences counted.
    pub sentences: usize,
    /// Words counted.
    pub words: usize,
    /// Syllables counted, by [`syllables`].
    pub syllables: usize,
    /// The longest sentence, when there is one.
    pub longest: Option<Sentence>,
}

/// A sentence of the text and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The number of the clause it is in (`4.1.3`).
    pub clause: String,
    /// Its words.
    pub words: usize,
    /// The sentence, as a reader sees it.
    pub text: String,
}

impl Readability {
    /// The figures of a composed document: the leads, bodies and list
    /// entries of its clauses (a list entry counts as a sentence of its
    /// own); headings and tables are not prose and are left out.
    pub fn of(document: &Document) -> Readability {
        let mut figures = Readability::default();
        for section in &document.sections {
            for clause in &section.clauses {
                figures.clause(clause);
            }
        }
        figures
    }

    /// The Flesch reading ease: 206.835 − 1.015 × words per sentence −
    /// 84.6 × syllables per word, rounded to one decimal; higher is
    /// easier (60–70 is plain English, below 30 is for graduates). `None`
    /// for a text without words.
    pub fn reading_ease(&self) -> Option<f64> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let (words, sentences, syllables) = (
            count(self.words),
            count(self.sentences),
            count(self.syllables),
        );
        let ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
        Some((ease * 10.0).round() / 10.0)
    }

    fn clause(&mut self, clause: &Clause) {
        let mut text = Text::new();
        if let Some(lead) = &clause.lead {
            text.append(lead.clone());
        }
        let text = text.sentence(clause.body.clone());
        for sentence in sentences(&text.plain_line()) {
            self.sentence(&clause.number, sentence);
        }
        let mut items: Vec<&crate::render::document::Item> = clause.items.iter().collect();
        while let Some(item) = items.pop() {
            self.sentence(&clause.number, &item.text.plain_line());
            items.extend(&item.items);
        }
        for sub in &clause.clauses {
            self.clause(sub);
        }
    }

    fn sentence(&mut self, clause: &str, sentence: &str) {
        let words: Vec<&str> = words(sentence).collect();
        if words.is_empty() {
            return;
        }
        self.sentences += 1;
        self.words += words.len();
        self.syllables += words.iter().map(|w| syllables(w)).sum::<usize>();
        // The first of equally long sentences is kept, so the figure is
        // the same on every run.
        if self.longest.as_ref().is_none_or(|l| words.len() > l.words) {
            self.longest = Some(Sentence {
                clause: clause.to_owned(),
                words: words.len(),
                text: sentence.trim().to_owned(),
            });
        }
    }

    /// The figures as the build writes them: a JSON object, one key a
    /// line, the same bytes for the same text.
    pub fn to_json(&self, policy: &str) -> String {
        let longest = self
            .longest
            .as_ref()
            .map(|l| serde_json::json!({"clause": l.clause, "words": l.words, "text": l.text}));
        let value = serde_json::json!({
            "policy": policy,
            "reading_ease": self.reading_ease(),
            "sentences": self.sentences,
            "words": self.words,
            "syllables": self.syllables,
            "longest_sentence": longest,
        });
        // A `Value` always serializes.
        let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
        out.push('\n');
        out
    }
}

/// A count as a float; counts in a text are far below 2^52.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of words in a text are exact in an f64"
)]
fn count(n: usize) -> f64 {
    n as f64
}

/// The words of a text: runs between spaces with a letter or a digit.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "inc", "ltd", "co", "corp", "art", "no", "e.g", "i.e", "etc", "vs", "mr", "ms", "dr", "st",
];

/// The sentences of a text: a `.`, `!` or `?` ends one where a space
/// follows and the word before it is not an abbreviation (`Inc.`, `Art.`,
/// `e.g.`) or a single letter (an initial).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?')
            && chars.peek().is_none_or(|&(_, next)| next.is_whitespace());
        if !ends {
            continue;
        }
        let end = at + c.len_utf8();
        let Some(sentence) = text.get(start..end) else {
            continue;
        };
        let last = sentence
            .trim_end_matches(['.', '!', '?'])
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("")
            .to_lowercase();
        let abbreviation = c == '.'
            && (ABBREVIATIONS.contains(&last.as_str())
                || (last.chars().count() == 1 && last.chars().all(char::is_alphabetic)));
        if abbreviation {
            continue;
        }
        if !sentence.trim().is_empty() {
            out.push(sentence.trim());
        }
        start = end;
    }
    if let Some(rest) = text.get(start..)
        && !rest.trim().is_empty()
    {
        out.push(rest.trim());
    }
    out
}

/// The syllables of an English word, by a heuristic: each run of vowels
/// (`a e i o u y`) is one; a final silent `e` is not (`make`, but not
/// `table`, whose `-le` is its own syllable); `-es` and `-ed` after most
/// consonants are not (`makes`, `used`, but `boxes`, `wanted`); every
/// word has at least one. A word with no letters (a number) counts one.
/// It errs by one on some words, which moves the reading ease of a whole
/// text by little.
pub fn syllables(word: &str) -> usize {
    let word: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if word.len() <= 3 {
        return 1;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut previous = false;
    for c in word.chars() {
        let is = vowel(c);
        if is && !previous {
            count += 1;
        }
        previous = is;
    }
    let before = |suffix: &str| {
        word.strip_suffix(suffix)
            .and_then(|stem| stem.chars().last())
    };
    let silent = match before("e") {
        // `-le` after a consonant is a syllable of its own: `ta-ble`.
        Some('l') => word.len() > 2 && before("le").is_some_and(vowel),
        Some(c) => !vowel(c),
        None => false,
    } || match (before("es"), before("ed")) {
        // `-es` after a sibilant and `-ed` after `t`/`d` are spoken.
        (Some(c), _) => !vowel(c) && !matches!(c, 's' | 'x' | 'z' | 'h' | 'c' | 'g'),
        (_, Some(c)) => !vowel(c) && !matches!(c, 't' | 'd'),
        _ => false,
    };
    if silent && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_of_common_words() {
        for (word, expected) in [
            ("the", 1),
            ("make", 1),
            ("makes", 1),
            ("used", 1),
            ("table", 2),
            ("boxes", 2),
            ("wanted", 2),
            ("information", 4),
            ("processing", 3),
            ("privacy", 3),
            ("policy", 3),
            ("controller", 3),
            ("personal", 3),
            ("Service", 2),
            ("2026", 1),
            ("e-mail", 2),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn splits_sentences_but_not_after_abbreviations() {
        assert_eq!(
            sentences("Acme Inc. is the controller. See Art. 13! Ask us? Yes"),
            [
                "Acme Inc. is the controller.",
                "See Art. 13!",
                "Ask us?",
                "Yes"
            ]
        );
        assert_eq!(sentences("Version 1.0 is here."), ["Version 1.0 is here."]);
        assert!(sentences("   ").is_empty());
    }

    #[test]
    fn plain_words_read_easier_than_long_ones() {
        let figures = |text: &str| {
            let mut r = Readability::default();
            for s in sentences(text) {
                r.sentence("1.1", s);
            }
            r
        };
        let easy = figures("We keep your mail. You can ask us to stop.");
        let hard = figures(
            "Personal information is processed in accordance with the applicable legislation regarding the protection of personal information and the obligations arising therefrom.",
        );
        assert!(easy.reading_ease().unwrap() > 80.0, "{easy:?}");
        assert!(hard.reading_ease().unwrap() < 20.0, "{hard:?}");
        assert_eq!(hard.longest.unwrap().words, 21);
        assert_eq!(Readability::default().reading_ease(), None);
    }
}
