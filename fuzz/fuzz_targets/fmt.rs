//! Any input that parses formats to a text that means the same, and
//! formatting that text again changes nothing.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = policyc_fuzz::props::fmt(data);
});
