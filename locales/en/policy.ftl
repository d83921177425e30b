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
        [we] the processing is necessary to comply with a legal obligation of us
       *[third] the processing is necessary to comply with a legal obligation of { $controller }
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
        [we] We may change this Policy unilaterally.
       *[third] { $controller } may change this Policy unilaterally.
    }
authority-agreement =
    { $voice ->
        [we] We may change this Policy only with your agreement.
       *[third] { $controller } may change this Policy only with the User's agreement.
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
        [we] You may ask whether personal information about you is processed, and obtain access to it and a copy of it.
       *[third] The User may ask whether personal information about the User is processed, and obtain access to it and a copy of it.
    }
right-rectification-meaning =
    { $voice ->
        [we] You may have inaccurate personal information corrected and incomplete personal information completed.
       *[third] The User may have inaccurate personal information corrected and incomplete personal information completed.
    }
right-erasure-meaning =
    { $voice ->
        [we] You may have personal information erased.
       *[third] The User may have personal information erased.
    }
right-restriction-meaning =
    { $voice ->
        [we] You may have the processing of personal information restricted.
       *[third] The User may have the processing of personal information restricted.
    }
right-portability-meaning =
    { $voice ->
        [we] You may receive the personal information you have provided in a structured, commonly used and machine-readable format, and have it transmitted to another controller.
       *[third] The User may receive the personal information the User has provided in a structured, commonly used and machine-readable format, and have it transmitted to another controller.
    }
right-objection-meaning =
    { $voice ->
        [we] You may object to the processing of personal information that is based on legitimate interests.
       *[third] The User may object to the processing of personal information that is based on legitimate interests.
    }
right-withdraw_consent-meaning =
    { $voice ->
        [we] You may withdraw consent given to processing that is based on consent.
       *[third] The User may withdraw consent given to processing that is based on consent.
    }
right-complaint-meaning =
    { $voice ->
        [we] You may lodge a complaint with a data protection supervisory authority.
       *[third] The User may lodge a complaint with a data protection supervisory authority.
    }
right-opt_out_sale_share-meaning =
    { $voice ->
        [we] You may direct us not to sell or share personal information about you.
       *[third] The User may direct { $controller } not to sell or share personal information about the User.
    }
right-limit_sensitive-meaning =
    { $voice ->
        [we] You may direct us to limit the use and disclosure of sensitive personal information about you to the purposes the law permits.
       *[third] The User may direct { $controller } to limit the use and disclosure of sensitive personal information about the User to the purposes the law permits.
    }
right-know-meaning =
    { $voice ->
        [we] You may ask what personal information about you is collected, used and disclosed, and to whom.
       *[third] The User may ask what personal information about the User is collected, used and disclosed, and to whom.
    }
right-appeal-meaning =
    { $voice ->
        [we] You may appeal a refusal to act on a request about your rights.
       *[third] The User may appeal a refusal to act on a request about the User's rights.
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
