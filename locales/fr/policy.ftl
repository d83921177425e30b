# Les mots propres de policyc, en français. Les termes sont ceux de la
# version française du RGPD (responsable du traitement, consentement,
# intérêt légitime, sous-traitant). Avec `voice we_you`, l'utilisateur est
# vouvoyé ; à la troisième personne, il est « la personne concernée »
# (art. 4, point 1), qui ne dit rien du genre de la personne.

## Listes : le mot avant le dernier élément (« A, B et C »).

list-and = et
list-or = ou

## Durées : $unit est l'unité (day, week, month, year), $amount le nombre tel
## qu'il s'écrit, $count le même nombre, que lisent les règles du pluriel
## (en français, 0 et 1 sont au singulier).

duration =
    { $unit ->
        [day]
            { $count ->
                [one] { $amount } jour
               *[other] { $amount } jours
            }
        [week]
            { $count ->
                [one] { $amount } semaine
               *[other] { $amount } semaines
            }
        [month] { $amount } mois
       *[year]
            { $count ->
                [one] { $amount } an
               *[other] { $amount } ans
            }
    }

## Dates : $day et $month sont des nombres, $year l'année telle qu'elle
## s'écrit. Le premier jour du mois s'écrit « 1er ».

date =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Bases juridiques (RGPD art. 6, paragraphe 1, et art. 9, paragraphe 2, a)).

basis-consent =
    { $voice ->
        [we] votre consentement
       *[third] le consentement de la personne concernée
    }
basis-explicit_consent =
    { $voice ->
        [we] votre consentement explicite
       *[third] le consentement explicite de la personne concernée
    }
basis-contract =
    { $voice ->
        [we] le traitement est nécessaire à l'exécution d'un contrat conclu avec vous
       *[third] le traitement est nécessaire à l'exécution d'un contrat conclu avec la personne concernée
    }
basis-legal_obligation =
    { $voice ->
        [we] le traitement est nécessaire au respect d'une obligation légale qui nous incombe
       *[third] le traitement est nécessaire au respect d'une obligation légale incombant à { $controller }
    }
basis-vital_interests =
    { $voice ->
        [we] le traitement est nécessaire à la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne physique
       *[third] le traitement est nécessaire à la sauvegarde des intérêts vitaux de la personne concernée ou d'une autre personne physique
    }
basis-public_task = le traitement est nécessaire à l'exécution d'une mission d'intérêt public
basis-legitimate_interest =
    { $voice ->
        [we] nos intérêts légitimes
       *[third] les intérêts légitimes de { $controller }
    }

## Droits, comme titres.

right-access = Droit d'accès
right-rectification =
    { $law ->
        [us] Droit de rectification
       *[other] Droit de rectification
    }
right-erasure =
    { $law ->
        [us] Droit de suppression
       *[other] Droit à l'effacement
    }
right-restriction = Droit à la limitation du traitement
right-portability = Droit à la portabilité des données
right-objection = Droit d'opposition
right-withdraw_consent = Droit de retirer son consentement
right-complaint = Droit d'introduire une réclamation
right-opt_out_sale_share = Droit de s'opposer à la vente et au partage
right-limit_sensitive = Droit de limiter l'utilisation des informations personnelles sensibles
right-know = Droit de savoir
right-appeal = Droit de recours
right-non_discrimination = Droit à la non-discrimination
right-automated_decisions = Droit de ne pas faire l'objet d'une décision automatisée

## Catégories particulières de données à caractère personnel (RGPD art. 9, paragraphe 1).

special-racial_or_ethnic_origin = données qui révèlent l'origine raciale ou ethnique
special-political_opinions = données qui révèlent les opinions politiques
special-religious_beliefs = données qui révèlent les convictions religieuses ou philosophiques
special-trade_union_membership = données qui révèlent l'appartenance syndicale
special-genetic = données génétiques
special-biometric = données biométriques aux fins d'identifier une personne physique de manière unique
special-health = données concernant la santé
special-sex_life = données concernant la vie sexuelle ou l'orientation sexuelle

## Comment l'utilisateur est informé d'une modification.

notify-on_website = par la publication de la nouvelle version sur le site web du Service
notify-by_email = par courrier électronique
notify-in_service = par un avis dans le Service

## Motifs de transfert, comme proposition après « lorsque ».

ground-consent =
    { $voice ->
        [we] vous avez consenti au transfert
       *[third] la personne concernée a consenti au transfert
    }
ground-consent-processor =
    { $voice ->
        [we] vous avez consenti au traitement qu'il effectue pour notre compte
       *[third] la personne concernée a consenti au traitement qu'il effectue pour le compte de { $controller }
    }
ground-contract =
    { $voice ->
        [we] le transfert est nécessaire à l'exécution d'un contrat conclu avec vous
       *[third] le transfert est nécessaire à l'exécution d'un contrat conclu avec la personne concernée
    }
ground-legal_obligation = le transfert est exigé par la loi
ground-rights_protection =
    { $voice ->
        [we] le transfert est nécessaire à la protection de nos droits et intérêts légitimes ou de ceux d'autres personnes
       *[third] le transfert est nécessaire à la protection des droits et intérêts légitimes de { $controller } ou d'autres personnes
    }
ground-business_transfer = le transfert a lieu dans le cadre d'une vente ou d'une autre cession de l'entreprise
ground-depersonalized_statistics = les informations ont été anonymisées et sont transférées sous forme de données statistiques
ground-business_purpose = les informations sont communiquées à un prestataire de services pour une finalité commerciale, en vertu d'un contrat qui limite son utilisation des informations
ground-business_purpose-service_provider = les informations sont communiquées pour une finalité commerciale

## Catégories de destinataires, après « Type de destinataire : ».

recipient-third_party = tiers
recipient-processor =
    { $voice ->
        [we] sous-traitant, agissant sur nos instructions
       *[third] sous-traitant, agissant sur instruction de { $controller }
    }
recipient-acquirer = acquéreur de l'entreprise
recipient-authority = autorité publique
recipient-service_provider =
    { $voice ->
        [we] prestataire de services, traitant pour nos finalités commerciales en vertu d'un contrat qui limite son utilisation des informations
       *[third] prestataire de services, traitant pour les finalités commerciales de { $controller } en vertu d'un contrat qui limite son utilisation des informations
    }
recipient-affiliate =
    { $voice ->
        [we] société de notre groupe
       *[third] société du groupe de { $controller }
    }
recipient-advertising = partenaire publicitaire
recipient-analytics = fournisseur de mesure d'audience
recipient-data_broker = courtier en données
recipient-social_network = réseau social
recipient-payment = prestataire de paiement
recipient-other_users = autres utilisateurs du Service
recipient-public = le public

## Ce qu'est une communication au sens des lois des États américains.

disclosure-sale = une vente d'informations personnelles
disclosure-share = un partage d'informations personnelles à des fins de publicité comportementale intercontextuelle
disclosure-targeted_advertising = un traitement d'informations personnelles à des fins de publicité ciblée

## Origine : l'introduction de la liste des catégories d'une origine, et la
## phrase sur une catégorie. Une espace insécable précède le deux-points.

source-user =
    { $voice ->
        [we] Vous fournissez les informations personnelles suivantes :
       *[third] La personne concernée fournit les informations personnelles suivantes :
    }
source-user-sentence =
    { $voice ->
        [we] Vous fournissez ces informations.
       *[third] La personne concernée fournit ces informations.
    }
source-device =
    { $voice ->
        [we] Votre appareil envoie automatiquement les informations personnelles suivantes :
       *[third] L'appareil de la personne concernée envoie automatiquement les informations personnelles suivantes :
    }
source-device-sentence =
    { $voice ->
        [we] Votre appareil envoie ces informations automatiquement.
       *[third] L'appareil de la personne concernée envoie ces informations automatiquement.
    }
source-derived =
    { $voice ->
        [we] Nous déduisons les informations personnelles suivantes d'autres informations :
       *[third]
            { $controllers ->
                [several] { $controller } déduisent les informations personnelles suivantes d'autres informations :
               *[one] { $controller } déduit les informations personnelles suivantes d'autres informations :
            }
    }
source-derived-sentence = Ces informations sont déduites d'autres informations.
source-third_party =
    { $voice ->
        [we] Nous recevons les informations personnelles suivantes de tiers :
       *[third]
            { $controllers ->
                [several] { $controller } reçoivent les informations personnelles suivantes de tiers :
               *[one] { $controller } reçoit les informations personnelles suivantes de tiers :
            }
    }
source-third_party-sentence = Ces informations sont reçues de tiers.

## Comment l'utilisateur accepte la Politique.

acceptance-by_use =
    { $voice ->
        [we] En utilisant le Service, vous acceptez la présente Politique et les conditions de traitement qui y sont énoncées.
       *[third] En utilisant le Service, la personne concernée accepte la présente Politique et les conditions de traitement qui y sont énoncées.
    }
acceptance-by_explicit_agreement =
    { $voice ->
        [we] Vous acceptez la présente Politique en y consentant expressément.
       *[third] La personne concernée accepte la présente Politique en y consentant expressément.
    }

## Qui peut modifier la Politique.

authority-unilateral =
    { $voice ->
        [we] Nous pouvons modifier unilatéralement la présente Politique.
       *[third]
            { $controllers ->
                [several] { $controller } peuvent modifier unilatéralement la présente Politique.
               *[one] { $controller } peut modifier unilatéralement la présente Politique.
            }
    }
authority-agreement =
    { $voice ->
        [we] Nous ne pouvons modifier la présente Politique qu'avec votre accord.
       *[third]
            { $controllers ->
                [several] { $controller } ne peuvent modifier la présente Politique qu'avec l'accord de la personne concernée.
               *[one] { $controller } ne peut modifier la présente Politique qu'avec l'accord de la personne concernée.
            }
    }

## Quand une nouvelle version prend effet : $stated vaut « yes » si un délai
## de préavis est indiqué, $notice ce délai.

takes-effect-on_publication = Une nouvelle version de la présente Politique prend effet dès sa publication.
takes-effect-after_notice =
    { $stated ->
        [yes] Une nouvelle version de la présente Politique prend effet à l'expiration du délai de préavis de { $notice }.
       *[no] Une nouvelle version de la présente Politique prend effet à l'expiration du délai de préavis.
    }

## Conservation : une durée comme fin de « conservées … » ($text0 est
## l'événement, un texte de la source), et comment des durées se combinent.

period-for = pendant { $duration } à compter de { $text0 }
period-until = jusqu'à { $text0 }
period-law = aussi longtemps que la loi l'exige
retention-first = selon ce qui survient en premier
retention-last = selon ce qui survient en dernier

## Ce qu'un droit permet, pour un droit indiqué sans description.

right-access-meaning =
    { $voice ->
        [we] Vous pouvez demander si des informations personnelles vous concernant sont traitées, y accéder et en obtenir une copie.
       *[third] La personne concernée peut demander si des informations personnelles la concernant sont traitées, y accéder et en obtenir une copie.
    }
right-rectification-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Vous pouvez faire rectifier les informations personnelles inexactes vous concernant.
               *[third] La personne concernée peut faire rectifier les informations personnelles inexactes la concernant.
            }
       *[other]
            { $voice ->
                [we] Vous pouvez faire rectifier les informations personnelles inexactes et compléter les informations personnelles incomplètes.
               *[third] La personne concernée peut faire rectifier les informations personnelles inexactes et compléter les informations personnelles incomplètes.
            }
    }
right-erasure-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Vous pouvez faire supprimer les informations personnelles vous concernant.
               *[third] La personne concernée peut faire supprimer les informations personnelles la concernant.
            }
       *[other]
            { $voice ->
                [we] Vous pouvez faire effacer des informations personnelles.
               *[third] La personne concernée peut faire effacer des informations personnelles.
            }
    }
right-restriction-meaning =
    { $voice ->
        [we] Vous pouvez obtenir la limitation du traitement des informations personnelles.
       *[third] La personne concernée peut obtenir la limitation du traitement des informations personnelles.
    }
right-portability-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Vous pouvez recevoir les informations personnelles que vous avez fournies dans un format portable et facilement utilisable, afin de les transmettre à une autre entreprise.
               *[third] La personne concernée peut recevoir les informations personnelles qu'elle a fournies dans un format portable et facilement utilisable, afin de les transmettre à une autre entreprise.
            }
       *[other]
            { $voice ->
                [we] Vous pouvez recevoir les informations personnelles que vous avez fournies dans un format structuré, couramment utilisé et lisible par machine, et les faire transmettre à un autre responsable du traitement.
               *[third] La personne concernée peut recevoir les informations personnelles qu'elle a fournies dans un format structuré, couramment utilisé et lisible par machine, et les faire transmettre à un autre responsable du traitement.
            }
    }
right-objection-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Vous pouvez vous opposer au traitement d'informations personnelles que nous effectuons dans notre propre intérêt.
               *[third]
                    { $controllers ->
                        [several] La personne concernée peut s'opposer au traitement d'informations personnelles que { $controller } effectuent dans leur propre intérêt.
                       *[one] La personne concernée peut s'opposer au traitement d'informations personnelles que { $controller } effectue dans son propre intérêt.
                    }
            }
       *[other]
            { $voice ->
                [we] Vous pouvez vous opposer au traitement d'informations personnelles fondé sur des intérêts légitimes.
               *[third] La personne concernée peut s'opposer au traitement d'informations personnelles fondé sur des intérêts légitimes.
            }
    }
right-withdraw_consent-meaning =
    { $voice ->
        [we] Vous pouvez retirer le consentement donné à un traitement fondé sur le consentement.
       *[third] La personne concernée peut retirer le consentement donné à un traitement fondé sur le consentement.
    }
right-complaint-meaning =
    { $voice ->
        [we] Vous pouvez introduire une réclamation auprès d'une autorité de contrôle de la protection des données.
       *[third] La personne concernée peut introduire une réclamation auprès d'une autorité de contrôle de la protection des données.
    }
right-opt_out_sale_share-meaning =
    { $voice ->
        [we] Vous pouvez nous demander de ne pas vendre ni partager les informations personnelles vous concernant.
       *[third] La personne concernée peut demander à { $controller } de ne pas vendre ni partager les informations personnelles la concernant.
    }
right-limit_sensitive-meaning =
    { $voice ->
        [we] Vous pouvez nous demander de limiter l'utilisation et la communication des informations personnelles sensibles vous concernant aux finalités que la loi autorise.
       *[third] La personne concernée peut demander à { $controller } de limiter l'utilisation et la communication des informations personnelles sensibles la concernant aux finalités que la loi autorise.
    }
right-know-meaning =
    { $voice ->
        [we] Vous pouvez demander quelles informations personnelles vous concernant sont collectées, utilisées et communiquées, et à qui.
       *[third] La personne concernée peut demander quelles informations personnelles la concernant sont collectées, utilisées et communiquées, et à qui.
    }
right-appeal-meaning =
    { $voice ->
        [we] Vous pouvez former un recours contre le refus de donner suite à une demande relative à vos droits.
       *[third] La personne concernée peut former un recours contre le refus de donner suite à une demande relative à ses droits.
    }
right-non_discrimination-meaning =
    { $voice ->
        [we] Vous ne ferez l'objet d'aucune discrimination pour avoir exercé vos droits.
       *[third] La personne concernée ne fera l'objet d'aucune discrimination pour avoir exercé ses droits.
    }
right-automated_decisions-meaning =
    { $voice ->
        [we] Vous avez le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire, sauf si elle est nécessaire à un contrat avec vous, autorisée par la loi ou fondée sur votre consentement explicite.
       *[third] La personne concernée a le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques la concernant ou l'affectant de manière significative de façon similaire, sauf si elle est nécessaire à un contrat avec elle, autorisée par la loi ou fondée sur son consentement explicite.
    }

## Finalités, partage et conservation (render/processing.rs) : $text0… sont
## des listes de catégories ou de motifs, l'intitulé d'une finalité, un
## intérêt ou une garantie tels qu'écrits, un pays, un lien, ou les mots
## d'un mot-clé.

purposes-intro =
    { $voice ->
        [we] Nous traitons les informations uniquement pour les finalités suivantes :
       *[third]
            { $controllers ->
                [several] { $controller } traitent les informations uniquement pour les finalités suivantes :
               *[one] { $controller } traite les informations uniquement pour les finalités suivantes :
            }
    }
purpose-uses = Informations utilisées : { $text0 }
purpose-basis = Base juridique : { $text0 }.
purpose-basis-interest = Base juridique : { $text0 } ; l'intérêt poursuivi est : { $text1 }

## Selon les termes des lois des États américains, qui ne demandent aucune
## base juridique : le fondement déclaré d'une finalité en une phrase simple
## (purpose-done-FONDEMENT) ; $text0 est l'intérêt poursuivi, tel que
## déclaré, avec son point.

purpose-done-consent =
    { $voice ->
        [we] Nous le faisons avec votre consentement.
       *[third]
            { $controllers ->
                [several] { $controller } le font avec le consentement de la personne concernée.
               *[one] { $controller } le fait avec le consentement de la personne concernée.
            }
    }

purpose-done-explicit_consent =
    { $voice ->
        [we] Nous le faisons avec votre consentement explicite.
       *[third]
            { $controllers ->
                [several] { $controller } le font avec le consentement explicite de la personne concernée.
               *[one] { $controller } le fait avec le consentement explicite de la personne concernée.
            }
    }

purpose-done-contract =
    { $voice ->
        [we] Nous le faisons pour exécuter notre contrat avec vous.
       *[third]
            { $controllers ->
                [several] { $controller } le font pour exécuter leur contrat avec la personne concernée.
               *[one] { $controller } le fait pour exécuter son contrat avec la personne concernée.
            }
    }

purpose-done-legal_obligation =
    { $voice ->
        [we] Nous le faisons pour respecter une obligation légale.
       *[third]
            { $controllers ->
                [several] { $controller } le font pour respecter une obligation légale.
               *[one] { $controller } le fait pour respecter une obligation légale.
            }
    }

purpose-done-vital_interests =
    { $voice ->
        [we] Nous le faisons pour protéger vos intérêts vitaux ou ceux d'une autre personne.
       *[third]
            { $controllers ->
                [several] { $controller } le font pour protéger les intérêts vitaux de la personne concernée ou d'une autre personne.
               *[one] { $controller } le fait pour protéger les intérêts vitaux de la personne concernée ou d'une autre personne.
            }
    }

purpose-done-public_task =
    { $voice ->
        [we] Nous le faisons pour exécuter une mission d'intérêt public.
       *[third]
            { $controllers ->
                [several] { $controller } le font pour exécuter une mission d'intérêt public.
               *[one] { $controller } le fait pour exécuter une mission d'intérêt public.
            }
    }

purpose-done-legitimate_interest =
    { $voice ->
        [we] Nous le faisons dans notre propre intérêt.
       *[third]
            { $controllers ->
                [several] { $controller } le font dans leur propre intérêt.
               *[one] { $controller } le fait dans son propre intérêt.
            }
    }

purpose-done-legitimate_interest-pursued =
    { $voice ->
        [we] Nous le faisons dans notre propre intérêt, à savoir : { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } le font dans leur propre intérêt, à savoir : { $text0 }
               *[one] { $controller } le fait dans son propre intérêt, à savoir : { $text0 }
            }
    }
