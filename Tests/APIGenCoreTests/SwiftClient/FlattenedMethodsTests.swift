@testable import APIGenCore
import Foundation
import Testing

/// `flattened-methods: false`: one method per endpoint, the one that takes its `Request`, which defaults to an
/// empty request when no input is required.
@Suite("A Swift client without the methods that take a call's inputs as parameters")
struct FlattenedMethodsTests {
    static let corpus: [SpecSource] = [
        SharedResponseTests.source("api.yaml", "apigen: 1\napi: {name: Foo, title: Foo API, locales: [en]}\n"),
        SharedResponseTests.source("types.yaml", "apigen: 1\ntypes:\n  ErrorCode: {fields: {code: {type: String}}}\n"),
        SharedRequestTests.endpoint("GetThing", category: "Things", path: "/foo/things/{uuid}", pathParameter: "uuid: {type: String, required: true, description: The thing}"),
        SharedRequestTests.endpoint("ListThings", category: "Things", query: SharedRequestTests.limit),
    ]

    static func endpointFiles(flattenedMethods: Bool?) throws -> [String: String] {
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        var options = EmitterOptions(moduleName: "FooClient")
        options.flattenedMethods = flattenedMethods
        let files = try SwiftClientEmitter(options: options).emit(result.model, templates: try TemplateSet.builtin())
        return Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasPrefix("Endpoints/") }.map { ($0.path, $0.contents) })
    }

    /// The client extension of an endpoint file: from `nonisolated extension FooClient {` to the end.
    static func clientExtension(_ file: String?) throws -> String {
        let file = try #require(file)
        let start = try #require(file.range(of: "nonisolated extension FooClient {\n"))
        return String(file[start.lowerBound...])
    }

    @Test("Without them, an endpoint has the one method that takes its Request")
    func requestMethodOnly() throws {
        let files = try Self.endpointFiles(flattenedMethods: false)
        #expect(
            try Self.clientExtension(files["Endpoints/GetThing.swift"]) == """
                nonisolated extension FooClient {
                    /// GetThing
                    ///
                    /// `GET /foo/things/{uuid}`, synchronous, no authorization.
                    ///
                    /// - Parameter request: The inputs of the call.
                    /// - Returns: The reply of GetThing
                    /// - Throws: ``FooAPIError`` when the server reports a failure, ``FooClientError`` when the call cannot be made or
                    ///   the reply is not one the API allows, or the transport's error.
                    public func getThing(
                        _ request: GetThing.Request
                    ) async throws -> GetThing.Response {
                        let call = FooRequestBuilder(operation: GetThing.operation)
                        call.setPathParameter("uuid", to: request.uuid)
                        return try await perform(call)
                    }
                }

                """)
    }

    @Test("A request with no required input is the method's default, so that the call needs no argument")
    func emptyRequestDefault() throws {
        let files = try Self.endpointFiles(flattenedMethods: false)
        let method = try Self.clientExtension(files["Endpoints/ListThings.swift"])
        #expect(method.contains("    public func listThings(\n        _ request: ListThings.Request = ListThings.Request()\n    ) async throws"))
        #expect(!method.contains("limit: Int? = nil"))
    }

    @Test("By default, and with true, both methods are written, and the Request has no default beside the flattened one")
    func bothByDefault() throws {
        let byDefault = try Self.endpointFiles(flattenedMethods: nil)
        #expect(try Self.endpointFiles(flattenedMethods: true) == byDefault)
        let method = try Self.clientExtension(byDefault["Endpoints/ListThings.swift"])
        #expect(method.contains("    public func listThings(\n        limit: Int? = nil\n    ) async throws -> ListThings.Response {"))
        #expect(method.contains("    public func listThings(\n        _ request: ListThings.Request\n    ) async throws"))
        let without = try Self.endpointFiles(flattenedMethods: false)
        #expect(without.keys.sorted() == byDefault.keys.sorted())
        // The rest of each file is the same: only the client extension differs.
        for (path, text) in without {
            let head = try #require(text.range(of: "nonisolated extension FooClient {\n")).lowerBound
            #expect(byDefault[path]?.hasPrefix(text[..<head]) == true, "\(path)")
        }
    }
}

@Suite("The flattened-methods option in apigen.yaml")
struct FlattenedMethodsConfigTests {
    @Test("false or true on a Swift client; anything else, or on another emitter, is an error at the value")
    func decoding() throws {
        let text = """
            apigen: 1
            outputs:
              - {emitter: swift-client, path: a, options: {flattened-methods: false}}
              - {emitter: swift-client, path: b, options: {flattened-methods: true}}
              - {emitter: swift-client, path: c}
            """
        let (config, diagnostics) = GeneratorConfig.decode(Array(text.utf8), path: "apigen.yaml")
        #expect(diagnostics.isEmpty)
        let outputs = try #require(config).outputs
        #expect(outputs.map(\.options.flattenedMethods) == [false, true, nil])
        #expect(outputs.map(\.options.writesFlattenedMethods) == [false, true, true])

        let wrong = """
            apigen: 1
            outputs:
              - {emitter: swift-client, path: a, options: {flattened-methods: no}}
              - {emitter: swift-server, path: b, options: {flattened-methods: false}}
              - {emitter: markdown, path: c, options: {flattened-methods: true}}
            """
        let (wrongConfig, wrongDiagnostics) = GeneratorConfig.decode(Array(wrong.utf8), path: "apigen.yaml")
        #expect(wrongConfig == nil)
        #expect(
            wrongDiagnostics.map(\.formatted) == [
                "apigen.yaml:3:67: error: 'flattened-methods' must be true or false, found 'no'",
                "apigen.yaml:4:67: error: 'flattened-methods' does not apply to the swift-server emitter: it says which methods a Swift client declares",
                "apigen.yaml:5:63: error: 'flattened-methods' does not apply to the markdown emitter: it says which methods a Swift client declares",
            ])
    }
}
