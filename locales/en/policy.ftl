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
#   $law         "us" where the policy's regimes call for the words of the US
#                state privacy laws (`regimes::terms`: "business", no "legal
#                basis", "Right to delete"), else "other"
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
# $law is "us" where the policy answers to a US state privacy law and to no
# law of the GDPR's kind (`regimes::terms`): the rights take the US laws'
# names there (Cal. Civ. Code §§1798.105, 1798.106).
right-rectification =
    { $law ->
        [us] Right to correct
       *[other] Right to rectification
    }
right-erasure =
    { $law ->
        [us] Right to delete
       *[other] Right to erasure
    }
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

## Transfer grounds, as a clause after "when".

ground-consent =
    { $voice ->
        [we] you have consented to the transfer
       *[third] the User has consented to the transfer
    }
# The ground `consent` of a transfer to a processor or service provider,
# which receives the information only to process it on the controller's
# behalf: the consent is to that processing, not to a transfer.
ground-consent-processor =
    { $voice ->
        [we] you have consented to the processing it carries out for us
       *[third] the User has consented to the processing it carries out for { $controller }
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
# The ground `business_purpose` of a transfer to a recipient of the kind
# `service_provider`, whose kind already says it is a service provider under
# a contract that limits its use of the information: the ground says only
# the business purpose, so the clause states each fact once.
ground-business_purpose-service_provider = the information is disclosed for a business purpose

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
    { $law ->
        [us]
            { $voice ->
                [we] You can have inaccurate personal information about you corrected.
               *[third] The User can have inaccurate personal information about the User corrected.
            }
       *[other]
            { $voice ->
                [we] You can have inaccurate personal information corrected and incomplete personal information completed.
               *[third] The User can have inaccurate personal information corrected and incomplete personal information completed.
            }
    }
right-erasure-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] You can have personal information about you deleted.
               *[third] The User can have personal information about the User deleted.
            }
       *[other]
            { $voice ->
                [we] You can have personal information erased.
               *[third] The User can have personal information erased.
            }
    }
right-restriction-meaning =
    { $voice ->
        [we] You can have the processing of personal information restricted.
       *[third] The User can have the processing of personal information restricted.
    }
right-portability-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] You can receive the personal information you have provided in a portable and readily usable format, so that you can send it to another business.
               *[third] The User can receive the personal information the User has provided in a portable and readily usable format, so that the User can send it to another business.
            }
       *[other]
            { $voice ->
                [we] You can receive the personal information you have provided in a structured, commonly used and machine-readable format, and have it transmitted to another controller.
               *[third] The User can receive the personal information the User has provided in a structured, commonly used and machine-readable format, and have it transmitted to another controller.
            }
    }
right-objection-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] You can object to the processing of personal information that we do in our own interest.
               *[third]
                    { $controllers ->
                        [several] The User can object to the processing of personal information that { $controller } do in their own interest.
                       *[one] The User can object to the processing of personal information that { $controller } does in its own interest.
                    }
            }
       *[other]
            { $voice ->
                [we] You can object to the processing of personal information that is based on legitimate interests.
               *[third] The User can object to the processing of personal information that is based on legitimate interests.
            }
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

## Under the words of the US state privacy laws, which ask for no legal
## basis: a purpose's declared basis as a plain sentence, one message per
## basis (purpose-done-BASIS); in purpose-done-legitimate_interest-pursued,
## $text0 is the interest pursued as declared, with its full stop.

purpose-done-consent =
    { $voice ->
        [we] We do this with your consent.
       *[third]
            { $controllers ->
                [several] { $controller } do this with the User's consent.
               *[one] { $controller } does this with the User's consent.
            }
    }

purpose-done-explicit_consent =
    { $voice ->
        [we] We do this with your explicit consent.
       *[third]
            { $controllers ->
                [several] { $controller } do this with the User's explicit consent.
               *[one] { $controller } does this with the User's explicit consent.
            }
    }

purpose-done-contract =
    { $voice ->
        [we] We do this to perform our contract with you.
       *[third]
            { $controllers ->
                [several] { $controller } do this to perform their contract with the User.
               *[one] { $controller } does this to perform its contract with the User.
            }
    }

purpose-done-legal_obligation =
    { $voice ->
        [we] We do this to comply with a legal obligation.
       *[third]
            { $controllers ->
                [several] { $controller } do this to comply with a legal obligation.
               *[one] { $controller } does this to comply with a legal obligation.
            }
    }

purpose-done-vital_interests =
    { $voice ->
        [we] We do this to protect your vital interests or those of another person.
       *[third]
            { $controllers ->
                [several] { $controller } do this to protect the vital interests of the User or of another person.
               *[one] { $controller } does this to protect the vital interests of the User or of another person.
            }
    }

purpose-done-public_task =
    { $voice ->
        [we] We do this to perform a task carried out in the public interest.
       *[third]
            { $controllers ->
                [several] { $controller } do this to perform a task carried out in the public interest.
               *[one] { $controller } does this to perform a task carried out in the public interest.
            }
    }

purpose-done-legitimate_interest =
    { $voice ->
        [we] We do this in our own interest.
       *[third]
            { $controllers ->
                [several] { $controller } do this in their own interest.
               *[one] { $controller } does this in its own interest.
            }
    }

purpose-done-legitimate_interest-pursued =
    { $voice ->
        [we] We do this in our interest in { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } do this in their interest in { $text0 }
               *[one] { $controller } does this in its interest in { $text0 }
            }
    }
purpose-depersonalized = Only depersonalized information is used for this purpose.
purpose-profiling =
    { $voice ->
        [we] This purpose involves profiling: we use the information listed to evaluate personal aspects relating to you.
       *[third]
            { $controllers ->
                [several] This purpose involves profiling: { $controller } use the information listed to evaluate personal aspects relating to the User.
               *[one] This purpose involves profiling: { $controller } uses the information listed to evaluate personal aspects relating to the User.
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
recipient-transfer-disclosed = Under US state privacy laws, disclosing this information to this recipient is { $text0 }
# Targeted advertising is what the information is used for, not what a
# disclosure is: said after the other disclosures ($text0), or alone.
recipient-disclosed-targeted = Under US state privacy laws, disclosing personal information to this recipient is { $text0 }, and the information is used for targeted advertising
recipient-targeted = Under US state privacy laws, the personal information disclosed to this recipient is used for targeted advertising
recipient-transfer-disclosed-targeted = Under US state privacy laws, disclosing this information to this recipient is { $text0 }, and the information is used for targeted advertising
recipient-transfer-targeted = Under US state privacy laws, this information is used for targeted advertising once disclosed to this recipient
# A transfer whose one ground is `business_purpose`: what the recipient
# receives the information for, rather than a condition. $text0 is the
# categories.
recipient-receives-business =
    { $voice ->
        [we] This recipient receives the following information to process it for our business purposes: { $text0 }
       *[third] This recipient receives the following information to process it for { $controller_possessive } business purposes: { $text0 }
    }
# The same, for a transfer that names its purposes: $text0 the purposes
# (their labels, joined with "and"; $count of them), $text1 the categories.
recipient-receives-business-for =
    { $voice ->
        [we]
            { $count ->
                [one] This recipient receives the following information to process it only for our business purpose of { $text0 }: { $text1 }
               *[other] This recipient receives the following information to process it only for our business purposes of { $text0 }: { $text1 }
            }
       *[third]
            { $count ->
                [one] This recipient receives the following information to process it only for { $controller_possessive } business purpose of { $text0 }: { $text1 }
               *[other] This recipient receives the following information to process it only for { $controller_possessive } business purposes of { $text0 }: { $text1 }
            }
    }
# After recipient-receives-business(-for), for a recipient whose kind is not
# `service_provider`: the ground says it is one.
recipient-business-contract = This recipient receives it as a service provider, under a contract that limits its use of the information.
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
sensitive-account_login = an account log-in with the password or other credential that gives access to the account
sensitive-financial_account = a financial account, debit card or credit card number with the code or password that gives access to the account
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

## The categories of personal information of the CCPA, in the statute's
## terms (Cal. Civ. Code §1798.140(v)(1)(A)–(L)): the first column of the
## California table.

ccpa-category-identifiers = Identifiers
ccpa-category-customer_records = Personal information described in Cal. Civ. Code §1798.80(e) (customer records)
ccpa-category-protected_classifications = Characteristics of protected classifications under California or federal law
ccpa-category-commercial_information = Commercial information
ccpa-category-biometric_information = Biometric information
ccpa-category-internet_activity = Internet or other electronic network activity information
ccpa-category-geolocation_data = Geolocation data
ccpa-category-sensory_information = Audio, electronic, visual, thermal, olfactory, or similar information
ccpa-category-professional_information = Professional or employment-related information
ccpa-category-education_information = Education information that is not publicly available personally identifiable information as defined in the Family Educational Rights and Privacy Act
ccpa-category-inferences = Inferences drawn from personal information to create a profile about a consumer reflecting the consumer's preferences, characteristics, psychological trends, predispositions, behavior, attitudes, intelligence, abilities, and aptitudes
ccpa-category-sensitive = Sensitive personal information

## The document's subtitle: $version as written, $date in words.

document-subtitle = Version { $version }, effective { $date }
## The line under the title, for an edition that gives the date it was
## published (`published DATE "URL"`).
document-subtitle-published = Version { $version }, published { $published }, effective { $date }
# $text0 is the link the header's `do_not_sell` gives.
document-do-not-sell = Do Not Sell or Share My Personal Information: { $text0 }
# $text0 is the link the header's `limit_sensitive_link` gives.
document-limit-sensitive = Limit the Use of My Sensitive Personal Information: { $text0 }

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
    { $law ->
        [us]
            { $voice ->
                [we] We are the business responsible for this processing.
               *[third]
                    { $controllers ->
                        [several] { $controller } are the businesses responsible for this processing.
                       *[one] { $controller } is the business responsible for this processing.
                    }
            }
       *[other]
            { $voice ->
                [we] We are the controller responsible for this processing.
               *[third]
                    { $controllers ->
                        [several] { $controller } are the controller responsible for this processing.
                       *[one] { $controller } is the controller responsible for this processing.
                    }
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
commitment-no_third_party_sharing =
    { $voice ->
        [we] We do not share your personal information with any third party; only those processing it on our behalf receive it, unless the law requires its disclosure.
       *[third]
            { $controllers ->
                [several] { $controller } do not share the User's personal information with any third party; only those processing it on { $controller_possessive } behalf receive it, unless the law requires its disclosure.
               *[one] { $controller } does not share the User's personal information with any third party; only those processing it on { $controller_possessive } behalf receive it, unless the law requires its disclosure.
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
trackers-set-by-us-with = { $controller }, with { $text0 }
trackers-set-by-us = { $controller }
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
        [parental]
            { $voice ->
                [we] We knowingly collect personal information from { $text0 } only with the consent of a parent or guardian.
               *[third]
                    { $controllers ->
                        [several] { $controller } knowingly collect personal information from { $text0 } only with the consent of a parent or guardian.
                       *[one] { $controller } knowingly collects personal information from { $text0 } only with the consent of a parent or guardian.
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
children-sale-opt-in = The affirmative authorization to sell or share the personal information of a consumer under 16 (the consumer's own from 13 to 15, a parent's or guardian's under 13) is obtained as follows: { $text0 }

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

## The per-purpose table, the section after the summary (render/table.rs):
## its heading, its column headings, and each legal basis in a few words,
## as a cell.

table-heading = Each purpose at a glance
table-column-purpose = Purpose
table-column-information = Information
table-column-basis =
    { $law ->
        [us] Basis
       *[other] Legal basis
    }
table-column-kept = Kept
table-column-recipients = Recipients
# A recipient that receives only part of the information of the purpose
# ($text0 the recipient, $text1 the categories it receives).
table-recipient-part = { $text0 } (only { $text1 })
table-basis-consent = Consent
table-basis-explicit_consent = Explicit consent
table-basis-contract = The performance of a contract
table-basis-legal_obligation = A legal obligation
table-basis-vital_interests = Vital interests
table-basis-public_task = A task in the public interest
table-basis-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] Our interest
               *[third] { $controller_possessive } interest
            }
       *[other] Legitimate interests
    }

## The summary at the top of the text (render/summary.rs): its heading,
## the leads of its lines, the controller's line ($text0 is the service,
## a source string), the entry of the objection to direct marketing in the
## rights line (GDPR Art. 21(4)), the entry that ends a list cut short
## ($amount and $count the number of entries left out, $section the
## number of the section that lists them all) and the lead of the
## per-purpose table.

summary-heading = Summary
summary-who-lead = Who is responsible.
summary-who =
    { $law ->
        [us]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } are the businesses responsible for the information about you as a user of { $text0 }.
                       *[one] { $controller } is the business responsible for the information about you as a user of { $text0 }.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } are the businesses responsible for the information about the users of { $text0 }.
                       *[one] { $controller } is the business responsible for the information about the users of { $text0 }.
                    }
            }
       *[other]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } are the controller of the information about you as a user of { $text0 }.
                       *[one] { $controller } is the controller of the information about you as a user of { $text0 }.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } are the controller of the information about the users of { $text0 }.
                       *[one] { $controller } is the controller of the information about the users of { $text0 }.
                    }
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
summary-marketing-objection = Right to object to direct marketing, at any time
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
summary-more =
    { $count ->
        [one] and { $amount } more, see section { $section }
       *[other] and { $amount } more, see section { $section }
    }
