@testable import APIGenCore
import Foundation
import Testing

/// A path cannot be formed without its parameters, so they are required whether or not the spec says
/// so; `required: false` is an error (`malformed/optional-path-parameter.yaml`).
@Suite("Path parameters are always required")
struct PathParameterTests {
    static let corpus: [SpecSource] = [
        SharedResponseTests.source("api.yaml", "apigen: 1\napi: {name: Foo, title: Foo API, locales: [en]}\n"),
        SharedResponseTests.source("types.yaml", "apigen: 1\ntypes:\n  ErrorCode: {fields: {code: {type: String}}}\n"),
        SharedResponseTests.source("GetThing.yaml", """
            apigen: 1
            endpoint:
              operation-id: GetThing
              title: Get a thing
              auth: none
              method: GET
              path: /foo/things/{uuid}
              path-parameters: {uuid: {type: String, description: The thing}}
              query-parameters: {fields: {type: String, description: Which fields}}
              response: {status: 200, description: The thing, fields: {id: {type: String, description: Its id}}}
            """),
    ]

    @Test("Without 'required', a path parameter is a required, non-optional input; a query parameter stays optional")
    func impliedRequired() throws {
        let result = SpecCompiler().compile(Self.corpus)
        #expect(result.diagnostics.map(\.formatted) == [])
        let endpoint = try #require(result.model.endpoints.first)
        #expect(endpoint.pathParameters.map(\.isRequired) == [true])
        #expect(endpoint.queryParameters.map(\.isRequired) == [false])

        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "FooClient"))
            .emit(result.model, templates: try TemplateSet.builtin())
        let file = try #require(files.first { $0.path == "Endpoints/GetThing.swift" }?.contents)
        #expect(file.contains("        public let uuid: String\n"))
        #expect(file.contains("        public init(uuid: String, fields: String? = nil) {\n"))
        #expect(file.contains("        call.setPathParameter(\"uuid\", to: request.uuid)\n"))
    }
}
