# Las palabras propias de policyc, en español. Los términos son los de la
# versión española del RGPD (responsable del tratamiento, consentimiento,
# interés legítimo, encargado del tratamiento). Con `voice we_you` se trata
# al usuario de usted; en tercera persona es «el interesado» (art. 4.1).

## Listas: la palabra antes del último elemento («A, B y C»). $next dice
## cómo empieza ese elemento: "i" (un sonido i: «e instrucciones»), "o" (un
## sonido o: «u otros») u "other".

list-and =
    { $next ->
        [i] e
       *[other] y
    }
list-or =
    { $next ->
        [o] u
       *[other] o
    }

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
right-rectification =
    { $law ->
        [us] Derecho a corregir
       *[other] Derecho de rectificación
    }
right-erasure =
    { $law ->
        [us] Derecho a eliminar
       *[other] Derecho de supresión
    }
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
right-automated_decisions = Derecho a no ser objeto de decisiones automatizadas

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

## Motivos de transferencia, como oración tras «cuando».

ground-consent =
    { $voice ->
        [we] usted ha dado su consentimiento a la transferencia
       *[third] el interesado ha dado su consentimiento a la transferencia
    }
ground-consent-processor =
    { $voice ->
        [we] usted ha dado su consentimiento al tratamiento que realiza por nuestra cuenta
       *[third] el interesado ha dado su consentimiento al tratamiento que realiza por cuenta de { $controller }
    }
ground-contract =
    { $voice ->
        [we] la transferencia es necesaria para la ejecución de un contrato con usted
       *[third] la transferencia es necesaria para la ejecución de un contrato con el interesado
    }
ground-legal_obligation = la transferencia es exigida por la ley
ground-rights_protection =
    { $voice ->
        [we] la transferencia es necesaria para proteger nuestros derechos e intereses legítimos o los de otras personas
       *[third] la transferencia es necesaria para proteger los derechos e intereses legítimos de { $controller } o de otras personas
    }
ground-business_transfer = la transferencia se realiza en el marco de una venta u otra transmisión de la empresa
ground-depersonalized_statistics = la información ha sido anonimizada y se transfiere como datos estadísticos
ground-business_purpose = la información se comunica a un proveedor de servicios para un fin comercial, en virtud de un contrato que limita su uso de la información
ground-business_purpose-service_provider = la información se comunica para un fin comercial

## Tipos de destinatario, tras «Tipo de destinatario:».

recipient-third_party = tercero
recipient-processor =
    { $voice ->
        [we] encargado del tratamiento, que actúa siguiendo nuestras instrucciones
       *[third] encargado del tratamiento, que actúa siguiendo instrucciones de { $controller }
    }
recipient-acquirer = adquirente de la empresa
recipient-authority = autoridad pública
recipient-service_provider =
    { $voice ->
        [we] proveedor de servicios, que trata la información para nuestros fines comerciales en virtud de un contrato que limita su uso
       *[third] proveedor de servicios, que trata la información para los fines comerciales de { $controller } en virtud de un contrato que limita su uso
    }
recipient-affiliate =
    { $voice ->
        [we] empresa de nuestro grupo
       *[third] empresa del grupo de { $controller }
    }
recipient-advertising = socio publicitario
recipient-analytics = proveedor de analítica
recipient-data_broker = intermediario de datos
recipient-social_network = red social
recipient-payment = proveedor de pagos
recipient-other_users = otros usuarios del Servicio
recipient-public = el público

## Qué es una comunicación según las leyes de los estados de EE. UU.

disclosure-sale = una venta de información personal
disclosure-share = un intercambio de información personal para publicidad conductual entre contextos
disclosure-targeted_advertising = un tratamiento de información personal para publicidad dirigida

## Origen: la introducción de la lista de categorías de un origen y la
## oración sobre una categoría.

source-user =
    { $voice ->
        [we] Usted facilita la siguiente información personal:
       *[third] El interesado facilita la siguiente información personal:
    }
source-user-sentence =
    { $voice ->
        [we] Usted facilita esta información.
       *[third] El interesado facilita esta información.
    }
source-device =
    { $voice ->
        [we] Su dispositivo envía automáticamente la siguiente información personal:
       *[third] El dispositivo del interesado envía automáticamente la siguiente información personal:
    }
source-device-sentence =
    { $voice ->
        [we] Su dispositivo envía esta información automáticamente.
       *[third] El dispositivo del interesado envía esta información automáticamente.
    }
source-derived =
    { $voice ->
        [we] Deducimos la siguiente información personal de otra información:
       *[third]
            { $controllers ->
                [several] { $controller } deducen la siguiente información personal de otra información:
               *[one] { $controller } deduce la siguiente información personal de otra información:
            }
    }
source-derived-sentence = Esta información se deduce de otra información.
source-third_party =
    { $voice ->
        [we] Recibimos la siguiente información personal de terceros:
       *[third]
            { $controllers ->
                [several] { $controller } reciben la siguiente información personal de terceros:
               *[one] { $controller } recibe la siguiente información personal de terceros:
            }
    }
source-third_party-sentence = Esta información se recibe de terceros.

## Cómo acepta el usuario la Política.

acceptance-by_use =
    { $voice ->
        [we] Al utilizar el Servicio, usted acepta la presente Política y las condiciones del tratamiento que en ella se establecen.
       *[third] Al utilizar el Servicio, el interesado acepta la presente Política y las condiciones del tratamiento que en ella se establecen.
    }
acceptance-by_explicit_agreement =
    { $voice ->
        [we] Usted acepta la presente Política al manifestar expresamente su conformidad con ella.
       *[third] El interesado acepta la presente Política al manifestar expresamente su conformidad con ella.
    }

## Quién puede modificar la Política.

authority-unilateral =
    { $voice ->
        [we] Podemos modificar unilateralmente la presente Política.
       *[third]
            { $controllers ->
                [several] { $controller } pueden modificar unilateralmente la presente Política.
               *[one] { $controller } puede modificar unilateralmente la presente Política.
            }
    }
authority-agreement =
    { $voice ->
        [we] Solo podemos modificar la presente Política con su conformidad.
       *[third]
            { $controllers ->
                [several] { $controller } solo pueden modificar la presente Política con la conformidad del interesado.
               *[one] { $controller } solo puede modificar la presente Política con la conformidad del interesado.
            }
    }

## Cuándo entra en vigor una nueva versión: $stated es "yes" si se indica un
## plazo de preaviso, $notice ese plazo.

takes-effect-on_publication = Una nueva versión de la presente Política entra en vigor en el momento de su publicación.
takes-effect-after_notice =
    { $stated ->
        [yes] Una nueva versión de la presente Política entra en vigor una vez transcurrido el plazo de preaviso de { $notice }.
       *[no] Una nueva versión de la presente Política entra en vigor una vez transcurrido el plazo de preaviso.
    }

## Conservación: un plazo como final de «conservados …» ($text0 es el
## evento, un texto de la fuente), y cómo se combinan plazos alternativos.

period-for = durante { $duration } desde { $text0 }
period-until = hasta { $text0 }
period-law = durante el tiempo que exija la ley
retention-first = lo que ocurra antes
retention-last = lo que ocurra después

## Lo que permite un derecho, para un derecho indicado sin descripción.

right-access-meaning =
    { $voice ->
        [we] Usted puede solicitar confirmación de si se está tratando información personal que le concierne, y acceder a ella y obtener una copia.
       *[third] El interesado puede solicitar confirmación de si se está tratando información personal que le concierne, y acceder a ella y obtener una copia.
    }
right-rectification-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Usted puede obtener la corrección de la información personal inexacta sobre usted.
               *[third] El interesado puede obtener la corrección de la información personal inexacta que le concierne.
            }
       *[other]
            { $voice ->
                [we] Usted puede obtener la rectificación de la información personal inexacta y que se complete la información personal incompleta.
               *[third] El interesado puede obtener la rectificación de la información personal inexacta y que se complete la información personal incompleta.
            }
    }
right-erasure-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Usted puede obtener la eliminación de la información personal sobre usted.
               *[third] El interesado puede obtener la eliminación de la información personal que le concierne.
            }
       *[other]
            { $voice ->
                [we] Usted puede obtener la supresión de información personal.
               *[third] El interesado puede obtener la supresión de información personal.
            }
    }
right-restriction-meaning =
    { $voice ->
        [we] Usted puede obtener la limitación del tratamiento de información personal.
       *[third] El interesado puede obtener la limitación del tratamiento de información personal.
    }
right-portability-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Usted puede recibir la información personal que haya facilitado en un formato portátil y fácil de usar, para enviarla a otra empresa.
               *[third] El interesado puede recibir la información personal que haya facilitado en un formato portátil y fácil de usar, para enviarla a otra empresa.
            }
       *[other]
            { $voice ->
                [we] Usted puede recibir la información personal que haya facilitado en un formato estructurado, de uso común y de lectura mecánica, y que se transmita a otro responsable del tratamiento.
               *[third] El interesado puede recibir la información personal que haya facilitado en un formato estructurado, de uso común y de lectura mecánica, y que se transmita a otro responsable del tratamiento.
            }
    }
right-objection-meaning =
    { $law ->
        [us]
            { $voice ->
                [we] Usted puede oponerse al tratamiento de información personal que realizamos en nuestro propio interés.
               *[third]
                    { $controllers ->
                        [several] El interesado puede oponerse al tratamiento de información personal que { $controller } realizan en su propio interés.
                       *[one] El interesado puede oponerse al tratamiento de información personal que { $controller } realiza en su propio interés.
                    }
            }
       *[other]
            { $voice ->
                [we] Usted puede oponerse al tratamiento de información personal basado en intereses legítimos.
               *[third] El interesado puede oponerse al tratamiento de información personal basado en intereses legítimos.
            }
    }
right-withdraw_consent-meaning =
    { $voice ->
        [we] Usted puede retirar el consentimiento dado a un tratamiento basado en el consentimiento.
       *[third] El interesado puede retirar el consentimiento dado a un tratamiento basado en el consentimiento.
    }
right-complaint-meaning =
    { $voice ->
        [we] Usted puede presentar una reclamación ante una autoridad de control de protección de datos.
       *[third] El interesado puede presentar una reclamación ante una autoridad de control de protección de datos.
    }
right-opt_out_sale_share-meaning =
    { $voice ->
        [we] Usted puede indicarnos que no vendamos ni compartamos información personal que le concierne.
       *[third] El interesado puede indicar a { $controller } que no { $controllers ->
            [several] vendan ni compartan
           *[one] venda ni comparta
        } información personal que le concierne.
    }
right-limit_sensitive-meaning =
    { $voice ->
        [we] Usted puede indicarnos que limitemos el uso y la comunicación de la información personal sensible que le concierne a los fines que permite la ley.
       *[third] El interesado puede indicar a { $controller } que { $controllers ->
            [several] limiten
           *[one] limite
        } el uso y la comunicación de la información personal sensible que le concierne a los fines que permite la ley.
    }
right-know-meaning =
    { $voice ->
        [we] Usted puede preguntar qué información personal que le concierne se recoge, utiliza y comunica, y a quién.
       *[third] El interesado puede preguntar qué información personal que le concierne se recoge, utiliza y comunica, y a quién.
    }
right-appeal-meaning =
    { $voice ->
        [we] Usted puede recurrir la denegación de una solicitud relativa a sus derechos.
       *[third] El interesado puede recurrir la denegación de una solicitud relativa a sus derechos.
    }
right-non_discrimination-meaning =
    { $voice ->
        [we] Usted no sufrirá discriminación alguna por ejercer sus derechos.
       *[third] El interesado no sufrirá discriminación alguna por ejercer sus derechos.
    }
right-automated_decisions-meaning =
    { $voice ->
        [we] Usted tiene derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzca efectos jurídicos en usted o le afecte significativamente de modo similar, salvo que sea necesaria para un contrato con usted, esté autorizada por la ley o se base en su consentimiento explícito.
       *[third] El interesado tiene derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzca efectos jurídicos en él o le afecte significativamente de modo similar, salvo que sea necesaria para un contrato con él, esté autorizada por la ley o se base en su consentimiento explícito.
    }

## Fines, comunicación y conservación (render/processing.rs): $text0… son
## listas de categorías o de motivos, el nombre de un fin, un interés o una
## garantía tal como se escriben, un país, un enlace o las palabras de una
## palabra clave.

purposes-intro =
    { $voice ->
        [we] Tratamos la información únicamente para los siguientes fines:
       *[third]
            { $controllers ->
                [several] { $controller } tratan la información únicamente para los siguientes fines:
               *[one] { $controller } trata la información únicamente para los siguientes fines:
            }
    }
purpose-uses = Información utilizada: { $text0 }
purpose-basis = Base jurídica: { $text0 }.
purpose-basis-interest = Base jurídica: { $text0 }; el interés perseguido es: { $text1 }

## Con los términos de las leyes estatales de EE. UU., que no piden base
## jurídica: la base declarada de una finalidad como frase sencilla
## (purpose-done-BASE); $text0 es el interés perseguido tal como se declara,
## con su punto.

purpose-done-consent =
    { $voice ->
        [we] Lo hacemos con su consentimiento.
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen con el consentimiento del interesado.
               *[one] { $controller } lo hace con el consentimiento del interesado.
            }
    }

purpose-done-explicit_consent =
    { $voice ->
        [we] Lo hacemos con su consentimiento explícito.
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen con el consentimiento explícito del interesado.
               *[one] { $controller } lo hace con el consentimiento explícito del interesado.
            }
    }

purpose-done-contract =
    { $voice ->
        [we] Lo hacemos para cumplir nuestro contrato con usted.
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen para cumplir su contrato con el interesado.
               *[one] { $controller } lo hace para cumplir su contrato con el interesado.
            }
    }

purpose-done-legal_obligation =
    { $voice ->
        [we] Lo hacemos para cumplir una obligación legal.
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen para cumplir una obligación legal.
               *[one] { $controller } lo hace para cumplir una obligación legal.
            }
    }

purpose-done-vital_interests =
    { $voice ->
        [we] Lo hacemos para proteger sus intereses vitales o los de otra persona.
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen para proteger los intereses vitales del interesado o de otra persona.
               *[one] { $controller } lo hace para proteger los intereses vitales del interesado o de otra persona.
            }
    }

purpose-done-public_task =
    { $voice ->
        [we] Lo hacemos para cumplir una misión realizada en interés público.
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen para cumplir una misión realizada en interés público.
               *[one] { $controller } lo hace para cumplir una misión realizada en interés público.
            }
    }

purpose-done-legitimate_interest =
    { $voice ->
        [we] Lo hacemos en nuestro propio interés.
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen en su propio interés.
               *[one] { $controller } lo hace en su propio interés.
            }
    }

purpose-done-legitimate_interest-pursued =
    { $voice ->
        [we] Lo hacemos en nuestro propio interés, que es: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } lo hacen en su propio interés, que es: { $text0 }
               *[one] { $controller } lo hace en su propio interés, que es: { $text0 }
            }
    }
purpose-depersonalized = Para este fin solo se utiliza información despersonalizada.
purpose-profiling =
    { $voice ->
        [we] Este fin implica la elaboración de perfiles: utilizamos la información indicada para evaluar aspectos personales relativos a usted.
       *[third]
            { $controllers ->
                [several] Este fin implica la elaboración de perfiles: { $controller } utilizan la información indicada para evaluar aspectos personales relativos al interesado.
               *[one] Este fin implica la elaboración de perfiles: { $controller } utiliza la información indicada para evaluar aspectos personales relativos al interesado.
            }
    }
purpose-profiling-objection =
    { $voice ->
        [we] Puede oponerse a esta elaboración de perfiles por motivos relacionados con su situación particular.
       *[third] El interesado puede oponerse a esta elaboración de perfiles por motivos relacionados con su situación particular.
    }
sharing-intro =
    { $voice ->
        [we] Comunicamos información únicamente a los siguientes destinatarios:
       *[third]
            { $controllers ->
                [several] { $controller } comunican información únicamente a los siguientes destinatarios:
               *[one] { $controller } comunica información únicamente a los siguientes destinatarios:
            }
    }
sharing-intro-grounds =
    { $voice ->
        [we] Comunicamos información únicamente a los siguientes destinatarios, y solo por los motivos indicados para cada uno:
       *[third]
            { $controllers ->
                [several] { $controller } comunican información únicamente a los siguientes destinatarios, y solo por los motivos indicados para cada uno:
               *[one] { $controller } comunica información únicamente a los siguientes destinatarios, y solo por los motivos indicados para cada uno:
            }
    }
recipient-type = Tipo de destinatario: { $text0 }
recipient-role = Función: { $text0 }
recipient-arrangement =
    { $voice ->
        [we] Los aspectos esenciales del acuerdo entre nosotros y este destinatario: { $text0 }
       *[third] Los aspectos esenciales del acuerdo entre { $controller } y este destinatario: { $text0 }
    }
recipient-receives = Este destinatario recibe la siguiente información: { $text0 }
# $text0 son los motivos (recipient-when, unidos con «o»), $text1 los fines
# (recipient-for-purposes) o nada, $text2 las categorías.
recipient-receives-when = Este destinatario recibe la siguiente información, solo { $text0 }{ $text1 }: { $text2 }
recipient-when = cuando { $text0 }
# $count es el número de fines en $text0.
# «a efectos de» toma el nombre del fin sin artículo: «para el fin
# tramitación…» no es castellano.
recipient-for-purposes =
    { $count ->
        [one] , a efectos de { $text0 }
       *[other] , a efectos de { $text0 }
    }