summary-table =
    { $law ->
        [us] Each purpose, the information used for it, its basis, how long that information is kept and who receives it:
       *[other] Each purpose, the information used for it, its legal basis, how long that information is kept and who receives it:
    }

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
user-verification = How a request to know, delete or correct personal information is verified: { $text0 }
user-authorized-agents = Requests made through an authorized agent: { $text0 }
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
                [yes] You can also complain to the supervisory authority of the EEA country where you live or work, or where the alleged infringement took place.
               *[no] In particular, you can complain to the supervisory authority of the EEA country where you live or work, or where the alleged infringement took place.
            }
       *[third]
            { $named ->
                [yes] The User can also complain to the supervisory authority of the EEA country where the User lives or works, or where the alleged infringement took place.
               *[no] In particular, the User can complain to the supervisory authority of the EEA country where the User lives or works, or where the alleged infringement took place.
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

# permitted uses of sensitive personal information (11 CCR §7027(m))
permitted-use = Sensitive personal information is used for this purpose only as California law permits without a right to limit its use: to { $text0 } (11 CCR §7027(m)({ $paragraph })).
permitted-use-requested_services = perform the services or provide the goods that a consumer who requests them reasonably expects
permitted-use-security = prevent, detect and investigate security incidents
permitted-use-fraud_prevention = resist malicious, deceptive, fraudulent or illegal actions
permitted-use-physical_safety = ensure the physical safety of people
permitted-use-transient_use = use it short-term and transiently, without disclosing it to a third party or building a profile from it
permitted-use-business_services = perform services such as maintaining accounts, providing customer service, processing orders and payments, analytics and storage
permitted-use-service_quality = verify or maintain the quality or safety of the service or device, or improve it
permitted-use-no_inference = collect or process it without inferring characteristics about the consumer

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

# languages

# The heading of the table of contents.
document-contents = Contents
# The name of this language, in itself, for the links between the languages of a text.
language-name = English

# events

# A period of $duration from an event named by its keyword ($event, one of the event-from-* messages).
period-for-event = for { $duration } { $event }
# The events named by a keyword: from it, and until it (a whole period).
event-from-collection = from collection
event-until-collection = until collection
event-from-last_use = from the last use
event-until-last_use = until the last use
event-from-account_closure = from the closure of the account
event-until-account_closure = until the closure of the account
event-from-end_of_contract = from the end of the contract
event-until-end_of_contract = until the end of the contract

# history

# The title of a page of changes in another language than the source's: $title is the policy's title, $old and $new the versions.
history-changes-title = Changes to { $title } from { $old } to { $new }
# The two editions compared, with the dates each took effect.
history-changes-editions = Version { $old }, effective { $old_date }, and version { $new }, effective { $new_date }.
# The redline's introduction: how many sentences are struck out and inserted.
history-redline-intro = The text of version { $new } with the changes from version { $old } marked, sentence by sentence: { $deleted ->
        [one] one sentence struck out
       *[other] { $deleted } sentences struck out
    } and { $inserted ->
        [one] one inserted
       *[other] { $inserted } inserted
    }.
history-redline-unchanged = The text did not change.
history-changelog-title = Changelog: { $title }
history-changelog-intro = Every released edition of the policy in this language, newest first, with a link to its text with the changes from the edition before it marked.
history-changelog-edition = Version { $version }, effective { $date }
history-changelog-first = The first edition in this language.
history-changelog-redline = The text with the changes from version { $old } marked

# ligr

## The transfer ground of legitimate interests, after "when", and the
## interest the policy states for it ($text0 the ground, $text1 the interest).

ground-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] the transfer is in our own interest
               *[third] the transfer is in { $controller_possessive } own interest
            }
       *[other] the transfer is necessary for the purposes of a legitimate interest
    }
ground-legitimate_interest-pursued = { $text0 } (the interest pursued is { $text1 })
# notice
## The change notice for users (render/notice.rs): what a new edition
## changes, said in the new edition's voice. $text0, $text1… are texts of
## the editions (labels in quotes, lists); $date and $since are dates.
## notice-right-KIND is a right's name inside a sentence.

notice-quoted = “{ $text0 }”
notice-title =
    { $voice ->
        [we] What changes in our { $text0 }
       *[third] What changes in { $controller_possessive } { $text0 }
    }
notice-intro =
    { $voice ->
        [we] We have written a new edition of the { $text0 }. It takes effect on { $date }. Here is what changes for you, and why.
       *[third]
            { $controllers ->
                [several] { $controller } have written a new edition of the { $text0 }. It takes effect on { $date }. Here is what changes for the User, and why.
               *[one] { $controller } has written a new edition of the { $text0 }. It takes effect on { $date }. Here is what changes for the User, and why.
            }
    }
notice-more =
    { $voice ->
        [we] What changes to your disadvantage
       *[third] What changes to the User's disadvantage
    }
notice-less =
    { $voice ->
        [we] What changes in your favour
       *[third] What changes in the User's favour
    }
notice-explained = What is only explained better
notice-same-heading =
    { $voice ->
        [we] What changes for you
       *[third] What changes for the User
    }
notice-same = The new edition is written differently; it says the same.
notice-when-heading = When it takes effect
## When the new edition was published (`published DATE "URL"`), said
## before when it takes effect.
notice-published = The new edition was published on { $published } and takes effect on { $date }. Until then, the edition in effect since { $since } applies.
notice-when = The new edition takes effect on { $date }. Until then, the edition in effect since { $since } applies.
notice-told =
    { $voice ->
        [we] We tell you of a new edition { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } tell the User of a new edition { $text0 }.
               *[one] { $controller } tells the User of a new edition { $text0 }.
            }
    }
notice-before = Before then, and at any time after:
# $text0 the right's meaning, $text1 how it is exercised (user-exercise).
notice-right-via = { $text0 } { $text1 }
notice-previous = The previous edition can still be read:
notice-previous-link = the previous edition
notice-why = { $what } Why: { $why }
notice-no-period = no period stated
notice-data-added =
    { $requirement ->
        [required]
            { $voice ->
                [we] We now collect { $text0 }, which you must provide.
               *[third]
                    { $controllers ->
                        [several] { $controller } now collect { $text0 }, which the User must provide.
                       *[one] { $controller } now collects { $text0 }, which the User must provide.
                    }
            }
        [optional]
            { $voice ->
                [we] We now collect { $text0 }, which you are free not to provide.
               *[third]
                    { $controllers ->
                        [several] { $controller } now collect { $text0 }, which the User is free not to provide.
                       *[one] { $controller } now collects { $text0 }, which the User is free not to provide.
                    }
            }
       *[unstated]
            { $voice ->
                [we] We now collect { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } now collect { $text0 }.
                       *[one] { $controller } now collects { $text0 }.
                    }
            }
    }
notice-data-removed =
    { $voice ->
        [we] We no longer collect { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } no longer collect { $text0 }.
               *[one] { $controller } no longer collects { $text0 }.
            }
    }
