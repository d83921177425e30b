# Las palabras propias de policyc, en español. Los términos son los de la
# versión española del RGPD (responsable del tratamiento, consentimiento,
# interés legítimo, encargado del tratamiento). Con `voice we_you` se trata
# al usuario de usted; en tercera persona es «el interesado» (art. 4.1).

## Listas: la palabra antes del último elemento («A, B y C»).

list-and = y
list-or = o

## Duraciones: $unit es la unidad (day, week, month, year), $amount el número
## tal como se escribe, $count el mismo número para las reglas del plural.

duration =
    { $unit ->
        [day]
            { $count ->
                [one] { $amount } día
               *[other] { $amount } días
            }
        [week]
            { $count ->
                [one] { $amount } semana
               *[other] { $amount } semanas
            }
        [month]
            { $count ->
                [one] { $amount } mes
               *[other] { $amount } meses
            }
       *[year]
            { $count ->
                [one] { $amount } año
               *[other] { $amount } años
            }
    }

## Fechas: $day y $month son números, $year el año tal como se escribe.

date =
    { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Bases jurídicas (RGPD art. 6.1 y art. 9.2.a).

basis-consent =
    { $voice ->
        [we] su consentimiento
       *[third] el consentimiento del interesado
    }
basis-explicit_consent =
    { $voice ->
        [we] su consentimiento explícito
       *[third] el consentimiento explícito del interesado
    }
basis-contract =
    { $voice ->
        [we] el tratamiento es necesario para la ejecución de un contrato con usted
       *[third] el tratamiento es necesario para la ejecución de un contrato con el interesado
    }
basis-legal_obligation =
    { $voice ->
        [we] el tratamiento es necesario para el cumplimiento de una obligación legal que nos incumbe
       *[third] el tratamiento es necesario para el cumplimiento de una obligación legal que incumbe a { $controller }
    }
basis-vital_interests =
    { $voice ->
        [we] el tratamiento es necesario para proteger sus intereses vitales o los de otra persona física
       *[third] el tratamiento es necesario para proteger los intereses vitales del interesado o de otra persona física
    }
basis-public_task = el tratamiento es necesario para el cumplimiento de una misión realizada en interés público
basis-legitimate_interest =
    { $voice ->
        [we] nuestros intereses legítimos
       *[third] los intereses legítimos de { $controller }
    }

## Derechos, como títulos.

right-access = Derecho de acceso
right-rectification = Derecho de rectificación
right-erasure = Derecho de supresión
right-restriction = Derecho a la limitación del tratamiento
right-portability = Derecho a la portabilidad de los datos
right-objection = Derecho de oposición
right-withdraw_consent = Derecho a retirar el consentimiento
right-complaint = Derecho a presentar una reclamación
right-opt_out_sale_share = Derecho a oponerse a la venta y al intercambio
right-limit_sensitive = Derecho a limitar el uso de la información personal sensible
right-know = Derecho a saber
right-appeal = Derecho de apelación
right-non_discrimination = Derecho a la no discriminación

## Categorías especiales de datos personales (RGPD art. 9.1).

special-racial_or_ethnic_origin = datos que revelen el origen étnico o racial
special-political_opinions = datos que revelen las opiniones políticas
special-religious_beliefs = datos que revelen las convicciones religiosas o filosóficas
special-trade_union_membership = datos que revelen la afiliación sindical
special-genetic = datos genéticos
special-biometric = datos biométricos dirigidos a identificar de manera unívoca a una persona física
special-health = datos relativos a la salud
special-sex_life = datos relativos a la vida sexual o la orientación sexual

## Cómo se informa al usuario de un cambio.

notify-on_website = mediante la publicación de la nueva versión en el sitio web del Servicio
notify-by_email = por correo electrónico
notify-in_service = mediante un aviso en el Servicio
