"""The quick check of the schema 'rubric': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "1f35c053900bb64c4a6506bde6419c1f39a5ac60ba611a12a8200b5777132970"
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
                    if not isinstance(data__levels_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}]".format(**locals()) + " must be object")
                    data__levels_item_is_dict = isinstance(data__levels_item, dict)
                    if data__levels_item_is_dict:
                        data__levels_item__missing_keys = set(['level', 'name']) - data__levels_item.keys()
                        if data__levels_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}]".format(**locals()) + " must contain ")
                        data__levels_item_keys = set(data__levels_item.keys())
                        if "level" in data__levels_item_keys:
                            data__levels_item_keys.remove("level")
                            data__levels_item__level = data__levels_item["level"]
                            if not isinstance(data__levels_item__level, (int)) and not (isinstance(data__levels_item__level, float) and data__levels_item__level.is_integer()) or isinstance(data__levels_item__level, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}].level".format(**locals()) + " must be integer")
                            if isinstance(data__levels_item__level, (int, float, Decimal)) and not isinstance(data__levels_item__level, bool):
                                if data__levels_item__level < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}].level".format(**locals()) + " must be bigger than or equal to 1")
                                if data__levels_item__level > 4:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}].level".format(**locals()) + " must be smaller than or equal to 4")
                        if "name" in data__levels_item_keys:
                            data__levels_item_keys.remove("name")
                            data__levels_item__name = data__levels_item["name"]
                            if not isinstance(data__levels_item__name, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}].name".format(**locals()) + " must be string")
                            if isinstance(data__levels_item__name, str):
                                if not REGEX_PATTERNS['\\S'].search(data__levels_item__name):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}].name".format(**locals()) + " must match pattern \\S")
                        if data__levels_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels[{data__levels_x}]".format(**locals()) + " must not contain "+str(data__levels_item_keys)+" properties")
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
                    if not isinstance(data__criteria_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must be object")
                    data__criteria_item_is_dict = isinstance(data__criteria_item, dict)
                    if data__criteria_item_is_dict:
                        data__criteria_item__missing_keys = set(['id', 'name', 'descriptors']) - data__criteria_item.keys()
                        if data__criteria_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must contain ")
                        data__criteria_item_keys = set(data__criteria_item.keys())
                        if "id" in data__criteria_item_keys:
                            data__criteria_item_keys.remove("id")
                            data__criteria_item__id = data__criteria_item["id"]
                            if not isinstance(data__criteria_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__criteria_item__id, str):
                                if not REGEX_PATTERNS['\\S'].search(data__criteria_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].id".format(**locals()) + " must match pattern \\S")
                        if "name" in data__criteria_item_keys:
                            data__criteria_item_keys.remove("name")
                            data__criteria_item__name = data__criteria_item["name"]
                            if not isinstance(data__criteria_item__name, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].name".format(**locals()) + " must be string")
                            if isinstance(data__criteria_item__name, str):
                                if not REGEX_PATTERNS['\\S'].search(data__criteria_item__name):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].name".format(**locals()) + " must match pattern \\S")
                        if "mechanisms" in data__criteria_item_keys:
                            data__criteria_item_keys.remove("mechanisms")
                            data__criteria_item__mechanisms = data__criteria_item["mechanisms"]
                            if not isinstance(data__criteria_item__mechanisms, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].mechanisms".format(**locals()) + " must be array")
                            data__criteria_item__mechanisms_is_list = isinstance(data__criteria_item__mechanisms, (list, tuple))
                            if data__criteria_item__mechanisms_is_list:
                                data__criteria_item__mechanisms_len = len(data__criteria_item__mechanisms)
                                for data__criteria_item__mechanisms_x, data__criteria_item__mechanisms_item in enumerate(data__criteria_item__mechanisms):
                                    if not isinstance(data__criteria_item__mechanisms_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].mechanisms[{data__criteria_item__mechanisms_x}]".format(**locals()) + " must be string")
                        if "descriptors" in data__criteria_item_keys:
                            data__criteria_item_keys.remove("descriptors")
                            data__criteria_item__descriptors = data__criteria_item["descriptors"]
                            if not isinstance(data__criteria_item__descriptors, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].descriptors".format(**locals()) + " must be object")
                            data__criteria_item__descriptors_is_dict = isinstance(data__criteria_item__descriptors, dict)
                            if data__criteria_item__descriptors_is_dict:
                                data__criteria_item__descriptors_keys = set(data__criteria_item__descriptors.keys())
                                for data__criteria_item__descriptors_key in data__criteria_item__descriptors_keys:
                                    if data__criteria_item__descriptors_key not in []:
                                        data__criteria_item__descriptors_value = data__criteria_item__descriptors.get(data__criteria_item__descriptors_key)
                                        if not isinstance(data__criteria_item__descriptors_value, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].descriptors.{data__criteria_item__descriptors_key}".format(**locals()) + " must be string")
                                        if isinstance(data__criteria_item__descriptors_value, str):
                                            if not REGEX_PATTERNS['\\S'].search(data__criteria_item__descriptors_value):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].descriptors.{data__criteria_item__descriptors_key}".format(**locals()) + " must match pattern \\S")
                                data__criteria_item__descriptors_len = len(data__criteria_item__descriptors)
                                if data__criteria_item__descriptors_len != 0:
                                    data__criteria_item__descriptors_property_names = True
                                    for data__criteria_item__descriptors_key in data__criteria_item__descriptors:
                                        try:
                                            if isinstance(data__criteria_item__descriptors_key, str):
                                                if not REGEX_PATTERNS['^[1-4]$'].search(data__criteria_item__descriptors_key):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].descriptors".format(**locals()) + " must match pattern ^[1-4]$")
                                        except (JsonSchemaValueException, JsonSchemaValuesException):
                                            data__criteria_item__descriptors_property_names = False
                                    if not data__criteria_item__descriptors_property_names:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}].descriptors".format(**locals()) + " must be named by propertyName definition")
                        if data__criteria_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()) + " must not contain "+str(data__criteria_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_peerlearn_rubric_v1
