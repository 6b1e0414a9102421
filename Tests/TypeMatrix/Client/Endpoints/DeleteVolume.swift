import HTTPTypes

/// DeleteVolume
///
/// `DELETE /matrix/v1/volumes/{volumeUuid}`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum DeleteVolume {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "DeleteVolume",
        method: .delete,
        pathTemplate: "/matrix/v1/volumes/{volumeUuid}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// A path position.
        public var volumeUuid: String

        /// The `deleteMode` field.
        public var deleteMode: String

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: A path position.
        ///   - deleteMode: The `deleteMode` field.
        public init(volumeUuid: String, deleteMode: String) {
            self.volumeUuid = volumeUuid
            self.deleteMode = deleteMode
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public struct Response: Codable, Sendable, Hashable {
        /// The `answeredBy` field.
        public var answeredBy: String?

        /// The `volumeUuid` field.
        public var volumeUuid: String?

        /// The `deleteMode` field.
        public var deleteMode: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - volumeUuid: The `volumeUuid` field.
        ///   - deleteMode: The `deleteMode` field.
        public init(answeredBy: String? = nil, volumeUuid: String? = nil, deleteMode: String? = nil) {
            self.answeredBy = answeredBy
            self.volumeUuid = volumeUuid
            self.deleteMode = deleteMode
        }

        private enum CodingKeys: String, CodingKey {
            case answeredBy = "answeredBy"
            case volumeUuid = "volumeUuid"
            case deleteMode = "deleteMode"
        }
    }
}

nonisolated extension MatrixClient {
    /// DeleteVolume
    ///
    /// `DELETE /matrix/v1/volumes/{volumeUuid}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: A path position.
    ///   - deleteMode: The `deleteMode` field.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func deleteVolume(
        volumeUuid: String,
        deleteMode: String
    ) async throws -> DeleteVolume.Response {
        try await deleteVolume(
            DeleteVolume.Request(volumeUuid: volumeUuid, deleteMode: deleteMode)
        )
    }

    /// DeleteVolume
    ///
    /// `DELETE /matrix/v1/volumes/{volumeUuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func deleteVolume(
        _ request: DeleteVolume.Request
    ) async throws -> DeleteVolume.Response {
        var call = MatrixRequestBuilder(operation: DeleteVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        return try await perform(call)
    }
}
