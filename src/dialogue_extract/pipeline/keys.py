"""The span groups the components share: one constant per ``doc.spans`` key.

Each component writes one group and reads those of the components before it (the chain
``nlp.analyze_pipes()`` shows); the keys are fixed, so that no component can look for its input
under a name another one did not use.
"""
BOILERPLATE = "boilerplate"      # page furniture and comment zones (boilerplate)
COUNTRIES = "countries"          # states and their demonyms, kb_id_ = ISO alpha-3 (countries)
ORGANIZATIONS = "organizations"  # known bodies, kb_id_ = canonical name (organizations)
DATES = "dates"                  # dates, kb_id_ = ISO value["/" end] (dates)
TITLES = "titles"                # public titles, span._.de_title_info (titles)
SECTORS = "sectors"              # cooperation sectors, kb_id_ = sector id (sectors)
PERSONS = "persons"              # person mentions, span._.de_person_info (persons; the officials component keeps the officials' mentions)

ALL = (BOILERPLATE, COUNTRIES, ORGANIZATIONS, DATES, TITLES, SECTORS, PERSONS)
