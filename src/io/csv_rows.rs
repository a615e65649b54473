//! Reading CSV exports of the Counter Trafficking Data Collaborative (CTDC)
//! and HTCDS row by row: a header row of field names, then data rows.
//!
//! [`CsvRows`] reads any [`Read`] and yields exactly one item per data row:
//! a [`Row`] or a [`RowError`] naming the row's number and line. Parsing is
//! done by `csv-core`, the engine of the `csv` crate, with the `csv` crate's
//! default settings (comma delimiter, `"` quotes with doubled quotes inside,
//! no escape byte, no comments), so a byte stream gives the same records
//! here as it does to `csv::ReaderBuilder::new().flexible(true)`: the number
//! of items always equals the number of data records the `csv` crate counts.
//! This reader adds what the `csv` crate does not have: a per-row byte limit
//! with flat memory, physical line numbers for CR-only files, a report of
//! unterminated quotes and of text after a closing quote, and the header's
//! duplicate columns.
//!
//! # Rules
//!
//! * **Quotes.** A field that starts with `"` is quoted (RFC 4180): it runs
//!   to the next `"` that is not doubled, and may hold delimiters and line
//!   ends. A `"` anywhere else in a field is a literal character: `ab"c` is
//!   the text `ab"c` and never starts a quoted section, so a stray quote in
//!   the middle of a field never swallows or merges rows. Text after a
//!   closing quote is an error (see below).
//! * **A quote that closes much later.** By the RFC, everything from an
//!   opening quote to its closing quote is one field, line ends included, so
//!   the rows in between are part of that field and give no items of their
//!   own; the `csv` crate reads them the same way, so the counts agree. The
//!   row is one item: a [`Row`] whose field holds the line ends, or a
//!   [`CsvErrorKind::TooLarge`] error if it is over the limit (its bytes are
//!   never all held). The row after the closing quote's line is read
//!   normally. If the quote never closes, the row runs to the end of the
//!   input and is one [`CsvErrorKind::UnterminatedQuote`] error.
//! * **Text after a closing quote.** RFC 4180 allows none (`"ab"c`). The
//!   `csv` crate joins it to the field; here the row is one
//!   [`CsvErrorKind::TextAfterQuote`] error naming the column and the line of
//!   the text. It is the usual mark of a quote that was not doubled: the
//!   field then closed at a later quote, and the rows in between were read
//!   into it. They stay inside this one record (the count still agrees with
//!   the `csv` crate), but the error makes them visible.
//! * **Line ends.** `\n`, `\r\n` and `\r` alone all end a row. Blank lines
//!   are skipped (they are not rows). [`Row::line`] is the 1-based physical
//!   line where the row starts, counting all three kinds of line end,
//!   including those inside quoted fields.
//! * **Byte-order mark.** A UTF-8 BOM at the very start is skipped, so a
//!   quoted first header field is read as quoted.
//! * **Ragged rows.** A row with fewer fields than the header is read, and
//!   the missing fields are absent ([`Row::fields`] is shorter). A row with
//!   more fields keeps the extra ones apart, in [`Row::extra`].
//! * **Row numbers.** Data rows are numbered from 1; the header is not a
//!   data row. Every data record of the input takes a number, whether it
//!   comes out as a row or as an error.
//! * **Limit.** A row whose bytes (from its first byte to its line end, not
//!   counting the line end) are more than the limit ([`DEFAULT_MAX_ROW_BYTES`]
//!   unless set with [`CsvRows::with_max_row_bytes`]) gives one
//!   [`CsvErrorKind::TooLarge`] error. The reader stops keeping its bytes as
//!   soon as it is over, but goes on parsing it to its true end, so it never
//!   restarts in the middle of a quoted field and never makes rows out of
//!   the inside of a big field. Memory is bounded by the limit, whatever the
//!   size of the input.
//! * **Text.** Fields must be UTF-8; a row with a field that is not gives a
//!   [`CsvErrorKind::NotUtf8`] error naming the column.
//! * **Header.** The first record is the header, read by the same rules.
//!   Column names that are equal once surrounding whitespace is trimmed and
//!   ASCII letters are lowercased (`Gender` and `gender `) are duplicates.
//!   The reader does not pick a winner: [`Header::duplicates`] lists every
//!   group with the names and indices, and [`Header::find`] answers
//!   [`Lookup::Duplicated`] for them, so the caller can give every row an
//!   error naming the field. An empty input has no header and no rows; a
//!   header with no data rows gives no rows.
//!
//! Errors carry row numbers, lines, sizes, column indices and fixed words,
//! never the text of the input. The one exception is [`Header`], which holds
//! the column names (they are the schema, not case data).

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fmt;
use std::io::{self, Read};

use csv_core::ReadRecordResult;

/// The default largest row, in bytes (1 MiB).
pub const DEFAULT_MAX_ROW_BYTES: usize = 1 << 20;

/// The size of the buffer the input is read into.
const READ_BUFFER: usize = 64 << 10;

/// The size of the scratch output used while skipping a row over the limit.
const SKIP_BUFFER: usize = 8 << 10;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why a row (or the header) could not be read.
///
/// More kinds may be added: a `match` on it needs a wildcard arm.
///
/// ```compile_fail
/// use palermo::io::csv_rows::CsvErrorKind;
/// fn name(kind: CsvErrorKind) -> &'static str {
///     match kind {
///         CsvErrorKind::TooLarge { .. } => "too large",
///         CsvErrorKind::UnterminatedQuote => "unterminated quote",
///         CsvErrorKind::TextAfterQuote { .. } => "text after quote",
///         CsvErrorKind::NotUtf8 { .. } => "not UTF-8",
///         CsvErrorKind::Read(_) => "read",
///     }
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CsvErrorKind {
    /// The row is longer than the limit; it was skipped without being kept.
    TooLarge {
        /// The row's length in bytes, without its line end.
        size: u64,
        /// The limit in force.
        limit: usize,
    },
    /// A field starts with a quote that is never closed before the end of
    /// the input.
    UnterminatedQuote,
    /// A quoted field has text right after its closing quote (`"ab"c`),
    /// which RFC 4180 does not allow. It most often means that a quote
    /// inside the field was not doubled, so that the field closed in the
    /// wrong place and may hold the rows that follow.
    TextAfterQuote {
        /// The 0-based index of the first such field.
        column: usize,
        /// The 1-based physical line of the text after the quote.
        line: u64,
    },
    /// A field is not valid UTF-8.
    NotUtf8 {
        /// The 0-based index of the first such field.
        column: usize,
    },
    /// Reading the input failed; the reader stops after this item.
    Read(io::ErrorKind),
}

