//! `policyc lsp`: a language server over stdio (`lsp-server`, the
//! synchronous scaffold of rust-analyzer, with `lsp-types`).
//!
//! Each open document is checked by the same loader and checker as
//! `policyc check` ([`crate::load::load_open`]), after every change, with
//! its includes read from the open documents first and the disk after.
//! One file per feature: [`diagnostics`], [`hover`], [`navigation`],
//! [`completion`], [`rename`], [`formatting`], [`symbols`], [`actions`];
//! [`workspace`] holds the documents, [`analysis`] what checking one found,
//! [`index`] where each id is declared and named. No request panics: an
//! unknown document or a position past the end answers with nothing, a
//! malformed request with an error response.

pub mod actions;
pub mod analysis;
pub mod completion;
pub mod diagnostics;
pub mod formatting;
pub mod hover;
pub mod index;
pub mod navigation;
pub mod position;
pub mod rename;
pub mod symbols;
pub mod workspace;

use std::path::PathBuf;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    PrepareRenameRequest, References, Rename, Request as _,
};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, HoverProviderCapability, InitializeParams,
    OneOf, PublishDiagnosticsParams, RenameOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

pub use workspace::Workspace;

/// Why the server stopped other than by `shutdown` and `exit`.
#[derive(Debug)]
pub enum LspError {
    /// The client broke the protocol, or went away.
    Protocol(lsp_server::ProtocolError),
    /// Reading or writing stdio failed.
    Io(std::io::Error),
    /// The client's `initialize` parameters are not the protocol's.
    Initialize(serde_json::Error),
    /// The client went away without `shutdown`.
    Disconnected,
}

impl std::fmt::Display for LspError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LspError::Protocol(e) => write!(f, "the language client broke the protocol: {e}"),
            LspError::Io(e) => write!(f, "cannot talk to the language client: {e}"),
            LspError::Initialize(e) => write!(f, "the client's `initialize` is malformed: {e}"),
            LspError::Disconnected => {
                f.write_str("the language client went away without `shutdown`")
            }
        }
    }
}

impl std::error::Error for LspError {}

impl crate::driver::Problem for LspError {}

/// Serves the protocol on stdin and stdout until the client says `exit`.
pub fn run_stdio(max_file_size: usize) -> Result<(), LspError> {
    let (connection, threads) = Connection::stdio();
    let served = serve(&connection, max_file_size);
    // The writer stops once every sender is gone.
    drop(connection);
    served?;
    threads.join().map_err(LspError::Io)
}

/// Serves the protocol on a connection until the client says `exit`.
pub fn serve(connection: &Connection, max_file_size: usize) -> Result<(), LspError> {
    let (id, params) = connection.initialize_start().map_err(LspError::Protocol)?;
    let params: InitializeParams = serde_json::from_value(params).map_err(LspError::Initialize)?;
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo {
            name: "policyc".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        },
    });
    connection
        .initialize_finish(id, result)
        .map_err(LspError::Protocol)?;
    let mut server = Server {
        workspace: Workspace::new(root_of(&params), max_file_size),
        connection,
    };
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection
                    .handle_shutdown(&request)
                    .map_err(LspError::Protocol)?
                {
                    return Ok(());
                }
                server.request(request);
            }
            Message::Notification(notification) => {
                if notification.method == "exit" {
                    return Ok(());
                }
                server.notification(notification);
            }
            Message::Response(_) => {}
        }
    }
    Err(LspError::Disconnected)
}

/// What the server offers.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_owned(), ",".to_owned()]),
            ..CompletionOptions::default()
        }),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: lsp_types::WorkDoneProgressOptions::default(),
        })),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// The folder includes stay in: the client's first workspace folder, or
/// its root.
fn root_of(params: &InitializeParams) -> Option<PathBuf> {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| f.uri.clone());
    #[expect(deprecated, reason = "older clients send only `rootUri`")]
    let root = folder.or_else(|| params.root_uri.clone());
    root.and_then(|u| u.to_file_path().ok())
}

struct Server<'a> {
    workspace: Workspace,
    connection: &'a Connection,
}

/// A request's parameters that do not parse, answered as such.
struct BadParams(String);

