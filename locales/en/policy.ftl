# The project's own words, in English: what policyc writes around the
# author's strings. Every message exists in locales/de, locales/fr and
# locales/es with the same variables (tests/locales.rs checks), and the
# English messages say exactly what the English text says today.
#
# Variables every file shares:
#   $voice       "we" (the header's `voice we_you`) or "third" (the default)
#   $controller  the controller's name, put in by the renderer
#   $controller_possessive  the same name as a possessive ("Acme's"); only
#                the languages that inflect a name use it
#   $controllers "one" or "several" (the header's `plural`), for verbs that
#                agree with the controller; only the languages whose verb
#                changes read it
#   $text0…      a text of the document (a source string, a list, a link)

## Lists: the word before the last entry ("A, B and C"). $next says how
## that entry begins: "i" (an i sound), "o" (an o sound) or "other", for
## the languages whose conjunction changes with it (Spanish "e", "u").

list-and = and
list-or = or

## Durations: $unit is the time unit's keyword (day, week, month, year),
## $amount the number as the reader sees it, $count the same number, which
## the language's plural rules read, $case "plain" or "dative" (read by the
## languages that decline).

duration =
    { $unit ->
        [day]
            { $count ->
                [one] { $amount } day
               *[other] { $amount } days
            }
        [week]
            { $count ->
                [one] { $amount } week
               *[other] { $amount } weeks
            }
        [month]
            { $count ->
                [one] { $amount } month
               *[other] { $amount } months
            }
       *[year]
            { $count ->
                [one] { $amount } year
               *[other] { $amount } years
            }
    }

## Dates: $day and $month are numbers, $year the year as written.

