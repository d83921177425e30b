# Die eigenen Worte von policyc, auf Deutsch. Die Begriffe sind die der
# deutschen Fassung der DSGVO (Verantwortlicher, Einwilligung, berechtigtes
# Interesse, Auftragsverarbeiter). Die Anrede in `voice we_you` ist "Sie";
# in der dritten Person ist der Nutzer "die betroffene Person" (Art. 4 Nr. 1),
# die ohne Genus der Person auskommt.

## Aufzählungen: das Wort vor dem letzten Glied ("A, B und C").

list-and = und
list-or = oder

## Zeiträume: $unit ist die Einheit (day, week, month, year), $amount die
## Zahl, wie sie erscheint, $count dieselbe Zahl für die Pluralregeln, $case
## der Kasus ("dative" nach "von", "mit"; sonst "plain").

duration =
    { $unit ->
        [day]
            { $count ->
                [one] { $amount } Tag
               *[other]
                    { $case ->
                        [dative] { $amount } Tagen
                       *[plain] { $amount } Tage
                    }
            }
        [week]
            { $count ->
                [one] { $amount } Woche
               *[other]
                    { $case ->
                        [dative] { $amount } Wochen
                       *[plain] { $amount } Wochen
                    }
            }
        [month]
            { $count ->
                [one] { $amount } Monat
               *[other]
                    { $case ->
                        [dative] { $amount } Monaten
                       *[plain] { $amount } Monate
                    }
            }
       *[year]
            { $count ->
                [one] { $amount } Jahr
               *[other]
                    { $case ->
                        [dative] { $amount } Jahren
                       *[plain] { $amount } Jahre
                    }
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
right-rectification =
    { $law ->
        [us] Recht auf Berichtigung
       *[other] Recht auf Berichtigung
    }
right-erasure =
    { $law ->
        [us] Recht auf Löschung
       *[other] Recht auf Löschung
    }
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
right-automated_decisions = Recht, keiner automatisierten Entscheidung unterworfen zu werden

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

## Übermittlungsgründe, als Nebensatz nach "nur, wenn".

ground-consent =
    { $voice ->
        [we] Sie in die Übermittlung eingewilligt haben
       *[third] die betroffene Person in die Übermittlung eingewilligt hat
    }
ground-consent-processor =
    { $voice ->
        [we] Sie in die Verarbeitung eingewilligt haben, die er für uns durchführt
       *[third] die betroffene Person in die Verarbeitung eingewilligt hat, die er für { $controller } durchführt
    }
ground-contract =
    { $voice ->
        [we] die Übermittlung für die Erfüllung eines Vertrags mit Ihnen erforderlich ist
       *[third] die Übermittlung für die Erfüllung eines Vertrags mit der betroffenen Person erforderlich ist
    }
ground-legal_obligation = die Übermittlung gesetzlich vorgeschrieben ist
ground-rights_protection =
    { $voice ->
        [we] die Übermittlung zum Schutz der Rechte und berechtigten Interessen von uns oder anderen Personen erforderlich ist
       *[third] die Übermittlung zum Schutz der Rechte und berechtigten Interessen von { $controller } oder anderen Personen erforderlich ist
    }
ground-business_transfer = die Übermittlung im Rahmen eines Verkaufs oder einer anderen Übertragung des Unternehmens erfolgt
ground-depersonalized_statistics = die Informationen anonymisiert wurden und als statistische Daten übermittelt werden
ground-business_purpose = die Informationen einem Dienstleister für einen Geschäftszweck offengelegt werden, aufgrund eines Vertrags, der seine Verwendung der Informationen beschränkt
ground-business_purpose-service_provider = die Informationen für einen Geschäftszweck offengelegt werden

## Arten von Empfängern, nach "Art des Empfängers:".

recipient-third_party = Dritter
recipient-processor =
    { $voice ->
        [we] Auftragsverarbeiter, der auf unsere Weisung handelt
       *[third] Auftragsverarbeiter, der auf Weisung von { $controller } handelt
    }
recipient-acquirer = Erwerber des Unternehmens
recipient-authority = Behörde
recipient-service_provider =
    { $voice ->
        [we] Dienstleister, der für unsere Geschäftszwecke aufgrund eines Vertrags verarbeitet, der seine Verwendung der Informationen beschränkt
       *[third] Dienstleister, der für die Geschäftszwecke von { $controller } aufgrund eines Vertrags verarbeitet, der seine Verwendung der Informationen beschränkt
    }
recipient-affiliate =
    { $voice ->
        [we] Unternehmen unserer Gruppe
       *[third] Unternehmen der Gruppe von { $controller }
    }
recipient-advertising = Werbepartner
recipient-analytics = Analyseanbieter
recipient-data_broker = Datenhändler
recipient-social_network = soziales Netzwerk
recipient-payment = Zahlungsdienstleister
recipient-other_users = andere Nutzer des Dienstes
recipient-public = die Öffentlichkeit

## Was eine Offenlegung nach US-Recht der Bundesstaaten ist.

disclosure-sale = ein Verkauf personenbezogener Informationen
disclosure-share = eine Weitergabe personenbezogener Informationen für kontextübergreifende verhaltensbasierte Werbung
disclosure-targeted_advertising = eine Verarbeitung personenbezogener Informationen für gezielte Werbung

## Herkunft: die Einleitung der Liste der Kategorien einer Herkunft und der
## Satz über eine Kategorie.

source-user =
    { $voice ->
        [we] Sie stellen die folgenden personenbezogenen Daten bereit:
       *[third] Die betroffene Person stellt die folgenden personenbezogenen Daten bereit:
    }
source-user-sentence =
    { $voice ->
        [we] Sie stellen diese Daten bereit.
       *[third] Die betroffene Person stellt diese Daten bereit.
    }
source-device =
    { $voice ->
        [we] Ihr Gerät übermittelt automatisch die folgenden personenbezogenen Daten:
       *[third] Das Gerät der betroffenen Person übermittelt automatisch die folgenden personenbezogenen Daten:
    }
source-device-sentence =
    { $voice ->
        [we] Ihr Gerät übermittelt diese Daten automatisch.
       *[third] Das Gerät der betroffenen Person übermittelt diese Daten automatisch.
    }
source-derived =
    { $voice ->
        [we] Wir leiten die folgenden personenbezogenen Daten aus anderen Daten ab:
       *[third]
            { $controllers ->
                [several] { $controller } leiten die folgenden personenbezogenen Daten aus anderen Daten ab:
               *[one] { $controller } leitet die folgenden personenbezogenen Daten aus anderen Daten ab:
            }
    }
source-derived-sentence = Diese Daten werden aus anderen Daten abgeleitet.
source-third_party =
    { $voice ->
        [we] Wir erhalten die folgenden personenbezogenen Daten von Dritten:
       *[third]
            { $controllers ->
                [several] { $controller } erhalten die folgenden personenbezogenen Daten von Dritten:
               *[one] { $controller } erhält die folgenden personenbezogenen Daten von Dritten:
            }
    }
source-third_party-sentence = Diese Daten stammen von Dritten.

## Wie der Nutzer die Datenschutzerklärung annimmt.

acceptance-by_use =
    { $voice ->
        [we] Mit der Nutzung des Dienstes akzeptieren Sie diese Datenschutzerklärung und die darin festgelegten Bedingungen der Verarbeitung.
       *[third] Mit der Nutzung des Dienstes akzeptiert die betroffene Person diese Datenschutzerklärung und die darin festgelegten Bedingungen der Verarbeitung.
    }
acceptance-by_explicit_agreement =
    { $voice ->
        [we] Sie akzeptieren diese Datenschutzerklärung, indem Sie ihr ausdrücklich zustimmen.
       *[third] Die betroffene Person akzeptiert diese Datenschutzerklärung, indem sie ihr ausdrücklich zustimmt.
    }

## Wer die Datenschutzerklärung ändern darf.

authority-unilateral =
    { $voice ->
        [we] Wir können diese Datenschutzerklärung einseitig ändern.
       *[third]
            { $controllers ->
                [several] { $controller } können diese Datenschutzerklärung einseitig ändern.
               *[one] { $controller } kann diese Datenschutzerklärung einseitig ändern.
            }
    }
authority-agreement =
    { $voice ->
        [we] Wir können diese Datenschutzerklärung nur mit Ihrer Zustimmung ändern.
       *[third]
            { $controllers ->
                [several] { $controller } können diese Datenschutzerklärung nur mit Zustimmung der betroffenen Person ändern.
               *[one] { $controller } kann diese Datenschutzerklärung nur mit Zustimmung der betroffenen Person ändern.
            }
    }

## Wann eine neue Fassung in Kraft tritt: $stated ist "yes", wenn eine
## Ankündigungsfrist genannt ist, $notice diese Frist (im Dativ).

takes-effect-on_publication = Eine neue Fassung dieser Datenschutzerklärung tritt mit ihrer Veröffentlichung in Kraft.
takes-effect-after_notice =
    { $stated ->
        [yes] Eine neue Fassung dieser Datenschutzerklärung tritt nach Ablauf der Ankündigungsfrist von { $notice } in Kraft.
       *[no] Eine neue Fassung dieser Datenschutzerklärung tritt nach Ablauf der Ankündigungsfrist in Kraft.
    }

## Aufbewahrung: ein Zeitraum als Ende von "aufbewahrt …" ($text0 ist das
## Ereignis, ein Text der Quelle), und wie alternative Zeiträume sich verbinden.

period-for = für { $duration } ab { $text0 }
period-until = bis { $text0 }
period-law = so lange, wie das Gesetz es verlangt
retention-first = je nachdem, was zuerst eintritt
retention-last = je nachdem, was zuletzt eintritt

## Was ein Recht der betroffenen Person erlaubt, für ein Recht ohne eigene Beschreibung.

right-access-meaning =
    { $voice ->
        [we] Sie können Auskunft darüber verlangen, ob Sie betreffende personenbezogene Daten verarbeitet werden, und Zugang zu ihnen sowie eine Kopie erhalten.
       *[third] Die betroffene Person kann Auskunft darüber verlangen, ob sie betreffende personenbezogene Daten verarbeitet werden, und Zugang zu ihnen sowie eine Kopie erhalten.
    }
right-rectification-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Sie können unrichtige personenbezogene Daten über Sie berichtigen lassen.
               *[third] Die betroffene Person kann unrichtige personenbezogene Daten über sie berichtigen lassen.
            }
       *[other]
            { $voice ->
                [we] Sie können unrichtige personenbezogene Daten berichtigen und unvollständige personenbezogene Daten vervollständigen lassen.
               *[third] Die betroffene Person kann unrichtige personenbezogene Daten berichtigen und unvollständige personenbezogene Daten vervollständigen lassen.
            }
    }
right-erasure-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Sie können personenbezogene Daten über Sie löschen lassen.
               *[third] Die betroffene Person kann personenbezogene Daten über sie löschen lassen.
            }
       *[other]
            { $voice ->
                [we] Sie können personenbezogene Daten löschen lassen.
               *[third] Die betroffene Person kann personenbezogene Daten löschen lassen.
            }
    }
right-restriction-meaning =
    { $voice ->
        [we] Sie können die Verarbeitung personenbezogener Daten einschränken lassen.
       *[third] Die betroffene Person kann die Verarbeitung personenbezogener Daten einschränken lassen.
    }
right-portability-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Sie können die personenbezogenen Daten, die Sie bereitgestellt haben, in einem übertragbaren und leicht nutzbaren Format erhalten, um sie einem anderen Unternehmen zu übermitteln.
               *[third] Die betroffene Person kann die personenbezogenen Daten, die sie bereitgestellt hat, in einem übertragbaren und leicht nutzbaren Format erhalten, um sie einem anderen Unternehmen zu übermitteln.
            }
       *[other]
            { $voice ->
                [we] Sie können die personenbezogenen Daten, die Sie bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und einem anderen Verantwortlichen übermitteln lassen.
               *[third] Die betroffene Person kann die personenbezogenen Daten, die sie bereitgestellt hat, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und einem anderen Verantwortlichen übermitteln lassen.
            }
    }
right-objection-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Sie können der Verarbeitung personenbezogener Daten widersprechen, die wir in unserem eigenen Interesse vornehmen.
               *[third]
                    { $controllers ->
                        [several] Die betroffene Person kann der Verarbeitung personenbezogener Daten widersprechen, die { $controller } im eigenen Interesse vornehmen.
                       *[one] Die betroffene Person kann der Verarbeitung personenbezogener Daten widersprechen, die { $controller } im eigenen Interesse vornimmt.
                    }
            }
       *[other]
            { $voice ->
                [we] Sie können der Verarbeitung personenbezogener Daten widersprechen, die auf berechtigten Interessen beruht.
               *[third] Die betroffene Person kann der Verarbeitung personenbezogener Daten widersprechen, die auf berechtigten Interessen beruht.
            }
    }
right-withdraw_consent-meaning =
    { $voice ->
        [we] Sie können eine Einwilligung in eine Verarbeitung, die auf einer Einwilligung beruht, widerrufen.
       *[third] Die betroffene Person kann eine Einwilligung in eine Verarbeitung, die auf einer Einwilligung beruht, widerrufen.
    }
right-complaint-meaning =
    { $voice ->
        [we] Sie können Beschwerde bei einer Datenschutz-Aufsichtsbehörde einlegen.
       *[third] Die betroffene Person kann Beschwerde bei einer Datenschutz-Aufsichtsbehörde einlegen.
    }
right-opt_out_sale_share-meaning =
    { $voice ->
        [we] Sie können uns anweisen, personenbezogene Informationen über Sie nicht zu verkaufen oder weiterzugeben.
       *[third] Die betroffene Person kann { $controller } anweisen, personenbezogene Informationen über sie nicht zu verkaufen oder weiterzugeben.
    }
right-limit_sensitive-meaning =
    { $voice ->
        [we] Sie können uns anweisen, die Nutzung und Offenlegung sensibler personenbezogener Informationen über Sie auf die gesetzlich zulässigen Zwecke zu beschränken.
       *[third] Die betroffene Person kann { $controller } anweisen, die Nutzung und Offenlegung sensibler personenbezogener Informationen über sie auf die gesetzlich zulässigen Zwecke zu beschränken.
    }
right-know-meaning =
    { $voice ->
        [we] Sie können erfragen, welche personenbezogenen Informationen über Sie erhoben, verwendet und offengelegt werden, und an wen.
       *[third] Die betroffene Person kann erfragen, welche personenbezogenen Informationen über sie erhoben, verwendet und offengelegt werden, und an wen.
    }
right-appeal-meaning =
    { $voice ->
        [we] Sie können gegen die Ablehnung eines Antrags zu Ihren Rechten Einspruch einlegen.
       *[third] Die betroffene Person kann gegen die Ablehnung eines Antrags zu ihren Rechten Einspruch einlegen.
    }
right-non_discrimination-meaning =
    { $voice ->
        [we] Sie werden wegen der Ausübung Ihrer Rechte nicht benachteiligt.
       *[third] Die betroffene Person wird wegen der Ausübung ihrer Rechte nicht benachteiligt.
    }
right-automated_decisions-meaning =
    { $voice ->
        [we] Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt, es sei denn, sie ist für einen Vertrag mit Ihnen erforderlich, durch Rechtsvorschriften zulässig oder beruht auf Ihrer ausdrücklichen Einwilligung.
       *[third] Die betroffene Person hat das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden, die ihr gegenüber rechtliche Wirkung entfaltet oder sie in ähnlicher Weise erheblich beeinträchtigt, es sei denn, sie ist für einen Vertrag mit ihr erforderlich, durch Rechtsvorschriften zulässig oder beruht auf ihrer ausdrücklichen Einwilligung.
    }

## Zwecke, Weitergabe und Speicherdauer (render/processing.rs): $text0… sind
## Listen von Kategorien oder Gründen, die Bezeichnung eines Zwecks, ein
## Interesse oder eine Garantie wie geschrieben, ein Land, ein Link oder die
## Worte eines Schlüsselworts.

purposes-intro =
    { $voice ->
        [we] Wir verarbeiten personenbezogene Daten nur für die folgenden Zwecke:
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten personenbezogene Daten nur für die folgenden Zwecke:
               *[one] { $controller } verarbeitet personenbezogene Daten nur für die folgenden Zwecke:
            }
    }
purpose-uses = Verwendete Daten: { $text0 }
purpose-basis = Rechtsgrundlage: { $text0 }.
purpose-basis-interest = Rechtsgrundlage: { $text0 }; das verfolgte Interesse ist: { $text1 }

## Unter den Begriffen der US-Datenschutzgesetze der Bundesstaaten, die keine
## Rechtsgrundlage verlangen: die angegebene Grundlage eines Zwecks als
## einfacher Satz (purpose-done-GRUNDLAGE); $text0 ist das verfolgte
## Interesse, wie angegeben, mit seinem Punkt.

purpose-done-consent =
    { $voice ->
        [we] Wir tun dies mit Ihrer Einwilligung.
       *[third]
            { $controllers ->
                [several] { $controller } tun dies mit der Einwilligung der betroffenen Person.
               *[one] { $controller } tut dies mit der Einwilligung der betroffenen Person.
            }
    }

purpose-done-explicit_consent =
    { $voice ->
        [we] Wir tun dies mit Ihrer ausdrücklichen Einwilligung.
       *[third]
            { $controllers ->
                [several] { $controller } tun dies mit der ausdrücklichen Einwilligung der betroffenen Person.
               *[one] { $controller } tut dies mit der ausdrücklichen Einwilligung der betroffenen Person.
            }
    }

purpose-done-contract =
    { $voice ->
        [we] Wir tun dies, um unseren Vertrag mit Ihnen zu erfüllen.
       *[third]
            { $controllers ->
                [several] { $controller } tun dies, um den Vertrag mit der betroffenen Person zu erfüllen.
               *[one] { $controller } tut dies, um den Vertrag mit der betroffenen Person zu erfüllen.
            }
    }

purpose-done-legal_obligation =
    { $voice ->
        [we] Wir tun dies, um eine rechtliche Verpflichtung zu erfüllen.
       *[third]
            { $controllers ->
                [several] { $controller } tun dies, um eine rechtliche Verpflichtung zu erfüllen.
               *[one] { $controller } tut dies, um eine rechtliche Verpflichtung zu erfüllen.
            }
    }

purpose-done-vital_interests =
    { $voice ->
        [we] Wir tun dies, um lebenswichtige Interessen von Ihnen oder einer anderen Person zu schützen.
       *[third]
            { $controllers ->
                [several] { $controller } tun dies, um lebenswichtige Interessen der betroffenen Person oder einer anderen Person zu schützen.
               *[one] { $controller } tut dies, um lebenswichtige Interessen der betroffenen Person oder einer anderen Person zu schützen.
            }
    }

purpose-done-public_task =
    { $voice ->
        [we] Wir tun dies, um eine Aufgabe zu erfüllen, die im öffentlichen Interesse liegt.
       *[third]
            { $controllers ->
                [several] { $controller } tun dies, um eine Aufgabe zu erfüllen, die im öffentlichen Interesse liegt.
               *[one] { $controller } tut dies, um eine Aufgabe zu erfüllen, die im öffentlichen Interesse liegt.
            }
    }

purpose-done-legitimate_interest =
    { $voice ->
        [we] Wir tun dies in unserem eigenen Interesse.
       *[third]
            { $controllers ->
                [several] { $controller } tun dies im eigenen Interesse.
               *[one] { $controller } tut dies im eigenen Interesse.
            }
    }

purpose-done-legitimate_interest-pursued =
    { $voice ->
        [we] Wir tun dies in unserem eigenen Interesse, nämlich: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } tun dies im eigenen Interesse, nämlich: { $text0 }
               *[one] { $controller } tut dies im eigenen Interesse, nämlich: { $text0 }
            }
    }
purpose-depersonalized = Für diesen Zweck werden nur depersonalisierte Daten verwendet.
purpose-profiling =
    { $voice ->
        [we] Dieser Zweck umfasst Profiling: Wir verwenden die genannten Daten, um persönliche Aspekte, die sich auf Sie beziehen, zu bewerten.
       *[third]
            { $controllers ->
                [several] Dieser Zweck umfasst Profiling: { $controller } verwenden die genannten Daten, um persönliche Aspekte, die sich auf die betroffene Person beziehen, zu bewerten.
               *[one] Dieser Zweck umfasst Profiling: { $controller } verwendet die genannten Daten, um persönliche Aspekte, die sich auf die betroffene Person beziehen, zu bewerten.
            }
    }
purpose-profiling-objection =
    { $voice ->
        [we] Sie können aus Gründen, die sich aus Ihrer besonderen Situation ergeben, gegen dieses Profiling Widerspruch einlegen.
       *[third] Die betroffene Person kann aus Gründen, die sich aus ihrer besonderen Situation ergeben, gegen dieses Profiling Widerspruch einlegen.
    }
sharing-intro =
    { $voice ->
        [we] Wir geben personenbezogene Daten nur an die folgenden Empfänger weiter:
       *[third]
            { $controllers ->
                [several] { $controller } geben personenbezogene Daten nur an die folgenden Empfänger weiter:
               *[one] { $controller } gibt personenbezogene Daten nur an die folgenden Empfänger weiter:
            }
    }
sharing-intro-grounds =
    { $voice ->
        [we] Wir geben personenbezogene Daten nur an die folgenden Empfänger weiter, und nur aus den jeweils genannten Gründen:
       *[third]
            { $controllers ->
                [several] { $controller } geben personenbezogene Daten nur an die folgenden Empfänger weiter, und nur aus den jeweils genannten Gründen:
               *[one] { $controller } gibt personenbezogene Daten nur an die folgenden Empfänger weiter, und nur aus den jeweils genannten Gründen:
            }
    }