purpose-depersonalized = Seules des informations dépersonnalisées sont utilisées pour cette finalité.
purpose-profiling =
    { $voice ->
        [we] Cette finalité implique un profilage : nous utilisons les informations énumérées pour évaluer certains aspects personnels vous concernant.
       *[third]
            { $controllers ->
                [several] Cette finalité implique un profilage : { $controller } utilisent les informations énumérées pour évaluer certains aspects personnels concernant la personne concernée.
               *[one] Cette finalité implique un profilage : { $controller } utilise les informations énumérées pour évaluer certains aspects personnels concernant la personne concernée.
            }
    }
purpose-profiling-objection =
    { $voice ->
        [we] Vous pouvez vous opposer à ce profilage pour des raisons tenant à votre situation particulière.
       *[third] La personne concernée peut s'opposer à ce profilage pour des raisons tenant à sa situation particulière.
    }
sharing-intro =
    { $voice ->
        [we] Nous partageons des informations uniquement avec les destinataires suivants :
       *[third]
            { $controllers ->
                [several] { $controller } partagent des informations uniquement avec les destinataires suivants :
               *[one] { $controller } partage des informations uniquement avec les destinataires suivants :
            }
    }
sharing-intro-grounds =
    { $voice ->
        [we] Nous partageons des informations uniquement avec les destinataires suivants, et uniquement pour les motifs indiqués pour chacun :
       *[third]
            { $controllers ->
                [several] { $controller } partagent des informations uniquement avec les destinataires suivants, et uniquement pour les motifs indiqués pour chacun :
               *[one] { $controller } partage des informations uniquement avec les destinataires suivants, et uniquement pour les motifs indiqués pour chacun :
            }
    }
recipient-type = Type de destinataire : { $text0 }
recipient-role = Rôle : { $text0 }
recipient-arrangement =
    { $voice ->
        [we] Les grandes lignes de l'accord entre nous et ce destinataire : { $text0 }
       *[third] Les grandes lignes de l'accord entre { $controller } et ce destinataire : { $text0 }
    }
recipient-receives = Ce destinataire reçoit les informations suivantes : { $text0 }
# $text0 sont les motifs (recipient-when, joints par « ou »), $text1 les
# finalités (recipient-for-purposes) ou rien, $text2 les catégories.
recipient-receives-when = Ce destinataire reçoit les informations suivantes, uniquement { $text0 }{ $text1 } : { $text2 }
recipient-when = lorsque { $text0 }
# $count est le nombre de finalités dans $text0.
recipient-for-purposes =
    { $count ->
        [one] , pour la finalité { $text0 }
       *[other] , pour les finalités { $text0 }
    }
recipient-bound = Toutes les obligations de respecter les conditions de la présente Politique sont transférées à ce destinataire.
recipient-disclosed = Au sens des lois des États américains sur la protection de la vie privée, la communication d'informations personnelles à ce destinataire constitue { $text0 }
recipient-transfer-disclosed = Au sens des lois des États américains sur la protection de la vie privée, la communication de ces informations à ce destinataire constitue { $text0 }
# La publicité ciblée est ce à quoi servent les informations, non ce qu'est
# une communication : dite après les autres communications ($text0), ou seule.
recipient-disclosed-targeted = Au sens des lois des États américains sur la protection de la vie privée, la communication d'informations personnelles à ce destinataire constitue { $text0 }, et les informations sont utilisées à des fins de publicité ciblée
recipient-targeted = Au sens des lois des États américains sur la protection de la vie privée, les informations personnelles communiquées à ce destinataire sont utilisées à des fins de publicité ciblée
recipient-transfer-disclosed-targeted = Au sens des lois des États américains sur la protection de la vie privée, la communication de ces informations à ce destinataire constitue { $text0 }, et les informations sont utilisées à des fins de publicité ciblée
recipient-transfer-targeted = Au sens des lois des États américains sur la protection de la vie privée, ces informations, une fois communiquées à ce destinataire, sont utilisées à des fins de publicité ciblée
# Un transfert dont le seul motif est `business_purpose` : ce pour quoi le
# destinataire reçoit les informations, plutôt qu'une condition. $text0 est
# les catégories.
recipient-receives-business =
    { $voice ->
        [we] Ce destinataire reçoit les informations suivantes pour les traiter pour nos finalités commerciales : { $text0 }
       *[third] Ce destinataire reçoit les informations suivantes pour les traiter pour les finalités commerciales de { $controller } : { $text0 }
    }
# De même, pour un transfert qui nomme ses finalités : $text0 les finalités
# ($count), $text1 les catégories.
recipient-receives-business-for =
    { $voice ->
        [we]
            { $count ->
                [one] Ce destinataire reçoit les informations suivantes pour les traiter uniquement pour notre finalité commerciale { $text0 } : { $text1 }
               *[other] Ce destinataire reçoit les informations suivantes pour les traiter uniquement pour nos finalités commerciales { $text0 } : { $text1 }
            }
       *[third]
            { $count ->
                [one] Ce destinataire reçoit les informations suivantes pour les traiter uniquement pour la finalité commerciale { $text0 } de { $controller } : { $text1 }
               *[other] Ce destinataire reçoit les informations suivantes pour les traiter uniquement pour les finalités commerciales { $text0 } de { $controller } : { $text1 }
            }
    }
# Après recipient-receives-business(-for), pour un destinataire dont le type
# n'est pas `service_provider` : le motif dit qu'il en est un.
recipient-business-contract = Ce destinataire les reçoit en tant que prestataire de services, en vertu d'un contrat qui limite son utilisation des informations.
recipient-country = Pays : { $text0 }
recipient-safeguard = Garantie pour le transfert des informations : { $text0 }
recipient-safeguard-country = Garantie pour le transfert des informations vers ce pays : { $text0 }
recipient-copy = Où en obtenir une copie : { $text0 }
recipient-mechanism = Les transferts d'informations vers ce destinataire reposent sur { $text0 }
recipient-mechanism-country = Les transferts d'informations vers ce pays reposent sur { $text0 }
# Une dérogation ($text0) et son cas ($text1).
recipient-derogation = { $text0 } : { $text1 }
retention-kept = Les informations suivantes sont conservées { $text0 } : { $text1 }

## Mécanismes de transfert (RGPD, chapitre V), après « reposent sur ».

mechanism-adequacy = une décision d'adéquation
mechanism-standard_contractual_clauses = des clauses types de protection des données
mechanism-binding_corporate_rules = des règles d'entreprise contraignantes
mechanism-code_of_conduct = un code de conduite approuvé, assorti de l'engagement contraignant et exécutoire pris par le destinataire
mechanism-certification = un mécanisme de certification approuvé, assorti de l'engagement contraignant et exécutoire pris par le destinataire
mechanism-derogation = une dérogation pour une situation particulière

## Le cas d'une dérogation (RGPD, art. 49, § 1), après ses deux-points.

derogation-explicit_consent =
    { $voice ->
        [we] vous avez explicitement consenti au transfert
       *[third] la personne concernée a explicitement consenti au transfert
    }
derogation-contract =
    { $voice ->
        [we] le transfert est nécessaire à l'exécution d'un contrat conclu avec vous
       *[third] le transfert est nécessaire à l'exécution d'un contrat conclu avec la personne concernée
    }
derogation-public_interest = le transfert est nécessaire pour des motifs importants d'intérêt public
derogation-legal_claims = le transfert est nécessaire à la constatation, à l'exercice ou à la défense de droits en justice
derogation-vital_interests = le transfert est nécessaire à la sauvegarde des intérêts vitaux d'une personne qui ne peut pas donner son consentement

## Le rôle d'un destinataire (RGPD, art. 4, point 7, et art. 26), après « Rôle : ».

role-independent_controller = responsable du traitement indépendant, qui détermine lui-même les finalités et les moyens du traitement
role-joint_controller =
    { $voice ->
        [we] responsable conjoint du traitement avec nous, qui détermine avec nous les finalités et les moyens du traitement
       *[third] responsable conjoint du traitement avec { $controller }, qui détermine avec { $controller } les finalités et les moyens du traitement
    }

## La section sur les informations collectées (render/collection.rs) :
## $text0 est l'intitulé d'une catégorie, une liste d'exemples, les mots
## d'une catégorie particulière ou sensible, ou le moment de la collecte,
## tel qu'écrit.

collection-personal =
    { $voice ->
        [we] Nous traitons les informations personnelles suivantes :
       *[third]
            { $controllers ->
                [several] { $controller } traitent les informations personnelles suivantes :
               *[one] { $controller } traite les informations personnelles suivantes :
            }
    }
collection-personal-also =
    { $voice ->
        [we] Nous traitons également les informations personnelles suivantes :
       *[third]
            { $controllers ->
                [several] { $controller } traitent également les informations personnelles suivantes :
               *[one] { $controller } traite également les informations personnelles suivantes :
            }
    }
collection-depersonalized =
    { $voice ->
        [we] Nous traitons les informations dépersonnalisées suivantes, qui ne permettent pas de vous identifier :
       *[third]
            { $controllers ->
                [several] { $controller } traitent les informations dépersonnalisées suivantes, qui ne permettent pas d'identifier la personne concernée :
               *[one] { $controller } traite les informations dépersonnalisées suivantes, qui ne permettent pas d'identifier la personne concernée :
            }
    }
collection-depersonalized-also =
    { $voice ->
        [we] Nous traitons également les informations dépersonnalisées suivantes, qui ne permettent pas de vous identifier :
       *[third]
            { $controllers ->
                [several] { $controller } traitent également les informations dépersonnalisées suivantes, qui ne permettent pas d'identifier la personne concernée :
               *[one] { $controller } traite également les informations dépersonnalisées suivantes, qui ne permettent pas d'identifier la personne concernée :
            }
    }
collection-required = Les informations marquées « obligatoire » doivent être fournies pour utiliser le Service.
collection-optional =
    { $voice ->
        [we] Les informations marquées « facultatif » sont fournies à votre discrétion.
       *[third] Les informations marquées « facultatif » sont fournies à la discrétion de la personne concernée.
    }
# Les marques après un intitulé : les mots entre guillemets ci-dessus.
data-required = obligatoire
data-optional = facultatif
data-part-of = Fait partie de : { $text0 }
collection-anonymous =
    { $voice ->
        [we] Nous traitons les informations anonymes suivantes. Ce ne sont pas des informations personnelles : elles ne concernent aucune personne identifiée ou identifiable :
       *[third]
            { $controllers ->
                [several] { $controller } traitent les informations anonymes suivantes. Ce ne sont pas des informations personnelles : elles ne concernent aucune personne identifiée ou identifiable :
               *[one] { $controller } traite les informations anonymes suivantes. Ce ne sont pas des informations personnelles : elles ne concernent aucune personne identifiée ou identifiable :
            }
    }
collection-anonymous-also =
    { $voice ->
        [we] Nous traitons également les informations anonymes suivantes. Ce ne sont pas des informations personnelles : elles ne concernent aucune personne identifiée ou identifiable :
       *[third]
            { $controllers ->
                [several] { $controller } traitent également les informations anonymes suivantes. Ce ne sont pas des informations personnelles : elles ne concernent aucune personne identifiée ou identifiable :
               *[one] { $controller } traite également les informations anonymes suivantes. Ce ne sont pas des informations personnelles : elles ne concernent aucune personne identifiée ou identifiable :
            }
    }
# $text0 est la méthode qu'indique `anonymised_by`, telle qu'écrite.
data-anonymised-by = Elles ont été rendues anonymes par : { $text0 }
data-required-by-law = La fourniture de ces informations a un caractère réglementaire.
data-required-by-contract = La fourniture de ces informations a un caractère contractuel.
data-required-by-entering_contract =
    { $voice ->
        [we] La fourniture de ces informations conditionne la conclusion d'un contrat avec nous.
       *[third] La fourniture de ces informations conditionne la conclusion d'un contrat avec { $controller }.
    }
# $text0 est ce qui suit sans les informations, comme l'indique `required by`.
data-if-not-provided = À défaut de les fournir : { $text0 }
data-includes = Ces informations comprennent :
data-pseudonymized =
    { $voice ->
        [we] Ces informations sont pseudonymisées : elles ne permettent de vous identifier qu'à l'aide d'informations supplémentaires conservées séparément.
       *[third] Ces informations sont pseudonymisées : elles ne permettent d'identifier la personne concernée qu'à l'aide d'informations supplémentaires conservées séparément.
    }
data-combined = Lorsque ces informations sont combinées avec des informations personnelles, les informations combinées sont traitées comme des informations personnelles aussi longtemps qu'elles restent combinées.
data-special = Ces informations relèvent d'une catégorie particulière de données à caractère personnel : { $text0 }.
data-sensitive = Ces informations sont des informations personnelles sensibles au sens des lois des États américains sur la protection de la vie privée : { $text0 }
data-collected = Ces informations sont collectées : { $text0 }
data-examples = Ces informations se composent de : { $text0 }
data-examples-open = Cela comprend, par exemple : { $text0 }

## Informations personnelles sensibles au sens du droit des États
## américains, après les deux-points de data-sensitive.

sensitive-government_id = un identifiant officiel (numéro de sécurité sociale, de permis de conduire, de carte d'identité ou de passeport)
sensitive-account_credentials = un identifiant de compte, ou un numéro de compte financier, de carte de débit ou de carte de crédit avec le code ou le mot de passe qui donne accès au compte
sensitive-account_login = un identifiant de compte avec le mot de passe ou l'autre moyen d'authentification qui donne accès au compte
sensitive-financial_account = un numéro de compte financier, de carte de débit ou de carte de crédit avec le code ou le mot de passe qui donne accès au compte
sensitive-precise_geolocation = la géolocalisation précise
sensitive-racial_or_ethnic_origin = l'origine raciale ou ethnique
sensitive-religious_beliefs = les convictions religieuses ou philosophiques
sensitive-union_membership = l'appartenance syndicale
sensitive-citizenship_or_immigration = la citoyenneté ou le statut d'immigration
sensitive-communications_content = le contenu du courrier, des courriels et des SMS, sauf si l'entreprise en est le destinataire prévu
sensitive-genetic = les données génétiques
sensitive-neural = les données neuronales
sensitive-biometric = les informations biométriques traitées pour identifier un consommateur
sensitive-health = les informations relatives à la santé
sensitive-sex_life_or_orientation = les informations relatives à la vie sexuelle ou à l'orientation sexuelle

## Les catégories d'informations personnelles du CCPA (Cal. Civ. Code
## §1798.140(v)(1)(A)–(L)) : la première colonne du tableau californien.

ccpa-category-identifiers = Identifiants
ccpa-category-customer_records = Informations personnelles décrites au Cal. Civ. Code §1798.80(e) (dossiers clients)
ccpa-category-protected_classifications = Caractéristiques de catégories protégées par le droit californien ou fédéral
ccpa-category-commercial_information = Informations commerciales
ccpa-category-biometric_information = Informations biométriques
ccpa-category-internet_activity = Informations sur l'activité sur Internet ou sur d'autres réseaux électroniques
ccpa-category-geolocation_data = Données de géolocalisation
ccpa-category-sensory_information = Informations sonores, électroniques, visuelles, thermiques, olfactives ou similaires
ccpa-category-professional_information = Informations professionnelles ou liées à l'emploi
ccpa-category-education_information = Informations sur l'éducation qui ne sont pas des informations personnelles identifiables accessibles au public au sens du Family Educational Rights and Privacy Act
ccpa-category-inferences = Déductions tirées d'informations personnelles pour établir le profil d'un consommateur reflétant ses préférences, caractéristiques, tendances psychologiques, prédispositions, comportement, attitudes, intelligence, capacités et aptitudes
ccpa-category-sensitive = Informations personnelles sensibles

## Le sous-titre du document : $version tel qu'écrit, $date en toutes lettres.

document-subtitle = Version { $version }, en vigueur le { $date }
## The line under the title, for an edition that gives the date it was
## published (`published DATE "URL"`).
document-subtitle-published = Version { $version }, publiée le { $published }, en vigueur le { $date }
# $text0 est le lien que donne `do_not_sell` dans l'en-tête.
document-do-not-sell = Ne pas vendre ni partager mes informations personnelles : { $text0 }
# $text0 est le lien que donne `limit_sensitive_link` dans l'en-tête.
document-limit-sensitive = Limiter l'utilisation de mes informations personnelles sensibles : { $text0 }

## Titres des sections.

section-general = Dispositions générales
section-commitments =
    { $voice ->
        [we] Nos engagements
       *[third] Engagements de { $controller }
    }
section-collection = Informations collectées
section-purposes = Finalités du traitement
section-sharing = Partage des informations
section-retention = Durée de conservation des informations
section-trackers = Cookies et technologies similaires
section-decisions = Décisions automatisées
section-rights =
    { $voice ->
        [we] Vos droits
       *[third] Droits de la personne concernée
    }
section-obligations =
    { $voice ->
        [we] Vos obligations
       *[third] Obligations de la personne concernée
    }
section-security = Sécurité
section-children = Enfants
section-changes = Modifications de la présente Politique
section-contact = Publication et contact

## Dispositions générales (render/compose.rs). Dans general-who, $text0 est
## le titre de la politique et $text1 le nom du service.

general-who =
    { $voice ->
        [we]
            { $controllers ->
                [several] { $text0 } (la « Politique ») décrit comment { $controller } (« nous ») traitent les informations vous concernant, en tant qu'utilisateur de { $text1 } (le « Service »).
               *[one] { $text0 } (la « Politique ») décrit comment { $controller } (« nous ») traite les informations vous concernant, en tant qu'utilisateur de { $text1 } (le « Service »).
            }
       *[third]
            { $controllers ->
                [several] { $text0 } (la « Politique ») décrit comment { $controller } traitent les informations concernant les utilisateurs (chacun la « personne concernée ») de { $text1 } (le « Service »).
               *[one] { $text0 } (la « Politique ») décrit comment { $controller } traite les informations concernant les utilisateurs (chacun la « personne concernée ») de { $text1 } (le « Service »).
            }
    }
general-controller =
    { $law ->
        [us]
            { $voice ->
                [we] Nous sommes l'entreprise responsable de ce traitement.
               *[third]
                    { $controllers ->
                        [several] { $controller } sont les entreprises responsables de ce traitement.
                       *[one] { $controller } est l'entreprise responsable de ce traitement.
                    }
            }
       *[other]
            { $voice ->
                [we] Nous sommes le responsable de ce traitement.
               *[third]
                    { $controllers ->
                        [several] { $controller } sont les responsables de ce traitement.
                       *[one] { $controller } est le responsable de ce traitement.
                    }
            }
    }
# $text0 est l'adresse du site web, un lien.
general-website = Le site web du Service est { $text0 }.
# $text0 est ce que dit `scope` dans l'en-tête, une phrase de la source.
general-scope = La présente Politique s'applique à : { $text0 }
# $text0 est la liste des accords que nomme `part_of`.
general-part-of = La présente Politique fait partie intégrante de : { $text0 }.
# $text0 est le droit que nomme `governing_law`, une phrase de la source.
general-law =
    { $voice ->
        [we] Nous traitons les informations conformément à : { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } traitent les informations conformément à : { $text0 }
               *[one] { $controller } traite les informations conformément à : { $text0 }
            }
    }

