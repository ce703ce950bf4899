"""The quick check of the schema 'exercise-set#exercise': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "467db0f4435f98dc6102826b43f6d7ba56b1f3e0853f421583b598f6ff978411"
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
    '^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$': re.compile('^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'multiple-choice'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['multiple-choice']")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['options']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "id" in data_keys:
                data_keys.remove("id")
                data__id = data["id"]
                pass
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                pass
            if "prompt" in data_keys:
                data_keys.remove("prompt")
                data__prompt = data["prompt"]
                pass
            if "sources" in data_keys:
                data_keys.remove("sources")
                data__sources = data["sources"]
                pass
            if "mechanisms" in data_keys:
                data_keys.remove("mechanisms")
                data__mechanisms = data["mechanisms"]
                pass
            if "explanation" in data_keys:
                data_keys.remove("explanation")
                data__explanation = data["explanation"]
                pass
            if "level" in data_keys:
                data_keys.remove("level")
                data__level = data["level"]
                pass
            if "options" in data_keys:
                data_keys.remove("options")
                data__options = data["options"]
                if not isinstance(data__options, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be array")
                data__options_is_list = isinstance(data__options, (list, tuple))
                if data__options_is_list:
                    data__options_len = len(data__options)
                    if data__options_len < 2:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain at least 2 items")
                    for data__options_x, data__options_item in enumerate(data__options):
                        if not isinstance(data__options_item, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must be object")
                        data__options_item_is_dict = isinstance(data__options_item, dict)
                        if data__options_item_is_dict:
                            data__options_item__missing_keys = set(['text']) - data__options_item.keys()
                            if data__options_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must contain ")
                            data__options_item_keys = set(data__options_item.keys())
                            if "text" in data__options_item_keys:
                                data__options_item_keys.remove("text")
                                data__options_item__text = data__options_item["text"]
                                if not isinstance(data__options_item__text, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].text".format(**locals()) + " must be string")
                                if isinstance(data__options_item__text, str):
                                    if not REGEX_PATTERNS['\\S'].search(data__options_item__text):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].text".format(**locals()) + " must match pattern \\S")
                            if "correct" in data__options_item_keys:
                                data__options_item_keys.remove("correct")
                                data__options_item__correct = data__options_item["correct"]
                                if not isinstance(data__options_item__correct, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].correct".format(**locals()) + " must be boolean")
                            if "feedback" in data__options_item_keys:
                                data__options_item_keys.remove("feedback")
                                data__options_item__feedback = data__options_item["feedback"]
                                if not isinstance(data__options_item__feedback, (str, NoneType)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].feedback".format(**locals()) + " must be string or null")
                            if "sources" in data__options_item_keys:
                                data__options_item_keys.remove("sources")
                                data__options_item__sources = data__options_item["sources"]
                                data__options_item__sources_any_of_count1 = 0
                                if not data__options_item__sources_any_of_count1:
                                    try:
                                        if not isinstance(data__options_item__sources, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must be string")
                                        if isinstance(data__options_item__sources, str):
                                            if not REGEX_PATTERNS['\\S'].search(data__options_item__sources):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must match pattern \\S")
                                        data__options_item__sources_any_of_count1 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__options_item__sources_any_of_count1:
                                    try:
                                        if not isinstance(data__options_item__sources, (list, tuple)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must be array")
                                        data__options_item__sources_is_list = isinstance(data__options_item__sources, (list, tuple))
                                        if data__options_item__sources_is_list:
                                            data__options_item__sources_len = len(data__options_item__sources)
                                            for data__options_item__sources_x, data__options_item__sources_item in enumerate(data__options_item__sources):
                                                if not isinstance(data__options_item__sources_item, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources[{data__options_item__sources_x}]".format(**locals()) + " must be string")
                                                if isinstance(data__options_item__sources_item, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__options_item__sources_item):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources[{data__options_item__sources_x}]".format(**locals()) + " must match pattern \\S")
                                        data__options_item__sources_any_of_count1 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__options_item__sources_any_of_count1:
                                    try:
                                        if not isinstance(data__options_item__sources, (NoneType)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must be null")
                                        data__options_item__sources_any_of_count1 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__options_item__sources_any_of_count1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " cannot be validated by any definition")
                            if data__options_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must not contain "+str(data__options_item_keys)+" properties")
            if data_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'multiple-select'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['multiple-select']")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['options']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "id" in data_keys:
                data_keys.remove("id")
                data__id = data["id"]
                pass
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                pass
            if "prompt" in data_keys:
                data_keys.remove("prompt")
                data__prompt = data["prompt"]
                pass
            if "sources" in data_keys:
                data_keys.remove("sources")
                data__sources = data["sources"]
                pass
            if "mechanisms" in data_keys:
                data_keys.remove("mechanisms")
                data__mechanisms = data["mechanisms"]
                pass
            if "explanation" in data_keys:
                data_keys.remove("explanation")
                data__explanation = data["explanation"]
                pass
            if "level" in data_keys:
                data_keys.remove("level")
                data__level = data["level"]
                pass
            if "options" in data_keys:
                data_keys.remove("options")
                data__options = data["options"]
                if not isinstance(data__options, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be array")
                data__options_is_list = isinstance(data__options, (list, tuple))
                if data__options_is_list:
                    data__options_len = len(data__options)
                    if data__options_len < 2:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain at least 2 items")
                    for data__options_x, data__options_item in enumerate(data__options):
                        if not isinstance(data__options_item, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must be object")
                        data__options_item_is_dict = isinstance(data__options_item, dict)
                        if data__options_item_is_dict:
                            data__options_item__missing_keys = set(['text']) - data__options_item.keys()
                            if data__options_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must contain ")
                            data__options_item_keys = set(data__options_item.keys())
                            if "text" in data__options_item_keys:
                                data__options_item_keys.remove("text")
                                data__options_item__text = data__options_item["text"]
                                if not isinstance(data__options_item__text, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].text".format(**locals()) + " must be string")
                                if isinstance(data__options_item__text, str):
                                    if not REGEX_PATTERNS['\\S'].search(data__options_item__text):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].text".format(**locals()) + " must match pattern \\S")
                            if "correct" in data__options_item_keys:
                                data__options_item_keys.remove("correct")
                                data__options_item__correct = data__options_item["correct"]
                                if not isinstance(data__options_item__correct, (bool)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].correct".format(**locals()) + " must be boolean")
                            if "feedback" in data__options_item_keys:
                                data__options_item_keys.remove("feedback")
                                data__options_item__feedback = data__options_item["feedback"]
                                if not isinstance(data__options_item__feedback, (str, NoneType)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].feedback".format(**locals()) + " must be string or null")
                            if "sources" in data__options_item_keys:
                                data__options_item_keys.remove("sources")
                                data__options_item__sources = data__options_item["sources"]
                                data__options_item__sources_any_of_count2 = 0
                                if not data__options_item__sources_any_of_count2:
                                    try:
                                        if not isinstance(data__options_item__sources, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must be string")
                                        if isinstance(data__options_item__sources, str):
                                            if not REGEX_PATTERNS['\\S'].search(data__options_item__sources):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must match pattern \\S")
                                        data__options_item__sources_any_of_count2 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__options_item__sources_any_of_count2:
                                    try:
                                        if not isinstance(data__options_item__sources, (list, tuple)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must be array")
                                        data__options_item__sources_is_list = isinstance(data__options_item__sources, (list, tuple))
                                        if data__options_item__sources_is_list:
                                            data__options_item__sources_len = len(data__options_item__sources)
                                            for data__options_item__sources_x, data__options_item__sources_item in enumerate(data__options_item__sources):
                                                if not isinstance(data__options_item__sources_item, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources[{data__options_item__sources_x}]".format(**locals()) + " must be string")
                                                if isinstance(data__options_item__sources_item, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__options_item__sources_item):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources[{data__options_item__sources_x}]".format(**locals()) + " must match pattern \\S")
                                        data__options_item__sources_any_of_count2 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__options_item__sources_any_of_count2:
                                    try:
                                        if not isinstance(data__options_item__sources, (NoneType)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " must be null")
                                        data__options_item__sources_any_of_count2 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__options_item__sources_any_of_count2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}].sources".format(**locals()) + " cannot be validated by any definition")
                            if data__options_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()) + " must not contain "+str(data__options_item_keys)+" properties")
            if data_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'matching'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['matching']")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['pairs']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "id" in data_keys:
                data_keys.remove("id")
                data__id = data["id"]
                pass
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                pass
            if "prompt" in data_keys:
                data_keys.remove("prompt")
                data__prompt = data["prompt"]
                pass
            if "sources" in data_keys:
                data_keys.remove("sources")
                data__sources = data["sources"]
                pass
            if "mechanisms" in data_keys:
                data_keys.remove("mechanisms")
                data__mechanisms = data["mechanisms"]
                pass
            if "explanation" in data_keys:
                data_keys.remove("explanation")
                data__explanation = data["explanation"]
                pass
            if "level" in data_keys:
                data_keys.remove("level")
                data__level = data["level"]
                pass
            if "pairs" in data_keys:
                data_keys.remove("pairs")
                data__pairs = data["pairs"]
                if not isinstance(data__pairs, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs must be array")
                data__pairs_is_list = isinstance(data__pairs, (list, tuple))
                if data__pairs_is_list:
                    data__pairs_len = len(data__pairs)
                    if data__pairs_len < 2:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs must contain at least 2 items")
                    for data__pairs_x, data__pairs_item in enumerate(data__pairs):
                        if not isinstance(data__pairs_item, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}]".format(**locals()) + " must be object")
                        data__pairs_item_is_dict = isinstance(data__pairs_item, dict)
                        if data__pairs_item_is_dict:
                            data__pairs_item__missing_keys = set(['left', 'right']) - data__pairs_item.keys()
                            if data__pairs_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}]".format(**locals()) + " must contain ")
                            data__pairs_item_keys = set(data__pairs_item.keys())
                            if "left" in data__pairs_item_keys:
                                data__pairs_item_keys.remove("left")
                                data__pairs_item__left = data__pairs_item["left"]
                                if not isinstance(data__pairs_item__left, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].left".format(**locals()) + " must be string")
                                if isinstance(data__pairs_item__left, str):
                                    if not REGEX_PATTERNS['\\S'].search(data__pairs_item__left):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].left".format(**locals()) + " must match pattern \\S")
                            if "right" in data__pairs_item_keys:
                                data__pairs_item_keys.remove("right")
                                data__pairs_item__right = data__pairs_item["right"]
                                if not isinstance(data__pairs_item__right, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].right".format(**locals()) + " must be string")
                                if isinstance(data__pairs_item__right, str):
                                    if not REGEX_PATTERNS['\\S'].search(data__pairs_item__right):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].right".format(**locals()) + " must match pattern \\S")
                            if "feedback" in data__pairs_item_keys:
                                data__pairs_item_keys.remove("feedback")
                                data__pairs_item__feedback = data__pairs_item["feedback"]
                                if not isinstance(data__pairs_item__feedback, (str, NoneType)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].feedback".format(**locals()) + " must be string or null")
                            if "sources" in data__pairs_item_keys:
                                data__pairs_item_keys.remove("sources")
                                data__pairs_item__sources = data__pairs_item["sources"]
                                data__pairs_item__sources_any_of_count3 = 0
                                if not data__pairs_item__sources_any_of_count3:
                                    try:
                                        if not isinstance(data__pairs_item__sources, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].sources".format(**locals()) + " must be string")
                                        if isinstance(data__pairs_item__sources, str):
                                            if not REGEX_PATTERNS['\\S'].search(data__pairs_item__sources):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].sources".format(**locals()) + " must match pattern \\S")
                                        data__pairs_item__sources_any_of_count3 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__pairs_item__sources_any_of_count3:
                                    try:
                                        if not isinstance(data__pairs_item__sources, (list, tuple)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].sources".format(**locals()) + " must be array")
                                        data__pairs_item__sources_is_list = isinstance(data__pairs_item__sources, (list, tuple))
                                        if data__pairs_item__sources_is_list:
                                            data__pairs_item__sources_len = len(data__pairs_item__sources)
                                            for data__pairs_item__sources_x, data__pairs_item__sources_item in enumerate(data__pairs_item__sources):
                                                if not isinstance(data__pairs_item__sources_item, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].sources[{data__pairs_item__sources_x}]".format(**locals()) + " must be string")
                                                if isinstance(data__pairs_item__sources_item, str):
                                                    if not REGEX_PATTERNS['\\S'].search(data__pairs_item__sources_item):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].sources[{data__pairs_item__sources_x}]".format(**locals()) + " must match pattern \\S")
                                        data__pairs_item__sources_any_of_count3 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__pairs_item__sources_any_of_count3:
                                    try:
                                        if not isinstance(data__pairs_item__sources, (NoneType)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].sources".format(**locals()) + " must be null")
                                        data__pairs_item__sources_any_of_count3 += 1
                                    except (JsonSchemaValueException, JsonSchemaValuesException): pass
                                if not data__pairs_item__sources_any_of_count3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}].sources".format(**locals()) + " cannot be validated by any definition")
                            if data__pairs_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs[{data__pairs_x}]".format(**locals()) + " must not contain "+str(data__pairs_item_keys)+" properties")
            if data_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'vignette'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['vignette']")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['fictional', 'scenario', 'mechanisms_at_work']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "id" in data_keys:
                data_keys.remove("id")
                data__id = data["id"]
                pass
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                pass
            if "prompt" in data_keys:
                data_keys.remove("prompt")
                data__prompt = data["prompt"]
                pass
            if "sources" in data_keys:
                data_keys.remove("sources")
                data__sources = data["sources"]
                pass
            if "mechanisms" in data_keys:
                data_keys.remove("mechanisms")
                data__mechanisms = data["mechanisms"]
                pass
            if "explanation" in data_keys:
                data_keys.remove("explanation")
                data__explanation = data["explanation"]
                pass
            if "level" in data_keys:
                data_keys.remove("level")
                data__level = data["level"]
                pass
            if "fictional" in data_keys:
                data_keys.remove("fictional")
                data__fictional = data["fictional"]
                if not (isinstance(data__fictional, bool) and data__fictional is True):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fictional must be one of [True]")
            if "title" in data_keys:
                data_keys.remove("title")
                data__title = data["title"]
                if not isinstance(data__title, (str, NoneType)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string or null")
            if "scenario" in data_keys:
                data_keys.remove("scenario")
                data__scenario = data["scenario"]
                if not isinstance(data__scenario, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenario must be string")
                if isinstance(data__scenario, str):
                    if not REGEX_PATTERNS['\\S'].search(data__scenario):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenario must match pattern \\S")
            if "mechanisms_at_work" in data_keys:
                data_keys.remove("mechanisms_at_work")
                data__mechanismsatwork = data["mechanisms_at_work"]
                if not isinstance(data__mechanismsatwork, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work must be array")
                data__mechanismsatwork_is_list = isinstance(data__mechanismsatwork, (list, tuple))
                if data__mechanismsatwork_is_list:
                    data__mechanismsatwork_len = len(data__mechanismsatwork)
                    if data__mechanismsatwork_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work must contain at least 1 items")
                    for data__mechanismsatwork_x, data__mechanismsatwork_item in enumerate(data__mechanismsatwork):
                        if not isinstance(data__mechanismsatwork_item, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}]".format(**locals()) + " must be object")
                        data__mechanismsatwork_item_is_dict = isinstance(data__mechanismsatwork_item, dict)
                        if data__mechanismsatwork_item_is_dict:
                            data__mechanismsatwork_item__missing_keys = set(['id', 'role']) - data__mechanismsatwork_item.keys()
                            if data__mechanismsatwork_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}]".format(**locals()) + " must contain ")
                            data__mechanismsatwork_item_keys = set(data__mechanismsatwork_item.keys())
                            if "id" in data__mechanismsatwork_item_keys:
                                data__mechanismsatwork_item_keys.remove("id")
                                data__mechanismsatwork_item__id = data__mechanismsatwork_item["id"]
                                if not isinstance(data__mechanismsatwork_item__id, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}].id".format(**locals()) + " must be string")
                                if isinstance(data__mechanismsatwork_item__id, str):
                                    if not REGEX_PATTERNS['\\S'].search(data__mechanismsatwork_item__id):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}].id".format(**locals()) + " must match pattern \\S")
                            if "role" in data__mechanismsatwork_item_keys:
                                data__mechanismsatwork_item_keys.remove("role")
                                data__mechanismsatwork_item__role = data__mechanismsatwork_item["role"]
                                if not (isinstance(data__mechanismsatwork_item__role, str) and data__mechanismsatwork_item__role == 'helps' or isinstance(data__mechanismsatwork_item__role, str) and data__mechanismsatwork_item__role == 'strains' or isinstance(data__mechanismsatwork_item__role, str) and data__mechanismsatwork_item__role == 'both'):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}].role".format(**locals()) + " must be one of ['helps', 'strains', 'both']")
                            if "feedback" in data__mechanismsatwork_item_keys:
                                data__mechanismsatwork_item_keys.remove("feedback")
                                data__mechanismsatwork_item__feedback = data__mechanismsatwork_item["feedback"]
                                if not isinstance(data__mechanismsatwork_item__feedback, (str, NoneType)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}].feedback".format(**locals()) + " must be string or null")
                            if data__mechanismsatwork_item_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}]".format(**locals()) + " must not contain "+str(data__mechanismsatwork_item_keys)+" properties")
            if "feedback_absent" in data_keys:
                data_keys.remove("feedback_absent")
                data__feedbackabsent = data["feedback_absent"]
                if not isinstance(data__feedbackabsent, (dict, NoneType)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".feedback_absent must be object or null")
                data__feedbackabsent_is_dict = isinstance(data__feedbackabsent, dict)
                if data__feedbackabsent_is_dict:
                    data__feedbackabsent_keys = set(data__feedbackabsent.keys())
                    for data__feedbackabsent_key in data__feedbackabsent_keys:
                        if data__feedbackabsent_key not in []:
                            data__feedbackabsent_value = data__feedbackabsent.get(data__feedbackabsent_key)
                            if not isinstance(data__feedbackabsent_value, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".feedback_absent.{data__feedbackabsent_key}".format(**locals()) + " must be string")
                            if isinstance(data__feedbackabsent_value, str):
                                if not REGEX_PATTERNS['\\S'].search(data__feedbackabsent_value):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".feedback_absent.{data__feedbackabsent_key}".format(**locals()) + " must match pattern \\S")
            if data_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'reflection'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['reflection']")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "id" in data_keys:
                data_keys.remove("id")
                data__id = data["id"]
                pass
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                pass
            if "prompt" in data_keys:
                data_keys.remove("prompt")
                data__prompt = data["prompt"]
                pass
            if "sources" in data_keys:
                data_keys.remove("sources")
                data__sources = data["sources"]
                pass
            if "mechanisms" in data_keys:
                data_keys.remove("mechanisms")
                data__mechanisms = data["mechanisms"]
                pass
            if "explanation" in data_keys:
                data_keys.remove("explanation")
                data__explanation = data["explanation"]
                pass
            if "level" in data_keys:
                data_keys.remove("level")
                data__level = data["level"]
                pass
            if "words" in data_keys:
                data_keys.remove("words")
                data__words = data["words"]
                if not isinstance(data__words, (int, NoneType)) and not (isinstance(data__words, float) and data__words.is_integer()) or isinstance(data__words, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".words must be integer or null")
                if isinstance(data__words, (int, float, Decimal)) and not isinstance(data__words, bool):
                    if data__words < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".words must be bigger than or equal to 1")
                    if data__words > 5000:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".words must be smaller than or equal to 5000")
            if data_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'kind', 'prompt']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,79}(?!\\n)$")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'multiple-choice' or isinstance(data__kind, str) and data__kind == 'multiple-select' or isinstance(data__kind, str) and data__kind == 'matching' or isinstance(data__kind, str) and data__kind == 'vignette' or isinstance(data__kind, str) and data__kind == 'reflection'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['multiple-choice', 'multiple-select', 'matching', 'vignette', 'reflection']")
        if "prompt" in data_keys:
            data_keys.remove("prompt")
            data__prompt = data["prompt"]
            if not isinstance(data__prompt, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".prompt must be string")
            if isinstance(data__prompt, str):
                if not REGEX_PATTERNS['\\S'].search(data__prompt):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".prompt must match pattern \\S")
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            data__sources_any_of_count4 = 0
            if not data__sources_any_of_count4:
                try:
                    if not isinstance(data__sources, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must be string")
                    if isinstance(data__sources, str):
                        if not REGEX_PATTERNS['\\S'].search(data__sources):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must match pattern \\S")
                    data__sources_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__sources_any_of_count4:
                try:
                    if not isinstance(data__sources, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must be array")
                    data__sources_is_list = isinstance(data__sources, (list, tuple))
                    if data__sources_is_list:
                        data__sources_len = len(data__sources)
                        for data__sources_x, data__sources_item in enumerate(data__sources):
                            if not isinstance(data__sources_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources[{data__sources_x}]".format(**locals()) + " must be string")
                            if isinstance(data__sources_item, str):
                                if not REGEX_PATTERNS['\\S'].search(data__sources_item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources[{data__sources_x}]".format(**locals()) + " must match pattern \\S")
                    data__sources_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__sources_any_of_count4:
                try:
                    if not isinstance(data__sources, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources must be null")
                    data__sources_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__sources_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sources cannot be validated by any definition")
        if "mechanisms" in data_keys:
            data_keys.remove("mechanisms")
            data__mechanisms = data["mechanisms"]
            data__mechanisms_any_of_count5 = 0
            if not data__mechanisms_any_of_count5:
                try:
                    if not isinstance(data__mechanisms, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must be string")
                    if isinstance(data__mechanisms, str):
                        if not REGEX_PATTERNS['\\S'].search(data__mechanisms):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must match pattern \\S")
                    data__mechanisms_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mechanisms_any_of_count5:
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
                    data__mechanisms_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mechanisms_any_of_count5:
                try:
                    if not isinstance(data__mechanisms, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms must be null")
                    data__mechanisms_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__mechanisms_any_of_count5:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mechanisms cannot be validated by any definition")
        if "explanation" in data_keys:
            data_keys.remove("explanation")
            data__explanation = data["explanation"]
            if not isinstance(data__explanation, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".explanation must be string or null")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not (isinstance(data__level, str) and data__level == 'recall' or isinstance(data__level, str) and data__level == 'understand' or isinstance(data__level, str) and data__level == 'apply' or isinstance(data__level, str) and data__level == 'title' or data__level is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be one of ['recall', 'understand', 'apply', 'title', None]")
    return data
