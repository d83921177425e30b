"""Validates policyc's Fides manifests with fideslang's own models.

Usage: validate.py TAXONOMY_RS MANIFEST...

Each manifest must load as a fideslang `Taxonomy`, and every key it names
(data categories, data uses, parents, egress) must be a key of fideslang's
default taxonomy or one the manifest declares. The keys policyc checks
`fides "KEY"` against (TAXONOMY_RS, src/fides/taxonomy.rs) must be the
default taxonomy's, and the fideslang version the one it names.
"""

import re
import sys

import fideslang
import yaml
from fideslang import DEFAULT_TAXONOMY
from fideslang.models import Taxonomy


def keys_of(source, const):
    body = source.split(f"pub const {const}: &[&str] = &[", 1)[1].split("];", 1)[0]
    return re.findall(r'^    "([^"]+)",$', body, re.M)


def main():
    source = open(sys.argv[1], encoding="utf-8").read()
    pinned = re.search(r'FIDESLANG_VERSION: &str = "([^"]+)"', source).group(1)
    assert fideslang.__version__ == pinned, (fideslang.__version__, pinned)
    categories = {c.fides_key for c in DEFAULT_TAXONOMY.data_category}
    uses = {u.fides_key for u in DEFAULT_TAXONOMY.data_use}
    assert keys_of(source, "DATA_CATEGORIES") == sorted(categories, key=str.encode)
    assert keys_of(source, "DATA_USES") == sorted(uses, key=str.encode)
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            taxonomy = Taxonomy.model_validate(yaml.safe_load(f))
        known_categories = categories | {c.fides_key for c in taxonomy.data_category}
        known_uses = uses | {u.fides_key for u in taxonomy.data_use}
        for label in taxonomy.data_category:
            assert label.parent_key is None or label.parent_key in known_categories, label
        assert taxonomy.system, path
        for system in taxonomy.system:
            for flow in system.egress or []:
                assert set(flow.data_categories or []) <= known_categories, flow
            for declaration in system.privacy_declarations:
                assert set(declaration.data_categories) <= known_categories, declaration
                assert set(declaration.shared_categories) <= known_categories, declaration
                assert declaration.data_use in known_uses, declaration
        print(f"{path}: valid ({len(taxonomy.system[0].privacy_declarations)} declarations)")


main()
