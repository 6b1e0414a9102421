import HTTPTypes

/// GetPortForwardingAttachableVmNics
///
/// 获取可应用端口转发规则的云主机网卡列表
///
/// 获取可应用端口转发规则的云主机网卡列表
///
/// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
///
/// Category: portForwarding
public nonisolated enum GetPortForwardingAttachableVmNics {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetPortForwardingAttachableVmNics",
        method: .get,
        pathTemplate: "/zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 规则的uuid
        public var ruleUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ruleUuid: 规则的uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(ruleUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.ruleUuid = ruleUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 端口转发规则清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventories` field.
        public var inventories: [VmNicInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [VmNicInventory]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventories = "inventories"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetPortForwardingAttachableVmNics
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - ruleUuid: 规则的uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPortForwardingAttachableVmNics(
        ruleUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetPortForwardingAttachableVmNics.Response {
        try await getPortForwardingAttachableVmNics(
            GetPortForwardingAttachableVmNics.Request(ruleUuid: ruleUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetPortForwardingAttachableVmNics
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPortForwardingAttachableVmNics(
        _ request: GetPortForwardingAttachableVmNics.Request
    ) async throws -> GetPortForwardingAttachableVmNics.Response {
        var call = ZStackRequestBuilder(operation: GetPortForwardingAttachableVmNics.operation)
        call.setPathParameter("ruleUuid", to: request.ruleUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
