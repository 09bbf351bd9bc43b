//! JSON in and out for the contract types, written by hand.
//!
//! Why not serde: derived serde code (with `serde_path_to_error` for the
//! error paths) was most of the wasm (README, "performance") and, natively,
//! about four times the rule work in time. This module is one small reader and one small writer shared by
//! every type: a struct's reader is a table of its field names and a
//! closure ([`from_json!`]), an enum's is a table of its names
//! ([`json_enum!`]). Nothing is generic over the input, so each type costs
//! one short function.
//!
//! The reader streams over the text without building a tree. An error
//! carries its path innermost-first, added as it unwinds, so a request that
//! parses pays nothing for paths.

use std::borrow::Cow;

/// What a value of the contract looks like, for "wrong type" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Object,
    Array,
    String,
    Integer,
    Bool,
    Amount,
    Date,
    PolicyRef,
}

impl Ty {
    /// What the field should have been, in zh-CN and en.
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            Ty::Object => ("对象", "an object"),
            Ty::Array => ("数组", "an array"),
            Ty::String => ("字符串", "a string"),
            Ty::Integer => ("整数", "an integer"),
            Ty::Bool => ("true 或 false", "true or false"),
            Ty::Amount => (
                "金额字符串（如 \"12.50\"）",
                "an amount string like \"12.50\"",
            ),
            Ty::Date => ("日期字符串 YYYY-MM-DD", "a date string YYYY-MM-DD"),
            Ty::PolicyRef => (
                "内置政策 id 或政策对象",
                "a built-in policy id or a policy object",
            ),
        }
    }
}

/// What was found instead, in zh-CN and en.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool,
    Number,
    Float,
    String,
    Array,
    Object,
}

impl Found {
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            Found::Null => ("null", "null"),
            Found::Bool => ("布尔值", "a boolean"),
            Found::Number => ("数字", "a number"),
            Found::Float => ("小数", "a floating-point number"),
            Found::String => ("字符串", "a string"),
            Found::Array => ("数组", "an array"),
            Found::Object => ("对象", "an object"),
        }
    }
}

/// Why a request could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Not JSON: what was expected and the byte offset.
    Syntax(&'static str, usize),
    /// A required field is absent (the path ends with it).
    Missing,
    /// A field the type does not have (the path ends with it); the fields
    /// it does have.
    Unknown(&'static [&'static str]),
    /// A field given twice.
    Duplicate,
    WrongType(Ty, Found),
    /// A name the enum does not have; the names it has.
    UnknownValue(String, &'static [&'static str]),
    /// A number out of the field's range.
    OutOfRange(String),
    /// A field's own check failed: its stable code (`AMOUNT_TOO_PRECISE`).
    Invalid(&'static str),
}

/// A step of a path: a field of the contract, a caller's unknown key, or
/// an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Field(&'static str),
    Key(String),
    Index(usize),
}

/// A read error and where it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: Kind,
    /// Innermost step first.
    rev_path: Vec<Seg>,
}

impl Error {
    pub fn new(kind: Kind) -> Error {
        Error {
            kind,
            rev_path: Vec::new(),
        }
    }

    /// A field's own check failed (`INVALID_DATE`, ...).
    pub fn invalid(code: &'static str) -> Error {
        Error::new(Kind::Invalid(code))
    }

    /// A required field is missing.
    pub fn missing(field: &'static str) -> Error {
        Error::new(Kind::Missing).under(Seg::Field(field))
    }

    /// The same error, one level further out.
    pub fn under(mut self, seg: Seg) -> Error {
        self.rev_path.push(seg);
        self
    }

    /// `members[0].person.id`; empty at the top.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for seg in self.rev_path.iter().rev() {
            match seg {
                Seg::Field(name) => dotted(&mut out, name),
                Seg::Key(name) => dotted(&mut out, name),
                Seg::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }
}

fn dotted(out: &mut String, name: &str) {
    if !out.is_empty() {
        out.push('.');
    }
    out.push_str(name);
}

pub type Result<T> = std::result::Result<T, Error>;

