"""The quick check of the schema 'references': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "bab271e004b11d269b61086f0c70e9cf28ebbb49989153fc2f506670e8a56ddf"
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
    '^[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*(?!\\n)$': re.compile('^[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*(?!\\n)\\Z'),
    '^(?:10\\.[0-9]{4,9}/\\S+|10/[A-Za-z0-9]+)(?!\\n)$': re.compile('^(?:10\\.[0-9]{4,9}/\\S+|10/[A-Za-z0-9]+)(?!\\n)\\Z')
}

NoneType = type(None)

def validate_peerlearn_references_v1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array")
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be object")
            data_item_is_dict = isinstance(data_item, dict)
            if data_item_is_dict:
                data_item__missing_keys = set(['id', 'type']) - data_item.keys()
                if data_item__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must contain ")
                data_item_keys = set(data_item.keys())
                if "id" in data_item_keys:
                    data_item_keys.remove("id")
                    data_item__id = data_item["id"]
                    if not isinstance(data_item__id, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].id".format(**locals()) + " must be string")
                    if isinstance(data_item__id, str):
                        if not REGEX_PATTERNS['^[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*(?!\\n)$'].search(data_item__id):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].id".format(**locals()) + " must match pattern ^[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*(?!\\n)$")
                if "type" in data_item_keys:
                    data_item_keys.remove("type")
                    data_item__type = data_item["type"]
                    if not (isinstance(data_item__type, str) and data_item__type == 'article' or isinstance(data_item__type, str) and data_item__type == 'article-journal' or isinstance(data_item__type, str) and data_item__type == 'article-magazine' or isinstance(data_item__type, str) and data_item__type == 'article-newspaper' or isinstance(data_item__type, str) and data_item__type == 'bill' or isinstance(data_item__type, str) and data_item__type == 'book' or isinstance(data_item__type, str) and data_item__type == 'broadcast' or isinstance(data_item__type, str) and data_item__type == 'chapter' or isinstance(data_item__type, str) and data_item__type == 'classic' or isinstance(data_item__type, str) and data_item__type == 'collection' or isinstance(data_item__type, str) and data_item__type == 'dataset' or isinstance(data_item__type, str) and data_item__type == 'document' or isinstance(data_item__type, str) and data_item__type == 'entry' or isinstance(data_item__type, str) and data_item__type == 'entry-dictionary' or isinstance(data_item__type, str) and data_item__type == 'entry-encyclopedia' or isinstance(data_item__type, str) and data_item__type == 'event' or isinstance(data_item__type, str) and data_item__type == 'figure' or isinstance(data_item__type, str) and data_item__type == 'graphic' or isinstance(data_item__type, str) and data_item__type == 'hearing' or isinstance(data_item__type, str) and data_item__type == 'interview' or isinstance(data_item__type, str) and data_item__type == 'legal_case' or isinstance(data_item__type, str) and data_item__type == 'legislation' or isinstance(data_item__type, str) and data_item__type == 'manuscript' or isinstance(data_item__type, str) and data_item__type == 'map' or isinstance(data_item__type, str) and data_item__type == 'motion_picture' or isinstance(data_item__type, str) and data_item__type == 'musical_score' or isinstance(data_item__type, str) and data_item__type == 'pamphlet' or isinstance(data_item__type, str) and data_item__type == 'paper-conference' or isinstance(data_item__type, str) and data_item__type == 'patent' or isinstance(data_item__type, str) and data_item__type == 'performance' or isinstance(data_item__type, str) and data_item__type == 'periodical' or isinstance(data_item__type, str) and data_item__type == 'personal_communication' or isinstance(data_item__type, str) and data_item__type == 'post' or isinstance(data_item__type, str) and data_item__type == 'post-weblog' or isinstance(data_item__type, str) and data_item__type == 'regulation' or isinstance(data_item__type, str) and data_item__type == 'report' or isinstance(data_item__type, str) and data_item__type == 'review' or isinstance(data_item__type, str) and data_item__type == 'review-book' or isinstance(data_item__type, str) and data_item__type == 'software' or isinstance(data_item__type, str) and data_item__type == 'song' or isinstance(data_item__type, str) and data_item__type == 'speech' or isinstance(data_item__type, str) and data_item__type == 'standard' or isinstance(data_item__type, str) and data_item__type == 'thesis' or isinstance(data_item__type, str) and data_item__type == 'treaty' or isinstance(data_item__type, str) and data_item__type == 'webpage'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].type".format(**locals()) + " must be one of ['article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage']")
                if "author" in data_item_keys:
                    data_item_keys.remove("author")
                    data_item__author = data_item["author"]
                    if not isinstance(data_item__author, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author".format(**locals()) + " must be array")
                    data_item__author_is_list = isinstance(data_item__author, (list, tuple))
                    if data_item__author_is_list:
                        data_item__author_len = len(data_item__author)
                        for data_item__author_x, data_item__author_item in enumerate(data_item__author):
                            if not isinstance(data_item__author_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}]".format(**locals()) + " must be object")
                            data_item__author_item_any_of_count1 = 0
                            if not data_item__author_item_any_of_count1:
                                try:
                                    data_item__author_item_is_dict = isinstance(data_item__author_item, dict)
                                    if data_item__author_item_is_dict:
                                        data_item__author_item__missing_keys = set(['family']) - data_item__author_item.keys()
                                        if data_item__author_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}]".format(**locals()) + " must contain ")
                                    data_item__author_item_any_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__author_item_any_of_count1:
                                try:
                                    data_item__author_item_is_dict = isinstance(data_item__author_item, dict)
                                    if data_item__author_item_is_dict:
                                        data_item__author_item__missing_keys = set(['literal']) - data_item__author_item.keys()
                                        if data_item__author_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}]".format(**locals()) + " must contain ")
                                    data_item__author_item_any_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__author_item_any_of_count1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__author_item_is_dict = isinstance(data_item__author_item, dict)
                            if data_item__author_item_is_dict:
                                data_item__author_item_keys = set(data_item__author_item.keys())
                                if "family" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("family")
                                    data_item__author_item__family = data_item__author_item["family"]
                                    if not isinstance(data_item__author_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__author_item__family, str):
                                        data_item__author_item__family_len = len(data_item__author_item__family)
                                        if data_item__author_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("given")
                                    data_item__author_item__given = data_item__author_item["given"]
                                    if not isinstance(data_item__author_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("literal")
                                    data_item__author_item__literal = data_item__author_item["literal"]
                                    if not isinstance(data_item__author_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__author_item__literal, str):
                                        data_item__author_item__literal_len = len(data_item__author_item__literal)
                                        if data_item__author_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("non-dropping-particle")
                                    data_item__author_item__nondroppingparticle = data_item__author_item["non-dropping-particle"]
                                    if not isinstance(data_item__author_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("dropping-particle")
                                    data_item__author_item__droppingparticle = data_item__author_item["dropping-particle"]
                                    if not isinstance(data_item__author_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("suffix")
                                    data_item__author_item__suffix = data_item__author_item["suffix"]
                                    if not isinstance(data_item__author_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("comma-suffix")
                                    data_item__author_item__commasuffix = data_item__author_item["comma-suffix"]
                                    if not isinstance(data_item__author_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__author_item__commasuffix, float) and data_item__author_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("static-ordering")
                                    data_item__author_item__staticordering = data_item__author_item["static-ordering"]
                                    if not isinstance(data_item__author_item__staticordering, (bool, str, int)) and not (isinstance(data_item__author_item__staticordering, float) and data_item__author_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("parse-names")
                                    data_item__author_item__parsenames = data_item__author_item["parse-names"]
                                    if not isinstance(data_item__author_item__parsenames, (bool, str, int)) and not (isinstance(data_item__author_item__parsenames, float) and data_item__author_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__author_item_keys:
                                    data_item__author_item_keys.remove("isInstitution")
                                    data_item__author_item__isInstitution = data_item__author_item["isInstitution"]
                                    if not isinstance(data_item__author_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__author_item__isInstitution, float) and data_item__author_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__author_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].author[{data_item__author_x}]".format(**locals()) + " must not contain "+str(data_item__author_item_keys)+" properties")
                if "editor" in data_item_keys:
                    data_item_keys.remove("editor")
                    data_item__editor = data_item["editor"]
                    if not isinstance(data_item__editor, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor".format(**locals()) + " must be array")
                    data_item__editor_is_list = isinstance(data_item__editor, (list, tuple))
                    if data_item__editor_is_list:
                        data_item__editor_len = len(data_item__editor)
                        for data_item__editor_x, data_item__editor_item in enumerate(data_item__editor):
                            if not isinstance(data_item__editor_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}]".format(**locals()) + " must be object")
                            data_item__editor_item_any_of_count2 = 0
                            if not data_item__editor_item_any_of_count2:
                                try:
                                    data_item__editor_item_is_dict = isinstance(data_item__editor_item, dict)
                                    if data_item__editor_item_is_dict:
                                        data_item__editor_item__missing_keys = set(['family']) - data_item__editor_item.keys()
                                        if data_item__editor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}]".format(**locals()) + " must contain ")
                                    data_item__editor_item_any_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__editor_item_any_of_count2:
                                try:
                                    data_item__editor_item_is_dict = isinstance(data_item__editor_item, dict)
                                    if data_item__editor_item_is_dict:
                                        data_item__editor_item__missing_keys = set(['literal']) - data_item__editor_item.keys()
                                        if data_item__editor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}]".format(**locals()) + " must contain ")
                                    data_item__editor_item_any_of_count2 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__editor_item_any_of_count2:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__editor_item_is_dict = isinstance(data_item__editor_item, dict)
                            if data_item__editor_item_is_dict:
                                data_item__editor_item_keys = set(data_item__editor_item.keys())
                                if "family" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("family")
                                    data_item__editor_item__family = data_item__editor_item["family"]
                                    if not isinstance(data_item__editor_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__editor_item__family, str):
                                        data_item__editor_item__family_len = len(data_item__editor_item__family)
                                        if data_item__editor_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("given")
                                    data_item__editor_item__given = data_item__editor_item["given"]
                                    if not isinstance(data_item__editor_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("literal")
                                    data_item__editor_item__literal = data_item__editor_item["literal"]
                                    if not isinstance(data_item__editor_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__editor_item__literal, str):
                                        data_item__editor_item__literal_len = len(data_item__editor_item__literal)
                                        if data_item__editor_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("non-dropping-particle")
                                    data_item__editor_item__nondroppingparticle = data_item__editor_item["non-dropping-particle"]
                                    if not isinstance(data_item__editor_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("dropping-particle")
                                    data_item__editor_item__droppingparticle = data_item__editor_item["dropping-particle"]
                                    if not isinstance(data_item__editor_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("suffix")
                                    data_item__editor_item__suffix = data_item__editor_item["suffix"]
                                    if not isinstance(data_item__editor_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("comma-suffix")
                                    data_item__editor_item__commasuffix = data_item__editor_item["comma-suffix"]
                                    if not isinstance(data_item__editor_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__editor_item__commasuffix, float) and data_item__editor_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("static-ordering")
                                    data_item__editor_item__staticordering = data_item__editor_item["static-ordering"]
                                    if not isinstance(data_item__editor_item__staticordering, (bool, str, int)) and not (isinstance(data_item__editor_item__staticordering, float) and data_item__editor_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("parse-names")
                                    data_item__editor_item__parsenames = data_item__editor_item["parse-names"]
                                    if not isinstance(data_item__editor_item__parsenames, (bool, str, int)) and not (isinstance(data_item__editor_item__parsenames, float) and data_item__editor_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__editor_item_keys:
                                    data_item__editor_item_keys.remove("isInstitution")
                                    data_item__editor_item__isInstitution = data_item__editor_item["isInstitution"]
                                    if not isinstance(data_item__editor_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__editor_item__isInstitution, float) and data_item__editor_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__editor_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editor[{data_item__editor_x}]".format(**locals()) + " must not contain "+str(data_item__editor_item_keys)+" properties")
                if "issued" in data_item_keys:
                    data_item_keys.remove("issued")
                    data_item__issued = data_item["issued"]
                    if not isinstance(data_item__issued, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued".format(**locals()) + " must be object")
                    data_item__issued_is_dict = isinstance(data_item__issued, dict)
                    if data_item__issued_is_dict:
                        data_item__issued__missing_keys = set(['date-parts']) - data_item__issued.keys()
                        if data_item__issued__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued".format(**locals()) + " must contain ")
                        data_item__issued_keys = set(data_item__issued.keys())
                        if "date-parts" in data_item__issued_keys:
                            data_item__issued_keys.remove("date-parts")
                            data_item__issued__dateparts = data_item__issued["date-parts"]
                            if not isinstance(data_item__issued__dateparts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.date-parts".format(**locals()) + " must be array")
                            data_item__issued__dateparts_is_list = isinstance(data_item__issued__dateparts, (list, tuple))
                            if data_item__issued__dateparts_is_list:
                                data_item__issued__dateparts_len = len(data_item__issued__dateparts)
                                if data_item__issued__dateparts_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.date-parts".format(**locals()) + " must contain at least 1 items")
                                if data_item__issued__dateparts_len > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.date-parts".format(**locals()) + " must contain less than or equal to 2 items")
                                for data_item__issued__dateparts_x, data_item__issued__dateparts_item in enumerate(data_item__issued__dateparts):
                                    if not isinstance(data_item__issued__dateparts_item, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.date-parts[{data_item__issued__dateparts_x}]".format(**locals()) + " must be array")
                                    data_item__issued__dateparts_item_is_list = isinstance(data_item__issued__dateparts_item, (list, tuple))
                                    if data_item__issued__dateparts_item_is_list:
                                        data_item__issued__dateparts_item_len = len(data_item__issued__dateparts_item)
                                        if data_item__issued__dateparts_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.date-parts[{data_item__issued__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                        if data_item__issued__dateparts_item_len > 3:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.date-parts[{data_item__issued__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                        for data_item__issued__dateparts_item_x, data_item__issued__dateparts_item_item in enumerate(data_item__issued__dateparts_item):
                                            if not isinstance(data_item__issued__dateparts_item_item, (int)) and not (isinstance(data_item__issued__dateparts_item_item, float) and data_item__issued__dateparts_item_item.is_integer()) or isinstance(data_item__issued__dateparts_item_item, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.date-parts[{data_item__issued__dateparts_x}][{data_item__issued__dateparts_item_x}]".format(**locals()) + " must be integer")
                        if "season" in data_item__issued_keys:
                            data_item__issued_keys.remove("season")
                            data_item__issued__season = data_item__issued["season"]
                            if not isinstance(data_item__issued__season, (int, str)) and not (isinstance(data_item__issued__season, float) and data_item__issued__season.is_integer()) or isinstance(data_item__issued__season, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.season".format(**locals()) + " must be integer or string")
                        if "circa" in data_item__issued_keys:
                            data_item__issued_keys.remove("circa")
                            data_item__issued__circa = data_item__issued["circa"]
                            if not isinstance(data_item__issued__circa, (bool, int, str)) and not (isinstance(data_item__issued__circa, float) and data_item__issued__circa.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.circa".format(**locals()) + " must be boolean or integer or string")
                        if "literal" in data_item__issued_keys:
                            data_item__issued_keys.remove("literal")
                            data_item__issued__literal = data_item__issued["literal"]
                            if not isinstance(data_item__issued__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issued.literal".format(**locals()) + " must be string")
                if "title" in data_item_keys:
                    data_item_keys.remove("title")
                    data_item__title = data_item["title"]
                    if not isinstance(data_item__title, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].title".format(**locals()) + " must be string")
                    if isinstance(data_item__title, str):
                        data_item__title_len = len(data_item__title)
                        if data_item__title_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].title".format(**locals()) + " must be longer than or equal to 1 characters")
                if "container-title" in data_item_keys:
                    data_item_keys.remove("container-title")
                    data_item__containertitle = data_item["container-title"]
                    if not isinstance(data_item__containertitle, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-title".format(**locals()) + " must be string")
                if "container-title-short" in data_item_keys:
                    data_item_keys.remove("container-title-short")
                    data_item__containertitleshort = data_item["container-title-short"]
                    if not isinstance(data_item__containertitleshort, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-title-short".format(**locals()) + " must be string")
                if "volume" in data_item_keys:
                    data_item_keys.remove("volume")
                    data_item__volume = data_item["volume"]
                    if not isinstance(data_item__volume, (str, int)) and not (isinstance(data_item__volume, float) and data_item__volume.is_integer()) or isinstance(data_item__volume, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].volume".format(**locals()) + " must be string or integer")
                if "issue" in data_item_keys:
                    data_item_keys.remove("issue")
                    data_item__issue = data_item["issue"]
                    if not isinstance(data_item__issue, (str, int)) and not (isinstance(data_item__issue, float) and data_item__issue.is_integer()) or isinstance(data_item__issue, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].issue".format(**locals()) + " must be string or integer")
                if "page" in data_item_keys:
                    data_item_keys.remove("page")
                    data_item__page = data_item["page"]
                    if not isinstance(data_item__page, (str, int)) and not (isinstance(data_item__page, float) and data_item__page.is_integer()) or isinstance(data_item__page, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].page".format(**locals()) + " must be string or integer")
                if "publisher" in data_item_keys:
                    data_item_keys.remove("publisher")
                    data_item__publisher = data_item["publisher"]
                    if not isinstance(data_item__publisher, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].publisher".format(**locals()) + " must be string")
                if "publisher-place" in data_item_keys:
                    data_item_keys.remove("publisher-place")
                    data_item__publisherplace = data_item["publisher-place"]
                    if not isinstance(data_item__publisherplace, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].publisher-place".format(**locals()) + " must be string")
                if "DOI" in data_item_keys:
                    data_item_keys.remove("DOI")
                    data_item__DOI = data_item["DOI"]
                    if not isinstance(data_item__DOI, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].DOI".format(**locals()) + " must be string")
                    if isinstance(data_item__DOI, str):
                        if not REGEX_PATTERNS['^(?:10\\.[0-9]{4,9}/\\S+|10/[A-Za-z0-9]+)(?!\\n)$'].search(data_item__DOI):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].DOI".format(**locals()) + " must match pattern ^(?:10\\.[0-9]{4,9}/\\S+|10/[A-Za-z0-9]+)(?!\\n)$")
                if "URL" in data_item_keys:
                    data_item_keys.remove("URL")
                    data_item__URL = data_item["URL"]
                    if not isinstance(data_item__URL, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].URL".format(**locals()) + " must be string")
                if "edition" in data_item_keys:
                    data_item_keys.remove("edition")
                    data_item__edition = data_item["edition"]
                    if not isinstance(data_item__edition, (str, int)) and not (isinstance(data_item__edition, float) and data_item__edition.is_integer()) or isinstance(data_item__edition, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].edition".format(**locals()) + " must be string or integer")
                if "collection-title" in data_item_keys:
                    data_item_keys.remove("collection-title")
                    data_item__collectiontitle = data_item["collection-title"]
                    if not isinstance(data_item__collectiontitle, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-title".format(**locals()) + " must be string")
                if "number" in data_item_keys:
                    data_item_keys.remove("number")
                    data_item__number = data_item["number"]
                    if not isinstance(data_item__number, (str, int)) and not (isinstance(data_item__number, float) and data_item__number.is_integer()) or isinstance(data_item__number, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].number".format(**locals()) + " must be string or integer")
                if "genre" in data_item_keys:
                    data_item_keys.remove("genre")
                    data_item__genre = data_item["genre"]
                    if not isinstance(data_item__genre, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].genre".format(**locals()) + " must be string")
                if "custom" in data_item_keys:
                    data_item_keys.remove("custom")
                    data_item__custom = data_item["custom"]
                    if not isinstance(data_item__custom, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom".format(**locals()) + " must be object")
                    data_item__custom_is_dict = isinstance(data_item__custom, dict)
                    if data_item__custom_is_dict:
                        data_item__custom_keys = set(data_item__custom.keys())
                        if "n" in data_item__custom_keys:
                            data_item__custom_keys.remove("n")
                            data_item__custom__n = data_item__custom["n"]
                            if not isinstance(data_item__custom__n, (int)) and not (isinstance(data_item__custom__n, float) and data_item__custom__n.is_integer()) or isinstance(data_item__custom__n, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.n".format(**locals()) + " must be integer")
                            if isinstance(data_item__custom__n, (int, float, Decimal)) and not isinstance(data_item__custom__n, bool):
                                if data_item__custom__n < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.n".format(**locals()) + " must be bigger than or equal to 1")
                        if "as_cited" in data_item__custom_keys:
                            data_item__custom_keys.remove("as_cited")
                            data_item__custom__ascited = data_item__custom["as_cited"]
                            if not isinstance(data_item__custom__ascited, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.as_cited".format(**locals()) + " must be string")
                            if isinstance(data_item__custom__ascited, str):
                                data_item__custom__ascited_len = len(data_item__custom__ascited)
                                if data_item__custom__ascited_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.as_cited".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "category" in data_item__custom_keys:
                            data_item__custom_keys.remove("category")
                            data_item__custom__category = data_item__custom["category"]
                            if not (isinstance(data_item__custom__category, str) and data_item__custom__category == 'empirical' or isinstance(data_item__custom__category, str) and data_item__custom__category == 'review' or isinstance(data_item__custom__category, str) and data_item__custom__category == 'theory' or isinstance(data_item__custom__category, str) and data_item__custom__category == 'method' or isinstance(data_item__custom__category, str) and data_item__custom__category == 'policy' or isinstance(data_item__custom__category, str) and data_item__custom__category == 'practice' or isinstance(data_item__custom__category, str) and data_item__custom__category == 'unclassified'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.category".format(**locals()) + " must be one of ['empirical', 'review', 'theory', 'method', 'policy', 'practice', 'unclassified']")
                        if "authors_truncated" in data_item__custom_keys:
                            data_item__custom_keys.remove("authors_truncated")
                            data_item__custom__authorstruncated = data_item__custom["authors_truncated"]
                            if not isinstance(data_item__custom__authorstruncated, (bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.authors_truncated".format(**locals()) + " must be boolean")
                        if "record_note" in data_item__custom_keys:
                            data_item__custom_keys.remove("record_note")
                            data_item__custom__recordnote = data_item__custom["record_note"]
                            if not isinstance(data_item__custom__recordnote, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.record_note".format(**locals()) + " must be string")
                        if "original_id" in data_item__custom_keys:
                            data_item__custom_keys.remove("original_id")
                            data_item__custom__originalid = data_item__custom["original_id"]
                            if not isinstance(data_item__custom__originalid, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.original_id".format(**locals()) + " must be string")
                            if isinstance(data_item__custom__originalid, str):
                                data_item__custom__originalid_len = len(data_item__custom__originalid)
                                if data_item__custom__originalid_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].custom.original_id".format(**locals()) + " must be longer than or equal to 1 characters")
                if "accessed" in data_item_keys:
                    data_item_keys.remove("accessed")
                    data_item__accessed = data_item["accessed"]
                    if not isinstance(data_item__accessed, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed".format(**locals()) + " must be object")
                    data_item__accessed_is_dict = isinstance(data_item__accessed, dict)
                    if data_item__accessed_is_dict:
                        data_item__accessed__missing_keys = set(['date-parts']) - data_item__accessed.keys()
                        if data_item__accessed__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed".format(**locals()) + " must contain ")
                        data_item__accessed_keys = set(data_item__accessed.keys())
                        if "date-parts" in data_item__accessed_keys:
                            data_item__accessed_keys.remove("date-parts")
                            data_item__accessed__dateparts = data_item__accessed["date-parts"]
                            if not isinstance(data_item__accessed__dateparts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.date-parts".format(**locals()) + " must be array")
                            data_item__accessed__dateparts_is_list = isinstance(data_item__accessed__dateparts, (list, tuple))
                            if data_item__accessed__dateparts_is_list:
                                data_item__accessed__dateparts_len = len(data_item__accessed__dateparts)
                                if data_item__accessed__dateparts_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.date-parts".format(**locals()) + " must contain at least 1 items")
                                if data_item__accessed__dateparts_len > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.date-parts".format(**locals()) + " must contain less than or equal to 2 items")
                                for data_item__accessed__dateparts_x, data_item__accessed__dateparts_item in enumerate(data_item__accessed__dateparts):
                                    if not isinstance(data_item__accessed__dateparts_item, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.date-parts[{data_item__accessed__dateparts_x}]".format(**locals()) + " must be array")
                                    data_item__accessed__dateparts_item_is_list = isinstance(data_item__accessed__dateparts_item, (list, tuple))
                                    if data_item__accessed__dateparts_item_is_list:
                                        data_item__accessed__dateparts_item_len = len(data_item__accessed__dateparts_item)
                                        if data_item__accessed__dateparts_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.date-parts[{data_item__accessed__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                        if data_item__accessed__dateparts_item_len > 3:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.date-parts[{data_item__accessed__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                        for data_item__accessed__dateparts_item_x, data_item__accessed__dateparts_item_item in enumerate(data_item__accessed__dateparts_item):
                                            if not isinstance(data_item__accessed__dateparts_item_item, (int)) and not (isinstance(data_item__accessed__dateparts_item_item, float) and data_item__accessed__dateparts_item_item.is_integer()) or isinstance(data_item__accessed__dateparts_item_item, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.date-parts[{data_item__accessed__dateparts_x}][{data_item__accessed__dateparts_item_x}]".format(**locals()) + " must be integer")
                        if "season" in data_item__accessed_keys:
                            data_item__accessed_keys.remove("season")
                            data_item__accessed__season = data_item__accessed["season"]
                            if not isinstance(data_item__accessed__season, (int, str)) and not (isinstance(data_item__accessed__season, float) and data_item__accessed__season.is_integer()) or isinstance(data_item__accessed__season, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.season".format(**locals()) + " must be integer or string")
                        if "circa" in data_item__accessed_keys:
                            data_item__accessed_keys.remove("circa")
                            data_item__accessed__circa = data_item__accessed["circa"]
                            if not isinstance(data_item__accessed__circa, (bool, int, str)) and not (isinstance(data_item__accessed__circa, float) and data_item__accessed__circa.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.circa".format(**locals()) + " must be boolean or integer or string")
                        if "literal" in data_item__accessed_keys:
                            data_item__accessed_keys.remove("literal")
                            data_item__accessed__literal = data_item__accessed["literal"]
                            if not isinstance(data_item__accessed__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].accessed.literal".format(**locals()) + " must be string")
                if "original-date" in data_item_keys:
                    data_item_keys.remove("original-date")
                    data_item__originaldate = data_item["original-date"]
                    if not isinstance(data_item__originaldate, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date".format(**locals()) + " must be object")
                    data_item__originaldate_is_dict = isinstance(data_item__originaldate, dict)
                    if data_item__originaldate_is_dict:
                        data_item__originaldate__missing_keys = set(['date-parts']) - data_item__originaldate.keys()
                        if data_item__originaldate__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date".format(**locals()) + " must contain ")
                        data_item__originaldate_keys = set(data_item__originaldate.keys())
                        if "date-parts" in data_item__originaldate_keys:
                            data_item__originaldate_keys.remove("date-parts")
                            data_item__originaldate__dateparts = data_item__originaldate["date-parts"]
                            if not isinstance(data_item__originaldate__dateparts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.date-parts".format(**locals()) + " must be array")
                            data_item__originaldate__dateparts_is_list = isinstance(data_item__originaldate__dateparts, (list, tuple))
                            if data_item__originaldate__dateparts_is_list:
                                data_item__originaldate__dateparts_len = len(data_item__originaldate__dateparts)
                                if data_item__originaldate__dateparts_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.date-parts".format(**locals()) + " must contain at least 1 items")
                                if data_item__originaldate__dateparts_len > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.date-parts".format(**locals()) + " must contain less than or equal to 2 items")
                                for data_item__originaldate__dateparts_x, data_item__originaldate__dateparts_item in enumerate(data_item__originaldate__dateparts):
                                    if not isinstance(data_item__originaldate__dateparts_item, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.date-parts[{data_item__originaldate__dateparts_x}]".format(**locals()) + " must be array")
                                    data_item__originaldate__dateparts_item_is_list = isinstance(data_item__originaldate__dateparts_item, (list, tuple))
                                    if data_item__originaldate__dateparts_item_is_list:
                                        data_item__originaldate__dateparts_item_len = len(data_item__originaldate__dateparts_item)
                                        if data_item__originaldate__dateparts_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.date-parts[{data_item__originaldate__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                        if data_item__originaldate__dateparts_item_len > 3:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.date-parts[{data_item__originaldate__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                        for data_item__originaldate__dateparts_item_x, data_item__originaldate__dateparts_item_item in enumerate(data_item__originaldate__dateparts_item):
                                            if not isinstance(data_item__originaldate__dateparts_item_item, (int)) and not (isinstance(data_item__originaldate__dateparts_item_item, float) and data_item__originaldate__dateparts_item_item.is_integer()) or isinstance(data_item__originaldate__dateparts_item_item, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.date-parts[{data_item__originaldate__dateparts_x}][{data_item__originaldate__dateparts_item_x}]".format(**locals()) + " must be integer")
                        if "season" in data_item__originaldate_keys:
                            data_item__originaldate_keys.remove("season")
                            data_item__originaldate__season = data_item__originaldate["season"]
                            if not isinstance(data_item__originaldate__season, (int, str)) and not (isinstance(data_item__originaldate__season, float) and data_item__originaldate__season.is_integer()) or isinstance(data_item__originaldate__season, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.season".format(**locals()) + " must be integer or string")
                        if "circa" in data_item__originaldate_keys:
                            data_item__originaldate_keys.remove("circa")
                            data_item__originaldate__circa = data_item__originaldate["circa"]
                            if not isinstance(data_item__originaldate__circa, (bool, int, str)) and not (isinstance(data_item__originaldate__circa, float) and data_item__originaldate__circa.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.circa".format(**locals()) + " must be boolean or integer or string")
                        if "literal" in data_item__originaldate_keys:
                            data_item__originaldate_keys.remove("literal")
                            data_item__originaldate__literal = data_item__originaldate["literal"]
                            if not isinstance(data_item__originaldate__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-date.literal".format(**locals()) + " must be string")
                if "event-date" in data_item_keys:
                    data_item_keys.remove("event-date")
                    data_item__eventdate = data_item["event-date"]
                    if not isinstance(data_item__eventdate, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date".format(**locals()) + " must be object")
                    data_item__eventdate_is_dict = isinstance(data_item__eventdate, dict)
                    if data_item__eventdate_is_dict:
                        data_item__eventdate__missing_keys = set(['date-parts']) - data_item__eventdate.keys()
                        if data_item__eventdate__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date".format(**locals()) + " must contain ")
                        data_item__eventdate_keys = set(data_item__eventdate.keys())
                        if "date-parts" in data_item__eventdate_keys:
                            data_item__eventdate_keys.remove("date-parts")
                            data_item__eventdate__dateparts = data_item__eventdate["date-parts"]
                            if not isinstance(data_item__eventdate__dateparts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.date-parts".format(**locals()) + " must be array")
                            data_item__eventdate__dateparts_is_list = isinstance(data_item__eventdate__dateparts, (list, tuple))
                            if data_item__eventdate__dateparts_is_list:
                                data_item__eventdate__dateparts_len = len(data_item__eventdate__dateparts)
                                if data_item__eventdate__dateparts_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.date-parts".format(**locals()) + " must contain at least 1 items")
                                if data_item__eventdate__dateparts_len > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.date-parts".format(**locals()) + " must contain less than or equal to 2 items")
                                for data_item__eventdate__dateparts_x, data_item__eventdate__dateparts_item in enumerate(data_item__eventdate__dateparts):
                                    if not isinstance(data_item__eventdate__dateparts_item, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.date-parts[{data_item__eventdate__dateparts_x}]".format(**locals()) + " must be array")
                                    data_item__eventdate__dateparts_item_is_list = isinstance(data_item__eventdate__dateparts_item, (list, tuple))
                                    if data_item__eventdate__dateparts_item_is_list:
                                        data_item__eventdate__dateparts_item_len = len(data_item__eventdate__dateparts_item)
                                        if data_item__eventdate__dateparts_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.date-parts[{data_item__eventdate__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                        if data_item__eventdate__dateparts_item_len > 3:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.date-parts[{data_item__eventdate__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                        for data_item__eventdate__dateparts_item_x, data_item__eventdate__dateparts_item_item in enumerate(data_item__eventdate__dateparts_item):
                                            if not isinstance(data_item__eventdate__dateparts_item_item, (int)) and not (isinstance(data_item__eventdate__dateparts_item_item, float) and data_item__eventdate__dateparts_item_item.is_integer()) or isinstance(data_item__eventdate__dateparts_item_item, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.date-parts[{data_item__eventdate__dateparts_x}][{data_item__eventdate__dateparts_item_x}]".format(**locals()) + " must be integer")
                        if "season" in data_item__eventdate_keys:
                            data_item__eventdate_keys.remove("season")
                            data_item__eventdate__season = data_item__eventdate["season"]
                            if not isinstance(data_item__eventdate__season, (int, str)) and not (isinstance(data_item__eventdate__season, float) and data_item__eventdate__season.is_integer()) or isinstance(data_item__eventdate__season, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.season".format(**locals()) + " must be integer or string")
                        if "circa" in data_item__eventdate_keys:
                            data_item__eventdate_keys.remove("circa")
                            data_item__eventdate__circa = data_item__eventdate["circa"]
                            if not isinstance(data_item__eventdate__circa, (bool, int, str)) and not (isinstance(data_item__eventdate__circa, float) and data_item__eventdate__circa.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.circa".format(**locals()) + " must be boolean or integer or string")
                        if "literal" in data_item__eventdate_keys:
                            data_item__eventdate_keys.remove("literal")
                            data_item__eventdate__literal = data_item__eventdate["literal"]
                            if not isinstance(data_item__eventdate__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-date.literal".format(**locals()) + " must be string")
                if "submitted" in data_item_keys:
                    data_item_keys.remove("submitted")
                    data_item__submitted = data_item["submitted"]
                    if not isinstance(data_item__submitted, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted".format(**locals()) + " must be object")
                    data_item__submitted_is_dict = isinstance(data_item__submitted, dict)
                    if data_item__submitted_is_dict:
                        data_item__submitted__missing_keys = set(['date-parts']) - data_item__submitted.keys()
                        if data_item__submitted__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted".format(**locals()) + " must contain ")
                        data_item__submitted_keys = set(data_item__submitted.keys())
                        if "date-parts" in data_item__submitted_keys:
                            data_item__submitted_keys.remove("date-parts")
                            data_item__submitted__dateparts = data_item__submitted["date-parts"]
                            if not isinstance(data_item__submitted__dateparts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.date-parts".format(**locals()) + " must be array")
                            data_item__submitted__dateparts_is_list = isinstance(data_item__submitted__dateparts, (list, tuple))
                            if data_item__submitted__dateparts_is_list:
                                data_item__submitted__dateparts_len = len(data_item__submitted__dateparts)
                                if data_item__submitted__dateparts_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.date-parts".format(**locals()) + " must contain at least 1 items")
                                if data_item__submitted__dateparts_len > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.date-parts".format(**locals()) + " must contain less than or equal to 2 items")
                                for data_item__submitted__dateparts_x, data_item__submitted__dateparts_item in enumerate(data_item__submitted__dateparts):
                                    if not isinstance(data_item__submitted__dateparts_item, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.date-parts[{data_item__submitted__dateparts_x}]".format(**locals()) + " must be array")
                                    data_item__submitted__dateparts_item_is_list = isinstance(data_item__submitted__dateparts_item, (list, tuple))
                                    if data_item__submitted__dateparts_item_is_list:
                                        data_item__submitted__dateparts_item_len = len(data_item__submitted__dateparts_item)
                                        if data_item__submitted__dateparts_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.date-parts[{data_item__submitted__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                        if data_item__submitted__dateparts_item_len > 3:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.date-parts[{data_item__submitted__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                        for data_item__submitted__dateparts_item_x, data_item__submitted__dateparts_item_item in enumerate(data_item__submitted__dateparts_item):
                                            if not isinstance(data_item__submitted__dateparts_item_item, (int)) and not (isinstance(data_item__submitted__dateparts_item_item, float) and data_item__submitted__dateparts_item_item.is_integer()) or isinstance(data_item__submitted__dateparts_item_item, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.date-parts[{data_item__submitted__dateparts_x}][{data_item__submitted__dateparts_item_x}]".format(**locals()) + " must be integer")
                        if "season" in data_item__submitted_keys:
                            data_item__submitted_keys.remove("season")
                            data_item__submitted__season = data_item__submitted["season"]
                            if not isinstance(data_item__submitted__season, (int, str)) and not (isinstance(data_item__submitted__season, float) and data_item__submitted__season.is_integer()) or isinstance(data_item__submitted__season, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.season".format(**locals()) + " must be integer or string")
                        if "circa" in data_item__submitted_keys:
                            data_item__submitted_keys.remove("circa")
                            data_item__submitted__circa = data_item__submitted["circa"]
                            if not isinstance(data_item__submitted__circa, (bool, int, str)) and not (isinstance(data_item__submitted__circa, float) and data_item__submitted__circa.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.circa".format(**locals()) + " must be boolean or integer or string")
                        if "literal" in data_item__submitted_keys:
                            data_item__submitted_keys.remove("literal")
                            data_item__submitted__literal = data_item__submitted["literal"]
                            if not isinstance(data_item__submitted__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].submitted.literal".format(**locals()) + " must be string")
                if "available-date" in data_item_keys:
                    data_item_keys.remove("available-date")
                    data_item__availabledate = data_item["available-date"]
                    if not isinstance(data_item__availabledate, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date".format(**locals()) + " must be object")
                    data_item__availabledate_is_dict = isinstance(data_item__availabledate, dict)
                    if data_item__availabledate_is_dict:
                        data_item__availabledate__missing_keys = set(['date-parts']) - data_item__availabledate.keys()
                        if data_item__availabledate__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date".format(**locals()) + " must contain ")
                        data_item__availabledate_keys = set(data_item__availabledate.keys())
                        if "date-parts" in data_item__availabledate_keys:
                            data_item__availabledate_keys.remove("date-parts")
                            data_item__availabledate__dateparts = data_item__availabledate["date-parts"]
                            if not isinstance(data_item__availabledate__dateparts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.date-parts".format(**locals()) + " must be array")
                            data_item__availabledate__dateparts_is_list = isinstance(data_item__availabledate__dateparts, (list, tuple))
                            if data_item__availabledate__dateparts_is_list:
                                data_item__availabledate__dateparts_len = len(data_item__availabledate__dateparts)
                                if data_item__availabledate__dateparts_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.date-parts".format(**locals()) + " must contain at least 1 items")
                                if data_item__availabledate__dateparts_len > 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.date-parts".format(**locals()) + " must contain less than or equal to 2 items")
                                for data_item__availabledate__dateparts_x, data_item__availabledate__dateparts_item in enumerate(data_item__availabledate__dateparts):
                                    if not isinstance(data_item__availabledate__dateparts_item, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.date-parts[{data_item__availabledate__dateparts_x}]".format(**locals()) + " must be array")
                                    data_item__availabledate__dateparts_item_is_list = isinstance(data_item__availabledate__dateparts_item, (list, tuple))
                                    if data_item__availabledate__dateparts_item_is_list:
                                        data_item__availabledate__dateparts_item_len = len(data_item__availabledate__dateparts_item)
                                        if data_item__availabledate__dateparts_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.date-parts[{data_item__availabledate__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                        if data_item__availabledate__dateparts_item_len > 3:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.date-parts[{data_item__availabledate__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                        for data_item__availabledate__dateparts_item_x, data_item__availabledate__dateparts_item_item in enumerate(data_item__availabledate__dateparts_item):
                                            if not isinstance(data_item__availabledate__dateparts_item_item, (int)) and not (isinstance(data_item__availabledate__dateparts_item_item, float) and data_item__availabledate__dateparts_item_item.is_integer()) or isinstance(data_item__availabledate__dateparts_item_item, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.date-parts[{data_item__availabledate__dateparts_x}][{data_item__availabledate__dateparts_item_x}]".format(**locals()) + " must be integer")
                        if "season" in data_item__availabledate_keys:
                            data_item__availabledate_keys.remove("season")
                            data_item__availabledate__season = data_item__availabledate["season"]
                            if not isinstance(data_item__availabledate__season, (int, str)) and not (isinstance(data_item__availabledate__season, float) and data_item__availabledate__season.is_integer()) or isinstance(data_item__availabledate__season, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.season".format(**locals()) + " must be integer or string")
                        if "circa" in data_item__availabledate_keys:
                            data_item__availabledate_keys.remove("circa")
                            data_item__availabledate__circa = data_item__availabledate["circa"]
                            if not isinstance(data_item__availabledate__circa, (bool, int, str)) and not (isinstance(data_item__availabledate__circa, float) and data_item__availabledate__circa.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.circa".format(**locals()) + " must be boolean or integer or string")
                        if "literal" in data_item__availabledate_keys:
                            data_item__availabledate_keys.remove("literal")
                            data_item__availabledate__literal = data_item__availabledate["literal"]
                            if not isinstance(data_item__availabledate__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].available-date.literal".format(**locals()) + " must be string")
                if "note" in data_item_keys:
                    data_item_keys.remove("note")
                    data_item__note = data_item["note"]
                    if not isinstance(data_item__note, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].note".format(**locals()) + " must be string")
                if "abstract" in data_item_keys:
                    data_item_keys.remove("abstract")
                    data_item__abstract = data_item["abstract"]
                    if not isinstance(data_item__abstract, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].abstract".format(**locals()) + " must be string")
                if "chair" in data_item_keys:
                    data_item_keys.remove("chair")
                    data_item__chair = data_item["chair"]
                    if not isinstance(data_item__chair, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair".format(**locals()) + " must be array")
                    data_item__chair_is_list = isinstance(data_item__chair, (list, tuple))
                    if data_item__chair_is_list:
                        data_item__chair_len = len(data_item__chair)
                        for data_item__chair_x, data_item__chair_item in enumerate(data_item__chair):
                            if not isinstance(data_item__chair_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}]".format(**locals()) + " must be object")
                            data_item__chair_item_any_of_count3 = 0
                            if not data_item__chair_item_any_of_count3:
                                try:
                                    data_item__chair_item_is_dict = isinstance(data_item__chair_item, dict)
                                    if data_item__chair_item_is_dict:
                                        data_item__chair_item__missing_keys = set(['family']) - data_item__chair_item.keys()
                                        if data_item__chair_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}]".format(**locals()) + " must contain ")
                                    data_item__chair_item_any_of_count3 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__chair_item_any_of_count3:
                                try:
                                    data_item__chair_item_is_dict = isinstance(data_item__chair_item, dict)
                                    if data_item__chair_item_is_dict:
                                        data_item__chair_item__missing_keys = set(['literal']) - data_item__chair_item.keys()
                                        if data_item__chair_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}]".format(**locals()) + " must contain ")
                                    data_item__chair_item_any_of_count3 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__chair_item_any_of_count3:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__chair_item_is_dict = isinstance(data_item__chair_item, dict)
                            if data_item__chair_item_is_dict:
                                data_item__chair_item_keys = set(data_item__chair_item.keys())
                                if "family" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("family")
                                    data_item__chair_item__family = data_item__chair_item["family"]
                                    if not isinstance(data_item__chair_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__chair_item__family, str):
                                        data_item__chair_item__family_len = len(data_item__chair_item__family)
                                        if data_item__chair_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("given")
                                    data_item__chair_item__given = data_item__chair_item["given"]
                                    if not isinstance(data_item__chair_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("literal")
                                    data_item__chair_item__literal = data_item__chair_item["literal"]
                                    if not isinstance(data_item__chair_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__chair_item__literal, str):
                                        data_item__chair_item__literal_len = len(data_item__chair_item__literal)
                                        if data_item__chair_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("non-dropping-particle")
                                    data_item__chair_item__nondroppingparticle = data_item__chair_item["non-dropping-particle"]
                                    if not isinstance(data_item__chair_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("dropping-particle")
                                    data_item__chair_item__droppingparticle = data_item__chair_item["dropping-particle"]
                                    if not isinstance(data_item__chair_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("suffix")
                                    data_item__chair_item__suffix = data_item__chair_item["suffix"]
                                    if not isinstance(data_item__chair_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("comma-suffix")
                                    data_item__chair_item__commasuffix = data_item__chair_item["comma-suffix"]
                                    if not isinstance(data_item__chair_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__chair_item__commasuffix, float) and data_item__chair_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("static-ordering")
                                    data_item__chair_item__staticordering = data_item__chair_item["static-ordering"]
                                    if not isinstance(data_item__chair_item__staticordering, (bool, str, int)) and not (isinstance(data_item__chair_item__staticordering, float) and data_item__chair_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("parse-names")
                                    data_item__chair_item__parsenames = data_item__chair_item["parse-names"]
                                    if not isinstance(data_item__chair_item__parsenames, (bool, str, int)) and not (isinstance(data_item__chair_item__parsenames, float) and data_item__chair_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__chair_item_keys:
                                    data_item__chair_item_keys.remove("isInstitution")
                                    data_item__chair_item__isInstitution = data_item__chair_item["isInstitution"]
                                    if not isinstance(data_item__chair_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__chair_item__isInstitution, float) and data_item__chair_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__chair_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chair[{data_item__chair_x}]".format(**locals()) + " must not contain "+str(data_item__chair_item_keys)+" properties")
                if "collection-editor" in data_item_keys:
                    data_item_keys.remove("collection-editor")
                    data_item__collectioneditor = data_item["collection-editor"]
                    if not isinstance(data_item__collectioneditor, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor".format(**locals()) + " must be array")
                    data_item__collectioneditor_is_list = isinstance(data_item__collectioneditor, (list, tuple))
                    if data_item__collectioneditor_is_list:
                        data_item__collectioneditor_len = len(data_item__collectioneditor)
                        for data_item__collectioneditor_x, data_item__collectioneditor_item in enumerate(data_item__collectioneditor):
                            if not isinstance(data_item__collectioneditor_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}]".format(**locals()) + " must be object")
                            data_item__collectioneditor_item_any_of_count4 = 0
                            if not data_item__collectioneditor_item_any_of_count4:
                                try:
                                    data_item__collectioneditor_item_is_dict = isinstance(data_item__collectioneditor_item, dict)
                                    if data_item__collectioneditor_item_is_dict:
                                        data_item__collectioneditor_item__missing_keys = set(['family']) - data_item__collectioneditor_item.keys()
                                        if data_item__collectioneditor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}]".format(**locals()) + " must contain ")
                                    data_item__collectioneditor_item_any_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__collectioneditor_item_any_of_count4:
                                try:
                                    data_item__collectioneditor_item_is_dict = isinstance(data_item__collectioneditor_item, dict)
                                    if data_item__collectioneditor_item_is_dict:
                                        data_item__collectioneditor_item__missing_keys = set(['literal']) - data_item__collectioneditor_item.keys()
                                        if data_item__collectioneditor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}]".format(**locals()) + " must contain ")
                                    data_item__collectioneditor_item_any_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__collectioneditor_item_any_of_count4:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__collectioneditor_item_is_dict = isinstance(data_item__collectioneditor_item, dict)
                            if data_item__collectioneditor_item_is_dict:
                                data_item__collectioneditor_item_keys = set(data_item__collectioneditor_item.keys())
                                if "family" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("family")
                                    data_item__collectioneditor_item__family = data_item__collectioneditor_item["family"]
                                    if not isinstance(data_item__collectioneditor_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__collectioneditor_item__family, str):
                                        data_item__collectioneditor_item__family_len = len(data_item__collectioneditor_item__family)
                                        if data_item__collectioneditor_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("given")
                                    data_item__collectioneditor_item__given = data_item__collectioneditor_item["given"]
                                    if not isinstance(data_item__collectioneditor_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("literal")
                                    data_item__collectioneditor_item__literal = data_item__collectioneditor_item["literal"]
                                    if not isinstance(data_item__collectioneditor_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__collectioneditor_item__literal, str):
                                        data_item__collectioneditor_item__literal_len = len(data_item__collectioneditor_item__literal)
                                        if data_item__collectioneditor_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("non-dropping-particle")
                                    data_item__collectioneditor_item__nondroppingparticle = data_item__collectioneditor_item["non-dropping-particle"]
                                    if not isinstance(data_item__collectioneditor_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("dropping-particle")
                                    data_item__collectioneditor_item__droppingparticle = data_item__collectioneditor_item["dropping-particle"]
                                    if not isinstance(data_item__collectioneditor_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("suffix")
                                    data_item__collectioneditor_item__suffix = data_item__collectioneditor_item["suffix"]
                                    if not isinstance(data_item__collectioneditor_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("comma-suffix")
                                    data_item__collectioneditor_item__commasuffix = data_item__collectioneditor_item["comma-suffix"]
                                    if not isinstance(data_item__collectioneditor_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__collectioneditor_item__commasuffix, float) and data_item__collectioneditor_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("static-ordering")
                                    data_item__collectioneditor_item__staticordering = data_item__collectioneditor_item["static-ordering"]
                                    if not isinstance(data_item__collectioneditor_item__staticordering, (bool, str, int)) and not (isinstance(data_item__collectioneditor_item__staticordering, float) and data_item__collectioneditor_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("parse-names")
                                    data_item__collectioneditor_item__parsenames = data_item__collectioneditor_item["parse-names"]
                                    if not isinstance(data_item__collectioneditor_item__parsenames, (bool, str, int)) and not (isinstance(data_item__collectioneditor_item__parsenames, float) and data_item__collectioneditor_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__collectioneditor_item_keys:
                                    data_item__collectioneditor_item_keys.remove("isInstitution")
                                    data_item__collectioneditor_item__isInstitution = data_item__collectioneditor_item["isInstitution"]
                                    if not isinstance(data_item__collectioneditor_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__collectioneditor_item__isInstitution, float) and data_item__collectioneditor_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__collectioneditor_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-editor[{data_item__collectioneditor_x}]".format(**locals()) + " must not contain "+str(data_item__collectioneditor_item_keys)+" properties")
                if "compiler" in data_item_keys:
                    data_item_keys.remove("compiler")
                    data_item__compiler = data_item["compiler"]
                    if not isinstance(data_item__compiler, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler".format(**locals()) + " must be array")
                    data_item__compiler_is_list = isinstance(data_item__compiler, (list, tuple))
                    if data_item__compiler_is_list:
                        data_item__compiler_len = len(data_item__compiler)
                        for data_item__compiler_x, data_item__compiler_item in enumerate(data_item__compiler):
                            if not isinstance(data_item__compiler_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}]".format(**locals()) + " must be object")
                            data_item__compiler_item_any_of_count5 = 0
                            if not data_item__compiler_item_any_of_count5:
                                try:
                                    data_item__compiler_item_is_dict = isinstance(data_item__compiler_item, dict)
                                    if data_item__compiler_item_is_dict:
                                        data_item__compiler_item__missing_keys = set(['family']) - data_item__compiler_item.keys()
                                        if data_item__compiler_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}]".format(**locals()) + " must contain ")
                                    data_item__compiler_item_any_of_count5 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__compiler_item_any_of_count5:
                                try:
                                    data_item__compiler_item_is_dict = isinstance(data_item__compiler_item, dict)
                                    if data_item__compiler_item_is_dict:
                                        data_item__compiler_item__missing_keys = set(['literal']) - data_item__compiler_item.keys()
                                        if data_item__compiler_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}]".format(**locals()) + " must contain ")
                                    data_item__compiler_item_any_of_count5 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__compiler_item_any_of_count5:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__compiler_item_is_dict = isinstance(data_item__compiler_item, dict)
                            if data_item__compiler_item_is_dict:
                                data_item__compiler_item_keys = set(data_item__compiler_item.keys())
                                if "family" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("family")
                                    data_item__compiler_item__family = data_item__compiler_item["family"]
                                    if not isinstance(data_item__compiler_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__compiler_item__family, str):
                                        data_item__compiler_item__family_len = len(data_item__compiler_item__family)
                                        if data_item__compiler_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("given")
                                    data_item__compiler_item__given = data_item__compiler_item["given"]
                                    if not isinstance(data_item__compiler_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("literal")
                                    data_item__compiler_item__literal = data_item__compiler_item["literal"]
                                    if not isinstance(data_item__compiler_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__compiler_item__literal, str):
                                        data_item__compiler_item__literal_len = len(data_item__compiler_item__literal)
                                        if data_item__compiler_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("non-dropping-particle")
                                    data_item__compiler_item__nondroppingparticle = data_item__compiler_item["non-dropping-particle"]
                                    if not isinstance(data_item__compiler_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("dropping-particle")
                                    data_item__compiler_item__droppingparticle = data_item__compiler_item["dropping-particle"]
                                    if not isinstance(data_item__compiler_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("suffix")
                                    data_item__compiler_item__suffix = data_item__compiler_item["suffix"]
                                    if not isinstance(data_item__compiler_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("comma-suffix")
                                    data_item__compiler_item__commasuffix = data_item__compiler_item["comma-suffix"]
                                    if not isinstance(data_item__compiler_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__compiler_item__commasuffix, float) and data_item__compiler_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("static-ordering")
                                    data_item__compiler_item__staticordering = data_item__compiler_item["static-ordering"]
                                    if not isinstance(data_item__compiler_item__staticordering, (bool, str, int)) and not (isinstance(data_item__compiler_item__staticordering, float) and data_item__compiler_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("parse-names")
                                    data_item__compiler_item__parsenames = data_item__compiler_item["parse-names"]
                                    if not isinstance(data_item__compiler_item__parsenames, (bool, str, int)) and not (isinstance(data_item__compiler_item__parsenames, float) and data_item__compiler_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__compiler_item_keys:
                                    data_item__compiler_item_keys.remove("isInstitution")
                                    data_item__compiler_item__isInstitution = data_item__compiler_item["isInstitution"]
                                    if not isinstance(data_item__compiler_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__compiler_item__isInstitution, float) and data_item__compiler_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__compiler_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].compiler[{data_item__compiler_x}]".format(**locals()) + " must not contain "+str(data_item__compiler_item_keys)+" properties")
                if "composer" in data_item_keys:
                    data_item_keys.remove("composer")
                    data_item__composer = data_item["composer"]
                    if not isinstance(data_item__composer, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer".format(**locals()) + " must be array")
                    data_item__composer_is_list = isinstance(data_item__composer, (list, tuple))
                    if data_item__composer_is_list:
                        data_item__composer_len = len(data_item__composer)
                        for data_item__composer_x, data_item__composer_item in enumerate(data_item__composer):
                            if not isinstance(data_item__composer_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}]".format(**locals()) + " must be object")
                            data_item__composer_item_any_of_count6 = 0
                            if not data_item__composer_item_any_of_count6:
                                try:
                                    data_item__composer_item_is_dict = isinstance(data_item__composer_item, dict)
                                    if data_item__composer_item_is_dict:
                                        data_item__composer_item__missing_keys = set(['family']) - data_item__composer_item.keys()
                                        if data_item__composer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}]".format(**locals()) + " must contain ")
                                    data_item__composer_item_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__composer_item_any_of_count6:
                                try:
                                    data_item__composer_item_is_dict = isinstance(data_item__composer_item, dict)
                                    if data_item__composer_item_is_dict:
                                        data_item__composer_item__missing_keys = set(['literal']) - data_item__composer_item.keys()
                                        if data_item__composer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}]".format(**locals()) + " must contain ")
                                    data_item__composer_item_any_of_count6 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__composer_item_any_of_count6:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__composer_item_is_dict = isinstance(data_item__composer_item, dict)
                            if data_item__composer_item_is_dict:
                                data_item__composer_item_keys = set(data_item__composer_item.keys())
                                if "family" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("family")
                                    data_item__composer_item__family = data_item__composer_item["family"]
                                    if not isinstance(data_item__composer_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__composer_item__family, str):
                                        data_item__composer_item__family_len = len(data_item__composer_item__family)
                                        if data_item__composer_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("given")
                                    data_item__composer_item__given = data_item__composer_item["given"]
                                    if not isinstance(data_item__composer_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("literal")
                                    data_item__composer_item__literal = data_item__composer_item["literal"]
                                    if not isinstance(data_item__composer_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__composer_item__literal, str):
                                        data_item__composer_item__literal_len = len(data_item__composer_item__literal)
                                        if data_item__composer_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("non-dropping-particle")
                                    data_item__composer_item__nondroppingparticle = data_item__composer_item["non-dropping-particle"]
                                    if not isinstance(data_item__composer_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("dropping-particle")
                                    data_item__composer_item__droppingparticle = data_item__composer_item["dropping-particle"]
                                    if not isinstance(data_item__composer_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("suffix")
                                    data_item__composer_item__suffix = data_item__composer_item["suffix"]
                                    if not isinstance(data_item__composer_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("comma-suffix")
                                    data_item__composer_item__commasuffix = data_item__composer_item["comma-suffix"]
                                    if not isinstance(data_item__composer_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__composer_item__commasuffix, float) and data_item__composer_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("static-ordering")
                                    data_item__composer_item__staticordering = data_item__composer_item["static-ordering"]
                                    if not isinstance(data_item__composer_item__staticordering, (bool, str, int)) and not (isinstance(data_item__composer_item__staticordering, float) and data_item__composer_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("parse-names")
                                    data_item__composer_item__parsenames = data_item__composer_item["parse-names"]
                                    if not isinstance(data_item__composer_item__parsenames, (bool, str, int)) and not (isinstance(data_item__composer_item__parsenames, float) and data_item__composer_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__composer_item_keys:
                                    data_item__composer_item_keys.remove("isInstitution")
                                    data_item__composer_item__isInstitution = data_item__composer_item["isInstitution"]
                                    if not isinstance(data_item__composer_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__composer_item__isInstitution, float) and data_item__composer_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__composer_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].composer[{data_item__composer_x}]".format(**locals()) + " must not contain "+str(data_item__composer_item_keys)+" properties")
                if "container-author" in data_item_keys:
                    data_item_keys.remove("container-author")
                    data_item__containerauthor = data_item["container-author"]
                    if not isinstance(data_item__containerauthor, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author".format(**locals()) + " must be array")
                    data_item__containerauthor_is_list = isinstance(data_item__containerauthor, (list, tuple))
                    if data_item__containerauthor_is_list:
                        data_item__containerauthor_len = len(data_item__containerauthor)
                        for data_item__containerauthor_x, data_item__containerauthor_item in enumerate(data_item__containerauthor):
                            if not isinstance(data_item__containerauthor_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}]".format(**locals()) + " must be object")
                            data_item__containerauthor_item_any_of_count7 = 0
                            if not data_item__containerauthor_item_any_of_count7:
                                try:
                                    data_item__containerauthor_item_is_dict = isinstance(data_item__containerauthor_item, dict)
                                    if data_item__containerauthor_item_is_dict:
                                        data_item__containerauthor_item__missing_keys = set(['family']) - data_item__containerauthor_item.keys()
                                        if data_item__containerauthor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}]".format(**locals()) + " must contain ")
                                    data_item__containerauthor_item_any_of_count7 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__containerauthor_item_any_of_count7:
                                try:
                                    data_item__containerauthor_item_is_dict = isinstance(data_item__containerauthor_item, dict)
                                    if data_item__containerauthor_item_is_dict:
                                        data_item__containerauthor_item__missing_keys = set(['literal']) - data_item__containerauthor_item.keys()
                                        if data_item__containerauthor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}]".format(**locals()) + " must contain ")
                                    data_item__containerauthor_item_any_of_count7 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__containerauthor_item_any_of_count7:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__containerauthor_item_is_dict = isinstance(data_item__containerauthor_item, dict)
                            if data_item__containerauthor_item_is_dict:
                                data_item__containerauthor_item_keys = set(data_item__containerauthor_item.keys())
                                if "family" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("family")
                                    data_item__containerauthor_item__family = data_item__containerauthor_item["family"]
                                    if not isinstance(data_item__containerauthor_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__containerauthor_item__family, str):
                                        data_item__containerauthor_item__family_len = len(data_item__containerauthor_item__family)
                                        if data_item__containerauthor_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("given")
                                    data_item__containerauthor_item__given = data_item__containerauthor_item["given"]
                                    if not isinstance(data_item__containerauthor_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("literal")
                                    data_item__containerauthor_item__literal = data_item__containerauthor_item["literal"]
                                    if not isinstance(data_item__containerauthor_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__containerauthor_item__literal, str):
                                        data_item__containerauthor_item__literal_len = len(data_item__containerauthor_item__literal)
                                        if data_item__containerauthor_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("non-dropping-particle")
                                    data_item__containerauthor_item__nondroppingparticle = data_item__containerauthor_item["non-dropping-particle"]
                                    if not isinstance(data_item__containerauthor_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("dropping-particle")
                                    data_item__containerauthor_item__droppingparticle = data_item__containerauthor_item["dropping-particle"]
                                    if not isinstance(data_item__containerauthor_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("suffix")
                                    data_item__containerauthor_item__suffix = data_item__containerauthor_item["suffix"]
                                    if not isinstance(data_item__containerauthor_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("comma-suffix")
                                    data_item__containerauthor_item__commasuffix = data_item__containerauthor_item["comma-suffix"]
                                    if not isinstance(data_item__containerauthor_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__containerauthor_item__commasuffix, float) and data_item__containerauthor_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("static-ordering")
                                    data_item__containerauthor_item__staticordering = data_item__containerauthor_item["static-ordering"]
                                    if not isinstance(data_item__containerauthor_item__staticordering, (bool, str, int)) and not (isinstance(data_item__containerauthor_item__staticordering, float) and data_item__containerauthor_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("parse-names")
                                    data_item__containerauthor_item__parsenames = data_item__containerauthor_item["parse-names"]
                                    if not isinstance(data_item__containerauthor_item__parsenames, (bool, str, int)) and not (isinstance(data_item__containerauthor_item__parsenames, float) and data_item__containerauthor_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__containerauthor_item_keys:
                                    data_item__containerauthor_item_keys.remove("isInstitution")
                                    data_item__containerauthor_item__isInstitution = data_item__containerauthor_item["isInstitution"]
                                    if not isinstance(data_item__containerauthor_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__containerauthor_item__isInstitution, float) and data_item__containerauthor_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__containerauthor_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].container-author[{data_item__containerauthor_x}]".format(**locals()) + " must not contain "+str(data_item__containerauthor_item_keys)+" properties")
                if "contributor" in data_item_keys:
                    data_item_keys.remove("contributor")
                    data_item__contributor = data_item["contributor"]
                    if not isinstance(data_item__contributor, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor".format(**locals()) + " must be array")
                    data_item__contributor_is_list = isinstance(data_item__contributor, (list, tuple))
                    if data_item__contributor_is_list:
                        data_item__contributor_len = len(data_item__contributor)
                        for data_item__contributor_x, data_item__contributor_item in enumerate(data_item__contributor):
                            if not isinstance(data_item__contributor_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}]".format(**locals()) + " must be object")
                            data_item__contributor_item_any_of_count8 = 0
                            if not data_item__contributor_item_any_of_count8:
                                try:
                                    data_item__contributor_item_is_dict = isinstance(data_item__contributor_item, dict)
                                    if data_item__contributor_item_is_dict:
                                        data_item__contributor_item__missing_keys = set(['family']) - data_item__contributor_item.keys()
                                        if data_item__contributor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}]".format(**locals()) + " must contain ")
                                    data_item__contributor_item_any_of_count8 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__contributor_item_any_of_count8:
                                try:
                                    data_item__contributor_item_is_dict = isinstance(data_item__contributor_item, dict)
                                    if data_item__contributor_item_is_dict:
                                        data_item__contributor_item__missing_keys = set(['literal']) - data_item__contributor_item.keys()
                                        if data_item__contributor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}]".format(**locals()) + " must contain ")
                                    data_item__contributor_item_any_of_count8 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__contributor_item_any_of_count8:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__contributor_item_is_dict = isinstance(data_item__contributor_item, dict)
                            if data_item__contributor_item_is_dict:
                                data_item__contributor_item_keys = set(data_item__contributor_item.keys())
                                if "family" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("family")
                                    data_item__contributor_item__family = data_item__contributor_item["family"]
                                    if not isinstance(data_item__contributor_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__contributor_item__family, str):
                                        data_item__contributor_item__family_len = len(data_item__contributor_item__family)
                                        if data_item__contributor_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("given")
                                    data_item__contributor_item__given = data_item__contributor_item["given"]
                                    if not isinstance(data_item__contributor_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("literal")
                                    data_item__contributor_item__literal = data_item__contributor_item["literal"]
                                    if not isinstance(data_item__contributor_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__contributor_item__literal, str):
                                        data_item__contributor_item__literal_len = len(data_item__contributor_item__literal)
                                        if data_item__contributor_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("non-dropping-particle")
                                    data_item__contributor_item__nondroppingparticle = data_item__contributor_item["non-dropping-particle"]
                                    if not isinstance(data_item__contributor_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("dropping-particle")
                                    data_item__contributor_item__droppingparticle = data_item__contributor_item["dropping-particle"]
                                    if not isinstance(data_item__contributor_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("suffix")
                                    data_item__contributor_item__suffix = data_item__contributor_item["suffix"]
                                    if not isinstance(data_item__contributor_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("comma-suffix")
                                    data_item__contributor_item__commasuffix = data_item__contributor_item["comma-suffix"]
                                    if not isinstance(data_item__contributor_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__contributor_item__commasuffix, float) and data_item__contributor_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("static-ordering")
                                    data_item__contributor_item__staticordering = data_item__contributor_item["static-ordering"]
                                    if not isinstance(data_item__contributor_item__staticordering, (bool, str, int)) and not (isinstance(data_item__contributor_item__staticordering, float) and data_item__contributor_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("parse-names")
                                    data_item__contributor_item__parsenames = data_item__contributor_item["parse-names"]
                                    if not isinstance(data_item__contributor_item__parsenames, (bool, str, int)) and not (isinstance(data_item__contributor_item__parsenames, float) and data_item__contributor_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__contributor_item_keys:
                                    data_item__contributor_item_keys.remove("isInstitution")
                                    data_item__contributor_item__isInstitution = data_item__contributor_item["isInstitution"]
                                    if not isinstance(data_item__contributor_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__contributor_item__isInstitution, float) and data_item__contributor_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__contributor_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].contributor[{data_item__contributor_x}]".format(**locals()) + " must not contain "+str(data_item__contributor_item_keys)+" properties")
                if "curator" in data_item_keys:
                    data_item_keys.remove("curator")
                    data_item__curator = data_item["curator"]
                    if not isinstance(data_item__curator, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator".format(**locals()) + " must be array")
                    data_item__curator_is_list = isinstance(data_item__curator, (list, tuple))
                    if data_item__curator_is_list:
                        data_item__curator_len = len(data_item__curator)
                        for data_item__curator_x, data_item__curator_item in enumerate(data_item__curator):
                            if not isinstance(data_item__curator_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}]".format(**locals()) + " must be object")
                            data_item__curator_item_any_of_count9 = 0
                            if not data_item__curator_item_any_of_count9:
                                try:
                                    data_item__curator_item_is_dict = isinstance(data_item__curator_item, dict)
                                    if data_item__curator_item_is_dict:
                                        data_item__curator_item__missing_keys = set(['family']) - data_item__curator_item.keys()
                                        if data_item__curator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}]".format(**locals()) + " must contain ")
                                    data_item__curator_item_any_of_count9 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__curator_item_any_of_count9:
                                try:
                                    data_item__curator_item_is_dict = isinstance(data_item__curator_item, dict)
                                    if data_item__curator_item_is_dict:
                                        data_item__curator_item__missing_keys = set(['literal']) - data_item__curator_item.keys()
                                        if data_item__curator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}]".format(**locals()) + " must contain ")
                                    data_item__curator_item_any_of_count9 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__curator_item_any_of_count9:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__curator_item_is_dict = isinstance(data_item__curator_item, dict)
                            if data_item__curator_item_is_dict:
                                data_item__curator_item_keys = set(data_item__curator_item.keys())
                                if "family" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("family")
                                    data_item__curator_item__family = data_item__curator_item["family"]
                                    if not isinstance(data_item__curator_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__curator_item__family, str):
                                        data_item__curator_item__family_len = len(data_item__curator_item__family)
                                        if data_item__curator_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("given")
                                    data_item__curator_item__given = data_item__curator_item["given"]
                                    if not isinstance(data_item__curator_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("literal")
                                    data_item__curator_item__literal = data_item__curator_item["literal"]
                                    if not isinstance(data_item__curator_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__curator_item__literal, str):
                                        data_item__curator_item__literal_len = len(data_item__curator_item__literal)
                                        if data_item__curator_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("non-dropping-particle")
                                    data_item__curator_item__nondroppingparticle = data_item__curator_item["non-dropping-particle"]
                                    if not isinstance(data_item__curator_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("dropping-particle")
                                    data_item__curator_item__droppingparticle = data_item__curator_item["dropping-particle"]
                                    if not isinstance(data_item__curator_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("suffix")
                                    data_item__curator_item__suffix = data_item__curator_item["suffix"]
                                    if not isinstance(data_item__curator_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("comma-suffix")
                                    data_item__curator_item__commasuffix = data_item__curator_item["comma-suffix"]
                                    if not isinstance(data_item__curator_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__curator_item__commasuffix, float) and data_item__curator_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("static-ordering")
                                    data_item__curator_item__staticordering = data_item__curator_item["static-ordering"]
                                    if not isinstance(data_item__curator_item__staticordering, (bool, str, int)) and not (isinstance(data_item__curator_item__staticordering, float) and data_item__curator_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("parse-names")
                                    data_item__curator_item__parsenames = data_item__curator_item["parse-names"]
                                    if not isinstance(data_item__curator_item__parsenames, (bool, str, int)) and not (isinstance(data_item__curator_item__parsenames, float) and data_item__curator_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__curator_item_keys:
                                    data_item__curator_item_keys.remove("isInstitution")
                                    data_item__curator_item__isInstitution = data_item__curator_item["isInstitution"]
                                    if not isinstance(data_item__curator_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__curator_item__isInstitution, float) and data_item__curator_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__curator_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].curator[{data_item__curator_x}]".format(**locals()) + " must not contain "+str(data_item__curator_item_keys)+" properties")
                if "director" in data_item_keys:
                    data_item_keys.remove("director")
                    data_item__director = data_item["director"]
                    if not isinstance(data_item__director, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director".format(**locals()) + " must be array")
                    data_item__director_is_list = isinstance(data_item__director, (list, tuple))
                    if data_item__director_is_list:
                        data_item__director_len = len(data_item__director)
                        for data_item__director_x, data_item__director_item in enumerate(data_item__director):
                            if not isinstance(data_item__director_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}]".format(**locals()) + " must be object")
                            data_item__director_item_any_of_count10 = 0
                            if not data_item__director_item_any_of_count10:
                                try:
                                    data_item__director_item_is_dict = isinstance(data_item__director_item, dict)
                                    if data_item__director_item_is_dict:
                                        data_item__director_item__missing_keys = set(['family']) - data_item__director_item.keys()
                                        if data_item__director_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}]".format(**locals()) + " must contain ")
                                    data_item__director_item_any_of_count10 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__director_item_any_of_count10:
                                try:
                                    data_item__director_item_is_dict = isinstance(data_item__director_item, dict)
                                    if data_item__director_item_is_dict:
                                        data_item__director_item__missing_keys = set(['literal']) - data_item__director_item.keys()
                                        if data_item__director_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}]".format(**locals()) + " must contain ")
                                    data_item__director_item_any_of_count10 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__director_item_any_of_count10:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__director_item_is_dict = isinstance(data_item__director_item, dict)
                            if data_item__director_item_is_dict:
                                data_item__director_item_keys = set(data_item__director_item.keys())
                                if "family" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("family")
                                    data_item__director_item__family = data_item__director_item["family"]
                                    if not isinstance(data_item__director_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__director_item__family, str):
                                        data_item__director_item__family_len = len(data_item__director_item__family)
                                        if data_item__director_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("given")
                                    data_item__director_item__given = data_item__director_item["given"]
                                    if not isinstance(data_item__director_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("literal")
                                    data_item__director_item__literal = data_item__director_item["literal"]
                                    if not isinstance(data_item__director_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__director_item__literal, str):
                                        data_item__director_item__literal_len = len(data_item__director_item__literal)
                                        if data_item__director_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("non-dropping-particle")
                                    data_item__director_item__nondroppingparticle = data_item__director_item["non-dropping-particle"]
                                    if not isinstance(data_item__director_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("dropping-particle")
                                    data_item__director_item__droppingparticle = data_item__director_item["dropping-particle"]
                                    if not isinstance(data_item__director_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("suffix")
                                    data_item__director_item__suffix = data_item__director_item["suffix"]
                                    if not isinstance(data_item__director_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("comma-suffix")
                                    data_item__director_item__commasuffix = data_item__director_item["comma-suffix"]
                                    if not isinstance(data_item__director_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__director_item__commasuffix, float) and data_item__director_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("static-ordering")
                                    data_item__director_item__staticordering = data_item__director_item["static-ordering"]
                                    if not isinstance(data_item__director_item__staticordering, (bool, str, int)) and not (isinstance(data_item__director_item__staticordering, float) and data_item__director_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("parse-names")
                                    data_item__director_item__parsenames = data_item__director_item["parse-names"]
                                    if not isinstance(data_item__director_item__parsenames, (bool, str, int)) and not (isinstance(data_item__director_item__parsenames, float) and data_item__director_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__director_item_keys:
                                    data_item__director_item_keys.remove("isInstitution")
                                    data_item__director_item__isInstitution = data_item__director_item["isInstitution"]
                                    if not isinstance(data_item__director_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__director_item__isInstitution, float) and data_item__director_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__director_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].director[{data_item__director_x}]".format(**locals()) + " must not contain "+str(data_item__director_item_keys)+" properties")
                if "editorial-director" in data_item_keys:
                    data_item_keys.remove("editorial-director")
                    data_item__editorialdirector = data_item["editorial-director"]
                    if not isinstance(data_item__editorialdirector, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director".format(**locals()) + " must be array")
                    data_item__editorialdirector_is_list = isinstance(data_item__editorialdirector, (list, tuple))
                    if data_item__editorialdirector_is_list:
                        data_item__editorialdirector_len = len(data_item__editorialdirector)
                        for data_item__editorialdirector_x, data_item__editorialdirector_item in enumerate(data_item__editorialdirector):
                            if not isinstance(data_item__editorialdirector_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}]".format(**locals()) + " must be object")
                            data_item__editorialdirector_item_any_of_count11 = 0
                            if not data_item__editorialdirector_item_any_of_count11:
                                try:
                                    data_item__editorialdirector_item_is_dict = isinstance(data_item__editorialdirector_item, dict)
                                    if data_item__editorialdirector_item_is_dict:
                                        data_item__editorialdirector_item__missing_keys = set(['family']) - data_item__editorialdirector_item.keys()
                                        if data_item__editorialdirector_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}]".format(**locals()) + " must contain ")
                                    data_item__editorialdirector_item_any_of_count11 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__editorialdirector_item_any_of_count11:
                                try:
                                    data_item__editorialdirector_item_is_dict = isinstance(data_item__editorialdirector_item, dict)
                                    if data_item__editorialdirector_item_is_dict:
                                        data_item__editorialdirector_item__missing_keys = set(['literal']) - data_item__editorialdirector_item.keys()
                                        if data_item__editorialdirector_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}]".format(**locals()) + " must contain ")
                                    data_item__editorialdirector_item_any_of_count11 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__editorialdirector_item_any_of_count11:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__editorialdirector_item_is_dict = isinstance(data_item__editorialdirector_item, dict)
                            if data_item__editorialdirector_item_is_dict:
                                data_item__editorialdirector_item_keys = set(data_item__editorialdirector_item.keys())
                                if "family" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("family")
                                    data_item__editorialdirector_item__family = data_item__editorialdirector_item["family"]
                                    if not isinstance(data_item__editorialdirector_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__editorialdirector_item__family, str):
                                        data_item__editorialdirector_item__family_len = len(data_item__editorialdirector_item__family)
                                        if data_item__editorialdirector_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("given")
                                    data_item__editorialdirector_item__given = data_item__editorialdirector_item["given"]
                                    if not isinstance(data_item__editorialdirector_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("literal")
                                    data_item__editorialdirector_item__literal = data_item__editorialdirector_item["literal"]
                                    if not isinstance(data_item__editorialdirector_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__editorialdirector_item__literal, str):
                                        data_item__editorialdirector_item__literal_len = len(data_item__editorialdirector_item__literal)
                                        if data_item__editorialdirector_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("non-dropping-particle")
                                    data_item__editorialdirector_item__nondroppingparticle = data_item__editorialdirector_item["non-dropping-particle"]
                                    if not isinstance(data_item__editorialdirector_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("dropping-particle")
                                    data_item__editorialdirector_item__droppingparticle = data_item__editorialdirector_item["dropping-particle"]
                                    if not isinstance(data_item__editorialdirector_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("suffix")
                                    data_item__editorialdirector_item__suffix = data_item__editorialdirector_item["suffix"]
                                    if not isinstance(data_item__editorialdirector_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("comma-suffix")
                                    data_item__editorialdirector_item__commasuffix = data_item__editorialdirector_item["comma-suffix"]
                                    if not isinstance(data_item__editorialdirector_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__editorialdirector_item__commasuffix, float) and data_item__editorialdirector_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("static-ordering")
                                    data_item__editorialdirector_item__staticordering = data_item__editorialdirector_item["static-ordering"]
                                    if not isinstance(data_item__editorialdirector_item__staticordering, (bool, str, int)) and not (isinstance(data_item__editorialdirector_item__staticordering, float) and data_item__editorialdirector_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("parse-names")
                                    data_item__editorialdirector_item__parsenames = data_item__editorialdirector_item["parse-names"]
                                    if not isinstance(data_item__editorialdirector_item__parsenames, (bool, str, int)) and not (isinstance(data_item__editorialdirector_item__parsenames, float) and data_item__editorialdirector_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__editorialdirector_item_keys:
                                    data_item__editorialdirector_item_keys.remove("isInstitution")
                                    data_item__editorialdirector_item__isInstitution = data_item__editorialdirector_item["isInstitution"]
                                    if not isinstance(data_item__editorialdirector_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__editorialdirector_item__isInstitution, float) and data_item__editorialdirector_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__editorialdirector_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].editorial-director[{data_item__editorialdirector_x}]".format(**locals()) + " must not contain "+str(data_item__editorialdirector_item_keys)+" properties")
                if "executive-producer" in data_item_keys:
                    data_item_keys.remove("executive-producer")
                    data_item__executiveproducer = data_item["executive-producer"]
                    if not isinstance(data_item__executiveproducer, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer".format(**locals()) + " must be array")
                    data_item__executiveproducer_is_list = isinstance(data_item__executiveproducer, (list, tuple))
                    if data_item__executiveproducer_is_list:
                        data_item__executiveproducer_len = len(data_item__executiveproducer)
                        for data_item__executiveproducer_x, data_item__executiveproducer_item in enumerate(data_item__executiveproducer):
                            if not isinstance(data_item__executiveproducer_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}]".format(**locals()) + " must be object")
                            data_item__executiveproducer_item_any_of_count12 = 0
                            if not data_item__executiveproducer_item_any_of_count12:
                                try:
                                    data_item__executiveproducer_item_is_dict = isinstance(data_item__executiveproducer_item, dict)
                                    if data_item__executiveproducer_item_is_dict:
                                        data_item__executiveproducer_item__missing_keys = set(['family']) - data_item__executiveproducer_item.keys()
                                        if data_item__executiveproducer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}]".format(**locals()) + " must contain ")
                                    data_item__executiveproducer_item_any_of_count12 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__executiveproducer_item_any_of_count12:
                                try:
                                    data_item__executiveproducer_item_is_dict = isinstance(data_item__executiveproducer_item, dict)
                                    if data_item__executiveproducer_item_is_dict:
                                        data_item__executiveproducer_item__missing_keys = set(['literal']) - data_item__executiveproducer_item.keys()
                                        if data_item__executiveproducer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}]".format(**locals()) + " must contain ")
                                    data_item__executiveproducer_item_any_of_count12 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__executiveproducer_item_any_of_count12:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__executiveproducer_item_is_dict = isinstance(data_item__executiveproducer_item, dict)
                            if data_item__executiveproducer_item_is_dict:
                                data_item__executiveproducer_item_keys = set(data_item__executiveproducer_item.keys())
                                if "family" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("family")
                                    data_item__executiveproducer_item__family = data_item__executiveproducer_item["family"]
                                    if not isinstance(data_item__executiveproducer_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__executiveproducer_item__family, str):
                                        data_item__executiveproducer_item__family_len = len(data_item__executiveproducer_item__family)
                                        if data_item__executiveproducer_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("given")
                                    data_item__executiveproducer_item__given = data_item__executiveproducer_item["given"]
                                    if not isinstance(data_item__executiveproducer_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("literal")
                                    data_item__executiveproducer_item__literal = data_item__executiveproducer_item["literal"]
                                    if not isinstance(data_item__executiveproducer_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__executiveproducer_item__literal, str):
                                        data_item__executiveproducer_item__literal_len = len(data_item__executiveproducer_item__literal)
                                        if data_item__executiveproducer_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("non-dropping-particle")
                                    data_item__executiveproducer_item__nondroppingparticle = data_item__executiveproducer_item["non-dropping-particle"]
                                    if not isinstance(data_item__executiveproducer_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("dropping-particle")
                                    data_item__executiveproducer_item__droppingparticle = data_item__executiveproducer_item["dropping-particle"]
                                    if not isinstance(data_item__executiveproducer_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("suffix")
                                    data_item__executiveproducer_item__suffix = data_item__executiveproducer_item["suffix"]
                                    if not isinstance(data_item__executiveproducer_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("comma-suffix")
                                    data_item__executiveproducer_item__commasuffix = data_item__executiveproducer_item["comma-suffix"]
                                    if not isinstance(data_item__executiveproducer_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__executiveproducer_item__commasuffix, float) and data_item__executiveproducer_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("static-ordering")
                                    data_item__executiveproducer_item__staticordering = data_item__executiveproducer_item["static-ordering"]
                                    if not isinstance(data_item__executiveproducer_item__staticordering, (bool, str, int)) and not (isinstance(data_item__executiveproducer_item__staticordering, float) and data_item__executiveproducer_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("parse-names")
                                    data_item__executiveproducer_item__parsenames = data_item__executiveproducer_item["parse-names"]
                                    if not isinstance(data_item__executiveproducer_item__parsenames, (bool, str, int)) and not (isinstance(data_item__executiveproducer_item__parsenames, float) and data_item__executiveproducer_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__executiveproducer_item_keys:
                                    data_item__executiveproducer_item_keys.remove("isInstitution")
                                    data_item__executiveproducer_item__isInstitution = data_item__executiveproducer_item["isInstitution"]
                                    if not isinstance(data_item__executiveproducer_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__executiveproducer_item__isInstitution, float) and data_item__executiveproducer_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__executiveproducer_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].executive-producer[{data_item__executiveproducer_x}]".format(**locals()) + " must not contain "+str(data_item__executiveproducer_item_keys)+" properties")
                if "guest" in data_item_keys:
                    data_item_keys.remove("guest")
                    data_item__guest = data_item["guest"]
                    if not isinstance(data_item__guest, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest".format(**locals()) + " must be array")
                    data_item__guest_is_list = isinstance(data_item__guest, (list, tuple))
                    if data_item__guest_is_list:
                        data_item__guest_len = len(data_item__guest)
                        for data_item__guest_x, data_item__guest_item in enumerate(data_item__guest):
                            if not isinstance(data_item__guest_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}]".format(**locals()) + " must be object")
                            data_item__guest_item_any_of_count13 = 0
                            if not data_item__guest_item_any_of_count13:
                                try:
                                    data_item__guest_item_is_dict = isinstance(data_item__guest_item, dict)
                                    if data_item__guest_item_is_dict:
                                        data_item__guest_item__missing_keys = set(['family']) - data_item__guest_item.keys()
                                        if data_item__guest_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}]".format(**locals()) + " must contain ")
                                    data_item__guest_item_any_of_count13 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__guest_item_any_of_count13:
                                try:
                                    data_item__guest_item_is_dict = isinstance(data_item__guest_item, dict)
                                    if data_item__guest_item_is_dict:
                                        data_item__guest_item__missing_keys = set(['literal']) - data_item__guest_item.keys()
                                        if data_item__guest_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}]".format(**locals()) + " must contain ")
                                    data_item__guest_item_any_of_count13 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__guest_item_any_of_count13:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__guest_item_is_dict = isinstance(data_item__guest_item, dict)
                            if data_item__guest_item_is_dict:
                                data_item__guest_item_keys = set(data_item__guest_item.keys())
                                if "family" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("family")
                                    data_item__guest_item__family = data_item__guest_item["family"]
                                    if not isinstance(data_item__guest_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__guest_item__family, str):
                                        data_item__guest_item__family_len = len(data_item__guest_item__family)
                                        if data_item__guest_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("given")
                                    data_item__guest_item__given = data_item__guest_item["given"]
                                    if not isinstance(data_item__guest_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("literal")
                                    data_item__guest_item__literal = data_item__guest_item["literal"]
                                    if not isinstance(data_item__guest_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__guest_item__literal, str):
                                        data_item__guest_item__literal_len = len(data_item__guest_item__literal)
                                        if data_item__guest_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("non-dropping-particle")
                                    data_item__guest_item__nondroppingparticle = data_item__guest_item["non-dropping-particle"]
                                    if not isinstance(data_item__guest_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("dropping-particle")
                                    data_item__guest_item__droppingparticle = data_item__guest_item["dropping-particle"]
                                    if not isinstance(data_item__guest_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("suffix")
                                    data_item__guest_item__suffix = data_item__guest_item["suffix"]
                                    if not isinstance(data_item__guest_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("comma-suffix")
                                    data_item__guest_item__commasuffix = data_item__guest_item["comma-suffix"]
                                    if not isinstance(data_item__guest_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__guest_item__commasuffix, float) and data_item__guest_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("static-ordering")
                                    data_item__guest_item__staticordering = data_item__guest_item["static-ordering"]
                                    if not isinstance(data_item__guest_item__staticordering, (bool, str, int)) and not (isinstance(data_item__guest_item__staticordering, float) and data_item__guest_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("parse-names")
                                    data_item__guest_item__parsenames = data_item__guest_item["parse-names"]
                                    if not isinstance(data_item__guest_item__parsenames, (bool, str, int)) and not (isinstance(data_item__guest_item__parsenames, float) and data_item__guest_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__guest_item_keys:
                                    data_item__guest_item_keys.remove("isInstitution")
                                    data_item__guest_item__isInstitution = data_item__guest_item["isInstitution"]
                                    if not isinstance(data_item__guest_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__guest_item__isInstitution, float) and data_item__guest_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__guest_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].guest[{data_item__guest_x}]".format(**locals()) + " must not contain "+str(data_item__guest_item_keys)+" properties")
                if "host" in data_item_keys:
                    data_item_keys.remove("host")
                    data_item__host = data_item["host"]
                    if not isinstance(data_item__host, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host".format(**locals()) + " must be array")
                    data_item__host_is_list = isinstance(data_item__host, (list, tuple))
                    if data_item__host_is_list:
                        data_item__host_len = len(data_item__host)
                        for data_item__host_x, data_item__host_item in enumerate(data_item__host):
                            if not isinstance(data_item__host_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}]".format(**locals()) + " must be object")
                            data_item__host_item_any_of_count14 = 0
                            if not data_item__host_item_any_of_count14:
                                try:
                                    data_item__host_item_is_dict = isinstance(data_item__host_item, dict)
                                    if data_item__host_item_is_dict:
                                        data_item__host_item__missing_keys = set(['family']) - data_item__host_item.keys()
                                        if data_item__host_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}]".format(**locals()) + " must contain ")
                                    data_item__host_item_any_of_count14 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__host_item_any_of_count14:
                                try:
                                    data_item__host_item_is_dict = isinstance(data_item__host_item, dict)
                                    if data_item__host_item_is_dict:
                                        data_item__host_item__missing_keys = set(['literal']) - data_item__host_item.keys()
                                        if data_item__host_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}]".format(**locals()) + " must contain ")
                                    data_item__host_item_any_of_count14 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__host_item_any_of_count14:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__host_item_is_dict = isinstance(data_item__host_item, dict)
                            if data_item__host_item_is_dict:
                                data_item__host_item_keys = set(data_item__host_item.keys())
                                if "family" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("family")
                                    data_item__host_item__family = data_item__host_item["family"]
                                    if not isinstance(data_item__host_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__host_item__family, str):
                                        data_item__host_item__family_len = len(data_item__host_item__family)
                                        if data_item__host_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("given")
                                    data_item__host_item__given = data_item__host_item["given"]
                                    if not isinstance(data_item__host_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("literal")
                                    data_item__host_item__literal = data_item__host_item["literal"]
                                    if not isinstance(data_item__host_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__host_item__literal, str):
                                        data_item__host_item__literal_len = len(data_item__host_item__literal)
                                        if data_item__host_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("non-dropping-particle")
                                    data_item__host_item__nondroppingparticle = data_item__host_item["non-dropping-particle"]
                                    if not isinstance(data_item__host_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("dropping-particle")
                                    data_item__host_item__droppingparticle = data_item__host_item["dropping-particle"]
                                    if not isinstance(data_item__host_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("suffix")
                                    data_item__host_item__suffix = data_item__host_item["suffix"]
                                    if not isinstance(data_item__host_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("comma-suffix")
                                    data_item__host_item__commasuffix = data_item__host_item["comma-suffix"]
                                    if not isinstance(data_item__host_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__host_item__commasuffix, float) and data_item__host_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("static-ordering")
                                    data_item__host_item__staticordering = data_item__host_item["static-ordering"]
                                    if not isinstance(data_item__host_item__staticordering, (bool, str, int)) and not (isinstance(data_item__host_item__staticordering, float) and data_item__host_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("parse-names")
                                    data_item__host_item__parsenames = data_item__host_item["parse-names"]
                                    if not isinstance(data_item__host_item__parsenames, (bool, str, int)) and not (isinstance(data_item__host_item__parsenames, float) and data_item__host_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__host_item_keys:
                                    data_item__host_item_keys.remove("isInstitution")
                                    data_item__host_item__isInstitution = data_item__host_item["isInstitution"]
                                    if not isinstance(data_item__host_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__host_item__isInstitution, float) and data_item__host_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__host_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].host[{data_item__host_x}]".format(**locals()) + " must not contain "+str(data_item__host_item_keys)+" properties")
                if "illustrator" in data_item_keys:
                    data_item_keys.remove("illustrator")
                    data_item__illustrator = data_item["illustrator"]
                    if not isinstance(data_item__illustrator, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator".format(**locals()) + " must be array")
                    data_item__illustrator_is_list = isinstance(data_item__illustrator, (list, tuple))
                    if data_item__illustrator_is_list:
                        data_item__illustrator_len = len(data_item__illustrator)
                        for data_item__illustrator_x, data_item__illustrator_item in enumerate(data_item__illustrator):
                            if not isinstance(data_item__illustrator_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}]".format(**locals()) + " must be object")
                            data_item__illustrator_item_any_of_count15 = 0
                            if not data_item__illustrator_item_any_of_count15:
                                try:
                                    data_item__illustrator_item_is_dict = isinstance(data_item__illustrator_item, dict)
                                    if data_item__illustrator_item_is_dict:
                                        data_item__illustrator_item__missing_keys = set(['family']) - data_item__illustrator_item.keys()
                                        if data_item__illustrator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}]".format(**locals()) + " must contain ")
                                    data_item__illustrator_item_any_of_count15 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__illustrator_item_any_of_count15:
                                try:
                                    data_item__illustrator_item_is_dict = isinstance(data_item__illustrator_item, dict)
                                    if data_item__illustrator_item_is_dict:
                                        data_item__illustrator_item__missing_keys = set(['literal']) - data_item__illustrator_item.keys()
                                        if data_item__illustrator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}]".format(**locals()) + " must contain ")
                                    data_item__illustrator_item_any_of_count15 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__illustrator_item_any_of_count15:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__illustrator_item_is_dict = isinstance(data_item__illustrator_item, dict)
                            if data_item__illustrator_item_is_dict:
                                data_item__illustrator_item_keys = set(data_item__illustrator_item.keys())
                                if "family" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("family")
                                    data_item__illustrator_item__family = data_item__illustrator_item["family"]
                                    if not isinstance(data_item__illustrator_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__illustrator_item__family, str):
                                        data_item__illustrator_item__family_len = len(data_item__illustrator_item__family)
                                        if data_item__illustrator_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("given")
                                    data_item__illustrator_item__given = data_item__illustrator_item["given"]
                                    if not isinstance(data_item__illustrator_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("literal")
                                    data_item__illustrator_item__literal = data_item__illustrator_item["literal"]
                                    if not isinstance(data_item__illustrator_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__illustrator_item__literal, str):
                                        data_item__illustrator_item__literal_len = len(data_item__illustrator_item__literal)
                                        if data_item__illustrator_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("non-dropping-particle")
                                    data_item__illustrator_item__nondroppingparticle = data_item__illustrator_item["non-dropping-particle"]
                                    if not isinstance(data_item__illustrator_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("dropping-particle")
                                    data_item__illustrator_item__droppingparticle = data_item__illustrator_item["dropping-particle"]
                                    if not isinstance(data_item__illustrator_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("suffix")
                                    data_item__illustrator_item__suffix = data_item__illustrator_item["suffix"]
                                    if not isinstance(data_item__illustrator_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("comma-suffix")
                                    data_item__illustrator_item__commasuffix = data_item__illustrator_item["comma-suffix"]
                                    if not isinstance(data_item__illustrator_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__illustrator_item__commasuffix, float) and data_item__illustrator_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("static-ordering")
                                    data_item__illustrator_item__staticordering = data_item__illustrator_item["static-ordering"]
                                    if not isinstance(data_item__illustrator_item__staticordering, (bool, str, int)) and not (isinstance(data_item__illustrator_item__staticordering, float) and data_item__illustrator_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("parse-names")
                                    data_item__illustrator_item__parsenames = data_item__illustrator_item["parse-names"]
                                    if not isinstance(data_item__illustrator_item__parsenames, (bool, str, int)) and not (isinstance(data_item__illustrator_item__parsenames, float) and data_item__illustrator_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__illustrator_item_keys:
                                    data_item__illustrator_item_keys.remove("isInstitution")
                                    data_item__illustrator_item__isInstitution = data_item__illustrator_item["isInstitution"]
                                    if not isinstance(data_item__illustrator_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__illustrator_item__isInstitution, float) and data_item__illustrator_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__illustrator_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].illustrator[{data_item__illustrator_x}]".format(**locals()) + " must not contain "+str(data_item__illustrator_item_keys)+" properties")
                if "interviewer" in data_item_keys:
                    data_item_keys.remove("interviewer")
                    data_item__interviewer = data_item["interviewer"]
                    if not isinstance(data_item__interviewer, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer".format(**locals()) + " must be array")
                    data_item__interviewer_is_list = isinstance(data_item__interviewer, (list, tuple))
                    if data_item__interviewer_is_list:
                        data_item__interviewer_len = len(data_item__interviewer)
                        for data_item__interviewer_x, data_item__interviewer_item in enumerate(data_item__interviewer):
                            if not isinstance(data_item__interviewer_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}]".format(**locals()) + " must be object")
                            data_item__interviewer_item_any_of_count16 = 0
                            if not data_item__interviewer_item_any_of_count16:
                                try:
                                    data_item__interviewer_item_is_dict = isinstance(data_item__interviewer_item, dict)
                                    if data_item__interviewer_item_is_dict:
                                        data_item__interviewer_item__missing_keys = set(['family']) - data_item__interviewer_item.keys()
                                        if data_item__interviewer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}]".format(**locals()) + " must contain ")
                                    data_item__interviewer_item_any_of_count16 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__interviewer_item_any_of_count16:
                                try:
                                    data_item__interviewer_item_is_dict = isinstance(data_item__interviewer_item, dict)
                                    if data_item__interviewer_item_is_dict:
                                        data_item__interviewer_item__missing_keys = set(['literal']) - data_item__interviewer_item.keys()
                                        if data_item__interviewer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}]".format(**locals()) + " must contain ")
                                    data_item__interviewer_item_any_of_count16 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__interviewer_item_any_of_count16:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__interviewer_item_is_dict = isinstance(data_item__interviewer_item, dict)
                            if data_item__interviewer_item_is_dict:
                                data_item__interviewer_item_keys = set(data_item__interviewer_item.keys())
                                if "family" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("family")
                                    data_item__interviewer_item__family = data_item__interviewer_item["family"]
                                    if not isinstance(data_item__interviewer_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__interviewer_item__family, str):
                                        data_item__interviewer_item__family_len = len(data_item__interviewer_item__family)
                                        if data_item__interviewer_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("given")
                                    data_item__interviewer_item__given = data_item__interviewer_item["given"]
                                    if not isinstance(data_item__interviewer_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("literal")
                                    data_item__interviewer_item__literal = data_item__interviewer_item["literal"]
                                    if not isinstance(data_item__interviewer_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__interviewer_item__literal, str):
                                        data_item__interviewer_item__literal_len = len(data_item__interviewer_item__literal)
                                        if data_item__interviewer_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("non-dropping-particle")
                                    data_item__interviewer_item__nondroppingparticle = data_item__interviewer_item["non-dropping-particle"]
                                    if not isinstance(data_item__interviewer_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("dropping-particle")
                                    data_item__interviewer_item__droppingparticle = data_item__interviewer_item["dropping-particle"]
                                    if not isinstance(data_item__interviewer_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("suffix")
                                    data_item__interviewer_item__suffix = data_item__interviewer_item["suffix"]
                                    if not isinstance(data_item__interviewer_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("comma-suffix")
                                    data_item__interviewer_item__commasuffix = data_item__interviewer_item["comma-suffix"]
                                    if not isinstance(data_item__interviewer_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__interviewer_item__commasuffix, float) and data_item__interviewer_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("static-ordering")
                                    data_item__interviewer_item__staticordering = data_item__interviewer_item["static-ordering"]
                                    if not isinstance(data_item__interviewer_item__staticordering, (bool, str, int)) and not (isinstance(data_item__interviewer_item__staticordering, float) and data_item__interviewer_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("parse-names")
                                    data_item__interviewer_item__parsenames = data_item__interviewer_item["parse-names"]
                                    if not isinstance(data_item__interviewer_item__parsenames, (bool, str, int)) and not (isinstance(data_item__interviewer_item__parsenames, float) and data_item__interviewer_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__interviewer_item_keys:
                                    data_item__interviewer_item_keys.remove("isInstitution")
                                    data_item__interviewer_item__isInstitution = data_item__interviewer_item["isInstitution"]
                                    if not isinstance(data_item__interviewer_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__interviewer_item__isInstitution, float) and data_item__interviewer_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__interviewer_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].interviewer[{data_item__interviewer_x}]".format(**locals()) + " must not contain "+str(data_item__interviewer_item_keys)+" properties")
                if "narrator" in data_item_keys:
                    data_item_keys.remove("narrator")
                    data_item__narrator = data_item["narrator"]
                    if not isinstance(data_item__narrator, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator".format(**locals()) + " must be array")
                    data_item__narrator_is_list = isinstance(data_item__narrator, (list, tuple))
                    if data_item__narrator_is_list:
                        data_item__narrator_len = len(data_item__narrator)
                        for data_item__narrator_x, data_item__narrator_item in enumerate(data_item__narrator):
                            if not isinstance(data_item__narrator_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}]".format(**locals()) + " must be object")
                            data_item__narrator_item_any_of_count17 = 0
                            if not data_item__narrator_item_any_of_count17:
                                try:
                                    data_item__narrator_item_is_dict = isinstance(data_item__narrator_item, dict)
                                    if data_item__narrator_item_is_dict:
                                        data_item__narrator_item__missing_keys = set(['family']) - data_item__narrator_item.keys()
                                        if data_item__narrator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}]".format(**locals()) + " must contain ")
                                    data_item__narrator_item_any_of_count17 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__narrator_item_any_of_count17:
                                try:
                                    data_item__narrator_item_is_dict = isinstance(data_item__narrator_item, dict)
                                    if data_item__narrator_item_is_dict:
                                        data_item__narrator_item__missing_keys = set(['literal']) - data_item__narrator_item.keys()
                                        if data_item__narrator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}]".format(**locals()) + " must contain ")
                                    data_item__narrator_item_any_of_count17 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__narrator_item_any_of_count17:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__narrator_item_is_dict = isinstance(data_item__narrator_item, dict)
                            if data_item__narrator_item_is_dict:
                                data_item__narrator_item_keys = set(data_item__narrator_item.keys())
                                if "family" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("family")
                                    data_item__narrator_item__family = data_item__narrator_item["family"]
                                    if not isinstance(data_item__narrator_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__narrator_item__family, str):
                                        data_item__narrator_item__family_len = len(data_item__narrator_item__family)
                                        if data_item__narrator_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("given")
                                    data_item__narrator_item__given = data_item__narrator_item["given"]
                                    if not isinstance(data_item__narrator_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("literal")
                                    data_item__narrator_item__literal = data_item__narrator_item["literal"]
                                    if not isinstance(data_item__narrator_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__narrator_item__literal, str):
                                        data_item__narrator_item__literal_len = len(data_item__narrator_item__literal)
                                        if data_item__narrator_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("non-dropping-particle")
                                    data_item__narrator_item__nondroppingparticle = data_item__narrator_item["non-dropping-particle"]
                                    if not isinstance(data_item__narrator_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("dropping-particle")
                                    data_item__narrator_item__droppingparticle = data_item__narrator_item["dropping-particle"]
                                    if not isinstance(data_item__narrator_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("suffix")
                                    data_item__narrator_item__suffix = data_item__narrator_item["suffix"]
                                    if not isinstance(data_item__narrator_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("comma-suffix")
                                    data_item__narrator_item__commasuffix = data_item__narrator_item["comma-suffix"]
                                    if not isinstance(data_item__narrator_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__narrator_item__commasuffix, float) and data_item__narrator_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("static-ordering")
                                    data_item__narrator_item__staticordering = data_item__narrator_item["static-ordering"]
                                    if not isinstance(data_item__narrator_item__staticordering, (bool, str, int)) and not (isinstance(data_item__narrator_item__staticordering, float) and data_item__narrator_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("parse-names")
                                    data_item__narrator_item__parsenames = data_item__narrator_item["parse-names"]
                                    if not isinstance(data_item__narrator_item__parsenames, (bool, str, int)) and not (isinstance(data_item__narrator_item__parsenames, float) and data_item__narrator_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__narrator_item_keys:
                                    data_item__narrator_item_keys.remove("isInstitution")
                                    data_item__narrator_item__isInstitution = data_item__narrator_item["isInstitution"]
                                    if not isinstance(data_item__narrator_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__narrator_item__isInstitution, float) and data_item__narrator_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__narrator_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].narrator[{data_item__narrator_x}]".format(**locals()) + " must not contain "+str(data_item__narrator_item_keys)+" properties")
                if "organizer" in data_item_keys:
                    data_item_keys.remove("organizer")
                    data_item__organizer = data_item["organizer"]
                    if not isinstance(data_item__organizer, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer".format(**locals()) + " must be array")
                    data_item__organizer_is_list = isinstance(data_item__organizer, (list, tuple))
                    if data_item__organizer_is_list:
                        data_item__organizer_len = len(data_item__organizer)
                        for data_item__organizer_x, data_item__organizer_item in enumerate(data_item__organizer):
                            if not isinstance(data_item__organizer_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}]".format(**locals()) + " must be object")
                            data_item__organizer_item_any_of_count18 = 0
                            if not data_item__organizer_item_any_of_count18:
                                try:
                                    data_item__organizer_item_is_dict = isinstance(data_item__organizer_item, dict)
                                    if data_item__organizer_item_is_dict:
                                        data_item__organizer_item__missing_keys = set(['family']) - data_item__organizer_item.keys()
                                        if data_item__organizer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}]".format(**locals()) + " must contain ")
                                    data_item__organizer_item_any_of_count18 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__organizer_item_any_of_count18:
                                try:
                                    data_item__organizer_item_is_dict = isinstance(data_item__organizer_item, dict)
                                    if data_item__organizer_item_is_dict:
                                        data_item__organizer_item__missing_keys = set(['literal']) - data_item__organizer_item.keys()
                                        if data_item__organizer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}]".format(**locals()) + " must contain ")
                                    data_item__organizer_item_any_of_count18 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__organizer_item_any_of_count18:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__organizer_item_is_dict = isinstance(data_item__organizer_item, dict)
                            if data_item__organizer_item_is_dict:
                                data_item__organizer_item_keys = set(data_item__organizer_item.keys())
                                if "family" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("family")
                                    data_item__organizer_item__family = data_item__organizer_item["family"]
                                    if not isinstance(data_item__organizer_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__organizer_item__family, str):
                                        data_item__organizer_item__family_len = len(data_item__organizer_item__family)
                                        if data_item__organizer_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("given")
                                    data_item__organizer_item__given = data_item__organizer_item["given"]
                                    if not isinstance(data_item__organizer_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("literal")
                                    data_item__organizer_item__literal = data_item__organizer_item["literal"]
                                    if not isinstance(data_item__organizer_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__organizer_item__literal, str):
                                        data_item__organizer_item__literal_len = len(data_item__organizer_item__literal)
                                        if data_item__organizer_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("non-dropping-particle")
                                    data_item__organizer_item__nondroppingparticle = data_item__organizer_item["non-dropping-particle"]
                                    if not isinstance(data_item__organizer_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("dropping-particle")
                                    data_item__organizer_item__droppingparticle = data_item__organizer_item["dropping-particle"]
                                    if not isinstance(data_item__organizer_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("suffix")
                                    data_item__organizer_item__suffix = data_item__organizer_item["suffix"]
                                    if not isinstance(data_item__organizer_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("comma-suffix")
                                    data_item__organizer_item__commasuffix = data_item__organizer_item["comma-suffix"]
                                    if not isinstance(data_item__organizer_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__organizer_item__commasuffix, float) and data_item__organizer_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("static-ordering")
                                    data_item__organizer_item__staticordering = data_item__organizer_item["static-ordering"]
                                    if not isinstance(data_item__organizer_item__staticordering, (bool, str, int)) and not (isinstance(data_item__organizer_item__staticordering, float) and data_item__organizer_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("parse-names")
                                    data_item__organizer_item__parsenames = data_item__organizer_item["parse-names"]
                                    if not isinstance(data_item__organizer_item__parsenames, (bool, str, int)) and not (isinstance(data_item__organizer_item__parsenames, float) and data_item__organizer_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__organizer_item_keys:
                                    data_item__organizer_item_keys.remove("isInstitution")
                                    data_item__organizer_item__isInstitution = data_item__organizer_item["isInstitution"]
                                    if not isinstance(data_item__organizer_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__organizer_item__isInstitution, float) and data_item__organizer_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__organizer_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].organizer[{data_item__organizer_x}]".format(**locals()) + " must not contain "+str(data_item__organizer_item_keys)+" properties")
                if "performer" in data_item_keys:
                    data_item_keys.remove("performer")
                    data_item__performer = data_item["performer"]
                    if not isinstance(data_item__performer, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer".format(**locals()) + " must be array")
                    data_item__performer_is_list = isinstance(data_item__performer, (list, tuple))
                    if data_item__performer_is_list:
                        data_item__performer_len = len(data_item__performer)
                        for data_item__performer_x, data_item__performer_item in enumerate(data_item__performer):
                            if not isinstance(data_item__performer_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}]".format(**locals()) + " must be object")
                            data_item__performer_item_any_of_count19 = 0
                            if not data_item__performer_item_any_of_count19:
                                try:
                                    data_item__performer_item_is_dict = isinstance(data_item__performer_item, dict)
                                    if data_item__performer_item_is_dict:
                                        data_item__performer_item__missing_keys = set(['family']) - data_item__performer_item.keys()
                                        if data_item__performer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}]".format(**locals()) + " must contain ")
                                    data_item__performer_item_any_of_count19 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__performer_item_any_of_count19:
                                try:
                                    data_item__performer_item_is_dict = isinstance(data_item__performer_item, dict)
                                    if data_item__performer_item_is_dict:
                                        data_item__performer_item__missing_keys = set(['literal']) - data_item__performer_item.keys()
                                        if data_item__performer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}]".format(**locals()) + " must contain ")
                                    data_item__performer_item_any_of_count19 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__performer_item_any_of_count19:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__performer_item_is_dict = isinstance(data_item__performer_item, dict)
                            if data_item__performer_item_is_dict:
                                data_item__performer_item_keys = set(data_item__performer_item.keys())
                                if "family" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("family")
                                    data_item__performer_item__family = data_item__performer_item["family"]
                                    if not isinstance(data_item__performer_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__performer_item__family, str):
                                        data_item__performer_item__family_len = len(data_item__performer_item__family)
                                        if data_item__performer_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("given")
                                    data_item__performer_item__given = data_item__performer_item["given"]
                                    if not isinstance(data_item__performer_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("literal")
                                    data_item__performer_item__literal = data_item__performer_item["literal"]
                                    if not isinstance(data_item__performer_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__performer_item__literal, str):
                                        data_item__performer_item__literal_len = len(data_item__performer_item__literal)
                                        if data_item__performer_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("non-dropping-particle")
                                    data_item__performer_item__nondroppingparticle = data_item__performer_item["non-dropping-particle"]
                                    if not isinstance(data_item__performer_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("dropping-particle")
                                    data_item__performer_item__droppingparticle = data_item__performer_item["dropping-particle"]
                                    if not isinstance(data_item__performer_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("suffix")
                                    data_item__performer_item__suffix = data_item__performer_item["suffix"]
                                    if not isinstance(data_item__performer_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("comma-suffix")
                                    data_item__performer_item__commasuffix = data_item__performer_item["comma-suffix"]
                                    if not isinstance(data_item__performer_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__performer_item__commasuffix, float) and data_item__performer_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("static-ordering")
                                    data_item__performer_item__staticordering = data_item__performer_item["static-ordering"]
                                    if not isinstance(data_item__performer_item__staticordering, (bool, str, int)) and not (isinstance(data_item__performer_item__staticordering, float) and data_item__performer_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("parse-names")
                                    data_item__performer_item__parsenames = data_item__performer_item["parse-names"]
                                    if not isinstance(data_item__performer_item__parsenames, (bool, str, int)) and not (isinstance(data_item__performer_item__parsenames, float) and data_item__performer_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__performer_item_keys:
                                    data_item__performer_item_keys.remove("isInstitution")
                                    data_item__performer_item__isInstitution = data_item__performer_item["isInstitution"]
                                    if not isinstance(data_item__performer_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__performer_item__isInstitution, float) and data_item__performer_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__performer_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].performer[{data_item__performer_x}]".format(**locals()) + " must not contain "+str(data_item__performer_item_keys)+" properties")
                if "producer" in data_item_keys:
                    data_item_keys.remove("producer")
                    data_item__producer = data_item["producer"]
                    if not isinstance(data_item__producer, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer".format(**locals()) + " must be array")
                    data_item__producer_is_list = isinstance(data_item__producer, (list, tuple))
                    if data_item__producer_is_list:
                        data_item__producer_len = len(data_item__producer)
                        for data_item__producer_x, data_item__producer_item in enumerate(data_item__producer):
                            if not isinstance(data_item__producer_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}]".format(**locals()) + " must be object")
                            data_item__producer_item_any_of_count20 = 0
                            if not data_item__producer_item_any_of_count20:
                                try:
                                    data_item__producer_item_is_dict = isinstance(data_item__producer_item, dict)
                                    if data_item__producer_item_is_dict:
                                        data_item__producer_item__missing_keys = set(['family']) - data_item__producer_item.keys()
                                        if data_item__producer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}]".format(**locals()) + " must contain ")
                                    data_item__producer_item_any_of_count20 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__producer_item_any_of_count20:
                                try:
                                    data_item__producer_item_is_dict = isinstance(data_item__producer_item, dict)
                                    if data_item__producer_item_is_dict:
                                        data_item__producer_item__missing_keys = set(['literal']) - data_item__producer_item.keys()
                                        if data_item__producer_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}]".format(**locals()) + " must contain ")
                                    data_item__producer_item_any_of_count20 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__producer_item_any_of_count20:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__producer_item_is_dict = isinstance(data_item__producer_item, dict)
                            if data_item__producer_item_is_dict:
                                data_item__producer_item_keys = set(data_item__producer_item.keys())
                                if "family" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("family")
                                    data_item__producer_item__family = data_item__producer_item["family"]
                                    if not isinstance(data_item__producer_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__producer_item__family, str):
                                        data_item__producer_item__family_len = len(data_item__producer_item__family)
                                        if data_item__producer_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("given")
                                    data_item__producer_item__given = data_item__producer_item["given"]
                                    if not isinstance(data_item__producer_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("literal")
                                    data_item__producer_item__literal = data_item__producer_item["literal"]
                                    if not isinstance(data_item__producer_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__producer_item__literal, str):
                                        data_item__producer_item__literal_len = len(data_item__producer_item__literal)
                                        if data_item__producer_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("non-dropping-particle")
                                    data_item__producer_item__nondroppingparticle = data_item__producer_item["non-dropping-particle"]
                                    if not isinstance(data_item__producer_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("dropping-particle")
                                    data_item__producer_item__droppingparticle = data_item__producer_item["dropping-particle"]
                                    if not isinstance(data_item__producer_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("suffix")
                                    data_item__producer_item__suffix = data_item__producer_item["suffix"]
                                    if not isinstance(data_item__producer_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("comma-suffix")
                                    data_item__producer_item__commasuffix = data_item__producer_item["comma-suffix"]
                                    if not isinstance(data_item__producer_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__producer_item__commasuffix, float) and data_item__producer_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("static-ordering")
                                    data_item__producer_item__staticordering = data_item__producer_item["static-ordering"]
                                    if not isinstance(data_item__producer_item__staticordering, (bool, str, int)) and not (isinstance(data_item__producer_item__staticordering, float) and data_item__producer_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("parse-names")
                                    data_item__producer_item__parsenames = data_item__producer_item["parse-names"]
                                    if not isinstance(data_item__producer_item__parsenames, (bool, str, int)) and not (isinstance(data_item__producer_item__parsenames, float) and data_item__producer_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__producer_item_keys:
                                    data_item__producer_item_keys.remove("isInstitution")
                                    data_item__producer_item__isInstitution = data_item__producer_item["isInstitution"]
                                    if not isinstance(data_item__producer_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__producer_item__isInstitution, float) and data_item__producer_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__producer_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].producer[{data_item__producer_x}]".format(**locals()) + " must not contain "+str(data_item__producer_item_keys)+" properties")
                if "recipient" in data_item_keys:
                    data_item_keys.remove("recipient")
                    data_item__recipient = data_item["recipient"]
                    if not isinstance(data_item__recipient, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient".format(**locals()) + " must be array")
                    data_item__recipient_is_list = isinstance(data_item__recipient, (list, tuple))
                    if data_item__recipient_is_list:
                        data_item__recipient_len = len(data_item__recipient)
                        for data_item__recipient_x, data_item__recipient_item in enumerate(data_item__recipient):
                            if not isinstance(data_item__recipient_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}]".format(**locals()) + " must be object")
                            data_item__recipient_item_any_of_count21 = 0
                            if not data_item__recipient_item_any_of_count21:
                                try:
                                    data_item__recipient_item_is_dict = isinstance(data_item__recipient_item, dict)
                                    if data_item__recipient_item_is_dict:
                                        data_item__recipient_item__missing_keys = set(['family']) - data_item__recipient_item.keys()
                                        if data_item__recipient_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}]".format(**locals()) + " must contain ")
                                    data_item__recipient_item_any_of_count21 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__recipient_item_any_of_count21:
                                try:
                                    data_item__recipient_item_is_dict = isinstance(data_item__recipient_item, dict)
                                    if data_item__recipient_item_is_dict:
                                        data_item__recipient_item__missing_keys = set(['literal']) - data_item__recipient_item.keys()
                                        if data_item__recipient_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}]".format(**locals()) + " must contain ")
                                    data_item__recipient_item_any_of_count21 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__recipient_item_any_of_count21:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__recipient_item_is_dict = isinstance(data_item__recipient_item, dict)
                            if data_item__recipient_item_is_dict:
                                data_item__recipient_item_keys = set(data_item__recipient_item.keys())
                                if "family" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("family")
                                    data_item__recipient_item__family = data_item__recipient_item["family"]
                                    if not isinstance(data_item__recipient_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__recipient_item__family, str):
                                        data_item__recipient_item__family_len = len(data_item__recipient_item__family)
                                        if data_item__recipient_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("given")
                                    data_item__recipient_item__given = data_item__recipient_item["given"]
                                    if not isinstance(data_item__recipient_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("literal")
                                    data_item__recipient_item__literal = data_item__recipient_item["literal"]
                                    if not isinstance(data_item__recipient_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__recipient_item__literal, str):
                                        data_item__recipient_item__literal_len = len(data_item__recipient_item__literal)
                                        if data_item__recipient_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("non-dropping-particle")
                                    data_item__recipient_item__nondroppingparticle = data_item__recipient_item["non-dropping-particle"]
                                    if not isinstance(data_item__recipient_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("dropping-particle")
                                    data_item__recipient_item__droppingparticle = data_item__recipient_item["dropping-particle"]
                                    if not isinstance(data_item__recipient_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("suffix")
                                    data_item__recipient_item__suffix = data_item__recipient_item["suffix"]
                                    if not isinstance(data_item__recipient_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("comma-suffix")
                                    data_item__recipient_item__commasuffix = data_item__recipient_item["comma-suffix"]
                                    if not isinstance(data_item__recipient_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__recipient_item__commasuffix, float) and data_item__recipient_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("static-ordering")
                                    data_item__recipient_item__staticordering = data_item__recipient_item["static-ordering"]
                                    if not isinstance(data_item__recipient_item__staticordering, (bool, str, int)) and not (isinstance(data_item__recipient_item__staticordering, float) and data_item__recipient_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("parse-names")
                                    data_item__recipient_item__parsenames = data_item__recipient_item["parse-names"]
                                    if not isinstance(data_item__recipient_item__parsenames, (bool, str, int)) and not (isinstance(data_item__recipient_item__parsenames, float) and data_item__recipient_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__recipient_item_keys:
                                    data_item__recipient_item_keys.remove("isInstitution")
                                    data_item__recipient_item__isInstitution = data_item__recipient_item["isInstitution"]
                                    if not isinstance(data_item__recipient_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__recipient_item__isInstitution, float) and data_item__recipient_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__recipient_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].recipient[{data_item__recipient_x}]".format(**locals()) + " must not contain "+str(data_item__recipient_item_keys)+" properties")
                if "reviewed-author" in data_item_keys:
                    data_item_keys.remove("reviewed-author")
                    data_item__reviewedauthor = data_item["reviewed-author"]
                    if not isinstance(data_item__reviewedauthor, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author".format(**locals()) + " must be array")
                    data_item__reviewedauthor_is_list = isinstance(data_item__reviewedauthor, (list, tuple))
                    if data_item__reviewedauthor_is_list:
                        data_item__reviewedauthor_len = len(data_item__reviewedauthor)
                        for data_item__reviewedauthor_x, data_item__reviewedauthor_item in enumerate(data_item__reviewedauthor):
                            if not isinstance(data_item__reviewedauthor_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}]".format(**locals()) + " must be object")
                            data_item__reviewedauthor_item_any_of_count22 = 0
                            if not data_item__reviewedauthor_item_any_of_count22:
                                try:
                                    data_item__reviewedauthor_item_is_dict = isinstance(data_item__reviewedauthor_item, dict)
                                    if data_item__reviewedauthor_item_is_dict:
                                        data_item__reviewedauthor_item__missing_keys = set(['family']) - data_item__reviewedauthor_item.keys()
                                        if data_item__reviewedauthor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}]".format(**locals()) + " must contain ")
                                    data_item__reviewedauthor_item_any_of_count22 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__reviewedauthor_item_any_of_count22:
                                try:
                                    data_item__reviewedauthor_item_is_dict = isinstance(data_item__reviewedauthor_item, dict)
                                    if data_item__reviewedauthor_item_is_dict:
                                        data_item__reviewedauthor_item__missing_keys = set(['literal']) - data_item__reviewedauthor_item.keys()
                                        if data_item__reviewedauthor_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}]".format(**locals()) + " must contain ")
                                    data_item__reviewedauthor_item_any_of_count22 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__reviewedauthor_item_any_of_count22:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__reviewedauthor_item_is_dict = isinstance(data_item__reviewedauthor_item, dict)
                            if data_item__reviewedauthor_item_is_dict:
                                data_item__reviewedauthor_item_keys = set(data_item__reviewedauthor_item.keys())
                                if "family" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("family")
                                    data_item__reviewedauthor_item__family = data_item__reviewedauthor_item["family"]
                                    if not isinstance(data_item__reviewedauthor_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__reviewedauthor_item__family, str):
                                        data_item__reviewedauthor_item__family_len = len(data_item__reviewedauthor_item__family)
                                        if data_item__reviewedauthor_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("given")
                                    data_item__reviewedauthor_item__given = data_item__reviewedauthor_item["given"]
                                    if not isinstance(data_item__reviewedauthor_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("literal")
                                    data_item__reviewedauthor_item__literal = data_item__reviewedauthor_item["literal"]
                                    if not isinstance(data_item__reviewedauthor_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__reviewedauthor_item__literal, str):
                                        data_item__reviewedauthor_item__literal_len = len(data_item__reviewedauthor_item__literal)
                                        if data_item__reviewedauthor_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("non-dropping-particle")
                                    data_item__reviewedauthor_item__nondroppingparticle = data_item__reviewedauthor_item["non-dropping-particle"]
                                    if not isinstance(data_item__reviewedauthor_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("dropping-particle")
                                    data_item__reviewedauthor_item__droppingparticle = data_item__reviewedauthor_item["dropping-particle"]
                                    if not isinstance(data_item__reviewedauthor_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("suffix")
                                    data_item__reviewedauthor_item__suffix = data_item__reviewedauthor_item["suffix"]
                                    if not isinstance(data_item__reviewedauthor_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("comma-suffix")
                                    data_item__reviewedauthor_item__commasuffix = data_item__reviewedauthor_item["comma-suffix"]
                                    if not isinstance(data_item__reviewedauthor_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__reviewedauthor_item__commasuffix, float) and data_item__reviewedauthor_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("static-ordering")
                                    data_item__reviewedauthor_item__staticordering = data_item__reviewedauthor_item["static-ordering"]
                                    if not isinstance(data_item__reviewedauthor_item__staticordering, (bool, str, int)) and not (isinstance(data_item__reviewedauthor_item__staticordering, float) and data_item__reviewedauthor_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("parse-names")
                                    data_item__reviewedauthor_item__parsenames = data_item__reviewedauthor_item["parse-names"]
                                    if not isinstance(data_item__reviewedauthor_item__parsenames, (bool, str, int)) and not (isinstance(data_item__reviewedauthor_item__parsenames, float) and data_item__reviewedauthor_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__reviewedauthor_item_keys:
                                    data_item__reviewedauthor_item_keys.remove("isInstitution")
                                    data_item__reviewedauthor_item__isInstitution = data_item__reviewedauthor_item["isInstitution"]
                                    if not isinstance(data_item__reviewedauthor_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__reviewedauthor_item__isInstitution, float) and data_item__reviewedauthor_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__reviewedauthor_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-author[{data_item__reviewedauthor_x}]".format(**locals()) + " must not contain "+str(data_item__reviewedauthor_item_keys)+" properties")
                if "script-writer" in data_item_keys:
                    data_item_keys.remove("script-writer")
                    data_item__scriptwriter = data_item["script-writer"]
                    if not isinstance(data_item__scriptwriter, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer".format(**locals()) + " must be array")
                    data_item__scriptwriter_is_list = isinstance(data_item__scriptwriter, (list, tuple))
                    if data_item__scriptwriter_is_list:
                        data_item__scriptwriter_len = len(data_item__scriptwriter)
                        for data_item__scriptwriter_x, data_item__scriptwriter_item in enumerate(data_item__scriptwriter):
                            if not isinstance(data_item__scriptwriter_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}]".format(**locals()) + " must be object")
                            data_item__scriptwriter_item_any_of_count23 = 0
                            if not data_item__scriptwriter_item_any_of_count23:
                                try:
                                    data_item__scriptwriter_item_is_dict = isinstance(data_item__scriptwriter_item, dict)
                                    if data_item__scriptwriter_item_is_dict:
                                        data_item__scriptwriter_item__missing_keys = set(['family']) - data_item__scriptwriter_item.keys()
                                        if data_item__scriptwriter_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}]".format(**locals()) + " must contain ")
                                    data_item__scriptwriter_item_any_of_count23 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__scriptwriter_item_any_of_count23:
                                try:
                                    data_item__scriptwriter_item_is_dict = isinstance(data_item__scriptwriter_item, dict)
                                    if data_item__scriptwriter_item_is_dict:
                                        data_item__scriptwriter_item__missing_keys = set(['literal']) - data_item__scriptwriter_item.keys()
                                        if data_item__scriptwriter_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}]".format(**locals()) + " must contain ")
                                    data_item__scriptwriter_item_any_of_count23 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__scriptwriter_item_any_of_count23:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__scriptwriter_item_is_dict = isinstance(data_item__scriptwriter_item, dict)
                            if data_item__scriptwriter_item_is_dict:
                                data_item__scriptwriter_item_keys = set(data_item__scriptwriter_item.keys())
                                if "family" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("family")
                                    data_item__scriptwriter_item__family = data_item__scriptwriter_item["family"]
                                    if not isinstance(data_item__scriptwriter_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__scriptwriter_item__family, str):
                                        data_item__scriptwriter_item__family_len = len(data_item__scriptwriter_item__family)
                                        if data_item__scriptwriter_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("given")
                                    data_item__scriptwriter_item__given = data_item__scriptwriter_item["given"]
                                    if not isinstance(data_item__scriptwriter_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("literal")
                                    data_item__scriptwriter_item__literal = data_item__scriptwriter_item["literal"]
                                    if not isinstance(data_item__scriptwriter_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__scriptwriter_item__literal, str):
                                        data_item__scriptwriter_item__literal_len = len(data_item__scriptwriter_item__literal)
                                        if data_item__scriptwriter_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("non-dropping-particle")
                                    data_item__scriptwriter_item__nondroppingparticle = data_item__scriptwriter_item["non-dropping-particle"]
                                    if not isinstance(data_item__scriptwriter_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("dropping-particle")
                                    data_item__scriptwriter_item__droppingparticle = data_item__scriptwriter_item["dropping-particle"]
                                    if not isinstance(data_item__scriptwriter_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("suffix")
                                    data_item__scriptwriter_item__suffix = data_item__scriptwriter_item["suffix"]
                                    if not isinstance(data_item__scriptwriter_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("comma-suffix")
                                    data_item__scriptwriter_item__commasuffix = data_item__scriptwriter_item["comma-suffix"]
                                    if not isinstance(data_item__scriptwriter_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__scriptwriter_item__commasuffix, float) and data_item__scriptwriter_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("static-ordering")
                                    data_item__scriptwriter_item__staticordering = data_item__scriptwriter_item["static-ordering"]
                                    if not isinstance(data_item__scriptwriter_item__staticordering, (bool, str, int)) and not (isinstance(data_item__scriptwriter_item__staticordering, float) and data_item__scriptwriter_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("parse-names")
                                    data_item__scriptwriter_item__parsenames = data_item__scriptwriter_item["parse-names"]
                                    if not isinstance(data_item__scriptwriter_item__parsenames, (bool, str, int)) and not (isinstance(data_item__scriptwriter_item__parsenames, float) and data_item__scriptwriter_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__scriptwriter_item_keys:
                                    data_item__scriptwriter_item_keys.remove("isInstitution")
                                    data_item__scriptwriter_item__isInstitution = data_item__scriptwriter_item["isInstitution"]
                                    if not isinstance(data_item__scriptwriter_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__scriptwriter_item__isInstitution, float) and data_item__scriptwriter_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__scriptwriter_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].script-writer[{data_item__scriptwriter_x}]".format(**locals()) + " must not contain "+str(data_item__scriptwriter_item_keys)+" properties")
                if "series-creator" in data_item_keys:
                    data_item_keys.remove("series-creator")
                    data_item__seriescreator = data_item["series-creator"]
                    if not isinstance(data_item__seriescreator, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator".format(**locals()) + " must be array")
                    data_item__seriescreator_is_list = isinstance(data_item__seriescreator, (list, tuple))
                    if data_item__seriescreator_is_list:
                        data_item__seriescreator_len = len(data_item__seriescreator)
                        for data_item__seriescreator_x, data_item__seriescreator_item in enumerate(data_item__seriescreator):
                            if not isinstance(data_item__seriescreator_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}]".format(**locals()) + " must be object")
                            data_item__seriescreator_item_any_of_count24 = 0
                            if not data_item__seriescreator_item_any_of_count24:
                                try:
                                    data_item__seriescreator_item_is_dict = isinstance(data_item__seriescreator_item, dict)
                                    if data_item__seriescreator_item_is_dict:
                                        data_item__seriescreator_item__missing_keys = set(['family']) - data_item__seriescreator_item.keys()
                                        if data_item__seriescreator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}]".format(**locals()) + " must contain ")
                                    data_item__seriescreator_item_any_of_count24 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__seriescreator_item_any_of_count24:
                                try:
                                    data_item__seriescreator_item_is_dict = isinstance(data_item__seriescreator_item, dict)
                                    if data_item__seriescreator_item_is_dict:
                                        data_item__seriescreator_item__missing_keys = set(['literal']) - data_item__seriescreator_item.keys()
                                        if data_item__seriescreator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}]".format(**locals()) + " must contain ")
                                    data_item__seriescreator_item_any_of_count24 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__seriescreator_item_any_of_count24:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__seriescreator_item_is_dict = isinstance(data_item__seriescreator_item, dict)
                            if data_item__seriescreator_item_is_dict:
                                data_item__seriescreator_item_keys = set(data_item__seriescreator_item.keys())
                                if "family" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("family")
                                    data_item__seriescreator_item__family = data_item__seriescreator_item["family"]
                                    if not isinstance(data_item__seriescreator_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__seriescreator_item__family, str):
                                        data_item__seriescreator_item__family_len = len(data_item__seriescreator_item__family)
                                        if data_item__seriescreator_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("given")
                                    data_item__seriescreator_item__given = data_item__seriescreator_item["given"]
                                    if not isinstance(data_item__seriescreator_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("literal")
                                    data_item__seriescreator_item__literal = data_item__seriescreator_item["literal"]
                                    if not isinstance(data_item__seriescreator_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__seriescreator_item__literal, str):
                                        data_item__seriescreator_item__literal_len = len(data_item__seriescreator_item__literal)
                                        if data_item__seriescreator_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("non-dropping-particle")
                                    data_item__seriescreator_item__nondroppingparticle = data_item__seriescreator_item["non-dropping-particle"]
                                    if not isinstance(data_item__seriescreator_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("dropping-particle")
                                    data_item__seriescreator_item__droppingparticle = data_item__seriescreator_item["dropping-particle"]
                                    if not isinstance(data_item__seriescreator_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("suffix")
                                    data_item__seriescreator_item__suffix = data_item__seriescreator_item["suffix"]
                                    if not isinstance(data_item__seriescreator_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("comma-suffix")
                                    data_item__seriescreator_item__commasuffix = data_item__seriescreator_item["comma-suffix"]
                                    if not isinstance(data_item__seriescreator_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__seriescreator_item__commasuffix, float) and data_item__seriescreator_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("static-ordering")
                                    data_item__seriescreator_item__staticordering = data_item__seriescreator_item["static-ordering"]
                                    if not isinstance(data_item__seriescreator_item__staticordering, (bool, str, int)) and not (isinstance(data_item__seriescreator_item__staticordering, float) and data_item__seriescreator_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("parse-names")
                                    data_item__seriescreator_item__parsenames = data_item__seriescreator_item["parse-names"]
                                    if not isinstance(data_item__seriescreator_item__parsenames, (bool, str, int)) and not (isinstance(data_item__seriescreator_item__parsenames, float) and data_item__seriescreator_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__seriescreator_item_keys:
                                    data_item__seriescreator_item_keys.remove("isInstitution")
                                    data_item__seriescreator_item__isInstitution = data_item__seriescreator_item["isInstitution"]
                                    if not isinstance(data_item__seriescreator_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__seriescreator_item__isInstitution, float) and data_item__seriescreator_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__seriescreator_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].series-creator[{data_item__seriescreator_x}]".format(**locals()) + " must not contain "+str(data_item__seriescreator_item_keys)+" properties")
                if "translator" in data_item_keys:
                    data_item_keys.remove("translator")
                    data_item__translator = data_item["translator"]
                    if not isinstance(data_item__translator, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator".format(**locals()) + " must be array")
                    data_item__translator_is_list = isinstance(data_item__translator, (list, tuple))
                    if data_item__translator_is_list:
                        data_item__translator_len = len(data_item__translator)
                        for data_item__translator_x, data_item__translator_item in enumerate(data_item__translator):
                            if not isinstance(data_item__translator_item, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}]".format(**locals()) + " must be object")
                            data_item__translator_item_any_of_count25 = 0
                            if not data_item__translator_item_any_of_count25:
                                try:
                                    data_item__translator_item_is_dict = isinstance(data_item__translator_item, dict)
                                    if data_item__translator_item_is_dict:
                                        data_item__translator_item__missing_keys = set(['family']) - data_item__translator_item.keys()
                                        if data_item__translator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}]".format(**locals()) + " must contain ")
                                    data_item__translator_item_any_of_count25 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__translator_item_any_of_count25:
                                try:
                                    data_item__translator_item_is_dict = isinstance(data_item__translator_item, dict)
                                    if data_item__translator_item_is_dict:
                                        data_item__translator_item__missing_keys = set(['literal']) - data_item__translator_item.keys()
                                        if data_item__translator_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}]".format(**locals()) + " must contain ")
                                    data_item__translator_item_any_of_count25 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data_item__translator_item_any_of_count25:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}]".format(**locals()) + " cannot be validated by any definition")
                            data_item__translator_item_is_dict = isinstance(data_item__translator_item, dict)
                            if data_item__translator_item_is_dict:
                                data_item__translator_item_keys = set(data_item__translator_item.keys())
                                if "family" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("family")
                                    data_item__translator_item__family = data_item__translator_item["family"]
                                    if not isinstance(data_item__translator_item__family, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].family".format(**locals()) + " must be string")
                                    if isinstance(data_item__translator_item__family, str):
                                        data_item__translator_item__family_len = len(data_item__translator_item__family)
                                        if data_item__translator_item__family_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "given" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("given")
                                    data_item__translator_item__given = data_item__translator_item["given"]
                                    if not isinstance(data_item__translator_item__given, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].given".format(**locals()) + " must be string")
                                if "literal" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("literal")
                                    data_item__translator_item__literal = data_item__translator_item["literal"]
                                    if not isinstance(data_item__translator_item__literal, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].literal".format(**locals()) + " must be string")
                                    if isinstance(data_item__translator_item__literal, str):
                                        data_item__translator_item__literal_len = len(data_item__translator_item__literal)
                                        if data_item__translator_item__literal_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "non-dropping-particle" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("non-dropping-particle")
                                    data_item__translator_item__nondroppingparticle = data_item__translator_item["non-dropping-particle"]
                                    if not isinstance(data_item__translator_item__nondroppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].non-dropping-particle".format(**locals()) + " must be string")
                                if "dropping-particle" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("dropping-particle")
                                    data_item__translator_item__droppingparticle = data_item__translator_item["dropping-particle"]
                                    if not isinstance(data_item__translator_item__droppingparticle, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].dropping-particle".format(**locals()) + " must be string")
                                if "suffix" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("suffix")
                                    data_item__translator_item__suffix = data_item__translator_item["suffix"]
                                    if not isinstance(data_item__translator_item__suffix, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].suffix".format(**locals()) + " must be string")
                                if "comma-suffix" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("comma-suffix")
                                    data_item__translator_item__commasuffix = data_item__translator_item["comma-suffix"]
                                    if not isinstance(data_item__translator_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__translator_item__commasuffix, float) and data_item__translator_item__commasuffix.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                                if "static-ordering" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("static-ordering")
                                    data_item__translator_item__staticordering = data_item__translator_item["static-ordering"]
                                    if not isinstance(data_item__translator_item__staticordering, (bool, str, int)) and not (isinstance(data_item__translator_item__staticordering, float) and data_item__translator_item__staticordering.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                                if "parse-names" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("parse-names")
                                    data_item__translator_item__parsenames = data_item__translator_item["parse-names"]
                                    if not isinstance(data_item__translator_item__parsenames, (bool, str, int)) and not (isinstance(data_item__translator_item__parsenames, float) and data_item__translator_item__parsenames.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                                if "isInstitution" in data_item__translator_item_keys:
                                    data_item__translator_item_keys.remove("isInstitution")
                                    data_item__translator_item__isInstitution = data_item__translator_item["isInstitution"]
                                    if not isinstance(data_item__translator_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__translator_item__isInstitution, float) and data_item__translator_item__isInstitution.is_integer()):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                                if data_item__translator_item_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].translator[{data_item__translator_x}]".format(**locals()) + " must not contain "+str(data_item__translator_item_keys)+" properties")
                if "ISBN" in data_item_keys:
                    data_item_keys.remove("ISBN")
                    data_item__ISBN = data_item["ISBN"]
                    if not isinstance(data_item__ISBN, (str, int, float, Decimal)) or isinstance(data_item__ISBN, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].ISBN".format(**locals()) + " must be string or number")
                if "ISSN" in data_item_keys:
                    data_item_keys.remove("ISSN")
                    data_item__ISSN = data_item["ISSN"]
                    if not isinstance(data_item__ISSN, (str, int, float, Decimal)) or isinstance(data_item__ISSN, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].ISSN".format(**locals()) + " must be string or number")
                if "PMCID" in data_item_keys:
                    data_item_keys.remove("PMCID")
                    data_item__PMCID = data_item["PMCID"]
                    if not isinstance(data_item__PMCID, (str, int, float, Decimal)) or isinstance(data_item__PMCID, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].PMCID".format(**locals()) + " must be string or number")
                if "PMID" in data_item_keys:
                    data_item_keys.remove("PMID")
                    data_item__PMID = data_item["PMID"]
                    if not isinstance(data_item__PMID, (str, int, float, Decimal)) or isinstance(data_item__PMID, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].PMID".format(**locals()) + " must be string or number")
                if "annote" in data_item_keys:
                    data_item_keys.remove("annote")
                    data_item__annote = data_item["annote"]
                    if not isinstance(data_item__annote, (str, int, float, Decimal)) or isinstance(data_item__annote, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].annote".format(**locals()) + " must be string or number")
                if "archive" in data_item_keys:
                    data_item_keys.remove("archive")
                    data_item__archive = data_item["archive"]
                    if not isinstance(data_item__archive, (str, int, float, Decimal)) or isinstance(data_item__archive, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].archive".format(**locals()) + " must be string or number")
                if "archive-place" in data_item_keys:
                    data_item_keys.remove("archive-place")
                    data_item__archiveplace = data_item["archive-place"]
                    if not isinstance(data_item__archiveplace, (str, int, float, Decimal)) or isinstance(data_item__archiveplace, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].archive-place".format(**locals()) + " must be string or number")
                if "archive_collection" in data_item_keys:
                    data_item_keys.remove("archive_collection")
                    data_item__archivecollection = data_item["archive_collection"]
                    if not isinstance(data_item__archivecollection, (str, int, float, Decimal)) or isinstance(data_item__archivecollection, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].archive_collection".format(**locals()) + " must be string or number")
                if "archive_location" in data_item_keys:
                    data_item_keys.remove("archive_location")
                    data_item__archivelocation = data_item["archive_location"]
                    if not isinstance(data_item__archivelocation, (str, int, float, Decimal)) or isinstance(data_item__archivelocation, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].archive_location".format(**locals()) + " must be string or number")
                if "authority" in data_item_keys:
                    data_item_keys.remove("authority")
                    data_item__authority = data_item["authority"]
                    if not isinstance(data_item__authority, (str, int, float, Decimal)) or isinstance(data_item__authority, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].authority".format(**locals()) + " must be string or number")
                if "call-number" in data_item_keys:
                    data_item_keys.remove("call-number")
                    data_item__callnumber = data_item["call-number"]
                    if not isinstance(data_item__callnumber, (str, int, float, Decimal)) or isinstance(data_item__callnumber, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].call-number".format(**locals()) + " must be string or number")
                if "chapter-number" in data_item_keys:
                    data_item_keys.remove("chapter-number")
                    data_item__chapternumber = data_item["chapter-number"]
                    if not isinstance(data_item__chapternumber, (str, int, float, Decimal)) or isinstance(data_item__chapternumber, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].chapter-number".format(**locals()) + " must be string or number")
                if "citation-key" in data_item_keys:
                    data_item_keys.remove("citation-key")
                    data_item__citationkey = data_item["citation-key"]
                    if not isinstance(data_item__citationkey, (str, int, float, Decimal)) or isinstance(data_item__citationkey, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].citation-key".format(**locals()) + " must be string or number")
                if "citation-label" in data_item_keys:
                    data_item_keys.remove("citation-label")
                    data_item__citationlabel = data_item["citation-label"]
                    if not isinstance(data_item__citationlabel, (str, int, float, Decimal)) or isinstance(data_item__citationlabel, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].citation-label".format(**locals()) + " must be string or number")
                if "collection-number" in data_item_keys:
                    data_item_keys.remove("collection-number")
                    data_item__collectionnumber = data_item["collection-number"]
                    if not isinstance(data_item__collectionnumber, (str, int, float, Decimal)) or isinstance(data_item__collectionnumber, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].collection-number".format(**locals()) + " must be string or number")
                if "dimensions" in data_item_keys:
                    data_item_keys.remove("dimensions")
                    data_item__dimensions = data_item["dimensions"]
                    if not isinstance(data_item__dimensions, (str, int, float, Decimal)) or isinstance(data_item__dimensions, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].dimensions".format(**locals()) + " must be string or number")
                if "division" in data_item_keys:
                    data_item_keys.remove("division")
                    data_item__division = data_item["division"]
                    if not isinstance(data_item__division, (str, int, float, Decimal)) or isinstance(data_item__division, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].division".format(**locals()) + " must be string or number")
                if "event" in data_item_keys:
                    data_item_keys.remove("event")
                    data_item__event = data_item["event"]
                    if not isinstance(data_item__event, (str, int, float, Decimal)) or isinstance(data_item__event, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event".format(**locals()) + " must be string or number")
                if "event-place" in data_item_keys:
                    data_item_keys.remove("event-place")
                    data_item__eventplace = data_item["event-place"]
                    if not isinstance(data_item__eventplace, (str, int, float, Decimal)) or isinstance(data_item__eventplace, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-place".format(**locals()) + " must be string or number")
                if "event-title" in data_item_keys:
                    data_item_keys.remove("event-title")
                    data_item__eventtitle = data_item["event-title"]
                    if not isinstance(data_item__eventtitle, (str, int, float, Decimal)) or isinstance(data_item__eventtitle, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].event-title".format(**locals()) + " must be string or number")
                if "jurisdiction" in data_item_keys:
                    data_item_keys.remove("jurisdiction")
                    data_item__jurisdiction = data_item["jurisdiction"]
                    if not isinstance(data_item__jurisdiction, (str, int, float, Decimal)) or isinstance(data_item__jurisdiction, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].jurisdiction".format(**locals()) + " must be string or number")
                if "keyword" in data_item_keys:
                    data_item_keys.remove("keyword")
                    data_item__keyword = data_item["keyword"]
                    if not isinstance(data_item__keyword, (str, int, float, Decimal)) or isinstance(data_item__keyword, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].keyword".format(**locals()) + " must be string or number")
                if "language" in data_item_keys:
                    data_item_keys.remove("language")
                    data_item__language = data_item["language"]
                    if not isinstance(data_item__language, (str, int, float, Decimal)) or isinstance(data_item__language, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].language".format(**locals()) + " must be string or number")
                if "license" in data_item_keys:
                    data_item_keys.remove("license")
                    data_item__license = data_item["license"]
                    if not isinstance(data_item__license, (str, int, float, Decimal)) or isinstance(data_item__license, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].license".format(**locals()) + " must be string or number")
                if "locator" in data_item_keys:
                    data_item_keys.remove("locator")
                    data_item__locator = data_item["locator"]
                    if not isinstance(data_item__locator, (str, int, float, Decimal)) or isinstance(data_item__locator, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].locator".format(**locals()) + " must be string or number")
                if "medium" in data_item_keys:
                    data_item_keys.remove("medium")
                    data_item__medium = data_item["medium"]
                    if not isinstance(data_item__medium, (str, int, float, Decimal)) or isinstance(data_item__medium, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].medium".format(**locals()) + " must be string or number")
                if "number-of-pages" in data_item_keys:
                    data_item_keys.remove("number-of-pages")
                    data_item__numberofpages = data_item["number-of-pages"]
                    if not isinstance(data_item__numberofpages, (str, int, float, Decimal)) or isinstance(data_item__numberofpages, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].number-of-pages".format(**locals()) + " must be string or number")
                if "number-of-volumes" in data_item_keys:
                    data_item_keys.remove("number-of-volumes")
                    data_item__numberofvolumes = data_item["number-of-volumes"]
                    if not isinstance(data_item__numberofvolumes, (str, int, float, Decimal)) or isinstance(data_item__numberofvolumes, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].number-of-volumes".format(**locals()) + " must be string or number")
                if "original-publisher" in data_item_keys:
                    data_item_keys.remove("original-publisher")
                    data_item__originalpublisher = data_item["original-publisher"]
                    if not isinstance(data_item__originalpublisher, (str, int, float, Decimal)) or isinstance(data_item__originalpublisher, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-publisher".format(**locals()) + " must be string or number")
                if "original-publisher-place" in data_item_keys:
                    data_item_keys.remove("original-publisher-place")
                    data_item__originalpublisherplace = data_item["original-publisher-place"]
                    if not isinstance(data_item__originalpublisherplace, (str, int, float, Decimal)) or isinstance(data_item__originalpublisherplace, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-publisher-place".format(**locals()) + " must be string or number")
                if "original-title" in data_item_keys:
                    data_item_keys.remove("original-title")
                    data_item__originaltitle = data_item["original-title"]
                    if not isinstance(data_item__originaltitle, (str, int, float, Decimal)) or isinstance(data_item__originaltitle, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].original-title".format(**locals()) + " must be string or number")
                if "part-number" in data_item_keys:
                    data_item_keys.remove("part-number")
                    data_item__partnumber = data_item["part-number"]
                    if not isinstance(data_item__partnumber, (str, int, float, Decimal)) or isinstance(data_item__partnumber, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].part-number".format(**locals()) + " must be string or number")
                if "part-title" in data_item_keys:
                    data_item_keys.remove("part-title")
                    data_item__parttitle = data_item["part-title"]
                    if not isinstance(data_item__parttitle, (str, int, float, Decimal)) or isinstance(data_item__parttitle, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].part-title".format(**locals()) + " must be string or number")
                if "printing" in data_item_keys:
                    data_item_keys.remove("printing")
                    data_item__printing = data_item["printing"]
                    if not isinstance(data_item__printing, (str, int, float, Decimal)) or isinstance(data_item__printing, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].printing".format(**locals()) + " must be string or number")
                if "references" in data_item_keys:
                    data_item_keys.remove("references")
                    data_item__references = data_item["references"]
                    if not isinstance(data_item__references, (str, int, float, Decimal)) or isinstance(data_item__references, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].references".format(**locals()) + " must be string or number")
                if "reviewed-genre" in data_item_keys:
                    data_item_keys.remove("reviewed-genre")
                    data_item__reviewedgenre = data_item["reviewed-genre"]
                    if not isinstance(data_item__reviewedgenre, (str, int, float, Decimal)) or isinstance(data_item__reviewedgenre, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-genre".format(**locals()) + " must be string or number")
                if "reviewed-title" in data_item_keys:
                    data_item_keys.remove("reviewed-title")
                    data_item__reviewedtitle = data_item["reviewed-title"]
                    if not isinstance(data_item__reviewedtitle, (str, int, float, Decimal)) or isinstance(data_item__reviewedtitle, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].reviewed-title".format(**locals()) + " must be string or number")
                if "scale" in data_item_keys:
                    data_item_keys.remove("scale")
                    data_item__scale = data_item["scale"]
                    if not isinstance(data_item__scale, (str, int, float, Decimal)) or isinstance(data_item__scale, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].scale".format(**locals()) + " must be string or number")
                if "section" in data_item_keys:
                    data_item_keys.remove("section")
                    data_item__section = data_item["section"]
                    if not isinstance(data_item__section, (str, int, float, Decimal)) or isinstance(data_item__section, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].section".format(**locals()) + " must be string or number")
                if "source" in data_item_keys:
                    data_item_keys.remove("source")
                    data_item__source = data_item["source"]
                    if not isinstance(data_item__source, (str, int, float, Decimal)) or isinstance(data_item__source, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].source".format(**locals()) + " must be string or number")
                if "status" in data_item_keys:
                    data_item_keys.remove("status")
                    data_item__status = data_item["status"]
                    if not isinstance(data_item__status, (str, int, float, Decimal)) or isinstance(data_item__status, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].status".format(**locals()) + " must be string or number")
                if "title-short" in data_item_keys:
                    data_item_keys.remove("title-short")
                    data_item__titleshort = data_item["title-short"]
                    if not isinstance(data_item__titleshort, (str, int, float, Decimal)) or isinstance(data_item__titleshort, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].title-short".format(**locals()) + " must be string or number")
                if "version" in data_item_keys:
                    data_item_keys.remove("version")
                    data_item__version = data_item["version"]
                    if not isinstance(data_item__version, (str, int, float, Decimal)) or isinstance(data_item__version, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].version".format(**locals()) + " must be string or number")
                if "volume-title" in data_item_keys:
                    data_item_keys.remove("volume-title")
                    data_item__volumetitle = data_item["volume-title"]
                    if not isinstance(data_item__volumetitle, (str, int, float, Decimal)) or isinstance(data_item__volumetitle, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].volume-title".format(**locals()) + " must be string or number")
                if "year-suffix" in data_item_keys:
                    data_item_keys.remove("year-suffix")
                    data_item__yearsuffix = data_item["year-suffix"]
                    if not isinstance(data_item__yearsuffix, (str, int, float, Decimal)) or isinstance(data_item__yearsuffix, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].year-suffix".format(**locals()) + " must be string or number")
    return data


validate = validate_peerlearn_references_v1
