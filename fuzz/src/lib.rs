//! The fuzz targets' shared code: the structure-aware input generators
//! ([`spec`] for policies, [`tables`] for rule tables) and the properties
//! every input must keep ([`props`]). `tests/fuzz_properties.rs` compiles
//! the same three files, so `cargo test` checks the same properties on
//! the same kind of inputs, driven by proptest instead of libFuzzer.

pub mod props;
pub mod spec;
pub mod tables;
