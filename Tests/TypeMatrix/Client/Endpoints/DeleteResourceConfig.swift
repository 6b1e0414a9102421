import HTTPTypes

/// DeleteResourceConfig
///
/// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization required.
///
/// Category: Matrix › Routes
public nonisolated enum DeleteResourceConfig {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "DeleteResourceConfig",
        method: .delete,
        pathTemplate: "/matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// A path position.
        public var resourceUuid: String

        /// A path position.
        public var category: String

        /// A path position.
        public var name: String

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuid: A path position.
        ///   - category: A path position.
        ///   - name: A path position.
        public init(resourceUuid: String, category: String, name: String) {
            self.resourceUuid = resourceUuid
            self.category = category
            self.name = name
        }
    }

    /// Which endpoint answered, with its own parameter names.
    public struct Response: Codable, Sendable, Hashable {
        /// The `answeredBy` field.
        public var answeredBy: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// The `category` field.
        public var category: String?

        /// The `name` field.
        public var name: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - answeredBy: The `answeredBy` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - category: The `category` field.
        ///   - name: The `name` field.
        public init(
            answeredBy: String? = nil,
            resourceUuid: String? = nil,
            category: String? = nil,
            name: String? = nil
        ) {
            self.answeredBy = answeredBy
            self.resourceUuid = resourceUuid
            self.category = category
            self.name = name
        }

        private enum CodingKeys: String, CodingKey {
            case answeredBy = "answeredBy"
            case resourceUuid = "resourceUuid"
            case category = "category"
            case name = "name"
        }
    }
}

nonisolated extension MatrixClient {
    /// DeleteResourceConfig
    ///
    /// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - resourceUuid: A path position.
    ///   - category: A path position.
    ///   - name: A path position.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func deleteResourceConfig(
        resourceUuid: String,
        category: String,
        name: String
    ) async throws -> DeleteResourceConfig.Response {
        try await deleteResourceConfig(
            DeleteResourceConfig.Request(resourceUuid: resourceUuid, category: category, name: name)
        )
    }

    /// DeleteResourceConfig
    ///
    /// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func deleteResourceConfig(
        _ request: DeleteResourceConfig.Request
    ) async throws -> DeleteResourceConfig.Response {
        var call = MatrixRequestBuilder(operation: DeleteResourceConfig.operation)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        return try await perform(call)
    }
}
