import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import ZStackAPI

/// A transport that keeps the handlers registered with it, to call them without a network.
final class InMemoryServerTransport: ServerTransport, @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)

    private let lock = NSLock()
    private var routes: [(method: HTTPRequest.Method, path: String, handler: Handler)] = []

    func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
        lock.withLock { routes.append((method, path, handler)) }
    }

    /// Calls the handler registered for `method` and `path`, with the given path parameters.
    func call(
        _ method: HTTPRequest.Method, _ path: String, parameters: [String: Substring], body: String
    ) async throws -> (HTTPResponse, String) {
        let handler = try #require(lock.withLock { routes.first { $0.method == method && $0.path == path }?.handler })
        let request = HTTPRequest(
            method: method, scheme: "http", authority: "zstack.example", path: path,
            headerFields: [.authorization: "OAuth s1", .contentType: "application/json;charset=UTF-8"])
        let (response, responseBody) = try await handler(request, HTTPBody(body), ServerRequestMetadata(pathParameters: parameters))
        guard let responseBody else { return (response, "") }
        let data = try await Data(collecting: responseBody, upTo: 1 << 20)
        return (response, String(decoding: data, as: UTF8.self))
    }
}

@Test("The mock the build plugin generated answers the seed endpoint with the documented example")
func pluginGeneratedMockAnswers() async throws {
    let transport = InMemoryServerTransport()
    try ZStackMockHandler().registerHandlers(on: transport)
    let (response, body) = try await transport.call(
        .put, "/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state",
        parameters: ["vmInstanceUuid": "321e85ca08b335e09f172041f7e710b5"],
        body: #"{"systemTags":["<systemTags>"],"userTags":["<userTags>"]}"#)
    #expect(response.status == .ok)
    let reply = try JSONDecoder().decode(UpdateGuestToolsState.Response.self, from: Data(body.utf8))
    #expect(reply.inventory?.vmInstanceUuid == "321e85ca08b335e09f172041f7e710b5")
    #expect(reply.inventory?.qgaState == .running)
    #expect(reply.inventory?.platform == "Kylin")
}