recipient-bound = Todas las obligaciones de respetar las condiciones de esta Política se transmiten a este destinatario.
recipient-disclosed = Según las leyes de privacidad de los estados de EE. UU., comunicar información personal a este destinatario es { $text0 }
recipient-transfer-disclosed = Según las leyes de privacidad de los estados de EE. UU., comunicar esta información a este destinatario es { $text0 }
# La publicidad dirigida es para qué se usa la información, no lo que es una
# comunicación: tras las demás comunicaciones ($text0), o sola.
recipient-disclosed-targeted = Según las leyes de privacidad de los estados de EE. UU., comunicar información personal a este destinatario es { $text0 }, y la información se utiliza para publicidad dirigida
recipient-targeted = Según las leyes de privacidad de los estados de EE. UU., la información personal comunicada a este destinatario se utiliza para publicidad dirigida
recipient-transfer-disclosed-targeted = Según las leyes de privacidad de los estados de EE. UU., comunicar esta información a este destinatario es { $text0 }, y la información se utiliza para publicidad dirigida
recipient-transfer-targeted = Según las leyes de privacidad de los estados de EE. UU., esta información, una vez comunicada a este destinatario, se utiliza para publicidad dirigida
# Una transferencia cuyo único motivo es `business_purpose`: para qué recibe
# el destinatario la información, en lugar de una condición. $text0 son las
# categorías.
recipient-receives-business =
    { $voice ->
        [we] Este destinatario recibe la siguiente información para tratarla para nuestros fines comerciales: { $text0 }
       *[third] Este destinatario recibe la siguiente información para tratarla para los fines comerciales de { $controller }: { $text0 }
    }
# Lo mismo, para una transferencia que nombra sus fines: $text0 los fines
# ($count), $text1 las categorías.
recipient-receives-business-for =
    { $voice ->
        [we]
            { $count ->
                [one] Este destinatario recibe la siguiente información para tratarla solo para nuestro fin comercial de { $text0 }: { $text1 }
               *[other] Este destinatario recibe la siguiente información para tratarla solo para nuestros fines comerciales de { $text0 }: { $text1 }
            }
       *[third]
            { $count ->
                [one] Este destinatario recibe la siguiente información para tratarla solo para el fin comercial de { $text0 } de { $controller }: { $text1 }
               *[other] Este destinatario recibe la siguiente información para tratarla solo para los fines comerciales de { $text0 } de { $controller }: { $text1 }
            }
    }
# Tras recipient-receives-business(-for), para un destinatario cuyo tipo no
# es `service_provider`: el motivo dice que lo es.
recipient-business-contract = Este destinatario la recibe como proveedor de servicios, en virtud de un contrato que limita su uso de la información.
recipient-country = País: { $text0 }
recipient-safeguard = Garantía para la transferencia de información: { $text0 }
recipient-safeguard-country = Garantía para la transferencia de información a este país: { $text0 }
recipient-copy = Dónde obtener una copia: { $text0 }
recipient-mechanism = Las transferencias de información a este destinatario se basan en { $text0 }
recipient-mechanism-country = Las transferencias de información a este país se basan en { $text0 }
# Una excepción ($text0) y su caso ($text1).
recipient-derogation = { $text0 }: { $text1 }
retention-kept = La siguiente información se conserva { $text0 }: { $text1 }

## Mecanismos de transferencia (RGPD, capítulo V), tras «se basan en».

mechanism-adequacy = una decisión de adecuación
mechanism-standard_contractual_clauses = cláusulas tipo de protección de datos
mechanism-binding_corporate_rules = normas corporativas vinculantes
mechanism-code_of_conduct = un código de conducta aprobado, junto con compromisos vinculantes y exigibles del destinatario
mechanism-certification = un mecanismo de certificación aprobado, junto con compromisos vinculantes y exigibles del destinatario
mechanism-derogation = una excepción para una situación específica

## El caso de una excepción (RGPD, art. 49, apartado 1), tras sus dos puntos.

derogation-explicit_consent =
    { $voice ->
        [we] usted ha dado su consentimiento explícito a la transferencia
       *[third] el interesado ha dado su consentimiento explícito a la transferencia
    }
derogation-contract =
    { $voice ->
        [we] la transferencia es necesaria para la ejecución de un contrato con usted
       *[third] la transferencia es necesaria para la ejecución de un contrato con el interesado
    }
derogation-public_interest = la transferencia es necesaria por razones importantes de interés público
derogation-legal_claims = la transferencia es necesaria para la formulación, el ejercicio o la defensa de reclamaciones
derogation-vital_interests = la transferencia es necesaria para proteger los intereses vitales de una persona que no puede dar su consentimiento

## La función de un destinatario (RGPD, art. 4, punto 7, y art. 26), tras «Función:».

role-independent_controller = responsable del tratamiento independiente, que decide por sí mismo los fines y medios del tratamiento
role-joint_controller =
    { $voice ->
        [we] corresponsable del tratamiento con nosotros, que decide con nosotros los fines y medios del tratamiento
       *[third] corresponsable del tratamiento con { $controller }, que decide con { $controller } los fines y medios del tratamiento
    }

## La sección sobre la información recogida (render/collection.rs): $text0
## es el nombre de una categoría, una lista de ejemplos, las palabras de una
## categoría especial o sensible, o cuándo se recoge una categoría, tal como
## se escribe.

collection-personal =
    { $voice ->
        [we] Tratamos la siguiente información personal:
       *[third]
            { $controllers ->
                [several] { $controller } tratan la siguiente información personal:
               *[one] { $controller } trata la siguiente información personal:
            }
    }
collection-personal-also =
    { $voice ->
        [we] También tratamos la siguiente información personal:
       *[third]
            { $controllers ->
                [several] { $controller } también tratan la siguiente información personal:
               *[one] { $controller } también trata la siguiente información personal:
            }
    }
collection-depersonalized =
    { $voice ->
        [we] Tratamos la siguiente información despersonalizada, que no permite identificarle:
       *[third]
            { $controllers ->
                [several] { $controller } tratan la siguiente información despersonalizada, que no permite identificar al interesado:
               *[one] { $controller } trata la siguiente información despersonalizada, que no permite identificar al interesado:
            }
    }
collection-depersonalized-also =
    { $voice ->
        [we] También tratamos la siguiente información despersonalizada, que no permite identificarle:
       *[third]
            { $controllers ->
                [several] { $controller } también tratan la siguiente información despersonalizada, que no permite identificar al interesado:
               *[one] { $controller } también trata la siguiente información despersonalizada, que no permite identificar al interesado:
            }
    }
collection-required = La información marcada como «obligatoria» debe facilitarse para utilizar el Servicio.
collection-optional =
    { $voice ->
        [we] La información marcada como «opcional» se facilita a su discreción.
       *[third] La información marcada como «opcional» se facilita a discreción del interesado.
    }
# Las marcas tras un nombre: las palabras entre comillas de arriba.
data-required = obligatoria
data-optional = opcional
data-part-of = Forma parte de: { $text0 }
collection-anonymous =
    { $voice ->
        [we] Tratamos la siguiente información anónima. No es información personal: no se refiere a ninguna persona identificada o identificable:
       *[third]
            { $controllers ->
                [several] { $controller } tratan la siguiente información anónima. No es información personal: no se refiere a ninguna persona identificada o identificable:
               *[one] { $controller } trata la siguiente información anónima. No es información personal: no se refiere a ninguna persona identificada o identificable:
            }
    }
collection-anonymous-also =
    { $voice ->
        [we] También tratamos la siguiente información anónima. No es información personal: no se refiere a ninguna persona identificada o identificable:
       *[third]
            { $controllers ->
                [several] { $controller } también tratan la siguiente información anónima. No es información personal: no se refiere a ninguna persona identificada o identificable:
               *[one] { $controller } también trata la siguiente información anónima. No es información personal: no se refiere a ninguna persona identificada o identificable:
            }
    }
# $text0 es el método que indica `anonymised_by`, tal como se escribe.
data-anonymised-by = Se anonimizó mediante: { $text0 }
data-required-by-law = Facilitar esta información es un requisito legal.
data-required-by-contract = Facilitar esta información es un requisito contractual.
data-required-by-entering_contract =
    { $voice ->
        [we] Facilitar esta información es necesario para suscribir un contrato con nosotros.
       *[third] Facilitar esta información es necesario para suscribir un contrato con { $controller }.
    }
# $text0 es lo que ocurre sin la información, tal como indica `required by`.
data-if-not-provided = Si no se facilita: { $text0 }
data-includes = Esta información incluye:
data-pseudonymized =
    { $voice ->
        [we] Esta información está seudonimizada: solo permite identificarle junto con información adicional que se conserva por separado.
       *[third] Esta información está seudonimizada: solo permite identificar al interesado junto con información adicional que se conserva por separado.
    }
data-combined = Cuando esta información se combina con información personal, la información combinada se trata como información personal mientras permanezca combinada.
data-special = Esta información pertenece a una categoría especial de datos personales: { $text0 }.
data-sensitive = Esta información es información personal sensible según las leyes de privacidad de los estados de EE. UU.: { $text0 }
data-collected = Esta información se recoge: { $text0 }
data-examples = Esta información consiste en: { $text0 }
data-examples-open = Esto incluye, por ejemplo: { $text0 }

## Información personal sensible según el derecho de los estados de EE. UU.,
## tras los dos puntos de data-sensitive.

sensitive-government_id = un identificador oficial (número de la seguridad social, del permiso de conducir, del documento de identidad o del pasaporte)
sensitive-account_credentials = un inicio de sesión de cuenta, o un número de cuenta financiera, de tarjeta de débito o de tarjeta de crédito con el código o la contraseña que da acceso a la cuenta
sensitive-account_login = un inicio de sesión de cuenta con la contraseña u otra credencial que da acceso a la cuenta
sensitive-financial_account = un número de cuenta financiera, de tarjeta de débito o de tarjeta de crédito con el código o la contraseña que da acceso a la cuenta
sensitive-precise_geolocation = la geolocalización precisa
sensitive-racial_or_ethnic_origin = el origen racial o étnico
sensitive-religious_beliefs = las convicciones religiosas o filosóficas
sensitive-union_membership = la afiliación sindical
sensitive-citizenship_or_immigration = la ciudadanía o la situación migratoria
sensitive-communications_content = el contenido del correo postal, del correo electrónico y de los mensajes de texto, salvo que la empresa sea su destinatario previsto
sensitive-genetic = los datos genéticos
sensitive-neural = los datos neuronales
sensitive-biometric = la información biométrica tratada para identificar a un consumidor
sensitive-health = la información sobre la salud
sensitive-sex_life_or_orientation = la información sobre la vida sexual o la orientación sexual

## Las categorías de información personal de la CCPA (Cal. Civ. Code
## §1798.140(v)(1)(A)–(L)): la primera columna de la tabla de California.

ccpa-category-identifiers = Identificadores
ccpa-category-customer_records = Información personal descrita en el Cal. Civ. Code §1798.80(e) (registros de clientes)
ccpa-category-protected_classifications = Características de clasificaciones protegidas por la ley de California o federal
ccpa-category-commercial_information = Información comercial
ccpa-category-biometric_information = Información biométrica
ccpa-category-internet_activity = Información sobre la actividad en Internet o en otras redes electrónicas
ccpa-category-geolocation_data = Datos de geolocalización
ccpa-category-sensory_information = Información auditiva, electrónica, visual, térmica, olfativa o similar
ccpa-category-professional_information = Información profesional o relacionada con el empleo
ccpa-category-education_information = Información educativa que no es información de identificación personal de acceso público según la Family Educational Rights and Privacy Act
ccpa-category-inferences = Inferencias extraídas de información personal para crear un perfil de un consumidor que refleje sus preferencias, características, tendencias psicológicas, predisposiciones, comportamiento, actitudes, inteligencia, habilidades y aptitudes
ccpa-category-sensitive = Información personal sensible

## El subtítulo del documento: $version tal como se escribe, $date en palabras.

document-subtitle = Versión { $version }, vigente desde el { $date }
## The line under the title, for an edition that gives the date it was
## published (`published DATE "URL"`).
document-subtitle-published = Versión { $version }, publicada el { $published }, vigente desde el { $date }
# $text0 es el enlace que da `do_not_sell` en la cabecera.
document-do-not-sell = No vender ni compartir mi información personal: { $text0 }
# $text0 es el enlace que da `limit_sensitive_link` en la cabecera.
document-limit-sensitive = Limitar el uso de mi información personal confidencial: { $text0 }

## Títulos de las secciones.

section-general = Disposiciones generales
section-commitments =
    { $voice ->
        [we] Nuestros compromisos
       *[third] Compromisos de { $controller }
    }
section-collection = Información recogida
section-purposes = Fines del tratamiento
section-sharing = Comunicación de la información
section-retention = Plazo de conservación de la información
section-trackers = Cookies y tecnologías similares
section-decisions = Decisiones automatizadas
section-rights =
    { $voice ->
        [we] Sus derechos
       *[third] Derechos del interesado
    }
section-obligations =
    { $voice ->
        [we] Sus obligaciones
       *[third] Obligaciones del interesado
    }
section-security = Seguridad
section-children = Menores
section-changes = Cambios en esta Política
section-contact = Publicación y contacto

## Disposiciones generales (render/compose.rs). En general-who, $text0 es el
## título de la política y $text1 el nombre del servicio.

general-who =
    { $voice ->
        [we]
            { $controllers ->
                [several] { $text0 } (la «Política») explica cómo { $controller } («nosotros») tratan la información sobre usted, como usuario de { $text1 } (el «Servicio»).
               *[one] { $text0 } (la «Política») explica cómo { $controller } («nosotros») trata la información sobre usted, como usuario de { $text1 } (el «Servicio»).
            }
       *[third]
            { $controllers ->
                [several] { $text0 } (la «Política») explica cómo { $controller } tratan la información sobre los usuarios (cada uno, el «interesado») de { $text1 } (el «Servicio»).
               *[one] { $text0 } (la «Política») explica cómo { $controller } trata la información sobre los usuarios (cada uno, el «interesado») de { $text1 } (el «Servicio»).
            }
    }
general-controller =
    { $law ->
        [us]
            { $voice ->
                [we] Somos la empresa responsable de este tratamiento.
               *[third]
                    { $controllers ->
                        [several] { $controller } son las empresas responsables de este tratamiento.
                       *[one] { $controller } es la empresa responsable de este tratamiento.
                    }
            }
       *[other]
            { $voice ->
                [we] Somos el responsable de este tratamiento.
               *[third]
                    { $controllers ->
                        [several] { $controller } son los responsables de este tratamiento.
                       *[one] { $controller } es el responsable de este tratamiento.
                    }
            }
    }
# $text0 es la dirección del sitio web, un enlace.
general-website = El sitio web del Servicio es { $text0 }.
# $text0 es lo que dice `scope` en la cabecera, una frase de la fuente.
general-scope = Esta Política se aplica a: { $text0 }
# $text0 es la lista de los acuerdos que nombra `part_of`.
general-part-of = Esta Política forma parte integrante de: { $text0 }.
# $text0 es el derecho que nombra `governing_law`, una frase de la fuente.
general-law =
    { $voice ->
        [we] Tratamos la información de conformidad con: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } tratan la información de conformidad con: { $text0 }
               *[one] { $controller } trata la información de conformidad con: { $text0 }
            }
    }

## Cómo se informa a los usuarios de un cambio (render/compose.rs): $text0
## es la lista de los medios, $duration el plazo de preaviso.

changes-notify-by =
    { $voice ->
        [we] Le informamos de un cambio { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } informan al interesado de un cambio { $text0 }.
               *[one] { $controller } informa al interesado de un cambio { $text0 }.
            }
    }
changes-notify-before =
    { $voice ->
        [we] Le informamos de un cambio al menos { $duration } antes de que entre en vigor.
       *[third]
            { $controllers ->
                [several] { $controller } informan al interesado de un cambio al menos { $duration } antes de que entre en vigor.
               *[one] { $controller } informa al interesado de un cambio al menos { $duration } antes de que entre en vigor.
            }
    }
changes-notify-by-before =
    { $voice ->
        [we] Le informamos de un cambio { $text0 }, al menos { $duration } antes de que entre en vigor.
       *[third]
            { $controllers ->
                [several] { $controller } informan al interesado de un cambio { $text0 }, al menos { $duration } antes de que entre en vigor.
               *[one] { $controller } informa al interesado de un cambio { $text0 }, al menos { $duration } antes de que entre en vigor.
            }
    }

## Publicación y contacto (render/compose.rs): $text0 es una dirección (un
## enlace) o lo que declara el bloque `controller`.

contact-published = La versión vigente de esta Política está publicada en { $text0 }.
contact-questions =
    { $voice ->
        [we] Puede enviarnos sus preguntas y comentarios sobre esta Política a { $text0 }.
       *[third] El interesado puede enviar sus preguntas y comentarios sobre esta Política a { $controller } en { $text0 }.
    }
contact-address =
    { $voice ->
        [we] Nuestra dirección postal: { $text0 }
       *[third] Dirección postal de { $controller }: { $text0 }
    }
contact-country =
    { $voice ->
        [we] Estamos establecidos en: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } están establecidos en: { $text0 }
               *[one] { $controller } está establecido en: { $text0 }
            }
    }
contact-dpo =
    { $voice ->
        [we] Puede ponerse en contacto con nuestro delegado de protección de datos en: { $text0 }
       *[third] El interesado puede ponerse en contacto con el delegado de protección de datos de { $controller } en: { $text0 }
    }
contact-no-dpo =
    { $voice ->
        [we] No hemos designado un delegado de protección de datos: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } no han designado un delegado de protección de datos: { $text0 }
               *[one] { $controller } no ha designado un delegado de protección de datos: { $text0 }
            }
    }
contact-eu-representative =
    { $voice ->
        [we] Nuestro representante en la Unión Europea: { $text0 }
       *[third] Representante de { $controller } en la Unión Europea: { $text0 }
    }
contact-uk-representative =
    { $voice ->
        [we] Nuestro representante en el Reino Unido: { $text0 }
       *[third] Representante de { $controller } en el Reino Unido: { $text0 }
    }

