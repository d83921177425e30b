//! Signing rule tables: the keys (`policyc keygen`), the signature each
//! build writes beside a table (`policyc build --sign KEY`), and the public
//! keys a query trusts (`policyc query --trusted-key KEY`).
//!
//! Keys are standard files: the private key is PKCS#8 PEM (what `openssl
//! genpkey -algorithm ed25519` writes), the public key its 32 bytes in
//! base64 on one line, which the runtime reads without a PEM parser; a
//! public key in SPKI PEM (`openssl pkey -pubout`) is accepted too. The
//! signature format and what it covers belong to `policy-runtime`
//! ([`rt::TableSignature`], [`rt::signed_message`]); this module only signs.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use ed25519_dalek::Signer as _;
use ed25519_dalek::pkcs8::{DecodePrivateKey as _, DecodePublicKey as _, EncodePrivateKey as _};
use policy_runtime as rt;

pub mod head;
pub mod jws;

use crate::build::Plan;
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::Policy;
use crate::source::SourceFile;
use crate::span::Span;

/// A key file is never larger than this; a larger one is not a key, and
/// is not read past it (a device or a huge file cannot exhaust memory).
const MAX_KEY_FILE: u64 = 16 * 1024;

/// The extension of the private key `policyc keygen` writes.
pub const PRIVATE_EXTENSION: &str = "key";

/// The extension of the public key `policyc keygen` writes.
pub const PUBLIC_EXTENSION: &str = "pub";

/// A private key that signs rule tables, with its public key's id.
pub struct SigningKey {
    key: ed25519_dalek::SigningKey,
    id: rt::KeyId,
}

impl fmt::Debug for SigningKey {
    /// The id only: a private key is never printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey").field("id", &self.id).finish()
    }
}

impl SigningKey {
    /// A new key from the operating system's random number generator.
    pub fn generate() -> Result<Self, KeygenError> {
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(KeygenError::Random)?;
        Ok(Self::from_secret(&secret))
    }

    /// The key of a 32-byte secret (deterministic: for tests).
    pub fn from_secret(secret: &[u8; 32]) -> Self {
        Self::from_key(ed25519_dalek::SigningKey::from_bytes(secret))
    }

    fn from_key(key: ed25519_dalek::SigningKey) -> Self {
        let id = rt::KeyId::of(&key.verifying_key().to_bytes());
        Self { key, id }
    }

    /// The id of the public key.
    pub fn id(&self) -> &rt::KeyId {
        &self.id
    }