## Comment les utilisateurs sont informés d'une modification
## (render/compose.rs) : $text0 est la liste des moyens, $duration le préavis.

changes-notify-by =
    { $voice ->
        [we] Nous vous informons d'une modification { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } informent la personne concernée d'une modification { $text0 }.
               *[one] { $controller } informe la personne concernée d'une modification { $text0 }.
            }
    }
changes-notify-before =
    { $voice ->
        [we] Nous vous informons d'une modification au moins { $duration } avant son entrée en vigueur.
       *[third]
            { $controllers ->
                [several] { $controller } informent la personne concernée d'une modification au moins { $duration } avant son entrée en vigueur.
               *[one] { $controller } informe la personne concernée d'une modification au moins { $duration } avant son entrée en vigueur.
            }
    }
changes-notify-by-before =
    { $voice ->
        [we] Nous vous informons d'une modification { $text0 }, au moins { $duration } avant son entrée en vigueur.
       *[third]
            { $controllers ->
                [several] { $controller } informent la personne concernée d'une modification { $text0 }, au moins { $duration } avant son entrée en vigueur.
               *[one] { $controller } informe la personne concernée d'une modification { $text0 }, au moins { $duration } avant son entrée en vigueur.
            }
    }

## Publication et contact (render/compose.rs) : $text0 est une adresse (un
## lien) ou ce que déclare le bloc `controller`.

contact-published = La version en vigueur de la présente Politique est publiée à l'adresse { $text0 }.
contact-questions =
    { $voice ->
        [we] Vous pouvez nous adresser vos questions et commentaires sur la présente Politique à l'adresse { $text0 }.
       *[third] La personne concernée peut adresser ses questions et commentaires sur la présente Politique à { $controller } à l'adresse { $text0 }.
    }
contact-address =
    { $voice ->
        [we] Notre adresse postale : { $text0 }
       *[third] Adresse postale de { $controller } : { $text0 }
    }
contact-country =
    { $voice ->
        [we] Nous sommes établis : { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } sont établis : { $text0 }
               *[one] { $controller } est établi : { $text0 }
            }
    }
contact-dpo =
    { $voice ->
        [we] Vous pouvez contacter notre délégué à la protection des données : { $text0 }
       *[third] La personne concernée peut contacter le délégué à la protection des données de { $controller } : { $text0 }
    }
contact-no-dpo =
    { $voice ->
        [we] Nous n'avons pas désigné de délégué à la protection des données : { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } n'ont pas désigné de délégué à la protection des données : { $text0 }
               *[one] { $controller } n'a pas désigné de délégué à la protection des données : { $text0 }
            }
    }
contact-eu-representative =
    { $voice ->
        [we] Notre représentant dans l'Union européenne : { $text0 }
       *[third] Représentant de { $controller } dans l'Union européenne : { $text0 }
    }
contact-uk-representative =
    { $voice ->
        [we] Notre représentant au Royaume-Uni : { $text0 }
       *[third] Représentant de { $controller } au Royaume-Uni : { $text0 }
    }

## Le renvoi aux Conditions qui remplace les clauses `contractual`
## (render/terms.rs) : $text0 est le nom du service ou la liste des accords
## que nomme `part_of`.

terms-lead = Conditions.
terms-of-service = Les stipulations contractuelles sur ces points ne font pas partie de la présente Politique ; elles figurent dans les conditions d'utilisation de { $text0 }.
terms-in-agreements = Les stipulations contractuelles sur ces points ne font pas partie de la présente Politique ; elles figurent dans : { $text0 }.

## Engagements (render/commitments.rs) : $text0 est le nom d'une zone
## (commitment-area-…).

commitment-never_sell =
    { $voice ->
        [we] Nous ne vendons pas vos informations personnelles.
       *[third]
            { $controllers ->
                [several] { $controller } ne vendent pas les informations personnelles de la personne concernée.
               *[one] { $controller } ne vend pas les informations personnelles de la personne concernée.
            }
    }
commitment-never_sell_sensitive =
    { $voice ->
        [we] Nous ne vendons pas vos informations personnelles sensibles.
       *[third]
            { $controllers ->
                [several] { $controller } ne vendent pas les informations personnelles sensibles de la personne concernée.
               *[one] { $controller } ne vend pas les informations personnelles sensibles de la personne concernée.
            }
    }
commitment-never_share =
    { $voice ->
        [we] Nous ne partageons pas vos informations personnelles à des fins de publicité comportementale intercontextuelle et ne les traitons pas à des fins de publicité ciblée.
       *[third]
            { $controllers ->
                [several] { $controller } ne partagent pas les informations personnelles de la personne concernée à des fins de publicité comportementale intercontextuelle et ne les traitent pas à des fins de publicité ciblée.
               *[one] { $controller } ne partage pas les informations personnelles de la personne concernée à des fins de publicité comportementale intercontextuelle et ne les traite pas à des fins de publicité ciblée.
            }
    }
commitment-no_third_party_sharing =
    { $voice ->
        [we] Nous ne partageons vos informations personnelles avec aucun tiers ; seuls ceux qui les traitent pour notre compte les reçoivent, sauf si la loi en exige la communication.
       *[third]
            { $controllers ->
                [several] { $controller } ne partagent les informations personnelles de la personne concernée avec aucun tiers ; seuls ceux qui les traitent pour leur compte les reçoivent, sauf si la loi en exige la communication.
               *[one] { $controller } ne partage les informations personnelles de la personne concernée avec aucun tiers ; seuls ceux qui les traitent pour le compte de { $controller } les reçoivent, sauf si la loi en exige la communication.
            }
    }
commitment-no_targeted_advertising =
    { $voice ->
        [we] Nous ne traitons pas vos informations personnelles à des fins de publicité ciblée.
       *[third]
            { $controllers ->
                [several] { $controller } ne traitent pas les informations personnelles de la personne concernée à des fins de publicité ciblée.
               *[one] { $controller } ne traite pas les informations personnelles de la personne concernée à des fins de publicité ciblée.
            }
    }
commitment-no_transfers_outside =
    { $voice ->
        [we] Nous ne transférons pas vos informations personnelles à des destinataires situés hors { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ne transfèrent pas les informations personnelles de la personne concernée à des destinataires situés hors { $text0 }.
               *[one] { $controller } ne transfère pas les informations personnelles de la personne concernée à des destinataires situés hors { $text0 }.
            }
    }
commitment-not_directed_to_children =
    { $voice ->
        [we] Notre service ne s'adresse pas aux enfants.
       *[third] Le service de { $controller } ne s'adresse pas aux enfants.
    }
commitment-no_automated_decisions =
    { $voice ->
        [we] Nous ne prenons pas de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.
       *[third]
            { $controllers ->
                [several] { $controller } ne prennent pas de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques concernant la personne concernée ou l'affectant de manière significative de façon similaire.
               *[one] { $controller } ne prend pas de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques concernant la personne concernée ou l'affectant de manière significative de façon similaire.
            }
    }
commitment-area-eea = de l'Espace économique européen
commitment-area-uk = du Royaume-Uni
commitment-area-south_africa = d'Afrique du Sud

## La section sur les cookies et technologies similaires (render/trackers.rs).

trackers-intro =
    { $voice ->
        [we] Nous utilisons les cookies et technologies similaires ci-dessous, qui stockent des informations sur votre appareil ou les y lisent.
       *[third]
            { $controllers ->
                [several] { $controller } utilisent les cookies et technologies similaires ci-dessous, qui stockent des informations sur l'appareil de la personne concernée ou les y lisent.
               *[one] { $controller } utilise les cookies et technologies similaires ci-dessous, qui stockent des informations sur l'appareil de la personne concernée ou les y lisent.
            }
    }
trackers-consent =
    { $voice ->
        [we] Nous n'utilisons les technologies qui ne sont pas strictement nécessaires qu'avec votre consentement.
       *[third]
            { $controllers ->
                [several] { $controller } n'utilisent les technologies qui ne sont pas strictement nécessaires qu'avec le consentement de la personne concernée.
               *[one] { $controller } n'utilise les technologies qui ne sont pas strictement nécessaires qu'avec le consentement de la personne concernée.
            }
    }
trackers-table = Chaque technologie, qui la dépose, à quoi elle sert et combien de temps elle dure :
trackers-column-name = Nom
trackers-column-technology = Technologie
trackers-column-set_by = Déposé par
trackers-column-category = Catégorie
trackers-column-lifetime = Durée de vie
trackers-column-information = Informations
trackers-column-purposes = Finalités
trackers-signal-dnt = Do Not Track
trackers-signal-gpc = Global Privacy Control (GPC)
trackers-signal-honoured =
    { $voice ->
        [we] Nous respectons les signaux { $text0 } envoyés par votre navigateur.
       *[third]
            { $controllers ->
                [several] { $controller } respectent les signaux { $text0 } envoyés par le navigateur de la personne concernée.
               *[one] { $controller } respecte les signaux { $text0 } envoyés par le navigateur de la personne concernée.
            }
    }
trackers-signal-ignored =
    { $voice ->
        [we] Nous ne donnons pas suite aux signaux { $text0 } envoyés par votre navigateur.
       *[third]
            { $controllers ->
                [several] { $controller } ne donnent pas suite aux signaux { $text0 } envoyés par le navigateur de la personne concernée.
               *[one] { $controller } ne donne pas suite aux signaux { $text0 } envoyés par le navigateur de la personne concernée.
            }
    }
trackers-set-by-provider = { $text0 } (tiers)
trackers-set-by-third = Tiers
trackers-set-by-us-with = { $controller }, avec { $text0 }
trackers-set-by-us = { $controller }
trackers-session = Session

## Types et catégories de traceurs, comme cellule du tableau.

tracker-kind-cookie = Cookie
tracker-kind-local_storage = Stockage local
tracker-kind-pixel = Pixel
tracker-kind-sdk = SDK
tracker-kind-fingerprinting = Empreinte numérique de l'appareil
tracker-category-strictly_necessary = Strictement nécessaire
tracker-category-preferences = Préférences
tracker-category-analytics = Mesure d'audience
tracker-category-marketing = Marketing

## La section sur les enfants (render/children.rs).

children-audience-general = { $text0 } ne s'adresse pas aux enfants.
children-audience-mixed = { $text0 } s'adresse à un public général qui comprend des enfants.
children-audience-children = { $text0 } s'adresse aux enfants.
children-minimum-age =
    { $consent ->
        [yes] Les personnes de moins de { $age } ans ne peuvent utiliser { $text0 } qu'avec le consentement d'un parent ou tuteur.
       *[no] Les personnes de moins de { $age } ans ne peuvent pas utiliser { $text0 }.
    }
children-children =
    { $stated ->
        [yes] d'enfants de moins de { $age } ans
       *[no] d'enfants
    }
children-knowingly =
    { $collects ->
        [yes]
            { $voice ->
                [we] Nous collectons sciemment des informations personnelles auprès { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } collectent sciemment des informations personnelles auprès { $text0 }.
                       *[one] { $controller } collecte sciemment des informations personnelles auprès { $text0 }.
                    }
            }
        [parental]
            { $voice ->
                [we] Nous collectons sciemment des informations personnelles auprès { $text0 } uniquement avec le consentement d'un parent ou tuteur.
               *[third]
                    { $controllers ->
                        [several] { $controller } collectent sciemment des informations personnelles auprès { $text0 } uniquement avec le consentement d'un parent ou tuteur.
                       *[one] { $controller } collecte sciemment des informations personnelles auprès { $text0 } uniquement avec le consentement d'un parent ou tuteur.
                    }
            }
        [consent]
            { $voice ->
                [we] Nous ne collectons pas sciemment d'informations personnelles auprès { $text0 } sans le consentement d'un parent ou tuteur.
               *[third]
                    { $controllers ->
                        [several] { $controller } ne collectent pas sciemment d'informations personnelles auprès { $text0 } sans le consentement d'un parent ou tuteur.
                       *[one] { $controller } ne collecte pas sciemment d'informations personnelles auprès { $text0 } sans le consentement d'un parent ou tuteur.
                    }
            }
       *[no]
            { $voice ->
                [we] Nous ne collectons pas sciemment d'informations personnelles auprès { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } ne collectent pas sciemment d'informations personnelles auprès { $text0 }.
                       *[one] { $controller } ne collecte pas sciemment d'informations personnelles auprès { $text0 }.
                    }
            }
    }
children-parental-consent =
    { $voice ->
        [we] Nous recueillons le consentement d'un parent ou tuteur de la manière suivante : { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } recueillent le consentement d'un parent ou tuteur de la manière suivante : { $text0 }
               *[one] { $controller } recueille le consentement d'un parent ou tuteur de la manière suivante : { $text0 }
            }
    }
children-parent-rights = Un parent ou tuteur peut { $text0 }.
children-parent-right-review = consulter les informations personnelles collectées auprès de son enfant
children-parent-right-delete = faire supprimer les informations personnelles collectées auprès de son enfant
children-parent-right-refuse_further_collection = refuser toute nouvelle collecte ou utilisation des informations personnelles de son enfant
children-sale-opt-in = L'autorisation expresse de vendre ou de partager les informations personnelles d'un consommateur de moins de 16 ans (la sienne de 13 à 15 ans, celle d'un parent ou tuteur avant 13 ans) est recueillie de la manière suivante : { $text0 }

## La section sur les décisions automatisées (render/decisions.rs), dans
## les termes des articles 13, paragraphe 2, point f), et 22 du RGPD.

decisions-none =
    { $voice ->
        [we] Nous ne prenons pas de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.
       *[third]
            { $controllers ->
                [several] { $controller } ne prennent pas de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques concernant la personne concernée ou l'affectant de manière significative de façon similaire.
               *[one] { $controller } ne prend pas de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques concernant la personne concernée ou l'affectant de manière significative de façon similaire.
            }
    }
decisions-intro =
    { $voice ->
        [we] Nous prenons les décisions suivantes, fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire :
       *[third]
            { $controllers ->
                [several] { $controller } prennent les décisions suivantes, fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques concernant la personne concernée ou l'affectant de manière significative de façon similaire :
               *[one] { $controller } prend les décisions suivantes, fondées exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques concernant la personne concernée ou l'affectant de manière significative de façon similaire :
            }
    }
decisions-uses = Informations utilisées : { $text0 }
decisions-logic = La logique sous-jacente : { $text0 }
decisions-significance =
    { $voice ->
        [we] L'importance et les conséquences prévues pour vous : { $text0 }
       *[third] L'importance et les conséquences prévues pour la personne concernée : { $text0 }
    }
decisions-basis-explicit_consent =
    { $voice ->
        [we] Cette décision est prise parce que vous y avez donné votre consentement explicite.
       *[third] Cette décision est prise parce que la personne concernée y a donné son consentement explicite.
    }
decisions-basis-contract =
    { $voice ->
        [we] Cette décision est prise parce qu'elle est nécessaire à la conclusion ou à l'exécution d'un contrat entre vous et nous.
       *[third] Cette décision est prise parce qu'elle est nécessaire à la conclusion ou à l'exécution d'un contrat entre la personne concernée et { $controller }.
    }
decisions-basis-law =
    { $stated ->
        [yes] Cette décision est prise parce qu'elle est autorisée par le droit : { $text0 }
       *[no] Cette décision est prise parce qu'elle est autorisée par le droit.
    }
decisions-safeguard-human_review =
    { $voice ->
        [we] Vous pouvez obtenir une intervention humaine de notre part : une personne réexamine la décision.
       *[third] La personne concernée peut obtenir une intervention humaine de la part de { $controller } : une personne réexamine la décision.
    }
decisions-safeguard-express_view =
    { $voice ->
        [we] Vous pouvez exprimer votre point de vue sur la décision.
       *[third] La personne concernée peut exprimer son point de vue sur la décision.
    }
decisions-safeguard-contest =
    { $voice ->
        [we] Vous pouvez contester la décision.
       *[third] La personne concernée peut contester la décision.
    }

## Le tableau des finalités, la section qui suit le résumé (render/table.rs).

table-heading = Chaque finalité en un coup d'œil
table-column-purpose = Finalité
table-column-information = Informations
table-column-basis =
    { $law ->
        [us] Fondement
       *[other] Base juridique
    }
table-column-kept = Durée de conservation
table-column-recipients = Destinataires
# Un destinataire qui ne reçoit qu'une partie des informations de la finalité
# ($text0 le destinataire, $text1 les catégories qu'il reçoit).
table-recipient-part = { $text0 } (uniquement { $text1 })
table-basis-consent = Consentement
table-basis-explicit_consent = Consentement explicite
table-basis-contract = L'exécution d'un contrat
table-basis-legal_obligation = Une obligation légale
table-basis-vital_interests = Intérêts vitaux
table-basis-public_task = Une mission d'intérêt public
table-basis-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] Notre intérêt
               *[third] L'intérêt de { $controller }
            }
       *[other] Intérêts légitimes
    }

## Le résumé en tête du texte (render/summary.rs).

summary-heading = Résumé
summary-who-lead = Qui est responsable.
summary-who =
    { $law ->
        [us]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } sont les entreprises responsables des informations vous concernant lorsque vous utilisez { $text0 }.
                       *[one] { $controller } est l'entreprise responsable des informations vous concernant lorsque vous utilisez { $text0 }.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } sont les entreprises responsables des informations concernant la personne concernée lorsqu'elle utilise { $text0 }.
                       *[one] { $controller } est l'entreprise responsable des informations concernant la personne concernée lorsqu'elle utilise { $text0 }.
                    }
            }
       *[other]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } sont responsables du traitement des informations vous concernant lorsque vous utilisez { $text0 }.
                       *[one] { $controller } est responsable du traitement des informations vous concernant lorsque vous utilisez { $text0 }.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } sont responsables du traitement des informations concernant la personne concernée lorsqu'elle utilise { $text0 }.
                       *[one] { $controller } est responsable du traitement des informations concernant la personne concernée lorsqu'elle utilise { $text0 }.
                    }
            }
    }
summary-what =
    { $voice ->
        [we] Ce que nous traitons :
       *[third]
            { $controllers ->
                [several] Ce que { $controller } traitent :
               *[one] Ce que { $controller } traite :
            }
    }
summary-why = Pourquoi :
summary-with-whom = Qui les reçoit :
summary-how-long = Combien de temps elles sont conservées :
summary-rights =
    { $voice ->
        [we] Vos droits :
       *[third] Les droits de la personne concernée :
    }
summary-marketing-objection = Droit d'opposition à la prospection, à tout moment
summary-decisions-lead = Décisions automatisées.
summary-no-decisions =
    { $voice ->
        [we] Nous ne prenons aucune décision vous concernant fondée exclusivement sur un traitement automatisé.
       *[third]
            { $controllers ->
                [several] { $controller } ne prennent aucune décision concernant la personne concernée fondée exclusivement sur un traitement automatisé.
               *[one] { $controller } ne prend aucune décision concernant la personne concernée fondée exclusivement sur un traitement automatisé.
            }
    }
