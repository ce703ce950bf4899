"""The quick check of the schema 'mechanisms': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "f363a9ea2d1aca1ec96f5eb10c65916f3768b8504bc65ac48c425c9ee186842e"
VERSION = "2.22.3"
from decimal import Decimal
import re
class JsonSchemaValueException(ValueError):
    """What the code below raises on data the schema refuses (fastjsonschema's own name)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


class JsonSchemaValuesException(ValueError):
    """fastjsonschema's name for several refusals at once (not raised: it fails fast)."""

    def __init__(self, errors):
        super().__init__(errors)



REGEX_PATTERNS = {
    '^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)\\Z')
}

NoneType = type(None)

def validate_peerlearn_mechanisms_v1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['schema_version', 'mechanisms']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "schema_version" in data_keys:
            data_keys.remove("schema_version")
            data__schemaversion = data["schema_version"]
            if not (isinstance(data__schemaversion, (int, float)) and not isinstance(data__schemaversion, bool) and data__schemaversion == 1):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema_version must be one of [1]")
        if "mechanisms" in data_keys:
            data_keys.remove("mechanisms")
            data__mechanisms = data["mechanisms"]
            if not isinstance(data__mechanisms, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must be array")
            data__mechanisms_is_list = isinstance(data__mechanisms, (list, tuple))
            if data__mechanisms_is_list:
                data__mechanisms_len = len(data__mechanisms)
                if data__mechanisms_len < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must contain at least 0 items")
                for data__mechanisms_x, data__mechanisms_item in enumerate(data__mechanisms):
                    if not isinstance(data__mechanisms_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}]".format(**locals()) + " must be object")
                    data__mechanisms_item_is_dict = isinstance(data__mechanisms_item, dict)
                    if data__mechanisms_item_is_dict:
                        data__mechanisms_item__missing_keys = set(['id', 'name', 'definition']) - data__mechanisms_item.keys()
                        if data__mechanisms_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}]".format(**locals()) + " must contain ")
                        data__mechanisms_item_keys = set(data__mechanisms_item.keys())
                        if "id" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("id")
                            data__mechanisms_item__id = data__mechanisms_item["id"]
                            if not isinstance(data__mechanisms_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__mechanisms_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$'].search(data__mechanisms_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$")
                        if "name" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("name")
                            data__mechanisms_item__name = data__mechanisms_item["name"]
                            if not isinstance(data__mechanisms_item__name, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].name".format(**locals()) + " must be string")
                            if isinstance(data__mechanisms_item__name, str):
                                data__mechanisms_item__name_len = len(data__mechanisms_item__name)
                                if data__mechanisms_item__name_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].name".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "definition" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("definition")
                            data__mechanisms_item__definition = data__mechanisms_item["definition"]
                            if not isinstance(data__mechanisms_item__definition, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].definition".format(**locals()) + " must be string")
                            if isinstance(data__mechanisms_item__definition, str):
                                data__mechanisms_item__definition_len = len(data__mechanisms_item__definition)
                                if data__mechanisms_item__definition_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].definition".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "summary" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("summary")
                            data__mechanisms_item__summary = data__mechanisms_item["summary"]
                            if not isinstance(data__mechanisms_item__summary, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].summary".format(**locals()) + " must be string")
                            if isinstance(data__mechanisms_item__summary, str):
                                data__mechanisms_item__summary_len = len(data__mechanisms_item__summary)
                                if data__mechanisms_item__summary_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].summary".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "helps" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("helps")
                            data__mechanisms_item__helps = data__mechanisms_item["helps"]
                            if not isinstance(data__mechanisms_item__helps, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].helps".format(**locals()) + " must be string")
                            if isinstance(data__mechanisms_item__helps, str):
                                data__mechanisms_item__helps_len = len(data__mechanisms_item__helps)
                                if data__mechanisms_item__helps_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].helps".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "strains" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("strains")
                            data__mechanisms_item__strains = data__mechanisms_item["strains"]
                            if not isinstance(data__mechanisms_item__strains, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].strains".format(**locals()) + " must be string")
                            if isinstance(data__mechanisms_item__strains, str):
                                data__mechanisms_item__strains_len = len(data__mechanisms_item__strains)
                                if data__mechanisms_item__strains_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].strains".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "key_terms" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("key_terms")
                            data__mechanisms_item__keyterms = data__mechanisms_item["key_terms"]
                            if not isinstance(data__mechanisms_item__keyterms, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].key_terms".format(**locals()) + " must be array")
                            data__mechanisms_item__keyterms_is_list = isinstance(data__mechanisms_item__keyterms, (list, tuple))
                            if data__mechanisms_item__keyterms_is_list:
                                data__mechanisms_item__keyterms_len = len(data__mechanisms_item__keyterms)
                                for data__mechanisms_item__keyterms_x, data__mechanisms_item__keyterms_item in enumerate(data__mechanisms_item__keyterms):
                                    if not isinstance(data__mechanisms_item__keyterms_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].key_terms[{data__mechanisms_item__keyterms_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__mechanisms_item__keyterms_item, str):
                                        data__mechanisms_item__keyterms_item_len = len(data__mechanisms_item__keyterms_item)
                                        if data__mechanisms_item__keyterms_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].key_terms[{data__mechanisms_item__keyterms_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "theories" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("theories")
                            data__mechanisms_item__theories = data__mechanisms_item["theories"]
                            if not isinstance(data__mechanisms_item__theories, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories".format(**locals()) + " must be array")
                            data__mechanisms_item__theories_is_list = isinstance(data__mechanisms_item__theories, (list, tuple))
                            if data__mechanisms_item__theories_is_list:
                                data__mechanisms_item__theories_len = len(data__mechanisms_item__theories)
                                for data__mechanisms_item__theories_x, data__mechanisms_item__theories_item in enumerate(data__mechanisms_item__theories):
                                    if not isinstance(data__mechanisms_item__theories_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}]".format(**locals()) + " must be object")
                                    data__mechanisms_item__theories_item_is_dict = isinstance(data__mechanisms_item__theories_item, dict)
                                    if data__mechanisms_item__theories_item_is_dict:
                                        data__mechanisms_item__theories_item__missing_keys = set(['id', 'rationale', 'basis']) - data__mechanisms_item__theories_item.keys()
                                        if data__mechanisms_item__theories_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}]".format(**locals()) + " must contain ")
                                        data__mechanisms_item__theories_item_keys = set(data__mechanisms_item__theories_item.keys())
                                        if "id" in data__mechanisms_item__theories_item_keys:
                                            data__mechanisms_item__theories_item_keys.remove("id")
                                            data__mechanisms_item__theories_item__id = data__mechanisms_item__theories_item["id"]
                                            if not isinstance(data__mechanisms_item__theories_item__id, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}].id".format(**locals()) + " must be string")
                                            if isinstance(data__mechanisms_item__theories_item__id, str):
                                                data__mechanisms_item__theories_item__id_len = len(data__mechanisms_item__theories_item__id)
                                                if data__mechanisms_item__theories_item__id_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}].id".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if "rationale" in data__mechanisms_item__theories_item_keys:
                                            data__mechanisms_item__theories_item_keys.remove("rationale")
                                            data__mechanisms_item__theories_item__rationale = data__mechanisms_item__theories_item["rationale"]
                                            if not isinstance(data__mechanisms_item__theories_item__rationale, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}].rationale".format(**locals()) + " must be string")
                                            if isinstance(data__mechanisms_item__theories_item__rationale, str):
                                                data__mechanisms_item__theories_item__rationale_len = len(data__mechanisms_item__theories_item__rationale)
                                                if data__mechanisms_item__theories_item__rationale_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}].rationale".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if "basis" in data__mechanisms_item__theories_item_keys:
                                            data__mechanisms_item__theories_item_keys.remove("basis")
                                            data__mechanisms_item__theories_item__basis = data__mechanisms_item__theories_item["basis"]
                                            if not (isinstance(data__mechanisms_item__theories_item__basis, str) and data__mechanisms_item__theories_item__basis == 'title' or isinstance(data__mechanisms_item__theories_item__basis, str) and data__mechanisms_item__theories_item__basis == 'abstract' or isinstance(data__mechanisms_item__theories_item__basis, str) and data__mechanisms_item__theories_item__basis == 'curated'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}].basis".format(**locals()) + " must be one of ['title', 'abstract', 'curated']")
                                        if data__mechanisms_item__theories_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].theories[{data__mechanisms_item__theories_x}]".format(**locals()) + " must not contain "+str(data__mechanisms_item__theories_item_keys)+" properties")
                        if "sources" in data__mechanisms_item_keys:
                            data__mechanisms_item_keys.remove("sources")
                            data__mechanisms_item__sources = data__mechanisms_item["sources"]
                            if not isinstance(data__mechanisms_item__sources, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources".format(**locals()) + " must be array")
                            data__mechanisms_item__sources_is_list = isinstance(data__mechanisms_item__sources, (list, tuple))
                            if data__mechanisms_item__sources_is_list:
                                data__mechanisms_item__sources_len = len(data__mechanisms_item__sources)
                                for data__mechanisms_item__sources_x, data__mechanisms_item__sources_item in enumerate(data__mechanisms_item__sources):
                                    if not isinstance(data__mechanisms_item__sources_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}]".format(**locals()) + " must be object")
                                    data__mechanisms_item__sources_item_is_dict = isinstance(data__mechanisms_item__sources_item, dict)
                                    if data__mechanisms_item__sources_item_is_dict:
                                        data__mechanisms_item__sources_item__missing_keys = set(['key', 'rationale', 'basis']) - data__mechanisms_item__sources_item.keys()
                                        if data__mechanisms_item__sources_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}]".format(**locals()) + " must contain ")
                                        if "link_basis" in data__mechanisms_item__sources_item:
                                            if "link_rationale" not in data__mechanisms_item__sources_item:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}]".format(**locals()) + " missing dependency link_rationale for link_basis")
                                        if "link_rationale" in data__mechanisms_item__sources_item:
                                            if "link_basis" not in data__mechanisms_item__sources_item:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}]".format(**locals()) + " missing dependency link_basis for link_rationale")
                                        data__mechanisms_item__sources_item_keys = set(data__mechanisms_item__sources_item.keys())
                                        if "key" in data__mechanisms_item__sources_item_keys:
                                            data__mechanisms_item__sources_item_keys.remove("key")
                                            data__mechanisms_item__sources_item__key = data__mechanisms_item__sources_item["key"]
                                            if not isinstance(data__mechanisms_item__sources_item__key, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].key".format(**locals()) + " must be string")
                                            if isinstance(data__mechanisms_item__sources_item__key, str):
                                                data__mechanisms_item__sources_item__key_len = len(data__mechanisms_item__sources_item__key)
                                                if data__mechanisms_item__sources_item__key_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].key".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if "rationale" in data__mechanisms_item__sources_item_keys:
                                            data__mechanisms_item__sources_item_keys.remove("rationale")
                                            data__mechanisms_item__sources_item__rationale = data__mechanisms_item__sources_item["rationale"]
                                            if not isinstance(data__mechanisms_item__sources_item__rationale, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].rationale".format(**locals()) + " must be string")
                                            if isinstance(data__mechanisms_item__sources_item__rationale, str):
                                                data__mechanisms_item__sources_item__rationale_len = len(data__mechanisms_item__sources_item__rationale)
                                                if data__mechanisms_item__sources_item__rationale_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].rationale".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if "basis" in data__mechanisms_item__sources_item_keys:
                                            data__mechanisms_item__sources_item_keys.remove("basis")
                                            data__mechanisms_item__sources_item__basis = data__mechanisms_item__sources_item["basis"]
                                            if not (isinstance(data__mechanisms_item__sources_item__basis, str) and data__mechanisms_item__sources_item__basis == 'title' or isinstance(data__mechanisms_item__sources_item__basis, str) and data__mechanisms_item__sources_item__basis == 'abstract' or isinstance(data__mechanisms_item__sources_item__basis, str) and data__mechanisms_item__sources_item__basis == 'curated'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].basis".format(**locals()) + " must be one of ['title', 'abstract', 'curated']")
                                        if "link_basis" in data__mechanisms_item__sources_item_keys:
                                            data__mechanisms_item__sources_item_keys.remove("link_basis")
                                            data__mechanisms_item__sources_item__linkbasis = data__mechanisms_item__sources_item["link_basis"]
                                            if not (isinstance(data__mechanisms_item__sources_item__linkbasis, str) and data__mechanisms_item__sources_item__linkbasis == 'curated'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].link_basis".format(**locals()) + " must be one of ['curated']")
                                        if "link_rationale" in data__mechanisms_item__sources_item_keys:
                                            data__mechanisms_item__sources_item_keys.remove("link_rationale")
                                            data__mechanisms_item__sources_item__linkrationale = data__mechanisms_item__sources_item["link_rationale"]
                                            if not isinstance(data__mechanisms_item__sources_item__linkrationale, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].link_rationale".format(**locals()) + " must be string")
                                            if isinstance(data__mechanisms_item__sources_item__linkrationale, str):
                                                data__mechanisms_item__sources_item__linkrationale_len = len(data__mechanisms_item__sources_item__linkrationale)
                                                if data__mechanisms_item__sources_item__linkrationale_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}].link_rationale".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__mechanisms_item__sources_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}].sources[{data__mechanisms_item__sources_x}]".format(**locals()) + " must not contain "+str(data__mechanisms_item__sources_item_keys)+" properties")
                        if data__mechanisms_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}]".format(**locals()) + " must not contain "+str(data__mechanisms_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_peerlearn_mechanisms_v1

#: a check per definition, by its name in $defs
DEFS = {}
