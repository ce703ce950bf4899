"""The quick check of the schema 'references': fastjsonschema's code, made by
tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.
"""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

SCHEMA_SHA256 = "5d63c232c42fa6b98bbe5cc5539c1b00da72baac87c52d4fba6e8966c187f891"
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
            validate____defs_reference(data_item, custom_formats, (name_prefix or "data") + "[{data_x}]".format(**locals()))
    return data

def validate____defs_reference(data, custom_formats={}, name_prefix=None):
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
            validate____defs_names(data__author, custom_formats, (name_prefix or "data") + ".author")
        if "editor" in data_keys:
            data_keys.remove("editor")
            data__editor = data["editor"]
            validate____defs_names(data__editor, custom_formats, (name_prefix or "data") + ".editor")
        if "issued" in data_keys:
            data_keys.remove("issued")
            data__issued = data["issued"]
            validate____defs_date(data__issued, custom_formats, (name_prefix or "data") + ".issued")
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
            validate____defs_date(data__accessed, custom_formats, (name_prefix or "data") + ".accessed")
        if "original-date" in data_keys:
            data_keys.remove("original-date")
            data__originaldate = data["original-date"]
            validate____defs_date(data__originaldate, custom_formats, (name_prefix or "data") + ".original-date")
        if "event-date" in data_keys:
            data_keys.remove("event-date")
            data__eventdate = data["event-date"]
            validate____defs_date(data__eventdate, custom_formats, (name_prefix or "data") + ".event-date")
        if "submitted" in data_keys:
            data_keys.remove("submitted")
            data__submitted = data["submitted"]
            validate____defs_date(data__submitted, custom_formats, (name_prefix or "data") + ".submitted")
        if "available-date" in data_keys:
            data_keys.remove("available-date")
            data__availabledate = data["available-date"]
            validate____defs_date(data__availabledate, custom_formats, (name_prefix or "data") + ".available-date")
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
            validate____defs_names(data__chair, custom_formats, (name_prefix or "data") + ".chair")
        if "collection-editor" in data_keys:
            data_keys.remove("collection-editor")
            data__collectioneditor = data["collection-editor"]
            validate____defs_names(data__collectioneditor, custom_formats, (name_prefix or "data") + ".collection-editor")
        if "compiler" in data_keys:
            data_keys.remove("compiler")
            data__compiler = data["compiler"]
            validate____defs_names(data__compiler, custom_formats, (name_prefix or "data") + ".compiler")
        if "composer" in data_keys:
            data_keys.remove("composer")
            data__composer = data["composer"]
            validate____defs_names(data__composer, custom_formats, (name_prefix or "data") + ".composer")
        if "container-author" in data_keys:
            data_keys.remove("container-author")
            data__containerauthor = data["container-author"]
            validate____defs_names(data__containerauthor, custom_formats, (name_prefix or "data") + ".container-author")
        if "contributor" in data_keys:
            data_keys.remove("contributor")
            data__contributor = data["contributor"]
            validate____defs_names(data__contributor, custom_formats, (name_prefix or "data") + ".contributor")
        if "curator" in data_keys:
            data_keys.remove("curator")
            data__curator = data["curator"]
            validate____defs_names(data__curator, custom_formats, (name_prefix or "data") + ".curator")
        if "director" in data_keys:
            data_keys.remove("director")
            data__director = data["director"]
            validate____defs_names(data__director, custom_formats, (name_prefix or "data") + ".director")
        if "editorial-director" in data_keys:
            data_keys.remove("editorial-director")
            data__editorialdirector = data["editorial-director"]
            validate____defs_names(data__editorialdirector, custom_formats, (name_prefix or "data") + ".editorial-director")
        if "executive-producer" in data_keys:
            data_keys.remove("executive-producer")
            data__executiveproducer = data["executive-producer"]
            validate____defs_names(data__executiveproducer, custom_formats, (name_prefix or "data") + ".executive-producer")
        if "guest" in data_keys:
            data_keys.remove("guest")
            data__guest = data["guest"]
            validate____defs_names(data__guest, custom_formats, (name_prefix or "data") + ".guest")
        if "host" in data_keys:
            data_keys.remove("host")
            data__host = data["host"]
            validate____defs_names(data__host, custom_formats, (name_prefix or "data") + ".host")
        if "illustrator" in data_keys:
            data_keys.remove("illustrator")
            data__illustrator = data["illustrator"]
            validate____defs_names(data__illustrator, custom_formats, (name_prefix or "data") + ".illustrator")
        if "interviewer" in data_keys:
            data_keys.remove("interviewer")
            data__interviewer = data["interviewer"]
            validate____defs_names(data__interviewer, custom_formats, (name_prefix or "data") + ".interviewer")
        if "narrator" in data_keys:
            data_keys.remove("narrator")
            data__narrator = data["narrator"]
            validate____defs_names(data__narrator, custom_formats, (name_prefix or "data") + ".narrator")
        if "organizer" in data_keys:
            data_keys.remove("organizer")
            data__organizer = data["organizer"]
            validate____defs_names(data__organizer, custom_formats, (name_prefix or "data") + ".organizer")
        if "performer" in data_keys:
            data_keys.remove("performer")
            data__performer = data["performer"]
            validate____defs_names(data__performer, custom_formats, (name_prefix or "data") + ".performer")
        if "producer" in data_keys:
            data_keys.remove("producer")
            data__producer = data["producer"]
            validate____defs_names(data__producer, custom_formats, (name_prefix or "data") + ".producer")
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            validate____defs_names(data__recipient, custom_formats, (name_prefix or "data") + ".recipient")
        if "reviewed-author" in data_keys:
            data_keys.remove("reviewed-author")
            data__reviewedauthor = data["reviewed-author"]
            validate____defs_names(data__reviewedauthor, custom_formats, (name_prefix or "data") + ".reviewed-author")
        if "script-writer" in data_keys:
            data_keys.remove("script-writer")
            data__scriptwriter = data["script-writer"]
            validate____defs_names(data__scriptwriter, custom_formats, (name_prefix or "data") + ".script-writer")
        if "series-creator" in data_keys:
            data_keys.remove("series-creator")
            data__seriescreator = data["series-creator"]
            validate____defs_names(data__seriescreator, custom_formats, (name_prefix or "data") + ".series-creator")
        if "translator" in data_keys:
            data_keys.remove("translator")
            data__translator = data["translator"]
            validate____defs_names(data__translator, custom_formats, (name_prefix or "data") + ".translator")
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