notice-purpose-removed =
    { $voice ->
        [we] We no longer use your information for { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } no longer use the User's information for { $text0 }.
               *[one] { $controller } no longer uses the User's information for { $text0 }.
            }
    }
notice-recipient-removed =
    { $voice ->
        [we] We no longer share your information with { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } no longer share the User's information with { $text0 }.
               *[one] { $controller } no longer shares the User's information with { $text0 }.
            }
    }
notice-purpose-added =
    { $voice ->
        [we] We now use your information for a new purpose: { $text0 }, using { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } now use the User's information for a new purpose: { $text0 }, using { $text1 }.
               *[one] { $controller } now uses the User's information for a new purpose: { $text0 }, using { $text1 }.
            }
    }
notice-uses-added =
    { $parts ->
        [yes]
            { $voice ->
                [we] For { $text0 }, we now use all of { $text1 } (before: only { $text2 }).
               *[third]
                    { $controllers ->
                        [several] For { $text0 }, { $controller } now use all of { $text1 } (before: only { $text2 }).
                       *[one] For { $text0 }, { $controller } now uses all of { $text1 } (before: only { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] For { $text0 }, we now use { $text1 }.
               *[third]
                    { $controllers ->
                        [several] For { $text0 }, { $controller } now use { $text1 }.
                       *[one] For { $text0 }, { $controller } now uses { $text1 }.
                    }
            }
    }
notice-uses-removed =
    { $parts ->
        [yes]
            { $voice ->
                [we] For { $text0 }, we no longer use all of { $text1 } (only { $text2 }).
               *[third]
                    { $controllers ->
                        [several] For { $text0 }, { $controller } no longer use all of { $text1 } (only { $text2 }).
                       *[one] For { $text0 }, { $controller } no longer uses all of { $text1 } (only { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] For { $text0 }, we no longer use { $text1 }.
               *[third]
                    { $controllers ->
                        [several] For { $text0 }, { $controller } no longer use { $text1 }.
                       *[one] For { $text0 }, { $controller } no longer uses { $text1 }.
                    }
            }
    }
notice-relisted = The information used for { $text0 } is listed differently; it is the same information.
notice-retention =
    { $longer ->
        [yes]
            { $voice ->
                [we] We now keep { $text0 } longer: { $text1 } (before: { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } now keep { $text0 } longer: { $text1 } (before: { $text2 }).
                       *[one] { $controller } now keeps { $text0 } longer: { $text1 } (before: { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] We now keep { $text0 } for a shorter time: { $text1 } (before: { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } now keep { $text0 } for a shorter time: { $text1 } (before: { $text2 }).
                       *[one] { $controller } now keeps { $text0 } for a shorter time: { $text1 } (before: { $text2 }).
                    }
            }
    }
notice-right-added =
    { $voice ->
        [we] The policy now explains your { $text0 }: { $text1 }
       *[third] The policy now explains the User's { $text0 }: { $text1 }
    }
notice-right-removed =
    { $voice ->
        [we] The policy no longer states your { $text0 }: { $text1 }
       *[third] The policy no longer states the User's { $text0 }: { $text1 }
    }
notice-profiling =
    { $voice ->
        [we] We now say that { $text0 } involves profiling: we use your information to evaluate personal aspects relating to you.
       *[third]
            { $controllers ->
                [several] { $controller } now say that { $text0 } involves profiling: { $controller } use the User's information to evaluate personal aspects relating to the User.
               *[one] { $controller } now says that { $text0 } involves profiling: { $controller } uses the User's information to evaluate personal aspects relating to the User.
            }
    }
notice-direct-marketing =
    { $voice ->
        [we] We now say that { $text0 } is direct marketing, to which you can object at any time.
       *[third]
            { $controllers ->
                [several] { $controller } now say that { $text0 } is direct marketing, to which the User can object at any time.
               *[one] { $controller } now says that { $text0 } is direct marketing, to which the User can object at any time.
            }
    }
notice-ccpa-categories-added = Under California law, { $text0 } now counts as { $text1 } among the categories of personal information.
notice-ccpa-categories-removed = Under California law, { $text0 } no longer counts as { $text1 } among the categories of personal information.
## $text0 a data category's label; $text1 the kind of sensitive personal
## information it now is (sensitive-*, quoted), $text2 the kind it was.
notice-sensitive-added = { $text0 } is now sensitive personal information under US state privacy laws: { $text1 }.
notice-sensitive-changed = { $text0 } is now described as sensitive personal information of this kind: { $text1 }, instead of { $text2 }.
notice-sensitive-removed = { $text0 } is no longer sensitive personal information under US state privacy laws.
notice-examples-open =
    { $voice ->
        [we] We now say that the information listed for { $text0 } gives examples, not the whole list.
       *[third]
            { $controllers ->
                [several] { $controller } now say that the information listed for { $text0 } gives examples, not the whole list.
               *[one] { $controller } now says that the information listed for { $text0 } gives examples, not the whole list.
            }
    }
notice-combined =
    { $voice ->
        [we] We now treat { $text0 } as personal information when it is combined with personal information.
       *[third]
            { $controllers ->
                [several] { $controller } now treat { $text0 } as personal information when it is combined with personal information.
               *[one] { $controller } now treats { $text0 } as personal information when it is combined with personal information.
            }
    }
notice-notice =
    { $voice ->
        [we] We now tell you of a change { $duration } before it takes effect.
       *[third]
            { $controllers ->
                [several] { $controller } now tell the User of a change { $duration } before it takes effect.
               *[one] { $controller } now tells the User of a change { $duration } before it takes effect.
            }
    }
notice-regimes = The policy now names the law it follows: { $text0 }.
notice-regime-gdpr = the GDPR
notice-regime-uk_gdpr = the UK GDPR
notice-regime-ccpa = the CCPA
notice-regime-us_state_laws = the US state privacy laws
notice-regime-coppa = COPPA
notice-regime-lgpd = the LGPD
notice-regime-popia = POPIA
notice-decision-added =
    { $voice ->
        [we] We now make a decision about you solely by automated means: { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } now make a decision about the User solely by automated means: { $text0 }.
               *[one] { $controller } now makes a decision about the User solely by automated means: { $text0 }.
            }
    }
notice-decision-removed =
    { $voice ->
        [we] We no longer make this decision about you solely by automated means: { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } no longer make this decision about the User solely by automated means: { $text0 }.
               *[one] { $controller } no longer makes this decision about the User solely by automated means: { $text0 }.
            }
    }
notice-right-access = right of access
notice-right-rectification = right to rectification
notice-right-erasure = right to erasure
notice-right-restriction = right to restriction of processing
notice-right-portability = right to data portability
notice-right-objection = right to object
notice-right-withdraw_consent = right to withdraw consent
notice-right-complaint = right to lodge a complaint
notice-right-opt_out_sale_share = right to opt out of sale and sharing
notice-right-limit_sensitive = right to limit the use of sensitive personal information
notice-right-know = right to know
notice-right-appeal = right to appeal
notice-right-non_discrimination = right to non-discrimination
notice-right-automated_decisions = right not to be subject to automated decisions

## The words of a change of each kind (change-KIND, by the kind's id in
## src/diff/kind.rs), for a change the notice has no sentence of its own
## for.

change-HEADER_CHANGED = The general information about the policy is worded differently.
change-PUBLICATION_DATE_CHANGED = The publication date of the policy is stated differently.
change-CONTROLLER_ADDED = Another company became the controller responsible for the processing.
change-CONTROLLER_REMOVED = The company that was the controller is no longer responsible for the processing.
change-ACCEPTANCE_LOOSENED =
    { $voice ->
        [we] You now accept the policy with less of a step, such as by merely using the service.
       *[third] The user now accepts the policy with less of a step, such as by merely using the service.
    }
change-ACCEPTANCE_TIGHTENED =
    { $voice ->
        [we] You now accept the policy with more of a step, such as by explicit agreement.
       *[third] The user now accepts the policy with more of a step, such as by explicit agreement.
    }
change-ACCEPTANCE_RESTATED =
    { $voice ->
        [we] The way you accept the policy changed to one of the same rank.
       *[third] The way the user accepts the policy changed to one of the same rank.
    }
change-CONTACT_UNSTATED = The policy no longer gives a way to contact the controller.
change-CONTACT_STATED = The policy now gives a way to contact the controller.
change-REGIME_ADDED = The policy now declares that it answers to another legal regime.
change-REGIME_DROPPED = The policy no longer declares that it answers to a legal regime.
change-VOICE_CHANGED = The text now names the controller and the reader in another voice, or the controller takes another grammatical number.
change-LABEL_CHANGED = Some names of information, purposes, recipients or rights are worded differently.
change-DESCRIPTION_CHANGED = Some descriptions are worded differently.
change-SHORT_LABEL_CHANGED = The short label of a data category or purpose, used where it is mentioned again, was stated, changed or dropped.
change-DATA_ADDED = A new data category is collected.
change-DATA_REMOVED = A data category is no longer collected.
change-DATA_SOURCE_FARTHER =
    { $voice ->
        [we] A data category now comes from a source farther from you.
       *[third] A data category now comes from a source farther from the user.
    }
change-DATA_SOURCE_UNSTATED = Where a data category comes from is no longer stated.
change-DATA_SOURCE_STATED = Where a data category comes from is now stated.
change-DATA_SOURCE_NEARER =
    { $voice ->
        [we] A data category now comes from a source nearer to you.
       *[third] A data category now comes from a source nearer to the user.
    }
change-DATA_SOURCE_RESTATED = A data category's source changed to one of the same rank.
change-DATA_MORE_IDENTIFYING =
    { $voice ->
        [we] A data category now identifies you more directly.
       *[third] A data category now identifies the user more directly.
    }
change-DATA_LESS_IDENTIFYING =
    { $voice ->
        [we] A data category now identifies you less directly.
       *[third] A data category now identifies the user less directly.
    }
change-DATA_IDENTITY_RESTATED = A data category's identity changed to one of the same rank.
change-DATA_SPECIAL_ADDED = A data category is now special-category data.
change-DATA_SPECIAL_REMOVED = A data category is no longer special-category data.
change-DATA_SPECIAL_CHANGED = A data category is special-category data of another kind.
change-DATA_SENSITIVE_ADDED = A data category is now sensitive personal information under US state law.
change-DATA_SENSITIVE_REMOVED = A data category is no longer sensitive personal information under US state law.
change-DATA_SENSITIVE_CHANGED = A data category is sensitive personal information of another kind.
change-DATA_CCPA_CATEGORY_STATED = A data category now says which of the CCPA's categories of personal information it belongs to.
change-DATA_CCPA_CATEGORY_UNSTATED = A data category no longer says which of the CCPA's categories of personal information it belongs to.
change-DATA_CCPA_CATEGORY_ADDED = A data category now also belongs to another of the CCPA's categories of personal information.
change-DATA_CCPA_CATEGORY_REMOVED = A data category no longer belongs to one of the CCPA's categories of personal information.
change-DATA_EXAMPLES_ADDED = What a data category covers now includes more examples.
change-DATA_EXAMPLES_REMOVED = What a data category covers no longer includes some examples.
change-DATA_EXAMPLES_OPENED = A data category's examples now only illustrate it.
change-DATA_EXAMPLES_CLOSED = A data category's examples are now the whole of it, no longer only illustrations.
change-DATA_MORE_REQUIRED =
    { $voice ->
        [we] You now have less choice whether to provide a data category.
       *[third] The user now has less choice whether to provide a data category.
    }
change-DATA_LESS_REQUIRED =
    { $voice ->
        [we] You now have more choice whether to provide a data category.
       *[third] The user now has more choice whether to provide a data category.
    }
change-DATA_REQUIREMENT_RESTATED =
    { $voice ->
        [we] Whether you must provide a data category changed to a statement of the same rank.
       *[third] Whether the user must provide a data category changed to a statement of the same rank.
    }
change-DATA_COLLECTION_CHANGED = When a data category is collected was stated, reworded or dropped.
change-DATA_COMBINED_IDENTIFIED = A data category now states that, combined with personal information, it is treated as personal information.
change-DATA_COMBINED_UNSTATED = A data category no longer states that, combined with personal information, it is treated as personal information.
change-DATA_FIDES_CHANGED = The key of fideslang's taxonomy a data category maps to was stated, changed or dropped.
change-PURPOSE_ADDED = Data is processed for a new purpose.
change-PURPOSE_REMOVED = Data is no longer processed for a purpose.
change-PURPOSE_DATA_ADDED = A purpose now uses a data category, or all of one it used only parts of.
change-PURPOSE_DATA_REMOVED = A purpose no longer uses a data category, or only parts of it.
change-PURPOSE_DATA_RELISTED = A purpose lists its data differently without a change in what it uses.
change-BASIS_HARDER_TO_REFUSE =
    { $voice ->
        [we] A purpose's legal basis changed to one you find harder to refuse.
       *[third] A purpose's legal basis changed to one the user finds harder to refuse.
    }
change-BASIS_EASIER_TO_REFUSE =
    { $voice ->
        [we] A purpose's legal basis changed to one you find easier to refuse.
       *[third] A purpose's legal basis changed to one the user finds easier to refuse.
    }
change-BASIS_CHANGED = A purpose's legal basis changed to another just as hard to refuse.
change-BASIS_UNSTATED = A purpose's legal basis is no longer stated.
change-BASIS_STATED = A purpose whose legal basis was unstated now states one.
change-INTEREST_CHANGED = The legitimate interest of a purpose was stated, reworded or dropped.
change-PURPOSE_IDENTIFIED_ALLOWED = A purpose is no longer restricted to depersonalized data.
change-PURPOSE_DEPERSONALIZED_ONLY = A purpose is now restricted to depersonalized data.
change-PURPOSE_PROFILING_ADDED = A purpose now involves profiling.
change-PURPOSE_PROFILING_REMOVED = A purpose no longer involves profiling.
change-PURPOSE_DIRECT_MARKETING_ADDED = A purpose is now direct marketing.
change-PURPOSE_DIRECT_MARKETING_REMOVED = A purpose is no longer direct marketing.
change-PURPOSE_PERMITTED_USE_ADDED = A purpose that uses sensitive personal information now names a use California law permits without a right to limit it: a request to limit no longer stops it.
change-PURPOSE_PERMITTED_USE_REMOVED = A purpose that uses sensitive personal information no longer names a use California law permits without a right to limit it: a request to limit stops it again.
change-PURPOSE_PERMITTED_USE_CHANGED = A purpose names another use California law permits for sensitive personal information without a right to limit it, or names one where it changes nothing.
change-PURPOSE_FIDES_CHANGED = The data use of fideslang's taxonomy a purpose maps to was stated, changed or dropped.
change-RECIPIENT_ADDED = A new recipient receives data.
change-RECIPIENT_REMOVED = A recipient no longer receives data.
change-RECIPIENT_MORE_INDEPENDENT = A recipient's kind changed to one that decides more for itself.
change-RECIPIENT_LESS_INDEPENDENT = A recipient's kind changed to one that decides less for itself.
change-RECIPIENT_KIND_CHANGED = A recipient's kind changed to another just as independent.
change-RECIPIENT_JOINT_CONTROL_ENDED = A recipient is no longer a joint controller: it decides alone, with no arrangement with the controller.
change-RECIPIENT_JOINT_CONTROL_STARTED = A recipient is now a joint controller, answering for the processing under an arrangement with the controller.
change-RECIPIENT_ROLE_RESTATED = A recipient is now said to be an independent controller, or no longer said to be one.
change-ARRANGEMENT_CHANGED = The essence of a joint controllers' arrangement was stated, reworded or dropped.
change-REQUEST_HANDLING_CHANGED = How a request to know, delete or correct personal information is verified, or how an authorized agent makes one, was stated, reworded or dropped; the meaning of free text is not checked.
change-RECIPIENT_ABROAD = A recipient is now abroad.
change-RECIPIENT_NOT_ABROAD = A recipient is no longer abroad.
change-RECIPIENT_COUNTRY_CHANGED = A recipient abroad is now in another country.
change-SAFEGUARD_REMOVED = Transfers to a recipient are no longer protected by a safeguard.
change-SAFEGUARD_ADDED = Transfers to a recipient are now protected by a safeguard.
change-SAFEGUARD_CHANGED = The safeguard for transfers to a recipient changed to another.
change-RECIPIENT_UNBOUND = A recipient is no longer bound by the policy.
change-RECIPIENT_BOUND = A recipient is now bound by the policy.
change-RECIPIENT_SOLD = Disclosures to a recipient are now a sale, sharing or targeted advertising under US state law.
change-RECIPIENT_NOT_SOLD = Disclosures to a recipient are no longer a sale, sharing or targeted advertising under US state law.
change-TRANSFER_GROUND_ADDED = Data is now sent to a recipient on a ground it was not sent on before.
change-TRANSFER_GROUND_REMOVED = Data is no longer sent to a recipient on a ground, in whole or in part.
change-TRANSFER_PURPOSES_WIDENED = Data sent to a recipient now serves more purposes, or any.
change-TRANSFER_PURPOSES_NARROWED = Data sent to a recipient now serves fewer purposes, or only those named.
change-TRANSFER_SOLD = Data sent to a recipient is now a sale, sharing or targeted advertising under US state law.
change-TRANSFER_NOT_SOLD = Data sent to a recipient is no longer a sale, sharing or targeted advertising under US state law.
change-TRANSFER_INTEREST_CHANGED = The legitimate interest pursued by sending data to a recipient was reworded.
change-RETENTION_UNSTATED = How long a data category is kept is no longer stated.
change-RETENTION_STATED = How long a data category is kept is now stated.
change-RETENTION_EXTENDED = A data category is kept longer.
change-RETENTION_SHORTENED = A data category is kept for less long.
change-RETENTION_RESTATED = How long a data category is kept is stated differently, reaching as far.
change-RETENTION_RULE_LOOSENED = A data category's alternative periods now keep it until the last ends, not the first.
change-RETENTION_RULE_TIGHTENED = A data category's alternative periods now end its keeping when the first ends, not the last.
change-RIGHT_REMOVED =
    { $voice ->
        [we] You no longer have a right.
       *[third] The user no longer has a right.
    }
change-RIGHT_ADDED =
    { $voice ->
        [we] You now have a right.
       *[third] The user now has a right.
    }
change-RIGHT_CHANNEL_ADDED = A right can now be exercised through another channel.
change-RIGHT_CHANNEL_REMOVED = A right can no longer be exercised through a channel.
change-RIGHT_SLOWER = Requests to exercise a right are answered later, or no longer within a stated time.
change-RIGHT_FASTER = Requests to exercise a right are answered sooner, or now within a stated time.
change-RIGHT_DEADLINE_RESTATED = The time within which a right's requests are answered is stated differently, just as long.
change-RIGHT_ANYTIME_REMOVED = A right can no longer be exercised at any time.
change-RIGHT_ANYTIME_ADDED = A right can now be exercised at any time.
change-OBLIGATION_ADDED =
    { $voice ->
        [we] You have a new obligation.
       *[third] The user has a new obligation.
    }
change-OBLIGATION_REMOVED =
    { $voice ->
        [we] An obligation of yours was removed.
       *[third] An obligation of the user was removed.
    }
change-OBLIGATION_REWORDED =
    { $voice ->
        [we] Your obligations are worded differently.
       *[third] The User's obligations are worded differently.
    }
change-SECURITY_REMOVED = A security measure was removed.
change-SECURITY_ADDED = A new security measure protects the data.
change-SECURITY_REWORDED = A security measure was reworded.
change-CHANGE_AUTHORITY_WIDENED = The controller is now freer to change the policy.
change-CHANGE_AUTHORITY_NARROWED = The controller is now less free to change the policy.
change-CHANGE_AUTHORITY_RESTATED = Who can change the policy changed to a statement of the same rank.
change-NOTIFY_REMOVED =
    { $voice ->
        [we] You are no longer told of changes in some way.
       *[third] Users are no longer told of changes in some way.
    }
change-NOTIFY_ADDED =
    { $voice ->
        [we] You are now also told of changes in another way.
       *[third] Users are now also told of changes in another way.
    }
change-NOTICE_SHORTENED = The notice of a change is shorter, or no longer stated.
change-NOTICE_LENGTHENED = The notice of a change is longer, or now stated.
change-NOTICE_RESTATED = The notice of a change is stated differently, just as long.
change-TAKES_EFFECT_SOONER = A new edition now takes effect sooner, such as on publication.
change-TAKES_EFFECT_LATER = A new edition now takes effect later, such as after the notice period.
change-TAKES_EFFECT_RESTATED = When a new edition takes effect changed to a statement of the same rank.
change-CLAUSE_ADDED = A free clause was added.
change-CLAUSE_REMOVED = A free clause was removed.
change-CLAUSE_MOVED = A free clause moved to another section of the text.
change-CLAUSE_REWORDED = Some other provisions are worded differently.
change-POLICY_RESTATED = The policy was reordered or regrouped without a change in what it says.
change-GROUND_UNSTATED = Data sent to a recipient on stated grounds is now sent without a stated ground.
change-GROUND_STATED = Data sent to a recipient without a stated ground is now sent only on stated grounds.
change-TRACKER_ADDED =
    { $voice ->
        [we] A new cookie or similar technology stores or reads information on your device.
       *[third] A new cookie or similar technology stores or reads information on the user's device.
    }
change-TRACKER_REMOVED = A cookie or similar technology is no longer used.
change-TRACKER_WIDENED =
    { $voice ->
        [we] A tracker reaches further: a category further from what you asked for, a third party instead of us, a longer lifetime, more data collected, more purposes served, or another provider.
       *[third] A tracker reaches further: a category further from what the user asked for, a third party instead of the controller, a longer lifetime, more data collected, more purposes served, or another provider.
    }
change-TRACKER_NARROWED =
    { $voice ->
        [we] A tracker reaches less far: a category closer to what you asked for, us instead of a third party, a shorter lifetime, less data collected or fewer purposes served.
       *[third] A tracker reaches less far: a category closer to what the user asked for, the controller instead of a third party, a shorter lifetime, less data collected or fewer purposes served.
    }
change-SIGNAL_NO_LONGER_HONOURED = A privacy signal of the browser, such as Do Not Track or Global Privacy Control, that was honoured no longer is, or is no longer said to be.
change-SIGNAL_HONOURED = A privacy signal of the browser, such as Do Not Track or Global Privacy Control, is now honoured.
change-SIGNAL_STANCE_STATED = The policy now says, or no longer says, that it does not respond to a browser's privacy signal.
change-TRACKER_RESTATED = A tracker's label, description or technology was reworded without changing how far it reaches.
change-MECHANISM_REMOVED = Transfers to a recipient no longer rest on an adequacy decision or appropriate safeguards.
change-MECHANISM_ADDED = Transfers to a recipient now rest on an adequacy decision or appropriate safeguards.
change-MECHANISM_CHANGED = Transfers to a recipient rest on another mechanism that protects as much, or where to obtain a copy changed.
change-CHILDREN_STANCE_DROPPED = The policy no longer states its stance on children, nor the limits and parent's rights it stated.
change-CHILDREN_STANCE_STATED = The policy now states its stance on children.
change-CHILDREN_AUDIENCE_WIDENED = The service is now directed to more children: to a general audience that includes them, or to children.
change-CHILDREN_AUDIENCE_NARROWED = The service is now directed to fewer children: to a general audience, or one that only includes them.
change-CHILDREN_MINIMUM_AGE_LOWERED = Younger people can now use the service on their own: the minimum age is lower, or no longer stated.
change-CHILDREN_MINIMUM_AGE_RAISED = The minimum age is higher, or now stated.
change-CHILDREN_KNOWINGLY_COLLECTED = The policy now says that children's information is knowingly collected, or no longer says that it is not.
change-CHILDREN_NOT_KNOWINGLY_COLLECTED = The policy now says that children's information is not knowingly collected, or no longer says that it is.
change-CHILDREN_PARENTAL_CONSENT_DROPPED = The policy no longer states how a parent's consent is obtained.
change-CHILDREN_PARENTAL_CONSENT_STATED = The policy now states how a parent's consent is obtained.
change-CHILDREN_PARENTAL_CONSENT_CHANGED = The way a parent's consent is obtained is described in other words; the meaning of free text is not checked.
change-CHILDREN_SALE_OPT_IN_CHANGED = How the opt-in to the sale or sharing of the personal information of a consumer under 16 is obtained was stated, reworded or dropped; the meaning of free text is not checked.
change-PARENT_RIGHT_REMOVED = A parent can no longer review, have deleted or refuse further collection of their child's information.
change-PARENT_RIGHT_ADDED = A parent can now review, have deleted or refuse further collection of their child's information.
change-DECISION_ADDED =
    { $voice ->
        [we] A new decision about you is made solely by automated means.
       *[third] A new decision about the user is made solely by automated means.
    }
change-DECISION_REMOVED =
    { $voice ->
        [we] A decision about you is no longer made solely by automated means.
       *[third] A decision about the user is no longer made solely by automated means.
    }
change-DECISION_WIDENED = An automated decision uses more data.
change-DECISION_NARROWED = An automated decision uses less data.
change-DECISION_BASIS_LOOSENED =
    { $voice ->
        [we] An automated decision now rests on a basis that leaves you less say: a contract instead of explicit consent, or a law instead of either.
       *[third] An automated decision now rests on a basis that leaves the user less say: a contract instead of explicit consent, or a law instead of either.
    }
change-DECISION_BASIS_TIGHTENED =
    { $voice ->
        [we] An automated decision now rests on a basis that leaves you more say: explicit consent instead of a contract or a law, or a contract instead of a law.
       *[third] An automated decision now rests on a basis that leaves the user more say: explicit consent instead of a contract or a law, or a contract instead of a law.
    }
change-DECISION_SAFEGUARD_REMOVED = A safeguard against an automated decision, such as human review, expressing one's view or contesting the decision, is no longer stated.
change-DECISION_SAFEGUARD_ADDED = A safeguard against an automated decision, such as human review, expressing one's view or contesting the decision, is now stated.
change-DECISION_RESTATED = An automated decision's label, description, logic, significance or the law named was reworded.
change-NO_DECISIONS_WITHDRAWN = The policy no longer states that no decision is made solely by automated means.
change-NO_DECISIONS_STATED = The policy now states that no decision is made solely by automated means.
change-COMMITMENT_REMOVED = A commitment, such as never to sell or share information or not to transfer it outside an area, is no longer made.
change-COMMITMENT_ADDED = A commitment, such as never to sell or share information or not to transfer it outside an area, is now made.
change-DATA_SOURCE_ADDED = A data category is now also obtained from another source, or from a source named anew.
change-DATA_SOURCE_REMOVED = A data category is no longer obtained from one of its sources.
change-COMBINATION_ADDED = Data sets are now combined.
change-COMBINATION_REMOVED = Data sets are no longer combined.
change-COMBINATION_RESTATED = Why data sets are combined was reworded.
change-SECURITY_MEASURE_REMOVED = A security measure is no longer stated.
change-SECURITY_MEASURE_ADDED = A security measure is now stated.
change-BREACH_NOTIFICATION_REMOVED = A commitment to notify a personal data breach is no longer made, or is made with another time.
change-BREACH_NOTIFICATION_ADDED = A commitment to notify a personal data breach is now made, or is made with another time.
change-CLAUSE_TO_TERMS = Some provisions that are terms of the contract are no longer printed here; they are in the Terms.
change-CLAUSE_FROM_TERMS = Some provisions that were in the Terms are now printed here.
change-RIGHT_EXPLAINED =
    { $voice ->
        [we] A right the law already grants you, which the text stated by default, is now explained with how to exercise it.
       *[third] A right the law already grants, which the text stated by default, is now explained with how to exercise it.
    }
change-RIGHT_STATED_BY_DEFAULT = A right is now stated as the law grants it, without the policy's own terms for it.
change-RIGHT_NOT_APPLICABLE = The policy now says why a right the law grants does not apply.
change-RIGHT_APPLICABLE = A right the policy said does not apply is stated again.

# rights

## A right the author says does not apply (`right KIND not_applicable
## "reason"`): $text0 is the reason, as the author wrote it.
user-not-applicable = This right does not apply: { $text0 }

# parties

## The lead supervisory authority (`lead_authority "…"` in the controller
## block, GDPR Art. 56): $text0 is its name, as the author wrote it.
contact-lead-authority =
    { $voice ->
        [we] Our lead supervisory authority is { $text0 }
       *[third] { $controller_possessive } lead supervisory authority is { $text0 }
    }

## A joint controller named in the header (`joint_controller "…"`, GDPR
## Art. 26): $text0 is its name, $text1 its address, country or the
## essence of the arrangement, as the author wrote them.
contact-joint-controller =
    { $voice ->
        [we] We decide together with { $text0 } why and how your information is processed: we are joint controllers.
       *[third] { $controller } { $controllers ->
                [several] decide
               *[one] decides
            } together with { $text0 } why and how the information is processed: they are joint controllers.
    }
contact-joint-controller-address = The postal address of { $text0 } is { $text1 }
contact-joint-controller-country = { $text0 } is established in { $text1 }
contact-joint-arrangement =
    { $voice ->
        [we] The essence of the arrangement between us and { $text0 }: { $text1 }
       *[third] The essence of the arrangement between { $controller } and { $text0 }: { $text1 }
    }
change-JOINT_CONTROLLER_ADDED = Another company now decides with the controller why and how the information is processed.
change-JOINT_CONTROLLER_REMOVED = A company no longer decides with the controller why and how the information is processed.
## The layered summary's line on who is responsible, when the header
## names joint controllers: $text0 lists their names.
summary-who-joint =
    { $voice ->
        [we] We decide together with { $text0 } why and how it is processed, as joint controllers.
       *[third] { $controller } { $controllers ->
                [several] decide
               *[one] decides
            } together with { $text0 } why and how it is processed, as joint controllers.
    }

# retention

## Retention (render/processing.rs): what happens to the information when
## its periods ($text0) end, before the data it names ($text1); then how
## long copies remain in backups ($duration).
retention-kept-delete = The following information is kept { $text0 }, then deleted: { $text1 }
retention-kept-anonymise = The following information is kept { $text0 }, then anonymised: { $text1 }
retention-backups = Copies of this information in backups are kept for up to { $duration } longer.

## The change notice: what happens at the end of retention, and backups.
change-RETENTION_END_ANONYMISED = A data category is now anonymised when its retention ends, where before it was deleted.
change-RETENTION_END_DELETED = A data category is now deleted when its retention ends, where before it was anonymised.
change-BACKUPS_EXTENDED = Copies of a data category now remain in backups for longer after its retention ends.
change-BACKUPS_SHORTENED = Copies of a data category now remain in backups for less long after its retention ends.

# sections

## The change notice: the kinds of change to a section (`section ID
## "Heading" { … }`).
change-SECTION_ADDED = A section with a heading of its own was added to the text.
change-SECTION_REMOVED = A section with a heading of its own was removed from the text.
change-SECTION_RENAMED = A section of the text has a new heading.
change-SECTION_MOVED = A section of the text is placed elsewhere.
change-SECTION_SUMMARY_CHANGED = The summary that opens a section of the text is worded differently.

## The lead of the summary that opens a section (`summary "…"` in its
## `section` declaration), before the author's words.
section-summary-lead = In short:

# jurisdictions

## The sections for the laws the header's `regimes` declares
## (render/jurisdictions.rs). $laws says which: `ccpa`, `states` (the
## other US state laws) or `us` (both) in the US section; `eu`, `uk` or
## `eu-uk` in the EEA section. $section, $purposes and $table are the
## numbers of the sections referred to.
section-jurisdiction-us =
    { $laws ->
        [ccpa]
            { $voice ->
                [we] Your California privacy rights
               *[third] California privacy rights
            }
        [states]
            { $voice ->
                [we] Your US state privacy rights
               *[third] US state privacy rights
            }
       *[us]
            { $voice ->
                [we] Your California and other US state privacy rights
               *[third] California and other US state privacy rights
            }
    }
section-jurisdiction-eea =
    { $laws ->
        [eu] For users in the EEA
        [uk] For users in the UK
       *[eu-uk] For users in the EEA and the UK
    }
jurisdictions-us-intro =
    { $laws ->
        [ccpa] This section gathers, for California residents, what this Policy discloses under the California Consumer Privacy Act.
        [states] This section gathers, for residents of US states with a comprehensive privacy law, what this Policy discloses under those laws.
       *[us] This section gathers, for residents of California and other US states with a comprehensive privacy law, what this Policy discloses under their laws.
    }
jurisdictions-eea-intro =
    { $laws ->
        [eu] This section gathers, for users in the European Economic Area, what this Policy discloses under the GDPR.
        [uk] This section gathers, for users in the United Kingdom, what this Policy discloses under the UK GDPR.
       *[eu-uk] This section gathers, for users in the European Economic Area and the United Kingdom, what this Policy discloses under the GDPR and the UK GDPR.
    }
jurisdictions-us-categories =
    { $voice ->
        [we] The table below shows each category of personal information we collect, what it is used for, to whom it is disclosed and how long it is kept. Where each comes from is in section { $section }.
       *[third] The table below shows each category of personal information collected, what it is used for, to whom it is disclosed and how long it is kept. Where each comes from is in section { $section }.
    }
jurisdictions-column-category = Category
jurisdictions-column-purposes = Used for
jurisdictions-column-recipients = Disclosed to
jurisdictions-column-kept = Kept
jurisdictions-us-statutory =
    { $voice ->
        [we] The table below shows the categories of personal information we collect, in the terms of California law (Cal. Civ. Code §1798.140(v)(1)), with the information in each (section { $section }), where it comes from, what it is used for, to whom it is disclosed for a business purpose, to whom it is sold and with whom it is shared.
       *[third] The table below shows the categories of personal information collected, in the terms of California law (Cal. Civ. Code §1798.140(v)(1)), with the information in each (section { $section }), where it comes from, what it is used for, to whom it is disclosed for a business purpose, to whom it is sold and with whom it is shared.
    }
jurisdictions-us-statutory-kept = How long each is kept is in section { $section }.
jurisdictions-column-statutory = Category of personal information
jurisdictions-column-members = Information in it
jurisdictions-column-sources = Sources
jurisdictions-column-business-purpose = Disclosed for a business purpose to
jurisdictions-column-sold = Sold to
jurisdictions-column-shared = Shared with
jurisdictions-source-user =
    { $voice ->
        [we] you
       *[third] the User
    }
jurisdictions-source-device =
    { $voice ->
        [we] your device
       *[third] the User's device
    }
jurisdictions-source-derived =
    { $voice ->
        [we] derived by us from other information
       *[third] derived from other information
    }
jurisdictions-source-third_party = third parties
jurisdictions-source-third_party-named = { $text0 }
jurisdictions-source-publicly_available = publicly available sources
jurisdictions-source-publicly_available-named = { $text0 } (publicly available)
jurisdictions-us-sale = Personal information is sold to the following recipients (section { $section }):
jurisdictions-us-share-and-targeted = Personal information is shared for cross-context behavioral advertising with, and disclosed for targeted advertising to, the following recipients (section { $section }):
jurisdictions-us-share = Personal information is shared for cross-context behavioral advertising with the following recipients (section { $section }):
jurisdictions-us-targeted_advertising = Personal information is disclosed for targeted advertising to the following recipients (section { $section }):
jurisdictions-us-opt-out-lead = Opting out of sale and sharing.
jurisdictions-us-opt-out =
    { $voice ->
        [we] You can opt out of the sale and sharing of your personal information (section { $section }).
       *[third] The User can opt out of the sale and sharing of their personal information (section { $section }).
    }
jurisdictions-us-link = The "Do Not Sell or Share My Personal Information" link at the top of this Policy leads to { $text0 }.
jurisdictions-us-link-same = The "Do Not Sell or Share My Personal Information" link at the top of this Policy leads to the same page.
jurisdictions-us-gpc-honoured =
    { $voice ->
        [we] We treat a Global Privacy Control signal from your browser as a request to opt out of the sale and sharing of your personal information.
       *[third] A Global Privacy Control signal from the User's browser is treated as a request to opt out of the sale and sharing of their personal information.
    }
jurisdictions-us-gpc-ignored = A Global Privacy Control signal is not treated as a request to opt out of sale or sharing.
jurisdictions-us-sensitive = Of the personal information collected, the following is sensitive personal information: { $text0 }.
jurisdictions-us-limit =
    { $voice ->
        [we] You can limit our use of it (section { $section }).
       *[third] The User can limit its use (section { $section }).
    }
jurisdictions-rights =
    { $voice ->
        [we] Your rights
       *[third] The User's rights
    } under { $laws ->
        [ccpa] the California Consumer Privacy Act
        [states] these laws
        [us] these laws
        [eu] the GDPR
        [uk] the UK GDPR
       *[eu-uk] the GDPR and the UK GDPR
    }, described in section { $section }:
jurisdictions-eea-parties = Who is responsible for the processing, and whom to contact (section { $section }):
jurisdictions-eea-controller = The controller: { $text0 }
jurisdictions-eea-joint-controller = A joint controller: { $text0 }
jurisdictions-eea-dpo = The data protection officer: { $text0 }
jurisdictions-eea-eu-representative = The representative in the European Union: { $text0 }
jurisdictions-eea-uk-representative = The representative in the United Kingdom: { $text0 }
jurisdictions-eea-lead-authority = The lead supervisory authority: { $text0 }
jurisdictions-eea-bases = The legal basis of each purpose is stated with the purpose in section { $purposes } and in the table in section { $table }.
jurisdictions-eea-transfers = Transfers to recipients abroad, where each recipient is and what the transfer rests on (section { $section }):
jurisdictions-eea-decisions =
    { $voice ->
        [we] Decisions based solely on automated processing, and your rights about them (section { $section }):
       *[third] Decisions based solely on automated processing, and the User's rights about them (section { $section }):
    }

# retention2

## Retention (render/processing.rs): a period determined by criteria
## (`retain DATA criteria "…"`), as the end of `kept …`; then the criteria
## themselves in the author's words ($text0).
period-criteria = for a period determined by criteria
## A cap on a retention by criteria (`at_most 90 days from collection`),
## after `period-criteria`; $event is an `event-from-…` word, $text0 the
## policy's own event.
period-cap-event = , and no longer than { $duration } { $event }
period-cap = , and no longer than { $duration } from { $text0 }
retention-criteria = The criteria that determine this period: { $text0 }

## The change notice: retention by criteria.
change-RETENTION_CRITERIA_ADDED = A data category is now kept for a period determined by criteria, where before a period was stated.
change-RETENTION_CRITERIA_REMOVED = A data category is now kept for a stated period, where before criteria determined it.
change-RETENTION_CAPPED = A data category kept for a period determined by criteria is now kept no longer than a cap.
change-RETENTION_UNCAPPED = A data category kept for a period determined by criteria is no longer kept within a cap.
change-RETENTION_CRITERIA_CHANGED = The criteria that determine how long a data category is kept are worded differently.

## The layered summary and the per-purpose table (render/summary.rs,
## render/table.rs): after a retention's periods, what happens at their end
## and how long copies remain in backups ($duration), in short.
kept-then-delete = then deleted
kept-then-anonymise = then anonymised
kept-backups = (copies in backups: up to { $duration } longer)

## Retention specific to purposes (`retain DATA when_used_for PURPOSE …`,
## render/processing.rs): $text0 the periods, $text1 the data, $text2 the
## purposes' labels; then, in the layered summary, after the data.
retention-purpose-kept = When used for { $text2 }, the following information is kept { $text0 }: { $text1 }
retention-purpose-kept-delete = When used for { $text2 }, the following information is kept { $text0 }, then deleted: { $text1 }
retention-purpose-kept-anonymise = When used for { $text2 }, the following information is kept { $text0 }, then anonymised: { $text1 }
kept-when-used-for = when used for { $text0 }

## The change notice: retention specific to a purpose.
change-RETENTION_FOR_PURPOSE_EXTENDED = Data used for a purpose is kept longer.
change-RETENTION_FOR_PURPOSE_SHORTENED = Data used for a purpose is kept for less long.
change-RETENTION_FOR_PURPOSE_RESTATED = How long data used for a purpose is kept is stated differently, reaching as far.

# notice-channels
notice-right-channel-added =
    { $voice ->
        [we] You can now also exercise your { $text0 } through { $text1 }.
       *[third] The User can now also exercise the User's { $text0 } through { $text1 }.
    }
notice-right-channel-removed =
    { $voice ->
        [we] You can no longer exercise your { $text0 } through { $text1 }.
       *[third] The User can no longer exercise the User's { $text0 } through { $text1 }.
    }
notice-required-by =
    { $voice ->
        [we] We now say what follows if you do not give { $text0 }: { $text1 }.
       *[third] The policy now says what follows if the User does not give { $text0 }: { $text1 }.
    }

## A link at the top of the policy (the opt-out of sale and sharing, the limit
## of sensitive information), stated ($stated new), changed (both) or dropped
## (old); $text0 the link as the text gives it, its title and address.
notice-top-link =
    { $stated ->
        [old]
            { $voice ->
                [we] We no longer give this link at the top of the policy: { $text0 }
               *[third] The policy no longer gives this link at its top: { $text0 }
            }
        [both]
            { $voice ->
                [we] The link at the top of the policy now reads: { $text0 }
               *[third] The link at the top of the policy now reads: { $text0 }
            }
       *[new]
            { $voice ->
                [we] We now give this link at the top of the policy: { $text0 }
               *[third] The policy now gives this link at its top: { $text0 }
            }
    }

## The contact of the data protection officer ($of dpo) or the representative in
## the EU ($of eu) or in the UK ($of uk): now given ($stated new), given anew
## (both) or no longer given (old); $text0 in quotes, in the words of the
## edition that gives it.
notice-officer =
    { $of ->
        [eu]
            { $stated ->
                [old]
                    { $voice ->
                        [we] We no longer name our representative in the EU; we named: { $text0 }
                       *[third] The policy no longer names the controller's representative in the EU; it named: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Our representative in the EU is now: { $text0 }
                       *[third] The controller's representative in the EU is now: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] We now name our representative in the EU: { $text0 }
                       *[third] The policy now names the controller's representative in the EU: { $text0 }
                    }
            }
        [uk]
            { $stated ->
                [old]
                    { $voice ->
                        [we] We no longer name our representative in the UK; we named: { $text0 }
                       *[third] The policy no longer names the controller's representative in the UK; it named: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Our representative in the UK is now: { $text0 }
                       *[third] The controller's representative in the UK is now: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] We now name our representative in the UK: { $text0 }
                       *[third] The policy now names the controller's representative in the UK: { $text0 }
                    }
            }
       *[dpo]
            { $stated ->
                [old]
                    { $voice ->
                        [we] We no longer give the contact of our data protection officer; we gave: { $text0 }
                       *[third] The policy no longer gives the contact of the controller's data protection officer; it gave: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Our data protection officer is now reached at: { $text0 }
                       *[third] The controller's data protection officer is now reached at: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] We now give the contact of our data protection officer: { $text0 }
                       *[third] The policy now gives the contact of the controller's data protection officer: { $text0 }
                    }
            }
    }

## How a request is verified ($of verification) or made by an authorized agent
## ($of agents), stated ($stated new), reworded (both) or dropped (old);
## $text0 the provision in quotes, in the new edition's words or, dropped, the old.
notice-request-handling =
    { $of ->
        [agents]
            { $stated ->
                [old]
                    { $voice ->
                        [we] We no longer say how an authorized agent makes a request for you; we said: { $text0 }
                       *[third] The policy no longer says how an authorized agent makes a request for the User; it said: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] We now say differently how an authorized agent makes a request for you: { $text0 }
                       *[third] The policy now says differently how an authorized agent makes a request for the User: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] We now say how an authorized agent makes a request for you: { $text0 }
                       *[third] The policy now says how an authorized agent makes a request for the User: { $text0 }
                    }
            }
       *[verification]
            { $stated ->
                [old]
                    { $voice ->
                        [we] We no longer say how we verify your request; we said: { $text0 }
                       *[third] The policy no longer says how a request of the User is verified; it said: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] We now say differently how we verify your request: { $text0 }
                       *[third] The policy now says differently how a request of the User is verified: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] We now say how we verify your request: { $text0 }
                       *[third] The policy now says how a request of the User is verified: { $text0 }
                    }
            }
    }

