# Die eigenen Worte von policyc, auf Deutsch. Die Begriffe sind die der
# deutschen Fassung der DSGVO (Verantwortlicher, Einwilligung, berechtigtes
# Interesse, Auftragsverarbeiter). Die Anrede in `voice we_you` ist "Sie";
# in der dritten Person ist der Nutzer "die betroffene Person" (Art. 4 Nr. 1),
# die ohne Genus der Person auskommt.

## Aufzählungen: das Wort vor dem letzten Glied ("A, B und C").

list-and = und
list-or = oder

## Zeiträume: $unit ist die Einheit (day, week, month, year), $amount die
## Zahl, wie sie erscheint, $count dieselbe Zahl für die Pluralregeln.

duration =
    { $unit ->
        [day]
            { $count ->
                [one] { $amount } Tag
               *[other] { $amount } Tage
            }
        [week]
            { $count ->
                [one] { $amount } Woche
               *[other] { $amount } Wochen
            }
        [month]
            { $count ->
                [one] { $amount } Monat
               *[other] { $amount } Monate
            }
       *[year]
            { $count ->
                [one] { $amount } Jahr
               *[other] { $amount } Jahre
            }
    }

## Daten: $day und $month sind Zahlen, $year das Jahr, wie es erscheint.

date =
    { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }

## Rechtsgrundlagen (Art. 6 Abs. 1, Art. 9 Abs. 2 lit. a DSGVO).

basis-consent =
    { $voice ->
        [we] Ihre Einwilligung
       *[third] die Einwilligung der betroffenen Person
    }
basis-explicit_consent =
    { $voice ->
        [we] Ihre ausdrückliche Einwilligung
       *[third] die ausdrückliche Einwilligung der betroffenen Person
    }
basis-contract =
    { $voice ->
        [we] die Verarbeitung ist für die Erfüllung eines Vertrags mit Ihnen erforderlich
       *[third] die Verarbeitung ist für die Erfüllung eines Vertrags mit der betroffenen Person erforderlich
    }
basis-legal_obligation =
    { $voice ->
        [we] die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der wir unterliegen
       *[third] die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung von { $controller } erforderlich
    }
basis-vital_interests =
    { $voice ->
        [we] die Verarbeitung ist erforderlich, um lebenswichtige Interessen von Ihnen oder einer anderen natürlichen Person zu schützen
       *[third] die Verarbeitung ist erforderlich, um lebenswichtige Interessen der betroffenen Person oder einer anderen natürlichen Person zu schützen
    }
basis-public_task = die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt
basis-legitimate_interest =
    { $voice ->
        [we] unsere berechtigten Interessen
       *[third] die berechtigten Interessen von { $controller }
    }

## Rechte, als Überschriften.

right-access = Auskunftsrecht
right-rectification = Recht auf Berichtigung
right-erasure = Recht auf Löschung
right-restriction = Recht auf Einschränkung der Verarbeitung
right-portability = Recht auf Datenübertragbarkeit
right-objection = Widerspruchsrecht
right-withdraw_consent = Recht auf Widerruf der Einwilligung
right-complaint = Recht auf Beschwerde bei einer Aufsichtsbehörde
right-opt_out_sale_share = Recht auf Widerspruch gegen Verkauf und Weitergabe
right-limit_sensitive = Recht auf Beschränkung der Nutzung sensibler personenbezogener Informationen
right-know = Recht auf Information
right-appeal = Recht auf Einspruch
right-non_discrimination = Recht auf Nichtdiskriminierung

## Besondere Kategorien personenbezogener Daten (Art. 9 Abs. 1 DSGVO).

special-racial_or_ethnic_origin = Daten, aus denen die rassische und ethnische Herkunft hervorgeht
special-political_opinions = Daten, aus denen politische Meinungen hervorgehen
special-religious_beliefs = Daten, aus denen religiöse oder weltanschauliche Überzeugungen hervorgehen
special-trade_union_membership = Daten, aus denen die Gewerkschaftszugehörigkeit hervorgeht
special-genetic = genetische Daten
special-biometric = biometrische Daten zur eindeutigen Identifizierung einer natürlichen Person
special-health = Gesundheitsdaten
special-sex_life = Daten zum Sexualleben oder der sexuellen Orientierung

## Wie Nutzer von einer Änderung erfahren.

notify-on_website = durch Veröffentlichung der neuen Fassung auf der Website des Dienstes
notify-by_email = per E-Mail
notify-in_service = durch einen Hinweis im Dienst
