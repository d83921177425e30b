//! What the preview's tests share: a policy folder in a temporary
//! directory, the preview started on it as a user starts it, and plain
//! HTTP requests to it.

#![allow(dead_code, reason = "each test file uses some of these helpers")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The small policy of the diff tests, and its next edition.
pub const SHOP: &str = include_str!("../fixtures/diff/data_added/old.policy");
/// [`SHOP`] at 2.0.0, with one more data category.
pub const SHOP_2: &str = include_str!("../fixtures/diff/data_added/new.policy");

/// [`SHOP`] with a purpose that uses a data category no one declares: one
/// E0101.
pub fn broken() -> String {
    format!("{SHOP}\npurpose support \"Support\" {{\n  uses  nothing\n  basis contract\n}}\n")
}

/// A project in a temporary directory: `policies/shop.policy`,
/// `generated/` for the build, and a `policyc.toml` that allows the
/// warnings of [`SHOP`] (W0410: it names no regime; W0380: its clause "The
/// Shop is not meant for children" is a promise in free text), which the
/// preview must leave out as `policyc check` does.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn new(policy: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("policies")).unwrap();
        std::fs::write(
            dir.path().join("policyc.toml"),
            "[lints]\nallow = [\"W0410\", \"W0380\"]\n",
        )
        .unwrap();
        let project = Project { dir };
        project.save(policy);
        project
    }

    pub fn policy(&self) -> PathBuf {
        self.dir.path().join("policies/shop.policy")
    }

    /// Saves the policy as an editor does: a new file renamed over it.
    pub fn save(&self, text: &str) {
        let temporary = self.dir.path().join("policies/.shop.policy.swp");
        std::fs::write(&temporary, text).unwrap();
        std::fs::rename(&temporary, self.policy()).unwrap();
    }

    /// `policyc ARGS` in the project; the exit status and stderr.
    pub fn policyc(&self, args: &[&str]) -> (Option<i32>, String) {
        let output = Command::new(env!("CARGO_BIN_EXE_policyc"))
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Releases the policy as it is: `policyc build`.
    pub fn build(&self) {
        let (status, stderr) = self.policyc(&["build"]);
        assert_eq!(status, Some(0), "{stderr}");
    }

    /// `policyc preview` in the project, once it has printed its address.
    pub fn preview(&self) -> Preview {
        self.preview_with(&[])
    }

    /// `policyc preview ARGS` in the project, once it has printed its
    /// address.
    pub fn preview_with(&self, args: &[&str]) -> Preview {
        let mut child = Command::new(env!("CARGO_BIN_EXE_policyc"))
            .arg("preview")
            .args(args)
            .current_dir(self.dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .map(str::to_owned);
        let Some(url) = url else {
            let _ = child.kill();
            let mut stderr = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            panic!("no address printed: {line:?}, {stderr}");
        };
        let port = url
            .trim_start_matches("http://127.0.0.1:")
            .trim_end_matches('/')
            .parse()
            .unwrap();
        Preview {
            child,
            url,
            port,
            said: line,
        }
    }
}

/// A running `policyc preview`, stopped when dropped.
pub struct Preview {
    child: Child,
    pub url: String,
    pub port: u16,
    /// The line it printed.
    pub said: String,
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A response: status, headers (names in lower case) and body.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

impl Preview {
    /// `GET path` with the `Host` a browser sends.
    pub fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &format!("127.0.0.1:{}", self.port))
    }

    /// A request over HTTP/1.0, so that the body ends with the connection.
    pub fn request(&self, method: &str, path: &str, host: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        write!(stream, "{method} {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let raw = String::from_utf8(raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap();
        let mut lines = head.lines();
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        Reply {
            status,
            headers,
            body: body.to_owned(),
        }
    }

    /// The generation of the state.
    pub fn generation(&self) -> u64 {
        self.get("/state.json").json()["generation"]
            .as_u64()
            .unwrap()
    }

    /// Waits until the state's generation is past `seen`; the new state.
    pub fn state_after(&self, seen: u64) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let state = self.get("/state.json").json();
            if state["generation"].as_u64().unwrap() > seen {
                return state;
            }
            assert!(
                Instant::now() < deadline,
                "the state did not change: {state}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A directory's path as text.
pub fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