impl Server<'_> {
    fn send(&self, message: Message) {
        // A client that went away is noticed by the receiving loop.
        let _ = self.connection.sender.send(message);
    }

    fn publish(&self, all: Vec<PublishDiagnosticsParams>) {
        for params in all {
            self.send(Notification::new(PublishDiagnostics::METHOD.to_owned(), params).into());
        }
    }

    fn notification(&mut self, n: Notification) {
        let published = match n.method.as_str() {
            DidOpenTextDocument::METHOD => params::<lsp_types::DidOpenTextDocumentParams>(n.params)
                .ok()
                .map(|p| {
                    self.workspace
                        .set(p.text_document.uri, p.text_document.text)
                }),
            DidChangeTextDocument::METHOD => {
                params::<lsp_types::DidChangeTextDocumentParams>(n.params)
                    .ok()
                    .map(|p| {
                        self.workspace
                            .change(p.text_document.uri, p.content_changes)
                    })
            }
            DidCloseTextDocument::METHOD => {
                params::<lsp_types::DidCloseTextDocumentParams>(n.params)
                    .ok()
                    .map(|p| self.workspace.close(&p.text_document.uri))
            }
            _ => None,
        };
        if let Some(published) = published {
            self.publish(published);
        }
    }

    fn request(&mut self, r: Request) {
        let id = r.id.clone();
        let answer = match self.answer(r) {
            Ok(Some(value)) => Response::new_ok(id, value),
            Ok(None) => Response::new_ok(id, Value::Null),
            Err(Answer::BadParams(BadParams(message))) => {
                Response::new_err(id, ErrorCode::InvalidParams as i32, message)
            }
            Err(Answer::Unknown(method)) => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("policyc does not answer `{method}`"),
            ),
            Err(Answer::Refused(message)) => {
                Response::new_err(id, ErrorCode::RequestFailed as i32, message)
            }
        };
        self.send(answer.into());
    }

    fn answer(&self, r: Request) -> Result<Option<Value>, Answer> {
        let ws = &self.workspace;
        let value = match r.method.as_str() {
            HoverRequest::METHOD => {
                let p: lsp_types::HoverParams = params(r.params)?;
                let at = p.text_document_position_params;
                json(
                    ws.spot(&at.text_document.uri, at.position)
                        .and_then(|s| hover::hover(&s)),
                )
            }
            GotoDefinition::METHOD => {
                let p: lsp_types::GotoDefinitionParams = params(r.params)?;
                let at = p.text_document_position_params;
                json(
                    ws.spot(&at.text_document.uri, at.position)
                        .and_then(|s| navigation::definition(&s)),
                )
            }
            References::METHOD => {
                let p: lsp_types::ReferenceParams = params(r.params)?;
                let at = p.text_document_position;
                json(
                    ws.spot(&at.text_document.uri, at.position)
                        .map(|s| navigation::references(&s, p.context.include_declaration)),
                )
            }
            Completion::METHOD => {
                let p: lsp_types::CompletionParams = params(r.params)?;
                let at = p.text_document_position;
                json(
                    ws.spot(&at.text_document.uri, at.position)
                        .map(|s| completion::complete(&s)),
                )
            }
            PrepareRenameRequest::METHOD => {
                let p: lsp_types::TextDocumentPositionParams = params(r.params)?;
                json(
                    ws.spot(&p.text_document.uri, p.position)
                        .and_then(|s| rename::prepare(&s)),
                )
            }
            Rename::METHOD => {
                let p: lsp_types::RenameParams = params(r.params)?;
                let at = p.text_document_position;
                let Some(spot) = ws.spot(&at.text_document.uri, at.position) else {
                    return Ok(None);
                };
                let edit = rename::rename(&spot, &p.new_name)
                    .map_err(|e| Answer::Refused(e.to_string()))?;
                json(Some(edit))
            }
            Formatting::METHOD => {
                let p: lsp_types::DocumentFormattingParams = params(r.params)?;
                json(ws.text(&p.text_document.uri).map(formatting::format))
            }
            DocumentSymbolRequest::METHOD => {
                let p: lsp_types::DocumentSymbolParams = params(r.params)?;
                json(
                    ws.spot(&p.text_document.uri, lsp_types::Position::default())
                        .map(|s| symbols::symbols(&s)),
                )
            }
            CodeActionRequest::METHOD => {
                let p: lsp_types::CodeActionParams = params(r.params)?;
                let uri = &p.text_document.uri;
                json(ws.spot(uri, p.range.start).map(|s| {
                    let end = s.file.base + s.lines().offset(p.range.end);
                    actions::actions(&s, end)
                }))
            }
            other => return Err(Answer::Unknown(other.to_owned())),
        };
        Ok(value)
    }
}

/// Why a request is answered with an error.
enum Answer {
    BadParams(BadParams),
    Unknown(String),
    Refused(String),
}

impl From<BadParams> for Answer {
    fn from(bad: BadParams) -> Self {
        Answer::BadParams(bad)
    }
}

fn params<P: DeserializeOwned>(value: Value) -> Result<P, BadParams> {
    serde_json::from_value(value).map_err(|e| BadParams(e.to_string()))
}

/// A result as JSON: what the protocol's types serialize to never fails
/// to be JSON, and nothing (null) where it did.
fn json<T: serde::Serialize>(result: Option<T>) -> Option<Value> {
    result.and_then(|r| serde_json::to_value(r).ok())
}