date =
    { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Legal bases (GDPR Art. 6(1), 9(2)(a)), as the end of "Legal basis: …".

basis-consent =
    { $voice ->
        [we] your consent
       *[third] the User's consent
    }
basis-explicit_consent =
    { $voice ->
        [we] your explicit consent
       *[third] the User's explicit consent
    }
basis-contract =
    { $voice ->
        [we] the processing is necessary to perform a contract with you
       *[third] the processing is necessary to perform a contract with the User
    }
basis-legal_obligation =
    { $voice ->
        [we] the processing is necessary to comply with a legal obligation that applies to us
       *[third] the processing is necessary to comply with a legal obligation that applies to { $controller }
    }
basis-vital_interests =
    { $voice ->
        [we] the processing is necessary to protect the vital interests of you or of another person
       *[third] the processing is necessary to protect the vital interests of the User or of another person
    }
basis-public_task = the processing is necessary to perform a task carried out in the public interest
basis-legitimate_interest =
    { $voice ->
        [we] our legitimate interests
       *[third] { $controller_possessive } legitimate interests
    }

## Rights, as headings.

right-access = Right of access
right-rectification = Right to rectification
right-erasure = Right to erasure
right-restriction = Right to restriction of processing
right-portability = Right to data portability
right-objection = Right to object
right-withdraw_consent = Right to withdraw consent
right-complaint = Right to lodge a complaint
right-opt_out_sale_share = Right to opt out of sale and sharing
right-limit_sensitive = Right to limit the use of sensitive personal information
right-know = Right to know
right-appeal = Right to appeal
right-non_discrimination = Right to non-discrimination
right-automated_decisions = Right not to be subject to automated decisions

## Special categories of personal data (GDPR Art. 9(1)).

special-racial_or_ethnic_origin = data revealing racial or ethnic origin
special-political_opinions = data revealing political opinions
special-religious_beliefs = data revealing religious or philosophical beliefs
special-trade_union_membership = data revealing trade union membership
special-genetic = genetic data
special-biometric = biometric data used to identify a person
special-health = data concerning health
special-sex_life = data concerning sex life or sexual orientation

## How users are told of a change, after "informs the User of a change".

notify-on_website = by publishing the new edition on the website of the Service
notify-by_email = by e-mail
notify-in_service = by a notice in the Service

## Transfer grounds, as a clause after "only when".

ground-consent =
    { $voice ->
        [we] you have consented to the transfer
       *[third] the User has consented to the transfer
    }
ground-contract =
    { $voice ->
        [we] the transfer is necessary to perform a contract with you
       *[third] the transfer is necessary to perform a contract with the User
    }
ground-legal_obligation = the transfer is required by law
ground-rights_protection =
    { $voice ->
        [we] the transfer is necessary to protect the rights and legitimate interests of us or of other persons
       *[third] the transfer is necessary to protect the rights and legitimate interests of { $controller } or of other persons
    }
ground-business_transfer = the transfer takes place as part of a sale or other transfer of the business
ground-depersonalized_statistics = the information has been depersonalized and is transferred as statistical data
ground-business_purpose = the information is disclosed to a service provider for a business purpose, under a contract that limits its use of the information

## Kinds of recipient, after "Type of recipient:".

recipient-third_party = third party
recipient-processor =
    { $voice ->
        [we] processor, acting on our instructions
       *[third] processor, acting on { $controller_possessive } instructions
    }
recipient-acquirer = acquirer of the business
recipient-authority = public authority
recipient-service_provider =
    { $voice ->
        [we] service provider, processing for our business purposes under a contract that limits its use of the information
       *[third] service provider, processing for { $controller_possessive } business purposes under a contract that limits its use of the information
    }
recipient-affiliate =
    { $voice ->
        [we] company of our group
       *[third] company of { $controller_possessive } group
    }
recipient-advertising = advertising partner
recipient-analytics = analytics provider
recipient-data_broker = data broker
recipient-social_network = social network
recipient-payment = payment provider
recipient-other_users = other users of the Service
recipient-public = the public

## What a disclosure is under US state law.

disclosure-sale = a sale of personal information
disclosure-share = sharing of personal information for cross-context behavioral advertising
disclosure-targeted_advertising = processing of personal information for targeted advertising

## Sources: the opening of the list of a source's categories, and the
## sentence about one category.

source-user =
    { $voice ->
        [we] You provide the following personal information:
       *[third] The User provides the following personal information:
    }
source-user-sentence =
    { $voice ->
        [we] You provide this information.
       *[third] The User provides this information.
    }
source-device =
    { $voice ->
        [we] Your device automatically sends the following personal information:
       *[third] The User's device automatically sends the following personal information:
    }
source-device-sentence =
    { $voice ->
        [we] Your device sends this information automatically.
       *[third] The User's device sends this information automatically.
    }
source-derived =
    { $voice ->
        [we] We derive the following personal information from other information:
       *[third]
            { $controllers ->
                [several] { $controller } derive the following personal information from other information:
               *[one] { $controller } derives the following personal information from other information:
            }
    }
source-derived-sentence = This information is derived from other information.
source-third_party =
    { $voice ->
        [we] We receive the following personal information from third parties:
       *[third]
            { $controllers ->
                [several] { $controller } receive the following personal information from third parties:
               *[one] { $controller } receives the following personal information from third parties:
            }
    }
source-third_party-sentence = This information is received from third parties.

## How the user accepts the policy.

acceptance-by_use =
    { $voice ->
        [we] Using the Service means that you accept this Policy and the conditions of processing set out in it.
       *[third] Using the Service means that the User accepts this Policy and the conditions of processing set out in it.
    }
acceptance-by_explicit_agreement =
    { $voice ->
        [we] You accept this Policy by expressly agreeing to it.
       *[third] The User accepts this Policy by expressly agreeing to it.
    }

## Who may change the policy.

authority-unilateral =
    { $voice ->
        [we] We can change this Policy unilaterally.
       *[third] { $controller } can change this Policy unilaterally.
    }
authority-agreement =
    { $voice ->
        [we] We can change this Policy only with your agreement.
       *[third] { $controller } can change this Policy only with the User's agreement.
    }

## When a new edition takes effect: $stated is "yes" when the policy states
## a notice period, $notice that period.

takes-effect-on_publication = A new edition of this Policy takes effect when it is published.
takes-effect-after_notice =
    { $stated ->
        [yes] A new edition of this Policy takes effect when the notice period of { $notice } has passed.
       *[no] A new edition of this Policy takes effect when the notice period has passed.
    }

## Retention: a period as the end of "kept …" ($text0 is the event, a
## source string), and how alternative periods combine.

period-for = for { $duration } from { $text0 }
period-until = until { $text0 }
period-law = for as long as the law requires
retention-first = whichever comes first
retention-last = whichever comes last

## What a right lets the user do, for a right stated without a description.

right-access-meaning =
    { $voice ->
        [we] You can ask whether personal information about you is processed, and obtain access to it and a copy of it.
       *[third] The User can ask whether personal information about the User is processed, and obtain access to it and a copy of it.
    }
right-rectification-meaning =
    { $voice ->
        [we] You can have inaccurate personal information corrected and incomplete personal information completed.
       *[third] The User can have inaccurate personal information corrected and incomplete personal information completed.
    }
right-erasure-meaning =
    { $voice ->
        [we] You can have personal information erased.
       *[third] The User can have personal information erased.
    }
right-restriction-meaning =
    { $voice ->
        [we] You can have the processing of personal information restricted.
       *[third] The User can have the processing of personal information restricted.
    }
right-portability-meaning =
    { $voice ->
        [we] You can receive the personal information you have provided in a structured, commonly used and machine-readable format, and have it transmitted to another controller.
       *[third] The User can receive the personal information the User has provided in a structured, commonly used and machine-readable format, and have it transmitted to another controller.
    }
right-objection-meaning =
    { $voice ->
        [we] You can object to the processing of personal information that is based on legitimate interests.
       *[third] The User can object to the processing of personal information that is based on legitimate interests.
    }
right-withdraw_consent-meaning =
    { $voice ->
        [we] You can withdraw consent given to processing that is based on consent.
       *[third] The User can withdraw consent given to processing that is based on consent.
    }
right-complaint-meaning =
    { $voice ->
        [we] You can lodge a complaint with a data protection supervisory authority.
       *[third] The User can lodge a complaint with a data protection supervisory authority.
    }
right-opt_out_sale_share-meaning =
    { $voice ->
        [we] You can direct us not to sell or share personal information about you.
       *[third] The User can direct { $controller } not to sell or share personal information about the User.
    }
right-limit_sensitive-meaning =
    { $voice ->
        [we] You can direct us to limit the use and disclosure of sensitive personal information about you to the purposes the law permits.
       *[third] The User can direct { $controller } to limit the use and disclosure of sensitive personal information about the User to the purposes the law permits.
    }
right-know-meaning =
    { $voice ->
        [we] You can ask what personal information about you is collected, used and disclosed, and to whom.
       *[third] The User can ask what personal information about the User is collected, used and disclosed, and to whom.
    }
right-appeal-meaning =
    { $voice ->
        [we] You can appeal a refusal to act on a request about your rights.
       *[third] The User can appeal a refusal to act on a request about the User's rights.
    }
right-non_discrimination-meaning =
    { $voice ->
        [we] You will not be discriminated against for exercising your rights.
       *[third] The User will not be discriminated against for exercising the User's rights.
    }
right-automated_decisions-meaning =
    { $voice ->
        [we] You have the right not to be subject to a decision based solely on automated processing, including profiling, that produces legal effects concerning you or similarly significantly affects you, unless it is necessary for a contract with you, authorised by law or based on your explicit consent.
       *[third] The User has the right not to be subject to a decision based solely on automated processing, including profiling, that produces legal effects concerning the User or similarly significantly affects the User, unless it is necessary for a contract with the User, authorised by law or based on the User's explicit consent.
    }

## Purposes, sharing and retention (render/processing.rs): $text0… are
## lists of categories or of grounds, a purpose's label, an interest or a
## safeguard as written, a country, a link, or the words of a keyword.

purposes-intro =
    { $voice ->
        [we] We process information only for the following purposes:
       *[third]
            { $controllers ->
                [several] { $controller } process information only for the following purposes:
               *[one] { $controller } processes information only for the following purposes:
            }
    }
purpose-uses = Information used: { $text0 }
purpose-basis = Legal basis: { $text0 }.
purpose-basis-interest = Legal basis: { $text0 }; the interest pursued is { $text1 }
purpose-depersonalized = Only depersonalized information is used for this purpose.
purpose-profiling =
    { $voice ->
        [we] This purpose involves profiling: we use the information listed to evaluate personal aspects of you.
       *[third]
            { $controllers ->
                [several] This purpose involves profiling: { $controller } use the information listed to evaluate personal aspects of the User.
               *[one] This purpose involves profiling: { $controller } uses the information listed to evaluate personal aspects of the User.
            }
    }
purpose-profiling-objection =
    { $voice ->
        [we] You can object to this profiling on grounds relating to your particular situation.
       *[third] The User can object to this profiling on grounds relating to the User's particular situation.
    }
sharing-intro =
    { $voice ->
        [we] We share information only with the following recipients:
       *[third]
            { $controllers ->
                [several] { $controller } share information only with the following recipients:
               *[one] { $controller } shares information only with the following recipients:
            }
    }
sharing-intro-grounds =
    { $voice ->
        [we] We share information only with the following recipients, and only on the grounds stated for each:
       *[third]
            { $controllers ->
                [several] { $controller } share information only with the following recipients, and only on the grounds stated for each:
               *[one] { $controller } shares information only with the following recipients, and only on the grounds stated for each:
            }
    }
recipient-type = Type of recipient: { $text0 }
recipient-role = Role: { $text0 }
recipient-arrangement =
    { $voice ->
        [we] The essence of the arrangement between us and this recipient: { $text0 }
       *[third] The essence of the arrangement between { $controller } and this recipient: { $text0 }
    }
recipient-receives = This recipient receives the following information: { $text0 }
# $text0 is the grounds (recipient-when, joined with "or"), $text1 the
# purposes (recipient-for-purposes) or nothing, $text2 the categories.
recipient-receives-when = This recipient receives the following information, only { $text0 }{ $text1 }: { $text2 }
recipient-when = when { $text0 }
# $count is the number of purposes in $text0.
recipient-for-purposes =
    { $count ->
        [one] , for the purpose of { $text0 }
       *[other] , for the purposes of { $text0 }
    }
recipient-bound = All obligations to observe the conditions of this Policy pass to this recipient.
recipient-disclosed = Under US state privacy laws, disclosing personal information to this recipient is { $text0 }
recipient-country = Country: { $text0 }
recipient-safeguard = Safeguard for the transfer of information: { $text0 }
recipient-safeguard-country = Safeguard for the transfer of information to this country: { $text0 }
recipient-copy = Where to obtain a copy: { $text0 }
recipient-mechanism = Transfers of information to this recipient rest on { $text0 }
recipient-mechanism-country = Transfers of information to this country rest on { $text0 }
# A derogation ($text0) and its case ($text1).
recipient-derogation = { $text0 }: { $text1 }
retention-kept = The following information is kept { $text0 }: { $text1 }

## Transfer mechanisms (GDPR Chapter V), after "rest on".

mechanism-adequacy = an adequacy decision
mechanism-standard_contractual_clauses = standard data protection clauses
mechanism-binding_corporate_rules = binding corporate rules
mechanism-code_of_conduct = an approved code of conduct, with binding and enforceable commitments of the recipient
mechanism-certification = an approved certification mechanism, with binding and enforceable commitments of the recipient
mechanism-derogation = a derogation for a specific situation

## The case of a derogation (GDPR Art. 49(1)), after its colon.

derogation-explicit_consent =
    { $voice ->
        [we] your explicit consent to the transfer
       *[third] the User's explicit consent to the transfer
    }
derogation-contract =
    { $voice ->
        [we] the transfer is necessary to perform a contract with you
       *[third] the transfer is necessary to perform a contract with the User
    }
derogation-public_interest = the transfer is necessary for important reasons of public interest
derogation-legal_claims = the transfer is necessary to establish, exercise or defend legal claims
derogation-vital_interests = the transfer is necessary to protect the vital interests of a person who cannot give consent

## A recipient's role (GDPR Art. 4(7) and 26), after "Role:".

role-independent_controller = independent controller, which decides itself why and how it processes the information
role-joint_controller =
    { $voice ->
        [we] joint controller with us, deciding together with us why and how the information is processed
       *[third] joint controller with { $controller }, deciding together with { $controller } why and how the information is processed
    }

## The section on the information collected (render/collection.rs): $text0
## is a category's label, a list of examples, a special or sensitive
## category's words, or when a category is collected, as written.

collection-personal =
    { $voice ->
        [we] We process the following personal information:
       *[third]
            { $controllers ->
                [several] { $controller } process the following personal information:
               *[one] { $controller } processes the following personal information:
            }
    }
collection-personal-also =
    { $voice ->
        [we] We also process the following personal information:
       *[third]
            { $controllers ->
                [several] { $controller } also process the following personal information:
               *[one] { $controller } also processes the following personal information:
            }
    }
collection-depersonalized =
    { $voice ->
        [we] We process the following depersonalized information, which does not allow you to be identified:
       *[third]
            { $controllers ->
                [several] { $controller } process the following depersonalized information, which does not allow the User to be identified:
               *[one] { $controller } processes the following depersonalized information, which does not allow the User to be identified:
            }
    }
collection-depersonalized-also =
    { $voice ->
        [we] We also process the following depersonalized information, which does not allow you to be identified:
       *[third]
            { $controllers ->
                [several] { $controller } also process the following depersonalized information, which does not allow the User to be identified:
               *[one] { $controller } also processes the following depersonalized information, which does not allow the User to be identified:
            }
    }
collection-required = Information marked "required" must be provided to use the Service.
collection-optional =
    { $voice ->
        [we] Information marked "optional" is provided at your discretion.
       *[third] Information marked "optional" is provided at the User's discretion.
    }
# The marks after a label: the words in quotes above.
data-required = required
data-optional = optional
data-part-of = Part of: { $text0 }
collection-anonymous =
    { $voice ->
        [we] We process the following anonymous information. It is not personal information: it relates to no identified or identifiable person:
       *[third]
            { $controllers ->
                [several] { $controller } process the following anonymous information. It is not personal information: it relates to no identified or identifiable person:
               *[one] { $controller } processes the following anonymous information. It is not personal information: it relates to no identified or identifiable person:
            }
    }
collection-anonymous-also =
    { $voice ->
        [we] We also process the following anonymous information. It is not personal information: it relates to no identified or identifiable person:
       *[third]
            { $controllers ->
                [several] { $controller } also process the following anonymous information. It is not personal information: it relates to no identified or identifiable person:
               *[one] { $controller } also processes the following anonymous information. It is not personal information: it relates to no identified or identifiable person:
            }
    }
# $text0 is the method `anonymised_by` states, as written.
data-anonymised-by = It was made anonymous by { $text0 }
data-required-by-law = Providing this information is a statutory requirement.
data-required-by-contract = Providing this information is a contractual requirement.
data-required-by-entering_contract =
    { $voice ->
        [we] Providing this information is necessary to enter into a contract with us.
       *[third] Providing this information is necessary to enter into a contract with { $controller }.
    }
# $text0 is what follows without the information, as `required by` states.
data-if-not-provided = If it is not provided: { $text0 }
data-includes = This information includes:
data-pseudonymized =
    { $voice ->
        [we] This information is pseudonymized: it identifies you only together with additional information that is kept separately.
       *[third] This information is pseudonymized: it identifies the User only together with additional information that is kept separately.
    }
data-combined = When this information is combined with personal information, the combined information is treated as personal information for as long as it remains combined.
data-special = This information is a special category of personal data: { $text0 }.
data-sensitive = This information is sensitive personal information under US state privacy laws: { $text0 }
data-collected = This information is collected { $text0 }
data-examples = This information consists of: { $text0 }
data-examples-open = This includes, for example: { $text0 }

## Sensitive personal information under US state privacy laws, after
## data-sensitive's colon.

sensitive-government_id = a government identifier (social security, driver's license, state identification card or passport number)
sensitive-account_credentials = an account log-in, or a financial account, debit card or credit card number with the code or password that gives access to the account
sensitive-precise_geolocation = precise geolocation
sensitive-racial_or_ethnic_origin = racial or ethnic origin
sensitive-religious_beliefs = religious or philosophical beliefs
sensitive-union_membership = union membership
sensitive-citizenship_or_immigration = citizenship or immigration status
sensitive-communications_content = the contents of mail, e-mail and text messages, unless the business is their intended recipient
sensitive-genetic = genetic data
sensitive-neural = neural data
sensitive-biometric = biometric information processed to identify a consumer
sensitive-health = information about health
sensitive-sex_life_or_orientation = information about sex life or sexual orientation

## The document's subtitle: $version as written, $date in words.

document-subtitle = Version { $version }, effective { $date }
# $text0 is the link the header's `do_not_sell` gives.
document-do-not-sell = Do Not Sell or Share My Personal Information: { $text0 }

## Section headings.

section-general = General provisions
section-commitments =
    { $voice ->
        [we] Our commitments
       *[third] { $controller_possessive } commitments
    }
section-collection = Information collected
section-purposes = Purposes of processing
section-sharing = Sharing of information
section-retention = How long information is kept
section-trackers = Cookies and similar technologies
section-decisions = Automated decisions
section-rights =
    { $voice ->
        [we] Your rights
       *[third] The User's rights
    }
section-obligations =
    { $voice ->
        [we] Your obligations
       *[third] The User's obligations
    }
section-security = Security
section-children = Children
section-changes = Changes to this Policy
section-contact = Publication and contact

## The general provisions (render/compose.rs). In general-who, $text0 is
## the policy's title and $text1 the service's name, source strings.

general-who =
    { $voice ->
        [we]
            { $controllers ->
                [several] This { $text0 } (the "Policy") sets out how { $controller } ("we", "us") process information about you, a user of { $text1 } (the "Service").
               *[one] This { $text0 } (the "Policy") sets out how { $controller } ("we", "us") processes information about you, a user of { $text1 } (the "Service").
            }
       *[third]
            { $controllers ->
                [several] This { $text0 } (the "Policy") sets out how { $controller } process information about the users (each a "User") of { $text1 } (the "Service").
               *[one] This { $text0 } (the "Policy") sets out how { $controller } processes information about the users (each a "User") of { $text1 } (the "Service").
            }
    }
general-controller =
    { $voice ->
        [we] We are the controller responsible for this processing.
       *[third]
            { $controllers ->
                [several] { $controller } are the controller responsible for this processing.
               *[one] { $controller } is the controller responsible for this processing.
            }
    }
# $text0 is the website's address, a link.
general-website = The website of the Service is { $text0 }.
# $text0 is what the header's `scope` says, a source sentence.
general-scope = This Policy applies to { $text0 }
# $text0 is the list of agreements the header's `part_of` names.
general-part-of = This Policy is an integral part of { $text0 }.
# $text0 is the law the header's `governing_law` names, a source sentence.
general-law =
    { $voice ->
        [we] We process information in accordance with { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } process information in accordance with { $text0 }
               *[one] { $controller } processes information in accordance with { $text0 }
            }
    }

## How users are told of a change (render/compose.rs): $text0 is the list
## of methods, $duration the notice period.

changes-notify-by =
    { $voice ->
        [we] We inform you of a change { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } inform the User of a change { $text0 }.
               *[one] { $controller } informs the User of a change { $text0 }.
            }
    }