# notice-own-words
## The change notice's own words for what a reader gains or loses (issue 18
## item 8). $text0 is a label in quotes unless said otherwise.
## $text1 is the whole category, in quotes; $requirement "required" or
## "optional".
notice-data-part =
    { $requirement ->
        [required]
            { $voice ->
                [we] { $text0 } is part of { $text1 }, which we already collect; it is now named on its own, and you must provide it.
               *[third] { $text0 } is part of { $text1 }, which { $controller } already collects; it is now named on its own, and the User must provide it.
            }
       *[optional]
            { $voice ->
                [we] { $text0 } is part of { $text1 }, which we already collect; it is now named on its own, and you are free not to provide it.
               *[third] { $text0 } is part of { $text1 }, which { $controller } already collects; it is now named on its own, and the User is free not to provide it.
            }
    }
## A part no longer named on its own, whose whole is still collected:
## $text0 is the part, $text1 the whole, each in quotes.
notice-data-part-dropped =
    { $voice ->
        [we] { $text0 } is no longer named on its own: it is part of { $text1 }, which we still collect.
       *[third]
            { $controllers ->
                [several] { $text0 } is no longer named on its own: it is part of { $text1 }, which { $controller } still collect.
               *[one] { $text0 } is no longer named on its own: it is part of { $text1 }, which { $controller } still collects.
            }
    }