impl fmt::Display for CsvErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvErrorKind::TooLarge { size, limit } => {
                write!(f, "is {size} bytes, more than the limit of {limit} bytes")
            }
            CsvErrorKind::UnterminatedQuote => {
                write!(f, "has a quoted field that is never closed")
            }
            CsvErrorKind::TextAfterQuote { column, line } => write!(
                f,
                "has text after the closing quote of the quoted field in column {}, on line {line}",
                column + 1
            ),
            CsvErrorKind::NotUtf8 { column } => {
                write!(f, "has a field that is not UTF-8 in column {}", column + 1)
            }
            CsvErrorKind::Read(kind) => write!(f, "could not be read: {kind}"),
        }
    }
}

/// A data row that could not be read, in place of its [`Row`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The 1-based number of the data row (the header is not counted).
    pub number: u64,
    /// The 1-based physical line where the row starts.
    pub line: u64,
    /// What went wrong.
    pub kind: CsvErrorKind,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {} (line {}) {}", self.number, self.line, self.kind)
    }
}

impl std::error::Error for RowError {}

/// The header row could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeaderError {
    /// The 1-based physical line where the header starts.
    pub line: u64,
    /// What went wrong.
    pub kind: CsvErrorKind,
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the header row (line {}) {}", self.line, self.kind)
    }
}

impl std::error::Error for HeaderError {}

/// One data row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The 1-based number of the data row (the header is not counted).
    pub number: u64,
    /// The 1-based physical line where the row starts.
    pub line: u64,
    /// The fields under the header's columns, in order. Shorter than the
    /// header when the row has fewer fields: the missing ones are absent.
    /// When the header could not be read, every field of the row.
    pub fields: Vec<String>,
    /// The fields beyond the header's last column, in order.
    pub extra: Vec<String>,
}

impl Row {
    /// The field in column `index` (0-based), or `None` if the row does not
    /// reach that column.
    pub fn get(&self, index: usize) -> Option<&str> {
        self.fields.get(index).map(String::as_str)
    }
}

/// A column of the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The 0-based index of the column.
    pub index: usize,
    /// The column's name as written.
    pub name: String,
}

/// A group of columns whose names are duplicates of each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// The name they share, trimmed and with ASCII letters lowercased.
    pub key: String,
    /// Every column of the group, in order (at least two).
    pub columns: Vec<Column>,
}

/// What [`Header::find`] found for a name.
///
/// More kinds may be added: a `match` on it needs a wildcard arm.
///
/// ```compile_fail
/// use palermo::io::csv_rows::Lookup;
/// fn found(lookup: Lookup<'_>) -> bool {
///     match lookup {
///         Lookup::Missing | Lookup::Duplicated(_) => false,
///         Lookup::Column(_) => true,
///     }
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Lookup<'a> {
    /// No column has that name.
    Missing,
    /// Exactly one column has that name: its 0-based index.
    Column(usize),
    /// Several columns have that name; none is chosen.
    Duplicated(&'a Duplicate),
}

/// The header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The column names as written, in order.
    pub names: Vec<String>,
    /// The 1-based physical line where the header starts.
    pub line: u64,
    /// The groups of duplicate column names, in the order of their first
    /// column; empty when every name is distinct.
    pub duplicates: Vec<Duplicate>,
}

impl Header {
    fn new(names: Vec<String>, line: u64) -> Self {
        let mut groups: Vec<Duplicate> = Vec::new();
        for (index, name) in names.iter().enumerate() {
            let key = column_key(name);
            let column = Column {
                index,
                name: name.clone(),
            };
            match groups.iter_mut().find(|g| g.key == key) {
                Some(group) => group.columns.push(column),
                None => groups.push(Duplicate {
                    key,
                    columns: vec![column],
                }),
            }
        }
        groups.retain(|g| g.columns.len() > 1);
        Header {
            names,
            line,
            duplicates: groups,
        }
    }

    /// The number of columns.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the header has no columns (it never is: a header row has at
    /// least one, possibly empty, name).
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The column called `name`, compared after trimming surrounding
    /// whitespace and lowercasing ASCII letters.
    pub fn find(&self, name: &str) -> Lookup<'_> {
        let key = column_key(name);
        if let Some(group) = self.duplicates.iter().find(|g| g.key == key) {
            return Lookup::Duplicated(group);
        }
        match self.names.iter().position(|n| column_key(n) == key) {
            Some(index) => Lookup::Column(index),
            None => Lookup::Missing,
        }
    }

    /// Whether column `index` (0-based) belongs to a group of duplicates.
    pub fn is_duplicated(&self, index: usize) -> bool {
        self.duplicates
            .iter()
            .any(|g| g.columns.iter().any(|c| c.index == index))
    }
}

/// The name two columns must share to be duplicates: trimmed of surrounding
/// whitespace, ASCII letters lowercased.
pub fn column_key(name: &str) -> String {
    name.trim().to_ascii_lowercase()
}

/// Where a field stands in the RFC 4180 grammar, followed byte by byte
/// alongside `csv-core` to tell an unterminated quote at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Start,
    Unquoted,
    Quoted,
    QuoteSeen,
}

/// Line and size bookkeeping over the bytes `csv-core` consumed.
#[derive(Debug)]
struct Tracker {
    /// Line ends seen so far.
    lines: u64,
    prev_cr: bool,
    /// The current record has begun (a byte other than a line end).
    begun: bool,
    start_line: u64,
    size: u64,
    quote: Field,
    /// The 0-based index of the current field.
    column: usize,
    /// The first field with text after its closing quote: its index and
    /// the line of that text.
    after_quote: Option<(usize, u64)>,
    /// The field delimiter.
    delimiter: u8,
}