## La remisión a las Condiciones que sustituye a las cláusulas
## `contractual` (render/terms.rs): $text0 es el nombre del servicio o la
## lista de los acuerdos que nombra `part_of`.

terms-lead = Condiciones.
terms-of-service = Las estipulaciones contractuales sobre estas cuestiones no forman parte de esta Política; figuran en las condiciones de uso de { $text0 }.
terms-in-agreements = Las estipulaciones contractuales sobre estas cuestiones no forman parte de esta Política; figuran en: { $text0 }.

## Compromisos (render/commitments.rs): $text0 es el nombre de una zona
## (commitment-area-…).

commitment-never_sell =
    { $voice ->
        [we] No vendemos su información personal.
       *[third]
            { $controllers ->
                [several] { $controller } no venden la información personal del interesado.
               *[one] { $controller } no vende la información personal del interesado.
            }
    }
commitment-never_sell_sensitive =
    { $voice ->
        [we] No vendemos su información personal sensible.
       *[third]
            { $controllers ->
                [several] { $controller } no venden la información personal sensible del interesado.
               *[one] { $controller } no vende la información personal sensible del interesado.
            }
    }
commitment-never_share =
    { $voice ->
        [we] No compartimos su información personal para publicidad conductual entre contextos ni la tratamos para publicidad dirigida.
       *[third]
            { $controllers ->
                [several] { $controller } no comparten la información personal del interesado para publicidad conductual entre contextos ni la tratan para publicidad dirigida.
               *[one] { $controller } no comparte la información personal del interesado para publicidad conductual entre contextos ni la trata para publicidad dirigida.
            }
    }
commitment-no_third_party_sharing =
    { $voice ->
        [we] No compartimos su información personal con ningún tercero; solo la reciben quienes la tratan por nuestra cuenta, salvo que la ley exija su divulgación.
       *[third]
            { $controllers ->
                [several] { $controller } no comparten la información personal del interesado con ningún tercero; solo la reciben quienes la tratan por su cuenta, salvo que la ley exija su divulgación.
               *[one] { $controller } no comparte la información personal del interesado con ningún tercero; solo la reciben quienes la tratan por cuenta de { $controller }, salvo que la ley exija su divulgación.
            }
    }
commitment-no_targeted_advertising =
    { $voice ->
        [we] No tratamos su información personal para publicidad dirigida.
       *[third]
            { $controllers ->
                [several] { $controller } no tratan la información personal del interesado para publicidad dirigida.
               *[one] { $controller } no trata la información personal del interesado para publicidad dirigida.
            }
    }
commitment-no_transfers_outside =
    { $voice ->
        [we] No transferimos su información personal a destinatarios situados fuera { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } no transfieren la información personal del interesado a destinatarios situados fuera { $text0 }.
               *[one] { $controller } no transfiere la información personal del interesado a destinatarios situados fuera { $text0 }.
            }
    }
commitment-not_directed_to_children =
    { $voice ->
        [we] Nuestro servicio no está dirigido a menores.
       *[third] El servicio de { $controller } no está dirigido a menores.
    }
commitment-no_automated_decisions =
    { $voice ->
        [we] No tomamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en usted o le afecten significativamente de modo similar.
       *[third]
            { $controllers ->
                [several] { $controller } no toman decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en el interesado o le afecten significativamente de modo similar.
               *[one] { $controller } no toma decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en el interesado o le afecten significativamente de modo similar.
            }
    }
commitment-area-eea = del Espacio Económico Europeo
commitment-area-uk = del Reino Unido
commitment-area-south_africa = de Sudáfrica

## La sección sobre cookies y tecnologías similares (render/trackers.rs).

trackers-intro =
    { $voice ->
        [we] Utilizamos las cookies y tecnologías similares que se indican a continuación, que almacenan información en su dispositivo o la leen de él.
       *[third]
            { $controllers ->
                [several] { $controller } utilizan las cookies y tecnologías similares que se indican a continuación, que almacenan información en el dispositivo del interesado o la leen de él.
               *[one] { $controller } utiliza las cookies y tecnologías similares que se indican a continuación, que almacenan información en el dispositivo del interesado o la leen de él.
            }
    }
trackers-consent =
    { $voice ->
        [we] Solo utilizamos las tecnologías que no son estrictamente necesarias con su consentimiento.
       *[third]
            { $controllers ->
                [several] { $controller } solo utilizan las tecnologías que no son estrictamente necesarias con el consentimiento del interesado.
               *[one] { $controller } solo utiliza las tecnologías que no son estrictamente necesarias con el consentimiento del interesado.
            }
    }
trackers-table = Cada tecnología, quién la instala, para qué sirve y cuánto tiempo dura:
trackers-column-name = Nombre
trackers-column-technology = Tecnología
trackers-column-set_by = Instalada por
trackers-column-category = Categoría
trackers-column-lifetime = Duración
trackers-column-information = Información
trackers-column-purposes = Finalidades
trackers-signal-dnt = Do Not Track
trackers-signal-gpc = Global Privacy Control (GPC)
trackers-signal-honoured =
    { $voice ->
        [we] Respetamos las señales { $text0 } que envía su navegador.
       *[third]
            { $controllers ->
                [several] { $controller } respetan las señales { $text0 } que envía el navegador del interesado.
               *[one] { $controller } respeta las señales { $text0 } que envía el navegador del interesado.
            }
    }
trackers-signal-ignored =
    { $voice ->
        [we] No respondemos a las señales { $text0 } que envía su navegador.
       *[third]
            { $controllers ->
                [several] { $controller } no responden a las señales { $text0 } que envía el navegador del interesado.
               *[one] { $controller } no responde a las señales { $text0 } que envía el navegador del interesado.
            }
    }
trackers-set-by-provider = { $text0 } (tercero)
trackers-set-by-third = Tercero
trackers-set-by-us-with = { $controller }, con { $text0 }
trackers-set-by-us = { $controller }
trackers-session = Sesión

## Tipos y categorías de rastreadores, como celda de la tabla.

tracker-kind-cookie = Cookie
tracker-kind-local_storage = Almacenamiento local
tracker-kind-pixel = Píxel
tracker-kind-sdk = SDK
tracker-kind-fingerprinting = Huella digital del dispositivo
tracker-category-strictly_necessary = Estrictamente necesarias
tracker-category-preferences = Preferencias
tracker-category-analytics = Analítica
tracker-category-marketing = Marketing

## La sección sobre los niños (render/children.rs).

children-audience-general = { $text0 } no está dirigido a niños.
children-audience-mixed = { $text0 } está dirigido a un público general que incluye a niños.
children-audience-children = { $text0 } está dirigido a niños.
children-minimum-age =
    { $consent ->
        [yes] Los menores de { $age } años solo pueden utilizar { $text0 } con el consentimiento de su padre, madre o tutor.
       *[no] Los menores de { $age } años no pueden utilizar { $text0 }.
    }
children-children =
    { $stated ->
        [yes] niños menores de { $age } años
       *[no] niños
    }
children-knowingly =
    { $collects ->
        [yes]
            { $voice ->
                [we] Recabamos a sabiendas información personal de { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } recaban a sabiendas información personal de { $text0 }.
                       *[one] { $controller } recaba a sabiendas información personal de { $text0 }.
                    }
            }
        [parental]
            { $voice ->
                [we] Recabamos a sabiendas información personal de { $text0 } solo con el consentimiento de su padre, madre o tutor.
               *[third]
                    { $controllers ->
                        [several] { $controller } recaban a sabiendas información personal de { $text0 } solo con el consentimiento de su padre, madre o tutor.
                       *[one] { $controller } recaba a sabiendas información personal de { $text0 } solo con el consentimiento de su padre, madre o tutor.
                    }
            }
        [consent]
            { $voice ->
                [we] No recabamos a sabiendas información personal de { $text0 } sin el consentimiento de su padre, madre o tutor.
               *[third]
                    { $controllers ->
                        [several] { $controller } no recaban a sabiendas información personal de { $text0 } sin el consentimiento de su padre, madre o tutor.
                       *[one] { $controller } no recaba a sabiendas información personal de { $text0 } sin el consentimiento de su padre, madre o tutor.
                    }
            }
       *[no]
            { $voice ->
                [we] No recabamos a sabiendas información personal de { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } no recaban a sabiendas información personal de { $text0 }.
                       *[one] { $controller } no recaba a sabiendas información personal de { $text0 }.
                    }
            }
    }
children-parental-consent =
    { $voice ->
        [we] Obtenemos el consentimiento del padre, la madre o el tutor de la siguiente manera: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } obtienen el consentimiento del padre, la madre o el tutor de la siguiente manera: { $text0 }
               *[one] { $controller } obtiene el consentimiento del padre, la madre o el tutor de la siguiente manera: { $text0 }
            }
    }
children-parent-rights = El padre, la madre o el tutor puede { $text0 }.
children-parent-right-review = revisar la información personal recabada de su hijo o hija
children-parent-right-delete = hacer que se suprima la información personal recabada de su hijo o hija
children-parent-right-refuse_further_collection = negarse a permitir que se siga recabando o utilizando la información personal de su hijo o hija
children-sale-opt-in = La autorización expresa para vender o compartir la información personal de un consumidor menor de 16 años (la suya propia de 13 a 15 años, la de su padre, madre o tutor si es menor de 13) se obtiene de la siguiente manera: { $text0 }

## La sección sobre las decisiones automatizadas (render/decisions.rs), en
## los términos de los artículos 13, apartado 2, letra f), y 22 del RGPD.

decisions-none =
    { $voice ->
        [we] No tomamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en usted o le afecten significativamente de modo similar.
       *[third]
            { $controllers ->
                [several] { $controller } no toman decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en el interesado o le afecten significativamente de modo similar.
               *[one] { $controller } no toma decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en el interesado o le afecten significativamente de modo similar.
            }
    }
decisions-intro =
    { $voice ->
        [we] Tomamos las siguientes decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que producen efectos jurídicos en usted o le afectan significativamente de modo similar:
       *[third]
            { $controllers ->
                [several] { $controller } toman las siguientes decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que producen efectos jurídicos en el interesado o le afectan significativamente de modo similar:
               *[one] { $controller } toma las siguientes decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que producen efectos jurídicos en el interesado o le afectan significativamente de modo similar:
            }
    }
decisions-uses = Información utilizada: { $text0 }
decisions-logic = La lógica aplicada: { $text0 }
decisions-significance =
    { $voice ->
        [we] La importancia y las consecuencias previstas para usted: { $text0 }
       *[third] La importancia y las consecuencias previstas para el interesado: { $text0 }
    }
decisions-basis-explicit_consent =
    { $voice ->
        [we] Esta decisión se toma porque usted ha dado su consentimiento explícito.
       *[third] Esta decisión se toma porque el interesado ha dado su consentimiento explícito.
    }
decisions-basis-contract =
    { $voice ->
        [we] Esta decisión se toma porque es necesaria para la celebración o la ejecución de un contrato entre usted y nosotros.
       *[third] Esta decisión se toma porque es necesaria para la celebración o la ejecución de un contrato entre el interesado y { $controller }.
    }
decisions-basis-law =
    { $stated ->
        [yes] Esta decisión se toma porque está autorizada por el Derecho: { $text0 }
       *[no] Esta decisión se toma porque está autorizada por el Derecho.
    }
decisions-safeguard-human_review =
    { $voice ->
        [we] Puede obtener intervención humana por nuestra parte: una persona revisa la decisión.
       *[third] El interesado puede obtener intervención humana por parte de { $controller }: una persona revisa la decisión.
    }
decisions-safeguard-express_view =
    { $voice ->
        [we] Puede expresar su punto de vista sobre la decisión.
       *[third] El interesado puede expresar su punto de vista sobre la decisión.
    }
decisions-safeguard-contest =
    { $voice ->
        [we] Puede impugnar la decisión.
       *[third] El interesado puede impugnar la decisión.
    }

## La tabla de finalidades, la sección que sigue al resumen (render/table.rs).

table-heading = Cada finalidad de un vistazo
table-column-purpose = Finalidad
table-column-information = Información
table-column-basis =
    { $law ->
        [us] Fundamento
       *[other] Base jurídica
    }
table-column-kept = Plazo de conservación
table-column-recipients = Destinatarios
# Un destinatario que recibe solo parte de la información del fin
# ($text0 el destinatario, $text1 las categorías que recibe).
table-recipient-part = { $text0 } (solo { $text1 })
table-basis-consent = Consentimiento
table-basis-explicit_consent = Consentimiento explícito
table-basis-contract = La ejecución de un contrato
table-basis-legal_obligation = Una obligación legal
table-basis-vital_interests = Intereses vitales
table-basis-public_task = Una misión realizada en interés público
table-basis-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] Nuestro interés
               *[third] El interés de { $controller }
            }
       *[other] Intereses legítimos
    }

## El resumen al principio del texto (render/summary.rs).

summary-heading = Resumen
summary-who-lead = Quién es el responsable.
summary-who =
    { $law ->
        [us]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } son las empresas responsables de la información sobre usted cuando utiliza { $text0 }.
                       *[one] { $controller } es la empresa responsable de la información sobre usted cuando utiliza { $text0 }.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } son las empresas responsables de la información sobre el interesado cuando utiliza { $text0 }.
                       *[one] { $controller } es la empresa responsable de la información sobre el interesado cuando utiliza { $text0 }.
                    }
            }
       *[other]
            { $voice ->
                [we]
                    { $controllers ->
                        [several] { $controller } son los responsables del tratamiento de la información sobre usted cuando utiliza { $text0 }.
                       *[one] { $controller } es el responsable del tratamiento de la información sobre usted cuando utiliza { $text0 }.
                    }
               *[third]
                    { $controllers ->
                        [several] { $controller } son los responsables del tratamiento de la información sobre el interesado cuando utiliza { $text0 }.
                       *[one] { $controller } es el responsable del tratamiento de la información sobre el interesado cuando utiliza { $text0 }.
                    }
            }
    }
summary-what =
    { $voice ->
        [we] Qué tratamos:
       *[third]
            { $controllers ->
                [several] Qué tratan { $controller }:
               *[one] Qué trata { $controller }:
            }
    }
summary-why = Por qué:
summary-with-whom = Quién la recibe:
summary-how-long = Cuánto tiempo se conserva:
summary-rights =
    { $voice ->
        [we] Sus derechos:
       *[third] Los derechos del interesado:
    }
summary-marketing-objection = Derecho de oposición a la mercadotecnia directa, en cualquier momento
summary-decisions-lead = Decisiones automatizadas.
summary-no-decisions =
    { $voice ->
        [we] No tomamos ninguna decisión sobre usted basada únicamente en el tratamiento automatizado.
       *[third]
            { $controllers ->
                [several] { $controller } no toman ninguna decisión sobre el interesado basada únicamente en el tratamiento automatizado.
               *[one] { $controller } no toma ninguna decisión sobre el interesado basada únicamente en el tratamiento automatizado.
            }
    }
summary-decisions = Decisiones tomadas por medios automatizados:
summary-more =
    { $count ->
        [one] y { $amount } más, véase la sección { $section }
       *[other] y { $amount } más, véase la sección { $section }
    }
summary-table =
    { $law ->
        [us] Cada finalidad, la información utilizada para ella, su fundamento, cuánto tiempo se conserva esa información y quién la recibe:
       *[other] Cada finalidad, la información utilizada para ella, su base jurídica, cuánto tiempo se conserva esa información y quién la recibe:
    }

## La sección sobre los derechos (render/user.rs).

user-marketing =
    { $voice ->
        [we] Puede oponerse en cualquier momento al uso de su información para mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella: { $text0 }.
       *[third] El interesado puede oponerse en cualquier momento al uso de su información para mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella: { $text0 }.
    }
user-marketing-then =
    { $voice ->
        [we] En ese caso, dejamos de utilizarla para ese fin.
       *[third]
            { $controllers ->
                [several] En ese caso, { $controller } dejan de utilizarla para ese fin.
               *[one] En ese caso, { $controller } deja de utilizarla para ese fin.
            }
    }
user-marketing-lead = Oposición a la mercadotecnia directa.
user-free-of-charge = El ejercicio de estos derechos es gratuito. Cuando una solicitud sea manifiestamente infundada o excesiva, especialmente debido a su carácter repetitivo, podrá cobrarse un canon razonable o denegarse.
user-verification = Cómo se verifica una solicitud para conocer, eliminar o corregir información personal: { $text0 }
user-authorized-agents = Solicitudes presentadas por un agente autorizado: { $text0 }
# $duration es la prórroga, $text0 su motivo, tal como lo escribió el autor.
user-extension = El plazo puede prorrogarse otros { $duration } { $text0 }.
user-extension-told =
    { $voice ->
        [we] Le informaremos de cualquier prórroga, indicando los motivos de la dilación, en el plazo de un mes a partir de la recepción de la solicitud.
       *[third]
            { $controllers ->
                [several] { $controller } informarán al interesado de cualquier prórroga, indicando los motivos de la dilación, en el plazo de un mes a partir de la recepción de la solicitud.
               *[one] { $controller } informará al interesado de cualquier prórroga, indicando los motivos de la dilación, en el plazo de un mes a partir de la recepción de la solicitud.
            }
    }
# $named es "yes" cuando el derecho nombra las autoridades (`via`), "no" si no.
user-complaint-places =
    { $voice ->
        [we]
            { $named ->
                [yes] También puede presentar una reclamación ante la autoridad de control del Estado miembro de la UE o del EEE en el que tenga su residencia habitual o su lugar de trabajo, o en el que se haya producido la supuesta infracción.
               *[no] En particular, puede presentar una reclamación ante la autoridad de control del Estado miembro de la UE o del EEE en el que tenga su residencia habitual o su lugar de trabajo, o en el que se haya producido la supuesta infracción.
            }
       *[third]
            { $named ->
                [yes] El interesado también puede presentar una reclamación ante la autoridad de control del Estado miembro de la UE o del EEE en el que tenga su residencia habitual o su lugar de trabajo, o en el que se haya producido la supuesta infracción.
               *[no] En particular, el interesado puede presentar una reclamación ante la autoridad de control del Estado miembro de la UE o del EEE en el que tenga su residencia habitual o su lugar de trabajo, o en el que se haya producido la supuesta infracción.
            }
    }