summary-decisions = Décisions prises par des moyens automatisés :
summary-more =
    { $count ->
        [one] et { $amount } autre, voir la section { $section }
       *[other] et { $amount } autres, voir la section { $section }
    }
summary-table =
    { $law ->
        [us] Chaque finalité, les informations utilisées à cette fin, son fondement, la durée de conservation de ces informations et leurs destinataires :
       *[other] Chaque finalité, les informations utilisées à cette fin, sa base juridique, la durée de conservation de ces informations et leurs destinataires :
    }

## La section sur les droits (render/user.rs).

user-marketing =
    { $voice ->
        [we] Vous pouvez vous opposer à tout moment à l'utilisation de vos informations à des fins de prospection, y compris au profilage lié à cette prospection : { $text0 }.
       *[third] La personne concernée peut s'opposer à tout moment à l'utilisation de ses informations à des fins de prospection, y compris au profilage lié à cette prospection : { $text0 }.
    }
user-marketing-then =
    { $voice ->
        [we] Nous ne les utilisons alors plus à cette fin.
       *[third]
            { $controllers ->
                [several] { $controller } ne les utilisent alors plus à cette fin.
               *[one] { $controller } ne les utilise alors plus à cette fin.
            }
    }
user-marketing-lead = Opposition à la prospection.
user-free-of-charge = L'exercice de ces droits est gratuit. Une demande manifestement infondée ou excessive, notamment en raison de son caractère répétitif, peut donner lieu au paiement de frais raisonnables ou être refusée.
user-verification = Vérification d'une demande d'accès, de suppression ou de rectification d'informations personnelles : { $text0 }
user-authorized-agents = Demandes présentées par un mandataire autorisé : { $text0 }
# $duration est la prolongation, $text0 son motif, tel que l'auteur l'a écrit.
user-extension = Ce délai peut être prolongé de { $duration } supplémentaires { $text0 }.
user-extension-told =
    { $voice ->
        [we] Nous vous informons de cette prolongation et des motifs du report dans un délai d'un mois à compter de la réception de la demande.
       *[third]
            { $controllers ->
                [several] { $controller } informent la personne concernée de cette prolongation et des motifs du report dans un délai d'un mois à compter de la réception de la demande.
               *[one] { $controller } informe la personne concernée de cette prolongation et des motifs du report dans un délai d'un mois à compter de la réception de la demande.
            }
    }
# $named vaut "yes" quand le droit nomme les autorités (`via`), "no" sinon.
user-complaint-places =
    { $voice ->
        [we]
            { $named ->
                [yes] Vous pouvez également introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE ou de l'EEE dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise.
               *[no] Vous pouvez notamment introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE ou de l'EEE dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise.
            }
       *[third]
            { $named ->
                [yes] La personne concernée peut également introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE ou de l'EEE dans lequel se trouve sa résidence habituelle, son lieu de travail ou le lieu où la violation aurait été commise.
               *[no] La personne concernée peut notamment introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE ou de l'EEE dans lequel se trouve sa résidence habituelle, son lieu de travail ou le lieu où la violation aurait été commise.
            }
    }
user-answered-within = Une demande d'exercice de ce droit reçoit une réponse dans un délai de { $duration }.
user-exercise =
    { $when ->
        [anytime_via]
            { $voice ->
                [we] Vous pouvez exercer ce droit à tout moment, { $text0 }.
               *[third] La personne concernée peut exercer ce droit à tout moment, { $text0 }.
            }
        [anytime]
            { $voice ->
                [we] Vous pouvez exercer ce droit à tout moment.
               *[third] La personne concernée peut exercer ce droit à tout moment.
            }
       *[via]
            { $voice ->
                [we] Vous pouvez exercer ce droit { $text0 }.
               *[third] La personne concernée peut exercer ce droit { $text0 }.
            }
    }
user-channel-email = en écrivant à { $text0 }
user-channel-web = sur { $text0 }
user-channel-other = par { $text0 }
user-complaint =
    { $anytime ->
        [yes]
            { $voice ->
                [we] Vous pouvez introduire une réclamation à tout moment auprès de { $text0 }.
               *[third] La personne concernée peut introduire une réclamation à tout moment auprès de { $text0 }.
            }
       *[no]
            { $voice ->
                [we] Vous pouvez introduire une réclamation auprès de { $text0 }.
               *[third] La personne concernée peut introduire une réclamation auprès de { $text0 }.
            }
    }

# sources

## Sources (render/sources.rs, render/collection.rs) : l'introduction de la
## liste des informations provenant de sources accessibles au public, sa
## phrase sur une catégorie, et une source nommée comme phrase sur une
## catégorie ($text0 est le nom de la source, un texte de la source).

source-publicly_available =
    { $voice ->
        [we] Nous obtenons les informations personnelles suivantes auprès de sources accessibles au public :
       *[third]
            { $controllers ->
                [several] { $controller } obtiennent les informations personnelles suivantes auprès de sources accessibles au public :
               *[one] { $controller } obtient les informations personnelles suivantes auprès de sources accessibles au public :
            }
    }
source-publicly_available-sentence = Ces informations sont obtenues auprès de sources accessibles au public.
sources-named-third_party = Ces informations sont reçues de tiers : { $text0 }.
sources-named-publicly_available = Ces informations sont obtenues auprès d'une source accessible au public : { $text0 }.

## Données combinées (`combine DATA, … "why"`) : $text0 est la liste des
## catégories combinées, $text1 la raison, telle que l'auteur l'écrit (les
## mots qui suivent la liste : « pour constituer un profil client »).

sources-combined =
    { $voice ->
        [we] Nous combinons { $text0 } { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } combinent { $text0 } { $text1 }.
               *[one] { $controller } combine { $text0 } { $text1 }.
            }
    }

# permitted uses of sensitive personal information (11 CCR §7027(m))
permitted-use = Les informations personnelles sensibles ne sont utilisées pour cette finalité que dans la mesure où le droit californien le permet sans droit d'en limiter l'utilisation : pour { $text0 } (11 CCR §7027(m)({ $paragraph })).
permitted-use-requested_services = fournir les services ou les biens qu'un consommateur qui les demande attend raisonnablement
permitted-use-security = prévenir, détecter et examiner les incidents de sécurité
permitted-use-fraud_prevention = résister aux actions malveillantes, trompeuses, frauduleuses ou illégales
permitted-use-physical_safety = garantir la sécurité physique des personnes
permitted-use-transient_use = les utiliser de manière brève et transitoire, sans les communiquer à un tiers ni en tirer un profil
permitted-use-business_services = fournir des services tels que la tenue des comptes, le service client, le traitement des commandes et des paiements, l'analyse et le stockage
permitted-use-service_quality = vérifier ou maintenir la qualité ou la sécurité du service ou de l'appareil, ou l'améliorer
permitted-use-no_inference = les collecter ou les traiter sans en déduire de caractéristiques sur le consommateur

# special
special-condition = Condition du traitement des catégories particulières de données à caractère personnel : { $text0 }.
special-condition-law = Condition du traitement des catégories particulières de données à caractère personnel : { $text0 } (base juridique : { $text1 }).
special-condition-explicit_consent =
    { $voice ->
        [we] votre consentement explicite
       *[third] le consentement explicite de la personne concernée
    }
special-condition-employment_law = l'exécution des obligations et l'exercice des droits en matière de droit du travail, de la sécurité sociale et de la protection sociale
special-condition-vital_interests =
    { $voice ->
        [we] la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne qui ne peut pas donner son consentement
       *[third] la sauvegarde des intérêts vitaux de la personne concernée ou d'une autre personne qui ne peut pas donner son consentement
    }
special-condition-not_for_profit = les activités légitimes d'un organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale, concernant ses membres, ses anciens membres et les personnes entretenant avec lui des contacts réguliers
special-condition-made_public =
    { $voice ->
        [we] des données que vous avez manifestement rendues publiques
       *[third] des données que la personne concernée a manifestement rendues publiques
    }
special-condition-legal_claims = la constatation, l'exercice ou la défense d'un droit en justice
special-condition-substantial_public_interest = des motifs d'intérêt public important
special-condition-health_care = la médecine préventive ou la médecine du travail, les diagnostics médicaux, ou la prise en charge sanitaire ou sociale ou les traitements
special-condition-public_health = des motifs d'intérêt public dans le domaine de la santé publique
special-condition-research = des fins archivistiques dans l'intérêt public, des fins de recherche scientifique ou historique ou des fins statistiques
security-measure-encryption_in_transit = Les données sont chiffrées lors de leur transmission.
security-measure-encryption_at_rest = Les données sont chiffrées là où elles sont stockées.
security-measure-access_control = L'accès aux données est limité aux personnes autorisées.
security-measure-pseudonymisation = Les données sont pseudonymisées, de sorte qu'elles ne peuvent plus être attribuées à une personne sans informations supplémentaires conservées séparément.
security-measure-logging = Les accès aux données sont journalisés.
security-measure-testing = Les mesures de sécurité sont testées et évaluées.
security-measure-backups = Les données sont sauvegardées, de sorte qu'elles peuvent être rétablies après un incident.
security-measure-staff_training = Le personnel qui traite les données est formé à la protection des données.
security-breach-authority =
    { $delay ->
        [undue] En cas de violation de données à caractère personnel, l'autorité de contrôle compétente en est notifiée dans les meilleurs délais après que la violation a été constatée.
       *[hours] En cas de violation de données à caractère personnel, l'autorité de contrôle compétente en est notifiée au plus tard { $hours } { $hours ->
            [one] heure
           *[other] heures
        } après que la violation a été constatée.
    }
security-breach-users =
    { $voice ->
        [we]
            { $delay ->
                [undue] Si une violation de données à caractère personnel concerne vos données, une notification vous est adressée dans les meilleurs délais.
               *[hours] Si une violation de données à caractère personnel concerne vos données, une notification vous est adressée au plus tard { $hours } { $hours ->
                    [one] heure
                   *[other] heures
                } après que la violation a été constatée.
            }
       *[third]
            { $delay ->
                [undue] Si une violation de données à caractère personnel concerne les données de la personne concernée, une notification lui est adressée dans les meilleurs délais.
               *[hours] Si une violation de données à caractère personnel concerne les données de la personne concernée, une notification lui est adressée au plus tard { $hours } { $hours ->
                    [one] heure
                   *[other] heures
                } après que la violation a été constatée.
            }
    }

# languages

# The heading of the table of contents.
document-contents = Sommaire
# The name of this language, in itself, for the links between the languages of a text.
language-name = Français

# events

# A period of $duration from an event named by its keyword ($event, one of the event-from-* messages).
period-for-event = pendant { $duration } { $event }
# The events named by a keyword: from it, and until it (a whole period).
event-from-collection = à compter de la collecte
event-until-collection = jusqu'à la collecte
event-from-last_use = à compter de la dernière utilisation
event-until-last_use = jusqu'à la dernière utilisation
event-from-account_closure = à compter de la clôture du compte
event-until-account_closure = jusqu'à la clôture du compte
event-from-end_of_contract = à compter de la fin du contrat
event-until-end_of_contract = jusqu'à la fin du contrat

# history

# Le titre d'une page des modifications dans une autre langue que celle de la source : $title est le titre de la politique, $old et $new les versions.
history-changes-title = Modifications de { $title } de la version { $old } à la version { $new }
# Les deux éditions comparées, avec la date à laquelle chacune a pris effet.
history-changes-editions = Version { $old }, en vigueur le { $old_date }, et version { $new }, en vigueur le { $new_date }.
# L'introduction du texte annoté : combien de phrases sont barrées et insérées.
history-redline-intro = Le texte de la version { $new } avec les modifications par rapport à la version { $old } marquées, phrase par phrase : { $deleted ->
        [one] une phrase barrée
       *[other] { $deleted } phrases barrées
    } et { $inserted ->
        [one] une insérée
       *[other] { $inserted } insérées
    }.
history-redline-unchanged = Le texte n'a pas changé.
history-changelog-title = Historique des modifications : { $title }
history-changelog-intro = Chaque édition publiée de la politique dans cette langue, de la plus récente à la plus ancienne, avec un lien vers son texte où les modifications par rapport à l'édition précédente sont marquées.
history-changelog-edition = Version { $version }, en vigueur le { $date }
history-changelog-first = La première édition dans cette langue.
history-changelog-redline = Le texte avec les modifications par rapport à la version { $old } marquées

# ligr

## Le fondement du transfert qu'est l'intérêt légitime, après « lorsque », et
## l'intérêt que la politique indique ($text0 le fondement, $text1 l'intérêt).

ground-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] le transfert est dans notre propre intérêt
               *[third] le transfert est dans l'intérêt propre de { $controller }
            }
       *[other] le transfert est nécessaire aux fins d'un intérêt légitime
    }
ground-legitimate_interest-pursued = { $text0 } (l'intérêt poursuivi est : { $text1 })
# notice
## L'avis de modification (render/notice.rs) : ce que change une nouvelle
## version, dans la voix de la nouvelle version. $text0, $text1… sont des
## textes des versions (libellés entre guillemets, listes) ; $date et $since
## sont des dates. notice-right-KIND est le nom d'un droit dans la phrase.

notice-quoted = « { $text0 } »
notice-title =
    { $voice ->
        [we] Ce qui change dans « { $text0 } »
       *[third] Ce qui change dans « { $text0 } » de { $controller }
    }
notice-intro =
    { $voice ->
        [we] Nous avons rédigé une nouvelle version de « { $text0 } ». Elle prend effet le { $date }. Voici ce qui change pour vous, et pourquoi.
       *[third]
            { $controllers ->
                [several] { $controller } ont rédigé une nouvelle version de « { $text0 } ». Elle prend effet le { $date }. Voici ce qui change pour la personne concernée, et pourquoi.
               *[one] { $controller } a rédigé une nouvelle version de « { $text0 } ». Elle prend effet le { $date }. Voici ce qui change pour la personne concernée, et pourquoi.
            }
    }
notice-more =
    { $voice ->
        [we] Ce qui change en votre défaveur
       *[third] Ce qui change en défaveur de la personne concernée
    }
notice-less =
    { $voice ->
        [we] Ce qui change en votre faveur
       *[third] Ce qui change en faveur de la personne concernée
    }
notice-explained = Ce qui est seulement mieux expliqué
notice-same-heading =
    { $voice ->
        [we] Ce qui change pour vous
       *[third] Ce qui change pour la personne concernée
    }
notice-same = La nouvelle version est rédigée autrement ; elle dit la même chose.
notice-when-heading = Date de prise d'effet
## When the new edition was published (`published DATE "URL"`), said
## before when it takes effect.
notice-published = La nouvelle version a été publiée le { $published } et prend effet le { $date }. D'ici là, la version en vigueur depuis le { $since } s'applique.
notice-when = La nouvelle version prend effet le { $date }. D'ici là, la version en vigueur depuis le { $since } s'applique.
notice-told =
    { $voice ->
        [we] Nous vous informons d'une nouvelle version { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } informent la personne concernée d'une nouvelle version { $text0 }.
               *[one] { $controller } informe la personne concernée d'une nouvelle version { $text0 }.
            }
    }
notice-before = D'ici là, et à tout moment ensuite :
# $text0 the right's meaning, $text1 how it is exercised (user-exercise).
notice-right-via = { $text0 } { $text1 }
notice-previous = La version précédente reste consultable :
notice-previous-link = la version précédente
notice-why = { $what } Pourquoi : { $why }
notice-no-period = aucune durée indiquée
notice-data-added =
    { $requirement ->
        [required]
            { $voice ->
                [we] Nous collectons désormais { $text0 }, que vous devez fournir.
               *[third]
                    { $controllers ->
                        [several] { $controller } collectent désormais { $text0 }, que la personne concernée doit fournir.
                       *[one] { $controller } collecte désormais { $text0 }, que la personne concernée doit fournir.
                    }
            }
        [optional]
            { $voice ->
                [we] Nous collectons désormais { $text0 }, que vous êtes libre de ne pas fournir.
               *[third]
                    { $controllers ->
                        [several] { $controller } collectent désormais { $text0 }, que la personne concernée est libre de ne pas fournir.
                       *[one] { $controller } collecte désormais { $text0 }, que la personne concernée est libre de ne pas fournir.
                    }
            }
       *[unstated]
            { $voice ->
                [we] Nous collectons désormais { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } collectent désormais { $text0 }.
                       *[one] { $controller } collecte désormais { $text0 }.
                    }
            }
    }
notice-data-removed =
    { $voice ->
        [we] Nous ne collectons plus { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ne collectent plus { $text0 }.
               *[one] { $controller } ne collecte plus { $text0 }.
            }
    }
notice-purpose-removed =
    { $voice ->
        [we] Nous n'utilisons plus vos données pour { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } n'utilisent plus les données de la personne concernée pour { $text0 }.
               *[one] { $controller } n'utilise plus les données de la personne concernée pour { $text0 }.
            }
    }
notice-recipient-removed =
    { $voice ->
        [we] Nous ne partageons plus vos données avec { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ne partagent plus les données de la personne concernée avec { $text0 }.
               *[one] { $controller } ne partage plus les données de la personne concernée avec { $text0 }.
            }
    }
notice-purpose-added =
    { $voice ->
        [we] Nous utilisons désormais vos données pour une nouvelle finalité : { $text0 }, à partir de { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } utilisent désormais les données de la personne concernée pour une nouvelle finalité : { $text0 }, à partir de { $text1 }.
               *[one] { $controller } utilise désormais les données de la personne concernée pour une nouvelle finalité : { $text0 }, à partir de { $text1 }.
            }
    }