changes-notify-before =
    { $voice ->
        [we] We inform you of a change at least { $duration } before the change takes effect.
       *[third]
            { $controllers ->
                [several] { $controller } inform the User of a change at least { $duration } before the change takes effect.
               *[one] { $controller } informs the User of a change at least { $duration } before the change takes effect.
            }
    }
changes-notify-by-before =
    { $voice ->
        [we] We inform you of a change { $text0 }, at least { $duration } before the change takes effect.
       *[third]
            { $controllers ->
                [several] { $controller } inform the User of a change { $text0 }, at least { $duration } before the change takes effect.
               *[one] { $controller } informs the User of a change { $text0 }, at least { $duration } before the change takes effect.
            }
    }

## Publication and contact (render/compose.rs): $text0 is an address (a
## link) or what the controller block declares (a source sentence).

contact-published = The current edition of this Policy is published at { $text0 }.
contact-questions =
    { $voice ->
        [we] You can send questions and comments about this Policy to us at { $text0 }.
       *[third] The User can send questions and comments about this Policy to { $controller } at { $text0 }.
    }
contact-address =
    { $voice ->
        [we] Our postal address is { $text0 }
       *[third] { $controller_possessive } postal address is { $text0 }
    }
contact-country =
    { $voice ->
        [we] We are established in { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } are established in { $text0 }
               *[one] { $controller } is established in { $text0 }
            }
    }
