import Foundation

/// The changes between two versions of an API, written for a person at a terminal, for release notes, or for tools.
public struct APIChangeReport: Sendable {
    public var changes: [APIChange]

    public init(changes: [APIChange]) {
        self.changes = changes
    }

    /// How many changes break the wire, and how many break Swift source.
    public var summary: String {
        let wire = changes.count { $0.wire == .breaking }
        let source = changes.count { $0.source == .breaking }
        let noun = changes.count == 1 ? "change" : "changes"
        return "\(changes.count) \(noun): \(wire) break\(wire == 1 ? "s" : "") the wire, \(source) break\(source == 1 ? "s" : "") Swift source"
    }

    /// One compiler-style line per change: `path:line:column: warning: ...` for a change that breaks something,
    /// `note:` for the others.
    public var text: String {
        changes.map { change in
            let severity = change.wire == .breaking || change.source == .breaking ? "warning" : "note"
            return "\(change.location): \(severity): \(change.subject): \(change.message) "
                + "[wire: \(change.wire.rawValue), \(change.wireReason); "
                + "Swift source: \(change.source.rawValue), \(change.sourceReason)]"
        }.joined(separator: "\n")
    }

    /// A changelog for release notes: a section per category, breaking changes first, then deprecations,
    /// additions and the rest.
    public func markdown(title: String) -> String {
        var lines = ["# \(title)", "", summary + "."]
        if changes.isEmpty { return lines.joined(separator: "\n") + "\n" }
        let categories = changes.map(\.category).reduce(into: [[String]]()) { if !$0.contains($1) { $0.append($1) } }
        for category in categories.sorted(by: { $0.joined(separator: "\u{0}") < $1.joined(separator: "\u{0}") }) {
            lines += ["", "## \(category.isEmpty ? "Uncategorized" : category.joined(separator: " › "))"]
            let inCategory = changes.filter { $0.category == category }
            for (heading, belongs) in Self.sections {
                let listed = inCategory.filter(belongs)
                guard !listed.isEmpty else { continue }
                lines += ["", "### \(heading)", ""]
                lines += listed.map { change in
                    "- **`\(change.subject)`**: \(change.message). Wire: \(change.wire.rawValue) (\(change.wireReason)). "
                        + "Swift: \(change.source.rawValue) (\(change.sourceReason))."
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static let sections: [(String, @Sendable (APIChange) -> Bool)] = [
        ("Breaking changes", { $0.wire == .breaking || $0.source == .breaking }),
        ("Deprecations", { $0.wire == .compatible && $0.source == .deprecation }),
        ("Additions", { $0.wire == .compatible && $0.source == .additive }),
        ("Other changes", { $0.wire == .compatible && $0.source == .compatible }),
    ]

    /// The changes as a JSON document: `{"summary": {...}, "changes": [...]}`, keys sorted.
    public func json(old: String, new: String) throws -> String {
        let document = Document(
            old: old, new: new,
            summary: .init(
                changes: changes.count, wireBreaking: changes.count { $0.wire == .breaking },
                sourceBreaking: changes.count { $0.source == .breaking }),
            changes: changes.map { change in
                .init(
                    kind: change.kind, subject: change.subject, message: change.message, wire: change.wire.rawValue,
                    wireReason: change.wireReason, source: change.source.rawValue, sourceReason: change.sourceReason,
                    file: change.location.file, line: change.location.line, column: change.location.column,
                    category: change.category)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        struct Summary: Encodable {
            var changes: Int
            var wireBreaking: Int
            var sourceBreaking: Int
        }

        struct Change: Encodable {
            var kind: String
            var subject: String
            var message: String
            var wire: String
            var wireReason: String
            var source: String
            var sourceReason: String
            var file: String
            var line: Int
            var column: Int
            var category: [String]
        }

        var old: String
        var new: String
        var summary: Summary
        var changes: [Change]
    }
}
