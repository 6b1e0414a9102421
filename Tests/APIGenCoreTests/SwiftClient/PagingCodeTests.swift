@testable import APIGenCore
import Foundation
import Testing

/// A query endpoint's paging methods leave the fetching to the runtime's `pages(pageSize:replying:call:items:)`:
/// an asynchronous closure per endpoint, and `Optional.map` or `Collection.map` (which the standard library emits
/// into every file that calls them), made a query endpoint's file cost twice what it does now.
@Suite("Paging code per query endpoint")
struct PagingCodeTests {
    @Test("Over the whole ZStack API, each query's pages are the runtime's, fed two plain closures and no map")
    func wholeAPI() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Examples/ZStackSDK/api-specs")
        let result = SpecCompiler().compile(SpecFolder.sources(at: folder, relativeTo: TestPaths.packageRoot))
        try #require(!result.hasErrors)
        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "ZStackSDK")).emit(
            result.model, templates: try TemplateSet.builtin())
        var queries = 0
        for file in files where file.path.hasPrefix("Endpoints/") && file.contents.contains("-> ZStackPages<") {
            queries += 1
            let text = file.contents
            #expect(text.contains(" pages(pageSize: pageSize, replying: "), "\(file.path)")
            #expect(text.contains("    static func call(for request: Request) -> ZStackRequestBuilder {"), "\(file.path)")
            #expect(!text.contains("await self."), "\(file.path) awaits in a closure of its own")
            for call in [".map(", ".map {", ".compactMap", ".flatMap", ".filter", ".reduce", ".joined"] {
                #expect(!text.contains(call), "\(file.path) calls \(call)")
            }
        }
        // 147 today: a change of the layout cannot pass by finding none.
        #expect(queries > 140)
    }
}