contact-dpo =
    { $voice ->
        [we] You can contact our data protection officer at { $text0 }
       *[third] The User can contact { $controller_possessive } data protection officer at { $text0 }
    }
contact-no-dpo =
    { $voice ->
        [we] We have not designated a data protection officer: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } have not designated a data protection officer: { $text0 }
               *[one] { $controller } has not designated a data protection officer: { $text0 }
            }
    }
contact-eu-representative =
    { $voice ->
        [we] Our representative in the European Union is { $text0 }
       *[third] { $controller_possessive } representative in the European Union is { $text0 }
    }
contact-uk-representative =
    { $voice ->
        [we] Our representative in the United Kingdom is { $text0 }
       *[third] { $controller_possessive } representative in the United Kingdom is { $text0 }
    }

## The reference to the Terms that stands for `contractual` clauses
## (render/terms.rs): $text0 is the service's name or the list of the
## agreements the header's `part_of` names.

terms-lead = Terms.
terms-of-service = Contractual terms on these matters are not part of this Policy; they are set out in the terms of { $text0 }.
terms-in-agreements = Contractual terms on these matters are not part of this Policy; they are set out in { $text0 }.

## Typed commitments (render/commitments.rs): $text0 is an area's name
## (commitment-area-…).

commitment-never_sell =
    { $voice ->
        [we] We do not sell your personal information.
       *[third]
            { $controllers ->
                [several] { $controller } do not sell the User's personal information.
               *[one] { $controller } does not sell the User's personal information.
            }
    }
