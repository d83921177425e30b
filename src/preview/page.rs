//! The preview page: one self-contained HTML document (inline style and
//! script, nothing fetched from elsewhere) that shows the policy text in a
//! frame and the diagnostics beside it, and asks the server for a new state
//! whenever its event stream says a file was saved.
//!
//! Every string from the policies reaches the page as JSON and is put in
//! with `textContent`, never as markup; the text and the redline come from
//! the HTML renderer and the diff pages, which escape what they write. The
//! Content-Security-Policy allows the page's own script and style by their
//! hashes and nothing else, so no string can run as script even if one
//! were to slip through.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The page's style.
const STYLE: &str = "
:root { color-scheme: light dark; --line: #8886; }
* { box-sizing: border-box; }
body { margin: 0; font: 0.95rem/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; display: flex; flex-direction: column; height: 100vh; }
header { display: flex; gap: 0.75rem; align-items: center; padding: 0.5rem 1rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
header h1 { font-size: 1rem; margin: 0; }
#summary { font-weight: 600; }
.bad { color: #b3261e; } .warn { color: #8a5a00; } .good { color: #0b7a2a; }
#live { margin-left: auto; opacity: 0.7; font-size: 0.85rem; }
#body { display: flex; flex: 1; min-height: 0; }
#text { flex: 3; display: flex; flex-direction: column; min-width: 0; }
#stale { margin: 0; padding: 0.4rem 1rem; background: #fff3cd; color: #5c4400; }
#nothing { margin: 0; padding: 0.75rem 1rem; }
iframe { flex: 1; border: 0; width: 100%; }
aside { flex: 2; overflow: auto; border-left: 1px solid var(--line); padding: 0.5rem 1rem; min-width: 18rem; }
aside h2 { font-size: 1rem; margin: 0.5rem 0; }
#diagnostics { list-style: none; padding: 0; margin: 0; }
#diagnostics button { all: unset; cursor: pointer; display: block; padding: 0.35rem 0.4rem; border-radius: 4px; width: 100%; }
#diagnostics button:hover, #diagnostics button:focus { background: #8882; outline: 1px solid var(--line); }
.code { font-family: ui-monospace, monospace; font-weight: 600; margin-right: 0.4rem; }
.error .code { color: #b3261e; } .warning .code { color: #8a5a00; }
.where { opacity: 0.75; font-size: 0.85rem; display: block; }
#detail { border-top: 1px solid var(--line); margin-top: 0.75rem; padding-top: 0.5rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 0.85rem/1.45 ui-monospace, monospace; background: #8881; padding: 0.5rem; border-radius: 4px; }
pre.source { white-space: pre; overflow-x: auto; }
@media (prefers-color-scheme: dark) { .bad, .error .code { color: #ff8a80; } .warn, .warning .code { color: #f3c969; } .good { color: #7ed69a; } #stale { background: #4a3b00; color: #ffe8a3; } }
";

/// The page's script: fetches `/state.json` at start and after every event
/// of `/events`, and draws the state with `textContent` only.
const SCRIPT: &str = r#"
"use strict";
const $ = (id) => document.getElementById(id);
let state = null;
let chosen = 0;
let view = "text";
let seen = null;
// The view and policy the frame was last loaded with.
let loaded = null;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

async function refresh() {
  const response = await fetch("/state.json", { cache: "no-store" });
  if (!response.ok) return;
  state = await response.json();
  draw();
}

function draw() {
  const t = state.tally;
  const summary = $("summary");
  summary.textContent = t.errors === 0 && t.warnings === 0 ? "checks clean" : state.summary;
  summary.className = t.errors > 0 ? "bad" : t.warnings > 0 ? "warn" : "good";
  const select = $("policy");
  select.replaceChildren();
  state.policies.forEach((policy, index) => {
    const option = el("option", null, policy.title ? policy.file + ": " + policy.title : policy.file);
    option.value = String(index);
    select.append(option);
  });
  if (chosen >= state.policies.length) chosen = 0;
  select.value = String(chosen);
  select.hidden = state.policies.length < 2;
  showFrame(true);
  const list = $("diagnostics");
  list.replaceChildren();
  state.problems.forEach((problem) => {
    const item = el("li", "error");
    item.append(el("span", "code", problem.code || "error"), el("span", "message", problem.message));
    if (problem.help) item.append(el("span", "where", "help: " + problem.help));
    list.append(item);
  });
  state.diagnostics.forEach((diagnostic) => {
    const item = el("li", diagnostic.severity);
    const button = el("button");
    button.type = "button";
    button.append(
      el("span", "code", diagnostic.code),
      el("span", "message", diagnostic.message),
      el("span", "where", diagnostic.file + ":" + diagnostic.line + ":" + diagnostic.column)
    );
    button.addEventListener("click", () => detail(diagnostic));
    item.append(button);
    list.append(item);
  });
  const more = state.tally.omitted;
  $("omitted").textContent = more > 0 ? more + " more not listed" : "";
  $("none").hidden = state.diagnostics.length + state.problems.length > 0;
  $("detail").hidden = true;
}

// Shows the chosen policy's text or redline; after a save (`keep`), at
// the place the author was reading.
function showFrame(keep) {
  const policy = state.policies[chosen];
  const shown = policy && policy.id !== null;
  $("stale").hidden = !(policy && policy.stale);
  $("nothing").hidden = shown;
  $("nothing").textContent = policy
    ? "No text yet: the policy has errors. Fix them to see its text."
    : "No policy file found: see the problems listed.";
  $("frame").hidden = !shown;
  $("switch").textContent = view === "text" ? "Redline against the last release" : "Back to the text";
  if (!shown) return;
  const frame = $("frame");
  const key = view + "/" + chosen + "/" + policy.file;
  // A save with errors keeps the text as last built: reloading the frame
  // would only blank, for a moment, the text the author is reading.
  if (keep && policy.stale && loaded === key) return;
  loaded = key;
  const at = keep && frame.contentWindow ? frame.contentWindow.scrollY : 0;
  frame.onload = () => frame.contentWindow.scrollTo(0, at);
  frame.src = "/" + view + "/" + chosen + "?generation=" + state.generation;
}

// The source line with the span marked under it and its label, as
// `policyc check` prints it.
function excerpt(diagnostic) {
  const number = String(diagnostic.line);
  const gutter = " ".repeat(number.length) + " | ";
  const width = diagnostic.end_line === diagnostic.line ? Math.max(1, diagnostic.end_column - diagnostic.column) : 1;
  const marks = " ".repeat(Math.max(0, diagnostic.column - 1)) + "^".repeat(width);
  return diagnostic.file + ":" + number + ":" + diagnostic.column + "\n" +
    number + " | " + diagnostic.source + "\n" + gutter + marks + " " + diagnostic.label;
}

async function detail(diagnostic) {
  const box = $("detail");
  box.replaceChildren();
  box.append(el("h2", null, diagnostic.code + ": " + diagnostic.message));
  box.append(el("pre", "source", excerpt(diagnostic)));
  diagnostic.related.forEach((related) => box.append(el("p", "where", "line " + related.line + ": " + related.message)));
  if (diagnostic.help) box.append(el("p", "help", "help: " + diagnostic.help));
  const explanation = el("pre", "explanation", "…");
  box.append(explanation);
  box.hidden = false;
  const response = await fetch("/explain/" + encodeURIComponent(diagnostic.code), { cache: "no-store" });
  explanation.textContent = response.ok ? await response.text() : "No explanation.";
}

$("policy").addEventListener("change", (event) => {
  chosen = Number(event.target.value);
  showFrame(false);
});
$("switch").addEventListener("click", () => {
  view = view === "text" ? "redline" : "text";
  showFrame(false);
});

const events = new EventSource("/events");
events.onmessage = (event) => {
  $("live").textContent = "live";
  if (event.data !== seen) {
    seen = event.data;
    refresh();
  }
};
events.onerror = () => {
  $("live").textContent = "not connected: is policyc preview still running?";
};
"#;

/// The page's body, before the script.
const BODY: &str = r#"<header>
<h1>policyc preview</h1>
<select id="policy" aria-label="Policy" hidden></select>
<span id="summary">checking…</span>
<button id="switch" type="button">Redline against the last release</button>
<span id="live">connecting…</span>
</header>
<div id="body">
<section id="text">
<p id="stale" hidden>This file has errors: the text shown is of its last save that checked.</p>
<p id="nothing" hidden>No text yet: the policy has errors. Fix them to see its text.</p>
<iframe id="frame" title="The policy text" sandbox="allow-same-origin"></iframe>
</section>
<aside>
<h2>Diagnostics</h2>
<p id="none" hidden>None: the policies check clean.</p>
<ul id="diagnostics"></ul>
<p id="omitted"></p>
<div id="detail" hidden></div>
</aside>
</div>
"#;

/// The page.
pub fn html() -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>policyc preview</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{BODY}<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
}

/// The Content-Security-Policy of the page: its own script and style, by
/// their hashes, requests to this server, frames from it, nothing else.
pub fn policy() -> String {
    format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; connect-src 'self'; frame-src 'self'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        hash(SCRIPT),
        hash(STYLE)
    )
}

/// The Content-Security-Policy of the text and the redline: their own
/// inline style, no script, shown only in the page's frame.
pub const FRAMED_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// `sha256-…` of an inline script or style, as a CSP source.
fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_fetches_nothing_from_elsewhere_and_allows_only_its_own_script() {
        let page = html();
        for outside in ["http://", "https://", "//cdn", "src=\"http"] {
            assert!(!page.contains(outside), "{outside}");
        }
        assert!(!page.contains("innerHTML"), "strings go in as text");
        let csp = policy();
        assert!(csp.contains(&hash(SCRIPT)) && csp.contains(&hash(STYLE)));
        assert!(!csp.contains("unsafe-inline"));
        assert!(page.contains(&format!("<script>{SCRIPT}</script>")));
    }
}
