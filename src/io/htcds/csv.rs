//! A small RFC 4180 reader, streaming: quoted fields, doubled quotes, line
//! breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark. The delimiter
//! (`,`, `;` or tab) is told from each row's unquoted characters until a
//! header has been read, then kept. Memory is bounded by the record limit.

use crate::Error;
use std::io::{self, BufRead};

/// One row: the line it starts on, and its fields or why it could not be read.
#[derive(Debug)]
pub struct Row {
    /// The 1-based line the row starts on.
    pub line: u64,
    /// The fields, or the error that stands in their place.
    pub fields: Result<Vec<String>, Error>,
    /// The delimiter the row was split on.
    pub delimiter: u8,
}

/// Reads rows from a CSV text.
#[derive(Debug)]
pub struct Reader<R> {
    inner: R,
    limit: usize,
    line: u64,
    delimiter: Option<u8>,
    rows: u64,
}

/// The delimiter with the most unquoted occurrences (`,` on a tie or none).
fn detect(bytes: &[u8]) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [comma, semicolon, tab] = counts;
    if semicolon > comma && semicolon >= tab {
        b';'
    } else if tab > comma && tab > semicolon {
        b'\t'
    } else {
        b','
    }
}

/// Split one record (without its line end) into fields.
fn split(record: &str, delimiter: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = record.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && at_start {
            quoted = true;
            at_start = false;
        } else if c == delimiter {
            fields.push(std::mem::take(&mut field));
            at_start = true;
        } else {
            field.push(c);
            at_start = false;
        }
    }
    fields.push(field);
    fields
}

impl<R: BufRead> Reader<R> {
    /// A reader of rows of at most `limit` bytes.
    pub fn new(inner: R, limit: usize) -> Self {
        Reader {
            inner,
            limit,
            line: 0,
            delimiter: None,
            rows: 0,
        }
    }

    /// Fix the delimiter from now on (once the header is known).
    pub fn set_delimiter(&mut self, delimiter: u8) {
        self.delimiter = Some(delimiter);
    }

    /// The next row, or `None` at the end of the input. Blank lines between
    /// rows are skipped.
    pub fn next_record(&mut self) -> io::Result<Option<Row>> {
        loop {
            let mut buf: Vec<u8> = Vec::new();
            let start = self.line + 1;
            let mut too_large = false;
            let mut quotes = 0usize;
            // Read physical lines until the quotes balance.
            loop {
                let mut chunk = Vec::new();
                let n = io::Read::take(&mut self.inner, (self.limit + 2) as u64)
                    .read_until(b'\n', &mut chunk)?;
                if n == 0 {
                    break;
                }
                if !chunk.ends_with(b"\n") && n > self.limit {
                    // Over-long physical line: drain it.
                    too_large = true;
                    let mut rest = Vec::new();
                    loop {
                        rest.clear();
                        let m = io::Read::take(&mut self.inner, 1 << 16)
                            .read_until(b'\n', &mut rest)?;
                        if m == 0 || rest.ends_with(b"\n") {
                            break;
                        }
                    }
                }
                self.line += 1;
                quotes += chunk.iter().filter(|&&b| b == b'"').count();
                if buf.len() + chunk.len() > self.limit {
                    too_large = true;
                } else {
                    buf.extend_from_slice(&chunk);
                }
                if quotes % 2 == 0 || too_large {
                    break;
                }
            }
            if buf.is_empty() && !too_large {
                return Ok(None);
            }
            if too_large {
                return Ok(Some(Row {
                    line: start,
                    delimiter: self.delimiter.unwrap_or(b','),
                    fields: Err(Error::TooLarge {
                        size: buf.len().max(self.limit + 1),
                        limit: self.limit,
                    }),
                }));
            }
            if quotes % 2 == 1 {
                return Ok(Some(Row {
                    line: start,
                    delimiter: self.delimiter.unwrap_or(b','),
                    fields: Err(Error::BadValue {
                        path: "$".into(),
                        message: "a quoted field is not closed before the end of the input".into(),
                    }),
                }));
            }
            let mut bytes: &[u8] = &buf;
            if self.rows == 0 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
            let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
            if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            self.rows += 1;
            let text = match std::str::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    return Ok(Some(Row {
                        line: start,
                        delimiter: self.delimiter.unwrap_or(b','),
                        fields: Err(Error::Utf8 {
                            offset: e.valid_up_to(),
                        }),
                    }))
                }
            };
            let delimiter = self.delimiter.unwrap_or_else(|| detect(bytes));
            return Ok(Some(Row {
                line: start,
                delimiter,
                fields: Ok(split(text, char::from(delimiter))),
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Result<Vec<String>, Error>> {
        let mut r = Reader::new(text.as_bytes(), 1 << 20);
        let mut out = Vec::new();
        while let Some(row) = r.next_record().unwrap() {
            out.push(row.fields);
        }
        out
    }

    #[test]
    fn quotes_commas_and_line_breaks() {
        let got = rows("a,b,c\r\n\"x, y\",\"say \"\"no\"\"\",\"two\nlines\"\r\n\n1,,3\n");
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_ref().unwrap(), &["a", "b", "c"]);
        assert_eq!(
            got[1].as_ref().unwrap(),
            &["x, y", "say \"no\"", "two\nlines"]
        );
        assert_eq!(got[2].as_ref().unwrap(), &["1", "", "3"]);
    }

    #[test]
    fn semicolons_and_tabs_are_detected() {
        assert_eq!(rows("a;b;\"c;d\"").remove(0).unwrap(), ["a", "b", "c;d"]);
        assert_eq!(rows("a\tb\tc").remove(0).unwrap(), ["a", "b", "c"]);
    }

    #[test]
    fn an_unclosed_quote_is_an_error() {
        assert!(rows("a,\"b\n").remove(0).is_err());
    }
}