notice-uses-added =
    { $parts ->
        [yes]
            { $voice ->
                [we] Pour { $text0 }, nous utilisons désormais l'ensemble de { $text1 } (auparavant : seulement { $text2 }).
               *[third]
                    { $controllers ->
                        [several] Pour { $text0 }, { $controller } utilisent désormais l'ensemble de { $text1 } (auparavant : seulement { $text2 }).
                       *[one] Pour { $text0 }, { $controller } utilise désormais l'ensemble de { $text1 } (auparavant : seulement { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Pour { $text0 }, nous utilisons désormais { $text1 }.
               *[third]
                    { $controllers ->
                        [several] Pour { $text0 }, { $controller } utilisent désormais { $text1 }.
                       *[one] Pour { $text0 }, { $controller } utilise désormais { $text1 }.
                    }
            }
    }
notice-uses-removed =
    { $parts ->
        [yes]
            { $voice ->
                [we] Pour { $text0 }, nous n'utilisons plus l'ensemble de { $text1 } (seulement { $text2 }).
               *[third]
                    { $controllers ->
                        [several] Pour { $text0 }, { $controller } n'utilisent plus l'ensemble de { $text1 } (seulement { $text2 }).
                       *[one] Pour { $text0 }, { $controller } n'utilise plus l'ensemble de { $text1 } (seulement { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Pour { $text0 }, nous n'utilisons plus { $text1 }.
               *[third]
                    { $controllers ->
                        [several] Pour { $text0 }, { $controller } n'utilisent plus { $text1 }.
                       *[one] Pour { $text0 }, { $controller } n'utilise plus { $text1 }.
                    }
            }
    }
notice-relisted = Les données utilisées pour { $text0 } sont énumérées autrement ; ce sont les mêmes données.
notice-retention =
    { $longer ->
        [yes]
            { $voice ->
                [we] Nous conservons désormais { $text0 } plus longtemps : { $text1 } (auparavant : { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } conservent désormais { $text0 } plus longtemps : { $text1 } (auparavant : { $text2 }).
                       *[one] { $controller } conserve désormais { $text0 } plus longtemps : { $text1 } (auparavant : { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Nous conservons désormais { $text0 } moins longtemps : { $text1 } (auparavant : { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } conservent désormais { $text0 } moins longtemps : { $text1 } (auparavant : { $text2 }).
                       *[one] { $controller } conserve désormais { $text0 } moins longtemps : { $text1 } (auparavant : { $text2 }).
                    }
            }
    }
notice-right-added =
    { $voice ->
        [we] La Politique explique désormais votre { $text0 } : { $text1 }
       *[third] La Politique explique désormais le { $text0 } de la personne concernée : { $text1 }
    }
notice-right-removed =
    { $voice ->
        [we] La Politique ne mentionne plus votre { $text0 } : { $text1 }
       *[third] La Politique ne mentionne plus le { $text0 } de la personne concernée : { $text1 }
    }
notice-profiling =
    { $voice ->
        [we] Nous indiquons désormais que { $text0 } comporte un profilage : nous utilisons vos données pour évaluer certains aspects personnels vous concernant.
       *[third]
            { $controllers ->
                [several] { $controller } indiquent désormais que { $text0 } comporte un profilage : { $controller } utilisent les données de la personne concernée pour évaluer certains aspects personnels la concernant.
               *[one] { $controller } indique désormais que { $text0 } comporte un profilage : { $controller } utilise les données de la personne concernée pour évaluer certains aspects personnels la concernant.
            }
    }
notice-direct-marketing =
    { $voice ->
        [we] Nous indiquons désormais que { $text0 } relève de la prospection, à laquelle vous pouvez vous opposer à tout moment.
       *[third]
            { $controllers ->
                [several] { $controller } indiquent désormais que { $text0 } relève de la prospection, à laquelle la personne concernée peut s'opposer à tout moment.
               *[one] { $controller } indique désormais que { $text0 } relève de la prospection, à laquelle la personne concernée peut s'opposer à tout moment.
            }
    }
notice-ccpa-categories-added = Au sens du droit californien, { $text0 } relève désormais des catégories d'informations personnelles suivantes : { $text1 }.
notice-ccpa-categories-removed = Au sens du droit californien, { $text0 } ne relève plus des catégories d'informations personnelles suivantes : { $text1 }.
## $text0 le libellé d'une catégorie de données ; $text1 le type d'informations
## sensibles qu'elle est désormais (sensitive-*, entre guillemets), $text2 l'ancien.
notice-sensitive-added = { $text0 } relève désormais des informations personnelles sensibles au sens des lois des États américains sur la protection de la vie privée : { $text1 }.
notice-sensitive-changed = { $text0 } relève désormais des informations personnelles sensibles de ce type : { $text1 }, au lieu de { $text2 }.
notice-sensitive-removed = { $text0 } ne relève plus des informations personnelles sensibles au sens des lois des États américains sur la protection de la vie privée.
notice-examples-open =
    { $voice ->
        [we] Nous indiquons désormais que les données énumérées pour { $text0 } sont des exemples, non une liste complète.
       *[third]
            { $controllers ->
                [several] { $controller } indiquent désormais que les données énumérées pour { $text0 } sont des exemples, non une liste complète.
               *[one] { $controller } indique désormais que les données énumérées pour { $text0 } sont des exemples, non une liste complète.
            }
    }
notice-combined =
    { $voice ->
        [we] Nous traitons désormais { $text0 } comme des données à caractère personnel lorsqu'elles sont combinées avec des données à caractère personnel.
       *[third]
            { $controllers ->
                [several] { $controller } traitent désormais { $text0 } comme des données à caractère personnel lorsqu'elles sont combinées avec des données à caractère personnel.
               *[one] { $controller } traite désormais { $text0 } comme des données à caractère personnel lorsqu'elles sont combinées avec des données à caractère personnel.
            }
    }
notice-notice =
    { $voice ->
        [we] Nous vous informons désormais d'une modification { $duration } avant sa prise d'effet.
       *[third]
            { $controllers ->
                [several] { $controller } informent désormais la personne concernée d'une modification { $duration } avant sa prise d'effet.
               *[one] { $controller } informe désormais la personne concernée d'une modification { $duration } avant sa prise d'effet.
            }
    }
notice-regimes = La Politique nomme désormais le droit qu'elle applique : { $text0 }.
notice-regime-gdpr = le RGPD
notice-regime-uk_gdpr = le RGPD britannique
notice-regime-ccpa = le CCPA
notice-regime-us_state_laws = les lois des États américains sur la protection de la vie privée
notice-regime-coppa = la loi COPPA
notice-regime-lgpd = la LGPD
notice-regime-popia = la loi POPIA
notice-decision-added =
    { $voice ->
        [we] Nous prenons désormais une décision vous concernant fondée exclusivement sur un traitement automatisé : { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } prennent désormais une décision concernant la personne concernée fondée exclusivement sur un traitement automatisé : { $text0 }.
               *[one] { $controller } prend désormais une décision concernant la personne concernée fondée exclusivement sur un traitement automatisé : { $text0 }.
            }
    }
notice-decision-removed =
    { $voice ->
        [we] Nous ne prenons plus cette décision vous concernant de manière exclusivement automatisée : { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ne prennent plus cette décision concernant la personne concernée de manière exclusivement automatisée : { $text0 }.
               *[one] { $controller } ne prend plus cette décision concernant la personne concernée de manière exclusivement automatisée : { $text0 }.
            }
    }
notice-right-access = droit d'accès
notice-right-rectification = droit de rectification
notice-right-erasure = droit à l'effacement
notice-right-restriction = droit à la limitation du traitement
notice-right-portability = droit à la portabilité des données
notice-right-objection = droit d'opposition
notice-right-withdraw_consent = droit au retrait du consentement
notice-right-complaint = droit d'introduire une réclamation
notice-right-opt_out_sale_share = droit de s'opposer à la vente et au partage
notice-right-limit_sensitive = droit de limiter l'utilisation des informations personnelles sensibles
notice-right-know = droit de savoir
notice-right-appeal = droit de recours
notice-right-non_discrimination = droit à la non-discrimination
notice-right-automated_decisions = droit de ne pas faire l'objet d'une décision automatisée

## Les mots d'une modification de chaque type (change-KIND, d'après son
## identifiant dans src/diff/kind.rs), pour une modification sans phrase
## propre dans l'avis.

change-HEADER_CHANGED = Les informations générales sur la Politique sont formulées autrement.
change-PUBLICATION_DATE_CHANGED = La date de publication de la Politique est indiquée autrement.
change-CONTROLLER_ADDED = Une autre entreprise est devenue le responsable du traitement.
change-CONTROLLER_REMOVED = L'entreprise qui était responsable du traitement ne l'est plus.
change-ACCEPTANCE_LOOSENED =
    { $voice ->
        [we] Vous acceptez désormais la Politique par une démarche moindre, par exemple par la simple utilisation du service.
       *[third] La personne concernée accepte désormais la Politique par une démarche moindre, par exemple par la simple utilisation du service.
    }
change-ACCEPTANCE_TIGHTENED =
    { $voice ->
        [we] Vous acceptez désormais la Politique par une démarche plus marquée, par exemple par un accord exprès.
       *[third] La personne concernée accepte désormais la Politique par une démarche plus marquée, par exemple par un accord exprès.
    }
change-ACCEPTANCE_RESTATED =
    { $voice ->
        [we] La manière dont vous acceptez la Politique a été remplacée par une manière équivalente.
       *[third] La manière dont la personne concernée accepte la Politique a été remplacée par une manière équivalente.
    }
change-CONTACT_UNSTATED = La Politique n'indique plus de moyen de contacter le responsable du traitement.
change-CONTACT_STATED = La Politique indique désormais un moyen de contacter le responsable du traitement.
change-REGIME_ADDED = La Politique déclare désormais relever d'un autre régime juridique.
change-REGIME_DROPPED = La Politique ne déclare plus relever d'un régime juridique.
change-VOICE_CHANGED = Le texte désigne désormais le responsable du traitement et le lecteur autrement, ou le responsable du traitement prend un autre nombre grammatical.
change-LABEL_CHANGED = Certains noms de données, de finalités, de destinataires ou de droits sont formulés autrement.
change-DESCRIPTION_CHANGED = Certaines descriptions sont formulées autrement.
change-SHORT_LABEL_CHANGED = Le libellé court d'une catégorie de données ou d'une finalité, utilisé lorsqu'elle est mentionnée à nouveau, a été indiqué, modifié ou supprimé.
change-DATA_ADDED = Une nouvelle catégorie de données est collectée.
change-DATA_REMOVED = Une catégorie de données n'est plus collectée.
change-DATA_SOURCE_FARTHER =
    { $voice ->
        [we] Une catégorie de données provient désormais d'une source plus éloignée de vous.
       *[third] Une catégorie de données provient désormais d'une source plus éloignée de la personne concernée.
    }
change-DATA_SOURCE_UNSTATED = L'origine d'une catégorie de données n'est plus indiquée.
change-DATA_SOURCE_STATED = L'origine d'une catégorie de données est désormais indiquée.
change-DATA_SOURCE_NEARER =
    { $voice ->
        [we] Une catégorie de données provient désormais d'une source plus proche de vous.
       *[third] Une catégorie de données provient désormais d'une source plus proche de la personne concernée.
    }
change-DATA_SOURCE_RESTATED = La source d'une catégorie de données a été remplacée par une source équivalente.
change-DATA_MORE_IDENTIFYING =
    { $voice ->
        [we] Une catégorie de données vous identifie désormais plus directement.
       *[third] Une catégorie de données identifie désormais la personne concernée plus directement.
    }
change-DATA_LESS_IDENTIFYING =
    { $voice ->
        [we] Une catégorie de données vous identifie désormais moins directement.
       *[third] Une catégorie de données identifie désormais la personne concernée moins directement.
    }
change-DATA_IDENTITY_RESTATED = La mesure dans laquelle une catégorie de données identifie la personne concernée a été remplacée par une indication équivalente.
change-DATA_SPECIAL_ADDED = Une catégorie de données relève désormais des catégories particulières de données à caractère personnel.
change-DATA_SPECIAL_REMOVED = Une catégorie de données ne relève plus des catégories particulières de données à caractère personnel.
change-DATA_SPECIAL_CHANGED = Une catégorie de données relève d'une autre catégorie particulière de données à caractère personnel.
change-DATA_SENSITIVE_ADDED = Une catégorie de données constitue désormais une information personnelle sensible au sens du droit des États américains.
change-DATA_SENSITIVE_REMOVED = Une catégorie de données ne constitue plus une information personnelle sensible au sens du droit des États américains.
change-DATA_SENSITIVE_CHANGED = Une catégorie de données est une information personnelle sensible d'un autre type.
change-DATA_CCPA_CATEGORY_STATED = Une catégorie de données indique désormais de quelles catégories d'informations personnelles du CCPA elle relève.
change-DATA_CCPA_CATEGORY_UNSTATED = Une catégorie de données n'indique plus de quelles catégories d'informations personnelles du CCPA elle relève.
change-DATA_CCPA_CATEGORY_ADDED = Une catégorie de données relève désormais aussi d'une autre catégorie d'informations personnelles du CCPA.
change-DATA_CCPA_CATEGORY_REMOVED = Une catégorie de données ne relève plus de l'une des catégories d'informations personnelles du CCPA.
change-DATA_EXAMPLES_ADDED = Ce que couvre une catégorie de données comprend désormais d'autres exemples.
change-DATA_EXAMPLES_REMOVED = Ce que couvre une catégorie de données ne comprend plus certains exemples.
change-DATA_EXAMPLES_OPENED = Les exemples d'une catégorie de données ne font désormais que l'illustrer.
change-DATA_EXAMPLES_CLOSED = Les exemples d'une catégorie de données en constituent désormais la totalité, et non plus de simples illustrations.
change-DATA_MORE_REQUIRED =
    { $voice ->
        [we] Vous avez désormais moins le choix de fournir ou non une catégorie de données.
       *[third] La personne concernée a désormais moins le choix de fournir ou non une catégorie de données.
    }
change-DATA_LESS_REQUIRED =
    { $voice ->
        [we] Vous avez désormais davantage le choix de fournir ou non une catégorie de données.
       *[third] La personne concernée a désormais davantage le choix de fournir ou non une catégorie de données.
    }
change-DATA_REQUIREMENT_RESTATED =
    { $voice ->
        [we] L'obligation pour vous de fournir une catégorie de données a été remplacée par une indication équivalente.
       *[third] L'obligation pour la personne concernée de fournir une catégorie de données a été remplacée par une indication équivalente.
    }
change-DATA_COLLECTION_CHANGED = Le moment de la collecte d'une catégorie de données a été indiqué, reformulé ou supprimé.
change-DATA_COMBINED_IDENTIFIED = Une catégorie de données indique désormais que, combinée avec des données à caractère personnel, elle est traitée comme des données à caractère personnel.
change-DATA_COMBINED_UNSTATED = Une catégorie de données n'indique plus que, combinée avec des données à caractère personnel, elle est traitée comme des données à caractère personnel.
change-DATA_FIDES_CHANGED = La clé de la taxonomie fideslang à laquelle correspond une catégorie de données a été indiquée, modifiée ou supprimée.
change-PURPOSE_ADDED = Des données sont traitées pour une nouvelle finalité.
change-PURPOSE_REMOVED = Des données ne sont plus traitées pour une finalité.
change-PURPOSE_DATA_ADDED = Une finalité utilise désormais une catégorie de données, ou l'ensemble d'une catégorie dont elle n'utilisait qu'une partie.
change-PURPOSE_DATA_REMOVED = Une finalité n'utilise plus une catégorie de données, ou seulement une partie de celle-ci.
change-PURPOSE_DATA_RELISTED = Une finalité énumère ses données autrement, sans changement de ce qu'elle utilise.
change-BASIS_HARDER_TO_REFUSE =
    { $voice ->
        [we] La base juridique d'une finalité a été remplacée par une base à laquelle vous pouvez plus difficilement vous soustraire.
       *[third] La base juridique d'une finalité a été remplacée par une base à laquelle la personne concernée peut plus difficilement se soustraire.
    }
change-BASIS_EASIER_TO_REFUSE =
    { $voice ->
        [we] La base juridique d'une finalité a été remplacée par une base à laquelle vous pouvez plus facilement vous soustraire.
       *[third] La base juridique d'une finalité a été remplacée par une base à laquelle la personne concernée peut plus facilement se soustraire.
    }
change-BASIS_CHANGED = La base juridique d'une finalité a été remplacée par une autre, à laquelle il est tout aussi difficile de se soustraire.
change-BASIS_UNSTATED = La base juridique d'une finalité n'est plus indiquée.
change-BASIS_STATED = Une finalité dont la base juridique n'était pas indiquée en indique désormais une.
change-INTEREST_CHANGED = L'intérêt légitime d'une finalité a été indiqué, reformulé ou supprimé.
change-PURPOSE_IDENTIFIED_ALLOWED = Une finalité n'est plus limitée aux données dépersonnalisées.
change-PURPOSE_DEPERSONALIZED_ONLY = Une finalité est désormais limitée aux données dépersonnalisées.
change-PURPOSE_PROFILING_ADDED = Une finalité comporte désormais un profilage.
change-PURPOSE_PROFILING_REMOVED = Une finalité ne comporte plus de profilage.
change-PURPOSE_DIRECT_MARKETING_ADDED = Une finalité relève désormais de la prospection.
change-PURPOSE_DIRECT_MARKETING_REMOVED = Une finalité ne relève plus de la prospection.
change-PURPOSE_PERMITTED_USE_ADDED = Une finalité qui utilise des informations personnelles sensibles nomme désormais une utilisation que le droit californien permet sans droit de la limiter : une demande de limitation ne l'arrête plus.
change-PURPOSE_PERMITTED_USE_REMOVED = Une finalité qui utilise des informations personnelles sensibles ne nomme plus d'utilisation que le droit californien permet sans droit de la limiter : une demande de limitation l'arrête de nouveau.
change-PURPOSE_PERMITTED_USE_CHANGED = Une finalité nomme une autre utilisation d'informations personnelles sensibles que le droit californien permet sans droit de la limiter, ou en nomme une là où elle ne change rien.
change-PURPOSE_FIDES_CHANGED = L'utilisation de données de la taxonomie fideslang à laquelle correspond une finalité a été indiquée, modifiée ou supprimée.
change-RECIPIENT_ADDED = Un nouveau destinataire reçoit des données.
change-RECIPIENT_REMOVED = Un destinataire ne reçoit plus de données.
change-RECIPIENT_MORE_INDEPENDENT = Un destinataire relève désormais d'un type qui décide davantage par lui-même.
change-RECIPIENT_LESS_INDEPENDENT = Un destinataire relève désormais d'un type qui décide moins par lui-même.
change-RECIPIENT_KIND_CHANGED = Un destinataire relève désormais d'un autre type, tout aussi indépendant.
change-RECIPIENT_JOINT_CONTROL_ENDED = Un destinataire n'est plus responsable conjoint du traitement : il décide seul, sans accord avec le responsable du traitement.
change-RECIPIENT_JOINT_CONTROL_STARTED = Un destinataire est désormais responsable conjoint du traitement et en répond en vertu d'un accord avec le responsable du traitement.
change-RECIPIENT_ROLE_RESTATED = Un destinataire est désormais présenté comme un responsable du traitement indépendant, ou ne l'est plus.
change-ARRANGEMENT_CHANGED = Les grandes lignes de l'accord entre responsables conjoints ont été indiquées, reformulées ou supprimées.
change-REQUEST_HANDLING_CHANGED = La manière dont une demande d'accès, de suppression ou de rectification est vérifiée, ou dont un mandataire autorisé la présente, a été indiquée, reformulée ou supprimée ; le sens d'un texte libre n'est pas vérifié.
change-RECIPIENT_ABROAD = Un destinataire se trouve désormais à l'étranger.
change-RECIPIENT_NOT_ABROAD = Un destinataire ne se trouve plus à l'étranger.
change-RECIPIENT_COUNTRY_CHANGED = Un destinataire à l'étranger se trouve désormais dans un autre pays.
change-SAFEGUARD_REMOVED = Les transferts vers un destinataire ne sont plus protégés par une garantie.
change-SAFEGUARD_ADDED = Les transferts vers un destinataire sont désormais protégés par une garantie.
change-SAFEGUARD_CHANGED = La garantie des transferts vers un destinataire a été remplacée par une autre.
change-RECIPIENT_UNBOUND = Un destinataire n'est plus lié par la Politique.
change-RECIPIENT_BOUND = Un destinataire est désormais lié par la Politique.
change-RECIPIENT_SOLD = Les communications à un destinataire constituent désormais une vente, un partage ou de la publicité ciblée au sens du droit des États américains.
change-RECIPIENT_NOT_SOLD = Les communications à un destinataire ne constituent plus une vente, un partage ou de la publicité ciblée au sens du droit des États américains.
change-TRANSFER_GROUND_ADDED = Des données sont désormais transmises à un destinataire pour un motif pour lequel elles ne l'étaient pas auparavant.
change-TRANSFER_GROUND_REMOVED = Des données ne sont plus transmises à un destinataire pour un motif, en tout ou en partie.
change-TRANSFER_PURPOSES_WIDENED = Les données transmises à un destinataire servent désormais davantage de finalités, ou toutes.
change-TRANSFER_PURPOSES_NARROWED = Les données transmises à un destinataire servent désormais moins de finalités, ou seulement celles nommées.
change-TRANSFER_SOLD = Les données transmises à un destinataire constituent désormais une vente, un partage ou de la publicité ciblée au sens du droit des États américains.
change-TRANSFER_NOT_SOLD = Les données transmises à un destinataire ne constituent plus une vente, un partage ou de la publicité ciblée au sens du droit des États américains.
change-TRANSFER_INTEREST_CHANGED = L'intérêt légitime poursuivi par la transmission de données à un destinataire a été reformulé.
change-RETENTION_UNSTATED = La durée de conservation d'une catégorie de données n'est plus indiquée.
change-RETENTION_STATED = La durée de conservation d'une catégorie de données est désormais indiquée.
change-RETENTION_EXTENDED = Une catégorie de données est conservée plus longtemps.
change-RETENTION_SHORTENED = Une catégorie de données est conservée moins longtemps.
change-RETENTION_RESTATED = La durée de conservation d'une catégorie de données est indiquée autrement, tout aussi longue.
change-RETENTION_RULE_LOOSENED = Avec des durées alternatives, une catégorie de données est désormais conservée jusqu'à la fin de la dernière, et non de la première.
change-RETENTION_RULE_TIGHTENED = Avec des durées alternatives, la conservation d'une catégorie de données prend désormais fin avec la première, et non la dernière.
change-RIGHT_REMOVED =
    { $voice ->
        [we] Vous n'avez plus un droit.
       *[third] La personne concernée n'a plus un droit.
    }
change-RIGHT_ADDED =
    { $voice ->
        [we] Vous avez désormais un droit.
       *[third] La personne concernée a désormais un droit.
    }
change-RIGHT_CHANNEL_ADDED = Un droit peut désormais être exercé par un autre moyen.
change-RIGHT_CHANNEL_REMOVED = Un droit ne peut plus être exercé par un moyen.
change-RIGHT_SLOWER = Les demandes d'exercice d'un droit reçoivent une réponse plus tardive, ou plus dans un délai indiqué.
change-RIGHT_FASTER = Les demandes d'exercice d'un droit reçoivent une réponse plus rapide, ou désormais dans un délai indiqué.
change-RIGHT_DEADLINE_RESTATED = Le délai de réponse aux demandes relatives à un droit est indiqué autrement, tout aussi long.
change-RIGHT_ANYTIME_REMOVED = Un droit ne peut plus être exercé à tout moment.
change-RIGHT_ANYTIME_ADDED = Un droit peut désormais être exercé à tout moment.
change-OBLIGATION_ADDED =
    { $voice ->
        [we] Vous avez une nouvelle obligation.
       *[third] La personne concernée a une nouvelle obligation.
    }
change-OBLIGATION_REMOVED =
    { $voice ->
        [we] Une de vos obligations a été supprimée.
       *[third] Une obligation de la personne concernée a été supprimée.
    }
change-OBLIGATION_REWORDED =
    { $voice ->
        [we] Vos obligations sont formulées autrement.
       *[third] Les obligations de la personne concernée sont formulées autrement.
    }
change-SECURITY_REMOVED = Une mesure de sécurité a été supprimée.
change-SECURITY_ADDED = Une nouvelle mesure de sécurité protège les données.
change-SECURITY_REWORDED = Une mesure de sécurité a été reformulée.
change-CHANGE_AUTHORITY_WIDENED = Le responsable du traitement est désormais plus libre de modifier la Politique.
change-CHANGE_AUTHORITY_NARROWED = Le responsable du traitement est désormais moins libre de modifier la Politique.
change-CHANGE_AUTHORITY_RESTATED = Qui peut modifier la Politique a été remplacé par une indication équivalente.
change-NOTIFY_REMOVED =
    { $voice ->
        [we] Les modifications ne vous sont plus communiquées par un certain moyen.
       *[third] Les utilisateurs ne sont plus informés des modifications par un certain moyen.
    }
change-NOTIFY_ADDED =
    { $voice ->
        [we] Les modifications vous sont désormais aussi communiquées par un autre moyen.
       *[third] Les utilisateurs sont désormais aussi informés des modifications par un autre moyen.
    }
change-NOTICE_SHORTENED = Le préavis d'une modification est plus court, ou n'est plus indiqué.
change-NOTICE_LENGTHENED = Le préavis d'une modification est plus long, ou est désormais indiqué.
change-NOTICE_RESTATED = Le préavis d'une modification est indiqué autrement, tout aussi long.
change-TAKES_EFFECT_SOONER = Une nouvelle version prend désormais effet plus tôt, par exemple dès sa publication.
change-TAKES_EFFECT_LATER = Une nouvelle version prend désormais effet plus tard, par exemple après le préavis.
change-TAKES_EFFECT_RESTATED = La date de prise d'effet d'une nouvelle version a été remplacée par une indication équivalente.
change-CLAUSE_ADDED = Une clause libre a été ajoutée.
change-CLAUSE_REMOVED = Une clause libre a été supprimée.
change-CLAUSE_MOVED = Une clause libre figure désormais dans une autre section du texte.
change-CLAUSE_REWORDED = Certaines autres dispositions sont formulées autrement.
change-POLICY_RESTATED = La Politique a été réordonnée ou regroupée sans changement de ce qu'elle dit.
change-GROUND_UNSTATED = Des données transmises à un destinataire pour des motifs indiqués le sont désormais sans motif indiqué.
change-GROUND_STATED = Des données transmises à un destinataire sans motif indiqué ne le sont désormais que pour des motifs indiqués.
change-TRACKER_ADDED =
    { $voice ->
        [we] Un nouveau cookie ou une technologie similaire stocke des informations sur votre appareil ou y accède.
       *[third] Un nouveau cookie ou une technologie similaire stocke des informations sur l'appareil de la personne concernée ou y accède.
    }
change-TRACKER_REMOVED = Un cookie ou une technologie similaire n'est plus utilisé.
change-TRACKER_WIDENED =
    { $voice ->
        [we] Un traceur va plus loin : une catégorie plus éloignée de ce que vous avez demandé, un tiers au lieu de nous, une durée de vie plus longue, davantage de données collectées, davantage de finalités, ou un autre fournisseur.
       *[third] Un traceur va plus loin : une catégorie plus éloignée de ce que la personne concernée a demandé, un tiers au lieu du responsable du traitement, une durée de vie plus longue, davantage de données collectées, davantage de finalités, ou un autre fournisseur.
    }
change-TRACKER_NARROWED =
    { $voice ->
        [we] Un traceur va moins loin : une catégorie plus proche de ce que vous avez demandé, nous au lieu d'un tiers, une durée de vie plus courte, moins de données collectées ou moins de finalités.
       *[third] Un traceur va moins loin : une catégorie plus proche de ce que la personne concernée a demandé, le responsable du traitement au lieu d'un tiers, une durée de vie plus courte, moins de données collectées ou moins de finalités.
    }
change-SIGNAL_NO_LONGER_HONOURED = Un signal de confidentialité du navigateur, tel que Do Not Track ou Global Privacy Control, qui était respecté ne l'est plus, ou n'est plus dit respecté.
change-SIGNAL_HONOURED = Un signal de confidentialité du navigateur, tel que Do Not Track ou Global Privacy Control, est désormais respecté.
change-SIGNAL_STANCE_STATED = La Politique dit désormais, ou ne dit plus, qu'elle ne répond pas à un signal de confidentialité du navigateur.
change-TRACKER_RESTATED = Le libellé, la description ou la technologie d'un traceur ont été reformulés sans qu'il aille plus loin.
change-MECHANISM_REMOVED = Les transferts vers un destinataire ne reposent plus sur une décision d'adéquation ou des garanties appropriées.
change-MECHANISM_ADDED = Les transferts vers un destinataire reposent désormais sur une décision d'adéquation ou des garanties appropriées.
change-MECHANISM_CHANGED = Les transferts vers un destinataire reposent sur un autre mécanisme tout aussi protecteur, ou le moyen d'en obtenir une copie a changé.
change-CHILDREN_STANCE_DROPPED = La Politique n'indique plus sa position à l'égard des enfants, ni les limites et les droits des parents qu'elle indiquait.
change-CHILDREN_STANCE_STATED = La Politique indique désormais sa position à l'égard des enfants.
change-CHILDREN_AUDIENCE_WIDENED = Le service s'adresse désormais à davantage d'enfants : à un public général qui les inclut, ou aux enfants.
change-CHILDREN_AUDIENCE_NARROWED = Le service s'adresse désormais à moins d'enfants : à un public général, ou à un public qui ne fait que les inclure.
change-CHILDREN_MINIMUM_AGE_LOWERED = Des personnes plus jeunes peuvent désormais utiliser le service seules : l'âge minimum est plus bas, ou n'est plus indiqué.
change-CHILDREN_MINIMUM_AGE_RAISED = L'âge minimum est plus élevé, ou est désormais indiqué.
change-CHILDREN_KNOWINGLY_COLLECTED = La Politique dit désormais que des données d'enfants sont collectées sciemment, ou ne dit plus qu'elles ne le sont pas.
change-CHILDREN_NOT_KNOWINGLY_COLLECTED = La Politique dit désormais que des données d'enfants ne sont pas collectées sciemment, ou ne dit plus qu'elles le sont.
change-CHILDREN_PARENTAL_CONSENT_DROPPED = La Politique n'indique plus comment le consentement d'un parent est recueilli.
change-CHILDREN_PARENTAL_CONSENT_STATED = La Politique indique désormais comment le consentement d'un parent est recueilli.
change-CHILDREN_PARENTAL_CONSENT_CHANGED = La manière dont le consentement d'un parent est recueilli est décrite en d'autres termes ; le sens d'un texte libre n'est pas vérifié.
change-CHILDREN_SALE_OPT_IN_CHANGED = La manière dont est recueillie l'autorisation de vendre ou de partager les informations d'un consommateur de moins de 16 ans a été indiquée, reformulée ou supprimée ; le sens d'un texte libre n'est pas vérifié.
change-PARENT_RIGHT_REMOVED = Un parent ne peut plus consulter les données de son enfant, les faire effacer ou refuser qu'elles continuent d'être collectées.
change-PARENT_RIGHT_ADDED = Un parent peut désormais consulter les données de son enfant, les faire effacer ou refuser qu'elles continuent d'être collectées.
change-DECISION_ADDED =
    { $voice ->
        [we] Une nouvelle décision vous concernant est fondée exclusivement sur un traitement automatisé.
       *[third] Une nouvelle décision concernant la personne concernée est fondée exclusivement sur un traitement automatisé.
    }
change-DECISION_REMOVED =
    { $voice ->
        [we] Une décision vous concernant n'est plus fondée exclusivement sur un traitement automatisé.
       *[third] Une décision concernant la personne concernée n'est plus fondée exclusivement sur un traitement automatisé.
    }
change-DECISION_WIDENED = Une décision automatisée utilise davantage de données.
change-DECISION_NARROWED = Une décision automatisée utilise moins de données.
change-DECISION_BASIS_LOOSENED =
    { $voice ->
        [we] Une décision automatisée repose désormais sur une base qui vous laisse moins de choix : un contrat au lieu d'un consentement explicite, ou une loi au lieu de l'un ou de l'autre.
       *[third] Une décision automatisée repose désormais sur une base qui laisse moins de choix à la personne concernée : un contrat au lieu d'un consentement explicite, ou une loi au lieu de l'un ou de l'autre.
    }
change-DECISION_BASIS_TIGHTENED =
    { $voice ->
        [we] Une décision automatisée repose désormais sur une base qui vous laisse plus de choix : un consentement explicite au lieu d'un contrat ou d'une loi, ou un contrat au lieu d'une loi.
       *[third] Une décision automatisée repose désormais sur une base qui laisse plus de choix à la personne concernée : un consentement explicite au lieu d'un contrat ou d'une loi, ou un contrat au lieu d'une loi.
    }
change-DECISION_SAFEGUARD_REMOVED = Une garantie contre une décision automatisée, telle que l'intervention humaine, l'expression de son point de vue ou la contestation de la décision, n'est plus indiquée.
change-DECISION_SAFEGUARD_ADDED = Une garantie contre une décision automatisée, telle que l'intervention humaine, l'expression de son point de vue ou la contestation de la décision, est désormais indiquée.
change-DECISION_RESTATED = Le libellé, la description, la logique ou la portée d'une décision automatisée, ou la loi nommée, ont été reformulés.
change-NO_DECISIONS_WITHDRAWN = La Politique n'indique plus qu'aucune décision n'est fondée exclusivement sur un traitement automatisé.
change-NO_DECISIONS_STATED = La Politique indique désormais qu'aucune décision n'est fondée exclusivement sur un traitement automatisé.
change-COMMITMENT_REMOVED = Un engagement, tel que ne jamais vendre ni partager les données ou ne pas les transférer hors d'une zone, n'est plus pris.
change-COMMITMENT_ADDED = Un engagement, tel que ne jamais vendre ni partager les données ou ne pas les transférer hors d'une zone, est désormais pris.
change-DATA_SOURCE_ADDED = Une catégorie de données est désormais aussi obtenue d'une autre source, ou d'une source nouvellement nommée.
change-DATA_SOURCE_REMOVED = Une catégorie de données n'est plus obtenue de l'une de ses sources.
change-COMBINATION_ADDED = Des ensembles de données sont désormais combinés.
change-COMBINATION_REMOVED = Des ensembles de données ne sont plus combinés.
change-COMBINATION_RESTATED = La raison pour laquelle des ensembles de données sont combinés a été reformulée.
change-SECURITY_MEASURE_REMOVED = Une mesure de sécurité n'est plus indiquée.
change-SECURITY_MEASURE_ADDED = Une mesure de sécurité est désormais indiquée.
change-BREACH_NOTIFICATION_REMOVED = L'engagement de notifier une violation de données à caractère personnel n'est plus pris, ou l'est avec un autre délai.
change-BREACH_NOTIFICATION_ADDED = L'engagement de notifier une violation de données à caractère personnel est désormais pris, ou l'est avec un autre délai.
change-CLAUSE_TO_TERMS = Certaines dispositions qui sont des stipulations contractuelles ne sont plus reproduites ici ; elles figurent dans les Conditions.
change-CLAUSE_FROM_TERMS = Certaines dispositions qui figuraient dans les Conditions sont désormais reproduites ici.
change-RIGHT_EXPLAINED =
    { $voice ->
        [we] Un droit que la loi vous accorde déjà est désormais expliqué, avec la manière de l'exercer.
       *[third] Un droit que la loi accorde déjà à la personne concernée est désormais expliqué, avec la manière de l'exercer.
    }
change-RIGHT_STATED_BY_DEFAULT = Un droit est désormais énoncé tel que la loi l'accorde, sans conditions propres.
change-RIGHT_NOT_APPLICABLE = La politique indique désormais pourquoi un droit que la loi accorde ne s'applique pas.
change-RIGHT_APPLICABLE = Un droit dont la politique disait qu'il ne s'appliquait pas est de nouveau énoncé.

# rights

## Un droit dont l'auteur indique qu'il ne s'applique pas
## (`right KIND not_applicable "reason"`) : $text0 est la raison.
user-not-applicable = Ce droit ne s'applique pas : { $text0 }

# parties

## The lead supervisory authority (`lead_authority "…"` in the controller
## block, GDPR Art. 56): $text0 is its name, as the author wrote it.
contact-lead-authority =
    { $voice ->
        [we] Notre autorité de contrôle chef de file : { $text0 }
       *[third] Autorité de contrôle chef de file de { $controller } : { $text0 }
    }

## A joint controller named in the header (`joint_controller "…"`, GDPR
## Art. 26): $text0 is its name, $text1 its address, country or the
## essence of the arrangement, as the author wrote them.
contact-joint-controller =
    { $voice ->
        [we] Nous déterminons avec { $text0 } les finalités et les moyens du traitement de vos informations : nous sommes responsables conjoints du traitement.
       *[third] { $controller } { $controllers ->
                [several] déterminent
               *[one] détermine
            } avec { $text0 } les finalités et les moyens du traitement : ils sont responsables conjoints du traitement.
    }
contact-joint-controller-address = Adresse postale de { $text0 } : { $text1 }
contact-joint-controller-country = Pays d'établissement de { $text0 } : { $text1 }
contact-joint-arrangement =
    { $voice ->
        [we] Les grandes lignes de l'accord entre nous et { $text0 } : { $text1 }
       *[third] Les grandes lignes de l'accord entre { $controller } et { $text0 } : { $text1 }
    }
change-JOINT_CONTROLLER_ADDED = Une autre entreprise détermine désormais avec le responsable les finalités et les moyens du traitement.
change-JOINT_CONTROLLER_REMOVED = Une entreprise ne détermine plus avec le responsable les finalités et les moyens du traitement.
## The layered summary's line on who is responsible, when the header
## names joint controllers: $text0 lists their names.
summary-who-joint =
    { $voice ->
        [we] Nous déterminons avec { $text0 } les finalités et les moyens du traitement, en tant que responsables conjoints.
       *[third] { $controller } { $controllers ->
                [several] déterminent
               *[one] détermine
            } avec { $text0 } les finalités et les moyens du traitement, en tant que responsables conjoints.
    }

# retention

## Conservation (render/processing.rs) : ce que deviennent les informations
## à la fin de leurs durées ($text0), avant les données nommées ($text1) ;
## puis combien de temps des copies restent dans les sauvegardes ($duration).
retention-kept-delete = Les informations suivantes sont conservées { $text0 }, puis supprimées : { $text1 }
retention-kept-anonymise = Les informations suivantes sont conservées { $text0 }, puis anonymisées : { $text1 }
retention-backups = Les copies de ces informations dans les sauvegardes sont conservées jusqu'à { $duration } de plus.

## L'avis de modification : ce qui se passe à la fin de la conservation, et les sauvegardes.
change-RETENTION_END_ANONYMISED = Une catégorie de données est désormais anonymisée à la fin de sa conservation, alors qu'elle était auparavant supprimée.
change-RETENTION_END_DELETED = Une catégorie de données est désormais supprimée à la fin de sa conservation, alors qu'elle était auparavant anonymisée.
change-BACKUPS_EXTENDED = Les copies d'une catégorie de données restent désormais plus longtemps dans les sauvegardes après la fin de sa conservation.
change-BACKUPS_SHORTENED = Les copies d'une catégorie de données restent désormais moins longtemps dans les sauvegardes après la fin de sa conservation.

# sections

## L'avis de modification : les types de modification d'une section
## (`section ID "Heading" { … }`).
change-SECTION_ADDED = Une section dotée de son propre titre a été ajoutée au texte.
change-SECTION_REMOVED = Une section dotée de son propre titre a été retirée du texte.
change-SECTION_RENAMED = Une section du texte porte un nouveau titre.
change-SECTION_MOVED = Une section du texte figure désormais à un autre endroit.
change-SECTION_SUMMARY_CHANGED = Le résumé qui ouvre une section du texte est formulé autrement.

## L'introduction du résumé qui ouvre une section (`summary "…"`),
## avant les mots de l'auteur.
section-summary-lead = En bref :

# jurisdictions

## Les sections pour les lois que déclare `regimes` dans l'en-tête
## (render/jurisdictions.rs). $laws dit lesquelles : `ccpa`, `states` (les
## autres lois des États américains) ou `us` (les deux) dans la section
## américaine ; `eu`, `uk` ou `eu-uk` dans la section EEE. $section,
## $purposes et $table sont les numéros des sections auxquelles on renvoie.
## Une espace insécable précède le deux-points.
section-jurisdiction-us =
    { $laws ->
        [ccpa]
            { $voice ->
                [we] Vos droits en Californie
               *[third] Droits en Californie
            }
        [states]
            { $voice ->
                [we] Vos droits dans les États américains
               *[third] Droits dans les États américains
            }
       *[us]
            { $voice ->
                [we] Vos droits en Californie et dans les autres États américains
               *[third] Droits en Californie et dans les autres États américains
            }
    }
section-jurisdiction-eea =
    { $laws ->
        [eu] Pour les utilisateurs dans l'EEE
        [uk] Pour les utilisateurs au Royaume-Uni
       *[eu-uk] Pour les utilisateurs dans l'EEE et au Royaume-Uni
    }
jurisdictions-us-intro =
    { $laws ->
        [ccpa] Cette section rassemble, pour les résidents de Californie, ce que la présente Politique communique au titre du California Consumer Privacy Act.
        [states] Cette section rassemble, pour les résidents des États américains dotés d'une loi générale sur la protection de la vie privée, ce que la présente Politique communique au titre de ces lois.
       *[us] Cette section rassemble, pour les résidents de Californie et des autres États américains dotés d'une loi générale sur la protection de la vie privée, ce que la présente Politique communique au titre de leurs lois.
    }
jurisdictions-eea-intro =
    { $laws ->
        [eu] Cette section rassemble, pour les utilisateurs dans l'Espace économique européen, ce que la présente Politique communique au titre du RGPD.
        [uk] Cette section rassemble, pour les utilisateurs au Royaume-Uni, ce que la présente Politique communique au titre du UK GDPR.
       *[eu-uk] Cette section rassemble, pour les utilisateurs dans l'Espace économique européen et au Royaume-Uni, ce que la présente Politique communique au titre du RGPD et du UK GDPR.
    }
jurisdictions-us-categories =
    { $voice ->
        [we] Le tableau ci-dessous indique chaque catégorie d'informations personnelles que nous collectons, son usage, à qui elle est communiquée et combien de temps elle est conservée. L'origine de chacune figure à la section { $section }.
       *[third] Le tableau ci-dessous indique chaque catégorie d'informations personnelles collectées, son usage, à qui elle est communiquée et combien de temps elle est conservée. L'origine de chacune figure à la section { $section }.
    }
jurisdictions-column-category = Catégorie
jurisdictions-column-purposes = Utilisée pour
jurisdictions-column-recipients = Communiquée à
jurisdictions-column-kept = Conservée
jurisdictions-us-statutory =
    { $voice ->
        [we] Le tableau ci-dessous indique les catégories d'informations personnelles que nous collectons, dans les termes du droit californien (Cal. Civ. Code §1798.140(v)(1)), avec les informations de chacune (section { $section }), leur origine, leur usage, à qui elles sont communiquées à des fins professionnelles, à qui elles sont vendues et avec qui elles sont partagées.
       *[third] Le tableau ci-dessous indique les catégories d'informations personnelles collectées, dans les termes du droit californien (Cal. Civ. Code §1798.140(v)(1)), avec les informations de chacune (section { $section }), leur origine, leur usage, à qui elles sont communiquées à des fins professionnelles, à qui elles sont vendues et avec qui elles sont partagées.
    }
jurisdictions-us-statutory-kept = La durée de conservation de chacune figure à la section { $section }.
jurisdictions-column-statutory = Catégorie d'informations personnelles
jurisdictions-column-members = Informations concernées
jurisdictions-column-sources = Sources
jurisdictions-column-business-purpose = Communiquées à des fins professionnelles à
jurisdictions-column-sold = Vendues à
jurisdictions-column-shared = Partagées avec
jurisdictions-source-user =
    { $voice ->
        [we] vous
       *[third] l'Utilisateur
    }
jurisdictions-source-device =
    { $voice ->
        [we] votre appareil
       *[third] l'appareil de l'Utilisateur
    }
jurisdictions-source-derived =
    { $voice ->
        [we] déduites par nous d'autres informations
       *[third] déduites d'autres informations
    }
jurisdictions-source-third_party = des tiers
jurisdictions-source-third_party-named = { $text0 }
jurisdictions-source-publicly_available = des sources accessibles au public
jurisdictions-source-publicly_available-named = { $text0 } (accessible au public)
jurisdictions-us-sale = Des informations personnelles sont vendues aux destinataires suivants (section { $section }) :
jurisdictions-us-share-and-targeted = Des informations personnelles sont partagées à des fins de publicité comportementale intercontextuelle avec les destinataires suivants, et leur sont communiquées à des fins de publicité ciblée (section { $section }) :
jurisdictions-us-share = Des informations personnelles sont partagées à des fins de publicité comportementale intercontextuelle avec les destinataires suivants (section { $section }) :
jurisdictions-us-targeted_advertising = Des informations personnelles sont communiquées à des fins de publicité ciblée aux destinataires suivants (section { $section }) :
jurisdictions-us-opt-out-lead = S'opposer à la vente et au partage.
jurisdictions-us-opt-out =
    { $voice ->
        [we] Vous pouvez vous opposer à la vente et au partage de vos informations personnelles (section { $section }).
       *[third] La personne concernée peut s'opposer à la vente et au partage de ses informations personnelles (section { $section }).
    }
jurisdictions-us-link = Le lien « Ne pas vendre ni partager mes informations personnelles » en tête de la présente Politique mène à { $text0 }.
jurisdictions-us-link-same = Le lien « Ne pas vendre ni partager mes informations personnelles » en tête de la présente Politique mène à la même page.
jurisdictions-us-gpc-honoured =
    { $voice ->
        [we] Nous traitons un signal Global Privacy Control envoyé par votre navigateur comme une demande d'opposition à la vente et au partage de vos informations personnelles.
       *[third] Un signal Global Privacy Control envoyé par le navigateur de la personne concernée est traité comme une demande d'opposition à la vente et au partage de ses informations personnelles.
    }
jurisdictions-us-gpc-ignored = Un signal Global Privacy Control n'est pas traité comme une demande d'opposition à la vente ou au partage.
jurisdictions-us-sensitive = Parmi les informations personnelles collectées, les suivantes sont des informations personnelles sensibles : { $text0 }.
jurisdictions-us-limit =
    { $voice ->
        [we] Vous pouvez limiter l'usage que nous en faisons (section { $section }).
       *[third] La personne concernée peut en limiter l'usage (section { $section }).
    }
jurisdictions-rights =
    { $voice ->
        [we] Vos droits
       *[third] Les droits de la personne concernée
    } au titre { $laws ->
        [ccpa] du California Consumer Privacy Act
        [states] de ces lois
        [us] de ces lois
        [eu] du RGPD
        [uk] du UK GDPR
       *[eu-uk] du RGPD et du UK GDPR
    }, décrits à la section { $section } :
jurisdictions-eea-parties = Qui est responsable du traitement, et qui contacter (section { $section }) :
jurisdictions-eea-controller = Le responsable du traitement : { $text0 }
jurisdictions-eea-joint-controller = Un responsable conjoint du traitement : { $text0 }
jurisdictions-eea-dpo = Le délégué à la protection des données : { $text0 }
jurisdictions-eea-eu-representative = Le représentant dans l'Union européenne : { $text0 }
jurisdictions-eea-uk-representative = Le représentant au Royaume-Uni : { $text0 }
jurisdictions-eea-lead-authority = L'autorité de contrôle chef de file : { $text0 }
jurisdictions-eea-bases = La base juridique de chaque finalité est indiquée avec la finalité à la section { $purposes } et dans le tableau de la section { $table }.
jurisdictions-eea-transfers = Transferts vers des destinataires à l'étranger, où se trouve chaque destinataire et sur quoi repose le transfert (section { $section }) :
jurisdictions-eea-decisions =
    { $voice ->
        [we] Décisions fondées exclusivement sur un traitement automatisé, et vos droits à leur égard (section { $section }) :
       *[third] Décisions fondées exclusivement sur un traitement automatisé, et les droits de la personne concernée à leur égard (section { $section }) :
    }

# retention2

## Conservation (render/processing.rs) : une durée déterminée par des
## critères (`retain DATA criteria "…"`), comme fin de « conservées … » ;
## puis les critères eux-mêmes, dans les mots de l'auteur ($text0).
period-criteria = pendant une durée déterminée par des critères
## A cap on a retention by criteria (`at_most 90 days from collection`),
## after `period-criteria`; $event is an `event-from-…` word, $text0 the
## policy's own event.
period-cap-event = , et au plus { $duration } { $event }
period-cap = , et au plus { $duration } à compter de { $text0 }
retention-criteria = Les critères qui déterminent cette durée : { $text0 }

## L'avis de modification : conservation selon des critères.
change-RETENTION_CRITERIA_ADDED = Une catégorie de données est désormais conservée pendant une durée déterminée par des critères, alors qu'une durée était auparavant indiquée.
change-RETENTION_CRITERIA_REMOVED = Une catégorie de données est désormais conservée pendant une durée indiquée, alors que des critères la déterminaient auparavant.
change-RETENTION_CAPPED = Une catégorie de données conservée pendant une durée déterminée par des critères est désormais conservée au plus jusqu'à un plafond.
change-RETENTION_UNCAPPED = Une catégorie de données conservée pendant une durée déterminée par des critères n'est plus limitée par un plafond.
change-RETENTION_CRITERIA_CHANGED = Les critères qui déterminent la durée de conservation d'une catégorie de données sont formulés différemment.

## Le résumé et le tableau par finalité (render/summary.rs,
## render/table.rs) : après les durées d'une conservation, ce qui arrive à
## leur fin et combien de temps les copies restent dans les sauvegardes
## ($duration), en bref.
kept-then-delete = puis supprimées
kept-then-anonymise = puis anonymisées
kept-backups = (copies dans les sauvegardes : jusqu'à { $duration } de plus)

## Conservation propre à des finalités (`retain DATA when_used_for PURPOSE
## …`, render/processing.rs) : $text0 les durées, $text1 les données, $text2
## les libellés des finalités ; puis, dans le résumé, après les données.
retention-purpose-kept = Lorsqu'elles sont utilisées pour { $text2 }, les informations suivantes sont conservées { $text0 } : { $text1 }
retention-purpose-kept-delete = Lorsqu'elles sont utilisées pour { $text2 }, les informations suivantes sont conservées { $text0 }, puis supprimées : { $text1 }
retention-purpose-kept-anonymise = Lorsqu'elles sont utilisées pour { $text2 }, les informations suivantes sont conservées { $text0 }, puis anonymisées : { $text1 }
kept-when-used-for = lorsqu'elles sont utilisées pour { $text0 }

## L'avis de modification : conservation propre à une finalité.
change-RETENTION_FOR_PURPOSE_EXTENDED = Les données utilisées pour une finalité sont conservées plus longtemps.
change-RETENTION_FOR_PURPOSE_SHORTENED = Les données utilisées pour une finalité sont conservées moins longtemps.
change-RETENTION_FOR_PURPOSE_RESTATED = La durée de conservation des données utilisées pour une finalité est formulée différemment, sans aller plus loin.

# notice-channels
notice-right-channel-added =
    { $voice ->
        [we] Vous pouvez désormais aussi exercer votre { $text0 } par { $text1 }.
       *[third] L'Utilisateur peut désormais aussi exercer son { $text0 } par { $text1 }.
    }
notice-right-channel-removed =
    { $voice ->
        [we] Vous ne pouvez plus exercer votre { $text0 } par { $text1 }.
       *[third] L'Utilisateur ne peut plus exercer son { $text0 } par { $text1 }.
    }
notice-required-by =
    { $voice ->
        [we] Nous indiquons désormais ce qui se passe si vous ne fournissez pas { $text0 } : { $text1 }.
       *[third] La politique indique désormais ce qui se passe si l'Utilisateur ne fournit pas { $text0 } : { $text1 }.
    }

## Un lien en tête de la politique (l'opposition à la vente et au partage, la
## limitation des informations sensibles) : indiqué ($stated new), modifié (both)
## ou supprimé (old) ; $text0 le lien avec son titre et son adresse.
notice-top-link =
    { $stated ->
        [old]
            { $voice ->
                [we] Nous ne donnons plus ce lien en tête de la politique : { $text0 }
               *[third] La politique ne donne plus ce lien en tête : { $text0 }
            }
        [both]
            { $voice ->
                [we] Le lien en tête de la politique est désormais : { $text0 }
               *[third] Le lien en tête de la politique est désormais : { $text0 }
            }
       *[new]
            { $voice ->
                [we] Nous donnons désormais ce lien en tête de la politique : { $text0 }
               *[third] La politique donne désormais ce lien en tête : { $text0 }
            }
    }

## Les coordonnées du délégué à la protection des données ($of dpo) ou du
## représentant dans l'UE ($of eu) ou au Royaume-Uni ($of uk) : données
## ($stated new), autres (both) ou plus données (old) ; $text0 entre guillemets.
notice-officer =
    { $of ->
        [eu]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Nous ne nommons plus notre représentant dans l'UE ; nous nommions : { $text0 }
                       *[third] La politique ne nomme plus le représentant du responsable du traitement dans l'UE ; elle nommait : { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Notre représentant dans l'UE est désormais : { $text0 }
                       *[third] Le représentant du responsable du traitement dans l'UE est désormais : { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Nous nommons désormais notre représentant dans l'UE : { $text0 }
                       *[third] La politique nomme désormais le représentant du responsable du traitement dans l'UE : { $text0 }
                    }
            }
        [uk]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Nous ne nommons plus notre représentant au Royaume-Uni ; nous nommions : { $text0 }
                       *[third] La politique ne nomme plus le représentant du responsable du traitement au Royaume-Uni ; elle nommait : { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Notre représentant au Royaume-Uni est désormais : { $text0 }
                       *[third] Le représentant du responsable du traitement au Royaume-Uni est désormais : { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Nous nommons désormais notre représentant au Royaume-Uni : { $text0 }
                       *[third] La politique nomme désormais le représentant du responsable du traitement au Royaume-Uni : { $text0 }
                    }
            }
       *[dpo]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Nous ne donnons plus les coordonnées de notre délégué à la protection des données ; nous donnions : { $text0 }
                       *[third] La politique ne donne plus les coordonnées du délégué à la protection des données du responsable du traitement ; elle donnait : { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Les coordonnées de notre délégué à la protection des données sont désormais : { $text0 }
                       *[third] Les coordonnées du délégué à la protection des données du responsable du traitement sont désormais : { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Nous donnons désormais les coordonnées de notre délégué à la protection des données : { $text0 }
                       *[third] La politique donne désormais les coordonnées du délégué à la protection des données du responsable du traitement : { $text0 }
                    }
            }
    }

## Comment une demande est vérifiée ($of verification) ou présentée par un
## mandataire autorisé ($of agents) : indiqué ($stated new), reformulé (both) ou
## supprimé (old) ; $text0 la disposition entre guillemets.
notice-request-handling =
    { $of ->
        [agents]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Nous n'indiquons plus comment un mandataire autorisé présente une demande pour vous ; nous indiquions : { $text0 }
                       *[third] La politique n'indique plus comment un mandataire autorisé présente une demande pour l'Utilisateur ; elle indiquait : { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Nous indiquons désormais autrement comment un mandataire autorisé présente une demande pour vous : { $text0 }
                       *[third] La politique indique désormais autrement comment un mandataire autorisé présente une demande pour l'Utilisateur : { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Nous indiquons désormais comment un mandataire autorisé présente une demande pour vous : { $text0 }
                       *[third] La politique indique désormais comment un mandataire autorisé présente une demande pour l'Utilisateur : { $text0 }
                    }
            }
       *[verification]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Nous n'indiquons plus comment nous vérifions votre demande ; nous indiquions : { $text0 }
                       *[third] La politique n'indique plus comment une demande de l'Utilisateur est vérifiée ; elle indiquait : { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Nous indiquons désormais autrement comment nous vérifions votre demande : { $text0 }
                       *[third] La politique indique désormais autrement comment une demande de l'Utilisateur est vérifiée : { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Nous indiquons désormais comment nous vérifions votre demande : { $text0 }
                       *[third] La politique indique désormais comment une demande de l'Utilisateur est vérifiée : { $text0 }
                    }
            }
    }

# notice-own-words
## Les mots propres de l'avis de modification pour ce que la personne
## concernée gagne ou perd. $text0 est un libellé entre guillemets, sauf
## mention contraire.
## $text1 est la catégorie entière ; $requirement "required" ou "optional".
notice-data-part =
    { $requirement ->
        [required]
            { $voice ->
                [we] { $text0 } fait partie de { $text1 }, que nous collectons déjà ; ces données sont désormais nommées à part, et vous devez les fournir.
               *[third]
                    { $controllers ->
                        [several] { $text0 } fait partie de { $text1 }, que { $controller } collectent déjà ; ces données sont désormais nommées à part, et la personne concernée doit les fournir.
                       *[one] { $text0 } fait partie de { $text1 }, que { $controller } collecte déjà ; ces données sont désormais nommées à part, et la personne concernée doit les fournir.
                    }
            }
       *[optional]
            { $voice ->
                [we] { $text0 } fait partie de { $text1 }, que nous collectons déjà ; ces données sont désormais nommées à part, et vous êtes libre de ne pas les fournir.
               *[third]
                    { $controllers ->
                        [several] { $text0 } fait partie de { $text1 }, que { $controller } collectent déjà ; ces données sont désormais nommées à part, et la personne concernée est libre de ne pas les fournir.
                       *[one] { $text0 } fait partie de { $text1 }, que { $controller } collecte déjà ; ces données sont désormais nommées à part, et la personne concernée est libre de ne pas les fournir.
                    }
            }
    }
## Une partie qui n'est plus nommée à part, dont l'ensemble est toujours
## collecté : $text0 la partie, $text1 l'ensemble, chacun entre guillemets.
notice-data-part-dropped =
    { $voice ->
        [we] { $text0 } n'est plus nommé à part : ces données font partie de { $text1 }, que nous collectons toujours.
       *[third]
            { $controllers ->
                [several] { $text0 } n'est plus nommé à part : ces données font partie de { $text1 }, que { $controller } collectent toujours.
               *[one] { $text0 } n'est plus nommé à part : ces données font partie de { $text1 }, que { $controller } collecte toujours.
            }
    }
notice-direct-marketing-removed =
    { $voice ->
        [we] Nous ne traitons plus { $text0 } comme de la prospection : votre opposition n'y met plus fin dans tous les cas.
       *[third]
            { $controllers ->
                [several] { $controller } ne traitent plus { $text0 } comme de la prospection : l'opposition de la personne concernée n'y met plus fin dans tous les cas.
               *[one] { $controller } ne traite plus { $text0 } comme de la prospection : l'opposition de la personne concernée n'y met plus fin dans tous les cas.
            }
    }
## $text1 est la condition de l'art. 9, paragraphe 2, dans les mots du texte.
notice-permitted-use = L'utilisation d'informations personnelles sensibles pour { $text0 } est désormais une utilisation que le droit californien permet sans droit de la limiter : pour { $text1 }. Une demande de limitation de l'utilisation des informations personnelles sensibles ne l'arrête plus.
notice-permitted-use-removed = L'utilisation d'informations personnelles sensibles pour { $text0 } n'est plus une utilisation que le droit californien permet sans droit de la limiter : une demande de limitation de l'utilisation des informations personnelles sensibles l'arrête désormais.
notice-permitted-use-changed = L'utilisation d'informations personnelles sensibles pour { $text0 } est désormais permise par le droit californien sans droit de la limiter pour une autre raison : pour { $text1 }.
notice-permitted-use-stated = Il est désormais indiqué que l'utilisation d'informations personnelles sensibles pour { $text0 } est permise par le droit californien sans droit de la limiter : pour { $text1 }.
notice-permitted-use-dropped = Il n'est plus indiqué que l'utilisation d'informations personnelles sensibles pour { $text0 } est permise par le droit californien sans droit de la limiter.
notice-special-condition-loosened =
    { $voice ->
        [we] Pour { $text0 }, nous n'avons plus besoin de votre consentement explicite pour traiter des catégories particulières de données à caractère personnel ; la condition est désormais : { $text1 }.
       *[third]
            { $controllers ->
                [several] Pour { $text0 }, { $controller } n'ont plus besoin du consentement explicite de la personne concernée pour traiter des catégories particulières de données à caractère personnel ; la condition est désormais : { $text1 }.
               *[one] Pour { $text0 }, { $controller } n'a plus besoin du consentement explicite de la personne concernée pour traiter des catégories particulières de données à caractère personnel ; la condition est désormais : { $text1 }.
            }
    }
notice-special-condition-tightened =
    { $voice ->
        [we] Pour { $text0 }, nous ne traitons désormais des catégories particulières de données à caractère personnel qu'avec votre consentement explicite.
       *[third]
            { $controllers ->
                [several] Pour { $text0 }, { $controller } ne traitent désormais des catégories particulières de données à caractère personnel qu'avec le consentement explicite de la personne concernée.
               *[one] Pour { $text0 }, { $controller } ne traite désormais des catégories particulières de données à caractère personnel qu'avec le consentement explicite de la personne concernée.
            }
    }
notice-special-condition-changed = Pour { $text0 }, la condition du traitement des catégories particulières de données à caractère personnel est désormais : { $text1 }.
## $text0 la condition, $text1 la loi que la finalité nomme.
notice-special-condition-law = { $text0 }, comme le prévoit { $text1 }
## $text1 les catégories qu'il reçoit ; $data "yes" quand des données lui sont transmises.
notice-recipient-added =
    { $data ->
        [yes]
            { $voice ->
                [we] { $text0 } reçoit désormais de notre part { $text1 }.
               *[third] { $text0 } reçoit désormais de { $controller } { $text1 }.
            }
       *[no]
            { $voice ->
                [we] { $text0 } fait désormais partie des destinataires de vos données.
               *[third] { $text0 } fait désormais partie des destinataires des données de la personne concernée.
            }
    }
## $text0 les motifs (recipient-when, joints par "ou").
notice-transfer-when = , { $text0 }
## $text0 les données, $text1 le destinataire, $text2 notice-transfer-when
## ou rien ; $also "yes" quand les données étaient déjà transmises pour
## d'autres motifs.
notice-transfer-added =
    { $also ->
        [yes]
            { $voice ->
                [we] Nous transmettons désormais aussi { $text0 } à { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } transmettent désormais aussi { $text0 } à { $text1 }{ $text2 }.
                       *[one] { $controller } transmet désormais aussi { $text0 } à { $text1 }{ $text2 }.
                    }
            }
       *[no]
            { $voice ->
                [we] Nous transmettons désormais { $text0 } à { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } transmettent désormais { $text0 } à { $text1 }{ $text2 }.
                       *[one] { $controller } transmet désormais { $text0 } à { $text1 }{ $text2 }.
                    }
            }
    }
## $text1 ce que sont désormais les communications (disclosure-*, joints par "et").
notice-recipient-sold =
    { $voice ->
        [we] Communiquer vos données à caractère personnel à { $text0 } constitue désormais { $text1 } au sens des lois des États américains sur la vie privée.
       *[third] Communiquer les données à caractère personnel de la personne concernée à { $text0 } constitue désormais { $text1 } au sens des lois des États américains sur la vie privée.
    }
## $text0 les données transmises, $text1 le destinataire, $text2 ce que
## constitue désormais leur transmission (disclosure-*, joints par "et").
notice-transfer-sold =
    { $voice ->
        [we] Transmettre { $text0 } à { $text1 } constitue désormais { $text2 } au sens des lois des États américains sur la vie privée.
       *[third] Transmettre { $text0 } à { $text1 } constitue désormais { $text2 } au sens des lois des États américains sur la vie privée.
    }
## $text0 les données transmises, $text1 le destinataire, $text2 ce que
## leur transmission ne constitue plus (disclosure-*, joints par "et").
notice-transfer-not-sold =
    { $voice ->
        [we] Transmettre { $text0 } à { $text1 } ne constitue plus { $text2 } au sens des lois des États américains sur la vie privée.
       *[third] Transmettre { $text0 } à { $text1 } ne constitue plus { $text2 } au sens des lois des États américains sur la vie privée.
    }
## $text0 la phrase de l'engagement dans l'édition précédente, entre guillemets.
notice-commitment-removed =
    { $voice ->
        [we] Nous ne prenons plus cet engagement : { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } ne prennent plus cet engagement : { $text0 }
               *[one] { $controller } ne prend plus cet engagement : { $text0 }
            }
    }
