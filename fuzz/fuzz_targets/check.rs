//! Any input, as a policy source (or a generated policy when it starts
//! with 0), parses and checks without panicking, and every diagnostic
//! renders for people and as JSON.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = policyc_fuzz::props::check(data);
});
