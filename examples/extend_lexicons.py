"""Extend the shipped lexicons without copying their files: add patterns to the components.

    python examples/extend_lexicons.py
"""
import dialogue_extract as de

nlp = de.load()
nlp.get_pipe("titles").add_patterns([{"head": "Chief Negotiator"}])
nlp.get_pipe("countries").add_patterns([{"code": "MDV", "name": "Dhivehi Raajje"}])
nlp.get_pipe("organizations").add_patterns([{"name": "Ocean Rim Technical Cell", "kind": "international"}])
nlp.get_pipe("sectors").add_patterns([{"id": "maritime", "pattern": "ocean accounting"}])

ex = de.Extractor(nlp).extract(
    "Chief Negotiator Arvind Rao of Dhivehi Raajje met the Ocean Rim Technical Cell to discuss ocean accounting.")
for o in ex.officials:
    print(o.name, o.titles, o.country)
print([c.code for c in ex.countries], [s.label for s in ex.sectors], [o.name for o in ex.organizations])
nlp.to_disk("my_pipeline")  # the added patterns are saved with it: spacy.load("my_pipeline")
