"""A profile compiled for use: the XSD (imports resolved from its own folder only) and the Schematron.

Compiling NewsML-G2 takes a good fraction of a second, so a batch worker
compiles each profile once and keeps it. An XMLSchema object keeps only its
last run's error log, so one compiled profile must not be shared by threads;
batch runs use processes, and this object belongs to one of them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import etree

from app.formats.id_constraints import IdCheck, QuickSchema, without_id_constraints
from app.formats.safexml import make_parser
from app.paths import schemas_dir
from app.validation.issues import Issue
from app.validation.profiles import Profile, ProfileError
from app.validation.schematron import CompiledSchematron, SchematronError, to_issues

_SCHEMA_BYTES = 32 * 1024 * 1024


class _LocalResolver(etree.Resolver):
    """Serves xs:import / xs:include from files under the schema's folder, and nothing else.

    A network address is answered with the file of the same name in that
    folder when there is one (schemas that import ``http://www.w3.org/2001/xml.xsd``
    usually ship a copy); every other request is refused and remembered so the
    error can name it.
    """

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root.resolve()
        self.refused: list[str] = []

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        url = urlparse(system_url or "")
        if url.scheme in ("", "file"):
            candidate = Path(unquote(url.path) if url.scheme else system_url)
            if not candidate.is_absolute():
                candidate = self.root / candidate
        else:
            candidate = self.root / Path(url.path).name
        try:
            resolved = candidate.resolve()
        except OSError:
            resolved = candidate
        if resolved.is_file() and resolved.is_relative_to(self.root):
            return self.resolve_filename(str(resolved), context)
        self.refused.append(system_url)
        return self.resolve_empty(context)


def load_xsd(path: Path) -> etree.XMLSchema:
    """Compile the XSD at ``path``; imports and includes come from its folder, never the network."""
    resolver = _LocalResolver(path.parent)
    try:
        with path.open("rb") as handle:
            data = handle.read(_SCHEMA_BYTES + 1)
    except OSError as error:
        raise ProfileError(f"{path}: cannot read the schema: {error.strerror or error}") from None
    if len(data) > _SCHEMA_BYTES:
        raise ProfileError(f"{path}: the schema is larger than {_SCHEMA_BYTES // 2**20} MiB")
    try:
        doc = etree.fromstring(data, make_parser(resolver), base_url=str(path.resolve())).getroottree()
        schema = etree.XMLSchema(doc)
    except (etree.XMLSyntaxError, etree.XMLSchemaParseError) as error:
        refused = f" (refused to fetch: {', '.join(resolver.refused)})" if resolver.refused else ""
        raise ProfileError(f"{path}: the schema does not compile: {error}{refused}") from None
    if resolver.refused:
        # libxml2 takes a refused include as a mere warning and compiles a schema with a hole in it
        raise ProfileError(
            f"{path}: the schema needs {', '.join(resolver.refused)}, which is neither in its folder nor below "
            "it; copy the file there (schemas are never fetched from the network or from other folders)")
    return schema


class CompiledProfile:
    """A profile ready to check trees: ``check(tree)`` gives every Issue, grammar first."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.xsd = load_xsd(profile.schema) if profile.schema else None
        # release.xsd: checked without its constraints on ids, then those in Python (app.formats.id_constraints)
        self.quick: tuple[QuickSchema, IdCheck] | None = None
        if profile.builtin and profile.forms and profile.schema is not None and _is_release_xsd(profile.schema):
            doc = etree.parse(str(profile.schema), make_parser())
            self.quick = (without_id_constraints(doc), IdCheck(profile.namespaces[0] if profile.namespaces
                                                              else doc.getroot().get("targetNamespace", "")))
        try:
            self.schematron = CompiledSchematron(profile.schematron) if profile.schematron else None
        except SchematronError as error:
            raise ProfileError(str(error)) from None

    def check(self, tree: etree._ElementTree, today: dt.date | None = None, status: str | None = None) -> list[Issue]:
        """Grammar issues, then the Schematron's; ``status`` judges a release as if it had that status."""
        issues: list[Issue] = []
        if self.quick is not None and self.quick[0].validate(tree) and self.quick[1].holds(tree, self.quick[0]):
            pass  # valid, as release.xsd would say; anything else goes to release.xsd itself below
        elif self.xsd is not None and not self.xsd.validate(tree):
            entries = list(self.xsd.error_log)
            if self.profile.forms:
                from app.formats.release_schema import explain_all  # native releases only

                issues.extend(Issue.from_problem(p) for p in explain_all(entries, tree))
            else:
                issues.extend(_raw(entry) for entry in entries)
        if self.schematron is not None:
            try:
                findings = self.schematron.run(tree, today, status)
            except etree.XSLTApplyError as error:
                issues.append(Issue("error", f"the Schematron could not run on this file: {error}",
                                    code="schematron-failed"))
            else:
                ruled = to_issues(findings, tree, forms=self.profile.forms)
                # one fact, one issue: where a rule and the grammar fault the same node with the same severity
                # (an e-mail that is no address), the rule's words stand, which quote the value
                said = {(i.xpath, i.severity) for i in ruled if i.xpath is not None}
                if said:
                    issues = [i for i in issues if (i.xpath, i.severity) not in said]
                issues.extend(ruled)
        return issues


def _is_release_xsd(path: Path) -> bool:
    try:
        return path.resolve() == (schemas_dir() / "release.xsd").resolve()
    except OSError:
        return False


def _raw(entry: etree._LogEntry) -> Issue:
    """A libxml2 message as it stands: for vocabularies whose fields the app does not know."""
    severity = "warning" if entry.level == etree.ErrorLevels.WARNING else "error"
    return Issue(severity, entry.message.strip(), entry.path or None, entry.line or None, entry.column or None,
                 None, entry.type_name, entry.message.strip())