commitment-never_sell_sensitive =
    { $voice ->
        [we] We do not sell your sensitive personal information.
       *[third]
            { $controllers ->
                [several] { $controller } do not sell the User's sensitive personal information.
               *[one] { $controller } does not sell the User's sensitive personal information.
            }
    }
commitment-never_share =
    { $voice ->
        [we] We do not share your personal information for cross-context behavioural advertising or process it for targeted advertising.
       *[third]
            { $controllers ->
                [several] { $controller } do not share the User's personal information for cross-context behavioural advertising or process it for targeted advertising.
               *[one] { $controller } does not share the User's personal information for cross-context behavioural advertising or process it for targeted advertising.
            }
    }
commitment-no_targeted_advertising =
    { $voice ->
        [we] We do not process your personal information for targeted advertising.
       *[third]
            { $controllers ->
                [several] { $controller } do not process the User's personal information for targeted advertising.
               *[one] { $controller } does not process the User's personal information for targeted advertising.
            }
    }
commitment-no_transfers_outside =
    { $voice ->
        [we] We do not transfer your personal information to recipients outside { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } do not transfer the User's personal information to recipients outside { $text0 }.
               *[one] { $controller } does not transfer the User's personal information to recipients outside { $text0 }.
            }
    }
commitment-not_directed_to_children =
    { $voice ->
        [we] Our service is not directed to children.
       *[third] { $controller_possessive } service is not directed to children.
    }