notice-direct-marketing-removed =
    { $voice ->
        [we] We no longer treat { $text0 } as direct marketing: your objection no longer stops it in every case.
       *[third]
            { $controllers ->
                [several] { $controller } no longer treat { $text0 } as direct marketing: the User's objection no longer stops it in every case.
               *[one] { $controller } no longer treats { $text0 } as direct marketing: the User's objection no longer stops it in every case.
            }
    }
## $text1 is the condition of Art. 9(2) in the text's words.
notice-permitted-use = The use of sensitive personal information for { $text0 } is now one California law permits without a right to limit it: to { $text1 }. A request to limit the use of sensitive personal information no longer stops it.
notice-permitted-use-removed = The use of sensitive personal information for { $text0 } is no longer one California law permits without a right to limit it: a request to limit the use of sensitive personal information now stops it.
notice-permitted-use-changed = The use of sensitive personal information for { $text0 } is now permitted by California law without a right to limit it for another reason: to { $text1 }.
notice-permitted-use-stated = The use of sensitive personal information for { $text0 } is now stated to be one California law permits without a right to limit it: to { $text1 }.
notice-permitted-use-dropped = The use of sensitive personal information for { $text0 } is no longer stated to be one California law permits without a right to limit it.
notice-special-condition-loosened =
    { $voice ->
        [we] For { $text0 }, we no longer need your explicit consent to process special categories of personal information; the condition is now: { $text1 }.
       *[third]
            { $controllers ->
                [several] For { $text0 }, { $controller } no longer need the User's explicit consent to process special categories of personal information; the condition is now: { $text1 }.
               *[one] For { $text0 }, { $controller } no longer needs the User's explicit consent to process special categories of personal information; the condition is now: { $text1 }.
            }
    }
