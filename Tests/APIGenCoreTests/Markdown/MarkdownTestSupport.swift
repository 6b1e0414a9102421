import APIGenCore
import Foundation
import Testing

/// Shared setup for the Markdown emitter's tests: the repository's specs and templates,
/// inline fixture specs, and the emitted pages by path.
enum MarkdownTestSupport {
    /// The package's `templates/` folder.
    static func templates() throws -> TemplateSet {
        try TemplateSet.load(from: [TestPaths.packageRoot.appendingPathComponent("templates").path])
    }

    /// The model of the repository's `api-specs/`, which must compile without errors.
    static func repositoryModel() -> APIModel {
        compile(SpecFolder.apiSpecs)
    }

    /// The model of inline spec files (path -> YAML text), which must compile without errors.
    static func model(_ files: [String: String]) -> APIModel {
        compile(files.sorted { $0.key < $1.key }.map { SpecSource(path: $0.key, text: $0.value) })
    }

    private static func compile(_ sources: [SpecSource]) -> APIModel {
        let result = SpecCompiler().compile(sources)
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.formatted)
        #expect(errors.isEmpty, "the specs do not compile:\n\(errors.joined(separator: "\n"))")
        return result.model
    }

    /// Every page the emitter makes for `model`, by path.
    static func emit(_ model: APIModel) throws -> [String: String] {
        let files = try MarkdownEmitter().emit(model, templates: templates())
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }
}