commitment-no_automated_decisions =
    { $voice ->
        [we] We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.
       *[third]
            { $controllers ->
                [several] { $controller } do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User.
               *[one] { $controller } does not make decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User.
            }
    }
commitment-area-eea = the European Economic Area
commitment-area-uk = the United Kingdom
commitment-area-south_africa = South Africa

## The section on cookies and similar technologies (render/trackers.rs).
## $text0 is a signal's name (trackers-signal-dnt, trackers-signal-gpc) or
## a tracker's provider, a source string.

trackers-intro =
    { $voice ->
        [we] We use the cookies and similar technologies below, which store information on your device or read it from there.
       *[third]
            { $controllers ->
                [several] { $controller } use the cookies and similar technologies below, which store information on the User's device or read it from there.
               *[one] { $controller } uses the cookies and similar technologies below, which store information on the User's device or read it from there.
            }
    }
trackers-consent =
    { $voice ->
        [we] We use the technologies that are not strictly necessary only with your consent.
       *[third]
            { $controllers ->
                [several] { $controller } use the technologies that are not strictly necessary only with the User's consent.
               *[one] { $controller } uses the technologies that are not strictly necessary only with the User's consent.
            }
    }
trackers-table = Each technology, who sets it, what it is for and how long it lasts:
trackers-column-name = Name
trackers-column-technology = Technology
trackers-column-set_by = Set by
trackers-column-category = Category
trackers-column-lifetime = Lifetime
trackers-column-information = Information
trackers-column-purposes = Purposes
trackers-signal-dnt = Do Not Track
trackers-signal-gpc = Global Privacy Control (GPC)
trackers-signal-honoured =
    { $voice ->
        [we] We honour { $text0 } signals sent by your browser.
       *[third]
            { $controllers ->
                [several] { $controller } honour { $text0 } signals sent by the User's browser.
               *[one] { $controller } honours { $text0 } signals sent by the User's browser.
            }
    }
trackers-signal-ignored =
    { $voice ->
        [we] We do not respond to { $text0 } signals sent by your browser.
       *[third]
            { $controllers ->
                [several] { $controller } do not respond to { $text0 } signals sent by the User's browser.
               *[one] { $controller } does not respond to { $text0 } signals sent by the User's browser.
            }
    }
trackers-set-by-provider = { $text0 } (third party)
trackers-set-by-third = Third party
trackers-set-by-us-with =
    { $voice ->
        [we] We, with { $text0 }
       *[third] { $controller }, with { $text0 }
    }
trackers-set-by-us =
    { $voice ->
        [we] We
       *[third] { $controller }
    }
trackers-session = Session

## Kinds and categories of tracker, as a cell of the table.

tracker-kind-cookie = Cookie
tracker-kind-local_storage = Local storage
tracker-kind-pixel = Pixel
tracker-kind-sdk = SDK
tracker-kind-fingerprinting = Fingerprinting
tracker-category-strictly_necessary = Strictly necessary
tracker-category-preferences = Preferences
tracker-category-analytics = Analytics
tracker-category-marketing = Marketing

## The section on children (render/children.rs). $text0 is the service's
## name, a source string, or what `children-children` says; $age the
## minimum age as written; $stated "yes" when the block states one.

children-audience-general = { $text0 } is not directed to children.
children-audience-mixed = { $text0 } is directed to a general audience that includes children.
children-audience-children = { $text0 } is directed to children.
children-minimum-age =
    { $consent ->
        [yes] Anyone under { $age } can use { $text0 } only with the consent of a parent or guardian.
       *[no] No one under { $age } is allowed to use { $text0 }.
    }
children-children =
    { $stated ->
        [yes] children under { $age }
       *[no] children
    }
children-knowingly =
    { $collects ->
        [yes]
            { $voice ->
                [we] We knowingly collect personal information from { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } knowingly collect personal information from { $text0 }.
                       *[one] { $controller } knowingly collects personal information from { $text0 }.
                    }
            }
        [consent]
            { $voice ->
                [we] We do not knowingly collect personal information from { $text0 } without the consent of a parent or guardian.
               *[third]
                    { $controllers ->
                        [several] { $controller } do not knowingly collect personal information from { $text0 } without the consent of a parent or guardian.
                       *[one] { $controller } does not knowingly collect personal information from { $text0 } without the consent of a parent or guardian.
                    }
            }
       *[no]
            { $voice ->
                [we] We do not knowingly collect personal information from { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } do not knowingly collect personal information from { $text0 }.
                       *[one] { $controller } does not knowingly collect personal information from { $text0 }.
                    }
            }
    }
children-parental-consent =
    { $voice ->
        [we] We obtain the consent of a parent or guardian as follows: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } obtain the consent of a parent or guardian as follows: { $text0 }
               *[one] { $controller } obtains the consent of a parent or guardian as follows: { $text0 }
            }
    }
children-parent-rights = A parent or guardian can { $text0 }.
children-parent-right-review = review the personal information collected from their child
children-parent-right-delete = have the personal information collected from their child deleted
children-parent-right-refuse_further_collection = refuse to permit further collection or use of their child's personal information

