//! The keys of fideslang's default taxonomy that a policy may map to, as
//! fideslang 3.1.4 declares them (`src/fideslang/default_taxonomy/`). The
//! check of `fides "KEY"` reads them (E0880), and the export knows from them
//! which categories and uses a manifest need not declare. `tests/fides.rs`
//! compares them with fideslang's own `DEFAULT_TAXONOMY` when Python and
//! fideslang are at hand.

/// The version of fideslang these keys come from.
pub const FIDESLANG_VERSION: &str = "3.1.4";

/// The data category keys of the default taxonomy, sorted.
pub const DATA_CATEGORIES: &[&str] = &[
    "system",
    "system.authentication",
    "system.operations",
    "user",
    "user.account",
    "user.account.settings",
    "user.account.username",
    "user.authorization",
    "user.authorization.biometric",
    "user.authorization.credentials",
    "user.authorization.password",
    "user.behavior",
    "user.behavior.browsing_history",
    "user.behavior.media_consumption",
    "user.behavior.purchase_history",
    "user.behavior.search_history",
    "user.biometric",
    "user.biometric.fingerprint",
    "user.biometric.health",
    "user.biometric.retinal",
    "user.biometric.voice",
    "user.childrens",
    "user.contact",
    "user.contact.address",
    "user.contact.address.city",
    "user.contact.address.country",
    "user.contact.address.postal_code",
    "user.contact.address.state",
    "user.contact.address.street",
    "user.contact.email",
    "user.contact.fax_number",
    "user.contact.organization",
    "user.contact.phone_number",
    "user.contact.url",
    "user.content",
    "user.content.private",
    "user.content.public",
    "user.content.self_image",
    "user.criminal_history",
    "user.demographic",
    "user.demographic.age_range",
    "user.demographic.date_of_birth",
    "user.demographic.gender",
    "user.demographic.language",
    "user.demographic.marital_status",
    "user.demographic.political_opinion",
    "user.demographic.profile",
    "user.demographic.race_ethnicity",
    "user.demographic.religious_belief",
    "user.demographic.sexual_orientation",
    "user.device",
    "user.device.cookie",
    "user.device.cookie_id",
    "user.device.device_id",
    "user.device.ip_address",
    "user.financial",
    "user.financial.bank_account",
    "user.financial.credit_card",
    "user.government_id",
    "user.government_id.birth_certificate",
    "user.government_id.drivers_license_number",
    "user.government_id.immigration",
    "user.government_id.national_identification_number",
    "user.government_id.passport_number",
    "user.government_id.vehicle_registration",
    "user.health_and_medical",
    "user.health_and_medical.genetic",
    "user.health_and_medical.insurance_beneficiary_id",
    "user.health_and_medical.record_id",
    "user.job_title",
    "user.location",
    "user.location.imprecise",
    "user.location.precise",
    "user.name",
    "user.name.first",
    "user.name.last",
    "user.payment",
    "user.privacy_preferences",
    "user.sensor",
    "user.social",
    "user.telemetry",
    "user.unique_id",
    "user.unique_id.pseudonymous",
    "user.user_sensor",
    "user.workplace",
];

/// The data use keys of the default taxonomy, sorted.
pub const DATA_USES: &[&str] = &[
    "analytics",
    "analytics.reporting",
    "analytics.reporting.ad_performance",
    "analytics.reporting.campaign_insights",
    "analytics.reporting.content_performance",
    "analytics.reporting.system",
    "analytics.reporting.system.performance",
    "collect",
    "employment",
    "employment.recruitment",
    "essential",
    "essential.fraud_detection",
    "essential.legal_obligation",
    "essential.service",
    "essential.service.authentication",
    "essential.service.notifications",
    "essential.service.notifications.email",
    "essential.service.notifications.sms",
    "essential.service.operations",
    "essential.service.operations.improve",
    "essential.service.operations.support",
    "essential.service.payment_processing",
    "essential.service.security",
    "essential.service.upgrades",
    "finance",
    "functional",
    "functional.service",
    "functional.service.improve",
    "functional.storage",
    "functional.storage.privacy_preferences",
    "marketing",
    "marketing.advertising",
    "marketing.advertising.first_party",
    "marketing.advertising.first_party.contextual",
    "marketing.advertising.first_party.targeted",
    "marketing.advertising.frequency_capping",
    "marketing.advertising.negative_targeting",
    "marketing.advertising.profiling",
    "marketing.advertising.serving",
    "marketing.advertising.third_party",
    "marketing.advertising.third_party.targeted",
    "marketing.communications",
    "marketing.communications.email",
    "marketing.communications.sms",
    "operations",
    "personalize",
    "personalize.content",
    "personalize.content.limited",
    "personalize.content.profiled",
    "personalize.content.profiling",
    "personalize.profiling",
    "personalize.system",
    "sales",
    "third_party_sharing",
    "third_party_sharing.legal_obligation",
    "train_ai_system",
];

