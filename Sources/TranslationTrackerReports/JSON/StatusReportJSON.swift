import TranslationTracker

/// `--format json` of a ``StatusReport``, streamed: the same bytes ``JSONRenderer/render(_:)``
/// gives (tests compare the two), written a unit at a time into chunks, so a Meta-scale report
/// (hundreds of megabytes of JSON) never exists whole in memory as an encoder tree or a string.
///
/// Members are written in byte order of their keys, as `.sortedKeys` orders them, and optionals
/// are left out when nil, as synthesized `Codable` conformances leave them out. A field added to
/// a report type must be added here too; the comparison tests fail until it is.
package struct StatusReportJSON {
    package init() {}

    /// Writes `report` and a final newline to `output`, handing chunks on as they fill.
    package func write(_ report: StatusReport, to output: ChunkedOutput) throws {
        var json = PrettyJSONWriter(output)
        json.beginObject()
        json.key("documents")
        json.beginArray()
        for document in report.documents {
            json.element()
            try write(document, &json)
        }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for finding in report.findings {
            json.element()
            write(finding, &json)
            try json.flushIfFull()
        }
        json.endArray()
        json.key("languages")
        json.beginArray()
        for language in report.languages {
            json.element()
            write(language, &json)
        }
        json.endArray()
        if let project = report.project {
            json.key("project")
            json.string(project)
        }
        json.key("schemaVersion")
        json.int(report.schemaVersion)
        json.key("sourceLanguage")
        json.string(report.sourceLanguage.rawValue)
        json.key("totals")
        write(report.totals, &json)
        json.key("untracked")
        json.beginArray()
        for document in report.untracked {
            json.element()
            json.beginObject()
            json.key("id")
            json.string(document.id)
            json.key("reason")
            json.string(document.reason)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        try json.finish()
    }

    /// The whole report as bytes, for callers that keep it anyway (`report --update`, tests).
    package func bytes(_ report: StatusReport) -> [UInt8] {
        // Collecting into an array cannot fail.
        (try? ChunkedOutput.collect { try write(report, to: $0) }) ?? []
    }

    private func write(_ document: DocumentStatus, _ json: inout PrettyJSONWriter) throws {
        json.beginObject()
        json.key("id")
        json.string(document.id)
        json.key("kind")
        json.string(document.kind.rawValue)
        json.key("name")
        json.string(document.name)
        json.key("source")
        write(document.source, &json)
        if let sources = document.sources {
            json.key("sources")
            json.beginArray()
            for source in sources {
                json.element()
                write(source, &json)
            }
            json.endArray()
        }
        json.key("translations")
        json.beginArray()
        for translation in document.translations {
            json.element()
            try write(translation, &json)
        }
        json.endArray()
        json.endObject()
    }

    private func write(_ source: SourceStatus, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("exists")
        json.bool(source.exists)
        json.key("location")
        write(source.location, &json)
        if let revision = source.revision {
            json.key("revision")
            write(revision, &json)
        }
        json.key("units")
        json.int(source.units)
        json.endObject()
    }

    private func write(_ translation: TranslationStatus, _ json: inout PrettyJSONWriter) throws {
        json.beginObject()
        json.key("counts")
        write(translation.counts, &json)
        json.key("coverage")
        json.double(translation.coverage)
        json.key("document")
        json.string(translation.document)
        json.key("language")
        json.string(translation.language.rawValue)
        json.key("location")
        write(translation.location, &json)
        json.key("matchedByPosition")
        json.bool(translation.matchedByPosition)
        if let revision = translation.revision {
            json.key("revision")
            write(revision, &json)
        }
        json.key("state")
        json.string(translation.state.rawValue)
        if let translate = translation.translate {
            json.key("translate")
            write(translate, &json)
        }
        json.key("units")
        json.beginArray()
        for unit in translation.units {
            json.element()
            write(unit, &json)
            try json.flushIfFull()
        }
        json.endArray()
        json.endObject()
    }

    private func write(_ unit: UnitStatus, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        if let evidence = unit.evidence {
            json.key("evidence")
            json.beginObject()
            if let rendered = evidence.rendered {
                json.key("rendered")
                write(rendered, &json)
            }
            if let signal = evidence.signal {
                json.key("signal")
                json.string(signal.rawValue)
            }
            if let source = evidence.source {
                json.key("source")
                write(source, &json)
            }
            if let translation = evidence.translation {
                json.key("translation")
                write(translation, &json)
            }
            json.endObject()
        }
        if let expected = unit.expected {
            json.key("expected")
            json.string(expected)
        }
        json.key("id")
        json.string(unit.id.rawValue)
        if let line = unit.line {
            json.key("line")
            json.int(line)
        }
        json.key("provenance")
        json.string(unit.provenance.rawValue)
        if let recorded = unit.recorded {
            json.key("recorded")
            json.string(recorded)
        }
        if let sourceLine = unit.sourceLine {
            json.key("sourceLine")
            json.int(sourceLine)
        }
        json.key("state")
        json.string(unit.state.rawValue)
        json.endObject()
    }

    private func write(_ counts: UnitCounts, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("current")
        json.int(counts.current)
        json.key("extra")
        json.int(counts.extra)
        json.key("missing")
        json.int(counts.missing)
        json.key("stale")
        json.int(counts.stale)
        json.key("total")
        json.int(counts.total)
        json.key("unverified")
        json.int(counts.unverified)
        json.endObject()
    }

    private func write(_ totals: Totals, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("complete")
        json.int(totals.complete)
        json.key("coverage")
        json.double(totals.coverage)
        json.key("incomplete")
        json.int(totals.incomplete)
        json.key("missing")
        json.int(totals.missing)
        json.key("outdated")
        json.int(totals.outdated)
        json.key("translations")
        json.int(totals.translations)
        json.key("units")
        write(totals.units, &json)
        json.endObject()
    }

    private func write(_ stats: TranslateStats, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("basis")
        json.string(stats.basis.rawValue)
        json.key("fuzzy")
        json.int(stats.fuzzy)
        json.key("includesTitle")
        json.bool(stats.includesTitle)
        if let proofread = stats.proofread {
            json.key("proofread")
            json.int(proofread)
        }
        json.key("total")
        json.int(stats.total)
        json.key("translated")
        json.int(stats.translated)
        json.endObject()
    }

    private func write(_ location: PageLocation, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        switch location {
        case .file(let path):
            json.key("file")
            json.string(path)
        case .wiki(let id, let title):
            json.key("title")
            json.string(title)
            json.key("wiki")
            json.string(id)
        }
        json.endObject()
    }

    private func write(_ revision: RevisionRef, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("id")
        json.int(revision.id)
        json.key("timestamp")
        json.string(revision.timestamp)
        json.endObject()
    }

    private func write(_ language: Language, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("autonym")
        json.string(language.autonym)
        json.key("code")
        json.string(language.code.rawValue)
        json.key("direction")
        json.string(language.direction.rawValue)
        json.key("name")
        json.string(language.name)
        json.endObject()
    }

    private func write(_ finding: Finding, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("check")
        json.string(finding.check)
        if let column = finding.column {
            json.key("column")
            json.int(column)
        }
        if let document = finding.document {
            json.key("document")
            json.string(document)
        }
        if let file = finding.file {
            json.key("file")
            json.string(file)
        }
        if let fragments = finding.fragments {
            json.key("fragments")
            json.beginArray()
            for fragment in fragments {
                json.element()
                json.string(fragment)
            }
            json.endArray()
        }
        if let language = finding.language {
            json.key("language")
            json.string(language.rawValue)
        }
        if let line = finding.line {
            json.key("line")
            json.int(line)
        }
        json.key("message")
        json.string(finding.message)
        json.key("severity")
        json.string(finding.severity.rawValue)
        if let unit = finding.unit {
            json.key("unit")
            json.string(unit.rawValue)
        }
        if let wiki = finding.wiki {
            json.key("wiki")
            write(wiki, &json)
        }
        json.endObject()
    }

    private func write(_ wiki: WikiLocation, _ json: inout PrettyJSONWriter) {
        json.beginObject()
        if let englishDiff = wiki.englishDiff {
            json.key("englishDiff")
            json.string(englishDiff)
        }
        if let englishEditsBehind = wiki.englishEditsBehind {
            json.key("englishEditsBehind")
            json.int(englishEditsBehind)
        }
        if let revision = wiki.revision {
            json.key("revision")
            json.int(revision)
        }
        json.key("title")
        json.string(wiki.title)
        if let url = wiki.url {
            json.key("url")
            json.string(url)
        }
        json.key("wiki")
        json.string(wiki.wiki)
        json.endObject()
    }
}