## The section on automated decisions (render/decisions.rs). $text0 is a
## list of categories or a text of the decision's declaration; $stated is
## "yes" when a decision allowed by law names the law.

decisions-none =
    { $voice ->
        [we] We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.
       *[third]
            { $controllers ->
                [several] { $controller } do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User.
               *[one] { $controller } does not make decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User.
            }
    }
decisions-intro =
    { $voice ->
        [we] We make the following decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you:
       *[third]
            { $controllers ->
                [several] { $controller } make the following decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User:
               *[one] { $controller } makes the following decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User:
            }
    }
decisions-uses = Information used: { $text0 }
decisions-logic = The logic involved: { $text0 }
decisions-significance =
    { $voice ->
        [we] Its significance and the envisaged consequences for you: { $text0 }
       *[third] Its significance and the envisaged consequences for the User: { $text0 }
    }
decisions-basis-explicit_consent =
    { $voice ->
        [we] This decision is made because You have given your explicit consent to it.
       *[third] This decision is made because The User has given the User's explicit consent to it.
    }
decisions-basis-contract =
    { $voice ->
        [we] This decision is made because it is necessary for entering into or performing a contract between you and us.
       *[third] This decision is made because it is necessary for entering into or performing a contract between the User and { $controller }.
    }
decisions-basis-law =
    { $stated ->
        [yes] This decision is made because it is authorised by law: { $text0 }
       *[no] This decision is made because it is authorised by law.
    }
decisions-safeguard-human_review =
    { $voice ->
        [we] You can obtain human intervention on our part: a person reviews the decision.
       *[third] The User can obtain human intervention on { $controller_possessive } part: a person reviews the decision.
    }
decisions-safeguard-express_view =
    { $voice ->
        [we] You can express your point of view on the decision.
       *[third] The User can express the User's point of view on the decision.
    }
decisions-safeguard-contest =
    { $voice ->
        [we] You can contest the decision.
       *[third] The User can contest the decision.
    }

## The per-purpose table of the summary (render/table.rs): its column
## headings, and each legal basis in a few words, as a cell.

table-column-purpose = Purpose
table-column-information = Information
table-column-basis = Legal basis
table-column-kept = Kept
table-column-recipients = Recipients
table-basis-consent = Consent
table-basis-explicit_consent = Explicit consent
table-basis-contract = The performance of a contract
table-basis-legal_obligation = A legal obligation
table-basis-vital_interests = Vital interests
table-basis-public_task = A task in the public interest
table-basis-legitimate_interest = Legitimate interests

## The summary at the top of the text (render/summary.rs): its heading,
## the leads of its lines, the controller's line ($text0 is the service,
## a source string) and the lead of the per-purpose table.

summary-heading = Summary
summary-who-lead = Who is responsible.
summary-who =
    { $voice ->
        [we]
            { $controllers ->
                [several] { $controller } are the controller of the information about you as a user of { $text0 }.
               *[one] { $controller } is the controller of the information about you as a user of { $text0 }.
            }
       *[third]
            { $controllers ->
                [several] { $controller } are the controller of the information about the User as a user of { $text0 }.
               *[one] { $controller } is the controller of the information about the User as a user of { $text0 }.
            }
    }
summary-what =
    { $voice ->
        [we] What we process:
       *[third]
            { $controllers ->
                [several] What { $controller } process:
               *[one] What { $controller } processes:
            }
    }
summary-why = Why:
summary-with-whom = Who receives it:
summary-how-long = How long it is kept:
summary-rights =
    { $voice ->
        [we] Your rights:
       *[third] The User's rights:
    }
summary-decisions-lead = Automated decisions.
summary-no-decisions =
    { $voice ->
        [we] We make no decision about you based solely on automated processing.
       *[third]
            { $controllers ->
                [several] { $controller } make no decision about the User based solely on automated processing.
               *[one] { $controller } makes no decision about the User based solely on automated processing.
            }
    }
summary-decisions = Decisions made by automated means:
summary-table = Each purpose, the information used for it, its legal basis, how long that information is kept and who receives it:

## The rights section (render/user.rs): $text0 is a list of purposes,
## channels or authorities, or one channel's address; $duration a
## duration in the dative where the language declines it.

user-marketing =
    { $voice ->
        [we] You can object at any time to the use of your information for direct marketing, including profiling related to it: { $text0 }.
       *[third] The User can object at any time to the use of the User's information for direct marketing, including profiling related to it: { $text0 }.
    }
user-marketing-then =
    { $voice ->
        [we] We then no longer use it for that purpose.
       *[third]
            { $controllers ->
                [several] { $controller } then no longer use it for that purpose.
               *[one] { $controller } then no longer uses it for that purpose.
            }
    }
user-marketing-lead = Objection to direct marketing.
user-free-of-charge = Exercising these rights is free of charge. A reasonable fee can be charged for a manifestly unfounded or excessive request, in particular a repeated one, or the request can be refused.
# $duration is the extension, $text0 its reason as the author wrote it.
user-extension = The time can be extended by a further { $duration } { $text0 }.
user-extension-told =
    { $voice ->
        [we] We inform you of any such extension, with the reasons for the delay, within one month of receipt of the request.
       *[third]
            { $controllers ->
                [several] { $controller } inform the User of any such extension, with the reasons for the delay, within one month of receipt of the request.
               *[one] { $controller } informs the User of any such extension, with the reasons for the delay, within one month of receipt of the request.
            }
    }
