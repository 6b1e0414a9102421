import HTTPTypes

/// Resize Volume
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous, authorization required.
public nonisolated enum ResizeVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ResizeVolume",
        method: .put,
        pathTemplate: "/zstack/v1/volumes/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Volume UUID
        public var uuid: String

        /// New size in bytes
        public var size: Int64

        /// Resize a running volume
        public var force: Bool?

        /// System tags
        public var systemTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Volume UUID
        ///   - size: New size in bytes
        ///   - force: Resize a running volume
        ///   - systemTags: System tags
        public init(uuid: String, size: Int64, force: Bool? = nil, systemTags: [String]? = nil) {
            self.uuid = uuid
            self.size = size
            self.force = force
            self.systemTags = systemTags
        }
    }

    /// The JSON body of a request: `{"resizeVolume": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "resizeVolume"
            case systemTags = "systemTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var size: Int64
            var force: Bool?

            init(_ request: Request) {
                self.size = request.size
                self.force = request.force
            }

            private enum CodingKeys: String, CodingKey {
                case size = "size"
                case force = "force"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameter success: The `success` field.
        public init(success: Bool? = nil) {
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// Resize Volume
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: Volume UUID
    ///   - size: New size in bytes
    ///   - force: Resize a running volume
    ///   - systemTags: System tags
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func resizeVolume(
        uuid: String,
        size: Int64,
        force: Bool? = nil,
        systemTags: [String]? = nil
    ) async throws -> ResizeVolume.Response {
        try await resizeVolume(
            ResizeVolume.Request(uuid: uuid, size: size, force: force, systemTags: systemTags)
        )
    }

    /// Resize Volume
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func resizeVolume(
        _ request: ResizeVolume.Request
    ) async throws -> ResizeVolume.Response {
        var call = ZStackRequestBuilder(operation: ResizeVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ResizeVolume.Body(request)
        return try await perform(call)
    }
}
