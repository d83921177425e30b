//! Any input that checks clean builds (two editions, when generated:
//! the second reads the history the first wrote) deterministically, into
//! sinks and into a temporary directory that then matches the plan.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = policyc_fuzz::props::build(data);
});