## $text0 le fournisseur, entre guillemets.
## Le fournisseur d'un traceur, changé : $text0 le nom du traceur, $text1 son
## fournisseur désormais ; $recipient yes s'il est un destinataire déclaré.
notice-tracker-provided-by =
    { $recipient ->
        [yes]
            { $voice ->
                [we] { $text0 } est désormais fourni par { $text1 }, l'un des destinataires de vos informations que la Politique énumère.
               *[third] { $text0 } est désormais fourni par { $text1 }, l'un des destinataires des informations de la personne concernée que la Politique énumère.
            }
       *[no] { $text0 } est désormais fourni par { $text1 }.
    }
notice-tracker-provider = , fourni par { $text0 }
## $text1 notice-tracker-provider ou rien, $text2 recipient-for-purposes ou rien.
notice-tracker-added =
    { $voice ->
        [we] Nous utilisons désormais { $text0 }{ $text1 }, qui stocke des informations sur votre appareil ou y accède{ $text2 }.
       *[third]
            { $controllers ->
                [several] { $controller } utilisent désormais { $text0 }{ $text1 }, qui stocke des informations sur l'appareil de la personne concernée ou y accède{ $text2 }.
               *[one] { $controller } utilise désormais { $text0 }{ $text1 }, qui stocke des informations sur l'appareil de la personne concernée ou y accède{ $text2 }.
            }
    }
