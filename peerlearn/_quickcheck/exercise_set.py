"""The quick check of the schema 'exercise-set': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "ba2c81b6f894cf8f78fc83ca23da6e40fbf3163a771d3b36785c2ba4569f5724"
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
            validate____defs_text(data__title, custom_formats, (name_prefix or "data") + ".title")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate____defs_optional_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "mechanisms" in data_keys:
            data_keys.remove("mechanisms")
            data__mechanisms = data["mechanisms"]
            validate____defs_mechanism_ids(data__mechanisms, custom_formats, (name_prefix or "data") + ".mechanisms")
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
                    validate____defs_exercise(data__exercises_item, custom_formats, (name_prefix or "data") + ".exercises[{data__exercises_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_exercise(data, custom_formats={}, name_prefix=None):
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
        validate____defs_multiple_choice(data, custom_formats, (name_prefix or "data") + "")
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
        validate____defs_multiple_select(data, custom_formats, (name_prefix or "data") + "")
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
        validate____defs_matching(data, custom_formats, (name_prefix or "data") + "")
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
        validate____defs_vignette(data, custom_formats, (name_prefix or "data") + "")
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
        validate____defs_reflection(data, custom_formats, (name_prefix or "data") + "")
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
            validate____defs_text(data__prompt, custom_formats, (name_prefix or "data") + ".prompt")
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            validate____defs_reference_keys(data__sources, custom_formats, (name_prefix or "data") + ".sources")
        if "mechanisms" in data_keys:
            data_keys.remove("mechanisms")
            data__mechanisms = data["mechanisms"]
            validate____defs_mechanism_ids(data__mechanisms, custom_formats, (name_prefix or "data") + ".mechanisms")
        if "explanation" in data_keys:
            data_keys.remove("explanation")
            data__explanation = data["explanation"]
            validate____defs_optional_text(data__explanation, custom_formats, (name_prefix or "data") + ".explanation")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not (isinstance(data__level, str) and data__level == 'recall' or isinstance(data__level, str) and data__level == 'understand' or isinstance(data__level, str) and data__level == 'apply' or isinstance(data__level, str) and data__level == 'title' or data__level is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be one of ['recall', 'understand', 'apply', 'title', None]")
    return data

def validate____defs_reference_keys(data, custom_formats={}, name_prefix=None):
    data_any_of_count1 = 0
    if not data_any_of_count1:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                if not REGEX_PATTERNS['\\S'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\S")
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        try:
            if not isinstance(data, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array")
            data_is_list = isinstance(data, (list, tuple))
            if data_is_list:
                data_len = len(data)
                for data_x, data_item in enumerate(data):
                    if not isinstance(data_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be string")
                    if isinstance(data_item, str):
                        if not REGEX_PATTERNS['\\S'].search(data_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must match pattern \\S")
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        try:
            if not isinstance(data, (NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be null")
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate____defs_reflection(data, custom_formats={}, name_prefix=None):
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
    return data

def validate____defs_vignette(data, custom_formats={}, name_prefix=None):
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
            validate____defs_optional_text(data__title, custom_formats, (name_prefix or "data") + ".title")
        if "scenario" in data_keys:
            data_keys.remove("scenario")
            data__scenario = data["scenario"]
            validate____defs_text(data__scenario, custom_formats, (name_prefix or "data") + ".scenario")
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
                    validate____defs_mechanism_at_work(data__mechanismsatwork_item, custom_formats, (name_prefix or "data") + ".mechanisms_at_work[{data__mechanismsatwork_x}]".format(**locals()))
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
                        validate____defs_text(data__feedbackabsent_value, custom_formats, (name_prefix or "data") + ".feedback_absent.{data__feedbackabsent_key}".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_mechanism_at_work(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'role']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate____defs_text(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not (isinstance(data__role, str) and data__role == 'helps' or isinstance(data__role, str) and data__role == 'strains' or isinstance(data__role, str) and data__role == 'both'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be one of ['helps', 'strains', 'both']")
        if "feedback" in data_keys:
            data_keys.remove("feedback")
            data__feedback = data["feedback"]
            validate____defs_optional_text(data__feedback, custom_formats, (name_prefix or "data") + ".feedback")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_matching(data, custom_formats={}, name_prefix=None):
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
                    validate____defs_pair(data__pairs_item, custom_formats, (name_prefix or "data") + ".pairs[{data__pairs_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_pair(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['left', 'right']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "left" in data_keys:
            data_keys.remove("left")
            data__left = data["left"]
            validate____defs_text(data__left, custom_formats, (name_prefix or "data") + ".left")
        if "right" in data_keys:
            data_keys.remove("right")
            data__right = data["right"]
            validate____defs_text(data__right, custom_formats, (name_prefix or "data") + ".right")
        if "feedback" in data_keys:
            data_keys.remove("feedback")
            data__feedback = data["feedback"]
            validate____defs_optional_text(data__feedback, custom_formats, (name_prefix or "data") + ".feedback")
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            validate____defs_reference_keys(data__sources, custom_formats, (name_prefix or "data") + ".sources")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_multiple_select(data, custom_formats={}, name_prefix=None):
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
                    validate____defs_option(data__options_item, custom_formats, (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_option(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            validate____defs_text(data__text, custom_formats, (name_prefix or "data") + ".text")
        if "correct" in data_keys:
            data_keys.remove("correct")
            data__correct = data["correct"]
            if not isinstance(data__correct, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".correct must be boolean")
        if "feedback" in data_keys:
            data_keys.remove("feedback")
            data__feedback = data["feedback"]
            validate____defs_optional_text(data__feedback, custom_formats, (name_prefix or "data") + ".feedback")
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            validate____defs_reference_keys(data__sources, custom_formats, (name_prefix or "data") + ".sources")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_multiple_choice(data, custom_formats={}, name_prefix=None):
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
                    validate____defs_option(data__options_item, custom_formats, (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_mechanism_ids(data, custom_formats={}, name_prefix=None):
    data_any_of_count2 = 0
    if not data_any_of_count2:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                if not REGEX_PATTERNS['\\S'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\S")
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        try:
            if not isinstance(data, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array")
            data_is_list = isinstance(data, (list, tuple))
            if data_is_list:
                data_len = len(data)
                for data_x, data_item in enumerate(data):
                    if not isinstance(data_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be string")
                    if isinstance(data_item, str):
                        if not REGEX_PATTERNS['\\S'].search(data_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must match pattern \\S")
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        try:
            if not isinstance(data, (NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be null")
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate____defs_optional_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, NoneType)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or null")
    return data

def validate____defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['\\S'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\S")
    return data


validate = validate_peerlearn_exercise_set_v1

#: a check per definition, by its name in $defs
DEFS = {'exercise': validate____defs_exercise, 'matching': validate____defs_matching, 'mechanism-at-work': validate____defs_mechanism_at_work, 'mechanism-ids': validate____defs_mechanism_ids, 'multiple-choice': validate____defs_multiple_choice, 'multiple-select': validate____defs_multiple_select, 'option': validate____defs_option, 'optional-text': validate____defs_optional_text, 'pair': validate____defs_pair, 'reference-keys': validate____defs_reference_keys, 'reflection': validate____defs_reflection, 'text': validate____defs_text, 'vignette': validate____defs_vignette}
