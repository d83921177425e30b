//! YAML output for the rule table: the one place YAML is made.
//!
//! A small streaming [`serde::Serializer`] that writes block YAML straight
//! to an [`io::Write`], in which every string is double-quoted. Two reasons
//! for not using `serde_yaml` here: it is archived upstream, and it writes
//! strings such as `2026-12-01` or `no` unquoted, which YAML 1.1 readers
//! (PyYAML, many CI tools) load as a date or a boolean. Quoting every string
//! makes the file mean the same to every reader; a double-quoted YAML scalar
//! accepts the JSON escapes (`\"`, `\\`, `\n`, `\r`, `\t`, `\uXXXX`) and
//! `\UXXXXXXXX`, which are the only ones written.
//!
//! The layout, which `generated/` depends on byte for byte:
//!
//! - a mapping is one `key: value` per line, a sequence one `- value` per
//!   line, nested collections indented by two spaces under their key or
//!   dash; a mapping in a sequence starts on the dash's line;
//! - keys are plain when they are simple words (`[A-Za-z][A-Za-z0-9_]*`),
//!   quoted otherwise;
//! - scalars and empty collections (`[]`, `{}`) stay on their key's line;
//!   `null`, `true`, `false` and numbers are written as JSON writes them;
//! - values are shaped as `serde_json` shapes them: `None` and `()` are
//!   `null`, an enum's unit variant is its name, any other variant a
//!   mapping from its name to its content.
//!
//! Nothing proportional to the value is held: whether a collection is empty
//! is known at its first element or its end, and only then is its opening
//! written.

use std::fmt::Display;
use std::io::{self, Write};

use serde::Serialize;
use serde::ser;

/// Serializes a value as YAML into `writer` (write through a buffer: the
/// serializer makes many small writes).
pub fn to_writer<W: Write, T: Serialize + ?Sized>(writer: W, value: &T) -> io::Result<()> {
    let mut serializer = Serializer {
        out: writer,
        at: At::Top,
    };
    value.serialize(&mut serializer).map_err(|e| match e {
        Error::Io(e) => e,
        Error::Message(m) => io::Error::other(m),
    })
}

/// Serializes a value as YAML.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::new();
    value.serialize(&mut Serializer {
        out: &mut out,
        at: At::Top,
    })?;
    // The serializer writes only whole `str`s and formatted numbers.
    String::from_utf8(out).map_err(|e| Error::Io(io::Error::other(e)))
}

/// Where the next value goes.
#[derive(Debug, Clone, Copy)]
enum At {
    /// The whole document.
    Top,
    /// After `key:`; a block value's lines are indented by this width.
    Key(usize),
    /// After `-` indented by this width.
    Dash(usize),
}

impl At {
    /// The indentation of a block collection placed here: of its keys or
    /// dashes, the first one's excepted.
    fn width(self) -> usize {
        match self {
            At::Top => 0,
            At::Key(width) => width,
            At::Dash(width) => width + 2,
        }
    }
}

