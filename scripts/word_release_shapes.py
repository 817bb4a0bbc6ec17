"""More original Word releases (fictional organisations) in shapes real .docx releases take.

Read by scripts/make_word_releases.py, which appends SHAPE_RELEASES to its RELEASES and writes them with
its "spec" layout: every paragraph is spelled out with its own formatting, in four parts -
``pre`` (labels, course-paper headings, date lines above the headline), ``head`` (headline and deck),
``body`` (counted: one Word paragraph or list item each) and ``tail`` (end marks, About, contacts).
The truth's headline and deck are given as the corpus records them; the body count and the start of
the first body paragraph are derived from ``body`` and ``prefix`` (the lead's dateline).

Shapes: course-paper headings, one heading style for every paragraph, a lead typed in a heading style,
all-caps headlines under FOR IMMEDIATE RELEASE, long bold decks, layout tables, bold or Heading subheads
with end marks, decks split over two Subtitle paragraphs, Japanese and Chinese campus layouts, event
fact boxes, and a contact given only as a sentence.

Every text here was written for this project.
"""

from __future__ import annotations

from typing import Any


def contact(name=None, title=None, org=None, email=None, phone=None) -> dict:
    return {"name": name, "title": title, "organisation": org, "email": email, "phone": phone}


def P(text: str, **fmt: Any) -> tuple:
    """One paragraph: fmt may hold style, align (center/right/justify), bold, italic, size, font."""
    return ("p", text, fmt)


def LI(text: str) -> tuple:
    return ("li", text)


BLANK = ("blank",)
HEAD14 = {"align": "center", "bold": True, "size": 14}


