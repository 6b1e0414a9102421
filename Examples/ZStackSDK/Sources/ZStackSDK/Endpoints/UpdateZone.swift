import HTTPTypes

/// 更新区域（UpdateZone）
///
/// 更新区域的名称、描述、系统标签或者用户标签
///
/// `PUT /zstack/v1/zones/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: zone
public nonisolated enum UpdateZone {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateZone",
        method: .put,
        pathTemplate: "/zstack/v1/zones/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `isDefault` field.
        public var isDefault: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - isDefault: The `isDefault` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            isDefault: Bool? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
            self.isDefault = isDefault
        }
    }

    /// The JSON body of a request: `{"updateZone": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateZone"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?
            var isDefault: Bool?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.isDefault = request.isDefault
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case isDefault = "isDefault"
            }
        }
    }

    /// 区域（Zone）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ZoneInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ZoneInventory? = nil) {
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
    /// 更新区域（UpdateZone）
    ///
    /// 更新区域的名称、描述、系统标签或者用户标签
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - isDefault: The `isDefault` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateZone(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        isDefault: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateZone.Response {
        try await updateZone(
            UpdateZone.Request(
                uuid: uuid,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags,
                isDefault: isDefault
            ),
            polling: polling
        )
    }

    /// 更新区域（UpdateZone）
    ///
    /// 更新区域的名称、描述、系统标签或者用户标签
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateZone(
        _ request: UpdateZone.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateZone.Response {
        var call = ZStackRequestBuilder(operation: UpdateZone.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateZone.Body(request)
        return try await perform(call, polling: polling)
    }
}
