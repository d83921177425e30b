# hash 506ff394621596dd
# Privacy Policy
policy-title = Política de privacidad
# hash 9681395de456c72b
# Contact details
data-contact-label = Información de contacto
# hash 56e563621ab17229
# What you give us when you create an account, place an order or write to us.
data-contact-description = Lo que nos facilita al crear una cuenta, realizar un pedido o escribirnos.
# hash 4962604e6715bbfa
# when you create an account, check out or contact us
data-contact-collected = cuando crea una cuenta, finaliza una compra o se pone en contacto con nosotros
# hash 82a3537ff0dbce7e
# name
data-contact-examples-1 = nombre
# hash adf662c41cbee13d
# e-mail address
data-contact-examples-2 = dirección de correo electrónico
# hash c5fd879345b1f581
# postal address
data-contact-examples-3 = dirección postal
# hash 2fedcf76f7cad7c9
# telephone number
data-contact-examples-4 = número de teléfono
# hash ea516accec030039
# Account log-in
data-credentials-label = Credenciales de acceso a la cuenta
# hash aed9e1881f678dd4
# Your e-mail address together with the password you choose for your account.
data-credentials-description = Su dirección de correo electrónico junto con la contraseña que elige para su cuenta.
# hash 15728c7f4068abbc
# when you create an account
data-credentials-collected = cuando crea una cuenta
# hash 928f4fe5298246ec
# Order history
data-orders-label = Historial de pedidos
# hash 442e3ef7c6f77b1e
# The products you buy or return, their prices, the delivery address and the last four digits of the card used.
data-orders-description = Los productos que compra o devuelve, sus precios, la dirección de entrega y los cuatro últimos dígitos de la tarjeta utilizada.
# hash 844ffa739aa8c63e
# when you place or return an order
data-orders-collected = cuando realiza o devuelve un pedido
# hash 6d4de66a15364ae5
# Online activity
data-activity-label = Actividad en línea
# hash e825c34194accd12
# How you use our website: the pages and products you view, what you search for, what you add to your cart, and the site that sent you to us.
data-activity-description = Cómo utiliza nuestro sitio web: las páginas y los productos que consulta, lo que busca, lo que agrega a su carrito y el sitio desde el que llegó hasta nosotros.
# hash 5d46dff3849ce0cf
# automatically, while you browse our website
data-activity-collected = automáticamente, mientras navega por nuestro sitio web
# hash df743d3e530679e1
# Device information
data-device-label = Información del dispositivo
# hash 5d46dff3849ce0cf
# automatically, while you browse our website
data-device-collected = automáticamente, mientras navega por nuestro sitio web
# hash 0302a467885abfdd
# IP address
data-device-examples-1 = dirección IP
# hash bced7ddc870e10f6
# browser type and version
data-device-examples-2 = tipo y versión del navegador
# hash f93f800502948043
# operating system
data-device-examples-3 = sistema operativo
# hash c91e768a2118fd99
# identifiers set by cookies and pixels
data-device-examples-4 = identificadores establecidos por cookies y píxeles
# hash 43742de8a3575aa8
# Precise location
data-location-label = Ubicación precisa
# hash 8c67c5bf1c1b6e15
# The location of your device, when you allow your browser to share it with our store finder.
data-location-description = La ubicación de su dispositivo, cuando permite que su navegador la comparta con nuestro localizador de tiendas.
# hash 0d9d8f0c8829f3ac
# only when you use the store finder and allow it
data-location-collected = solo cuando utiliza el localizador de tiendas y lo permite
# hash 84cb7871b741c32e
# Reviews
data-reviews-label = Reseñas
# hash 125859d99a3dae83
# The reviews and ratings you write about our products, with the display name you choose.
data-reviews-description = Las reseñas y valoraciones que escribe sobre nuestros productos, con el nombre visible que elige.
# hash e9424f0f58c9a80a
# when you post a review
data-reviews-collected = cuando publica una reseña
# hash 15577b3fd21ef8f3
# you delete the review or close your account
retain-reviews-1 = que usted elimine la reseña o cierre su cuenta
# hash 968050d8e49f021c
# as long as your question or complaint is being handled, then until any claim arising from it is time-barred
retain-support-1 = mientras se tramita su consulta o reclamación y, después, hasta que prescriba cualquier reclamación derivada de ella
# hash 63fd0a00e66a5509
# Customer service messages
data-support-label = Mensajes de atención al cliente
# hash a6fdcc35613c8280
# What you write to our customer service team, and our answers.
data-support-description = Lo que escribe a nuestro equipo de atención al cliente, y nuestras respuestas.
# hash 98f8ce56e7d55286
# when you write to us or chat with us
data-support-collected = cuando nos escribe o chatea con nosotros
# hash 899e2a6fe92593a2
# Processing, delivering and returning your orders
purpose-fulfilment-label = Tramitación, entrega y devolución de sus pedidos
# hash 92b18effae414459
# Running your customer account
purpose-accounts-label = Gestión de su cuenta de cliente
# hash 9e36e76aff8852c6
# Answering your questions and complaints
purpose-service-label = Respuesta a sus preguntas y reclamaciones
# hash f1ea07941d4a18b1
# Keeping our store and our customers safe from fraud
purpose-security-label = Protección de nuestra tienda y de nuestros clientes frente al fraude
# hash 54b2f5722e7fb729
# preventing fraudulent orders and attacks on our store
purpose-security-interest = la prevención de pedidos fraudulentos y de ataques contra nuestra tienda
# hash abcf4a5a4c3ee1c3
# Keeping our accounts as tax and commercial law requires
purpose-bookkeeping-label = Llevanza de nuestra contabilidad conforme exige la legislación fiscal y mercantil
# hash a73922cd074245dc
# Showing the stores and pick-up points near you
purpose-store_finder-label = Indicación de las tiendas y los puntos de recogida cercanos a usted
# hash 9f7d97ed677f42e0
# Publishing your reviews
purpose-reviews_shown-label = Publicación de sus reseñas
# hash 0aa01f46792332d6
# Understanding how our website is used
purpose-analytics-label = Análisis del uso de nuestro sitio web
# hash 8f331e8e8099dcc7
# Showing you ads for our products on other websites and apps
purpose-advertising-label = Presentación de anuncios de nuestros productos dirigidos a usted en otros sitios web y aplicaciones
# hash 9475eb2f0c2978f5
# Exchanging mailing lists with other catalogue retailers
purpose-catalogue-label = Intercambio de listas de direcciones con otros minoristas por catálogo
# hash af255d6b3b4c845b
# Delivery companies
recipient-carriers-label = Empresas de reparto
# hash e3e48373cd608e10
# Payment processor
recipient-payments-label = Procesador de pagos
# hash 94bc7ed0e54692e8
# Processes the card payments for your orders.
recipient-payments-description = Procesa los pagos con tarjeta de sus pedidos.
# hash bedd57474e4ebebd
# Hosting, e-mail and customer service software providers
recipient-hosting-label = Proveedores de alojamiento web, de correo electrónico y de software de atención al cliente
# hash 861eee045e7213a0
# Advertising partners
recipient-ad_partners-label = Socios publicitarios
# hash 62b8e35150b05b90
# Advertising networks and social media platforms that show our ads on other websites and apps.
recipient-ad_partners-description = Redes publicitarias y plataformas de redes sociales que muestran nuestros anuncios en otros sitios web y aplicaciones.
# hash 76bf937160469a57
# Other catalogue retailers
recipient-catalogue_partners-label = Otros minoristas por catálogo
# hash 9e7df6fe062026b9
# Retailers that send printed catalogues, with whom we exchange names and postal addresses.
recipient-catalogue_partners-description = Minoristas que envían catálogos impresos y con los que intercambiamos nombres y direcciones postales.
# hash 84d01cc407da6a55
# Visitors to our website
recipient-public-label = Visitantes de nuestro sitio web
# hash 2dbbf720f030609d
# You can ask what personal information we have collected about you, where it came from, why we collected it and to whom we disclosed it, and for a copy of the specific pieces of personal information we hold about you.
right-know-description = Puede preguntar qué información personal hemos recogido sobre usted, de dónde procede, por qué la recogimos y a quién la hemos divulgado, y solicitar una copia de los elementos específicos de información personal que tenemos sobre usted.
# hash ca8d8846e87962a6
# https://harborlane.example/your-privacy-choices
right-know-via-1 = https://harborlane.example/your-privacy-choices
# hash d73f79659fa14d4e
# our toll-free number 1-800-555-0142
right-know-via-2 = nuestro número gratuito 1-800-555-0142
# hash ca8d8846e87962a6
# https://harborlane.example/your-privacy-choices
right-erasure-via-1 = https://harborlane.example/your-privacy-choices
# hash d73f79659fa14d4e
# our toll-free number 1-800-555-0142
right-erasure-via-2 = nuestro número gratuito 1-800-555-0142
# hash 2c6c646ee590ef1a
# your account settings
right-rectification-via-1 = la configuración de su cuenta
# hash ca8d8846e87962a6
# https://harborlane.example/your-privacy-choices
right-rectification-via-2 = https://harborlane.example/your-privacy-choices
# hash ca8d8846e87962a6
# https://harborlane.example/your-privacy-choices
right-portability-via-1 = https://harborlane.example/your-privacy-choices
# hash adf7fd5b7a27153d
# You can opt out of the sale of your personal information and of its sharing for advertising. A Global Privacy Control signal from your browser counts as this request.
right-opt_out_sale_share-description = Puede oponerse a la venta de su información personal y a su intercambio con fines publicitarios. Una señal Global Privacy Control de su navegador equivale a esta solicitud.
# hash ca8d8846e87962a6
# https://harborlane.example/your-privacy-choices
right-opt_out_sale_share-via-1 = https://harborlane.example/your-privacy-choices
# hash a2ff5b4c36a8ac9f
# You can limit our use of your precise location and account log-in to what is needed to provide the services you ask for.
right-limit_sensitive-description = Puede limitar nuestro uso de su ubicación precisa y de sus credenciales de acceso a la cuenta a lo necesario para prestar los servicios que solicita.
# hash ca8d8846e87962a6
# https://harborlane.example/your-privacy-choices
right-limit_sensitive-via-1 = https://harborlane.example/your-privacy-choices
# hash d3e792dd1bbcb550
# the cookie settings at the foot of every page
right-withdraw_consent-via-1 = la configuración de cookies al pie de cada página
# hash 2c6c646ee590ef1a
# your account settings
right-withdraw_consent-via-2 = la configuración de su cuenta
# hash 33cd7839ea89bcb4
# If we decline your request, you can ask us to reconsider it by replying to our answer.
right-appeal-description = Si rechazamos su solicitud, puede pedirnos que la reconsideremos contestando a nuestra respuesta.
# hash 946841beb120ab47
# privacy@harborlane.example
right-appeal-via-1 = privacy@harborlane.example
# hash 2479cdd1f4244770
# We do not deny you goods, charge you different prices or give you a lower level of service because you exercised your privacy rights.
right-non_discrimination-description = No le negamos bienes, no le cobramos precios diferentes ni le ofrecemos un nivel de servicio inferior por haber ejercido sus derechos de privacidad.
# hash 2b584a26b5737605
# We encrypt information sent to and from our website, restrict access to customer information to the staff who need it, and test our systems regularly.
security-measures = Ciframos la información que se envía a nuestro sitio web y desde él, restringimos el acceso a la información de los clientes al personal que la necesita y probamos nuestros sistemas con regularidad.
# hash 328d162c45461fcf
# the United States
controller-country = los Estados Unidos
# hash 4bda12e905f22ddb
# hl_cart
tracker-cart-label = hl_cart
# hash 3f4340e5f0940835
# Keeps the contents of your cart and your sign-in while you shop.
tracker-cart-description = Conserva el contenido de su carrito y su inicio de sesión mientras compra.
# hash 0b66869cb1182a00
# hl_stats
tracker-site_stats-label = hl_stats
# hash 076dfd73d22bd063
# Counts visits and shows which pages are used.
tracker-site_stats-description = Cuenta las visitas y muestra qué páginas se utilizan.
# hash ab2815e6a64d9654
# Advertising pixel
tracker-ad_pixel-label = Píxel publicitario
# hash e877cf5822ea65a7
# Tells our advertising partners which products you viewed, so that they can show you our ads elsewhere.
tracker-ad_pixel-description = Indica a nuestros socios publicitarios qué productos ha consultado, para que puedan mostrarle nuestros anuncios en otros sitios.
# hash 233c518492a95a10
# You can know, delete and correct your personal information and take a copy of it, opt out of its sale and sharing, limit the use of your sensitive personal information, withdraw your consent and appeal our decisions.
section-rights-summary = Puede conocer, eliminar y corregir su información personal y obtener una copia de ella, oponerse a su venta y a que se comparta, limitar el uso de su información personal sensible, retirar su consentimiento y recurrir nuestras decisiones.
# hash 2577060e82c49589
# We match what you tell us with the e-mail address and telephone number of your account and a recent order. For a copy of specific pieces of information, we also send a code to that e-mail address. If you have an account, we ask you to sign in instead.
policy-verification = Comparamos lo que nos indica con la dirección de correo electrónico y el número de teléfono de su cuenta y un pedido reciente. Para una copia de elementos específicos de información, además le enviamos un código a esa dirección de correo electrónico. Si tiene una cuenta, le pedimos que inicie sesión en su lugar.
# hash 0b88f4cad9832032
# An authorized agent makes a request for you through the same page or number, with your signed permission. We then confirm your identity with you directly, unless the agent holds a power of attorney under the California Probate Code.
policy-authorized_agents = Un agente autorizado presenta una solicitud en su nombre a través de la misma página o número, con su permiso firmado. Después confirmamos su identidad directamente con usted, salvo que el agente tenga un poder notarial conforme al Código Testamentario de California (California Probate Code).
# hash d917e23c2a56d6a2
# You can receive the specific pieces of personal information we hold about you in a portable and readily usable format, so that you can send them to another business.
right-portability-description = Puede recibir los elementos específicos de información personal que tenemos sobre usted en un formato portátil y fácil de usar, para que pueda enviarlos a otra empresa.
# hash 713a0831c549f736
# To say how we verify a request to know, delete or correct, as the California regulations ask (11 CCR §7060–§7062).
because-verification = Para indicar cómo verificamos una solicitud para conocer, eliminar o corregir, como exige el reglamento de California (11 CCR §7060–§7062).
# hash 91ffb9699774adf3
# To say how an authorized agent makes a request for you (11 CCR §7063).
because-authorized_agents = Para indicar cómo un agente autorizado presenta una solicitud en su nombre (11 CCR §7063).
# hash 2b2cb51cfe72cc71
# To give the link for limiting the use of your sensitive personal information, as California law asks (Cal. Civ. Code §1798.135(a)(2)).
because-limit_sensitive_link = Para dar el enlace para limitar el uso de su información personal confidencial, como exige la ley de California (Cal. Civ. Code §1798.135(a)(2)).
# hash 0bc91381ded4dc11
# To call your right to have your information deleted by its name in California law, the right to delete.
because-rights = Para llamar a su derecho a que se elimine su información por su nombre en la ley de California, el derecho a eliminar.
# hash 3a2bcf5425060c72
# To describe your right to a copy of your information in the words of California law, which speaks of another business.
because-portability = Para describir su derecho a una copia de su información con las palabras de la ley de California, que habla de otra empresa.
