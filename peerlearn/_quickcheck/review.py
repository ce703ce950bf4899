"""The quick check of the schema 'review': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "503fe16c266b298edab240c1908829477d113b66579ae0bde948b4be238e4c19"
VERSION = "2.22.3"
from decimal import Decimal
class JsonSchemaValueException(ValueError):
    """What the code below raises on data the schema refuses (fastjsonschema's own name)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


class JsonSchemaValuesException(ValueError):
    """fastjsonschema's name for several refusals at once (not raised: it fails fast)."""

    def __init__(self, errors):
        super().__init__(errors)



NoneType = type(None)

def validate_peerlearn_review_v1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['schema_version', 'review']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "schema_version" in data_keys:
            data_keys.remove("schema_version")
            data__schemaversion = data["schema_version"]
            if not (isinstance(data__schemaversion, (int, float)) and not isinstance(data__schemaversion, bool) and data__schemaversion == 1):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema_version must be one of [1]")
        if "review" in data_keys:
            data_keys.remove("review")
            data__review = data["review"]
            if not isinstance(data__review, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".review must be object")
            data__review_is_dict = isinstance(data__review, dict)
            if data__review_is_dict:
                data__review__missing_keys = set(['key', 'csl', 'findings']) - data__review.keys()
                if data__review__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review must contain ")
                data__review_keys = set(data__review.keys())
                if "key" in data__review_keys:
                    data__review_keys.remove("key")
                    data__review__key = data__review["key"]
                    if not isinstance(data__review__key, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.key must be string")
                    if isinstance(data__review__key, str):
                        data__review__key_len = len(data__review__key)
                        if data__review__key_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.key must be longer than or equal to 1 characters")
                if "csl" in data__review_keys:
                    data__review_keys.remove("csl")
                    data__review__csl = data__review["csl"]
                    if not isinstance(data__review__csl, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.csl must be object")
                if "method" in data__review_keys:
                    data__review_keys.remove("method")
                    data__review__method = data__review["method"]
                    if not isinstance(data__review__method, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.method must be string")
                if "findings" in data__review_keys:
                    data__review_keys.remove("findings")
                    data__review__findings = data__review["findings"]
                    if not isinstance(data__review__findings, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.findings must be array")
                    data__review__findings_is_list = isinstance(data__review__findings, (list, tuple))
                    if data__review__findings_is_list:
                        data__review__findings_len = len(data__review__findings)
                        for data__review__findings_x, data__review__findings_item in enumerate(data__review__findings):
                            if not isinstance(data__review__findings_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.findings[{data__review__findings_x}]".format(**locals()) + " must be string")
                            if isinstance(data__review__findings_item, str):
                                data__review__findings_item_len = len(data__review__findings_item)
                                if data__review__findings_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.findings[{data__review__findings_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                if "conclusion" in data__review_keys:
                    data__review_keys.remove("conclusion")
                    data__review__conclusion = data__review["conclusion"]
                    if not isinstance(data__review__conclusion, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.conclusion must be string")
                if "pmid" in data__review_keys:
                    data__review_keys.remove("pmid")
                    data__review__pmid = data__review["pmid"]
                    if not isinstance(data__review__pmid, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.pmid must be string")
                if "not_known" in data__review_keys:
                    data__review_keys.remove("not_known")
                    data__review__notknown = data__review["not_known"]
                    if not isinstance(data__review__notknown, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.not_known must be array")
                    data__review__notknown_is_list = isinstance(data__review__notknown, (list, tuple))
                    if data__review__notknown_is_list:
                        data__review__notknown_len = len(data__review__notknown)
                        for data__review__notknown_x, data__review__notknown_item in enumerate(data__review__notknown):
                            if not isinstance(data__review__notknown_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.not_known[{data__review__notknown_x}]".format(**locals()) + " must be string")
                            if isinstance(data__review__notknown_item, str):
                                data__review__notknown_item_len = len(data__review__notknown_item)
                                if data__review__notknown_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.not_known[{data__review__notknown_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data


validate = validate_peerlearn_review_v1

#: a check per definition, by its name in $defs
DEFS = {}
