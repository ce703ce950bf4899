"""The quick check of the schema 'glossary': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "5b9c6a26decb95477f06e5295e55d8038c5d08572960bd96fb1136b582ff48c2"
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

def validate_peerlearn_glossary_v1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['schema_version', 'terms']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "schema_version" in data_keys:
            data_keys.remove("schema_version")
            data__schemaversion = data["schema_version"]
            if not (isinstance(data__schemaversion, (int, float)) and not isinstance(data__schemaversion, bool) and data__schemaversion == 1):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema_version must be one of [1]")
        if "terms" in data_keys:
            data_keys.remove("terms")
            data__terms = data["terms"]
            if not isinstance(data__terms, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms must be array")
            data__terms_is_list = isinstance(data__terms, (list, tuple))
            if data__terms_is_list:
                data__terms_len = len(data__terms)
                for data__terms_x, data__terms_item in enumerate(data__terms):
                    if not isinstance(data__terms_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}]".format(**locals()) + " must be object")
                    data__terms_item_is_dict = isinstance(data__terms_item, dict)
                    if data__terms_item_is_dict:
                        data__terms_item__missing_keys = set(['id', 'term', 'definition']) - data__terms_item.keys()
                        if data__terms_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}]".format(**locals()) + " must contain ")
                        data__terms_item_keys = set(data__terms_item.keys())
                        if "id" in data__terms_item_keys:
                            data__terms_item_keys.remove("id")
                            data__terms_item__id = data__terms_item["id"]
                            if not isinstance(data__terms_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__terms_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$'].search(data__terms_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$")
                        if "term" in data__terms_item_keys:
                            data__terms_item_keys.remove("term")
                            data__terms_item__term = data__terms_item["term"]
                            if not isinstance(data__terms_item__term, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].term".format(**locals()) + " must be string")
                            if isinstance(data__terms_item__term, str):
                                data__terms_item__term_len = len(data__terms_item__term)
                                if data__terms_item__term_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].term".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "definition" in data__terms_item_keys:
                            data__terms_item_keys.remove("definition")
                            data__terms_item__definition = data__terms_item["definition"]
                            if not isinstance(data__terms_item__definition, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].definition".format(**locals()) + " must be string")
                            if isinstance(data__terms_item__definition, str):
                                data__terms_item__definition_len = len(data__terms_item__definition)
                                if data__terms_item__definition_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].definition".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "see_also" in data__terms_item_keys:
                            data__terms_item_keys.remove("see_also")
                            data__terms_item__seealso = data__terms_item["see_also"]
                            if not isinstance(data__terms_item__seealso, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].see_also".format(**locals()) + " must be array")
                            data__terms_item__seealso_is_list = isinstance(data__terms_item__seealso, (list, tuple))
                            if data__terms_item__seealso_is_list:
                                data__terms_item__seealso_len = len(data__terms_item__seealso)
                                for data__terms_item__seealso_x, data__terms_item__seealso_item in enumerate(data__terms_item__seealso):
                                    if not isinstance(data__terms_item__seealso_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].see_also[{data__terms_item__seealso_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__terms_item__seealso_item, str):
                                        data__terms_item__seealso_item_len = len(data__terms_item__seealso_item)
                                        if data__terms_item__seealso_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].see_also[{data__terms_item__seealso_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "sources" in data__terms_item_keys:
                            data__terms_item_keys.remove("sources")
                            data__terms_item__sources = data__terms_item["sources"]
                            if not isinstance(data__terms_item__sources, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].sources".format(**locals()) + " must be array")
                            data__terms_item__sources_is_list = isinstance(data__terms_item__sources, (list, tuple))
                            if data__terms_item__sources_is_list:
                                data__terms_item__sources_len = len(data__terms_item__sources)
                                for data__terms_item__sources_x, data__terms_item__sources_item in enumerate(data__terms_item__sources):
                                    if not isinstance(data__terms_item__sources_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].sources[{data__terms_item__sources_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__terms_item__sources_item, str):
                                        data__terms_item__sources_item_len = len(data__terms_item__sources_item)
                                        if data__terms_item__sources_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}].sources[{data__terms_item__sources_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if data__terms_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".terms[{data__terms_x}]".format(**locals()) + " must not contain "+str(data__terms_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_peerlearn_glossary_v1

#: a check per definition, by its name in $defs
DEFS = {}
