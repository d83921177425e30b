# hash 506ff394621596dd
# Privacy Policy
policy-title = Datenschutzerklärung
# hash d4bd6658ff0da57e
# the legislation on personal data that applies to the Service
policy-governing_law = den für den Dienst geltenden Rechtsvorschriften über personenbezogene Daten
# hash 3fe5a3f2ee48e177
# information processed while the User uses the Service, and only to that information
policy-scope = Daten, die verarbeitet werden, während die betroffene Person den Dienst nutzt, und nur für diese Daten
# hash b196a0d5e82a21ac
# the agreements on the use of the Service
policy-part_of-1 = den Vereinbarungen über die Nutzung des Dienstes
# hash c0f69330cddf6d1d
# other agreements signed with the User when their conditions provide for it
policy-part_of-2 = anderen mit der betroffenen Person geschlossenen Vereinbarungen, sofern deren Bedingungen dies vorsehen
# hash bca86b1e540cc024
# Information the User provides about themselves
data-account-label = Angaben, die die betroffene Person über sich selbst macht
# hash e991db93ab423549
# Information provided
data-account-short = Eigene Angaben
# hash e6ea7379633ef53e
# Personal information the User gives independently when registering, signing in or using the Service.
data-account-description = Personenbezogene Daten, die die betroffene Person bei der Registrierung, bei der Anmeldung oder bei der Nutzung des Dienstes selbst angibt.
# hash 81b081542e5c0356
# at registration, at sign-in and while using the Service
data-account-collected = bei der Registrierung, bei der Anmeldung und während der Nutzung des Dienstes
# hash fe989451a63bd82b
# the User removes it from the Service
retain-account-1 = die betroffene Person sie aus dem Dienst entfernt
# hash 70772a3487ed3aa3
# E-mail address
data-account-email-label = E-Mail-Adresse
# hash fe989451a63bd82b
# the User removes it from the Service
retain-account-email-1 = die betroffene Person sie aus dem Dienst entfernt
# hash dcd1d5223f73b3a9
# Name
data-account-name-label = Name
# hash fe989451a63bd82b
# the User removes it from the Service
retain-account-name-1 = die betroffene Person sie aus dem Dienst entfernt
# hash 3005040d36b9ee98
# Telephone number
data-account-phone-label = Telefonnummer
# hash fe989451a63bd82b
# the User removes it from the Service
retain-account-phone-1 = die betroffene Person sie aus dem Dienst entfernt
# hash 1e9fcd5504a81429
# Messages and requests the User sends to the Service
data-account-content-label = Nachrichten und Anfragen, die die betroffene Person an den Dienst sendet
# hash 04d7b48339271ea6
# Messages
data-account-content-short = Nachrichten
# hash fe989451a63bd82b
# the User removes it from the Service
retain-account-content-1 = die betroffene Person sie aus dem Dienst entfernt
# hash 9e07b7626b9766b1
# Technical information sent automatically by the User's browser
data-device-label = Technische Daten, die der Browser der betroffenen Person automatisch übermittelt
# hash e7958eb1058f4c45
# Browser data
data-device-short = Browserdaten
# hash f111d12c702d320a
# Data transferred automatically by the software the User accesses the Internet with.
data-device-description = Daten, die die Software, mit der die betroffene Person auf das Internet zugreift, automatisch übermittelt.
# hash 6f56b6fa62494cdb
# automatically, whenever the User uses the Service
data-device-collected = automatisch, bei jeder Nutzung des Dienstes durch die betroffene Person
# hash 0302a467885abfdd
# IP address
data-device-examples-1 = IP-Adresse
# hash 1ce199fcb79d8a4b
# information from cookies
data-device-examples-2 = Informationen aus Cookies
# hash 58ae86d54a45edf8
# information about the browser
data-device-examples-3 = Informationen über den Browser
# hash 96b0a5a42cc9a4c4
# access time
data-device-examples-4 = Zeitpunkt des Zugriffs
# hash 299386ec8857e8f1
# the address of the requested page
data-device-examples-5 = die Adresse der aufgerufenen Seite
# hash f72fc6b889b9e764
# Log files of the User's actions within the Service
data-activity_log-label = Protokolldateien der Handlungen der betroffenen Person im Dienst
# hash ce93d9cc7eb45d52
# Activity logs
data-activity_log-short = Protokolldateien
# hash 2ad8ee01d427c5db
# Records of the actions the User makes while using the Service and while performing agreements with the Service.
data-activity_log-description = Aufzeichnungen der Handlungen, die die betroffene Person bei der Nutzung des Dienstes und bei der Erfüllung von Vereinbarungen mit dem Dienst vornimmt.
# hash 162407b974902801
# while the User uses the Service and performs agreements with it
data-activity_log-collected = während die betroffene Person den Dienst nutzt und Vereinbarungen mit ihm erfüllt
# hash c0eb60b3f7314089
# Depersonalized information
data-profile-label = Depersonalisierte Daten
# hash 892b6899bb586c34
# Depersonalized data
data-profile-short = Depersonalisierte Daten
# hash c7569f40bfb2f7a7
# Information that does not allow the User to be identified and does not directly point to a specific person.
data-profile-description = Daten, die die Identifizierung der betroffenen Person nicht ermöglichen und nicht unmittelbar auf eine bestimmte Person hinweisen.
# hash 933d0573f71dee0c
# geographical region
data-profile-examples-1 = geografische Region
# hash 8b4c3c90635993d8
# interests
data-profile-examples-2 = Interessen
# hash 50e0d250228d28f8
# profession
data-profile-examples-3 = Beruf
# hash 98d44e13f455d916
# sex
data-profile-examples-4 = Geschlecht
# hash 013f54400c82da08
# age
data-profile-examples-5 = Alter
# hash e78ee291a709da34
# Depersonalized statistical data
data-statistics-label = Depersonalisierte statistische Daten
# hash a656107e99c71dea
# Statistics
data-statistics-short = Statistiken
# hash d762e46bb9c4f8a8
# Statistics obtained from the User's personal information by depersonalizing it.
data-statistics-description = Statistiken, die durch Depersonalisierung aus den personenbezogenen Daten der betroffenen Person gewonnen werden.
# hash 4f05dcd6ffb3c4e2
# Identifying the User within the Service and under agreements and contracts with the Service
purpose-identification-label = Identifizierung der betroffenen Person im Dienst und im Rahmen von Vereinbarungen und Verträgen mit dem Dienst
# hash 91f606b32dfc475e
# Identification
purpose-identification-short = Identifizierung
# hash d4d7e7a6f93f1f36
# Fulfilling obligations under agreements, including providing the Service to the User
purpose-service_provision-label = Erfüllung von Pflichten aus Vereinbarungen, einschließlich der Bereitstellung des Dienstes für die betroffene Person
# hash 453fa4f90a24bbe7
# Providing the Service
purpose-service_provision-short = Bereitstellung des Dienstes
# hash 85d3b1ebab31e624
# Communicating with the User about the use of the Service, including handling the User's requests
purpose-communication-label = Kommunikation mit der betroffenen Person über die Nutzung des Dienstes, einschließlich der Bearbeitung ihrer Anfragen
# hash 3981a2b9c1ef7fce
# Communication
purpose-communication-short = Kommunikation
# hash 1a4fc958b752411e
# Improving the quality of the Service
purpose-quality-label = Verbesserung der Qualität des Dienstes
# hash 24bfaa401945ad12
# Service quality
purpose-quality-short = Qualität des Dienstes
# hash 2611305fa87ca2ba
# improving the quality of the Service
purpose-quality-interest = die Verbesserung der Qualität des Dienstes
# hash b66a9e962bf4fe6e
# Keeping evidence for the legal protection of the Service
purpose-legal_protection-label = Sicherung von Beweisen für den rechtlichen Schutz des Dienstes
# hash e5a97e0882ca4cd9
# Legal protection
purpose-legal_protection-short = Rechtsschutz
# hash c4a7b23b4c9a56d1
# being able to protect the Service's rights in legal proceedings
purpose-legal_protection-interest = die Möglichkeit, die Rechte des Dienstes in rechtlichen Verfahren zu schützen
# hash 7dd03b6850c8e970
# Targeting promotional materials
purpose-targeting-label = Gezielte Ausrichtung von Werbematerialien
# hash dfa4ae555e8f2e61
# Targeting
purpose-targeting-short = Gezielte Werbung
# hash 8e63ea15321f6f51
# showing the User relevant promotional materials
purpose-targeting-interest = die Anzeige von Werbematerialien, die für die betroffene Person relevant sind
# hash 5d160d632bd8d121
# Marketing, statistical and other research
purpose-research-label = Marktforschung, statistische und sonstige Untersuchungen
# hash 979d6300fd9884ff
# Research
purpose-research-short = Forschung
# hash b68eeea49b97500c
# developing and improving the Service
purpose-research-interest = die Entwicklung und Verbesserung des Dienstes
# hash 65eaa6c738bc371a
# Third parties the User agrees to share information with
recipient-partners-label = Dritte, die Daten mit Einwilligung der betroffenen Person erhalten
# hash 317f887d1ebe19e8
# Contractors who help provide the Service or perform agreements with the User
recipient-contractors-label = Auftragnehmer, die bei der Bereitstellung des Dienstes oder bei der Erfüllung von Vereinbarungen mit der betroffenen Person mitwirken
# hash 887790b722f51261
# Public authorities entitled to request information under the law
recipient-authorities-label = Behörden, die gesetzlich berechtigt sind, Daten anzufordern
# hash d7553fc640832777
# Persons whose rights and legitimate interests are harmed when the User breaks the agreements on the use of the Service
recipient-claimants-label = Personen, deren Rechte und berechtigte Interessen verletzt werden, wenn die betroffene Person gegen die Vereinbarungen über die Nutzung des Dienstes verstößt
# hash a73cb2512689dd2f
# An acquirer of the business, in full or in part
recipient-acquirer-label = Ein Erwerber des Unternehmens oder eines Teils davon
# hash c33ffc855e087446
# Third parties who carry out research, perform works or render services on the Service's instructions
recipient-researchers-label = Dritte, die im Auftrag des Dienstes Untersuchungen durchführen, Arbeiten ausführen oder Dienstleistungen erbringen
# hash 9afcfe8950572d8c
# The User may change the personal information they have provided.
right-rectification-description = Die betroffene Person kann die von ihr angegebenen personenbezogenen Daten ändern.
# hash 526a33daafbbb493
# the account settings of the Service
right-rectification-via-1 = die Kontoeinstellungen des Dienstes
# hash dc10027809c52b5b
# privacy@proit.example
right-rectification-via-2 = privacy@proit.example
# hash 6cd2fd4bfa4d4e60
# The User may remove the personal information they have provided.
right-erasure-description = Die betroffene Person kann die von ihr angegebenen personenbezogenen Daten entfernen.
# hash 526a33daafbbb493
# the account settings of the Service
right-erasure-via-1 = die Kontoeinstellungen des Dienstes
# hash dc10027809c52b5b
# privacy@proit.example
right-erasure-via-2 = privacy@proit.example
# hash dc10027809c52b5b
# privacy@proit.example
right-access-via-1 = privacy@proit.example
# hash dc702e284fab68f2
# The User may object to processing based on the legitimate interests of the Service.
right-objection-description = Die betroffene Person kann der Verarbeitung widersprechen, die auf den berechtigten Interessen des Dienstes beruht.
# hash dc10027809c52b5b
# privacy@proit.example
right-objection-via-1 = privacy@proit.example
# hash 9f84250b4ca124f4
# the data protection authority where the User lives
right-complaint-via-1 = der Datenschutz-Aufsichtsbehörde am Wohnort der betroffenen Person
# hash 5b5f6bdf30bb2095
# The User guarantees that the personal information they provide is reliable and keeps it up to date.
obligation-accuracy = Die betroffene Person gewährleistet, dass die von ihr angegebenen personenbezogenen Daten zuverlässig sind, und hält sie auf dem aktuellen Stand.
# hash fc9022bfc6689152
# The User provides only their own personal information, and no personal information of third parties.
obligation-own_data_only = Die betroffene Person gibt nur ihre eigenen personenbezogenen Daten an und keine personenbezogenen Daten Dritter.
# hash 276064af9adb139b
# The User does not give their personal information to third parties.
obligation-no_sharing = Die betroffene Person gibt ihre personenbezogenen Daten nicht an Dritte weiter.
# hash 26009cc68d7f6f44
# The Service protects personal information as the law requires and takes the necessary and sufficient organisational and technical measures to protect it.
security-measures = Der Dienst schützt personenbezogene Daten, wie es das Gesetz verlangt, und trifft die erforderlichen und ausreichenden organisatorischen und technischen Maßnahmen zu ihrem Schutz.
# hash d3bcbcefc9d71db1
# The User should not use the Service if they do not agree with the conditions of this Policy.
clause-refrain = Die betroffene Person sollte den Dienst nicht nutzen, wenn sie mit den Bedingungen dieser Datenschutzerklärung nicht einverstanden ist.
# hash 0fc37e460a4544ef
# Pro IT Group Inc does not check whether the personal information the User provides is reliable, nor assess their legal capacity. The consequences of providing unreliable information are set out in the Agreement on the use of the Service.
clause-verification = Pro IT Group Inc prüft weder, ob die von der betroffenen Person angegebenen personenbezogenen Daten zuverlässig sind, noch ihre Geschäftsfähigkeit. Die Folgen der Angabe unzuverlässiger Daten sind in der Vereinbarung über die Nutzung des Dienstes geregelt.
# hash 56d932d875721e12
# Pro IT Group Inc is not responsible for the consequences of the User giving their personal information to third parties.
clause-liability = Pro IT Group Inc ist nicht verantwortlich für die Folgen der Weitergabe personenbezogener Daten durch die betroffene Person an Dritte.
# hash 2bf85f2b12d6919d
# The Service collects, processes and stores only the information of the User that is necessary to provide its services and to perform agreements and contracts with the User.
clause-necessity = Der Dienst erhebt, verarbeitet und speichert nur die Daten der betroffenen Person, die erforderlich sind, um seine Leistungen zu erbringen und Vereinbarungen und Verträge mit der betroffenen Person zu erfüllen.
# hash 94633f722348212b
# To state which information the User must give to use the Service and which is optional, as section 4.3 already said.
because-account = Um anzugeben, welche Daten die betroffene Person zur Nutzung des Dienstes angeben muss und welche freiwillig sind, wie es bereits Abschnitt 4.3 vorsah.
# hash 8c90a0b46e9e7ba8
# To say that the technical information listed is only examples, as section 2.1.2 does with "including".
because-device-examples = Um anzugeben, dass die aufgeführten technischen Daten nur Beispiele sind, wie es Abschnitt 2.1.2 mit „einschließlich“ ausdrückt.
# hash 9cd13b709721b106
# To say that the depersonalized information listed is only examples, as section 2.2 does with "and other information".
because-profile-examples = Um anzugeben, dass die aufgeführten depersonalisierten Daten nur Beispiele sind, wie es Abschnitt 2.2 mit „und andere Informationen“ ausdrückt.
# hash 56dfe82fa11627bb
# To say, as section 2.2 does, that depersonalized information combined with personal information is treated as personal information while it remains combined.
because-profile-combined = Um anzugeben, wie es Abschnitt 2.2 tut, dass depersonalisierte Daten, die mit personenbezogenen Daten verknüpft werden, als personenbezogene Daten gelten, solange sie verknüpft bleiben.
# hash 56dfe82fa11627bb
# To say, as section 2.2 does, that depersonalized information combined with personal information is treated as personal information while it remains combined.
because-statistics-combined = Um anzugeben, wie es Abschnitt 2.2 tut, dass depersonalisierte Daten, die mit personenbezogenen Daten verknüpft werden, als personenbezogene Daten gelten, solange sie verknüpft bleiben.
# hash e202112714a136a7
# To say that targeting promotional materials by the User's interests, as section 3.2.5 describes, is profiling.
because-targeting-profiling = Um anzugeben, dass die gezielte Ausrichtung von Werbematerialien nach den Interessen der betroffenen Person, wie in Abschnitt 3.2.5 beschrieben, Profiling ist.
# hash 677c4d21e3ffa3c1
# To state on its own the User's right to object to direct marketing, as the law asks: targeting promotional materials at the User, as section 3.2.5 describes, is direct marketing.
because-targeting = Um das Recht der betroffenen Person, der Direktwerbung zu widersprechen, gesondert anzugeben, wie es das Gesetz verlangt: Die gezielte Ausrichtung von Werbematerialien auf die betroffene Person, wie in Abschnitt 3.2.5 beschrieben, ist Direktwerbung.
