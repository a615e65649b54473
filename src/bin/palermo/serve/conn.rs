//! The connections of `palermo serve`, and the requests that never reach
//! the routes.
//!
//! A request that cannot be read as HTTP/1.1 (a `Content-Length` that is not
//! a number, or two that differ; a request line or a header that is not
//! HTTP; a head over the HTTP layer's limit) is refused by the HTTP layer
//! (hyper) before any route, layer or log of palermo sees it: hyper writes a
//! bare answer (`400`, `414` or `431`, `content-length: 0`) and closes the
//! connection. Every connection goes through a [`Connection`], which puts
//! the error record in place of that bare answer, with the same status, and
//! writes the request's line in the log (`unknown-method unknown-path 400`),
//! since nothing of such a request can be trusted to be a method or a path.
//!
//! That bare answer is told apart by its shape: a `4xx` head with
//! `content-length: 0` and no content type, alone in one write. Every
//! client error palermo answers itself has a JSON body (see `log` in
//! `serve.rs`), so no answer of palermo's has that shape.

use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Instant;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// The listener of `palermo serve`: TCP, each connection a [`Connection`].
pub struct Listener(pub TcpListener);

impl axum::serve::Listener for Listener {
    type Io = Connection;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Connection, std::net::SocketAddr) {
        let (stream, addr) = axum::serve::Listener::accept(&mut self.0).await;
        (
            Connection {
                stream,
                since: Instant::now(),
                answered: false,
                pending: None,
            },
            addr,
        )
    }

    fn local_addr(&self) -> io::Result<std::net::SocketAddr> {
        self.0.local_addr()
    }
}

/// A TCP connection whose bare refusals by the HTTP layer become error records.
pub struct Connection {
    stream: TcpStream,
    /// The start of the request under way: the connection's start, or the
    /// first read after an answer was written.
    since: Instant,
    /// Whether an answer was written since `since`.
    answered: bool,
    /// The error record being written in place of a bare refusal: its
    /// bytes, how many are written, and the length of the bare answer.
    pending: Option<(Vec<u8>, usize, usize)>,
}

impl Connection {
    /// Writes the error record in place of the bare answer of `len` bytes;
    /// `Ready(Ok(len))` once all of it is written.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        while let Some((bytes, written, len)) = &mut self.pending {
            if *written == bytes.len() {
                let len = *len;
                self.pending = None;
                return Poll::Ready(Ok(len));
            }
            let n = ready!(Pin::new(&mut self.stream).poll_write(cx, &bytes[*written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *written += n;
        }
        Poll::Ready(Ok(0))
    }

    /// If `head` is the HTTP layer's bare refusal, the error record to
    /// write instead (and its line in the log).
    fn replace(&mut self, head: &[u8]) -> bool {
        let Some(status) = bare_refusal(head) else {
            return false;
        };
        let message = match status {
            414 => "the request's path is too long",
            431 => "the request's headers are over the limit",
            _ => "the request is not valid HTTP/1.1: its request line or a header (such as Content-Length) cannot be read",
        };
        let reason = axum::http::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("Bad Request");
        let body = super::error_body("$", message);
        let answer = format!(
            "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        eprintln!(
            "{} {} {status} {:.3}ms",
            super::UNKNOWN_METHOD,
            super::UNKNOWN_PATH,
            self.since.elapsed().as_secs_f64() * 1e3
        );
        self.pending = Some((answer.into_bytes(), 0, head.len()));
        true
    }
}

/// The status of the HTTP layer's bare refusal, if `head` is one: a whole
/// `4xx` answer head with `content-length: 0` and no content type.
fn bare_refusal(head: &[u8]) -> Option<u16> {
    let text = std::str::from_utf8(head).ok()?;
    let rest = text.strip_prefix("HTTP/1.")?.get(2..)?;
    if !text.ends_with("\r\n\r\n") || !rest.starts_with('4') {
        return None;
    }
    let status: u16 = rest.get(..3)?.parse().ok()?;
    let lower = text.to_ascii_lowercase();
    (lower.contains("\r\ncontent-length: 0\r\n") && !lower.contains("\r\ncontent-type:"))
        .then_some(status)
}

impl AsyncRead for Connection {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let filled = buf.filled().len();
        ready!(Pin::new(&mut self.stream).poll_read(cx, buf))?;
        if self.answered && buf.filled().len() > filled {
            self.answered = false;
            self.since = Instant::now();
        }
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        if this.pending.is_some() || this.replace(buf) {
            return this.drain(cx);
        }
        this.answered = true;
        Pin::new(&mut this.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let mut full = bufs.iter().filter(|b| !b.is_empty());
        let alone = match (full.next(), full.next()) {
            (Some(first), None) => Some(&**first),
            _ => None,
        };
        if this.pending.is_some() || alone.is_some_and(|head| this.replace(head)) {
            return this.drain(cx);
        }
        this.answered = true;
        Pin::new(&mut this.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::bare_refusal;

    #[test]
    fn only_the_http_layers_bare_refusal_is_replaced() {
        let bare = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\ndate: Sun, 01 Nov 2026 00:00:00 GMT\r\n\r\n";
        assert_eq!(bare_refusal(bare), Some(400));
        let large = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(bare_refusal(large), Some(431));
        // palermo's own answers: a JSON body, or a success.
        let ours = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(bare_refusal(ours), None);
        assert_eq!(
            bare_refusal(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"),
            None
        );
        assert_eq!(
            bare_refusal(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 10\r\n\r\n"),
            None
        );
        // A head and its body in one write is not a bare answer.
        assert_eq!(
            bare_refusal(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n{}"),
            None
        );
    }
}
