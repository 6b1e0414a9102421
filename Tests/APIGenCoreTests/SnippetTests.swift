import APIGenCore
import Foundation
import Testing

/// One test per emitter feature: a short spec in, the exact Swift or Markdown out.
///
/// Each folder of `Fixtures/snippets/` holds a `spec.yaml`, compiled with the API settings and
/// `ErrorCode` of `Fixtures/malformed-base`, a `files` list of `<emitter> <path>` lines, and the
/// expected bytes of those files under `expected/<emitter>/<path>` (`APIGEN_RECORD=1` re-records
/// them). A feature's change shows as a small diff in its own folder.
@Suite("Snippets: one emitter feature each")
struct SnippetTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("snippets")

    static var features: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test("There is a snippet for each feature the issue names")
    func coverage() {
        #expect(
            Set(Self.features).isSuperset(of: [
                "body-wrapper", "enumeration", "recursion", "asynchronous", "deprecation", "query-encoding", "synthesized-reply",
            ]))
    }

    @Test("The feature's generated files are exactly the expected ones", arguments: features)
    func snippet(_ feature: String) throws {
        let featureFolder = Self.folder.appendingPathComponent(feature)
        let spec = try Data(contentsOf: featureFolder.appendingPathComponent("spec.yaml"))
        let sources = MalformedCase.baseSources + [SpecSource(path: "snippets/\(feature)/spec.yaml", bytes: Array(spec))]
        let result = SpecCompiler().compile(sources)
        #expect(result.diagnostics.map(\.formatted) == [])
        let listed = try String(contentsOf: featureFolder.appendingPathComponent("files"), encoding: .utf8)
        let wanted = listed.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(!wanted.isEmpty)
        let templates = try TemplateSet.builtin()
        var outputs: [String: [String: String]] = [:]
        for line in wanted {
            let (emitterName, path) = (line[0], line[1])
            if outputs[emitterName] == nil {
                let emitter = try #require(EmitterRegistry.make(emitterName, options: EmitterOptions()), "unknown emitter \(emitterName)")
                let files = try emitter.emit(result.model, templates: templates)
                outputs[emitterName] = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
            }
            let contents = try #require(outputs[emitterName]?[path], "\(emitterName) wrote no \(path)")
            assertMatchesSnapshot(contents, at: "Fixtures/snippets/\(feature)/expected/\(emitterName)/\(path)")
        }
    }
}
