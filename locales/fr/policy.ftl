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

## Le sous-titre du document : $version tel qu'écrit, $date en toutes lettres.

document-subtitle = Version { $version }, en vigueur le { $date }
# $text0 est le lien que donne `do_not_sell` dans l'en-tête.
document-do-not-sell = Ne pas vendre ni partager mes informations personnelles : { $text0 }

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
    { $voice ->
        [we] Nous sommes le responsable de ce traitement.
       *[third]
            { $controllers ->
                [several] { $controller } sont les responsables de ce traitement.
               *[one] { $controller } est le responsable de ce traitement.
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
                [yes] Vous pouvez également introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise.
               *[no] Vous pouvez notamment introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise.
            }
       *[third]
            { $named ->
                [yes] La personne concernée peut également introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE dans lequel se trouve sa résidence habituelle, son lieu de travail ou le lieu où la violation aurait été commise.
               *[no] La personne concernée peut notamment introduire une réclamation auprès de l'autorité de contrôle de l'État membre de l'UE dans lequel se trouve sa résidence habituelle, son lieu de travail ou le lieu où la violation aurait été commise.
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

# rights

## Un droit dont l'auteur indique qu'il ne s'applique pas
## (`right KIND not_applicable "reason"`) : $text0 est la raison.
user-not-applicable = Ce droit ne s'applique pas : { $text0 }
