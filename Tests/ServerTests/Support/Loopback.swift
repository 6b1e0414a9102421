import FixtureServer
import Foundation
import HTTPTypes
import Hummingbird
import LoopbackSupport
import OpenAPIHummingbird
import OpenAPIRuntime
import OpenAPIURLSession
import Testing
import ZStackClient
import ZStackServer

/// Serves a ZStack handler on a loopback server for the duration of `body`.
///
/// - Parameters:
///   - handler: The handler.
///   - serverURL: The server URL that the handler is registered with.
///   - configuration: The server's settings.
///   - middlewares: The server's middlewares.
///   - body: The test, which gets the server's URL, such as `http://127.0.0.1:51234`.
/// - Returns: What `body` returns.
/// - Throws: What registration or `body` throws, or ``LoopbackError/didNotStart``.
func withServer<Result>(
    _ handler: some ZStackAPIHandler,
    serverURL: URL = .defaultOpenAPIServerURL,
    configuration: ZStackServerConfiguration = ZStackServerConfiguration(),
    middlewares: [any ServerMiddleware] = [],
    _ body: (URL) async throws -> Result
) async throws -> Result {
    let router = Router()
    try handler.registerHandlers(
        on: router,
        serverURL: serverURL,
        configuration: configuration,
        middlewares: middlewares
    )
    return try await withServer(router, body)
}

/// Serves a fixture API handler on a loopback server for the duration of `body`.
///
/// - Parameters:
///   - handler: The handler.
///   - serverURL: The server URL that the handler is registered with.
///   - configuration: The server's settings.
///   - body: The test, which gets the server's URL, such as `http://127.0.0.1:51234`.
/// - Returns: What `body` returns.
/// - Throws: What registration or `body` throws, or ``LoopbackError/didNotStart``.
func withServer<Result>(
    _ handler: some FixtureAPIHandler,
    serverURL: URL = .defaultOpenAPIServerURL,
    configuration: FixtureServerConfiguration = FixtureServerConfiguration(),
    middlewares: [any ServerMiddleware] = [],
    _ body: (URL) async throws -> Result
) async throws -> Result {
    let router = Router()
    try handler.registerHandlers(on: router, serverURL: serverURL, configuration: configuration, middlewares: middlewares)
    return try await withServer(router, body)
}

/// Runs a Hummingbird server with the given router on 127.0.0.1 and an ephemeral port for the duration of `body`.
///
/// - Parameters:
///   - router: The router, with the handlers registered.
///   - body: The test, which gets the server's URL, such as `http://127.0.0.1:51234`.
/// - Returns: What `body` returns.
/// - Throws: What `body` throws, or ``LoopbackError/didNotStart``.
func withServer<Result>(
    _ router: Router<BasicRequestContext>,
    _ body: (URL) async throws -> Result
) async throws -> Result {
    try await withLoopbackHTTPServer(router.buildResponder(), body)
}

/// A reply to a raw request.
struct RawReply: Sendable {
    /// The status code.
    var status: Int

    /// The header fields.
    var headerFields: HTTPFields

    /// The whole body.
    var body: Data

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as JSON, for comparisons that ignore key order and spacing.
    func json() throws -> ZStackJSONValue {
        try JSONDecoder().decode(ZStackJSONValue.self, from: body)
    }
}

/// Sends a request exactly as given, through URLSession, and reads the whole reply.
///
/// - Parameters:
///   - method: The method.
///   - path: The path and query, sent as they are (already percent-encoded).
///   - server: The server's URL.
///   - headers: Header fields to send.
///   - body: The body to send, if any.
/// - Returns: The reply.
/// - Throws: The transport's error.
func send(
    _ method: HTTPRequest.Method,
    _ path: String,
    to server: URL,
    headers: [String: String] = [:],
    body: String? = nil
) async throws -> RawReply {
    var request = HTTPRequest(method: method, scheme: nil, authority: nil, path: path)
    for (name, value) in headers {
        if let name = HTTPField.Name(name) {
            request.headerFields[name] = value
        }
    }
    let (response, responseBody) = try await URLSessionTransport().send(
        request,
        body: body.map { HTTPBody($0) },
        baseURL: server,
        operationID: "raw"
    )
    var data = Data()
    if let responseBody {
        data = try await Data(collecting: responseBody, upTo: 1 << 20)
    }
    return RawReply(status: response.status.code, headerFields: response.headerFields, body: data)
}

/// Parses JSON text into a value that compares regardless of key order and spacing.
func json(_ text: String) throws -> ZStackJSONValue {
    try JSONDecoder().decode(ZStackJSONValue.self, from: Data(text.utf8))
}

/// Polls a job location until the job has finished, and returns the final reply.
///
/// - Parameters:
///   - location: The job's location, as the accepted reply gives it.
///   - server: The server's URL, which the poll goes to whatever host the location names.
/// - Returns: The first reply whose status is not `202 Accepted`, or the last one after a minute.
/// - Throws: The transport's error, or an issue if the location is no URL.
func pollUntilFinished(_ location: String, at server: URL) async throws -> RawReply {
    let path = try #require(URLComponents(string: location)?.percentEncodedPath)
    let deadline = ContinuousClock.now.advanced(by: .seconds(60))
    while true {
        let reply = try await send(.get, path, to: server)
        guard reply.status == 202, ContinuousClock.now < deadline else { return reply }
        try await Task.sleep(for: .milliseconds(10))
    }
}
