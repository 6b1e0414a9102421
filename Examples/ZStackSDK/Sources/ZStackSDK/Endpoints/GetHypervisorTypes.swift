import HTTPTypes

/// GetHypervisorTypes
///
/// 获取云主机虚拟化技术类型
///
/// 获取云主机的虚拟化技术类型
///
/// `GET /zstack/v1/hosts/hypervisor-types`, synchronous, authorization required.
///
/// Category: host
public nonisolated enum GetHypervisorTypes {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetHypervisorTypes",
        method: .get,
        pathTemplate: "/zstack/v1/hosts/hypervisor-types",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 获取云主机虚拟化技术类型
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// The `hypervisorTypes` field.
        public var hypervisorTypes: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - hypervisorTypes: The `hypervisorTypes` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, hypervisorTypes: [String]? = nil) {
            self.error = error
            self.success = success
            self.hypervisorTypes = hypervisorTypes
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case hypervisorTypes = "hypervisorTypes"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHypervisorTypes
    ///
    /// 获取云主机虚拟化技术类型
    ///
    /// 获取云主机的虚拟化技术类型
    ///
    /// `GET /zstack/v1/hosts/hypervisor-types`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取云主机虚拟化技术类型
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHypervisorTypes(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetHypervisorTypes.Response {
        try await getHypervisorTypes(
            GetHypervisorTypes.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetHypervisorTypes
    ///
    /// 获取云主机虚拟化技术类型
    ///
    /// 获取云主机的虚拟化技术类型
    ///
    /// `GET /zstack/v1/hosts/hypervisor-types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取云主机虚拟化技术类型
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHypervisorTypes(
        _ request: GetHypervisorTypes.Request
    ) async throws -> GetHypervisorTypes.Response {
        var call = ZStackRequestBuilder(operation: GetHypervisorTypes.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
