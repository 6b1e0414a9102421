@testable import APIGenCore
import Foundation
import Testing

/// Endpoints whose replies have the same fields share one `Response` struct; the later ones name the
/// first's with a `typealias`.
@Suite("Responses of the same shape share one struct")
struct SharedResponseTests {
    static let corpus: [SpecSource] = [
        source("api.yaml", "apigen: 1\napi: {name: Foo, title: Foo API, locales: [en]}\n"),
        source("types.yaml", "apigen: 1\ntypes:\n  ErrorCode: {fields: {code: {type: String}}}\n"),
        endpoint("StartThing", category: "Things", fields: "thing: {type: String, description: The thing}"),
        endpoint("StopThing", category: "Things", fields: "thing: {type: String, description: The thing}"),
        // Another text is another doc comment, so another struct.
        endpoint("DescribeThing", category: "Things", fields: "thing: {type: String, description: What the thing is}"),
        // Required is another shape.
        endpoint("PauseThing", category: "Things", fields: "thing: {type: String, required: true, description: The thing}"),
        // A deprecated endpoint neither lends its struct nor borrows one.
        endpoint("HaltThing", category: "Things", fields: "thing: {type: String, description: The thing}", deprecated: true),
        // The same shape in another category: shared in one module, not across the modules of a split client.
        endpoint("RestartThing", category: "Others", fields: "thing: {type: String, description: The thing}"),
    ]

    static func source(_ path: String, _ text: String) -> SpecSource {
        SpecSource(path: path, bytes: Array(text.utf8))
    }

    static func endpoint(_ id: String, category: String, fields: String, deprecated: Bool = false) -> SpecSource {
        source("\(id).yaml", """
            apigen: 1
            endpoint:
              operation-id: \(id)
              title: \(id)
              category: [\(category)]
            \(deprecated ? "  deprecated: {since: \"2.0\", message: Use StopThing instead.}\n" : "")  execution: synchronous
              auth: none
              method: GET
              path: /foo/\(id)
              response: {status: 200, description: The reply of \(id), fields: {\(fields)}}
            """)
    }

    static func model() throws -> APIModel {
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        return result.model
    }

    @Test("The same fields in everything a struct shows, and not deprecated: a later endpoint (spec order) names the first's")
    func whichShare() throws {
        let model = try Self.model()
        #expect(model.endpoints.map(\.operationID) == ["DescribeThing", "HaltThing", "PauseThing", "RestartThing", "StartThing", "StopThing"])
        #expect(SwiftClientModelBuilder.sharedResponses(in: model, split: nil) == ["StartThing": "RestartThing", "StopThing": "RestartThing"])
        let split = SwiftModuleSplit(model: model, umbrella: "FooClient")
        #expect(SwiftClientModelBuilder.sharedResponses(in: model, split: split) == ["StopThing": "StartThing"])
    }

    @Test("The alias keeps its endpoint's own reply text and says whose type it is")
    func aliasFile() throws {
        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "FooClient"))
            .emit(try Self.model(), templates: try TemplateSet.builtin())
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        let stop = try #require(byPath["Endpoints/StopThing.swift"])
        #expect(
            stop.contains(
                """
                    /// The reply of StopThing
                    ///
                    /// The same type as ``RestartThing/Response``: the replies have the same fields.
                    public typealias Response = RestartThing.Response

                """))
        #expect(!stop.contains("class Response"))
        #expect(byPath["Endpoints/RestartThing.swift"]?.contains("    public final class Response: Codable, Sendable, Equatable {") == true)
        #expect(byPath["Endpoints/HaltThing.swift"]?.contains("    public final class Response: Codable, Sendable, Equatable {") == true)
    }
}
