//! The catalogue of diagnostic codes.
//!
//! A code is never reused: a retired code stays here and in `docs/codes/`
//! so that old CI logs keep their meaning. Each code's long explanation is
//! the Markdown file `docs/codes/CODE.md`, compiled into the binary for
//! `policyc explain`.

use serde::{Serialize, Serializer};

/// Declares the code enum, its string form and its explanation in one table,
/// so the three can never disagree.
macro_rules! codes {
    ($($variant:ident = $code:literal, $summary:literal;)*) => {
        /// A stable diagnostic code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(#[doc = $summary] $variant,)*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as printed (`E0101`).
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// A one-line summary of what the code means.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }

            /// The long explanation, in Markdown.
            pub fn explanation(self) -> &'static str {
                match self {
                    $(Code::$variant => include_str!(concat!("../docs/codes/", $code, ".md")),)*
                }
            }
        }
    };
}

codes! {
    Syntax = "E0001", "a declaration does not follow the grammar";
    UnknownProperty = "E0002", "a block contains a property it does not accept";
    MalformedProperty = "E0003", "a known property has a value of the wrong form";
    BadEscape = "E0004", "a string contains an escape sequence that does not exist";
    NotUtf8 = "E0005", "a file is not valid UTF-8 text";
    FileTooLarge = "E0006", "a file is larger than the configured limit";
    NameTooLong = "E0010", "a name is longer than the limit";
    NotRegularFile = "E0011", "a path names a device, a pipe, a socket or a directory, not a regular file";
    LinkOutsideRoot = "E0012", "a policy file is a link to a file outside the policies' directory";
    IncludeOutsideRoot = "E0007", "an included file lies outside the policies' directory";
    IncludeCycle = "E0008", "files include each other in a cycle";
    IncludeNotFound = "E0009", "an included file cannot be read";
    InvisibleCharacter = "E0015", "the source contains an invisible, bidirectional or control character";
    Noncharacter = "E0016", "the source contains a Unicode noncharacter";
    LineBreakInOneLineText = "E0017", "a one-line text contains a line break";
    UnknownData = "E0101", "a reference names a data category that is not declared";
    UnknownPurpose = "E0102", "a reference names a purpose that is not declared";
    UnknownRecipient = "E0103", "a reference names a recipient that is not declared";
    Duplicate = "E0104", "two declarations have the same name";
    MissingParent = "E0105", "a dotted data category has no declared parent";
    UnknownKeyword = "E0106", "a keyword value is not one of those the property accepts";
    DuplicateProperty = "E0107", "a property is given twice in one block";
    DuplicateHeader = "E0108", "a file has more than one policy header";
    UnusedRecipient = "W0109", "a recipient is declared but receives no data";
    UnknownFact = "W0110", "a test asserts a fact that no rule of the policy reads";
    CaseOnlyDifference = "E0111", "two ids of one kind differ only by case";
    InvalidDate = "E0201", "a date does not exist";
    InvalidVersion = "E0202", "a version is not a semantic version";
    NonPositiveDuration = "E0203", "a duration is zero or negative";
    EmptyString = "E0204", "a string that readers will see is empty";
    InvalidUrl = "E0205", "an address is not a well-formed web address";
    InvalidContact = "E0206", "a contact is neither an e-mail address nor a web address";
    InvalidLanguage = "E0207", "a language is not an ISO 639-1 code";
    ConflictingRequirement = "E0208", "a data category is both required and optional";
    UnstatedInterest = "E0301", "a legitimate-interest basis does not state the interest";
    IdentifiedInDepersonalizedPurpose = "E0302", "a purpose restricted to depersonalized data uses identified data";
    IdentifiedThroughParent = "E0303", "a purpose restricted to depersonalized data uses a category that covers identified data";
    IdentifiedByCombination = "E0304", "a purpose restricted to depersonalized data uses data combined with identified data";
    SpecialWithoutExplicitConsent = "E0305", "special-category data is used without explicit consent";
    TransferWithoutGround = "E0306", "a transfer states no ground";
    IdentifiedWithoutRetention = "E0307", "identified data has no retention period";
    UnusedData = "W0308", "a data category is collected but used by no purpose";
    InterestWithoutLegitimateInterest = "E0309", "an interest is stated for a basis that is not legitimate interests";
    StatisticsGroundOnIdentifiedData = "E0310", "depersonalized statistics are the ground for sending identified data";
    IdentityAssumed = "W0311", "a data category does not say whether it identifies the user";
    MissingHeader = "E0401", "a policy file has no policy header";
    MissingHeaderFact = "E0402", "the policy header lacks a fact the law requires";
    TransferAbroadWithoutSafeguard = "E0403", "a recipient abroad has no safeguard";
    NoComplaintRight = "W0404", "the policy does not tell users they may complain to an authority";
    PurposeWithoutData = "E0405", "a purpose uses no data";
    PurposeWithoutBasis = "E0406", "a purpose has no legal basis";
    NoticeContradicted = "W0407", "a notice period is stated, but new editions take effect on publication";
    ContentChangedWithoutBump = "E0501", "the content of a released version changed without a version bump";
    BumpTooSmall = "E0502", "a new edition's version is not raised enough for its changes";
    VersionBelowLatest = "E0503", "a new edition's version is lower than the latest released edition";
    NoticeTooShort = "E0504", "an expanding edition takes effect before the promised notice period has passed";
    HistoryTampered = "E0505", "a released edition or its ledger entry was changed, removed, reordered or added outside the build";
    LedgerHeadMismatch = "E0506", "the history ledger does not end at the head the last build recorded";
    HistoryMissing = "E0507", "the history of a policy that was released before is missing";
    LedgerWithoutChain = "E0508", "the history ledger has no hash chain: it was written by an older policyc";
    UntrustedHead = "E0509", "the head of the history ledger is not signed by a trusted key";
    TestFailed = "E0601", "an expectation of a test block does not hold";
    OutputLink = "E0701", "an entry of the output directory is a symbolic link";
    OutputNotRegular = "E0702", "an entry of the output directory is not a regular file or directory";
    OutputBusy = "E0703", "another build is writing to the output directory";
    OutputTooLarge = "E0704", "a policy's output directory holds far more than a build makes";
    KeyUnreadable = "E0801", "a key file cannot be read";
    NotASigningKey = "E0802", "a signing key is not an Ed25519 private key in PKCS#8 PEM";
    NotATrustedKey = "E0803", "a trusted key is not an Ed25519 public key";
    UntrustedTable = "E0804", "a rule table is not signed by a trusted key";
}

impl Code {
    /// Looks a code up by its printed form, ignoring case.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|code| code.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