/// Why a value cannot be written as YAML: the writer failed, or YAML (as
/// JSON shapes it) cannot hold the value.
#[derive(Debug)]
pub enum Error {
    /// The writer failed.
    Io(io::Error),
    /// The value cannot be written (a key that is not a string), or serde
    /// said why (`serde::ser::Error::custom`).
    Message(String),
}

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => e.fmt(f),
            Error::Message(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error::Message(msg.to_string())
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

type Result<T = (), E = Error> = std::result::Result<T, E>;

struct Serializer<W> {
    out: W,
    at: At,
}

impl<W: Write> Serializer<W> {
    fn indent(&mut self, width: usize) -> Result {
        const SPACES: &[u8] = &[b' '; 64];
        let mut left = width;
        while left > 0 {
            let n = left.min(SPACES.len());
            self.out.write_all(spaces(SPACES, n))?;
            left -= n;
        }
        Ok(())
    }

    /// A scalar (or an empty collection) on the line of its key or dash.
    fn scalar(&mut self, text: impl Display) -> Result {
        let lead = if matches!(self.at, At::Top) { "" } else { " " };
        writeln!(self.out, "{lead}{text}")?;
        Ok(())
    }

    fn string(&mut self, text: &str) -> Result {
        if !matches!(self.at, At::Top) {
            self.out.write_all(b" ")?;
        }
        quoted(&mut self.out, text)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// A float as JSON writes it (`null` when not finite).
    fn float(&mut self, value: serde_json::Value) -> Result {
        match value {
            serde_json::Value::Number(n) => self.scalar(n),
            _ => self.scalar("null"),
        }
    }

    /// What comes before an element of a collection placed at `at`: the
    /// collection's opening for the first element, the indentation for the
    /// others.
    fn lead(&mut self, at: At, mapping: bool, first: bool) -> Result {
        if !first {
            return self.indent(at.width());
        }
        match at {
            At::Top => Ok(()),
            // A mapping in a sequence starts on the dash's line.
            At::Dash(_) if mapping => Ok(self.out.write_all(b" ")?),
            At::Key(_) | At::Dash(_) => {
                self.out.write_all(b"\n")?;
                self.indent(at.width())
            }
        }
    }

    /// A key and its colon.
    fn key(&mut self, key: &str) -> Result {
        if is_plain(key) {
            self.out.write_all(key.as_bytes())?;
        } else {
            quoted(&mut self.out, key)?;
        }
        self.out.write_all(b":")?;
        Ok(())
    }

    /// Starts a collection here; nothing is written until its first
    /// element.
    fn collection(&mut self, mapping: bool) -> Compound<'_, W> {
        let at = self.at;
        Compound {
            ser: self,
            at,
            mapping,
            count: 0,
        }
    }

    /// Opens `{variant: …}`, the mapping from an enum variant's name to its
    /// content, and places the content.
    fn variant(&mut self, variant: &str) -> Result {
        let at = self.at;
        self.lead(at, true, true)?;
        self.key(variant)?;
        self.at = At::Key(at.width() + 2);
        Ok(())
    }
}

/// Writes `text` double-quoted, with JSON's escapes for quotes, backslashes
/// and control characters.
fn quoted<W: Write>(out: &mut W, text: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    // Most strings of a table are printable ASCII without a quote or a
    // backslash, which need no escape: written whole, they skip the
    // character-by-character scan.
    if text.bytes().all(is_plain_byte) {
        out.write_all(text.as_bytes())?;
        return out.write_all(b"\"");
    }
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let escape: Option<&[u8]> = match c {
            '"' => Some(b"\\\""),
            '\\' => Some(b"\\\\"),
            '\n' => Some(b"\\n"),
            '\r' => Some(b"\\r"),
            '\t' => Some(b"\\t"),
            c if needs_escape(c) => None,
            _ => continue,
        };
        out.write_all(between(text, start, i).as_bytes())?;
        match escape {
            Some(bytes) => out.write_all(bytes)?,
            None if u32::from(c) > 0xFFFF => write!(out, "\\U{:08x}", u32::from(c))?,
            None => write!(out, "\\u{:04x}", u32::from(c))?,
        }
        start = i + c.len_utf8();
    }
    out.write_all(between(text, start, text.len()).as_bytes())?;
    out.write_all(b"\"")
}

/// Whether a byte stands for itself inside double quotes: printable ASCII
/// other than the quote and the backslash.
fn is_plain_byte(byte: u8) -> bool {
    matches!(byte, b' '..=b'~') && byte != b'"' && byte != b'\\'
}

/// The first `n` of `spaces`.
#[expect(
    clippy::indexing_slicing,
    reason = "`indent` takes at most the length of its spaces"
)]
fn spaces(spaces: &[u8], n: usize) -> &[u8] {
    &spaces[..n]
}

/// The text between two character boundaries of `text`: `quoted` passes
/// boundaries from `char_indices` (and the text's end), in order.
fn between(text: &str, start: usize, end: usize) -> &str {
    &text[start..end]
}

/// Whether a character is written as an escape: what YAML does not allow
/// in a document (controls, noncharacters such as U+FFFE, a byte-order
/// mark past the start), what YAML 1.1 readers take for a line break
/// (U+2028, U+2029) and what displays as nothing or reorders the text.
fn needs_escape(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    c.is_control() || crate::hazard::hazard(c).is_some() || crate::hazard::is_line_break(c)
}

