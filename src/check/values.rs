//! Checks of literal values: dates, versions, durations, texts, addresses.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::l10n::Lang;
use crate::model::{Date, Duration};
use crate::syntax::ast::{DurationLit, Name, Raw, Str};

use super::keywords;
use crate::vocab::TIME_UNITS;

/// ISO 639-1 language codes.
const LANGUAGES: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// The longest duration accepted, in days: a century. A longer one is a typo.
const MAX_DURATION_DAYS: u64 = 36_525;

/// A reader-visible text: refuses an empty or blank one.
pub fn text(value: &Str, what: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
    (!is_blank(value, what, diags)).then(|| value.value.clone())
}

/// [`text`] for a literal no longer needed: its value moves.
pub fn take_text(value: Str, what: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
    (!is_blank(&value, what, diags)).then_some(value.value)
}

/// Reports a text that says nothing.
fn is_blank(value: &Str, what: &str, diags: &mut Vec<Diagnostic>) -> bool {
    if value.value.trim().is_empty() {
        diags.push(
            Diagnostic::new(
                Code::EmptyString,
                value.span,
                format!("the {what} is empty"),
            )
            .label("readers will see this text, and it says nothing")
            .help(format!("write the {what} between the quotes")),
        );
        return true;
    }
    false
}

/// A date that exists.
pub fn date(raw: &Raw, diags: &mut Vec<Diagnostic>) -> Option<Date> {
    let parsed = Date::parse(&raw.text);
    if parsed.is_none() {
        diags.push(
            Diagnostic::new(Code::InvalidDate, raw.span, format!("`{}` is not a date that exists", raw.text))
                .label("no such day in the calendar")
                .help("write the date as YYYY-MM-DD, with a month from 01 to 12 and a day that the month has"),
        );
    }
    parsed
}

/// A semantic version.
pub fn version(raw: &Raw, diags: &mut Vec<Diagnostic>) -> Option<semver::Version> {
    match semver::Version::parse(&raw.text) {
        Ok(version) => Some(version),
        Err(error) => {
            diags.push(
                Diagnostic::new(
                    Code::InvalidVersion,
                    raw.span,
                    format!("`{}` is not a semantic version", raw.text),
                )
                .label(error.to_string())
                .help("write the version as MAJOR.MINOR.PATCH, for example 1.0.0, without leading zeros"),
            );
            None
        }
    }
}

/// A positive duration with a known unit.
pub fn duration(lit: &DurationLit, diags: &mut Vec<Diagnostic>) -> Option<Duration> {
    let unit = keywords::resolve_in(
        &Name {
            text: lit.unit.clone(),
            span: lit.span,
        },
        &TIME_UNITS,
        diags,
    )?;
    let amount = match u32::try_from(lit.amount) {
        Ok(amount) if amount > 0 => amount,
        _ if lit.amount <= 0 => {
            diags.push(
                Diagnostic::new(
                    Code::NonPositiveDuration,
                    lit.span,
                    format!(
                        "the duration `{} {}` is not positive",
                        lit.amount_text, lit.unit
                    ),
                )
                .label("a period of time must be at least 1")
                .help("write a whole number of at least 1, for example `30 days`"),
            );
            return None;
        }
        _ => u32::MAX,
    };
    let duration = Duration { amount, unit };
    if duration.approx_days() > MAX_DURATION_DAYS {
        diags.push(
            Diagnostic::new(
                Code::NonPositiveDuration,
                lit.span,
                format!(
                    "the duration `{} {}` is longer than a century",
                    lit.amount_text, lit.unit
                ),
            )
            .label("this is almost certainly a typo")
            .help("for data kept as long as the law requires, write `as_required_by_law`"),
        );
        return None;
    }
    Some(duration)
}

/// Whether `text` is a well-formed http(s) address with a host.
pub fn is_url(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest
        .split_once(['/', '?', '#'])
        .map_or(rest, |(host, _)| host);
    let host = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    !text.chars().any(char::is_whitespace) && is_domain(host)
}

/// Whether `text` is a well-formed e-mail address.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains('@')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && is_domain(domain)
}

fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// A web address.
pub fn url(value: &Str, what: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let text = text(value, what, diags)?;
    if is_url(&text) {
        return Some(text);
    }
    diags.push(
        Diagnostic::new(
            Code::InvalidUrl,
            value.span,
            format!("the {what} `{text}` is not a web address"),
        )
        .label("expected an address such as https://example.com/privacy")
        .help("write the full address, starting with https://"),
    );
    None
}

/// A contact: an e-mail address or a web address.
pub fn contact(value: &Str, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let text = text(value, "contact", diags)?;
    if is_email(&text) || is_url(&text) {
        return Some(text);
    }
    diags.push(
        Diagnostic::new(
            Code::InvalidContact,
            value.span,
            format!("the contact `{text}` is neither an e-mail address nor a web address"),
        )
        .label("users could not reach anyone with this")
        .help("write an e-mail address such as privacy@example.com, or a web address starting with https://"),
    );
    None
}

/// A language: an ISO 639-1 code, optionally with subtags as in `en-GB`.
pub fn language(name: &Name, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let primary = name
        .text
        .split_once('-')
        .map_or(name.text.as_str(), |(primary, _)| primary);
    if LANGUAGES.split(' ').any(|code| code == primary) {
        return Some(name.text.clone());
    }
    let codes: Vec<&str> = LANGUAGES.split(' ').collect();
    let help = match crate::suggest::closest(primary, codes.iter().copied()) {
        Some(code) if primary.len() == 2 => format!("did you mean `{code}`?"),
        _ => "write a two-letter ISO 639-1 code, for example `en` (or `en-GB`)".to_owned(),
    };
    diags.push(
        Diagnostic::new(
            Code::InvalidLanguage,
            name.span,
            format!("`{}` is not an ISO 639-1 language code", name.text),
        )
        .label("unknown language")
        .help(help),
    );
    None
}

/// A language the text is written or published in: a valid tag
/// ([`language`]) of a language policyc writes its sentences in (E0215).
pub fn text_language(name: &Name, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let code = language(name, diags)?;
    if Lang::of_tag(&code).is_some() {
        return Some(code);
    }
    let written: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    diags.push(
        Diagnostic::new(
            Code::UnwrittenLanguage,
            name.span,
            format!("policyc cannot write the text in `{code}`"),
        )
        .label("no sentences in this language")
        .help(format!(
            "choose one of the languages policyc writes the text in: {} (another needs its own message file, locales/LL/policy.ftl, in policyc)",
            written.join(", ")
        )),
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_emails() {
        for (text, url) in [
            ("https://proit.example/legal/privacy", true),
            ("http://example.com:8080/x?y#z", true),
            ("proit.example", false),
            ("https://", false),
            ("https://exa mple.com", false),
            ("https://localhost", false),
        ] {
            assert_eq!(is_url(text), url, "{text}");
        }
        for (text, email) in [
            ("privacy@proit.example", true),
            ("privacy@", false),
            ("@proit.example", false),
            ("privacy proit.example", false),
            ("a@b", false),
        ] {
            assert_eq!(is_email(text), email, "{text}");
        }
    }
}