user-answered-within = Una solicitud para ejercer este derecho se responde en un plazo de { $duration }.
user-exercise =
    { $when ->
        [anytime_via]
            { $voice ->
                [we] Puede ejercer este derecho en cualquier momento, { $text0 }.
               *[third] El interesado puede ejercer este derecho en cualquier momento, { $text0 }.
            }
        [anytime]
            { $voice ->
                [we] Puede ejercer este derecho en cualquier momento.
               *[third] El interesado puede ejercer este derecho en cualquier momento.
            }
       *[via]
            { $voice ->
                [we] Puede ejercer este derecho { $text0 }.
               *[third] El interesado puede ejercer este derecho { $text0 }.
            }
    }
user-channel-email = escribiendo a { $text0 }
user-channel-web = en { $text0 }
user-channel-other = a través de { $text0 }
user-complaint =
    { $anytime ->
        [yes]
            { $voice ->
                [we] Puede presentar una reclamación en cualquier momento ante { $text0 }.
               *[third] El interesado puede presentar una reclamación en cualquier momento ante { $text0 }.
            }
       *[no]
            { $voice ->
                [we] Puede presentar una reclamación ante { $text0 }.
               *[third] El interesado puede presentar una reclamación ante { $text0 }.
            }
    }

# sources

## Fuentes (render/sources.rs, render/collection.rs): la introducción de
## la lista de la información procedente de fuentes de acceso público, su
## frase sobre una categoría, y una fuente nombrada como frase sobre una
## categoría ($text0 es el nombre de la fuente, un texto de la fuente).

source-publicly_available =
    { $voice ->
        [we] Obtenemos la siguiente información personal de fuentes de acceso público:
       *[third]
            { $controllers ->
                [several] { $controller } obtienen la siguiente información personal de fuentes de acceso público:
               *[one] { $controller } obtiene la siguiente información personal de fuentes de acceso público:
            }
    }
source-publicly_available-sentence = Esta información se obtiene de fuentes de acceso público.
sources-named-third_party = Esta información se recibe de terceros: { $text0 }.
sources-named-publicly_available = Esta información se obtiene de una fuente de acceso público: { $text0 }.

## Datos combinados (`combine DATA, … "why"`): $text0 es la lista de las
## categorías combinadas, $text1 el motivo, tal como lo escribe el autor
## (las palabras que siguen a la lista: "para crear un perfil de cliente").

sources-combined =
    { $voice ->
        [we] Combinamos { $text0 } { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } combinan { $text0 } { $text1 }.
               *[one] { $controller } combina { $text0 } { $text1 }.
            }
    }

# permitted uses of sensitive personal information (11 CCR §7027(m))
permitted-use = La información personal sensible se usa para esta finalidad solo en la medida en que la ley de California lo permite sin un derecho a limitar su uso: para { $text0 } (11 CCR §7027(m)({ $paragraph })).
permitted-use-requested_services = prestar los servicios o suministrar los bienes que un consumidor que los solicita espera razonablemente
permitted-use-security = prevenir, detectar e investigar incidentes de seguridad
permitted-use-fraud_prevention = resistir acciones maliciosas, engañosas, fraudulentas o ilegales
permitted-use-physical_safety = garantizar la seguridad física de las personas
permitted-use-transient_use = usarla de forma breve y transitoria, sin comunicarla a terceros ni crear un perfil con ella
permitted-use-business_services = prestar servicios como el mantenimiento de cuentas, la atención al cliente, la tramitación de pedidos y pagos, el análisis y el almacenamiento
permitted-use-service_quality = verificar o mantener la calidad o la seguridad del servicio o del dispositivo, o mejorarlo
permitted-use-no_inference = recopilarla o tratarla sin inferir características del consumidor

# special
special-condition = Condición para el tratamiento de categorías especiales de datos personales: { $text0 }.
special-condition-law = Condición para el tratamiento de categorías especiales de datos personales: { $text0 } (base jurídica: { $text1 }).
special-condition-explicit_consent =
    { $voice ->
        [we] su consentimiento explícito
       *[third] el consentimiento explícito del interesado
    }
special-condition-employment_law = el cumplimiento de obligaciones y el ejercicio de derechos en el ámbito del Derecho laboral y de la seguridad y protección social
special-condition-vital_interests =
    { $voice ->
        [we] la protección de sus intereses vitales o los de otra persona que no puede dar su consentimiento
       *[third] la protección de los intereses vitales del interesado o de otra persona que no puede dar su consentimiento
    }
special-condition-not_for_profit = las actividades legítimas de un organismo sin ánimo de lucro cuya finalidad sea política, filosófica, religiosa o sindical, referidas a sus miembros, antiguos miembros y personas que mantengan contactos regulares con él
special-condition-made_public =
    { $voice ->
        [we] datos que usted ha hecho manifiestamente públicos
       *[third] datos que el interesado ha hecho manifiestamente públicos
    }
special-condition-legal_claims = la formulación, el ejercicio o la defensa de reclamaciones
special-condition-substantial_public_interest = razones de un interés público esencial
special-condition-health_care = la medicina preventiva o laboral, el diagnóstico médico, o la prestación de asistencia o tratamiento de tipo sanitario o social
special-condition-public_health = razones de interés público en el ámbito de la salud pública
special-condition-research = fines de archivo en interés público, fines de investigación científica o histórica o fines estadísticos
security-measure-encryption_in_transit = Los datos se cifran durante su transmisión.
security-measure-encryption_at_rest = Los datos se almacenan cifrados.
security-measure-access_control = El acceso a los datos está limitado a las personas autorizadas.
security-measure-pseudonymisation = Los datos se seudonimizan, de manera que ya no pueden atribuirse a una persona sin información adicional conservada por separado.
security-measure-logging = Los accesos a los datos quedan registrados.
security-measure-testing = Las medidas de seguridad se verifican y evalúan.
security-measure-backups = Se hacen copias de seguridad de los datos, de manera que pueden restablecerse tras un incidente.
security-measure-staff_training = El personal que trata los datos recibe formación en protección de datos.
security-breach-authority =
    { $delay ->
        [undue] En caso de violación de la seguridad de los datos personales, se notifica a la autoridad de control competente sin dilación indebida después de haber tenido constancia de ella.
       *[hours] En caso de violación de la seguridad de los datos personales, se notifica a la autoridad de control competente en un plazo de { $hours } { $hours ->
            [one] hora
           *[other] horas
        } después de haber tenido constancia de ella.
    }
security-breach-users =
    { $voice ->
        [we]
            { $delay ->
                [undue] Si una violación de la seguridad de los datos personales afecta a sus datos, se le comunica sin dilación indebida.
               *[hours] Si una violación de la seguridad de los datos personales afecta a sus datos, se le comunica en un plazo de { $hours } { $hours ->
                    [one] hora
                   *[other] horas
                } después de haber tenido constancia de ella.
            }
       *[third]
            { $delay ->
                [undue] Si una violación de la seguridad de los datos personales afecta a los datos del interesado, se le comunica sin dilación indebida.
               *[hours] Si una violación de la seguridad de los datos personales afecta a los datos del interesado, se le comunica en un plazo de { $hours } { $hours ->
                    [one] hora
                   *[other] horas
                } después de haber tenido constancia de ella.
            }
    }

# languages

# The heading of the table of contents.
document-contents = Índice
# The name of this language, in itself, for the links between the languages of a text.
language-name = Español

# events

# A period of $duration from an event named by its keyword ($event, one of the event-from-* messages).
period-for-event = durante { $duration } { $event }
# The events named by a keyword: from it, and until it (a whole period).
event-from-collection = desde la recogida
event-until-collection = hasta la recogida
event-from-last_use = desde el último uso
event-until-last_use = hasta el último uso
event-from-account_closure = desde el cierre de la cuenta
event-until-account_closure = hasta el cierre de la cuenta
event-from-end_of_contract = desde la finalización del contrato
event-until-end_of_contract = hasta la finalización del contrato

# history

# El título de una página de cambios en otro idioma que el de la fuente: $title es el título de la política, $old y $new las versiones.
history-changes-title = Cambios en { $title } de la versión { $old } a la versión { $new }
# Las dos ediciones comparadas, con la fecha en que cada una entró en vigor.
history-changes-editions = Versión { $old }, vigente desde el { $old_date }, y versión { $new }, vigente desde el { $new_date }.
# La introducción del texto marcado: cuántas frases se tachan y se insertan.
history-redline-intro = El texto de la versión { $new } con los cambios respecto a la versión { $old } marcados, frase por frase: { $deleted ->
        [one] una frase tachada
       *[other] { $deleted } frases tachadas
    } y { $inserted ->
        [one] una insertada
       *[other] { $inserted } insertadas
    }.
history-redline-unchanged = El texto no ha cambiado.
history-changelog-title = Historial de cambios: { $title }
history-changelog-intro = Cada edición publicada de la política en este idioma, de la más reciente a la más antigua, con un enlace a su texto con los cambios respecto a la edición anterior marcados.
history-changelog-edition = Versión { $version }, vigente desde el { $date }
history-changelog-first = La primera edición en este idioma.
history-changelog-redline = El texto con los cambios respecto a la versión { $old } marcados

# ligr

## El fundamento de la transferencia que es el interés legítimo, tras «cuando», y
## el interés que indica la política ($text0 el fundamento, $text1 el interés).

ground-legitimate_interest =
    { $law ->
        [us]
            { $voice ->
                [we] la transferencia responde a nuestro propio interés
               *[third] la transferencia responde al propio interés de { $controller }
            }
       *[other] la transferencia es necesaria para la satisfacción de un interés legítimo
    }
ground-legitimate_interest-pursued = { $text0 } (el interés perseguido es: { $text1 })
# notice
## El aviso de cambios (render/notice.rs): lo que cambia una nueva versión,
## en la voz de la nueva versión. $text0, $text1… son textos de las
## versiones (etiquetas entre comillas, listas); $date y $since son fechas.
## notice-right-KIND es el nombre de un derecho dentro de la frase.

notice-quoted = «{ $text0 }»
notice-title =
    { $voice ->
        [we] Qué cambia en «{ $text0 }»
       *[third] Qué cambia en «{ $text0 }» de { $controller }
    }
notice-intro =
    { $voice ->
        [we] Hemos redactado una nueva versión de «{ $text0 }». Entra en vigor el { $date }. A continuación le explicamos qué cambia para usted y por qué.
       *[third]
            { $controllers ->
                [several] { $controller } han redactado una nueva versión de «{ $text0 }». Entra en vigor el { $date }. A continuación se explica qué cambia para el interesado y por qué.
               *[one] { $controller } ha redactado una nueva versión de «{ $text0 }». Entra en vigor el { $date }. A continuación se explica qué cambia para el interesado y por qué.
            }
    }
notice-more =
    { $voice ->
        [we] Lo que cambia en su perjuicio
       *[third] Lo que cambia en perjuicio del interesado
    }
notice-less =
    { $voice ->
        [we] Lo que cambia a su favor
       *[third] Lo que cambia a favor del interesado
    }
notice-explained = Lo que solo se explica mejor
notice-same-heading =
    { $voice ->
        [we] Qué cambia para usted
       *[third] Qué cambia para el interesado
    }
notice-same = La nueva versión está redactada de otra manera; dice lo mismo.
notice-when-heading = Cuándo entra en vigor
## When the new edition was published (`published DATE "URL"`), said
## before when it takes effect.
notice-published = La nueva versión se publicó el { $published } y entra en vigor el { $date }. Hasta entonces, se aplica la versión vigente desde el { $since }.
notice-when = La nueva versión entra en vigor el { $date }. Hasta entonces, se aplica la versión vigente desde el { $since }.
notice-told =
    { $voice ->
        [we] Le informamos de una nueva versión { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } informan al interesado de una nueva versión { $text0 }.
               *[one] { $controller } informa al interesado de una nueva versión { $text0 }.
            }
    }
notice-before = Antes de esa fecha, y en cualquier momento posterior:
# $text0 the right's meaning, $text1 how it is exercised (user-exercise).
notice-right-via = { $text0 } { $text1 }
notice-previous = La versión anterior puede seguir consultándose:
notice-previous-link = la versión anterior
notice-why = { $what } Por qué: { $why }
notice-no-period = ningún plazo indicado
notice-data-added =
    { $requirement ->
        [required]
            { $voice ->
                [we] Ahora recogemos { $text0 }, que usted debe facilitar.
               *[third]
                    { $controllers ->
                        [several] { $controller } ahora recogen { $text0 }, que el interesado debe facilitar.
                       *[one] { $controller } ahora recoge { $text0 }, que el interesado debe facilitar.
                    }
            }
        [optional]
            { $voice ->
                [we] Ahora recogemos { $text0 }, que usted es libre de no facilitar.
               *[third]
                    { $controllers ->
                        [several] { $controller } ahora recogen { $text0 }, que el interesado es libre de no facilitar.
                       *[one] { $controller } ahora recoge { $text0 }, que el interesado es libre de no facilitar.
                    }
            }
       *[unstated]
            { $voice ->
                [we] Ahora recogemos { $text0 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } ahora recogen { $text0 }.
                       *[one] { $controller } ahora recoge { $text0 }.
                    }
            }
    }
notice-data-removed =
    { $voice ->
        [we] Ya no recogemos { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ya no recogen { $text0 }.
               *[one] { $controller } ya no recoge { $text0 }.
            }
    }
notice-purpose-removed =
    { $voice ->
        [we] Ya no utilizamos sus datos para { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ya no utilizan los datos del interesado para { $text0 }.
               *[one] { $controller } ya no utiliza los datos del interesado para { $text0 }.
            }
    }
notice-recipient-removed =
    { $voice ->
        [we] Ya no compartimos sus datos con { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ya no comparten los datos del interesado con { $text0 }.
               *[one] { $controller } ya no comparte los datos del interesado con { $text0 }.
            }
    }
notice-purpose-added =
    { $voice ->
        [we] Ahora utilizamos sus datos para un nuevo fin: { $text0 }, con { $text1 }.
       *[third]
            { $controllers ->
                [several] { $controller } ahora utilizan los datos del interesado para un nuevo fin: { $text0 }, con { $text1 }.
               *[one] { $controller } ahora utiliza los datos del interesado para un nuevo fin: { $text0 }, con { $text1 }.
            }
    }