change-SPECIAL_CONDITION_LOOSENED =
    { $voice ->
        [we] Une finalité traite désormais des catégories particulières de données à caractère personnel sans votre consentement explicite, qui était nécessaire auparavant.
       *[third] Une finalité traite désormais des catégories particulières de données à caractère personnel sans le consentement explicite de la personne concernée, qui était nécessaire auparavant.
    }
change-SPECIAL_CONDITION_TIGHTENED =
    { $voice ->
        [we] Une finalité ne traite désormais des catégories particulières de données à caractère personnel qu'avec votre consentement explicite.
       *[third] Une finalité ne traite désormais des catégories particulières de données à caractère personnel qu'avec le consentement explicite de la personne concernée.
    }
change-SPECIAL_CONDITION_CHANGED = La condition sous laquelle une finalité traite des catégories particulières de données à caractère personnel est indiquée autrement ; elle ne requiert pas non plus de consentement.
change-DATA_DETAILED = Une partie d'une catégorie de données déjà collectée est désormais nommée à part ; aucune nouvelle donnée n'est collectée.
change-DATA_DETAIL_DROPPED = Une partie d'une catégorie de données n'est plus nommée à part ; la catégorie dont elle fait partie est toujours collectée.
change-OPT_OUT_LINK_REMOVED = La Politique ne donne plus en tête de lien pour s'opposer à la vente ou au partage des données personnelles, ou pour limiter l'utilisation des données personnelles sensibles.
change-OPT_OUT_LINK_ADDED = La Politique donne désormais en tête un lien pour s'opposer à la vente ou au partage des données personnelles, ou pour limiter l'utilisation des données personnelles sensibles.
change-OPT_OUT_LINK_CHANGED = Un lien en tête de la Politique pour s'opposer ou pour limiter a une autre adresse.
change-DPO_REMOVED = La Politique ne donne plus les coordonnées d'un délégué à la protection des données.
change-DPO_ADDED = La Politique donne désormais les coordonnées d'un délégué à la protection des données.
change-DPO_CHANGED = Les coordonnées du délégué à la protection des données sont autres.
change-REPRESENTATIVE_REMOVED = La Politique ne nomme plus le représentant du responsable du traitement dans l'UE ou au Royaume-Uni.
change-REPRESENTATIVE_ADDED = La Politique nomme désormais le représentant du responsable du traitement dans l'UE ou au Royaume-Uni.
change-REPRESENTATIVE_CHANGED = Le représentant du responsable du traitement dans l'UE ou au Royaume-Uni est nommé avec une autre adresse.
# notice-reworded
## The change notice's group of free text changed (issue 18 item 8): policyc
## does not check what such a provision says, so the reader is asked to
## read each one in full. notice-reworded-now and -dropped follow the
## kind's message (change-KIND): $text0 the provisions' texts, whole, each
## in quotes.
notice-reworded =
    { $voice ->
        [we] Nous avons reformulé ces dispositions ; lisez-les en entier
       *[third] Ces dispositions sont reformulées ; lisez-les en entier
    }
