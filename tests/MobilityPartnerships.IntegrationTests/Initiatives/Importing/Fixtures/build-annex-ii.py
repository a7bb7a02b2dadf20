#!/usr/bin/env python3
"""Builds annex-ii-ec-funded-projects.xlsx: the 16 EC-funded projects of Annex II of the Commission's 2007
communication on circular migration and mobility partnerships (../shared/seeds/003_8ca3d4885d3d242f.txt),
one row each, with the document's own headers and values as it writes them. Summaries are short paraphrases.
Run it again after changing the rows: python3 build-annex-ii.py"""
import zipfile
from xml.sax.saxutils import escape

HEADERS = ["Project Name", "Location", "Implementation period", "Implementing Partner", "Partners",
           "Budget/EC contribution", "Funding Programme", "Responsible DG", "Description"]

ROWS = [
    ["Promoting regular migration in the Western Balkans through establishment of regional migrant service centres providing information and migration related services” (2003/HLWG/051)",
     "Western Balkans", "December 2004 – June 2006", "Organisation for Migration (IOM)", "",
     "€815.119,64,EU grant: €652.095,71", "B7-667", "JLS", "Regional network of migration service centres giving advice on regular migration."],
    ["Programme de gestion intégral de l'immigration saisonnière (2005/103564)", "Morocco – Spain", "January 2006 – June 2008",
     "Municipality of Cartaya", "", "€1.495.000 / €1.196.000", "AENEAS 2004", "EuropeAid", "Managed seasonal work of Moroccan workers in Spanish farming municipalities."],
    ["An integrated approach to promoting legal migration through national capacity building (2005/103475)", "South Caucasus",
     "January 2006 – December 2007", "IOM - International Organization for Migration", "", "€971.747,- / €777.397,-", "AENEAS 2004", "EuropeAid",
     "Capacity building for legal migration and readmission dialogue in the South Caucasus."],
    ["MESURE - Migrations en Sécurité (2006/120-093)", "Tunisia - Italia", "December 2006 – May 2009",
     "Associazione per la Cooperazione Transregionale Locale ed Europea", "", "€1.718.465,95 / €1.374.772,76", "AENEAS 2005", "EuropeAid",
     "Safe and legal migration from Tunisia to Italy."],
    ["Sharing learning for a better migration life (2006/120-199)", "Egypt - Morocco - Italy", "December 2006 – May 2008",
     "Direzione Generale dell'Immigrazione - Ministero del Lavoro e delle Politiche Sociali – Repubblica Italiana", "",
     "€649.166,50 / €519.333,20", "AENEAS 2005", "EuropeAid", "Labour migration management between Egypt, Morocco and Italy."],
    ["Temporary and circular labour migration (TCLM) between Colombia and Spain: a model for consolidation and replication (2006/120-237)",
     "Spain and Colombia", "January 2007 – December 2008", "IOM – International Organization for Migration", "",
     "€625.046,85 / €500.037,48", "AENEAS 2005", "EuropeAid", "A replicable model of temporary and circular labour migration."],
    ["Lutte contre l'immigration illégale et la traite des êtres humains à travers la participation des familles victimes de l'émigration clandestine, des associations organisées de la société civile et des institutions locales (2006/120-280)",
     "Morocco, Italy, Spain", "March 2007 – February 2010", "Movimento Laici America Latina Onlus", "",
     "€1.081.779,95 / €865.423,96", "AENEAS 2005", "EuropeAid", "Civil society and local institutions against irregular migration and trafficking."],
    ["Support to the movement of people (MED/2003/5725)", "Morocco", "January 2005 – December 2008", "Agence Nationale pour l'Emploi", "",
     "€7.736.000 / €5.000.000,-", "MEDA", "Del Morocco", "Institutional strengthening of the Moroccan employment agency ANAPEC."],
    ["Capacity building of Migration management: Ukraine (2004/096-462 )", "Ukraine", "March 2005 – December 2007",
     "IOM – International Organisation for Migration", "", "€4.204.672,-/ €3.781.505,-", "TACIS", "DEL Ukraine", "Migration management capacity of the Government of Ukraine."],
    ["Management of labour migration as an instrument for development (2002/HLWG/41)", "Africa", "March 2004 – February 2006",
     "ILO - International Labour Organization", "", "€1.957.011,16 / €1.442.407,16", "HLWG – B7-667", "DG JLS", "Policy frameworks for labour migration as a tool of development."],
    ["Asian Programme of the Governance of Labour Migration (2005/103503)", "Countries of the Mekong region China Korea Japan and South Asia countries",
     "January 2006 – December 2008", "ILO", "UNIFEM", "€2.447.840 / €1.955.335", "AENEAS 2004", "EuropeAid", "Dialogue on rights-based labour migration management in Asia."],
    ["Towards sustainable partnerships for the effective governance of labour migration in the Russian Federation, the Caucasus and Central Asia (2006/120-072)",
     "Russian Federation, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan", "December 2006 – December 2009", "ILO - International Labour Organization", "",
     "€2.433.508 / €1.945.105", "AENEAS 2005", "EuropeAid", "Governance of labour migration in the Russian Federation, the Caucasus and Central Asia."],
    ["Migration information and management centre", "Mali", "To be determined", "To be determined", "", "To be determined", "EDF", "Del Mali",
     "A centre to carry out and coordinate Mali's migration policy."],
    ["Programme to support entrepreneurs of Moroccan origin in Europe in setting up sustainable economic activities in Morocco (2001/HLWG/119)",
     "Morocco", "December 2001- January 2004", "Stichting Intent", "", "€553.073,00 / €448.291", "B7-667 - HLWG", "JLS", "Support for migrant entrepreneurs starting businesses in Morocco."],
    ["Co-development Program in Morocco (2001/HLWG/117)", "Morocco", "May 2003 - May 2007", "Agence Française de Développement (AFD)", "",
     "€3.810.000 / €1.500.000", "B7-667 - HLWG", "JLS", "Investment by Moroccans resident in the EU in their communities of origin."],
    ["The Moroccan migrant in Italy as development and innovation agent in his/her community of origin: a pilot project in the Northern Province of Morocco (2002/HLWG/023)",
     "Morocco", "May 2003 – April 2005", "Cooperazione Internazionale (COOPI)", "", "€1.084.906,17 / €867.924,94", "B7-667", "JLS",
     "Migrants as agents of development in their regions of origin."],
]


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_xml(number, values):
    cells = "".join(
        f'<c r="{column(i)}{number}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>'
        for i, v in enumerate(values) if v)
    return f'<row r="{number}">{cells}</row>'


sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + row_xml(1, HEADERS) + "".join(row_xml(i + 2, r) for i, r in enumerate(ROWS)) + '</sheetData></worksheet>')
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Annex II" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": sheet,
}
with zipfile.ZipFile("annex-ii-ec-funded-projects.xlsx", "w", zipfile.ZIP_DEFLATED) as package:
    for name, content in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2007, 4, 16, 0, 0, 0))
        package.writestr(info, content.encode("utf-8"), zipfile.ZIP_DEFLATED)
print(f"{len(ROWS)} projects written")