recipient-type = Art des Empfängers: { $text0 }
recipient-role = Rolle: { $text0 }
recipient-arrangement =
    { $voice ->
        [we] Das Wesentliche der Vereinbarung zwischen uns und diesem Empfänger: { $text0 }
       *[third] Das Wesentliche der Vereinbarung zwischen { $controller } und diesem Empfänger: { $text0 }
    }
recipient-receives = Dieser Empfänger erhält die folgenden Daten: { $text0 }
# $text0 sind die Gründe (recipient-when, mit "oder" verbunden), $text1 die
# Zwecke (recipient-for-purposes) oder nichts, $text2 die Kategorien.
recipient-receives-when = Dieser Empfänger erhält die folgenden Daten nur, { $text0 }{ $text1 }: { $text2 }
recipient-when = wenn { $text0 }
# $count ist die Zahl der Zwecke in $text0.
recipient-for-purposes =
    { $count ->
        [one] , für den Zweck { $text0 }
       *[other] , für die Zwecke { $text0 }
    }
recipient-bound = Alle Pflichten zur Einhaltung der Bedingungen dieser Datenschutzerklärung gehen auf diesen Empfänger über.
recipient-disclosed = Nach den Datenschutzgesetzen der US-Bundesstaaten ist die Offenlegung personenbezogener Daten an diesen Empfänger { $text0 }
recipient-transfer-disclosed = Nach den Datenschutzgesetzen der US-Bundesstaaten ist die Offenlegung dieser Daten an diesen Empfänger { $text0 }
# Gezielte Werbung ist, wofür die Daten verwendet werden, nicht was eine
# Offenlegung ist: nach den anderen Offenlegungen ($text0) oder allein.
recipient-disclosed-targeted = Nach den Datenschutzgesetzen der US-Bundesstaaten ist die Offenlegung personenbezogener Daten an diesen Empfänger { $text0 }, und die Daten werden für gezielte Werbung verwendet
recipient-targeted = Nach den Datenschutzgesetzen der US-Bundesstaaten werden die personenbezogenen Daten, die diesem Empfänger offengelegt werden, für gezielte Werbung verwendet
recipient-transfer-disclosed-targeted = Nach den Datenschutzgesetzen der US-Bundesstaaten ist die Offenlegung dieser Daten an diesen Empfänger { $text0 }, und die Daten werden für gezielte Werbung verwendet
recipient-transfer-targeted = Nach den Datenschutzgesetzen der US-Bundesstaaten werden diese Daten, sobald sie diesem Empfänger offengelegt sind, für gezielte Werbung verwendet
# Eine Übermittlung, deren einziger Grund `business_purpose` ist: wofür der
# Empfänger die Daten erhält, statt einer Bedingung. $text0 sind die Kategorien.
recipient-receives-business =
    { $voice ->
        [we] Dieser Empfänger erhält die folgenden Daten, um sie für unsere Geschäftszwecke zu verarbeiten: { $text0 }
       *[third] Dieser Empfänger erhält die folgenden Daten, um sie für die Geschäftszwecke von { $controller } zu verarbeiten: { $text0 }
    }
# Dasselbe für eine Übermittlung, die ihre Zwecke nennt: $text0 die Zwecke
# ($count), $text1 die Kategorien.
recipient-receives-business-for =
    { $voice ->
        [we]
            { $count ->
                [one] Dieser Empfänger erhält die folgenden Daten, um sie nur für unseren Geschäftszweck { $text0 } zu verarbeiten: { $text1 }
               *[other] Dieser Empfänger erhält die folgenden Daten, um sie nur für unsere Geschäftszwecke { $text0 } zu verarbeiten: { $text1 }
            }
       *[third]
            { $count ->
                [one] Dieser Empfänger erhält die folgenden Daten, um sie nur für den Geschäftszweck { $text0 } von { $controller } zu verarbeiten: { $text1 }
               *[other] Dieser Empfänger erhält die folgenden Daten, um sie nur für die Geschäftszwecke { $text0 } von { $controller } zu verarbeiten: { $text1 }
            }
    }
# Nach recipient-receives-business(-for), für einen Empfänger, dessen Art
# nicht `service_provider` ist: der Grund sagt, dass er einer ist.
recipient-business-contract = Dieser Empfänger erhält sie als Dienstleister, aufgrund eines Vertrags, der seine Verwendung der Informationen beschränkt.
recipient-country = Land: { $text0 }
recipient-safeguard = Garantie für die Übermittlung der Daten: { $text0 }
recipient-safeguard-country = Garantie für die Übermittlung der Daten in dieses Land: { $text0 }
recipient-copy = Wo eine Kopie erhältlich ist: { $text0 }
recipient-mechanism = Übermittlungen von Daten an diesen Empfänger beruhen auf { $text0 }
recipient-mechanism-country = Übermittlungen von Daten in dieses Land beruhen auf { $text0 }
# Eine Ausnahme ($text0) und ihr Fall ($text1).
recipient-derogation = { $text0 }: { $text1 }
retention-kept = Die folgenden Daten werden gespeichert, und zwar { $text0 }: { $text1 }

## Übermittlungsmechanismen (DSGVO Kapitel V), nach "beruhen auf".

mechanism-adequacy = einem Angemessenheitsbeschluss
mechanism-standard_contractual_clauses = Standarddatenschutzklauseln
mechanism-binding_corporate_rules = verbindlichen internen Datenschutzvorschriften
mechanism-code_of_conduct = genehmigten Verhaltensregeln zusammen mit rechtsverbindlichen und durchsetzbaren Verpflichtungen des Empfängers
mechanism-certification = einem genehmigten Zertifizierungsmechanismus zusammen mit rechtsverbindlichen und durchsetzbaren Verpflichtungen des Empfängers
mechanism-derogation = einer Ausnahme für einen bestimmten Fall

## Der Fall einer Ausnahme (DSGVO Art. 49 Abs. 1), nach dem Doppelpunkt.

derogation-explicit_consent =
    { $voice ->
        [we] Sie haben in die Übermittlung ausdrücklich eingewilligt
       *[third] die betroffene Person hat in die Übermittlung ausdrücklich eingewilligt
    }
derogation-contract =
    { $voice ->
        [we] die Übermittlung ist für die Erfüllung eines Vertrags mit Ihnen erforderlich
       *[third] die Übermittlung ist für die Erfüllung eines Vertrags mit der betroffenen Person erforderlich
    }
derogation-public_interest = die Übermittlung ist aus wichtigen Gründen des öffentlichen Interesses notwendig
derogation-legal_claims = die Übermittlung ist zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich
derogation-vital_interests = die Übermittlung ist zum Schutz lebenswichtiger Interessen einer Person erforderlich, die keine Einwilligung geben kann

## Die Rolle eines Empfängers (DSGVO Art. 4 Nr. 7 und 26), nach "Rolle:".

role-independent_controller = eigenständig Verantwortlicher, der selbst über Zwecke und Mittel der Verarbeitung entscheidet
role-joint_controller =
    { $voice ->
        [we] gemeinsam mit uns Verantwortlicher, der mit uns über Zwecke und Mittel der Verarbeitung entscheidet
       *[third] gemeinsam mit { $controller } Verantwortlicher, der mit { $controller } über Zwecke und Mittel der Verarbeitung entscheidet
    }

## Der Abschnitt über die erhobenen Daten (render/collection.rs): $text0 ist
## die Bezeichnung einer Kategorie, eine Liste von Beispielen, die Worte
## einer besonderen oder sensiblen Kategorie oder, wann eine Kategorie
## erhoben wird, wie geschrieben.

collection-personal =
    { $voice ->
        [we] Wir verarbeiten die folgenden personenbezogenen Daten:
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten die folgenden personenbezogenen Daten:
               *[one] { $controller } verarbeitet die folgenden personenbezogenen Daten:
            }
    }
collection-personal-also =
    { $voice ->
        [we] Wir verarbeiten außerdem die folgenden personenbezogenen Daten:
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten außerdem die folgenden personenbezogenen Daten:
               *[one] { $controller } verarbeitet außerdem die folgenden personenbezogenen Daten:
            }
    }
collection-depersonalized =
    { $voice ->
        [we] Wir verarbeiten die folgenden depersonalisierten Daten, die Ihre Identifizierung nicht ermöglichen:
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten die folgenden depersonalisierten Daten, die die Identifizierung der betroffenen Person nicht ermöglichen:
               *[one] { $controller } verarbeitet die folgenden depersonalisierten Daten, die die Identifizierung der betroffenen Person nicht ermöglichen:
            }
    }
collection-depersonalized-also =
    { $voice ->
        [we] Wir verarbeiten außerdem die folgenden depersonalisierten Daten, die Ihre Identifizierung nicht ermöglichen:
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten außerdem die folgenden depersonalisierten Daten, die die Identifizierung der betroffenen Person nicht ermöglichen:
               *[one] { $controller } verarbeitet außerdem die folgenden depersonalisierten Daten, die die Identifizierung der betroffenen Person nicht ermöglichen:
            }
    }
collection-required = Als „erforderlich“ gekennzeichnete Daten müssen angegeben werden, um den Dienst zu nutzen.
collection-optional =
    { $voice ->
        [we] Die Angabe von als „freiwillig“ gekennzeichneten Daten steht Ihnen frei.
       *[third] Die Angabe von als „freiwillig“ gekennzeichneten Daten steht der betroffenen Person frei.
    }
# Die Kennzeichen nach einer Bezeichnung: die Worte in Anführungszeichen oben.
data-required = erforderlich
data-optional = freiwillig
data-part-of = Teil von: { $text0 }
collection-anonymous =
    { $voice ->
        [we] Wir verarbeiten die folgenden anonymen Informationen. Sie sind keine personenbezogenen Daten: Sie beziehen sich auf keine identifizierte oder identifizierbare Person:
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten die folgenden anonymen Informationen. Sie sind keine personenbezogenen Daten: Sie beziehen sich auf keine identifizierte oder identifizierbare Person:
               *[one] { $controller } verarbeitet die folgenden anonymen Informationen. Sie sind keine personenbezogenen Daten: Sie beziehen sich auf keine identifizierte oder identifizierbare Person:
            }
    }
collection-anonymous-also =
    { $voice ->
        [we] Wir verarbeiten außerdem die folgenden anonymen Informationen. Sie sind keine personenbezogenen Daten: Sie beziehen sich auf keine identifizierte oder identifizierbare Person:
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten außerdem die folgenden anonymen Informationen. Sie sind keine personenbezogenen Daten: Sie beziehen sich auf keine identifizierte oder identifizierbare Person:
               *[one] { $controller } verarbeitet außerdem die folgenden anonymen Informationen. Sie sind keine personenbezogenen Daten: Sie beziehen sich auf keine identifizierte oder identifizierbare Person:
            }
    }
# $text0 ist die Methode, die `anonymised_by` angibt, wie geschrieben.
data-anonymised-by = Sie wurden anonymisiert durch: { $text0 }
data-required-by-law = Die Bereitstellung dieser Daten ist gesetzlich vorgeschrieben.
data-required-by-contract = Die Bereitstellung dieser Daten ist vertraglich vorgeschrieben.
data-required-by-entering_contract =
    { $voice ->
        [we] Die Bereitstellung dieser Daten ist für einen Vertragsabschluss mit uns erforderlich.
       *[third] Die Bereitstellung dieser Daten ist für einen Vertragsabschluss mit { $controller } erforderlich.
    }
# $text0 ist, was ohne die Daten folgt, wie `required by` es angibt.
data-if-not-provided = Werden sie nicht bereitgestellt: { $text0 }
data-includes = Diese Daten umfassen:
data-pseudonymized =
    { $voice ->
        [we] Diese Daten sind pseudonymisiert: Sie lassen sich Ihnen nur mithilfe zusätzlicher Informationen zuordnen, die gesondert aufbewahrt werden.
       *[third] Diese Daten sind pseudonymisiert: Sie lassen sich der betroffenen Person nur mithilfe zusätzlicher Informationen zuordnen, die gesondert aufbewahrt werden.
    }
data-combined = Werden diese Daten mit personenbezogenen Daten zusammengeführt, werden die zusammengeführten Daten als personenbezogene Daten behandelt, solange sie zusammengeführt bleiben.
data-special = Diese Daten gehören zu einer besonderen Kategorie personenbezogener Daten: { $text0 }.
data-sensitive = Diese Daten sind sensible personenbezogene Daten nach den Datenschutzgesetzen der US-Bundesstaaten: { $text0 }
data-collected = Diese Daten werden erhoben: { $text0 }
data-examples = Diese Daten bestehen aus: { $text0 }
data-examples-open = Dazu gehören zum Beispiel: { $text0 }

## Sensible personenbezogene Daten nach dem Recht der US-Bundesstaaten,
## nach dem Doppelpunkt von data-sensitive.

sensitive-government_id = eine staatliche Kennung (Sozialversicherungs-, Führerschein-, Ausweis- oder Passnummer)
sensitive-account_credentials = ein Konto-Login oder eine Finanzkonto-, Debitkarten- oder Kreditkartennummer zusammen mit dem Code oder Passwort, das Zugang zum Konto gewährt
sensitive-account_login = ein Konto-Login zusammen mit dem Passwort oder anderen Zugangsdaten, die Zugang zum Konto gewähren
sensitive-financial_account = eine Finanzkonto-, Debitkarten- oder Kreditkartennummer zusammen mit dem Code oder Passwort, das Zugang zum Konto gewährt
sensitive-precise_geolocation = genaue Standortdaten
sensitive-racial_or_ethnic_origin = rassische oder ethnische Herkunft
sensitive-religious_beliefs = religiöse oder weltanschauliche Überzeugungen
sensitive-union_membership = Gewerkschaftszugehörigkeit
sensitive-citizenship_or_immigration = Staatsangehörigkeit oder Einwanderungsstatus
sensitive-communications_content = der Inhalt von Post, E-Mails und Textnachrichten, sofern das Unternehmen nicht deren vorgesehener Empfänger ist
sensitive-genetic = genetische Daten
sensitive-neural = neuronale Daten
sensitive-biometric = biometrische Daten, die zur Identifizierung eines Verbrauchers verarbeitet werden
sensitive-health = Gesundheitsdaten
sensitive-sex_life_or_orientation = Daten zum Sexualleben oder zur sexuellen Orientierung

## Die Kategorien personenbezogener Daten des CCPA (Cal. Civ. Code
## §1798.140(v)(1)(A)–(L)): die erste Spalte der kalifornischen Tabelle.

ccpa-category-identifiers = Kennungen
ccpa-category-customer_records = In Cal. Civ. Code §1798.80(e) beschriebene personenbezogene Daten (Kundendaten)
ccpa-category-protected_classifications = Merkmale geschützter Gruppen nach kalifornischem oder US-Bundesrecht
ccpa-category-commercial_information = Geschäftliche Daten
ccpa-category-biometric_information = Biometrische Daten
ccpa-category-internet_activity = Daten über Aktivitäten im Internet oder in anderen elektronischen Netzen
ccpa-category-geolocation_data = Standortdaten
ccpa-category-sensory_information = Akustische, elektronische, visuelle, thermische, olfaktorische oder ähnliche Daten
ccpa-category-professional_information = Berufliche oder beschäftigungsbezogene Daten
ccpa-category-education_information = Bildungsdaten, die keine öffentlich zugänglichen personenbezogenen Daten im Sinne des Family Educational Rights and Privacy Act sind
ccpa-category-inferences = Aus personenbezogenen Daten gezogene Schlussfolgerungen, um ein Profil eines Verbrauchers zu erstellen, das seine Vorlieben, Eigenschaften, psychologischen Tendenzen, Neigungen, sein Verhalten, seine Einstellungen, seine Intelligenz, seine Fähigkeiten und Begabungen widerspiegelt
ccpa-category-sensitive = Sensible personenbezogene Daten

## Der Untertitel des Dokuments: $version wie geschrieben, $date in Worten.

document-subtitle = Version { $version }, gültig ab { $date }
## The line under the title, for an edition that gives the date it was
## published (`published DATE "URL"`).
document-subtitle-published = Version { $version }, veröffentlicht am { $published }, gültig ab { $date }
# $text0 ist der Link, den `do_not_sell` im Kopf angibt.
document-do-not-sell = Meine personenbezogenen Daten nicht verkaufen oder weitergeben: { $text0 }
# $text0 ist der Link, den `limit_sensitive_link` im Kopf angibt.
document-limit-sensitive = Die Verwendung meiner sensiblen personenbezogenen Daten einschränken: { $text0 }

## Abschnittsüberschriften.

section-general = Allgemeine Bestimmungen
section-commitments =
    { $voice ->
        [we] Unsere Zusagen
       *[third] Zusagen von { $controller }
    }
section-collection = Erhobene Daten
section-purposes = Zwecke der Verarbeitung
section-sharing = Weitergabe von Daten
section-retention = Speicherdauer
section-trackers = Cookies und ähnliche Technologien
section-decisions = Automatisierte Entscheidungen
section-rights =
    { $voice ->
        [we] Ihre Rechte
       *[third] Rechte der betroffenen Person
    }
section-obligations =
    { $voice ->
        [we] Ihre Pflichten
       *[third] Pflichten der betroffenen Person
    }
section-security = Sicherheit
section-children = Kinder
section-changes = Änderungen dieser Datenschutzerklärung
section-contact = Veröffentlichung und Kontakt

## Allgemeine Bestimmungen (render/compose.rs). In general-who ist $text0
## der Titel der Erklärung und $text1 der Name des Dienstes.

general-who =
    { $voice ->
        [we]
            { $controllers ->
                [several] { $text0 } (die „Datenschutzerklärung“) legt dar, wie { $controller } („wir“, „uns“) personenbezogene Daten über Sie als Nutzer von { $text1 } (der „Dienst“) verarbeiten.
               *[one] { $text0 } (die „Datenschutzerklärung“) legt dar, wie { $controller } („wir“, „uns“) personenbezogene Daten über Sie als Nutzer von { $text1 } (der „Dienst“) verarbeitet.
            }
       *[third]
            { $controllers ->
                [several] { $text0 } (die „Datenschutzerklärung“) legt dar, wie { $controller } personenbezogene Daten über die Nutzer (jeweils die „betroffene Person“) von { $text1 } (der „Dienst“) verarbeiten.
               *[one] { $text0 } (die „Datenschutzerklärung“) legt dar, wie { $controller } personenbezogene Daten über die Nutzer (jeweils die „betroffene Person“) von { $text1 } (der „Dienst“) verarbeitet.
            }
    }
general-controller =
    { $law ->
        [us]
            { $voice ->
                [we] Wir sind das für diese Verarbeitung verantwortliche Unternehmen.
               *[third]
                    { $controllers ->
                        [several] { $controller } sind die für diese Verarbeitung verantwortlichen Unternehmen.
                       *[one] { $controller } ist das für diese Verarbeitung verantwortliche Unternehmen.
                    }
            }
       *[other]
            { $voice ->
                [we] Wir sind der für diese Verarbeitung Verantwortliche.
               *[third]
                    { $controllers ->
                        [several] { $controller } sind die für diese Verarbeitung Verantwortlichen.
                       *[one] { $controller } ist der für diese Verarbeitung Verantwortliche.
                    }
            }
    }
# $text0 ist die Adresse der Website, ein Link.
general-website = Die Website des Dienstes ist { $text0 }.
# $text0 ist, was `scope` im Kopf sagt, ein Satz aus der Quelle.
general-scope = Diese Datenschutzerklärung gilt für { $text0 }
# $text0 ist die Liste der Vereinbarungen, die `part_of` nennt.
general-part-of = Diese Datenschutzerklärung ist Bestandteil von { $text0 }.
# $text0 ist das Recht, das `governing_law` nennt, ein Satz aus der Quelle.
general-law =
    { $voice ->
        [we] Wir verarbeiten personenbezogene Daten in Übereinstimmung mit { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten personenbezogene Daten in Übereinstimmung mit { $text0 }
               *[one] { $controller } verarbeitet personenbezogene Daten in Übereinstimmung mit { $text0 }
            }
    }

## Wie Nutzer über eine Änderung informiert werden (render/compose.rs):
## $text0 ist die Liste der Wege, $duration die Ankündigungsfrist.

changes-notify-by =
    { $voice ->
        [we] Wir informieren Sie { $text0 } über eine Änderung.
       *[third]
            { $controllers ->
                [several] { $controller } informieren die betroffene Person { $text0 } über eine Änderung.
               *[one] { $controller } informiert die betroffene Person { $text0 } über eine Änderung.
            }
    }
changes-notify-before =
    { $voice ->
        [we] Wir informieren Sie mindestens { $duration } vor ihrem Inkrafttreten über eine Änderung.
       *[third]
            { $controllers ->
                [several] { $controller } informieren die betroffene Person mindestens { $duration } vor ihrem Inkrafttreten über eine Änderung.
               *[one] { $controller } informiert die betroffene Person mindestens { $duration } vor ihrem Inkrafttreten über eine Änderung.
            }
    }
changes-notify-by-before =
    { $voice ->
        [we] Wir informieren Sie { $text0 } mindestens { $duration } vor ihrem Inkrafttreten über eine Änderung.
       *[third]
            { $controllers ->
                [several] { $controller } informieren die betroffene Person { $text0 } mindestens { $duration } vor ihrem Inkrafttreten über eine Änderung.
               *[one] { $controller } informiert die betroffene Person { $text0 } mindestens { $duration } vor ihrem Inkrafttreten über eine Änderung.
            }
    }

