"""The role table: every form of one office gets one canonical role (models/default/roles.tsv)."""
from __future__ import annotations

import pytest

import dialogue_extract as de
from dialogue_extract.data import DataFileError
from dialogue_extract.roles import load_roles, role_label, role_of, roles_of

CASES = [
    ("External Affairs Minister", "foreign_minister"),
    ("EAM", "foreign_minister"),
    ("Treasurer", "minister"),
    ("Commanding Officer", "military_officer"),
    ("Assistant Treasurer", "deputy_minister"),
    ("High Representative/Vice-President", "foreign_minister"),
    ("HR/VP", "foreign_minister"),
    ("High Representative for Foreign Affairs and Security Policy", "foreign_minister"),
    ("High Representative for Disarmament Affairs", None),
    ("Minister of External Affairs", "foreign_minister"),
    ("Minister of Foreign Affairs and Trade", "foreign_minister"),
    ("Secretary of State", "foreign_minister"),
    ("Secretary of State for Foreign, Commonwealth and Development Affairs", "foreign_minister"),
    ("Ministro de Relaciones Exteriores", None),
    ("Minister of State for External Affairs", "deputy_foreign_minister"),
    ("Minister of State and Foreign Affairs", "foreign_minister"),  # Portugal's foreign minister
    ("Vice Foreign Minister", "deputy_foreign_minister"),
    ("Canciller", "foreign_minister"),
    ("Chanceler", "foreign_minister"),
    ("Vicecanciller", "deputy_foreign_minister"),
    ("Minister of Foreign Trade", "minister"),
    ("Prime Minister", "head_of_government"),
    ("Deputy Prime Minister and Foreign Minister", "deputy_head_of_government"),
    ("Crown Prince and Prime Minister", "head_of_government"),
    ("President", "head_of_state"),
    ("Chinese President", "head_of_state"),
    ("Emir of Qatar", "head_of_state"),
    ("Vice President", "deputy_head_of_state"),
    ("President of the Asian Development Bank", "head_of_organisation"),
    ("UN Secretary-General", "head_of_organisation"),
    ("Deputy Secretary General for Economic and Global Issues", "senior_official"),
    ("President of the Senate", "presiding_officer"),
    ("Speaker of the Lok Sabha", "presiding_officer"),
    ("Foreign Secretary", "foreign_secretary"),
    ("Defence Minister", "defence_minister"),
    ("Secretary of State for Defence", "defence_minister"),
    ("Minister of State for Defence", "deputy_minister"),
    # the head of a defence agency, or the minister of a defence industry, is no defence minister
    ("minister of the Defense Acquisition Program Administration", "minister"),
    ("Minister of Defence Industry", "minister"),
    ("National Security Adviser", "national_security_adviser"),
    ("Official Spokesperson", "spokesperson"),
    ("Special Envoy for Yemen", "special_envoy"),
    ("Ambassador of India to Japan", "ambassador"),
    ("High Commissioner", "ambassador"),
    ("Chargé d’Affaires a.i.", "ambassador"),
    ("Consul General", "consul"),
    ("Chief Trade Negotiator", "trade_negotiator"),
    ("Chief of Army Staff", "military_officer"),
    ("Member of Parliament", "member_of_parliament"),
    ("MP", "member_of_parliament"),
    ("Chief Minister of Gujarat", "subnational_leader"),
    ("Minister for Manpower", "minister"),
    ("State Councilor", "minister"),
    ("Joint Secretary", "senior_official"),
    ("Secretary (East)", "senior_official"),
    ("Director of the Asia-Pacific Department", "senior_official"),
]


@pytest.mark.parametrize("title", [
    "Assistant to the President for Economic Policy",
    "Adviser to the Prime Minister",
    "Senior Special Assistant to the President",
    "Chief of Staff to the President",
])
def test_an_aide_to_a_principal_holds_no_office_of_the_principal(title):
    assert role_of(title) == "senior_official"



@pytest.mark.parametrize("title, role", CASES)
def test_role_of_a_title(title, role):
    assert role_of(title) == role


def test_roles_of_a_person_are_distinct_and_in_order():
    assert roles_of(["EAM", "External Affairs Minister", "Prime Minister"]) == ["foreign_minister", "head_of_government"]
    assert role_label("foreign_minister") == "Foreign minister"
    assert role_label("no_such_role") is None


def test_every_role_row_has_a_label_and_a_compiled_pattern():
    rows = load_roles()
    assert rows and all(r.id and r.label and r.pattern.pattern for r in rows)


def test_a_bad_pattern_is_a_named_error(tmp_path):
    bad = tmp_path / "roles.tsv"
    bad.write_text("role\tlabel\tpattern\nx\tX\t(unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="role 'x'"):
        load_roles(str(bad))


def test_officials_carry_their_roles():
    ex = de.extract("New Delhi, 3 March 2024. EAM Dr. S. Jaishankar met Foreign Minister Penny Wong of "
                    "Australia. The External Affairs Minister thanked Ms. Wong.")
    by = {o.name: o for o in ex.officials}
    assert by["S. Jaishankar"].roles == ["foreign_minister"]
    assert by["Penny Wong"].roles == ["foreign_minister"]
    assert "roles" in ex.to_pandas()["officials"].columns
