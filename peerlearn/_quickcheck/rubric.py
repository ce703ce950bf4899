"""The quick check of the schema 'rubric': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "ed69fa9a46983e16556fabe8870594abc8fe5118f72878e2852397e09189e2b5"
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
    '\\S': re.compile('\\S'),
    '^[1-4]$': re.compile('^[1-4]\\Z')
}

NoneType = type(None)

def validate_peerlearn_rubric_v1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title', 'levels', 'criteria']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['\\S'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern \\S")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                if not REGEX_PATTERNS['\\S'].search(data__title):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must match pattern \\S")
        if "purpose" in data_keys:
            data_keys.remove("purpose")
            data__purpose = data["purpose"]
            if not isinstance(data__purpose, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".purpose must be string")
        if "levels" in data_keys:
            data_keys.remove("levels")
            data__levels = data["levels"]
            if not isinstance(data__levels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must be array")
            data__levels_is_list = isinstance(data__levels, (list, tuple))
            if data__levels_is_list:
                data__levels_len = len(data__levels)
                if data__levels_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must contain at least 1 items")
                if data__levels_len > 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must contain less than or equal to 4 items")
                for data__levels_x, data__levels_item in enumerate(data__levels):
                    validate____defs_level(data__levels_item, custom_formats, (name_prefix or "data") + ".levels[{data__levels_x}]".format(**locals()))
        if "criteria" in data_keys:
            data_keys.remove("criteria")
            data__criteria = data["criteria"]
            if not isinstance(data__criteria, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be array")
            data__criteria_is_list = isinstance(data__criteria, (list, tuple))
            if data__criteria_is_list:
                data__criteria_len = len(data__criteria)
                if data__criteria_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must contain at least 1 items")
                for data__criteria_x, data__criteria_item in enumerate(data__criteria):
                    validate____defs_criterion(data__criteria_item, custom_formats, (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_criterion(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'descriptors']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate____defs_text(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate____defs_text(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "mechanisms" in data_keys:
            data_keys.remove("mechanisms")
            data__mechanisms = data["mechanisms"]
            if not isinstance(data__mechanisms, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must be array")
            data__mechanisms_is_list = isinstance(data__mechanisms, (list, tuple))
            if data__mechanisms_is_list:
                data__mechanisms_len = len(data__mechanisms)
                for data__mechanisms_x, data__mechanisms_item in enumerate(data__mechanisms):
                    if not isinstance(data__mechanisms_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}]".format(**locals()) + " must be string")
        if "descriptors" in data_keys:
            data_keys.remove("descriptors")
            data__descriptors = data["descriptors"]
            if not isinstance(data__descriptors, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".descriptors must be object")
            data__descriptors_is_dict = isinstance(data__descriptors, dict)
            if data__descriptors_is_dict:
                data__descriptors_keys = set(data__descriptors.keys())
                for data__descriptors_key in data__descriptors_keys:
                    if data__descriptors_key not in []:
                        data__descriptors_value = data__descriptors.get(data__descriptors_key)
                        validate____defs_text(data__descriptors_value, custom_formats, (name_prefix or "data") + ".descriptors.{data__descriptors_key}".format(**locals()))
                data__descriptors_len = len(data__descriptors)
                if data__descriptors_len != 0:
                    data__descriptors_property_names = True
                    for data__descriptors_key in data__descriptors:
                        try:
                            if isinstance(data__descriptors_key, str):
                                if not REGEX_PATTERNS['^[1-4]$'].search(data__descriptors_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".descriptors must match pattern ^[1-4]$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__descriptors_property_names = False
                    if not data__descriptors_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".descriptors must be named by propertyName definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['\\S'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\S")
    return data

def validate____defs_level(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['level', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (int)) and not (isinstance(data__level, float) and data__level.is_integer()) or isinstance(data__level, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be integer")
            if isinstance(data__level, (int, float, Decimal)) and not isinstance(data__level, bool):
                if data__level < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be bigger than or equal to 1")
                if data__level > 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be smaller than or equal to 4")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate____defs_text(data__name, custom_formats, (name_prefix or "data") + ".name")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_peerlearn_rubric_v1

#: a check per definition, by its name in $defs
DEFS = {'criterion': validate____defs_criterion, 'level': validate____defs_level, 'text': validate____defs_text}