/// A value the contract can read.
pub trait FromJson: Sized {
    fn read(r: &mut Reader<'_>) -> Result<Self>;
}

/// A value the contract can write.
pub trait ToJson {
    fn write_json(&self, out: &mut Out);
}

/// JSON being written: the text, and whether non-ASCII characters are
/// escaped (`\u4e2d`), which the wasm binding asks for because an ASCII
/// answer reaches JavaScript without UTF-8 decoding (README, boundary).
pub struct Out {
    pub text: String,
    ascii: bool,
}

/// Deepest nesting skipped when looking for `lang`; the contract's own
/// types nest less than this and never skip.
const MAX_SKIP_DEPTH: usize = 128;

/// A streaming reader over one JSON text.
pub struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            bytes: text.as_bytes(),
            text,
            pos: 0,
        }
    }

    /// Reads the whole text as one `T`, refusing anything after it.
    ///
    /// # Errors
    /// The first problem met, with its path.
    pub fn read_all<T: FromJson>(text: &'a str) -> Result<T> {
        let mut r = Reader::new(text);
        let value = T::read(&mut r)?;
        match r.peek() {
            None => Ok(value),
            Some(_) => Err(r.syntax("the end of the text")),
        }
    }

    fn syntax(&self, expected: &'static str) -> Error {
        Error::new(Kind::Syntax(expected, self.pos))
    }

    /// The next byte that is not whitespace, without taking it.
    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes.get(self.pos) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.pos += 1;
        }
        None
    }

    fn eat(&mut self, byte: u8, expected: &'static str) -> Result<()> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.syntax(expected))
        }
    }

    fn literal(&mut self, word: &'static str) -> Result<()> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.syntax("a JSON value"))
        }
    }

    /// What the next value is, or a syntax error when none starts here.
    fn found(&mut self) -> Result<Found> {
        let rest = &self.bytes[self.pos.min(self.bytes.len())..];
        Ok(match self.peek() {
            Some(b'n') if rest.starts_with(b"null") => Found::Null,
            Some(b't') if rest.starts_with(b"true") => Found::Bool,
            Some(b'f') if rest.starts_with(b"false") => Found::Bool,
            Some(b'"') => Found::String,
            Some(b'[') => Found::Array,
            Some(b'{') => Found::Object,
            Some(b'-' | b'0'..=b'9') => {
                let (_, float) = self.number_span()?;
                if float {
                    Found::Float
                } else {
                    Found::Number
                }
            }
            _ => return Err(self.syntax("a JSON value")),
        })
    }

    /// A "wrong type" error, unless the text is not JSON there at all.
    fn wrong(&mut self, ty: Ty) -> Error {
        match self.found() {
            Ok(found) => Error::new(Kind::WrongType(ty, found)),
            Err(e) => e,
        }
    }

    /// Takes `null` if it is next.
    pub fn null(&mut self) -> Result<bool> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn bool(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b't') => self.literal("true").map(|_| true),
            Some(b'f') => self.literal("false").map(|_| false),
            _ => Err(self.wrong(Ty::Bool)),
        }
    }

    /// The span of the number starting here and whether it has a fraction
    /// or an exponent; the position is left unchanged.
    fn number_span(&mut self) -> Result<(std::ops::Range<usize>, bool)> {
        let b = self.bytes;
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let int_start = i;
        if !digits(&mut i) || (b[int_start] == b'0' && i - int_start > 1) {
            return Err(Error::new(Kind::Syntax("a number", i)));
        }
        let mut float = false;
        if b.get(i) == Some(&b'.') {
            i += 1;
            float = true;
            if !digits(&mut i) {
                return Err(Error::new(Kind::Syntax("a digit", i)));
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            float = true;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !digits(&mut i) {
                return Err(Error::new(Kind::Syntax("a digit", i)));
            }
        }
        Ok((start..i, float))
    }

    /// A whole number from 0 to `max`.
    pub fn integer(&mut self, max: u64) -> Result<u64> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.wrong(Ty::Integer));
        }
        let (span, float) = self.number_span()?;
        if float {
            return Err(Error::new(Kind::WrongType(Ty::Integer, Found::Float)));
        }
        let text = &self.text[span.clone()];
        self.pos = span.end;
        // `-0` is zero in JSON; any other minus is out of range.
        match text.strip_prefix('-').unwrap_or(text).parse::<u64>() {
            Ok(n) if n <= max && (n == 0 || !text.starts_with('-')) => Ok(n),
            _ => Err(Error::new(Kind::OutOfRange(clip(text)))),
        }
    }

    /// A string, borrowed from the text unless it has escapes.
    pub fn string(&mut self, ty: Ty) -> Result<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong(ty));
        }
        self.pos += 1;
        let start = self.pos;
        let b = self.bytes;
        // Fast path: no escapes.
        while let Some(&c) = b.get(self.pos) {
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(Cow::Borrowed(&self.text[start..self.pos - 1]));
                }
                b'\\' => break,
                0..=0x1f => return Err(self.syntax("no control character in a string")),
                _ => self.pos += 1,
            }
        }
        let mut out = String::from(&self.text[start..self.pos]);
        loop {
            let run = self.pos;
            while let Some(&c) = b.get(self.pos) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run..self.pos]);
            match b.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match b.get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(self.syntax("an escape character")),
                    };
                    self.pos += 1;
                    out.push(c);
                }
                Some(_) => return Err(self.syntax("no control character in a string")),
                None => return Err(self.syntax("the end of the string")),
            }
        }
    }

    /// The `XXXX` of `\uXXXX` (the `\u` taken), pairing surrogates; a lone
    /// surrogate is not text.
    fn unicode_escape(&mut self) -> Result<char> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.pos..].starts_with(b"\\u") {
                return Err(self.syntax("the second half of a surrogate pair"));
            }
            self.pos += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.syntax("the second half of a surrogate pair"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.syntax("a Unicode scalar value"))
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.syntax("four hex digits"))?;
        let mut n = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.syntax("four hex digits"))?;
            n = n * 16 + v;
        }
        self.pos += 4;
        Ok(n)
    }

    /// Reads an array, calling `each` for every element; an error gets the
    /// element's index.
    pub fn array(&mut self, each: &mut dyn FnMut(&mut Reader<'a>) -> Result<()>) -> Result<()> {
        if self.peek() != Some(b'[') {
            return Err(self.wrong(Ty::Array));
        }
        self.pos += 1;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            each(self).map_err(|e| e.under(Seg::Index(index)))?;
            index += 1;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.syntax("`,` or `]`")),
            }
        }
    }

    /// Reads an object of the type whose fields are `fields`, calling
    /// `each` with the index of every field met. Unknown and repeated
    /// fields are errors; an error gets the field's name.
    ///
    /// Returns the fields seen, a bit each; `required` are the bits of the
    /// fields that must be there, the first one missing is an error.
    pub fn object(
        &mut self,
        fields: &'static [&'static str],
        required: u64,
        each: &mut dyn FnMut(&mut Reader<'a>, usize) -> Result<()>,
    ) -> Result<u64> {
        let seen = self.fields(fields, each)?;
        match (0..fields.len()).find(|i| required & !seen & (1 << i) != 0) {
            Some(i) => Err(Error::missing(fields[i])),
            None => Ok(seen),
        }
    }

    fn fields(
        &mut self,
        fields: &'static [&'static str],
        each: &mut dyn FnMut(&mut Reader<'a>, usize) -> Result<()>,
    ) -> Result<u64> {
        if self.peek() != Some(b'{') {
            return Err(self.wrong(Ty::Object));
        }
        self.pos += 1;
        let mut seen: u64 = 0;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(seen);
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.syntax("a field name"));
            }
            let key = self.string(Ty::String)?;
            self.eat(b':', "`:`")?;
            let Some(i) = fields.iter().position(|f| *f == key) else {
                return Err(Error::new(Kind::Unknown(fields)).under(Seg::Key(key.into_owned())));
            };
            if seen & (1 << i) != 0 {
                return Err(Error::new(Kind::Duplicate).under(Seg::Field(fields[i])));
            }
            seen |= 1 << i;
            each(self, i).map_err(|e| e.under(Seg::Field(fields[i])))?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(seen);
                }
                _ => return Err(self.syntax("`,` or `}`")),
            }
        }
    }

    /// One of `names`, as its index.
    pub fn one_of(&mut self, names: &'static [&'static str]) -> Result<usize> {
        let text = self.string(Ty::String)?;
        names
            .iter()
            .position(|n| *n == text)
            .ok_or_else(|| Error::new(Kind::UnknownValue(clip(&text), names)))
    }

    /// Skips one value of any shape (nested at most [`MAX_SKIP_DEPTH`]).
    fn skip(&mut self, depth: usize) -> Result<()> {
        if depth > MAX_SKIP_DEPTH {
            return Err(self.syntax("less nesting"));
        }
        match self.found()? {
            Found::Null => self.literal("null"),
            Found::Bool => self.bool().map(|_| ()),
            Found::Number | Found::Float => {
                let (span, _) = self.number_span()?;
                self.pos = span.end;
                Ok(())
            }
            Found::String => self.string(Ty::String).map(|_| ()),
            Found::Array => self.array(&mut |r| r.skip(depth + 1)),
            Found::Object => {
                self.pos += 1;
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    return Ok(());
                }
                loop {
                    if self.peek() != Some(b'"') {
                        return Err(self.syntax("a field name"));
                    }
                    self.string(Ty::String)?;
                    self.eat(b':', "`:`")?;
                    self.skip(depth + 1)?;
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(());
                        }
                        _ => return Err(self.syntax("`,` or `}`")),
                    }
                }
            }
        }
    }

    /// The string value of top-level field `name`, read leniently: the
    /// first such field, whatever comes after it.
    pub fn top_level_string(text: &'a str, name: &str) -> Option<Cow<'a, str>> {
        let mut r = Reader::new(text);
        r.eat(b'{', "{").ok()?;
        loop {
            let key = r.string(Ty::String).ok()?;
            r.eat(b':', ":").ok()?;
            if key == name {
                return r.string(Ty::String).ok();
            }
            r.skip(0).ok()?;
            r.eat(b',', ",").ok()?;
        }
    }
}

