//! Fuzzes the front end: any bytes, as a policy file, must parse, check,
//! format and plan a build without panicking, and rendering every
//! diagnostic must work.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let checked = policyc::check_source(&text);
    let file = policyc::source::SourceFile::from_text("fuzz.policy", text.as_ref());
    for diagnostic in &checked.diagnostics {
        let _ = policyc::report::render_plain(&file, diagnostic);
    }
    if let Some(policy) = &checked.policy {
        let mut plan = policyc::build::Plan::new();
        policyc::build::plan_policy(policy, &mut plan);
        let _ = plan.produce(|_| Ok(std::io::sink()), |_, _| Ok(()));
    }
    if let Ok(formatted) = policyc::fmt::format(&text) {
        // Formatting is idempotent on anything it accepts.
        assert_eq!(policyc::fmt::format(&formatted).ok().as_deref(), Some(formatted.as_str()));
    }
});
