import FixtureAPI
import Foundation
import HTTPTypes
import Hummingbird
import LoopbackSupport
import NIOCore
import OpenAPIURLSession
import ZStackClient

/// A request as the loopback server received it.
struct RecordedRequest: Sendable {
    /// The method, such as `PUT`.
    var method: HTTPRequest.Method

    /// The path and query exactly as sent, still percent-encoded.
    var path: String

    /// The header fields.
    var headerFields: HTTPFields

    /// The whole body.
    var body: Data

    /// The body parsed as JSON, for comparisons that ignore key order and spacing.
    func jsonBody() throws -> ZStackJSONValue {
        try JSONDecoder().decode(ZStackJSONValue.self, from: body)
    }
}

/// A reply that a test scripts for the loopback server.
struct ScriptedReply: Sendable {
    /// The status.
    var status: HTTPResponse.Status

    /// The body, sent as `application/json`.
    var body: String

    init(_ status: HTTPResponse.Status, _ body: String = "") {
        self.status = status
        self.body = body
    }
}

/// The requests that the loopback server has received, in order.
actor RequestLog {
    private(set) var requests: [RecordedRequest] = []

    /// Records a request.
    ///
    /// - Returns: The request's position, from 0.
    func append(_ request: RecordedRequest) -> Int {
        requests.append(request)
        return requests.count - 1
    }
}

/// An HTTP server on 127.0.0.1 with an ephemeral port, whose replies a test scripts.
struct LoopbackServer: Sendable {
    /// The server's URL, such as `http://127.0.0.1:51234`.
    let url: URL

    /// The requests received so far.
    let log: RequestLog

    /// A client of this server that talks real HTTP through URLSession.
    ///
    /// - Parameter configuration: The client's settings.
    /// - Returns: The client.
    func client(configuration: ZStackConfiguration = .init(authorization: .session("session-1"))) -> ZStackClient {
        ZStackClient(serverURL: url, configuration: configuration, transport: URLSessionTransport())
    }

    /// A client of the fixture API (asynchronous endpoints) for this server.
    ///
    /// - Parameter configuration: The client's settings.
    /// - Returns: The client.
    func fixtureClient(
        configuration: FixtureConfiguration = .init(authorization: .session("session-1"))
    ) -> FixtureClient {
        FixtureClient(serverURL: url, configuration: configuration, transport: URLSessionTransport())
    }

    /// The requests received so far.
    var requests: [RecordedRequest] {
        get async { await log.requests }
    }
}

/// Runs a loopback server for the duration of `body`.
///
/// - Parameters:
///   - reply: Answers the request at the given position (from 0).
///   - body: The test, which gets the running server.
/// - Returns: What `body` returns.
/// - Throws: What `body` throws, or ``LoopbackError/didNotStart``.
func withLoopbackServer<Result>(
    reply: @escaping @Sendable (RecordedRequest, Int) async throws -> ScriptedReply,
    _ body: (LoopbackServer) async throws -> Result
) async throws -> Result {
    let log = RequestLog()
    let responder = CallbackResponder<BasicRequestContext> { request, _ in
        var request = request
        let bytes = try await request.collectBody(upTo: 1 << 20)
        let recorded = RecordedRequest(
            method: request.method,
            path: request.head.path ?? "",
            headerFields: request.headers,
            body: Data(bytes.readableBytesView)
        )
        let scripted = try await reply(recorded, await log.append(recorded))
        return Response(
            status: scripted.status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: scripted.body))
        )
    }
    return try await withLoopbackHTTPServer(responder) { url in
        try await body(LoopbackServer(url: url, log: log))
    }
}

/// Replies to the requests in order, and with `500 Internal Server Error` to any request beyond the script.
///
/// - Parameter replies: The replies, in the order of the requests.
/// - Returns: A reply function for ``withLoopbackServer(reply:_:)``.
func inOrder(_ replies: ScriptedReply...) -> @Sendable (RecordedRequest, Int) async throws -> ScriptedReply {
    { _, index in
        index < replies.count ? replies[index] : ScriptedReply(.internalServerError, #"{"unscripted":true}"#)
    }
}

