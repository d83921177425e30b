//! policyc