/// At most 40 characters of caller text, for messages.
pub fn clip(text: &str) -> String {
    text.chars().take(40).collect()
}

/// Position of `key` in `fields`, at compile time (for [`from_json!`]).
pub const fn position(fields: &[&str], key: &str) -> usize {
    let mut i = 0;
    while i < fields.len() {
        let (a, b) = (fields[i].as_bytes(), key.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("field not in the list")
}

/// Implements [`FromJson`] for a struct: the required fields, then after
/// `;` those that take their `Default` when absent. Unknown and repeated
/// fields are refused.
#[macro_export]
#[doc(hidden)]
macro_rules! from_json {
    ($ty:ident { $($req:ident : $rkey:literal),* $(,)? $(; $($opt:ident : $okey:literal),* $(,)?)? }) => {
        impl $crate::json::FromJson for $ty {
            fn read(r: &mut $crate::json::Reader<'_>) -> $crate::json::Result<Self> {
                const FIELDS: &[&str] = &[$($rkey,)* $($($okey,)*)?];
                const REQUIRED: u64 = 0 $(| 1 << $crate::json::position(FIELDS, $rkey))*;
                $(let mut $req = None;)*
                $($(let mut $opt = None;)*)?
                r.object(FIELDS, REQUIRED, &mut |r, i| {
                    $(if i == const { $crate::json::position(FIELDS, $rkey) } {
                        return $crate::json::read_into(r, &mut $req);
                    })*
                    $($(if i == const { $crate::json::position(FIELDS, $okey) } {
                        return $crate::json::read_into(r, &mut $opt);
                    })*)?
                    Ok(())
                })?;
                // Every required field is there: `object` checked.
                #[allow(clippy::unwrap_used)]
                Ok($ty {
                    $($req: $req.unwrap(),)*
                    $($($opt: $opt.unwrap_or_default(),)*)?
                })
            }
        }
    };
}

/// Declares a unit enum whose contract names are given, with [`FromJson`],
/// [`ToJson`], `NAMES`, `ALL` and `name()`.
#[macro_export]
#[doc(hidden)]
macro_rules! json_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$m])*
        pub enum $name { $($(#[$vm])* $variant,)+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// The contract's names, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($text,)+];

            /// The contract's name for this value.
            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }
        }

        impl $crate::json::FromJson for $name {
            fn read(r: &mut $crate::json::Reader<'_>) -> $crate::json::Result<Self> {
                r.one_of(Self::NAMES).map(|i| Self::ALL[i])
            }
        }

        impl $crate::json::ToJson for $name {
            fn write_json(&self, out: &mut $crate::json::Out) {
                $crate::json::write_str(out, self.name());
            }
        }
    };
}