notice-reworded-now = Dans la nouvelle édition : { $text0 }
notice-reworded-dropped = N'est plus indiqué : { $text0 }
## $text0 the old label, $text1 the new one, each in quotes.
notice-reworded-label = { $text0 } s'appelle désormais { $text1 }.
notice-reworded-tracker = Ce que la politique dit de { $text0 } est formulé autrement.
# notice-details
## The change notice's own words for a change of one detail, naming what
## changes and its values (issue 18 item 8). $text0 is a label in quotes
## unless said otherwise.
## $text1 how long the tracker lasts now, $text2 before (a duration,
## notice-tracker-session or notice-tracker-no-lifetime).
notice-tracker-lifetime = Durée de vie de { $text0 } : désormais { $text1 } ; auparavant { $text2 }.
notice-tracker-session = jusqu'à la fermeture du navigateur ou de l'application
notice-tracker-no-lifetime = une durée que la politique n'indique pas
## $text1 the category now, $text2 before, each in quotes.
notice-tracker-category = { $text0 } relève désormais de la catégorie { $text1 } au lieu de { $text2 }.
## $party "first" or "third": who sets the tracker now.
notice-tracker-party =
    { $party ->
        [first]
            { $voice ->
                [we] Nous déposons désormais { $text0 } nous-mêmes, au lieu d'un tiers.
               *[third] { $text0 } est désormais déposé par { $controller }, au lieu d'un tiers.
            }
       *[third] { $text0 } est désormais déposé par un tiers.
    }
## $text1 the purposes, in quotes; $added "yes" for purposes now served.
notice-tracker-serves =
    { $added ->
        [yes] { $text0 } sert désormais aussi à { $text1 }.
       *[no] { $text0 } ne sert plus à { $text1 }.
    }
## $text1 the data categories, in quotes; $added "yes" for data now
## collected.
notice-tracker-collects =
    { $added ->
        [yes] { $text0 } collecte désormais aussi { $text1 }.
       *[no] { $text0 } ne collecte plus { $text1 }.
    }
## $text0 the new edition's rule for when a new edition takes effect
## (takes-effect-*), a sentence.
notice-takes-effect = La politique dit désormais : { $text0 }
notice-takes-effect-unstated = La politique ne dit plus quand une nouvelle édition prend effet.
## $text0 the right's name (notice-right-*); $stated which of the times
## are stated: "both", "new", "old"; $new and $old the durations.
notice-deadline =
    { $stated ->
        [both] Les demandes au titre du { $text0 } reçoivent désormais une réponse dans un délai de { $new } ; auparavant, de { $old }.
        [new] Les demandes au titre du { $text0 } reçoivent désormais une réponse dans un délai de { $new } ; aucun délai n'était indiqué auparavant.
        [old] Les demandes au titre du { $text0 } n'ont plus de délai de réponse indiqué ; auparavant, { $old }.
       *[none] Le délai de réponse aux demandes au titre du { $text0 } est indiqué autrement.
    }
## $text0 the measure's or obligation's text, whole, in quotes.
notice-security-added = Une nouvelle mesure de sécurité protège les informations : { $text0 }
notice-security-removed = Cette mesure de sécurité n'est plus indiquée : { $text0 }
notice-obligation-added =
    { $voice ->
        [we] Vous avez désormais cette obligation : { $text0 }
       *[third] La personne concernée a désormais cette obligation : { $text0 }
    }
notice-obligation-removed =
    { $voice ->
        [we] Vous n'avez plus cette obligation : { $text0 }
       *[third] La personne concernée n'a plus cette obligation : { $text0 }
    }
## $text0 the signal (trackers-signal-*); $stance what the new edition
## says of it: "honoured", "ignored" or "unstated".
notice-signal =
    { $stance ->
        [honoured] Le signal { $text0 } envoyé par un navigateur est désormais respecté.
        [ignored] La politique dit désormais que le signal { $text0 } envoyé par un navigateur n'est pas suivi.
       *[unstated] La politique ne dit plus si le signal { $text0 } envoyé par un navigateur est suivi.
    }
## $text0 the recipient, $text1 the mechanism (mechanism-*); $stated "no"
## when the new edition names none.
notice-mechanism =
    { $stated ->
        [yes] Les transferts vers { $text0 } reposent désormais sur { $text1 }.
       *[no] Les transferts vers { $text0 } ne reposent plus sur une décision d'adéquation ni sur des garanties appropriées.
    }
## $stated which ages are stated: "both", "new", "old"; $new and $old
## the ages in years.
notice-minimum-age =
    { $stated ->
        [both] L'âge minimum pour utiliser le service est désormais de { $new } ans ; auparavant, de { $old } ans.
        [new] L'âge minimum pour utiliser le service est désormais de { $new } ans ; aucun n'était indiqué auparavant.
        [old] La politique n'indique plus d'âge minimum pour utiliser le service ; auparavant, { $old } ans.
       *[none] L'âge minimum pour utiliser le service est indiqué autrement.
    }
## La position à l'égard des enfants : $audience, $new et $old general, mixed
## ou children ; $stated yes ou no ; sciemment : yes, no ou unstated ; $text0
## comment le consentement d'un parent est obtenu, entre guillemets ; droits
## d'un parent : $text0 les droits (children-parent-right-*), $added yes ou no.
notice-children-stance =
    { $stated ->
        [yes] La politique indique désormais sa position à l'égard des enfants : le service { $audience ->
                [general] ne s'adresse pas aux enfants
                [mixed] s'adresse à un public général qui comprend des enfants
               *[children] s'adresse aux enfants
            }.
       *[no] La politique n'indique plus sa position à l'égard des enfants, ni les limites et les droits d'un parent qu'elle indiquait ; elle indiquait que le service { $audience ->
                [general] ne s'adresse pas aux enfants
                [mixed] s'adresse à un public général qui comprend des enfants
               *[children] s'adresse aux enfants
            }.
    }
notice-children-audience =
    Désormais, le service { $new ->
        [general] ne s'adresse pas aux enfants
        [mixed] s'adresse à un public général qui comprend des enfants
       *[children] s'adresse aux enfants
    } ; auparavant, il { $old ->
        [general] ne s'adressait pas aux enfants
        [mixed] s'adressait à un public général qui comprend des enfants
       *[children] s'adressait aux enfants
    }.
notice-children-knowingly =
    { $new ->
        [yes] La politique indique désormais que des informations personnelles sont sciemment collectées auprès d'enfants
        [no] La politique indique désormais que des informations personnelles ne sont pas sciemment collectées auprès d'enfants
       *[unstated] La politique n'indique plus si des informations personnelles sont sciemment collectées auprès d'enfants
    } ; { $old ->
        [yes] auparavant, elle indiquait qu'elles l'étaient
        [no] auparavant, elle indiquait qu'elles ne l'étaient pas
       *[unstated] auparavant, elle ne l'indiquait pas
    }.
notice-children-parental-consent =
    { $stated ->
        [yes] La politique indique désormais comment le consentement d'un parent ou tuteur est obtenu : { $text0 }
       *[no] La politique n'indique plus comment le consentement d'un parent ou tuteur est obtenu ; elle indiquait : { $text0 }
    }
notice-parent-rights =
    { $added ->
        [yes] Un parent ou tuteur peut désormais { $text0 }.
       *[no] Un parent ou tuteur ne peut plus { $text0 }.
    }
## A change said in its kind's words (change-KIND, $text1), with what it
## is about: $text0 the label of the category, purpose, recipient,
## tracker, decision, controller or section, in quotes.
notice-about = Concernant { $text0 } : { $text1 }
## $text0 a right's name (notice-right-*).
notice-about-right = Concernant le { $text0 } : { $text1 }
notice-tracker-removed = { $text0 } n'est plus utilisé.
## $text0 the commitment's sentence in the new edition, in quotes.
notice-commitment-added = La politique prend désormais cet engagement : { $text0 }
## A shorter notice of a change: $new the notice now ($stated "no" when
## none is stated), $old the one before.
notice-notice-shortened =
    { $stated ->
        [yes] Une modification est désormais annoncée { $new } avant de prendre effet ; auparavant, { $old }.
       *[no] La politique n'indique plus combien de temps avant sa prise d'effet une modification est annoncée ; auparavant, { $old }.
    }