# $named is "yes" when the right names the authorities (`via`), "no" when not.
user-complaint-places =
    { $voice ->
        [we]
            { $named ->
                [yes] You can also complain to the supervisory authority of the EU country where you live or work, or where the alleged infringement took place.
               *[no] In particular, you can complain to the supervisory authority of the EU country where you live or work, or where the alleged infringement took place.
            }
       *[third]
            { $named ->
                [yes] The User can also complain to the supervisory authority of the EU country where the User lives or works, or where the alleged infringement took place.
               *[no] In particular, the User can complain to the supervisory authority of the EU country where the User lives or works, or where the alleged infringement took place.
            }
    }
user-answered-within = A request to exercise this right is answered within { $duration }.
user-exercise =
    { $when ->
        [anytime_via]
            { $voice ->
                [we] You can exercise this right at any time, { $text0 }.
               *[third] The User can exercise this right at any time, { $text0 }.
            }
        [anytime]
            { $voice ->
                [we] You can exercise this right at any time.
               *[third] The User can exercise this right at any time.
            }
       *[via]
            { $voice ->
                [we] You can exercise this right { $text0 }.
               *[third] The User can exercise this right { $text0 }.
            }
    }
user-channel-email = by writing to { $text0 }
user-channel-web = at { $text0 }
user-channel-other = through { $text0 }
user-complaint =
    { $anytime ->
        [yes]
            { $voice ->
                [we] You can lodge a complaint at any time with { $text0 }.
               *[third] The User can lodge a complaint at any time with { $text0 }.
            }
       *[no]
            { $voice ->
                [we] You can lodge a complaint with { $text0 }.
               *[third] The User can lodge a complaint with { $text0 }.
            }
    }

# sources

## Sources (render/sources.rs, render/collection.rs): the opening of the
## list of the categories from publicly available sources, its sentence
## about one category, and a named source as a sentence about a category
## ($text0 is the source's name, a source string).

source-publicly_available =
    { $voice ->
        [we] We obtain the following personal information from publicly available sources:
       *[third]
            { $controllers ->
                [several] { $controller } obtain the following personal information from publicly available sources:
               *[one] { $controller } obtains the following personal information from publicly available sources:
            }
    }
source-publicly_available-sentence = This information is obtained from publicly available sources.
sources-named-third_party = This information is received from { $text0 }.
sources-named-publicly_available = This information is obtained from { $text0 }, a publicly available source.

## Data sets combined (`combine DATA, … "why"`): $text0 is the list of
## the categories combined, $text1 why, as the author wrote it (the words
## that follow the list: "to build one customer profile").

sources-combined =
    { $voice ->
        [we] We combine { $text0 } { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } combine { $text0 } { $text1 }.
               *[one] { $controller } combines { $text0 } { $text1 }.
            }
    }

# special
special-condition = Condition for processing special categories of personal data: { $text0 }.
special-condition-law = Condition for processing special categories of personal data: { $text0 }, as provided by { $text1 }.
special-condition-explicit_consent =
    { $voice ->
        [we] your explicit consent
       *[third] the User's explicit consent
    }
special-condition-employment_law = carrying out obligations and exercising rights in the field of employment, social security and social protection law
special-condition-vital_interests =
    { $voice ->
        [we] the protection of your vital interests or those of another person who cannot give consent
       *[third] the protection of the User's vital interests or those of another person who cannot give consent
    }
special-condition-not_for_profit = the legitimate activities of a not-for-profit body with a political, philosophical, religious or trade union aim, concerning its members, former members and regular contacts
special-condition-made_public =
    { $voice ->
        [we] information that you have manifestly made public
       *[third] information that the User has manifestly made public
    }
special-condition-legal_claims = the establishment, exercise or defence of legal claims
special-condition-substantial_public_interest = reasons of substantial public interest
special-condition-health_care = preventive or occupational medicine, medical diagnosis, or the provision of health or social care or treatment
special-condition-public_health = reasons of public interest in the area of public health
special-condition-research = archiving in the public interest, scientific or historical research, or statistics
security-measure-encryption_in_transit = Information is encrypted while it is transmitted.
security-measure-encryption_at_rest = Information is encrypted where it is stored.
security-measure-access_control = Access to information is restricted to authorised persons.
security-measure-pseudonymisation = Information is pseudonymised, so that it can no longer be attributed to a person without additional information kept separately.
security-measure-logging = Access to information is logged.
security-measure-testing = The security measures are tested and evaluated.
security-measure-backups = Information is backed up, so that it can be restored after an incident.
security-measure-staff_training = Staff who handle information are trained in data protection.
security-breach-authority =
    { $delay ->
        [undue] If a personal data breach occurs, the competent supervisory authority is notified of it without undue delay after it becomes known.
       *[hours] If a personal data breach occurs, the competent supervisory authority is notified of it within { $hours } { $hours ->
            [one] hour
           *[other] hours
        } after it becomes known.
    }
security-breach-users =
    { $voice ->
        [we]
            { $delay ->
                [undue] If a personal data breach affects your information, you are informed of it without undue delay.
               *[hours] If a personal data breach affects your information, you are informed of it within { $hours } { $hours ->
                    [one] hour
                   *[other] hours
                } after it becomes known.
            }
       *[third]
            { $delay ->
                [undue] If a personal data breach affects the User's information, the User is informed of it without undue delay.
               *[hours] If a personal data breach affects the User's information, the User is informed of it within { $hours } { $hours ->
                    [one] hour
                   *[other] hours
                } after it becomes known.
            }
    }

# rights

## A right the author says does not apply (`right KIND not_applicable
## "reason"`): $text0 is the reason, as the author wrote it.
user-not-applicable = This right does not apply: { $text0 }
