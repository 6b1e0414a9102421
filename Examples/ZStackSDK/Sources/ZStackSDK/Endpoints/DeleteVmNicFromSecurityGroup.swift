import HTTPTypes

/// DeleteVmNicFromSecurityGroup
///
/// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
///
/// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
///
/// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum DeleteVmNicFromSecurityGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "DeleteVmNicFromSecurityGroup",
        method: .delete,
        pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 安全组UUID
        public let securityGroupUuid: String

        /// 网卡的uuid列表
        public let vmNicUuids: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组UUID
        ///   - vmNicUuids: 网卡的uuid列表
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

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }
    }
}

nonisolated extension ZStackClient {
    /// DeleteVmNicFromSecurityGroup
    ///
    /// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组UUID
    ///   - vmNicUuids: 网卡的uuid列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVmNicFromSecurityGroup(
        securityGroupUuid: String,
        vmNicUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVmNicFromSecurityGroup.Response {
        try await deleteVmNicFromSecurityGroup(
            DeleteVmNicFromSecurityGroup.Request(
                securityGroupUuid: securityGroupUuid,
                vmNicUuids: vmNicUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DeleteVmNicFromSecurityGroup
    ///
    /// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVmNicFromSecurityGroup(
        _ request: DeleteVmNicFromSecurityGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVmNicFromSecurityGroup.Response {
        var call = ZStackRequestBuilder(operation: DeleteVmNicFromSecurityGroup.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.appendQueryItems("vmNicUuids", values: request.vmNicUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
