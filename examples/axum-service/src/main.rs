//! `axum-service RULES.json [ADDRESS]`: serves decisions over HTTP while a
//! watcher reloads the table behind guards (see the library's docs).

use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum_service::{Service, app, refusal};
use policy_runtime::{Reloader, Rules, watch};

#[tokio::main]
async fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: axum-service RULES.json [ADDRESS]");
        return ExitCode::from(2);
    };
    let address = args.next().unwrap_or_else(|| "127.0.0.1:8080".to_owned());
    // Built-in guards (same policy, no downgrade) and one of the service's
    // own: a table that drops every purpose is not deployed.
    let reloader = match Reloader::open(&path) {
        Ok(reloader) => reloader.guard(|_: &Rules, next: &Rules| {
            if next.table().purposes.is_empty() {
                return Err("the new table declares no purpose".to_owned());
            }
            Ok(())
        }),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let rules = reloader.shared();
    // The watcher polls on a thread of its own: file I/O never blocks the
    // executor.
    let mut updates = watch::spawn(reloader, Duration::from_secs(1));
    tokio::spawn(async move {
        while updates.changed().await.is_ok() {
            let update = updates.borrow_and_update().clone();
            match update.error {
                Some(e) => eprintln!("{}", refusal(&e)),
                None => eprintln!("reloaded {}", update.rules.version()),
            }
        }
    });
    let listener = match tokio::net::TcpListener::bind(&address).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: cannot listen on {address}: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("listening on {address}");
    let service = Service {
        rules,
        audit: Arc::new(Mutex::new(std::io::stderr())),
    };
    match axum::serve(listener, app(service)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