notice-special-condition-tightened =
    { $voice ->
        [we] For { $text0 }, we now process special categories of personal information only with your explicit consent.
       *[third]
            { $controllers ->
                [several] For { $text0 }, { $controller } now process special categories of personal information only with the User's explicit consent.
               *[one] For { $text0 }, { $controller } now processes special categories of personal information only with the User's explicit consent.
            }
    }
notice-special-condition-changed = For { $text0 }, the condition for processing special categories of personal information is now: { $text1 }.
## $text0 the condition, $text1 the law the purpose names, as written.
notice-special-condition-law = { $text0 }, as provided by { $text1 }
## $text1 the categories it receives; $data "yes" when the edition sends it any.
notice-recipient-added =
    { $data ->
        [yes]
            { $voice ->
                [we] { $text0 } now receives { $text1 } from us.
               *[third] { $text0 } now receives { $text1 } from { $controller }.
            }
       *[no]
            { $voice ->
                [we] { $text0 } is now among the recipients of your information.
               *[third] { $text0 } is now among the recipients of the User's information.
            }
    }
## $text0 the grounds (recipient-when, joined with "or").
notice-transfer-when = , { $text0 }
## $text0 the data, $text1 the recipient, $text2 notice-transfer-when or
## nothing; $also "yes" when the data was already sent on other grounds.
notice-transfer-added =
    { $also ->
        [yes]
            { $voice ->
                [we] We now also send { $text0 } to { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } now also send { $text0 } to { $text1 }{ $text2 }.
                       *[one] { $controller } now also sends { $text0 } to { $text1 }{ $text2 }.
                    }
            }
       *[no]
            { $voice ->
                [we] We now send { $text0 } to { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } now send { $text0 } to { $text1 }{ $text2 }.
                       *[one] { $controller } now sends { $text0 } to { $text1 }{ $text2 }.
                    }
            }
    }
