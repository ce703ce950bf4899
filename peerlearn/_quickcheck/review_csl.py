"""The quick check of the schema 'review-csl': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "f875a2863d60fdfe34f5ee30a441e697b3c65a98bb86ccc81ded59698b53fbb2"
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

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*(?!\\n)$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*(?!\\n)$")
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'article' or isinstance(data__type, str) and data__type == 'article-journal' or isinstance(data__type, str) and data__type == 'article-magazine' or isinstance(data__type, str) and data__type == 'article-newspaper' or isinstance(data__type, str) and data__type == 'bill' or isinstance(data__type, str) and data__type == 'book' or isinstance(data__type, str) and data__type == 'broadcast' or isinstance(data__type, str) and data__type == 'chapter' or isinstance(data__type, str) and data__type == 'classic' or isinstance(data__type, str) and data__type == 'collection' or isinstance(data__type, str) and data__type == 'dataset' or isinstance(data__type, str) and data__type == 'document' or isinstance(data__type, str) and data__type == 'entry' or isinstance(data__type, str) and data__type == 'entry-dictionary' or isinstance(data__type, str) and data__type == 'entry-encyclopedia' or isinstance(data__type, str) and data__type == 'event' or isinstance(data__type, str) and data__type == 'figure' or isinstance(data__type, str) and data__type == 'graphic' or isinstance(data__type, str) and data__type == 'hearing' or isinstance(data__type, str) and data__type == 'interview' or isinstance(data__type, str) and data__type == 'legal_case' or isinstance(data__type, str) and data__type == 'legislation' or isinstance(data__type, str) and data__type == 'manuscript' or isinstance(data__type, str) and data__type == 'map' or isinstance(data__type, str) and data__type == 'motion_picture' or isinstance(data__type, str) and data__type == 'musical_score' or isinstance(data__type, str) and data__type == 'pamphlet' or isinstance(data__type, str) and data__type == 'paper-conference' or isinstance(data__type, str) and data__type == 'patent' or isinstance(data__type, str) and data__type == 'performance' or isinstance(data__type, str) and data__type == 'periodical' or isinstance(data__type, str) and data__type == 'personal_communication' or isinstance(data__type, str) and data__type == 'post' or isinstance(data__type, str) and data__type == 'post-weblog' or isinstance(data__type, str) and data__type == 'regulation' or isinstance(data__type, str) and data__type == 'report' or isinstance(data__type, str) and data__type == 'review' or isinstance(data__type, str) and data__type == 'review-book' or isinstance(data__type, str) and data__type == 'software' or isinstance(data__type, str) and data__type == 'song' or isinstance(data__type, str) and data__type == 'speech' or isinstance(data__type, str) and data__type == 'standard' or isinstance(data__type, str) and data__type == 'thesis' or isinstance(data__type, str) and data__type == 'treaty' or isinstance(data__type, str) and data__type == 'webpage'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage']")
        if "author" in data_keys:
            data_keys.remove("author")
            data__author = data["author"]
            if not isinstance(data__author, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author must be array")
            data__author_is_list = isinstance(data__author, (list, tuple))
            if data__author_is_list:
                data__author_len = len(data__author)
                for data__author_x, data__author_item in enumerate(data__author):
                    if not isinstance(data__author_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}]".format(**locals()) + " must be object")
                    data__author_item_any_of_count1 = 0
                    if not data__author_item_any_of_count1:
                        try:
                            data__author_item_is_dict = isinstance(data__author_item, dict)
                            if data__author_item_is_dict:
                                data__author_item__missing_keys = set(['family']) - data__author_item.keys()
                                if data__author_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}]".format(**locals()) + " must contain ")
                            data__author_item_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__author_item_any_of_count1:
                        try:
                            data__author_item_is_dict = isinstance(data__author_item, dict)
                            if data__author_item_is_dict:
                                data__author_item__missing_keys = set(['literal']) - data__author_item.keys()
                                if data__author_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}]".format(**locals()) + " must contain ")
                            data__author_item_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__author_item_any_of_count1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__author_item_is_dict = isinstance(data__author_item, dict)
                    if data__author_item_is_dict:
                        data__author_item_keys = set(data__author_item.keys())
                        if "family" in data__author_item_keys:
                            data__author_item_keys.remove("family")
                            data__author_item__family = data__author_item["family"]
                            if not isinstance(data__author_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__author_item__family, str):
                                data__author_item__family_len = len(data__author_item__family)
                                if data__author_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__author_item_keys:
                            data__author_item_keys.remove("given")
                            data__author_item__given = data__author_item["given"]
                            if not isinstance(data__author_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__author_item_keys:
                            data__author_item_keys.remove("literal")
                            data__author_item__literal = data__author_item["literal"]
                            if not isinstance(data__author_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__author_item__literal, str):
                                data__author_item__literal_len = len(data__author_item__literal)
                                if data__author_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__author_item_keys:
                            data__author_item_keys.remove("non-dropping-particle")
                            data__author_item__nondroppingparticle = data__author_item["non-dropping-particle"]
                            if not isinstance(data__author_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__author_item_keys:
                            data__author_item_keys.remove("dropping-particle")
                            data__author_item__droppingparticle = data__author_item["dropping-particle"]
                            if not isinstance(data__author_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__author_item_keys:
                            data__author_item_keys.remove("suffix")
                            data__author_item__suffix = data__author_item["suffix"]
                            if not isinstance(data__author_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__author_item_keys:
                            data__author_item_keys.remove("comma-suffix")
                            data__author_item__commasuffix = data__author_item["comma-suffix"]
                            if not isinstance(data__author_item__commasuffix, (bool, str, int)) and not (isinstance(data__author_item__commasuffix, float) and data__author_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__author_item_keys:
                            data__author_item_keys.remove("static-ordering")
                            data__author_item__staticordering = data__author_item["static-ordering"]
                            if not isinstance(data__author_item__staticordering, (bool, str, int)) and not (isinstance(data__author_item__staticordering, float) and data__author_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__author_item_keys:
                            data__author_item_keys.remove("parse-names")
                            data__author_item__parsenames = data__author_item["parse-names"]
                            if not isinstance(data__author_item__parsenames, (bool, str, int)) and not (isinstance(data__author_item__parsenames, float) and data__author_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__author_item_keys:
                            data__author_item_keys.remove("isInstitution")
                            data__author_item__isInstitution = data__author_item["isInstitution"]
                            if not isinstance(data__author_item__isInstitution, (bool, str, int)) and not (isinstance(data__author_item__isInstitution, float) and data__author_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__author_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".author[{data__author_x}]".format(**locals()) + " must not contain "+str(data__author_item_keys)+" properties")
        if "editor" in data_keys:
            data_keys.remove("editor")
            data__editor = data["editor"]
            if not isinstance(data__editor, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor must be array")
            data__editor_is_list = isinstance(data__editor, (list, tuple))
            if data__editor_is_list:
                data__editor_len = len(data__editor)
                for data__editor_x, data__editor_item in enumerate(data__editor):
                    if not isinstance(data__editor_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}]".format(**locals()) + " must be object")
                    data__editor_item_any_of_count2 = 0
                    if not data__editor_item_any_of_count2:
                        try:
                            data__editor_item_is_dict = isinstance(data__editor_item, dict)
                            if data__editor_item_is_dict:
                                data__editor_item__missing_keys = set(['family']) - data__editor_item.keys()
                                if data__editor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}]".format(**locals()) + " must contain ")
                            data__editor_item_any_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__editor_item_any_of_count2:
                        try:
                            data__editor_item_is_dict = isinstance(data__editor_item, dict)
                            if data__editor_item_is_dict:
                                data__editor_item__missing_keys = set(['literal']) - data__editor_item.keys()
                                if data__editor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}]".format(**locals()) + " must contain ")
                            data__editor_item_any_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__editor_item_any_of_count2:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__editor_item_is_dict = isinstance(data__editor_item, dict)
                    if data__editor_item_is_dict:
                        data__editor_item_keys = set(data__editor_item.keys())
                        if "family" in data__editor_item_keys:
                            data__editor_item_keys.remove("family")
                            data__editor_item__family = data__editor_item["family"]
                            if not isinstance(data__editor_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__editor_item__family, str):
                                data__editor_item__family_len = len(data__editor_item__family)
                                if data__editor_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__editor_item_keys:
                            data__editor_item_keys.remove("given")
                            data__editor_item__given = data__editor_item["given"]
                            if not isinstance(data__editor_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__editor_item_keys:
                            data__editor_item_keys.remove("literal")
                            data__editor_item__literal = data__editor_item["literal"]
                            if not isinstance(data__editor_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__editor_item__literal, str):
                                data__editor_item__literal_len = len(data__editor_item__literal)
                                if data__editor_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__editor_item_keys:
                            data__editor_item_keys.remove("non-dropping-particle")
                            data__editor_item__nondroppingparticle = data__editor_item["non-dropping-particle"]
                            if not isinstance(data__editor_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__editor_item_keys:
                            data__editor_item_keys.remove("dropping-particle")
                            data__editor_item__droppingparticle = data__editor_item["dropping-particle"]
                            if not isinstance(data__editor_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__editor_item_keys:
                            data__editor_item_keys.remove("suffix")
                            data__editor_item__suffix = data__editor_item["suffix"]
                            if not isinstance(data__editor_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__editor_item_keys:
                            data__editor_item_keys.remove("comma-suffix")
                            data__editor_item__commasuffix = data__editor_item["comma-suffix"]
                            if not isinstance(data__editor_item__commasuffix, (bool, str, int)) and not (isinstance(data__editor_item__commasuffix, float) and data__editor_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__editor_item_keys:
                            data__editor_item_keys.remove("static-ordering")
                            data__editor_item__staticordering = data__editor_item["static-ordering"]
                            if not isinstance(data__editor_item__staticordering, (bool, str, int)) and not (isinstance(data__editor_item__staticordering, float) and data__editor_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__editor_item_keys:
                            data__editor_item_keys.remove("parse-names")
                            data__editor_item__parsenames = data__editor_item["parse-names"]
                            if not isinstance(data__editor_item__parsenames, (bool, str, int)) and not (isinstance(data__editor_item__parsenames, float) and data__editor_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__editor_item_keys:
                            data__editor_item_keys.remove("isInstitution")
                            data__editor_item__isInstitution = data__editor_item["isInstitution"]
                            if not isinstance(data__editor_item__isInstitution, (bool, str, int)) and not (isinstance(data__editor_item__isInstitution, float) and data__editor_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__editor_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".editor[{data__editor_x}]".format(**locals()) + " must not contain "+str(data__editor_item_keys)+" properties")
        if "issued" in data_keys:
            data_keys.remove("issued")
            data__issued = data["issued"]
            if not isinstance(data__issued, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must be object")
            data__issued_is_dict = isinstance(data__issued, dict)
            if data__issued_is_dict:
                data__issued__missing_keys = set(['date-parts']) - data__issued.keys()
                if data__issued__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must contain ")
                data__issued_keys = set(data__issued.keys())
                if "date-parts" in data__issued_keys:
                    data__issued_keys.remove("date-parts")
                    data__issued__dateparts = data__issued["date-parts"]
                    if not isinstance(data__issued__dateparts, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.date-parts must be array")
                    data__issued__dateparts_is_list = isinstance(data__issued__dateparts, (list, tuple))
                    if data__issued__dateparts_is_list:
                        data__issued__dateparts_len = len(data__issued__dateparts)
                        if data__issued__dateparts_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.date-parts must contain at least 1 items")
                        if data__issued__dateparts_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.date-parts must contain less than or equal to 2 items")
                        for data__issued__dateparts_x, data__issued__dateparts_item in enumerate(data__issued__dateparts):
                            if not isinstance(data__issued__dateparts_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.date-parts[{data__issued__dateparts_x}]".format(**locals()) + " must be array")
                            data__issued__dateparts_item_is_list = isinstance(data__issued__dateparts_item, (list, tuple))
                            if data__issued__dateparts_item_is_list:
                                data__issued__dateparts_item_len = len(data__issued__dateparts_item)
                                if data__issued__dateparts_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.date-parts[{data__issued__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                if data__issued__dateparts_item_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.date-parts[{data__issued__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__issued__dateparts_item_x, data__issued__dateparts_item_item in enumerate(data__issued__dateparts_item):
                                    if not isinstance(data__issued__dateparts_item_item, (int)) and not (isinstance(data__issued__dateparts_item_item, float) and data__issued__dateparts_item_item.is_integer()) or isinstance(data__issued__dateparts_item_item, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.date-parts[{data__issued__dateparts_x}][{data__issued__dateparts_item_x}]".format(**locals()) + " must be integer")
                if "season" in data__issued_keys:
                    data__issued_keys.remove("season")
                    data__issued__season = data__issued["season"]
                    if not isinstance(data__issued__season, (int, str)) and not (isinstance(data__issued__season, float) and data__issued__season.is_integer()) or isinstance(data__issued__season, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.season must be integer or string")
                if "circa" in data__issued_keys:
                    data__issued_keys.remove("circa")
                    data__issued__circa = data__issued["circa"]
                    if not isinstance(data__issued__circa, (bool, int, str)) and not (isinstance(data__issued__circa, float) and data__issued__circa.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.circa must be boolean or integer or string")
                if "literal" in data__issued_keys:
                    data__issued_keys.remove("literal")
                    data__issued__literal = data__issued["literal"]
                    if not isinstance(data__issued__literal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued.literal must be string")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters")
        if "container-title" in data_keys:
            data_keys.remove("container-title")
            data__containertitle = data["container-title"]
            if not isinstance(data__containertitle, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-title must be string")
        if "container-title-short" in data_keys:
            data_keys.remove("container-title-short")
            data__containertitleshort = data["container-title-short"]
            if not isinstance(data__containertitleshort, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-title-short must be string")
        if "volume" in data_keys:
            data_keys.remove("volume")
            data__volume = data["volume"]
            if not isinstance(data__volume, (str, int)) and not (isinstance(data__volume, float) and data__volume.is_integer()) or isinstance(data__volume, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".volume must be string or integer")
        if "issue" in data_keys:
            data_keys.remove("issue")
            data__issue = data["issue"]
            if not isinstance(data__issue, (str, int)) and not (isinstance(data__issue, float) and data__issue.is_integer()) or isinstance(data__issue, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".issue must be string or integer")
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if not isinstance(data__page, (str, int)) and not (isinstance(data__page, float) and data__page.is_integer()) or isinstance(data__page, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be string or integer")
        if "publisher" in data_keys:
            data_keys.remove("publisher")
            data__publisher = data["publisher"]
            if not isinstance(data__publisher, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publisher must be string")
        if "publisher-place" in data_keys:
            data_keys.remove("publisher-place")
            data__publisherplace = data["publisher-place"]
            if not isinstance(data__publisherplace, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publisher-place must be string")
        if "DOI" in data_keys:
            data_keys.remove("DOI")
            data__DOI = data["DOI"]
            if not isinstance(data__DOI, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".DOI must be string")
            if isinstance(data__DOI, str):
                if not REGEX_PATTERNS['^(?:10\\.[0-9]{4,9}/\\S+|10/[A-Za-z0-9]+)(?!\\n)$'].search(data__DOI):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".DOI must match pattern ^(?:10\\.[0-9]{4,9}/\\S+|10/[A-Za-z0-9]+)(?!\\n)$")
        if "URL" in data_keys:
            data_keys.remove("URL")
            data__URL = data["URL"]
            if not isinstance(data__URL, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".URL must be string")
        if "edition" in data_keys:
            data_keys.remove("edition")
            data__edition = data["edition"]
            if not isinstance(data__edition, (str, int)) and not (isinstance(data__edition, float) and data__edition.is_integer()) or isinstance(data__edition, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edition must be string or integer")
        if "collection-title" in data_keys:
            data_keys.remove("collection-title")
            data__collectiontitle = data["collection-title"]
            if not isinstance(data__collectiontitle, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-title must be string")
        if "number" in data_keys:
            data_keys.remove("number")
            data__number = data["number"]
            if not isinstance(data__number, (str, int)) and not (isinstance(data__number, float) and data__number.is_integer()) or isinstance(data__number, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".number must be string or integer")
        if "genre" in data_keys:
            data_keys.remove("genre")
            data__genre = data["genre"]
            if not isinstance(data__genre, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".genre must be string")
        if "custom" in data_keys:
            data_keys.remove("custom")
            data__custom = data["custom"]
            if not isinstance(data__custom, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom must be object")
            data__custom_is_dict = isinstance(data__custom, dict)
            if data__custom_is_dict:
                data__custom_keys = set(data__custom.keys())
                if "n" in data__custom_keys:
                    data__custom_keys.remove("n")
                    data__custom__n = data__custom["n"]
                    if not isinstance(data__custom__n, (int)) and not (isinstance(data__custom__n, float) and data__custom__n.is_integer()) or isinstance(data__custom__n, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.n must be integer")
                    if isinstance(data__custom__n, (int, float, Decimal)) and not isinstance(data__custom__n, bool):
                        if data__custom__n < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.n must be bigger than or equal to 1")
                if "as_cited" in data__custom_keys:
                    data__custom_keys.remove("as_cited")
                    data__custom__ascited = data__custom["as_cited"]
                    if not isinstance(data__custom__ascited, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.as_cited must be string")
                    if isinstance(data__custom__ascited, str):
                        data__custom__ascited_len = len(data__custom__ascited)
                        if data__custom__ascited_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.as_cited must be longer than or equal to 1 characters")
                if "category" in data__custom_keys:
                    data__custom_keys.remove("category")
                    data__custom__category = data__custom["category"]
                    if not (isinstance(data__custom__category, str) and data__custom__category == 'empirical' or isinstance(data__custom__category, str) and data__custom__category == 'review' or isinstance(data__custom__category, str) and data__custom__category == 'theory' or isinstance(data__custom__category, str) and data__custom__category == 'method' or isinstance(data__custom__category, str) and data__custom__category == 'policy' or isinstance(data__custom__category, str) and data__custom__category == 'practice' or isinstance(data__custom__category, str) and data__custom__category == 'unclassified'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.category must be one of ['empirical', 'review', 'theory', 'method', 'policy', 'practice', 'unclassified']")
                if "authors_truncated" in data__custom_keys:
                    data__custom_keys.remove("authors_truncated")
                    data__custom__authorstruncated = data__custom["authors_truncated"]
                    if not isinstance(data__custom__authorstruncated, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.authors_truncated must be boolean")
                if "record_note" in data__custom_keys:
                    data__custom_keys.remove("record_note")
                    data__custom__recordnote = data__custom["record_note"]
                    if not isinstance(data__custom__recordnote, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.record_note must be string")
                if "original_id" in data__custom_keys:
                    data__custom_keys.remove("original_id")
                    data__custom__originalid = data__custom["original_id"]
                    if not isinstance(data__custom__originalid, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.original_id must be string")
                    if isinstance(data__custom__originalid, str):
                        data__custom__originalid_len = len(data__custom__originalid)
                        if data__custom__originalid_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom.original_id must be longer than or equal to 1 characters")
        if "accessed" in data_keys:
            data_keys.remove("accessed")
            data__accessed = data["accessed"]
            if not isinstance(data__accessed, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed must be object")
            data__accessed_is_dict = isinstance(data__accessed, dict)
            if data__accessed_is_dict:
                data__accessed__missing_keys = set(['date-parts']) - data__accessed.keys()
                if data__accessed__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed must contain ")
                data__accessed_keys = set(data__accessed.keys())
                if "date-parts" in data__accessed_keys:
                    data__accessed_keys.remove("date-parts")
                    data__accessed__dateparts = data__accessed["date-parts"]
                    if not isinstance(data__accessed__dateparts, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.date-parts must be array")
                    data__accessed__dateparts_is_list = isinstance(data__accessed__dateparts, (list, tuple))
                    if data__accessed__dateparts_is_list:
                        data__accessed__dateparts_len = len(data__accessed__dateparts)
                        if data__accessed__dateparts_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.date-parts must contain at least 1 items")
                        if data__accessed__dateparts_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.date-parts must contain less than or equal to 2 items")
                        for data__accessed__dateparts_x, data__accessed__dateparts_item in enumerate(data__accessed__dateparts):
                            if not isinstance(data__accessed__dateparts_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.date-parts[{data__accessed__dateparts_x}]".format(**locals()) + " must be array")
                            data__accessed__dateparts_item_is_list = isinstance(data__accessed__dateparts_item, (list, tuple))
                            if data__accessed__dateparts_item_is_list:
                                data__accessed__dateparts_item_len = len(data__accessed__dateparts_item)
                                if data__accessed__dateparts_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.date-parts[{data__accessed__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                if data__accessed__dateparts_item_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.date-parts[{data__accessed__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__accessed__dateparts_item_x, data__accessed__dateparts_item_item in enumerate(data__accessed__dateparts_item):
                                    if not isinstance(data__accessed__dateparts_item_item, (int)) and not (isinstance(data__accessed__dateparts_item_item, float) and data__accessed__dateparts_item_item.is_integer()) or isinstance(data__accessed__dateparts_item_item, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.date-parts[{data__accessed__dateparts_x}][{data__accessed__dateparts_item_x}]".format(**locals()) + " must be integer")
                if "season" in data__accessed_keys:
                    data__accessed_keys.remove("season")
                    data__accessed__season = data__accessed["season"]
                    if not isinstance(data__accessed__season, (int, str)) and not (isinstance(data__accessed__season, float) and data__accessed__season.is_integer()) or isinstance(data__accessed__season, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.season must be integer or string")
                if "circa" in data__accessed_keys:
                    data__accessed_keys.remove("circa")
                    data__accessed__circa = data__accessed["circa"]
                    if not isinstance(data__accessed__circa, (bool, int, str)) and not (isinstance(data__accessed__circa, float) and data__accessed__circa.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.circa must be boolean or integer or string")
                if "literal" in data__accessed_keys:
                    data__accessed_keys.remove("literal")
                    data__accessed__literal = data__accessed["literal"]
                    if not isinstance(data__accessed__literal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".accessed.literal must be string")
        if "original-date" in data_keys:
            data_keys.remove("original-date")
            data__originaldate = data["original-date"]
            if not isinstance(data__originaldate, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date must be object")
            data__originaldate_is_dict = isinstance(data__originaldate, dict)
            if data__originaldate_is_dict:
                data__originaldate__missing_keys = set(['date-parts']) - data__originaldate.keys()
                if data__originaldate__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date must contain ")
                data__originaldate_keys = set(data__originaldate.keys())
                if "date-parts" in data__originaldate_keys:
                    data__originaldate_keys.remove("date-parts")
                    data__originaldate__dateparts = data__originaldate["date-parts"]
                    if not isinstance(data__originaldate__dateparts, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.date-parts must be array")
                    data__originaldate__dateparts_is_list = isinstance(data__originaldate__dateparts, (list, tuple))
                    if data__originaldate__dateparts_is_list:
                        data__originaldate__dateparts_len = len(data__originaldate__dateparts)
                        if data__originaldate__dateparts_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.date-parts must contain at least 1 items")
                        if data__originaldate__dateparts_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.date-parts must contain less than or equal to 2 items")
                        for data__originaldate__dateparts_x, data__originaldate__dateparts_item in enumerate(data__originaldate__dateparts):
                            if not isinstance(data__originaldate__dateparts_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.date-parts[{data__originaldate__dateparts_x}]".format(**locals()) + " must be array")
                            data__originaldate__dateparts_item_is_list = isinstance(data__originaldate__dateparts_item, (list, tuple))
                            if data__originaldate__dateparts_item_is_list:
                                data__originaldate__dateparts_item_len = len(data__originaldate__dateparts_item)
                                if data__originaldate__dateparts_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.date-parts[{data__originaldate__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                if data__originaldate__dateparts_item_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.date-parts[{data__originaldate__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__originaldate__dateparts_item_x, data__originaldate__dateparts_item_item in enumerate(data__originaldate__dateparts_item):
                                    if not isinstance(data__originaldate__dateparts_item_item, (int)) and not (isinstance(data__originaldate__dateparts_item_item, float) and data__originaldate__dateparts_item_item.is_integer()) or isinstance(data__originaldate__dateparts_item_item, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.date-parts[{data__originaldate__dateparts_x}][{data__originaldate__dateparts_item_x}]".format(**locals()) + " must be integer")
                if "season" in data__originaldate_keys:
                    data__originaldate_keys.remove("season")
                    data__originaldate__season = data__originaldate["season"]
                    if not isinstance(data__originaldate__season, (int, str)) and not (isinstance(data__originaldate__season, float) and data__originaldate__season.is_integer()) or isinstance(data__originaldate__season, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.season must be integer or string")
                if "circa" in data__originaldate_keys:
                    data__originaldate_keys.remove("circa")
                    data__originaldate__circa = data__originaldate["circa"]
                    if not isinstance(data__originaldate__circa, (bool, int, str)) and not (isinstance(data__originaldate__circa, float) and data__originaldate__circa.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.circa must be boolean or integer or string")
                if "literal" in data__originaldate_keys:
                    data__originaldate_keys.remove("literal")
                    data__originaldate__literal = data__originaldate["literal"]
                    if not isinstance(data__originaldate__literal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-date.literal must be string")
        if "event-date" in data_keys:
            data_keys.remove("event-date")
            data__eventdate = data["event-date"]
            if not isinstance(data__eventdate, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date must be object")
            data__eventdate_is_dict = isinstance(data__eventdate, dict)
            if data__eventdate_is_dict:
                data__eventdate__missing_keys = set(['date-parts']) - data__eventdate.keys()
                if data__eventdate__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date must contain ")
                data__eventdate_keys = set(data__eventdate.keys())
                if "date-parts" in data__eventdate_keys:
                    data__eventdate_keys.remove("date-parts")
                    data__eventdate__dateparts = data__eventdate["date-parts"]
                    if not isinstance(data__eventdate__dateparts, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.date-parts must be array")
                    data__eventdate__dateparts_is_list = isinstance(data__eventdate__dateparts, (list, tuple))
                    if data__eventdate__dateparts_is_list:
                        data__eventdate__dateparts_len = len(data__eventdate__dateparts)
                        if data__eventdate__dateparts_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.date-parts must contain at least 1 items")
                        if data__eventdate__dateparts_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.date-parts must contain less than or equal to 2 items")
                        for data__eventdate__dateparts_x, data__eventdate__dateparts_item in enumerate(data__eventdate__dateparts):
                            if not isinstance(data__eventdate__dateparts_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.date-parts[{data__eventdate__dateparts_x}]".format(**locals()) + " must be array")
                            data__eventdate__dateparts_item_is_list = isinstance(data__eventdate__dateparts_item, (list, tuple))
                            if data__eventdate__dateparts_item_is_list:
                                data__eventdate__dateparts_item_len = len(data__eventdate__dateparts_item)
                                if data__eventdate__dateparts_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.date-parts[{data__eventdate__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                if data__eventdate__dateparts_item_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.date-parts[{data__eventdate__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__eventdate__dateparts_item_x, data__eventdate__dateparts_item_item in enumerate(data__eventdate__dateparts_item):
                                    if not isinstance(data__eventdate__dateparts_item_item, (int)) and not (isinstance(data__eventdate__dateparts_item_item, float) and data__eventdate__dateparts_item_item.is_integer()) or isinstance(data__eventdate__dateparts_item_item, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.date-parts[{data__eventdate__dateparts_x}][{data__eventdate__dateparts_item_x}]".format(**locals()) + " must be integer")
                if "season" in data__eventdate_keys:
                    data__eventdate_keys.remove("season")
                    data__eventdate__season = data__eventdate["season"]
                    if not isinstance(data__eventdate__season, (int, str)) and not (isinstance(data__eventdate__season, float) and data__eventdate__season.is_integer()) or isinstance(data__eventdate__season, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.season must be integer or string")
                if "circa" in data__eventdate_keys:
                    data__eventdate_keys.remove("circa")
                    data__eventdate__circa = data__eventdate["circa"]
                    if not isinstance(data__eventdate__circa, (bool, int, str)) and not (isinstance(data__eventdate__circa, float) and data__eventdate__circa.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.circa must be boolean or integer or string")
                if "literal" in data__eventdate_keys:
                    data__eventdate_keys.remove("literal")
                    data__eventdate__literal = data__eventdate["literal"]
                    if not isinstance(data__eventdate__literal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-date.literal must be string")
        if "submitted" in data_keys:
            data_keys.remove("submitted")
            data__submitted = data["submitted"]
            if not isinstance(data__submitted, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted must be object")
            data__submitted_is_dict = isinstance(data__submitted, dict)
            if data__submitted_is_dict:
                data__submitted__missing_keys = set(['date-parts']) - data__submitted.keys()
                if data__submitted__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted must contain ")
                data__submitted_keys = set(data__submitted.keys())
                if "date-parts" in data__submitted_keys:
                    data__submitted_keys.remove("date-parts")
                    data__submitted__dateparts = data__submitted["date-parts"]
                    if not isinstance(data__submitted__dateparts, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.date-parts must be array")
                    data__submitted__dateparts_is_list = isinstance(data__submitted__dateparts, (list, tuple))
                    if data__submitted__dateparts_is_list:
                        data__submitted__dateparts_len = len(data__submitted__dateparts)
                        if data__submitted__dateparts_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.date-parts must contain at least 1 items")
                        if data__submitted__dateparts_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.date-parts must contain less than or equal to 2 items")
                        for data__submitted__dateparts_x, data__submitted__dateparts_item in enumerate(data__submitted__dateparts):
                            if not isinstance(data__submitted__dateparts_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.date-parts[{data__submitted__dateparts_x}]".format(**locals()) + " must be array")
                            data__submitted__dateparts_item_is_list = isinstance(data__submitted__dateparts_item, (list, tuple))
                            if data__submitted__dateparts_item_is_list:
                                data__submitted__dateparts_item_len = len(data__submitted__dateparts_item)
                                if data__submitted__dateparts_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.date-parts[{data__submitted__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                if data__submitted__dateparts_item_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.date-parts[{data__submitted__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__submitted__dateparts_item_x, data__submitted__dateparts_item_item in enumerate(data__submitted__dateparts_item):
                                    if not isinstance(data__submitted__dateparts_item_item, (int)) and not (isinstance(data__submitted__dateparts_item_item, float) and data__submitted__dateparts_item_item.is_integer()) or isinstance(data__submitted__dateparts_item_item, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.date-parts[{data__submitted__dateparts_x}][{data__submitted__dateparts_item_x}]".format(**locals()) + " must be integer")
                if "season" in data__submitted_keys:
                    data__submitted_keys.remove("season")
                    data__submitted__season = data__submitted["season"]
                    if not isinstance(data__submitted__season, (int, str)) and not (isinstance(data__submitted__season, float) and data__submitted__season.is_integer()) or isinstance(data__submitted__season, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.season must be integer or string")
                if "circa" in data__submitted_keys:
                    data__submitted_keys.remove("circa")
                    data__submitted__circa = data__submitted["circa"]
                    if not isinstance(data__submitted__circa, (bool, int, str)) and not (isinstance(data__submitted__circa, float) and data__submitted__circa.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.circa must be boolean or integer or string")
                if "literal" in data__submitted_keys:
                    data__submitted_keys.remove("literal")
                    data__submitted__literal = data__submitted["literal"]
                    if not isinstance(data__submitted__literal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".submitted.literal must be string")
        if "available-date" in data_keys:
            data_keys.remove("available-date")
            data__availabledate = data["available-date"]
            if not isinstance(data__availabledate, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date must be object")
            data__availabledate_is_dict = isinstance(data__availabledate, dict)
            if data__availabledate_is_dict:
                data__availabledate__missing_keys = set(['date-parts']) - data__availabledate.keys()
                if data__availabledate__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date must contain ")
                data__availabledate_keys = set(data__availabledate.keys())
                if "date-parts" in data__availabledate_keys:
                    data__availabledate_keys.remove("date-parts")
                    data__availabledate__dateparts = data__availabledate["date-parts"]
                    if not isinstance(data__availabledate__dateparts, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.date-parts must be array")
                    data__availabledate__dateparts_is_list = isinstance(data__availabledate__dateparts, (list, tuple))
                    if data__availabledate__dateparts_is_list:
                        data__availabledate__dateparts_len = len(data__availabledate__dateparts)
                        if data__availabledate__dateparts_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.date-parts must contain at least 1 items")
                        if data__availabledate__dateparts_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.date-parts must contain less than or equal to 2 items")
                        for data__availabledate__dateparts_x, data__availabledate__dateparts_item in enumerate(data__availabledate__dateparts):
                            if not isinstance(data__availabledate__dateparts_item, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.date-parts[{data__availabledate__dateparts_x}]".format(**locals()) + " must be array")
                            data__availabledate__dateparts_item_is_list = isinstance(data__availabledate__dateparts_item, (list, tuple))
                            if data__availabledate__dateparts_item_is_list:
                                data__availabledate__dateparts_item_len = len(data__availabledate__dateparts_item)
                                if data__availabledate__dateparts_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.date-parts[{data__availabledate__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                                if data__availabledate__dateparts_item_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.date-parts[{data__availabledate__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__availabledate__dateparts_item_x, data__availabledate__dateparts_item_item in enumerate(data__availabledate__dateparts_item):
                                    if not isinstance(data__availabledate__dateparts_item_item, (int)) and not (isinstance(data__availabledate__dateparts_item_item, float) and data__availabledate__dateparts_item_item.is_integer()) or isinstance(data__availabledate__dateparts_item_item, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.date-parts[{data__availabledate__dateparts_x}][{data__availabledate__dateparts_item_x}]".format(**locals()) + " must be integer")
                if "season" in data__availabledate_keys:
                    data__availabledate_keys.remove("season")
                    data__availabledate__season = data__availabledate["season"]
                    if not isinstance(data__availabledate__season, (int, str)) and not (isinstance(data__availabledate__season, float) and data__availabledate__season.is_integer()) or isinstance(data__availabledate__season, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.season must be integer or string")
                if "circa" in data__availabledate_keys:
                    data__availabledate_keys.remove("circa")
                    data__availabledate__circa = data__availabledate["circa"]
                    if not isinstance(data__availabledate__circa, (bool, int, str)) and not (isinstance(data__availabledate__circa, float) and data__availabledate__circa.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.circa must be boolean or integer or string")
                if "literal" in data__availabledate_keys:
                    data__availabledate_keys.remove("literal")
                    data__availabledate__literal = data__availabledate["literal"]
                    if not isinstance(data__availabledate__literal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".available-date.literal must be string")
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string")
        if "abstract" in data_keys:
            data_keys.remove("abstract")
            data__abstract = data["abstract"]
            if not isinstance(data__abstract, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".abstract must be string")
        if "chair" in data_keys:
            data_keys.remove("chair")
            data__chair = data["chair"]
            if not isinstance(data__chair, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair must be array")
            data__chair_is_list = isinstance(data__chair, (list, tuple))
            if data__chair_is_list:
                data__chair_len = len(data__chair)
                for data__chair_x, data__chair_item in enumerate(data__chair):
                    if not isinstance(data__chair_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}]".format(**locals()) + " must be object")
                    data__chair_item_any_of_count3 = 0
                    if not data__chair_item_any_of_count3:
                        try:
                            data__chair_item_is_dict = isinstance(data__chair_item, dict)
                            if data__chair_item_is_dict:
                                data__chair_item__missing_keys = set(['family']) - data__chair_item.keys()
                                if data__chair_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}]".format(**locals()) + " must contain ")
                            data__chair_item_any_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__chair_item_any_of_count3:
                        try:
                            data__chair_item_is_dict = isinstance(data__chair_item, dict)
                            if data__chair_item_is_dict:
                                data__chair_item__missing_keys = set(['literal']) - data__chair_item.keys()
                                if data__chair_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}]".format(**locals()) + " must contain ")
                            data__chair_item_any_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__chair_item_any_of_count3:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__chair_item_is_dict = isinstance(data__chair_item, dict)
                    if data__chair_item_is_dict:
                        data__chair_item_keys = set(data__chair_item.keys())
                        if "family" in data__chair_item_keys:
                            data__chair_item_keys.remove("family")
                            data__chair_item__family = data__chair_item["family"]
                            if not isinstance(data__chair_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__chair_item__family, str):
                                data__chair_item__family_len = len(data__chair_item__family)
                                if data__chair_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__chair_item_keys:
                            data__chair_item_keys.remove("given")
                            data__chair_item__given = data__chair_item["given"]
                            if not isinstance(data__chair_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__chair_item_keys:
                            data__chair_item_keys.remove("literal")
                            data__chair_item__literal = data__chair_item["literal"]
                            if not isinstance(data__chair_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__chair_item__literal, str):
                                data__chair_item__literal_len = len(data__chair_item__literal)
                                if data__chair_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__chair_item_keys:
                            data__chair_item_keys.remove("non-dropping-particle")
                            data__chair_item__nondroppingparticle = data__chair_item["non-dropping-particle"]
                            if not isinstance(data__chair_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__chair_item_keys:
                            data__chair_item_keys.remove("dropping-particle")
                            data__chair_item__droppingparticle = data__chair_item["dropping-particle"]
                            if not isinstance(data__chair_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__chair_item_keys:
                            data__chair_item_keys.remove("suffix")
                            data__chair_item__suffix = data__chair_item["suffix"]
                            if not isinstance(data__chair_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__chair_item_keys:
                            data__chair_item_keys.remove("comma-suffix")
                            data__chair_item__commasuffix = data__chair_item["comma-suffix"]
                            if not isinstance(data__chair_item__commasuffix, (bool, str, int)) and not (isinstance(data__chair_item__commasuffix, float) and data__chair_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__chair_item_keys:
                            data__chair_item_keys.remove("static-ordering")
                            data__chair_item__staticordering = data__chair_item["static-ordering"]
                            if not isinstance(data__chair_item__staticordering, (bool, str, int)) and not (isinstance(data__chair_item__staticordering, float) and data__chair_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__chair_item_keys:
                            data__chair_item_keys.remove("parse-names")
                            data__chair_item__parsenames = data__chair_item["parse-names"]
                            if not isinstance(data__chair_item__parsenames, (bool, str, int)) and not (isinstance(data__chair_item__parsenames, float) and data__chair_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__chair_item_keys:
                            data__chair_item_keys.remove("isInstitution")
                            data__chair_item__isInstitution = data__chair_item["isInstitution"]
                            if not isinstance(data__chair_item__isInstitution, (bool, str, int)) and not (isinstance(data__chair_item__isInstitution, float) and data__chair_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__chair_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".chair[{data__chair_x}]".format(**locals()) + " must not contain "+str(data__chair_item_keys)+" properties")
        if "collection-editor" in data_keys:
            data_keys.remove("collection-editor")
            data__collectioneditor = data["collection-editor"]
            if not isinstance(data__collectioneditor, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor must be array")
            data__collectioneditor_is_list = isinstance(data__collectioneditor, (list, tuple))
            if data__collectioneditor_is_list:
                data__collectioneditor_len = len(data__collectioneditor)
                for data__collectioneditor_x, data__collectioneditor_item in enumerate(data__collectioneditor):
                    if not isinstance(data__collectioneditor_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}]".format(**locals()) + " must be object")
                    data__collectioneditor_item_any_of_count4 = 0
                    if not data__collectioneditor_item_any_of_count4:
                        try:
                            data__collectioneditor_item_is_dict = isinstance(data__collectioneditor_item, dict)
                            if data__collectioneditor_item_is_dict:
                                data__collectioneditor_item__missing_keys = set(['family']) - data__collectioneditor_item.keys()
                                if data__collectioneditor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}]".format(**locals()) + " must contain ")
                            data__collectioneditor_item_any_of_count4 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__collectioneditor_item_any_of_count4:
                        try:
                            data__collectioneditor_item_is_dict = isinstance(data__collectioneditor_item, dict)
                            if data__collectioneditor_item_is_dict:
                                data__collectioneditor_item__missing_keys = set(['literal']) - data__collectioneditor_item.keys()
                                if data__collectioneditor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}]".format(**locals()) + " must contain ")
                            data__collectioneditor_item_any_of_count4 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__collectioneditor_item_any_of_count4:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__collectioneditor_item_is_dict = isinstance(data__collectioneditor_item, dict)
                    if data__collectioneditor_item_is_dict:
                        data__collectioneditor_item_keys = set(data__collectioneditor_item.keys())
                        if "family" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("family")
                            data__collectioneditor_item__family = data__collectioneditor_item["family"]
                            if not isinstance(data__collectioneditor_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__collectioneditor_item__family, str):
                                data__collectioneditor_item__family_len = len(data__collectioneditor_item__family)
                                if data__collectioneditor_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("given")
                            data__collectioneditor_item__given = data__collectioneditor_item["given"]
                            if not isinstance(data__collectioneditor_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("literal")
                            data__collectioneditor_item__literal = data__collectioneditor_item["literal"]
                            if not isinstance(data__collectioneditor_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__collectioneditor_item__literal, str):
                                data__collectioneditor_item__literal_len = len(data__collectioneditor_item__literal)
                                if data__collectioneditor_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("non-dropping-particle")
                            data__collectioneditor_item__nondroppingparticle = data__collectioneditor_item["non-dropping-particle"]
                            if not isinstance(data__collectioneditor_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("dropping-particle")
                            data__collectioneditor_item__droppingparticle = data__collectioneditor_item["dropping-particle"]
                            if not isinstance(data__collectioneditor_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("suffix")
                            data__collectioneditor_item__suffix = data__collectioneditor_item["suffix"]
                            if not isinstance(data__collectioneditor_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("comma-suffix")
                            data__collectioneditor_item__commasuffix = data__collectioneditor_item["comma-suffix"]
                            if not isinstance(data__collectioneditor_item__commasuffix, (bool, str, int)) and not (isinstance(data__collectioneditor_item__commasuffix, float) and data__collectioneditor_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("static-ordering")
                            data__collectioneditor_item__staticordering = data__collectioneditor_item["static-ordering"]
                            if not isinstance(data__collectioneditor_item__staticordering, (bool, str, int)) and not (isinstance(data__collectioneditor_item__staticordering, float) and data__collectioneditor_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("parse-names")
                            data__collectioneditor_item__parsenames = data__collectioneditor_item["parse-names"]
                            if not isinstance(data__collectioneditor_item__parsenames, (bool, str, int)) and not (isinstance(data__collectioneditor_item__parsenames, float) and data__collectioneditor_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__collectioneditor_item_keys:
                            data__collectioneditor_item_keys.remove("isInstitution")
                            data__collectioneditor_item__isInstitution = data__collectioneditor_item["isInstitution"]
                            if not isinstance(data__collectioneditor_item__isInstitution, (bool, str, int)) and not (isinstance(data__collectioneditor_item__isInstitution, float) and data__collectioneditor_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__collectioneditor_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-editor[{data__collectioneditor_x}]".format(**locals()) + " must not contain "+str(data__collectioneditor_item_keys)+" properties")
        if "compiler" in data_keys:
            data_keys.remove("compiler")
            data__compiler = data["compiler"]
            if not isinstance(data__compiler, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler must be array")
            data__compiler_is_list = isinstance(data__compiler, (list, tuple))
            if data__compiler_is_list:
                data__compiler_len = len(data__compiler)
                for data__compiler_x, data__compiler_item in enumerate(data__compiler):
                    if not isinstance(data__compiler_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}]".format(**locals()) + " must be object")
                    data__compiler_item_any_of_count5 = 0
                    if not data__compiler_item_any_of_count5:
                        try:
                            data__compiler_item_is_dict = isinstance(data__compiler_item, dict)
                            if data__compiler_item_is_dict:
                                data__compiler_item__missing_keys = set(['family']) - data__compiler_item.keys()
                                if data__compiler_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}]".format(**locals()) + " must contain ")
                            data__compiler_item_any_of_count5 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__compiler_item_any_of_count5:
                        try:
                            data__compiler_item_is_dict = isinstance(data__compiler_item, dict)
                            if data__compiler_item_is_dict:
                                data__compiler_item__missing_keys = set(['literal']) - data__compiler_item.keys()
                                if data__compiler_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}]".format(**locals()) + " must contain ")
                            data__compiler_item_any_of_count5 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__compiler_item_any_of_count5:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__compiler_item_is_dict = isinstance(data__compiler_item, dict)
                    if data__compiler_item_is_dict:
                        data__compiler_item_keys = set(data__compiler_item.keys())
                        if "family" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("family")
                            data__compiler_item__family = data__compiler_item["family"]
                            if not isinstance(data__compiler_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__compiler_item__family, str):
                                data__compiler_item__family_len = len(data__compiler_item__family)
                                if data__compiler_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("given")
                            data__compiler_item__given = data__compiler_item["given"]
                            if not isinstance(data__compiler_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("literal")
                            data__compiler_item__literal = data__compiler_item["literal"]
                            if not isinstance(data__compiler_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__compiler_item__literal, str):
                                data__compiler_item__literal_len = len(data__compiler_item__literal)
                                if data__compiler_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("non-dropping-particle")
                            data__compiler_item__nondroppingparticle = data__compiler_item["non-dropping-particle"]
                            if not isinstance(data__compiler_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("dropping-particle")
                            data__compiler_item__droppingparticle = data__compiler_item["dropping-particle"]
                            if not isinstance(data__compiler_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("suffix")
                            data__compiler_item__suffix = data__compiler_item["suffix"]
                            if not isinstance(data__compiler_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("comma-suffix")
                            data__compiler_item__commasuffix = data__compiler_item["comma-suffix"]
                            if not isinstance(data__compiler_item__commasuffix, (bool, str, int)) and not (isinstance(data__compiler_item__commasuffix, float) and data__compiler_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("static-ordering")
                            data__compiler_item__staticordering = data__compiler_item["static-ordering"]
                            if not isinstance(data__compiler_item__staticordering, (bool, str, int)) and not (isinstance(data__compiler_item__staticordering, float) and data__compiler_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("parse-names")
                            data__compiler_item__parsenames = data__compiler_item["parse-names"]
                            if not isinstance(data__compiler_item__parsenames, (bool, str, int)) and not (isinstance(data__compiler_item__parsenames, float) and data__compiler_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__compiler_item_keys:
                            data__compiler_item_keys.remove("isInstitution")
                            data__compiler_item__isInstitution = data__compiler_item["isInstitution"]
                            if not isinstance(data__compiler_item__isInstitution, (bool, str, int)) and not (isinstance(data__compiler_item__isInstitution, float) and data__compiler_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__compiler_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".compiler[{data__compiler_x}]".format(**locals()) + " must not contain "+str(data__compiler_item_keys)+" properties")
        if "composer" in data_keys:
            data_keys.remove("composer")
            data__composer = data["composer"]
            if not isinstance(data__composer, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer must be array")
            data__composer_is_list = isinstance(data__composer, (list, tuple))
            if data__composer_is_list:
                data__composer_len = len(data__composer)
                for data__composer_x, data__composer_item in enumerate(data__composer):
                    if not isinstance(data__composer_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}]".format(**locals()) + " must be object")
                    data__composer_item_any_of_count6 = 0
                    if not data__composer_item_any_of_count6:
                        try:
                            data__composer_item_is_dict = isinstance(data__composer_item, dict)
                            if data__composer_item_is_dict:
                                data__composer_item__missing_keys = set(['family']) - data__composer_item.keys()
                                if data__composer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}]".format(**locals()) + " must contain ")
                            data__composer_item_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__composer_item_any_of_count6:
                        try:
                            data__composer_item_is_dict = isinstance(data__composer_item, dict)
                            if data__composer_item_is_dict:
                                data__composer_item__missing_keys = set(['literal']) - data__composer_item.keys()
                                if data__composer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}]".format(**locals()) + " must contain ")
                            data__composer_item_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__composer_item_any_of_count6:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__composer_item_is_dict = isinstance(data__composer_item, dict)
                    if data__composer_item_is_dict:
                        data__composer_item_keys = set(data__composer_item.keys())
                        if "family" in data__composer_item_keys:
                            data__composer_item_keys.remove("family")
                            data__composer_item__family = data__composer_item["family"]
                            if not isinstance(data__composer_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__composer_item__family, str):
                                data__composer_item__family_len = len(data__composer_item__family)
                                if data__composer_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__composer_item_keys:
                            data__composer_item_keys.remove("given")
                            data__composer_item__given = data__composer_item["given"]
                            if not isinstance(data__composer_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__composer_item_keys:
                            data__composer_item_keys.remove("literal")
                            data__composer_item__literal = data__composer_item["literal"]
                            if not isinstance(data__composer_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__composer_item__literal, str):
                                data__composer_item__literal_len = len(data__composer_item__literal)
                                if data__composer_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__composer_item_keys:
                            data__composer_item_keys.remove("non-dropping-particle")
                            data__composer_item__nondroppingparticle = data__composer_item["non-dropping-particle"]
                            if not isinstance(data__composer_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__composer_item_keys:
                            data__composer_item_keys.remove("dropping-particle")
                            data__composer_item__droppingparticle = data__composer_item["dropping-particle"]
                            if not isinstance(data__composer_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__composer_item_keys:
                            data__composer_item_keys.remove("suffix")
                            data__composer_item__suffix = data__composer_item["suffix"]
                            if not isinstance(data__composer_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__composer_item_keys:
                            data__composer_item_keys.remove("comma-suffix")
                            data__composer_item__commasuffix = data__composer_item["comma-suffix"]
                            if not isinstance(data__composer_item__commasuffix, (bool, str, int)) and not (isinstance(data__composer_item__commasuffix, float) and data__composer_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__composer_item_keys:
                            data__composer_item_keys.remove("static-ordering")
                            data__composer_item__staticordering = data__composer_item["static-ordering"]
                            if not isinstance(data__composer_item__staticordering, (bool, str, int)) and not (isinstance(data__composer_item__staticordering, float) and data__composer_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__composer_item_keys:
                            data__composer_item_keys.remove("parse-names")
                            data__composer_item__parsenames = data__composer_item["parse-names"]
                            if not isinstance(data__composer_item__parsenames, (bool, str, int)) and not (isinstance(data__composer_item__parsenames, float) and data__composer_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__composer_item_keys:
                            data__composer_item_keys.remove("isInstitution")
                            data__composer_item__isInstitution = data__composer_item["isInstitution"]
                            if not isinstance(data__composer_item__isInstitution, (bool, str, int)) and not (isinstance(data__composer_item__isInstitution, float) and data__composer_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__composer_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".composer[{data__composer_x}]".format(**locals()) + " must not contain "+str(data__composer_item_keys)+" properties")
        if "container-author" in data_keys:
            data_keys.remove("container-author")
            data__containerauthor = data["container-author"]
            if not isinstance(data__containerauthor, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author must be array")
            data__containerauthor_is_list = isinstance(data__containerauthor, (list, tuple))
            if data__containerauthor_is_list:
                data__containerauthor_len = len(data__containerauthor)
                for data__containerauthor_x, data__containerauthor_item in enumerate(data__containerauthor):
                    if not isinstance(data__containerauthor_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}]".format(**locals()) + " must be object")
                    data__containerauthor_item_any_of_count7 = 0
                    if not data__containerauthor_item_any_of_count7:
                        try:
                            data__containerauthor_item_is_dict = isinstance(data__containerauthor_item, dict)
                            if data__containerauthor_item_is_dict:
                                data__containerauthor_item__missing_keys = set(['family']) - data__containerauthor_item.keys()
                                if data__containerauthor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}]".format(**locals()) + " must contain ")
                            data__containerauthor_item_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__containerauthor_item_any_of_count7:
                        try:
                            data__containerauthor_item_is_dict = isinstance(data__containerauthor_item, dict)
                            if data__containerauthor_item_is_dict:
                                data__containerauthor_item__missing_keys = set(['literal']) - data__containerauthor_item.keys()
                                if data__containerauthor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}]".format(**locals()) + " must contain ")
                            data__containerauthor_item_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__containerauthor_item_any_of_count7:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__containerauthor_item_is_dict = isinstance(data__containerauthor_item, dict)
                    if data__containerauthor_item_is_dict:
                        data__containerauthor_item_keys = set(data__containerauthor_item.keys())
                        if "family" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("family")
                            data__containerauthor_item__family = data__containerauthor_item["family"]
                            if not isinstance(data__containerauthor_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__containerauthor_item__family, str):
                                data__containerauthor_item__family_len = len(data__containerauthor_item__family)
                                if data__containerauthor_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("given")
                            data__containerauthor_item__given = data__containerauthor_item["given"]
                            if not isinstance(data__containerauthor_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("literal")
                            data__containerauthor_item__literal = data__containerauthor_item["literal"]
                            if not isinstance(data__containerauthor_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__containerauthor_item__literal, str):
                                data__containerauthor_item__literal_len = len(data__containerauthor_item__literal)
                                if data__containerauthor_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("non-dropping-particle")
                            data__containerauthor_item__nondroppingparticle = data__containerauthor_item["non-dropping-particle"]
                            if not isinstance(data__containerauthor_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("dropping-particle")
                            data__containerauthor_item__droppingparticle = data__containerauthor_item["dropping-particle"]
                            if not isinstance(data__containerauthor_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("suffix")
                            data__containerauthor_item__suffix = data__containerauthor_item["suffix"]
                            if not isinstance(data__containerauthor_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("comma-suffix")
                            data__containerauthor_item__commasuffix = data__containerauthor_item["comma-suffix"]
                            if not isinstance(data__containerauthor_item__commasuffix, (bool, str, int)) and not (isinstance(data__containerauthor_item__commasuffix, float) and data__containerauthor_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("static-ordering")
                            data__containerauthor_item__staticordering = data__containerauthor_item["static-ordering"]
                            if not isinstance(data__containerauthor_item__staticordering, (bool, str, int)) and not (isinstance(data__containerauthor_item__staticordering, float) and data__containerauthor_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("parse-names")
                            data__containerauthor_item__parsenames = data__containerauthor_item["parse-names"]
                            if not isinstance(data__containerauthor_item__parsenames, (bool, str, int)) and not (isinstance(data__containerauthor_item__parsenames, float) and data__containerauthor_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__containerauthor_item_keys:
                            data__containerauthor_item_keys.remove("isInstitution")
                            data__containerauthor_item__isInstitution = data__containerauthor_item["isInstitution"]
                            if not isinstance(data__containerauthor_item__isInstitution, (bool, str, int)) and not (isinstance(data__containerauthor_item__isInstitution, float) and data__containerauthor_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__containerauthor_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".container-author[{data__containerauthor_x}]".format(**locals()) + " must not contain "+str(data__containerauthor_item_keys)+" properties")
        if "contributor" in data_keys:
            data_keys.remove("contributor")
            data__contributor = data["contributor"]
            if not isinstance(data__contributor, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor must be array")
            data__contributor_is_list = isinstance(data__contributor, (list, tuple))
            if data__contributor_is_list:
                data__contributor_len = len(data__contributor)
                for data__contributor_x, data__contributor_item in enumerate(data__contributor):
                    if not isinstance(data__contributor_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}]".format(**locals()) + " must be object")
                    data__contributor_item_any_of_count8 = 0
                    if not data__contributor_item_any_of_count8:
                        try:
                            data__contributor_item_is_dict = isinstance(data__contributor_item, dict)
                            if data__contributor_item_is_dict:
                                data__contributor_item__missing_keys = set(['family']) - data__contributor_item.keys()
                                if data__contributor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}]".format(**locals()) + " must contain ")
                            data__contributor_item_any_of_count8 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__contributor_item_any_of_count8:
                        try:
                            data__contributor_item_is_dict = isinstance(data__contributor_item, dict)
                            if data__contributor_item_is_dict:
                                data__contributor_item__missing_keys = set(['literal']) - data__contributor_item.keys()
                                if data__contributor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}]".format(**locals()) + " must contain ")
                            data__contributor_item_any_of_count8 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__contributor_item_any_of_count8:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__contributor_item_is_dict = isinstance(data__contributor_item, dict)
                    if data__contributor_item_is_dict:
                        data__contributor_item_keys = set(data__contributor_item.keys())
                        if "family" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("family")
                            data__contributor_item__family = data__contributor_item["family"]
                            if not isinstance(data__contributor_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__contributor_item__family, str):
                                data__contributor_item__family_len = len(data__contributor_item__family)
                                if data__contributor_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("given")
                            data__contributor_item__given = data__contributor_item["given"]
                            if not isinstance(data__contributor_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("literal")
                            data__contributor_item__literal = data__contributor_item["literal"]
                            if not isinstance(data__contributor_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__contributor_item__literal, str):
                                data__contributor_item__literal_len = len(data__contributor_item__literal)
                                if data__contributor_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("non-dropping-particle")
                            data__contributor_item__nondroppingparticle = data__contributor_item["non-dropping-particle"]
                            if not isinstance(data__contributor_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("dropping-particle")
                            data__contributor_item__droppingparticle = data__contributor_item["dropping-particle"]
                            if not isinstance(data__contributor_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("suffix")
                            data__contributor_item__suffix = data__contributor_item["suffix"]
                            if not isinstance(data__contributor_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("comma-suffix")
                            data__contributor_item__commasuffix = data__contributor_item["comma-suffix"]
                            if not isinstance(data__contributor_item__commasuffix, (bool, str, int)) and not (isinstance(data__contributor_item__commasuffix, float) and data__contributor_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("static-ordering")
                            data__contributor_item__staticordering = data__contributor_item["static-ordering"]
                            if not isinstance(data__contributor_item__staticordering, (bool, str, int)) and not (isinstance(data__contributor_item__staticordering, float) and data__contributor_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("parse-names")
                            data__contributor_item__parsenames = data__contributor_item["parse-names"]
                            if not isinstance(data__contributor_item__parsenames, (bool, str, int)) and not (isinstance(data__contributor_item__parsenames, float) and data__contributor_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__contributor_item_keys:
                            data__contributor_item_keys.remove("isInstitution")
                            data__contributor_item__isInstitution = data__contributor_item["isInstitution"]
                            if not isinstance(data__contributor_item__isInstitution, (bool, str, int)) and not (isinstance(data__contributor_item__isInstitution, float) and data__contributor_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__contributor_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contributor[{data__contributor_x}]".format(**locals()) + " must not contain "+str(data__contributor_item_keys)+" properties")
        if "curator" in data_keys:
            data_keys.remove("curator")
            data__curator = data["curator"]
            if not isinstance(data__curator, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator must be array")
            data__curator_is_list = isinstance(data__curator, (list, tuple))
            if data__curator_is_list:
                data__curator_len = len(data__curator)
                for data__curator_x, data__curator_item in enumerate(data__curator):
                    if not isinstance(data__curator_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}]".format(**locals()) + " must be object")
                    data__curator_item_any_of_count9 = 0
                    if not data__curator_item_any_of_count9:
                        try:
                            data__curator_item_is_dict = isinstance(data__curator_item, dict)
                            if data__curator_item_is_dict:
                                data__curator_item__missing_keys = set(['family']) - data__curator_item.keys()
                                if data__curator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}]".format(**locals()) + " must contain ")
                            data__curator_item_any_of_count9 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__curator_item_any_of_count9:
                        try:
                            data__curator_item_is_dict = isinstance(data__curator_item, dict)
                            if data__curator_item_is_dict:
                                data__curator_item__missing_keys = set(['literal']) - data__curator_item.keys()
                                if data__curator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}]".format(**locals()) + " must contain ")
                            data__curator_item_any_of_count9 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__curator_item_any_of_count9:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__curator_item_is_dict = isinstance(data__curator_item, dict)
                    if data__curator_item_is_dict:
                        data__curator_item_keys = set(data__curator_item.keys())
                        if "family" in data__curator_item_keys:
                            data__curator_item_keys.remove("family")
                            data__curator_item__family = data__curator_item["family"]
                            if not isinstance(data__curator_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__curator_item__family, str):
                                data__curator_item__family_len = len(data__curator_item__family)
                                if data__curator_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__curator_item_keys:
                            data__curator_item_keys.remove("given")
                            data__curator_item__given = data__curator_item["given"]
                            if not isinstance(data__curator_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__curator_item_keys:
                            data__curator_item_keys.remove("literal")
                            data__curator_item__literal = data__curator_item["literal"]
                            if not isinstance(data__curator_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__curator_item__literal, str):
                                data__curator_item__literal_len = len(data__curator_item__literal)
                                if data__curator_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__curator_item_keys:
                            data__curator_item_keys.remove("non-dropping-particle")
                            data__curator_item__nondroppingparticle = data__curator_item["non-dropping-particle"]
                            if not isinstance(data__curator_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__curator_item_keys:
                            data__curator_item_keys.remove("dropping-particle")
                            data__curator_item__droppingparticle = data__curator_item["dropping-particle"]
                            if not isinstance(data__curator_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__curator_item_keys:
                            data__curator_item_keys.remove("suffix")
                            data__curator_item__suffix = data__curator_item["suffix"]
                            if not isinstance(data__curator_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__curator_item_keys:
                            data__curator_item_keys.remove("comma-suffix")
                            data__curator_item__commasuffix = data__curator_item["comma-suffix"]
                            if not isinstance(data__curator_item__commasuffix, (bool, str, int)) and not (isinstance(data__curator_item__commasuffix, float) and data__curator_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__curator_item_keys:
                            data__curator_item_keys.remove("static-ordering")
                            data__curator_item__staticordering = data__curator_item["static-ordering"]
                            if not isinstance(data__curator_item__staticordering, (bool, str, int)) and not (isinstance(data__curator_item__staticordering, float) and data__curator_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__curator_item_keys:
                            data__curator_item_keys.remove("parse-names")
                            data__curator_item__parsenames = data__curator_item["parse-names"]
                            if not isinstance(data__curator_item__parsenames, (bool, str, int)) and not (isinstance(data__curator_item__parsenames, float) and data__curator_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__curator_item_keys:
                            data__curator_item_keys.remove("isInstitution")
                            data__curator_item__isInstitution = data__curator_item["isInstitution"]
                            if not isinstance(data__curator_item__isInstitution, (bool, str, int)) and not (isinstance(data__curator_item__isInstitution, float) and data__curator_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__curator_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".curator[{data__curator_x}]".format(**locals()) + " must not contain "+str(data__curator_item_keys)+" properties")
        if "director" in data_keys:
            data_keys.remove("director")
            data__director = data["director"]
            if not isinstance(data__director, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director must be array")
            data__director_is_list = isinstance(data__director, (list, tuple))
            if data__director_is_list:
                data__director_len = len(data__director)
                for data__director_x, data__director_item in enumerate(data__director):
                    if not isinstance(data__director_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}]".format(**locals()) + " must be object")
                    data__director_item_any_of_count10 = 0
                    if not data__director_item_any_of_count10:
                        try:
                            data__director_item_is_dict = isinstance(data__director_item, dict)
                            if data__director_item_is_dict:
                                data__director_item__missing_keys = set(['family']) - data__director_item.keys()
                                if data__director_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}]".format(**locals()) + " must contain ")
                            data__director_item_any_of_count10 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__director_item_any_of_count10:
                        try:
                            data__director_item_is_dict = isinstance(data__director_item, dict)
                            if data__director_item_is_dict:
                                data__director_item__missing_keys = set(['literal']) - data__director_item.keys()
                                if data__director_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}]".format(**locals()) + " must contain ")
                            data__director_item_any_of_count10 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__director_item_any_of_count10:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__director_item_is_dict = isinstance(data__director_item, dict)
                    if data__director_item_is_dict:
                        data__director_item_keys = set(data__director_item.keys())
                        if "family" in data__director_item_keys:
                            data__director_item_keys.remove("family")
                            data__director_item__family = data__director_item["family"]
                            if not isinstance(data__director_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__director_item__family, str):
                                data__director_item__family_len = len(data__director_item__family)
                                if data__director_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__director_item_keys:
                            data__director_item_keys.remove("given")
                            data__director_item__given = data__director_item["given"]
                            if not isinstance(data__director_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__director_item_keys:
                            data__director_item_keys.remove("literal")
                            data__director_item__literal = data__director_item["literal"]
                            if not isinstance(data__director_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__director_item__literal, str):
                                data__director_item__literal_len = len(data__director_item__literal)
                                if data__director_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__director_item_keys:
                            data__director_item_keys.remove("non-dropping-particle")
                            data__director_item__nondroppingparticle = data__director_item["non-dropping-particle"]
                            if not isinstance(data__director_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__director_item_keys:
                            data__director_item_keys.remove("dropping-particle")
                            data__director_item__droppingparticle = data__director_item["dropping-particle"]
                            if not isinstance(data__director_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__director_item_keys:
                            data__director_item_keys.remove("suffix")
                            data__director_item__suffix = data__director_item["suffix"]
                            if not isinstance(data__director_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__director_item_keys:
                            data__director_item_keys.remove("comma-suffix")
                            data__director_item__commasuffix = data__director_item["comma-suffix"]
                            if not isinstance(data__director_item__commasuffix, (bool, str, int)) and not (isinstance(data__director_item__commasuffix, float) and data__director_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__director_item_keys:
                            data__director_item_keys.remove("static-ordering")
                            data__director_item__staticordering = data__director_item["static-ordering"]
                            if not isinstance(data__director_item__staticordering, (bool, str, int)) and not (isinstance(data__director_item__staticordering, float) and data__director_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__director_item_keys:
                            data__director_item_keys.remove("parse-names")
                            data__director_item__parsenames = data__director_item["parse-names"]
                            if not isinstance(data__director_item__parsenames, (bool, str, int)) and not (isinstance(data__director_item__parsenames, float) and data__director_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__director_item_keys:
                            data__director_item_keys.remove("isInstitution")
                            data__director_item__isInstitution = data__director_item["isInstitution"]
                            if not isinstance(data__director_item__isInstitution, (bool, str, int)) and not (isinstance(data__director_item__isInstitution, float) and data__director_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__director_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".director[{data__director_x}]".format(**locals()) + " must not contain "+str(data__director_item_keys)+" properties")
        if "editorial-director" in data_keys:
            data_keys.remove("editorial-director")
            data__editorialdirector = data["editorial-director"]
            if not isinstance(data__editorialdirector, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director must be array")
            data__editorialdirector_is_list = isinstance(data__editorialdirector, (list, tuple))
            if data__editorialdirector_is_list:
                data__editorialdirector_len = len(data__editorialdirector)
                for data__editorialdirector_x, data__editorialdirector_item in enumerate(data__editorialdirector):
                    if not isinstance(data__editorialdirector_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}]".format(**locals()) + " must be object")
                    data__editorialdirector_item_any_of_count11 = 0
                    if not data__editorialdirector_item_any_of_count11:
                        try:
                            data__editorialdirector_item_is_dict = isinstance(data__editorialdirector_item, dict)
                            if data__editorialdirector_item_is_dict:
                                data__editorialdirector_item__missing_keys = set(['family']) - data__editorialdirector_item.keys()
                                if data__editorialdirector_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}]".format(**locals()) + " must contain ")
                            data__editorialdirector_item_any_of_count11 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__editorialdirector_item_any_of_count11:
                        try:
                            data__editorialdirector_item_is_dict = isinstance(data__editorialdirector_item, dict)
                            if data__editorialdirector_item_is_dict:
                                data__editorialdirector_item__missing_keys = set(['literal']) - data__editorialdirector_item.keys()
                                if data__editorialdirector_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}]".format(**locals()) + " must contain ")
                            data__editorialdirector_item_any_of_count11 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__editorialdirector_item_any_of_count11:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__editorialdirector_item_is_dict = isinstance(data__editorialdirector_item, dict)
                    if data__editorialdirector_item_is_dict:
                        data__editorialdirector_item_keys = set(data__editorialdirector_item.keys())
                        if "family" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("family")
                            data__editorialdirector_item__family = data__editorialdirector_item["family"]
                            if not isinstance(data__editorialdirector_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__editorialdirector_item__family, str):
                                data__editorialdirector_item__family_len = len(data__editorialdirector_item__family)
                                if data__editorialdirector_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("given")
                            data__editorialdirector_item__given = data__editorialdirector_item["given"]
                            if not isinstance(data__editorialdirector_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("literal")
                            data__editorialdirector_item__literal = data__editorialdirector_item["literal"]
                            if not isinstance(data__editorialdirector_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__editorialdirector_item__literal, str):
                                data__editorialdirector_item__literal_len = len(data__editorialdirector_item__literal)
                                if data__editorialdirector_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("non-dropping-particle")
                            data__editorialdirector_item__nondroppingparticle = data__editorialdirector_item["non-dropping-particle"]
                            if not isinstance(data__editorialdirector_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("dropping-particle")
                            data__editorialdirector_item__droppingparticle = data__editorialdirector_item["dropping-particle"]
                            if not isinstance(data__editorialdirector_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("suffix")
                            data__editorialdirector_item__suffix = data__editorialdirector_item["suffix"]
                            if not isinstance(data__editorialdirector_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("comma-suffix")
                            data__editorialdirector_item__commasuffix = data__editorialdirector_item["comma-suffix"]
                            if not isinstance(data__editorialdirector_item__commasuffix, (bool, str, int)) and not (isinstance(data__editorialdirector_item__commasuffix, float) and data__editorialdirector_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("static-ordering")
                            data__editorialdirector_item__staticordering = data__editorialdirector_item["static-ordering"]
                            if not isinstance(data__editorialdirector_item__staticordering, (bool, str, int)) and not (isinstance(data__editorialdirector_item__staticordering, float) and data__editorialdirector_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("parse-names")
                            data__editorialdirector_item__parsenames = data__editorialdirector_item["parse-names"]
                            if not isinstance(data__editorialdirector_item__parsenames, (bool, str, int)) and not (isinstance(data__editorialdirector_item__parsenames, float) and data__editorialdirector_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__editorialdirector_item_keys:
                            data__editorialdirector_item_keys.remove("isInstitution")
                            data__editorialdirector_item__isInstitution = data__editorialdirector_item["isInstitution"]
                            if not isinstance(data__editorialdirector_item__isInstitution, (bool, str, int)) and not (isinstance(data__editorialdirector_item__isInstitution, float) and data__editorialdirector_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__editorialdirector_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial-director[{data__editorialdirector_x}]".format(**locals()) + " must not contain "+str(data__editorialdirector_item_keys)+" properties")
        if "executive-producer" in data_keys:
            data_keys.remove("executive-producer")
            data__executiveproducer = data["executive-producer"]
            if not isinstance(data__executiveproducer, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer must be array")
            data__executiveproducer_is_list = isinstance(data__executiveproducer, (list, tuple))
            if data__executiveproducer_is_list:
                data__executiveproducer_len = len(data__executiveproducer)
                for data__executiveproducer_x, data__executiveproducer_item in enumerate(data__executiveproducer):
                    if not isinstance(data__executiveproducer_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}]".format(**locals()) + " must be object")
                    data__executiveproducer_item_any_of_count12 = 0
                    if not data__executiveproducer_item_any_of_count12:
                        try:
                            data__executiveproducer_item_is_dict = isinstance(data__executiveproducer_item, dict)
                            if data__executiveproducer_item_is_dict:
                                data__executiveproducer_item__missing_keys = set(['family']) - data__executiveproducer_item.keys()
                                if data__executiveproducer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}]".format(**locals()) + " must contain ")
                            data__executiveproducer_item_any_of_count12 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__executiveproducer_item_any_of_count12:
                        try:
                            data__executiveproducer_item_is_dict = isinstance(data__executiveproducer_item, dict)
                            if data__executiveproducer_item_is_dict:
                                data__executiveproducer_item__missing_keys = set(['literal']) - data__executiveproducer_item.keys()
                                if data__executiveproducer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}]".format(**locals()) + " must contain ")
                            data__executiveproducer_item_any_of_count12 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__executiveproducer_item_any_of_count12:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__executiveproducer_item_is_dict = isinstance(data__executiveproducer_item, dict)
                    if data__executiveproducer_item_is_dict:
                        data__executiveproducer_item_keys = set(data__executiveproducer_item.keys())
                        if "family" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("family")
                            data__executiveproducer_item__family = data__executiveproducer_item["family"]
                            if not isinstance(data__executiveproducer_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__executiveproducer_item__family, str):
                                data__executiveproducer_item__family_len = len(data__executiveproducer_item__family)
                                if data__executiveproducer_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("given")
                            data__executiveproducer_item__given = data__executiveproducer_item["given"]
                            if not isinstance(data__executiveproducer_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("literal")
                            data__executiveproducer_item__literal = data__executiveproducer_item["literal"]
                            if not isinstance(data__executiveproducer_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__executiveproducer_item__literal, str):
                                data__executiveproducer_item__literal_len = len(data__executiveproducer_item__literal)
                                if data__executiveproducer_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("non-dropping-particle")
                            data__executiveproducer_item__nondroppingparticle = data__executiveproducer_item["non-dropping-particle"]
                            if not isinstance(data__executiveproducer_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("dropping-particle")
                            data__executiveproducer_item__droppingparticle = data__executiveproducer_item["dropping-particle"]
                            if not isinstance(data__executiveproducer_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("suffix")
                            data__executiveproducer_item__suffix = data__executiveproducer_item["suffix"]
                            if not isinstance(data__executiveproducer_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("comma-suffix")
                            data__executiveproducer_item__commasuffix = data__executiveproducer_item["comma-suffix"]
                            if not isinstance(data__executiveproducer_item__commasuffix, (bool, str, int)) and not (isinstance(data__executiveproducer_item__commasuffix, float) and data__executiveproducer_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("static-ordering")
                            data__executiveproducer_item__staticordering = data__executiveproducer_item["static-ordering"]
                            if not isinstance(data__executiveproducer_item__staticordering, (bool, str, int)) and not (isinstance(data__executiveproducer_item__staticordering, float) and data__executiveproducer_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("parse-names")
                            data__executiveproducer_item__parsenames = data__executiveproducer_item["parse-names"]
                            if not isinstance(data__executiveproducer_item__parsenames, (bool, str, int)) and not (isinstance(data__executiveproducer_item__parsenames, float) and data__executiveproducer_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__executiveproducer_item_keys:
                            data__executiveproducer_item_keys.remove("isInstitution")
                            data__executiveproducer_item__isInstitution = data__executiveproducer_item["isInstitution"]
                            if not isinstance(data__executiveproducer_item__isInstitution, (bool, str, int)) and not (isinstance(data__executiveproducer_item__isInstitution, float) and data__executiveproducer_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__executiveproducer_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".executive-producer[{data__executiveproducer_x}]".format(**locals()) + " must not contain "+str(data__executiveproducer_item_keys)+" properties")
        if "guest" in data_keys:
            data_keys.remove("guest")
            data__guest = data["guest"]
            if not isinstance(data__guest, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest must be array")
            data__guest_is_list = isinstance(data__guest, (list, tuple))
            if data__guest_is_list:
                data__guest_len = len(data__guest)
                for data__guest_x, data__guest_item in enumerate(data__guest):
                    if not isinstance(data__guest_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}]".format(**locals()) + " must be object")
                    data__guest_item_any_of_count13 = 0
                    if not data__guest_item_any_of_count13:
                        try:
                            data__guest_item_is_dict = isinstance(data__guest_item, dict)
                            if data__guest_item_is_dict:
                                data__guest_item__missing_keys = set(['family']) - data__guest_item.keys()
                                if data__guest_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}]".format(**locals()) + " must contain ")
                            data__guest_item_any_of_count13 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__guest_item_any_of_count13:
                        try:
                            data__guest_item_is_dict = isinstance(data__guest_item, dict)
                            if data__guest_item_is_dict:
                                data__guest_item__missing_keys = set(['literal']) - data__guest_item.keys()
                                if data__guest_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}]".format(**locals()) + " must contain ")
                            data__guest_item_any_of_count13 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__guest_item_any_of_count13:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__guest_item_is_dict = isinstance(data__guest_item, dict)
                    if data__guest_item_is_dict:
                        data__guest_item_keys = set(data__guest_item.keys())
                        if "family" in data__guest_item_keys:
                            data__guest_item_keys.remove("family")
                            data__guest_item__family = data__guest_item["family"]
                            if not isinstance(data__guest_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__guest_item__family, str):
                                data__guest_item__family_len = len(data__guest_item__family)
                                if data__guest_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__guest_item_keys:
                            data__guest_item_keys.remove("given")
                            data__guest_item__given = data__guest_item["given"]
                            if not isinstance(data__guest_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__guest_item_keys:
                            data__guest_item_keys.remove("literal")
                            data__guest_item__literal = data__guest_item["literal"]
                            if not isinstance(data__guest_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__guest_item__literal, str):
                                data__guest_item__literal_len = len(data__guest_item__literal)
                                if data__guest_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__guest_item_keys:
                            data__guest_item_keys.remove("non-dropping-particle")
                            data__guest_item__nondroppingparticle = data__guest_item["non-dropping-particle"]
                            if not isinstance(data__guest_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__guest_item_keys:
                            data__guest_item_keys.remove("dropping-particle")
                            data__guest_item__droppingparticle = data__guest_item["dropping-particle"]
                            if not isinstance(data__guest_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__guest_item_keys:
                            data__guest_item_keys.remove("suffix")
                            data__guest_item__suffix = data__guest_item["suffix"]
                            if not isinstance(data__guest_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__guest_item_keys:
                            data__guest_item_keys.remove("comma-suffix")
                            data__guest_item__commasuffix = data__guest_item["comma-suffix"]
                            if not isinstance(data__guest_item__commasuffix, (bool, str, int)) and not (isinstance(data__guest_item__commasuffix, float) and data__guest_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__guest_item_keys:
                            data__guest_item_keys.remove("static-ordering")
                            data__guest_item__staticordering = data__guest_item["static-ordering"]
                            if not isinstance(data__guest_item__staticordering, (bool, str, int)) and not (isinstance(data__guest_item__staticordering, float) and data__guest_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__guest_item_keys:
                            data__guest_item_keys.remove("parse-names")
                            data__guest_item__parsenames = data__guest_item["parse-names"]
                            if not isinstance(data__guest_item__parsenames, (bool, str, int)) and not (isinstance(data__guest_item__parsenames, float) and data__guest_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__guest_item_keys:
                            data__guest_item_keys.remove("isInstitution")
                            data__guest_item__isInstitution = data__guest_item["isInstitution"]
                            if not isinstance(data__guest_item__isInstitution, (bool, str, int)) and not (isinstance(data__guest_item__isInstitution, float) and data__guest_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__guest_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".guest[{data__guest_x}]".format(**locals()) + " must not contain "+str(data__guest_item_keys)+" properties")
        if "host" in data_keys:
            data_keys.remove("host")
            data__host = data["host"]
            if not isinstance(data__host, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host must be array")
            data__host_is_list = isinstance(data__host, (list, tuple))
            if data__host_is_list:
                data__host_len = len(data__host)
                for data__host_x, data__host_item in enumerate(data__host):
                    if not isinstance(data__host_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}]".format(**locals()) + " must be object")
                    data__host_item_any_of_count14 = 0
                    if not data__host_item_any_of_count14:
                        try:
                            data__host_item_is_dict = isinstance(data__host_item, dict)
                            if data__host_item_is_dict:
                                data__host_item__missing_keys = set(['family']) - data__host_item.keys()
                                if data__host_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}]".format(**locals()) + " must contain ")
                            data__host_item_any_of_count14 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__host_item_any_of_count14:
                        try:
                            data__host_item_is_dict = isinstance(data__host_item, dict)
                            if data__host_item_is_dict:
                                data__host_item__missing_keys = set(['literal']) - data__host_item.keys()
                                if data__host_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}]".format(**locals()) + " must contain ")
                            data__host_item_any_of_count14 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__host_item_any_of_count14:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__host_item_is_dict = isinstance(data__host_item, dict)
                    if data__host_item_is_dict:
                        data__host_item_keys = set(data__host_item.keys())
                        if "family" in data__host_item_keys:
                            data__host_item_keys.remove("family")
                            data__host_item__family = data__host_item["family"]
                            if not isinstance(data__host_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__host_item__family, str):
                                data__host_item__family_len = len(data__host_item__family)
                                if data__host_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__host_item_keys:
                            data__host_item_keys.remove("given")
                            data__host_item__given = data__host_item["given"]
                            if not isinstance(data__host_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__host_item_keys:
                            data__host_item_keys.remove("literal")
                            data__host_item__literal = data__host_item["literal"]
                            if not isinstance(data__host_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__host_item__literal, str):
                                data__host_item__literal_len = len(data__host_item__literal)
                                if data__host_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__host_item_keys:
                            data__host_item_keys.remove("non-dropping-particle")
                            data__host_item__nondroppingparticle = data__host_item["non-dropping-particle"]
                            if not isinstance(data__host_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__host_item_keys:
                            data__host_item_keys.remove("dropping-particle")
                            data__host_item__droppingparticle = data__host_item["dropping-particle"]
                            if not isinstance(data__host_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__host_item_keys:
                            data__host_item_keys.remove("suffix")
                            data__host_item__suffix = data__host_item["suffix"]
                            if not isinstance(data__host_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__host_item_keys:
                            data__host_item_keys.remove("comma-suffix")
                            data__host_item__commasuffix = data__host_item["comma-suffix"]
                            if not isinstance(data__host_item__commasuffix, (bool, str, int)) and not (isinstance(data__host_item__commasuffix, float) and data__host_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__host_item_keys:
                            data__host_item_keys.remove("static-ordering")
                            data__host_item__staticordering = data__host_item["static-ordering"]
                            if not isinstance(data__host_item__staticordering, (bool, str, int)) and not (isinstance(data__host_item__staticordering, float) and data__host_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__host_item_keys:
                            data__host_item_keys.remove("parse-names")
                            data__host_item__parsenames = data__host_item["parse-names"]
                            if not isinstance(data__host_item__parsenames, (bool, str, int)) and not (isinstance(data__host_item__parsenames, float) and data__host_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__host_item_keys:
                            data__host_item_keys.remove("isInstitution")
                            data__host_item__isInstitution = data__host_item["isInstitution"]
                            if not isinstance(data__host_item__isInstitution, (bool, str, int)) and not (isinstance(data__host_item__isInstitution, float) and data__host_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__host_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".host[{data__host_x}]".format(**locals()) + " must not contain "+str(data__host_item_keys)+" properties")
        if "illustrator" in data_keys:
            data_keys.remove("illustrator")
            data__illustrator = data["illustrator"]
            if not isinstance(data__illustrator, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator must be array")
            data__illustrator_is_list = isinstance(data__illustrator, (list, tuple))
            if data__illustrator_is_list:
                data__illustrator_len = len(data__illustrator)
                for data__illustrator_x, data__illustrator_item in enumerate(data__illustrator):
                    if not isinstance(data__illustrator_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}]".format(**locals()) + " must be object")
                    data__illustrator_item_any_of_count15 = 0
                    if not data__illustrator_item_any_of_count15:
                        try:
                            data__illustrator_item_is_dict = isinstance(data__illustrator_item, dict)
                            if data__illustrator_item_is_dict:
                                data__illustrator_item__missing_keys = set(['family']) - data__illustrator_item.keys()
                                if data__illustrator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}]".format(**locals()) + " must contain ")
                            data__illustrator_item_any_of_count15 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__illustrator_item_any_of_count15:
                        try:
                            data__illustrator_item_is_dict = isinstance(data__illustrator_item, dict)
                            if data__illustrator_item_is_dict:
                                data__illustrator_item__missing_keys = set(['literal']) - data__illustrator_item.keys()
                                if data__illustrator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}]".format(**locals()) + " must contain ")
                            data__illustrator_item_any_of_count15 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__illustrator_item_any_of_count15:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__illustrator_item_is_dict = isinstance(data__illustrator_item, dict)
                    if data__illustrator_item_is_dict:
                        data__illustrator_item_keys = set(data__illustrator_item.keys())
                        if "family" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("family")
                            data__illustrator_item__family = data__illustrator_item["family"]
                            if not isinstance(data__illustrator_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__illustrator_item__family, str):
                                data__illustrator_item__family_len = len(data__illustrator_item__family)
                                if data__illustrator_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("given")
                            data__illustrator_item__given = data__illustrator_item["given"]
                            if not isinstance(data__illustrator_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("literal")
                            data__illustrator_item__literal = data__illustrator_item["literal"]
                            if not isinstance(data__illustrator_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__illustrator_item__literal, str):
                                data__illustrator_item__literal_len = len(data__illustrator_item__literal)
                                if data__illustrator_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("non-dropping-particle")
                            data__illustrator_item__nondroppingparticle = data__illustrator_item["non-dropping-particle"]
                            if not isinstance(data__illustrator_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("dropping-particle")
                            data__illustrator_item__droppingparticle = data__illustrator_item["dropping-particle"]
                            if not isinstance(data__illustrator_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("suffix")
                            data__illustrator_item__suffix = data__illustrator_item["suffix"]
                            if not isinstance(data__illustrator_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("comma-suffix")
                            data__illustrator_item__commasuffix = data__illustrator_item["comma-suffix"]
                            if not isinstance(data__illustrator_item__commasuffix, (bool, str, int)) and not (isinstance(data__illustrator_item__commasuffix, float) and data__illustrator_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("static-ordering")
                            data__illustrator_item__staticordering = data__illustrator_item["static-ordering"]
                            if not isinstance(data__illustrator_item__staticordering, (bool, str, int)) and not (isinstance(data__illustrator_item__staticordering, float) and data__illustrator_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("parse-names")
                            data__illustrator_item__parsenames = data__illustrator_item["parse-names"]
                            if not isinstance(data__illustrator_item__parsenames, (bool, str, int)) and not (isinstance(data__illustrator_item__parsenames, float) and data__illustrator_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__illustrator_item_keys:
                            data__illustrator_item_keys.remove("isInstitution")
                            data__illustrator_item__isInstitution = data__illustrator_item["isInstitution"]
                            if not isinstance(data__illustrator_item__isInstitution, (bool, str, int)) and not (isinstance(data__illustrator_item__isInstitution, float) and data__illustrator_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__illustrator_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".illustrator[{data__illustrator_x}]".format(**locals()) + " must not contain "+str(data__illustrator_item_keys)+" properties")
        if "interviewer" in data_keys:
            data_keys.remove("interviewer")
            data__interviewer = data["interviewer"]
            if not isinstance(data__interviewer, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer must be array")
            data__interviewer_is_list = isinstance(data__interviewer, (list, tuple))
            if data__interviewer_is_list:
                data__interviewer_len = len(data__interviewer)
                for data__interviewer_x, data__interviewer_item in enumerate(data__interviewer):
                    if not isinstance(data__interviewer_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}]".format(**locals()) + " must be object")
                    data__interviewer_item_any_of_count16 = 0
                    if not data__interviewer_item_any_of_count16:
                        try:
                            data__interviewer_item_is_dict = isinstance(data__interviewer_item, dict)
                            if data__interviewer_item_is_dict:
                                data__interviewer_item__missing_keys = set(['family']) - data__interviewer_item.keys()
                                if data__interviewer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}]".format(**locals()) + " must contain ")
                            data__interviewer_item_any_of_count16 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__interviewer_item_any_of_count16:
                        try:
                            data__interviewer_item_is_dict = isinstance(data__interviewer_item, dict)
                            if data__interviewer_item_is_dict:
                                data__interviewer_item__missing_keys = set(['literal']) - data__interviewer_item.keys()
                                if data__interviewer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}]".format(**locals()) + " must contain ")
                            data__interviewer_item_any_of_count16 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__interviewer_item_any_of_count16:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__interviewer_item_is_dict = isinstance(data__interviewer_item, dict)
                    if data__interviewer_item_is_dict:
                        data__interviewer_item_keys = set(data__interviewer_item.keys())
                        if "family" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("family")
                            data__interviewer_item__family = data__interviewer_item["family"]
                            if not isinstance(data__interviewer_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__interviewer_item__family, str):
                                data__interviewer_item__family_len = len(data__interviewer_item__family)
                                if data__interviewer_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("given")
                            data__interviewer_item__given = data__interviewer_item["given"]
                            if not isinstance(data__interviewer_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("literal")
                            data__interviewer_item__literal = data__interviewer_item["literal"]
                            if not isinstance(data__interviewer_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__interviewer_item__literal, str):
                                data__interviewer_item__literal_len = len(data__interviewer_item__literal)
                                if data__interviewer_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("non-dropping-particle")
                            data__interviewer_item__nondroppingparticle = data__interviewer_item["non-dropping-particle"]
                            if not isinstance(data__interviewer_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("dropping-particle")
                            data__interviewer_item__droppingparticle = data__interviewer_item["dropping-particle"]
                            if not isinstance(data__interviewer_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("suffix")
                            data__interviewer_item__suffix = data__interviewer_item["suffix"]
                            if not isinstance(data__interviewer_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("comma-suffix")
                            data__interviewer_item__commasuffix = data__interviewer_item["comma-suffix"]
                            if not isinstance(data__interviewer_item__commasuffix, (bool, str, int)) and not (isinstance(data__interviewer_item__commasuffix, float) and data__interviewer_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("static-ordering")
                            data__interviewer_item__staticordering = data__interviewer_item["static-ordering"]
                            if not isinstance(data__interviewer_item__staticordering, (bool, str, int)) and not (isinstance(data__interviewer_item__staticordering, float) and data__interviewer_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("parse-names")
                            data__interviewer_item__parsenames = data__interviewer_item["parse-names"]
                            if not isinstance(data__interviewer_item__parsenames, (bool, str, int)) and not (isinstance(data__interviewer_item__parsenames, float) and data__interviewer_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__interviewer_item_keys:
                            data__interviewer_item_keys.remove("isInstitution")
                            data__interviewer_item__isInstitution = data__interviewer_item["isInstitution"]
                            if not isinstance(data__interviewer_item__isInstitution, (bool, str, int)) and not (isinstance(data__interviewer_item__isInstitution, float) and data__interviewer_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__interviewer_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".interviewer[{data__interviewer_x}]".format(**locals()) + " must not contain "+str(data__interviewer_item_keys)+" properties")
        if "narrator" in data_keys:
            data_keys.remove("narrator")
            data__narrator = data["narrator"]
            if not isinstance(data__narrator, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator must be array")
            data__narrator_is_list = isinstance(data__narrator, (list, tuple))
            if data__narrator_is_list:
                data__narrator_len = len(data__narrator)
                for data__narrator_x, data__narrator_item in enumerate(data__narrator):
                    if not isinstance(data__narrator_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}]".format(**locals()) + " must be object")
                    data__narrator_item_any_of_count17 = 0
                    if not data__narrator_item_any_of_count17:
                        try:
                            data__narrator_item_is_dict = isinstance(data__narrator_item, dict)
                            if data__narrator_item_is_dict:
                                data__narrator_item__missing_keys = set(['family']) - data__narrator_item.keys()
                                if data__narrator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}]".format(**locals()) + " must contain ")
                            data__narrator_item_any_of_count17 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__narrator_item_any_of_count17:
                        try:
                            data__narrator_item_is_dict = isinstance(data__narrator_item, dict)
                            if data__narrator_item_is_dict:
                                data__narrator_item__missing_keys = set(['literal']) - data__narrator_item.keys()
                                if data__narrator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}]".format(**locals()) + " must contain ")
                            data__narrator_item_any_of_count17 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__narrator_item_any_of_count17:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__narrator_item_is_dict = isinstance(data__narrator_item, dict)
                    if data__narrator_item_is_dict:
                        data__narrator_item_keys = set(data__narrator_item.keys())
                        if "family" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("family")
                            data__narrator_item__family = data__narrator_item["family"]
                            if not isinstance(data__narrator_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__narrator_item__family, str):
                                data__narrator_item__family_len = len(data__narrator_item__family)
                                if data__narrator_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("given")
                            data__narrator_item__given = data__narrator_item["given"]
                            if not isinstance(data__narrator_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("literal")
                            data__narrator_item__literal = data__narrator_item["literal"]
                            if not isinstance(data__narrator_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__narrator_item__literal, str):
                                data__narrator_item__literal_len = len(data__narrator_item__literal)
                                if data__narrator_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("non-dropping-particle")
                            data__narrator_item__nondroppingparticle = data__narrator_item["non-dropping-particle"]
                            if not isinstance(data__narrator_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("dropping-particle")
                            data__narrator_item__droppingparticle = data__narrator_item["dropping-particle"]
                            if not isinstance(data__narrator_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("suffix")
                            data__narrator_item__suffix = data__narrator_item["suffix"]
                            if not isinstance(data__narrator_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("comma-suffix")
                            data__narrator_item__commasuffix = data__narrator_item["comma-suffix"]
                            if not isinstance(data__narrator_item__commasuffix, (bool, str, int)) and not (isinstance(data__narrator_item__commasuffix, float) and data__narrator_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("static-ordering")
                            data__narrator_item__staticordering = data__narrator_item["static-ordering"]
                            if not isinstance(data__narrator_item__staticordering, (bool, str, int)) and not (isinstance(data__narrator_item__staticordering, float) and data__narrator_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("parse-names")
                            data__narrator_item__parsenames = data__narrator_item["parse-names"]
                            if not isinstance(data__narrator_item__parsenames, (bool, str, int)) and not (isinstance(data__narrator_item__parsenames, float) and data__narrator_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__narrator_item_keys:
                            data__narrator_item_keys.remove("isInstitution")
                            data__narrator_item__isInstitution = data__narrator_item["isInstitution"]
                            if not isinstance(data__narrator_item__isInstitution, (bool, str, int)) and not (isinstance(data__narrator_item__isInstitution, float) and data__narrator_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__narrator_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".narrator[{data__narrator_x}]".format(**locals()) + " must not contain "+str(data__narrator_item_keys)+" properties")
        if "organizer" in data_keys:
            data_keys.remove("organizer")
            data__organizer = data["organizer"]
            if not isinstance(data__organizer, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer must be array")
            data__organizer_is_list = isinstance(data__organizer, (list, tuple))
            if data__organizer_is_list:
                data__organizer_len = len(data__organizer)
                for data__organizer_x, data__organizer_item in enumerate(data__organizer):
                    if not isinstance(data__organizer_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}]".format(**locals()) + " must be object")
                    data__organizer_item_any_of_count18 = 0
                    if not data__organizer_item_any_of_count18:
                        try:
                            data__organizer_item_is_dict = isinstance(data__organizer_item, dict)
                            if data__organizer_item_is_dict:
                                data__organizer_item__missing_keys = set(['family']) - data__organizer_item.keys()
                                if data__organizer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}]".format(**locals()) + " must contain ")
                            data__organizer_item_any_of_count18 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__organizer_item_any_of_count18:
                        try:
                            data__organizer_item_is_dict = isinstance(data__organizer_item, dict)
                            if data__organizer_item_is_dict:
                                data__organizer_item__missing_keys = set(['literal']) - data__organizer_item.keys()
                                if data__organizer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}]".format(**locals()) + " must contain ")
                            data__organizer_item_any_of_count18 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__organizer_item_any_of_count18:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__organizer_item_is_dict = isinstance(data__organizer_item, dict)
                    if data__organizer_item_is_dict:
                        data__organizer_item_keys = set(data__organizer_item.keys())
                        if "family" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("family")
                            data__organizer_item__family = data__organizer_item["family"]
                            if not isinstance(data__organizer_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__organizer_item__family, str):
                                data__organizer_item__family_len = len(data__organizer_item__family)
                                if data__organizer_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("given")
                            data__organizer_item__given = data__organizer_item["given"]
                            if not isinstance(data__organizer_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("literal")
                            data__organizer_item__literal = data__organizer_item["literal"]
                            if not isinstance(data__organizer_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__organizer_item__literal, str):
                                data__organizer_item__literal_len = len(data__organizer_item__literal)
                                if data__organizer_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("non-dropping-particle")
                            data__organizer_item__nondroppingparticle = data__organizer_item["non-dropping-particle"]
                            if not isinstance(data__organizer_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("dropping-particle")
                            data__organizer_item__droppingparticle = data__organizer_item["dropping-particle"]
                            if not isinstance(data__organizer_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("suffix")
                            data__organizer_item__suffix = data__organizer_item["suffix"]
                            if not isinstance(data__organizer_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("comma-suffix")
                            data__organizer_item__commasuffix = data__organizer_item["comma-suffix"]
                            if not isinstance(data__organizer_item__commasuffix, (bool, str, int)) and not (isinstance(data__organizer_item__commasuffix, float) and data__organizer_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("static-ordering")
                            data__organizer_item__staticordering = data__organizer_item["static-ordering"]
                            if not isinstance(data__organizer_item__staticordering, (bool, str, int)) and not (isinstance(data__organizer_item__staticordering, float) and data__organizer_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("parse-names")
                            data__organizer_item__parsenames = data__organizer_item["parse-names"]
                            if not isinstance(data__organizer_item__parsenames, (bool, str, int)) and not (isinstance(data__organizer_item__parsenames, float) and data__organizer_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__organizer_item_keys:
                            data__organizer_item_keys.remove("isInstitution")
                            data__organizer_item__isInstitution = data__organizer_item["isInstitution"]
                            if not isinstance(data__organizer_item__isInstitution, (bool, str, int)) and not (isinstance(data__organizer_item__isInstitution, float) and data__organizer_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__organizer_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizer[{data__organizer_x}]".format(**locals()) + " must not contain "+str(data__organizer_item_keys)+" properties")
        if "performer" in data_keys:
            data_keys.remove("performer")
            data__performer = data["performer"]
            if not isinstance(data__performer, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer must be array")
            data__performer_is_list = isinstance(data__performer, (list, tuple))
            if data__performer_is_list:
                data__performer_len = len(data__performer)
                for data__performer_x, data__performer_item in enumerate(data__performer):
                    if not isinstance(data__performer_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}]".format(**locals()) + " must be object")
                    data__performer_item_any_of_count19 = 0
                    if not data__performer_item_any_of_count19:
                        try:
                            data__performer_item_is_dict = isinstance(data__performer_item, dict)
                            if data__performer_item_is_dict:
                                data__performer_item__missing_keys = set(['family']) - data__performer_item.keys()
                                if data__performer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}]".format(**locals()) + " must contain ")
                            data__performer_item_any_of_count19 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__performer_item_any_of_count19:
                        try:
                            data__performer_item_is_dict = isinstance(data__performer_item, dict)
                            if data__performer_item_is_dict:
                                data__performer_item__missing_keys = set(['literal']) - data__performer_item.keys()
                                if data__performer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}]".format(**locals()) + " must contain ")
                            data__performer_item_any_of_count19 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__performer_item_any_of_count19:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__performer_item_is_dict = isinstance(data__performer_item, dict)
                    if data__performer_item_is_dict:
                        data__performer_item_keys = set(data__performer_item.keys())
                        if "family" in data__performer_item_keys:
                            data__performer_item_keys.remove("family")
                            data__performer_item__family = data__performer_item["family"]
                            if not isinstance(data__performer_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__performer_item__family, str):
                                data__performer_item__family_len = len(data__performer_item__family)
                                if data__performer_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__performer_item_keys:
                            data__performer_item_keys.remove("given")
                            data__performer_item__given = data__performer_item["given"]
                            if not isinstance(data__performer_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__performer_item_keys:
                            data__performer_item_keys.remove("literal")
                            data__performer_item__literal = data__performer_item["literal"]
                            if not isinstance(data__performer_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__performer_item__literal, str):
                                data__performer_item__literal_len = len(data__performer_item__literal)
                                if data__performer_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__performer_item_keys:
                            data__performer_item_keys.remove("non-dropping-particle")
                            data__performer_item__nondroppingparticle = data__performer_item["non-dropping-particle"]
                            if not isinstance(data__performer_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__performer_item_keys:
                            data__performer_item_keys.remove("dropping-particle")
                            data__performer_item__droppingparticle = data__performer_item["dropping-particle"]
                            if not isinstance(data__performer_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__performer_item_keys:
                            data__performer_item_keys.remove("suffix")
                            data__performer_item__suffix = data__performer_item["suffix"]
                            if not isinstance(data__performer_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__performer_item_keys:
                            data__performer_item_keys.remove("comma-suffix")
                            data__performer_item__commasuffix = data__performer_item["comma-suffix"]
                            if not isinstance(data__performer_item__commasuffix, (bool, str, int)) and not (isinstance(data__performer_item__commasuffix, float) and data__performer_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__performer_item_keys:
                            data__performer_item_keys.remove("static-ordering")
                            data__performer_item__staticordering = data__performer_item["static-ordering"]
                            if not isinstance(data__performer_item__staticordering, (bool, str, int)) and not (isinstance(data__performer_item__staticordering, float) and data__performer_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__performer_item_keys:
                            data__performer_item_keys.remove("parse-names")
                            data__performer_item__parsenames = data__performer_item["parse-names"]
                            if not isinstance(data__performer_item__parsenames, (bool, str, int)) and not (isinstance(data__performer_item__parsenames, float) and data__performer_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__performer_item_keys:
                            data__performer_item_keys.remove("isInstitution")
                            data__performer_item__isInstitution = data__performer_item["isInstitution"]
                            if not isinstance(data__performer_item__isInstitution, (bool, str, int)) and not (isinstance(data__performer_item__isInstitution, float) and data__performer_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__performer_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".performer[{data__performer_x}]".format(**locals()) + " must not contain "+str(data__performer_item_keys)+" properties")
        if "producer" in data_keys:
            data_keys.remove("producer")
            data__producer = data["producer"]
            if not isinstance(data__producer, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer must be array")
            data__producer_is_list = isinstance(data__producer, (list, tuple))
            if data__producer_is_list:
                data__producer_len = len(data__producer)
                for data__producer_x, data__producer_item in enumerate(data__producer):
                    if not isinstance(data__producer_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}]".format(**locals()) + " must be object")
                    data__producer_item_any_of_count20 = 0
                    if not data__producer_item_any_of_count20:
                        try:
                            data__producer_item_is_dict = isinstance(data__producer_item, dict)
                            if data__producer_item_is_dict:
                                data__producer_item__missing_keys = set(['family']) - data__producer_item.keys()
                                if data__producer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}]".format(**locals()) + " must contain ")
                            data__producer_item_any_of_count20 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__producer_item_any_of_count20:
                        try:
                            data__producer_item_is_dict = isinstance(data__producer_item, dict)
                            if data__producer_item_is_dict:
                                data__producer_item__missing_keys = set(['literal']) - data__producer_item.keys()
                                if data__producer_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}]".format(**locals()) + " must contain ")
                            data__producer_item_any_of_count20 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__producer_item_any_of_count20:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__producer_item_is_dict = isinstance(data__producer_item, dict)
                    if data__producer_item_is_dict:
                        data__producer_item_keys = set(data__producer_item.keys())
                        if "family" in data__producer_item_keys:
                            data__producer_item_keys.remove("family")
                            data__producer_item__family = data__producer_item["family"]
                            if not isinstance(data__producer_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__producer_item__family, str):
                                data__producer_item__family_len = len(data__producer_item__family)
                                if data__producer_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__producer_item_keys:
                            data__producer_item_keys.remove("given")
                            data__producer_item__given = data__producer_item["given"]
                            if not isinstance(data__producer_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__producer_item_keys:
                            data__producer_item_keys.remove("literal")
                            data__producer_item__literal = data__producer_item["literal"]
                            if not isinstance(data__producer_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__producer_item__literal, str):
                                data__producer_item__literal_len = len(data__producer_item__literal)
                                if data__producer_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__producer_item_keys:
                            data__producer_item_keys.remove("non-dropping-particle")
                            data__producer_item__nondroppingparticle = data__producer_item["non-dropping-particle"]
                            if not isinstance(data__producer_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__producer_item_keys:
                            data__producer_item_keys.remove("dropping-particle")
                            data__producer_item__droppingparticle = data__producer_item["dropping-particle"]
                            if not isinstance(data__producer_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__producer_item_keys:
                            data__producer_item_keys.remove("suffix")
                            data__producer_item__suffix = data__producer_item["suffix"]
                            if not isinstance(data__producer_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__producer_item_keys:
                            data__producer_item_keys.remove("comma-suffix")
                            data__producer_item__commasuffix = data__producer_item["comma-suffix"]
                            if not isinstance(data__producer_item__commasuffix, (bool, str, int)) and not (isinstance(data__producer_item__commasuffix, float) and data__producer_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__producer_item_keys:
                            data__producer_item_keys.remove("static-ordering")
                            data__producer_item__staticordering = data__producer_item["static-ordering"]
                            if not isinstance(data__producer_item__staticordering, (bool, str, int)) and not (isinstance(data__producer_item__staticordering, float) and data__producer_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__producer_item_keys:
                            data__producer_item_keys.remove("parse-names")
                            data__producer_item__parsenames = data__producer_item["parse-names"]
                            if not isinstance(data__producer_item__parsenames, (bool, str, int)) and not (isinstance(data__producer_item__parsenames, float) and data__producer_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__producer_item_keys:
                            data__producer_item_keys.remove("isInstitution")
                            data__producer_item__isInstitution = data__producer_item["isInstitution"]
                            if not isinstance(data__producer_item__isInstitution, (bool, str, int)) and not (isinstance(data__producer_item__isInstitution, float) and data__producer_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__producer_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".producer[{data__producer_x}]".format(**locals()) + " must not contain "+str(data__producer_item_keys)+" properties")
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient must be array")
            data__recipient_is_list = isinstance(data__recipient, (list, tuple))
            if data__recipient_is_list:
                data__recipient_len = len(data__recipient)
                for data__recipient_x, data__recipient_item in enumerate(data__recipient):
                    if not isinstance(data__recipient_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}]".format(**locals()) + " must be object")
                    data__recipient_item_any_of_count21 = 0
                    if not data__recipient_item_any_of_count21:
                        try:
                            data__recipient_item_is_dict = isinstance(data__recipient_item, dict)
                            if data__recipient_item_is_dict:
                                data__recipient_item__missing_keys = set(['family']) - data__recipient_item.keys()
                                if data__recipient_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}]".format(**locals()) + " must contain ")
                            data__recipient_item_any_of_count21 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__recipient_item_any_of_count21:
                        try:
                            data__recipient_item_is_dict = isinstance(data__recipient_item, dict)
                            if data__recipient_item_is_dict:
                                data__recipient_item__missing_keys = set(['literal']) - data__recipient_item.keys()
                                if data__recipient_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}]".format(**locals()) + " must contain ")
                            data__recipient_item_any_of_count21 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__recipient_item_any_of_count21:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__recipient_item_is_dict = isinstance(data__recipient_item, dict)
                    if data__recipient_item_is_dict:
                        data__recipient_item_keys = set(data__recipient_item.keys())
                        if "family" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("family")
                            data__recipient_item__family = data__recipient_item["family"]
                            if not isinstance(data__recipient_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__recipient_item__family, str):
                                data__recipient_item__family_len = len(data__recipient_item__family)
                                if data__recipient_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("given")
                            data__recipient_item__given = data__recipient_item["given"]
                            if not isinstance(data__recipient_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("literal")
                            data__recipient_item__literal = data__recipient_item["literal"]
                            if not isinstance(data__recipient_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__recipient_item__literal, str):
                                data__recipient_item__literal_len = len(data__recipient_item__literal)
                                if data__recipient_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("non-dropping-particle")
                            data__recipient_item__nondroppingparticle = data__recipient_item["non-dropping-particle"]
                            if not isinstance(data__recipient_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("dropping-particle")
                            data__recipient_item__droppingparticle = data__recipient_item["dropping-particle"]
                            if not isinstance(data__recipient_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("suffix")
                            data__recipient_item__suffix = data__recipient_item["suffix"]
                            if not isinstance(data__recipient_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("comma-suffix")
                            data__recipient_item__commasuffix = data__recipient_item["comma-suffix"]
                            if not isinstance(data__recipient_item__commasuffix, (bool, str, int)) and not (isinstance(data__recipient_item__commasuffix, float) and data__recipient_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("static-ordering")
                            data__recipient_item__staticordering = data__recipient_item["static-ordering"]
                            if not isinstance(data__recipient_item__staticordering, (bool, str, int)) and not (isinstance(data__recipient_item__staticordering, float) and data__recipient_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("parse-names")
                            data__recipient_item__parsenames = data__recipient_item["parse-names"]
                            if not isinstance(data__recipient_item__parsenames, (bool, str, int)) and not (isinstance(data__recipient_item__parsenames, float) and data__recipient_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__recipient_item_keys:
                            data__recipient_item_keys.remove("isInstitution")
                            data__recipient_item__isInstitution = data__recipient_item["isInstitution"]
                            if not isinstance(data__recipient_item__isInstitution, (bool, str, int)) and not (isinstance(data__recipient_item__isInstitution, float) and data__recipient_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__recipient_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient[{data__recipient_x}]".format(**locals()) + " must not contain "+str(data__recipient_item_keys)+" properties")
        if "reviewed-author" in data_keys:
            data_keys.remove("reviewed-author")
            data__reviewedauthor = data["reviewed-author"]
            if not isinstance(data__reviewedauthor, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author must be array")
            data__reviewedauthor_is_list = isinstance(data__reviewedauthor, (list, tuple))
            if data__reviewedauthor_is_list:
                data__reviewedauthor_len = len(data__reviewedauthor)
                for data__reviewedauthor_x, data__reviewedauthor_item in enumerate(data__reviewedauthor):
                    if not isinstance(data__reviewedauthor_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}]".format(**locals()) + " must be object")
                    data__reviewedauthor_item_any_of_count22 = 0
                    if not data__reviewedauthor_item_any_of_count22:
                        try:
                            data__reviewedauthor_item_is_dict = isinstance(data__reviewedauthor_item, dict)
                            if data__reviewedauthor_item_is_dict:
                                data__reviewedauthor_item__missing_keys = set(['family']) - data__reviewedauthor_item.keys()
                                if data__reviewedauthor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}]".format(**locals()) + " must contain ")
                            data__reviewedauthor_item_any_of_count22 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__reviewedauthor_item_any_of_count22:
                        try:
                            data__reviewedauthor_item_is_dict = isinstance(data__reviewedauthor_item, dict)
                            if data__reviewedauthor_item_is_dict:
                                data__reviewedauthor_item__missing_keys = set(['literal']) - data__reviewedauthor_item.keys()
                                if data__reviewedauthor_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}]".format(**locals()) + " must contain ")
                            data__reviewedauthor_item_any_of_count22 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__reviewedauthor_item_any_of_count22:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__reviewedauthor_item_is_dict = isinstance(data__reviewedauthor_item, dict)
                    if data__reviewedauthor_item_is_dict:
                        data__reviewedauthor_item_keys = set(data__reviewedauthor_item.keys())
                        if "family" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("family")
                            data__reviewedauthor_item__family = data__reviewedauthor_item["family"]
                            if not isinstance(data__reviewedauthor_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__reviewedauthor_item__family, str):
                                data__reviewedauthor_item__family_len = len(data__reviewedauthor_item__family)
                                if data__reviewedauthor_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("given")
                            data__reviewedauthor_item__given = data__reviewedauthor_item["given"]
                            if not isinstance(data__reviewedauthor_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("literal")
                            data__reviewedauthor_item__literal = data__reviewedauthor_item["literal"]
                            if not isinstance(data__reviewedauthor_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__reviewedauthor_item__literal, str):
                                data__reviewedauthor_item__literal_len = len(data__reviewedauthor_item__literal)
                                if data__reviewedauthor_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("non-dropping-particle")
                            data__reviewedauthor_item__nondroppingparticle = data__reviewedauthor_item["non-dropping-particle"]
                            if not isinstance(data__reviewedauthor_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("dropping-particle")
                            data__reviewedauthor_item__droppingparticle = data__reviewedauthor_item["dropping-particle"]
                            if not isinstance(data__reviewedauthor_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("suffix")
                            data__reviewedauthor_item__suffix = data__reviewedauthor_item["suffix"]
                            if not isinstance(data__reviewedauthor_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("comma-suffix")
                            data__reviewedauthor_item__commasuffix = data__reviewedauthor_item["comma-suffix"]
                            if not isinstance(data__reviewedauthor_item__commasuffix, (bool, str, int)) and not (isinstance(data__reviewedauthor_item__commasuffix, float) and data__reviewedauthor_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("static-ordering")
                            data__reviewedauthor_item__staticordering = data__reviewedauthor_item["static-ordering"]
                            if not isinstance(data__reviewedauthor_item__staticordering, (bool, str, int)) and not (isinstance(data__reviewedauthor_item__staticordering, float) and data__reviewedauthor_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("parse-names")
                            data__reviewedauthor_item__parsenames = data__reviewedauthor_item["parse-names"]
                            if not isinstance(data__reviewedauthor_item__parsenames, (bool, str, int)) and not (isinstance(data__reviewedauthor_item__parsenames, float) and data__reviewedauthor_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__reviewedauthor_item_keys:
                            data__reviewedauthor_item_keys.remove("isInstitution")
                            data__reviewedauthor_item__isInstitution = data__reviewedauthor_item["isInstitution"]
                            if not isinstance(data__reviewedauthor_item__isInstitution, (bool, str, int)) and not (isinstance(data__reviewedauthor_item__isInstitution, float) and data__reviewedauthor_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__reviewedauthor_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-author[{data__reviewedauthor_x}]".format(**locals()) + " must not contain "+str(data__reviewedauthor_item_keys)+" properties")
        if "script-writer" in data_keys:
            data_keys.remove("script-writer")
            data__scriptwriter = data["script-writer"]
            if not isinstance(data__scriptwriter, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer must be array")
            data__scriptwriter_is_list = isinstance(data__scriptwriter, (list, tuple))
            if data__scriptwriter_is_list:
                data__scriptwriter_len = len(data__scriptwriter)
                for data__scriptwriter_x, data__scriptwriter_item in enumerate(data__scriptwriter):
                    if not isinstance(data__scriptwriter_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}]".format(**locals()) + " must be object")
                    data__scriptwriter_item_any_of_count23 = 0
                    if not data__scriptwriter_item_any_of_count23:
                        try:
                            data__scriptwriter_item_is_dict = isinstance(data__scriptwriter_item, dict)
                            if data__scriptwriter_item_is_dict:
                                data__scriptwriter_item__missing_keys = set(['family']) - data__scriptwriter_item.keys()
                                if data__scriptwriter_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}]".format(**locals()) + " must contain ")
                            data__scriptwriter_item_any_of_count23 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__scriptwriter_item_any_of_count23:
                        try:
                            data__scriptwriter_item_is_dict = isinstance(data__scriptwriter_item, dict)
                            if data__scriptwriter_item_is_dict:
                                data__scriptwriter_item__missing_keys = set(['literal']) - data__scriptwriter_item.keys()
                                if data__scriptwriter_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}]".format(**locals()) + " must contain ")
                            data__scriptwriter_item_any_of_count23 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__scriptwriter_item_any_of_count23:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__scriptwriter_item_is_dict = isinstance(data__scriptwriter_item, dict)
                    if data__scriptwriter_item_is_dict:
                        data__scriptwriter_item_keys = set(data__scriptwriter_item.keys())
                        if "family" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("family")
                            data__scriptwriter_item__family = data__scriptwriter_item["family"]
                            if not isinstance(data__scriptwriter_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__scriptwriter_item__family, str):
                                data__scriptwriter_item__family_len = len(data__scriptwriter_item__family)
                                if data__scriptwriter_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("given")
                            data__scriptwriter_item__given = data__scriptwriter_item["given"]
                            if not isinstance(data__scriptwriter_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("literal")
                            data__scriptwriter_item__literal = data__scriptwriter_item["literal"]
                            if not isinstance(data__scriptwriter_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__scriptwriter_item__literal, str):
                                data__scriptwriter_item__literal_len = len(data__scriptwriter_item__literal)
                                if data__scriptwriter_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("non-dropping-particle")
                            data__scriptwriter_item__nondroppingparticle = data__scriptwriter_item["non-dropping-particle"]
                            if not isinstance(data__scriptwriter_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("dropping-particle")
                            data__scriptwriter_item__droppingparticle = data__scriptwriter_item["dropping-particle"]
                            if not isinstance(data__scriptwriter_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("suffix")
                            data__scriptwriter_item__suffix = data__scriptwriter_item["suffix"]
                            if not isinstance(data__scriptwriter_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("comma-suffix")
                            data__scriptwriter_item__commasuffix = data__scriptwriter_item["comma-suffix"]
                            if not isinstance(data__scriptwriter_item__commasuffix, (bool, str, int)) and not (isinstance(data__scriptwriter_item__commasuffix, float) and data__scriptwriter_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("static-ordering")
                            data__scriptwriter_item__staticordering = data__scriptwriter_item["static-ordering"]
                            if not isinstance(data__scriptwriter_item__staticordering, (bool, str, int)) and not (isinstance(data__scriptwriter_item__staticordering, float) and data__scriptwriter_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("parse-names")
                            data__scriptwriter_item__parsenames = data__scriptwriter_item["parse-names"]
                            if not isinstance(data__scriptwriter_item__parsenames, (bool, str, int)) and not (isinstance(data__scriptwriter_item__parsenames, float) and data__scriptwriter_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__scriptwriter_item_keys:
                            data__scriptwriter_item_keys.remove("isInstitution")
                            data__scriptwriter_item__isInstitution = data__scriptwriter_item["isInstitution"]
                            if not isinstance(data__scriptwriter_item__isInstitution, (bool, str, int)) and not (isinstance(data__scriptwriter_item__isInstitution, float) and data__scriptwriter_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__scriptwriter_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".script-writer[{data__scriptwriter_x}]".format(**locals()) + " must not contain "+str(data__scriptwriter_item_keys)+" properties")
        if "series-creator" in data_keys:
            data_keys.remove("series-creator")
            data__seriescreator = data["series-creator"]
            if not isinstance(data__seriescreator, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator must be array")
            data__seriescreator_is_list = isinstance(data__seriescreator, (list, tuple))
            if data__seriescreator_is_list:
                data__seriescreator_len = len(data__seriescreator)
                for data__seriescreator_x, data__seriescreator_item in enumerate(data__seriescreator):
                    if not isinstance(data__seriescreator_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}]".format(**locals()) + " must be object")
                    data__seriescreator_item_any_of_count24 = 0
                    if not data__seriescreator_item_any_of_count24:
                        try:
                            data__seriescreator_item_is_dict = isinstance(data__seriescreator_item, dict)
                            if data__seriescreator_item_is_dict:
                                data__seriescreator_item__missing_keys = set(['family']) - data__seriescreator_item.keys()
                                if data__seriescreator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}]".format(**locals()) + " must contain ")
                            data__seriescreator_item_any_of_count24 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__seriescreator_item_any_of_count24:
                        try:
                            data__seriescreator_item_is_dict = isinstance(data__seriescreator_item, dict)
                            if data__seriescreator_item_is_dict:
                                data__seriescreator_item__missing_keys = set(['literal']) - data__seriescreator_item.keys()
                                if data__seriescreator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}]".format(**locals()) + " must contain ")
                            data__seriescreator_item_any_of_count24 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__seriescreator_item_any_of_count24:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__seriescreator_item_is_dict = isinstance(data__seriescreator_item, dict)
                    if data__seriescreator_item_is_dict:
                        data__seriescreator_item_keys = set(data__seriescreator_item.keys())
                        if "family" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("family")
                            data__seriescreator_item__family = data__seriescreator_item["family"]
                            if not isinstance(data__seriescreator_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__seriescreator_item__family, str):
                                data__seriescreator_item__family_len = len(data__seriescreator_item__family)
                                if data__seriescreator_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("given")
                            data__seriescreator_item__given = data__seriescreator_item["given"]
                            if not isinstance(data__seriescreator_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("literal")
                            data__seriescreator_item__literal = data__seriescreator_item["literal"]
                            if not isinstance(data__seriescreator_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__seriescreator_item__literal, str):
                                data__seriescreator_item__literal_len = len(data__seriescreator_item__literal)
                                if data__seriescreator_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("non-dropping-particle")
                            data__seriescreator_item__nondroppingparticle = data__seriescreator_item["non-dropping-particle"]
                            if not isinstance(data__seriescreator_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("dropping-particle")
                            data__seriescreator_item__droppingparticle = data__seriescreator_item["dropping-particle"]
                            if not isinstance(data__seriescreator_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("suffix")
                            data__seriescreator_item__suffix = data__seriescreator_item["suffix"]
                            if not isinstance(data__seriescreator_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("comma-suffix")
                            data__seriescreator_item__commasuffix = data__seriescreator_item["comma-suffix"]
                            if not isinstance(data__seriescreator_item__commasuffix, (bool, str, int)) and not (isinstance(data__seriescreator_item__commasuffix, float) and data__seriescreator_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("static-ordering")
                            data__seriescreator_item__staticordering = data__seriescreator_item["static-ordering"]
                            if not isinstance(data__seriescreator_item__staticordering, (bool, str, int)) and not (isinstance(data__seriescreator_item__staticordering, float) and data__seriescreator_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("parse-names")
                            data__seriescreator_item__parsenames = data__seriescreator_item["parse-names"]
                            if not isinstance(data__seriescreator_item__parsenames, (bool, str, int)) and not (isinstance(data__seriescreator_item__parsenames, float) and data__seriescreator_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__seriescreator_item_keys:
                            data__seriescreator_item_keys.remove("isInstitution")
                            data__seriescreator_item__isInstitution = data__seriescreator_item["isInstitution"]
                            if not isinstance(data__seriescreator_item__isInstitution, (bool, str, int)) and not (isinstance(data__seriescreator_item__isInstitution, float) and data__seriescreator_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__seriescreator_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".series-creator[{data__seriescreator_x}]".format(**locals()) + " must not contain "+str(data__seriescreator_item_keys)+" properties")
        if "translator" in data_keys:
            data_keys.remove("translator")
            data__translator = data["translator"]
            if not isinstance(data__translator, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator must be array")
            data__translator_is_list = isinstance(data__translator, (list, tuple))
            if data__translator_is_list:
                data__translator_len = len(data__translator)
                for data__translator_x, data__translator_item in enumerate(data__translator):
                    if not isinstance(data__translator_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}]".format(**locals()) + " must be object")
                    data__translator_item_any_of_count25 = 0
                    if not data__translator_item_any_of_count25:
                        try:
                            data__translator_item_is_dict = isinstance(data__translator_item, dict)
                            if data__translator_item_is_dict:
                                data__translator_item__missing_keys = set(['family']) - data__translator_item.keys()
                                if data__translator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}]".format(**locals()) + " must contain ")
                            data__translator_item_any_of_count25 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__translator_item_any_of_count25:
                        try:
                            data__translator_item_is_dict = isinstance(data__translator_item, dict)
                            if data__translator_item_is_dict:
                                data__translator_item__missing_keys = set(['literal']) - data__translator_item.keys()
                                if data__translator_item__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}]".format(**locals()) + " must contain ")
                            data__translator_item_any_of_count25 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException): pass
                    if not data__translator_item_any_of_count25:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}]".format(**locals()) + " cannot be validated by any definition")
                    data__translator_item_is_dict = isinstance(data__translator_item, dict)
                    if data__translator_item_is_dict:
                        data__translator_item_keys = set(data__translator_item.keys())
                        if "family" in data__translator_item_keys:
                            data__translator_item_keys.remove("family")
                            data__translator_item__family = data__translator_item["family"]
                            if not isinstance(data__translator_item__family, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].family".format(**locals()) + " must be string")
                            if isinstance(data__translator_item__family, str):
                                data__translator_item__family_len = len(data__translator_item__family)
                                if data__translator_item__family_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "given" in data__translator_item_keys:
                            data__translator_item_keys.remove("given")
                            data__translator_item__given = data__translator_item["given"]
                            if not isinstance(data__translator_item__given, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].given".format(**locals()) + " must be string")
                        if "literal" in data__translator_item_keys:
                            data__translator_item_keys.remove("literal")
                            data__translator_item__literal = data__translator_item["literal"]
                            if not isinstance(data__translator_item__literal, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].literal".format(**locals()) + " must be string")
                            if isinstance(data__translator_item__literal, str):
                                data__translator_item__literal_len = len(data__translator_item__literal)
                                if data__translator_item__literal_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "non-dropping-particle" in data__translator_item_keys:
                            data__translator_item_keys.remove("non-dropping-particle")
                            data__translator_item__nondroppingparticle = data__translator_item["non-dropping-particle"]
                            if not isinstance(data__translator_item__nondroppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].non-dropping-particle".format(**locals()) + " must be string")
                        if "dropping-particle" in data__translator_item_keys:
                            data__translator_item_keys.remove("dropping-particle")
                            data__translator_item__droppingparticle = data__translator_item["dropping-particle"]
                            if not isinstance(data__translator_item__droppingparticle, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].dropping-particle".format(**locals()) + " must be string")
                        if "suffix" in data__translator_item_keys:
                            data__translator_item_keys.remove("suffix")
                            data__translator_item__suffix = data__translator_item["suffix"]
                            if not isinstance(data__translator_item__suffix, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].suffix".format(**locals()) + " must be string")
                        if "comma-suffix" in data__translator_item_keys:
                            data__translator_item_keys.remove("comma-suffix")
                            data__translator_item__commasuffix = data__translator_item["comma-suffix"]
                            if not isinstance(data__translator_item__commasuffix, (bool, str, int)) and not (isinstance(data__translator_item__commasuffix, float) and data__translator_item__commasuffix.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                        if "static-ordering" in data__translator_item_keys:
                            data__translator_item_keys.remove("static-ordering")
                            data__translator_item__staticordering = data__translator_item["static-ordering"]
                            if not isinstance(data__translator_item__staticordering, (bool, str, int)) and not (isinstance(data__translator_item__staticordering, float) and data__translator_item__staticordering.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                        if "parse-names" in data__translator_item_keys:
                            data__translator_item_keys.remove("parse-names")
                            data__translator_item__parsenames = data__translator_item["parse-names"]
                            if not isinstance(data__translator_item__parsenames, (bool, str, int)) and not (isinstance(data__translator_item__parsenames, float) and data__translator_item__parsenames.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                        if "isInstitution" in data__translator_item_keys:
                            data__translator_item_keys.remove("isInstitution")
                            data__translator_item__isInstitution = data__translator_item["isInstitution"]
                            if not isinstance(data__translator_item__isInstitution, (bool, str, int)) and not (isinstance(data__translator_item__isInstitution, float) and data__translator_item__isInstitution.is_integer()):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                        if data__translator_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".translator[{data__translator_x}]".format(**locals()) + " must not contain "+str(data__translator_item_keys)+" properties")
        if "ISBN" in data_keys:
            data_keys.remove("ISBN")
            data__ISBN = data["ISBN"]
            if not isinstance(data__ISBN, (str, int, float, Decimal)) or isinstance(data__ISBN, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ISBN must be string or number")
        if "ISSN" in data_keys:
            data_keys.remove("ISSN")
            data__ISSN = data["ISSN"]
            if not isinstance(data__ISSN, (str, int, float, Decimal)) or isinstance(data__ISSN, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ISSN must be string or number")
        if "PMCID" in data_keys:
            data_keys.remove("PMCID")
            data__PMCID = data["PMCID"]
            if not isinstance(data__PMCID, (str, int, float, Decimal)) or isinstance(data__PMCID, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PMCID must be string or number")
        if "PMID" in data_keys:
            data_keys.remove("PMID")
            data__PMID = data["PMID"]
            if not isinstance(data__PMID, (str, int, float, Decimal)) or isinstance(data__PMID, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".PMID must be string or number")
        if "annote" in data_keys:
            data_keys.remove("annote")
            data__annote = data["annote"]
            if not isinstance(data__annote, (str, int, float, Decimal)) or isinstance(data__annote, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".annote must be string or number")
        if "archive" in data_keys:
            data_keys.remove("archive")
            data__archive = data["archive"]
            if not isinstance(data__archive, (str, int, float, Decimal)) or isinstance(data__archive, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".archive must be string or number")
        if "archive-place" in data_keys:
            data_keys.remove("archive-place")
            data__archiveplace = data["archive-place"]
            if not isinstance(data__archiveplace, (str, int, float, Decimal)) or isinstance(data__archiveplace, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".archive-place must be string or number")
        if "archive_collection" in data_keys:
            data_keys.remove("archive_collection")
            data__archivecollection = data["archive_collection"]
            if not isinstance(data__archivecollection, (str, int, float, Decimal)) or isinstance(data__archivecollection, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".archive_collection must be string or number")
        if "archive_location" in data_keys:
            data_keys.remove("archive_location")
            data__archivelocation = data["archive_location"]
            if not isinstance(data__archivelocation, (str, int, float, Decimal)) or isinstance(data__archivelocation, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".archive_location must be string or number")
        if "authority" in data_keys:
            data_keys.remove("authority")
            data__authority = data["authority"]
            if not isinstance(data__authority, (str, int, float, Decimal)) or isinstance(data__authority, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".authority must be string or number")
        if "call-number" in data_keys:
            data_keys.remove("call-number")
            data__callnumber = data["call-number"]
            if not isinstance(data__callnumber, (str, int, float, Decimal)) or isinstance(data__callnumber, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".call-number must be string or number")
        if "chapter-number" in data_keys:
            data_keys.remove("chapter-number")
            data__chapternumber = data["chapter-number"]
            if not isinstance(data__chapternumber, (str, int, float, Decimal)) or isinstance(data__chapternumber, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapter-number must be string or number")
        if "citation-key" in data_keys:
            data_keys.remove("citation-key")
            data__citationkey = data["citation-key"]
            if not isinstance(data__citationkey, (str, int, float, Decimal)) or isinstance(data__citationkey, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".citation-key must be string or number")
        if "citation-label" in data_keys:
            data_keys.remove("citation-label")
            data__citationlabel = data["citation-label"]
            if not isinstance(data__citationlabel, (str, int, float, Decimal)) or isinstance(data__citationlabel, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".citation-label must be string or number")
        if "collection-number" in data_keys:
            data_keys.remove("collection-number")
            data__collectionnumber = data["collection-number"]
            if not isinstance(data__collectionnumber, (str, int, float, Decimal)) or isinstance(data__collectionnumber, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".collection-number must be string or number")
        if "dimensions" in data_keys:
            data_keys.remove("dimensions")
            data__dimensions = data["dimensions"]
            if not isinstance(data__dimensions, (str, int, float, Decimal)) or isinstance(data__dimensions, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dimensions must be string or number")
        if "division" in data_keys:
            data_keys.remove("division")
            data__division = data["division"]
            if not isinstance(data__division, (str, int, float, Decimal)) or isinstance(data__division, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".division must be string or number")
        if "event" in data_keys:
            data_keys.remove("event")
            data__event = data["event"]
            if not isinstance(data__event, (str, int, float, Decimal)) or isinstance(data__event, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".event must be string or number")
        if "event-place" in data_keys:
            data_keys.remove("event-place")
            data__eventplace = data["event-place"]
            if not isinstance(data__eventplace, (str, int, float, Decimal)) or isinstance(data__eventplace, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-place must be string or number")
        if "event-title" in data_keys:
            data_keys.remove("event-title")
            data__eventtitle = data["event-title"]
            if not isinstance(data__eventtitle, (str, int, float, Decimal)) or isinstance(data__eventtitle, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".event-title must be string or number")
        if "jurisdiction" in data_keys:
            data_keys.remove("jurisdiction")
            data__jurisdiction = data["jurisdiction"]
            if not isinstance(data__jurisdiction, (str, int, float, Decimal)) or isinstance(data__jurisdiction, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".jurisdiction must be string or number")
        if "keyword" in data_keys:
            data_keys.remove("keyword")
            data__keyword = data["keyword"]
            if not isinstance(data__keyword, (str, int, float, Decimal)) or isinstance(data__keyword, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".keyword must be string or number")
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not isinstance(data__language, (str, int, float, Decimal)) or isinstance(data__language, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must be string or number")
        if "license" in data_keys:
            data_keys.remove("license")
            data__license = data["license"]
            if not isinstance(data__license, (str, int, float, Decimal)) or isinstance(data__license, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".license must be string or number")
        if "locator" in data_keys:
            data_keys.remove("locator")
            data__locator = data["locator"]
            if not isinstance(data__locator, (str, int, float, Decimal)) or isinstance(data__locator, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".locator must be string or number")
        if "medium" in data_keys:
            data_keys.remove("medium")
            data__medium = data["medium"]
            if not isinstance(data__medium, (str, int, float, Decimal)) or isinstance(data__medium, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".medium must be string or number")
        if "number-of-pages" in data_keys:
            data_keys.remove("number-of-pages")
            data__numberofpages = data["number-of-pages"]
            if not isinstance(data__numberofpages, (str, int, float, Decimal)) or isinstance(data__numberofpages, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".number-of-pages must be string or number")
        if "number-of-volumes" in data_keys:
            data_keys.remove("number-of-volumes")
            data__numberofvolumes = data["number-of-volumes"]
            if not isinstance(data__numberofvolumes, (str, int, float, Decimal)) or isinstance(data__numberofvolumes, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".number-of-volumes must be string or number")
        if "original-publisher" in data_keys:
            data_keys.remove("original-publisher")
            data__originalpublisher = data["original-publisher"]
            if not isinstance(data__originalpublisher, (str, int, float, Decimal)) or isinstance(data__originalpublisher, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-publisher must be string or number")
        if "original-publisher-place" in data_keys:
            data_keys.remove("original-publisher-place")
            data__originalpublisherplace = data["original-publisher-place"]
            if not isinstance(data__originalpublisherplace, (str, int, float, Decimal)) or isinstance(data__originalpublisherplace, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-publisher-place must be string or number")
        if "original-title" in data_keys:
            data_keys.remove("original-title")
            data__originaltitle = data["original-title"]
            if not isinstance(data__originaltitle, (str, int, float, Decimal)) or isinstance(data__originaltitle, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".original-title must be string or number")
        if "part-number" in data_keys:
            data_keys.remove("part-number")
            data__partnumber = data["part-number"]
            if not isinstance(data__partnumber, (str, int, float, Decimal)) or isinstance(data__partnumber, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".part-number must be string or number")
        if "part-title" in data_keys:
            data_keys.remove("part-title")
            data__parttitle = data["part-title"]
            if not isinstance(data__parttitle, (str, int, float, Decimal)) or isinstance(data__parttitle, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".part-title must be string or number")
        if "printing" in data_keys:
            data_keys.remove("printing")
            data__printing = data["printing"]
            if not isinstance(data__printing, (str, int, float, Decimal)) or isinstance(data__printing, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".printing must be string or number")
        if "references" in data_keys:
            data_keys.remove("references")
            data__references = data["references"]
            if not isinstance(data__references, (str, int, float, Decimal)) or isinstance(data__references, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".references must be string or number")
        if "reviewed-genre" in data_keys:
            data_keys.remove("reviewed-genre")
            data__reviewedgenre = data["reviewed-genre"]
            if not isinstance(data__reviewedgenre, (str, int, float, Decimal)) or isinstance(data__reviewedgenre, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-genre must be string or number")
        if "reviewed-title" in data_keys:
            data_keys.remove("reviewed-title")
            data__reviewedtitle = data["reviewed-title"]
            if not isinstance(data__reviewedtitle, (str, int, float, Decimal)) or isinstance(data__reviewedtitle, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewed-title must be string or number")
        if "scale" in data_keys:
            data_keys.remove("scale")
            data__scale = data["scale"]
            if not isinstance(data__scale, (str, int, float, Decimal)) or isinstance(data__scale, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scale must be string or number")
        if "section" in data_keys:
            data_keys.remove("section")
            data__section = data["section"]
            if not isinstance(data__section, (str, int, float, Decimal)) or isinstance(data__section, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".section must be string or number")
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            if not isinstance(data__source, (str, int, float, Decimal)) or isinstance(data__source, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be string or number")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (str, int, float, Decimal)) or isinstance(data__status, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be string or number")
        if "title-short" in data_keys:
            data_keys.remove("title-short")
            data__titleshort = data["title-short"]
            if not isinstance(data__titleshort, (str, int, float, Decimal)) or isinstance(data__titleshort, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title-short must be string or number")
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str, int, float, Decimal)) or isinstance(data__version, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string or number")
        if "volume-title" in data_keys:
            data_keys.remove("volume-title")
            data__volumetitle = data["volume-title"]
            if not isinstance(data__volumetitle, (str, int, float, Decimal)) or isinstance(data__volumetitle, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".volume-title must be string or number")
        if "year-suffix" in data_keys:
            data_keys.remove("year-suffix")
            data__yearsuffix = data["year-suffix"]
            if not isinstance(data__yearsuffix, (str, int, float, Decimal)) or isinstance(data__yearsuffix, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".year-suffix must be string or number")
    return data
