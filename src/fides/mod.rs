//! Fides interoperation: the fideslang default taxonomy a policy maps its
//! data categories and purposes to (`fides "user.contact.email"`), the
//! export of a checked policy as a fideslang manifest, and the import of a
//! manifest as a starting policy.

pub mod export;
pub mod import;
pub mod manifest;
pub mod taxonomy;
pub mod yaml;