impl Tracker {
    fn new_record(&mut self) {
        self.begun = false;
        self.size = 0;
        self.quote = Field::Start;
        self.column = 0;
        self.after_quote = None;
    }

    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            let line_end = b == b'\r' || (b == b'\n' && !self.prev_cr);
            if !self.begun {
                self.prev_cr = b == b'\r';
                if b == b'\r' || b == b'\n' {
                    self.lines += u64::from(line_end);
                    continue;
                }
                self.begun = true;
                self.start_line = self.lines + 1;
            }
            self.lines += u64::from(line_end);
            self.prev_cr = b == b'\r';
            self.size += 1;
            self.quote = match (self.quote, b) {
                (Field::Start, b'"') => Field::Quoted,
                (Field::Start | Field::Unquoted | Field::QuoteSeen, d) if d == self.delimiter => {
                    self.column += 1;
                    Field::Start
                }
                (Field::Start | Field::Unquoted, _) => Field::Unquoted,
                (Field::Quoted, b'"') => Field::QuoteSeen,
                (Field::Quoted, _) => Field::Quoted,
                (Field::QuoteSeen, b'"') => Field::Quoted,
                (Field::QuoteSeen, b'\r' | b'\n') => Field::Unquoted,
                (Field::QuoteSeen, _) => {
                    // `csv-core` joins such text to the field and says
                    // nothing, so only this walk can tell: RFC 4180 allows
                    // none, and it is the mark of a quote that closed in the
                    // wrong place, after swallowing the rows in between.
                    if self.after_quote.is_none() {
                        self.after_quote = Some((self.column, self.lines + 1));
                    }
                    Field::Unquoted
                }
            };
        }
    }
}

/// A record as `csv-core` delivered it.
enum Raw {
    /// The fields are in `out`, ending at `ends[..count]`.
    Fields {
        line: u64,
        count: usize,
    },
    Error {
        line: u64,
        kind: CsvErrorKind,
    },
}

#[derive(Debug)]
enum HeaderState {
    Unread,
    Absent,
    Read(Header),
    Failed(HeaderError),
}

/// Reads CTDC/HTCDS CSV rows from a [`Read`]; see the module documentation.
///
/// ```
/// use palermo::io::csv_rows::CsvRows;
///
/// let input = "id,Gender,gender \r1,F,f\r2\r";
/// let mut rows = CsvRows::new(input.as_bytes());
/// let header = rows.header().unwrap().unwrap();
/// assert_eq!(header.duplicates[0].columns.len(), 2);
/// let items: Vec<_> = rows.collect();
/// assert_eq!(items.len(), 2);
/// let second = items[1].as_ref().unwrap();
/// assert_eq!((second.number, second.line, second.fields.len()), (2, 3, 1));
/// ```
#[derive(Debug)]
pub struct CsvRows<R> {
    inner: R,
    buf: Box<[u8]>,
    pos: usize,
    len: usize,
    eof: bool,
    first_call: bool,
    core: csv_core::Reader,
    limit: usize,
    out: Vec<u8>,
    ends: Vec<usize>,
    scratch: Box<[u8]>,
    scratch_ends: Box<[usize]>,
    track: Tracker,
    header: HeaderState,
    header_failure_told: bool,
    rows: u64,
    done: bool,
    peak: usize,
    /// How many fields of the record last read are held whole in `out`.
    kept: usize,
}

impl<R: Read> CsvRows<R> {
    /// A reader with the default limit of [`DEFAULT_MAX_ROW_BYTES`].
    pub fn new(reader: R) -> Self {
        Self::with_max_row_bytes(reader, DEFAULT_MAX_ROW_BYTES)
    }

    /// A reader that reports rows longer than `limit` bytes as too large.
    pub fn with_max_row_bytes(reader: R, limit: usize) -> Self {
        Self::with_options(reader, limit, b',')
    }

    /// A reader with a row limit of `limit` bytes and fields separated by
    /// `delimiter` (`,`, `;` or a tab, for example).
    pub fn with_options(reader: R, limit: usize, delimiter: u8) -> Self {
        CsvRows {
            inner: reader,
            buf: vec![0; READ_BUFFER].into_boxed_slice(),
            pos: 0,
            len: 0,
            eof: false,
            first_call: true,
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            limit,
            out: Vec::new(),
            ends: Vec::new(),
            scratch: vec![0; SKIP_BUFFER].into_boxed_slice(),
            scratch_ends: vec![0; 64].into_boxed_slice(),
            track: Tracker {
                lines: 0,
                prev_cr: false,
                begun: false,
                start_line: 1,
                size: 0,
                quote: Field::Start,
                column: 0,
                after_quote: None,
                delimiter,
            },
            header: HeaderState::Unread,
            header_failure_told: false,
            rows: 0,
            done: false,
            peak: 0,
            kept: 0,
        }
    }

    /// The row limit in bytes.
    pub fn max_row_bytes(&self) -> usize {
        self.limit
    }

    /// The largest size, in bytes, that the buffers holding one row (its
    /// fields and their end offsets) have reached. The fixed buffers (64 KiB
    /// for input, 8 KiB of scratch for skipping) are not counted.
    pub fn peak_buffer(&self) -> usize {
        self.peak
    }

    /// The field in column `index` (0-based) of the record read last, when
    /// that record was held whole and the field is UTF-8: for a caller that
    /// names a row given as a [`CsvErrorKind::NotUtf8`] error by another of
    /// its fields (its id). `None` after the other errors, whose fields are
    /// not kept or not to be trusted.
    pub fn field(&self, index: usize) -> Option<&str> {
        if index >= self.kept {
            return None;
        }
        let start = match index.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        let end = *self.ends.get(index)?;
        std::str::from_utf8(self.out.get(start..end)?).ok()
    }

    /// The header, read first if it has not been yet: `Ok(None)` for an
    /// empty input.
    pub fn header(&mut self) -> Result<Option<&Header>, HeaderError> {
        if matches!(self.header, HeaderState::Unread) {
            self.read_header();
        }
        match &self.header {
            HeaderState::Read(header) => Ok(Some(header)),
            HeaderState::Failed(error) => Err(*error),
            HeaderState::Unread | HeaderState::Absent => Ok(None),
        }
    }

    /// Read the header again, from the next record: for a preamble row (a
    /// title or a terms-of-use line) found where the header should be.
    /// Returns `false`, and changes nothing, once a data row has been read
    /// or if the header failed to read.
    pub fn retry_header(&mut self) -> bool {
        if self.rows > 0 || !matches!(self.header, HeaderState::Read(_)) {
            return false;
        }
        self.header = HeaderState::Unread;
        true
    }

