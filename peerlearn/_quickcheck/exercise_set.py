"""The quick check of the schema 'exercise-set': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "9c80f341ee22411b121ea2f25d3ba292234a84a024e8f5b475b155306cf27f46"
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
    '^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$': re.compile('^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)\\Z'),
    '\\S': re.compile('\\S')
}

NoneType = type(None)

def validate_peerlearn_exercise_set_v1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'exercises']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "schema_version" in data_keys:
            data_keys.remove("schema_version")
            data__schemaversion = data["schema_version"]
            if not (isinstance(data__schemaversion, (int, float)) and not isinstance(data__schemaversion, bool) and data__schemaversion == 1):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema_version must be one of [1]")
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                if not REGEX_PATTERNS['\\S'].search(data__title):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must match pattern \\S")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string or null")
        if "mechanisms" in data_keys:
            data_keys.remove("mechanisms")
            data__mechanisms = data["mechanisms"]
            data__mechanisms_any_of_count1 = 0
            if not data__mechanisms_any_of_count1:
                try:
                    if not isinstance(data__mechanisms, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must be string")
                    if isinstance(data__mechanisms, str):
                        if not REGEX_PATTERNS['\\S'].search(data__mechanisms):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must match pattern \\S")
                    data__mechanisms_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mechanisms_any_of_count1:
                try:
                    if not isinstance(data__mechanisms, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must be array")
                    data__mechanisms_is_list = isinstance(data__mechanisms, (list, tuple))
                    if data__mechanisms_is_list:
                        data__mechanisms_len = len(data__mechanisms)
                        for data__mechanisms_x, data__mechanisms_item in enumerate(data__mechanisms):
                            if not isinstance(data__mechanisms_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}]".format(**locals()) + " must be string")
                            if isinstance(data__mechanisms_item, str):
                                if not REGEX_PATTERNS['\\S'].search(data__mechanisms_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms[{data__mechanisms_x}]".format(**locals()) + " must match pattern \\S")
                    data__mechanisms_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mechanisms_any_of_count1:
                try:
                    if not isinstance(data__mechanisms, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must be null")
                    data__mechanisms_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mechanisms_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms cannot be validated by any definition")
        if "exercises" in data_keys:
            data_keys.remove("exercises")
            data__exercises = data["exercises"]
            if not isinstance(data__exercises, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises must be array")
            data__exercises_is_list = isinstance(data__exercises, (list, tuple))
            if data__exercises_is_list:
                data__exercises_len = len(data__exercises)
                if data__exercises_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises must contain at least 1 items")
                for data__exercises_x, data__exercises_item in enumerate(data__exercises):
                    if not isinstance(data__exercises_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must be object")
                    try:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['kind']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                if not (isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'multiple-choice'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].kind".format(**locals()) + " must be one of ['multiple-choice']")
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        pass
                    else:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['options']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "id" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("id")
                                data__exercises_item__id = data__exercises_item["id"]
                                pass
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                pass
                            if "prompt" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("prompt")
                                data__exercises_item__prompt = data__exercises_item["prompt"]
                                pass
                            if "sources" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("sources")
                                data__exercises_item__sources = data__exercises_item["sources"]
                                pass
                            if "mechanisms" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("mechanisms")
                                data__exercises_item__mechanisms = data__exercises_item["mechanisms"]
                                pass
                            if "explanation" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("explanation")
                                data__exercises_item__explanation = data__exercises_item["explanation"]
                                pass
                            if "level" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("level")
                                data__exercises_item__level = data__exercises_item["level"]
                                pass
                            if "options" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("options")
                                data__exercises_item__options = data__exercises_item["options"]
                                if not isinstance(data__exercises_item__options, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options".format(**locals()) + " must be array")
                                data__exercises_item__options_is_list = isinstance(data__exercises_item__options, (list, tuple))
                                if data__exercises_item__options_is_list:
                                    data__exercises_item__options_len = len(data__exercises_item__options)
                                    if data__exercises_item__options_len < 2:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options".format(**locals()) + " must contain at least 2 items")
                                    for data__exercises_item__options_x, data__exercises_item__options_item in enumerate(data__exercises_item__options):
                                        if not isinstance(data__exercises_item__options_item, (dict)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}]".format(**locals()) + " must be object")
                                        data__exercises_item__options_item_is_dict = isinstance(data__exercises_item__options_item, dict)
                                        if data__exercises_item__options_item_is_dict:
                                            data__exercises_item__options_item__missing_keys = set(['text']) - data__exercises_item__options_item.keys()
                                            if data__exercises_item__options_item__missing_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}]".format(**locals()) + " must contain ")
                                            data__exercises_item__options_item_keys = set(data__exercises_item__options_item.keys())
                                            if "text" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("text")
                                                data__exercises_item__options_item__text = data__exercises_item__options_item["text"]
                                                if not isinstance(data__exercises_item__options_item__text, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].text".format(**locals()) + " must be string")
                                                if isinstance(data__exercises_item__options_item__text, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__options_item__text):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].text".format(**locals()) + " must match pattern \\S")
                                            if "correct" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("correct")
                                                data__exercises_item__options_item__correct = data__exercises_item__options_item["correct"]
                                                if not isinstance(data__exercises_item__options_item__correct, (bool)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].correct".format(**locals()) + " must be boolean")
                                            if "feedback" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("feedback")
                                                data__exercises_item__options_item__feedback = data__exercises_item__options_item["feedback"]
                                                if not isinstance(data__exercises_item__options_item__feedback, (str, NoneType)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].feedback".format(**locals()) + " must be string or null")
                                            if "sources" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("sources")
                                                data__exercises_item__options_item__sources = data__exercises_item__options_item["sources"]
                                                data__exercises_item__options_item__sources_any_of_count2 = 0
                                                if not data__exercises_item__options_item__sources_any_of_count2:
                                                    try:
                                                        if not isinstance(data__exercises_item__options_item__sources, (str)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must be string")
                                                        if isinstance(data__exercises_item__options_item__sources, str):
                                                            if not REGEX_PATTERNS['\\S'].search(data__exercises_item__options_item__sources):
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must match pattern \\S")
                                                        data__exercises_item__options_item__sources_any_of_count2 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__options_item__sources_any_of_count2:
                                                    try:
                                                        if not isinstance(data__exercises_item__options_item__sources, (list, tuple)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must be array")
                                                        data__exercises_item__options_item__sources_is_list = isinstance(data__exercises_item__options_item__sources, (list, tuple))
                                                        if data__exercises_item__options_item__sources_is_list:
                                                            data__exercises_item__options_item__sources_len = len(data__exercises_item__options_item__sources)
                                                            for data__exercises_item__options_item__sources_x, data__exercises_item__options_item__sources_item in enumerate(data__exercises_item__options_item__sources):
                                                                if not isinstance(data__exercises_item__options_item__sources_item, (str)):
                                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources[{data__exercises_item__options_item__sources_x}]".format(**locals()) + " must be string")
                                                                if isinstance(data__exercises_item__options_item__sources_item, str):
                                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__options_item__sources_item):
                                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources[{data__exercises_item__options_item__sources_x}]".format(**locals()) + " must match pattern \\S")
                                                        data__exercises_item__options_item__sources_any_of_count2 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__options_item__sources_any_of_count2:
                                                    try:
                                                        if not isinstance(data__exercises_item__options_item__sources, (NoneType)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must be null")
                                                        data__exercises_item__options_item__sources_any_of_count2 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__options_item__sources_any_of_count2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " cannot be validated by any definition")
                                            if data__exercises_item__options_item_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}]".format(**locals()) + " must not contain "+str(data__exercises_item__options_item_keys)+" properties")
                            if data__exercises_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must not contain "+str(data__exercises_item_keys)+" properties")
                    try:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['kind']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                if not (isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'multiple-select'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].kind".format(**locals()) + " must be one of ['multiple-select']")
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        pass
                    else:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['options']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "id" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("id")
                                data__exercises_item__id = data__exercises_item["id"]
                                pass
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                pass
                            if "prompt" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("prompt")
                                data__exercises_item__prompt = data__exercises_item["prompt"]
                                pass
                            if "sources" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("sources")
                                data__exercises_item__sources = data__exercises_item["sources"]
                                pass
                            if "mechanisms" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("mechanisms")
                                data__exercises_item__mechanisms = data__exercises_item["mechanisms"]
                                pass
                            if "explanation" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("explanation")
                                data__exercises_item__explanation = data__exercises_item["explanation"]
                                pass
                            if "level" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("level")
                                data__exercises_item__level = data__exercises_item["level"]
                                pass
                            if "options" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("options")
                                data__exercises_item__options = data__exercises_item["options"]
                                if not isinstance(data__exercises_item__options, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options".format(**locals()) + " must be array")
                                data__exercises_item__options_is_list = isinstance(data__exercises_item__options, (list, tuple))
                                if data__exercises_item__options_is_list:
                                    data__exercises_item__options_len = len(data__exercises_item__options)
                                    if data__exercises_item__options_len < 2:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options".format(**locals()) + " must contain at least 2 items")
                                    for data__exercises_item__options_x, data__exercises_item__options_item in enumerate(data__exercises_item__options):
                                        if not isinstance(data__exercises_item__options_item, (dict)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}]".format(**locals()) + " must be object")
                                        data__exercises_item__options_item_is_dict = isinstance(data__exercises_item__options_item, dict)
                                        if data__exercises_item__options_item_is_dict:
                                            data__exercises_item__options_item__missing_keys = set(['text']) - data__exercises_item__options_item.keys()
                                            if data__exercises_item__options_item__missing_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}]".format(**locals()) + " must contain ")
                                            data__exercises_item__options_item_keys = set(data__exercises_item__options_item.keys())
                                            if "text" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("text")
                                                data__exercises_item__options_item__text = data__exercises_item__options_item["text"]
                                                if not isinstance(data__exercises_item__options_item__text, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].text".format(**locals()) + " must be string")
                                                if isinstance(data__exercises_item__options_item__text, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__options_item__text):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].text".format(**locals()) + " must match pattern \\S")
                                            if "correct" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("correct")
                                                data__exercises_item__options_item__correct = data__exercises_item__options_item["correct"]
                                                if not isinstance(data__exercises_item__options_item__correct, (bool)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].correct".format(**locals()) + " must be boolean")
                                            if "feedback" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("feedback")
                                                data__exercises_item__options_item__feedback = data__exercises_item__options_item["feedback"]
                                                if not isinstance(data__exercises_item__options_item__feedback, (str, NoneType)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].feedback".format(**locals()) + " must be string or null")
                                            if "sources" in data__exercises_item__options_item_keys:
                                                data__exercises_item__options_item_keys.remove("sources")
                                                data__exercises_item__options_item__sources = data__exercises_item__options_item["sources"]
                                                data__exercises_item__options_item__sources_any_of_count3 = 0
                                                if not data__exercises_item__options_item__sources_any_of_count3:
                                                    try:
                                                        if not isinstance(data__exercises_item__options_item__sources, (str)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must be string")
                                                        if isinstance(data__exercises_item__options_item__sources, str):
                                                            if not REGEX_PATTERNS['\\S'].search(data__exercises_item__options_item__sources):
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must match pattern \\S")
                                                        data__exercises_item__options_item__sources_any_of_count3 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__options_item__sources_any_of_count3:
                                                    try:
                                                        if not isinstance(data__exercises_item__options_item__sources, (list, tuple)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must be array")
                                                        data__exercises_item__options_item__sources_is_list = isinstance(data__exercises_item__options_item__sources, (list, tuple))
                                                        if data__exercises_item__options_item__sources_is_list:
                                                            data__exercises_item__options_item__sources_len = len(data__exercises_item__options_item__sources)
                                                            for data__exercises_item__options_item__sources_x, data__exercises_item__options_item__sources_item in enumerate(data__exercises_item__options_item__sources):
                                                                if not isinstance(data__exercises_item__options_item__sources_item, (str)):
                                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources[{data__exercises_item__options_item__sources_x}]".format(**locals()) + " must be string")
                                                                if isinstance(data__exercises_item__options_item__sources_item, str):
                                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__options_item__sources_item):
                                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources[{data__exercises_item__options_item__sources_x}]".format(**locals()) + " must match pattern \\S")
                                                        data__exercises_item__options_item__sources_any_of_count3 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__options_item__sources_any_of_count3:
                                                    try:
                                                        if not isinstance(data__exercises_item__options_item__sources, (NoneType)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " must be null")
                                                        data__exercises_item__options_item__sources_any_of_count3 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__options_item__sources_any_of_count3:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}].sources".format(**locals()) + " cannot be validated by any definition")
                                            if data__exercises_item__options_item_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].options[{data__exercises_item__options_x}]".format(**locals()) + " must not contain "+str(data__exercises_item__options_item_keys)+" properties")
                            if data__exercises_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must not contain "+str(data__exercises_item_keys)+" properties")
                    try:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['kind']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                if not (isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'matching'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].kind".format(**locals()) + " must be one of ['matching']")
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        pass
                    else:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['pairs']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "id" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("id")
                                data__exercises_item__id = data__exercises_item["id"]
                                pass
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                pass
                            if "prompt" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("prompt")
                                data__exercises_item__prompt = data__exercises_item["prompt"]
                                pass
                            if "sources" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("sources")
                                data__exercises_item__sources = data__exercises_item["sources"]
                                pass
                            if "mechanisms" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("mechanisms")
                                data__exercises_item__mechanisms = data__exercises_item["mechanisms"]
                                pass
                            if "explanation" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("explanation")
                                data__exercises_item__explanation = data__exercises_item["explanation"]
                                pass
                            if "level" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("level")
                                data__exercises_item__level = data__exercises_item["level"]
                                pass
                            if "pairs" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("pairs")
                                data__exercises_item__pairs = data__exercises_item["pairs"]
                                if not isinstance(data__exercises_item__pairs, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs".format(**locals()) + " must be array")
                                data__exercises_item__pairs_is_list = isinstance(data__exercises_item__pairs, (list, tuple))
                                if data__exercises_item__pairs_is_list:
                                    data__exercises_item__pairs_len = len(data__exercises_item__pairs)
                                    if data__exercises_item__pairs_len < 2:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs".format(**locals()) + " must contain at least 2 items")
                                    for data__exercises_item__pairs_x, data__exercises_item__pairs_item in enumerate(data__exercises_item__pairs):
                                        if not isinstance(data__exercises_item__pairs_item, (dict)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}]".format(**locals()) + " must be object")
                                        data__exercises_item__pairs_item_is_dict = isinstance(data__exercises_item__pairs_item, dict)
                                        if data__exercises_item__pairs_item_is_dict:
                                            data__exercises_item__pairs_item__missing_keys = set(['left', 'right']) - data__exercises_item__pairs_item.keys()
                                            if data__exercises_item__pairs_item__missing_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}]".format(**locals()) + " must contain ")
                                            data__exercises_item__pairs_item_keys = set(data__exercises_item__pairs_item.keys())
                                            if "left" in data__exercises_item__pairs_item_keys:
                                                data__exercises_item__pairs_item_keys.remove("left")
                                                data__exercises_item__pairs_item__left = data__exercises_item__pairs_item["left"]
                                                if not isinstance(data__exercises_item__pairs_item__left, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].left".format(**locals()) + " must be string")
                                                if isinstance(data__exercises_item__pairs_item__left, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__pairs_item__left):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].left".format(**locals()) + " must match pattern \\S")
                                            if "right" in data__exercises_item__pairs_item_keys:
                                                data__exercises_item__pairs_item_keys.remove("right")
                                                data__exercises_item__pairs_item__right = data__exercises_item__pairs_item["right"]
                                                if not isinstance(data__exercises_item__pairs_item__right, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].right".format(**locals()) + " must be string")
                                                if isinstance(data__exercises_item__pairs_item__right, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__pairs_item__right):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].right".format(**locals()) + " must match pattern \\S")
                                            if "feedback" in data__exercises_item__pairs_item_keys:
                                                data__exercises_item__pairs_item_keys.remove("feedback")
                                                data__exercises_item__pairs_item__feedback = data__exercises_item__pairs_item["feedback"]
                                                if not isinstance(data__exercises_item__pairs_item__feedback, (str, NoneType)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].feedback".format(**locals()) + " must be string or null")
                                            if "sources" in data__exercises_item__pairs_item_keys:
                                                data__exercises_item__pairs_item_keys.remove("sources")
                                                data__exercises_item__pairs_item__sources = data__exercises_item__pairs_item["sources"]
                                                data__exercises_item__pairs_item__sources_any_of_count4 = 0
                                                if not data__exercises_item__pairs_item__sources_any_of_count4:
                                                    try:
                                                        if not isinstance(data__exercises_item__pairs_item__sources, (str)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].sources".format(**locals()) + " must be string")
                                                        if isinstance(data__exercises_item__pairs_item__sources, str):
                                                            if not REGEX_PATTERNS['\\S'].search(data__exercises_item__pairs_item__sources):
                                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].sources".format(**locals()) + " must match pattern \\S")
                                                        data__exercises_item__pairs_item__sources_any_of_count4 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__pairs_item__sources_any_of_count4:
                                                    try:
                                                        if not isinstance(data__exercises_item__pairs_item__sources, (list, tuple)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].sources".format(**locals()) + " must be array")
                                                        data__exercises_item__pairs_item__sources_is_list = isinstance(data__exercises_item__pairs_item__sources, (list, tuple))
                                                        if data__exercises_item__pairs_item__sources_is_list:
                                                            data__exercises_item__pairs_item__sources_len = len(data__exercises_item__pairs_item__sources)
                                                            for data__exercises_item__pairs_item__sources_x, data__exercises_item__pairs_item__sources_item in enumerate(data__exercises_item__pairs_item__sources):
                                                                if not isinstance(data__exercises_item__pairs_item__sources_item, (str)):
                                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].sources[{data__exercises_item__pairs_item__sources_x}]".format(**locals()) + " must be string")
                                                                if isinstance(data__exercises_item__pairs_item__sources_item, str):
                                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__pairs_item__sources_item):
                                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].sources[{data__exercises_item__pairs_item__sources_x}]".format(**locals()) + " must match pattern \\S")
                                                        data__exercises_item__pairs_item__sources_any_of_count4 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__pairs_item__sources_any_of_count4:
                                                    try:
                                                        if not isinstance(data__exercises_item__pairs_item__sources, (NoneType)):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].sources".format(**locals()) + " must be null")
                                                        data__exercises_item__pairs_item__sources_any_of_count4 += 1
                                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                                if not data__exercises_item__pairs_item__sources_any_of_count4:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}].sources".format(**locals()) + " cannot be validated by any definition")
                                            if data__exercises_item__pairs_item_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].pairs[{data__exercises_item__pairs_x}]".format(**locals()) + " must not contain "+str(data__exercises_item__pairs_item_keys)+" properties")
                            if data__exercises_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must not contain "+str(data__exercises_item_keys)+" properties")
                    try:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['kind']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                if not (isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'vignette'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].kind".format(**locals()) + " must be one of ['vignette']")
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        pass
                    else:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['fictional', 'scenario', 'mechanisms_at_work']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "id" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("id")
                                data__exercises_item__id = data__exercises_item["id"]
                                pass
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                pass
                            if "prompt" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("prompt")
                                data__exercises_item__prompt = data__exercises_item["prompt"]
                                pass
                            if "sources" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("sources")
                                data__exercises_item__sources = data__exercises_item["sources"]
                                pass
                            if "mechanisms" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("mechanisms")
                                data__exercises_item__mechanisms = data__exercises_item["mechanisms"]
                                pass
                            if "explanation" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("explanation")
                                data__exercises_item__explanation = data__exercises_item["explanation"]
                                pass
                            if "level" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("level")
                                data__exercises_item__level = data__exercises_item["level"]
                                pass
                            if "fictional" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("fictional")
                                data__exercises_item__fictional = data__exercises_item["fictional"]
                                if not (isinstance(data__exercises_item__fictional, bool) and data__exercises_item__fictional is True):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].fictional".format(**locals()) + " must be one of [True]")
                            if "title" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("title")
                                data__exercises_item__title = data__exercises_item["title"]
                                if not isinstance(data__exercises_item__title, (str, NoneType)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].title".format(**locals()) + " must be string or null")
                            if "scenario" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("scenario")
                                data__exercises_item__scenario = data__exercises_item["scenario"]
                                if not isinstance(data__exercises_item__scenario, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].scenario".format(**locals()) + " must be string")
                                if isinstance(data__exercises_item__scenario, str):
                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__scenario):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].scenario".format(**locals()) + " must match pattern \\S")
                            if "mechanisms_at_work" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("mechanisms_at_work")
                                data__exercises_item__mechanismsatwork = data__exercises_item["mechanisms_at_work"]
                                if not isinstance(data__exercises_item__mechanismsatwork, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work".format(**locals()) + " must be array")
                                data__exercises_item__mechanismsatwork_is_list = isinstance(data__exercises_item__mechanismsatwork, (list, tuple))
                                if data__exercises_item__mechanismsatwork_is_list:
                                    data__exercises_item__mechanismsatwork_len = len(data__exercises_item__mechanismsatwork)
                                    if data__exercises_item__mechanismsatwork_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work".format(**locals()) + " must contain at least 1 items")
                                    for data__exercises_item__mechanismsatwork_x, data__exercises_item__mechanismsatwork_item in enumerate(data__exercises_item__mechanismsatwork):
                                        if not isinstance(data__exercises_item__mechanismsatwork_item, (dict)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work[{data__exercises_item__mechanismsatwork_x}]".format(**locals()) + " must be object")
                                        data__exercises_item__mechanismsatwork_item_is_dict = isinstance(data__exercises_item__mechanismsatwork_item, dict)
                                        if data__exercises_item__mechanismsatwork_item_is_dict:
                                            data__exercises_item__mechanismsatwork_item__missing_keys = set(['id', 'role']) - data__exercises_item__mechanismsatwork_item.keys()
                                            if data__exercises_item__mechanismsatwork_item__missing_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work[{data__exercises_item__mechanismsatwork_x}]".format(**locals()) + " must contain ")
                                            data__exercises_item__mechanismsatwork_item_keys = set(data__exercises_item__mechanismsatwork_item.keys())
                                            if "id" in data__exercises_item__mechanismsatwork_item_keys:
                                                data__exercises_item__mechanismsatwork_item_keys.remove("id")
                                                data__exercises_item__mechanismsatwork_item__id = data__exercises_item__mechanismsatwork_item["id"]
                                                if not isinstance(data__exercises_item__mechanismsatwork_item__id, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work[{data__exercises_item__mechanismsatwork_x}].id".format(**locals()) + " must be string")
                                                if isinstance(data__exercises_item__mechanismsatwork_item__id, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__exercises_item__mechanismsatwork_item__id):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work[{data__exercises_item__mechanismsatwork_x}].id".format(**locals()) + " must match pattern \\S")
                                            if "role" in data__exercises_item__mechanismsatwork_item_keys:
                                                data__exercises_item__mechanismsatwork_item_keys.remove("role")
                                                data__exercises_item__mechanismsatwork_item__role = data__exercises_item__mechanismsatwork_item["role"]
                                                if not (isinstance(data__exercises_item__mechanismsatwork_item__role, str) and data__exercises_item__mechanismsatwork_item__role == 'helps' or isinstance(data__exercises_item__mechanismsatwork_item__role, str) and data__exercises_item__mechanismsatwork_item__role == 'strains' or isinstance(data__exercises_item__mechanismsatwork_item__role, str) and data__exercises_item__mechanismsatwork_item__role == 'both'):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work[{data__exercises_item__mechanismsatwork_x}].role".format(**locals()) + " must be one of ['helps', 'strains', 'both']")
                                            if "feedback" in data__exercises_item__mechanismsatwork_item_keys:
                                                data__exercises_item__mechanismsatwork_item_keys.remove("feedback")
                                                data__exercises_item__mechanismsatwork_item__feedback = data__exercises_item__mechanismsatwork_item["feedback"]
                                                if not isinstance(data__exercises_item__mechanismsatwork_item__feedback, (str, NoneType)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work[{data__exercises_item__mechanismsatwork_x}].feedback".format(**locals()) + " must be string or null")
                                            if data__exercises_item__mechanismsatwork_item_keys:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms_at_work[{data__exercises_item__mechanismsatwork_x}]".format(**locals()) + " must not contain "+str(data__exercises_item__mechanismsatwork_item_keys)+" properties")
                            if "feedback_absent" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("feedback_absent")
                                data__exercises_item__feedbackabsent = data__exercises_item["feedback_absent"]
                                if not isinstance(data__exercises_item__feedbackabsent, (dict, NoneType)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].feedback_absent".format(**locals()) + " must be object or null")
                                data__exercises_item__feedbackabsent_is_dict = isinstance(data__exercises_item__feedbackabsent, dict)
                                if data__exercises_item__feedbackabsent_is_dict:
                                    data__exercises_item__feedbackabsent_keys = set(data__exercises_item__feedbackabsent.keys())
                                    for data__exercises_item__feedbackabsent_key in data__exercises_item__feedbackabsent_keys:
                                        if data__exercises_item__feedbackabsent_key not in []:
                                            data__exercises_item__feedbackabsent_value = data__exercises_item__feedbackabsent.get(data__exercises_item__feedbackabsent_key)
                                            if not isinstance(data__exercises_item__feedbackabsent_value, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].feedback_absent.{data__exercises_item__feedbackabsent_key}".format(**locals()) + " must be string")
                                            if isinstance(data__exercises_item__feedbackabsent_value, str):
                                                if not REGEX_PATTERNS['\\S'].search(data__exercises_item__feedbackabsent_value):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].feedback_absent.{data__exercises_item__feedbackabsent_key}".format(**locals()) + " must match pattern \\S")
                            if data__exercises_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must not contain "+str(data__exercises_item_keys)+" properties")
                    try:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item__missing_keys = set(['kind']) - data__exercises_item.keys()
                            if data__exercises_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                if not (isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'reflection'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].kind".format(**locals()) + " must be one of ['reflection']")
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        pass
                    else:
                        data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                        if data__exercises_item_is_dict:
                            data__exercises_item_keys = set(data__exercises_item.keys())
                            if "id" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("id")
                                data__exercises_item__id = data__exercises_item["id"]
                                pass
                            if "kind" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("kind")
                                data__exercises_item__kind = data__exercises_item["kind"]
                                pass
                            if "prompt" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("prompt")
                                data__exercises_item__prompt = data__exercises_item["prompt"]
                                pass
                            if "sources" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("sources")
                                data__exercises_item__sources = data__exercises_item["sources"]
                                pass
                            if "mechanisms" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("mechanisms")
                                data__exercises_item__mechanisms = data__exercises_item["mechanisms"]
                                pass
                            if "explanation" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("explanation")
                                data__exercises_item__explanation = data__exercises_item["explanation"]
                                pass
                            if "level" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("level")
                                data__exercises_item__level = data__exercises_item["level"]
                                pass
                            if "words" in data__exercises_item_keys:
                                data__exercises_item_keys.remove("words")
                                data__exercises_item__words = data__exercises_item["words"]
                                if not isinstance(data__exercises_item__words, (int, NoneType)) and not (isinstance(data__exercises_item__words, float) and data__exercises_item__words.is_integer()) or isinstance(data__exercises_item__words, bool):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].words".format(**locals()) + " must be integer or null")
                                if isinstance(data__exercises_item__words, (int, float, Decimal)) and not isinstance(data__exercises_item__words, bool):
                                    if data__exercises_item__words < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].words".format(**locals()) + " must be bigger than or equal to 1")
                                    if data__exercises_item__words > 5000:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].words".format(**locals()) + " must be smaller than or equal to 5000")
                            if data__exercises_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must not contain "+str(data__exercises_item_keys)+" properties")
                    data__exercises_item_is_dict = isinstance(data__exercises_item, dict)
                    if data__exercises_item_is_dict:
                        data__exercises_item__missing_keys = set(['id', 'kind', 'prompt']) - data__exercises_item.keys()
                        if data__exercises_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()) + " must contain ")
                        data__exercises_item_keys = set(data__exercises_item.keys())
                        if "id" in data__exercises_item_keys:
                            data__exercises_item_keys.remove("id")
                            data__exercises_item__id = data__exercises_item["id"]
                            if not isinstance(data__exercises_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__exercises_item__id, str):
                                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$'].search(data__exercises_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].id".format(**locals()) + " must match pattern ^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$")
                        if "kind" in data__exercises_item_keys:
                            data__exercises_item_keys.remove("kind")
                            data__exercises_item__kind = data__exercises_item["kind"]
                            if not (isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'multiple-choice' or isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'multiple-select' or isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'matching' or isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'vignette' or isinstance(data__exercises_item__kind, str) and data__exercises_item__kind == 'reflection'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].kind".format(**locals()) + " must be one of ['multiple-choice', 'multiple-select', 'matching', 'vignette', 'reflection']")
                        if "prompt" in data__exercises_item_keys:
                            data__exercises_item_keys.remove("prompt")
                            data__exercises_item__prompt = data__exercises_item["prompt"]
                            if not isinstance(data__exercises_item__prompt, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].prompt".format(**locals()) + " must be string")
                            if isinstance(data__exercises_item__prompt, str):
                                if not REGEX_PATTERNS['\\S'].search(data__exercises_item__prompt):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].prompt".format(**locals()) + " must match pattern \\S")
                        if "sources" in data__exercises_item_keys:
                            data__exercises_item_keys.remove("sources")
                            data__exercises_item__sources = data__exercises_item["sources"]
                            data__exercises_item__sources_any_of_count5 = 0
                            if not data__exercises_item__sources_any_of_count5:
                                try:
                                    if not isinstance(data__exercises_item__sources, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].sources".format(**locals()) + " must be string")
                                    if isinstance(data__exercises_item__sources, str):
                                        if not REGEX_PATTERNS['\\S'].search(data__exercises_item__sources):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].sources".format(**locals()) + " must match pattern \\S")
                                    data__exercises_item__sources_any_of_count5 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__exercises_item__sources_any_of_count5:
                                try:
                                    if not isinstance(data__exercises_item__sources, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].sources".format(**locals()) + " must be array")
                                    data__exercises_item__sources_is_list = isinstance(data__exercises_item__sources, (list, tuple))
                                    if data__exercises_item__sources_is_list:
                                        data__exercises_item__sources_len = len(data__exercises_item__sources)
                                        for data__exercises_item__sources_x, data__exercises_item__sources_item in enumerate(data__exercises_item__sources):
                                            if not isinstance(data__exercises_item__sources_item, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].sources[{data__exercises_item__sources_x}]".format(**locals()) + " must be string")
                                            if isinstance(data__exercises_item__sources_item, str):
                                                if not REGEX_PATTERNS['\\S'].search(data__exercises_item__sources_item):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].sources[{data__exercises_item__sources_x}]".format(**locals()) + " must match pattern \\S")
                                    data__exercises_item__sources_any_of_count5 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__exercises_item__sources_any_of_count5:
                                try:
                                    if not isinstance(data__exercises_item__sources, (NoneType)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].sources".format(**locals()) + " must be null")
                                    data__exercises_item__sources_any_of_count5 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__exercises_item__sources_any_of_count5:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].sources".format(**locals()) + " cannot be validated by any definition")
                        if "mechanisms" in data__exercises_item_keys:
                            data__exercises_item_keys.remove("mechanisms")
                            data__exercises_item__mechanisms = data__exercises_item["mechanisms"]
                            data__exercises_item__mechanisms_any_of_count6 = 0
                            if not data__exercises_item__mechanisms_any_of_count6:
                                try:
                                    if not isinstance(data__exercises_item__mechanisms, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms".format(**locals()) + " must be string")
                                    if isinstance(data__exercises_item__mechanisms, str):
                                        if not REGEX_PATTERNS['\\S'].search(data__exercises_item__mechanisms):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms".format(**locals()) + " must match pattern \\S")
                                    data__exercises_item__mechanisms_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__exercises_item__mechanisms_any_of_count6:
                                try:
                                    if not isinstance(data__exercises_item__mechanisms, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms".format(**locals()) + " must be array")
                                    data__exercises_item__mechanisms_is_list = isinstance(data__exercises_item__mechanisms, (list, tuple))
                                    if data__exercises_item__mechanisms_is_list:
                                        data__exercises_item__mechanisms_len = len(data__exercises_item__mechanisms)
                                        for data__exercises_item__mechanisms_x, data__exercises_item__mechanisms_item in enumerate(data__exercises_item__mechanisms):
                                            if not isinstance(data__exercises_item__mechanisms_item, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms[{data__exercises_item__mechanisms_x}]".format(**locals()) + " must be string")
                                            if isinstance(data__exercises_item__mechanisms_item, str):
                                                if not REGEX_PATTERNS['\\S'].search(data__exercises_item__mechanisms_item):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms[{data__exercises_item__mechanisms_x}]".format(**locals()) + " must match pattern \\S")
                                    data__exercises_item__mechanisms_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__exercises_item__mechanisms_any_of_count6:
                                try:
                                    if not isinstance(data__exercises_item__mechanisms, (NoneType)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms".format(**locals()) + " must be null")
                                    data__exercises_item__mechanisms_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__exercises_item__mechanisms_any_of_count6:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].mechanisms".format(**locals()) + " cannot be validated by any definition")
                        if "explanation" in data__exercises_item_keys:
                            data__exercises_item_keys.remove("explanation")
                            data__exercises_item__explanation = data__exercises_item["explanation"]
                            if not isinstance(data__exercises_item__explanation, (str, NoneType)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].explanation".format(**locals()) + " must be string or null")
                        if "level" in data__exercises_item_keys:
                            data__exercises_item_keys.remove("level")
                            data__exercises_item__level = data__exercises_item["level"]
                            if not (isinstance(data__exercises_item__level, str) and data__exercises_item__level == 'recall' or isinstance(data__exercises_item__level, str) and data__exercises_item__level == 'understand' or isinstance(data__exercises_item__level, str) and data__exercises_item__level == 'apply' or isinstance(data__exercises_item__level, str) and data__exercises_item__level == 'title' or data__exercises_item__level is None):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exercises[{data__exercises_x}].level".format(**locals()) + " must be one of ['recall', 'understand', 'apply', 'title', None]")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_peerlearn_exercise_set_v1
