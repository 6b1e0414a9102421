import Foundation
import HTTPTypes
import OpenAPIRuntime
import ZStackSDK

/// Serves the endpoints of the API on a `ServerTransport`: reads calls, calls the handler and answers the ZStack way.
///
/// - A call that the server cannot read is answered with `400 Bad Request` (`413` for a body that is too large)
///   and `{"error": <error code>}`, before the handler is called.
/// - A synchronous call is answered with `200 OK` and the reply's fields, or the failure reply of the
///   ``ZStackServerError`` that the handler threw, or `500 Internal Server Error` for any other error.
/// - An asynchronous call is answered with `202 Accepted` and `{"location": "<job URL>"}`; the handler runs as a job
///   whose reply polls of that URL get (see ``ZStackJobTable``).
nonisolated struct ZStackServerRuntime: Sendable {
    /// A reply's head and body, as the transport sends them.
    typealias HTTPReply = (HTTPResponse, HTTPBody?)

    /// What a transport calls with a request, and a middleware with the request that it passes on.
    typealias Handler = @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> HTTPReply

    /// The settings.
    let configuration: ZStackServerConfiguration

    /// The middlewares that every call passes through, outermost first.
    let middlewares: [any ServerMiddleware]

    /// The path that the server URL adds before every endpoint's path, such as `/api`; empty for none.
    let pathPrefix: String

    /// The scheme, host and port of an absolute server URL, such as `http://zstack.example.com:8080`.
    let origin: String?

    /// How reply timestamps are written and request timestamps read.
    let timestamp: ZStackTimestamp

    /// Creates the runtime of a server.
    ///
    /// - Parameters:
    ///   - serverURL: The server's URL, whose path prefixes every endpoint's path.
    ///   - configuration: The settings.
    ///   - middlewares: The middlewares that every call passes through, outermost first.
    init(serverURL: URL, configuration: ZStackServerConfiguration, middlewares: [any ServerMiddleware]) {
        self.configuration = configuration
        self.middlewares = middlewares
        self.timestamp = ZStackTimestamp(timeZone: configuration.timestampTimeZone)
        let components = URLComponents(url: serverURL, resolvingAgainstBaseURL: true)
        var path = components?.percentEncodedPath ?? ""
        while path.hasSuffix("/") {
            path.removeLast()
        }
        self.pathPrefix = path
        if let components, let scheme = components.scheme, let host = components.percentEncodedHost {
            let port = components.port.map { ":\($0)" } ?? ""
            self.origin = "\(scheme)://\(host)\(port)"
        } else {
            self.origin = nil
        }
    }

    /// Registers every endpoint, and the polling of jobs, with a transport; and, for each path, the
    /// other methods with a `405 Method Not Allowed` reply that names the allowed ones, as ZStack's
    /// server answers them (a router would answer `404`, as if the path did not exist).
    ///
    /// - Parameters:
    ///   - endpoints: The endpoints of the API.
    ///   - transport: The transport that receives the calls.
    /// - Throws: The transport's error.
    func register(_ endpoints: [ZStackServerEndpoint], on transport: any ServerTransport) throws {
        let routes = ZStackServerRoute.routes(for: endpoints)
        for route in routes {
            try transport.register(
                { request, body, metadata in
                    await respond(to: request, body: body, metadata: metadata, route: route)
                },
                method: route.method,
                path: pathPrefix + route.pathTemplate
            )
        }
        if endpoints.contains(where: \.operation.isAsynchronous) {
            try registerJobQueries(on: transport)
        }
        var paths: [String] = []
        var allowed: [String: [HTTPRequest.Method]] = [:]
        for route in routes {
            if allowed[route.pathTemplate] == nil { paths.append(route.pathTemplate) }
            allowed[route.pathTemplate, default: []].append(route.method)
        }
        for path in paths {
            let methods = allowed[path] ?? []
            for method in Self.answeredMethods where !methods.contains(method) {
                try transport.register(
                    { _, _, _ in methodNotAllowed(allowed: methods) },
                    method: method,
                    path: pathPrefix + path
                )
            }
        }
    }

    /// The methods a path answers: its endpoints' with their replies, the others with `405`.
    static let answeredMethods: [HTTPRequest.Method] =
        [.get, .put, .post, .delete, .patch, .options, .trace] + [HTTPRequest.Method("QUERY")].compactMap { $0 }

    /// The `405 Method Not Allowed` reply, with the `Allow` header.
    ///
    /// - Parameter allowed: The methods the path's endpoints have.
    /// - Returns: The reply.
    func methodNotAllowed(allowed: [HTTPRequest.Method]) -> HTTPReply {
        let names = allowed.map(\.rawValue).joined(separator: ", ")
        var (response, body) = ZStackServerReply.systemFailure(
            .methodNotAllowed,
            code: ZStackServerWire.invalidArgumentCode,
            description: ZStackServerWire.invalidArgumentDescription,
            details: "The method is not allowed here; the allowed methods are \(names).",
            encoder: makeJSONEncoder()
        ).http
        if let allow = HTTPField.Name("Allow") {
            response.headerFields[allow] = names
        }
        return (response, body)
    }

    /// The encoder of reply bodies: sorted keys, so that the same reply has the same bytes, and ZStack timestamps.
    ///
    /// - Returns: A new encoder.
    func makeJSONEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = timestamp.encodingStrategy
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Passes a call through the middlewares to the server's own handling.
    ///
    /// - Parameters:
    ///   - request: The request's head.
    ///   - body: The request's body.
    ///   - metadata: What the transport parsed from the URL.
    ///   - operationID: The operation that the middlewares see.
    ///   - handle: The server's own handling of the call.
    /// - Returns: The reply; a `500` failure reply if a middleware throws.
    func withMiddlewares(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        handle: @escaping Handler
    ) async -> HTTPReply {
        var next = handle
        for middleware in middlewares.reversed() {
            next = { [next] in
                try await middleware.intercept($0, body: $1, metadata: $2, operationID: operationID, next: next)
            }
        }
        do {
            return try await next(request, body, metadata)
        } catch {
            return internalFailure(error, operationID: operationID).http
        }
    }

    /// Runs the handler's work for a call and makes the reply.
    ///
    /// - Parameters:
    ///   - work: The handler's work.
    ///   - operationID: The operation called.
    /// - Returns: `200 OK` with the reply's fields, or the failure reply for the error that the handler threw.
    func reply(running work: ZStackServerEndpoint.Work, operationID: String) async -> ZStackServerReply {
        let encoder = makeJSONEncoder()
        do {
            let result = try await work()
            return ZStackServerReply(status: .ok, body: try encoder.encode(result))
        } catch let error as ZStackServerError {
            return .failure(error.errorCode, status: error.status, encoder: encoder)
        } catch let error as ZStackAPIError {
            return .failure(error.errorCode, status: error.status, encoder: encoder)
        } catch {
            return internalFailure(error, operationID: operationID)
        }
    }

    /// The `400 Bad Request` reply to a request that the server cannot read.
    ///
    /// - Parameter error: What is wrong with the request.
    /// - Returns: The reply.
    func badRequest(_ error: ZStackServerBadRequest) -> ZStackServerReply {
        .systemFailure(
            .badRequest,
            code: ZStackServerWire.invalidArgumentCode,
            description: ZStackServerWire.invalidArgumentDescription,
            details: error.details,
            encoder: makeJSONEncoder()
        )
    }

    /// The `500 Internal Server Error` reply to an error that is not the API's.
    ///
    /// - Parameters:
    ///   - error: The error.
    ///   - operationID: The operation called.
    /// - Returns: The reply, which names the error only if the configuration says so.
    func internalFailure(_ error: any Error, operationID: String) -> ZStackServerReply {
        let details =
            configuration.revealsInternalErrors
            ? "\(operationID) failed: \(String(reflecting: error))"
            : "\(operationID) failed with an error that is not the API's."
        return .systemFailure(
            .internalServerError,
            code: ZStackServerWire.internalErrorCode,
            description: ZStackServerWire.internalErrorDescription,
            details: details,
            encoder: makeJSONEncoder()
        )
    }

    /// Reads a request's whole body.
    ///
    /// - Parameter body: The body, if the request has one.
    /// - Returns: The bytes; empty for no body.
    /// - Throws: ``ZStackServerBodyTooLarge`` past the configured size, or the body's own error.
    func collect(_ body: HTTPBody?) async throws -> Data {
        guard let body else { return Data() }
        let limit = configuration.maximumRequestBodySize
        if case .known(let length) = body.length, length > limit {
            throw ZStackServerBodyTooLarge(limit: limit)
        }
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.count <= limit else { throw ZStackServerBodyTooLarge(limit: limit) }
            data.append(contentsOf: chunk)
        }
        return data
    }

    /// Answers a call to one of a route's endpoints.
    private func respond(
        to request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        route: ZStackServerRoute
    ) async -> HTTPReply {
        // The body is read first: the endpoint of an "action" route, and so the operation ID that the middlewares
        // see, depends on it.
        let endpoint: ZStackServerEndpoint
        let data: Data
        do {
            data = try await collect(body)
            endpoint = try route.endpoint(forBody: data)
        } catch {
            let operationID = route.endpoints.first?.operation.id ?? ""
            return unreadable(error, operationID: operationID).http
        }
        return await withMiddlewares(
            request,
            body: HTTPBody(data),
            metadata: metadata,
            operationID: endpoint.operation.id
        ) { request, body, metadata in
            await respond(to: request, body: body, metadata: metadata, endpoint: endpoint, route: route).http
        }
    }

    /// Answers a call to an endpoint, after the middlewares.
    private func respond(
        to request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        endpoint: ZStackServerEndpoint,
        route: ZStackServerRoute
    ) async -> ZStackServerReply {
        let operation = endpoint.operation
        do {
            if operation.requiresAuthorization, configuration.requiresAuthorizationHeader,
                request.headerFields[ZStackServerWire.authorizationHeader] == nil
            {
                let name = ZStackServerWire.authorizationHeader
                throw ZStackServerBadRequest(details: "The header \"\(name)\" is missing.")
            }
            let call = ZStackServerCall(
                operationID: operation.id,
                request: request,
                pathParameters: route.pathParameters(metadata, for: endpoint),
                body: try await collect(body),
                timestamp: timestamp
            )
            let work = try endpoint.prepare(call)
            guard operation.isAsynchronous else {
                return await reply(running: work, operationID: operation.id)
            }
            return try await startJob(for: request, operationID: operation.id, work: work)
        } catch {
            return unreadable(error, operationID: operation.id)
        }
    }

    /// The reply to a request whose reading failed.
    private func unreadable(_ error: any Error, operationID: String) -> ZStackServerReply {
        switch error {
        case let error as ZStackServerBadRequest:
            return badRequest(error)
        case let error as ZStackServerBodyTooLarge:
            return .systemFailure(
                .contentTooLarge,
                code: ZStackServerWire.invalidArgumentCode,
                description: ZStackServerWire.invalidArgumentDescription,
                details: "The request body is larger than \(error.limit) bytes.",
                encoder: makeJSONEncoder()
            )
        default:
            return internalFailure(error, operationID: operationID)
        }
    }
}

/// A request body larger than the configured maximum, answered with `413 Content Too Large`.
nonisolated struct ZStackServerBodyTooLarge: Error {
    /// The configured maximum, in bytes.
    var limit: Int
}
