import HTTPTypes

/// StopVolume
///
/// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum StopVolume {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "StopVolume",
        method: .put,
        pathTemplate: "/matrix/v1/volumes/{volumeUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// A path position.
        public var volumeUuid: String

        /// The `force` field.
        public var force: Bool

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: A path position.
        ///   - force: The `force` field.
        public init(volumeUuid: String, force: Bool) {
            self.volumeUuid = volumeUuid
            self.force = force
        }
    }

    /// The JSON body of a request: `{"stopVolume": {...}}`.
    struct Body: Encodable {
        var wrapped: Wrapped

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "stopVolume"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var force: Bool

            init(_ request: Request) {
                self.force = request.force
            }

            private enum CodingKeys: String, CodingKey {
                case force = "force"
            }
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public struct Response: Codable, Sendable, Hashable {
        /// The `answeredBy` field.
        public var answeredBy: String?

        /// The `volumeUuid` field.
        public var volumeUuid: String?

        /// The `force` field.
        public var force: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - volumeUuid: The `volumeUuid` field.
        ///   - force: The `force` field.
        public init(answeredBy: String? = nil, volumeUuid: String? = nil, force: Bool? = nil) {
            self.answeredBy = answeredBy
            self.volumeUuid = volumeUuid
            self.force = force
        }

        private enum CodingKeys: String, CodingKey {
            case answeredBy = "answeredBy"
            case volumeUuid = "volumeUuid"
            case force = "force"
        }
    }
}

nonisolated extension MatrixClient {
    /// StopVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: A path position.
    ///   - force: The `force` field.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func stopVolume(
        volumeUuid: String,
        force: Bool
    ) async throws -> StopVolume.Response {
        try await stopVolume(
            StopVolume.Request(volumeUuid: volumeUuid, force: force)
        )
    }

    /// StopVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func stopVolume(
        _ request: StopVolume.Request
    ) async throws -> StopVolume.Response {
        var call = MatrixRequestBuilder(operation: StopVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = StopVolume.Body(request)
        return try await perform(call)
    }
}
