import HTTPTypes

/// CheckApiPermission
///
/// 检查API权限
///
/// 检查API权限
///
/// `PUT /zstack/v1/accounts/permissions/actions`, synchronous, authorization required.
///
/// Category: identity
public nonisolated enum CheckApiPermission {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CheckApiPermission",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/permissions/actions",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// API名称列表
        public var apiNames: [String]

        /// 用户UUID
        public var userUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - apiNames: API名称列表
        ///   - userUuid: 用户UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            apiNames: [String],
            userUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.apiNames = apiNames
            self.userUuid = userUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"checkApiPermission": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "checkApiPermission"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var userUuid: String?
            var apiNames: [String]

            init(_ request: Request) {
                self.userUuid = request.userUuid
                self.apiNames = request.apiNames
            }

            private enum CodingKeys: String, CodingKey {
                case userUuid = "userUuid"
                case apiNames = "apiNames"
            }
        }
    }

    /// API权限清单
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// API权限清单
        public var inventory: [String: String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - inventory: API权限清单
        public init(error: ErrorCode? = nil, success: Bool? = nil, inventory: [String: String]? = nil) {
            self.error = error
            self.success = success
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// CheckApiPermission
    ///
    /// 检查API权限
    ///
    /// 检查API权限
    ///
    /// `PUT /zstack/v1/accounts/permissions/actions`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - apiNames: API名称列表
    ///   - userUuid: 用户UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: API权限清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkApiPermission(
        apiNames: [String],
        userUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckApiPermission.Response {
        try await checkApiPermission(
            CheckApiPermission.Request(
                apiNames: apiNames,
                userUuid: userUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// CheckApiPermission
    ///
    /// 检查API权限
    ///
    /// 检查API权限
    ///
    /// `PUT /zstack/v1/accounts/permissions/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: API权限清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkApiPermission(
        _ request: CheckApiPermission.Request
    ) async throws -> CheckApiPermission.Response {
        var call = ZStackRequestBuilder(operation: CheckApiPermission.operation)
        call.jsonBody = CheckApiPermission.Body(request)
        return try await perform(call)
    }
}
