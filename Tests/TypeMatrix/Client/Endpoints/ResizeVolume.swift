import HTTPTypes

/// ResizeVolume
///
/// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum ResizeVolume {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "ResizeVolume",
        method: .put,
        pathTemplate: "/matrix/v1/volumes/{volumeUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// A path position.
        public var volumeUuid: String

        /// The `size` field.
        public var size: Int64

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: A path position.
        ///   - size: The `size` field.
        public init(volumeUuid: String, size: Int64) {
            self.volumeUuid = volumeUuid
            self.size = size
        }
    }

    /// The JSON body of a request: `{"resizeVolume": {...}}`.
    struct Body: Encodable {
        var wrapped: Wrapped

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "resizeVolume"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var size: Int64

            init(_ request: Request) {
                self.size = request.size
            }

            private enum CodingKeys: String, CodingKey {
                case size = "size"
            }
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public struct Response: Codable, Sendable, Hashable {
        /// The `answeredBy` field.
        public var answeredBy: String?

        /// The `volumeUuid` field.
        public var volumeUuid: String?

        /// The `size` field.
        public var size: Int64?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - volumeUuid: The `volumeUuid` field.
        ///   - size: The `size` field.
        public init(answeredBy: String? = nil, volumeUuid: String? = nil, size: Int64? = nil) {
            self.answeredBy = answeredBy
            self.volumeUuid = volumeUuid
            self.size = size
        }

        private enum CodingKeys: String, CodingKey {
            case answeredBy = "answeredBy"
            case volumeUuid = "volumeUuid"
            case size = "size"
        }
    }
}

nonisolated extension MatrixClient {
    /// ResizeVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: A path position.
    ///   - size: The `size` field.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func resizeVolume(
        volumeUuid: String,
        size: Int64
    ) async throws -> ResizeVolume.Response {
        try await resizeVolume(
            ResizeVolume.Request(volumeUuid: volumeUuid, size: size)
        )
    }

    /// ResizeVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func resizeVolume(
        _ request: ResizeVolume.Request
    ) async throws -> ResizeVolume.Response {
        var call = MatrixRequestBuilder(operation: ResizeVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = ResizeVolume.Body(request)
        return try await perform(call)
    }
}
