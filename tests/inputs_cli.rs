//! What policyc reads: only regular files, inside the policies' directory,
//! and never more than the size limit. Devices, FIFOs and links that lead
//! out are refused with a diagnostic before anything is opened. Every run
//! has a timeout, so a hang fails the test instead of blocking it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

/// Long enough for a debug build on a loaded machine; a blocked open or an
/// endless read would take forever.
const TIMEOUT: Duration = Duration::from_secs(30);

const POLICY: &str = r#"policy shop {
  title     "Privacy Policy"
  version   1.0.0
  effective 2026-01-01
  language  en
  controller "Shop Inc" { service "Shop" }
  published "https://shop.example/privacy"
  contact   "privacy@shop.example"
  regimes   none
}

data account "Account" { identity identified }
retain account for 1 year from collection
purpose orders "Handling orders" { uses account basis contract }
right complaint { via "the data protection authority" }
"#;

/// What a run printed and how it ended.
struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir)
        .args(["--color", "never"])
        .args(args)
        .timeout(TIMEOUT)
        .output()
        .unwrap();
    Run {
        status: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_as_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let run = run(dir.path(), &["check", "/dev/zero"]);
    assert_eq!(run.status, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("error[E0011]"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`/dev/zero` is a device, not a regular file"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("help: "), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_fifo_found_by_the_walk_is_refused_and_nothing_hangs() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "policies/shop.policy", POLICY);
    mkfifo(&dir.path().join("policies/x.policy"));
    let run = run(dir.path(), &["check", "policies"]);
    assert_eq!(run.status, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[E0011]: `policies/x.policy` is a named pipe (FIFO)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 error in 2 files"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_directly_is_refused_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("x.policy"));
    for args in [
        &["check", "x.policy"][..],
        &["build", "x.policy", "--out", "out"],
        &["fmt", "--check", "x.policy"],
        &["test", "x.policy"],
    ] {
        let run = run(dir.path(), args);
        assert_eq!(run.status, Some(1), "{args:?}: {}", run.stderr);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(all.contains("E0011"), "{args:?}: {all}");
    }
    assert!(!dir.path().join("out").exists(), "the build wrote nothing");
    // `query` prints nothing for a policy that does not check (issue 12,
    // item 10, not this one); it still must not hang.
    let run = run(dir.path(), &["query", "x.policy", "use", "a", "b"]);
    assert_eq!(run.status, Some(1), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn an_included_fifo_is_refused_at_the_include() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "policies/shop.policy",
        &format!("{POLICY}include \"pipe.policy\"\n"),
    );
    mkfifo(&dir.path().join("policies/pipe.policy"));
    let run = run(dir.path(), &["check", "policies/shop.policy"]);
    assert_eq!(run.status, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("error[E0011]"), "{}", run.stderr);
    assert!(
        run.stderr.contains("policies/shop.policy:16:9"),
        "reported at the include: {}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_etc_passwd_is_refused_and_never_echoed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "policies/shop.policy", POLICY);
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("policies/users.policy")).unwrap();
    for format in ["human", "json", "github", "sarif"] {
        let run = run(dir.path(), &["--format", format, "check", "policies"]);
        assert_eq!(run.status, Some(1), "{format}: {}", run.stderr);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(all.contains("E0012"), "{format}: {all}");
        assert!(
            !all.contains("root:"),
            "{format}: echoed /etc/passwd: {all}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_the_root_is_refused_and_never_echoed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "policies/shop.policy", POLICY);
    write(dir.path(), "secret/notes.policy", "the secret line\n");
    std::os::unix::fs::symlink(
        "../secret/notes.policy",
        dir.path().join("policies/notes.policy"),
    )
    .unwrap();
    let walked = run(dir.path(), &["check", "policies"]);
    let named = run(dir.path(), &["check", "policies/notes.policy"]);
    for run in [walked, named] {
        assert_eq!(run.status, Some(1), "{}", run.stderr);
        assert!(
            run.stderr
                .contains("error[E0012]: `policies/notes.policy` leads to `"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("help: "), "{}", run.stderr);
        assert!(!run.stderr.contains("secret line"), "{}", run.stderr);
    }
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_inside_the_root_is_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "policies/real/shop.policy", POLICY);
    std::os::unix::fs::symlink("real/shop.policy", dir.path().join("policies/shop.policy"))
        .unwrap();
    let named = run(dir.path(), &["check", "policies/shop.policy"]);
    assert_eq!(named.status, Some(0), "{}", named.stderr);
    let walked = run(dir.path(), &["check", "policies"]);
    assert_eq!(walked.status, Some(0), "{}", walked.stderr);
    assert!(
        walked.stdout.contains("2 policies checked"),
        "{}",
        walked.stdout
    );
}

/// /proc files say they are empty and are not: the limit holds on what is
/// read, not on what the file system reports.
#[cfg(target_os = "linux")]
#[test]
fn the_size_limit_holds_whatever_length_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(std::fs::metadata("/proc/self/maps").unwrap().len(), 0);
    let run = run(
        dir.path(),
        &["check", "--max-file-size", "10", "/proc/self/maps"],
    );
    assert_eq!(run.status, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[E0006]: the file is more than the limit of 10 bytes"),
        "{}",
        run.stderr
    );
}
