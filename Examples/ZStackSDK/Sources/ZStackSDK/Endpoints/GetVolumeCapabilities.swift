import HTTPTypes

/// 获取云盘支持的类型的能力(GetVolumeCapabilities)
///
/// 获取云盘支持的类型的能力
///
/// `GET /zstack/v1/volumes/{uuid}/capabilities`, synchronous, authorization required.
///
/// Category: volume
public nonisolated enum GetVolumeCapabilities {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVolumeCapabilities",
        method: .get,
        pathTemplate: "/zstack/v1/volumes/{uuid}/capabilities",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘的UUID，唯一标示该资源
        public var uuid: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云盘的UUID，唯一标示该资源
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 云盘支持的类型的列表
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// 云盘支持的类型列表
        public var capabilities: [String: ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - capabilities: 云盘支持的类型列表
        public init(error: ErrorCode? = nil, success: Bool? = nil, capabilities: [String: ZStackJSONValue]? = nil) {
            self.error = error
            self.success = success
            self.capabilities = capabilities
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case capabilities = "capabilities"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取云盘支持的类型的能力(GetVolumeCapabilities)
    ///
    /// 获取云盘支持的类型的能力
    ///
    /// `GET /zstack/v1/volumes/{uuid}/capabilities`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 云盘的UUID，唯一标示该资源
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    /// - Returns: 云盘支持的类型的列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeCapabilities(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVolumeCapabilities.Response {
        try await getVolumeCapabilities(
            GetVolumeCapabilities.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取云盘支持的类型的能力(GetVolumeCapabilities)
    ///
    /// 获取云盘支持的类型的能力
    ///
    /// `GET /zstack/v1/volumes/{uuid}/capabilities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘支持的类型的列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeCapabilities(
        _ request: GetVolumeCapabilities.Request
    ) async throws -> GetVolumeCapabilities.Response {
        var call = ZStackRequestBuilder(operation: GetVolumeCapabilities.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
