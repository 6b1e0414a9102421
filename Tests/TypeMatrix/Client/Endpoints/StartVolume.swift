import HTTPTypes

/// StartVolume
///
/// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum StartVolume {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "StartVolume",
        method: .put,
        pathTemplate: "/matrix/v1/volumes/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// A path position.
        public var uuid: String

        /// Creates the inputs of a call.
        ///
        /// - Parameter uuid: A path position.
        public init(uuid: String) {
            self.uuid = uuid
        }
    }

    /// The JSON body of a request: `{"startVolume": {...}}`.
    struct Body: Encodable {
        var wrapped: Wrapped

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "startVolume"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public struct Response: Codable, Sendable, Hashable {
        /// The `answeredBy` field.
        public var answeredBy: String?

        /// The `uuid` field.
        public var uuid: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - uuid: The `uuid` field.
        public init(answeredBy: String? = nil, uuid: String? = nil) {
            self.answeredBy = answeredBy
            self.uuid = uuid
        }

        private enum CodingKeys: String, CodingKey {
            case answeredBy = "answeredBy"
            case uuid = "uuid"
        }
    }
}

nonisolated extension MatrixClient {
    /// StartVolume
    ///
    /// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter uuid: A path position.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func startVolume(
        uuid: String
    ) async throws -> StartVolume.Response {
        try await startVolume(
            StartVolume.Request(uuid: uuid)
        )
    }

    /// StartVolume
    ///
    /// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func startVolume(
        _ request: StartVolume.Request
    ) async throws -> StartVolume.Response {
        var call = MatrixRequestBuilder(operation: StartVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = StartVolume.Body(request)
        return try await perform(call)
    }
}
