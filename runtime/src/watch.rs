//! A watcher for async services (feature `tokio`): polls a [`Reloader`] on
//! a thread of its own, so file I/O never blocks an executor, and publishes
//! every new table on a `tokio::sync::watch` channel.

use std::sync::Arc;
use std::time::Duration;

use crate::load::LoadError;
use crate::reload::{Reloaded, Reloader};
use crate::rules::Rules;

/// What the watcher publishes: the current rules, how many times they were
/// replaced, and the error of the last refused file, if the last attempt
/// failed.
#[derive(Debug, Clone)]
pub struct Update {
    /// The rules to decide with.
    pub rules: Arc<Rules>,
    /// The slot's [`generation`](crate::SharedRules::generation):
    /// re-resolve cached ids and fact sets when it moves.
    pub generation: u64,
    /// Why the last changed file was refused (the rules stay), until a
    /// file loads.
    pub error: Option<LoadError>,
}

/// Starts polling `reloader` every `every` on a new thread; the thread
/// stops once every receiver is dropped. Await changes with
/// `receiver.changed().await`, read with `receiver.borrow()`.
///
/// ```no_run
/// # async fn serve() -> Result<(), policy_runtime::LoadError> {
/// use policy_runtime::{Reloader, watch};
///
/// let mut updates = watch::spawn(Reloader::open("rules.json")?, std::time::Duration::from_secs(1));
/// while updates.changed().await.is_ok() {
///     let update = updates.borrow_and_update().clone();
///     match update.error {
///         Some(e) => eprintln!("keeping {}: {e}", update.rules.version()),
///         None => eprintln!("now serving {}", update.rules.version()),
///     }
/// }
/// # Ok(()) }
/// ```
///
/// If the thread cannot be started, the channel is closed at once, which
/// `changed()` reports as an error.
#[must_use]
pub fn spawn(mut reloader: Reloader, every: Duration) -> tokio::sync::watch::Receiver<Update> {
    let shared = reloader.shared();
    let (sender, receiver) = tokio::sync::watch::channel(Update {
        rules: shared.current(),
        generation: shared.generation(),
        error: None,
    });
    let watcher = move || {
        while !sender.is_closed() {
            std::thread::sleep(every);
            let error = match reloader.poll() {
                Ok(Reloaded::Unchanged) => continue,
                Ok(Reloaded::Replaced) => None,
                Err(e) => Some(e),
            };
            sender.send_replace(Update {
                rules: shared.current(),
                generation: shared.generation(),
                error,
            });
        }
    };
    // Without a thread nothing would ever be published: dropping the
    // sender closes the channel, which the receiver sees.
    let _ = std::thread::Builder::new()
        .name("policy-runtime-watch".to_owned())
        .spawn(watcher);
    receiver
}
