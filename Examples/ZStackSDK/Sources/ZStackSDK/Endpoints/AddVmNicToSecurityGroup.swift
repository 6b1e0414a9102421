import HTTPTypes

/// AddVmNicToSecurityGroup
///
/// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
///
/// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
///
/// `POST /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum AddVmNicToSecurityGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddVmNicToSecurityGroup",
        method: .post,
        pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 安全组UUID
        public var securityGroupUuid: String

        /// 云主机网卡的uuid列表
        public var vmNicUuids: [String]

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组UUID
        ///   - vmNicUuids: 云主机网卡的uuid列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            securityGroupUuid: String,
            vmNicUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.securityGroupUuid = securityGroupUuid
            self.vmNicUuids = vmNicUuids
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

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var vmNicUuids: [String]

            init(_ request: Request) {
                self.vmNicUuids = request.vmNicUuids
            }

            private enum CodingKeys: String, CodingKey {
                case vmNicUuids = "vmNicUuids"
            }
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// AddVmNicToSecurityGroup
    ///
    /// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
    ///
    /// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组UUID
    ///   - vmNicUuids: 云主机网卡的uuid列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addVmNicToSecurityGroup(
        securityGroupUuid: String,
        vmNicUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddVmNicToSecurityGroup.Response {
        try await addVmNicToSecurityGroup(
            AddVmNicToSecurityGroup.Request(
                securityGroupUuid: securityGroupUuid,
                vmNicUuids: vmNicUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddVmNicToSecurityGroup
    ///
    /// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
    ///
    /// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addVmNicToSecurityGroup(
        _ request: AddVmNicToSecurityGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddVmNicToSecurityGroup.Response {
        var call = ZStackRequestBuilder(operation: AddVmNicToSecurityGroup.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.jsonBody = AddVmNicToSecurityGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
