@testable import APIGenCore
import Foundation
import Testing

/// Reading (`GET`) endpoints whose inputs are the same share one `Request` struct; the later ones
/// name the first's with a `typealias`. Endpoints that change something never share theirs.
@Suite("Reading endpoints with the same inputs share one Request struct")
struct SharedRequestTests {
    static let limit = "limit: {type: Integer, description: At most this many}"
    static let corpus: [SpecSource] = [
        SharedResponseTests.source("api.yaml", "apigen: 1\napi: {name: Foo, title: Foo API, locales: [en]}\n"),
        SharedResponseTests.source("types.yaml", "apigen: 1\ntypes:\n  ErrorCode: {fields: {code: {type: String}}}\n"),
        endpoint("ListThings", category: "Things", query: limit),
        endpoint("ListParts", category: "Things", query: limit),
        // Another text is another doc comment, so another struct.
        endpoint("ListBolts", category: "Things", query: "limit: {type: Integer, description: No more than this many}"),
        // Changing endpoints keep their own, even with the same inputs.
        endpoint("DeleteThings", category: "Things", method: "DELETE", query: limit),
        endpoint("PurgeThings", category: "Things", method: "DELETE", query: limit),
        // A deprecated endpoint neither lends its struct nor borrows one.
        endpoint("FindThings", category: "Things", query: limit, deprecated: true),
        // The same inputs in another category: shared in one module, not across the modules of a split client.
        endpoint("ListOthers", category: "Others", query: limit),
        // Where an input travels is not part of the struct: a path parameter and a query parameter of the same
        // name, type and text make the same `Request`. The order the struct declares matters.
        endpoint("GetThing", category: "Things", path: "/foo/things/{uuid}", pathParameter: "uuid: {type: String, required: true, description: The thing}"),
        endpoint("GetThingByQuery", category: "Things", query: "uuid: {type: String, required: true, description: The thing}"),
    ]

    static func endpoint(
        _ id: String, category: String, method: String = "GET", path: String? = nil, pathParameter: String? = nil,
        query: String? = nil, deprecated: Bool = false
    ) -> SpecSource {
        SharedResponseTests.source("\(id).yaml", """
            apigen: 1
            endpoint:
              operation-id: \(id)
              title: \(id)
              category: [\(category)]
            \(deprecated ? "  deprecated: {since: \"2.0\", message: Use ListThings instead.}\n" : "")  execution: synchronous
              auth: none
              method: \(method)
              path: \(path ?? "/foo/\(id)")
            \(pathParameter.map { "  path-parameters: {\($0)}\n" } ?? "")\(query.map { "  query-parameters: {\($0)}\n" } ?? "")\
              response: {status: 200, description: The reply of \(id), fields: {id: {type: String, description: \(id)}}}
            """)
    }

    static func model() throws -> APIModel {
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        return result.model
    }

    @Test("GET, the same inputs in everything a struct shows, and not deprecated: a later endpoint names the first's")
    func whichShare() throws {
        let model = try Self.model()
        #expect(
            model.endpoints.map(\.operationID) == [
                "DeleteThings", "FindThings", "GetThing", "GetThingByQuery", "ListBolts", "ListOthers", "ListParts",
                "ListThings", "PurgeThings",
            ])
        #expect(
            SwiftClientModelBuilder.sharedRequests(in: model, split: nil) == [
                "GetThingByQuery": "GetThing", "ListParts": "ListOthers", "ListThings": "ListOthers",
            ])
        let split = SwiftModuleSplit(model: model, umbrella: "FooClient")
        #expect(
            SwiftClientModelBuilder.sharedRequests(in: model, split: split) == [
                "GetThingByQuery": "GetThing", "ListThings": "ListParts",
            ])
    }

    @Test("The alias says whose type it is; the methods still take the endpoint's own name for it")
    func aliasFile() throws {
        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "FooClient"))
            .emit(try Self.model(), templates: try TemplateSet.builtin())
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        let parts = try #require(byPath["Endpoints/ListParts.swift"])
        #expect(
            parts.contains(
                """
                    /// The inputs of a call.
                    ///
                    /// The same type as ``ListOthers/Request``: the inputs are the same.
                    public typealias Request = ListOthers.Request

                """))
        #expect(!parts.contains("class Request"))
        #expect(parts.contains("        _ request: ListParts.Request\n"))
        for own in ["ListOthers", "DeleteThings", "PurgeThings", "FindThings", "ListBolts", "GetThing"] {
            #expect(byPath["Endpoints/\(own).swift"]?.contains("    public final class Request: Sendable, Equatable {") == true, "\(own)")
        }
    }
}
