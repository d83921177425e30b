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