## $text1 what the disclosures now are (disclosure-*, joined with "and").
notice-recipient-sold =
    { $voice ->
        [we] Disclosing your personal information to { $text0 } is now { $text1 } under US state privacy laws.
       *[third] Disclosing the User's personal information to { $text0 } is now { $text1 } under US state privacy laws.
    }
## $text0 the data sent, $text1 the recipient, $text2 what sending it now is
## (disclosure-*, joined with "and").
notice-transfer-sold =
    { $voice ->
        [we] Sending { $text0 } to { $text1 } is now { $text2 } under US state privacy laws.
       *[third] Sending { $text0 } to { $text1 } is now { $text2 } under US state privacy laws.
    }
## $text0 the data sent, $text1 the recipient, $text2 what sending it no
## longer is (disclosure-*, joined with "and").
notice-transfer-not-sold =
    { $voice ->
        [we] Sending { $text0 } to { $text1 } is no longer { $text2 } under US state privacy laws.
       *[third] Sending { $text0 } to { $text1 } is no longer { $text2 } under US state privacy laws.
    }
## $text0 the commitment's sentence in the previous edition, in quotes.
notice-commitment-removed =
    { $voice ->
        [we] We no longer make this commitment: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } no longer make this commitment: { $text0 }
               *[one] { $controller } no longer makes this commitment: { $text0 }
            }
    }
