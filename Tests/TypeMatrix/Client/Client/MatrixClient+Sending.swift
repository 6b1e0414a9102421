import Foundation
import HTTPTypes
import OpenAPIRuntime

nonisolated extension MatrixClient {
    /// A reply whose body has been read.
    struct Reply {
        /// The reply's status.
        var status: HTTPResponse.Status

        /// The reply's whole body; empty when it has none.
        var body: Data
    }

    /// Calls an endpoint and returns its result, waiting for the job of an asynchronous endpoint.
    ///
    /// Only the decoding is generic: the exchange itself is ``successReply(of:polling:)``, compiled once for every
    /// endpoint instead of once per result type, which keeps the optimized build of a large API affordable.
    ///
    /// - Parameters:
    ///   - call: The request's parts, as the endpoint method collected them.
    ///   - polling: How to wait for an asynchronous job, if not as the configuration says.
    /// - Returns: The decoded result.
    /// - Throws: ``MatrixAPIError``, ``MatrixClientError``, the transport's error, or `CancellationError`.
    func perform<Result: Decodable>(
        _ call: MatrixRequestBuilder,
        polling: MatrixPolling? = nil
    ) async throws -> Result {
        let reply = try await successReply(of: call, polling: polling)
        return try decode(Result.self, from: reply, operationID: call.operation.id)
    }

    /// Sends a call and returns its `200 OK` reply, the call's own or, for an accepted asynchronous call, its job's.
    ///
    /// - Parameters:
    ///   - call: The request's parts, as the endpoint method collected them.
    ///   - polling: How to wait for an asynchronous job, if not as the configuration says.
    /// - Returns: The `200 OK` reply whose body holds the result.
    /// - Throws: ``MatrixAPIError``, ``MatrixClientError``, the transport's error, or `CancellationError`.
    @inline(never)
    func successReply(of call: MatrixRequestBuilder, polling: MatrixPolling?) async throws -> Reply {
        let operation = call.operation
        let (head, body) = try call.makeRequest(encoder: makeJSONEncoder())
        var request = head
        let authorization = try await authorizationHeaderValue(for: operation)
        if let authorization {
            request.headerFields[MatrixWire.authorizationHeader] = authorization
        }
        let reply = try await send(request, body: body, operationID: operation.id)
        switch reply.status.code {
        case 200:
            return reply
        case MatrixWire.acceptedStatus where operation.isAsynchronous:
            return try await pollJob(
                acceptedBy: reply,
                operationID: operation.id,
                authorization: authorization,
                polling: polling ?? configuration.polling
            )
        default:
            throw failure(of: reply, operationID: operation.id)
        }
    }

    /// Sends a request through the middlewares and the transport, and reads the whole reply.
    ///
    /// - Parameters:
    ///   - request: The request, whose path is relative to the server URL.
    ///   - body: The request's body, if it has one.
    ///   - operationID: The operation called.
    /// - Returns: The reply.
    /// - Throws: The error of a middleware or the transport, or `CancellationError` if the task is cancelled.
    func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> Reply {
        let transport = self.transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            try await transport.send($0, body: $1, baseURL: $2, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            next = { [next] in
                try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: next)
            }
        }
        do {
            let (response, responseBody) = try await next(request, body, serverURL)
            var data = Data()
            if let responseBody {
                data = try await Data(collecting: responseBody, upTo: configuration.maximumResponseBodySize)
            }
            return Reply(status: response.status, body: data)
        } catch {
            // Transports report cancellation in their own ways; callers expect the standard error.
            if Task.isCancelled {
                throw CancellationError()
            }
            throw error
        }
    }

    /// Decodes the result of a call from a `200 OK` reply; an empty body stands for `{}`.
    ///
    /// - Parameters:
    ///   - type: The type of the result.
    ///   - reply: The reply.
    ///   - operationID: The operation called.
    /// - Returns: The result.
    /// - Throws: ``MatrixClientError/undecodableBody(operationID:status:body:underlyingError:)``.
    func decode<Result: Decodable>(_ type: Result.Type, from reply: Reply, operationID: String) throws -> Result {
        do {
            return try makeJSONDecoder().decode(type, from: reply.body.isEmpty ? Data("{}".utf8) : reply.body)
        } catch {
            throw undecodableBody(reply, operationID: operationID, underlyingError: error)
        }
    }

    /// The error that a reply with neither a result nor an accepted job stands for.
    ///
    /// - Parameters:
    ///   - reply: The reply.
    ///   - operationID: The operation called.
    /// - Returns: A ``MatrixAPIError`` for a failure reply with an error, or else a ``MatrixClientError``.
    func failure(of reply: Reply, operationID: String) -> any Error {
        guard MatrixWire.errorStatuses.contains(reply.status.code) else {
            return MatrixClientError.undocumentedStatus(
                operationID: operationID,
                status: reply.status,
                body: MatrixClientError.excerpt(of: reply.body)
            )
        }
        let envelope: MatrixReplyEnvelope.Failure
        do {
            envelope = try makeJSONDecoder().decode(MatrixReplyEnvelope.Failure.self, from: reply.body)
        } catch {
            return undecodableBody(reply, operationID: operationID, underlyingError: error)
        }
        guard let errorCode = envelope.error else {
            let context = DecodingError.Context(
                codingPath: [MatrixCodingKey(stringValue: MatrixWire.errorField)],
                debugDescription: "The failure reply has no \"\(MatrixWire.errorField)\"."
            )
            let missing = DecodingError.valueNotFound(MatrixErrorCode.self, context)
            return undecodableBody(reply, operationID: operationID, underlyingError: missing)
        }
        return MatrixAPIError(operationID: operationID, status: reply.status, errorCode: errorCode)
    }

    /// The decoder for reply bodies.
    ///
    /// - Returns: A decoder that reads Matrix timestamps.
    func makeJSONDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = timestamp.decodingStrategy
        return decoder
    }

    /// The encoder for request bodies, with sorted keys, so that the same request has the same bytes.
    ///
    /// - Returns: An encoder that writes Matrix timestamps.
    func makeJSONEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = timestamp.encodingStrategy
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private func authorizationHeaderValue(for operation: MatrixOperation) async throws -> String? {
        guard operation.requiresAuthorization else { return nil }
        guard let authorization = configuration.authorization else {
            throw MatrixClientError.missingAuthorization(operationID: operation.id)
        }
        return try await authorization.headerValue()
    }

    private func undecodableBody(
        _ reply: Reply,
        operationID: String,
        underlyingError: any Error
    ) -> MatrixClientError {
        .undecodableBody(
            operationID: operationID,
            status: reply.status,
            body: MatrixClientError.excerpt(of: reply.body),
            underlyingError: underlyingError
        )
    }
}