/// Whether a key is written plain: a simple word.
fn is_plain(key: &str) -> bool {
    key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A mapping or a sequence being written.
struct Compound<'a, W> {
    ser: &'a mut Serializer<W>,
    /// Where the collection itself goes.
    at: At,
    mapping: bool,
    /// How many elements have been written.
    count: usize,
}

impl<W: Write> Compound<'_, W> {
    fn key(&mut self, key: &str) -> Result {
        self.ser.lead(self.at, self.mapping, self.count == 0)?;
        self.count += 1;
        self.ser.key(key)
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.ser.at = At::Key(self.at.width() + 2);
        value.serialize(&mut *self.ser)
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.ser.lead(self.at, self.mapping, self.count == 0)?;
        self.count += 1;
        self.ser.out.write_all(b"-")?;
        self.ser.at = At::Dash(self.at.width());
        value.serialize(&mut *self.ser)
    }

    /// An empty collection is written inline.
    fn end(self) -> Result {
        if self.count == 0 {
            self.ser.at = self.at;
            self.ser.scalar(if self.mapping { "{}" } else { "[]" })?;
        }
        Ok(())
    }
}

/// The serde traits of a collection: each names its element or field
/// method, and every one writes its elements or fields the same way.
macro_rules! collections {
    ($($trait:ident: $method:ident;)*) => {
        $(impl<W: Write> ser::$trait for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.element(value)
            }
            fn end(self) -> Result {
                Compound::end(self)
            }
        })*
    };
    ($($trait:ident;)*) => {
        $(impl<W: Write> ser::$trait for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result {
                self.key(key)?;
                self.value(value)
            }
            fn end(self) -> Result {
                Compound::end(self)
            }
        })*
    };
}

collections! {
    SerializeSeq: serialize_element;
    SerializeTuple: serialize_element;
    SerializeTupleStruct: serialize_field;
    SerializeTupleVariant: serialize_field;
}

collections! {
    SerializeStruct;
    SerializeStructVariant;
}

impl<W: Write> ser::SerializeMap for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        // Keys as JSON takes them: strings, and numbers, booleans and unit
        // variants as strings. (The rule table has none: its mappings are
        // structs.)
        let key = match serde_json::to_value(key).map_err(<Error as ser::Error>::custom)? {
            serde_json::Value::String(key) => key,
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            _ => return Err(Error::Message("a YAML key must be a string".to_owned())),
        };
        self.key(&key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.value(value)
    }
    fn end(self) -> Result {
        Compound::end(self)
    }
}

/// The collections under a variant's tag (`variant:` then the collection,
/// a mapping or not).
macro_rules! tagged_collections {
    ($($method:ident: $mapping:literal),* $(,)?) => {
        $(fn $method(
            self,
            _name: &'static str,
            _index: u32,
            variant: &'static str,
            _len: usize,
        ) -> Result<Compound<'a, W>> {
            self.variant(variant)?;
            Ok(self.collection($mapping))
        })*
    };
}

/// Booleans and integers, written as JSON writes them.
macro_rules! scalars {
    ($($method:ident: $type:ty),* $(,)?) => {
        $(fn $method(self, v: $type) -> Result {
            self.scalar(v)
        })*
    };
}

