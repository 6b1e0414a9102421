import HTTPTypes

/// GetVmsCapabilities
///
/// 批量获取云主机能力
///
/// `GET /zstack/v1/vm-instances/capabilities`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmsCapabilities {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVmsCapabilities",
        method: .get,
        pathTemplate: "/zstack/v1/vm-instances/capabilities",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `vmUuids` field.
        public var vmUuids: [String]

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmUuids: The `vmUuids` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmUuids: [String], systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmUuids = vmUuids
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 批量获取云主机能力返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `vmsCaps` field.
        public var vmsCaps: [String: ZStackJSONValue]?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - vmsCaps: The `vmsCaps` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(vmsCaps: [String: ZStackJSONValue]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.vmsCaps = vmsCaps
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case vmsCaps = "vmsCaps"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetVmsCapabilities
    ///
    /// 批量获取云主机能力
    ///
    /// `GET /zstack/v1/vm-instances/capabilities`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmUuids: The `vmUuids` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 批量获取云主机能力返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmsCapabilities(
        vmUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmsCapabilities.Response {
        try await getVmsCapabilities(
            GetVmsCapabilities.Request(vmUuids: vmUuids, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetVmsCapabilities
    ///
    /// 批量获取云主机能力
    ///
    /// `GET /zstack/v1/vm-instances/capabilities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 批量获取云主机能力返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmsCapabilities(
        _ request: GetVmsCapabilities.Request
    ) async throws -> GetVmsCapabilities.Response {
        var call = ZStackRequestBuilder(operation: GetVmsCapabilities.operation)
        call.appendQueryItems("vmUuids", values: request.vmUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