## Veröffentlichung und Kontakt (render/compose.rs): $text0 ist eine
## Adresse (ein Link) oder, was der Block `controller` angibt.

contact-published = Die aktuelle Fassung dieser Datenschutzerklärung ist unter { $text0 } veröffentlicht.
contact-questions =
    { $voice ->
        [we] Fragen und Anmerkungen zu dieser Datenschutzerklärung können Sie uns unter { $text0 } senden.
       *[third] Fragen und Anmerkungen zu dieser Datenschutzerklärung kann die betroffene Person an { $controller } unter { $text0 } senden.
    }
contact-address =
    { $voice ->
        [we] Unsere Postanschrift lautet: { $text0 }
       *[third] Die Postanschrift von { $controller } lautet: { $text0 }
    }
contact-country =
    { $voice ->
        [we] Unser Sitz: { $text0 }
       *[third] Sitz von { $controller }: { $text0 }
    }
contact-dpo =
    { $voice ->
        [we] Unseren Datenschutzbeauftragten erreichen Sie unter: { $text0 }
       *[third] Den Datenschutzbeauftragten von { $controller } erreicht die betroffene Person unter: { $text0 }
    }
contact-no-dpo =
    { $voice ->
        [we] Wir haben keinen Datenschutzbeauftragten benannt: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } haben keinen Datenschutzbeauftragten benannt: { $text0 }
               *[one] { $controller } hat keinen Datenschutzbeauftragten benannt: { $text0 }
            }
    }
contact-eu-representative =
    { $voice ->
        [we] Unser Vertreter in der Europäischen Union ist: { $text0 }
       *[third] Der Vertreter von { $controller } in der Europäischen Union ist: { $text0 }
    }
contact-uk-representative =
    { $voice ->
        [we] Unser Vertreter im Vereinigten Königreich ist: { $text0 }
       *[third] Der Vertreter von { $controller } im Vereinigten Königreich ist: { $text0 }
    }

## Der Verweis auf die Bedingungen, der für `contractual` markierte
## Klauseln steht (render/terms.rs): $text0 ist der Name des Dienstes oder
## die Liste der Vereinbarungen, die `part_of` nennt.

terms-lead = Bedingungen.
terms-of-service = Vertragliche Regelungen zu diesen Punkten sind nicht Teil dieser Datenschutzerklärung; sie finden sich in den Nutzungsbedingungen von { $text0 }.
terms-in-agreements = Vertragliche Regelungen zu diesen Punkten sind nicht Teil dieser Datenschutzerklärung; sie finden sich in { $text0 }.

## Zusagen (render/commitments.rs): $text0 ist der Name eines Gebiets
## (commitment-area-…).

commitment-never_sell =
    { $voice ->
        [we] Wir verkaufen Ihre personenbezogenen Daten nicht.
       *[third]
            { $controllers ->
                [several] { $controller } verkaufen die personenbezogenen Daten der betroffenen Person nicht.
               *[one] { $controller } verkauft die personenbezogenen Daten der betroffenen Person nicht.
            }
    }
commitment-never_sell_sensitive =
    { $voice ->
        [we] Wir verkaufen Ihre sensiblen personenbezogenen Daten nicht.
       *[third]
            { $controllers ->
                [several] { $controller } verkaufen die sensiblen personenbezogenen Daten der betroffenen Person nicht.
               *[one] { $controller } verkauft die sensiblen personenbezogenen Daten der betroffenen Person nicht.
            }
    }
commitment-never_share =
    { $voice ->
        [we] Wir geben Ihre personenbezogenen Daten nicht für kontextübergreifende verhaltensbasierte Werbung weiter und verarbeiten sie nicht für gezielte Werbung.
       *[third]
            { $controllers ->
                [several] { $controller } geben die personenbezogenen Daten der betroffenen Person nicht für kontextübergreifende verhaltensbasierte Werbung weiter und verarbeiten sie nicht für gezielte Werbung.
               *[one] { $controller } gibt die personenbezogenen Daten der betroffenen Person nicht für kontextübergreifende verhaltensbasierte Werbung weiter und verarbeitet sie nicht für gezielte Werbung.
            }
    }
commitment-no_third_party_sharing =
    { $voice ->
        [we] Wir geben Ihre personenbezogenen Daten an keine Dritten weiter; nur wer sie in unserem Auftrag verarbeitet, erhält sie, es sei denn, ein Gesetz verlangt ihre Offenlegung.
       *[third]
            { $controllers ->
                [several] { $controller } geben die personenbezogenen Daten der betroffenen Person an keine Dritten weiter; nur wer sie in ihrem Auftrag verarbeitet, erhält sie, es sei denn, ein Gesetz verlangt ihre Offenlegung.
               *[one] { $controller } gibt die personenbezogenen Daten der betroffenen Person an keine Dritten weiter; nur wer sie im Auftrag von { $controller } verarbeitet, erhält sie, es sei denn, ein Gesetz verlangt ihre Offenlegung.
            }
    }
commitment-no_targeted_advertising =
    { $voice ->
        [we] Wir verarbeiten Ihre personenbezogenen Daten nicht für gezielte Werbung.
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten die personenbezogenen Daten der betroffenen Person nicht für gezielte Werbung.
               *[one] { $controller } verarbeitet die personenbezogenen Daten der betroffenen Person nicht für gezielte Werbung.
            }
    }
commitment-no_transfers_outside =
    { $voice ->
        [we] Wir übermitteln Ihre personenbezogenen Daten nicht an Empfänger außerhalb { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } übermitteln die personenbezogenen Daten der betroffenen Person nicht an Empfänger außerhalb { $text0 }.
               *[one] { $controller } übermittelt die personenbezogenen Daten der betroffenen Person nicht an Empfänger außerhalb { $text0 }.
            }
    }
commitment-not_directed_to_children =
    { $voice ->
        [we] Unser Dienst richtet sich nicht an Kinder.
       *[third] Der Dienst von { $controller } richtet sich nicht an Kinder.
    }
commitment-no_automated_decisions =
    { $voice ->
        [we] Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.
       *[third]
            { $controllers ->
                [several] { $controller } treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen.
               *[one] { $controller } trifft keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen.
            }
    }
commitment-area-eea = des Europäischen Wirtschaftsraums
commitment-area-uk = des Vereinigten Königreichs
commitment-area-south_africa = Südafrikas

## Der Abschnitt über Cookies und ähnliche Technologien (render/trackers.rs).

trackers-intro =
    { $voice ->
        [we] Wir verwenden die nachstehenden Cookies und ähnlichen Technologien, die Informationen auf Ihrem Endgerät speichern oder von dort auslesen.
       *[third]
            { $controllers ->
                [several] { $controller } verwenden die nachstehenden Cookies und ähnlichen Technologien, die Informationen auf dem Endgerät der betroffenen Person speichern oder von dort auslesen.
               *[one] { $controller } verwendet die nachstehenden Cookies und ähnlichen Technologien, die Informationen auf dem Endgerät der betroffenen Person speichern oder von dort auslesen.
            }
    }
trackers-consent =
    { $voice ->
        [we] Wir verwenden die Technologien, die nicht unbedingt erforderlich sind, nur mit Ihrer Einwilligung.
       *[third]
            { $controllers ->
                [several] { $controller } verwenden die Technologien, die nicht unbedingt erforderlich sind, nur mit Einwilligung der betroffenen Person.
               *[one] { $controller } verwendet die Technologien, die nicht unbedingt erforderlich sind, nur mit Einwilligung der betroffenen Person.
            }
    }
trackers-table = Jede Technologie, wer sie setzt, wozu sie dient und wie lange sie bestehen bleibt:
trackers-column-name = Name
trackers-column-technology = Technologie
trackers-column-set_by = Gesetzt von
trackers-column-category = Kategorie
trackers-column-lifetime = Speicherdauer
trackers-column-information = Daten
trackers-column-purposes = Zwecke
trackers-signal-dnt = Do Not Track
trackers-signal-gpc = Global Privacy Control (GPC)
trackers-signal-honoured =
    { $voice ->
        [we] Wir beachten Signale von { $text0 }, die Ihr Browser sendet.
       *[third]
            { $controllers ->
                [several] { $controller } beachten Signale von { $text0 }, die der Browser der betroffenen Person sendet.
               *[one] { $controller } beachtet Signale von { $text0 }, die der Browser der betroffenen Person sendet.
            }
    }
trackers-signal-ignored =
    { $voice ->
        [we] Wir reagieren nicht auf Signale von { $text0 }, die Ihr Browser sendet.
       *[third]
            { $controllers ->
                [several] { $controller } reagieren nicht auf Signale von { $text0 }, die der Browser der betroffenen Person sendet.
               *[one] { $controller } reagiert nicht auf Signale von { $text0 }, die der Browser der betroffenen Person sendet.
            }
    }
trackers-set-by-provider = { $text0 } (Drittanbieter)
trackers-set-by-third = Drittanbieter
trackers-set-by-us-with = { $controller }, mit { $text0 }
trackers-set-by-us = { $controller }
trackers-session = Sitzung

## Arten und Kategorien von Trackern, als Zelle der Tabelle.

tracker-kind-cookie = Cookie
tracker-kind-local_storage = Lokaler Speicher
tracker-kind-pixel = Pixel
tracker-kind-sdk = SDK
tracker-kind-fingerprinting = Fingerprinting
tracker-category-strictly_necessary = Unbedingt erforderlich
tracker-category-preferences = Präferenzen
tracker-category-analytics = Analyse
tracker-category-marketing = Marketing

## Der Abschnitt über Kinder (render/children.rs).

children-audience-general = { $text0 } richtet sich nicht an Kinder.
children-audience-mixed = { $text0 } richtet sich an ein allgemeines Publikum, zu dem auch Kinder gehören.
children-audience-children = { $text0 } richtet sich an Kinder.
children-minimum-age =
    { $consent ->
        [yes] Personen unter { $age } Jahren dürfen { $text0 } nur mit Einwilligung eines Elternteils oder Erziehungsberechtigten nutzen.
       *[no] Personen unter { $age } Jahren dürfen { $text0 } nicht nutzen.
    }
children-children =
    { $stated ->
        [yes] Kindern unter { $age } Jahren
       *[no] Kindern
    }
children-knowingly =
    { $collects ->
        [yes]
            { $voice ->
                [we] Wir erheben wissentlich personenbezogene Daten von { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } erheben wissentlich personenbezogene Daten von { $text0 }.
                       *[one] { $controller } erhebt wissentlich personenbezogene Daten von { $text0 }.
                    }
            }
        [parental]
            { $voice ->
                [we] Wir erheben wissentlich personenbezogene Daten von { $text0 } nur mit Einwilligung eines Elternteils oder Erziehungsberechtigten.
               *[third]
                    { $controllers ->
                        [several] { $controller } erheben wissentlich personenbezogene Daten von { $text0 } nur mit Einwilligung eines Elternteils oder Erziehungsberechtigten.
                       *[one] { $controller } erhebt wissentlich personenbezogene Daten von { $text0 } nur mit Einwilligung eines Elternteils oder Erziehungsberechtigten.
                    }
            }
        [consent]
            { $voice ->
                [we] Wir erheben ohne Einwilligung eines Elternteils oder Erziehungsberechtigten nicht wissentlich personenbezogene Daten von { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } erheben ohne Einwilligung eines Elternteils oder Erziehungsberechtigten nicht wissentlich personenbezogene Daten von { $text0 }.
                       *[one] { $controller } erhebt ohne Einwilligung eines Elternteils oder Erziehungsberechtigten nicht wissentlich personenbezogene Daten von { $text0 }.
                    }
            }
       *[no]
            { $voice ->
                [we] Wir erheben nicht wissentlich personenbezogene Daten von { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } erheben nicht wissentlich personenbezogene Daten von { $text0 }.
                       *[one] { $controller } erhebt nicht wissentlich personenbezogene Daten von { $text0 }.
                    }
            }
    }
children-parental-consent =
    { $voice ->
        [we] Wir holen die Einwilligung eines Elternteils oder Erziehungsberechtigten wie folgt ein: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } holen die Einwilligung eines Elternteils oder Erziehungsberechtigten wie folgt ein: { $text0 }
               *[one] { $controller } holt die Einwilligung eines Elternteils oder Erziehungsberechtigten wie folgt ein: { $text0 }
            }
    }
children-parent-rights = Ein Elternteil oder Erziehungsberechtigter kann { $text0 }.
children-parent-right-review = die von seinem Kind erhobenen personenbezogenen Daten einsehen
children-parent-right-delete = die von seinem Kind erhobenen personenbezogenen Daten löschen lassen
children-parent-right-refuse_further_collection = die weitere Erhebung oder Verwendung der personenbezogenen Daten seines Kindes untersagen
children-sale-opt-in = Die ausdrückliche Zustimmung zum Verkauf oder zur Weitergabe der personenbezogenen Informationen eines Verbrauchers unter 16 Jahren (von 13 bis 15 Jahren seine eigene, unter 13 Jahren die eines Elternteils oder Erziehungsberechtigten) wird wie folgt eingeholt: { $text0 }

## Der Abschnitt über automatisierte Entscheidungen (render/decisions.rs),
## in den Worten von Art. 13 Abs. 2 lit. f und Art. 22 DSGVO.

decisions-none =
    { $voice ->
        [we] Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.
       *[third]
            { $controllers ->
                [several] { $controller } treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen.
               *[one] { $controller } trifft keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen.
            }
    }
decisions-intro =
    { $voice ->
        [we] Wir treffen die folgenden ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen:
       *[third]
            { $controllers ->
                [several] { $controller } treffen die folgenden ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen:
               *[one] { $controller } trifft die folgenden ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen:
            }
    }
decisions-uses = Verwendete Daten: { $text0 }
decisions-logic = Die involvierte Logik: { $text0 }
decisions-significance =
    { $voice ->
        [we] Die Tragweite und die angestrebten Auswirkungen für Sie: { $text0 }
       *[third] Die Tragweite und die angestrebten Auswirkungen für die betroffene Person: { $text0 }
    }
decisions-basis-explicit_consent =
    { $voice ->
        [we] Diese Entscheidung wird getroffen, weil Sie ausdrücklich darin eingewilligt haben.
       *[third] Diese Entscheidung wird getroffen, weil die betroffene Person ausdrücklich darin eingewilligt hat.
    }
decisions-basis-contract =
    { $voice ->
        [we] Diese Entscheidung wird getroffen, weil sie für den Abschluss oder die Erfüllung eines Vertrags zwischen Ihnen und uns erforderlich ist.
       *[third] Diese Entscheidung wird getroffen, weil sie für den Abschluss oder die Erfüllung eines Vertrags zwischen der betroffenen Person und { $controller } erforderlich ist.
    }
decisions-basis-law =
    { $stated ->
        [yes] Diese Entscheidung wird getroffen, weil sie aufgrund von Rechtsvorschriften zulässig ist: { $text0 }
       *[no] Diese Entscheidung wird getroffen, weil sie aufgrund von Rechtsvorschriften zulässig ist.
    }
decisions-safeguard-human_review =
    { $voice ->
        [we] Sie können das Eingreifen einer Person unsererseits erwirken: Eine Person überprüft die Entscheidung.
       *[third] Die betroffene Person kann das Eingreifen einer Person seitens { $controller } erwirken: Eine Person überprüft die Entscheidung.
    }
decisions-safeguard-express_view =
    { $voice ->
        [we] Sie können Ihren eigenen Standpunkt zu der Entscheidung darlegen.
       *[third] Die betroffene Person kann ihren eigenen Standpunkt zu der Entscheidung darlegen.
    }
decisions-safeguard-contest =
    { $voice ->
        [we] Sie können die Entscheidung anfechten.
       *[third] Die betroffene Person kann die Entscheidung anfechten.
    }

## Die Tabelle der Zwecke, der Abschnitt nach der Zusammenfassung (render/table.rs).

table-heading = Jeder Zweck auf einen Blick
table-column-purpose = Zweck
table-column-information = Daten
table-column-basis =
    { $law ->
        [us] Grundlage
       *[other] Rechtsgrundlage
    }
table-column-kept = Speicherdauer
table-column-recipients = Empfänger
# Ein Empfänger, der nur einen Teil der Daten des Zwecks erhält
# ($text0 der Empfänger, $text1 die Kategorien, die er erhält).
table-recipient-part = { $text0 } (nur { $text1 })
table-basis-consent = Einwilligung
table-basis-explicit_consent = Ausdrückliche Einwilligung
table-basis-contract = Erfüllung eines Vertrags
table-basis-legal_obligation = Rechtliche Verpflichtung
table-basis-vital_interests = Lebenswichtige Interessen
table-basis-public_task = Aufgabe im öffentlichen Interesse
table-basis-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] Unser Interesse
               *[third] Interesse von { $controller }
            }
       *[other] Berechtigte Interessen
    }

## Die Zusammenfassung am Anfang des Textes (render/summary.rs).

summary-heading = Zusammenfassung
summary-who-lead = Wer verantwortlich ist.
summary-who =
    { $law ->
        [us]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } sind die verantwortlichen Unternehmen für die Daten, die bei Ihrer Nutzung von { $text0 } über Sie verarbeitet werden.
                       *[one] { $controller } ist das verantwortliche Unternehmen für die Daten, die bei Ihrer Nutzung von { $text0 } über Sie verarbeitet werden.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } sind die verantwortlichen Unternehmen für die Daten, die bei der Nutzung von { $text0 } über die betroffene Person verarbeitet werden.
                       *[one] { $controller } ist das verantwortliche Unternehmen für die Daten, die bei der Nutzung von { $text0 } über die betroffene Person verarbeitet werden.
                    }
            }
       *[other]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } sind die Verantwortlichen für die Daten, die bei Ihrer Nutzung von { $text0 } über Sie verarbeitet werden.
                       *[one] { $controller } ist der Verantwortliche für die Daten, die bei Ihrer Nutzung von { $text0 } über Sie verarbeitet werden.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } sind die Verantwortlichen für die Daten, die bei der Nutzung von { $text0 } über die betroffene Person verarbeitet werden.
                       *[one] { $controller } ist der Verantwortliche für die Daten, die bei der Nutzung von { $text0 } über die betroffene Person verarbeitet werden.
                    }
            }
    }
summary-what =
    { $voice ->
        [we] Was wir verarbeiten:
       *[third]
            { $controllers ->
                [several] Was { $controller } verarbeiten:
               *[one] Was { $controller } verarbeitet:
            }
    }
summary-why = Warum:
summary-with-whom = Wer die Daten erhält:
summary-how-long = Wie lange die Daten gespeichert werden:
summary-rights =
    { $voice ->
        [we] Ihre Rechte:
       *[third] Die Rechte der betroffenen Person:
    }
summary-marketing-objection = Jederzeitiges Widerspruchsrecht gegen Direktwerbung
summary-decisions-lead = Automatisierte Entscheidungen.
summary-no-decisions =
    { $voice ->
        [we] Wir treffen keine Entscheidung über Sie, die ausschließlich auf einer automatisierten Verarbeitung beruht.
       *[third]
            { $controllers ->
                [several] { $controller } treffen keine Entscheidung über die betroffene Person, die ausschließlich auf einer automatisierten Verarbeitung beruht.
               *[one] { $controller } trifft keine Entscheidung über die betroffene Person, die ausschließlich auf einer automatisierten Verarbeitung beruht.
            }
    }
summary-decisions = Entscheidungen, die automatisiert getroffen werden:
summary-more =
    { $count ->
        [one] und { $amount } weiterer Eintrag, siehe Abschnitt { $section }
       *[other] und { $amount } weitere, siehe Abschnitt { $section }
    }
summary-table =
    { $law ->
        [us] Jeder Zweck, die dafür verwendeten Daten, seine Grundlage, wie lange diese Daten gespeichert werden und wer sie erhält:
       *[other] Jeder Zweck, die dafür verwendeten Daten, seine Rechtsgrundlage, wie lange diese Daten gespeichert werden und wer sie erhält:
    }

## Der Abschnitt über die Rechte (render/user.rs).

user-marketing =
    { $voice ->
        [we] Sie können der Verwendung Ihrer Daten für Direktwerbung, einschließlich des damit verbundenen Profilings, jederzeit widersprechen: { $text0 }.
       *[third] Die betroffene Person kann der Verwendung ihrer Daten für Direktwerbung, einschließlich des damit verbundenen Profilings, jederzeit widersprechen: { $text0 }.
    }
user-marketing-then =
    { $voice ->
        [we] Wir verwenden sie dann nicht mehr für diesen Zweck.
       *[third]
            { $controllers ->
                [several] { $controller } verwenden sie dann nicht mehr für diesen Zweck.
               *[one] { $controller } verwendet sie dann nicht mehr für diesen Zweck.
            }
    }
user-marketing-lead = Widerspruch gegen Direktwerbung.
user-free-of-charge = Die Ausübung dieser Rechte ist unentgeltlich. Bei offenkundig unbegründeten oder – insbesondere im Fall von häufiger Wiederholung – exzessiven Anträgen kann ein angemessenes Entgelt verlangt oder die Bearbeitung verweigert werden.
user-verification = So wird ein Antrag auf Auskunft, Löschung oder Berichtigung personenbezogener Informationen überprüft: { $text0 }
user-authorized-agents = Anträge über einen bevollmächtigten Vertreter: { $text0 }
# $duration ist die Verlängerung, $text0 ihr Grund, wie der Autor ihn schrieb.
user-extension = Die Frist kann um weitere { $duration } verlängert werden, { $text0 }.
user-extension-told =
    { $voice ->
        [we] Wir unterrichten Sie innerhalb eines Monats nach Eingang des Antrags über eine solche Fristverlängerung, zusammen mit den Gründen für die Verzögerung.
       *[third]
            { $controllers ->
                [several] { $controller } unterrichten die betroffene Person innerhalb eines Monats nach Eingang des Antrags über eine solche Fristverlängerung, zusammen mit den Gründen für die Verzögerung.
               *[one] { $controller } unterrichtet die betroffene Person innerhalb eines Monats nach Eingang des Antrags über eine solche Fristverlängerung, zusammen mit den Gründen für die Verzögerung.
            }
    }
