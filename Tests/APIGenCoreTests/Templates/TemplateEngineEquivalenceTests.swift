@testable import APIGenCore
import Foundation
import Testing

/// apigen renders templates itself, from the tokens swift-mustache parses; swift-mustache stays
/// the reference. Every output apigen can produce must be the same bytes either way.
@Suite("Template engines agree")
struct TemplateEngineEquivalenceTests {
    @Test("The built-in templates are all rendered by apigen's renderer")
    func builtinTemplatesCompile() throws {
        #expect(try TemplateSet.builtin().engine == .automatic)
    }

    @Test("Every emitter writes the same bytes with either engine", arguments: Corpus.allCases)
    func sameBytes(_ corpus: Corpus) throws {
        let specs = try corpus.specFolder()
        let outputs = EmitterRegistry.names.map { GeneratorConfig.Output(emitter: $0, path: "/nonexistent/\($0)") }
        var compiled = Generator(specPaths: [specs], outputs: outputs, templateEngine: .automatic).plan()
        var reference = Generator(specPaths: [specs], outputs: outputs, templateEngine: .swiftMustache).plan()
        #expect(compiled.succeeded && reference.succeeded, "\(compiled.diagnostics) \(reference.diagnostics)")
        compiled.plans.sort { $0.folder < $1.folder }
        reference.plans.sort { $0.folder < $1.folder }
        #expect(compiled.plans.count == EmitterRegistry.names.count)
        var files = 0
        for (mine, theirs) in zip(compiled.plans, reference.plans) {
            #expect(mine.entries.map(\.path) == theirs.entries.map(\.path))
            for (a, b) in zip(mine.entries, theirs.entries) where a.contents != b.contents {
                Issue.record("\(mine.folder)/\(a.path) differs:\n\(UnifiedDiff.make(old: b.contents ?? "", new: a.contents ?? "", oldName: "swift-mustache", newName: "apigen"))")
            }
            files += mine.entries.count
        }
        #expect(files >= corpus.minimumFiles)
    }

    enum Corpus: String, CaseIterable, CustomTestStringConvertible {
        /// This repository's specs (the seed page).
        case repository
        /// The fixture API: asynchronous endpoints, queries, headers, keyword names.
        case fixture
        /// The Markdown tests' corpora: every page feature, and text meant to break tables and HTML.
        case features, hostile
        /// 120 generated ZStack-like endpoints (`scripts/make-corpus.py`).
        case generated

        var testDescription: String { rawValue }

        var minimumFiles: Int {
            switch self {
            case .repository: 40
            case .fixture: 60
            case .features, .hostile: 10
            case .generated: 600
            }
        }

        func specFolder() throws -> String {
            switch self {
            case .repository: return TestPaths.apiSpecs.path
            case .fixture: return TestPaths.packageRoot.appendingPathComponent("Tests/FixtureAPI/specs").path
            case .features: return try Self.write(MarkdownFixtureSpecs.features)
            case .hostile: return try Self.write(MarkdownFixtureSpecs.hostile)
            case .generated:
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-engines-\(UUID().uuidString)")
                let run = try ToolRunner.run([
                    "python3", TestPaths.packageRoot.appendingPathComponent("scripts/make-corpus.py").path,
                    "--endpoints", "120", "--seed", "7", "--output", folder.path,
                ])
                try #require(run.status == 0, "\(run.output)")
                return folder.path
            }
        }

        private static func write(_ files: [String: String]) throws -> String {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-engines-\(UUID().uuidString)")
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            return folder.path
        }
    }
}