notice-uses-added =
    { $parts ->
        [yes]
            { $voice ->
                [we] Para { $text0 }, ahora utilizamos la totalidad de { $text1 } (antes: solo { $text2 }).
               *[third]
                    { $controllers ->
                        [several] Para { $text0 }, { $controller } ahora utilizan la totalidad de { $text1 } (antes: solo { $text2 }).
                       *[one] Para { $text0 }, { $controller } ahora utiliza la totalidad de { $text1 } (antes: solo { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Para { $text0 }, ahora utilizamos { $text1 }.
               *[third]
                    { $controllers ->
                        [several] Para { $text0 }, { $controller } ahora utilizan { $text1 }.
                       *[one] Para { $text0 }, { $controller } ahora utiliza { $text1 }.
                    }
            }
    }
notice-uses-removed =
    { $parts ->
        [yes]
            { $voice ->
                [we] Para { $text0 }, ya no utilizamos la totalidad de { $text1 } (solo { $text2 }).
               *[third]
                    { $controllers ->
                        [several] Para { $text0 }, { $controller } ya no utilizan la totalidad de { $text1 } (solo { $text2 }).
                       *[one] Para { $text0 }, { $controller } ya no utiliza la totalidad de { $text1 } (solo { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Para { $text0 }, ya no utilizamos { $text1 }.
               *[third]
                    { $controllers ->
                        [several] Para { $text0 }, { $controller } ya no utilizan { $text1 }.
                       *[one] Para { $text0 }, { $controller } ya no utiliza { $text1 }.
                    }
            }
    }
notice-relisted = Los datos utilizados para { $text0 } se enumeran de otra manera; son los mismos datos.
notice-retention =
    { $longer ->
        [yes]
            { $voice ->
                [we] Ahora conservamos { $text0 } más tiempo: { $text1 } (antes: { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } ahora conservan { $text0 } más tiempo: { $text1 } (antes: { $text2 }).
                       *[one] { $controller } ahora conserva { $text0 } más tiempo: { $text1 } (antes: { $text2 }).
                    }
            }
       *[no]
            { $voice ->
                [we] Ahora conservamos { $text0 } menos tiempo: { $text1 } (antes: { $text2 }).
               *[third]
                    { $controllers ->
                        [several] { $controller } ahora conservan { $text0 } menos tiempo: { $text1 } (antes: { $text2 }).
                       *[one] { $controller } ahora conserva { $text0 } menos tiempo: { $text1 } (antes: { $text2 }).
                    }
            }
    }
notice-right-added =
    { $voice ->
        [we] La Política explica ahora su { $text0 }: { $text1 }
       *[third] La Política explica ahora el { $text0 } del interesado: { $text1 }
    }
notice-right-removed =
    { $voice ->
        [we] La Política ya no menciona su { $text0 }: { $text1 }
       *[third] La Política ya no menciona el { $text0 } del interesado: { $text1 }
    }
notice-profiling =
    { $voice ->
        [we] Ahora indicamos que { $text0 } implica elaboración de perfiles: utilizamos sus datos para evaluar aspectos personales relativos a usted.
       *[third]
            { $controllers ->
                [several] { $controller } ahora indican que { $text0 } implica elaboración de perfiles: { $controller } utilizan los datos del interesado para evaluar aspectos personales relativos a él.
               *[one] { $controller } ahora indica que { $text0 } implica elaboración de perfiles: { $controller } utiliza los datos del interesado para evaluar aspectos personales relativos a él.
            }
    }
notice-direct-marketing =
    { $voice ->
        [we] Ahora indicamos que { $text0 } es mercadotecnia directa, a la que usted puede oponerse en cualquier momento.
       *[third]
            { $controllers ->
                [several] { $controller } ahora indican que { $text0 } es mercadotecnia directa, a la que el interesado puede oponerse en cualquier momento.
               *[one] { $controller } ahora indica que { $text0 } es mercadotecnia directa, a la que el interesado puede oponerse en cualquier momento.
            }
    }
notice-ccpa-categories-added = Según la ley de California, { $text0 } pertenece ahora a las siguientes categorías de información personal: { $text1 }.
notice-ccpa-categories-removed = Según la ley de California, { $text0 } ya no pertenece a las siguientes categorías de información personal: { $text1 }.
## $text0 la etiqueta de una categoría de datos; $text1 el tipo de información
## sensible que es ahora (sensitive-*, entre comillas), $text2 el anterior.
notice-sensitive-added = { $text0 } es ahora información personal sensible según las leyes de privacidad de los estados de EE. UU.: { $text1 }.
notice-sensitive-changed = { $text0 } se describe ahora como información personal sensible de este tipo: { $text1 }, en lugar de { $text2 }.
notice-sensitive-removed = { $text0 } ya no es información personal sensible según las leyes de privacidad de los estados de EE. UU.
notice-examples-open =
    { $voice ->
        [we] Ahora indicamos que los datos enumerados para { $text0 } son ejemplos, no la lista completa.
       *[third]
            { $controllers ->
                [several] { $controller } ahora indican que los datos enumerados para { $text0 } son ejemplos, no la lista completa.
               *[one] { $controller } ahora indica que los datos enumerados para { $text0 } son ejemplos, no la lista completa.
            }
    }
notice-combined =
    { $voice ->
        [we] Ahora tratamos { $text0 } como datos personales cuando se combinan con datos personales.
       *[third]
            { $controllers ->
                [several] { $controller } ahora tratan { $text0 } como datos personales cuando se combinan con datos personales.
               *[one] { $controller } ahora trata { $text0 } como datos personales cuando se combinan con datos personales.
            }
    }
notice-notice =
    { $voice ->
        [we] Ahora le informamos de un cambio { $duration } antes de que entre en vigor.
       *[third]
            { $controllers ->
                [several] { $controller } ahora informan al interesado de un cambio { $duration } antes de que entre en vigor.
               *[one] { $controller } ahora informa al interesado de un cambio { $duration } antes de que entre en vigor.
            }
    }
notice-regimes = La Política nombra ahora el derecho que sigue: { $text0 }.
notice-regime-gdpr = el RGPD
notice-regime-uk_gdpr = el RGPD del Reino Unido
notice-regime-ccpa = la CCPA
notice-regime-us_state_laws = las leyes de privacidad de los estados de EE. UU.
notice-regime-coppa = la COPPA
notice-regime-lgpd = la LGPD
notice-regime-popia = la POPIA
notice-decision-added =
    { $voice ->
        [we] Ahora tomamos una decisión sobre usted basada únicamente en el tratamiento automatizado: { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ahora toman una decisión sobre el interesado basada únicamente en el tratamiento automatizado: { $text0 }.
               *[one] { $controller } ahora toma una decisión sobre el interesado basada únicamente en el tratamiento automatizado: { $text0 }.
            }
    }
notice-decision-removed =
    { $voice ->
        [we] Ya no tomamos esta decisión sobre usted de forma únicamente automatizada: { $text0 }.
       *[third]
            { $controllers ->
                [several] { $controller } ya no toman esta decisión sobre el interesado de forma únicamente automatizada: { $text0 }.
               *[one] { $controller } ya no toma esta decisión sobre el interesado de forma únicamente automatizada: { $text0 }.
            }
    }
notice-right-access = derecho de acceso
notice-right-rectification = derecho de rectificación
notice-right-erasure = derecho de supresión
notice-right-restriction = derecho a la limitación del tratamiento
notice-right-portability = derecho a la portabilidad de los datos
notice-right-objection = derecho de oposición
notice-right-withdraw_consent = derecho a retirar el consentimiento
notice-right-complaint = derecho a presentar una reclamación
notice-right-opt_out_sale_share = derecho a oponerse a la venta y al intercambio
notice-right-limit_sensitive = derecho a limitar el uso de información personal sensible
notice-right-know = derecho a saber
notice-right-appeal = derecho de recurso
notice-right-non_discrimination = derecho a la no discriminación
notice-right-automated_decisions = derecho a no ser objeto de decisiones automatizadas

## Las palabras de un cambio de cada tipo (change-KIND, según su
## identificador en src/diff/kind.rs), para un cambio sin frase propia en el
## aviso.

change-HEADER_CHANGED = La información general sobre la Política está redactada de otra manera.
change-PUBLICATION_DATE_CHANGED = La fecha de publicación de la Política se indica de otra manera.
change-CONTROLLER_ADDED = Otra empresa ha pasado a ser el responsable del tratamiento.
change-CONTROLLER_REMOVED = La empresa que era responsable del tratamiento ya no lo es.
change-ACCEPTANCE_LOOSENED =
    { $voice ->
        [we] Usted acepta ahora la Política con un paso menor, por ejemplo con el mero uso del servicio.
       *[third] El interesado acepta ahora la Política con un paso menor, por ejemplo con el mero uso del servicio.
    }
change-ACCEPTANCE_TIGHTENED =
    { $voice ->
        [we] Usted acepta ahora la Política con un paso mayor, por ejemplo mediante un acuerdo expreso.
       *[third] El interesado acepta ahora la Política con un paso mayor, por ejemplo mediante un acuerdo expreso.
    }
change-ACCEPTANCE_RESTATED =
    { $voice ->
        [we] La forma en que usted acepta la Política se ha sustituido por otra equivalente.
       *[third] La forma en que el interesado acepta la Política se ha sustituido por otra equivalente.
    }
change-CONTACT_UNSTATED = La Política ya no indica una forma de contactar con el responsable del tratamiento.
change-CONTACT_STATED = La Política indica ahora una forma de contactar con el responsable del tratamiento.
change-REGIME_ADDED = La Política declara ahora que está sujeta a otro régimen jurídico.
change-REGIME_DROPPED = La Política ya no declara que esté sujeta a un régimen jurídico.
change-VOICE_CHANGED = El texto se refiere ahora al responsable del tratamiento y al lector de otra manera, o el responsable del tratamiento adopta otro número gramatical.
change-LABEL_CHANGED = Algunos nombres de datos, fines, destinatarios o derechos están redactados de otra manera.
change-DESCRIPTION_CHANGED = Algunas descripciones están redactadas de otra manera.
change-SHORT_LABEL_CHANGED = La etiqueta breve de una categoría de datos o de un fin, utilizada cuando se vuelve a mencionar, se ha indicado, cambiado o suprimido.
change-DATA_ADDED = Se recoge una nueva categoría de datos.
change-DATA_REMOVED = Una categoría de datos ya no se recoge.
change-DATA_SOURCE_FARTHER =
    { $voice ->
        [we] Una categoría de datos procede ahora de una fuente más alejada de usted.
       *[third] Una categoría de datos procede ahora de una fuente más alejada del interesado.
    }
change-DATA_SOURCE_UNSTATED = Ya no se indica de dónde procede una categoría de datos.
change-DATA_SOURCE_STATED = Ahora se indica de dónde procede una categoría de datos.
change-DATA_SOURCE_NEARER =
    { $voice ->
        [we] Una categoría de datos procede ahora de una fuente más cercana a usted.
       *[third] Una categoría de datos procede ahora de una fuente más cercana al interesado.
    }
change-DATA_SOURCE_RESTATED = La fuente de una categoría de datos se ha sustituido por otra equivalente.
change-DATA_MORE_IDENTIFYING =
    { $voice ->
        [we] Una categoría de datos le identifica ahora de forma más directa.
       *[third] Una categoría de datos identifica ahora al interesado de forma más directa.
    }
change-DATA_LESS_IDENTIFYING =
    { $voice ->
        [we] Una categoría de datos le identifica ahora de forma menos directa.
       *[third] Una categoría de datos identifica ahora al interesado de forma menos directa.
    }
change-DATA_IDENTITY_RESTATED = En qué medida una categoría de datos identifica al interesado se ha sustituido por una indicación equivalente.
change-DATA_SPECIAL_ADDED = Una categoría de datos pertenece ahora a las categorías especiales de datos personales.
change-DATA_SPECIAL_REMOVED = Una categoría de datos ya no pertenece a las categorías especiales de datos personales.
change-DATA_SPECIAL_CHANGED = Una categoría de datos pertenece a otra categoría especial de datos personales.
change-DATA_SENSITIVE_ADDED = Una categoría de datos es ahora información personal sensible según la legislación de los estados de EE. UU.
change-DATA_SENSITIVE_REMOVED = Una categoría de datos ya no es información personal sensible según la legislación de los estados de EE. UU.
change-DATA_SENSITIVE_CHANGED = Una categoría de datos es información personal sensible de otro tipo.
change-DATA_CCPA_CATEGORY_STATED = Una categoría de datos indica ahora a qué categorías de información personal de la CCPA pertenece.
change-DATA_CCPA_CATEGORY_UNSTATED = Una categoría de datos ya no indica a qué categorías de información personal de la CCPA pertenece.
change-DATA_CCPA_CATEGORY_ADDED = Una categoría de datos pertenece ahora también a otra categoría de información personal de la CCPA.
change-DATA_CCPA_CATEGORY_REMOVED = Una categoría de datos ya no pertenece a una de las categorías de información personal de la CCPA.
change-DATA_EXAMPLES_ADDED = Lo que abarca una categoría de datos incluye ahora más ejemplos.
change-DATA_EXAMPLES_REMOVED = Lo que abarca una categoría de datos ya no incluye algunos ejemplos.
change-DATA_EXAMPLES_OPENED = Los ejemplos de una categoría de datos ahora solo la ilustran.
change-DATA_EXAMPLES_CLOSED = Los ejemplos de una categoría de datos son ahora la totalidad de esta, ya no solo ilustraciones.
change-DATA_MORE_REQUIRED =
    { $voice ->
        [we] Usted tiene ahora menos libertad para decidir si facilita una categoría de datos.
       *[third] El interesado tiene ahora menos libertad para decidir si facilita una categoría de datos.
    }
change-DATA_LESS_REQUIRED =
    { $voice ->
        [we] Usted tiene ahora más libertad para decidir si facilita una categoría de datos.
       *[third] El interesado tiene ahora más libertad para decidir si facilita una categoría de datos.
    }
change-DATA_REQUIREMENT_RESTATED =
    { $voice ->
        [we] Si usted debe facilitar una categoría de datos se ha sustituido por una indicación equivalente.
       *[third] Si el interesado debe facilitar una categoría de datos se ha sustituido por una indicación equivalente.
    }
change-DATA_COLLECTION_CHANGED = Cuándo se recoge una categoría de datos se ha indicado, redactado de otra manera o suprimido.
change-DATA_COMBINED_IDENTIFIED = Una categoría de datos indica ahora que, combinada con datos personales, se trata como datos personales.
change-DATA_COMBINED_UNSTATED = Una categoría de datos ya no indica que, combinada con datos personales, se trata como datos personales.
change-DATA_FIDES_CHANGED = La clave de la taxonomía de fideslang a la que corresponde una categoría de datos se ha indicado, cambiado o suprimido.
change-PURPOSE_ADDED = Se tratan datos para un nuevo fin.
change-PURPOSE_REMOVED = Ya no se tratan datos para un fin.
change-PURPOSE_DATA_ADDED = Un fin utiliza ahora una categoría de datos, o la totalidad de una de la que solo utilizaba partes.
change-PURPOSE_DATA_REMOVED = Un fin ya no utiliza una categoría de datos, o solo partes de ella.
change-PURPOSE_DATA_RELISTED = Un fin enumera sus datos de otra manera, sin cambiar lo que utiliza.
change-BASIS_HARDER_TO_REFUSE =
    { $voice ->
        [we] La base jurídica de un fin se ha sustituido por otra que a usted le resulta más difícil rechazar.
       *[third] La base jurídica de un fin se ha sustituido por otra que al interesado le resulta más difícil rechazar.
    }
change-BASIS_EASIER_TO_REFUSE =
    { $voice ->
        [we] La base jurídica de un fin se ha sustituido por otra que a usted le resulta más fácil rechazar.
       *[third] La base jurídica de un fin se ha sustituido por otra que al interesado le resulta más fácil rechazar.
    }
change-BASIS_CHANGED = La base jurídica de un fin se ha sustituido por otra igual de difícil de rechazar.
change-BASIS_UNSTATED = La base jurídica de un fin ya no se indica.
change-BASIS_STATED = Un fin cuya base jurídica no se indicaba indica ahora una.
change-INTEREST_CHANGED = El interés legítimo de un fin se ha indicado, redactado de otra manera o suprimido.
change-PURPOSE_IDENTIFIED_ALLOWED = Un fin ya no está limitado a datos despersonalizados.
change-PURPOSE_DEPERSONALIZED_ONLY = Un fin se limita ahora a datos despersonalizados.
change-PURPOSE_PROFILING_ADDED = Un fin implica ahora elaboración de perfiles.
change-PURPOSE_PROFILING_REMOVED = Un fin ya no implica elaboración de perfiles.
change-PURPOSE_DIRECT_MARKETING_ADDED = Un fin es ahora mercadotecnia directa.
change-PURPOSE_DIRECT_MARKETING_REMOVED = Un fin ya no es mercadotecnia directa.
change-PURPOSE_PERMITTED_USE_ADDED = Un fin que usa información personal sensible nombra ahora un uso que la ley de California permite sin un derecho a limitarlo: una solicitud de limitar ya no lo detiene.
change-PURPOSE_PERMITTED_USE_REMOVED = Un fin que usa información personal sensible ya no nombra un uso que la ley de California permite sin un derecho a limitarlo: una solicitud de limitar vuelve a detenerlo.
change-PURPOSE_PERMITTED_USE_CHANGED = Un fin nombra otro uso de información personal sensible que la ley de California permite sin un derecho a limitarlo, o nombra uno donde no cambia nada.
change-PURPOSE_FIDES_CHANGED = El uso de datos de la taxonomía de fideslang al que corresponde un fin se ha indicado, cambiado o suprimido.
change-RECIPIENT_ADDED = Un nuevo destinatario recibe datos.
change-RECIPIENT_REMOVED = Un destinatario ya no recibe datos.
change-RECIPIENT_MORE_INDEPENDENT = Un destinatario es ahora de un tipo que decide más por sí mismo.
change-RECIPIENT_LESS_INDEPENDENT = Un destinatario es ahora de un tipo que decide menos por sí mismo.
change-RECIPIENT_KIND_CHANGED = Un destinatario es ahora de otro tipo igual de independiente.
change-RECIPIENT_JOINT_CONTROL_ENDED = Un destinatario ya no es corresponsable del tratamiento: decide solo, sin acuerdo con el responsable del tratamiento.
change-RECIPIENT_JOINT_CONTROL_STARTED = Un destinatario es ahora corresponsable del tratamiento y responde de él en virtud de un acuerdo con el responsable del tratamiento.
change-RECIPIENT_ROLE_RESTATED = Un destinatario se presenta ahora como responsable del tratamiento independiente, o ya no se presenta como tal.
change-ARRANGEMENT_CHANGED = Los aspectos esenciales del acuerdo entre corresponsables se han indicado, redactado de otra manera o suprimido.
change-REQUEST_HANDLING_CHANGED = La forma de verificar una solicitud para conocer, eliminar o corregir información personal, o de presentarla mediante un agente autorizado, se ha indicado, redactado de otra manera o suprimido; el sentido de un texto libre no se comprueba.
change-RECIPIENT_ABROAD = Un destinatario se encuentra ahora en el extranjero.
change-RECIPIENT_NOT_ABROAD = Un destinatario ya no se encuentra en el extranjero.
change-RECIPIENT_COUNTRY_CHANGED = Un destinatario en el extranjero se encuentra ahora en otro país.
change-SAFEGUARD_REMOVED = Las transferencias a un destinatario ya no están protegidas por una garantía.
change-SAFEGUARD_ADDED = Las transferencias a un destinatario están ahora protegidas por una garantía.
change-SAFEGUARD_CHANGED = La garantía de las transferencias a un destinatario se ha sustituido por otra.
change-RECIPIENT_UNBOUND = Un destinatario ya no está vinculado por la Política.
change-RECIPIENT_BOUND = Un destinatario está ahora vinculado por la Política.
change-RECIPIENT_SOLD = Las comunicaciones a un destinatario son ahora una venta, un intercambio o publicidad dirigida según la legislación de los estados de EE. UU.
change-RECIPIENT_NOT_SOLD = Las comunicaciones a un destinatario ya no son una venta, un intercambio ni publicidad dirigida según la legislación de los estados de EE. UU.
change-TRANSFER_GROUND_ADDED = Ahora se envían datos a un destinatario por un motivo por el que antes no se enviaban.
change-TRANSFER_GROUND_REMOVED = Ya no se envían datos a un destinatario por un motivo, en todo o en parte.
change-TRANSFER_PURPOSES_WIDENED = Los datos enviados a un destinatario sirven ahora a más fines, o a cualquiera.
change-TRANSFER_PURPOSES_NARROWED = Los datos enviados a un destinatario sirven ahora a menos fines, o solo a los indicados.
change-TRANSFER_SOLD = Los datos enviados a un destinatario son ahora una venta, un intercambio o publicidad dirigida según la legislación de los estados de EE. UU.
change-TRANSFER_NOT_SOLD = Los datos enviados a un destinatario ya no son una venta, un intercambio ni publicidad dirigida según la legislación de los estados de EE. UU.
change-TRANSFER_INTEREST_CHANGED = Se ha reformulado el interés legítimo que se persigue al enviar datos a un destinatario.
change-RETENTION_UNSTATED = Ya no se indica cuánto tiempo se conserva una categoría de datos.
change-RETENTION_STATED = Ahora se indica cuánto tiempo se conserva una categoría de datos.
change-RETENTION_EXTENDED = Una categoría de datos se conserva más tiempo.
change-RETENTION_SHORTENED = Una categoría de datos se conserva menos tiempo.
change-RETENTION_RESTATED = Cuánto tiempo se conserva una categoría de datos se indica de otra manera, con el mismo alcance.
change-RETENTION_RULE_LOOSENED = Con plazos alternativos, una categoría de datos se conserva ahora hasta que termina el último, no el primero.
change-RETENTION_RULE_TIGHTENED = Con plazos alternativos, la conservación de una categoría de datos termina ahora con el primero, no con el último.
change-RIGHT_REMOVED =
    { $voice ->
        [we] Usted ya no tiene un derecho.
       *[third] El interesado ya no tiene un derecho.
    }
change-RIGHT_ADDED =
    { $voice ->
        [we] Usted tiene ahora un derecho.
       *[third] El interesado tiene ahora un derecho.
    }
change-RIGHT_CHANNEL_ADDED = Un derecho puede ejercerse ahora por otro medio.
change-RIGHT_CHANNEL_REMOVED = Un derecho ya no puede ejercerse por un medio.
change-RIGHT_SLOWER = Las solicitudes de ejercicio de un derecho se responden más tarde, o ya no dentro de un plazo indicado.
change-RIGHT_FASTER = Las solicitudes de ejercicio de un derecho se responden antes, o ahora dentro de un plazo indicado.
change-RIGHT_DEADLINE_RESTATED = El plazo de respuesta a las solicitudes relativas a un derecho se indica de otra manera, igual de largo.
change-RIGHT_ANYTIME_REMOVED = Un derecho ya no puede ejercerse en cualquier momento.
change-RIGHT_ANYTIME_ADDED = Un derecho puede ejercerse ahora en cualquier momento.
change-OBLIGATION_ADDED =
    { $voice ->
        [we] Usted tiene una nueva obligación.
       *[third] El interesado tiene una nueva obligación.
    }
change-OBLIGATION_REMOVED =
    { $voice ->
        [we] Se ha suprimido una de sus obligaciones.
       *[third] Se ha suprimido una obligación del interesado.
    }
change-OBLIGATION_REWORDED =
    { $voice ->
        [we] Sus obligaciones están redactadas de otra manera.
       *[third] Las obligaciones del interesado están redactadas de otra manera.
    }
change-SECURITY_REMOVED = Se ha suprimido una medida de seguridad.
change-SECURITY_ADDED = Una nueva medida de seguridad protege los datos.
change-SECURITY_REWORDED = Una medida de seguridad se ha redactado de otra manera.
change-CHANGE_AUTHORITY_WIDENED = El responsable del tratamiento tiene ahora más libertad para modificar la Política.
change-CHANGE_AUTHORITY_NARROWED = El responsable del tratamiento tiene ahora menos libertad para modificar la Política.
change-CHANGE_AUTHORITY_RESTATED = Quién puede modificar la Política se ha sustituido por una indicación equivalente.
change-NOTIFY_REMOVED =
    { $voice ->
        [we] Ya no se le informa de los cambios por algún medio.
       *[third] Los usuarios ya no son informados de los cambios por algún medio.
    }
change-NOTIFY_ADDED =
    { $voice ->
        [we] Ahora se le informa de los cambios también por otro medio.
       *[third] Los usuarios son informados ahora de los cambios también por otro medio.
    }
change-NOTICE_SHORTENED = El preaviso de un cambio es más corto, o ya no se indica.
change-NOTICE_LENGTHENED = El preaviso de un cambio es más largo, o ahora se indica.
change-NOTICE_RESTATED = El preaviso de un cambio se indica de otra manera, igual de largo.
change-TAKES_EFFECT_SOONER = Una nueva versión entra ahora en vigor antes, por ejemplo con su publicación.
change-TAKES_EFFECT_LATER = Una nueva versión entra ahora en vigor más tarde, por ejemplo tras el plazo de preaviso.
change-TAKES_EFFECT_RESTATED = Cuándo entra en vigor una nueva versión se ha sustituido por una indicación equivalente.
change-CLAUSE_ADDED = Se ha añadido una cláusula libre.
change-CLAUSE_REMOVED = Se ha suprimido una cláusula libre.
change-CLAUSE_MOVED = Una cláusula libre figura ahora en otra sección del texto.
change-CLAUSE_REWORDED = Algunas otras disposiciones están redactadas de otra manera.
change-POLICY_RESTATED = La Política se ha reordenado o reagrupado sin cambiar lo que dice.
change-GROUND_UNSTATED = Los datos enviados a un destinatario por motivos indicados se envían ahora sin un motivo indicado.
change-GROUND_STATED = Los datos enviados a un destinatario sin un motivo indicado se envían ahora solo por motivos indicados.
change-TRACKER_ADDED =
    { $voice ->
        [we] Una nueva cookie o tecnología similar almacena información en su dispositivo o accede a ella.
       *[third] Una nueva cookie o tecnología similar almacena información en el dispositivo del interesado o accede a ella.
    }
change-TRACKER_REMOVED = Una cookie o tecnología similar ya no se utiliza.
change-TRACKER_WIDENED =
    { $voice ->
        [we] Un rastreador llega más lejos: una categoría más alejada de lo que usted ha solicitado, un tercero en lugar de nosotros, una vida útil más larga, más datos recogidos, más fines, u otro proveedor.
       *[third] Un rastreador llega más lejos: una categoría más alejada de lo que el interesado ha solicitado, un tercero en lugar del responsable del tratamiento, una vida útil más larga, más datos recogidos, más fines, u otro proveedor.
    }
change-TRACKER_NARROWED =
    { $voice ->
        [we] Un rastreador llega menos lejos: una categoría más cercana a lo que usted ha solicitado, nosotros en lugar de un tercero, una vida útil más corta, menos datos recogidos o menos fines.
       *[third] Un rastreador llega menos lejos: una categoría más cercana a lo que el interesado ha solicitado, el responsable del tratamiento en lugar de un tercero, una vida útil más corta, menos datos recogidos o menos fines.
    }
change-SIGNAL_NO_LONGER_HONOURED = Una señal de privacidad del navegador, como Do Not Track o Global Privacy Control, que se respetaba ya no se respeta, o ya no se dice que se respete.
change-SIGNAL_HONOURED = Una señal de privacidad del navegador, como Do Not Track o Global Privacy Control, se respeta ahora.
change-SIGNAL_STANCE_STATED = La Política dice ahora, o ya no dice, que no responde a una señal de privacidad del navegador.
change-TRACKER_RESTATED = La etiqueta, la descripción o la tecnología de un rastreador se han redactado de otra manera sin que llegue más lejos.
change-MECHANISM_REMOVED = Las transferencias a un destinatario ya no se basan en una decisión de adecuación ni en garantías adecuadas.
change-MECHANISM_ADDED = Las transferencias a un destinatario se basan ahora en una decisión de adecuación o en garantías adecuadas.
change-MECHANISM_CHANGED = Las transferencias a un destinatario se basan en otro mecanismo igual de protector, o ha cambiado dónde obtener una copia.
change-CHILDREN_STANCE_DROPPED = La Política ya no indica su postura respecto de los niños, ni los límites y derechos de los padres que indicaba.
change-CHILDREN_STANCE_STATED = La Política indica ahora su postura respecto de los niños.
change-CHILDREN_AUDIENCE_WIDENED = El servicio se dirige ahora a más niños: a un público general que los incluye, o a niños.
change-CHILDREN_AUDIENCE_NARROWED = El servicio se dirige ahora a menos niños: a un público general, o a uno que solo los incluye.
change-CHILDREN_MINIMUM_AGE_LOWERED = Personas más jóvenes pueden usar ahora el servicio por sí solas: la edad mínima es más baja, o ya no se indica.
change-CHILDREN_MINIMUM_AGE_RAISED = La edad mínima es más alta, o ahora se indica.
change-CHILDREN_KNOWINGLY_COLLECTED = La Política dice ahora que se recogen a sabiendas datos de niños, o ya no dice que no se recojan.
change-CHILDREN_NOT_KNOWINGLY_COLLECTED = La Política dice ahora que no se recogen a sabiendas datos de niños, o ya no dice que se recojan.
change-CHILDREN_PARENTAL_CONSENT_DROPPED = La Política ya no indica cómo se obtiene el consentimiento de un progenitor.
change-CHILDREN_PARENTAL_CONSENT_STATED = La Política indica ahora cómo se obtiene el consentimiento de un progenitor.
change-CHILDREN_PARENTAL_CONSENT_CHANGED = La forma de obtener el consentimiento de un progenitor se describe con otras palabras; el sentido de un texto libre no se comprueba.
change-CHILDREN_SALE_OPT_IN_CHANGED = La forma de obtener la autorización para vender o compartir la información de un consumidor menor de 16 años se ha indicado, redactado de otra manera o suprimido; el sentido de un texto libre no se comprueba.
change-PARENT_RIGHT_REMOVED = Un progenitor ya no puede revisar los datos de su hijo, hacer que se supriman ni negarse a que se sigan recogiendo.
change-PARENT_RIGHT_ADDED = Un progenitor puede ahora revisar los datos de su hijo, hacer que se supriman o negarse a que se sigan recogiendo.
change-DECISION_ADDED =
    { $voice ->
        [we] Una nueva decisión sobre usted se basa únicamente en el tratamiento automatizado.
       *[third] Una nueva decisión sobre el interesado se basa únicamente en el tratamiento automatizado.
    }
change-DECISION_REMOVED =
    { $voice ->
        [we] Una decisión sobre usted ya no se basa únicamente en el tratamiento automatizado.
       *[third] Una decisión sobre el interesado ya no se basa únicamente en el tratamiento automatizado.
    }
change-DECISION_WIDENED = Una decisión automatizada utiliza más datos.
change-DECISION_NARROWED = Una decisión automatizada utiliza menos datos.
change-DECISION_BASIS_LOOSENED =
    { $voice ->
        [we] Una decisión automatizada se basa ahora en una base que le deja a usted menos voz: un contrato en lugar del consentimiento explícito, o una ley en lugar de cualquiera de ellos.
       *[third] Una decisión automatizada se basa ahora en una base que deja al interesado menos voz: un contrato en lugar del consentimiento explícito, o una ley en lugar de cualquiera de ellos.
    }
change-DECISION_BASIS_TIGHTENED =
    { $voice ->
        [we] Una decisión automatizada se basa ahora en una base que le deja a usted más voz: el consentimiento explícito en lugar de un contrato o una ley, o un contrato en lugar de una ley.
       *[third] Una decisión automatizada se basa ahora en una base que deja al interesado más voz: el consentimiento explícito en lugar de un contrato o una ley, o un contrato en lugar de una ley.
    }
change-DECISION_SAFEGUARD_REMOVED = Una garantía frente a una decisión automatizada, como la intervención humana, expresar el propio punto de vista o impugnar la decisión, ya no se indica.
change-DECISION_SAFEGUARD_ADDED = Una garantía frente a una decisión automatizada, como la intervención humana, expresar el propio punto de vista o impugnar la decisión, se indica ahora.
change-DECISION_RESTATED = La etiqueta, la descripción, la lógica o la importancia de una decisión automatizada, o la ley citada, se han redactado de otra manera.
change-NO_DECISIONS_WITHDRAWN = La Política ya no indica que ninguna decisión se basa únicamente en el tratamiento automatizado.
change-NO_DECISIONS_STATED = La Política indica ahora que ninguna decisión se basa únicamente en el tratamiento automatizado.
change-COMMITMENT_REMOVED = Un compromiso, como no vender ni compartir nunca los datos o no transferirlos fuera de una zona, ya no se asume.
change-COMMITMENT_ADDED = Un compromiso, como no vender ni compartir nunca los datos o no transferirlos fuera de una zona, se asume ahora.
change-DATA_SOURCE_ADDED = Una categoría de datos se obtiene ahora también de otra fuente, o de una fuente nombrada de nuevo.
change-DATA_SOURCE_REMOVED = Una categoría de datos ya no se obtiene de una de sus fuentes.
change-COMBINATION_ADDED = Ahora se combinan conjuntos de datos.
change-COMBINATION_REMOVED = Ya no se combinan conjuntos de datos.
change-COMBINATION_RESTATED = El motivo por el que se combinan conjuntos de datos se ha redactado de otra manera.
change-SECURITY_MEASURE_REMOVED = Una medida de seguridad ya no se indica.
change-SECURITY_MEASURE_ADDED = Una medida de seguridad se indica ahora.
change-BREACH_NOTIFICATION_REMOVED = El compromiso de notificar una violación de la seguridad de los datos personales ya no se asume, o se asume con otro plazo.
change-BREACH_NOTIFICATION_ADDED = El compromiso de notificar una violación de la seguridad de los datos personales se asume ahora, o se asume con otro plazo.
change-CLAUSE_TO_TERMS = Algunas disposiciones que son estipulaciones contractuales ya no se reproducen aquí; figuran en las Condiciones.
change-CLAUSE_FROM_TERMS = Algunas disposiciones que figuraban en las Condiciones se reproducen ahora aquí.
change-RIGHT_EXPLAINED =
    { $voice ->
        [we] Un derecho que la ley ya le concede se explica ahora junto con la forma de ejercerlo.
       *[third] Un derecho que la ley ya concede al interesado se explica ahora junto con la forma de ejercerlo.
    }
change-RIGHT_STATED_BY_DEFAULT = Un derecho se enuncia ahora tal como lo concede la ley, sin condiciones propias.
change-RIGHT_NOT_APPLICABLE = La política indica ahora por qué no se aplica un derecho que concede la ley.
change-RIGHT_APPLICABLE = Un derecho que según la política no se aplicaba vuelve a enunciarse.

# rights

## Un derecho que el autor declara no aplicable
## (`right KIND not_applicable "reason"`): $text0 es el motivo.
user-not-applicable = Este derecho no es aplicable: { $text0 }

# parties

## The lead supervisory authority (`lead_authority "…"` in the controller
## block, GDPR Art. 56): $text0 is its name, as the author wrote it.
contact-lead-authority =
    { $voice ->
        [we] Nuestra autoridad de control principal: { $text0 }
       *[third] Autoridad de control principal de { $controller }: { $text0 }
    }

## A joint controller named in the header (`joint_controller "…"`, GDPR
## Art. 26): $text0 is its name, $text1 its address, country or the
## essence of the arrangement, as the author wrote them.
contact-joint-controller =
    { $voice ->
        [we] Decidimos junto con { $text0 } los fines y medios del tratamiento de su información: somos corresponsables del tratamiento.
       *[third] { $controller } { $controllers ->
                [several] deciden
               *[one] decide
            } junto con { $text0 } los fines y medios del tratamiento: son corresponsables del tratamiento.
    }
contact-joint-controller-address = Dirección postal de { $text0 }: { $text1 }
contact-joint-controller-country = País de establecimiento de { $text0 }: { $text1 }
contact-joint-arrangement =
    { $voice ->
        [we] Los aspectos esenciales del acuerdo entre nosotros y { $text0 }: { $text1 }
       *[third] Los aspectos esenciales del acuerdo entre { $controller } y { $text0 }: { $text1 }
    }
change-JOINT_CONTROLLER_ADDED = Otra empresa decide ahora junto con el responsable los fines y medios del tratamiento.
change-JOINT_CONTROLLER_REMOVED = Una empresa ya no decide junto con el responsable los fines y medios del tratamiento.
## The layered summary's line on who is responsible, when the header
## names joint controllers: $text0 lists their names.
summary-who-joint =
    { $voice ->
        [we] Decidimos junto con { $text0 } los fines y medios del tratamiento, como corresponsables.
       *[third] { $controller } { $controllers ->
                [several] deciden
               *[one] decide
            } junto con { $text0 } los fines y medios del tratamiento, como corresponsables.
    }

# retention

## Conservación (render/processing.rs): qué ocurre con la información cuando
## terminan sus plazos ($text0), antes de los datos que nombra ($text1);
## después, cuánto tiempo quedan copias en las copias de seguridad ($duration).
retention-kept-delete = La siguiente información se conserva { $text0 } y después se suprime: { $text1 }
retention-kept-anonymise = La siguiente información se conserva { $text0 } y después se anonimiza: { $text1 }
retention-backups = Las copias de esta información en las copias de seguridad se conservan hasta { $duration } más.

## El aviso de cambios: qué ocurre al final de la conservación, y las copias de seguridad.
change-RETENTION_END_ANONYMISED = Una categoría de datos se anonimiza ahora cuando termina su conservación, cuando antes se suprimía.
change-RETENTION_END_DELETED = Una categoría de datos se suprime ahora cuando termina su conservación, cuando antes se anonimizaba.
change-BACKUPS_EXTENDED = Las copias de una categoría de datos permanecen ahora más tiempo en las copias de seguridad después de que termine su conservación.
change-BACKUPS_SHORTENED = Las copias de una categoría de datos permanecen ahora menos tiempo en las copias de seguridad después de que termine su conservación.

# sections

## El aviso de cambios: los tipos de cambio de una sección
## (`section ID "Heading" { … }`).
change-SECTION_ADDED = Se ha añadido al texto una sección con un título propio.
change-SECTION_REMOVED = Se ha suprimido del texto una sección con un título propio.
change-SECTION_RENAMED = Una sección del texto tiene un nuevo título.
change-SECTION_MOVED = Una sección del texto figura ahora en otro lugar.
change-SECTION_SUMMARY_CHANGED = El resumen con el que se abre una sección del texto está redactado de otra manera.

## La entrada del resumen con el que se abre una sección (`summary "…"`),
## antes de las palabras del autor.
section-summary-lead = En resumen:

# jurisdictions

## Las secciones para las leyes que declara `regimes` en el encabezado
## (render/jurisdictions.rs). $laws dice cuáles: `ccpa`, `states` (las
## demás leyes de los estados de EE. UU.) o `us` (ambas) en la sección de
## EE. UU.; `eu`, `uk` o `eu-uk` en la sección del EEE. $section, $purposes
## y $table son los números de las secciones a las que se remite.
section-jurisdiction-us =
    { $laws ->
        [ccpa]
            { $voice ->
                [we] Sus derechos de privacidad en California
               *[third] Derechos de privacidad en California
            }
        [states]
            { $voice ->
                [we] Sus derechos de privacidad en los estados de EE. UU.
               *[third] Derechos de privacidad en los estados de EE. UU.
            }
       *[us]
            { $voice ->
                [we] Sus derechos de privacidad en California y otros estados de EE. UU.
               *[third] Derechos de privacidad en California y otros estados de EE. UU.
            }
    }
section-jurisdiction-eea =
    { $laws ->
        [eu] Para usuarios en el EEE
        [uk] Para usuarios en el Reino Unido
       *[eu-uk] Para usuarios en el EEE y el Reino Unido
    }
jurisdictions-us-intro =
    { $laws ->
        [ccpa] Esta sección reúne, para los residentes de California, lo que esta Política divulga conforme a la California Consumer Privacy Act.
        [states] Esta sección reúne, para los residentes de los estados de EE. UU. con una ley integral de privacidad, lo que esta Política divulga conforme a esas leyes.
       *[us] Esta sección reúne, para los residentes de California y de otros estados de EE. UU. con una ley integral de privacidad, lo que esta Política divulga conforme a sus leyes.
    }
jurisdictions-eea-intro =
    { $laws ->
        [eu] Esta sección reúne, para los usuarios en el Espacio Económico Europeo, lo que esta Política divulga conforme al RGPD.
        [uk] Esta sección reúne, para los usuarios en el Reino Unido, lo que esta Política divulga conforme al UK GDPR.
       *[eu-uk] Esta sección reúne, para los usuarios en el Espacio Económico Europeo y el Reino Unido, lo que esta Política divulga conforme al RGPD y al UK GDPR.
    }
jurisdictions-us-categories =
    { $voice ->
        [we] La tabla siguiente muestra cada categoría de información personal que recogemos, para qué se usa, a quién se divulga y cuánto tiempo se conserva. De dónde procede cada una figura en la sección { $section }.
       *[third] La tabla siguiente muestra cada categoría de información personal recogida, para qué se usa, a quién se divulga y cuánto tiempo se conserva. De dónde procede cada una figura en la sección { $section }.
    }
jurisdictions-column-category = Categoría
jurisdictions-column-purposes = Usada para
jurisdictions-column-recipients = Divulgada a
jurisdictions-column-kept = Conservada
jurisdictions-us-statutory =
    { $voice ->
        [we] La tabla siguiente muestra las categorías de información personal que recogemos, en los términos de la ley de California (Cal. Civ. Code §1798.140(v)(1)), con la información de cada una (sección { $section }), de dónde procede, para qué se usa, a quién se divulga con un fin comercial, a quién se vende y con quién se comparte.
       *[third] La tabla siguiente muestra las categorías de información personal recogida, en los términos de la ley de California (Cal. Civ. Code §1798.140(v)(1)), con la información de cada una (sección { $section }), de dónde procede, para qué se usa, a quién se divulga con un fin comercial, a quién se vende y con quién se comparte.
    }
jurisdictions-us-statutory-kept = Cuánto tiempo se conserva cada una figura en la sección { $section }.
jurisdictions-column-statutory = Categoría de información personal
jurisdictions-column-members = Información incluida
jurisdictions-column-sources = Fuentes
jurisdictions-column-business-purpose = Divulgada con un fin comercial a
jurisdictions-column-sold = Vendida a
jurisdictions-column-shared = Compartida con
jurisdictions-source-user =
    { $voice ->
        [we] usted
       *[third] el Usuario
    }
jurisdictions-source-device =
    { $voice ->
        [we] su dispositivo
       *[third] el dispositivo del Usuario
    }
jurisdictions-source-derived =
    { $voice ->
        [we] deducida por nosotros de otra información
       *[third] deducida de otra información
    }
jurisdictions-source-third_party = terceros
jurisdictions-source-third_party-named = { $text0 }
jurisdictions-source-publicly_available = fuentes de acceso público
jurisdictions-source-publicly_available-named = { $text0 } (de acceso público)
jurisdictions-us-sale = Se vende información personal a los siguientes destinatarios (sección { $section }):
jurisdictions-us-share-and-targeted = Se comparte información personal para publicidad conductual entre contextos con los siguientes destinatarios, y se les divulga para publicidad dirigida (sección { $section }):
jurisdictions-us-share = Se comparte información personal para publicidad conductual entre contextos con los siguientes destinatarios (sección { $section }):
jurisdictions-us-targeted_advertising = Se divulga información personal para publicidad dirigida a los siguientes destinatarios (sección { $section }):
jurisdictions-us-opt-out-lead = Oponerse a la venta y al intercambio.
jurisdictions-us-opt-out =
    { $voice ->
        [we] Puede oponerse a la venta y al intercambio de su información personal (sección { $section }).
       *[third] El interesado puede oponerse a la venta y al intercambio de su información personal (sección { $section }).
    }
jurisdictions-us-link = El enlace «No vender ni compartir mi información personal» al principio de esta Política lleva a { $text0 }.
jurisdictions-us-link-same = El enlace «No vender ni compartir mi información personal» al principio de esta Política lleva a la misma página.
jurisdictions-us-gpc-honoured =
    { $voice ->
        [we] Tratamos una señal Global Privacy Control de su navegador como una solicitud de oposición a la venta y al intercambio de su información personal.
       *[third] Una señal Global Privacy Control del navegador del interesado se trata como una solicitud de oposición a la venta y al intercambio de su información personal.
    }
jurisdictions-us-gpc-ignored = Una señal Global Privacy Control no se trata como una solicitud de oposición a la venta o al intercambio.
jurisdictions-us-sensitive = De la información personal recogida, la siguiente es información personal sensible: { $text0 }.
jurisdictions-us-limit =
    { $voice ->
        [we] Puede limitar el uso que hacemos de ella (sección { $section }).
       *[third] El interesado puede limitar su uso (sección { $section }).
    }
jurisdictions-rights =
    { $voice ->
        [we] Sus derechos
       *[third] Los derechos del interesado
    } conforme { $laws ->
        [ccpa] a la California Consumer Privacy Act
        [states] a esas leyes
        [us] a esas leyes
        [eu] al RGPD
        [uk] al UK GDPR
       *[eu-uk] al RGPD y al UK GDPR
    }, descritos en la sección { $section }:
jurisdictions-eea-parties = Quién es responsable del tratamiento y a quién dirigirse (sección { $section }):
jurisdictions-eea-controller = El responsable del tratamiento: { $text0 }
jurisdictions-eea-joint-controller = Un corresponsable del tratamiento: { $text0 }
jurisdictions-eea-dpo = El delegado de protección de datos: { $text0 }
jurisdictions-eea-eu-representative = El representante en la Unión Europea: { $text0 }
jurisdictions-eea-uk-representative = El representante en el Reino Unido: { $text0 }
jurisdictions-eea-lead-authority = La autoridad de control principal: { $text0 }
jurisdictions-eea-bases = La base jurídica de cada finalidad se indica junto a la finalidad en la sección { $purposes } y en la tabla de la sección { $table }.
jurisdictions-eea-transfers = Transferencias a destinatarios en el extranjero, dónde está cada destinatario y en qué se basa la transferencia (sección { $section }):
jurisdictions-eea-decisions =
    { $voice ->
        [we] Decisiones basadas únicamente en el tratamiento automatizado y sus derechos al respecto (sección { $section }):
       *[third] Decisiones basadas únicamente en el tratamiento automatizado y los derechos del interesado al respecto (sección { $section }):
    }

# retention2

## Conservación (render/processing.rs): un plazo determinado por criterios
## (`retain DATA criteria "…"`), como final de «se conservan …»; luego los
## criterios mismos, en palabras del autor ($text0).
period-criteria = durante un plazo determinado por criterios
## A cap on a retention by criteria (`at_most 90 days from collection`),
## after `period-criteria`; $event is an `event-from-…` word, $text0 the
## policy's own event.
period-cap-event = , y como máximo { $duration } { $event }
period-cap = , y como máximo { $duration } desde { $text0 }
retention-criteria = Los criterios que determinan este plazo: { $text0 }

## El aviso de cambios: conservación según criterios.
change-RETENTION_CRITERIA_ADDED = Una categoría de datos se conserva ahora durante un plazo determinado por criterios, cuando antes se indicaba un plazo.
change-RETENTION_CRITERIA_REMOVED = Una categoría de datos se conserva ahora durante un plazo indicado, cuando antes lo determinaban criterios.
change-RETENTION_CAPPED = Una categoría de datos conservada durante un plazo determinado por criterios se conserva ahora como máximo hasta un límite.
change-RETENTION_UNCAPPED = Una categoría de datos conservada durante un plazo determinado por criterios ya no está sujeta a un límite.
change-RETENTION_CRITERIA_CHANGED = Los criterios que determinan cuánto tiempo se conserva una categoría de datos están redactados de otra manera.

## El resumen y la tabla por finalidad (render/summary.rs,
## render/table.rs): tras los plazos de una conservación, qué ocurre al
## final y cuánto tiempo quedan copias en las copias de seguridad
## ($duration), en breve.
kept-then-delete = y después se suprime
kept-then-anonymise = y después se anonimiza
kept-backups = (copias en las copias de seguridad: hasta { $duration } más)

## Conservación propia de finalidades (`retain DATA when_used_for PURPOSE …`,
## render/processing.rs): $text0 los plazos, $text1 los datos, $text2 las
## etiquetas de las finalidades; luego, en el resumen, tras los datos.
retention-purpose-kept = Cuando se utiliza a efectos de { $text2 }, la siguiente información se conserva { $text0 }: { $text1 }
retention-purpose-kept-delete = Cuando se utiliza a efectos de { $text2 }, la siguiente información se conserva { $text0 } y después se suprime: { $text1 }
retention-purpose-kept-anonymise = Cuando se utiliza a efectos de { $text2 }, la siguiente información se conserva { $text0 } y después se anonimiza: { $text1 }
kept-when-used-for = cuando se utiliza a efectos de { $text0 }

## El aviso de cambios: conservación propia de una finalidad.
change-RETENTION_FOR_PURPOSE_EXTENDED = Los datos utilizados para una finalidad se conservan durante más tiempo.
change-RETENTION_FOR_PURPOSE_SHORTENED = Los datos utilizados para una finalidad se conservan durante menos tiempo.
change-RETENTION_FOR_PURPOSE_RESTATED = El tiempo que se conservan los datos utilizados para una finalidad se indica de otra manera, con el mismo alcance.

# notice-channels
notice-right-channel-added =
    { $voice ->
        [we] Ahora también puede ejercer su { $text0 } a través de { $text1 }.
       *[third] El Usuario ahora también puede ejercer su { $text0 } a través de { $text1 }.
    }
notice-right-channel-removed =
    { $voice ->
        [we] Ya no puede ejercer su { $text0 } a través de { $text1 }.
       *[third] El Usuario ya no puede ejercer su { $text0 } a través de { $text1 }.
    }
notice-required-by =
    { $voice ->
        [we] Ahora indicamos qué ocurre si no proporciona { $text0 }: { $text1 }.
       *[third] La política indica ahora qué ocurre si el Usuario no proporciona { $text0 }: { $text1 }.
    }

## Un enlace al principio de la política (la exclusión de la venta y el
## intercambio, la limitación de la información confidencial): indicado ($stated
## new), cambiado (both) o suprimido (old); $text0 el enlace con su título y dirección.
notice-top-link =
    { $stated ->
        [old]
            { $voice ->
                [we] Ya no damos este enlace al principio de la política: { $text0 }
               *[third] La política ya no da este enlace al principio: { $text0 }
            }
        [both]
            { $voice ->
                [we] El enlace al principio de la política es ahora: { $text0 }
               *[third] El enlace al principio de la política es ahora: { $text0 }
            }
       *[new]
            { $voice ->
                [we] Ahora damos este enlace al principio de la política: { $text0 }
               *[third] La política da ahora este enlace al principio: { $text0 }
            }
    }

## Los datos de contacto del delegado de protección de datos ($of dpo) o del
## representante en la UE ($of eu) o en el Reino Unido ($of uk): dados ($stated
## new), otros (both) o ya no dados (old); $text0 entre comillas.
notice-officer =
    { $of ->
        [eu]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Ya no nombramos a nuestro representante en la UE; nombrábamos: { $text0 }
                       *[third] La política ya no nombra al representante del responsable del tratamiento en la UE; nombraba: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Nuestro representante en la UE es ahora: { $text0 }
                       *[third] El representante del responsable del tratamiento en la UE es ahora: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Ahora nombramos a nuestro representante en la UE: { $text0 }
                       *[third] La política nombra ahora al representante del responsable del tratamiento en la UE: { $text0 }
                    }
            }
        [uk]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Ya no nombramos a nuestro representante en el Reino Unido; nombrábamos: { $text0 }
                       *[third] La política ya no nombra al representante del responsable del tratamiento en el Reino Unido; nombraba: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Nuestro representante en el Reino Unido es ahora: { $text0 }
                       *[third] El representante del responsable del tratamiento en el Reino Unido es ahora: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Ahora nombramos a nuestro representante en el Reino Unido: { $text0 }
                       *[third] La política nombra ahora al representante del responsable del tratamiento en el Reino Unido: { $text0 }
                    }
            }
       *[dpo]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Ya no damos los datos de contacto de nuestro delegado de protección de datos; dábamos: { $text0 }
                       *[third] La política ya no da los datos de contacto del delegado de protección de datos del responsable del tratamiento; daba: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Los datos de contacto de nuestro delegado de protección de datos son ahora: { $text0 }
                       *[third] Los datos de contacto del delegado de protección de datos del responsable del tratamiento son ahora: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Ahora damos los datos de contacto de nuestro delegado de protección de datos: { $text0 }
                       *[third] La política da ahora los datos de contacto del delegado de protección de datos del responsable del tratamiento: { $text0 }
                    }
            }
    }

