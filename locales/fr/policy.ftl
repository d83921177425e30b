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
right-rectification = Droit de rectification
right-erasure = Droit à l'effacement
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

## Motifs de transfert, comme proposition après « uniquement lorsque ».

ground-consent =
    { $voice ->
        [we] vous avez consenti au transfert
       *[third] la personne concernée a consenti au transfert
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
    { $voice ->
        [we] Vous pouvez faire rectifier les informations personnelles inexactes et compléter les informations personnelles incomplètes.
       *[third] La personne concernée peut faire rectifier les informations personnelles inexactes et compléter les informations personnelles incomplètes.
    }
right-erasure-meaning =
    { $voice ->
        [we] Vous pouvez faire effacer des informations personnelles.
       *[third] La personne concernée peut faire effacer des informations personnelles.
    }
right-restriction-meaning =
    { $voice ->
        [we] Vous pouvez obtenir la limitation du traitement des informations personnelles.
       *[third] La personne concernée peut obtenir la limitation du traitement des informations personnelles.
    }
right-portability-meaning =
    { $voice ->
        [we] Vous pouvez recevoir les informations personnelles que vous avez fournies dans un format structuré, couramment utilisé et lisible par machine, et les faire transmettre à un autre responsable du traitement.
       *[third] La personne concernée peut recevoir les informations personnelles qu'elle a fournies dans un format structuré, couramment utilisé et lisible par machine, et les faire transmettre à un autre responsable du traitement.
    }
right-objection-meaning =
    { $voice ->
        [we] Vous pouvez vous opposer au traitement d'informations personnelles fondé sur des intérêts légitimes.
       *[third] La personne concernée peut s'opposer au traitement d'informations personnelles fondé sur des intérêts légitimes.
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
trackers-set-by-us-with =
    { $voice ->
        [we] Nous, avec { $text0 }
       *[third] { $controller }, avec { $text0 }
    }
trackers-set-by-us =
    { $voice ->
        [we] Nous
       *[third] { $controller }
    }
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

## Le tableau des finalités du résumé (render/table.rs).

table-column-purpose = Finalité
table-column-information = Informations
table-column-basis = Base juridique
table-column-kept = Durée de conservation
table-column-recipients = Destinataires
table-basis-consent = Consentement
table-basis-explicit_consent = Consentement explicite
table-basis-contract = L'exécution d'un contrat
table-basis-legal_obligation = Une obligation légale
table-basis-vital_interests = Intérêts vitaux
table-basis-public_task = Une mission d'intérêt public
table-basis-legitimate_interest = Intérêts légitimes

## Le résumé en tête du texte (render/summary.rs).

summary-heading = Résumé
summary-who-lead = Qui est responsable.
summary-who =
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
summary-table = Chaque finalité, les informations utilisées à cette fin, sa base juridique, la durée de conservation de ces informations et leurs destinataires :

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
user-complaint-places =
    { $voice ->
        [we] Vous pouvez également introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise.
       *[third] La personne concernée peut également introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE dans lequel se trouve sa résidence habituelle, son lieu de travail ou le lieu où la violation aurait été commise.
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
