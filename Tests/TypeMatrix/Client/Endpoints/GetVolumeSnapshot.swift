import HTTPTypes

/// GetVolumeSnapshot
///
/// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum GetVolumeSnapshot {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "GetVolumeSnapshot",
        method: .get,
        pathTemplate: "/matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// A path position.
        public var volumeUuid: String

        /// A path position.
        public var uuid: String

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: A path position.
        ///   - uuid: A path position.
        public init(volumeUuid: String, uuid: String) {
            self.volumeUuid = volumeUuid
            self.uuid = uuid
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public struct Response: Codable, Sendable, Hashable {
        /// The `answeredBy` field.
        public var answeredBy: String?

        /// The `volumeUuid` field.
        public var volumeUuid: String?

        /// The `uuid` field.
        public var uuid: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - volumeUuid: The `volumeUuid` field.
        ///   - uuid: The `uuid` field.
        public init(answeredBy: String? = nil, volumeUuid: String? = nil, uuid: String? = nil) {
            self.answeredBy = answeredBy
            self.volumeUuid = volumeUuid
            self.uuid = uuid
        }

        private enum CodingKeys: String, CodingKey {
            case answeredBy = "answeredBy"
            case volumeUuid = "volumeUuid"
            case uuid = "uuid"
        }
    }
}

nonisolated extension MatrixClient {
    /// GetVolumeSnapshot
    ///
    /// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: A path position.
    ///   - uuid: A path position.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeSnapshot(
        volumeUuid: String,
        uuid: String
    ) async throws -> GetVolumeSnapshot.Response {
        try await getVolumeSnapshot(
            GetVolumeSnapshot.Request(volumeUuid: volumeUuid, uuid: uuid)
        )
    }

    /// GetVolumeSnapshot
    ///
    /// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeSnapshot(
        _ request: GetVolumeSnapshot.Request
    ) async throws -> GetVolumeSnapshot.Response {
        var call = MatrixRequestBuilder(operation: GetVolumeSnapshot.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.setPathParameter("uuid", to: request.uuid)
        return try await perform(call)
    }
}