/// Reads a field into its slot: one copy of this per field type, not per
/// field, which keeps a struct's reader short.
#[inline(never)]
pub fn read_into<T: FromJson>(r: &mut Reader<'_>, slot: &mut Option<T>) -> Result<()> {
    *slot = Some(T::read(r)?);
    Ok(())
}

impl FromJson for bool {
    fn read(r: &mut Reader<'_>) -> Result<bool> {
        r.bool()
    }
}

impl FromJson for u8 {
    fn read(r: &mut Reader<'_>) -> Result<u8> {
        r.integer(u8::MAX.into()).map(|n| n as u8)
    }
}

impl FromJson for u32 {
    fn read(r: &mut Reader<'_>) -> Result<u32> {
        r.integer(u32::MAX.into()).map(|n| n as u32)
    }
}

impl FromJson for String {
    fn read(r: &mut Reader<'_>) -> Result<String> {
        r.string(Ty::String).map(Cow::into_owned)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(r: &mut Reader<'_>) -> Result<Option<T>> {
        if r.null()? {
            return Ok(None);
        }
        T::read(r).map(Some)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(r: &mut Reader<'_>) -> Result<Vec<T>> {
        let mut out = Vec::new();
        r.array(&mut |r| {
            out.push(T::read(r)?);
            Ok(())
        })?;
        Ok(out)
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn read(r: &mut Reader<'_>) -> Result<Box<T>> {
        T::read(r).map(Box::new)
    }
}

/// Writes `value` as compact JSON, UTF-8 as it is.
pub fn to_string(value: &dyn ToJson) -> String {
    write(value, false)
}

/// Writes `value` as compact JSON with every non-ASCII character escaped.
pub fn to_ascii_string(value: &dyn ToJson) -> String {
    write(value, true)
}

fn write(value: &dyn ToJson, ascii: bool) -> String {
    // Most answers are under 2 KB: one allocation.
    let mut out = Out {
        text: String::with_capacity(2048),
        ascii,
    };
    value.write_json(&mut out);
    out.text
}

impl Out {
    pub fn push(&mut self, c: char) {
        self.text.push(c);
    }

    pub fn push_str(&mut self, text: &str) {
        self.text.push_str(text);
    }
}

/// Writes a JSON string, escaping as serde_json does (`"`, `\` and
/// control characters), and every non-ASCII character too if `out` is
/// ASCII.
pub fn write_str(out: &mut Out, text: &str) {
    out.text.push('"');
    if out.ascii && !text.is_ascii() {
        for piece in text.split_inclusive(|c: char| !c.is_ascii()) {
            let mut chars = piece.chars();
            match chars.next_back() {
                Some(wide) if !wide.is_ascii() => {
                    escape(&mut out.text, chars.as_str());
                    escape_utf16(&mut out.text, wide);
                }
                _ => escape(&mut out.text, piece),
            }
        }
    } else {
        escape(&mut out.text, text);
    }
    out.text.push('"');
}

/// The inside of a JSON string: `"`, `\` and control characters escaped.
fn escape(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[run..i]);
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(escape);
        }
        run = i + 1;
    }
    out.push_str(&text[run..]);
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `\uXXXX` for each UTF-16 unit of `c`.
fn escape_utf16(out: &mut String, c: char) {
    let mut units = [0u16; 2];
    for unit in c.encode_utf16(&mut units) {
        out.push_str("\\u");
        for shift in [12, 8, 4, 0] {
            out.push(char::from(HEX[usize::from((*unit >> shift) & 0xf)]));
        }
    }
}

/// Writes an object field by field: `Object::new(out).field("a", &a).end()`.
pub struct Object<'o> {
    out: &'o mut Out,
    first: bool,
}