def validate____defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['date-parts']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "date-parts" in data_keys:
            data_keys.remove("date-parts")
            data__dateparts = data["date-parts"]
            if not isinstance(data__dateparts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date-parts must be array")
            data__dateparts_is_list = isinstance(data__dateparts, (list, tuple))
            if data__dateparts_is_list:
                data__dateparts_len = len(data__dateparts)
                if data__dateparts_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date-parts must contain at least 1 items")
                if data__dateparts_len > 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date-parts must contain less than or equal to 2 items")
                for data__dateparts_x, data__dateparts_item in enumerate(data__dateparts):
                    if not isinstance(data__dateparts_item, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".date-parts[{data__dateparts_x}]".format(**locals()) + " must be array")
                    data__dateparts_item_is_list = isinstance(data__dateparts_item, (list, tuple))
                    if data__dateparts_item_is_list:
                        data__dateparts_item_len = len(data__dateparts_item)
                        if data__dateparts_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".date-parts[{data__dateparts_x}]".format(**locals()) + " must contain at least 1 items")
                        if data__dateparts_item_len > 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".date-parts[{data__dateparts_x}]".format(**locals()) + " must contain less than or equal to 3 items")
                        for data__dateparts_item_x, data__dateparts_item_item in enumerate(data__dateparts_item):
                            if not isinstance(data__dateparts_item_item, (int)) and not (isinstance(data__dateparts_item_item, float) and data__dateparts_item_item.is_integer()) or isinstance(data__dateparts_item_item, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date-parts[{data__dateparts_x}][{data__dateparts_item_x}]".format(**locals()) + " must be integer")
        if "season" in data_keys:
            data_keys.remove("season")
            data__season = data["season"]
            if not isinstance(data__season, (int, str)) and not (isinstance(data__season, float) and data__season.is_integer()) or isinstance(data__season, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".season must be integer or string")
        if "circa" in data_keys:
            data_keys.remove("circa")
            data__circa = data["circa"]
            if not isinstance(data__circa, (bool, int, str)) and not (isinstance(data__circa, float) and data__circa.is_integer()):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".circa must be boolean or integer or string")
        if "literal" in data_keys:
            data_keys.remove("literal")
            data__literal = data["literal"]
            if not isinstance(data__literal, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".literal must be string")
    return data