/// The names of the data categories, in the order of their keys.
pub const DATA_CATEGORY_NAMES: &[&str] = &[
    "System Data",
    "Authentication Data",
    "Operations Data",
    "User Data",
    "Account Information",
    "Account Settings",
    "Account Username",
    "Authorization Information",
    "Biometric Credentials",
    "Account password",
    "Password",
    "Observed Behavior",
    "Browsing History",
    "Media Consumption",
    "Purchase History",
    "Search History",
    "Biometric Data",
    "Fingerprint",
    "Biometric Health Data",
    "Retina Scan",
    "Voice Recording",
    "Children's Data",
    "Contact Data",
    "User Contact Address",
    "User Contact City",
    "User Contact Country",
    "User Contact Postal Code",
    "User Contact State",
    "User Contact Street",
    "User Contact Email",
    "Fax Number",
    "Organization",
    "User Contact Phone Number",
    "User Website",
    "User Content",
    "Private Content",
    "Public Content",
    "User Image",
    "Criminal History",
    "Demographic Data",
    "Age Range",
    "Birth Date",
    "Gender",
    "Language",
    "Marital Status",
    "Political Opinion",
    "User Profile Data",
    "Race",
    "Religion",
    "Sexual Orientation",
    "Device Data",
    "Device Cookie",
    "Cookie ID",
    "Device ID",
    "IP Address",
    "Financial Data",
    "Bank Account Information",
    "Credit Card Information",
    "Government ID",
    "Birth Certificate",
    "Driver's License Number",
    "Immigration ID",
    "National Identification Number",
    "Passport Number",
    "Vehicle Registration",
    "Health and Medical Data",
    "User's Genetic Data",
    "Medical Insurance ID",
    "Medical Record ID",
    "Job Title",
    "Location Data",
    "Imprecise Subject Location",
    "Precise Subject Location",
    "Name",
    "First Name",
    "Last Name",
    "Payment Data",
    "Privacy Preferences",
    "Sensor Data",
    "Social Data",
    "Telemetry Data",
    "Unique ID",
    "Pseudonymous User ID",
    "User Sensor Data",
    "Workplace",
];

/// The names of the data uses, in the order of their keys.
pub const DATA_USE_NAMES: &[&str] = &[
    "Analytics",
    "Analytics for Reporting",
    "Analytics for Advertising Performance",
    "Analytics for Insights",
    "Analytics for Content Performance",
    "Analytics for System Activity",
    "Analytics for System Performance",
    "Collect",
    "Employment",
    "Employment Recruitment",
    "Essential",
    "Essential Fraud Detection",
    "Essential Legal Obligation",
    "Essential for Service",
    "Essential Service Authentication",
    "Essential Service Notifications",
    "Essential Email Service Notifications",
    "Essential SMS Service Notifications",
    "Essential for Operations",
    "Essential for Support Improvement",
    "Essential for Operations Support",
    "Essential for Payment Processing",
    "Essential for Security",
    "Essential for Service Upgrades",
    "Finance",
    "Functional",
    "Service",
    "Improve Service",
    "Local Data Storage",
    "Local Data Storage for Privacy Preferences",
    "Marketing",
    "Advertising, Marketing or Promotion",
    "First Party Advertising",
    "First Party Contextual Advertising",
    "First Party Personalized Advertising",
    "Frequency Capping",
    "Negative Targeting",
    "Profiling for Advertising",
    "Essential for Serving Ads",
    "Third Party Advertising",
    "Third Party Targeted Advertising",
    "Marketing Communications",
    "Marketing Email Communications",
    "Marketing SMS Communications",
    "Operations",
    "Personalize",
    "Content Personalization",
    "Limited Content Personalization",
    "Targeted Content Personalization",
    "Profiling for Personalization",
    "Personalized Profiling",
    "System Personalization",
    "Sales",
    "Third Party Sharing",
    "Sharing for Legal Obligation",
    "Train AI System",
];

/// A part of the default taxonomy a policy maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taxonomy {
    /// The data categories (`fides` in a data block).
    DataCategories,
    /// The data uses (`fides` in a purpose block).
    DataUses,
}

impl Taxonomy {
    /// Its keys, sorted.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Taxonomy::DataCategories => DATA_CATEGORIES,
            Taxonomy::DataUses => DATA_USES,
        }
    }

    /// The name the taxonomy gives `key`, if it declares the key.
    pub fn name(self, key: &str) -> Option<&'static str> {
        let names = match self {
            Taxonomy::DataCategories => DATA_CATEGORY_NAMES,
            Taxonomy::DataUses => DATA_USE_NAMES,
        };
        let at = self.keys().binary_search(&key).ok()?;
        names.get(at).copied()
    }

    /// What one of its keys is called in messages, and an example key.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Taxonomy::DataCategories => ("data category", "user.contact.email"),
            Taxonomy::DataUses => ("data use", "marketing.advertising"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_are_sorted_and_unique_so_that_look_up_can_bisect() {
        for keys in [DATA_CATEGORIES, DATA_USES] {
            assert!(keys.windows(2).all(|w| w.first() < w.last()));
        }
        assert!(Taxonomy::DataCategories.name("user.contact.mail").is_none());
        assert!(Taxonomy::DataUses.name("marketing.advertising").is_some());
        assert_eq!(DATA_CATEGORIES.len(), DATA_CATEGORY_NAMES.len());
        assert_eq!(DATA_USES.len(), DATA_USE_NAMES.len());
        assert_eq!(
            Taxonomy::DataCategories.name("user.contact.email"),
            Some("User Contact Email")
        );
        assert_eq!(Taxonomy::DataUses.name("user.contact.email"), None);
    }
}
