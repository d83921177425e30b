# hash 506ff394621596dd
# Privacy Policy
policy-title = Datenschutzerklärung
# hash 17be95e1a1884ebc
# Account details
data-account-label = Kontodaten
# hash 83ceaa84150cd597
# What you give us when you sign up.
data-account-description = Was Sie uns bei der Registrierung angeben.
# hash dbe61f9d401b7bb0
# when you create your account
data-account-collected = wenn Sie Ihr Konto erstellen
# hash 82a3537ff0dbce7e
# name
data-account-examples-1 = Name
# hash adf662c41cbee13d
# e-mail address
data-account-examples-2 = E-Mail-Adresse
# hash 27f7ac4e5cf46d04
# year of birth
data-account-examples-3 = Geburtsjahr
# hash 5e884898da280471
# password
data-account-examples-4 = Passwort
# hash e8de9b4713bff5f0
# Workouts and activity
data-activity-label = Trainings und Aktivität
# hash f6de4281c89a0ba2
# Workouts
data-activity-short = Trainings
# hash 644ade9567e2ad5e
# What the app records while you train: the type and length of each workout, distance, pace, steps, and the route recorded by your phone's GPS.
data-activity-description = Was die App während Ihres Trainings aufzeichnet: Art und Dauer jedes Trainings, Distanz, Tempo, Schritte und die vom GPS Ihres Smartphones aufgezeichnete Route.
# hash ce27e493480e7799
# while you record a workout, and from your watch when you connect it
data-activity-collected = während Sie ein Training aufzeichnen, und von Ihrer Uhr, wenn Sie sie verbinden
# hash 646fbed2ccc8b757
# Heart rate and sleep
data-health-label = Herzfrequenz und Schlaf
# hash f74b6b30e51df7f5
# Your heart rate during and between workouts, and the length and phases of your sleep, read from your watch.
data-health-description = Ihre Herzfrequenz während und zwischen den Trainings sowie Dauer und Phasen Ihres Schlafs, von Ihrer Uhr ausgelesen.
# hash 56e3eb52644a5e1a
# from your watch, only after you switch on heart-rate zones
data-health-collected = von Ihrer Uhr, erst nachdem Sie die Herzfrequenzzonen eingeschaltet haben
# hash 2a76a066bd644589
# you switch off heart-rate zones
retain-health-1 = Sie die Herzfrequenzzonen ausschalten
# hash b3e265eb406cc2e5
# Programme points and rewards
data-rewards-label = Programmpunkte und Boni
# hash 59afe47d9d377267
# Rewards
data-rewards-short = Boni
# hash 30f2d582aab27082
# The activity points you collect in the Move & Save programme and the rewards you earn.
data-rewards-description = Die Aktivitätspunkte, die Sie im Programm Move & Save sammeln, und die Boni, die Sie erhalten.
# hash ac2a034601053468
# Subscription details
data-subscription-label = Abonnementdaten
# hash 04170e0de779a940
# Whether you subscribe to Trailmark Plus, since when and until when, as the app store that handles your payment tells us. We do not receive your payment card details.
data-subscription-description = Ob Sie Trailmark Plus abonniert haben, seit wann und bis wann, wie es uns der App-Store mitteilt, der Ihre Zahlung abwickelt. Ihre Zahlungskartendaten erhalten wir nicht.
# hash b854852e91918da8
# Device and connection information
data-device-label = Geräte- und Verbindungsdaten
# hash df743d3e530679e1
# Device information
data-device-short = Gerätedaten
# hash dbfdd989fae024ed
# automatically, whenever the app connects to our servers
data-device-collected = automatisch, wann immer die App eine Verbindung zu unseren Servern herstellt
# hash 0302a467885abfdd
# IP address
data-device-examples-1 = IP-Adresse
# hash 781bf19414f06e06
# device model
data-device-examples-2 = Gerätemodell
# hash 3f59ae651359d04e
# operating system version
data-device-examples-3 = Version des Betriebssystems
# hash ce32aae5c307cdee
# app version
data-device-examples-4 = Version der App
# hash c24af6cc56007a76
# App usage events
data-usage-label = Nutzungsereignisse der App
# hash eff703b63bf8af62
# Which screens you open and which features you use, crash reports, and the advertising campaign that led you to install the app.
data-usage-description = Welche Bildschirme Sie öffnen und welche Funktionen Sie nutzen, Absturzberichte sowie die Werbekampagne, über die Sie zur Installation der App gelangt sind.
# hash aa1cc9cf7ae91c1f
# by the analytics and attribution SDKs, only after you allow them
data-usage-collected = durch die Analyse- und Attributions-SDKs, erst nachdem Sie sie zugelassen haben
# hash 25da69a2ec3a63f1
# Support messages
data-support-label = Nachrichten an den Support
# hash 02ffe5a0acc1d7c2
# What you write to our support team, and our answers.
data-support-description = Was Sie unserem Supportteam schreiben, und unsere Antworten.
# hash 213dfcff51fc7b84
# when you write to us
data-support-collected = wenn Sie uns schreiben
# hash 3572189998520847
# Providing the app and your account
purpose-service-label = Bereitstellung der App und Ihres Kontos
# hash 6c4e62cddfeb12f8
# Providing the app
purpose-service-short = Bereitstellung der App
# hash 34798d49b2e82c74
# Heart-rate training zones and recovery advice
purpose-training_zones-label = Herzfrequenz-Trainingszonen und Empfehlungen zur Erholung
# hash b8e7493c982c260a
# Training zones
purpose-training_zones-short = Trainingszonen
# hash 45ded3a80a0c90fb
# Running the Move & Save rewards programme
purpose-rewards_programme-label = Durchführung des Bonusprogramms Move & Save
# hash 677942ca370e7032
# Running the rewards programme
purpose-rewards_programme-short = Durchführung des Bonusprogramms
# hash 15340c20a19cbcf9
# The programme converts your activity into points and, each month, into a reward on your health insurance premium.
purpose-rewards_programme-description = Das Programm rechnet Ihre Aktivität in Punkte und jeden Monat in einen Bonus auf Ihren Krankenversicherungsbeitrag um.
# hash 61e0da1dd5b89e7b
# Managing your Trailmark Plus subscription
purpose-subscriptions-label = Verwaltung Ihres Abonnements Trailmark Plus
# hash c8023c59082e1589
# Managing your subscription
purpose-subscriptions-short = Verwaltung Ihres Abonnements
# hash 693c52ae428231fb
# Answering your questions
purpose-support_requests-label = Beantwortung Ihrer Fragen
# hash eb110f1d3a3cc154
# answering the questions you send us
purpose-support_requests-interest = die Beantwortung der Fragen, die Sie uns senden
# hash c6c50164a8ef449a
# Keeping accounts and the app secure
purpose-security-label = Schutz der Konten und der App
# hash 8f6fb4eb7f42c0e2
# Security
purpose-security-short = Sicherheit
# hash 54ebbd81248eec17
# detecting and stopping attacks on accounts and on our servers
purpose-security-interest = das Erkennen und Abwehren von Angriffen auf Konten und auf unsere Server
# hash 4f59ae5dff3c0e90
# Improving the app with usage statistics and crash reports
purpose-analytics-label = Verbesserung der App anhand von Nutzungsstatistiken und Absturzberichten
# hash 9ae7433cf1ebda56
# Improving the app
purpose-analytics-short = Verbesserung der App
# hash 2c0993582e5acc2a
# Measuring which of our advertising campaigns lead to installs
purpose-attribution-label = Messung, welche unserer Werbekampagnen zu Installationen führen
# hash 57d2f63a2406fa6a
# Measuring our campaigns
purpose-attribution-short = Messung unserer Kampagnen
# hash 92395825defc23a4
# Keeping the records the law requires
purpose-legal-label = Führung der gesetzlich vorgeschriebenen Aufzeichnungen
# hash 3d0c67201838ff04
# Keeping legal records
purpose-legal-short = Gesetzliche Aufzeichnungen
# hash d449c476d734146e
# Cloud hosting provider
recipient-hosting-label = Cloud-Hosting-Anbieter
# hash 992b75920f310645
# the European Commission's standard contractual clauses of 4 June 2021, module two
recipient-hosting-safeguard = die Standardvertragsklauseln der Europäischen Kommission vom 4. Juni 2021, Modul zwei
# hash dda738cedae93704
# https://trailmark.example/legal/transfers
recipient-hosting-copy = https://trailmark.example/legal/transfers
# hash a3631babeb481fd7
# App analytics provider
recipient-analytics_sdk-label = Anbieter von App-Analysen
# hash 992b75920f310645
# the European Commission's standard contractual clauses of 4 June 2021, module two
recipient-analytics_sdk-safeguard = die Standardvertragsklauseln der Europäischen Kommission vom 4. Juni 2021, Modul zwei
# hash dda738cedae93704
# https://trailmark.example/legal/transfers
recipient-analytics_sdk-copy = https://trailmark.example/legal/transfers
# hash 5452739cf57296d4
# Mobile measurement provider
recipient-attribution_sdk-label = Anbieter für die Messung mobiler Werbekampagnen
# hash 992b75920f310645
# the European Commission's standard contractual clauses of 4 June 2021, module two
recipient-attribution_sdk-safeguard = die Standardvertragsklauseln der Europäischen Kommission vom 4. Juni 2021, Modul zwei
# hash dda738cedae93704
# https://trailmark.example/legal/transfers
recipient-attribution_sdk-copy = https://trailmark.example/legal/transfers
# hash cdd5ed8ab7ebec35
# Nordhafen Krankenversicherung AG
recipient-insurer-label = Nordhafen Krankenversicherung AG
# hash eef77495714c71a7
# The health insurer with which we run the Move & Save programme.
recipient-insurer-description = Die Krankenversicherung, mit der wir das Programm Move & Save durchführen.
# hash 71f4b057aa144969
# Public authorities
recipient-authorities-label = Behörden
# hash 762e21702fee9d9d
# the privacy settings in the app
right-access-via-1 = die Datenschutzeinstellungen in der App
# hash 2b1dc40c03ddc4fc
# privacy@trailmark.example
right-access-via-2 = privacy@trailmark.example
# hash c54ec33dbdee9901
# when requests are complex or numerous
right-access-extendable = wenn Anträge komplex oder zahlreich sind
# hash 08591548e0f7fefd
# your profile in the app
right-rectification-via-1 = Ihr Profil in der App
# hash 2b1dc40c03ddc4fc
# privacy@trailmark.example
right-rectification-via-2 = privacy@trailmark.example
# hash 762e21702fee9d9d
# the privacy settings in the app
right-erasure-via-1 = die Datenschutzeinstellungen in der App
# hash 2b1dc40c03ddc4fc
# privacy@trailmark.example
right-erasure-via-2 = privacy@trailmark.example
# hash 2b1dc40c03ddc4fc
# privacy@trailmark.example
right-restriction-via-1 = privacy@trailmark.example
# hash 762e21702fee9d9d
# the privacy settings in the app
right-portability-via-1 = die Datenschutzeinstellungen in der App
# hash 762e21702fee9d9d
# the privacy settings in the app
right-objection-via-1 = die Datenschutzeinstellungen in der App
# hash 2b1dc40c03ddc4fc
# privacy@trailmark.example
right-objection-via-2 = privacy@trailmark.example
# hash 762e21702fee9d9d
# the privacy settings in the app
right-withdraw_consent-via-1 = die Datenschutzeinstellungen in der App
# hash 7d3f2ccafabe7d12
# You can ask for a person on our team to review the month's reward decision, tell us your point of view, and contest it.
right-automated_decisions-description = Sie können verlangen, dass eine Person aus unserem Team die monatliche Bonusentscheidung überprüft, uns Ihren Standpunkt darlegen und die Entscheidung anfechten.
# hash 153f275b496d9d79
# the Move & Save screen in the app
right-automated_decisions-via-1 = den Bildschirm Move & Save in der App
# hash 2b1dc40c03ddc4fc
# privacy@trailmark.example
right-automated_decisions-via-2 = privacy@trailmark.example
# hash 179b5c3328be11cd
# We encrypt information in transit and at rest, keep heart-rate and sleep data on our own servers in Switzerland, apart from other data, and give our staff access only to what their work needs.
security-measures = Wir verschlüsseln Daten bei der Übertragung und bei der Speicherung, speichern Herzfrequenz- und Schlafdaten getrennt von anderen Daten auf unseren eigenen Servern in der Schweiz und gewähren unseren Mitarbeitenden nur Zugriff auf das, was sie für ihre Arbeit benötigen.
# hash 2275583196d79140
# Switzerland
controller-country = die Schweiz
# hash bc9949efc59f4085
# the app store that handles your payment
data-subscription-source-1 = dem App-Store, der Ihre Zahlung abwickelt
# hash 328d162c45461fcf
# the United States
recipient-hosting-country = die Vereinigten Staaten
# hash 328d162c45461fcf
# the United States
recipient-analytics_sdk-country = die Vereinigten Staaten
# hash 328d162c45461fcf
# the United States
recipient-attribution_sdk-country = die Vereinigten Staaten
# hash 80db4ccdca106d37
# Germany
recipient-insurer-country = Deutschland
# hash a45bc019f7fd6472
# We run the programme and answer your questions and requests about it; Nordhafen applies the rewards to your premium. You can exercise your rights against either of us.
recipient-insurer-arrangement = Wir führen das Programm durch und beantworten Ihre Fragen und Anliegen dazu; Nordhafen rechnet die Boni auf Ihren Beitrag an. Sie können Ihre Rechte gegenüber jedem von uns geltend machen.
# hash d61f610bc5fa934f
# Sign-in token
tracker-sign_in-label = Anmelde-Token
# hash 6fbc2de6f6cce538
# Keeps you signed in to the app.
tracker-sign_in-description = Hält Sie in der App angemeldet.
# hash 0c0ea31ab0b79de8
# Analytics SDK
tracker-analytics_kit-label = Analyse-SDK
# hash 2b9d449edf6fef97
# Records which screens and features you use, and reports crashes.
tracker-analytics_kit-description = Erfasst, welche Bildschirme und Funktionen Sie nutzen, und meldet Abstürze.
# hash 5181a4a3537b8b66
# Attribution SDK
tracker-install_attribution-label = Attributions-SDK
# hash 1d066c3831912d59
# Tells us which advertising campaign led you to install the app.
tracker-install_attribution-description = Teilt uns mit, welche Werbekampagne Sie zur Installation der App geführt hat.
# hash ae08cdc458554ff3
# A parent or guardian confirms their consent from their own Trailmark account, after we check their identity with a small card payment that we refund.
children-parental_consent = Ein Elternteil oder eine sorgeberechtigte Person bestätigt die Einwilligung über ein eigenes Trailmark-Konto, nachdem wir ihre Identität mit einer kleinen Kartenzahlung geprüft haben, die wir erstatten.
# hash 39e9029c9be2bf59
# Monthly reward
decision-monthly_reward-label = Monatlicher Bonus
# hash df93dedc1c227c7f
# At the end of each month the programme decides whether you earned the month's reward.
decision-monthly_reward-description = Am Ende jedes Monats entscheidet das Programm, ob Sie den Bonus des Monats erreicht haben.
# hash 1a047d406ed07852
# Each workout earns points by its length and intensity; the reward is granted when the month's points reach the target shown in the app.
decision-monthly_reward-logic = Jedes Training bringt Punkte nach seiner Dauer und Intensität; der Bonus wird gewährt, wenn die Punkte des Monats das in der App angezeigte Ziel erreichen.
# hash b7f194bea71709e1
# The reward lowers your health insurance premium for the following month; without it, you pay the full premium.
decision-monthly_reward-significance = Der Bonus senkt Ihren Krankenversicherungsbeitrag für den folgenden Monat; ohne ihn zahlen Sie den vollen Beitrag.
# hash ba369d86e58bfeb5
# we cannot open your account, and you cannot use the app
data-account-consequence = können wir Ihr Konto nicht eröffnen, und Sie können die App nicht nutzen
# hash 982106cb38473077
# To name the company that receives what the analytics SDK collects: our app analytics provider, now listed among the recipients.
because-analytics_kit = Um das Unternehmen zu nennen, das erhält, was das Analyse-SDK erfasst: unseren Anbieter der App-Analyse, der nun unter den Empfängern aufgeführt ist.
# hash b33c2e0860ea8208
# To name the company that receives what the attribution SDK collects: our mobile measurement provider, now listed among the recipients.
because-install_attribution = Um das Unternehmen zu nennen, das erhält, was das Attributions-SDK erfasst: unseren Anbieter der Installationsmessung, der nun unter den Empfängern aufgeführt ist.