# $named ist "yes", wenn das Recht die Behörden nennt (`via`), sonst "no".
user-complaint-places =
    { $voice ->
        [we]
            { $named ->
                [yes] Sie können sich außerdem bei der Aufsichtsbehörde des Mitgliedstaats der EU oder des EWR Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren.
               *[no] Insbesondere können Sie sich bei der Aufsichtsbehörde des Mitgliedstaats der EU oder des EWR Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren.
            }
       *[third]
            { $named ->
                [yes] Die betroffene Person kann sich außerdem bei der Aufsichtsbehörde des Mitgliedstaats der EU oder des EWR ihres Aufenthaltsorts, ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren.
               *[no] Insbesondere kann sich die betroffene Person bei der Aufsichtsbehörde des Mitgliedstaats der EU oder des EWR ihres Aufenthaltsorts, ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren.
            }
    }
user-answered-within = Ein Antrag auf Ausübung dieses Rechts wird innerhalb von { $duration } beantwortet.
user-exercise =
    { $when ->
        [anytime_via]
            { $voice ->
                [we] Sie können dieses Recht jederzeit { $text0 } ausüben.
               *[third] Die betroffene Person kann dieses Recht jederzeit { $text0 } ausüben.
            }
        [anytime]
            { $voice ->
                [we] Sie können dieses Recht jederzeit ausüben.
               *[third] Die betroffene Person kann dieses Recht jederzeit ausüben.
            }
       *[via]
            { $voice ->
                [we] Sie können dieses Recht { $text0 } ausüben.
               *[third] Die betroffene Person kann dieses Recht { $text0 } ausüben.
            }
    }
user-channel-email = per E-Mail an { $text0 }
user-channel-web = unter { $text0 }
user-channel-other = über { $text0 }
user-complaint =
    { $anytime ->
        [yes]
            { $voice ->
                [we] Sie können jederzeit Beschwerde bei { $text0 } einlegen.
               *[third] Die betroffene Person kann jederzeit Beschwerde bei { $text0 } einlegen.
            }
       *[no]
            { $voice ->
                [we] Sie können Beschwerde bei { $text0 } einlegen.
               *[third] Die betroffene Person kann Beschwerde bei { $text0 } einlegen.
            }
    }

# sources

## Quellen (render/sources.rs, render/collection.rs): die Einleitung der
## Liste der Daten aus öffentlich zugänglichen Quellen, ihr Satz über eine
## Kategorie, und eine benannte Quelle als Satz über eine Kategorie
## ($text0 ist der Name der Quelle, ein Text der Quelle).

source-publicly_available =
    { $voice ->
        [we] Wir erhalten die folgenden personenbezogenen Daten aus öffentlich zugänglichen Quellen:
       *[third]
            { $controllers ->
                [several] { $controller } erhalten die folgenden personenbezogenen Daten aus öffentlich zugänglichen Quellen:
               *[one] { $controller } erhält die folgenden personenbezogenen Daten aus öffentlich zugänglichen Quellen:
            }
    }
source-publicly_available-sentence = Diese Daten stammen aus öffentlich zugänglichen Quellen.
sources-named-third_party = Diese Daten stammen von Dritten: { $text0 }.
sources-named-publicly_available = Diese Daten stammen aus einer öffentlich zugänglichen Quelle: { $text0 }.

## Zusammengeführte Daten (`combine DATA, … "why"`): $text0 ist die Liste
## der Kategorien, $text1 der Zweck, wie der Autor ihn schreibt (die Worte
## nach der Liste: "um ein Kundenprofil zu erstellen").

sources-combined =
    { $voice ->
        [we] Wir führen { $text0 } zusammen, { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } führen { $text0 } zusammen, { $text1 }.
               *[one] { $controller } führt { $text0 } zusammen, { $text1 }.
            }
    }

# permitted uses of sensitive personal information (11 CCR §7027(m))
permitted-use = Sensible personenbezogene Daten werden für diesen Zweck nur so verwendet, wie es das kalifornische Recht ohne ein Recht auf Einschränkung ihrer Verwendung erlaubt: um { $text0 } (11 CCR §7027(m)({ $paragraph })).
permitted-use-requested_services = die Dienste zu erbringen oder die Waren bereitzustellen, die ein Verbraucher, der sie anfordert, vernünftigerweise erwartet
permitted-use-security = Sicherheitsvorfälle zu verhindern, zu erkennen und zu untersuchen
permitted-use-fraud_prevention = böswilligen, täuschenden, betrügerischen oder rechtswidrigen Handlungen entgegenzuwirken
permitted-use-physical_safety = die körperliche Sicherheit von Menschen zu gewährleisten
permitted-use-transient_use = sie kurzfristig und vorübergehend zu verwenden, ohne sie an Dritte weiterzugeben oder daraus ein Profil zu erstellen
permitted-use-business_services = Dienste wie Kontoführung, Kundendienst, Abwicklung von Bestellungen und Zahlungen, Analysen und Speicherung zu erbringen
permitted-use-service_quality = die Qualität oder Sicherheit des Dienstes oder Geräts zu überprüfen, aufrechtzuerhalten oder zu verbessern
permitted-use-no_inference = sie zu erheben oder zu verarbeiten, ohne daraus Merkmale des Verbrauchers abzuleiten

# special
special-condition = Bedingung für die Verarbeitung besonderer Kategorien personenbezogener Daten: { $text0 }.
special-condition-law = Bedingung für die Verarbeitung besonderer Kategorien personenbezogener Daten: { $text0 } (Rechtsgrundlage: { $text1 }).
special-condition-explicit_consent =
    { $voice ->
        [we] Ihre ausdrückliche Einwilligung
       *[third] die ausdrückliche Einwilligung der betroffenen Person
    }
special-condition-employment_law = die Erfüllung von Pflichten und die Ausübung von Rechten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des Sozialschutzes
special-condition-vital_interests =
    { $voice ->
        [we] der Schutz Ihrer lebenswichtigen Interessen oder derer einer anderen Person, die ihre Einwilligung nicht geben kann
       *[third] der Schutz lebenswichtiger Interessen der betroffenen Person oder einer anderen Person, die ihre Einwilligung nicht geben kann
    }
special-condition-not_for_profit = die rechtmäßigen Tätigkeiten einer Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung, bezogen auf ihre Mitglieder, ehemaligen Mitglieder und Personen, die regelmäßige Kontakte mit ihr unterhalten
special-condition-made_public =
    { $voice ->
        [we] Daten, die Sie offensichtlich öffentlich gemacht haben
       *[third] Daten, die die betroffene Person offensichtlich öffentlich gemacht hat
    }
special-condition-legal_claims = die Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen
special-condition-substantial_public_interest = Gründe eines erheblichen öffentlichen Interesses
special-condition-health_care = Gesundheitsvorsorge oder Arbeitsmedizin, medizinische Diagnostik oder die Versorgung oder Behandlung im Gesundheits- oder Sozialbereich
special-condition-public_health = Gründe des öffentlichen Interesses im Bereich der öffentlichen Gesundheit
special-condition-research = im öffentlichen Interesse liegende Archivzwecke, wissenschaftliche oder historische Forschungszwecke oder statistische Zwecke
security-measure-encryption_in_transit = Die Daten werden bei der Übertragung verschlüsselt.
security-measure-encryption_at_rest = Die Daten werden verschlüsselt gespeichert.
security-measure-access_control = Der Zugriff auf die Daten ist auf befugte Personen beschränkt.
security-measure-pseudonymisation = Die Daten werden pseudonymisiert, sodass sie ohne gesondert aufbewahrte zusätzliche Informationen keiner Person mehr zugeordnet werden können.
security-measure-logging = Zugriffe auf die Daten werden protokolliert.
security-measure-testing = Die Sicherheitsmaßnahmen werden überprüft und bewertet.
security-measure-backups = Die Daten werden gesichert, sodass sie nach einem Zwischenfall wiederhergestellt werden können.
security-measure-staff_training = Beschäftigte, die mit den Daten umgehen, werden im Datenschutz geschult.
security-breach-authority =
    { $delay ->
        [undue] Im Fall einer Verletzung des Schutzes personenbezogener Daten wird die zuständige Aufsichtsbehörde unverzüglich nach Bekanntwerden der Verletzung benachrichtigt.
       *[hours] Im Fall einer Verletzung des Schutzes personenbezogener Daten wird die zuständige Aufsichtsbehörde binnen { $hours } { $hours ->
            [one] Stunde
           *[other] Stunden
        } nach Bekanntwerden der Verletzung benachrichtigt.
    }
security-breach-users =
    { $voice ->
        [we]
            { $delay ->
                [undue] Betrifft eine Verletzung des Schutzes personenbezogener Daten Ihre Daten, werden Sie unverzüglich darüber benachrichtigt.
               *[hours] Betrifft eine Verletzung des Schutzes personenbezogener Daten Ihre Daten, werden Sie binnen { $hours } { $hours ->
                    [one] Stunde
                   *[other] Stunden
                } nach Bekanntwerden der Verletzung darüber benachrichtigt.
            }
       *[third]
            { $delay ->
                [undue] Betrifft eine Verletzung des Schutzes personenbezogener Daten die Daten der betroffenen Person, wird die betroffene Person unverzüglich darüber benachrichtigt.
               *[hours] Betrifft eine Verletzung des Schutzes personenbezogener Daten die Daten der betroffenen Person, wird die betroffene Person binnen { $hours } { $hours ->
                    [one] Stunde
                   *[other] Stunden
                } nach Bekanntwerden der Verletzung darüber benachrichtigt.
            }
    }

# languages

# The heading of the table of contents.
document-contents = Inhalt
# The name of this language, in itself, for the links between the languages of a text.
language-name = Deutsch

# events

# A period of $duration from an event named by its keyword ($event, one of the event-from-* messages).
period-for-event = für { $duration } { $event }
# The events named by a keyword: from it, and until it (a whole period).
event-from-collection = ab der Erhebung
event-until-collection = bis zur Erhebung
event-from-last_use = ab der letzten Nutzung
event-until-last_use = bis zur letzten Nutzung
event-from-account_closure = ab der Schließung des Kontos
event-until-account_closure = bis zur Schließung des Kontos
event-from-end_of_contract = ab dem Ende des Vertrags
event-until-end_of_contract = bis zum Ende des Vertrags

# history

# Der Titel einer Seite der Änderungen in einer anderen Sprache als der Quelle: $title ist der Titel der Erklärung, $old und $new die Versionen.
history-changes-title = Änderungen an { $title } von Version { $old } zu Version { $new }
# Die beiden verglichenen Fassungen mit dem Datum, an dem sie jeweils gelten.
history-changes-editions = Version { $old }, gültig ab { $old_date }, und Version { $new }, gültig ab { $new_date }.
# Die Einleitung der Gegenüberstellung: wie viele Sätze gestrichen und eingefügt sind.
history-redline-intro = Der Text der Version { $new } mit den Änderungen gegenüber Version { $old }, Satz für Satz markiert: { $deleted ->
        [one] ein Satz gestrichen
       *[other] { $deleted } Sätze gestrichen
    } und { $inserted ->
        [one] einer eingefügt
       *[other] { $inserted } eingefügt
    }.
history-redline-unchanged = Der Text hat sich nicht geändert.
history-changelog-title = Änderungsverlauf: { $title }
history-changelog-intro = Jede veröffentlichte Fassung der Erklärung in dieser Sprache, die neueste zuerst, mit einem Verweis auf ihren Text, in dem die Änderungen gegenüber der vorherigen Fassung markiert sind.
history-changelog-edition = Version { $version }, gültig ab { $date }
history-changelog-first = Die erste Fassung in dieser Sprache.
history-changelog-redline = Der Text mit den Änderungen gegenüber Version { $old }, markiert

# ligr

## Die Übermittlungsgrundlage des berechtigten Interesses, nach "wenn", und das
## Interesse, das die Richtlinie dafür angibt ($text0 die Grundlage, $text1 das Interesse).

ground-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] die Übermittlung in unserem eigenen Interesse liegt
               *[third] die Übermittlung im eigenen Interesse von { $controller } liegt
            }
       *[other] die Übermittlung zur Wahrung eines berechtigten Interesses erforderlich ist
    }
ground-legitimate_interest-pursued = { $text0 } (das verfolgte Interesse ist: { $text1 })
# notice
## Die Mitteilung über Änderungen (render/notice.rs): was eine neue Fassung
## ändert, in der Anrede der neuen Fassung. $text0, $text1… sind Texte der
## Fassungen (Bezeichnungen in Anführungszeichen, Listen); $date und $since
## sind Daten. notice-right-KIND ist der Name eines Rechts im Satz. Im Titel
## und in der Einleitung ist $text0 der Titel der Erklärung, im Genitiv nach
## „unserer“ oder „der“, wie die Einleitung des Textes sie als „die
## Datenschutzerklärung“ bestimmt (Femininum oder Plural).

notice-quoted = „{ $text0 }“
notice-title =
    { $voice ->
        [we] Änderungen unserer { $text0 }
       *[third] Änderungen der { $text0 } von { $controller }
    }
notice-intro =
    { $voice ->
        [we] Wir haben eine neue Fassung unserer { $text0 } verfasst. Sie tritt am { $date } in Kraft. Im Folgenden erfahren Sie, was sich für Sie ändert und warum.
       *[third]
            { $controllers ->
                [several] { $controller } haben eine neue Fassung der { $text0 } verfasst. Sie tritt am { $date } in Kraft. Im Folgenden steht, was sich für die betroffene Person ändert und warum.
               *[one] { $controller } hat eine neue Fassung der { $text0 } verfasst. Sie tritt am { $date } in Kraft. Im Folgenden steht, was sich für die betroffene Person ändert und warum.
            }
    }
notice-more =
    { $voice ->
        [we] Was sich zu Ihrem Nachteil ändert
       *[third] Was sich zum Nachteil der betroffenen Person ändert
    }
notice-less =
    { $voice ->
        [we] Was sich zu Ihren Gunsten ändert
       *[third] Was sich zugunsten der betroffenen Person ändert
    }
notice-explained = Was nur besser erklärt wird
notice-same-heading =
    { $voice ->
        [we] Was sich für Sie ändert
       *[third] Was sich für die betroffene Person ändert
    }
notice-same = Die neue Fassung ist anders formuliert; sie sagt dasselbe.
notice-when-heading = Wann sie in Kraft tritt
## When the new edition was published (`published DATE "URL"`), said
## before when it takes effect.
notice-published = Die neue Fassung wurde am { $published } veröffentlicht und tritt am { $date } in Kraft. Bis dahin gilt die seit dem { $since } geltende Fassung.
notice-when = Die neue Fassung tritt am { $date } in Kraft. Bis dahin gilt die seit dem { $since } geltende Fassung.
notice-told =
    { $voice ->
        [we] Wir informieren Sie über eine neue Fassung { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } informieren die betroffene Person über eine neue Fassung { $text0 }.
               *[one] { $controller } informiert die betroffene Person über eine neue Fassung { $text0 }.
            }
    }
notice-before = Bis dahin und jederzeit danach:
# $text0 the right's meaning, $text1 how it is exercised (user-exercise).
notice-right-via = { $text0 } { $text1 }
notice-previous = Die bisherige Fassung ist weiterhin abrufbar:
notice-previous-link = die bisherige Fassung
notice-why = { $what } Warum: { $why }
notice-no-period = keine Frist angegeben
notice-data-added =
    { $requirement ->
        [required]
            { $voice ->
                [we] Wir erheben nun { $text0 }; diese Daten müssen Sie angeben.
               *[third]
                    { $controllers ->
                        [several] { $controller } erheben nun { $text0 }; diese Daten muss die betroffene Person angeben.
                       *[one] { $controller } erhebt nun { $text0 }; diese Daten muss die betroffene Person angeben.
                    }
            }
        [optional]
            { $voice ->
                [we] Wir erheben nun { $text0 }; es steht Ihnen frei, diese Daten nicht anzugeben.
               *[third]
                    { $controllers ->
                        [several] { $controller } erheben nun { $text0 }; es steht der betroffenen Person frei, diese Daten nicht anzugeben.
                       *[one] { $controller } erhebt nun { $text0 }; es steht der betroffenen Person frei, diese Daten nicht anzugeben.
                    }
            }
       *[unstated]
            { $voice ->
                [we] Wir erheben nun { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } erheben nun { $text0 }.
                       *[one] { $controller } erhebt nun { $text0 }.
                    }
            }
    }
notice-data-removed =
    { $voice ->
        [we] Wir erheben { $text0 } nicht mehr.
       *[third]
            { $controllers ->
                [several] { $controller } erheben { $text0 } nicht mehr.
               *[one] { $controller } erhebt { $text0 } nicht mehr.
            }
    }
notice-purpose-removed =
    { $voice ->
        [we] Wir verarbeiten Ihre Daten nicht mehr für { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten die Daten der betroffenen Person nicht mehr für { $text0 }.
               *[one] { $controller } verarbeitet die Daten der betroffenen Person nicht mehr für { $text0 }.
            }
    }
notice-recipient-removed =
    { $voice ->
        [we] Wir geben Ihre Daten nicht mehr an { $text0 } weiter.
       *[third]
            { $controllers ->
                [several] { $controller } geben die Daten der betroffenen Person nicht mehr an { $text0 } weiter.
               *[one] { $controller } gibt die Daten der betroffenen Person nicht mehr an { $text0 } weiter.
            }
    }
notice-purpose-added =
    { $voice ->
        [we] Wir verarbeiten Ihre Daten nun für einen neuen Zweck: { $text0 }, mit { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } verarbeiten die Daten der betroffenen Person nun für einen neuen Zweck: { $text0 }, mit { $text1 }.
               *[one] { $controller } verarbeitet die Daten der betroffenen Person nun für einen neuen Zweck: { $text0 }, mit { $text1 }.
            }
    }