## Cómo se verifica una solicitud ($of verification) o la presenta un agente
## autorizado ($of agents): indicado ($stated new), redactado de otro modo (both)
## o suprimido (old); $text0 la disposición entre comillas.
notice-request-handling =
    { $of ->
        [agents]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Ya no indicamos cómo un agente autorizado presenta una solicitud en su nombre; indicábamos: { $text0 }
                       *[third] La política ya no indica cómo un agente autorizado presenta una solicitud en nombre del Usuario; indicaba: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Ahora indicamos de otro modo cómo un agente autorizado presenta una solicitud en su nombre: { $text0 }
                       *[third] La política indica ahora de otro modo cómo un agente autorizado presenta una solicitud en nombre del Usuario: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Ahora indicamos cómo un agente autorizado presenta una solicitud en su nombre: { $text0 }
                       *[third] La política indica ahora cómo un agente autorizado presenta una solicitud en nombre del Usuario: { $text0 }
                    }
            }
       *[verification]
            { $stated ->
                [old]
                    { $voice ->
                        [we] Ya no indicamos cómo verificamos su solicitud; indicábamos: { $text0 }
                       *[third] La política ya no indica cómo se verifica una solicitud del Usuario; indicaba: { $text0 }
                    }
                [both]
                    { $voice ->
                        [we] Ahora indicamos de otro modo cómo verificamos su solicitud: { $text0 }
                       *[third] La política indica ahora de otro modo cómo se verifica una solicitud del Usuario: { $text0 }
                    }
               *[new]
                    { $voice ->
                        [we] Ahora indicamos cómo verificamos su solicitud: { $text0 }
                       *[third] La política indica ahora cómo se verifica una solicitud del Usuario: { $text0 }
                    }
            }
    }

