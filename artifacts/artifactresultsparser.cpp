// SPDX-License-Identifier: GPL-3.0-or-later
// Readers for run_results.json, sources.json (freshness) and catalog.json.
#include "artifacts/artifactparse.h"

namespace Dbtc::Models::Detail {

namespace {

void readTiming(Reader &r, od::value v, RunResult &res)
{
    auto &timings = r.data().timings;
    res.timingBegin = std::uint32_t(timings.size());
    if (r.isNull(v)) {
        return;
    }
    for (od::value item : r.array(v, "timing")) {
        Timing t;
        for (od::field f : r.object(item, "timing entry")) {
            const std::string_view k = r.rawKey(f);
            if (k == "name") {
                t.name = r.text(f.value(), "timing name");
            } else if (k == "started_at") {
                t.startedAt = r.text(f.value(), "started_at");
            } else if (k == "completed_at") {
                t.completedAt = r.text(f.value(), "completed_at");
            }
        }
        timings.push_back(t);
    }
    res.timingCount = std::uint32_t(timings.size()) - res.timingBegin;
}

void readAdapterResponse(Reader &r, od::value v, RunResult &res)
{
    auto &kv = r.data().adapterResponse;
    res.adapterBegin = std::uint32_t(kv.size());
    if (r.isNull(v)) {
        return;
    }
    for (od::field f : r.object(v, "adapter_response")) {
        kv.push_back({ r.key(f), r.scalar(f.value()) });
    }
    res.adapterCount = std::uint32_t(kv.size()) - res.adapterBegin;
}

void readResult(Reader &r, od::value v)
{
    r.tick(v);
    RunResult res;
    res.document = r.documentIndex();
    JsonText error;
    for (od::field f : r.object(v, "result")) {
        const std::string_view k = r.rawKey(f);
        if (k == "unique_id") {
            res.uniqueId = r.text(f.value(), "unique_id");
        } else if (k == "status") {
            res.status = r.text(f.value(), "status");
        } else if (k == "message") {
            res.message = r.longText(f.value(), "message");
        } else if (k == "error") {
            error = r.longText(f.value(), "error");
        } else if (k == "thread_id") {
            res.threadId = r.text(f.value(), "thread_id");
        } else if (k == "execution_time") {
            res.executionTime = r.number(f.value(), "execution_time");
        } else if (k == "failures") {
            res.failures = r.integer(f.value(), "failures");
        } else if (k == "compiled_code" || k == "compiled_sql") {
            res.compiledCode = r.longText(f.value(), "compiled_code");
        } else if (k == "timing") {
            readTiming(r, f.value(), res);
        } else if (k == "adapter_response") {
            readAdapterResponse(r, f.value(), res);
        } else if (k == "max_loaded_at") {
            res.maxLoadedAt = r.text(f.value(), "max_loaded_at");
        } else if (k == "snapshotted_at") {
            res.snapshottedAt = r.text(f.value(), "snapshotted_at");
        } else if (k == "max_loaded_at_time_ago_in_s") {
            res.maxLoadedAtAgeSeconds = r.number(f.value(), "max_loaded_at_time_ago_in_s");
        }
    }
    // Freshness runtime errors carry their text in "error" instead of "message".
    if (res.message.isEmpty()) {
        res.message = error;
    }
    res.uniqueId = r.keepId(res.uniqueId);
    r.data().results.push_back(res);
}

void readCatalogTable(Reader &r, std::string_view id, od::value v, bool isSource)
{
    r.tick(v);
    auto &d = r.data();
    CatalogTable t;
    t.uniqueId = id;
    t.isSource = isSource;
    t.document = r.documentIndex();
    t.columnsBegin = std::uint32_t(d.catalogColumns.size());
    t.statsBegin = std::uint32_t(d.catalogStats.size());
    for (od::field f : r.object(v, "catalog entry")) {
        const std::string_view k = r.rawKey(f);
        if (k == "unique_id") {
            t.uniqueId = r.text(f.value(), "unique_id");
        } else if (k == "metadata") {
            for (od::field m : r.object(f.value(), "metadata")) {
                const std::string_view mk = r.rawKey(m);
                if (mk == "type") {
                    t.type = r.text(m.value(), "type");
                } else if (mk == "database") {
                    t.database = r.text(m.value(), "database");
                } else if (mk == "schema") {
                    t.schema = r.text(m.value(), "schema");
                } else if (mk == "name") {
                    t.name = r.text(m.value(), "name");
                } else if (mk == "owner") {
                    t.owner = r.text(m.value(), "owner");
                } else if (mk == "comment") {
                    t.comment = r.longText(m.value(), "comment");
                }
            }
        } else if (k == "columns") {
            for (od::field c : r.object(f.value(), "columns")) {
                CatalogColumn col;
                col.name = r.key(c);
                for (od::field cf : r.object(c.value(), "column")) {
                    const std::string_view ck = r.rawKey(cf);
                    if (ck == "name") {
                        col.name = r.text(cf.value(), "column name");
                    } else if (ck == "type") {
                        col.type = r.text(cf.value(), "column type");
                    } else if (ck == "comment") {
                        col.comment = r.longText(cf.value(), "column comment");
                    } else if (ck == "index") {
                        col.index = std::int32_t(r.integer(cf.value(), "column index"));
                    }
                }
                d.catalogColumns.push_back(col);
            }
        } else if (k == "stats") {
            for (od::field s : r.object(f.value(), "stats")) {
                CatalogStat st;
                st.id = r.key(s);
                for (od::field sf : r.object(s.value(), "stat")) {
                    const std::string_view sk = r.rawKey(sf);
                    if (sk == "id") {
                        st.id = r.text(sf.value(), "stat id");
                    } else if (sk == "label") {
                        st.label = r.text(sf.value(), "stat label");
                    } else if (sk == "value") {
                        st.value = r.scalar(sf.value());
                    } else if (sk == "include") {
                        st.include = r.boolean(sf.value(), "stat include");
                    } else if (sk == "description") {
                        st.description = r.longText(sf.value(), "stat description");
                    }
                }
                d.catalogStats.push_back(st);
            }
        }
    }
    t.columnCount = std::uint32_t(d.catalogColumns.size()) - t.columnsBegin;
    t.statCount = std::uint32_t(d.catalogStats.size()) - t.statsBegin;
    t.uniqueId = r.keepId(t.uniqueId);
    d.catalog.push_back(t);
}

} // namespace

void readResults(Reader &r, od::object root, ArtifactKind kind)
{
    (void)kind; // run_results and sources share the shape of a result entry
    ArtifactDocument &doc = r.data().documents.back();
    bool sawResults = false;
    for (od::field f : root) {
        const std::string_view key = r.key(f);
        if (key != "results") {
            continue;
        }
        std::uint32_t n = 0;
        for (od::value item : r.array(f.value(), "results")) {
            readResult(r, item);
            ++n;
        }
        doc.sectionSizes.emplace_back(key, n);
        sawResults = true;
    }
    if (!sawResults) {
        r.fail(nullptr, "no \"results\" list in this " + artifactKindName(kind).toStdString());
    }
}

void readCatalog(Reader &r, od::object root)
{
    ArtifactDocument &doc = r.data().documents.back();
    for (od::field f : root) {
        const std::string_view key = r.key(f);
        const bool sources = key == "sources";
        if (key != "nodes" && !sources) {
            continue;
        }
        std::uint32_t n = 0;
        for (od::field t : r.object(f.value(), sources ? "sources" : "nodes")) {
            readCatalogTable(r, r.key(t), t.value(), sources);
            ++n;
        }
        doc.sectionSizes.emplace_back(key, n);
    }
}

} // namespace Dbtc::Models::Detail