notice-uses-added =
    { $parts ->
        [yes]
            { $voice ->
                [we] Für { $text0 } verwenden wir nun { $text1 } vollständig (bisher nur { $text2 }).
               *[third]
                    { $controllers ->
                        [several] Für { $text0 } verwenden { $controller } nun { $text1 } vollständig (bisher nur { $text2 }).
                       *[one] Für { $text0 } verwendet { $controller } nun { $text1 } vollständig (bisher nur { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Für { $text0 } verwenden wir nun { $text1 }.
               *[third]
                    { $controllers ->
                        [several] Für { $text0 } verwenden { $controller } nun { $text1 }.
                       *[one] Für { $text0 } verwendet { $controller } nun { $text1 }.
                    }
            }
    }
notice-uses-removed =
    { $parts ->
        [yes]
            { $voice ->
                [we] Für { $text0 } verwenden wir { $text1 } nicht mehr vollständig (nur noch { $text2 }).
               *[third]
                    { $controllers ->
                        [several] Für { $text0 } verwenden { $controller } { $text1 } nicht mehr vollständig (nur noch { $text2 }).
                       *[one] Für { $text0 } verwendet { $controller } { $text1 } nicht mehr vollständig (nur noch { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Für { $text0 } verwenden wir { $text1 } nicht mehr.
               *[third]
                    { $controllers ->
                        [several] Für { $text0 } verwenden { $controller } { $text1 } nicht mehr.
                       *[one] Für { $text0 } verwendet { $controller } { $text1 } nicht mehr.
                    }
            }
    }
notice-relisted = Die für { $text0 } verwendeten Daten werden anders aufgeführt; es sind dieselben Daten.
notice-retention =
    { $longer ->
        [yes]
            { $voice ->
                [we] Wir speichern { $text0 } nun länger: { $text1 } (bisher: { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } speichern { $text0 } nun länger: { $text1 } (bisher: { $text2 }).
                       *[one] { $controller } speichert { $text0 } nun länger: { $text1 } (bisher: { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Wir speichern { $text0 } nun weniger lange: { $text1 } (bisher: { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } speichern { $text0 } nun weniger lange: { $text1 } (bisher: { $text2 }).
                       *[one] { $controller } speichert { $text0 } nun weniger lange: { $text1 } (bisher: { $text2 }).
                    }
            }
    }
notice-right-added =
    { $voice ->
        [we] Die Datenschutzerklärung erläutert nun Ihr { $text0 }: { $text1 }
       *[third] Die Datenschutzerklärung erläutert nun das { $text0 } der betroffenen Person: { $text1 }
    }
notice-right-removed =
    { $voice ->
        [we] Die Datenschutzerklärung nennt Ihr { $text0 } nicht mehr: { $text1 }
       *[third] Die Datenschutzerklärung nennt das { $text0 } der betroffenen Person nicht mehr: { $text1 }
    }
notice-profiling =
    { $voice ->
        [we] Wir geben nun an, dass { $text0 } ein Profiling umfasst: Wir verwenden Ihre Daten, um persönliche Aspekte zu bewerten, die sich auf Sie beziehen.
       *[third]
            { $controllers ->
                [several] { $controller } geben nun an, dass { $text0 } ein Profiling umfasst: { $controller } verwenden die Daten der betroffenen Person, um persönliche Aspekte zu bewerten, die sich auf sie beziehen.
               *[one] { $controller } gibt nun an, dass { $text0 } ein Profiling umfasst: { $controller } verwendet die Daten der betroffenen Person, um persönliche Aspekte zu bewerten, die sich auf sie beziehen.
            }
    }
notice-direct-marketing =
    { $voice ->
        [we] Wir geben nun an, dass { $text0 } Direktwerbung ist, gegen die Sie jederzeit Widerspruch einlegen können.
       *[third]
            { $controllers ->
                [several] { $controller } geben nun an, dass { $text0 } Direktwerbung ist, gegen die die betroffene Person jederzeit Widerspruch einlegen kann.
               *[one] { $controller } gibt nun an, dass { $text0 } Direktwerbung ist, gegen die die betroffene Person jederzeit Widerspruch einlegen kann.
            }
    }
notice-ccpa-categories-added = Nach kalifornischem Recht zählt { $text0 } nun zu folgenden Kategorien personenbezogener Daten: { $text1 }.
notice-ccpa-categories-removed = Nach kalifornischem Recht zählt { $text0 } nicht mehr zu folgenden Kategorien personenbezogener Daten: { $text1 }.
## $text0 die Bezeichnung einer Datenkategorie; $text1 die Art sensibler
## Daten, die sie nun ist (sensitive-*, in Anführungszeichen), $text2 die frühere.
notice-sensitive-added = { $text0 } gilt nach den Datenschutzgesetzen der US-Bundesstaaten nun als sensible personenbezogene Daten: { $text1 }.
notice-sensitive-changed = { $text0 } wird nun als sensible personenbezogene Daten dieser Art beschrieben: { $text1 }, statt { $text2 }.
notice-sensitive-removed = { $text0 } gilt nach den Datenschutzgesetzen der US-Bundesstaaten nicht mehr als sensible personenbezogene Daten.
notice-examples-open =
    { $voice ->
        [we] Wir geben nun an, dass die für { $text0 } aufgeführten Daten Beispiele sind, keine vollständige Liste.
       *[third]
            { $controllers ->
                [several] { $controller } geben nun an, dass die für { $text0 } aufgeführten Daten Beispiele sind, keine vollständige Liste.
               *[one] { $controller } gibt nun an, dass die für { $text0 } aufgeführten Daten Beispiele sind, keine vollständige Liste.
            }
    }
notice-combined =
    { $voice ->
        [we] Wir behandeln { $text0 } nun als personenbezogene Daten, wenn sie mit personenbezogenen Daten zusammengeführt werden.
       *[third]
            { $controllers ->
                [several] { $controller } behandeln { $text0 } nun als personenbezogene Daten, wenn sie mit personenbezogenen Daten zusammengeführt werden.
               *[one] { $controller } behandelt { $text0 } nun als personenbezogene Daten, wenn sie mit personenbezogenen Daten zusammengeführt werden.
            }
    }
notice-notice =
    { $voice ->
        [we] Wir informieren Sie nun { $duration } vor dem Inkrafttreten über eine Änderung.
       *[third]
            { $controllers ->
                [several] { $controller } informieren die betroffene Person nun { $duration } vor dem Inkrafttreten über eine Änderung.
               *[one] { $controller } informiert die betroffene Person nun { $duration } vor dem Inkrafttreten über eine Änderung.
            }
    }
notice-regimes = Die Datenschutzerklärung nennt nun das Recht, dem sie folgt: { $text0 }.
notice-regime-gdpr = die DSGVO
notice-regime-uk_gdpr = die UK-DSGVO
notice-regime-ccpa = der CCPA
notice-regime-us_state_laws = die Datenschutzgesetze der US-Bundesstaaten
notice-regime-coppa = der COPPA
notice-regime-lgpd = das LGPD
notice-regime-popia = der POPIA
notice-decision-added =
    { $voice ->
        [we] Wir treffen nun eine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung über Sie: { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } treffen nun eine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung über die betroffene Person: { $text0 }.
               *[one] { $controller } trifft nun eine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung über die betroffene Person: { $text0 }.
            }
    }
notice-decision-removed =
    { $voice ->
        [we] Wir treffen diese Entscheidung über Sie nicht mehr ausschließlich automatisiert: { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } treffen diese Entscheidung über die betroffene Person nicht mehr ausschließlich automatisiert: { $text0 }.
               *[one] { $controller } trifft diese Entscheidung über die betroffene Person nicht mehr ausschließlich automatisiert: { $text0 }.
            }
    }
notice-right-access = Auskunftsrecht
notice-right-rectification = Recht auf Berichtigung
notice-right-erasure = Recht auf Löschung
notice-right-restriction = Recht auf Einschränkung der Verarbeitung
notice-right-portability = Recht auf Datenübertragbarkeit
notice-right-objection = Widerspruchsrecht
notice-right-withdraw_consent = Recht auf Widerruf der Einwilligung
notice-right-complaint = Recht auf Beschwerde bei einer Aufsichtsbehörde
notice-right-opt_out_sale_share = Recht auf Widerspruch gegen Verkauf und Weitergabe
notice-right-limit_sensitive = Recht auf Beschränkung der Nutzung sensibler personenbezogener Informationen
notice-right-know = Recht auf Information
notice-right-appeal = Recht auf Einspruch
notice-right-non_discrimination = Recht auf Nichtdiskriminierung
notice-right-automated_decisions = Recht, keiner automatisierten Entscheidung unterworfen zu werden

## Die Worte einer Änderung jeder Art (change-KIND, nach der Kennung in
## src/diff/kind.rs), für eine Änderung ohne eigenen Satz in der Mitteilung.

change-HEADER_CHANGED = Die allgemeinen Angaben zur Datenschutzerklärung sind anders formuliert.
change-PUBLICATION_DATE_CHANGED = Das Veröffentlichungsdatum der Datenschutzerklärung ist anders angegeben.
change-CONTROLLER_ADDED = Ein anderes Unternehmen ist nun der für die Verarbeitung Verantwortliche.
change-CONTROLLER_REMOVED = Das Unternehmen, das Verantwortlicher war, ist für die Verarbeitung nicht mehr verantwortlich.
change-ACCEPTANCE_LOOSENED =
    { $voice ->
        [we] Sie nehmen die Datenschutzerklärung nun mit einem geringeren Schritt an, etwa schon durch die Nutzung des Dienstes.
       *[third] Die betroffene Person nimmt die Datenschutzerklärung nun mit einem geringeren Schritt an, etwa schon durch die Nutzung des Dienstes.
    }
change-ACCEPTANCE_TIGHTENED =
    { $voice ->
        [we] Sie nehmen die Datenschutzerklärung nun mit einem größeren Schritt an, etwa durch ausdrückliche Zustimmung.
       *[third] Die betroffene Person nimmt die Datenschutzerklärung nun mit einem größeren Schritt an, etwa durch ausdrückliche Zustimmung.
    }
change-ACCEPTANCE_RESTATED =
    { $voice ->
        [we] Die Art, wie Sie die Datenschutzerklärung annehmen, ist durch eine gleichwertige ersetzt.
       *[third] Die Art, wie die betroffene Person die Datenschutzerklärung annimmt, ist durch eine gleichwertige ersetzt.
    }
change-CONTACT_UNSTATED = Die Datenschutzerklärung nennt keinen Weg mehr, den Verantwortlichen zu kontaktieren.
change-CONTACT_STATED = Die Datenschutzerklärung nennt nun einen Weg, den Verantwortlichen zu kontaktieren.
change-REGIME_ADDED = Die Datenschutzerklärung gibt nun an, einer weiteren Rechtsordnung zu unterliegen.
change-REGIME_DROPPED = Die Datenschutzerklärung gibt nicht mehr an, einer Rechtsordnung zu unterliegen.
change-VOICE_CHANGED = Der Text spricht den Verantwortlichen und die Leser nun anders an, oder der Verantwortliche steht nun in einer anderen grammatischen Zahl.
change-LABEL_CHANGED = Einige Bezeichnungen von Daten, Zwecken, Empfängern oder Rechten sind anders formuliert.
change-DESCRIPTION_CHANGED = Einige Beschreibungen sind anders formuliert.
change-SHORT_LABEL_CHANGED = Die Kurzbezeichnung einer Datenkategorie oder eines Zwecks, die bei erneuter Erwähnung verwendet wird, wurde angegeben, geändert oder gestrichen.
change-DATA_ADDED = Eine neue Datenkategorie wird erhoben.
change-DATA_REMOVED = Eine Datenkategorie wird nicht mehr erhoben.
change-DATA_SOURCE_FARTHER =
    { $voice ->
        [we] Eine Datenkategorie stammt nun aus einer Quelle, die Ihnen ferner ist.
       *[third] Eine Datenkategorie stammt nun aus einer Quelle, die der betroffenen Person ferner ist.
    }
change-DATA_SOURCE_UNSTATED = Woher eine Datenkategorie stammt, ist nicht mehr angegeben.
change-DATA_SOURCE_STATED = Woher eine Datenkategorie stammt, ist nun angegeben.
change-DATA_SOURCE_NEARER =
    { $voice ->
        [we] Eine Datenkategorie stammt nun aus einer Quelle, die Ihnen näher ist.
       *[third] Eine Datenkategorie stammt nun aus einer Quelle, die der betroffenen Person näher ist.
    }
change-DATA_SOURCE_RESTATED = Die Quelle einer Datenkategorie ist durch eine gleichwertige ersetzt.
change-DATA_MORE_IDENTIFYING =
    { $voice ->
        [we] Eine Datenkategorie identifiziert Sie nun unmittelbarer.
       *[third] Eine Datenkategorie identifiziert die betroffene Person nun unmittelbarer.
    }
change-DATA_LESS_IDENTIFYING =
    { $voice ->
        [we] Eine Datenkategorie identifiziert Sie nun weniger unmittelbar.
       *[third] Eine Datenkategorie identifiziert die betroffene Person nun weniger unmittelbar.
    }
change-DATA_IDENTITY_RESTATED = Wie weit eine Datenkategorie die betroffene Person identifiziert, ist durch eine gleichwertige Angabe ersetzt.
change-DATA_SPECIAL_ADDED = Eine Datenkategorie gehört nun zu den besonderen Kategorien personenbezogener Daten.
change-DATA_SPECIAL_REMOVED = Eine Datenkategorie gehört nicht mehr zu den besonderen Kategorien personenbezogener Daten.
change-DATA_SPECIAL_CHANGED = Eine Datenkategorie gehört zu einer anderen besonderen Kategorie personenbezogener Daten.
change-DATA_SENSITIVE_ADDED = Eine Datenkategorie gilt nach dem Recht von US-Bundesstaaten nun als sensible personenbezogene Information.
change-DATA_SENSITIVE_REMOVED = Eine Datenkategorie gilt nach dem Recht von US-Bundesstaaten nicht mehr als sensible personenbezogene Information.
change-DATA_SENSITIVE_CHANGED = Eine Datenkategorie ist eine sensible personenbezogene Information anderer Art.
change-DATA_CCPA_CATEGORY_STATED = Eine Datenkategorie gibt nun an, zu welchen Kategorien personenbezogener Daten des CCPA sie gehört.
change-DATA_CCPA_CATEGORY_UNSTATED = Eine Datenkategorie gibt nicht mehr an, zu welchen Kategorien personenbezogener Daten des CCPA sie gehört.
change-DATA_CCPA_CATEGORY_ADDED = Eine Datenkategorie gehört nun auch zu einer weiteren Kategorie personenbezogener Daten des CCPA.
change-DATA_CCPA_CATEGORY_REMOVED = Eine Datenkategorie gehört nicht mehr zu einer der Kategorien personenbezogener Daten des CCPA.
change-DATA_EXAMPLES_ADDED = Was eine Datenkategorie umfasst, schließt nun weitere Beispiele ein.
change-DATA_EXAMPLES_REMOVED = Was eine Datenkategorie umfasst, schließt einige Beispiele nicht mehr ein.
change-DATA_EXAMPLES_OPENED = Die Beispiele einer Datenkategorie veranschaulichen sie nun nur.
change-DATA_EXAMPLES_CLOSED = Die Beispiele einer Datenkategorie sind nun ihr ganzer Umfang, nicht mehr nur Veranschaulichungen.
change-DATA_MORE_REQUIRED =
    { $voice ->
        [we] Sie können nun weniger frei entscheiden, ob Sie eine Datenkategorie angeben.
       *[third] Die betroffene Person kann nun weniger frei entscheiden, ob sie eine Datenkategorie angibt.
    }
change-DATA_LESS_REQUIRED =
    { $voice ->
        [we] Sie können nun freier entscheiden, ob Sie eine Datenkategorie angeben.
       *[third] Die betroffene Person kann nun freier entscheiden, ob sie eine Datenkategorie angibt.
    }
change-DATA_REQUIREMENT_RESTATED =
    { $voice ->
        [we] Ob Sie eine Datenkategorie angeben müssen, ist durch eine gleichwertige Angabe ersetzt.
       *[third] Ob die betroffene Person eine Datenkategorie angeben muss, ist durch eine gleichwertige Angabe ersetzt.
    }
change-DATA_COLLECTION_CHANGED = Wann eine Datenkategorie erhoben wird, wurde angegeben, anders formuliert oder gestrichen.
change-DATA_COMBINED_IDENTIFIED = Eine Datenkategorie gibt nun an, dass sie, mit personenbezogenen Daten zusammengeführt, als personenbezogene Daten behandelt wird.
change-DATA_COMBINED_UNSTATED = Eine Datenkategorie gibt nicht mehr an, dass sie, mit personenbezogenen Daten zusammengeführt, als personenbezogene Daten behandelt wird.
change-DATA_FIDES_CHANGED = Der Schlüssel der Fideslang-Taxonomie, dem eine Datenkategorie entspricht, wurde angegeben, geändert oder gestrichen.
change-PURPOSE_ADDED = Daten werden für einen neuen Zweck verarbeitet.
change-PURPOSE_REMOVED = Daten werden für einen Zweck nicht mehr verarbeitet.
change-PURPOSE_DATA_ADDED = Ein Zweck verwendet nun eine Datenkategorie, oder eine ganze, von der er bisher nur Teile verwendete.
change-PURPOSE_DATA_REMOVED = Ein Zweck verwendet eine Datenkategorie nicht mehr, oder nur noch Teile davon.
change-PURPOSE_DATA_RELISTED = Ein Zweck führt seine Daten anders auf, ohne dass sich ändert, was er verwendet.
change-BASIS_HARDER_TO_REFUSE =
    { $voice ->
        [we] Die Rechtsgrundlage eines Zwecks ist durch eine ersetzt, der Sie sich schwerer entziehen können.
       *[third] Die Rechtsgrundlage eines Zwecks ist durch eine ersetzt, der sich die betroffene Person schwerer entziehen kann.
    }
change-BASIS_EASIER_TO_REFUSE =
    { $voice ->
        [we] Die Rechtsgrundlage eines Zwecks ist durch eine ersetzt, der Sie sich leichter entziehen können.
       *[third] Die Rechtsgrundlage eines Zwecks ist durch eine ersetzt, der sich die betroffene Person leichter entziehen kann.
    }
change-BASIS_CHANGED = Die Rechtsgrundlage eines Zwecks ist durch eine andere ersetzt, der sich die betroffene Person ebenso schwer entziehen kann.
change-BASIS_UNSTATED = Die Rechtsgrundlage eines Zwecks ist nicht mehr angegeben.
change-BASIS_STATED = Ein Zweck ohne angegebene Rechtsgrundlage gibt nun eine an.
change-INTEREST_CHANGED = Das berechtigte Interesse eines Zwecks wurde angegeben, anders formuliert oder gestrichen.
change-PURPOSE_IDENTIFIED_ALLOWED = Ein Zweck ist nicht mehr auf depersonalisierte Daten beschränkt.
change-PURPOSE_DEPERSONALIZED_ONLY = Ein Zweck ist nun auf depersonalisierte Daten beschränkt.
change-PURPOSE_PROFILING_ADDED = Ein Zweck umfasst nun ein Profiling.
change-PURPOSE_PROFILING_REMOVED = Ein Zweck umfasst kein Profiling mehr.
change-PURPOSE_DIRECT_MARKETING_ADDED = Ein Zweck ist nun Direktwerbung.
change-PURPOSE_DIRECT_MARKETING_REMOVED = Ein Zweck ist keine Direktwerbung mehr.
change-PURPOSE_PERMITTED_USE_ADDED = Ein Zweck, der sensible personenbezogene Daten verwendet, nennt nun eine Verwendung, die das kalifornische Recht ohne ein Recht auf Einschränkung erlaubt: Ein Antrag auf Einschränkung stoppt ihn nicht mehr.
change-PURPOSE_PERMITTED_USE_REMOVED = Ein Zweck, der sensible personenbezogene Daten verwendet, nennt keine Verwendung mehr, die das kalifornische Recht ohne ein Recht auf Einschränkung erlaubt: Ein Antrag auf Einschränkung stoppt ihn wieder.
change-PURPOSE_PERMITTED_USE_CHANGED = Ein Zweck nennt eine andere Verwendung sensibler personenbezogener Daten, die das kalifornische Recht ohne ein Recht auf Einschränkung erlaubt, oder nennt eine, wo sie nichts ändert.
change-PURPOSE_FIDES_CHANGED = Die Datennutzung der Fideslang-Taxonomie, der ein Zweck entspricht, wurde angegeben, geändert oder gestrichen.
change-RECIPIENT_ADDED = Ein neuer Empfänger erhält Daten.
change-RECIPIENT_REMOVED = Ein Empfänger erhält keine Daten mehr.
change-RECIPIENT_MORE_INDEPENDENT = Ein Empfänger ist nun von einer Art, die mehr selbst entscheidet.
change-RECIPIENT_LESS_INDEPENDENT = Ein Empfänger ist nun von einer Art, die weniger selbst entscheidet.
change-RECIPIENT_KIND_CHANGED = Ein Empfänger ist nun von einer anderen, ebenso unabhängigen Art.
change-RECIPIENT_JOINT_CONTROL_ENDED = Ein Empfänger ist nicht mehr gemeinsam Verantwortlicher: Er entscheidet allein, ohne Vereinbarung mit dem Verantwortlichen.
change-RECIPIENT_JOINT_CONTROL_STARTED = Ein Empfänger ist nun gemeinsam Verantwortlicher und steht aufgrund einer Vereinbarung mit dem Verantwortlichen für die Verarbeitung ein.
change-RECIPIENT_ROLE_RESTATED = Ein Empfänger wird nun als eigenständiger Verantwortlicher bezeichnet, oder nicht mehr als solcher.
change-ARRANGEMENT_CHANGED = Das Wesentliche der Vereinbarung gemeinsam Verantwortlicher wurde angegeben, anders formuliert oder gestrichen.
change-REQUEST_HANDLING_CHANGED = Wie ein Antrag auf Auskunft, Löschung oder Berichtigung überprüft wird oder wie ein bevollmächtigter Vertreter ihn stellt, wurde angegeben, anders formuliert oder gestrichen; die Bedeutung freien Textes wird nicht geprüft.
change-RECIPIENT_ABROAD = Ein Empfänger befindet sich nun im Ausland.
change-RECIPIENT_NOT_ABROAD = Ein Empfänger befindet sich nicht mehr im Ausland.
change-RECIPIENT_COUNTRY_CHANGED = Ein Empfänger im Ausland befindet sich nun in einem anderen Land.
change-SAFEGUARD_REMOVED = Übermittlungen an einen Empfänger sind nicht mehr durch eine Garantie geschützt.
change-SAFEGUARD_ADDED = Übermittlungen an einen Empfänger sind nun durch eine Garantie geschützt.
change-SAFEGUARD_CHANGED = Die Garantie für Übermittlungen an einen Empfänger ist durch eine andere ersetzt.
change-RECIPIENT_UNBOUND = Ein Empfänger ist nicht mehr an die Datenschutzerklärung gebunden.
change-RECIPIENT_BOUND = Ein Empfänger ist nun an die Datenschutzerklärung gebunden.
change-RECIPIENT_SOLD = Offenlegungen an einen Empfänger sind nach dem Recht von US-Bundesstaaten nun ein Verkauf, eine Weitergabe oder gezielte Werbung.
change-RECIPIENT_NOT_SOLD = Offenlegungen an einen Empfänger sind nach dem Recht von US-Bundesstaaten kein Verkauf, keine Weitergabe und keine gezielte Werbung mehr.
change-TRANSFER_GROUND_ADDED = Daten werden einem Empfänger nun aus einem Grund übermittelt, aus dem sie ihm bisher nicht übermittelt wurden.
change-TRANSFER_GROUND_REMOVED = Daten werden einem Empfänger aus einem Grund ganz oder teilweise nicht mehr übermittelt.
change-TRANSFER_PURPOSES_WIDENED = Daten, die einem Empfänger übermittelt werden, dienen nun mehr Zwecken, oder jedem.
change-TRANSFER_PURPOSES_NARROWED = Daten, die einem Empfänger übermittelt werden, dienen nun weniger Zwecken, oder nur den genannten.
change-TRANSFER_SOLD = Daten, die einem Empfänger übermittelt werden, sind nach dem Recht von US-Bundesstaaten nun ein Verkauf, eine Weitergabe oder gezielte Werbung.
change-TRANSFER_NOT_SOLD = Daten, die einem Empfänger übermittelt werden, sind nach dem Recht von US-Bundesstaaten kein Verkauf, keine Weitergabe und keine gezielte Werbung mehr.
change-TRANSFER_INTEREST_CHANGED = Das berechtigte Interesse, das mit der Übermittlung von Daten an einen Empfänger verfolgt wird, wurde anders formuliert.
change-RETENTION_UNSTATED = Wie lange eine Datenkategorie gespeichert wird, ist nicht mehr angegeben.
change-RETENTION_STATED = Wie lange eine Datenkategorie gespeichert wird, ist nun angegeben.
change-RETENTION_EXTENDED = Eine Datenkategorie wird länger gespeichert.
change-RETENTION_SHORTENED = Eine Datenkategorie wird weniger lange gespeichert.
change-RETENTION_RESTATED = Wie lange eine Datenkategorie gespeichert wird, ist anders angegeben, ebenso lange.
change-RETENTION_RULE_LOOSENED = Bei alternativen Fristen wird eine Datenkategorie nun gespeichert, bis die letzte endet, nicht die erste.
change-RETENTION_RULE_TIGHTENED = Bei alternativen Fristen endet die Speicherung einer Datenkategorie nun mit der ersten, nicht der letzten.
change-RIGHT_REMOVED =
    { $voice ->
        [we] Sie haben ein Recht nicht mehr.
       *[third] Die betroffene Person hat ein Recht nicht mehr.
    }
change-RIGHT_ADDED =
    { $voice ->
        [we] Sie haben nun ein Recht.
       *[third] Die betroffene Person hat nun ein Recht.
    }
change-RIGHT_CHANNEL_ADDED = Ein Recht kann nun auf einem weiteren Weg ausgeübt werden.
change-RIGHT_CHANNEL_REMOVED = Ein Recht kann auf einem Weg nicht mehr ausgeübt werden.
change-RIGHT_SLOWER = Anträge auf Ausübung eines Rechts werden später beantwortet, oder nicht mehr innerhalb einer angegebenen Frist.
change-RIGHT_FASTER = Anträge auf Ausübung eines Rechts werden früher beantwortet, oder nun innerhalb einer angegebenen Frist.
change-RIGHT_DEADLINE_RESTATED = Die Frist, innerhalb der Anträge zu einem Recht beantwortet werden, ist anders angegeben, ebenso lang.
change-RIGHT_ANYTIME_REMOVED = Ein Recht kann nicht mehr jederzeit ausgeübt werden.
change-RIGHT_ANYTIME_ADDED = Ein Recht kann nun jederzeit ausgeübt werden.
change-OBLIGATION_ADDED =
    { $voice ->
        [we] Sie haben eine neue Pflicht.
       *[third] Die betroffene Person hat eine neue Pflicht.
    }
change-OBLIGATION_REMOVED =
    { $voice ->
        [we] Eine Ihrer Pflichten ist entfallen.
       *[third] Eine Pflicht der betroffenen Person ist entfallen.
    }
change-OBLIGATION_REWORDED =
    { $voice ->
        [we] Ihre Pflichten sind anders formuliert.
       *[third] Die Pflichten der betroffenen Person sind anders formuliert.
    }
change-SECURITY_REMOVED = Eine Sicherheitsmaßnahme ist entfallen.
change-SECURITY_ADDED = Eine neue Sicherheitsmaßnahme schützt die Daten.
change-SECURITY_REWORDED = Eine Sicherheitsmaßnahme ist anders formuliert.
change-CHANGE_AUTHORITY_WIDENED = Der Verantwortliche kann die Datenschutzerklärung nun freier ändern.
change-CHANGE_AUTHORITY_NARROWED = Der Verantwortliche kann die Datenschutzerklärung nun weniger frei ändern.
change-CHANGE_AUTHORITY_RESTATED = Wer die Datenschutzerklärung ändern kann, ist durch eine gleichwertige Angabe ersetzt.
change-NOTIFY_REMOVED =
    { $voice ->
        [we] Sie werden über Änderungen auf einem Weg nicht mehr informiert.
       *[third] Über Änderungen wird auf einem Weg nicht mehr informiert.
    }
change-NOTIFY_ADDED =
    { $voice ->
        [we] Sie werden über Änderungen nun auch auf einem weiteren Weg informiert.
       *[third] Über Änderungen wird nun auch auf einem weiteren Weg informiert.
    }
change-NOTICE_SHORTENED = Die Ankündigungsfrist einer Änderung ist kürzer oder nicht mehr angegeben.
change-NOTICE_LENGTHENED = Die Ankündigungsfrist einer Änderung ist länger oder nun angegeben.
change-NOTICE_RESTATED = Die Ankündigungsfrist einer Änderung ist anders angegeben, ebenso lang.
change-TAKES_EFFECT_SOONER = Eine neue Fassung tritt nun früher in Kraft, etwa mit der Veröffentlichung.
change-TAKES_EFFECT_LATER = Eine neue Fassung tritt nun später in Kraft, etwa nach Ablauf der Ankündigungsfrist.
change-TAKES_EFFECT_RESTATED = Wann eine neue Fassung in Kraft tritt, ist durch eine gleichwertige Angabe ersetzt.
change-CLAUSE_ADDED = Eine freie Bestimmung wurde hinzugefügt.
change-CLAUSE_REMOVED = Eine freie Bestimmung wurde gestrichen.
change-CLAUSE_MOVED = Eine freie Bestimmung steht nun in einem anderen Abschnitt des Textes.
change-CLAUSE_REWORDED = Einige weitere Bestimmungen sind anders formuliert.
change-POLICY_RESTATED = Die Datenschutzerklärung wurde umgestellt oder neu gegliedert, ohne dass sich ändert, was sie sagt.
change-GROUND_UNSTATED = Daten, die einem Empfänger aus angegebenen Gründen übermittelt wurden, werden ihm nun ohne angegebenen Grund übermittelt.
change-GROUND_STATED = Daten, die einem Empfänger ohne angegebenen Grund übermittelt wurden, werden ihm nun nur noch aus angegebenen Gründen übermittelt.
change-TRACKER_ADDED =
    { $voice ->
        [we] Ein neues Cookie oder eine ähnliche Technologie speichert Informationen auf Ihrem Endgerät oder liest sie dort aus.
       *[third] Ein neues Cookie oder eine ähnliche Technologie speichert Informationen auf dem Endgerät der betroffenen Person oder liest sie dort aus.
    }
change-TRACKER_REMOVED = Ein Cookie oder eine ähnliche Technologie wird nicht mehr verwendet.
change-TRACKER_WIDENED =
    { $voice ->
        [we] Ein Tracker reicht weiter: eine Kategorie, die weiter von dem entfernt ist, was Sie angefordert haben, ein Dritter statt uns, eine längere Lebensdauer, mehr erhobene Daten, mehr Zwecke oder ein anderer Anbieter.
       *[third] Ein Tracker reicht weiter: eine Kategorie, die weiter von dem entfernt ist, was die betroffene Person angefordert hat, ein Dritter statt des Verantwortlichen, eine längere Lebensdauer, mehr erhobene Daten, mehr Zwecke oder ein anderer Anbieter.
    }
change-TRACKER_NARROWED =
    { $voice ->
        [we] Ein Tracker reicht weniger weit: eine Kategorie, die näher an dem ist, was Sie angefordert haben, wir statt eines Dritten, eine kürzere Lebensdauer, weniger erhobene Daten oder weniger Zwecke.
       *[third] Ein Tracker reicht weniger weit: eine Kategorie, die näher an dem ist, was die betroffene Person angefordert hat, der Verantwortliche statt eines Dritten, eine kürzere Lebensdauer, weniger erhobene Daten oder weniger Zwecke.
    }
change-SIGNAL_NO_LONGER_HONOURED = Ein Datenschutzsignal des Browsers, etwa Do Not Track oder Global Privacy Control, das beachtet wurde, wird nicht mehr beachtet, oder es heißt nicht mehr, dass es beachtet wird.
change-SIGNAL_HONOURED = Ein Datenschutzsignal des Browsers, etwa Do Not Track oder Global Privacy Control, wird nun beachtet.
change-SIGNAL_STANCE_STATED = Die Datenschutzerklärung sagt nun, oder sagt nicht mehr, dass sie auf ein Datenschutzsignal des Browsers nicht reagiert.
change-TRACKER_RESTATED = Bezeichnung, Beschreibung oder Technologie eines Trackers sind anders formuliert, ohne dass er weiter reicht.
change-MECHANISM_REMOVED = Übermittlungen an einen Empfänger beruhen nicht mehr auf einem Angemessenheitsbeschluss oder geeigneten Garantien.
change-MECHANISM_ADDED = Übermittlungen an einen Empfänger beruhen nun auf einem Angemessenheitsbeschluss oder geeigneten Garantien.
change-MECHANISM_CHANGED = Übermittlungen an einen Empfänger beruhen auf einem anderen, ebenso schützenden Mechanismus, oder es ist anders angegeben, wo eine Kopie erhältlich ist.
change-CHILDREN_STANCE_DROPPED = Die Datenschutzerklärung gibt ihre Haltung zu Kindern nicht mehr an, ebenso wenig die Grenzen und Rechte der Eltern, die sie angab.
change-CHILDREN_STANCE_STATED = Die Datenschutzerklärung gibt nun ihre Haltung zu Kindern an.
change-CHILDREN_AUDIENCE_WIDENED = Der Dienst richtet sich nun an mehr Kinder: an ein allgemeines Publikum, das sie einschließt, oder an Kinder.
change-CHILDREN_AUDIENCE_NARROWED = Der Dienst richtet sich nun an weniger Kinder: an ein allgemeines Publikum, oder an eines, das sie nur einschließt.
change-CHILDREN_MINIMUM_AGE_LOWERED = Jüngere Personen können den Dienst nun selbst nutzen: Das Mindestalter ist niedriger oder nicht mehr angegeben.
change-CHILDREN_MINIMUM_AGE_RAISED = Das Mindestalter ist höher oder nun angegeben.
change-CHILDREN_KNOWINGLY_COLLECTED = Die Datenschutzerklärung sagt nun, dass Daten von Kindern wissentlich erhoben werden, oder sagt nicht mehr, dass dies nicht geschieht.
change-CHILDREN_NOT_KNOWINGLY_COLLECTED = Die Datenschutzerklärung sagt nun, dass Daten von Kindern nicht wissentlich erhoben werden, oder sagt nicht mehr, dass dies geschieht.
change-CHILDREN_PARENTAL_CONSENT_DROPPED = Die Datenschutzerklärung gibt nicht mehr an, wie die Einwilligung eines Elternteils eingeholt wird.
change-CHILDREN_PARENTAL_CONSENT_STATED = Die Datenschutzerklärung gibt nun an, wie die Einwilligung eines Elternteils eingeholt wird.
change-CHILDREN_PARENTAL_CONSENT_CHANGED = Wie die Einwilligung eines Elternteils eingeholt wird, ist mit anderen Worten beschrieben; die Bedeutung freien Textes wird nicht geprüft.
change-CHILDREN_SALE_OPT_IN_CHANGED = Wie die Zustimmung zum Verkauf oder zur Weitergabe der Informationen eines Verbrauchers unter 16 Jahren eingeholt wird, wurde angegeben, anders formuliert oder gestrichen; die Bedeutung freien Textes wird nicht geprüft.
change-PARENT_RIGHT_REMOVED = Ein Elternteil kann die Daten seines Kindes nicht mehr einsehen, löschen lassen oder ihrer weiteren Erhebung widersprechen.
change-PARENT_RIGHT_ADDED = Ein Elternteil kann die Daten seines Kindes nun einsehen, löschen lassen oder ihrer weiteren Erhebung widersprechen.
change-DECISION_ADDED =
    { $voice ->
        [we] Eine neue Entscheidung über Sie beruht ausschließlich auf einer automatisierten Verarbeitung.
       *[third] Eine neue Entscheidung über die betroffene Person beruht ausschließlich auf einer automatisierten Verarbeitung.
    }
change-DECISION_REMOVED =
    { $voice ->
        [we] Eine Entscheidung über Sie beruht nicht mehr ausschließlich auf einer automatisierten Verarbeitung.
       *[third] Eine Entscheidung über die betroffene Person beruht nicht mehr ausschließlich auf einer automatisierten Verarbeitung.
    }
change-DECISION_WIDENED = Eine automatisierte Entscheidung verwendet mehr Daten.
change-DECISION_NARROWED = Eine automatisierte Entscheidung verwendet weniger Daten.
change-DECISION_BASIS_LOOSENED =
    { $voice ->
        [we] Eine automatisierte Entscheidung beruht nun auf einer Grundlage, die Ihnen weniger Mitsprache lässt: einem Vertrag statt einer ausdrücklichen Einwilligung, oder einem Gesetz statt eines von beiden.
       *[third] Eine automatisierte Entscheidung beruht nun auf einer Grundlage, die der betroffenen Person weniger Mitsprache lässt: einem Vertrag statt einer ausdrücklichen Einwilligung, oder einem Gesetz statt eines von beiden.
    }
change-DECISION_BASIS_TIGHTENED =
    { $voice ->
        [we] Eine automatisierte Entscheidung beruht nun auf einer Grundlage, die Ihnen mehr Mitsprache lässt: einer ausdrücklichen Einwilligung statt eines Vertrags oder Gesetzes, oder einem Vertrag statt eines Gesetzes.
       *[third] Eine automatisierte Entscheidung beruht nun auf einer Grundlage, die der betroffenen Person mehr Mitsprache lässt: einer ausdrücklichen Einwilligung statt eines Vertrags oder Gesetzes, oder einem Vertrag statt eines Gesetzes.
    }
change-DECISION_SAFEGUARD_REMOVED = Eine Schutzmaßnahme gegen eine automatisierte Entscheidung, etwa das Eingreifen einer Person, die Darlegung des eigenen Standpunkts oder die Anfechtung der Entscheidung, ist nicht mehr angegeben.
change-DECISION_SAFEGUARD_ADDED = Eine Schutzmaßnahme gegen eine automatisierte Entscheidung, etwa das Eingreifen einer Person, die Darlegung des eigenen Standpunkts oder die Anfechtung der Entscheidung, ist nun angegeben.
change-DECISION_RESTATED = Bezeichnung, Beschreibung, Logik oder Tragweite einer automatisierten Entscheidung oder das genannte Gesetz sind anders formuliert.
change-NO_DECISIONS_WITHDRAWN = Die Datenschutzerklärung gibt nicht mehr an, dass keine Entscheidung ausschließlich auf einer automatisierten Verarbeitung beruht.
change-NO_DECISIONS_STATED = Die Datenschutzerklärung gibt nun an, dass keine Entscheidung ausschließlich auf einer automatisierten Verarbeitung beruht.
change-COMMITMENT_REMOVED = Eine Zusage, etwa Daten nie zu verkaufen oder weiterzugeben oder sie nicht außerhalb eines Gebiets zu übermitteln, wird nicht mehr gegeben.
change-COMMITMENT_ADDED = Eine Zusage, etwa Daten nie zu verkaufen oder weiterzugeben oder sie nicht außerhalb eines Gebiets zu übermitteln, wird nun gegeben.
change-DATA_SOURCE_ADDED = Eine Datenkategorie stammt nun auch aus einer weiteren Quelle, oder aus einer neu benannten.
change-DATA_SOURCE_REMOVED = Eine Datenkategorie stammt nicht mehr aus einer ihrer Quellen.
change-COMBINATION_ADDED = Datenbestände werden nun zusammengeführt.
change-COMBINATION_REMOVED = Datenbestände werden nicht mehr zusammengeführt.
change-COMBINATION_RESTATED = Warum Datenbestände zusammengeführt werden, ist anders formuliert.
change-SECURITY_MEASURE_REMOVED = Eine Sicherheitsmaßnahme ist nicht mehr angegeben.
change-SECURITY_MEASURE_ADDED = Eine Sicherheitsmaßnahme ist nun angegeben.
change-BREACH_NOTIFICATION_REMOVED = Die Zusage, eine Verletzung des Schutzes personenbezogener Daten zu melden, wird nicht mehr gegeben, oder mit einer anderen Frist.
change-BREACH_NOTIFICATION_ADDED = Die Zusage, eine Verletzung des Schutzes personenbezogener Daten zu melden, wird nun gegeben, oder mit einer anderen Frist.
change-CLAUSE_TO_TERMS = Einige Bestimmungen, die Vertragsbedingungen sind, werden hier nicht mehr abgedruckt; sie finden sich in den Bedingungen.
change-CLAUSE_FROM_TERMS = Einige Bestimmungen, die in den Bedingungen standen, werden nun hier abgedruckt.
change-RIGHT_EXPLAINED =
    { $voice ->
        [we] Ein Recht, das Ihnen das Gesetz bereits gewährt, wird nun mit der Art seiner Ausübung erläutert.
       *[third] Ein Recht, das das Gesetz der betroffenen Person bereits gewährt, wird nun mit der Art seiner Ausübung erläutert.
    }
change-RIGHT_STATED_BY_DEFAULT = Ein Recht wird nun so genannt, wie das Gesetz es gewährt, ohne eigene Bestimmungen dazu.
change-RIGHT_NOT_APPLICABLE = Die Erklärung sagt nun, warum ein Recht, das das Gesetz gewährt, nicht anwendbar ist.
change-RIGHT_APPLICABLE = Ein Recht, das nach der Erklärung nicht anwendbar war, wird wieder genannt.

# rights

## Ein Recht, das nach Angabe des Verfassers keine Anwendung findet
## (`right KIND not_applicable "reason"`): $text0 ist der Grund.
user-not-applicable = Dieses Recht findet keine Anwendung: { $text0 }

# parties

## The lead supervisory authority (`lead_authority "…"` in the controller
## block, GDPR Art. 56): $text0 is its name, as the author wrote it.
contact-lead-authority =
    { $voice ->
        [we] Unsere federführende Aufsichtsbehörde ist: { $text0 }
       *[third] Die federführende Aufsichtsbehörde von { $controller } ist: { $text0 }
    }

## A joint controller named in the header (`joint_controller "…"`, GDPR
## Art. 26): $text0 is its name, $text1 its address, country or the
## essence of the arrangement, as the author wrote them.
contact-joint-controller =
    { $voice ->
        [we] Wir entscheiden gemeinsam mit { $text0 } über die Zwecke und Mittel der Verarbeitung Ihrer Daten: Wir sind gemeinsam Verantwortliche.
       *[third] { $controller } { $controllers ->
                [several] entscheiden
               *[one] entscheidet
            } gemeinsam mit { $text0 } über die Zwecke und Mittel der Verarbeitung: Sie sind gemeinsam Verantwortliche.
    }
contact-joint-controller-address = Die Postanschrift von { $text0 } lautet: { $text1 }
contact-joint-controller-country = { $text0 } hat seinen Sitz in: { $text1 }
contact-joint-arrangement =
    { $voice ->
        [we] Das Wesentliche der Vereinbarung zwischen uns und { $text0 }: { $text1 }
       *[third] Das Wesentliche der Vereinbarung zwischen { $controller } und { $text0 }: { $text1 }
    }
change-JOINT_CONTROLLER_ADDED = Ein weiteres Unternehmen entscheidet nun gemeinsam mit dem Verantwortlichen über die Zwecke und Mittel der Verarbeitung.
change-JOINT_CONTROLLER_REMOVED = Ein Unternehmen entscheidet nicht mehr gemeinsam mit dem Verantwortlichen über die Zwecke und Mittel der Verarbeitung.
## The layered summary's line on who is responsible, when the header
## names joint controllers: $text0 lists their names.
summary-who-joint =
    { $voice ->
        [we] Über die Zwecke und Mittel der Verarbeitung entscheiden wir gemeinsam mit { $text0 } als gemeinsam Verantwortliche.
       *[third] Über die Zwecke und Mittel der Verarbeitung { $controllers ->
                [several] entscheiden
               *[one] entscheidet
            } { $controller } gemeinsam mit { $text0 } als gemeinsam Verantwortliche.
    }

# retention

## Speicherdauer (render/processing.rs): was mit den Daten geschieht, wenn
## ihre Fristen ($text0) enden, vor den genannten Daten ($text1); dann, wie
## lange Kopien in Sicherungen bleiben ($duration).
retention-kept-delete = Die folgenden Daten werden gespeichert, und zwar { $text0 }, und danach gelöscht: { $text1 }
retention-kept-anonymise = Die folgenden Daten werden gespeichert, und zwar { $text0 }, und danach anonymisiert: { $text1 }
retention-backups = Kopien dieser Daten in Sicherungen werden bis zu { $duration } länger aufbewahrt.

## Die Änderungsmitteilung: was am Ende der Speicherdauer geschieht, und Sicherungen.
change-RETENTION_END_ANONYMISED = Eine Datenkategorie wird nun am Ende ihrer Speicherdauer anonymisiert, wo sie zuvor gelöscht wurde.
change-RETENTION_END_DELETED = Eine Datenkategorie wird nun am Ende ihrer Speicherdauer gelöscht, wo sie zuvor anonymisiert wurde.
change-BACKUPS_EXTENDED = Kopien einer Datenkategorie bleiben nach dem Ende ihrer Speicherdauer nun länger in Sicherungen.
change-BACKUPS_SHORTENED = Kopien einer Datenkategorie bleiben nach dem Ende ihrer Speicherdauer nun weniger lange in Sicherungen.

# sections

## Die Änderungsmitteilung: die Arten von Änderungen an einem Abschnitt
## (`section ID "Heading" { … }`).
change-SECTION_ADDED = Dem Text wurde ein Abschnitt mit eigener Überschrift hinzugefügt.
change-SECTION_REMOVED = Ein Abschnitt mit eigener Überschrift wurde aus dem Text entfernt.
change-SECTION_RENAMED = Ein Abschnitt des Textes hat eine neue Überschrift.
change-SECTION_MOVED = Ein Abschnitt des Textes steht nun an anderer Stelle.
change-SECTION_SUMMARY_CHANGED = Die Zusammenfassung am Anfang eines Abschnitts ist anders formuliert.

## Die Einleitung der Zusammenfassung am Anfang eines Abschnitts
## (`summary "…"`), vor den Worten des Verfassers.
section-summary-lead = Kurz gesagt:

# jurisdictions

## Die Abschnitte für die Gesetze, die `regimes` im Kopf nennt
## (render/jurisdictions.rs). $laws sagt, welche: `ccpa`, `states` (die
## übrigen Gesetze der US-Bundesstaaten) oder `us` (beide) im US-Abschnitt;
## `eu`, `uk` oder `eu-uk` im EWR-Abschnitt. $section, $purposes und
## $table sind die Nummern der Abschnitte, auf die verwiesen wird.
section-jurisdiction-us =
    { $laws ->
        [ccpa]
            { $voice ->
                [we] Ihre Datenschutzrechte in Kalifornien
               *[third] Datenschutzrechte in Kalifornien
            }
        [states]
            { $voice ->
                [we] Ihre Datenschutzrechte in den US-Bundesstaaten
               *[third] Datenschutzrechte in den US-Bundesstaaten
            }
       *[us]
            { $voice ->
                [we] Ihre Datenschutzrechte in Kalifornien und anderen US-Bundesstaaten
               *[third] Datenschutzrechte in Kalifornien und anderen US-Bundesstaaten
            }
    }
section-jurisdiction-eea =
    { $laws ->
        [eu] Für Nutzer im EWR
        [uk] Für Nutzer im Vereinigten Königreich
       *[eu-uk] Für Nutzer im EWR und im Vereinigten Königreich
    }
jurisdictions-us-intro =
    { $laws ->
        [ccpa] Dieser Abschnitt fasst für Einwohner Kaliforniens zusammen, was diese Datenschutzerklärung nach dem California Consumer Privacy Act offenlegt.
        [states] Dieser Abschnitt fasst für Einwohner von US-Bundesstaaten mit einem umfassenden Datenschutzgesetz zusammen, was diese Datenschutzerklärung nach diesen Gesetzen offenlegt.
       *[us] Dieser Abschnitt fasst für Einwohner Kaliforniens und anderer US-Bundesstaaten mit einem umfassenden Datenschutzgesetz zusammen, was diese Datenschutzerklärung nach deren Gesetzen offenlegt.
    }
jurisdictions-eea-intro =
    { $laws ->
        [eu] Dieser Abschnitt fasst für Nutzer im Europäischen Wirtschaftsraum zusammen, was diese Datenschutzerklärung nach der DSGVO offenlegt.
        [uk] Dieser Abschnitt fasst für Nutzer im Vereinigten Königreich zusammen, was diese Datenschutzerklärung nach der UK GDPR offenlegt.
       *[eu-uk] Dieser Abschnitt fasst für Nutzer im Europäischen Wirtschaftsraum und im Vereinigten Königreich zusammen, was diese Datenschutzerklärung nach der DSGVO und der UK GDPR offenlegt.
    }
jurisdictions-us-categories =
    { $voice ->
        [we] Die folgende Tabelle zeigt jede Kategorie personenbezogener Daten, die wir erheben, wofür sie verwendet wird, wem sie offengelegt wird und wie lange sie gespeichert wird. Woher jede stammt, steht in Abschnitt { $section }.
       *[third] Die folgende Tabelle zeigt jede Kategorie erhobener personenbezogener Daten, wofür sie verwendet wird, wem sie offengelegt wird und wie lange sie gespeichert wird. Woher jede stammt, steht in Abschnitt { $section }.
    }
jurisdictions-column-category = Kategorie
jurisdictions-column-purposes = Verwendet für
jurisdictions-column-recipients = Offengelegt an
jurisdictions-column-kept = Gespeichert
jurisdictions-us-statutory =
    { $voice ->
        [we] Die folgende Tabelle zeigt die Kategorien personenbezogener Daten, die wir erheben, in den Begriffen des kalifornischen Rechts (Cal. Civ. Code §1798.140(v)(1)), mit den Daten in jeder Kategorie (Abschnitt { $section }), ihrer Herkunft, ihrer Verwendung, wem sie zu einem geschäftlichen Zweck offengelegt werden, an wen sie verkauft und mit wem sie geteilt werden.
       *[third] Die folgende Tabelle zeigt die Kategorien erhobener personenbezogener Daten, in den Begriffen des kalifornischen Rechts (Cal. Civ. Code §1798.140(v)(1)), mit den Daten in jeder Kategorie (Abschnitt { $section }), ihrer Herkunft, ihrer Verwendung, wem sie zu einem geschäftlichen Zweck offengelegt werden, an wen sie verkauft und mit wem sie geteilt werden.
    }
jurisdictions-us-statutory-kept = Wie lange jede gespeichert wird, steht in Abschnitt { $section }.
jurisdictions-column-statutory = Kategorie personenbezogener Daten
jurisdictions-column-members = Daten darin
jurisdictions-column-sources = Quellen
jurisdictions-column-business-purpose = Zu einem geschäftlichen Zweck offengelegt an
jurisdictions-column-sold = Verkauft an
jurisdictions-column-shared = Geteilt mit
jurisdictions-source-user =
    { $voice ->
        [we] Sie
       *[third] die betroffene Person
    }
jurisdictions-source-device =
    { $voice ->
        [we] Ihr Gerät
       *[third] das Gerät der betroffenen Person
    }
jurisdictions-source-derived =
    { $voice ->
        [we] von uns aus anderen Daten abgeleitet
       *[third] aus anderen Daten abgeleitet
    }
jurisdictions-source-third_party = Dritte
jurisdictions-source-third_party-named = { $text0 }
jurisdictions-source-publicly_available = öffentlich zugängliche Quellen
jurisdictions-source-publicly_available-named = { $text0 } (öffentlich zugänglich)
jurisdictions-us-sale = Personenbezogene Daten werden an die folgenden Empfänger verkauft (Abschnitt { $section }):
jurisdictions-us-share-and-targeted = Personenbezogene Daten werden für kontextübergreifende verhaltensbasierte Werbung an die folgenden Empfänger weitergegeben und ihnen für gezielte Werbung offengelegt (Abschnitt { $section }):
jurisdictions-us-share = Personenbezogene Daten werden für kontextübergreifende verhaltensbasierte Werbung an die folgenden Empfänger weitergegeben (Abschnitt { $section }):
jurisdictions-us-targeted_advertising = Personenbezogene Daten werden für gezielte Werbung an die folgenden Empfänger offengelegt (Abschnitt { $section }):
jurisdictions-us-opt-out-lead = Widerspruch gegen Verkauf und Weitergabe.
jurisdictions-us-opt-out =
    { $voice ->
        [we] Sie können dem Verkauf und der Weitergabe Ihrer personenbezogenen Daten widersprechen (Abschnitt { $section }).
       *[third] Die betroffene Person kann dem Verkauf und der Weitergabe ihrer personenbezogenen Daten widersprechen (Abschnitt { $section }).
    }
jurisdictions-us-link = Der Link „Meine personenbezogenen Daten nicht verkaufen oder weitergeben“ oben in dieser Datenschutzerklärung führt zu { $text0 }.
jurisdictions-us-link-same = Der Link „Meine personenbezogenen Daten nicht verkaufen oder weitergeben“ oben in dieser Datenschutzerklärung führt zur selben Seite.
jurisdictions-us-gpc-honoured =
    { $voice ->
        [we] Ein Global-Privacy-Control-Signal Ihres Browsers behandeln wir als Widerspruch gegen den Verkauf und die Weitergabe Ihrer personenbezogenen Daten.
       *[third] Ein Global-Privacy-Control-Signal des Browsers der betroffenen Person wird als Widerspruch gegen den Verkauf und die Weitergabe ihrer personenbezogenen Daten behandelt.
    }
jurisdictions-us-gpc-ignored = Ein Global-Privacy-Control-Signal wird nicht als Widerspruch gegen Verkauf oder Weitergabe behandelt.
jurisdictions-us-sensitive = Von den erhobenen personenbezogenen Daten sind die folgenden sensible personenbezogene Daten: { $text0 }.
jurisdictions-us-limit =
    { $voice ->
        [we] Sie können unsere Nutzung dieser Daten beschränken (Abschnitt { $section }).
       *[third] Die betroffene Person kann ihre Nutzung beschränken (Abschnitt { $section }).
    }
jurisdictions-rights =
    { $voice ->
        [we] Ihre Rechte
       *[third] Die Rechte der betroffenen Person
    } nach { $laws ->
        [ccpa] dem California Consumer Privacy Act
        [states] diesen Gesetzen
        [us] diesen Gesetzen
        [eu] der DSGVO
        [uk] der UK GDPR
       *[eu-uk] der DSGVO und der UK GDPR
    }, beschrieben in Abschnitt { $section }:
jurisdictions-eea-parties = Wer für die Verarbeitung verantwortlich ist und an wen man sich wenden kann (Abschnitt { $section }):
jurisdictions-eea-controller = Der Verantwortliche: { $text0 }
jurisdictions-eea-joint-controller = Ein gemeinsam Verantwortlicher: { $text0 }
jurisdictions-eea-dpo = Der Datenschutzbeauftragte: { $text0 }
jurisdictions-eea-eu-representative = Der Vertreter in der Europäischen Union: { $text0 }
jurisdictions-eea-uk-representative = Der Vertreter im Vereinigten Königreich: { $text0 }
jurisdictions-eea-lead-authority = Die federführende Aufsichtsbehörde: { $text0 }
jurisdictions-eea-bases = Die Rechtsgrundlage jedes Zwecks ist beim Zweck in Abschnitt { $purposes } und in der Tabelle in Abschnitt { $table } angegeben.
jurisdictions-eea-transfers = Übermittlungen an Empfänger im Ausland, wo jeder Empfänger ist und worauf die Übermittlung beruht (Abschnitt { $section }):
jurisdictions-eea-decisions =
    { $voice ->
        [we] Ausschließlich automatisierte Entscheidungen und Ihre Rechte dazu (Abschnitt { $section }):
       *[third] Ausschließlich automatisierte Entscheidungen und die Rechte der betroffenen Person dazu (Abschnitt { $section }):
    }

# retention2

## Speicherdauer (render/processing.rs): eine Dauer, die sich nach Kriterien
## bestimmt (`retain DATA criteria "…"`), als Ende von „gespeichert …“;
## dann die Kriterien selbst in den Worten des Autors ($text0).
period-criteria = für eine Dauer, die sich nach Kriterien bestimmt
## A cap on a retention by criteria (`at_most 90 days from collection`),
## after `period-criteria`; $event is an `event-from-…` word, $text0 the
## policy's own event.
period-cap-event = , höchstens jedoch { $duration } { $event }
period-cap = , höchstens jedoch { $duration } ab { $text0 }
retention-criteria = Die Kriterien, nach denen sich diese Dauer bestimmt: { $text0 }

## Die Änderungsmitteilung: Speicherdauer nach Kriterien.
change-RETENTION_CRITERIA_ADDED = Eine Datenkategorie wird nun für eine Dauer gespeichert, die sich nach Kriterien bestimmt, wo zuvor eine Frist genannt war.
change-RETENTION_CRITERIA_REMOVED = Eine Datenkategorie wird nun für eine genannte Frist gespeichert, wo sich die Dauer zuvor nach Kriterien bestimmte.
change-RETENTION_CAPPED = Eine Datenkategorie, deren Speicherdauer sich nach Kriterien bestimmt, wird nun höchstens bis zu einer Obergrenze gespeichert.
change-RETENTION_UNCAPPED = Eine Datenkategorie, deren Speicherdauer sich nach Kriterien bestimmt, wird nicht mehr nur bis zu einer Obergrenze gespeichert.
change-RETENTION_CRITERIA_CHANGED = Die Kriterien, nach denen sich bestimmt, wie lange eine Datenkategorie gespeichert wird, sind anders formuliert.

## Die Kurzfassung und die Tabelle je Zweck (render/summary.rs,
## render/table.rs): nach den Fristen einer Speicherdauer, was an ihrem Ende
## geschieht und wie lange Kopien in Sicherungen bleiben ($duration), kurz.
kept-then-delete = danach gelöscht
kept-then-anonymise = danach anonymisiert
kept-backups = (Kopien in Sicherungen: bis zu { $duration } länger)

## Speicherdauer je Zweck (`retain DATA when_used_for PURPOSE …`,
## render/processing.rs): $text0 die Fristen, $text1 die Daten, $text2 die
## Bezeichnungen der Zwecke; dann, in der Kurzfassung, nach den Daten.
retention-purpose-kept = Wenn sie für { $text2 } verwendet werden, werden die folgenden Daten gespeichert, und zwar { $text0 }: { $text1 }
retention-purpose-kept-delete = Wenn sie für { $text2 } verwendet werden, werden die folgenden Daten gespeichert, und zwar { $text0 }, und danach gelöscht: { $text1 }
retention-purpose-kept-anonymise = Wenn sie für { $text2 } verwendet werden, werden die folgenden Daten gespeichert, und zwar { $text0 }, und danach anonymisiert: { $text1 }
kept-when-used-for = wenn für { $text0 } verwendet

## Die Änderungsmitteilung: Speicherdauer je Zweck.
change-RETENTION_FOR_PURPOSE_EXTENDED = Daten, die für einen Zweck verwendet werden, werden länger gespeichert.
change-RETENTION_FOR_PURPOSE_SHORTENED = Daten, die für einen Zweck verwendet werden, werden kürzer gespeichert.
change-RETENTION_FOR_PURPOSE_RESTATED = Wie lange Daten, die für einen Zweck verwendet werden, gespeichert werden, ist anders formuliert und reicht gleich weit.

# notice-channels
notice-right-channel-added =
    { $voice ->
        [we] Sie können Ihr { $text0 } nun auch über { $text1 } ausüben.
       *[third] Die betroffene Person kann ihr { $text0 } nun auch über { $text1 } ausüben.
    }
notice-right-channel-removed =
    { $voice ->
        [we] Sie können Ihr { $text0 } nicht mehr über { $text1 } ausüben.
       *[third] Die betroffene Person kann ihr { $text0 } nicht mehr über { $text1 } ausüben.
    }
notice-required-by =
    { $voice ->
        [we] Wir sagen nun, was folgt, wenn Sie { $text0 } nicht angeben. Werden sie nicht bereitgestellt, { $text1 }.
       *[third] Die Datenschutzerklärung sagt nun, was folgt, wenn die betroffene Person { $text0 } nicht angibt. Werden sie nicht bereitgestellt, { $text1 }.
    }

## Ein Link am Anfang der Datenschutzerklärung (Widerspruch gegen Verkauf und
## Weitergabe, Einschränkung sensibler Daten): neu ($stated new), geändert (both)
## oder nicht mehr (old) angegeben; $text0 der Link mit Titel und Adresse.
notice-top-link =
    { $stated ->
        [old]
            { $voice ->
                [we] Wir geben diesen Link am Anfang der Datenschutzerklärung nicht mehr an: { $text0 }
               *[third] Die Datenschutzerklärung gibt diesen Link an ihrem Anfang nicht mehr an: { $text0 }
            }
        [both]
            { $voice ->
                [we] Der Link am Anfang der Datenschutzerklärung lautet nun: { $text0 }
               *[third] Der Link am Anfang der Datenschutzerklärung lautet nun: { $text0 }
            }
       *[new]
            { $voice ->
                [we] Wir geben nun diesen Link am Anfang der Datenschutzerklärung an: { $text0 }
               *[third] Die Datenschutzerklärung gibt nun diesen Link an ihrem Anfang an: { $text0 }
            }
    }

## Die Kontaktdaten des Datenschutzbeauftragten ($of dpo) oder des Vertreters in
## der EU ($of eu) oder im Vereinigten Königreich ($of uk): neu ($stated new),
## anders (both) oder nicht mehr angegeben (old); $text0 in Anführungszeichen.
notice-officer =
    { $of ->
        [eu]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Wir nennen unseren Vertreter in der EU nicht mehr; wir nannten: { $text0 }
                       *[third] Die Datenschutzerklärung nennt den Vertreter des Verantwortlichen in der EU nicht mehr; sie nannte: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Unser Vertreter in der EU ist nun: { $text0 }
                       *[third] Der Vertreter des Verantwortlichen in der EU ist nun: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Wir nennen nun unseren Vertreter in der EU: { $text0 }
                       *[third] Die Datenschutzerklärung nennt nun den Vertreter des Verantwortlichen in der EU: { $text0 }
                    }
            }
        [uk]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Wir nennen unseren Vertreter im Vereinigten Königreich nicht mehr; wir nannten: { $text0 }
                       *[third] Die Datenschutzerklärung nennt den Vertreter des Verantwortlichen im Vereinigten Königreich nicht mehr; sie nannte: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Unser Vertreter im Vereinigten Königreich ist nun: { $text0 }
                       *[third] Der Vertreter des Verantwortlichen im Vereinigten Königreich ist nun: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Wir nennen nun unseren Vertreter im Vereinigten Königreich: { $text0 }
                       *[third] Die Datenschutzerklärung nennt nun den Vertreter des Verantwortlichen im Vereinigten Königreich: { $text0 }
                    }
            }
       *[dpo]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Wir geben die Kontaktdaten unseres Datenschutzbeauftragten nicht mehr an; wir gaben an: { $text0 }
                       *[third] Die Datenschutzerklärung gibt die Kontaktdaten des Datenschutzbeauftragten des Verantwortlichen nicht mehr an; sie gab an: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Unser Datenschutzbeauftragter ist nun erreichbar unter: { $text0 }
                       *[third] Der Datenschutzbeauftragte des Verantwortlichen ist nun erreichbar unter: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Wir geben nun die Kontaktdaten unseres Datenschutzbeauftragten an: { $text0 }
                       *[third] Die Datenschutzerklärung gibt nun die Kontaktdaten des Datenschutzbeauftragten des Verantwortlichen an: { $text0 }
                    }
            }
    }

## Wie ein Antrag überprüft ($of verification) oder von einem bevollmächtigten
## Vertreter gestellt wird ($of agents): neu ($stated new), anders (both) oder
## nicht mehr (old) angegeben; $text0 die Bestimmung in Anführungszeichen.
notice-request-handling =
    { $of ->
        [agents]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Wir sagen nicht mehr, wie ein bevollmächtigter Vertreter einen Antrag für Sie stellt; bisher hieß es: { $text0 }
                       *[third] Die Datenschutzerklärung sagt nicht mehr, wie ein bevollmächtigter Vertreter einen Antrag für die betroffene Person stellt; bisher hieß es: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Wir sagen nun anders, wie ein bevollmächtigter Vertreter einen Antrag für Sie stellt: { $text0 }
                       *[third] Die Datenschutzerklärung sagt nun anders, wie ein bevollmächtigter Vertreter einen Antrag für die betroffene Person stellt: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Wir sagen nun, wie ein bevollmächtigter Vertreter einen Antrag für Sie stellt: { $text0 }
                       *[third] Die Datenschutzerklärung sagt nun, wie ein bevollmächtigter Vertreter einen Antrag für die betroffene Person stellt: { $text0 }
                    }
            }
       *[verification]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Wir sagen nicht mehr, wie wir Ihren Antrag überprüfen; bisher hieß es: { $text0 }
                       *[third] Die Datenschutzerklärung sagt nicht mehr, wie ein Antrag der betroffenen Person überprüft wird; bisher hieß es: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Wir sagen nun anders, wie wir Ihren Antrag überprüfen: { $text0 }
                       *[third] Die Datenschutzerklärung sagt nun anders, wie ein Antrag der betroffenen Person überprüft wird: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Wir sagen nun, wie wir Ihren Antrag überprüfen: { $text0 }
                       *[third] Die Datenschutzerklärung sagt nun, wie ein Antrag der betroffenen Person überprüft wird: { $text0 }
                    }
            }
    }

