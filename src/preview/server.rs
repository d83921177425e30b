//! The HTTP side of the preview (tiny_http, on 127.0.0.1 only): the page,
//! the state as JSON, the text and redline of each policy, the explanation
//! of each code, and the event stream that says when the state changed.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tiny_http::{Header, Method, Request, Response};

use super::Shared;
use super::state::Rendered;
use crate::diff::history;
use crate::escape::html as escape;
use crate::render::page;
use crate::report::changelog;

/// At most this many pages may listen to the event stream at once; each
/// holds a thread.
const MAX_STREAMS: usize = 32;

/// A listening page hears at least this often, so that a page that went
/// away is noticed and its thread ends.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What every request is answered from.
pub struct Context {
    /// The state, shared with the watcher.
    pub shared: Arc<Shared>,
    /// The output directory, whose history holds the released editions.
    pub out_dir: std::path::PathBuf,
    /// The port, to check the `Host` of each request.
    pub port: u16,
}

/// Answers one request; a stream of events goes on in a thread of its own.
pub fn answer(request: Request, context: &Context) {
    if !host_is_local(&request, context.port) {
        // A page of another site that reached this port through a name of
        // its own (DNS rebinding) gets nothing.
        reply(
            request,
            text(403, "this preview answers only at 127.0.0.1 and localhost"),
        );
        return;
    }
    if *request.method() != Method::Get {
        reply(request, text(405, "the preview only serves GET requests"));
        return;
    }
    let url = request.url();
    let path = url.split_once('?').map_or(url, |(path, _)| path).to_owned();
    if path == "/events" {
        stream(request, &context.shared);
        return;
    }
    let response = route(&path, context);
    reply(request, response);
}

/// The response to a GET of `path`, other than the event stream.
fn route(path: &str, context: &Context) -> Response<std::io::Cursor<Vec<u8>>> {
    if path == "/" {
        return html(super::page::html(), &super::page::policy());
    }
    if path == "/state.json" {
        let json = context.shared.current().json();
        return with_type(Response::from_string(json), "application/json");
    }
    if let Some(code) = path.strip_prefix("/explain/") {
        return match crate::codes::Code::parse(code) {
            Some(code) => text(200, code.explanation()),
            None => text(404, "no diagnostic code has this name"),
        };
    }
    let framed =
        |title: &str, message: &str| html(message_page(title, message), super::page::FRAMED_POLICY);
    let (view, index) = match path.split_once('/').map(|(_, rest)| rest.split_once('/')) {
        Some(Some((view @ ("text" | "redline"), index))) => (view, index),
        _ => return text(404, "not found"),
    };
    let snapshot = context.shared.current();
    let Some(rendered) = index
        .parse::<usize>()
        .ok()
        .and_then(|i| snapshot.policies.get(i))
        .and_then(|p| p.rendered.clone())
    else {
        return framed(
            "No text",
            "No text yet: the policy has errors. Fix them to see its text.",
        );
    };
    if view == "text" {
        return html(rendered.html.clone(), super::page::FRAMED_POLICY);
    }
    match redline(&context.out_dir, &rendered) {
        Ok(page) => html(page, super::page::FRAMED_POLICY),
        Err(message) => framed("No redline", &message),
    }
}

/// The diff page of the policy as saved against its last released edition
/// in the output directory's history, as `policyc build` writes it; or why
/// there is none.
fn redline(out_dir: &Path, rendered: &Rendered) -> Result<String, String> {
    let id = &rendered.policy.id;
    let dir = out_dir.join(id).join(history::DIR);
    let shown = dir.to_string_lossy().replace('\\', "/");
    let history = history::read(&dir, id).map_err(|problems| {
        let said: Vec<String> = problems.iter().map(|p| p.message(id)).collect();
        format!(
            "The history in `{shown}` cannot be read: {}",
            said.join("; ")
        )
    })?;
    let Some(last) = history.editions.last() else {
        return Err(format!(
            "No edition of `{id}` has been released in `{shown}` yet: `policyc build` releases the first, and the redline compares with it."
        ));
    };
    Ok(changelog::Page::new(&last.policy, &rendered.policy).html())
}

/// A page of one message, in the look of the text.
fn message_page(title: &str, message: &str) -> String {
    let mut out = String::new();
    page::open(&mut out, "en", title, page::Kind::Text);
    out.push_str("<p>");
    out.push_str(&escape(message));
    out.push_str("</p>\n");
    page::close(&mut out);
    out
}

/// Whether the request's `Host` names this server: 127.0.0.1 or localhost
/// at its port.
fn host_is_local(request: &Request, port: u16) -> bool {
    let allowed = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .is_some_and(|h| {
            allowed
                .iter()
                .any(|a| h.value.as_str().eq_ignore_ascii_case(a))
        })
}

/// Sends a response; a page that went away before it is no matter.
fn reply(request: Request, response: Response<std::io::Cursor<Vec<u8>>>) {
    let _gone = request.respond(response);
}

/// A header from parts known to be valid; none if not.
fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// Adds the headers of every response: its type, no caching, no sniffing.
fn with_type(
    response: Response<std::io::Cursor<Vec<u8>>>,
    content_type: &str,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let headers = [
        header("Content-Type", content_type),
        header("Cache-Control", "no-store"),
        header("X-Content-Type-Options", "nosniff"),
    ];
    headers
        .into_iter()
        .flatten()
        .fold(response, Response::with_header)
}

/// An HTML response with its Content-Security-Policy.
fn html(body: String, csp: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let response = with_type(Response::from_string(body), "text/html; charset=utf-8");
    match header("Content-Security-Policy", csp) {
        Some(csp) => response.with_header(csp),
        None => response,
    }
}

/// A plain text response.
fn text(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    with_type(
        Response::from_string(body).with_status_code(status),
        "text/plain; charset=utf-8",
    )
}

/// Serves `/events` in a thread of its own: one event with the state's
/// generation at once and after every change, a comment every
/// [`KEEP_ALIVE`]; it ends when the page goes away.
fn stream(request: Request, shared: &Arc<Shared>) {
    let taken = shared.streams.fetch_add(1, Ordering::SeqCst);
    if taken >= MAX_STREAMS {
        shared.streams.fetch_sub(1, Ordering::SeqCst);
        reply(
            request,
            text(503, "too many pages are open on this preview"),
        );
        return;
    }
    let listening = Arc::clone(shared);
    let spawned = std::thread::Builder::new()
        .name("preview-events".to_owned())
        .spawn(move || {
            let mut writer = request.into_writer();
            // Written by hand, not through a response: tiny_http would
            // hold the events in its chunk buffer.
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 1000\n\n";
            let mut sent = write_all(&mut writer, head);
            let mut seen = None;
            while sent {
                let generation = listening.wait_past(seen, KEEP_ALIVE);
                let event = if Some(generation) == seen {
                    ": still here\n\n".to_owned()
                } else {
                    seen = Some(generation);
                    format!("data: {generation}\n\n")
                };
                sent = write_all(&mut writer, &event);
            }
            listening.streams.fetch_sub(1, Ordering::SeqCst);
        });
    if spawned.is_err() {
        shared.streams.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Writes and flushes; false once the page has gone away.
fn write_all(writer: &mut Box<dyn Write + Send>, text: &str) -> bool {
    writer
        .write_all(text.as_bytes())
        .and_then(|()| writer.flush())
        .is_ok()
}