# notice-own-words
## Las palabras propias del aviso de cambios para lo que el interesado gana
## o pierde. $text0 es una etiqueta entre comillas, salvo que se diga otra cosa.
## $text1 es la categoría entera; $requirement "required" u "optional".
notice-data-part =
    { $requirement ->
        [required]
            { $voice ->
                [we] { $text0 } forma parte de { $text1 }, que ya recogemos; ahora se nombra por separado, y usted debe facilitarlo.
               *[third]
                    { $controllers ->
                        [several] { $text0 } forma parte de { $text1 }, que { $controller } ya recogen; ahora se nombra por separado, y el interesado debe facilitarlo.
                       *[one] { $text0 } forma parte de { $text1 }, que { $controller } ya recoge; ahora se nombra por separado, y el interesado debe facilitarlo.
                    }
            }
       *[optional]
            { $voice ->
                [we] { $text0 } forma parte de { $text1 }, que ya recogemos; ahora se nombra por separado, y usted es libre de no facilitarlo.
               *[third]
                    { $controllers ->
                        [several] { $text0 } forma parte de { $text1 }, que { $controller } ya recogen; ahora se nombra por separado, y el interesado es libre de no facilitarlo.
                       *[one] { $text0 } forma parte de { $text1 }, que { $controller } ya recoge; ahora se nombra por separado, y el interesado es libre de no facilitarlo.
                    }
            }
    }
## Una parte que ya no se nombra por separado, cuyo conjunto se sigue
## recogiendo: $text0 la parte, $text1 el conjunto, cada uno entre comillas.
notice-data-part-dropped =
    { $voice ->
        [we] { $text0 } ya no se nombra por separado: forma parte de { $text1 }, que seguimos recogiendo.
       *[third]
            { $controllers ->
                [several] { $text0 } ya no se nombra por separado: forma parte de { $text1 }, que { $controller } siguen recogiendo.
               *[one] { $text0 } ya no se nombra por separado: forma parte de { $text1 }, que { $controller } sigue recogiendo.
            }
    }
