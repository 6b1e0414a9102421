@testable import APIGenCore
import Foundation
import Testing

/// The standard library compiles some of its generic functions into every file that calls them
/// (`@_alwaysEmitIntoClient`: `Optional.map`, `Collection.map`, `Dictionary.mapValues`, ...). Called in each
/// endpoint's or type's file, they are compiled hundreds of times: the query endpoints' `map` calls alone were a
/// third of a query file's build. Generated endpoints and types leave such conversions to the runtime, which
/// compiles each once.
@Suite("Endpoint and type files call no standard library function compiled into each caller")
struct PerFileStandardLibraryTests {
    static let calls = [".map(", ".map {", ".mapValues", ".compactMap", ".flatMap", ".filter", ".reduce", ".joined", ".sorted"]

    @Test("The whole ZStack API and the type matrix (every type in every position)", arguments: [
        "Examples/ZStackSDK/api-specs", "Tests/TypeMatrix/specs",
    ])
    func noPerFileCopies(specs: String) throws {
        let folder = TestPaths.packageRoot.appendingPathComponent(specs)
        let result = SpecCompiler().compile(SpecFolder.sources(at: folder, relativeTo: TestPaths.packageRoot))
        try #require(!result.hasErrors)
        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "Client")).emit(
            result.model, templates: try TemplateSet.builtin())
        var checked = 0
        for file in files where file.path.hasPrefix("Endpoints/") || file.path.hasPrefix("Types/") {
            checked += 1
            for call in Self.calls {
                #expect(!file.contents.contains(call), "\(file.path) calls \(call)")
            }
        }
        // The ZStack API has 906 such files, the type matrix 100 or so: a change of the layout cannot pass by
        // finding none.
        #expect(checked > 50)
    }
}
