//! Any bytes, or a valid rule table mutated and resealed (when the
//! input starts with 0), load or are refused without panicking; a table
//! that loads answers every question and reloads to itself.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = policyc_fuzz::props::load_table(data);
});
