import Foundation
import Hummingbird
import LoopbackSupport
import MatrixAPI
import MatrixMock
import MatrixServer
import OpenAPIHummingbird
import OpenAPIURLSession
import Testing

/// The type x position matrix, served over loopback HTTP: every type of the spec format in every position it may
/// take, sent by the generated client, read by the generated server and echoed back, and every endpoint answered by
/// the generated mock. `MatrixCalls` and `MatrixEchoHandler` are written by scripts/make-type-matrix.py.
@Suite("The type x position matrix over loopback HTTP")
struct TypeMatrixTests {
    private func withServer(
        _ handler: some MatrixAPIHandler,
        _ body: (MatrixClient) async throws -> Void
    ) async throws {
        let router = Router()
        try handler.registerHandlers(on: router)
        // The route set has ZStack's shapes: one registration per shape, whatever the parameter names.
        try router.validate()
        try await withLoopbackHTTPServer(router.buildResponder()) { url in
            let client = MatrixClient(
                serverURL: url,
                configuration: MatrixConfiguration(authorization: .session("session-1")),
                transport: URLSessionTransport()
            )
            try await body(client)
        }
    }

    @Test("Every type in every position comes back as it was sent, with and without the optional inputs")
    func echo() async throws {
        try await withServer(MatrixEchoHandler()) { try await MatrixCalls.echoEverything($0) }
    }

    @Test("Every type comes back from an asynchronous endpoint's job")
    func asynchronous() async throws {
        try await withServer(MatrixEchoHandler()) { try await MatrixCalls.echoLater($0) }
    }

    @Test("Endpoints that name one path position differently, or share an action path, each answer their own calls")
    func routes() async throws {
        try await withServer(MatrixEchoHandler()) { try await MatrixCalls.routes($0) }
    }

    @Test("The mock answers every endpoint with a reply synthesized from its response fields, which decodes")
    func mock() async throws {
        try await withServer(MatrixMockHandler()) { client in
            let replies = try await MatrixCalls.callMock(client)
            #expect(replies.count == 56)
        }
    }
}
