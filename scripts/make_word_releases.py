"""Build original Word press releases (fictional organisations) with truth files.

The files train and test the Word importer on layouts that real .docx releases
use: direct formatting instead of styles, contact blocks in odd places (top,
table cell, page footer, inside a sentence), releases written as one paragraph
of line breaks, layout tables, field labels and unfilled placeholders. More shapes
(course-paper headings, one heading style for every paragraph, Japanese and Chinese campus
layouts, fact boxes, contact sentences ...) are in word_release_shapes.py, spelled out
paragraph by paragraph for the "spec" layout.

Every text here was written for this project. Output is byte-for-byte
deterministic: core properties carry a fixed date and the zip entries a fixed
timestamp, so re-running the script changes nothing.

Run: .venv/bin/python scripts/make_word_releases.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from word_release_shapes import SHAPE_RELEASES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "importer" / "word"
FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)
ZIP_TIME = (2024, 1, 15, 9, 0, 0)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
ALIGN = {"center": CENTER, "right": RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

Item = Any  # str or tuple, see add_item()


def contact(name=None, title=None, org=None, email=None, phone=None) -> dict:
    return {"name": name, "title": title, "organisation": org, "email": email, "phone": phone}


# --------------------------------------------------------------------------- releases
# Each release: text parts plus layout options. body holds the paragraphs after
# the lead; the lead is prefix + lead. Items are plain strings or tagged tuples.

RELEASES: list[dict] = [
    {
        "lang": "en",
        "name": "harbourlight_ferries",
        "org": "Harbourlight Ferries (fictional ferry operator, Portsmouth, UK)",
        "top": [
            ("b", "Contact: Megan Tolley\t\t\tFOR IMMEDIATE RELEASE"),
            "Tel: 023 9496 0418",
            "Email: m.tolley@harbourlight.example",
            ("blank",),
        ],
        "headline": "Harbourlight Ferries Adds Night Crossing to the Isle of Wight",
        "hfmt": {"size": 20, "font": "Calibri"},
        "sub": "Hourly service from June doubles late-evening capacity for commuters",
        "sfmt": {"italic": True, "size": 12},
        "prefix": "PORTSMOUTH, 5 May 2023 – ",
        "lead": "Harbourlight Ferries will run an hourly night crossing between Portsmouth and Fishbourne "
        "from 1 June, the operator said today, ending a decade in which the last boat left before ten.",
        "body": [
            "The new sailings use the refitted vessel Solent Wren, which carries 180 passengers and 40 cars "
            "and now runs on battery power for the harbour approach.",
            "“Nurses, chefs and hotel staff have told us for years that the timetable was built for "
            "day-trippers,” said managing director Owen Pritchard. “This crossing is for the people who keep "
            "the island running.”",
            "Fares on the night service match the daytime walk-on price, and season-ticket holders can use "
            "it at no extra cost.",
        ],
        "tail": [
            ("b", "About Harbourlight Ferries"),
            (
                "bp",
                "Harbourlight Ferries has carried passengers across the Solent since 1961 and operates four "
                "vessels from Portsmouth and Lymington.",
            ),
            ("c", "###"),
        ],
        "gap": True,
        "place": "PORTSMOUTH",
        "date": "2023-05-05",
        "contacts": [contact("Megan Tolley", phone="023 9496 0418", email="m.tolley@harbourlight.example")],
        "notes": "Contact block at the TOP: 'Contact: Megan Tolley' and 'FOR IMMEDIATE RELEASE' in one bold "
        "paragraph separated by three tabs, then Tel and Email lines. Centred bold 20pt headline, italic "
        "deck, en-dash dateline. Empty Word paragraphs between body paragraphs. About block, then '###'.",
    },
    {
        "lang": "en",
        "name": "cedar_valley_library",
        "org": "Cedar Valley Public Library (fictional county library, Tennessee)",
        "headline": "Cedar Valley Library Opens Seed Lending Shelf",
        "hfmt": {"size": 18, "font": "Georgia"},
        "prefix": "Clarksville, TN: February 18, 2018-- ",
        "lead": "Gardeners in Montgomery County can now borrow vegetable and flower seeds the same way they borrow "
        "books, thanks to a new seed lending shelf at the Cedar Valley Public Library.",
        "body": [
            "Patrons may take up to five packets per season. The library asks borrowers to save seeds from "
            "their healthiest plants in the fall and return them so the collection can grow.",
            "Starter varieties include:",
            ("li", "Cherokee Purple tomatoes"),
            ("li", "Blue Lake pole beans"),
            ("li", "Lemon Queen sunflowers"),
            "“A seed library is a very old idea,” said branch manager Loretta Gaines. “Our grandparents "
            "swapped seeds over the fence. We are just giving the fence a card catalog.”",
            "Free workshops on seed saving begin in March.",
        ],
        "tail": [
            ("c", "###"),
            ("b", "Media Contact"),
            "Loretta Gaines, Branch Manager",
            "Cedar Valley Public Library",
            "(931) 555-0142",
            "lgaines@cedarvalleylib.example",
        ],
        "place": "Clarksville, TN",
        "date": "2018-02-18",
        "contacts": [
            contact(
                "Loretta Gaines",
                "Branch Manager",
                "Cedar Valley Public Library",
                "lgaines@cedarvalleylib.example",
                "(931) 555-0142",
            )
        ],
        "notes": "Dateline 'Clarksville, TN: February 18, 2018-- ' (colon after the place, double hyphen after the "
        "date). Three Word 'List Bullet' items inside the body, each one paragraph. '###' then a contact "
        "block at the bottom. No boilerplate.",
    },
    {
        "lang": "en",
        "name": "quillfeather_robotics",
        "org": "Quillfeather Robotics (fictional robotics start-up, Somerville, Massachusetts)",
        "header": "Quillfeather Robotics",
        "label": "Press Release",
        "lfmt": {"size": 18},
        "headline": ["Quillfeather Robotics Unveils Shelf-Scanning Robot", "for Independent Bookshops"],
        "hfmt": {"size": 18},
        "sub": "Pilot in six New England stores cut inventory time from two days to three hours",
        "sfmt": {"bold": True, "size": 13, "align": CENTER},
        "prefix": "October 3rd, 2022- Somerville, MA – ",
        "lead": "Quillfeather Robotics today introduced Marginalia, a slim wheeled robot that reads book spines "
        "at night and tells booksellers which titles are misplaced, missing or running low.",
        "body": [
            "The robot photographs each shelf, matches spines against the store's catalog and sends a short "
            "report to the owner's phone before opening time.",
            "“Big chains have warehouse software. Corner bookshops have a clipboard and a tired owner,” said "
            "co-founder Priya Raman. “We built Marginalia for the clipboard.”",
            "Marginalia is leased for $89 a month, with no installation fee.",
        ],
        "tail": [
            ("b", "About Quillfeather Robotics"),
            (
                "bp",
                "Quillfeather Robotics designs small, quiet machines for retail and library work. The "
                "company was founded in 2020 and employs 14 people.",
            ),
            (
                "table",
                [["Media contact", "Dana Whitcomb\nQuillfeather Robotics\n(617) 555-0179\npress@quillfeather.example"]],
            ),
        ],
        "place": "Somerville, MA",
        "date": "2022-10-03",
        "contacts": [
            contact("Dana Whitcomb", None, "Quillfeather Robotics", "press@quillfeather.example", "(617) 555-0179")
        ],
        "notes": "Page header repeats 'Quillfeather Robotics'. The label 'Press Release' is formatted exactly like "
        "the headline (bold 18pt centred) and sits above it; it is not the headline. The headline is split "
        "over two lines by a line break (joined with one space). Bold 13pt centred deck. Dateline "
        "'October 3rd, 2022- Somerville, MA – ' (date first). Contact block in a two-cell TABLE at the "
        "bottom (label cell, then one cell with line breaks).",
    },
    {
        "lang": "en",
        "name": "missoula_trailworks",
        "org": "Bitterroot Trailworks (fictional trail-building nonprofit, Montana)",
        "layout": "single",
        "top": ["March 3, 2021"],
        "headline": "Volunteers Needed to Rebuild Rattlesnake Creek Footbridge",
        "prefix": "[Missoula, Montana]: ",
        "lead": "Bitterroot Trailworks is looking for 40 volunteers to help replace the washed-out footbridge on "
        "the Rattlesnake Creek trail before the summer hiking season.",
        "body": [
            "The old bridge was lifted off its footings by spring runoff last year. The new span will be "
            "built from larch logs milled on site and carried in by pack mules.",
            "Work parties meet every Saturday in April at the main trailhead. Gloves, tools and lunch are "
            "provided; volunteers should bring sturdy boots and rain gear.",
            "“You don't need any building experience, just a willingness to get muddy,” said crew leader Hank Oduya.",
            "Trailworks has rebuilt eleven bridges and forty miles of trail around Missoula since 2009.",
        ],
        "tail": ["ENDS", "", "Contact: Hank Oduya, (406) 555-0117, hank@bitterroottrails.example"],
        "place": "Missoula, Montana",
        "date": "2021-03-03",
        "contacts": [contact("Hank Oduya", phone="(406) 555-0117", email="hank@bitterroottrails.example")],
        "notes": "The WHOLE release is ONE Word paragraph; lines are Shift+Enter line breaks and body paragraphs "
        "are separated by an empty line (two breaks). Under the plain-text rule the body blocks separated "
        "by empty lines are counted (5); counting Word paragraphs would give 1 for the whole document. "
        "Date line 'March 3, 2021' above the headline gives the date; the lead dateline "
        "'[Missoula, Montana]: ' gives the place (brackets not part of the value). 'ENDS', then a "
        "one-line contact.",
    },
    {
        "lang": "en",
        "name": "goleta_kelp_lab",
        "org": "Goleta Kelp Restoration Lab (fictional marine research group, California)",
        "layout": "table",
        "side": [
            "CONTACT",
            "Marisol Vega",
            "Goleta Kelp Restoration Lab",
            "(805) 555-0163",
            "mvega@goletakelp.example",
        ],
        "headline": "Student Divers Replant Two Acres of Kelp Off Goleta Point",
        "hfmt": {"size": 22},
        "prefix": "August 9th, 2019 (Goleta, California) - ",
        "lead": "A team of 25 student divers from the Goleta Kelp Restoration Lab has replanted two acres of giant "
        "kelp on a reef where purple urchins had grazed the forest down to bare rock.",
        "body": [
            "Over six weekends the divers removed more than 30,000 urchins by hand and tied young kelp to "
            "the rock with biodegradable cord.",
            "Early surveys show the new plants growing up to half a meter a week.",
            "“It is slow, cold work, but you can see the fish coming back already,” said lab director Marisol Vega.",
        ],
        "tail": [
            ("b", "About the Goleta Kelp Restoration Lab"),
            (
                "bp",
                "The lab trains students in scientific diving and restores kelp forests along the Santa "
                "Barbara Channel with local fishing crews.",
            ),
            ("bp", "www.goletakelp.example"),
        ],
        "place": "Goleta, California",
        "date": "2019-08-09",
        "contacts": [
            contact("Marisol Vega", None, "Goleta Kelp Restoration Lab", "mvega@goletakelp.example", "(805) 555-0163")
        ],
        "notes": "LAYOUT TABLE: one row, two cells. The narrow left cell holds the contact block ('CONTACT' label, "
        "name, organisation, phone, e-mail); the wide right cell holds the whole release. Inverted "
        "dateline 'August 9th, 2019 (Goleta, California) - ' (date first, place in parentheses). About "
        "block: paragraph plus URL line (2 boilerplate paragraphs; 1 without the URL line).",
    },
    {
        "lang": "en",
        "name": "northgate_choir",
        "org": "Northgate Community Choir (fictional amateur choir, Leeds, UK)",
        "fields": True,
        "headline": "Northgate Community Choir Celebrates 50 Years with Free Concert",
        "sub": "Former members invited to join the final chorus",
        "dateline_field": "LEEDS, [DATE]",
        "lead": "Northgate Community Choir will mark its 50th season with a free concert in Kirkgate Market, "
        "bringing together current singers and anyone who has sung with the choir since 1974.",
        "body": [
            "The programme moves from the folk songs the choir started with to a new piece commissioned from "
            "local composer Ruth Adeyemi, written for 200 voices.",
            "Former members are asked to register online so that enough copies of the score can be printed.",
            "“Some of our founders are in their nineties and still come to rehearsal,” said musical director "
            "Colin Ashworth. “We want everyone who was ever part of this on stage together.”",
        ],
        "tail": [
            "For interviews, please contact our secretary Mrs. Joan Fairley via her Email: "
            "secretary@northgatechoir.example or on 0113 496 0275."
        ],
        "place": "LEEDS",
        "date": None,
        "contacts": [contact("Joan Fairley", "secretary", None, "secretary@northgatechoir.example", "0113 496 0275")],
        "notes": "FIELD LABELS: 'Headline: ', 'Subheadline: ' and 'Dateline: ' precede the values (values recorded "
        "without the label). The dateline field is 'LEEDS, [DATE]': an unfilled placeholder, so the date "
        "is null. No date anywhere else. The contact is given inside a closing sentence after the body "
        "('please contact our secretary Mrs. Joan Fairley via her Email: ...'); the name is recorded "
        "without 'Mrs.', the title as written ('secretary').",
    },
    {
        "lang": "en",
        "name": "brightwater_credit_union",
        "org": "Brightwater Credit Union (fictional credit union, Ohio)",
        "header": "BRIGHTWATER CREDIT UNION",
        "footer": ["Media: Tom Keller  |  (614) 555-0130  |  tkeller@brightwatercu.example"],
        "headline": "Brightwater Credit Union Waives Overdraft Fees for Members Under 25",
        "hfmt": {"size": 16, "font": "Arial"},
        "sub": "Young members will also get a free budgeting coach",
        "sfmt": {"italic": True, "size": 11},
        "prefix": "COLUMBUS, Ohio, 14 March 2024 – ",
        "lead": "Brightwater Credit Union will stop charging overdraft fees to members aged 18 to 24 from April 1, "
        "the board announced today.",
        "body": [
            (
                "lead",
                "Why now. ",
                "The credit union found that members under 25 paid nearly a third of all "
                "overdraft fees while holding less than a tenth of deposits.",
            ),
            (
                "lead",
                "What changes. ",
                "Small overdrafts will be covered automatically, and members will get "
                "a text alert instead of a charge.",
            ),
            (
                "lead",
                "Coaching. ",
                "Each young member can book three free sessions with a budgeting coach at any of the nine branches.",
            ),
            "“Charging a student $35 for a $4 coffee is not what a credit union is for,” said chief "
            "executive Renata Szabo.",
        ],
        "tail": [
            ("b", "About Brightwater"),
            (
                "bp",
                "Brightwater Credit Union is a member-owned financial cooperative serving 68,000 members in "
                "central Ohio.",
            ),
        ],
        "place": "COLUMBUS, Ohio",
        "date": "2024-03-14",
        "contacts": [contact("Tom Keller", phone="(614) 555-0130", email="tkeller@brightwatercu.example")],
        "notes": "Contact appears ONLY in the page FOOTER ('Media: Tom Keller | phone | e-mail'); the page header "
        "repeats the organisation name in caps. Body has three paragraphs opening with BOLD INLINE "
        "SUBHEADS ('Why now.', 'What changes.', 'Coaching.'). About block with one paragraph; no end mark.",
    },
    {
        "lang": "en",
        "name": "ashcombe_museum",
        "org": "Ashcombe Museum of Rural Life (fictional museum, England)",
        "headline": "Ashcombe Museum to Reopen Restored Cider Barn",
        "hfmt": {"size": 24, "font": "Cambria"},
        "prefix": "[City, Date] – ",
        "lead": "The Ashcombe Museum of Rural Life will reopen its 17th-century cider barn this summer after a "
        "two-year restoration funded by local donors.",
        "body": [
            "Visitors will be able to see:",
            ("hb", "the oak cider press, returned to working order"),
            ("hb", "a new display of orchard tools from 1850 to 1950"),
            ("hb", "recorded memories from farm workers who pressed apples here"),
            "Pressing demonstrations will run every Sunday in October, when the museum's own orchard is harvested.",
            "“The barn was close to collapse when we started,” said curator Helen Marsh.",
        ],
        "tail": [
            ("b", "About Ashcombe Museum"),
            (
                "bp",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
            ),
            ("b", "Press enquiries"),
            "Helen Marsh, Curator",
            "01823 496 0321",
            "h.marsh@ashcombemuseum.example",
        ],
        "gap": True,
        "place": None,
        "date": None,
        "contacts": [contact("Helen Marsh", "Curator", None, "h.marsh@ashcombemuseum.example", "01823 496 0321")],
        "notes": "Unfilled template: the dateline is the placeholder '[City, Date] – ', so place and date are null; "
        "the About paragraph is placeholder 'Lorem ipsum' text (counted as one boilerplate paragraph all the "
        "same). Three hand-typed '• ' bullets in the body, each one paragraph. Contact block at the bottom "
        "under a bold 'Press enquiries' label.",
    },
    {
        "lang": "en",
        "name": "tidewater_wind",
        "org": "Tidewater Wind Partners (fictional offshore wind developer, Virginia)",
        "fields": True,
        "field_names": ("Title: ", None),
        "headline": "Tidewater Wind Completes Seabed Survey for Chesapeake Array",
        "prefix": "NORFOLK, Va., 21 November 2023 – ",
        "lead": "Tidewater Wind Partners has finished a six-month survey of the seabed 30 miles off the Virginia "
        "coast, the last major study before it applies for a construction permit.",
        "body": [
            "The survey mapped 120 square miles and recorded shipwrecks, fish habitat and buried cables that "
            "the turbine layout must avoid.",
            ("i", "Photo: the survey vessel Cape Henry. Credit: Lena Ortiz/Tidewater Wind"),
            "Findings will be shared with commercial fishers at three public meetings in January.",
            "“We moved four turbine positions because of what the fishing crews told us,” said project "
            "director Alan Brightman.",
        ],
        "tail": [
            ("b", "About Tidewater Wind Partners"),
            ("bp", "Tidewater Wind Partners develops offshore wind projects on the mid-Atlantic coast."),
            ("b", "Contacts"),
            "Sarah Boone, Communications Manager, (757) 555-0148, sboone@tidewaterwind.example",
            "Marcus Lee, Community Liaison, (757) 555-0186, mlee@tidewaterwind.example",
        ],
        "place": "NORFOLK, Va.",
        "date": "2023-11-21",
        "credits": "Lena Ortiz/Tidewater Wind",
        "contacts": [
            contact("Sarah Boone", "Communications Manager", None, "sboone@tidewaterwind.example", "(757) 555-0148"),
            contact("Marcus Lee", "Community Liaison", None, "mlee@tidewaterwind.example", "(757) 555-0186"),
        ],
        "notes": "Headline given with a field label 'Title: ' (value recorded without it). An italic photo caption "
        "'Photo: the survey vessel Cape Henry. Credit: Lena Ortiz/Tidewater Wind' sits between "
        "the second and third body paragraphs (no image; a caption inside the body does not end it, so it is "
        "counted). Two contacts, one line each.",
    },
    {
        "lang": "en",
        "name": "hollis_bakery_coop",
        "org": "Hollis Street Bakery Cooperative (fictional worker-owned bakery, Halifax, Nova Scotia)",
        "layout": "single",
        "top": ["FOR IMMEDIATE RELEASE", "Media contact: Amira Haddad, 902-555-0191, amira@hollisbakery.example", ""],
        "headline": "Hollis Street Bakery Becomes Worker-Owned Cooperative",
        "sub": "Eleven bakers buy the business from retiring founders",
        "prefix": "HALIFAX, N.S., 8 January 2024 – ",
        "lead": "The eleven bakers of Hollis Street Bakery are now its owners, after the founders sold the "
        "business to a cooperative formed by their staff.",
        "body": [
            "The founders, Gus and Eleanor Mackie, opened the bakery in 1989 and had no family members who "
            "wanted to take it over.",
            "A local credit union and a provincial loan fund financed the purchase. Every worker holds one "
            "equal share and one vote.",
            "“Nothing changes on the shelves. The sourdough is the same, the hours are the same,” said baker "
            "Amira Haddad. “What changes is who decides.”",
        ],
        "tail": ["-30-"],
        "place": "HALIFAX, N.S.",
        "date": "2024-01-08",
        "contacts": [contact("Amira Haddad", phone="902-555-0191", email="amira@hollisbakery.example")],
        "notes": "The whole release is ONE Word paragraph of Shift+Enter line breaks, with empty lines between "
        "blocks; the body count (4) counts blocks separated by empty lines. 'FOR IMMEDIATE RELEASE' and a "
        "one-line media contact at the top; deck below the headline; end mark '-30-'.",
    },
    {
        "lang": "en",
        "name": "prairie_seed_bank",
        "org": "Prairie Heritage Seed Bank (fictional seed conservation charity, Saskatchewan)",
        "top": [("right", "12 June 2023")],
        "label": "News Release",
        "lfmt": {"size": 20},
        "headline": "Seed Bank Invites Farmers to Grow Out Rare Wheat",
        "hfmt": {"size": 20},
        "prefix": "",
        "lead": "On Saturday, 22 July 2023, the Prairie Heritage Seed Bank will hand out samples of eight rare "
        "wheat varieties to farmers willing to grow them for one season.",
        "body": [
            "Most of the varieties were last grown commercially before 1940. Stored seed slowly loses the "
            "ability to germinate, so it must be planted and harvested every few decades.",
            "Each farmer receives enough seed for a small plot and returns half the harvest to the bank.",
            "Farmers can apply online until 30 June. The seed bank will choose forty growers from different "
            "soil regions of the province.",
            "“These wheats survived drought and frost long before irrigation,” said collection manager "
            "Bernadette Lavoie.",
        ],
        "tail": [("c", "- 30 -")],
        "footer": ["Prairie Heritage Seed Bank · Bernadette Lavoie · 306-555-0126 · seeds@prairieheritage.example"],
        "gap": True,
        "place": None,
        "date": "2023-06-12",
        "contacts": [
            contact(
                "Bernadette Lavoie", None, "Prairie Heritage Seed Bank", "seeds@prairieheritage.example", "306-555-0126"
            )
        ],
        "notes": "Right-aligned date line '12 June 2023' ABOVE the label and headline gives the date. 'News "
        "Release' is formatted exactly like the headline (bold 20pt centred) and is a label. No lead "
        "dateline: the lead opens with the EVENT date 'On Saturday, 22 July 2023', which is not a "
        "dateline. No place. The contact appears only in the page footer.",
    },
    {
        "lang": "en",
        "name": "kestrel_drones",
        "org": "Kestrel Survey Drones (fictional drone maker, Bristol, UK)",
        "layout": "table",
        "side": ["14 September 2022"],
        "side_left": False,
        "headline": "Kestrel Drone Maps Landslide Risk on Cliff Railways",
        "hfmt": {"size": 26, "font": "Arial Narrow"},
        "sub": "Heritage railways in Devon and Yorkshire sign up for monthly flights",
        "sfmt": {"italic": True},
        "prefix": "BRISTOL – ",
        "lead": "Kestrel Survey Drones has begun monthly inspection flights over three Victorian cliff railways, "
        "using laser scanning to spot rock movement too small to see from the track.",
        "body": [
            "Each flight takes under twenty minutes and produces a 3D model that engineers compare with the "
            "previous month.",
            "A crack that widened by four millimetres at one site led to a rock face being netted before the "
            "summer season.",
            "“Our customers used to abseil down the cliff with a tape measure,” said founder Imogen Clarke.",
        ],
        "tail": [
            ("c", "###"),
            "Press contact: Imogen Clarke, Kestrel Survey Drones",
            "Tel. 0117 496 0852 | Email press@kestreldrones.example",
        ],
        "place": "BRISTOL",
        "date": "2022-09-14",
        "contacts": [
            contact("Imogen Clarke", None, "Kestrel Survey Drones", "press@kestreldrones.example", "0117 496 0852")
        ],
        "notes": "LAYOUT TABLE: wide left cell holds the whole release, narrow right cell holds only the date "
        "'14 September 2022' (document date, recorded as the date). Place-only dateline 'BRISTOL – '. "
        "Contact lines after '###' inside the big cell.",
    },
    {
        "lang": "en",
        "name": "orchard_hill_school",
        "org": "Orchard Hill Primary School (fictional state school, Reading, UK)",
        "header": "Orchard Hill Primary School",
        "headline": "Orchard Hill Pupils Build a Weather Station on the School Roof",
        "hfmt": {"size": 16},
        "sub": "Live readings to be shared with the Met Office volunteer network",
        "sfmt": {"bold": True, "size": 12},
        "prefix": "READING, 30 January 2025 – ",
        "lead": "Year 6 pupils at Orchard Hill Primary School have built and installed a working weather station "
        "on the school roof.",
        "body": [
            "The station records:",
            ("li", "temperature and humidity every ten minutes"),
            ("li", "rainfall in a hand-made gauge"),
            ("li", "wind speed from a cup anemometer built from yoghurt pots"),
            "Readings appear on a screen in the school hall and on the school website.",
            "The project began after pupils asked why the forecast on television never matched the weather "
            "in their playground.",
            "If members of the press would like to visit, please contact the head teacher, Mr. David Osei, "
            "by Email: office@orchardhill.example.",
        ],
        "tail": [],
        "place": "READING",
        "date": "2025-01-30",
        "contacts": [contact("David Osei", "head teacher", None, "office@orchardhill.example")],
        "notes": "Page header repeats the school name. Three 'List Bullet' items. The only contact details are in "
        "the LAST BODY PARAGRAPH, a sentence ('please contact the head teacher, Mr. David Osei, by Email: "
        "...'). It is kept in the body count (8) because it is written as release text; the contact is "
        "recorded all the same since there is no other contact block.",
    },
    {
        "lang": "en",
        "name": "lumenpath_software",
        "org": "LumenPath Software (fictional accessibility software company, Dublin)",
        "top": [
            ("b", "Media contact: Niamh Brennan\t\tFOR IMMEDIATE RELEASE"),
            "Phone: +353 1 555 0147",
            "Email: niamh.brennan@lumenpath.example",
        ],
        "headline": "LumenPath Screen Reader Adds Irish-Language Voice",
        "hfmt": {"size": 19, "font": "Segoe UI"},
        "prefix": "DUBLIN, 2 April 2024 – ",
        "lead": "LumenPath Software has released an Irish-language voice for its free screen reader, developed "
        "with native speakers from all three main dialects.",
        "body": [
            "The voice can read web pages, e-mail and school documents in Irish and switch to English "
            "within the same sentence.",
            "Early testers in Gaelscoileanna said the voice handled place names far better than earlier "
            "synthetic voices. The company says accuracy on a standard test reached XX per cent.",
            "“Blind children in Irish-medium schools have waited too long for this,” said chief executive Ciarán Daly.",
        ],
        "tail": [
            ("b", "ABOUT LUMENPATH"),
            (
                "bp",
                "LumenPath Software builds free assistive technology and is funded by licences sold to "
                "universities and public bodies.",
            ),
            ("c", "ENDS"),
        ],
        "place": "DUBLIN",
        "date": "2024-04-02",
        "contacts": [contact("Niamh Brennan", phone="+353 1 555 0147", email="niamh.brennan@lumenpath.example")],
        "notes": "Contact at the TOP in the same bold paragraph as 'FOR IMMEDIATE RELEASE' (two tabs between), "
        "then Phone and Email lines. Unfilled placeholder 'XX per cent' inside a body sentence (left as "
        "written). Caps 'ABOUT LUMENPATH' heading, end mark 'ENDS'. No deck.",
    },
    {
        "lang": "en",
        "name": "riverbend_zoo",
        "org": "Riverbend Zoo (fictional zoo, Pennsylvania)",
        "headline": "Riverbend Zoo Welcomes Twin Red Panda Cubs",
        "hfmt": {"size": 22, "font": "Verdana"},
        "sub": "Cubs will stay behind the scenes until autumn",
        "sfmt": {"italic": True, "size": 12},
        "prefix": "Dunmore, PA: April 4, 2019-- ",
        "lead": "Riverbend Zoo announced today that its red panda Mei gave birth to twin cubs, the first red "
        "pandas born at the zoo in its 60-year history.",
        "body": [
            "The cubs, one male and one female, weigh about 200 grams each and are being cared for by their "
            "mother in a quiet den.",
            "Red pandas are endangered in the wild, with fewer than 10,000 thought to remain in the forests of "
            "the eastern Himalayas.",
            "“Mei is a very attentive mother, so we are keeping our distance,” said curator Frank Novak.",
        ],
        "tail": [
            ("i", "Photo courtesy of Riverbend Zoo / Kelly Shaw"),
            ("c", "ENDS"),
            ("b", "Contact:"),
            "Kelly Shaw",
            "Marketing Coordinator",
            "570-555-0104",
            "kshaw@riverbendzoo.example",
        ],
        "gap": True,
        "place": "Dunmore, PA",
        "date": "2019-04-04",
        "credits": "Riverbend Zoo / Kelly Shaw",
        "contacts": [
            contact("Kelly Shaw", "Marketing Coordinator", None, "kshaw@riverbendzoo.example", "570-555-0104")
        ],
        "notes": "Dateline 'Dunmore, PA: April 4, 2019-- '. After the body, an italic credit line 'Photo courtesy "
        "of Riverbend Zoo / Kelly Shaw' (no image), then 'ENDS' and a contact block with one value per "
        "line.",
    },
    {
        "lang": "en",
        "name": "saltmarsh_festival",
        "org": "Saltmarsh Folk Festival (fictional music festival, Wales)",
        "label": "NEWS RELEASE",
        "lfmt": {"size": 18, "font": "Georgia"},
        "headline": "Saltmarsh Folk Festival Moves to the Harbour After Flooding",
        "hfmt": {"size": 18, "font": "Georgia"},
        "prefix": "[Aberystwyth, Wales]: ",
        "lead": "The Saltmarsh Folk Festival will be held on the harbour front this year because its usual "
        "field was damaged by winter floods, organisers said on Tuesday, 9 April 2024.",
        "body": [
            "All 40 acts on the programme have agreed to play the new site, and tickets already sold remain valid.",
            "The harbour stage will face the water, and the festival has arranged extra night buses to "
            "nearby villages.",
            "Camping moves to the rugby club fields, a short walk from the harbour, with hot showers in the clubhouse.",
            "“Folk music started on quaysides, so in a way we are coming home,” said director Gwen Pryce.",
        ],
        "tail": [
            (
                "table",
                [
                    ["Press office", "Gwen Pryce, Festival Director"],
                    ["Phone", "01970 496 0233"],
                    ["Email", "gwen@saltmarshfolk.example"],
                ],
            )
        ],
        "place": "Aberystwyth, Wales",
        "date": None,
        "contacts": [contact("Gwen Pryce", "Festival Director", None, "gwen@saltmarshfolk.example", "01970 496 0233")],
        "notes": "Caps label 'NEWS RELEASE' formatted exactly like the headline (bold 18pt Georgia centred). "
        "Dateline '[Aberystwyth, Wales]: ' (bracketed place only). 'Tuesday, 9 April 2024' is inside the "
        "lead sentence ('organisers said on ...'), not a dateline, so the date is null. Contact block is "
        "a three-row TABLE at the bottom (label cells on the left).",
    },
    {
        "lang": "en",
        "name": "granite_state_transit",
        "org": "Granite State Regional Transit (fictional bus authority, New Hampshire)",
        "header": "Granite State Regional Transit",
        "footer": ["Press: Carla Dube · 603-555-0158 · cdube@gsrt.example"],
        "headline": "Granite State Transit Launches On-Demand Rural Bus",
        "hfmt": {"size": 20},
        "sub": "Riders in twelve towns can book a ride by phone or app",
        "sfmt": {"bold": True, "size": 12},
        "prefix": "May 15th, 2023- Concord, NH – ",
        "lead": "Granite State Regional Transit today launched Ridewell, an on-demand minibus service for twelve "
        "small towns that have had no scheduled bus service for years.",
        "body": [
            "Riders can:",
            ("hb", "book a trip up to a week ahead by phone"),
            ("hb", "track their minibus on a map"),
            ("hb", "pay with cash, card or a monthly pass"),
            "The service runs weekdays from 6 a.m. to 8 p.m. and costs $2 per trip.",
            "Ridewell replaces two fixed routes that carried fewer than ten riders a day. Older residents "
            "without a car used the trial most, mainly for medical appointments and shopping.",
        ],
        "tail": [("c", "###")],
        "place": "Concord, NH",
        "date": "2023-05-15",
        "contacts": [contact("Carla Dube", phone="603-555-0158", email="cdube@gsrt.example")],
        "notes": "Page header repeats the organisation name; the contact appears ONLY in the page FOOTER. "
        "Dateline 'May 15th, 2023- Concord, NH – '. Three hand-typed '• ' bullets. '###' ends the "
        "release. No boilerplate.",
    },
    {
        "lang": "en",
        "name": "wyvern_theatre",
        "org": "Wyvern Touring Theatre (fictional touring theatre company, Shropshire, UK)",
        "headline": "Wyvern Theatre Takes Shakespeare to Village Halls",
        "hfmt": {"size": 17, "font": "Garamond"},
        "sub": "Forty-night tour of The Tempest played by a cast of five",
        "sfmt": {"italic": True},
        "prefix": "November 2nd, 2023 (Ludlow, Shropshire) - ",
        "lead": "Wyvern Touring Theatre will take a five-actor production of The Tempest to forty village halls "
        "in the Welsh Marches this winter.",
        "body": [
            "The set fits in a single van and the show needs no stage lighting, so it can play in any hall "
            "with a kettle and forty chairs.",
            "Tickets cost £8, and under-16s go free.",
            "“Half of our audiences have never seen live Shakespeare,” said artistic director Tobias Lane.",
        ],
        "tail": [
            ("b", "About Wyvern Touring Theatre"),
            ("bp", "Wyvern has toured rural England and Wales since 1998."),
            ("b", "Contact"),
            "Freya Holt, Tour Manager",
            "Tel: 01584 496 0712 / 07700 900 418",
            "Email: freya@wyverntheatre.example",
        ],
        "gap": True,
        "place": "Ludlow, Shropshire",
        "date": "2023-11-02",
        "contacts": [
            contact("Freya Holt", "Tour Manager", None, "freya@wyverntheatre.example", "01584 496 0712 / 07700 900 418")
        ],
        "notes": "Inverted dateline 'November 2nd, 2023 (Ludlow, Shropshire) - '. Contact block at the bottom "
        "with landline and mobile on one 'Tel:' line (recorded together as written). About block with one "
        "paragraph.",
    },
    {
        "lang": "en",
        "name": "copperline_mining",
        "org": "Copperline Resources (fictional mining company, Western Australia)",
        "fields": True,
        "field_names": ("Headline: ", "Subheadline: "),
        "headline": "Copperline Resources Shifts Haul Trucks to Battery Power",
        "sub": "Trial at the Yarrabee mine cut diesel use by a quarter",
        "dateline_field": "PERTH, 6 June 2024",
        "lead": "Copperline Resources will convert its fleet of 18 haul trucks at the Yarrabee copper mine to "
        "battery-electric drive by 2027.",
        "body": [
            "A year-long trial with two converted trucks showed they could climb out of the pit fully loaded "
            "and recharge during the crew changeover.",
            "The company expects to save 9 million litres of diesel a year once the fleet is converted.",
            "Charging stations will draw on a 40-megawatt solar farm that Copperline is building beside the "
            "tailings dam, due to start generating next year.",
            "“Diesel was our biggest cost and our biggest emission,” said chief operating officer Paul Henning.",
        ],
        "tail": [("c", "###"), "Media: Jess Moretti, (08) 5550 1873, jess.moretti@copperline.example"],
        "place": "PERTH",
        "date": "2024-06-06",
        "contacts": [contact("Jess Moretti", phone="(08) 5550 1873", email="jess.moretti@copperline.example")],
        "notes": "FIELD LABELS 'Headline: ', 'Subheadline: ' and 'Dateline: ' with the values after them (recorded "
        "without the labels); the dateline is a field line, not part of the lead. One-line contact after "
        "'###' with an Australian phone number.",
    },
    {
        "lang": "en",
        "name": "meadowlark_clinic",
        "org": "Meadowlark Community Health Clinic (fictional nonprofit clinic, Kansas)",
        "layout": "table",
        "side": [
            "Media Contact",
            "Rosa Jimenez",
            "Meadowlark Community Health",
            "785-555-0169",
            "rjimenez@meadowlarkhealth.example",
        ],
        "headline": "Meadowlark Clinic Opens Free Dental Evenings",
        "hfmt": {"size": 18},
        "sub": "Volunteer dentists will see patients every Thursday",
        "sfmt": {"italic": True},
        "prefix": "TOPEKA, Kan., 9 October 2024 – ",
        "lead": "Meadowlark Community Health Clinic will offer free dental care on Thursday evenings, staffed by "
        "volunteer dentists and hygienists from across northeast Kansas.",
        "body": [
            "Services include:",
            ("li", "cleanings and check-ups"),
            ("li", "fillings and simple extractions"),
            ("li", "referrals for dentures at reduced cost"),
            "No insurance is needed, and appointments can be booked by phone or at the front desk.",
            "Patients who need more complex treatment will be referred to partner practices in Topeka and "
            "Lawrence at reduced fees.",
            "“Every week we see people with tooth pain who have put off care for years because of the "
            "cost,” said clinic director Dr. Alan Whitfield.",
        ],
        "tail": [
            ("b", "About Meadowlark"),
            ("bp", "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio."),
            ("c", "###"),
        ],
        "place": "TOPEKA, Kan.",
        "date": "2024-10-09",
        "contacts": [
            contact(
                "Rosa Jimenez", None, "Meadowlark Community Health", "rjimenez@meadowlarkhealth.example", "785-555-0169"
            )
        ],
        "notes": "LAYOUT TABLE: left side cell holds the contact block, right big cell holds the release. Three "
        "'List Bullet' items in the body. The About paragraph is unfilled 'Lorem ipsum' placeholder text "
        "(counted as one boilerplate paragraph); organisation name in the contact cell is shorter than "
        "the full name.",
    },
    {
        "lang": "en",
        "name": "fernhill_observatory",
        "org": "Fernhill Observatory Trust (fictional public observatory, Cornwall)",
        "header": "Fernhill Observatory Trust",
        "headline": "Fernhill Observatory Opens Dark-Sky Nights for Schools",
        "hfmt": {"size": 28, "font": "Calibri Light"},
        "sub": "Free telescope sessions for every primary school in west Cornwall",
        "sfmt": {"italic": True, "size": 14},
        "prefix": "PENZANCE, Cornwall, 21 January 2025 – ",
        "lead": "The Fernhill Observatory Trust will open its telescopes to primary schools on winter evenings, "
        "offering every school in west Cornwall one free session this term.",
        "body": [
            (
                "lead",
                "Clear skies. ",
                "Fernhill sits in one of the darkest areas of England, where the Milky "
                "Way is visible to the naked eye.",
            ),
            (
                "lead",
                "What pupils do. ",
                "Children find the Moon's craters, Jupiter's moons and the Orion Nebula, then take home a star map.",
            ),
            "“A child who has seen Saturn's rings never forgets it,” said trust chair Morwenna Trevail.",
        ],
        "tail": [
            ("c", "###"),
            ("b", "Notes to editors"),
            "Bookings and interviews: Jory Pascoe, Education Officer, 01736 496 0590, jory@fernhillobs.example",
        ],
        "gap": True,
        "place": "PENZANCE, Cornwall",
        "date": "2025-01-21",
        "contacts": [contact("Jory Pascoe", "Education Officer", None, "jory@fernhillobs.example", "01736 496 0590")],
        "notes": "Page header with the trust's name. Bold 28pt headline, italic 14pt deck. Two body paragraphs "
        "open with bold inline subheads. After '###', a 'Notes to editors' heading and a one-line "
        "contact.",
    },
    # ------------------------------------------------------------------ other languages
    {
        "lang": "de",
        "name": "stadtwerke_lindenau",
        "org": "Stadtwerke Lindenau (fiktive kommunale Versorger, Sachsen)",
        "header": "Stadtwerke Lindenau GmbH",
        "label": "Pressemitteilung",
        "lfmt": {"size": 18},
        "headline": "Stadtwerke Lindenau bauen Wärmenetz für die Altstadt",
        "hfmt": {"size": 18},
        "sub": "Abwärme der Kläranlage soll ab 2026 rund 1.200 Haushalte heizen",
        "sfmt": {"italic": True},
        "prefix": "LINDENAU, 5. Mai 2023 – ",
        "lead": "Die Stadtwerke Lindenau beginnen im Sommer mit dem Bau eines Wärmenetzes, das die Altstadt mit "
        "Abwärme aus der städtischen Kläranlage versorgen soll.",
        "body": [
            "Eine Großwärmepumpe entzieht dem gereinigten Abwasser Wärme und hebt sie auf die Temperatur, "
            "die ältere Gebäude brauchen.",
            "Hauseigentümer können sich ab Juni kostenlos beraten lassen. Der Anschluss wird mit bis zu 40 "
            "Prozent gefördert.",
            "„Wir holen die Wärme dort ab, wo sie bisher ungenutzt in den Fluss geflossen ist“, sagte "
            "Geschäftsführerin Katrin Vogel.",
        ],
        "tail": [
            ("b", "Über die Stadtwerke Lindenau"),
            ("bp", "Die Stadtwerke Lindenau versorgen 28.000 Kundinnen und Kunden mit Strom, Wasser und Wärme."),
            ("b", "Pressekontakt"),
            "Jonas Pietsch",
            "Unternehmenskommunikation",
            "Tel.: 03437 555 218",
            "E-Mail: presse@stadtwerke-lindenau.example",
        ],
        "gap": True,
        "place": "LINDENAU",
        "date": "2023-05-05",
        "contacts": [
            contact(
                "Jonas Pietsch",
                "Unternehmenskommunikation",
                None,
                "presse@stadtwerke-lindenau.example",
                "03437 555 218",
            )
        ],
        "notes": "German. Page header with the company name. 'Pressemitteilung' formatted like the headline (bold "
        "18pt centred) is a label. Dateline 'LINDENAU, 5. Mai 2023 – '. Contact block at the bottom; the "
        "department line is recorded as the title.",
    },
    {
        "lang": "fr",
        "name": "brasserie_des_trois_ponts",
        "org": "Brasserie des Trois Ponts (brasserie coopérative fictive, Lyon)",
        "top": [
            (
                "table",
                [
                    [
                        "Contact presse : Élodie Marchand\nTél. : 04 78 55 01 63\nelodie@troisponts.example",
                        "COMMUNIQUÉ DE PRESSE\nPour diffusion immédiate",
                    ]
                ],
            ),
            ("blank",),
        ],
        "headline": "La Brasserie des Trois Ponts lance une bière brassée avec le pain invendu",
        "hfmt": {"size": 20, "font": "Georgia"},
        "prefix": "LYON, le 12 mars 2024 – ",
        "lead": "La Brasserie des Trois Ponts commercialise à partir d’avril une bière blonde brassée avec du pain "
        "invendu récupéré chaque matin dans douze boulangeries lyonnaises.",
        "body": [
            "Le pain remplace un tiers du malt d’orge. Environ deux tonnes de pain par an échapperont ainsi "
            "à la poubelle.",
            "La bière, baptisée « Mie de Lyon », sera vendue dans les boulangeries partenaires et dans les bars "
            "de la Croix-Rousse.",
            "« Le pain et la bière sont cousins depuis des millénaires », explique le maître brasseur Hugo Ferrand.",
        ],
        "tail": [
            ("b", "À propos de la Brasserie des Trois Ponts"),
            ("bp", "Fondée en 2017, la brasserie coopérative emploie neuf salariés dans le 4e arrondissement de Lyon."),
        ],
        "place": "LYON",
        "date": "2024-03-12",
        "contacts": [contact("Élodie Marchand", phone="04 78 55 01 63", email="elodie@troisponts.example")],
        "notes": "French. Contact block at the TOP inside a TABLE cell (left), with the labels 'COMMUNIQUÉ DE "
        "PRESSE' / 'Pour diffusion immédiate' in the right cell. Dateline 'LYON, le 12 mars 2024 – '. "
        "About block ('À propos de ...') with one paragraph; no end mark.",
    },
    {
        "lang": "es",
        "name": "cooperativa_olivar_sur",
        "org": "Cooperativa Olivar del Sur (cooperativa oleícola ficticia, Andalucía)",
        "header": "Cooperativa Olivar del Sur",
        "footer": ["Contacto de prensa: Lucía Romero · 955 123 487 · prensa@olivardelsur.example"],
        "headline": "La Cooperativa Olivar del Sur convierte el alpechín en biogás",
        "hfmt": {"size": 20, "font": "Arial"},
        "sub": "La nueva planta abastecerá de energía a la almazara durante toda la campaña",
        "sfmt": {"bold": True, "size": 12},
        "prefix": "SEVILLA, 8 de junio de 2022 – ",
        "lead": "La Cooperativa Olivar del Sur ha puesto en marcha una planta que transforma los residuos del "
        "prensado de la aceituna en biogás para alimentar su propia almazara.",
        "body": [
            "La planta trata cada año unas 15.000 toneladas de alpechín y orujo que antes se llevaban a "
            "balsas de evaporación.",
            "El digestato resultante se devolverá a los olivares de los socios como abono.",
            "«Cerramos el círculo: el olivo nos da el aceite y ahora también la energía para extraerlo», "
            "afirmó el presidente de la cooperativa, Antonio Carmona.",
        ],
        "tail": [("c", "FIN")],
        "place": "SEVILLA",
        "date": "2022-06-08",
        "contacts": [contact("Lucía Romero", phone="955 123 487", email="prensa@olivardelsur.example")],
        "notes": "Spanish. Page header with the cooperative's name; the contact appears ONLY in the page FOOTER. "
        "Bold deck. Dateline 'SEVILLA, 8 de junio de 2022 – '. End mark 'FIN'. No boilerplate.",
    },
    {
        "lang": "it",
        "name": "consorzio_lago_verde",
        "org": "Consorzio Turistico Lago Verde (consorzio turistico fittizio, Lombardia)",
        "layout": "single",
        "top": ["COMUNICATO STAMPA", ""],
        "headline": "Il Lago Verde vieta le barche a motore nei fine settimana estivi",
        "prefix": "MILANO, 14 settembre 2023 – ",
        "lead": "Dal prossimo giugno le barche a motore non potranno navigare sul Lago Verde il sabato e la "
        "domenica, ha deciso il Consorzio Turistico Lago Verde.",
        "body": [
            "La misura segue due estati di proteste dei bagnanti e dei pescatori per il rumore e il moto ondoso.",
            "Traghetti pubblici e mezzi di soccorso sono esclusi dal divieto. Noleggi di barche elettriche "
            "apriranno in tre porti.",
            "Le multe per chi non rispetta il divieto partono da 300 euro. I controlli saranno affidati alla "
            "polizia provinciale.",
            "«Vogliamo che il lago torni a essere un posto dove si sente il vento», ha dichiarato la "
            "presidente Giulia Ferretti.",
        ],
        "tail": ["Per informazioni: Marco Bellini, ufficio stampa, tel. 02 5550 1234, stampa@lagoverde.example"],
        "place": "MILANO",
        "date": "2023-09-14",
        "contacts": [contact("Marco Bellini", "ufficio stampa", None, "stampa@lagoverde.example", "02 5550 1234")],
        "notes": "Italian. The whole release is ONE Word paragraph of line breaks with empty lines between blocks "
        "(body = 5 blocks). Label 'COMUNICATO STAMPA' on the first line. One-line contact at the end; "
        "'ufficio stampa' recorded as the title.",
    },
    {
        "lang": "pt",
        "name": "fundacao_mar_atlantico",
        "org": "Fundação Mar Atlântico (fundação fictícia de conservação marinha, Lisboa)",
        "layout": "table",
        "side": ["2 de fevereiro de 2024"],
        "headline": "Fundação Mar Atlântico instala recifes artificiais ao largo de Cascais",
        "hfmt": {"size": 18},
        "sub": "Estruturas de betão poroso servirão de abrigo a polvos e sargos",
        "sfmt": {"italic": True},
        "prefix": "LISBOA, 2 de fevereiro de 2024 – ",
        "lead": "A Fundação Mar Atlântico afundou esta semana 24 módulos de recife artificial a 18 metros de "
        "profundidade, ao largo de Cascais.",
        "body": [
            "Os módulos foram desenhados com cavidades de vários tamanhos para abrigar polvos, sargos e lagostas.",
            "Mergulhadores voluntários vão registar a colonização das estruturas durante três anos.",
            "«Em poucos meses, estes blocos cinzentos vão estar cobertos de vida», disse a bióloga Inês Carvalho.",
        ],
        "tail": [
            ("b", "Sobre a Fundação Mar Atlântico"),
            ("bp", "A Fundação Mar Atlântico apoia a investigação e a conservação da costa portuguesa desde 2009."),
            ("b", "Contacto"),
            "Rui Antunes | 21 555 0384 | imprensa@maratlantico.example",
        ],
        "place": "LISBOA",
        "date": "2024-02-02",
        "contacts": [contact("Rui Antunes", phone="21 555 0384", email="imprensa@maratlantico.example")],
        "notes": "Portuguese. LAYOUT TABLE: narrow left cell holds only the date, wide right cell holds the whole "
        "release. Dateline 'LISBOA, 2 de fevereiro de 2024 – ' agrees with the side date. About block and "
        "a one-line contact at the bottom of the big cell.",
    },
    {
        "lang": "nl",
        "name": "fietsersbond_ijsselstreek",
        "org": "Fietscollectief IJsselstreek (fictieve fietsersvereniging, Gelderland)",
        "fields": True,
        "field_names": ("Titel: ", "Ondertitel: "),
        "dateline_label": "Plaats en datum: ",
        "headline": "Fietscollectief opent eerste overdekte fietsenstalling in Zutphen",
        "sub": "Stalling bij het station biedt plek aan 900 fietsen",
        "dateline_field": "UTRECHT, 19 april 2023",
        "lead": "Het Fietscollectief IJsselstreek heeft samen met de gemeente een overdekte, bewaakte "
        "fietsenstalling geopend naast station Zutphen.",
        "body": [
            "De stalling is de eerste 24 uur gratis. Daarna kost een dag 1 euro.",
            "Er zijn oplaadpunten voor elektrische fietsen en aparte plaatsen voor bakfietsen. Op werkdagen "
            "is van 7 tot 19 uur een fietsenmaker aanwezig voor kleine reparaties.",
            "„Wie de trein neemt, moet zijn fiets veilig kwijt kunnen”, zei voorzitter Sanne de Wit.",
            ("lead", "Openingsactie. ", "Op de openingsdag krijgen de eerste 200 bezoekers een gratis fietslampje."),
        ],
        "tail": [
            ("c", "###"),
            ("b", "Noot voor de redactie"),
            "Voor meer informatie kunt u contact opnemen met Pieter Jansen via zijn e-mail: "
            "pieter@fietscollectief.example of telefonisch: 020-555 1847.",
        ],
        "place": "UTRECHT",
        "date": "2023-04-19",
        "contacts": [contact("Pieter Jansen", email="pieter@fietscollectief.example", phone="020-555 1847")],
        "notes": "Dutch. FIELD LABELS 'Titel: ', 'Ondertitel: ' and 'Plaats en datum: ' before the values. The "
        "place of issue (Utrecht) differs from the place in the story (Zutphen); recorded as written. "
        "Bold inline subhead 'Openingsactie.' in the last body paragraph. Contact inside a sentence "
        "under 'Noot voor de redactie' after '###'.",
    },
    {
        "lang": "pl",
        "name": "fundacja_zielone_dachy",
        "org": "Fundacja Zielone Dachy (fikcyjna fundacja miejska, Warszawa)",
        "headline": "Zielone dachy na dziesięciu szkołach w Warszawie",
        "hfmt": {"size": 20},
        "sub": "Uczniowie sami zaprojektowali ogrody na dachach",
        "sfmt": {"italic": True},
        "prefix": "WARSZAWA, 7 listopada 2022 r. – ",
        "lead": "Fundacja Zielone Dachy zakończyła budowę ogrodów na dachach dziesięciu warszawskich szkół "
        "podstawowych.",
        "body": [
            "Na każdym dachu posadzono rośliny odporne na suszę. Ogrody zatrzymują wodę deszczową i chłodzą "
            "budynki latem.",
            "W projekcie uczestniczyło:",
            ("hb", "ponad 600 uczniów,"),
            ("hb", "40 nauczycieli,"),
            ("hb", "12 architektów krajobrazu."),
            "„Dzieci same wybrały rośliny i same je podlewają” – powiedziała prezes fundacji Agnieszka Nowak.",
            "Projekt kosztował 2,4 mln zł i został sfinansowany ze zbiórki publicznej oraz z grantu miasta. "
            "W przyszłym roku fundacja chce objąć programem kolejne piętnaście szkół.",
        ],
        "tail": [
            ("b", "O Fundacji Zielone Dachy"),
            (
                "bp",
                "Fundacja Zielone Dachy od 2015 roku zakłada ogrody na dachach budynków publicznych w "
                "Warszawie i okolicach.",
            ),
            ("c", "KONIEC"),
            ("b", "Kontakt dla mediów:"),
            "Tomasz Wiśniewski",
            "tel. 22 555 01 84",
            "e-mail: media@zielonedachy.example",
        ],
        "gap": True,
        "place": "WARSZAWA",
        "date": "2022-11-07",
        "contacts": [contact("Tomasz Wiśniewski", phone="22 555 01 84", email="media@zielonedachy.example")],
        "notes": "Polish. Dateline 'WARSZAWA, 7 listopada 2022 r. – '. Three hand-typed '• ' bullets. About block "
        "('O Fundacji ...', one paragraph), end mark 'KONIEC', then a contact block at the bottom.",
    },
    {
        "lang": "ja",
        "name": "midori_rail",
        "org": "みどり高原鉄道株式会社（架空の地方鉄道会社）",
        "top": [("right", "2023年10月2日"), ("right", "みどり高原鉄道株式会社"), "報道関係各位", ("blank",)],
        "headline": "みどり高原鉄道、無人駅に地域の図書コーナーを開設",
        "hfmt": {"size": 16, "font": "MS Mincho"},
        "sub": "～待ち時間に本を借りられる「駅文庫」を5駅で～",
        "sfmt": {"size": 12, "align": CENTER},
        "prefix": "",
        "lead": "みどり高原鉄道株式会社は、2023年11月1日より、沿線の無人駅5駅に地域住民が本を持ち寄る図書コーナー"
        "「駅文庫」を開設します。",
        "body": [
            "本は沿線の小中学校や住民から寄贈されたもので、駅の待合室で自由に借りて読むことができます。",
            "返却はどの駅でも可能です。貸出の手続きは必要ありません。",
            "代表取締役の山本和彦は「列車を待つ時間を、町の人同士がつながる時間にしたい」と話しています。",
        ],
        "tail": [
            ("b", "本件に関するお問い合わせ先"),
            "みどり高原鉄道株式会社　広報担当：佐藤美咲",
            "TEL：0263-55-0147",
            "E-mail：koho@midori-rail.example",
        ],
        "place": None,
        "date": "2023-10-02",
        "contacts": [
            contact("佐藤美咲", "広報担当", "みどり高原鉄道株式会社", "koho@midori-rail.example", "0263-55-0147")
        ],
        "notes": "Japanese layout: right-aligned date line and issuer line, then '報道関係各位' (label), centred "
        "headline and a deck between wave dashes (recorded with them). No dateline place. The lead opens "
        "with the EVENT date '2023年11月1日より', which is not a dateline; the date comes from the date "
        "line. Contact block '本件に関するお問い合わせ先' at the bottom.",
    },
    {
        "lang": "zh-Hans",
        "name": "qingshan_library",
        "org": "青山区图书馆（虚构的区级公共图书馆）",
        "header": "青山区图书馆",
        "top": [("right", "2024年4月23日")],
        "headline": "青山区图书馆推出“夜读驿站” 延长开放至晚上十点",
        "hfmt": {"size": 18, "font": "SimHei"},
        "prefix": "",
        "lead": "4月23日世界读书日当天，青山区图书馆正式推出“夜读驿站”服务，周一至周五开放时间延长至晚上十点。",
        "body": [
            "“夜读驿站”设在图书馆一楼，提供自习座位、热水和手机充电设备，读者凭读者证即可进入。",
            "图书馆还将在每周三晚上举办读书分享会，邀请本地作家和教师与读者交流。",
            "馆长王丽华表示：“很多年轻人下班以后才有时间读书，我们希望为他们留一盏灯。”",
        ],
        "tail": ["如需采访，请联系图书馆办公室李明老师，电话：010-55501234，邮箱：office@qingshanlib.example。"],
        "place": None,
        "date": "2024-04-23",
        "contacts": [contact("李明", "老师", "图书馆办公室", "office@qingshanlib.example", "010-55501234")],
        "notes": "Simplified Chinese. Page header with the library name; right-aligned date line above the "
        "headline gives the date. The lead opens with '4月23日世界读书日当天' (event date in a sentence, not a "
        "dateline); no place. The contact is inside a closing sentence ('如需采访，请联系...'); '老师' is "
        "recorded as the title and '图书馆办公室' as the organisation.",
    },
]
RELEASES += SHAPE_RELEASES  # more shapes, written with the "spec" layout below


# --------------------------------------------------------------------------- writing
def style_run(run, bold=False, italic=False, size=None, font=None, **_ignored) -> None:
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font


def add_par(container, text: str = "", align=None, **fmt):
    par = container.add_paragraph()
    if align is not None:
        par.alignment = align
    if text:
        style_run(par.add_run(text), **fmt)
    return par


def add_table(container, rows: list[list[str]], grid: bool = True) -> None:
    table = container.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            lines = value.split("\n")
            par = cell.paragraphs[0]
            style_run(par.add_run(lines[0]), bold=(c == 0 and len(row) > 1 and len(lines) == 1))
            for line in lines[1:]:
                run = par.add_run()
                run.add_break()
                par.add_run(line)


def add_item(container, item: Item, gap: bool) -> None:
    """Write one tagged item as one (or, for tables, several) Word paragraphs."""
    if isinstance(item, str):
        add_par(container, item)
    elif item[0] == "b":
        add_par(container, item[1], bold=True)
    elif item[0] == "i":
        add_par(container, item[1], italic=True)
    elif item[0] == "c":
        add_par(container, item[1], align=CENTER, bold=True)
    elif item[0] == "right":
        add_par(container, item[1], align=RIGHT)
    elif item[0] == "bp":
        add_par(container, item[1])
    elif item[0] == "li":
        container.add_paragraph(item[1], style="List Bullet")
    elif item[0] == "hb":
        add_par(container, "• " + item[1])
    elif item[0] == "lead":
        par = container.add_paragraph()
        style_run(par.add_run(item[1]), bold=True)
        par.add_run(item[2])
    elif item[0] == "blank":
        container.add_paragraph()
    elif item[0] == "table":
        add_table(container, item[1])
    else:
        raise ValueError(item)
    if gap and item != ("blank",):
        container.add_paragraph()


def headline_lines(rel: dict) -> list[str]:
    head = rel["headline"]
    return head if isinstance(head, list) else [head]


def lead_text(rel: dict) -> str:
    return rel.get("prefix", "") + rel["lead"]


def write_normal(container, rel: dict) -> None:
    gap = rel.get("gap", False)
    for item in rel.get("top", []):
        add_item(container, item, False)
    if rel.get("label"):
        add_par(container, rel["label"], align=CENTER, bold=True, **rel.get("lfmt", {}))
    hfmt = {"size": 16, **rel.get("hfmt", {})}
    names = rel.get("field_names", ("Headline: ", "Subheadline: "))
    fields = rel.get("fields", False)
    if fields:
        add_par(container, names[0] + headline_lines(rel)[0], bold=True)
    else:
        par = container.add_paragraph()
        par.alignment = CENTER
        for n, line in enumerate(headline_lines(rel)):
            if n:
                par.add_run().add_break()
            style_run(par.add_run(line), bold=True, **hfmt)
    if rel.get("sub"):
        if fields:
            add_par(container, names[1] + rel["sub"], italic=True)
        else:
            sfmt = {"align": CENTER, **rel.get("sfmt", {"italic": True})}
            add_par(container, rel["sub"], **sfmt)
    if rel.get("dateline_field"):
        add_par(container, rel.get("dateline_label", "Dateline: ") + rel["dateline_field"], bold=fields)
    container.add_paragraph()
    add_item(container, lead_text(rel), gap)
    for item in rel["body"]:
        add_item(container, item, gap)
    for item in rel.get("tail", []):
        add_item(container, item, gap)


def write_single(doc, rel: dict) -> None:
    """Whole release in one paragraph: every line a Shift+Enter line break."""
    lines = [t if isinstance(t, str) else t[1] for t in rel.get("top", [])]
    lines += headline_lines(rel)
    if rel.get("sub"):
        lines.append(rel["sub"])
    blocks = [lead_text(rel)] + rel["body"]
    for block in blocks:
        lines += ["", block]
    lines.append("")
    lines += rel.get("tail", [])
    par = doc.add_paragraph()
    head = set(headline_lines(rel))
    for n, line in enumerate(lines):
        if n:
            par.add_run().add_break()
        if line:
            run = par.add_run(line)
            run.bold = True if line in head else None


def write_table(doc, rel: dict) -> None:
    """Layout table: a narrow side cell (date or contact) and one big cell with the release."""
    table = doc.add_table(rows=1, cols=2)
    side_left = rel.get("side_left", True)
    side, big = (table.cell(0, 0), table.cell(0, 1)) if side_left else (table.cell(0, 1), table.cell(0, 0))
    side.width, big.width = Cm(4.5), Cm(12.5)
    table.autofit = False
    for column, cell in zip(table.columns, table.rows[0].cells, strict=True):  # grid widths for LibreOffice
        column.width = cell.width
    for n, line in enumerate(rel["side"]):
        add_par(side, line, bold=(n == 0 and len(rel["side"]) > 1), size=9)
    write_normal(big, rel)
    for cell in (side, big):  # drop the empty paragraph every new cell starts with
        first = cell.paragraphs[0]
        if not first.text:
            first._element.getparent().remove(first._element)


def add_spec_item(container, item: Item, style: str | None) -> None:
    """One paragraph of a "spec" release, with its own style and direct formatting (word_release_shapes.P)."""
    if isinstance(item, str):
        item = ("p", item, {})
    kind = item[0]
    if kind == "blank":
        container.add_paragraph(style=style)
    elif kind == "li":
        container.add_paragraph(item[1], style="List Bullet")
    elif kind in ("p", "bp"):
        fmt = dict(item[2]) if len(item) > 2 else {}
        par = container.add_paragraph(style=fmt.pop("style", style))
        if fmt.get("align"):
            par.alignment = ALIGN[fmt.pop("align")]
        for n, line in enumerate(item[1].split("\n")):
            if n:
                par.add_run().add_break()
            run = par.add_run(line)
            for key in ("bold", "italic"):  # explicit False too: body text in a bold heading style
                if key in fmt:
                    setattr(run, key, fmt[key])
            if fmt.get("size"):
                run.font.size = Pt(fmt["size"])
            if fmt.get("font"):
                run.font.name = fmt["font"]
    else:
        raise ValueError(item)


def spec_cell(cell, items: list, style: str | None) -> None:
    for item in items:
        add_spec_item(cell, item, style)
    first = cell.paragraphs[0]  # drop the empty paragraph every new cell starts with
    if not first.text and len(cell.paragraphs) > 1:
        first._element.getparent().remove(first._element)


def write_spec(doc, rel: dict) -> None:
    """Every paragraph spelled out (pre, head, body, tail); "frame" puts the release in a layout table:
    cells2 = contact cell | date cell over one merged release cell, cells1 = three stacked cells."""
    style = rel.get("doc_style")
    parts = [*rel.get("pre", []), *rel["head"], *rel["body"], *rel.get("tail", [])]
    frame = rel.get("frame")
    if frame is None:
        for item in parts:
            add_spec_item(doc, item, style)
        return
    for item in rel.get("letterhead", []):
        add_spec_item(doc, item, style)
    if frame == "cells2":
        table = doc.add_table(rows=2, cols=2)
        side, date, big = table.cell(0, 0), table.cell(0, 1), table.cell(1, 0).merge(table.cell(1, 1))
    else:
        table = doc.add_table(rows=3, cols=1)
        side, date, big = table.cell(0, 0), table.cell(1, 0), table.cell(2, 0)
    spec_cell(side, rel["side"], style)
    spec_cell(date, rel["date_cell"], style)
    spec_cell(big, parts, style)


def setup_styles(doc, rel: dict) -> None:
    """A restyled built-in style or a custom paragraph style used for every paragraph."""
    for name, fmt in rel.get("style_fmt", {}).items():
        font = doc.styles[name].font
        font.bold, font.size = fmt.get("bold"), Pt(fmt["size"]) if fmt.get("size") else font.size
    if rel.get("custom_style"):
        name, face, size = rel["custom_style"]
        custom = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        custom.base_style = doc.styles["Normal"]
        custom.font.name, custom.font.size = face, Pt(size)


def build(rel: dict) -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = rel.get("base_font", "Calibri")
    doc.styles["Normal"].font.size = Pt(11)
    setup_styles(doc, rel)
    section = doc.sections[0]
    if rel.get("header"):
        section.header.paragraphs[0].text = rel["header"]
        section.header.paragraphs[0].alignment = RIGHT
    for n, line in enumerate(rel.get("footer", [])):
        par = section.footer.paragraphs[0] if n == 0 else section.footer.add_paragraph()
        par.text = line
        par.alignment = CENTER
    layout = rel.get("layout", "normal")
    if layout == "spec":
        write_spec(doc, rel)
    elif layout == "single":
        write_single(doc, rel)
    elif layout == "table":
        write_table(doc, rel)
    else:
        write_normal(doc, rel)
    props = doc.core_properties
    props.author = "Release Desk fixtures"
    props.last_modified_by = "Release Desk fixtures"
    props.title = ""
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    return doc


def save_deterministic(doc, path: Path) -> None:
    """python-docx stamps zip entries with the current time; rewrite them with a fixed one."""
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    path.write_bytes(out.getvalue())


def spec_text(item: Item) -> str:
    return item if isinstance(item, str) else item[1] if len(item) > 1 else ""


def truth(rel: dict) -> dict:
    boiler = sum(1 for t in rel.get("tail", []) if isinstance(t, tuple) and t[0] == "bp")
    if rel.get("layout") == "spec":  # body: one Word paragraph or list item per non-empty entry
        body = [spec_text(t) for t in rel["body"] if spec_text(t).strip()]
        assert body[0].startswith(rel["prefix"]), rel["name"]
        first, count = body[0][len(rel["prefix"]) :].lstrip()[:60], len(body)
        headline = rel["headline"]
        boiler = rel.get("boiler", boiler)
    else:
        first, count = rel["lead"].lstrip()[:60], 1 + len(rel["body"])
        headline = " ".join(headline_lines(rel))
    out = {
        "organisation": rel["org"],
        "language": rel["lang"],
        "headline": headline,
        "subheadline": rel.get("sub"),
        "dateline_place": rel["place"],
        "dateline_date": rel["date"],
        "body_paragraph_count": count,
        "first_body_paragraph_start": first,
        "photo_credits": rel.get("credits"),
        "contacts": rel["contacts"],
        "boilerplate_paragraph_count": boiler,
        "notes": rel["notes"],
    }
    if rel.get("alternatives"):
        out["alternatives"] = rel["alternatives"]
    return out


def main() -> None:
    raw_dir, truth_dir = OUT / "raw", OUT / "truth"
    raw_dir.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    for rel in RELEASES:
        stem = f"{rel['lang']}_{rel['name']}"
        save_deterministic(build(rel), raw_dir / f"{stem}.docx")
        text = json.dumps(truth(rel), ensure_ascii=False, indent=2) + "\n"
        (truth_dir / f"{stem}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(RELEASES)} releases to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
