import HTTPTypes

/// AttachSecurityGroupToL3Network
///
/// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
///
/// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
///
/// `POST /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
/// required.
///
/// Category: securityGroup
public nonisolated enum AttachSecurityGroupToL3Network {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachSecurityGroupToL3Network",
        method: .post,
        pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 安全组UUID
        public var securityGroupUuid: String

        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组UUID
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            securityGroupUuid: String,
            l3NetworkUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.securityGroupUuid = securityGroupUuid
            self.l3NetworkUuid = l3NetworkUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: SecurityGroupInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SecurityGroupInventory? = nil) {
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
    /// AttachSecurityGroupToL3Network
    ///
    /// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
    ///
    /// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachSecurityGroupToL3Network(
        securityGroupUuid: String,
        l3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachSecurityGroupToL3Network.Response {
        try await attachSecurityGroupToL3Network(
            AttachSecurityGroupToL3Network.Request(
                securityGroupUuid: securityGroupUuid,
                l3NetworkUuid: l3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachSecurityGroupToL3Network
    ///
    /// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
    ///
    /// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachSecurityGroupToL3Network(
        _ request: AttachSecurityGroupToL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachSecurityGroupToL3Network.Response {
        var call = ZStackRequestBuilder(operation: AttachSecurityGroupToL3Network.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = AttachSecurityGroupToL3Network.Body(request)
        return try await perform(call, polling: polling)
    }
}