# notice-own-words
## Die eigenen Worte der Änderungsmitteilung für das, was die betroffene
## Person gewinnt oder verliert. $text0 ist eine Bezeichnung in
## Anführungszeichen, wenn nicht anders gesagt.
## $text1 ist die ganze Kategorie; $requirement "required" oder "optional".
notice-data-part =
    { $requirement ->
        [required]
            { $voice ->
                [we] { $text0 } gehört zu { $text1 }, die wir bereits erheben; die Daten werden nun eigens genannt, und Sie müssen sie angeben.
               *[third]
                    { $controllers ->
                        [several] { $text0 } gehört zu { $text1 }, die { $controller } bereits erheben; die Daten werden nun eigens genannt, und die betroffene Person muss sie angeben.
                       *[one] { $text0 } gehört zu { $text1 }, die { $controller } bereits erhebt; die Daten werden nun eigens genannt, und die betroffene Person muss sie angeben.
                    }
            }
       *[optional]
            { $voice ->
                [we] { $text0 } gehört zu { $text1 }, die wir bereits erheben; die Daten werden nun eigens genannt, und es steht Ihnen frei, sie nicht anzugeben.
               *[third]
                    { $controllers ->
                        [several] { $text0 } gehört zu { $text1 }, die { $controller } bereits erheben; die Daten werden nun eigens genannt, und es steht der betroffenen Person frei, sie nicht anzugeben.
                       *[one] { $text0 } gehört zu { $text1 }, die { $controller } bereits erhebt; die Daten werden nun eigens genannt, und es steht der betroffenen Person frei, sie nicht anzugeben.
                    }
            }
    }