## $text0 the provider, in quotes.
## A tracker's provider, changed: $text0 the tracker's label, $text1 its
## provider now; $recipient yes when the provider is a declared recipient.
notice-tracker-provided-by =
    { $recipient ->
        [yes]
            { $voice ->
                [we] { $text0 } is now provided by { $text1 }, one of the recipients of your information that the policy lists.
               *[third] { $text0 } is now provided by { $text1 }, one of the recipients of the User's information that the policy lists.
            }
       *[no] { $text0 } is now provided by { $text1 }.
    }
notice-tracker-provider = , provided by { $text0 }
## $text1 notice-tracker-provider or nothing, $text2 recipient-for-purposes
## or nothing.
notice-tracker-added =
    { $voice ->
        [we] We now use { $text0 }{ $text1 }, which stores or reads information on your device{ $text2 }.
       *[third]
            { $controllers ->
                [several] { $controller } now use { $text0 }{ $text1 }, which stores or reads information on the User's device{ $text2 }.
               *[one] { $controller } now uses { $text0 }{ $text1 }, which stores or reads information on the User's device{ $text2 }.
            }
    }
change-SPECIAL_CONDITION_LOOSENED =
    { $voice ->
        [we] A purpose now processes special categories of personal information without your explicit consent, where before it needed it.
       *[third] A purpose now processes special categories of personal information without the user's explicit consent, where before it needed it.
    }
change-SPECIAL_CONDITION_TIGHTENED =
    { $voice ->
        [we] A purpose now processes special categories of personal information only with your explicit consent.
       *[third] A purpose now processes special categories of personal information only with the user's explicit consent.
    }
change-SPECIAL_CONDITION_CHANGED = The condition under which a purpose processes special categories of personal information is stated differently; it needs no consent either.
change-DATA_DETAILED = A part of a data category already collected is now named on its own; no new information is collected.
change-DATA_DETAIL_DROPPED = A part of a data category is no longer named on its own; the category it is part of is still collected.
change-OPT_OUT_LINK_REMOVED = The policy no longer gives a link at its top to opt out of the sale or sharing of personal information, or to limit the use of sensitive personal information.
change-OPT_OUT_LINK_ADDED = The policy now gives a link at its top to opt out of the sale or sharing of personal information, or to limit the use of sensitive personal information.
change-OPT_OUT_LINK_CHANGED = A link at the top of the policy to opt out or to limit has another address.
change-DPO_REMOVED = The policy no longer gives the contact of a data protection officer.
change-DPO_ADDED = The policy now gives the contact of a data protection officer.
change-DPO_CHANGED = The data protection officer is reached at another contact.
change-REPRESENTATIVE_REMOVED = The policy no longer names the controller's representative in the EU or in the UK.
change-REPRESENTATIVE_ADDED = The policy now names the controller's representative in the EU or in the UK.
change-REPRESENTATIVE_CHANGED = The controller's representative in the EU or in the UK is named with another address.
# notice-reworded
## The change notice's group of free text changed (issue 18 item 8): policyc
## does not check what such a provision says, so the reader is asked to
## read each one in full. notice-reworded-now and -dropped follow the
## kind's message (change-KIND): $text0 the provisions' texts, whole, each
## in quotes.
notice-reworded =
    { $voice ->
        [we] We have reworded these provisions; read them in full
       *[third] These provisions are reworded; read them in full
    }
notice-reworded-now = In the new edition: { $text0 }
notice-reworded-dropped = No longer stated: { $text0 }
## $text0 the old label, $text1 the new one, each in quotes.
notice-reworded-label = { $text0 } is now called { $text1 }.
notice-reworded-tracker = What the policy says of { $text0 } is worded differently.
# notice-details
## The change notice's own words for a change of one detail, naming what
## changes and its values (issue 18 item 8). $text0 is a label in quotes
## unless said otherwise.
## $text1 how long the tracker lasts now, $text2 before (a duration,
## notice-tracker-session or notice-tracker-no-lifetime).
notice-tracker-lifetime = { $text0 } now lasts { $text1 }; before, it lasted { $text2 }.
notice-tracker-session = until the browser or app is closed
notice-tracker-no-lifetime = for a time the policy does not state
## $text1 the category now, $text2 before, each in quotes.
notice-tracker-category = { $text0 } is now in the category { $text1 }, instead of { $text2 }.
## $party "first" or "third": who sets the tracker now.
notice-tracker-party =
    { $party ->
        [first]
            { $voice ->
                [we] We now set { $text0 } ourselves, instead of a third party.
               *[third] { $controller } now sets { $text0 }, instead of a third party.
            }
       *[third] { $text0 } is now set by a third party.
    }
## $text1 the purposes, in quotes; $added "yes" for purposes now served.
notice-tracker-serves =
    { $added ->
        [yes] { $text0 } now also serves { $text1 }.
       *[no] { $text0 } no longer serves { $text1 }.
    }
## $text1 the data categories, in quotes; $added "yes" for data now
## collected.
notice-tracker-collects =
    { $added ->
        [yes] { $text0 } now also collects { $text1 }.
       *[no] { $text0 } no longer collects { $text1 }.
    }
## $text0 the new edition's rule for when a new edition takes effect
## (takes-effect-*), a sentence.
notice-takes-effect = The policy now says: { $text0 }
notice-takes-effect-unstated = The policy no longer says when a new edition takes effect.
## $text0 the right's name (notice-right-*); $stated which of the times
## are stated: "both", "new", "old"; $new and $old the durations.
notice-deadline =
    { $stated ->
        [both] Requests under the { $text0 } are now answered within { $new }; before, within { $old }.
        [new] Requests under the { $text0 } are now answered within { $new }; no time was stated before.
        [old] Requests under the { $text0 } no longer have a stated time to be answered; before, within { $old }.
       *[none] The time within which requests under the { $text0 } are answered is stated differently.
    }
## $text0 the measure's or obligation's text, whole, in quotes.
notice-security-added = A new security measure protects the information: { $text0 }
notice-security-removed = This security measure is no longer stated: { $text0 }
notice-obligation-added =
    { $voice ->
        [we] You now have this obligation: { $text0 }
       *[third] The User now has this obligation: { $text0 }
    }
notice-obligation-removed =
    { $voice ->
        [we] You no longer have this obligation: { $text0 }
       *[third] The User no longer has this obligation: { $text0 }
    }
## $text0 the signal (trackers-signal-*); $stance what the new edition
## says of it: "honoured", "ignored" or "unstated".
notice-signal =
    { $stance ->
        [honoured] The signal { $text0 } sent by a browser is now honoured.
        [ignored] The policy now says that the signal { $text0 } sent by a browser is not acted on.
       *[unstated] The policy no longer says whether the signal { $text0 } sent by a browser is acted on.
    }
## $text0 the recipient, $text1 the mechanism (mechanism-*); $stated "no"
## when the new edition names none.
notice-mechanism =
    { $stated ->
        [yes] Transfers to { $text0 } now rest on { $text1 }.
       *[no] Transfers to { $text0 } no longer rest on an adequacy decision or appropriate safeguards.
    }
## $stated which ages are stated: "both", "new", "old"; $new and $old
## the ages in years.
notice-minimum-age =
    { $stated ->
        [both] The minimum age to use the service is now { $new } years; before, it was { $old }.
        [new] The minimum age to use the service is now { $new } years; none was stated before.
        [old] The policy no longer states a minimum age to use the service; before, it was { $old } years.
       *[none] The minimum age to use the service is stated differently.
    }
## The stance on children: $audience, $new and $old
## general, mixed or children; $stated yes or no; knowingly: yes, no or
## unstated; $text0 how a parent's consent is obtained, in quotes;
## parent rights: $text0 the rights (children-parent-right-*), $added yes or no.
notice-children-stance =
    { $stated ->
        [yes] The policy now states its stance on children: the service { $audience ->
                [general] is not directed to children
                [mixed] is directed to a general audience that includes children
               *[children] is directed to children
            }.
       *[no] The policy no longer states its stance on children, nor the limits and a parent's rights it stated; it said that the service { $audience ->
                [general] is not directed to children
                [mixed] is directed to a general audience that includes children
               *[children] is directed to children
            }.
    }
notice-children-audience =
    The service is now directed to { $new ->
        [general] a general audience, not to children
        [mixed] a general audience that includes children
       *[children] children
    }; before, it was directed to { $old ->
        [general] a general audience, not to children
        [mixed] a general audience that includes children
       *[children] children
    }.
notice-children-knowingly =
    { $new ->
        [yes] The policy now says that personal information is knowingly collected from children
        [no] The policy now says that personal information is not knowingly collected from children
       *[unstated] The policy no longer says whether personal information is knowingly collected from children
    }; { $old ->
        [yes] before, it said that it was
        [no] before, it said that it was not
       *[unstated] before, it did not say
    }.
notice-children-parental-consent =
    { $stated ->
        [yes] The policy now states how the consent of a parent or guardian is obtained: { $text0 }
       *[no] The policy no longer states how the consent of a parent or guardian is obtained; it said: { $text0 }
    }
notice-parent-rights =
    { $added ->
        [yes] A parent or guardian can now { $text0 }.
       *[no] A parent or guardian can no longer { $text0 }.
    }
## A change said in its kind's words (change-KIND, $text1), with what it
## is about: $text0 the label of the category, purpose, recipient,
## tracker, decision, controller or section, in quotes.
notice-about = About { $text0 }: { $text1 }
## $text0 a right's name (notice-right-*).
notice-about-right = About the { $text0 }: { $text1 }
notice-tracker-removed = { $text0 } is no longer used.
## $text0 the commitment's sentence in the new edition, in quotes.
notice-commitment-added = The policy now makes this commitment: { $text0 }
## A shorter notice of a change: $new the notice now ($stated "no" when
## none is stated), $old the one before.
notice-notice-shortened =
    { $stated ->
        [yes] A change is now announced { $new } before it takes effect; before, { $old }.
       *[no] The policy no longer states how long before it takes effect a change is announced; before, { $old }.
    }