impl<'o> Object<'o> {
    pub fn new(out: &'o mut Out) -> Object<'o> {
        out.push('{');
        Object { out, first: true }
    }

    fn key(&mut self, key: &str) {
        self.out.push_str(if self.first { "\"" } else { ",\"" });
        self.first = false;
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// A field; `key` is one of the contract's names, which need no
    /// escaping.
    pub fn field<T: ToJson + ?Sized>(&mut self, key: &str, value: &T) -> &mut Object<'o> {
        self.key(key);
        value.write_json(self.out);
        self
    }

    /// A field written only when present.
    pub fn some<T: ToJson>(&mut self, key: &str, value: &Option<T>) -> &mut Object<'o> {
        if let Some(v) = value {
            self.field(key, v);
        }
        self
    }

    pub fn end(&mut self) {
        self.out.push('}');
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut Out) {
        write_str(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut Out) {
        write_str(out, self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut Out) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for u8 {
    fn write_json(&self, out: &mut Out) {
        write_uint(&mut out.text, u64::from(*self));
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut Out) {
        write_uint(&mut out.text, u64::from(*self));
    }
}

/// Writes a whole number without the formatting machinery.
pub fn write_uint(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut Out) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut Out) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut Out) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut Out) {
        (**self).write_json(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_unescape_and_lone_surrogates_are_refused() {
        let read = |t: &str| Reader::read_all::<String>(t);
        assert_eq!(
            read(r#""a\"b\\c\/\n\u4e2d\ud83d\ude00""#).unwrap(),
            "a\"b\\c/\n中😀"
        );
        assert!(matches!(
            read(r#""\ud800""#).unwrap_err().kind,
            Kind::Syntax(..)
        ));
        assert!(matches!(
            read("\"a\u{1}\"").unwrap_err().kind,
            Kind::Syntax(..)
        ));
        assert!(matches!(
            read(r#""abc"#).unwrap_err().kind,
            Kind::Syntax(..)
        ));
    }

    #[test]
    fn written_strings_escape_as_serde_json_does() {
        let text = "a\"\\\n\u{1}中/😀";
        assert_eq!(to_string(&text), r#""a\"\\\n\u0001中/😀""#);
        assert_eq!(to_string(&text), serde_json::to_string(text).unwrap());
    }

    #[test]
    fn ascii_answers_escape_every_other_character_and_mean_the_same() {
        let text = "余 1.00 元\n😀\"";
        let ascii = to_ascii_string(&text);
        assert_eq!(ascii, r#""\u4f59 1.00 \u5143\n\ud83d\ude00\"""#);
        assert_eq!(serde_json::from_str::<String>(&ascii).unwrap(), text);
    }

    #[test]
    fn integers_refuse_floats_negatives_and_overflow() {
        assert_eq!(Reader::read_all::<u8>(" 7 ").unwrap(), 7);
        let kind = |t: &str| Reader::read_all::<u8>(t).unwrap_err().kind;
        assert_eq!(kind("7.0"), Kind::WrongType(Ty::Integer, Found::Float));
        assert_eq!(kind("-1"), Kind::OutOfRange("-1".into()));
        assert_eq!(Reader::read_all::<u8>("-0").unwrap(), 0);
        assert_eq!(kind("256"), Kind::OutOfRange("256".into()));
        assert_eq!(kind("\"7\""), Kind::WrongType(Ty::Integer, Found::String));
        assert!(matches!(kind("07"), Kind::Syntax(..)));
        assert!(matches!(kind("7 x"), Kind::Syntax(..)));
    }

    #[test]
    fn a_field_name_may_be_spelt_with_escapes() {
        let source: crate::finding::Source =
            Reader::read_all(r#"{"d\u006fc":"sh-faq","\u0072ef":"Q10"}"#).unwrap();
        assert_eq!((&*source.doc, &*source.reference), ("sh-faq", "Q10"));
    }

    #[test]
    fn paths_are_built_as_errors_unwind() {
        let err = Reader::read_all::<Vec<Vec<u8>>>("[[1],[2,\"x\"]]").unwrap_err();
        assert_eq!(err.path(), "[1][1]");
    }

    #[test]
    fn lang_is_found_leniently() {
        let find = |t: &str| Reader::top_level_string(t, "lang").map(Cow::into_owned);
        assert_eq!(
            find(r#"{"a":[1,{"lang":"zh-CN"}],"lang":"en","b":}"#).as_deref(),
            Some("en")
        );
        assert_eq!(find(r#"{"a":1}"#), None);
        assert_eq!(find("[\"lang\",\"en\"]"), None);
    }
}
