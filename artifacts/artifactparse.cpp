// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactparse.h"

namespace Dbtc::Models::Detail {

namespace {

struct Problem
{
    std::string what;
    std::size_t offset;
};

// simdjson's stage 1 reports some errors (bad UTF-8, control characters, an unclosed string)
// without a position. Find it with a plain scan so the user still gets a byte offset.
Problem locateStage1Problem(const unsigned char *s, std::size_t n, const std::string &fallback)
{
    bool inString = false;
    std::size_t stringStart = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (inString) {
                if (c == '\\') {
                    ++i;
                } else if (c == '"') {
                    inString = false;
                } else if (c < 0x20) {
                    return { "control character inside a string", i };
                }
            } else if (c == '"') {
                inString = true;
                stringStart = i;
            }
            continue;
        }
        int extra = (c >= 0xC2 && c <= 0xDF) ? 1
            : (c >= 0xE0 && c <= 0xEF)       ? 2
            : (c >= 0xF0 && c <= 0xF4)       ? 3
                                             : -1;
        if (extra < 0 || i + std::size_t(extra) >= n + 0) {
            return { "invalid UTF-8", i };
        }
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + std::size_t(k)] & 0xC0) != 0x80) {
                return { "invalid UTF-8", i };
            }
        }
        i += std::size_t(extra);
    }
    if (inString) {
        return { "string never closed (the file ends inside it; truncated?)", stringStart };
    }
    return { fallback, n };
}

std::string describe(simdjson::error_code code)
{
    switch (code) {
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return "JSON structure broken: an object or array is not closed (truncated file?)";
    case simdjson::INCORRECT_TYPE:
        return "a value has the wrong JSON type";
    case simdjson::NUMBER_ERROR:
        return "invalid number";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return "invalid literal (expected true, false or null)";
    case simdjson::UTF8_ERROR:
        return "invalid UTF-8";
    case simdjson::UNCLOSED_STRING:
        return "string never closed";
    case simdjson::UNESCAPED_CHARS:
        return "control character inside a string";
    case simdjson::DEPTH_ERROR:
        return "JSON nested too deeply";
    case simdjson::EMPTY:
        return "the file holds no JSON value";
    case simdjson::OUT_OF_BOUNDS:
        return "unexpected end of the file (truncated?)";
    default:
        return simdjson::error_message(code);
    }
}