notice-direct-marketing-removed =
    { $voice ->
        [we] Ya no tratamos { $text0 } como mercadotecnia directa: su oposición ya no la detiene en todos los casos.
       *[third]
            { $controllers ->
                [several] { $controller } ya no tratan { $text0 } como mercadotecnia directa: la oposición del interesado ya no la detiene en todos los casos.
               *[one] { $controller } ya no trata { $text0 } como mercadotecnia directa: la oposición del interesado ya no la detiene en todos los casos.
            }
    }
## $text1 es la circunstancia del art. 9.2 en las palabras del texto.
notice-permitted-use = El uso de información personal sensible para { $text0 } es ahora uno que la ley de California permite sin un derecho a limitarlo: para { $text1 }. Una solicitud de limitar el uso de la información personal sensible ya no lo detiene.
notice-permitted-use-removed = El uso de información personal sensible para { $text0 } ya no es uno que la ley de California permite sin un derecho a limitarlo: una solicitud de limitar el uso de la información personal sensible ahora lo detiene.
notice-permitted-use-changed = El uso de información personal sensible para { $text0 } lo permite ahora la ley de California sin un derecho a limitarlo por otro motivo: para { $text1 }.
notice-permitted-use-stated = Ahora se indica que el uso de información personal sensible para { $text0 } lo permite la ley de California sin un derecho a limitarlo: para { $text1 }.
notice-permitted-use-dropped = Ya no se indica que el uso de información personal sensible para { $text0 } lo permite la ley de California sin un derecho a limitarlo.
notice-special-condition-loosened =
    { $voice ->
        [we] Para { $text0 }, ya no necesitamos su consentimiento explícito para tratar categorías especiales de datos personales; la circunstancia es ahora: { $text1 }.
       *[third]
            { $controllers ->
                [several] Para { $text0 }, { $controller } ya no necesitan el consentimiento explícito del interesado para tratar categorías especiales de datos personales; la circunstancia es ahora: { $text1 }.
               *[one] Para { $text0 }, { $controller } ya no necesita el consentimiento explícito del interesado para tratar categorías especiales de datos personales; la circunstancia es ahora: { $text1 }.
            }
    }
notice-special-condition-tightened =
    { $voice ->
        [we] Para { $text0 }, ahora tratamos categorías especiales de datos personales solo con su consentimiento explícito.
       *[third]
            { $controllers ->
                [several] Para { $text0 }, { $controller } ahora tratan categorías especiales de datos personales solo con el consentimiento explícito del interesado.
               *[one] Para { $text0 }, { $controller } ahora trata categorías especiales de datos personales solo con el consentimiento explícito del interesado.
            }
    }
notice-special-condition-changed = Para { $text0 }, la circunstancia para tratar categorías especiales de datos personales es ahora: { $text1 }.
## $text0 la circunstancia, $text1 la ley que el fin nombra.
notice-special-condition-law = { $text0 }, según lo previsto en { $text1 }
## $text1 las categorías que recibe; $data "yes" cuando se le envía alguna.
notice-recipient-added =
    { $data ->
        [yes]
            { $voice ->
                [we] { $text0 } ahora recibe de nosotros { $text1 }.
               *[third] { $text0 } ahora recibe de { $controller } { $text1 }.
            }
       *[no]
            { $voice ->
                [we] { $text0 } está ahora entre los destinatarios de sus datos.
               *[third] { $text0 } está ahora entre los destinatarios de los datos del interesado.
            }
    }
## $text0 los motivos (recipient-when, unidos con "o").
notice-transfer-when = , { $text0 }
## $text0 los datos, $text1 el destinatario, $text2 notice-transfer-when o
## nada; $also "yes" cuando los datos ya se enviaban por otros motivos.
notice-transfer-added =
    { $also ->
        [yes]
            { $voice ->
                [we] Ahora también enviamos { $text0 } a { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } ahora también envían { $text0 } a { $text1 }{ $text2 }.
                       *[one] { $controller } ahora también envía { $text0 } a { $text1 }{ $text2 }.
                    }
            }
       *[no]
            { $voice ->
                [we] Ahora enviamos { $text0 } a { $text1 }{ $text2 }.
               *[third]
                    { $controllers ->
                        [several] { $controller } ahora envían { $text0 } a { $text1 }{ $text2 }.
                       *[one] { $controller } ahora envía { $text0 } a { $text1 }{ $text2 }.
                    }
            }
    }
## $text1 lo que ahora son las comunicaciones (disclosure-*, unidas con "y").
notice-recipient-sold =
    { $voice ->
        [we] Comunicar sus datos personales a { $text0 } es ahora { $text1 } según las leyes de privacidad de los estados de EE. UU.
       *[third] Comunicar los datos personales del interesado a { $text0 } es ahora { $text1 } según las leyes de privacidad de los estados de EE. UU.
    }
## $text0 los datos enviados, $text1 el destinatario, $text2 lo que ahora es
## su envío (disclosure-*, unidas con "y").
notice-transfer-sold =
    { $voice ->
        [we] Enviar { $text0 } a { $text1 } es ahora { $text2 } según las leyes de privacidad de los estados de EE. UU.
       *[third] Enviar { $text0 } a { $text1 } es ahora { $text2 } según las leyes de privacidad de los estados de EE. UU.
    }
## $text0 los datos enviados, $text1 el destinatario, $text2 lo que su envío
## ya no es (disclosure-*, unidas con "y").
notice-transfer-not-sold =
    { $voice ->
        [we] Enviar { $text0 } a { $text1 } ya no es { $text2 } según las leyes de privacidad de los estados de EE. UU.
       *[third] Enviar { $text0 } a { $text1 } ya no es { $text2 } según las leyes de privacidad de los estados de EE. UU.
    }
## $text0 la frase del compromiso en la edición anterior, entre comillas.
notice-commitment-removed =
    { $voice ->
        [we] Ya no asumimos este compromiso: { $text0 }
       *[third]
            { $controllers ->
                [several] { $controller } ya no asumen este compromiso: { $text0 }
               *[one] { $controller } ya no asume este compromiso: { $text0 }
            }
    }
## $text0 el proveedor, entre comillas.
## El proveedor de un rastreador, cambiado: $text0 el nombre del rastreador,
## $text1 su proveedor ahora; $recipient yes si es un destinatario declarado.
notice-tracker-provided-by =
    { $recipient ->
        [yes]
            { $voice ->
                [we] { $text0 } ahora lo proporciona { $text1 }, uno de los destinatarios de su información que enumera la Política.
               *[third] { $text0 } ahora lo proporciona { $text1 }, uno de los destinatarios de la información del interesado que enumera la Política.
            }
       *[no] { $text0 } ahora lo proporciona { $text1 }.
    }
notice-tracker-provider = , proporcionado por { $text0 }
## $text1 notice-tracker-provider o nada, $text2 recipient-for-purposes o nada.
notice-tracker-added =
    { $voice ->
        [we] Ahora usamos { $text0 }{ $text1 }, que almacena información en su dispositivo o accede a ella{ $text2 }.
       *[third]
            { $controllers ->
                [several] { $controller } ahora usan { $text0 }{ $text1 }, que almacena información en el dispositivo del interesado o accede a ella{ $text2 }.
               *[one] { $controller } ahora usa { $text0 }{ $text1 }, que almacena información en el dispositivo del interesado o accede a ella{ $text2 }.
            }
    }
change-SPECIAL_CONDITION_LOOSENED =
    { $voice ->
        [we] Un fin trata ahora categorías especiales de datos personales sin su consentimiento explícito, que antes necesitaba.
       *[third] Un fin trata ahora categorías especiales de datos personales sin el consentimiento explícito del interesado, que antes necesitaba.
    }
change-SPECIAL_CONDITION_TIGHTENED =
    { $voice ->
        [we] Un fin trata ahora categorías especiales de datos personales solo con su consentimiento explícito.
       *[third] Un fin trata ahora categorías especiales de datos personales solo con el consentimiento explícito del interesado.
    }
change-SPECIAL_CONDITION_CHANGED = La circunstancia en la que un fin trata categorías especiales de datos personales se indica de otro modo; tampoco necesita consentimiento.
change-DATA_DETAILED = Una parte de una categoría de datos que ya se recoge se nombra ahora por separado; no se recogen datos nuevos.
change-DATA_DETAIL_DROPPED = Una parte de una categoría de datos ya no se nombra por separado; la categoría de la que forma parte se sigue recogiendo.
change-OPT_OUT_LINK_REMOVED = La Política ya no da al principio un enlace para oponerse a la venta o al intercambio de la información personal, o para limitar el uso de la información personal sensible.
change-OPT_OUT_LINK_ADDED = La Política da ahora al principio un enlace para oponerse a la venta o al intercambio de la información personal, o para limitar el uso de la información personal sensible.
change-OPT_OUT_LINK_CHANGED = Un enlace al principio de la Política para oponerse o para limitar tiene otra dirección.
change-DPO_REMOVED = La Política ya no da los datos de contacto de un delegado de protección de datos.
change-DPO_ADDED = La Política da ahora los datos de contacto de un delegado de protección de datos.
change-DPO_CHANGED = Los datos de contacto del delegado de protección de datos son otros.
change-REPRESENTATIVE_REMOVED = La Política ya no nombra al representante del responsable del tratamiento en la UE o en el Reino Unido.
change-REPRESENTATIVE_ADDED = La Política nombra ahora al representante del responsable del tratamiento en la UE o en el Reino Unido.
change-REPRESENTATIVE_CHANGED = El representante del responsable del tratamiento en la UE o en el Reino Unido se nombra con otra dirección.
# notice-reworded
## The change notice's group of free text changed (issue 18 item 8): policyc
## does not check what such a provision says, so the reader is asked to
## read each one in full. notice-reworded-now and -dropped follow the
## kind's message (change-KIND): $text0 the provisions' texts, whole, each
## in quotes.
notice-reworded =
    { $voice ->
        [we] Hemos redactado de nuevo estas disposiciones; léalas completas
       *[third] Estas disposiciones se han redactado de nuevo; léalas completas
    }
notice-reworded-now = En la nueva edición: { $text0 }
notice-reworded-dropped = Ya no figura: { $text0 }
## $text0 the old label, $text1 the new one, each in quotes.
notice-reworded-label = { $text0 } ahora se llama { $text1 }.
notice-reworded-tracker = Lo que la política dice de { $text0 } está redactado de otra manera.
# notice-details
## The change notice's own words for a change of one detail, naming what
## changes and its values (issue 18 item 8). $text0 is a label in quotes
## unless said otherwise.
## $text1 how long the tracker lasts now, $text2 before (a duration,
## notice-tracker-session or notice-tracker-no-lifetime).
notice-tracker-lifetime = Duración de { $text0 }: ahora { $text1 }; antes, { $text2 }.
notice-tracker-session = hasta que se cierra el navegador o la aplicación
notice-tracker-no-lifetime = un tiempo que la política no indica
## $text1 the category now, $text2 before, each in quotes.
notice-tracker-category = { $text0 } pertenece ahora a la categoría { $text1 } en lugar de { $text2 }.
## $party "first" or "third": who sets the tracker now.
notice-tracker-party =
    { $party ->
        [first]
            { $voice ->
                [we] Ahora instalamos { $text0 } nosotros mismos, en lugar de un tercero.
               *[third] { $text0 } lo instala ahora { $controller }, en lugar de un tercero.
            }
       *[third] { $text0 } lo instala ahora un tercero.
    }
## $text1 the purposes, in quotes; $added "yes" for purposes now served.
notice-tracker-serves =
    { $added ->
        [yes] { $text0 } sirve ahora también para { $text1 }.
       *[no] { $text0 } ya no sirve para { $text1 }.
    }
## $text1 the data categories, in quotes; $added "yes" for data now
## collected.
notice-tracker-collects =
    { $added ->
        [yes] { $text0 } recoge ahora también { $text1 }.
       *[no] { $text0 } ya no recoge { $text1 }.
    }
## $text0 the new edition's rule for when a new edition takes effect
## (takes-effect-*), a sentence.
notice-takes-effect = La política dice ahora: { $text0 }
notice-takes-effect-unstated = La política ya no dice cuándo entra en vigor una nueva edición.
## $text0 the right's name (notice-right-*); $stated which of the times
## are stated: "both", "new", "old"; $new and $old the durations.
notice-deadline =
    { $stated ->
        [both] Las solicitudes relativas al { $text0 } se responden ahora en un plazo de { $new }; antes, de { $old }.
        [new] Las solicitudes relativas al { $text0 } se responden ahora en un plazo de { $new }; antes no se indicaba plazo.
        [old] Las solicitudes relativas al { $text0 } ya no tienen un plazo de respuesta indicado; antes, { $old }.
       *[none] El plazo de respuesta a las solicitudes relativas al { $text0 } se indica de otra manera.
    }
## $text0 the measure's or obligation's text, whole, in quotes.
notice-security-added = Una nueva medida de seguridad protege la información: { $text0 }
notice-security-removed = Esta medida de seguridad ya no figura: { $text0 }
notice-obligation-added =
    { $voice ->
        [we] Ahora tiene usted esta obligación: { $text0 }
       *[third] El interesado tiene ahora esta obligación: { $text0 }
    }
notice-obligation-removed =
    { $voice ->
        [we] Ya no tiene usted esta obligación: { $text0 }
       *[third] El interesado ya no tiene esta obligación: { $text0 }
    }
## $text0 the signal (trackers-signal-*); $stance what the new edition
## says of it: "honoured", "ignored" or "unstated".
notice-signal =
    { $stance ->
        [honoured] La señal { $text0 } que envía un navegador se respeta ahora.
        [ignored] La política dice ahora que la señal { $text0 } que envía un navegador no se atiende.
       *[unstated] La política ya no dice si la señal { $text0 } que envía un navegador se atiende.
    }
## $text0 the recipient, $text1 the mechanism (mechanism-*); $stated "no"
## when the new edition names none.
notice-mechanism =
    { $stated ->
        [yes] Las transferencias a { $text0 } se basan ahora en { $text1 }.
       *[no] Las transferencias a { $text0 } ya no se basan en una decisión de adecuación ni en garantías adecuadas.
    }
## $stated which ages are stated: "both", "new", "old"; $new and $old
## the ages in years.
notice-minimum-age =
    { $stated ->
        [both] La edad mínima para usar el servicio es ahora de { $new } años; antes, de { $old }.
        [new] La edad mínima para usar el servicio es ahora de { $new } años; antes no se indicaba ninguna.
        [old] La política ya no indica una edad mínima para usar el servicio; antes, { $old } años.
       *[none] La edad mínima para usar el servicio se indica de otra manera.
    }
## La postura respecto de los niños: $audience, $new y $old general, mixed o
## children; $stated yes o no; a sabiendas: yes, no o unstated; $text0 cómo se
## obtiene el consentimiento de un padre, entre comillas; derechos de un padre:
## $text0 los derechos (children-parent-right-*), $added yes o no.
notice-children-stance =
    { $stated ->
        [yes] La política indica ahora su postura respecto de los niños: el servicio { $audience ->
                [general] no está dirigido a niños
                [mixed] está dirigido a un público general que incluye a niños
               *[children] está dirigido a niños
            }.
       *[no] La política ya no indica su postura respecto de los niños, ni los límites y derechos de un padre que indicaba; indicaba que el servicio { $audience ->
                [general] no está dirigido a niños
                [mixed] está dirigido a un público general que incluye a niños
               *[children] está dirigido a niños
            }.
    }
notice-children-audience =
    El servicio ahora { $new ->
        [general] no está dirigido a niños
        [mixed] está dirigido a un público general que incluye a niños
       *[children] está dirigido a niños
    }; antes, { $old ->
        [general] no estaba dirigido a niños
        [mixed] estaba dirigido a un público general que incluye a niños
       *[children] estaba dirigido a niños
    }.
notice-children-knowingly =
    { $new ->
        [yes] La política indica ahora que se recaba a sabiendas información personal de niños
        [no] La política indica ahora que no se recaba a sabiendas información personal de niños
       *[unstated] La política ya no indica si se recaba a sabiendas información personal de niños
    }; { $old ->
        [yes] antes, indicaba que sí
        [no] antes, indicaba que no
       *[unstated] antes, no lo indicaba
    }.
notice-children-parental-consent =
    { $stated ->
        [yes] La política indica ahora cómo se obtiene el consentimiento del padre, la madre o el tutor: { $text0 }
       *[no] La política ya no indica cómo se obtiene el consentimiento del padre, la madre o el tutor; indicaba: { $text0 }
    }
notice-parent-rights =
    { $added ->
        [yes] El padre, la madre o el tutor puede ahora { $text0 }.
       *[no] El padre, la madre o el tutor ya no puede { $text0 }.
    }
## A change said in its kind's words (change-KIND, $text1), with what it
## is about: $text0 the label of the category, purpose, recipient,
## tracker, decision, controller or section, in quotes.
notice-about = Sobre { $text0 }: { $text1 }
## $text0 a right's name (notice-right-*).
notice-about-right = Sobre el { $text0 }: { $text1 }
notice-tracker-removed = { $text0 } ya no se usa.
## $text0 the commitment's sentence in the new edition, in quotes.
notice-commitment-added = La política asume ahora este compromiso: { $text0 }
## A shorter notice of a change: $new the notice now ($stated "no" when
## none is stated), $old the one before.
notice-notice-shortened =
    { $stated ->
        [yes] Un cambio se anuncia ahora { $new } antes de entrar en vigor; antes, con { $old } de antelación.
       *[no] La política ya no indica con cuánta antelación se anuncia un cambio antes de entrar en vigor; antes, con { $old } de antelación.
    }
