import HTTPTypes

/// Update Guest Tools State
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous, authorization required.
///
/// Category: Compute Management › VM Related Interfaces
///
/// - Since: 4.6.21
public nonisolated enum UpdateGuestToolsState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateGuestToolsState",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Virtual Machine UUID
        public var vmInstanceUuid: String

        /// System Tags
        public var systemTags: [String]?

        /// User Tags
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: Virtual Machine UUID
        ///   - systemTags: System Tags
        ///   - userTags: User Tags
        public init(vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request.
    struct Body: Encodable {
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case systemTags = "systemTags"
            case userTags = "userTags"
        }
    }

    /// On success, this API returns the following response structure.
    public struct Response: Codable, Sendable, Hashable {
        /// 操作是否成功。
        public var success: Bool?

        /// Error code. If not null, the operation failed. When the operation succeeds, this field is null. For details,
        /// see error
        public var error: ErrorCode?

        /// For details, see inventory
        public var inventory: GuestToolsStateInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: 操作是否成功。
        ///   - error: Error code. If not null, the operation failed. When the operation succeeds, this field is null.
        ///     For details, see error
        ///   - inventory: For details, see inventory
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: GuestToolsStateInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// Update Guest Tools State
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous, authorization required.
    ///
    /// - Since: 4.6.21
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: Virtual Machine UUID
    ///   - systemTags: System Tags
    ///   - userTags: User Tags
    /// - Returns: On success, this API returns the following response structure.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func updateGuestToolsState(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> UpdateGuestToolsState.Response {
        try await updateGuestToolsState(
            UpdateGuestToolsState.Request(vmInstanceUuid: vmInstanceUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// Update Guest Tools State
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous, authorization required.
    ///
    /// - Since: 4.6.21
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: On success, this API returns the following response structure.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func updateGuestToolsState(
        _ request: UpdateGuestToolsState.Request
    ) async throws -> UpdateGuestToolsState.Response {
        var call = ZStackRequestBuilder(operation: UpdateGuestToolsState.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = UpdateGuestToolsState.Body(request)
        return try await perform(call)
    }
}
