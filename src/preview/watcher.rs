//! Watching the policies (notify: inotify on Linux, FSEvents on macOS,
//! polling where neither can be had): after a save, the policies are
//! checked again and the state published when what the page shows changed.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use super::Shared;
use super::state::{self, Inputs};

/// An editor's save is often several events (a temporary file written,
/// then renamed over the policy): the check waits until none has come for
/// this long.
const SETTLE: Duration = Duration::from_millis(120);

/// How often the polling watcher looks, where no native one can be had.
const POLL: Duration = Duration::from_millis(500);

/// A watch in force; dropping it stops watching.
pub struct Watching {
    _watcher: Box<dyn Watcher + Send>,
}

/// Starts watching the folders of `inputs` and a thread that checks the
/// policies again after each change.
pub fn start(inputs: Inputs, shared: Arc<Shared>) -> Result<Watching, notify::Error> {
    let (sender, receiver) = mpsc::channel();
    let mut watcher: Box<dyn Watcher + Send> =
        match RecommendedWatcher::new(sender.clone(), notify::Config::default()) {
            Ok(watcher) => Box::new(watcher),
            // No inotify instance left (a per-user limit): poll instead.
            Err(_) => Box::new(PollWatcher::new(
                sender,
                notify::Config::default().with_poll_interval(POLL),
            )?),
        };
    for dir in state::watched(&inputs.paths) {
        watcher.watch(&dir, RecursiveMode::Recursive)?;
    }
    std::thread::Builder::new()
        .name("preview-watcher".to_owned())
        .spawn(move || recheck(&receiver, &inputs, &shared))
        .map_err(notify::Error::io)?;
    Ok(Watching { _watcher: watcher })
}

/// Checks again after each settled burst of changes to policy files, until
/// the watcher is dropped.
fn recheck(receiver: &Receiver<notify::Result<notify::Event>>, inputs: &Inputs, shared: &Shared) {
    while let Ok(event) = receiver.recv() {
        let mut relevant = touches_policy(&event);
        loop {
            match receiver.recv_timeout(SETTLE) {
                Ok(event) => relevant |= touches_policy(&event),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if relevant {
            shared.publish(|previous| state::snapshot(inputs, previous.generation, Some(previous)));
        }
    }
}

/// Whether an event is about a policy file; an error of the watcher counts,
/// since what it missed is unknown.
fn touches_policy(event: &notify::Result<notify::Event>) -> bool {
    match event {
        Ok(event) => event.paths.iter().any(|p: &PathBuf| state::matters(p)),
        Err(_) => true,
    }
}