QString message(const QString &name,
    const std::string &problem,
    const char *base,
    std::size_t size,
    std::size_t offset)
{
    if (offset > size) {
        offset = size;
    }
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (base[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return QStringLiteral("%1: %2 at byte %3 (line %4, column %5)")
        .arg(name, QString::fromStdString(problem))
        .arg(offset)
        .arg(line)
        .arg(col);
}

std::optional<ArtifactKind> kindFromSchema(std::string_view kind)
{
    if (kind == "manifest") {
        return ArtifactKind::Manifest;
    }
    if (kind == "catalog") {
        return ArtifactKind::Catalog;
    }
    if (kind == "run-results") {
        return ArtifactKind::RunResults;
    }
    if (kind == "sources") {
        return ArtifactKind::Sources;
    }
    return std::nullopt;
}

// Reads metadata; returns the schema's "kind/vN" part of
// https://schemas.getdbt.com/dbt/kind/vN.json.
void readMetadata(Reader &r, od::object metadata, ArtifactDocument &doc, std::string_view *schema)
{
    for (od::field f : metadata) {
        const std::string_view k = r.rawKey(f);
        if (k == "dbt_schema_version") {
            *schema = r.text(f.value(), "dbt_schema_version");
        } else if (k == "dbt_version") {
            doc.dbtVersion = r.text(f.value(), "dbt_version");
        } else if (k == "generated_at") {
            doc.generatedAt = r.text(f.value(), "generated_at");
        } else if (k == "invocation_id") {
            doc.invocationId = r.text(f.value(), "invocation_id");
        } else if (k == "project_name") {
            doc.projectName = r.text(f.value(), "project_name");
        } else if (k == "adapter_type") {
            doc.adapterType = r.text(f.value(), "adapter_type");
        }
    }
}

void parseRoot(Reader &r, od::document &doc, std::optional<ArtifactKind> expected, const char *base)
{
    if (doc.type() != od::json_type::object) {
        r.fail(base, "not a dbt artifact: the top-level JSON value is not an object");
    }
    ArtifactDocument &info = r.data().documents.back();
    std::string_view schema;
    {
        od::object root = doc.get_object();
        od::value md;
        if (root.find_field_unordered("metadata").get(md) != simdjson::SUCCESS) {
            r.fail(base, "not a dbt artifact: no \"metadata\" object");
        }
        readMetadata(r, r.object(md, "metadata"), info, &schema);
    }
    constexpr std::string_view prefix = "schemas.getdbt.com/dbt/";
    const auto p = schema.find(prefix);
    if (schema.empty() || p == std::string_view::npos) {
        r.fail(base, "not a dbt artifact: metadata.dbt_schema_version is missing or unknown");
    }
    std::string_view tail = schema.substr(p + prefix.size()); // "manifest/v12.json"
    const auto slash = tail.find('/');
    const auto dot = tail.rfind(".json");
    if (slash == std::string_view::npos || dot == std::string_view::npos || dot < slash + 2
        || tail[slash + 1] != 'v') {
        r.fail(base, "not a dbt artifact: unrecognised schema \"" + std::string(schema) + "\"");
    }
    const auto kind = kindFromSchema(tail.substr(0, slash));
    if (!kind) {
        r.fail(
            base, "unsupported dbt artifact type \"" + std::string(tail.substr(0, slash)) + "\"");
    }
    info.kind = *kind;
    info.schemaVersion = toQString(tail.substr(0, dot));
    info.version = toQString(tail.substr(slash + 2, dot - slash - 2)).toInt();
    if (expected && *expected != *kind) {
        r.fail(base,
            "expected a " + artifactKindName(*expected).toStdString() + " but this is "
                + std::string(tail.substr(0, dot)));
    }

    doc.rewind();
    od::object root = doc.get_object();
    switch (*kind) {
    case ArtifactKind::Manifest:
        readManifest(r, root);
        break;
    case ArtifactKind::Catalog:
        readCatalog(r, root);
        break;
    case ArtifactKind::RunResults:
    case ArtifactKind::Sources:
        readResults(r, root, *kind);
        break;
    }
    // After the root object is consumed, any location left means trailing content.
    const char *rest = nullptr;
    if (doc.current_location().get(rest) == simdjson::SUCCESS && rest) {
        r.fail(rest, "unexpected content after the end of the JSON value");
    }
}

} // namespace

bool parseArtifactBuffer(const char *bytes,
    std::size_t size,
    std::size_t capacity,
    const QString &name,
    ArtifactData &data,
    StringArena &arena,
    std::optional<ArtifactKind> expected,
    const LoadControl &control,
    QString *error)
{
    auto setError = [&](const std::string &problem, std::size_t offset) {
        if (error) {
            *error = message(name, problem, bytes, size, offset);
        }
        return false;
    };
    if (size == 0) {
        return setError("empty file, not a dbt artifact", 0);
    }

    ArtifactDocument info;
    info.path = name;
    info.bytes = qint64(size);
    info.entitiesBegin = std::uint32_t(data.entities.size());
    info.resultsBegin = std::uint32_t(data.results.size());
    info.catalogBegin = std::uint32_t(data.catalog.size());
    data.documents.push_back(info);
    // Roll back everything this document added if it fails: an index never holds half a file.
    const ArtifactData::Marks marks = data.marks();

    od::parser parser;
    od::document doc;
    Reader reader(bytes, size, arena, data, control);
    auto failed = [&](const std::string &problem, std::size_t offset) {
        data.rollback(marks);
        data.documents.pop_back();
        return setError(problem, offset);
    };
    const auto err = parser.iterate(simdjson::padded_string_view(bytes, size, capacity)).get(doc);
    if (err) {
        const Problem p = locateStage1Problem(
            reinterpret_cast<const unsigned char *>(bytes), size, describe(err));
        return failed(p.what, p.offset);
    }
    auto offsetNow = [&]() -> std::size_t {
        const char *loc = nullptr;
        if (doc.current_location().get(loc) != simdjson::SUCCESS || !loc) {
            return size;
        }
        return std::size_t(loc - bytes);
    };
    try {
        parseRoot(reader, doc, expected, bytes);
    } catch (const ParseFailure &f) {
        return failed(f.message, f.where ? std::size_t(f.where - bytes) : offsetNow());
    } catch (const ParseCancelled &) {
        data.rollback(marks);
        data.documents.pop_back();
        if (error) {
            *error = QStringLiteral("%1: loading cancelled").arg(name);
        }
        return false;
    } catch (const simdjson::simdjson_error &e) {
        if (e.error() == simdjson::UTF8_ERROR || e.error() == simdjson::UNCLOSED_STRING
            || e.error() == simdjson::UNESCAPED_CHARS) {
            const Problem p = locateStage1Problem(
                reinterpret_cast<const unsigned char *>(bytes), size, describe(e.error()));
            return failed(p.what, p.offset);
        }
        return failed(describe(e.error()), offsetNow());
    }
    ArtifactDocument &done = data.documents.back();
    done.entityCount = std::uint32_t(data.entities.size()) - done.entitiesBegin;
    done.resultCount = std::uint32_t(data.results.size()) - done.resultsBegin;
    done.catalogCount = std::uint32_t(data.catalog.size()) - done.catalogBegin;
    if (control.progress) {
        control.progress(100);
    }
    return true;
}

} // namespace Dbtc::Models::Detail