## Ein Teil, der nicht mehr eigens genannt wird, dessen Ganzes weiterhin
## erhoben wird: $text0 der Teil, $text1 das Ganze, je in Anführungszeichen.
notice-data-part-dropped =
    { $voice ->
        [we] { $text0 } wird nicht mehr eigens genannt: die Daten gehören zu { $text1 }, die wir weiterhin erheben.
       *[third]
            { $controllers ->
                [several] { $text0 } wird nicht mehr eigens genannt: die Daten gehören zu { $text1 }, die { $controller } weiterhin erheben.
               *[one] { $text0 } wird nicht mehr eigens genannt: die Daten gehören zu { $text1 }, die { $controller } weiterhin erhebt.
            }
    }
notice-direct-marketing-removed =
    { $voice ->
        [we] Wir behandeln { $text0 } nicht mehr als Direktwerbung: Ihr Widerspruch beendet sie nicht mehr in jedem Fall.
       *[third]
            { $controllers ->
                [several] { $controller } behandeln { $text0 } nicht mehr als Direktwerbung: Der Widerspruch der betroffenen Person beendet sie nicht mehr in jedem Fall.
               *[one] { $controller } behandelt { $text0 } nicht mehr als Direktwerbung: Der Widerspruch der betroffenen Person beendet sie nicht mehr in jedem Fall.
            }
    }
