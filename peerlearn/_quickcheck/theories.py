"""The quick check of the schema 'theories': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "82678d9a675f6a41f06634976aaf792a355f04cad0a2adbae1648ddbf4d3dac0"
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

def validate_peerlearn_theories_v1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['schema_version', 'theories']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "schema_version" in data_keys:
            data_keys.remove("schema_version")
            data__schemaversion = data["schema_version"]
            if not (isinstance(data__schemaversion, (int, float)) and not isinstance(data__schemaversion, bool) and data__schemaversion == 1):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema_version must be one of [1]")
        if "theories" in data_keys:
            data_keys.remove("theories")
            data__theories = data["theories"]
            if not isinstance(data__theories, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories must be array")
            data__theories_is_list = isinstance(data__theories, (list, tuple))
            if data__theories_is_list:
                data__theories_len = len(data__theories)
                for data__theories_x, data__theories_item in enumerate(data__theories):
                    if not isinstance(data__theories_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}]".format(**locals()) + " must be object")
                    data__theories_item_is_dict = isinstance(data__theories_item, dict)
                    if data__theories_item_is_dict:
                        data__theories_item__missing_keys = set(['id', 'name', 'originators', 'sources', 'core_claim']) - data__theories_item.keys()
                        if data__theories_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}]".format(**locals()) + " must contain ")
                        data__theories_item_keys = set(data__theories_item.keys())
                        if "id" in data__theories_item_keys:
                            data__theories_item_keys.remove("id")
                            data__theories_item__id = data__theories_item["id"]
                            if not isinstance(data__theories_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__theories_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$'].search(data__theories_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$")
                        if "name" in data__theories_item_keys:
                            data__theories_item_keys.remove("name")
                            data__theories_item__name = data__theories_item["name"]
                            if not isinstance(data__theories_item__name, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].name".format(**locals()) + " must be string")
                            if isinstance(data__theories_item__name, str):
                                data__theories_item__name_len = len(data__theories_item__name)
                                if data__theories_item__name_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].name".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "originators" in data__theories_item_keys:
                            data__theories_item_keys.remove("originators")
                            data__theories_item__originators = data__theories_item["originators"]
                            if not isinstance(data__theories_item__originators, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].originators".format(**locals()) + " must be array")
                            data__theories_item__originators_is_list = isinstance(data__theories_item__originators, (list, tuple))
                            if data__theories_item__originators_is_list:
                                data__theories_item__originators_len = len(data__theories_item__originators)
                                if data__theories_item__originators_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].originators".format(**locals()) + " must contain at least 1 items")
                                for data__theories_item__originators_x, data__theories_item__originators_item in enumerate(data__theories_item__originators):
                                    if not isinstance(data__theories_item__originators_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].originators[{data__theories_item__originators_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__theories_item__originators_item, str):
                                        data__theories_item__originators_item_len = len(data__theories_item__originators_item)
                                        if data__theories_item__originators_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].originators[{data__theories_item__originators_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "sources" in data__theories_item_keys:
                            data__theories_item_keys.remove("sources")
                            data__theories_item__sources = data__theories_item["sources"]
                            if not isinstance(data__theories_item__sources, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].sources".format(**locals()) + " must be array")
                            data__theories_item__sources_is_list = isinstance(data__theories_item__sources, (list, tuple))
                            if data__theories_item__sources_is_list:
                                data__theories_item__sources_len = len(data__theories_item__sources)
                                if data__theories_item__sources_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].sources".format(**locals()) + " must contain at least 1 items")
                                for data__theories_item__sources_x, data__theories_item__sources_item in enumerate(data__theories_item__sources):
                                    if not isinstance(data__theories_item__sources_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].sources[{data__theories_item__sources_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__theories_item__sources_item, str):
                                        data__theories_item__sources_item_len = len(data__theories_item__sources_item)
                                        if data__theories_item__sources_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].sources[{data__theories_item__sources_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "year" in data__theories_item_keys:
                            data__theories_item_keys.remove("year")
                            data__theories_item__year = data__theories_item["year"]
                            if not isinstance(data__theories_item__year, (int, NoneType)) and not (isinstance(data__theories_item__year, float) and data__theories_item__year.is_integer()) or isinstance(data__theories_item__year, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].year".format(**locals()) + " must be integer or null")
                        if "year_note" in data__theories_item_keys:
                            data__theories_item_keys.remove("year_note")
                            data__theories_item__yearnote = data__theories_item["year_note"]
                            if not isinstance(data__theories_item__yearnote, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].year_note".format(**locals()) + " must be string")
                            if isinstance(data__theories_item__yearnote, str):
                                data__theories_item__yearnote_len = len(data__theories_item__yearnote)
                                if data__theories_item__yearnote_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].year_note".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "core_claim" in data__theories_item_keys:
                            data__theories_item_keys.remove("core_claim")
                            data__theories_item__coreclaim = data__theories_item["core_claim"]
                            if not isinstance(data__theories_item__coreclaim, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].core_claim".format(**locals()) + " must be string")
                            if isinstance(data__theories_item__coreclaim, str):
                                data__theories_item__coreclaim_len = len(data__theories_item__coreclaim)
                                if data__theories_item__coreclaim_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].core_claim".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "key_concepts" in data__theories_item_keys:
                            data__theories_item_keys.remove("key_concepts")
                            data__theories_item__keyconcepts = data__theories_item["key_concepts"]
                            if not isinstance(data__theories_item__keyconcepts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].key_concepts".format(**locals()) + " must be array")
                            data__theories_item__keyconcepts_is_list = isinstance(data__theories_item__keyconcepts, (list, tuple))
                            if data__theories_item__keyconcepts_is_list:
                                data__theories_item__keyconcepts_len = len(data__theories_item__keyconcepts)
                                for data__theories_item__keyconcepts_x, data__theories_item__keyconcepts_item in enumerate(data__theories_item__keyconcepts):
                                    if not isinstance(data__theories_item__keyconcepts_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].key_concepts[{data__theories_item__keyconcepts_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__theories_item__keyconcepts_item, str):
                                        data__theories_item__keyconcepts_item_len = len(data__theories_item__keyconcepts_item)
                                        if data__theories_item__keyconcepts_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].key_concepts[{data__theories_item__keyconcepts_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "in_peer_support" in data__theories_item_keys:
                            data__theories_item_keys.remove("in_peer_support")
                            data__theories_item__inpeersupport = data__theories_item["in_peer_support"]
                            if not isinstance(data__theories_item__inpeersupport, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].in_peer_support".format(**locals()) + " must be string")
                        if "critiques" in data__theories_item_keys:
                            data__theories_item_keys.remove("critiques")
                            data__theories_item__critiques = data__theories_item["critiques"]
                            if not isinstance(data__theories_item__critiques, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}].critiques".format(**locals()) + " must be string")
                        if data__theories_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".theories[{data__theories_x}]".format(**locals()) + " must not contain "+str(data__theories_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_peerlearn_theories_v1

#: a check per definition, by its name in $defs
DEFS = {}