SHAPE_RELEASES: list[dict] = [
    # 1 + 12: course-paper heading; the paper's date equals the dateline date; contact only in a sentence
    {
        "lang": "en",
        "name": "larkspur_orchard_paper",
        "org": "Larkspur Commons Garden (fictional community garden; student assignment for a journalism course)",
        "layout": "spec",
        "base_font": "Times New Roman",
        "pre": [
            P("Okafor 1", align="right"),
            "Adaeze Okafor",
            "Professor Lena Marsh",
            "JOUR 210",
            "14 March 2024",
        ],
        "head": [
            P("Vacant Lot on Alder Street Becomes a Community Orchard", **HEAD14),
            P("Forty fruit trees planted by neighbours will feed a food pantry from next autumn", **HEAD14),
        ],
        "headline": "Vacant Lot on Alder Street Becomes a Community Orchard",
        "sub": "Forty fruit trees planted by neighbours will feed a food pantry from next autumn",
        "prefix": "LARKSPUR, Calif., 14 March 2024 – ",
        "body": [
            "LARKSPUR, Calif., 14 March 2024 – A lot that sat empty behind the Alder Street laundromat for "
            "eleven years was planted with forty apple, plum and fig trees on Saturday by volunteers from "
            "Larkspur Commons Garden.",
            "The city leased the land to the garden for one dollar a year after residents collected 600 "
            "signatures. Students from Redwood Middle School mulched the beds and painted the fence.",
            "“We wanted something that would still be here when these kids have kids,” said garden "
            "coordinator Ruth Adeyemi. The first harvest is expected in the autumn of 2025 and will go to the "
            "St. Anselm food pantry.",
        ],
        "tail": ["Contact Ruth Adeyemi for more information."],
        "place": "LARKSPUR, Calif.",
        "date": "2024-03-14",
        "contacts": [contact("Ruth Adeyemi")],
        "alternatives": {"contacts": [[]]},
        "notes": "Course-paper layout: right-aligned 'Okafor 1', then student name, professor, course code and "
        "the paper's date as plain paragraphs (none is a contact; the date equals the dateline date). "
        "Headline and deck are both centred bold 14pt. The only contact is the closing sentence "
        "'Contact Ruth Adeyemi for more information.' (name only; alternative: no contacts).",
    },
    # 1: course-paper heading in Spanish; the paper's date differs from the dateline date
    {
        "lang": "es",
        "name": "triana_verde_trabajo",
        "org": "Asociación Vecinal Triana Verde (asociación ficticia; trabajo de un curso de redacción)",
        "layout": "spec",
        "pre": [
            P("Rodríguez 1", align="right"),
            "Lucía Rodríguez Peña",
            "Prof. Andrés Villalba Ortiz",
            "COM-305 Redacción periodística",
            "2 de mayo de 2023",
            BLANK,
        ],
        "head": [
            P("Los vecinos de Triana plantan sombra en la plaza del Altozano", **HEAD14),
            P("Veinte toldos vegetales cubrirán los bancos antes de la ola de calor", **HEAD14),
        ],
        "headline": "Los vecinos de Triana plantan sombra en la plaza del Altozano",
        "sub": "Veinte toldos vegetales cubrirán los bancos antes de la ola de calor",
        "prefix": "SEVILLA, 28 de abril de 2023 – ",
        "body": [
            "SEVILLA, 28 de abril de 2023 – La Asociación Vecinal Triana Verde ha instalado esta semana las "
            "primeras estructuras de madera sobre las que crecerán jazmines y buganvillas para dar sombra a "
            "la plaza del Altozano.",
            "El proyecto ha costado 18.000 euros, reunidos en una campaña de micromecenazgo en la que "
            "participaron más de cuatrocientas familias del barrio.",
            "«Los mayores dejaron de venir a la plaza en verano porque no había dónde sentarse», explica la "
            "presidenta de la asociación, Carmen Luque. «Queremos que vuelvan.»",
            "Las plantas se regarán con agua recogida de los tejados del mercado.",
        ],
        "tail": [
            P("###", align="center"),
            P("Contacto de prensa", bold=True),
            "Marta Gil Serrano",
            "Asociación Vecinal Triana Verde",
            "prensa@trianaverde.example",
            "+34 955 01 23 45",
            BLANK,
            P("Fotografías de la plantación disponibles bajo petición.", italic=True),
        ],
        "place": "SEVILLA",
        "date": "2023-04-28",
        "contacts": [
            contact("Marta Gil Serrano", None, "Asociación Vecinal Triana Verde", "prensa@trianaverde.example",
                    "+34 955 01 23 45")
        ],
        "notes": "Course-paper heading typed as plain paragraphs: right-aligned 'Rodríguez 1', student, "
        "professor, course, and the paper's date '2 de mayo de 2023', which is NOT the release date (the "
        "dateline says 28 de abril). Headline and deck centred bold 14pt. '###' then a contact block and an "
        "italic line offering photos on request (not part of the contact).",
    },
    # 2: every paragraph in Heading 2 (restyled as body text); the headline only bigger, bold, centred
    {
        "lang": "de",
        "name": "radverein_dreisamtal",
        "org": "Radverein Dreisamtal e. V. (fiktiver Fahrradverein, Freiburg)",
        "layout": "spec",
        "doc_style": "Heading 2",
        "style_fmt": {"Heading 2": {"bold": False, "size": 11}},
        "head": [
            P("Dreisamtal bekommt eine Fahrradwerkstatt zum Mitmachen", align="center", bold=True, size=18),
            P("Ehrenamtliche zeigen jeden Donnerstag, wie man Bremsen und Schaltung selbst einstellt",
              align="center", italic=True),
            BLANK,
        ],
        "headline": "Dreisamtal bekommt eine Fahrradwerkstatt zum Mitmachen",
        "sub": "Ehrenamtliche zeigen jeden Donnerstag, wie man Bremsen und Schaltung selbst einstellt",
        "prefix": "Freiburg, 12. September 2023 – ",
        "body": [
            "Freiburg, 12. September 2023 – Der Radverein Dreisamtal eröffnet am 21. September in einer "
            "ehemaligen Garage in der Kartäuserstraße eine offene Fahrradwerkstatt.",
            "Werkzeug, Ersatzschläuche und Kettenöl stellt der Verein. Wer vorbeikommt, repariert sein Rad "
            "selbst, ein erfahrenes Vereinsmitglied hilft dabei.",
            "„Viele Räder stehen nur wegen eines Plattens monatelang im Keller“, sagt die Vorsitzende Jana "
            "Oberle. „Nach einer Stunde bei uns fahren sie wieder.“",
            "Die Werkstatt ist donnerstags von 17 bis 20 Uhr geöffnet. Eine Anmeldung ist nicht nötig.",
        ],
        "tail": [
            BLANK,
            P("Über den Radverein Dreisamtal", bold=True),
            ("bp", "Der Radverein Dreisamtal e. V. wurde 1987 gegründet und hat 340 Mitglieder. Er organisiert "
                   "Touren, Kurse und die jährliche Radbörse im Stadtteil Littenweiler."),
            BLANK,
            P("Pressekontakt", bold=True),
            "Jonas Frey, Schriftführer",
            "presse@radverein-dreisamtal.example",
            "0761 555 0193",
            BLANK,
            "Fotos der Werkstatt senden wir Ihnen gern zu.",
        ],
        "place": "Freiburg",
        "date": "2023-09-12",
        "boiler": 1,
        "contacts": [contact("Jonas Frey", "Schriftführer", None, "presse@radverein-dreisamtal.example",
                             "0761 555 0193")],
        "notes": "EVERY paragraph has the style 'Heading 2' (the style was changed to 11pt, not bold, and used as "
        "the body style). The headline is told apart only by direct formatting (bold 18pt, centred), the "
        "deck by italic and centring. Dateline 'Freiburg, 12. September 2023 – '. About block and contact "
        "block at the end, then a closing line offering photos (not part of the contact).",
    },
    # 2 + 11: one custom style for every paragraph; event fact box at the end of the body
    {
        "lang": "pt",
        "name": "orquestra_vale_sado",
        "org": "Orquestra Juvenil do Vale do Sado (orquestra fictícia, Setúbal)",
        "layout": "spec",
        "custom_style": ("Texto Comunicado", "Arial", 11),
        "doc_style": "Texto Comunicado",
        "head": [
            P("Orquestra Juvenil do Vale do Sado toca no mercado do Livramento", align="center", bold=True,
              size=16),
            BLANK,
        ],
        "headline": "Orquestra Juvenil do Vale do Sado toca no mercado do Livramento",
        "sub": None,
        "prefix": "Setúbal, 3 de outubro de 2023 – ",
        "body": [
            "Setúbal, 3 de outubro de 2023 – Sessenta jovens músicos da Orquestra Juvenil do Vale do Sado vão "
            "dar um concerto gratuito entre as bancas de peixe do Mercado do Livramento.",
            "O programa junta valsas, marchas populares e uma peça escrita pelos próprios alunos sobre o "
            "som do mercado de manhã.",
            "“Muitos dos nossos músicos nunca tocaram fora da escola. Tocar onde as avós fazem compras é o "
            "melhor ensaio geral”, diz o maestro Rui Calado.",
            "Local: Mercado do Livramento, Setúbal",
            "Data: sábado, 14 de outubro, às 11h00",
            "Bilhetes: entrada livre",
        ],
        "tail": [
            BLANK,
            P("Sobre a Orquestra", bold=True),
            ("bp", "A Orquestra Juvenil do Vale do Sado reúne desde 2011 alunos de seis escolas do distrito "
                   "e ensaia todos os sábados no Fórum Luísa Todi."),
            BLANK,
            "Contacto para a imprensa: Inês Barata",
            "imprensa@orquestrasado.example | 265 550 118",
        ],
        "place": "Setúbal",
        "date": "2023-10-03",
        "boiler": 1,
        "contacts": [contact("Inês Barata", None, None, "imprensa@orquestrasado.example", "265 550 118")],
        "alternatives": {"body_paragraph_count": [3]},
        "notes": "Every paragraph uses one custom style 'Texto Comunicado' (Arial 11); the headline is bold 16pt "
        "and centred by direct formatting. The body ends with an event fact box of three label lines "
        "('Local:', 'Data:', 'Bilhetes:'), counted as body (alternative 3 without them); they are not "
        "contacts. About block, then a contact line and an e-mail | phone line.",
    },
    # 3: lead typed in Heading 1 (40+ words), deck in Subtitle, headline in Title
    {
        "lang": "en",
        "name": "brackenridge_water",
        "org": "Brackenridge Water Authority (fictional public water utility, Ohio)",
        "layout": "spec",
        "head": [
            P("Brackenridge Water Authority Replaces Last Lead Service Lines", style="Title"),
            P("Crews finished 2,140 household connections eighteen months ahead of the state deadline",
              style="Subtitle"),
        ],
        "headline": "Brackenridge Water Authority Replaces Last Lead Service Lines",
        "sub": "Crews finished 2,140 household connections eighteen months ahead of the state deadline",
        "prefix": "",
        "body": [
            P("Brackenridge Water Authority has replaced the last of the lead pipes that connected homes in "
              "the city's older neighbourhoods to its water mains, the utility announced on Monday, ending a "
              "four-year programme that dug up 2,140 front yards and cost residents nothing.", style="Heading 1"),
            "The work was paid for by a state infrastructure grant and a low-interest federal loan. Each "
            "household received a free water filter and three rounds of testing after its line was replaced.",
            "“People trusted us to knock on their doors and dig up their gardens,” said general manager "
            "Dolores Kinney. “We owed them clean water and a tidy lawn, in that order.”",
            "Test results for every street are published on the authority's website.",
        ],
        "tail": [
            BLANK,
            P("Media contact:", bold=True),
            "Marcus Bell, Communications Officer",
            "Brackenridge Water Authority",
            "(740) 555-0166 | mbell@brackenridgewater.example",
            BLANK,
            P("Photographs of the final replacement on Linden Avenue are attached.", italic=True),
        ],
        "place": None,
        "date": None,
        "contacts": [contact("Marcus Bell", "Communications Officer", "Brackenridge Water Authority",
                             "mbell@brackenridgewater.example", "(740) 555-0166")],
        "notes": "Headline in style Title, deck in style Subtitle, and the LEAD (a 45-word sentence) typed in "
        "style Heading 1; the rest of the body is Normal. No dateline and no date. Contact block with a bold "
        "label, then an italic line about attached photographs (not part of the contact).",
    },
    # 3 + 8: lead in Heading 2, deck in Subtitle split over two paragraphs (joined with one space)
    {
        "lang": "nl",
        "name": "stichting_polderlicht",
        "org": "Stichting Polderlicht (fictieve stichting voor sterrenkijken, Flevoland)",
        "layout": "spec",
        "head": [
            P("Eerste donkerteparkje van Flevoland opent bij Zeewolde", style="Title"),
            P("Gemeente dooft de lantaarns langs het Wilgenpad", style="Subtitle"),
            P("zodat bezoekers de Melkweg weer kunnen zien", style="Subtitle"),
        ],
        "headline": "Eerste donkerteparkje van Flevoland opent bij Zeewolde",
        "sub": "Gemeente dooft de lantaarns langs het Wilgenpad zodat bezoekers de Melkweg weer kunnen zien",
        "prefix": "ZEEWOLDE, 9 november 2022 – ",
        "body": [
            P("ZEEWOLDE, 9 november 2022 – Stichting Polderlicht en de gemeente Zeewolde openen op zaterdag "
              "19 november een klein park aan de rand van het Horsterwold waar 's nachts geen enkele lamp "
              "brandt, zodat inwoners en bezoekers zonder telescoop sterren, planeten en bij helder weer de "
              "Melkweg kunnen zien.", style="Heading 2"),
            "Langs het Wilgenpad zijn twaalf lantaarnpalen vervangen door lage rode ledlampjes die alleen de "
            "grond verlichten. Een houten kijkplatform geeft uitzicht over de polder.",
            "„Kinderen hier hebben vaak nog nooit de Melkweg gezien”, zegt voorzitter Willem Bakker. „Dat "
            "kunnen we met een paar schakelaars veranderen.”",
            "Op de openingsavond geven vrijwilligers uitleg bij vijf telescopen.",
        ],
        "tail": [
            BLANK,
            P("Noot voor de redactie", bold=True),
            "Voor meer informatie: Sanne de Vries, woordvoerder Stichting Polderlicht, 06 55501842, "
            "pers@polderlicht.example",
        ],
        "place": "ZEEWOLDE",
        "date": "2022-11-09",
        "contacts": [contact("Sanne de Vries", "woordvoerder", "Stichting Polderlicht", "pers@polderlicht.example",
                             "06 55501842")],
        "notes": "Title-style headline; the deck is TWO Subtitle paragraphs (recorded joined with one space). The "
        "lead (dateline 'ZEEWOLDE, 9 november 2022 – ' and 50 words) is typed in style Heading 2; later "
        "body paragraphs are Normal. 'Noot voor de redactie' and a one-paragraph contact at the end.",
    },
    # 4: all-caps headline and deck under FOR IMMEDIATE RELEASE, bold one-line contact at the top, ###
    {
        "lang": "en",
        "name": "fenwick_bay_aquarium",
        "org": "Fenwick Bay Aquarium (fictional public aquarium, Maine)",
        "layout": "spec",
        "pre": [
            P("FOR IMMEDIATE RELEASE", bold=True),
            P("Contact: Priya Nair & Tom Ellery | Fenwick Bay Aquarium | press@fenwickbay.example", bold=True),
            BLANK,
        ],
        "head": [
            P("FENWICK BAY AQUARIUM RELEASES TWELVE REHABILITATED SEAL PUPS", align="center", bold=True, size=14),
            P("PUPS RESCUED DURING WINTER STORMS RETURN TO CASCO BAY THIS SATURDAY", align="center"),
            BLANK,
        ],
        "headline": "FENWICK BAY AQUARIUM RELEASES TWELVE REHABILITATED SEAL PUPS",
        "sub": "PUPS RESCUED DURING WINTER STORMS RETURN TO CASCO BAY THIS SATURDAY",
        "prefix": "PORTLAND, Maine (April 4, 2024) – ",
        "body": [
            "PORTLAND, Maine (April 4, 2024) – Twelve harbor seal pups that washed up weak and underweight "
            "during January's storms will be released back into Casco Bay on Saturday morning, Fenwick Bay "
            "Aquarium announced today.",
            "The pups spent eleven weeks in the aquarium's rescue pools, where they learned to catch live "
            "fish and gained an average of 14 kilograms each.",
            "“Every one of them came in too tired to lift its head,” said veterinarian Dr. Helen Osei. "
            "“Watching them swim away is the best part of this job.”",
            "The public may watch the release from the beach at Crescent Point from 9 a.m.",
        ],
        "tail": [P("###", align="center")],
        "place": "PORTLAND, Maine",
        "date": "2024-04-04",
        "contacts": [
            contact("Priya Nair", None, "Fenwick Bay Aquarium", "press@fenwickbay.example"),
            contact("Tom Ellery", None, "Fenwick Bay Aquarium", "press@fenwickbay.example"),
        ],
        "alternatives": {"contacts": [[contact("Priya Nair & Tom Ellery", None, "Fenwick Bay Aquarium",
                                               "press@fenwickbay.example")]]},
        "notes": "'FOR IMMEDIATE RELEASE' (label) and a bold one-line contact 'Contact: A & B | Org | e-mail' "
        "above an ALL-CAPS centred bold headline and an all-caps deck. Dateline with the date in "
        "parentheses. Ends with '###'. Two people share one contact line (recorded as two contacts; "
        "alternative one).",
    },
    # 4: French all-caps headline and deck; contact line at the bottom
    {
        "lang": "fr",
        "name": "theatre_vieux_port",
        "org": "Théâtre du Vieux-Port (théâtre fictif, La Rochelle)",
        "layout": "spec",
        "pre": [P("POUR DIFFUSION IMMÉDIATE", bold=True, align="right"), BLANK],
        "head": [
            P("LE THÉÂTRE DU VIEUX-PORT JOUE SUR LE QUAI TOUT L’ÉTÉ", bold=True, size=16),
            P("SIX SPECTACLES GRATUITS EN PLEIN AIR, DU 6 JUILLET AU 24 AOÛT", bold=True),
            BLANK,
        ],
        "headline": "LE THÉÂTRE DU VIEUX-PORT JOUE SUR LE QUAI TOUT L’ÉTÉ",
        "sub": "SIX SPECTACLES GRATUITS EN PLEIN AIR, DU 6 JUILLET AU 24 AOÛT",
        "prefix": "La Rochelle, le 13 juin 2023 – ",
        "body": [
            "La Rochelle, le 13 juin 2023 – Pendant les travaux de rénovation de sa salle, le Théâtre du "
            "Vieux-Port installe une scène démontable sur le quai Duperré et y présente six spectacles "
            "gratuits.",
            "Au programme : une comédie de Marivaux jouée par des lycéens, un conte musical pour les enfants "
            "et une création de la compagnie maison sur les pêcheurs de l’île de Ré.",
            "« Le théâtre ferme ses portes, alors nous sortons dans la rue », résume la directrice, "
            "Claire Aubert.",
        ],
        "tail": [
            P("###", align="center"),
            P("Contact : Élodie Marchand & Yann Le Goff | Théâtre du Vieux-Port | presse@theatrevieuxport.example",
              bold=True),
        ],
        "place": "La Rochelle",
        "date": "2023-06-13",
        "contacts": [
            contact("Élodie Marchand", None, "Théâtre du Vieux-Port", "presse@theatrevieuxport.example"),
            contact("Yann Le Goff", None, "Théâtre du Vieux-Port", "presse@theatrevieuxport.example"),
        ],
        "alternatives": {"contacts": [[contact("Élodie Marchand & Yann Le Goff", None, "Théâtre du Vieux-Port",
                                               "presse@theatrevieuxport.example")]]},
        "notes": "Right-aligned bold 'POUR DIFFUSION IMMÉDIATE' label; ALL-CAPS bold headline (16pt, left) and "
        "all-caps bold deck. Dateline 'La Rochelle, le 13 juin 2023 – '. '###', then a bold one-line contact "
        "'Contact : A & B | Org | e-mail' (two contacts; alternative one).",
    },
    # 5 + 7: long bold deck at body size under the headline; bold subheads; '- ENDS -' then contacts
    {
        "lang": "en",
        "name": "thornbury_housing_coop",
        "org": "Thornbury Housing Co-operative (fictional housing co-operative, Bristol, UK)",
        "layout": "spec",
        "head": [
            P("Thornbury Housing Co-op Starts Building 48 Homes on Former Bus Depot", bold=True, size=20),
            P("Tenants will own the homes together, pay rents set at a third of local incomes and have helped "
              "design every flat, after a six-year campaign that turned a fenced-off depot into the largest "
              "co-operative housing scheme in the south-west.", bold=True),
            BLANK,
        ],
        "headline": "Thornbury Housing Co-op Starts Building 48 Homes on Former Bus Depot",
        "sub": "Tenants will own the homes together, pay rents set at a third of local incomes and have helped "
        "design every flat, after a six-year campaign that turned a fenced-off depot into the largest "
        "co-operative housing scheme in the south-west.",
        "prefix": "BRISTOL, 22 January 2024 – ",
        "body": [
            "BRISTOL, 22 January 2024 – Construction began today on 48 homes at the former Gloucester Road bus "
            "depot, built by Thornbury Housing Co-operative with a loan from a community bank and shares sold "
            "to 900 local residents.",
            P("Why it matters", bold=True),
            "Private rents in the area rose by a quarter in three years. Co-op rents are linked to members' "
            "incomes and cannot be raised to make a profit.",
            "“Our members are carers, bus drivers and teachers who were being priced out of the streets they "
            "grew up in,” said co-op chair Abdi Warsame.",
            P("What comes next", bold=True),
            "The first residents are expected to move in in spring 2025. A shared laundry, a tool library and "
            "a roof garden are part of the plans.",
            "Membership applications open in June.",
        ],
        "tail": [
            P("- ENDS -", align="center"),
            BLANK,
            P("Press enquiries", bold=True),
            "Hannah Pike, Thornbury Housing Co-operative",
            "07700 900417",
            "hannah@thornburycoop.example",
        ],
        "place": "BRISTOL",
        "date": "2024-01-22",
        "contacts": [contact("Hannah Pike", None, "Thornbury Housing Co-operative", "hannah@thornburycoop.example",
                             "07700 900417")],
        "notes": "Bold 20pt headline (left); the deck is one LONG bold sentence at body size, not centred "
        "(40 words). The body has two bold subheads ('Why it matters', 'What comes next'), each counted "
        "as a body paragraph, and runs to the end mark '- ENDS -'; then a contact block.",
    },
    # 5: Turkish long bold deck
    {
        "lang": "tr",
        "name": "ege_zeytin_kooperatifi",
        "org": "Ege Zeytin Üreticileri Kooperatifi (kurgusal kooperatif, Ayvalık)",
        "layout": "spec",
        "head": [
            P("Ayvalık’ta zeytin üreticileri ortak soğuk sıkım tesisini açtı", bold=True, size=18,
              align="center"),
            P("Kooperatifin 212 üyesi, zeytinlerini artık hasattan sonraki altı saat içinde kendi tesislerinde "
              "sıkabilecek; üreticiler aracı firmalara ödedikleri payın yarısından fazlasını cepte tutacak ve "
              "yağın kalitesi de yükselecek.", bold=True),
            BLANK,
        ],
        "headline": "Ayvalık’ta zeytin üreticileri ortak soğuk sıkım tesisini açtı",
        "sub": "Kooperatifin 212 üyesi, zeytinlerini artık hasattan sonraki altı saat içinde kendi tesislerinde "
        "sıkabilecek; üreticiler aracı firmalara ödedikleri payın yarısından fazlasını cepte tutacak ve yağın "
        "kalitesi de yükselecek.",
        "prefix": "AYVALIK, 16 Kasım 2023 – ",
        "body": [
            "AYVALIK, 16 Kasım 2023 – Ege Zeytin Üreticileri Kooperatifi, Küçükköy yolundaki yeni soğuk sıkım "
            "tesisini bugün düzenlenen törenle hizmete açtı.",
            "Tesis günde 40 ton zeytin işleyebiliyor. Üreticiler sıra beklememek için bir telefon uygulaması "
            "üzerinden saat seçiyor.",
            "Kooperatif başkanı Ayşe Demirtaş, “Babalarımız zeytini günlerce çuvalda bekletmek zorundaydı. "
            "Artık dalından şişeye aynı gün gidiyor” dedi.",
        ],
        "tail": [
            BLANK,
            P("Ege Zeytin Üreticileri Kooperatifi hakkında", bold=True),
            ("bp", "Kooperatif 1996’da kuruldu ve Ayvalık ile Burhaniye’deki aile işletmelerini bir araya "
                   "getiriyor."),
            BLANK,
            P("Basın iletişim", bold=True),
            "Emre Kaya",
            "basin@egezeytin.example",
            "+90 266 555 01 27",
        ],
        "place": "AYVALIK",
        "date": "2023-11-16",
        "boiler": 1,
        "contacts": [contact("Emre Kaya", None, None, "basin@egezeytin.example", "+90 266 555 01 27")],
        "notes": "Turkish. Centred bold 18pt headline; the deck is a long bold paragraph at body size, not "
        "centred (33 words). Dateline 'AYVALIK, 16 Kasım 2023 – '. About block ('... hakkında'), then a "
        "contact block.",
    },
    # 6: two-column layout table (contact cell, right-aligned date cell, release in a merged cell)
    {
        "lang": "en",
        "name": "saltash_makerspace",
        "org": "Saltash Makerspace (fictional community workshop, Cornwall, UK)",
        "layout": "spec",
        "frame": "cells2",
        "letterhead": [P("Saltash Makerspace", style="Title")],
        "side": [
            P("CONTACT", style="Heading 3"),
            P("Gwen Trelawny", size=9),
            P("Volunteer press officer", size=9),
            P("01752 555 014", size=9),
            P("gwen@saltashmakers.example", size=9),
        ],
        "date_cell": [P("7 February 2024", align="right", style="Subtitle")],
        "head": [
            P("Saltash Makerspace Lends Out a Laser Cutter to Schools", style="Heading 1"),
            P("Press release", italic=True),
        ],
        "headline": "Saltash Makerspace Lends Out a Laser Cutter to Schools",
        "sub": None,
        "prefix": "February 6th, 2024 (Saltash, Cornwall) - ",
        "body": [
            "February 6th, 2024 (Saltash, Cornwall) - Saltash Makerspace has started lending its portable "
            "laser cutter to primary schools along the Tamar valley, one school per fortnight, with a "
            "volunteer who stays to teach.",
            "The first loan went to St Nectan's Primary, where pupils cut wooden bird boxes and name tags "
            "for the school garden.",
            "“Most schools cannot justify buying one for a term project,” said volunteer Sam Pascoe. "
            "“Sharing it costs them nothing but a cup of tea.”",
        ],
        "tail": [
            P("About Saltash Makerspace", bold=True),
            ("bp", "Saltash Makerspace is a volunteer-run workshop with 3D printers, a wood shop and an "
                   "electronics bench, open four evenings a week."),
            ("bp", "www.saltashmakers.example"),
        ],
        "place": "Saltash, Cornwall",
        "date": "2024-02-06",
        "boiler": 2,
        "contacts": [contact("Gwen Trelawny", "Volunteer press officer", None, "gwen@saltashmakers.example",
                             "01752 555 014")],
        "alternatives": {"boilerplate_paragraph_count": [1]},
        "notes": "Title-style letterhead 'Saltash Makerspace' (not the headline) above a two-column LAYOUT "
        "TABLE (no borders): top-left cell holds the contact block (Heading 3 "
        "'CONTACT', name, role, phone, e-mail in 9pt), top-right cell a right-aligned Subtitle-style "
        "document date '7 February 2024' (not the dateline); the second row is one merged cell with the "
        "release: headline in Heading 1, the italic label 'Press release' under it, the body with an "
        "inverted dateline 'February 6th, 2024 (Saltash, Cornwall) - ', then About and a website line "
        "(boilerplate 2 with the URL line, alternative 1).",
    },
    # 6: one-column layout table in French
    {
        "lang": "fr",
        "name": "cooperative_velo_cargo",
        "org": "Coopérative Roule Ma Poule (coopérative fictive de livraison à vélo-cargo, Lyon)",
        "layout": "spec",
        "frame": "cells1",
        "letterhead": [P("ROULE MA POULE", bold=True, size=20), P("Livraison à vélo-cargo – Lyon", size=9)],
        "side": [
            P("Contact presse", bold=True, size=9),
            P("Nadia Benali – Coopérative Roule Ma Poule", size=9),
            P("04 72 55 01 36 – nadia@roulemapoule.example", size=9),
        ],
        "date_cell": [P("Le 19 octobre 2023", align="right")],
        "head": [
            P("Les livreurs à vélo-cargo de Lyon ouvrent leur propre coopérative", style="Heading 1"),
            P("Communiqué de presse", italic=True),
        ],
        "headline": "Les livreurs à vélo-cargo de Lyon ouvrent leur propre coopérative",
        "sub": None,
        "prefix": "",
        "body": [
            "Quatorze coursiers lyonnais ont fondé Roule Ma Poule, une coopérative de livraison à vélo-cargo "
            "dont ils sont à la fois salariés et propriétaires.",
            "La coopérative livre les commerces de la Croix-Rousse et des pentes, avec six vélos à assistance "
            "électrique capables de porter 150 kilos.",
            "« Nous voulions un métier où l’on connaît ses clients par leur prénom », explique le cofondateur "
            "Julien Moreau.",
            "Les tarifs sont fixés au kilomètre, sans commission sur les ventes des commerçants.",
        ],
        "tail": [
            P("À propos de Roule Ma Poule", bold=True),
            ("bp", "Roule Ma Poule est une société coopérative d’intérêt collectif créée en 2023 à Lyon."),
            ("bp", "www.roulemapoule.example"),
        ],
        "place": None,
        "date": "2023-10-19",
        "boiler": 2,
        "contacts": [contact("Nadia Benali", None, "Coopérative Roule Ma Poule", "nadia@roulemapoule.example",
                             "04 72 55 01 36")],
        "alternatives": {"boilerplate_paragraph_count": [1]},
        "notes": "Letterhead 'ROULE MA POULE' (bold 20pt) and a 9pt tagline above a one-column LAYOUT TABLE of "
        "three cells: the contact cell first (9pt), a cell with the "
        "right-aligned date 'Le 19 octobre 2023' (the issue date; no lead dateline, no place), then the "
        "release cell: Heading 1 headline, italic label 'Communiqué de presse', body, About block and a "
        "website line (boilerplate 2, alternative 1).",
    },
    # 7: Spanish body with Heading 2 subheads, '###' then contacts
    {
        "lang": "es",
        "name": "red_bibliotecas_altiplano",
        "org": "Red de Bibliotecas Rurales del Altiplano (red ficticia de bibliotecas, Bolivia)",
        "layout": "spec",
        "head": [
            P("Bibliotecas del Altiplano prestan paneles solares junto con los libros", bold=True, size=16,
              align="center"),
            BLANK,
        ],
        "headline": "Bibliotecas del Altiplano prestan paneles solares junto con los libros",
        "sub": None,
        "prefix": "EL ALTO, 5 de junio de 2023. – ",
        "body": [
            "EL ALTO, 5 de junio de 2023. – Las 23 bibliotecas de la Red de Bibliotecas Rurales del Altiplano "
            "empezaron a prestar paneles solares portátiles para que los estudiantes puedan leer y cargar sus "
            "teléfonos en casa.",
            P("Por qué importa", style="Heading 2"),
            "En muchas comunidades la luz eléctrica llega solo unas horas al día. Los niños hacen las tareas "
            "con velas o dejan de hacerlas al anochecer.",
            P("Cómo funciona", style="Heading 2"),
            "Cada familia puede llevarse un panel y una lámpara durante dos semanas, con el mismo carné que "
            "usa para los libros.",
            "«Un libro sin luz se queda cerrado», dice la coordinadora Rosa Mamani.",
            P("Próximos pasos", style="Heading 2"),
            "La red quiere llegar a cien paneles antes de fin de año gracias a donaciones de empresas "
            "mineras y de la diáspora en Argentina.",
        ],
        "tail": [
            P("###", align="center"),
            P("Contacto", bold=True),
            "Diego Quispe Huanca",
            "Coordinador de comunicación",
            "Red de Bibliotecas Rurales del Altiplano",
            "+591 2 555 0147",
            "comunicacion@bibliotecasaltiplano.example",
        ],
        "place": "EL ALTO",
        "date": "2023-06-05",
        "contacts": [contact("Diego Quispe Huanca", "Coordinador de comunicación",
                             "Red de Bibliotecas Rurales del Altiplano", "comunicacion@bibliotecasaltiplano.example",
                             "+591 2 555 0147")],
        "notes": "Three section subheads in style Heading 2 ('Por qué importa', 'Cómo funciona', 'Próximos "
        "pasos') with paragraphs under each; the subheads count as body paragraphs and the body runs "
        "through every section to the end mark '###'. Contact block after it.",
    },
    # 9 + 8: Japanese layout; deck split over two Subtitle paragraphs; event outline; About; contact
    {
        "lang": "ja",
        "name": "kawase_craft_fair",
        "org": "川瀬町ものづくり市実行委員会（架空の工芸市の実行委員会）",
        "layout": "spec",
        "pre": [
            "報道関係各位",
            P("2024年2月5日", align="right"),
            P("川瀬町ものづくり市実行委員会", align="right"),
            BLANK,
        ],
        "head": [
            P("川瀬町で初の「ものづくり市」を開催", style="Title"),
            P("～町内の職人32人が工房を開放～", style="Subtitle"),
            P("木工・染め物・鍛冶の実演とワークショップを2日間にわたり実施", style="Subtitle"),
        ],
        "headline": "川瀬町で初の「ものづくり市」を開催",
        "sub": "～町内の職人32人が工房を開放～ 木工・染め物・鍛冶の実演とワークショップを2日間にわたり実施",
        "prefix": "",
        "body": [
            "川瀬町ものづくり市実行委員会は、2024年3月16日（土）と17日（日）の2日間、町内の職人が工房を一般に"
            "開放する「川瀬町ものづくり市」を初めて開催します。",
            "会場となる旧川瀬小学校の校舎では、木工、藍染め、刃物づくりなどの実演を行うほか、来場者が自分で"
            "箸やコースターを作れるワークショップを用意しています。",
            "実行委員長の森田健一は「若い人に、町の仕事を手で触って知ってほしい」と話しています。",
            P("開催概要", style="Heading 1"),
            "名称：\t\t川瀬町ものづくり市",
            "日程：\t\t2024年3月16日（土）・17日（日）10:00〜16:00",
            "会場：\t\t旧川瀬小学校（川瀬町本町2-8）",
            "入場料：\t無料（ワークショップは材料費実費）",
        ],
        "tail": [
            P("川瀬町ものづくり市実行委員会について", style="Heading 1"),
            ("bp", "町内の工房、商工会、観光協会で構成する団体です。伝統工芸の担い手を増やすことを目的に、"
                   "2023年に発足しました。"),
            BLANK,
            P("本件に関するお問い合わせ先", style="Heading 1"),
            "川瀬町ものづくり市実行委員会　事務局",
            "広報担当　中村、石井",
            "E-mail：info@kawase-monozukuri.example",
            BLANK,
            "※ワークショップの内容は、都合により変更になる場合があります。",
        ],
        "place": None,
        "date": "2024-02-05",
        "boiler": 1,
        "contacts": [contact("中村、石井", "広報担当", "川瀬町ものづくり市実行委員会　事務局",
                             "info@kawase-monozukuri.example")],
        "alternatives": {
            "subheadline": ["～町内の職人32人が工房を開放～"
                            "木工・染め物・鍛冶の実演とワークショップを2日間にわたり実施"],
            "body_paragraph_count": [3],
            "contacts": [[
                contact("中村", "広報担当", "川瀬町ものづくり市実行委員会　事務局", "info@kawase-monozukuri.example"),
                contact("石井", "広報担当", "川瀬町ものづくり市実行委員会　事務局", "info@kawase-monozukuri.example"),
            ]],
        },
        "notes": "Japanese layout: '報道関係各位' at the top, right-aligned date and organiser lines, Title-style "
        "headline, deck in TWO Subtitle paragraphs (joined with one space; alternative without, as Japanese "
        "reads). Body = three prose paragraphs + Heading 1 '開催概要' + four tab-aligned label lines "
        "('名称：', '日程：', '会場：', '入場料：') = 8 (alternative 3, prose only). The event dates in "
        "the lead and outline are not datelines. About section '〜について' (1 paragraph), then "
        "'本件に関するお問い合わせ先' with organisation, '広報担当　中村、石井' (PR staff, two surnames after "
        "an ideographic space) and e-mail: the only contact (one contact; alternative two). A typed "
        "footnote '※...' closes the document.",
    },
    # 9: second Japanese release, single Subtitle deck, contact with phone
    {
        "lang": "ja",
        "name": "hoshizora_science_museum",
        "org": "星空町科学館（架空の科学館）",
        "layout": "spec",
        "pre": [
            "報道関係各位",
            P("2023年7月10日", align="right"),
            P("星空町科学館", align="right"),
            BLANK,
        ],
        "head": [
            P("星空町科学館、夜の特別開館「ナイトミュージアム」を初実施", style="Title"),
            P("プラネタリウムの特別投影と屋上観望会で\n夏の天の川を家族で楽しむ一夜", style="Subtitle"),
        ],
        "headline": "星空町科学館、夜の特別開館「ナイトミュージアム」を初実施",
        "sub": "プラネタリウムの特別投影と屋上観望会で 夏の天の川を家族で楽しむ一夜",
        "prefix": "",
        "body": [
            "夏の夜、科学館で星を見上げませんか。",
            "星空町科学館は、8月11日（金・祝）の夜、閉館後の館内を開放する「ナイトミュージアム」を初めて実施"
            "します。",
            "当日は19時から21時まで、プラネタリウムの特別投影と、屋上の望遠鏡を使った観望会を行います。"
            "雨天の場合は、学芸員による星の話に変更します。",
            "館長の岡田由紀は「夏休みの夜に、家族で本物の星空を見上げる時間をつくりたい」と話しています。",
            P("開催概要", style="Heading 2"),
            "名称：ナイトミュージアム2023",
            "日時：2023年8月11日（金・祝）19:00〜21:00",
            "会場：星空町科学館（星空町緑ヶ丘1-1）",
            "定員：先着200名（事前申込制）",
        ],
        "tail": [
            P("星空町科学館について", style="Heading 2"),
            ("bp", "1994年に開館した町立の科学館です。口径60センチの反射望遠鏡を備え、毎月第2土曜日に"
                   "観望会を開いています。"),
            BLANK,
            P("本件に関するお問い合わせ先", style="Heading 2"),
            "星空町科学館　広報室",
            "担当：青木",
            "TEL：0267-55-0123",
            "E-mail：pr@hoshizora-kagakukan.example",
        ],
        "place": None,
        "date": "2023-07-10",
        "boiler": 1,
        "contacts": [contact("青木", None, "星空町科学館　広報室", "pr@hoshizora-kagakukan.example", "0267-55-0123")],
        "alternatives": {"body_paragraph_count": [4],
                         "subheadline": ["プラネタリウムの特別投影と屋上観望会で夏の天の川を家族で楽しむ一夜"]},
        "notes": "Japanese layout: '報道関係各位', right-aligned date and organiser, Title headline, Subtitle "
        "deck of two lines split by a Shift+Enter line break in ONE paragraph (joined with one space; "
        "alternative without). Body = a one-sentence opening paragraph, three prose paragraphs, Heading 2 "
        "'開催概要' and four label lines ('名称：', '日時：', '会場：', '定員：') = 9 (alternative 4, prose "
        "only). The event date '8月11日' in the second paragraph is not a dateline. "
        "About section '星空町科学館について', then the contact block: '星空町科学館　広報室' (press office), "
        "'担当：青木' ('担当' = person in charge, a label, not a title), phone and e-mail. The organiser line "
        "at the top is not a contact.",
    },
    # 10: Chinese campus news release with a credit line opening the body; no dateline, no contacts
    {
        "lang": "zh-Hans",
        "name": "donghu_college_robot",
        "org": "东湖学院机电工程学院（虚构的高校学院；校园新闻稿）",
        "layout": "spec",
        "head": [P("机电工程学院学生团队在省机器人大赛中获一等奖", align="center", bold=True, size=16), BLANK],
        "headline": "机电工程学院学生团队在省机器人大赛中获一等奖",
        "sub": None,
        "prefix": "",
        "body": [
            "（图|张晓雨\t\t文|刘思远）11月18日，第九届省大学生机器人大赛在南湖体育馆落下帷幕，我校机电工程学院"
            "“追光”团队凭借自主设计的分拣机器人获得一等奖。",
            "本届大赛共有来自全省四十余所高校的一百二十支队伍参赛。“追光”团队由五名大三学生组成，他们用"
            "半年时间完成了机械结构、视觉识别和控制程序的设计。",
            "指导教师陈国栋介绍，团队在比赛前一周更换了机械臂的夹爪，使分拣速度提高了近一倍。",
            "队长周子涵表示：“比赛让我们明白，课堂上学到的知识只有动手做出来才算真正掌握。”",
        ],
        "tail": [],
        "place": None,
        "date": None,
        "credits": "张晓雨",
        "contacts": [],
        "alternatives": {"first_body_paragraph_start": [
            "11月18日，第九届省大学生机器人大赛在南湖体育馆落下帷幕，我校机电工程学院“追光”团队凭借自主设计的分拣"]},
        "notes": "Chinese campus news release: centred bold headline, then the lead, which OPENS with the credit "
        "line '（图|张晓雨<TAB><TAB>文|刘思远）' (photo: 张晓雨, text: 刘思远; ASCII bars, two tabs between "
        "the credits); photo_credits records the photographer and first_body_paragraph_start keeps the "
        "credit (alternative without it). The lead's '11月18日' is the event date, not a dateline. No "
        "contacts.",
    },
    # 10 + 8: second Chinese campus release; deck split over two Subtitle paragraphs
    {
        "lang": "zh-Hans",
        "name": "linjiang_normal_library",
        "org": "临江师范学院图书馆（虚构的高校图书馆；校园新闻稿）",
        "layout": "spec",
        "head": [
            P("图书馆“旧书漂流”活动送出三千册图书", style="Title"),
            P("——毕业生把教材和读物", style="Subtitle"),
            P("留给学弟学妹", style="Subtitle"),
        ],
        "headline": "图书馆“旧书漂流”活动送出三千册图书",
        "sub": "——毕业生把教材和读物 留给学弟学妹",
        "prefix": "",
        "body": [
            "（文/图｜黄佳怡）6月12日至14日，图书馆在一楼大厅举办“旧书漂流”活动，毕业生捐出的三千余册教材和"
            "课外读物在三天内全部被新主人领走。",
            "活动由图书馆读者协会的二十名志愿者组织。他们把图书按学科分类，并在每本书的扉页贴上“漂流卡”，"
            "请捐书人写下一句留言。",
            "数学系大四学生王一鸣捐出了十二本专业书，他在留言中写道：“书里的笔记也许能帮你少走一点弯路。”",
            "图书馆馆长许文静表示，今后每年毕业季都将举办这一活动。",
        ],
        "tail": [],
        "place": None,
        "date": None,
        "credits": "黄佳怡",
        "contacts": [],
        "alternatives": {
            "subheadline": ["——毕业生把教材和读物留给学弟学妹"],
            "first_body_paragraph_start": [
                "6月12日至14日，图书馆在一楼大厅举办“旧书漂流”活动，毕业生捐出的三千余册教材和课外读物在三天内全部被"],
        },
        "notes": "Chinese campus news release: Title-style headline and a deck split over TWO Subtitle paragraphs "
        "(joined with one space; alternative joined without, as Chinese reads). The lead opens with the "
        "credit '（文/图｜黄佳怡）' (text and photos by one person; photo_credits records her; "
        "first_body_paragraph_start keeps the credit, alternative without). No dateline, no contacts.",
    },
    # 11: Nepali (Devanagari) with an event fact box at the end of the body
    {
        "lang": "ne",
        "name": "lalitpur_kala_mela",
        "org": "ललितपुर हस्तकला सङ्घ (काल्पनिक हस्तकला सङ्घ, ललितपुर)",
        "layout": "spec",
        "head": [
            P("प्रेस विज्ञप्ति", align="center", bold=True),
            P("ललितपुरमा तीन दिने हस्तकला मेला हुने", align="center", bold=True, size=18),
            BLANK,
        ],
        "headline": "ललितपुरमा तीन दिने हस्तकला मेला हुने",
        "sub": None,
        "prefix": "",
        "body": [
            "ललितपुर हस्तकला सङ्घले पाटन दरबार क्षेत्र नजिकै तीन दिने हस्तकला मेला आयोजना गर्ने भएको छ। "
            "मेलामा काठका मूर्ति, धातुका भाँडा र ढाका कपडा बनाउने सय जना कालिगढ सहभागी हुनेछन्।",
            "मेलामा आउने बालबालिकाले कालिगढसँगै बसेर माटोका भाँडा बनाउन सिक्न सक्नेछन्।",
            "सङ्घका अध्यक्ष कृष्णबहादुर शाक्यले भने, “हाम्रा सीप नयाँ पुस्तासम्म पुर्‍याउनु नै यो मेलाको मुख्य "
            "उद्देश्य हो।”",
            "स्थान: पाटन दरबार क्षेत्र, ललितपुर",
            "मिति: वैशाख ५ देखि ७ गतेसम्म",
            "टिकट: निःशुल्क प्रवेश",
        ],
        "tail": [
            BLANK,
            P("सम्पर्क", bold=True),
            "सुनिता महर्जन, सूचना अधिकारी",
            "ललितपुर हस्तकला सङ्घ",
            "०१-५५५०१२३",
        ],
        "place": None,
        "date": None,
        "contacts": [contact("सुनिता महर्जन", "सूचना अधिकारी", "ललितपुर हस्तकला सङ्घ", None, "०१-५५५०१२३")],
        "alternatives": {"body_paragraph_count": [3]},
        "notes": "Nepali in Unicode Devanagari. Centred bold label 'प्रेस विज्ञप्ति' (press release) above the "
        "centred bold 18pt headline. No dateline or date. The body ends with an event fact box of three label "
        "lines ('स्थान:' venue, 'मिति:' date, 'टिकट:' tickets) counted as body (alternative 3 without "
        "them); they are not contacts. Contact block 'सम्पर्क' with a phone number in Devanagari digits.",
    },
    # 11: English fact box ('Venue:', 'Date:', 'Tickets:') closing the body
    {
        "lang": "en",
        "name": "ridgeline_film_society",
        "org": "Ridgeline Film Society (fictional film club, Asheville, North Carolina)",
        "layout": "spec",
        "pre": [P("NEWS RELEASE", bold=True), BLANK],
        "head": [
            P("Ridgeline Film Society Brings Silent Comedies Back with a Live Pianist", bold=True, size=16),
            P("Three Saturday matinees at the Orange Peel Annex in March", italic=True),
            BLANK,
        ],
        "headline": "Ridgeline Film Society Brings Silent Comedies Back with a Live Pianist",
        "sub": "Three Saturday matinees at the Orange Peel Annex in March",
        "prefix": "ASHEVILLE, N.C. — February 12, 2024 — ",
        "body": [
            "ASHEVILLE, N.C. — February 12, 2024 — The Ridgeline Film Society will screen three silent comedies "
            "from the 1920s in March, each accompanied by pianist Marisol Becker playing her own scores.",
            "The series opens with a restored print of a railway chase comedy and closes with a short "
            "programme chosen by the society's youngest members.",
            "“Kids laugh at a pie in the face exactly as hard as their great-grandparents did,” said society "
            "president Walter Lindqvist.",
            "Venue: Orange Peel Annex, 101 Biltmore Avenue, Asheville",
            "Date: Saturdays March 2, 9 and 16, 2 p.m.",
            "Tickets: $8, free for under-12s, at the door",
        ],
        "tail": [
            BLANK,
            P("About the Ridgeline Film Society", bold=True),
            ("bp", "The Ridgeline Film Society has shown classic and world cinema in western North Carolina "
                   "since 1978."),
            BLANK,
            "Media contact: Corinne Baptiste, (828) 555-0148, corinne@ridgelinefilm.example",
        ],
        "place": "ASHEVILLE, N.C.",
        "date": "2024-02-12",
        "boiler": 1,
        "contacts": [contact("Corinne Baptiste", None, None, "corinne@ridgelinefilm.example", "(828) 555-0148")],
        "alternatives": {"body_paragraph_count": [3]},
        "notes": "'NEWS RELEASE' label, bold 16pt headline, italic deck. Em-dash dateline. The body ends with an "
        "event fact box of three label lines ('Venue:', 'Date:', 'Tickets:'), counted as body (alternative "
        "3); they are not contacts and 'Date:' is not the dateline. About block, then a one-line contact.",
    },
    # 12: French; the only contact is the closing sentence
    {
        "lang": "fr",
        "name": "ferme_des_quatre_vents",
        "org": "Ferme pédagogique des Quatre Vents (ferme fictive, Bretagne)",
        "layout": "spec",
        "head": [
            P("La ferme des Quatre Vents accueille les classes pour la tonte des moutons", bold=True, size=16,
              align="center"),
            P("Trois matinées de démonstration ouvertes aux écoles du pays de Redon", italic=True, align="center"),
            BLANK,
        ],
        "headline": "La ferme des Quatre Vents accueille les classes pour la tonte des moutons",
        "sub": "Trois matinées de démonstration ouvertes aux écoles du pays de Redon",
        "prefix": "Redon, le 2 mai 2024 – ",
        "body": [
            "Redon, le 2 mai 2024 – La ferme pédagogique des Quatre Vents invite les écoles primaires à assister "
            "à la tonte de son troupeau de quarante brebis les 21, 22 et 23 mai.",
            "Les élèves verront comment la laine est triée, lavée puis filée au rouet par des bénévoles de "
            "l’association des fileuses de Bains-sur-Oust.",
            "« Beaucoup d’enfants pensent que la laine pousse dans les magasins », sourit l’éleveur Gaël Rouxel.",
            "La visite est gratuite pour les classes inscrites avant le 15 mai.",
        ],
        "tail": [
            BLANK,
            "Pour toute question, contactez Hélène Vasseur.",
        ],
        "place": "Redon",
        "date": "2024-05-02",
        "contacts": [contact("Hélène Vasseur")],
        "alternatives": {"contacts": [[]]},
        "notes": "Centred bold headline and italic deck; dateline 'Redon, le 2 mai 2024 – '. The only contact is "
        "the last paragraph, one sentence 'Pour toute question, contactez Hélène Vasseur.' (name only; "
        "alternative no contacts).",
    },
    # 12 + 7: Uzbek; bold subheads; the only contact is a sentence closing the release
    {
        "lang": "uz",
        "name": "samarqand_kitob_festivali",
        "org": "Samarqand yosh kitobxonlar klubi (to‘qima klub, Samarqand)",
        "layout": "spec",
        "head": [
            P("Samarqandda birinchi bolalar kitob festivali bo‘lib o‘tadi", style="Heading 2", align="center"),
            BLANK,
        ],
        "headline": "Samarqandda birinchi bolalar kitob festivali bo‘lib o‘tadi",
        "sub": None,
        "prefix": "",
        "body": [
            "Samarqand yosh kitobxonlar klubi 20–22-sentabr kunlari Registon maydoni yonidagi bog‘da bolalar "
            "uchun birinchi kitob festivalini o‘tkazadi.",
            P("Festivalda nimalar bo‘ladi", bold=True),
            "Festivalda yozuvchilar bilan uchrashuvlar, ertak o‘qish kechalari va kitob almashish bozori "
            "tashkil etiladi.",
            P("Kimlar qatnasha oladi", bold=True),
            "Festivalga kirish bepul. Maktab o‘quvchilari o‘qituvchilari bilan guruh bo‘lib kelishlari mumkin.",
        ],
        "tail": [
            BLANK,
            "Batafsil ma’lumot uchun Dilnoza Karimovaga murojaat qiling.",
        ],
        "place": None,
        "date": None,
        "contacts": [contact("Dilnoza Karimova")],
        "alternatives": {"contacts": [[]]},
        "notes": "Uzbek (Latin). Headline in style Heading 2, centred; no dateline or date ('20–22-sentabr' is "
        "the event date). Body with two bold subheads (counted). The only contact is the closing sentence "
        "'Batafsil ma’lumot uchun Dilnoza Karimovaga murojaat qiling.' (the name with a dative suffix; "
        "recorded as 'Dilnoza Karimova'; alternative no contacts).",
    },
    # 7 (long): contacts at the TOP in one paragraph of line breaks, a long body with bold subheads, no end mark
    {
        "lang": "en",
        "name": "river_otter_coalition",
        "org": "Clearwater River Otter Coalition (fictional volunteer conservation group, Oregon)",
        "layout": "spec",
        "pre": [
            P("Media contacts:", bold=True),
            "Marisa Quintero (she/her)\nVolunteer coordinator\n(541) 555-0132 or marisa@riverotters.example",
            "Desmond Achebe\nHydrologist, Clearwater River Otter Coalition\n(541) 555-0187",
            BLANK,
        ],
        "head": [
            P("Otters return to the lower Clearwater after a decade, volunteers count fourteen", bold=True, size=16),
            P("Cleaner water and rebuilt riverbanks bring back a species last recorded in 2013", italic=True),
            BLANK,
        ],
        "headline": "Otters return to the lower Clearwater after a decade, volunteers count fourteen",
        "sub": "Cleaner water and rebuilt riverbanks bring back a species last recorded in 2013",
        "prefix": "Eugene, Oregon – ",
        "body": [
            "Eugene, Oregon – Volunteers with the Clearwater River Otter Coalition counted fourteen river otters "
            "along the lower river this month, the first confirmed sightings there in ten years.",
            "The count used thirty motion cameras placed at dens, slides and feeding spots between the Mill "
            "Street bridge and the confluence.",
            "Three of the otters were pups, which shows that the animals are breeding and not just passing "
            "through.",
            P("A river that was written off", bold=True),
            "In 2012 a fertiliser spill killed most of the fish in a twelve-mile stretch. With nothing to eat, "
            "the otters moved upstream or died.",
            "Many residents stopped walking along the river. Some still remember the smell that summer.",
            "“People told us the lower river was finished,” said volunteer coordinator Marisa Quintero. "
            "“We wanted to prove them wrong with evidence, not hope.”",
            P("Ten years of small jobs", bold=True),
            "Since 2014 the coalition has planted 22,000 willows and alders, removed four abandoned weirs and "
            "taken 60 tonnes of rubbish out of the water.",
            "School groups test the water every month. Their results are posted on a board at the boat ramp.",
            "Nitrate levels have fallen by two thirds since the first tests, and crayfish, the otters' main "
            "food, are back in large numbers.",
            P("What the otters need now", bold=True),
            "Otters are sensitive to disturbance when they have young. The coalition asks dog walkers to keep "
            "dogs on a lead on the east bank until the end of September.",
            "It also wants the county to lower the speed limit on River Road, where two otters were killed by "
            "cars last year.",
            "“An otter is a very good water test,” said hydrologist Desmond Achebe. “If they stay, it means "
            "the whole river is working.”",
            "The coalition will present the full survey at the Eugene Public Library on 18 July at 7 p.m.",
        ],
        "tail": [],
        "place": "Eugene, Oregon",
        "date": None,
        "contacts": [
            contact("Marisa Quintero", "Volunteer coordinator", None, "marisa@riverotters.example", "(541) 555-0132"),
            contact("Desmond Achebe", "Hydrologist", "Clearwater River Otter Coalition", None, "(541) 555-0187"),
        ],
        "notes": "Contact block at the TOP: a bold label, then one paragraph per person with Shift+Enter line "
        "breaks (name with pronouns, role, phone 'or' e-mail). Bold 16pt headline, italic deck, place-only "
        "dateline 'Eugene, Oregon – ' (no date anywhere). A LONG body (17 paragraphs) with three bold subheads, "
        "running to the end of the document with no end mark; the event date in the last paragraph is not a "
        "dateline.",
    },
]