def validate____defs_names(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array")
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be object")
            data_item_any_of_count1 = 0
            if not data_item_any_of_count1:
                try:
                    data_item_is_dict = isinstance(data_item, dict)
                    if data_item_is_dict:
                        data_item__missing_keys = set(['family']) - data_item.keys()
                        if data_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must contain ")
                    data_item_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_item_any_of_count1:
                try:
                    data_item_is_dict = isinstance(data_item, dict)
                    if data_item_is_dict:
                        data_item__missing_keys = set(['literal']) - data_item.keys()
                        if data_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must contain ")
                    data_item_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_item_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " cannot be validated by any definition")
            data_item_is_dict = isinstance(data_item, dict)
            if data_item_is_dict:
                data_item_keys = set(data_item.keys())
                if "family" in data_item_keys:
                    data_item_keys.remove("family")
                    data_item__family = data_item["family"]
                    if not isinstance(data_item__family, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].family".format(**locals()) + " must be string")
                    if isinstance(data_item__family, str):
                        data_item__family_len = len(data_item__family)
                        if data_item__family_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].family".format(**locals()) + " must be longer than or equal to 1 characters")
                if "given" in data_item_keys:
                    data_item_keys.remove("given")
                    data_item__given = data_item["given"]
                    if not isinstance(data_item__given, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].given".format(**locals()) + " must be string")
                if "literal" in data_item_keys:
                    data_item_keys.remove("literal")
                    data_item__literal = data_item["literal"]
                    if not isinstance(data_item__literal, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].literal".format(**locals()) + " must be string")
                    if isinstance(data_item__literal, str):
                        data_item__literal_len = len(data_item__literal)
                        if data_item__literal_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].literal".format(**locals()) + " must be longer than or equal to 1 characters")
                if "non-dropping-particle" in data_item_keys:
                    data_item_keys.remove("non-dropping-particle")
                    data_item__nondroppingparticle = data_item["non-dropping-particle"]
                    if not isinstance(data_item__nondroppingparticle, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].non-dropping-particle".format(**locals()) + " must be string")
                if "dropping-particle" in data_item_keys:
                    data_item_keys.remove("dropping-particle")
                    data_item__droppingparticle = data_item["dropping-particle"]
                    if not isinstance(data_item__droppingparticle, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].dropping-particle".format(**locals()) + " must be string")
                if "suffix" in data_item_keys:
                    data_item_keys.remove("suffix")
                    data_item__suffix = data_item["suffix"]
                    if not isinstance(data_item__suffix, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].suffix".format(**locals()) + " must be string")
                if "comma-suffix" in data_item_keys:
                    data_item_keys.remove("comma-suffix")
                    data_item__commasuffix = data_item["comma-suffix"]
                    if not isinstance(data_item__commasuffix, (bool, str, int)) and not (isinstance(data_item__commasuffix, float) and data_item__commasuffix.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].comma-suffix".format(**locals()) + " must be boolean or string or integer")
                if "static-ordering" in data_item_keys:
                    data_item_keys.remove("static-ordering")
                    data_item__staticordering = data_item["static-ordering"]
                    if not isinstance(data_item__staticordering, (bool, str, int)) and not (isinstance(data_item__staticordering, float) and data_item__staticordering.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].static-ordering".format(**locals()) + " must be boolean or string or integer")
                if "parse-names" in data_item_keys:
                    data_item_keys.remove("parse-names")
                    data_item__parsenames = data_item["parse-names"]
                    if not isinstance(data_item__parsenames, (bool, str, int)) and not (isinstance(data_item__parsenames, float) and data_item__parsenames.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].parse-names".format(**locals()) + " must be boolean or string or integer")
                if "isInstitution" in data_item_keys:
                    data_item_keys.remove("isInstitution")
                    data_item__isInstitution = data_item["isInstitution"]
                    if not isinstance(data_item__isInstitution, (bool, str, int)) and not (isinstance(data_item__isInstitution, float) and data_item__isInstitution.is_integer()):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].isInstitution".format(**locals()) + " must be boolean or string or integer")
                if data_item_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must not contain "+str(data_item_keys)+" properties")
    return data


validate = validate_peerlearn_references_v1

#: a check per definition, by its name in $defs
DEFS = {'date': validate____defs_date, 'names': validate____defs_names, 'reference': validate____defs_reference}