## $text1 ist die Bedingung des Art. 9 Abs. 2 in den Worten des Textes.
notice-permitted-use = Die Verwendung sensibler personenbezogener Daten für { $text0 } ist nun eine, die das kalifornische Recht ohne ein Recht auf Einschränkung erlaubt: um { $text1 }. Ein Antrag auf Einschränkung der Verwendung sensibler personenbezogener Daten stoppt sie nicht mehr.
notice-permitted-use-removed = Die Verwendung sensibler personenbezogener Daten für { $text0 } ist nicht mehr eine, die das kalifornische Recht ohne ein Recht auf Einschränkung erlaubt: Ein Antrag auf Einschränkung der Verwendung sensibler personenbezogener Daten stoppt sie nun.
notice-permitted-use-changed = Die Verwendung sensibler personenbezogener Daten für { $text0 } erlaubt das kalifornische Recht ohne ein Recht auf Einschränkung nun aus einem anderen Grund: um { $text1 }.
notice-permitted-use-stated = Für die Verwendung sensibler personenbezogener Daten für { $text0 } wird nun angegeben, dass das kalifornische Recht sie ohne ein Recht auf Einschränkung erlaubt: um { $text1 }.
notice-permitted-use-dropped = Für die Verwendung sensibler personenbezogener Daten für { $text0 } wird nicht mehr angegeben, dass das kalifornische Recht sie ohne ein Recht auf Einschränkung erlaubt.
notice-special-condition-loosened =
    { $voice ->
        [we] Für { $text0 } brauchen wir Ihre ausdrückliche Einwilligung nicht mehr, um besondere Kategorien personenbezogener Daten zu verarbeiten; die Bedingung ist nun: { $text1 }.
       *[third]
            { $controllers ->
                [several] Für { $text0 } brauchen { $controller } die ausdrückliche Einwilligung der betroffenen Person nicht mehr, um besondere Kategorien personenbezogener Daten zu verarbeiten; die Bedingung ist nun: { $text1 }.
               *[one] Für { $text0 } braucht { $controller } die ausdrückliche Einwilligung der betroffenen Person nicht mehr, um besondere Kategorien personenbezogener Daten zu verarbeiten; die Bedingung ist nun: { $text1 }.
            }
    }
notice-special-condition-tightened =
    { $voice ->
        [we] Für { $text0 } verarbeiten wir besondere Kategorien personenbezogener Daten nun nur noch mit Ihrer ausdrücklichen Einwilligung.
       *[third]
            { $controllers ->
                [several] Für { $text0 } verarbeiten { $controller } besondere Kategorien personenbezogener Daten nun nur noch mit der ausdrücklichen Einwilligung der betroffenen Person.
               *[one] Für { $text0 } verarbeitet { $controller } besondere Kategorien personenbezogener Daten nun nur noch mit der ausdrücklichen Einwilligung der betroffenen Person.
            }
    }
notice-special-condition-changed = Für { $text0 } ist die Bedingung für die Verarbeitung besonderer Kategorien personenbezogener Daten nun: { $text1 }.
## $text0 die Bedingung, $text1 das Gesetz, das der Zweck nennt.
notice-special-condition-law = { $text0 }, wie in { $text1 } vorgesehen
## $text1 die Kategorien, die er erhält; $data "yes", wenn ihm welche übermittelt werden.
notice-recipient-added =
    { $data ->
        [yes]
            { $voice ->
                [we] { $text0 } erhält nun von uns { $text1 }.
               *[third] { $text0 } erhält nun von { $controller } { $text1 }.
            }
       *[no]
            { $voice ->
                [we] { $text0 } gehört nun zu den Empfängern Ihrer Daten.
               *[third] { $text0 } gehört nun zu den Empfängern der Daten der betroffenen Person.
            }
    }
## $text0 die Gründe (recipient-when, mit "oder" verbunden).
notice-transfer-when = , { $text0 }
## $text0 die Daten, $text1 der Empfänger, $text2 notice-transfer-when oder
## nichts; $also "yes", wenn die Daten schon aus anderen Gründen übermittelt wurden.
notice-transfer-added =
    { $also ->
        [yes]
            { $voice ->
                [we] Wir übermitteln { $text0 } nun auch an { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } übermitteln { $text0 } nun auch an { $text1 }{ $text2 }.
                       *[one] { $controller } übermittelt { $text0 } nun auch an { $text1 }{ $text2 }.
                    }
            }
       *[no]
            { $voice ->
                [we] Wir übermitteln { $text0 } nun an { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } übermitteln { $text0 } nun an { $text1 }{ $text2 }.
                       *[one] { $controller } übermittelt { $text0 } nun an { $text1 }{ $text2 }.
                    }
            }
    }
## $text1 was die Offenlegungen nun sind (disclosure-*, mit "und" verbunden).
notice-recipient-sold =
    { $voice ->
        [we] Die Offenlegung Ihrer personenbezogenen Daten an { $text0 } ist nach den Datenschutzgesetzen der US-Bundesstaaten nun { $text1 }.
       *[third] Die Offenlegung der personenbezogenen Daten der betroffenen Person an { $text0 } ist nach den Datenschutzgesetzen der US-Bundesstaaten nun { $text1 }.
    }
## $text0 die übermittelten Daten, $text1 der Empfänger, $text2 was die
## Übermittlung nun ist (disclosure-*, mit "und" verbunden).
notice-transfer-sold =
    { $voice ->
        [we] Die Übermittlung von { $text0 } an { $text1 } ist nach den Datenschutzgesetzen der US-Bundesstaaten nun { $text2 }.
       *[third] Die Übermittlung von { $text0 } an { $text1 } ist nach den Datenschutzgesetzen der US-Bundesstaaten nun { $text2 }.
    }
## $text0 die übermittelten Daten, $text1 der Empfänger, $text2 was die
## Übermittlung nicht mehr ist (disclosure-*, mit "und" verbunden).
notice-transfer-not-sold =
    { $voice ->
        [we] Die Übermittlung von { $text0 } an { $text1 } ist nach den Datenschutzgesetzen der US-Bundesstaaten nicht mehr { $text2 }.
       *[third] Die Übermittlung von { $text0 } an { $text1 } ist nach den Datenschutzgesetzen der US-Bundesstaaten nicht mehr { $text2 }.
    }
## $text0 der Satz der Zusage in der bisherigen Fassung, in Anführungszeichen.
notice-commitment-removed =
    { $voice ->
        [we] Wir geben diese Zusage nicht mehr: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } geben diese Zusage nicht mehr: { $text0 }
               *[one] { $controller } gibt diese Zusage nicht mehr: { $text0 }
            }
    }
## $text0 der Anbieter, in Anführungszeichen.
## Der Anbieter eines Trackers, geändert: $text0 der Name des Trackers,
## $text1 sein Anbieter jetzt; $recipient yes, wenn er ein erklärter Empfänger ist.
notice-tracker-provided-by =
    { $recipient ->
        [yes]
            { $voice ->
                [we] { $text0 } wird nun von { $text1 } bereitgestellt, einem der Empfänger Ihrer Daten, die die Datenschutzerklärung aufführt.
               *[third] { $text0 } wird nun von { $text1 } bereitgestellt, einem der Empfänger der Daten der betroffenen Person, die die Datenschutzerklärung aufführt.
            }
       *[no] { $text0 } wird nun von { $text1 } bereitgestellt.
    }
notice-tracker-provider = , bereitgestellt von { $text0 }
## $text1 notice-tracker-provider oder nichts, $text2 recipient-for-purposes
## oder nichts.
notice-tracker-added =
    { $voice ->
        [we] Wir verwenden nun { $text0 }{ $text1 }, das Informationen auf Ihrem Endgerät speichert oder dort ausliest{ $text2 }.
       *[third]
            { $controllers ->
                [several] { $controller } verwenden nun { $text0 }{ $text1 }, das Informationen auf dem Endgerät der betroffenen Person speichert oder dort ausliest{ $text2 }.
               *[one] { $controller } verwendet nun { $text0 }{ $text1 }, das Informationen auf dem Endgerät der betroffenen Person speichert oder dort ausliest{ $text2 }.
            }
    }
change-SPECIAL_CONDITION_LOOSENED =
    { $voice ->
        [we] Ein Zweck verarbeitet besondere Kategorien personenbezogener Daten nun ohne Ihre ausdrückliche Einwilligung, die er bisher brauchte.
       *[third] Ein Zweck verarbeitet besondere Kategorien personenbezogener Daten nun ohne die ausdrückliche Einwilligung der betroffenen Person, die er bisher brauchte.
    }
change-SPECIAL_CONDITION_TIGHTENED =
    { $voice ->
        [we] Ein Zweck verarbeitet besondere Kategorien personenbezogener Daten nun nur noch mit Ihrer ausdrücklichen Einwilligung.
       *[third] Ein Zweck verarbeitet besondere Kategorien personenbezogener Daten nun nur noch mit der ausdrücklichen Einwilligung der betroffenen Person.
    }
change-SPECIAL_CONDITION_CHANGED = Die Bedingung, unter der ein Zweck besondere Kategorien personenbezogener Daten verarbeitet, ist anders angegeben; auch sie braucht keine Einwilligung.
change-DATA_DETAILED = Ein Teil einer bereits erhobenen Datenkategorie wird nun eigens genannt; es werden keine neuen Daten erhoben.
change-DATA_DETAIL_DROPPED = Ein Teil einer Datenkategorie wird nicht mehr eigens genannt; die Kategorie, zu der er gehört, wird weiterhin erhoben.
change-OPT_OUT_LINK_REMOVED = Die Datenschutzerklärung gibt an ihrem Anfang keinen Link mehr an, um dem Verkauf oder der Weitergabe personenbezogener Daten zu widersprechen oder die Verwendung sensibler personenbezogener Daten einzuschränken.
change-OPT_OUT_LINK_ADDED = Die Datenschutzerklärung gibt an ihrem Anfang nun einen Link an, um dem Verkauf oder der Weitergabe personenbezogener Daten zu widersprechen oder die Verwendung sensibler personenbezogener Daten einzuschränken.
change-OPT_OUT_LINK_CHANGED = Ein Link am Anfang der Datenschutzerklärung zum Widerspruch oder zur Einschränkung hat eine andere Adresse.
change-DPO_REMOVED = Die Datenschutzerklärung gibt die Kontaktdaten eines Datenschutzbeauftragten nicht mehr an.
change-DPO_ADDED = Die Datenschutzerklärung gibt nun die Kontaktdaten eines Datenschutzbeauftragten an.
change-DPO_CHANGED = Der Datenschutzbeauftragte ist unter anderen Kontaktdaten erreichbar.
change-REPRESENTATIVE_REMOVED = Die Datenschutzerklärung nennt den Vertreter des Verantwortlichen in der EU oder im Vereinigten Königreich nicht mehr.
change-REPRESENTATIVE_ADDED = Die Datenschutzerklärung nennt nun den Vertreter des Verantwortlichen in der EU oder im Vereinigten Königreich.
change-REPRESENTATIVE_CHANGED = Der Vertreter des Verantwortlichen in der EU oder im Vereinigten Königreich wird mit einer anderen Adresse genannt.
# notice-reworded
## The change notice's group of free text changed (issue 18 item 8): policyc
## does not check what such a provision says, so the reader is asked to
## read each one in full. notice-reworded-now and -dropped follow the
## kind's message (change-KIND): $text0 the provisions' texts, whole, each
## in quotes.
notice-reworded =
    { $voice ->
        [we] Wir haben diese Bestimmungen neu formuliert; lesen Sie sie vollständig
       *[third] Diese Bestimmungen sind neu formuliert; bitte vollständig lesen
    }
notice-reworded-now = In der neuen Fassung: { $text0 }
notice-reworded-dropped = Nicht mehr enthalten: { $text0 }
## $text0 the old label, $text1 the new one, each in quotes.
notice-reworded-label = { $text0 } heißt nun { $text1 }.
notice-reworded-tracker = Was die Datenschutzerklärung über { $text0 } sagt, ist anders formuliert.
# notice-details
## The change notice's own words for a change of one detail, naming what
## changes and its values (issue 18 item 8). $text0 is a label in quotes
## unless said otherwise.
## $text1 how long the tracker lasts now, $text2 before (a duration,
## notice-tracker-session or notice-tracker-no-lifetime).
notice-tracker-lifetime = Speicherdauer von { $text0 }: nun { $text1 }; zuvor { $text2 }.
notice-tracker-session = bis der Browser oder die App geschlossen wird
notice-tracker-no-lifetime = eine nicht angegebene Zeit
## $text1 the category now, $text2 before, each in quotes.
notice-tracker-category = { $text0 } gehört nun zur Kategorie { $text1 } statt { $text2 }.
## $party "first" or "third": who sets the tracker now.
notice-tracker-party =
    { $party ->
        [first]
            { $voice ->
                [we] Wir setzen { $text0 } nun selbst, statt eines Dritten.
               *[third] { $text0 } wird nun von { $controller } gesetzt, statt von einem Dritten.
            }
       *[third] { $text0 } wird nun von einem Dritten gesetzt.
    }
## $text1 the purposes, in quotes; $added "yes" for purposes now served.
notice-tracker-serves =
    { $added ->
        [yes] { $text0 } dient nun auch { $text1 }.
       *[no] { $text0 } dient nicht mehr { $text1 }.
    }
## $text1 the data categories, in quotes; $added "yes" for data now
## collected.
notice-tracker-collects =
    { $added ->
        [yes] { $text0 } erhebt nun auch { $text1 }.
       *[no] { $text0 } erhebt nicht mehr { $text1 }.
    }
## $text0 the new edition's rule for when a new edition takes effect
## (takes-effect-*), a sentence.
notice-takes-effect = Die Datenschutzerklärung sagt nun: { $text0 }
notice-takes-effect-unstated = Die Datenschutzerklärung sagt nicht mehr, wann eine neue Fassung in Kraft tritt.
## $text0 the right's name (notice-right-*); $stated which of the times
## are stated: "both", "new", "old"; $new and $old the durations.
notice-deadline =
    { $stated ->
        [both] { $text0 }: Anfragen werden nun innerhalb von { $new } beantwortet; zuvor innerhalb von { $old }.
        [new] { $text0 }: Anfragen werden nun innerhalb von { $new } beantwortet; zuvor war keine Frist angegeben.
        [old] { $text0 }: Für die Antwort auf Anfragen ist keine Frist mehr angegeben; zuvor innerhalb von { $old }.
       *[none] { $text0 }: Die Frist für die Antwort auf Anfragen ist anders angegeben.
    }
## $text0 the measure's or obligation's text, whole, in quotes.
notice-security-added = Eine neue Sicherheitsmaßnahme schützt die Informationen: { $text0 }
notice-security-removed = Diese Sicherheitsmaßnahme ist nicht mehr angegeben: { $text0 }
notice-obligation-added =
    { $voice ->
        [we] Sie haben nun diese Pflicht: { $text0 }
       *[third] Die betroffene Person hat nun diese Pflicht: { $text0 }
    }
notice-obligation-removed =
    { $voice ->
        [we] Sie haben diese Pflicht nicht mehr: { $text0 }
       *[third] Die betroffene Person hat diese Pflicht nicht mehr: { $text0 }
    }
## $text0 the signal (trackers-signal-*); $stance what the new edition
## says of it: "honoured", "ignored" or "unstated".
notice-signal =
    { $stance ->
        [honoured] Das Signal { $text0 } eines Browsers wird nun beachtet.
        [ignored] Die Datenschutzerklärung sagt nun, dass das Signal { $text0 } eines Browsers nicht beachtet wird.
       *[unstated] Die Datenschutzerklärung sagt nicht mehr, ob das Signal { $text0 } eines Browsers beachtet wird.
    }
## $text0 the recipient, $text1 the mechanism (mechanism-*); $stated "no"
## when the new edition names none.
notice-mechanism =
    { $stated ->
        [yes] Übermittlungen an { $text0 } beruhen nun auf { $text1 }.
       *[no] Übermittlungen an { $text0 } beruhen nicht mehr auf einem Angemessenheitsbeschluss oder geeigneten Garantien.
    }
## $stated which ages are stated: "both", "new", "old"; $new and $old
## the ages in years.
notice-minimum-age =
    { $stated ->
        [both] Das Mindestalter für die Nutzung des Dienstes beträgt nun { $new } Jahre; zuvor { $old }.
        [new] Das Mindestalter für die Nutzung des Dienstes beträgt nun { $new } Jahre; zuvor war keines angegeben.
        [old] Die Datenschutzerklärung nennt kein Mindestalter für die Nutzung des Dienstes mehr; zuvor { $old } Jahre.
       *[none] Das Mindestalter für die Nutzung des Dienstes ist anders angegeben.
    }
## Die Haltung zu Kindern: $audience, $new und $old general, mixed oder
## children; $stated yes oder no; wissentlich: yes, no oder unstated; $text0
## wie die Einwilligung eines Elternteils eingeholt wird, in Anführungszeichen;
## Elternrechte: $text0 die Rechte (children-parent-right-*), $added yes oder no.
notice-children-stance =
    { $stated ->
        [yes] Die Datenschutzerklärung nennt nun ihre Haltung zu Kindern: Der Dienst { $audience ->
                [general] richtet sich nicht an Kinder
                [mixed] richtet sich an ein allgemeines Publikum, zu dem auch Kinder gehören
               *[children] richtet sich an Kinder
            }.
       *[no] Die Datenschutzerklärung nennt ihre Haltung zu Kindern nicht mehr, auch nicht die Grenzen und Rechte eines Elternteils, die sie nannte; bisher hieß es: Der Dienst { $audience ->
                [general] richtet sich nicht an Kinder
                [mixed] richtet sich an ein allgemeines Publikum, zu dem auch Kinder gehören
               *[children] richtet sich an Kinder
            }.
    }
notice-children-audience =
    Der Dienst { $new ->
        [general] richtet sich nun nicht mehr an Kinder
        [mixed] richtet sich nun an ein allgemeines Publikum, zu dem auch Kinder gehören
       *[children] richtet sich nun an Kinder
    }; bisher { $old ->
        [general] richtete er sich nicht an Kinder
        [mixed] richtete er sich an ein allgemeines Publikum, zu dem auch Kinder gehören
       *[children] richtete er sich an Kinder
    }.
notice-children-knowingly =
    { $new ->
        [yes] Die Datenschutzerklärung sagt nun, dass personenbezogene Daten von Kindern wissentlich erhoben werden
        [no] Die Datenschutzerklärung sagt nun, dass personenbezogene Daten von Kindern nicht wissentlich erhoben werden
       *[unstated] Die Datenschutzerklärung sagt nicht mehr, ob personenbezogene Daten von Kindern wissentlich erhoben werden
    }; { $old ->
        [yes] bisher hieß es, dass dies geschieht
        [no] bisher hieß es, dass dies nicht geschieht
       *[unstated] bisher sagte sie dazu nichts
    }.
notice-children-parental-consent =
    { $stated ->
        [yes] Die Datenschutzerklärung sagt nun, wie die Einwilligung eines Elternteils oder Erziehungsberechtigten eingeholt wird: { $text0 }
       *[no] Die Datenschutzerklärung sagt nicht mehr, wie die Einwilligung eines Elternteils oder Erziehungsberechtigten eingeholt wird; sie sagte: { $text0 }
    }
notice-parent-rights =
    { $added ->
        [yes] Ein Elternteil oder Erziehungsberechtigter kann nun { $text0 }.
       *[no] Ein Elternteil oder Erziehungsberechtigter kann nicht mehr { $text0 }.
    }
## A change said in its kind's words (change-KIND, $text1), with what it
## is about: $text0 the label of the category, purpose, recipient,
## tracker, decision, controller or section, in quotes.
notice-about = Zu { $text0 }: { $text1 }
## $text0 a right's name (notice-right-*).
notice-about-right = Zum { $text0 }: { $text1 }
notice-tracker-removed = { $text0 } wird nicht mehr verwendet.
## $text0 the commitment's sentence in the new edition, in quotes.
notice-commitment-added = Die Datenschutzerklärung gibt nun diese Zusage: { $text0 }
## A shorter notice of a change: $new the notice now ($stated "no" when
## none is stated), $old the one before.
notice-notice-shortened =
    { $stated ->
        [yes] Eine Änderung wird nun { $new } vor dem Inkrafttreten angekündigt; zuvor { $old }.
       *[no] Die Datenschutzerklärung gibt nicht mehr an, wie lange vor dem Inkrafttreten eine Änderung angekündigt wird; zuvor { $old }.
    }
