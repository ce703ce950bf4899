"""The quick check of the schema 'facilitation-guide': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "76e26ea8e10b9fd9d4828e5585d54e622ea899603a0fd940347e867f7f0d84df"
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
    '\\.ipynb$': re.compile('\\.ipynb\\Z')
}

NoneType = type(None)

def validate_https___peerlearn_example_schemas_facilitation_guide_v1_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['schema_version', 'id', 'title', 'minutes', 'audience', 'about', 'ground_rules', 'sessions']) - data.keys()
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
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
        if "minutes" in data_keys:
            data_keys.remove("minutes")
            data__minutes = data["minutes"]
            if not isinstance(data__minutes, (int)) and not (isinstance(data__minutes, float) and data__minutes.is_integer()) or isinstance(data__minutes, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".minutes must be integer")
            if isinstance(data__minutes, (int, float, Decimal)) and not isinstance(data__minutes, bool):
                if data__minutes < 360:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".minutes must be bigger than or equal to 360")
                if data__minutes > 600:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".minutes must be smaller than or equal to 600")
        if "audience" in data_keys:
            data_keys.remove("audience")
            data__audience = data["audience"]
            if not isinstance(data__audience, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".audience must be string")
        if "about" in data_keys:
            data_keys.remove("about")
            data__about = data["about"]
            if not isinstance(data__about, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".about must be string")
        if "ground_rules" in data_keys:
            data_keys.remove("ground_rules")
            data__groundrules = data["ground_rules"]
            if not isinstance(data__groundrules, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ground_rules must be array")
            data__groundrules_is_list = isinstance(data__groundrules, (list, tuple))
            if data__groundrules_is_list:
                data__groundrules_len = len(data__groundrules)
                if data__groundrules_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ground_rules must contain at least 1 items")
                for data__groundrules_x, data__groundrules_item in enumerate(data__groundrules):
                    if not isinstance(data__groundrules_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ground_rules[{data__groundrules_x}]".format(**locals()) + " must be string")
        if "sessions" in data_keys:
            data_keys.remove("sessions")
            data__sessions = data["sessions"]
            if not isinstance(data__sessions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions must be array")
            data__sessions_is_list = isinstance(data__sessions, (list, tuple))
            if data__sessions_is_list:
                data__sessions_len = len(data__sessions)
                if data__sessions_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions must contain at least 1 items")
                for data__sessions_x, data__sessions_item in enumerate(data__sessions):
                    if not isinstance(data__sessions_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}]".format(**locals()) + " must be object")
                    data__sessions_item_is_dict = isinstance(data__sessions_item, dict)
                    if data__sessions_item_is_dict:
                        data__sessions_item__missing_keys = set(['id', 'title', 'minutes', 'aims', 'before', 'during', 'plan', 'prompts', 'group_activity', 'watch_for']) - data__sessions_item.keys()
                        if data__sessions_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}]".format(**locals()) + " must contain ")
                        data__sessions_item_keys = set(data__sessions_item.keys())
                        if "id" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("id")
                            data__sessions_item__id = data__sessions_item["id"]
                            if not isinstance(data__sessions_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].id".format(**locals()) + " must be string")
                        if "title" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("title")
                            data__sessions_item__title = data__sessions_item["title"]
                            if not isinstance(data__sessions_item__title, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].title".format(**locals()) + " must be string")
                        if "minutes" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("minutes")
                            data__sessions_item__minutes = data__sessions_item["minutes"]
                            if not isinstance(data__sessions_item__minutes, (int)) and not (isinstance(data__sessions_item__minutes, float) and data__sessions_item__minutes.is_integer()) or isinstance(data__sessions_item__minutes, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].minutes".format(**locals()) + " must be integer")
                            if isinstance(data__sessions_item__minutes, (int, float, Decimal)) and not isinstance(data__sessions_item__minutes, bool):
                                if data__sessions_item__minutes < 15:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].minutes".format(**locals()) + " must be bigger than or equal to 15")
                        if "aims" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("aims")
                            data__sessions_item__aims = data__sessions_item["aims"]
                            if not isinstance(data__sessions_item__aims, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].aims".format(**locals()) + " must be array")
                            data__sessions_item__aims_is_list = isinstance(data__sessions_item__aims, (list, tuple))
                            if data__sessions_item__aims_is_list:
                                data__sessions_item__aims_len = len(data__sessions_item__aims)
                                if data__sessions_item__aims_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].aims".format(**locals()) + " must contain at least 1 items")
                                for data__sessions_item__aims_x, data__sessions_item__aims_item in enumerate(data__sessions_item__aims):
                                    if not isinstance(data__sessions_item__aims_item, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].aims[{data__sessions_item__aims_x}]".format(**locals()) + " must be string")
                        if "before" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("before")
                            data__sessions_item__before = data__sessions_item["before"]
                            validate_https___peerlearn_example_schemas_facilitation_guide_v1_json___defs_parts(data__sessions_item__before, custom_formats, (name_prefix or "data") + ".sessions[{data__sessions_x}].before".format(**locals()))
                        if "during" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("during")
                            data__sessions_item__during = data__sessions_item["during"]
                            validate_https___peerlearn_example_schemas_facilitation_guide_v1_json___defs_parts(data__sessions_item__during, custom_formats, (name_prefix or "data") + ".sessions[{data__sessions_x}].during".format(**locals()))
                        if "plan" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("plan")
                            data__sessions_item__plan = data__sessions_item["plan"]
                            if not isinstance(data__sessions_item__plan, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan".format(**locals()) + " must be array")
                            data__sessions_item__plan_is_list = isinstance(data__sessions_item__plan, (list, tuple))
                            if data__sessions_item__plan_is_list:
                                data__sessions_item__plan_len = len(data__sessions_item__plan)
                                if data__sessions_item__plan_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan".format(**locals()) + " must contain at least 1 items")
                                for data__sessions_item__plan_x, data__sessions_item__plan_item in enumerate(data__sessions_item__plan):
                                    if not isinstance(data__sessions_item__plan_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan[{data__sessions_item__plan_x}]".format(**locals()) + " must be object")
                                    data__sessions_item__plan_item_is_dict = isinstance(data__sessions_item__plan_item, dict)
                                    if data__sessions_item__plan_item_is_dict:
                                        data__sessions_item__plan_item__missing_keys = set(['minutes', 'activity']) - data__sessions_item__plan_item.keys()
                                        if data__sessions_item__plan_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan[{data__sessions_item__plan_x}]".format(**locals()) + " must contain ")
                                        data__sessions_item__plan_item_keys = set(data__sessions_item__plan_item.keys())
                                        if "minutes" in data__sessions_item__plan_item_keys:
                                            data__sessions_item__plan_item_keys.remove("minutes")
                                            data__sessions_item__plan_item__minutes = data__sessions_item__plan_item["minutes"]
                                            if not isinstance(data__sessions_item__plan_item__minutes, (int)) and not (isinstance(data__sessions_item__plan_item__minutes, float) and data__sessions_item__plan_item__minutes.is_integer()) or isinstance(data__sessions_item__plan_item__minutes, bool):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan[{data__sessions_item__plan_x}].minutes".format(**locals()) + " must be integer")
                                            if isinstance(data__sessions_item__plan_item__minutes, (int, float, Decimal)) and not isinstance(data__sessions_item__plan_item__minutes, bool):
                                                if data__sessions_item__plan_item__minutes < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan[{data__sessions_item__plan_x}].minutes".format(**locals()) + " must be bigger than or equal to 1")
                                        if "activity" in data__sessions_item__plan_item_keys:
                                            data__sessions_item__plan_item_keys.remove("activity")
                                            data__sessions_item__plan_item__activity = data__sessions_item__plan_item["activity"]
                                            if not isinstance(data__sessions_item__plan_item__activity, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan[{data__sessions_item__plan_x}].activity".format(**locals()) + " must be string")
                                        if data__sessions_item__plan_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].plan[{data__sessions_item__plan_x}]".format(**locals()) + " must not contain "+str(data__sessions_item__plan_item_keys)+" properties")
                        if "prompts" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("prompts")
                            data__sessions_item__prompts = data__sessions_item["prompts"]
                            if not isinstance(data__sessions_item__prompts, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts".format(**locals()) + " must be array")
                            data__sessions_item__prompts_is_list = isinstance(data__sessions_item__prompts, (list, tuple))
                            if data__sessions_item__prompts_is_list:
                                data__sessions_item__prompts_len = len(data__sessions_item__prompts)
                                if data__sessions_item__prompts_len < 2:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts".format(**locals()) + " must contain at least 2 items")
                                if data__sessions_item__prompts_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__sessions_item__prompts_x, data__sessions_item__prompts_item in enumerate(data__sessions_item__prompts):
                                    if not isinstance(data__sessions_item__prompts_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}]".format(**locals()) + " must be object")
                                    data__sessions_item__prompts_item_is_dict = isinstance(data__sessions_item__prompts_item, dict)
                                    if data__sessions_item__prompts_item_is_dict:
                                        data__sessions_item__prompts_item__missing_keys = set(['text', 'mechanisms', 'tension']) - data__sessions_item__prompts_item.keys()
                                        if data__sessions_item__prompts_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}]".format(**locals()) + " must contain ")
                                        data__sessions_item__prompts_item_keys = set(data__sessions_item__prompts_item.keys())
                                        if "text" in data__sessions_item__prompts_item_keys:
                                            data__sessions_item__prompts_item_keys.remove("text")
                                            data__sessions_item__prompts_item__text = data__sessions_item__prompts_item["text"]
                                            if not isinstance(data__sessions_item__prompts_item__text, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}].text".format(**locals()) + " must be string")
                                        if "mechanisms" in data__sessions_item__prompts_item_keys:
                                            data__sessions_item__prompts_item_keys.remove("mechanisms")
                                            data__sessions_item__prompts_item__mechanisms = data__sessions_item__prompts_item["mechanisms"]
                                            if not isinstance(data__sessions_item__prompts_item__mechanisms, (list, tuple)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}].mechanisms".format(**locals()) + " must be array")
                                            data__sessions_item__prompts_item__mechanisms_is_list = isinstance(data__sessions_item__prompts_item__mechanisms, (list, tuple))
                                            if data__sessions_item__prompts_item__mechanisms_is_list:
                                                data__sessions_item__prompts_item__mechanisms_len = len(data__sessions_item__prompts_item__mechanisms)
                                                if data__sessions_item__prompts_item__mechanisms_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}].mechanisms".format(**locals()) + " must contain at least 1 items")
                                                for data__sessions_item__prompts_item__mechanisms_x, data__sessions_item__prompts_item__mechanisms_item in enumerate(data__sessions_item__prompts_item__mechanisms):
                                                    if not isinstance(data__sessions_item__prompts_item__mechanisms_item, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}].mechanisms[{data__sessions_item__prompts_item__mechanisms_x}]".format(**locals()) + " must be string")
                                        if "tension" in data__sessions_item__prompts_item_keys:
                                            data__sessions_item__prompts_item_keys.remove("tension")
                                            data__sessions_item__prompts_item__tension = data__sessions_item__prompts_item["tension"]
                                            if not isinstance(data__sessions_item__prompts_item__tension, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}].tension".format(**locals()) + " must be string")
                                        if data__sessions_item__prompts_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].prompts[{data__sessions_item__prompts_x}]".format(**locals()) + " must not contain "+str(data__sessions_item__prompts_item_keys)+" properties")
                        if "group_activity" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("group_activity")
                            data__sessions_item__groupactivity = data__sessions_item["group_activity"]
                            if not isinstance(data__sessions_item__groupactivity, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity".format(**locals()) + " must be object")
                            data__sessions_item__groupactivity_is_dict = isinstance(data__sessions_item__groupactivity, dict)
                            if data__sessions_item__groupactivity_is_dict:
                                data__sessions_item__groupactivity__missing_keys = set(['title', 'minutes', 'how', 'roleplay', 'exercises']) - data__sessions_item__groupactivity.keys()
                                if data__sessions_item__groupactivity__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity".format(**locals()) + " must contain ")
                                data__sessions_item__groupactivity_keys = set(data__sessions_item__groupactivity.keys())
                                if "title" in data__sessions_item__groupactivity_keys:
                                    data__sessions_item__groupactivity_keys.remove("title")
                                    data__sessions_item__groupactivity__title = data__sessions_item__groupactivity["title"]
                                    if not isinstance(data__sessions_item__groupactivity__title, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity.title".format(**locals()) + " must be string")
                                if "minutes" in data__sessions_item__groupactivity_keys:
                                    data__sessions_item__groupactivity_keys.remove("minutes")
                                    data__sessions_item__groupactivity__minutes = data__sessions_item__groupactivity["minutes"]
                                    if not isinstance(data__sessions_item__groupactivity__minutes, (int)) and not (isinstance(data__sessions_item__groupactivity__minutes, float) and data__sessions_item__groupactivity__minutes.is_integer()) or isinstance(data__sessions_item__groupactivity__minutes, bool):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity.minutes".format(**locals()) + " must be integer")
                                    if isinstance(data__sessions_item__groupactivity__minutes, (int, float, Decimal)) and not isinstance(data__sessions_item__groupactivity__minutes, bool):
                                        if data__sessions_item__groupactivity__minutes < 5:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity.minutes".format(**locals()) + " must be bigger than or equal to 5")
                                if "how" in data__sessions_item__groupactivity_keys:
                                    data__sessions_item__groupactivity_keys.remove("how")
                                    data__sessions_item__groupactivity__how = data__sessions_item__groupactivity["how"]
                                    if not isinstance(data__sessions_item__groupactivity__how, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity.how".format(**locals()) + " must be string")
                                if "roleplay" in data__sessions_item__groupactivity_keys:
                                    data__sessions_item__groupactivity_keys.remove("roleplay")
                                    data__sessions_item__groupactivity__roleplay = data__sessions_item__groupactivity["roleplay"]
                                    if not isinstance(data__sessions_item__groupactivity__roleplay, (str, NoneType)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity.roleplay".format(**locals()) + " must be string or null")
                                if "exercises" in data__sessions_item__groupactivity_keys:
                                    data__sessions_item__groupactivity_keys.remove("exercises")
                                    data__sessions_item__groupactivity__exercises = data__sessions_item__groupactivity["exercises"]
                                    validate_https___peerlearn_example_schemas_facilitation_guide_v1_json___defs_ids(data__sessions_item__groupactivity__exercises, custom_formats, (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity.exercises".format(**locals()))
                                if data__sessions_item__groupactivity_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].group_activity".format(**locals()) + " must not contain "+str(data__sessions_item__groupactivity_keys)+" properties")
                        if "watch_for" in data__sessions_item_keys:
                            data__sessions_item_keys.remove("watch_for")
                            data__sessions_item__watchfor = data__sessions_item["watch_for"]
                            if not isinstance(data__sessions_item__watchfor, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].watch_for".format(**locals()) + " must be object")
                            data__sessions_item__watchfor_is_dict = isinstance(data__sessions_item__watchfor, dict)
                            if data__sessions_item__watchfor_is_dict:
                                data__sessions_item__watchfor__missing_keys = set(['safety', 'disclosure', 'self_care', 'co_facilitation']) - data__sessions_item__watchfor.keys()
                                if data__sessions_item__watchfor__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].watch_for".format(**locals()) + " must contain ")
                                data__sessions_item__watchfor_keys = set(data__sessions_item__watchfor.keys())
                                if "safety" in data__sessions_item__watchfor_keys:
                                    data__sessions_item__watchfor_keys.remove("safety")
                                    data__sessions_item__watchfor__safety = data__sessions_item__watchfor["safety"]
                                    if not isinstance(data__sessions_item__watchfor__safety, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].watch_for.safety".format(**locals()) + " must be string")
                                if "disclosure" in data__sessions_item__watchfor_keys:
                                    data__sessions_item__watchfor_keys.remove("disclosure")
                                    data__sessions_item__watchfor__disclosure = data__sessions_item__watchfor["disclosure"]
                                    if not isinstance(data__sessions_item__watchfor__disclosure, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].watch_for.disclosure".format(**locals()) + " must be string")
                                if "self_care" in data__sessions_item__watchfor_keys:
                                    data__sessions_item__watchfor_keys.remove("self_care")
                                    data__sessions_item__watchfor__selfcare = data__sessions_item__watchfor["self_care"]
                                    if not isinstance(data__sessions_item__watchfor__selfcare, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].watch_for.self_care".format(**locals()) + " must be string")
                                if "co_facilitation" in data__sessions_item__watchfor_keys:
                                    data__sessions_item__watchfor_keys.remove("co_facilitation")
                                    data__sessions_item__watchfor__cofacilitation = data__sessions_item__watchfor["co_facilitation"]
                                    if not isinstance(data__sessions_item__watchfor__cofacilitation, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].watch_for.co_facilitation".format(**locals()) + " must be string")
                                if data__sessions_item__watchfor_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}].watch_for".format(**locals()) + " must not contain "+str(data__sessions_item__watchfor_keys)+" properties")
                        if data__sessions_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sessions[{data__sessions_x}]".format(**locals()) + " must not contain "+str(data__sessions_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___peerlearn_example_schemas_facilitation_guide_v1_json___defs_ids(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array")
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be string")
    return data

def validate_https___peerlearn_example_schemas_facilitation_guide_v1_json___defs_parts(data, custom_formats={}, name_prefix=None):
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
                data_item__missing_keys = set(['notebook', 'sections']) - data_item.keys()
                if data_item__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must contain ")
                data_item_keys = set(data_item.keys())
                if "notebook" in data_item_keys:
                    data_item_keys.remove("notebook")
                    data_item__notebook = data_item["notebook"]
                    if not isinstance(data_item__notebook, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].notebook".format(**locals()) + " must be string")
                    if isinstance(data_item__notebook, str):
                        if not REGEX_PATTERNS['\\.ipynb$'].search(data_item__notebook):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].notebook".format(**locals()) + " must match pattern \\.ipynb$")
                if "sections" in data_item_keys:
                    data_item_keys.remove("sections")
                    data_item__sections = data_item["sections"]
                    if not isinstance(data_item__sections, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].sections".format(**locals()) + " must be array")
                    data_item__sections_is_list = isinstance(data_item__sections, (list, tuple))
                    if data_item__sections_is_list:
                        data_item__sections_len = len(data_item__sections)
                        if data_item__sections_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].sections".format(**locals()) + " must contain at least 1 items")
                        for data_item__sections_x, data_item__sections_item in enumerate(data_item__sections):
                            if not isinstance(data_item__sections_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].sections[{data_item__sections_x}]".format(**locals()) + " must be string")
                if data_item_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must not contain "+str(data_item_keys)+" properties")
    return data


validate = validate_https___peerlearn_example_schemas_facilitation_guide_v1_json

#: a check per definition, by its name in $defs
DEFS = {}
