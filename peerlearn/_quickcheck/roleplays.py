"""The quick check of the schema 'roleplays': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "a2580313610f50acc59e5b5616ae6d1147dd1041ac6f7fc731849b5b8afb1534"
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
    '^[a-z0-9-]+$': re.compile('^[a-z0-9-]+\\Z'),
    '^\\(Fictional\\.\\) ': re.compile('^\\(Fictional\\.\\) '),
    '^[a-z0-9-]+/[a-z0-9.-]+$': re.compile('^[a-z0-9-]+/[a-z0-9.-]+\\Z')
}

NoneType = type(None)

def validate_https___peerlearn_example_schemas_roleplays_v1_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['schema_version', 'note', 'roleplays']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "schema_version" in data_keys:
            data_keys.remove("schema_version")
            data__schemaversion = data["schema_version"]
            if not (isinstance(data__schemaversion, (int, float)) and not isinstance(data__schemaversion, bool) and data__schemaversion == 1):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema_version must be one of [1]")
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string")
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be longer than or equal to 1 characters")
        if "roleplays" in data_keys:
            data_keys.remove("roleplays")
            data__roleplays = data["roleplays"]
            if not isinstance(data__roleplays, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays must be array")
            data__roleplays_is_list = isinstance(data__roleplays, (list, tuple))
            if data__roleplays_is_list:
                data__roleplays_len = len(data__roleplays)
                if data__roleplays_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays must contain at least 1 items")
                for data__roleplays_x, data__roleplays_item in enumerate(data__roleplays):
                    if not isinstance(data__roleplays_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}]".format(**locals()) + " must be object")
                    data__roleplays_item_is_dict = isinstance(data__roleplays_item, dict)
                    if data__roleplays_item_is_dict:
                        data__roleplays_item__missing_keys = set(['id', 'title', 'fictional', 'group', 'minutes', 'mechanisms', 'moment', 'scenario', 'roles', 'checklist', 'debrief', 'exercises']) - data__roleplays_item.keys()
                        if data__roleplays_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}]".format(**locals()) + " must contain ")
                        data__roleplays_item_keys = set(data__roleplays_item.keys())
                        if "id" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("id")
                            data__roleplays_item__id = data__roleplays_item["id"]
                            if not isinstance(data__roleplays_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__roleplays_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9-]+$'].search(data__roleplays_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].id".format(**locals()) + " must match pattern ^[a-z0-9-]+$")
                        if "title" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("title")
                            data__roleplays_item__title = data__roleplays_item["title"]
                            if not isinstance(data__roleplays_item__title, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].title".format(**locals()) + " must be string")
                            if isinstance(data__roleplays_item__title, str):
                                data__roleplays_item__title_len = len(data__roleplays_item__title)
                                if data__roleplays_item__title_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].title".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "fictional" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("fictional")
                            data__roleplays_item__fictional = data__roleplays_item["fictional"]
                            if not (isinstance(data__roleplays_item__fictional, bool) and data__roleplays_item__fictional is True):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].fictional".format(**locals()) + " must be one of [True]")
                        if "group" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("group")
                            data__roleplays_item__group = data__roleplays_item["group"]
                            if not (isinstance(data__roleplays_item__group, str) and data__roleplays_item__group == 'pairs' or isinstance(data__roleplays_item__group, str) and data__roleplays_item__group == 'threes'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].group".format(**locals()) + " must be one of ['pairs', 'threes']")
                        if "minutes" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("minutes")
                            data__roleplays_item__minutes = data__roleplays_item["minutes"]
                            if not isinstance(data__roleplays_item__minutes, (int)) and not (isinstance(data__roleplays_item__minutes, float) and data__roleplays_item__minutes.is_integer()) or isinstance(data__roleplays_item__minutes, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].minutes".format(**locals()) + " must be integer")
                            if isinstance(data__roleplays_item__minutes, (int, float, Decimal)) and not isinstance(data__roleplays_item__minutes, bool):
                                if data__roleplays_item__minutes < 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].minutes".format(**locals()) + " must be bigger than or equal to 5")
                                if data__roleplays_item__minutes > 60:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].minutes".format(**locals()) + " must be smaller than or equal to 60")
                        if "mechanisms" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("mechanisms")
                            data__roleplays_item__mechanisms = data__roleplays_item["mechanisms"]
                            if not isinstance(data__roleplays_item__mechanisms, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].mechanisms".format(**locals()) + " must be array")
                            data__roleplays_item__mechanisms_is_list = isinstance(data__roleplays_item__mechanisms, (list, tuple))
                            if data__roleplays_item__mechanisms_is_list:
                                data__roleplays_item__mechanisms_len = len(data__roleplays_item__mechanisms)
                                if data__roleplays_item__mechanisms_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].mechanisms".format(**locals()) + " must contain at least 1 items")
                                for data__roleplays_item__mechanisms_x, data__roleplays_item__mechanisms_item in enumerate(data__roleplays_item__mechanisms):
                                    if not isinstance(data__roleplays_item__mechanisms_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].mechanisms[{data__roleplays_item__mechanisms_x}]".format(**locals()) + " must be string")
                        if "moment" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("moment")
                            data__roleplays_item__moment = data__roleplays_item["moment"]
                            if not isinstance(data__roleplays_item__moment, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].moment".format(**locals()) + " must be string")
                            if isinstance(data__roleplays_item__moment, str):
                                data__roleplays_item__moment_len = len(data__roleplays_item__moment)
                                if data__roleplays_item__moment_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].moment".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "scenario" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("scenario")
                            data__roleplays_item__scenario = data__roleplays_item["scenario"]
                            if not isinstance(data__roleplays_item__scenario, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].scenario".format(**locals()) + " must be string")
                            if isinstance(data__roleplays_item__scenario, str):
                                if not REGEX_PATTERNS['^\\(Fictional\\.\\) '].search(data__roleplays_item__scenario):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].scenario".format(**locals()) + " must match pattern ^\\(Fictional\\.\\) ")
                        if "roles" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("roles")
                            data__roleplays_item__roles = data__roleplays_item["roles"]
                            if not isinstance(data__roleplays_item__roles, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles".format(**locals()) + " must be array")
                            data__roleplays_item__roles_is_list = isinstance(data__roleplays_item__roles, (list, tuple))
                            if data__roleplays_item__roles_is_list:
                                data__roleplays_item__roles_len = len(data__roleplays_item__roles)
                                if data__roleplays_item__roles_len < 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles".format(**locals()) + " must contain at least 2 items")
                                if data__roleplays_item__roles_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__roleplays_item__roles_x, data__roleplays_item__roles_item in enumerate(data__roleplays_item__roles):
                                    if not isinstance(data__roleplays_item__roles_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles[{data__roleplays_item__roles_x}]".format(**locals()) + " must be object")
                                    data__roleplays_item__roles_item_is_dict = isinstance(data__roleplays_item__roles_item, dict)
                                    if data__roleplays_item__roles_item_is_dict:
                                        data__roleplays_item__roles_item__missing_keys = set(['id', 'name', 'brief']) - data__roleplays_item__roles_item.keys()
                                        if data__roleplays_item__roles_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles[{data__roleplays_item__roles_x}]".format(**locals()) + " must contain ")
                                        data__roleplays_item__roles_item_keys = set(data__roleplays_item__roles_item.keys())
                                        if "id" in data__roleplays_item__roles_item_keys:
                                            data__roleplays_item__roles_item_keys.remove("id")
                                            data__roleplays_item__roles_item__id = data__roleplays_item__roles_item["id"]
                                            if not isinstance(data__roleplays_item__roles_item__id, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles[{data__roleplays_item__roles_x}].id".format(**locals()) + " must be string")
                                        if "name" in data__roleplays_item__roles_item_keys:
                                            data__roleplays_item__roles_item_keys.remove("name")
                                            data__roleplays_item__roles_item__name = data__roleplays_item__roles_item["name"]
                                            if not isinstance(data__roleplays_item__roles_item__name, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles[{data__roleplays_item__roles_x}].name".format(**locals()) + " must be string")
                                        if "brief" in data__roleplays_item__roles_item_keys:
                                            data__roleplays_item__roles_item_keys.remove("brief")
                                            data__roleplays_item__roles_item__brief = data__roleplays_item__roles_item["brief"]
                                            if not isinstance(data__roleplays_item__roles_item__brief, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles[{data__roleplays_item__roles_x}].brief".format(**locals()) + " must be string")
                                            if isinstance(data__roleplays_item__roles_item__brief, str):
                                                data__roleplays_item__roles_item__brief_len = len(data__roleplays_item__roles_item__brief)
                                                if data__roleplays_item__roles_item__brief_len < 20:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles[{data__roleplays_item__roles_x}].brief".format(**locals()) + " must be longer than or equal to 20 characters")
                                        if data__roleplays_item__roles_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].roles[{data__roleplays_item__roles_x}]".format(**locals()) + " must not contain "+str(data__roleplays_item__roles_item_keys)+" properties")
                        if "checklist" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("checklist")
                            data__roleplays_item__checklist = data__roleplays_item["checklist"]
                            if not isinstance(data__roleplays_item__checklist, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist".format(**locals()) + " must be array")
                            data__roleplays_item__checklist_is_list = isinstance(data__roleplays_item__checklist, (list, tuple))
                            if data__roleplays_item__checklist_is_list:
                                data__roleplays_item__checklist_len = len(data__roleplays_item__checklist)
                                if data__roleplays_item__checklist_len < 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist".format(**locals()) + " must contain at least 2 items")
                                for data__roleplays_item__checklist_x, data__roleplays_item__checklist_item in enumerate(data__roleplays_item__checklist):
                                    if not isinstance(data__roleplays_item__checklist_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}]".format(**locals()) + " must be object")
                                    data__roleplays_item__checklist_item_is_dict = isinstance(data__roleplays_item__checklist_item, dict)
                                    if data__roleplays_item__checklist_item_is_dict:
                                        data__roleplays_item__checklist_item__missing_keys = set(['text', 'mechanisms']) - data__roleplays_item__checklist_item.keys()
                                        if data__roleplays_item__checklist_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}]".format(**locals()) + " must contain ")
                                        data__roleplays_item__checklist_item_keys = set(data__roleplays_item__checklist_item.keys())
                                        if "text" in data__roleplays_item__checklist_item_keys:
                                            data__roleplays_item__checklist_item_keys.remove("text")
                                            data__roleplays_item__checklist_item__text = data__roleplays_item__checklist_item["text"]
                                            if not isinstance(data__roleplays_item__checklist_item__text, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}].text".format(**locals()) + " must be string")
                                            if isinstance(data__roleplays_item__checklist_item__text, str):
                                                data__roleplays_item__checklist_item__text_len = len(data__roleplays_item__checklist_item__text)
                                                if data__roleplays_item__checklist_item__text_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}].text".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if "mechanisms" in data__roleplays_item__checklist_item_keys:
                                            data__roleplays_item__checklist_item_keys.remove("mechanisms")
                                            data__roleplays_item__checklist_item__mechanisms = data__roleplays_item__checklist_item["mechanisms"]
                                            if not isinstance(data__roleplays_item__checklist_item__mechanisms, (list, tuple)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}].mechanisms".format(**locals()) + " must be array")
                                            data__roleplays_item__checklist_item__mechanisms_is_list = isinstance(data__roleplays_item__checklist_item__mechanisms, (list, tuple))
                                            if data__roleplays_item__checklist_item__mechanisms_is_list:
                                                data__roleplays_item__checklist_item__mechanisms_len = len(data__roleplays_item__checklist_item__mechanisms)
                                                if data__roleplays_item__checklist_item__mechanisms_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}].mechanisms".format(**locals()) + " must contain at least 1 items")
                                                for data__roleplays_item__checklist_item__mechanisms_x, data__roleplays_item__checklist_item__mechanisms_item in enumerate(data__roleplays_item__checklist_item__mechanisms):
                                                    if not isinstance(data__roleplays_item__checklist_item__mechanisms_item, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}].mechanisms[{data__roleplays_item__checklist_item__mechanisms_x}]".format(**locals()) + " must be string")
                                        if data__roleplays_item__checklist_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].checklist[{data__roleplays_item__checklist_x}]".format(**locals()) + " must not contain "+str(data__roleplays_item__checklist_item_keys)+" properties")
                        if "debrief" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("debrief")
                            data__roleplays_item__debrief = data__roleplays_item["debrief"]
                            if not isinstance(data__roleplays_item__debrief, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].debrief".format(**locals()) + " must be array")
                            data__roleplays_item__debrief_is_list = isinstance(data__roleplays_item__debrief, (list, tuple))
                            if data__roleplays_item__debrief_is_list:
                                data__roleplays_item__debrief_len = len(data__roleplays_item__debrief)
                                if data__roleplays_item__debrief_len < 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].debrief".format(**locals()) + " must contain at least 2 items")
                                for data__roleplays_item__debrief_x, data__roleplays_item__debrief_item in enumerate(data__roleplays_item__debrief):
                                    if not isinstance(data__roleplays_item__debrief_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].debrief[{data__roleplays_item__debrief_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__roleplays_item__debrief_item, str):
                                        data__roleplays_item__debrief_item_len = len(data__roleplays_item__debrief_item)
                                        if data__roleplays_item__debrief_item_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].debrief[{data__roleplays_item__debrief_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "exercises" in data__roleplays_item_keys:
                            data__roleplays_item_keys.remove("exercises")
                            data__roleplays_item__exercises = data__roleplays_item["exercises"]
                            if not isinstance(data__roleplays_item__exercises, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].exercises".format(**locals()) + " must be array")
                            data__roleplays_item__exercises_is_list = isinstance(data__roleplays_item__exercises, (list, tuple))
                            if data__roleplays_item__exercises_is_list:
                                data__roleplays_item__exercises_len = len(data__roleplays_item__exercises)
                                for data__roleplays_item__exercises_x, data__roleplays_item__exercises_item in enumerate(data__roleplays_item__exercises):
                                    if not isinstance(data__roleplays_item__exercises_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].exercises[{data__roleplays_item__exercises_x}]".format(**locals()) + " must be string")
                                    if isinstance(data__roleplays_item__exercises_item, str):
                                        if not REGEX_PATTERNS['^[a-z0-9-]+/[a-z0-9.-]+$'].search(data__roleplays_item__exercises_item):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}].exercises[{data__roleplays_item__exercises_x}]".format(**locals()) + " must match pattern ^[a-z0-9-]+/[a-z0-9.-]+$")
                        if data__roleplays_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".roleplays[{data__roleplays_x}]".format(**locals()) + " must not contain "+str(data__roleplays_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_https___peerlearn_example_schemas_roleplays_v1_json

#: a check per definition, by its name in $defs
DEFS = {}