    /// The public key's 32 bytes, as [`rt::TrustedKey::from_bytes`] reads them.
    pub fn public_bytes(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// The public key's 32 bytes in standard base64, as
    /// [`rt::TrustedKey::from_base64`] reads them.
    pub fn public_base64(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(self.public_bytes())
    }

    /// The signature file of a table with this policy id, version and
    /// digest. Ed25519 is deterministic: the same table and key always give
    /// the same bytes, so the build stays reproducible.
    pub fn sign(&self, policy: &str, version: &str, digest: &str) -> rt::TableSignature {
        let message = rt::signed_message(policy, version, digest);
        let signature = self.sign_bytes(&message);
        rt::TableSignature::new(policy, version, digest, &self.id, &signature)
    }

    /// The Ed25519 signature of `message`.
    fn sign_bytes(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    /// The private key in PKCS#8 PEM (wiped from memory when dropped).
    fn to_pem(&self) -> Result<impl AsRef<str>, KeygenError> {
        self.key
            .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
            .map_err(|_| KeygenError::Encode)
    }
}

/// Why a key file was refused. Each is a diagnostic with a code.
#[derive(Debug)]
pub enum KeyFileError {
    /// The file cannot be read, is not a regular file, or is too large (E0801).
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A signing key that is not an Ed25519 private key in PKCS#8 PEM (E0802).
    NotPrivateKey {
        /// The file.
        path: PathBuf,
        /// Whether it holds a public key instead.
        is_public: bool,
    },
    /// A trusted key that is not an Ed25519 public key (E0803).
    NotPublicKey {
        /// The file.
        path: PathBuf,
        /// Whether it holds a private key instead.
        is_private: bool,
    },
}

impl KeyFileError {
    /// The code of the diagnostic.
    pub fn code(&self) -> Code {
        match self {
            Self::Unreadable { .. } => Code::KeyUnreadable,
            Self::NotPrivateKey { .. } => Code::NotASigningKey,
            Self::NotPublicKey { .. } => Code::NotATrustedKey,
        }
    }

    /// The file.
    pub fn path(&self) -> &Path {
        match self {
            Self::Unreadable { path, .. }
            | Self::NotPrivateKey { path, .. }
            | Self::NotPublicKey { path, .. } => path,
        }
    }

    /// The diagnostic, and the file it points at. The file's text is left
    /// out: an excerpt of a key file could print part of a private key.
    pub fn diagnostic(&self) -> (SourceFile, Diagnostic) {
        let shown = self.path().display().to_string();
        let file = SourceFile::from_text(self.path(), "");
        let (message, label, help) = match self {
            Self::Unreadable { source, .. } => (
                format!("cannot read the key `{shown}`: {source}"),
                "this key file",
                "check the path; a key is a regular file of a few hundred bytes, made by `policyc keygen PATH`".to_owned(),
            ),
            Self::NotPrivateKey { is_public: true, path } => (
                format!("`{shown}` is a public key, not a signing key"),
                "a public key verifies, it cannot sign",
                format!(
                    "sign with the private key of the pair (`{}` if `policyc keygen` made it); give the public key to services",
                    path.with_extension(PRIVATE_EXTENSION).display()
                ),
            ),
            Self::NotPrivateKey { .. } => (
                format!("`{shown}` is not an Ed25519 private key in PKCS#8 PEM"),
                "expected `-----BEGIN PRIVATE KEY-----`",
                "make a key with `policyc keygen PATH` (or `openssl genpkey -algorithm ed25519`) and sign with `PATH.key`".to_owned(),
            ),
            Self::NotPublicKey { is_private: true, path } => (
                format!("`{shown}` is a private key, not a public key"),
                "a private key must stay with whoever signs",
                format!(
                    "trust the public key of the pair (`{}` if `policyc keygen` made it), and keep the private key secret",
                    path.with_extension(PUBLIC_EXTENSION).display()
                ),
            ),
            Self::NotPublicKey { .. } => (
                format!("`{shown}` is not an Ed25519 public key"),
                "expected 32 bytes in base64, or SPKI PEM",
                format!("give the `.{PUBLIC_EXTENSION}` file `policyc keygen` wrote beside the private key"),
            ),
        };
        let diagnostic = Diagnostic::new(self.code(), Span::new(0, 0), message)
            .label(label)
            .help(help);
        (file, diagnostic)
    }
}

impl fmt::Display for KeyFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic().1.message)
    }
}

impl std::error::Error for KeyFileError {}

/// The text of a key file: a regular file, read up to [`MAX_KEY_FILE`]
/// bytes (a FIFO is never opened, so reading cannot hang).
fn read_key_file(path: &Path) -> Result<String, KeyFileError> {
    let unreadable = |source| KeyFileError::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    let meta = fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(unreadable(io::Error::other("not a regular file")));
    }
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|file| file.take(MAX_KEY_FILE + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_KEY_FILE {
        return Err(unreadable(io::Error::other(format!(
            "larger than {MAX_KEY_FILE} bytes"
        ))));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Whether `text` holds a private key in PEM.
fn looks_private(text: &str) -> bool {
    text.contains("PRIVATE KEY-----")
}

/// Reads a private key in PKCS#8 PEM.
pub fn read_signing_key(path: &Path) -> Result<SigningKey, KeyFileError> {
    let text = read_key_file(path)?;
    ed25519_dalek::SigningKey::from_pkcs8_pem(text.trim())
        .map(SigningKey::from_key)
        .map_err(|_| KeyFileError::NotPrivateKey {
            path: path.to_path_buf(),
            is_public: !looks_private(&text) && parse_public(&text).is_some(),
        })
}

/// Reads a public key: 32 bytes in base64, or SPKI PEM.
pub fn read_trusted_key(path: &Path) -> Result<rt::TrustedKey, KeyFileError> {
    let text = read_key_file(path)?;
    parse_public(&text).ok_or_else(|| KeyFileError::NotPublicKey {
        path: path.to_path_buf(),
        is_private: looks_private(&text),
    })
}

fn parse_public(text: &str) -> Option<rt::TrustedKey> {
    if let Ok(key) = rt::TrustedKey::from_base64(text) {
        return Some(key);
    }
    let key = ed25519_dalek::VerifyingKey::from_public_key_pem(text.trim()).ok()?;
    rt::TrustedKey::from_bytes(&key.to_bytes()).ok()
}

/// Why `policyc keygen` wrote nothing.
#[derive(Debug)]
pub enum KeygenError {
    /// One of the files is already there: keys are never overwritten.
    Exists(PathBuf),
    /// The operating system gave no randomness.
    Random(getrandom::Error),
    /// The key could not be encoded (not expected to happen).
    Encode,
    /// A file could not be written.
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

impl fmt::Display for KeygenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Exists(path) => write!(
                f,
                "`{}` already exists; keys are never overwritten: choose another name, or remove it if it is no longer used",
                path.display()
            ),
            Self::Random(e) => write!(f, "no randomness from the operating system: {e}"),
            Self::Encode => f.write_str("the key could not be encoded"),
            Self::Io { path, source } => write!(f, "cannot write `{}`: {source}", path.display()),
        }
    }
}

