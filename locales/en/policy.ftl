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

## Lists: the word before the last entry ("A, B and C").

list-and = and
list-or = or

## Durations: $unit is the time unit's keyword (day, week, month, year),
## $amount the number as the reader sees it, $count the same number, which
## the language's plural rules read.

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
