//! `policyc preview`: a local page for authors. It serves, on 127.0.0.1
//! only, the policy text as readers will see it (the HTML renderer's page)
//! with the diagnostics of `policyc check` beside it, refreshes when a
//! policy file is saved, shows the redline against the last released
//! edition, and the source line and explanation of each diagnostic.
//!
//! `state.rs` makes what the page shows from the files on disk,
//! `watcher.rs` makes it again after each save, `server.rs` answers the
//! page's requests and `page.rs` is the page itself.

pub mod page;
pub mod server;
pub mod state;
pub mod watcher;

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use state::{Inputs, Snapshot};

/// What `policyc preview` serves, and where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The policies and how to check them.
    pub inputs: Inputs,
    /// The output directory, whose history holds the released editions.
    pub out_dir: PathBuf,
    /// The port on 127.0.0.1; 0 lets the system choose a free one.
    pub port: u16,
}

/// Why the preview cannot start.
#[derive(Debug)]
pub enum PreviewError {
    /// The port cannot be listened on (taken, or not allowed).
    Bind {
        /// The port asked for.
        port: u16,
        /// Why.
        error: std::io::Error,
    },
    /// The HTTP server cannot start on the socket.
    Serve(String),
    /// A path named does not exist.
    Missing(PathBuf),
    /// The policy folders cannot be watched.
    Watch(notify::Error),
}

impl std::fmt::Display for PreviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PreviewError::Bind { port, error } => write!(
                f,
                "cannot listen on 127.0.0.1:{port}: {error}; give another port with --port, or --port 0 for any free one"
            ),
            PreviewError::Missing(path) => write!(
                f,
                "`{}` does not exist; name a policy file or a folder of them",
                path.display()
            ),
            PreviewError::Serve(error) => write!(f, "cannot start the preview's server: {error}"),
            PreviewError::Watch(error) => {
                write!(f, "cannot watch the policies for changes: {error}")
            }
        }
    }
}

impl std::error::Error for PreviewError {}

impl crate::driver::Problem for PreviewError {}

/// The state the watcher publishes and the server answers from.
pub struct Shared {
    snapshot: Mutex<Arc<Snapshot>>,
    changed: Condvar,
    /// How many pages listen to the event stream.
    streams: AtomicUsize,
}

impl Shared {
    fn new(snapshot: Snapshot) -> Shared {
        Shared {
            snapshot: Mutex::new(Arc::new(snapshot)),
            changed: Condvar::new(),
            streams: AtomicUsize::new(0),
        }
    }

    /// The lock; a thread that stopped while holding it left a whole
    /// snapshot (one is only ever swapped in), so it is still good.
    fn lock(&self) -> MutexGuard<'_, Arc<Snapshot>> {
        self.snapshot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The latest state.
    pub fn current(&self) -> Arc<Snapshot> {
        Arc::clone(&self.lock())
    }

    /// Makes a new state from the latest and publishes it, with the next
    /// generation, when the page would show something else.
    pub fn publish(&self, make: impl FnOnce(&Snapshot) -> Snapshot) {
        let previous = self.current();
        let mut next = make(&previous);
        if next.same_as(&previous) {
            return;
        }
        next.generation = previous.generation + 1;
        *self.lock() = Arc::new(next);
        self.changed.notify_all();
    }

    /// The generation once it is other than `seen`, or after `timeout`.
    pub fn wait_past(&self, seen: Option<u64>, timeout: Duration) -> u64 {
        let guard = self.lock();
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |s| Some(s.generation) == seen)
            .unwrap_or_else(PoisonError::into_inner);
        guard.generation
    }
}

/// A preview listening on its port, the policies checked once and watched.
pub struct Preview {
    server: tiny_http::Server,
    context: server::Context,
    _watching: watcher::Watching,
}

impl Preview {
    /// Checks the policies, listens on 127.0.0.1 and starts watching.
    pub fn start(options: Options) -> Result<Preview, PreviewError> {
        if let Some(missing) = options.inputs.paths.iter().find(|p| !p.exists()) {
            return Err(PreviewError::Missing(missing.clone()));
        }
        let port = options.port;
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
            .map_err(|error| PreviewError::Bind { port, error })?;
        let port = listener
            .local_addr()
            .map_err(|error| PreviewError::Bind { port, error })?
            .port();
        let server = tiny_http::Server::from_listener(listener, None)
            .map_err(|e| PreviewError::Serve(e.to_string()))?;
        let shared = Arc::new(Shared::new(state::snapshot(&options.inputs, 0, None)));
        let watching =
            watcher::start(options.inputs, Arc::clone(&shared)).map_err(PreviewError::Watch)?;
        Ok(Preview {
            server,
            context: server::Context {
                shared,
                out_dir: options.out_dir,
                port,
            },
            _watching: watching,
        })
    }

    /// The address of the page.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.context.port)
    }

    /// Answers requests until the process ends.
    pub fn serve(&self) {
        for request in self.server.incoming_requests() {
            server::answer(request, &self.context);
        }
    }
}