impl<'a, W: Write> ser::Serializer for &'a mut Serializer<W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W>;
    type SerializeTuple = Compound<'a, W>;
    type SerializeTupleStruct = Compound<'a, W>;
    type SerializeTupleVariant = Compound<'a, W>;
    type SerializeMap = Compound<'a, W>;
    type SerializeStruct = Compound<'a, W>;
    type SerializeStructVariant = Compound<'a, W>;

    scalars! {
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128,
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.float(serde_json::Value::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result {
        self.float(serde_json::Value::from(v))
    }
    fn serialize_char(self, v: char) -> Result {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        ser::Serializer::collect_seq(self, v)
    }
    fn serialize_none(self) -> Result {
        self.scalar("null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.scalar("null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.scalar("null")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.variant(variant)?;
        value.serialize(self)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, W>> {
        Ok(self.collection(false))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a, W>> {
        Ok(self.collection(false))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a, W>> {
        Ok(self.collection(false))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, W>> {
        Ok(self.collection(true))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a, W>> {
        Ok(self.collection(true))
    }
    tagged_collections! {
        serialize_tuple_variant: false,
        serialize_struct_variant: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[expect(
        clippy::unwrap_used,
        reason = "a test: a failure to write is the test failing"
    )]
    fn plain_ascii_is_written_whole_and_the_rest_is_escaped() {
        let quote = |text: &str| {
            let mut out = Vec::new();
            quoted(&mut out, text).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(quote("account.email ~ 1"), "\"account.email ~ 1\"");
        assert_eq!(quote("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(quote("tab\tend\u{7f}"), r#""tab\tend\u007f""#);
        assert_eq!(quote("caf\u{e9} \u{202e}"), "\"caf\u{e9} \\u202e\"");
    }

    #[test]
    fn writes_block_yaml_with_every_string_quoted() {
        let value = serde_json::json!({
            "effective": "2026-12-01",
            "label": "no",
            "n": 1,
            "flag": true,
            "none": null,
            "empty": [],
            "list": [{"id": "a", "tags": ["x", "y"]}, {"id": "b\n\"c\"", "tags": []}],
        });
        let yaml = to_string(&value).unwrap_or_default();
        assert_eq!(
            yaml,
            "effective: \"2026-12-01\"\nlabel: \"no\"\nn: 1\nflag: true\nnone: null\nempty: []\nlist:\n\
             \x20 - id: \"a\"\n    tags:\n      - \"x\"\n      - \"y\"\n  - id: \"b\\n\\\"c\\\"\"\n    tags: []\n"
        );
    }

    #[test]
    fn variants_nested_sequences_and_quoted_keys() {
        use std::collections::BTreeMap;
        #[derive(Serialize)]
        enum Kind {
            Unit,
            New(u8),
            Tuple(u8, &'static str),
            Struct { a: Vec<u8> },
        }
        #[derive(Serialize)]
        struct Shapes {
            kinds: Vec<Kind>,
            grid: Vec<Vec<u8>>,
            maps: Vec<BTreeMap<&'static str, Option<u8>>>,
            odd: BTreeMap<&'static str, u8>,
            nested: BTreeMap<&'static str, BTreeMap<&'static str, u8>>,
        }
        let shapes = Shapes {
            kinds: vec![
                Kind::Unit,
                Kind::New(1),
                Kind::Tuple(2, "t"),
                Kind::Struct { a: vec![] },
                Kind::Struct { a: vec![3] },
            ],
            grid: vec![vec![], vec![1, 2]],
            maps: vec![BTreeMap::new(), BTreeMap::from([("x", None)])],
            odd: BTreeMap::from([("a key", 1), ("1st", 2)]),
            nested: BTreeMap::from([("m", BTreeMap::from([("k", 1)]))]),
        };
        assert_eq!(
            to_string(&shapes).unwrap_or_default(),
            "kinds:\n  - \"Unit\"\n  - New: 1\n  - Tuple:\n      - 2\n      - \"t\"\n  - Struct:\n      a: []\n\
             \x20 - Struct:\n      a:\n        - 3\ngrid:\n  - []\n  -\n    - 1\n    - 2\nmaps:\n  - {}\n  - x: null\n\
             odd:\n  \"1st\": 2\n  \"a key\": 1\nnested:\n  m:\n    k: 1\n"
        );
        assert_eq!(to_string(&[1, 2]).unwrap_or_default(), "- 1\n- 2\n");
        assert_eq!(to_string("s\u{1}").unwrap_or_default(), "\"s\\u0001\"\n");
        assert_eq!(to_string(&Vec::<u8>::new()).unwrap_or_default(), "[]\n");
    }

    #[test]
    fn a_yaml_reader_loads_the_same_table() {
        let source = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/policies/pro-it-group.policy"
        ))
        .unwrap_or_default();
        let policy = crate::check_source(&source).policy;
        assert!(policy.is_some());
        let table = policy.map(|p| crate::rules::table(&p));
        let yaml = to_string(&table).unwrap_or_default();
        let read: Result<policy_runtime::RuleTable, _> = serde_yaml::from_str(&yaml);
        assert_eq!(read.ok(), table);
    }
}