impl std::error::Error for KeygenError {}

/// The two files of a key pair made by [`keygen`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFiles {
    /// `BASE.key`: the private key, PKCS#8 PEM, readable by its owner only.
    pub private: PathBuf,
    /// `BASE.pub`: the public key, base64.
    pub public: PathBuf,
    /// The public key's id.
    pub id: rt::KeyId,
}

/// The private and public key files of `base` (`keys/release` gives
/// `keys/release.key` and `keys/release.pub`).
pub fn key_paths(base: &Path) -> (PathBuf, PathBuf) {
    let with = |ext: &str| {
        let mut name = base.as_os_str().to_owned();
        name.push(".");
        name.push(ext);
        PathBuf::from(name)
    };
    (with(PRIVATE_EXTENSION), with(PUBLIC_EXTENSION))
}

/// Writes a new key pair at `base`: both files or neither, never over an
/// existing file, the private key with mode 0600 from its creation.
pub fn keygen(base: &Path) -> Result<KeyFiles, KeygenError> {
    let (private, public) = key_paths(base);
    for path in [&private, &public] {
        if fs::symlink_metadata(path).is_ok() {
            return Err(KeygenError::Exists(path.clone()));
        }
    }
    let key = SigningKey::generate()?;
    let pem = key.to_pem()?;
    write_new(&private, pem.as_ref().as_bytes(), 0o600)?;
    let line = format!("{}\n", key.public_base64());
    if let Err(error) = write_new(&public, line.as_bytes(), 0o644) {
        // Both or neither: the private key was made by this run. Should
        // removing it fail too, the error that says why keygen failed is
        // the one worth returning; the key left behind is the user's to
        // remove, and the next keygen refuses to overwrite it.
        let _ = fs::remove_file(&private);
        return Err(error);
    }
    Ok(KeyFiles {
        private,
        public,
        id: key.id().clone(),
    })
}

/// Writes `bytes` to a new file at `path` with `mode`: written whole into a
/// temporary file beside it (created 0600), then linked into place only if
/// nothing is there.
fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<(), KeygenError> {
    let io_error = |source| KeygenError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io_error)?;
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(io_error)?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(io_error)?;
    set_mode(file.as_file(), mode).map_err(io_error)?;
    file.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == io::ErrorKind::AlreadyExists {
            KeygenError::Exists(path.to_path_buf())
        } else {
            io_error(e.error)
        }
    })?;
    Ok(())
}

#[cfg(unix)]
fn set_mode(file: &File, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    file.set_permissions(fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_file: &File, _mode: u32) -> io::Result<()> {
    Ok(())
}

/// The name of the signature file beside each `rules.json`.
pub const SIGNATURE_FILE: &str = "rules.json.sig";

/// Plans `POLICY_ID/rules.json.sig`, the signature of the policy's table by
/// `key`: made when written, from the same ordered table as `rules.json`
/// (the same `since`).
pub fn plan_signature<'a>(
    policy: &'a Policy,
    since: crate::rules::Since,
    key: &'a SigningKey,
    plan: &mut Plan<'a>,
) {
    let path = PathBuf::from(&policy.id).join(SIGNATURE_FILE);
    plan.add(path, move |writer| {
        let streamed = crate::rules::Streamed::with_since(policy, since.clone());
        let signature = key.sign(streamed.policy(), streamed.version(), streamed.digest());
        serde_json::to_writer_pretty(&mut *writer, &signature)?;
        writer.write_all(b"\n")
    });
}