    fn read_header(&mut self) {
        self.header = match self.read_raw() {
            None => HeaderState::Absent,
            Some(Raw::Error { line, kind }) => {
                if matches!(kind, CsvErrorKind::Read(_)) {
                    self.done = true;
                }
                HeaderState::Failed(HeaderError { line, kind })
            }
            Some(Raw::Fields { line, count }) => match self.texts(count) {
                Ok(names) => HeaderState::Read(Header::new(names, line)),
                Err(column) => HeaderState::Failed(HeaderError {
                    line,
                    kind: CsvErrorKind::NotUtf8 { column },
                }),
            },
        };
    }

    /// The first `count` fields as text, or the index of the first field
    /// that is not UTF-8.
    fn texts(&self, count: usize) -> Result<Vec<String>, usize> {
        let mut fields = Vec::with_capacity(count);
        let mut start = 0;
        for (column, &end) in self.ends.iter().take(count).enumerate() {
            let bytes = self.out.get(start..end).unwrap_or_default();
            match std::str::from_utf8(bytes) {
                Ok(text) => fields.push(text.to_owned()),
                Err(_) => return Err(column),
            }
            start = end;
        }
        Ok(fields)
    }

    /// Make input available; `false` at the end of the input.
    fn fill(&mut self) -> io::Result<bool> {
        if self.pos < self.len {
            return Ok(true);
        }
        if self.eof {
            return Ok(false);
        }
        self.pos = 0;
        self.len = 0;
        loop {
            match self.inner.read(&mut self.buf) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.len = n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Before the first call to `csv-core`, gather enough bytes to see a
    /// byte-order mark, and skip it.
    fn skip_bom(&mut self) -> io::Result<()> {
        self.first_call = false;
        while self.len < BOM.len() && !self.eof {
            let mut more = [0u8; 3];
            let want = BOM.len() - self.len;
            match self.inner.read(more.get_mut(..want).unwrap_or_default()) {
                Ok(0) => self.eof = true,
                Ok(n) => {
                    let dst = self.buf.get_mut(self.len..self.len + n).unwrap_or_default();
                    dst.copy_from_slice(more.get(..n).unwrap_or_default());
                    self.len += n;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        if self.buf.get(..self.len).is_some_and(|b| b.starts_with(BOM)) {
            self.pos = BOM.len();
        }
        Ok(())
    }

    /// Read one record with `csv-core`: its fields, an error, or `None` at
    /// the end of the input.
    fn read_raw(&mut self) -> Option<Raw> {
        if self.done {
            return None;
        }
        self.track.new_record();
        self.kept = 0;
        let mut over = false;
        let (mut nout, mut nend) = (0, 0);
        loop {
            let available = if self.first_call {
                self.skip_bom().and_then(|()| self.fill())
            } else {
                self.fill()
            };
            if let Err(error) = available {
                self.done = true;
                return Some(Raw::Error {
                    line: if self.track.begun {
                        self.track.start_line
                    } else {
                        self.track.lines + 1
                    },
                    kind: CsvErrorKind::Read(error.kind()),
                });
            }
            let input = self.buf.get(self.pos..self.len).unwrap_or_default();
            let (result, nin, o, e) = if over {
                self.core
                    .read_record(input, &mut self.scratch, &mut self.scratch_ends)
            } else {
                let out = self.out.get_mut(nout..).unwrap_or_default();
                let ends = self.ends.get_mut(nend..).unwrap_or_default();
                self.core.read_record(input, out, ends)
            };
            self.track.feed(input.get(..nin).unwrap_or_default());
            let at_end = input.is_empty();
            self.pos += nin;
            if !over {
                nout += o;
                nend += e;
            }
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull if !over => {
                    if self.out.len() > self.limit {
                        over = true;
                    } else {
                        let grown = (self.out.len() * 2).max(1024).min(self.limit + 1);
                        self.out.reserve_exact(grown - self.out.len());
                        self.out.resize(grown, 0);
                    }
                }
                ReadRecordResult::OutputEndsFull if !over => {
                    let grown = (self.ends.len() * 2).max(16);
                    self.ends.reserve_exact(grown - self.ends.len());
                    self.ends.resize(grown, 0);
                }
                ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {}
                ReadRecordResult::Record => {
                    let line = self.track.start_line;
                    let size = self.track.size - u64::from(!at_end);
                    let kind = if at_end && self.track.quote == Field::Quoted {
                        Some(CsvErrorKind::UnterminatedQuote)
                    } else if let Some((column, line)) = self.track.after_quote {
                        Some(CsvErrorKind::TextAfterQuote { column, line })
                    } else if over || size > self.limit as u64 {
                        Some(CsvErrorKind::TooLarge {
                            size,
                            limit: self.limit,
                        })
                    } else {
                        None
                    };
                    self.peak = self
                        .peak
                        .max(self.out.capacity() + std::mem::size_of_val(self.ends.as_slice()));
                    return Some(match kind {
                        Some(kind) => Raw::Error { line, kind },
                        None => {
                            self.kept = nend;
                            Raw::Fields { line, count: nend }
                        }
                    });
                }
                ReadRecordResult::End => {
                    self.done = true;
                    return None;
                }
            }
            if self.track.size > self.limit as u64 {
                // Before the row's end, every byte counted is the row's own.
                over = true;
            }
            self.peak = self
                .peak
                .max(self.out.capacity() + std::mem::size_of_val(self.ends.as_slice()));
        }
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<Row, RowError>;

    /// The next data row, or its error; `None` at the end of the input.
    fn next(&mut self) -> Option<Self::Item> {
        if matches!(self.header, HeaderState::Unread) {
            self.read_header();
        }
        if let HeaderState::Failed(HeaderError {
            line,
            kind: kind @ CsvErrorKind::Read(_),
        }) = self.header
        {
            if !self.header_failure_told {
                // The rows could not be reached: one item says so.
                self.header_failure_told = true;
                return Some(Err(RowError {
                    number: 1,
                    line,
                    kind,
                }));
            }
        }
        let raw = self.read_raw()?;
        self.rows += 1;
        let number = self.rows;
        let width = match &self.header {
            HeaderState::Read(header) => header.len(),
            _ => usize::MAX,
        };
        Some(match raw {
            Raw::Error { line, kind } => Err(RowError { number, line, kind }),
            Raw::Fields { line, count } => match self.texts(count) {
                Ok(mut fields) => {
                    let extra = fields.split_off(width.min(fields.len()));
                    Ok(Row {
                        number,
                        line,
                        fields,
                        extra,
                    })
                }
                Err(column) => Err(RowError {
                    number,
                    line,
                    kind: CsvErrorKind::NotUtf8 { column },
                }),
            },
        })
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    /// Items as comparable values: `Ok((number, line, fields, extra))` or
    /// `Err((number, line, kind))`.
    type Got = Result<(u64, u64, Vec<String>, Vec<String>), (u64, u64, CsvErrorKind)>;

    fn got(item: Result<Row, RowError>) -> Got {
        match item {
            Ok(row) => Ok((row.number, row.line, row.fields, row.extra)),
            Err(e) => Err((e.number, e.line, e.kind)),
        }
    }

    /// A reader that hands out at most `step` bytes per call.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.data.len().min(buf.len()).min(self.step);
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    /// Read `input` whole and in small pieces; both must agree.
    fn rows_with(input: &[u8], limit: usize) -> Vec<Got> {
        let whole: Vec<Got> = CsvRows::with_max_row_bytes(input, limit).map(got).collect();
        for step in [1, 2, 5] {
            let trickled: Vec<Got> =
                CsvRows::with_max_row_bytes(Trickle { data: input, step }, limit)
                    .map(got)
                    .collect();
            assert_eq!(whole, trickled, "read {step} bytes at a time");
        }
        whole
    }

    fn rows(input: &str) -> Vec<Got> {
        rows_with(input.as_bytes(), DEFAULT_MAX_ROW_BYTES)
    }

    fn row(number: u64, line: u64, fields: &[&str], extra: &[&str]) -> Got {
        Ok((
            number,
            line,
            fields.iter().map(|s| s.to_string()).collect(),
            extra.iter().map(|s| s.to_string()).collect(),
        ))
    }

    fn header_of(input: &str) -> Result<Option<Header>, HeaderError> {
        CsvRows::new(input.as_bytes()).header().map(|h| h.cloned())
    }

    /// The number of data records the `csv` crate reads from `input`.
    fn csv_crate_count(input: &[u8]) -> usize {
        csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(input)
            .byte_records()
            .count()
    }

    #[test]
    fn empty_input_has_no_header_and_no_rows() {
        assert_eq!(header_of(""), Ok(None));
        assert_eq!(rows(""), vec![]);
        assert_eq!(rows("\r\n\n\r"), vec![]);
        assert_eq!(rows("\u{feff}"), vec![]);
    }

    #[test]
    fn header_without_data_rows_gives_no_rows() {
        assert_eq!(rows("id,name"), vec![]);
        assert_eq!(rows("id,name\r\n\r\n"), vec![]);
        assert_eq!(
            header_of("id,name\n").unwrap().unwrap().names,
            vec!["id", "name"]
        );
    }

    #[test]
    fn rows_are_numbered_from_one_with_the_line_they_start_on() {
        assert_eq!(
            rows("id,name\n1,a\n2,b\n"),
            vec![row(1, 2, &["1", "a"], &[]), row(2, 3, &["2", "b"], &[])]
        );
    }

    #[test]
    fn lf_crlf_and_cr_alone_all_end_rows() {
        let expected = vec![
            row(1, 2, &["1", "a"], &[]),
            row(2, 3, &["2", "b"], &[]),
            row(3, 4, &["3", "c"], &[]),
        ];
        assert_eq!(rows("id,name\n1,a\n2,b\n3,c"), expected);
        assert_eq!(rows("id,name\r\n1,a\r\n2,b\r\n3,c\r\n"), expected);
        assert_eq!(rows("id,name\r1,a\r2,b\r3,c\r"), expected);
        assert_eq!(rows("id,name\r1,a\n2,b\r\n3,c"), expected);
    }

    #[test]
    fn cr_only_file_gives_every_row() {
        let mut input = String::from("id,v");
        for i in 0..1000 {
            input.push_str(&format!("\r{i},\"x\ry\""));
        }
        let got = rows(&input);
        assert_eq!(got.len(), 1000);
        for (i, item) in got.iter().enumerate() {
            let (number, line, fields, _) = item.as_ref().unwrap();
            assert_eq!(*number, i as u64 + 1);
            assert_eq!(*line, 2 + 2 * i as u64);
            assert_eq!(fields, &vec![i.to_string(), "x\ry".to_string()]);
        }
    }

    #[test]
    fn blank_lines_are_not_rows_but_count_as_lines() {
        assert_eq!(
            rows("\n\nid\r\n\r\n1\n\r\r\n2\n"),
            vec![row(1, 5, &["1"], &[]), row(2, 8, &["2"], &[])]
        );
        assert_eq!(header_of("\n\nid\n").unwrap().unwrap().line, 3);
    }

    #[test]
    fn bom_before_the_header_is_skipped_and_a_quoted_name_stays_quoted() {
        let header = header_of("\u{feff}\"id\",\"na,me\"\n1,2\n")
            .unwrap()
            .unwrap();
        assert_eq!(header.names, vec!["id", "na,me"]);
        assert_eq!(rows("\u{feff}id\n1\n"), vec![row(1, 2, &["1"], &[])]);
        // A mark anywhere else is text.
        assert_eq!(
            rows("id\n\u{feff}1\n"),
            vec![row(1, 2, &["\u{feff}1"], &[])]
        );
    }

    #[test]
    fn quoted_fields_hold_commas_doubled_quotes_and_line_ends() {
        let input = "id,note\n1,\"a,b \"\"c\"\"\nd\r\ne\"\n2,x\n";
        assert_eq!(
            rows(input),
            vec![
                row(1, 2, &["1", "a,b \"c\"\nd\r\ne"], &[]),
                row(2, 5, &["2", "x"], &[])
            ]
        );
    }

    #[test]
    fn quote_inside_an_unquoted_field_is_a_literal_character() {
        assert_eq!(
            rows("id,note\n1,ab\"c\n2,d\"\n3,\"e\"\n"),
            vec![
                row(1, 2, &["1", "ab\"c"], &[]),
                row(2, 3, &["2", "d\""], &[]),
                row(3, 4, &["3", "e"], &[])
            ]
        );
    }

    #[test]
    fn two_stray_quotes_merge_nothing() {
        let input = "id,note\n1,ab\"c\n2,x\n3,de\"f,g\"h\n4,y\n";
        let got = rows(input);
        assert_eq!(got.len(), 4);
        assert_eq!(got[2], row(3, 4, &["3", "de\"f"], &["g\"h"]));
        assert_eq!(csv_crate_count(input.as_bytes()), 4);
    }

    #[test]
    fn text_after_a_closing_quote_is_an_error_naming_its_column_and_line() {
        assert_eq!(
            rows("a,b\n\"x\"y,z\n1,\"w\"\n"),
            vec![
                Err((1, 2, CsvErrorKind::TextAfterQuote { column: 0, line: 2 })),
                row(2, 3, &["1", "w"], &[])
            ]
        );
        // A doubled quote, a delimiter or a line end after the closing quote
        // is not text after it.
        assert_eq!(
            rows("a,b\n\"x\"\"y\",\"z\"\r\n\"\",\"\"\r"),
            vec![row(1, 2, &["x\"y", "z"], &[]), row(2, 3, &["", ""], &[])]
        );
    }

    #[test]
    fn a_quote_that_closes_on_a_later_row_is_an_error_not_a_lost_row() {
        // The quote opened on line 2 closes on line 3, before `Threats`: the
        // Female row is inside row 1, which is an error naming both lines.
        let input = "gender,flag,means\nMale,1,\"Debt bondage\nFemale,0,\"Threats\"\nMale,1,x\n";
        assert_eq!(
            rows(input),
            vec![
                Err((1, 2, CsvErrorKind::TextAfterQuote { column: 2, line: 3 })),
                row(2, 4, &["Male", "1", "x"], &[])
            ]
        );
        assert_eq!(csv_crate_count(input.as_bytes()), 2);
        let error = RowError {
            number: 1,
            line: 2,
            kind: CsvErrorKind::TextAfterQuote { column: 2, line: 3 },
        };
        assert_eq!(
            error.to_string(),
            "row 1 (line 2) has text after the closing quote of the quoted field in column 3, on line 3"
        );
    }

    #[test]
    fn the_fields_of_a_row_that_is_not_utf8_can_still_be_read_one_by_one() {
        let mut reader = CsvRows::new(&b"id,note,x\nr1,\xFF,\"q,\"\nr2,\"a\"b\n"[..]);
        let first = reader.next().unwrap();
        assert_eq!(
            first,
            Err(RowError {
                number: 1,
                line: 2,
                kind: CsvErrorKind::NotUtf8 { column: 1 }
            })
        );
        assert_eq!(reader.field(0), Some("r1"));
        assert_eq!(reader.field(1), None);
        assert_eq!(reader.field(2), Some("q,"));
        assert_eq!(reader.field(3), None);
        // After an error whose fields are not to be trusted, none is given.
        assert!(reader.next().unwrap().is_err());
        assert_eq!(reader.field(0), None);
    }

    #[test]
    fn short_row_has_its_missing_fields_absent() {
        let got = rows("a,b,c\n1\n1,2\n,\n");
        assert_eq!(
            got,
            vec![
                row(1, 2, &["1"], &[]),
                row(2, 3, &["1", "2"], &[]),
                row(3, 4, &["", ""], &[])
            ]
        );
    }

    #[test]
    fn long_row_keeps_its_extra_fields_apart() {
        let items: Vec<_> = CsvRows::new("a,b\n1,2,3,4\n".as_bytes()).collect();
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.fields, vec!["1", "2"]);
        assert_eq!(first.extra, vec!["3", "4"]);
        assert_eq!(first.get(1), Some("2"));
        assert_eq!(first.get(2), None);
    }

    #[test]
    fn duplicate_columns_are_reported_with_names_and_indices() {
        let header = header_of("ID,Gender,age,gender ,\u{a0}GENDER,id,Age2\n")
            .unwrap()
            .unwrap();
        assert_eq!(
            header.duplicates,
            vec![
                Duplicate {
                    key: "id".into(),
                    columns: vec![
                        Column {
                            index: 0,
                            name: "ID".into()
                        },
                        Column {
                            index: 5,
                            name: "id".into()
                        }
                    ]
                },
                Duplicate {
                    key: "gender".into(),
                    columns: vec![
                        Column {
                            index: 1,
                            name: "Gender".into()
                        },
                        Column {
                            index: 3,
                            name: "gender ".into()
                        },
                        Column {
                            index: 4,
                            name: "\u{a0}GENDER".into()
                        }
                    ]
                },
            ]
        );
        assert!(header.is_duplicated(3));
        assert!(!header.is_duplicated(2));
    }

    #[test]
    fn find_does_not_pick_a_winner_among_duplicates() {
        let header = header_of("Gender,age,gender \n").unwrap().unwrap();
        assert!(matches!(header.find("GENDER"), Lookup::Duplicated(d) if d.columns.len() == 2));
        assert_eq!(header.find(" Age "), Lookup::Column(1));
        assert_eq!(header.find("nationality"), Lookup::Missing);
        assert!(header_of("a,b\n").unwrap().unwrap().duplicates.is_empty());
    }

    #[test]
    fn quote_in_the_header_is_read_like_a_data_row() {
        let header = header_of("id,na\"me,\"x\ny\"\n1,2,3\n").unwrap().unwrap();
        assert_eq!(header.names, vec!["id", "na\"me", "x\ny"]);
        assert_eq!(
            rows("id,na\"me,\"x\ny\"\n1,2,3\n"),
            vec![row(1, 3, &["1", "2", "3"], &[])]
        );
    }

    #[test]
    fn quote_never_closed_gives_one_unterminated_quote_error() {
        let input = "id,note\n1,a\n2,\"never\n3,closed\n4,x\n";
        assert_eq!(
            rows(input),
            vec![
                row(1, 2, &["1", "a"], &[]),
                Err((2, 3, CsvErrorKind::UnterminatedQuote))
            ]
        );
        assert_eq!(csv_crate_count(input.as_bytes()), 2);
        // A quote that closes right at the end is fine.
        assert_eq!(rows("a\n\"x\"\"\""), vec![row(1, 2, &["x\""], &[])]);
    }

    #[test]
    fn quote_closing_much_later_makes_one_row_as_the_rfc_says() {
        let input = "id,note\n1,\"opens\n2,a\n3,b\nand closes\",z\n4,c\n";
        let got = rows(input);
        assert_eq!(
            got,
            vec![
                row(1, 2, &["1", "opens\n2,a\n3,b\nand closes"], &["z"]),
                row(2, 6, &["4", "c"], &[])
            ]
        );
        assert_eq!(got.len(), csv_crate_count(input.as_bytes()));
    }

    #[test]
    fn row_over_the_limit_is_one_error_and_the_next_row_is_read() {
        let input = format!("id,note\n1,short\n2,{}\n3,ok\n", "x".repeat(100));
        assert_eq!(
            rows_with(input.as_bytes(), 20),
            vec![
                row(1, 2, &["1", "short"], &[]),
                Err((
                    2,
                    3,
                    CsvErrorKind::TooLarge {
                        size: 102,
                        limit: 20
                    }
                )),
                row(3, 4, &["3", "ok"], &[])
            ]
        );
    }

    #[test]
    fn big_quoted_field_with_line_ends_is_one_error_not_many_rows() {
        let big: String = (0..50).map(|i| format!("{i},fake row\r\n")).collect();
        let input = format!("id,note\r\n1,\"{big}\"\r\n2,after\r\n");
        let got = rows_with(input.as_bytes(), 64);
        assert_eq!(got.len(), 2);
        assert!(matches!(got[0], Err((1, 2, CsvErrorKind::TooLarge { .. }))));
        assert_eq!(got[1], row(2, 53, &["2", "after"], &[]));
        assert_eq!(csv_crate_count(input.as_bytes()), 2);
    }

    #[test]
    fn row_exactly_at_the_limit_is_kept_and_its_line_end_does_not_count() {
        let input = "id\r\n12345\r\n123456\r\n\"1234\"\n";
        assert_eq!(
            rows_with(input.as_bytes(), 6),
            vec![
                row(1, 2, &["12345"], &[]),
                row(2, 3, &["123456"], &[]),
                row(3, 4, &["1234"], &[])
            ]
        );
        assert_eq!(
            rows_with(input.as_bytes(), 5)[1],
            Err((2, 3, CsvErrorKind::TooLarge { size: 6, limit: 5 }))
        );
    }

    #[test]
    fn header_over_the_limit_is_a_header_error_and_rows_keep_their_numbers() {
        let input = format!("id,{}\n1,a\n2,b\n", "n".repeat(50));
        let mut reader = CsvRows::with_max_row_bytes(input.as_bytes(), 10);
        assert_eq!(
            reader.header().map(|h| h.cloned()),
            Err(HeaderError {
                line: 1,
                kind: CsvErrorKind::TooLarge {
                    size: 53,
                    limit: 10
                }
            })
        );
        let items: Vec<Got> = reader.map(got).collect();
        assert_eq!(
            items,
            vec![row(1, 2, &["1", "a"], &[]), row(2, 3, &["2", "b"], &[])]
        );
    }

    #[test]
    fn field_that_is_not_utf8_gives_an_error_naming_its_column() {
        let input = b"a,b\n1,\xff\xfe\n2,ok\n";
        let items: Vec<Got> = CsvRows::new(&input[..]).map(got).collect();
        assert_eq!(
            items,
            vec![
                Err((1, 2, CsvErrorKind::NotUtf8 { column: 1 })),
                row(2, 3, &["2", "ok"], &[])
            ]
        );
        let mut bad_header = CsvRows::new(&b"a,\xff\n1,2\n"[..]);
        assert_eq!(
            bad_header.header().map(|h| h.cloned()),
            Err(HeaderError {
                line: 1,
                kind: CsvErrorKind::NotUtf8 { column: 1 }
            })
        );
        assert_eq!(bad_header.count(), 1);
    }

    struct Failing {
        data: &'static [u8],
    }

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.data.is_empty() {
                return Err(io::Error::other("cable cut"));
            }
            let n = self.data.len().min(buf.len()).min(4);
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn read_error_gives_one_error_item_and_ends_the_rows() {
        let items: Vec<Got> = CsvRows::new(Failing { data: b"id\n1\n2" })
            .map(got)
            .collect();
        assert_eq!(
            items,
            vec![
                row(1, 2, &["1"], &[]),
                Err((2, 3, CsvErrorKind::Read(io::ErrorKind::Other)))
            ]
        );
        let items: Vec<Got> = CsvRows::new(Failing { data: b"i" }).map(got).collect();
        assert_eq!(
            items,
            vec![Err((1, 1, CsvErrorKind::Read(io::ErrorKind::Other)))]
        );
        // The same when the header was asked for first.
        let mut reader = CsvRows::new(Failing { data: b"i" });
        assert_eq!(
            reader.header().map(|h| h.cloned()),
            Err(HeaderError {
                line: 1,
                kind: CsvErrorKind::Read(io::ErrorKind::Other)
            })
        );
        let items: Vec<Got> = reader.map(got).collect();
        assert_eq!(
            items,
            vec![Err((1, 1, CsvErrorKind::Read(io::ErrorKind::Other)))]
        );
    }

    #[test]
    fn errors_say_positions_and_fixed_words_only() {
        let input = "id,secret\n1,\"classified\n";
        let texts: Vec<String> = CsvRows::with_max_row_bytes(input.as_bytes(), 5)
            .filter_map(Result::err)
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            texts,
            vec!["row 1 (line 2) has a quoted field that is never closed"]
        );
        let error = RowError {
            number: 3,
            line: 7,
            kind: CsvErrorKind::TooLarge { size: 9, limit: 5 },
        };
        assert_eq!(
            error.to_string(),
            "row 3 (line 7) is 9 bytes, more than the limit of 5 bytes"
        );
        let error = HeaderError {
            line: 1,
            kind: CsvErrorKind::NotUtf8 { column: 0 },
        };
        assert_eq!(
            error.to_string(),
            "the header row (line 1) has a field that is not UTF-8 in column 1"
        );
    }

    #[test]
    fn stray_quote_in_row_50001_of_100000_gives_100000_items() {
        let mut input = String::from("id,name,note\n");
        for i in 1..=100_000u32 {
            if i == 50_001 {
                input.push_str(&format!("{i},ab\"c,d\n"));
            } else {
                input.push_str(&format!("{i},n{i},\"q,{i}\"\n"));
            }
        }
        let got: Vec<_> = CsvRows::new(input.as_bytes()).collect();
        assert_eq!(got.len(), 100_000);
        assert_eq!(csv_crate_count(input.as_bytes()), 100_000);
        let stray = got[50_000].as_ref().unwrap();
        assert_eq!((stray.number, stray.line), (50_001, 50_002));
        assert_eq!(stray.fields, vec!["50001", "ab\"c", "d"]);
        let last = got[99_999].as_ref().unwrap();
        assert_eq!((last.number, last.line), (100_000, 100_001));
        assert!(got.iter().all(Result::is_ok));
    }

    /// A CSV made on the fly: a header, then one row whose quoted field is
    /// `field` bytes long (with line ends inside), then a short row.
    struct BigField {
        parts: Vec<Vec<u8>>,
        filler: u64,
        made: u64,
        at: usize,
        pos: usize,
    }

    impl Read for BigField {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.at == 1 && self.filler > 0 {
                let n = (buf.len() as u64).min(self.filler) as usize;
                for b in buf[..n].iter_mut() {
                    self.made += 1;
                    *b = if self.made % 100 == 0 { b'\n' } else { b',' };
                }
                self.filler -= n as u64;
                return Ok(n);
            }
            if self.at == 1 {
                self.at = 2;
            }
            let Some(part) = self.parts.get(self.at) else {
                return Ok(0);
            };
            let n = (part.len() - self.pos).min(buf.len());
            buf[..n].copy_from_slice(&part[self.pos..self.pos + n]);
            self.pos += n;
            if self.pos == part.len() {
                self.at += 1;
                self.pos = 0;
                if self.at == 1 && self.filler == 0 {
                    self.at = 2;
                }
            }
            Ok(n)
        }
    }

    #[test]
    fn memory_stays_flat_for_a_64_mib_quoted_field() {
        let field = 64u64 << 20;
        let source = BigField {
            parts: vec![
                b"id,note\n1,\"".to_vec(),
                Vec::new(),
                b"\"\n2,after\n".to_vec(),
            ],
            filler: field,
            made: 0,
            at: 0,
            pos: 0,
        };
        let mut reader = CsvRows::new(source);
        let items: Vec<Got> = reader.by_ref().map(got).collect();
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0],
            Err((
                1,
                2,
                CsvErrorKind::TooLarge {
                    size: field + 4,
                    limit: DEFAULT_MAX_ROW_BYTES
                }
            ))
        );
        assert_eq!(items[1], row(2, 3 + field / 100, &["2", "after"], &[]));
        let peak = reader.peak_buffer();
        assert!(
            peak <= DEFAULT_MAX_ROW_BYTES + 4096,
            "peak buffer {peak} bytes"
        );
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        /// Bytes that matter to CSV, and a few that do not.
        fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
            proptest::collection::vec(
                prop_oneof![
                    4 => prop::sample::select(vec![b'"', b',', b'\r', b'\n', b'a', b'b', b' ']),
                    1 => prop::sample::select(vec![0xEF, 0xBB, 0xBF, 0xFF, 0x00, b'\t']),
                ],
                0..200,
            )
            .prop_map(|mut bytes| {
                if bytes.first() == Some(&0xEF) {
                    // Often start with a whole byte-order mark.
                    bytes.splice(0..1, BOM.iter().copied());
                }
                bytes
            })
        }

        fn field() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop_oneof![
                    4 => proptest::char::range('a', 'z'),
                    2 => prop::sample::select(vec!['"', ',', '\r', '\n', ' ', '\u{feff}', 'é']),
                    1 => Just('\u{1F600}'),
                ],
                0..8,
            )
            .prop_map(|chars| chars.into_iter().collect::<String>())
        }

        /// Count line ends: `\r\n`, `\r` and `\n` each count once.
        fn line_ends(bytes: &[u8]) -> u64 {
            let mut n = 0;
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'\r' || (b == b'\n' && (i == 0 || bytes[i - 1] != b'\r')) {
                    n += 1;
                }
            }
            n
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn items_equal_the_csv_crate_record_count_for_any_bytes(
                input in csv_bytes(),
                limit in prop_oneof![Just(DEFAULT_MAX_ROW_BYTES), 0usize..12],
                step in 1usize..9,
            ) {
                let expected = csv_crate_count(&input);
                let whole = CsvRows::with_max_row_bytes(&input[..], limit).count();
                prop_assert_eq!(whole, expected);
                let trickled = CsvRows::with_max_row_bytes(Trickle { data: &input, step }, limit).count();
                prop_assert_eq!(trickled, expected);
            }

            #[test]
            fn written_tables_read_back_field_by_field(
                names in proptest::collection::vec("[a-z]{1,5}", 1..5),
                table in proptest::collection::vec(proptest::collection::vec(field(), 1..6), 0..20),
                terminator in prop::sample::select(vec![&b"\n"[..], b"\r\n", b"\r"]),
                bom in any::<bool>(),
                step in prop_oneof![Just(1usize), 2usize..9, Just(1 << 16)],
            ) {
                let term = match terminator {
                    b"\n" => csv::Terminator::Any(b'\n'),
                    b"\r" => csv::Terminator::Any(b'\r'),
                    _ => csv::Terminator::CRLF,
                };
                let mut writer = csv::WriterBuilder::new()
                    .flexible(true)
                    .terminator(term)
                    .from_writer(if bom { BOM.to_vec() } else { Vec::new() });
                writer.write_record(&names).unwrap();
                let mut starts = Vec::new();
                for fields in &table {
                    writer.flush().unwrap();
                    starts.push(writer.get_ref().len());
                    writer.write_record(fields).unwrap();
                }
                let input = writer.into_inner().unwrap();
                let items: Vec<_> = CsvRows::new(Trickle { data: &input, step }).collect();
                prop_assert_eq!(items.len(), table.len());
                for (k, (item, fields)) in items.iter().zip(&table).enumerate() {
                    let row = item.as_ref().map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert_eq!(row.number, k as u64 + 1);
                    let skipped = if bom { BOM.len() } else { 0 };
                    prop_assert_eq!(row.line, 1 + line_ends(&input[skipped..starts[k]]));
                    let mut all = row.fields.clone();
                    all.extend(row.extra.iter().cloned());
                    prop_assert_eq!(&all, fields);
                    prop_assert_eq!(row.fields.len(), fields.len().min(names.len()));
                }
            }
        }
    }
}
